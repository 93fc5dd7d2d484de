/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the filemap suite sees of mm/filemap.c (情景分析 §2.13): pretend
 * files (inode, dentry, file, address_space with a readpage that fills
 * a page with a byte pattern) and areas mapping them.  shim/filemap_host.c
 * #includes the real file.  Plain C types only.
 */
#ifndef _TESTS_HOST_FILEMAP_HOST_H
#define _TESTS_HOST_FILEMAP_HOST_H

#define HOST_VM_SHARED		0x08UL
#define HOST_VM_MAYWRITE	0x20UL

/* How a pretend file is made. */
#define HOST_FM_REGULAR		1	/* S_IFREG, else a character device */
#define HOST_FM_READPAGE	2	/* a_ops->readpage */
#define HOST_FM_WRITEPAGE	4	/* a_ops->writepage */
#define HOST_FM_READ_FAILS	8	/* readpage returns -EIO */

/* (Re)make the pretend file with i_size bytes. */
extern void host_fm_file(int how, unsigned long i_size);

/* generic_file_mmap on an area with vm_flags; which ops it set. */
#define HOST_FM_OPS_NONE	0
#define HOST_FM_OPS_PRIVATE	1
#define HOST_FM_OPS_SHARED	2
extern int host_fm_mmap(unsigned long vm_flags, int *ops);

/* What filemap_nopage() answered. */
struct host_fm_nopage {
	int null, oom;			/* NULL, NOPAGE_OOM */
	unsigned long index;		/* page->index of a cache page */
	int cached;			/* the page returned is the cache's */
	unsigned long nrpages;		/* the file's pages in the cache */
	int in_cache;			/* page_cache_size */
	int count;			/* its count */
	unsigned char first_byte;	/* readpage wrote (index & 0xff) */
	int readpage_calls;
	int file_ok;			/* readpage got the area's file */
	unsigned long free_before, free_after;	/* nr_free_pages() */
};
/*
 * filemap_nopage() for an area [start, end) at file page pgoff, as the
 * host task whose mm is (own ? the area's : another); the page it
 * returns is released again, then the file's cache emptied
 * (truncate_inode_pages) before free_after is read.
 */
extern void host_fm_nopage(unsigned long start, unsigned long end,
			   unsigned long pgoff, unsigned long address,
			   int own, int no_share, struct host_fm_nopage *r);
/* Take every free page (then give them back). */
extern unsigned long host_fm_drain(void);
extern void host_fm_undrain(void);

/*
 * __set_page_dirty on page i of a few pretend pages of the file: each
 * starts on the mapping's clean list (in order 0, 1, ...).  The lists
 * are read back as page numbers; -1 ends them.  Returns 0, or -1 if a
 * list's back pointers are broken.
 */
#define HOST_FM_PAGES		4
extern void host_fm_pages_reset(void);
extern void host_fm_set_dirty(int i);
extern int host_fm_lists(int clean[HOST_FM_PAGES + 1],
			 int dirty[HOST_FM_PAGES + 1]);

/*
 * The page cache on the pretend file (after host_boot): host_fm_init
 * makes the hash table (page_cache_init(num_physpages)) and forgets the
 * file.  add: a page for index with every byte (index & 0xff), 0 added,
 * 1 already cached, -1 no memory.  find: 1 found and right, 0 not
 * cached, -1 a wrong page.  remove: 1 if it was cached.  truncate:
 * truncate_inode_pages at bytes.  byte: a byte of a cached page or -1.
 */
extern void host_fm_init(void);
extern unsigned int host_fm_hash_bits(void);
extern int host_fm_add(unsigned long index);
extern int host_fm_find(unsigned long index);
extern int host_fm_remove(unsigned long index);
extern void host_fm_truncate(unsigned long bytes);
extern int host_fm_byte(unsigned long index, unsigned long offset);
/* Hold one reference on a cached page (1 if cached); drop it again
 * (1 if that freed the page). */
extern int host_fm_hold(unsigned long index);
extern int host_fm_unhold(void);

struct host_fm_counts {
	unsigned long hashed, listed, nrpages, chains, longest, locked;
	int page_cache_size, active, inactive_dirty;
	unsigned long free;
};
/* The invariants (see filemap_host.c); 0 if they hold. */
extern int host_fm_check(struct host_fm_counts *c);

#endif /* _TESTS_HOST_FILEMAP_HOST_H */
