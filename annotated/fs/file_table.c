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
/// §2.13 系统调用mmap()：文件映射的 vm_area_struct 持有 vm_file 的一个引用，munmap/exit_mmap 时用 fput() 放掉。
/// 2.4.0: fs/file_table.c fput()。
/// f_count 减到 0 才真正关闭：调用文件系统的 release，然后释放 file 结构（2.4.0 放回 filp 的空闲队列；本移植直接 kfree）。
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
/// §2.13：mmap(fd) 先用 fget() 由文件描述符找到 file 结构并加一个引用。2.4.0: fs/file_table.c fget()（实际在 include/linux/file.h/fs 中按 current->files 查）。
/// 本移植还没有进程的打开文件表（随用户程序到来），任何描述符都没有打开，返回 NULL，于是 do_mmap2() 按 2.4.0 的规则返回 -EBADF。
struct file *fget(unsigned int fd)
{
	return NULL;
}
