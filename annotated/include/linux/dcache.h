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
/// §5.2 名字连同它的长度和杂凑值：d_lookup 比较目录项时先比杂凑值和长度，再比字符。2.4.0: include/linux/dcache.h struct qstr
struct qstr {
	const unsigned char *name;
	unsigned int len;
	unsigned int hash;
};

struct dentry;

/// §5.2 文件系统对目录项的操作。本移植只有 /proc 用到其中两个：d_delete 说“不用就删”，d_iput 替 dput 放掉索引节点（顺带放掉 <pid> 索引节点持有的进程）。
/// 2.4.0: include/linux/dcache.h struct dentry_operations（函数指针的次序照 2.4.0）。
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
/// §5.2 逐个字符累积名字的杂凑值：path_walk 一边切分路径分量一边算，不必再扫一遍。2.4.0: include/linux/dcache.h partial_name_hash()
partial_name_hash(unsigned long c, unsigned long prevhash)
{
	prevhash = (prevhash << 4) | (prevhash >> (8 * sizeof(long) - 4));
	return prevhash ^ c;
}

/// §5.2 最后截成 unsigned int，与 qstr.hash 的宽度一致。2.4.0: include/linux/dcache.h end_name_hash()
static inline unsigned long end_name_hash(unsigned long hash)
{
	return (unsigned int) hash;
}

/// §5.2 一次算出整个名字的杂凑值（/proc 给新目录项起名时用）。2.4.0: include/linux/dcache.h full_name_hash()
static inline unsigned int full_name_hash(const unsigned char *name,
					  unsigned int len)
{
	unsigned long h = init_name_hash();

	while (len--)
		h = partial_name_hash(*name++, h);
	return end_name_hash(h);
}

#define DNAME_INLINE_LEN 16

/// §5.2 目录项：文件树里的一个名字，连到它的索引节点（d_inode 为 NULL 时是“负”目录项，表示“没有这个名字”）。
/// 字段照 2.4.0 的次序，省去本移植不用的（d_lru、d_alias、d_mounted、d_time、d_sb、d_vfs_flags 等）：
/// d_hash 是杂凑队列（空即“已摘下”），d_child 挂在父目录的 d_subdirs 上；d_parent 与 d_name 让 d_path 拼出 maps 里文件映射的路径；
/// d_op 让 /proc 的目录项在最后一个引用消失时就被释放。
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
/// §5.7 不在杂凑表里：d_lookup 再也找不到它（被 unlink 而仍打开、仍映射的文件就是这样）。2.4.0: include/linux/dcache.h d_unhashed()
static inline int d_unhashed(struct dentry *dentry)
{
	return list_empty(&dentry->d_hash);
}

/* The top of a tree is its own parent. */
/// 树根是自己的父目录：d_path 向上走到这里为止。
#define IS_ROOT(x)	((x) == (x)->d_parent)

/// §5.2：给目录项加一个引用。2.4.0: include/linux/dcache.h dget()（NULL 原样返回，查找失败时调用者不必另判）。
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
/// §5.2 查找的结果入缓存：先连上索引节点（或 NULL：负目录项），再挂进杂凑表。2.4.0: include/linux/dcache.h d_add()
static inline void d_add(struct dentry *entry, struct inode *inode)
{
	d_instantiate(entry, inode);
	d_rehash(entry);
}

#endif /* __KERNEL__ */

#endif /* __LINUX_DCACHE_H */
