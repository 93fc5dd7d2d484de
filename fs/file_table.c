// SPDX-License-Identifier: GPL-2.0-only
/*
 * References to open files.  No task has a file table yet (files arrive
 * with user programs), so fget finds nothing; fput is 2.4.0's.
 * Follows Linux 2.4.0 fs/file_table.c.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/dcache.h>
#include <linux/slab.h>

/* Drop a reference; the last one releases the file and frees it. */
void fput(struct file *file)
{
	struct dentry *dentry = file->f_dentry;
	struct inode *inode = dentry ? dentry->d_inode : NULL;

	if (atomic_dec_and_test(&file->f_count)) {
		if (file->f_op && file->f_op->release)
			file->f_op->release(inode, file);
		file->f_dentry = NULL;
		kfree(file);
	}
}

/*
 * The file open on descriptor fd, with a reference taken.  With no file
 * tables yet every descriptor is closed: NULL (mmap answers -EBADF).
 */
struct file *fget(unsigned int fd)
{
	return NULL;
}
