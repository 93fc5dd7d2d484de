// SPDX-License-Identifier: GPL-2.0-only
/*
 * Names: copying a path name in from user space (getname), looking it up
 * (open_namei), and the write/deny-write arbitration on an inode: a
 * running program's file (MAP_DENYWRITE) cannot be opened for writing
 * and the other way round.
 * Chapter 5 (files); §2.13 (MAP_DENYWRITE).
 * Follows Linux 2.4.0 fs/namei.c.  Port: there is no directory tree:
 * the names are "/dev/console" and the files of the initrd (fs/initrd.c),
 * looked up with or without a leading "/"; everything is read-only
 * except the console.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/spinlock.h>
#include <asm/uaccess.h>

#define PATH_MAX	4095	/* chars in a path name, without the NUL */

/* The access an open asks for: MAY_READ 4, MAY_WRITE 2, by O_ACCMODE. */
#define MAY_WRITE	2
#define ACC_MODE(x)	("\000\004\002\006"[(x) & O_ACCMODE])

extern struct dentry *initrd_lookup(const char *name);
extern struct dentry console_dentry;

static spinlock_t arbitration_lock = SPIN_LOCK_UNLOCKED;

/*
 * i_writecount > 0: that many writers; < 0: that many deny-write
 * mappers.  Refuse with -ETXTBSY while someone writes.
 */
int deny_write_access(struct file *file)
{
	struct inode *inode = file->f_dentry->d_inode;

	spin_lock(&arbitration_lock);
	if (atomic_read(&inode->i_writecount) > 0) {
		spin_unlock(&arbitration_lock);
		return -ETXTBSY;
	}
	atomic_dec(&inode->i_writecount);
	spin_unlock(&arbitration_lock);
	return 0;
}

/* A writer: refused while the file is mapped MAP_DENYWRITE (running). */
int get_write_access(struct inode *inode)
{
	spin_lock(&arbitration_lock);
	if (atomic_read(&inode->i_writecount) < 0) {
		spin_unlock(&arbitration_lock);
		return -ETXTBSY;
	}
	atomic_inc(&inode->i_writecount);
	spin_unlock(&arbitration_lock);
	return 0;
}

/*
 * Copy a path name from user space into a page.  A name may not run
 * into the kernel's addresses unless the caller is the kernel (set_fs).
 */
static inline int do_getname(const char *filename, char *page)
{
	int retval;
	unsigned long len = PATH_MAX;

	if ((unsigned long) filename >= TASK_SIZE) {
		if (!segment_eq(get_fs(), KERNEL_DS))
			return -EFAULT;
	} else if (TASK_SIZE - (unsigned long) filename < PAGE_SIZE)
		len = TASK_SIZE - (unsigned long) filename;

	retval = strncpy_from_user(page, filename, len);
	if (retval > 0) {
		if (retval < len)
			return 0;
		return -ENAMETOOLONG;
	} else if (!retval)
		retval = -ENOENT;
	return retval;
}

/* The kernel's copy of a user path name (putname frees it), or ERR_PTR. */
char *getname(const char *filename)
{
	char *tmp, *result;

	result = ERR_PTR(-ENOMEM);
	tmp = __getname();
	if (tmp) {
		int retval = do_getname(filename, tmp);

		result = tmp;
		if (retval < 0) {
			putname(tmp);
			result = ERR_PTR(retval);
		}
	}
	return result;
}

/* Port: the whole name space. */
static struct dentry *lookup_root(const char *name)
{
	while (*name == '/')
		name++;
	if (!strcmp(name, "dev/console"))
		return &console_dentry;
	return initrd_lookup(name);
}

/*
 * Look pathname up for open(); flag has the FMODE bits in its low two
 * bits (filp_open adjusted them).  Nothing can be created, truncated or
 * written except the console: the initrd is a read-only file system.
 */
int open_namei(const char *pathname, int flag, int mode,
	       struct nameidata *nd)
{
	struct dentry *dentry;
	struct inode *inode;
	int acc_mode = ACC_MODE(flag);

	dentry = lookup_root(pathname);
	if (!dentry) {
		if (flag & O_CREAT)
			return -EROFS;
		return -ENOENT;
	}
	if ((flag & O_CREAT) && (flag & O_EXCL))
		return -EEXIST;

	inode = dentry->d_inode;
	if (S_ISDIR(inode->i_mode) && (flag & FMODE_WRITE))
		return -EISDIR;
	if (S_ISREG(inode->i_mode) &&
	    ((acc_mode & MAY_WRITE) || (flag & O_TRUNC)))
		return -EROFS;

	atomic_inc(&dentry->d_count);
	nd->dentry = dentry;
	nd->mnt = NULL;
	return 0;
}
