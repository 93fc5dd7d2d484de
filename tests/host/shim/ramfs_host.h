/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the filemap suite sees of fs/ramfs/inode.c (2.4.0's ramfs: a
 * file's only home is the page cache): one ramfs regular file made by
 * ramfs_get_inode(), its pages in the real page cache, and its address
 * space operations called one at a time or through generic_file_write
 * and generic_file_read.  shim/ramfs_host.c #includes the real file.
 * Plain C types only.
 */
#ifndef _TESTS_HOST_RAMFS_HOST_H
#define _TESTS_HOST_RAMFS_HOST_H

/* (Re)make the file, empty; the old one's cached pages go first. */
extern void host_rf_file(void);

/* What ramfs_get_inode() gave the file. */
struct host_rf_inode {
	int regular;			/* S_ISREG(i_mode) */
	int file_ops;			/* i_fop's read/write/mmap are generic_file_* */
	int aops;			/* a_ops are ramfs's four */
	unsigned long blksize, blocks;
	unsigned long long size;
};
extern void host_rf_inode(struct host_rf_inode *r);
extern void host_rf_set_size(unsigned long long size);

/*
 * A new page at index of the file, as write() gets it from
 * grab_cache_page (locked, in the cache, not up to date), every byte
 * set to fill; uptodate marks it up to date as if read before.
 */
extern int host_rf_grab(unsigned long index, int fill, int uptodate);
/* The address space operations on the cached page at index. */
extern int host_rf_prepare(unsigned long index, unsigned from, unsigned to);
extern int host_rf_commit(unsigned long index, unsigned from, unsigned to);
extern int host_rf_readpage(unsigned long index);
extern int host_rf_writepage(unsigned long index);
/* Lock the cached page (for readpage/writepage, which unlock it). */
extern void host_rf_lock(unsigned long index);
/* Unlock it and drop the reference host_rf_grab took. */
extern void host_rf_release(unsigned long index);

/* The cached page at index: -1 fields if there is none. */
struct host_rf_page {
	int cached;
	int uptodate, dirty, locked;
	int count;			/* page count, the cache's included */
	int on_clean_list;		/* on the mapping's clean_pages */
};
extern void host_rf_page(unsigned long index, struct host_rf_page *r);
/* Bytes [from, to) of the cached page at index all equal c. */
extern int host_rf_bytes_are(unsigned long index, unsigned from, unsigned to,
			     int c);
extern int host_rf_byte(unsigned long index, unsigned off);
/* Pages of the file in the cache (nrpages). */
extern unsigned long host_rf_nrpages(void);

/*
 * generic_file_write / generic_file_read of n bytes at *pos from/to a
 * host buffer (O_APPEND if append), as the host task with no file-size
 * limit; *pos moves as the call moves it.
 */
extern long host_rf_write(long long *pos, const void *buf, unsigned long n,
			  int append);
extern long host_rf_read(long long *pos, void *buf, unsigned long n);

#endif /* _TESTS_HOST_RAMFS_HOST_H */
