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
#include <linux/proc_fs.h>
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
	struct inode *ino = file->f_dentry->d_inode;
	int err = 0;

	spin_lock(&arbitration_lock);
	if (atomic_read(&ino->i_writecount) > 0)
		err = -ETXTBSY;
	else
		atomic_dec(&ino->i_writecount);	/* one more denier */
	spin_unlock(&arbitration_lock);
	return err;
}

/* A writer: refused while the file is mapped MAP_DENYWRITE (running). */
int get_write_access(struct inode *inode)
{
	int err = 0;

	spin_lock(&arbitration_lock);
	if (atomic_read(&inode->i_writecount) < 0)
		err = -ETXTBSY;
	else
		atomic_inc(&inode->i_writecount);	/* one more writer */
	spin_unlock(&arbitration_lock);
	return err;
}

/*
 * Copy a path name from user space into a page.  A name may not run
 * into the kernel's addresses unless the caller is the kernel (set_fs).
 */
static inline int do_getname(const char *filename, char *page)
{
	unsigned long from = (unsigned long) filename;
	unsigned long room = PATH_MAX;
	long copied;

	if (from >= TASK_SIZE) {
		/* only a caller that did set_fs(KERNEL_DS) */
		if (!segment_eq(get_fs(), KERNEL_DS))
			return -EFAULT;
	} else if (TASK_SIZE - from < PAGE_SIZE) {
		/* near the top of user space: stop at TASK_SIZE */
		room = TASK_SIZE - from;
	}

	copied = strncpy_from_user(page, filename, room);
	if (copied < 0)
		return copied;
	if (copied == 0)
		return -ENOENT;		/* the empty name */
	if (copied >= room)
		return -ENAMETOOLONG;	/* no NUL within room */
	return 0;
}

/* The kernel's copy of a user path name (putname frees it), or ERR_PTR. */
char *getname(const char *filename)
{
	char *name;
	int err;

	name = __getname();
	if (!name)
		return ERR_PTR(-ENOMEM);
	err = do_getname(filename, name);
	if (err < 0) {
		putname(name);
		return ERR_PTR(err);
	}
	return name;
}

/*
 * Port: the whole name space.  *create_err is what creating the name
 * would give: the initrd is read-only, and /proc's directories have no
 * create method.  A /proc name comes back with a reference or ERR_PTR.
 */
static struct dentry *lookup_root(const char *name, int *create_err)
{
	while (*name == '/')
		name++;
	*create_err = -EROFS;
	if (!strncmp(name, "proc", 4) && (!name[4] || name[4] == '/')) {
		*create_err = -EACCES;
		return proc_lookup_path(name + 4);
	}
	if (!strcmp(name, "dev/console"))
		return dget(&console_dentry);
	return dget(initrd_lookup(name));
}

/*
 * Look pathname up for open(); flag has the FMODE bits in its low two
 * bits (filp_open adjusted them).  Nothing can be created, and the
 * initrd is a read-only file system; /proc files open for writing (the
 * port's processes are all root), their write() answers.  The lookup's
 * reference goes to nd, or is dropped on an error.
 */
int open_namei(const char *pathname, int flag, int mode,
	       struct nameidata *nd)
{
	struct dentry *dentry;
	struct inode *inode;
	int acc_mode = ACC_MODE(flag);
	int create_err, err;

	dentry = lookup_root(pathname, &create_err);
	if (IS_ERR(dentry))
		return PTR_ERR(dentry);
	if (!dentry) {
		if (flag & O_CREAT)
			return create_err;
		return -ENOENT;
	}
	err = -EEXIST;
	if ((flag & O_CREAT) && (flag & O_EXCL))
		goto exit;

	inode = dentry->d_inode;
	err = -EISDIR;
	if (S_ISDIR(inode->i_mode) && (flag & FMODE_WRITE))
		goto exit;
	err = -EROFS;
	if (S_ISREG(inode->i_mode) && create_err == -EROFS &&
	    ((acc_mode & MAY_WRITE) || (flag & O_TRUNC)))
		goto exit;

	nd->dentry = dentry;
	nd->mnt = NULL;
	return 0;
exit:
	dput(dentry);
	return err;
}

/*
 * Look up a user path name for a system call that works on the object
 * itself (swapon, swapoff): nd gets a counted reference to its dentry,
 * which path_release gives back.  flags: 2.4.0's LOOKUP_* bits, unused
 * here (no links, no mounts).
 */
int __user_walk(const char *name, unsigned flags, struct nameidata *nd)
{
	struct dentry *found;
	char *kname = getname(name);
	int unused;

	if (IS_ERR(kname))
		return PTR_ERR(kname);
	found = lookup_root(kname, &unused);
	putname(kname);
	if (IS_ERR(found))
		return PTR_ERR(found);
	if (found == NULL)
		return -ENOENT;
	nd->dentry = found;
	nd->mnt = NULL;
	return 0;
}

/* Drop what __user_walk took. */
void path_release(struct nameidata *nd)
{
	dput(nd->dentry);
}
