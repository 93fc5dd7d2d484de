/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What bench_pagecache sees of mm/filemap.c: files of given sizes put
 * into the page cache, and timed or counted runs of __find_page_nolock
 * over lists of (file, index) keys.  shim/pagecache_bench.c #includes
 * the filemap suite's shim (and with it the real mm/filemap.c).  Plain C
 * types only.
 */
#ifndef _TESTS_HOST_PAGECACHE_BENCH_H
#define _TESTS_HOST_PAGECACHE_BENCH_H

#define HOST_PCB_MAX_FILES	16384
#define HOST_PCB_MAX_INODES	131072

/* One lookup: page index of file number file. */
struct host_pcb_key {
	unsigned int file;
	unsigned long index;
};

/*
 * After host_boot: page_cache_init(num_physpages), then nfiles files of
 * pages[i] pages each, every page added with add_to_page_cache.  File f
 * has inode f * spread of one array of struct inode (spread 1: side by
 * side, as a slab gives them).  Returns the pages cached, or -1 if
 * memory ran out.
 */
extern long host_pcb_fill(const unsigned long *pages, int nfiles,
			  int spread);
extern unsigned int host_pcb_hash_bits(void);
extern unsigned int host_pcb_sizeof_inode(void);

/* The chains: how many are used, the longest, pages over used chains. */
extern void host_pcb_chains(unsigned long *used, unsigned long *longest,
			    unsigned long *pages);

/*
 * n lookups with __find_page_nolock (pagecache_lock held around the
 * run); returns how many found their page (a wrong page counts as -1:
 * the run returns a negative number then).
 */
extern long host_pcb_lookup(const struct host_pcb_key *k, long n);
/* The chain links those lookups read (head, next_hash up to the page). */
extern unsigned long long host_pcb_links(const struct host_pcb_key *k,
					 long n);

#endif /* _TESTS_HOST_PAGECACHE_BENCH_H */
