/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Directory entries: a name in the file tree bound to an inode.  Only the
 * fields the port follows: the inode (file->f_dentry->d_inode), the
 * parent and the name (d_path, for /proc/<pid>/maps), and the file
 * system's operations (dput asks d_delete whether to free an entry).
 * 情景分析 §2.13.  Follows Linux 2.4.0 include/linux/dcache.h.
 */
#ifndef __LINUX_DCACHE_H
#define __LINUX_DCACHE_H

#ifdef __KERNEL__

#include <asm/atomic.h>

struct inode;
struct vfsmount;

/* A name: its characters (not always NUL-ended), length and hash. */
struct qstr {
	const unsigned char *name;
	unsigned int len;
	unsigned int hash;
};

struct dentry;

struct dentry_operations {
	int (*d_revalidate)(struct dentry *, int);
	int (*d_hash)(struct dentry *, struct qstr *);
	int (*d_compare)(struct dentry *, struct qstr *, struct qstr *);
	int (*d_delete)(struct dentry *);	/* 1: free it when unused */
	void (*d_release)(struct dentry *);	/* it is being freed */
	void (*d_iput)(struct dentry *, struct inode *);
};

struct dentry {
	atomic_t d_count;
	unsigned int d_flags;
	struct inode *d_inode;		/* NULL for a negative entry */
	struct dentry *d_parent;	/* the directory it is in */
	struct qstr d_name;
	struct dentry_operations *d_op;
	void *d_fsdata;			/* the file system's own data */
};

/* The top of a tree is its own parent. */
#define IS_ROOT(x)	((x) == (x)->d_parent)

static inline struct dentry *dget(struct dentry *dentry)
{
	if (dentry)
		atomic_inc(&dentry->d_count);
	return dentry;
}

/* fs/dcache.c */
extern void dput(struct dentry *);
extern char *d_path(struct dentry *, struct vfsmount *, char *, int);

#endif /* __KERNEL__ */

#endif /* __LINUX_DCACHE_H */
