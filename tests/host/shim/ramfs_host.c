// SPDX-License-Identifier: GPL-2.0-only
/*
 * The real fs/ramfs/inode.c for the filemap suite, #included so the
 * test can reach its static address space operations.  One ramfs file:
 * ramfs_get_inode() makes the inode; below are stand-ins for what it
 * needs of fs/inode.c and fs/dcache.c (one inode, no dentry cache), the
 * file's dentry and struct file, and the calls of ramfs_host.h.  The
 * page cache under it is the real mm/filemap.c (shim/filemap_host.c).
 */
#include "../../../fs/ramfs/inode.c"

#include <linux/sched.h>
#include <linux/stat.h>
#include <asm/semaphore.h>
#include <asm/uaccess.h>
#include "host.h"
#include "mm_host.h"
#include "ramfs_host.h"

static struct inode rf_inode;
static struct dentry rf_dentry;
static struct file rf_file;

/* fs/inode.c's new_inode, for one inode: a count, a link, an empty mapping. */
struct inode *new_inode(struct super_block *sb)
{
	struct inode *ino = &rf_inode;

	memset(ino, 0, sizeof(*ino));
	atomic_set(&ino->i_count, 1);
	ino->i_nlink = 1;
	ino->i_sb = sb;
	sema_init(&ino->i_sem, 1);
	ino->i_mapping = &ino->i_data;
	INIT_LIST_HEAD(&ino->i_data.clean_pages);
	INIT_LIST_HEAD(&ino->i_data.dirty_pages);
	INIT_LIST_HEAD(&ino->i_data.locked_pages);
	ino->i_data.host = ino;
	return ino;
}

/* Only regular files are made here: the rest of fs/ is not linked. */
void init_special_inode(struct inode *ino, umode_t mode, int dev)
{
	BUG();
}

void d_instantiate(struct dentry *d, struct inode *ino)
{
	d->d_inode = ino;
}

void d_rehash(struct dentry *d)
{
}

void dput(struct dentry *d)
{
	atomic_dec(&d->d_count);
}

struct dentry *d_alloc_root(struct inode *ino)
{
	return NULL;
}

void iput(struct inode *ino)
{
}

static void rf_do_file(void *unused)
{
	if (rf_inode.i_mapping && page_hash_table)
		truncate_inode_pages(rf_inode.i_mapping, 0);
	memset(&rf_dentry, 0, sizeof(rf_dentry));
	memset(&rf_file, 0, sizeof(rf_file));
	if (ramfs_get_inode(NULL, S_IFREG | 0644, 0) != &rf_inode)
		BUG();
	d_instantiate(&rf_dentry, &rf_inode);
	rf_file.f_dentry = &rf_dentry;
	rf_file.f_op = rf_inode.i_fop;
	rf_file.f_mode = FMODE_READ | FMODE_WRITE;
}

/* As the host task: ramfs_get_inode reads current's fsuid and fsgid. */
void host_rf_file(void)
{
	host_call_as_task(rf_do_file, NULL);
}

void host_rf_inode(struct host_rf_inode *r)
{
	struct address_space_operations *a = rf_inode.i_mapping->a_ops;
	struct file_operations *f = rf_inode.i_fop;

	r->regular = S_ISREG(rf_inode.i_mode);
	r->file_ops = f && f->read == generic_file_read &&
		      f->write == generic_file_write &&
		      f->mmap == generic_file_mmap;
	r->aops = a == &ramfs_aops && a->readpage == ramfs_readpage &&
		  a->writepage == ramfs_writepage &&
		  a->prepare_write == ramfs_prepare_write &&
		  a->commit_write == ramfs_commit_write;
	r->blksize = rf_inode.i_blksize;
	r->blocks = rf_inode.i_blocks;
	r->size = rf_inode.i_size;
}

void host_rf_set_size(unsigned long long size)
{
	rf_inode.i_size = size;
}

/* The cached page at index, without a reference (the cache holds one). */
static struct page *rf_cached(unsigned long index)
{
	struct page *pg = find_get_page(rf_inode.i_mapping, index);

	if (pg)
		page_cache_release(pg);
	return pg;
}

struct rf_grab {
	unsigned long index;
	int fill, uptodate, ret;
};

static void rf_do_grab(void *p)
{
	struct rf_grab *g = p;
	struct page *pg = grab_cache_page(rf_inode.i_mapping, g->index);

	if (!pg || Page_Uptodate(pg)) {
		g->ret = -1;
		return;
	}
	memset(page_address(pg), g->fill, PAGE_SIZE);
	if (g->uptodate)
		SetPageUptodate(pg);
	g->ret = 0;
}

int host_rf_grab(unsigned long index, int fill, int uptodate)
{
	struct rf_grab g = { index, fill, uptodate, 0 };

	host_call_as_task(rf_do_grab, &g);
	return g.ret;
}

int host_rf_prepare(unsigned long index, unsigned from, unsigned to)
{
	return ramfs_aops.prepare_write(&rf_file, rf_cached(index), from, to);
}

int host_rf_commit(unsigned long index, unsigned from, unsigned to)
{
	return ramfs_aops.commit_write(&rf_file, rf_cached(index), from, to);
}

int host_rf_readpage(unsigned long index)
{
	return ramfs_aops.readpage(&rf_file, rf_cached(index));
}

int host_rf_writepage(unsigned long index)
{
	return ramfs_aops.writepage(rf_cached(index));
}

void host_rf_lock(unsigned long index)
{
	if (TryLockPage(rf_cached(index)))
		BUG();
}

void host_rf_release(unsigned long index)
{
	struct page *pg = rf_cached(index);

	UnlockPage(pg);
	page_cache_release(pg);
}

void host_rf_page(unsigned long index, struct host_rf_page *r)
{
	struct page *pg = rf_cached(index);
	struct list_head *pos;

	memset(r, -1, sizeof(*r));
	r->cached = pg != NULL;
	if (!pg)
		return;
	r->uptodate = Page_Uptodate(pg) != 0;
	r->dirty = PageDirty(pg) != 0;
	r->locked = PageLocked(pg) != 0;
	r->count = page_count(pg);
	r->on_clean_list = 0;
	list_for_each(pos, &rf_inode.i_mapping->clean_pages)
		if (pos == &pg->list)
			r->on_clean_list = 1;
}

int host_rf_bytes_are(unsigned long index, unsigned from, unsigned to, int c)
{
	unsigned char *kaddr = page_address(rf_cached(index));

	for (; from < to; from++)
		if (kaddr[from] != (unsigned char) c)
			return 0;
	return 1;
}

int host_rf_byte(unsigned long index, unsigned off)
{
	return ((unsigned char *) page_address(rf_cached(index)))[off];
}

unsigned long host_rf_nrpages(void)
{
	return rf_inode.i_mapping->nrpages;
}

struct rf_io {
	long long *pos;
	void *buf;
	unsigned long n;
	int write;
	long ret;
};

static void rf_do_io(void *p)
{
	struct rf_io *io = p;
	unsigned long limit = current->rlim[RLIMIT_FSIZE].rlim_cur;
	mm_segment_t fs = get_fs();
	loff_t pos = *io->pos;

	/* The host buffers are the "user" memory: any address will do. */
	set_fs(KERNEL_DS);
	current->rlim[RLIMIT_FSIZE].rlim_cur = RLIM_INFINITY;
	if (io->write)
		io->ret = rf_file.f_op->write(&rf_file, io->buf, io->n, &pos);
	else
		io->ret = rf_file.f_op->read(&rf_file, io->buf, io->n, &pos);
	current->rlim[RLIMIT_FSIZE].rlim_cur = limit;
	set_fs(fs);
	*io->pos = pos;
}

long host_rf_write(long long *pos, const void *buf, unsigned long n,
		   int append)
{
	struct rf_io io = { pos, (void *) buf, n, 1, 0 };

	rf_file.f_flags = append ? O_APPEND : 0;
	host_call_as_task(rf_do_io, &io);
	return io.ret;
}

long host_rf_read(long long *pos, void *buf, unsigned long n)
{
	struct rf_io io = { pos, buf, n, 0, 0 };

	rf_file.f_flags = 0;
	host_call_as_task(rf_do_io, &io);
	return io.ret;
}
