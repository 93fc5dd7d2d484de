// SPDX-License-Identifier: GPL-2.0-only
/*
 * ramfs: a file system with no backing store at all.  A file's data is
 * its pages in the page cache and nothing else; a directory is its
 * entries in the dentry cache, each pinned by an extra count so that
 * it never goes away while the name exists.
 * Chapter 5 (files); §2.13 (the page cache behind file mappings).
 * Follows Linux 2.4.0 fs/ramfs/inode.c.  Port: no statfs, symlink, link
 * or rename; no file-system type to register (fs/super.c mounts it as
 * the root).  writepage unlocks the page (see ramfs_writepage).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/highmem.h>
#include <linux/pagemap.h>

#define RAMFS_MAGIC	0x858458f6

static struct address_space_operations ramfs_aops;
static struct file_operations ramfs_dir_operations;
static struct file_operations ramfs_file_operations;
static struct inode_operations ramfs_file_inode_operations;
static struct inode_operations ramfs_dir_inode_operations;

/*
 * Every name not in the dentry cache does not exist: remember that
 * (a negative entry) and answer "no such file".
 */
static struct dentry *ramfs_lookup(struct inode *dir, struct dentry *dentry)
{
	d_add(dentry, NULL);
	return NULL;
}

/*
 * A page the cache does not have yet is a hole (or a new page): zeros.
 * Nothing to wait for, so it is ready and unlocked at once.
 */
static int ramfs_readpage(struct file *file, struct page *page)
{
	if (Page_Uptodate(page))
		goto unlock;
	clear_highpage(page);
	SetPageUptodate(page);
	flush_dcache_page(page);
unlock:
	UnlockPage(page);
	return 0;
}

/*
 * "Writing back" a page that has nowhere to go: it only becomes dirty
 * again, so reclaim never drops it.  Port: 2.4.0 returns 0 with the
 * page still locked, and msync(MS_SYNC) then waits for that lock for
 * ever (filemap_fdatawait); here the page is unlocked, as a writepage
 * must, and the answer is 1 (refused): page_launder then moves it to
 * the active list.  Unlocked, dirty and answering 0, it stayed at the
 * tail of inactive_dirty and page_launder's second pass spent its
 * whole budget writing this one page, round after round, while the
 * dirty swap pages behind it were never written (t_swap_anon hung).
 */
static int ramfs_writepage(struct page *page)
{
	SetPageDirty(page);
	UnlockPage(page);
	return 1;
}

/*
 * Before write() copies into the locked page: a page not read yet is
 * all zeros around the new bytes.  The page stays mapped (kmap) until
 * commit_write, and is dirty from now on.
 */
static int ramfs_prepare_write(struct file *file, struct page *page,
			       unsigned offset, unsigned to)
{
	void *kaddr = kmap(page);

	if (!Page_Uptodate(page)) {
		memset(kaddr, 0, PAGE_CACHE_SIZE);
		flush_dcache_page(page);
		SetPageUptodate(page);
	}
	SetPageDirty(page);
	return 0;
}

/* The bytes are in: the file now reaches at least their end. */
static int ramfs_commit_write(struct file *file, struct page *page,
			      unsigned offset, unsigned to)
{
	struct inode *inode = page->mapping->host;
	loff_t end = ((loff_t) page->index << PAGE_CACHE_SHIFT) + to;

	kunmap(page);
	if (end > inode->i_size)
		inode->i_size = end;
	return 0;
}

/* An inode of the given type; its only data will be page-cache pages. */
struct inode *ramfs_get_inode(struct super_block *sb, int mode, int dev)
{
	struct inode *ino = new_inode(sb);

	if (!ino)
		return NULL;
	/* i_blocks stays 0: nothing is ever allocated on a device. */
	ino->i_mode = mode;
	ino->i_uid = current->fsuid;
	ino->i_gid = current->fsgid;
	ino->i_blksize = PAGE_CACHE_SIZE;
	ino->i_mapping->a_ops = &ramfs_aops;
	if (S_ISREG(mode)) {
		ino->i_op = &ramfs_file_inode_operations;
		ino->i_fop = &ramfs_file_operations;
	} else if (S_ISDIR(mode)) {
		ino->i_op = &ramfs_dir_inode_operations;
		ino->i_fop = &ramfs_dir_operations;
	} else {
		init_special_inode(ino, mode, dev);	/* /dev/hda */
	}
	return ino;
}

/*
 * Give the negative dentry an inode.  The extra count pins the entry
 * in the dentry cache: it is the file's only record.
 */
static int ramfs_mknod(struct inode *dir, struct dentry *dentry, int mode,
		       int dev)
{
	struct inode *fresh;

	fresh = ramfs_get_inode(dir->i_sb, mode, dev);
	if (!fresh)
		return -ENOSPC;
	d_instantiate(dentry, fresh);
	dget(dentry);		/* the pin: this entry is the file */
	return 0;
}

static int ramfs_mkdir(struct inode *dir, struct dentry *dentry, int mode)
{
	return ramfs_mknod(dir, dentry, S_IFDIR | mode, 0);
}

static int ramfs_create(struct inode *dir, struct dentry *dentry, int mode)
{
	return ramfs_mknod(dir, dentry, S_IFREG | mode, 0);
}

/* A directory is empty when none of its entries names an inode. */
static int ramfs_empty(struct dentry *dentry)
{
	struct list_head *pos;
	struct dentry *child;

	for (pos = dentry->d_subdirs.next; pos != &dentry->d_subdirs;
	     pos = pos->next) {
		child = list_entry(pos, struct dentry, d_child);
		if (child->d_inode && !d_unhashed(child))
			return 0;
	}
	return 1;
}

/*
 * Remove the name: the inode loses a link and the entry its pin.  The
 * pages stay while anyone still has the file open or mapped (the
 * inode's count), and go with the last iput.  Also rmdir: a directory
 * must be empty first.
 */
static int ramfs_unlink(struct inode *dir, struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	if (!ramfs_empty(dentry))
		return -ENOTEMPTY;
	inode->i_nlink--;
	dput(dentry);
	return 0;
}

#define ramfs_rmdir ramfs_unlink

/* Nothing is ever anywhere but in memory. */
static int ramfs_sync_file(struct file *file, struct dentry *dentry,
			   int datasync)
{
	return 0;
}

static struct address_space_operations ramfs_aops = {
	.readpage = ramfs_readpage,
	.writepage = ramfs_writepage,
	.prepare_write = ramfs_prepare_write,
	.commit_write = ramfs_commit_write,
};

static struct file_operations ramfs_file_operations = {
	.read = generic_file_read,
	.write = generic_file_write,
	.mmap = generic_file_mmap,
	.fsync = ramfs_sync_file,
};

/* Port: no readdir (there is no getdents). */
static struct file_operations ramfs_dir_operations = {
	.fsync = ramfs_sync_file,
};

static struct inode_operations ramfs_dir_inode_operations = {
	.create = ramfs_create,
	.lookup = ramfs_lookup,
	.unlink = ramfs_unlink,
	.mkdir = ramfs_mkdir,
	.rmdir = ramfs_rmdir,
	.mknod = ramfs_mknod,
};

/* Fill in the super block: a page-sized block, the magic, a root "/". */
struct super_block *ramfs_read_super(struct super_block *sb, void *data,
				     int silent)
{
	struct inode *root;
	struct dentry *dentry;

	sb->s_blocksize = PAGE_CACHE_SIZE;
	sb->s_blocksize_bits = PAGE_CACHE_SHIFT;
	sb->s_magic = RAMFS_MAGIC;
	root = ramfs_get_inode(sb, S_IFDIR | 0755, 0);
	if (!root)
		return NULL;
	dentry = d_alloc_root(root);
	if (!dentry) {
		iput(root);
		return NULL;
	}
	sb->s_root = dentry;
	return sb;
}
