/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Directory entries: a name in the file tree bound to an inode (or to
 * nothing: a negative entry, "no such name").  Each hangs under its
 * parent (d_child on the parent's d_subdirs) and is found by (parent,
 * name) through a hash table.  A file system that keeps nothing but
 * these, ramfs, pins each entry with an extra count; /proc asks (d_op)
 * for its entries to be freed as soon as they are unused.  d_path
 * spells an entry's path for /proc/<pid>/maps.
 * 情景分析 §2.13, chapter 5.  Follows Linux 2.4.0 include/linux/dcache.h
 * (fields the port does not use are left out).
 */
#ifndef __LINUX_DCACHE_H
#define __LINUX_DCACHE_H

#ifdef __KERNEL__

#include <asm/atomic.h>
#include <linux/list.h>

struct inode;
struct vfsmount;

/* A name and its hash: what lookups compare. */
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

/* Hashing a name a character at a time. */
#define init_name_hash()		0

static inline unsigned long
partial_name_hash(unsigned long c, unsigned long prevhash)
{
	prevhash = (prevhash << 4) | (prevhash >> (8 * sizeof(long) - 4));
	return prevhash ^ c;
}

static inline unsigned long end_name_hash(unsigned long hash)
{
	return (unsigned int) hash;
}

static inline unsigned int full_name_hash(const unsigned char *name,
					  unsigned int len)
{
	unsigned long h = init_name_hash();

	while (len--)
		h = partial_name_hash(*name++, h);
	return end_name_hash(h);
}

#define DNAME_INLINE_LEN 16

struct dentry {
	atomic_t d_count;
	unsigned int d_flags;
	struct inode *d_inode;		/* NULL for a negative entry */
	struct dentry *d_parent;	/* the directory it is in */
	struct list_head d_hash;	/* lookup chain; empty: unhashed */
	struct list_head d_child;	/* on the parent's d_subdirs */
	struct list_head d_subdirs;	/* our children */
	struct qstr d_name;
	struct dentry_operations *d_op;
	void *d_fsdata;			/* the file system's own data */
	unsigned char d_iname[DNAME_INLINE_LEN];	/* short names */
};

/* Taken out of the hash: lookups no longer find it. */
static inline int d_unhashed(struct dentry *dentry)
{
	return list_empty(&dentry->d_hash);
}

/* The top of a tree is its own parent. */
#define IS_ROOT(x)	((x) == (x)->d_parent)

static inline struct dentry *dget(struct dentry *dentry)
{
	if (dentry)
		atomic_inc(&dentry->d_count);
	return dentry;
}

/* fs/dcache.c */
extern struct dentry *d_alloc(struct dentry *, const struct qstr *);
extern struct dentry *d_alloc_root(struct inode *);
extern void d_instantiate(struct dentry *, struct inode *);
extern void d_rehash(struct dentry *);
extern void d_drop(struct dentry *);
extern void d_delete(struct dentry *);
extern struct dentry *d_lookup(struct dentry *, struct qstr *);
extern void dput(struct dentry *);
extern char *d_path(struct dentry *, struct vfsmount *, char *, int);
extern void dcache_init(void);

/* Bind an inode (or none) to the entry and make it findable. */
static inline void d_add(struct dentry *entry, struct inode *inode)
{
	d_instantiate(entry, inode);
	d_rehash(entry);
}

#endif /* __KERNEL__ */

#endif /* __LINUX_DCACHE_H */
