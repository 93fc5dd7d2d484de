// SPDX-License-Identifier: GPL-2.0-only
/*
 * Inodes: making one for a file system (new_inode) and dropping the
 * last reference (iput), which for an inode without names left frees
 * its page-cache pages with it (through the file system's
 * delete_inode, if it has one).
 * Chapter 5 (files).  Follows Linux 2.4.0 fs/inode.c.  Port: no inode
 * hash, no unused list and no writeback: an inode is freed the moment
 * its count reaches zero (every file system here keeps its inodes
 * pinned by their dentries while they have names).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/pagemap.h>

static kmem_cache_t *inode_cachep;
static unsigned long last_ino;

void __init inode_init(void)
{
	inode_cachep = kmem_cache_create("inode_cache",
					 sizeof(struct inode), 0,
					 SLAB_HWCACHE_ALIGN, NULL, NULL);
	if (!inode_cachep)
		panic("cannot create inode slab cache");
}

/* Everything an empty inode starts with: one count, an empty mapping. */
static void clean_inode(struct inode *inode)
{
	struct address_space *as = &inode->i_data;

	memset(inode, 0, sizeof(*inode));
	atomic_set(&inode->i_count, 1);
	inode->i_nlink = 1;
	sema_init(&inode->i_sem, 1);
	INIT_LIST_HEAD(&as->clean_pages);
	INIT_LIST_HEAD(&as->dirty_pages);
	INIT_LIST_HEAD(&as->locked_pages);
	as->host = inode;
	as->i_shared_lock = SPIN_LOCK_UNLOCKED;
	inode->i_mapping = as;
	atomic_set(&inode->i_writecount, 0);
}

/* A fresh inode of sb with the next inode number, or NULL. */
struct inode *new_inode(struct super_block *sb)
{
	struct inode *inode;

	inode = kmem_cache_alloc(inode_cachep, SLAB_KERNEL);
	if (inode) {
		clean_inode(inode);
		inode->i_sb = sb;
		inode->i_ino = ++last_ino;
	}
	return inode;
}

/*
 * The inode is going: its cached pages go first.  A file system's
 * delete_inode calls this after freeing what else it holds.
 */
void clear_inode(struct inode *inode)
{
	if (inode->i_data.nrpages)
		truncate_inode_pages(&inode->i_data, 0);
	if (inode->i_data.nrpages)
		BUG();
}

/*
 * Drop a reference; the last one frees the inode and its pages.  An
 * inode without names whose file system has a delete_inode method is
 * handed to it (shmem: the swap entries go too); else clear_inode.
 */
void iput(struct inode *inode)
{
	struct super_operations *op = NULL;

	if (!inode || !atomic_dec_and_test(&inode->i_count))
		return;
	if (inode->i_sb)
		op = inode->i_sb->s_op;
	if (!inode->i_nlink && op && op->delete_inode)
		op->delete_inode(inode);
	else
		clear_inode(inode);
	kmem_cache_free(inode_cachep, inode);
}
