// SPDX-License-Identifier: GPL-2.0-only
/*
 * The page cache for bench_pagecache: the filemap suite's shim (with the
 * real mm/filemap.c and mm/swap.c in it), plus many files at once.  The
 * inodes sit in one array, side by side as a slab hands them out (spread
 * 1), or every spread-th one, so page_hash() sees addresses spaced as
 * the kernel's would be.
 */
#include "filemap_host.c"
#include "pagecache_bench.h"

static struct inode pcb_inode[HOST_PCB_MAX_INODES];
static int pcb_files, pcb_spread = 1;

/* The inode of file number f. */
static struct inode *pcb_file(unsigned int f)
{
	return &pcb_inode[f * pcb_spread];
}

struct pcb_fill {
	const unsigned long *pages;
	int nfiles;
	long added;
};

static void pcb_inode_init(struct inode *ino)
{
	memset(ino, 0, sizeof(*ino));
	ino->i_mode = S_IFREG | 0644;
	ino->i_mapping = &ino->i_data;
	INIT_LIST_HEAD(&ino->i_data.clean_pages);
	INIT_LIST_HEAD(&ino->i_data.dirty_pages);
	INIT_LIST_HEAD(&ino->i_data.locked_pages);
	ino->i_data.host = ino;
}

static void pcb_do_fill(void *p)
{
	struct pcb_fill *f = p;
	unsigned long idx;
	struct page *pg;
	int i;

	highmem_start_page = mem_map + max_mapnr;
	page_cache_init(num_physpages);
	for (i = 0; i < f->nfiles; i++) {
		pcb_inode_init(pcb_file(i));
		pcb_file(i)->i_size = f->pages[i] << PAGE_CACHE_SHIFT;
		for (idx = 0; idx < f->pages[i]; idx++) {
			pg = page_cache_alloc();
			if (!pg) {
				f->added = -1;
				return;
			}
			add_to_page_cache(pg, &pcb_file(i)->i_data, idx);
			SetPageUptodate(pg);
			UnlockPage(pg);
			page_cache_release(pg);	/* the cache keeps its own */
			f->added++;
		}
	}
}

long host_pcb_fill(const unsigned long *pages, int nfiles, int spread)
{
	struct pcb_fill f = { pages, nfiles, 0 };

	if (nfiles > HOST_PCB_MAX_FILES || spread < 1 ||
	    (long)nfiles * spread > HOST_PCB_MAX_INODES)
		return -1;
	pcb_files = nfiles;
	pcb_spread = spread;
	host_call_as_task(pcb_do_fill, &f);
	return f.added;
}

unsigned int host_pcb_hash_bits(void)
{
	return page_hash_bits;
}

unsigned int host_pcb_sizeof_inode(void)
{
	return sizeof(struct inode);
}

void host_pcb_chains(unsigned long *used, unsigned long *longest,
		     unsigned long *pages)
{
	unsigned long i, len;
	struct page *pg;

	*used = *longest = *pages = 0;
	for (i = 0; i < PAGE_HASH_SIZE; i++) {
		len = 0;
		for (pg = page_hash_table[i]; pg; pg = pg->next_hash)
			len++;
		if (len)
			(*used)++;
		if (len > *longest)
			*longest = len;
		*pages += len;
	}
}

struct pcb_run {
	const struct host_pcb_key *k;
	long n, found;
};

static void pcb_do_lookup(void *p)
{
	struct pcb_run *r = p;
	struct address_space *as;
	struct page *pg;
	long i;

	spin_lock(&pagecache_lock);
	for (i = 0; i < r->n; i++) {
		as = &pcb_file(r->k[i].file)->i_data;
		pg = __find_page_nolock(as, r->k[i].index,
					*page_hash(as, r->k[i].index));
		if (!pg)
			continue;
		if (pg->mapping != as || pg->index != r->k[i].index) {
			r->found = -1;
			break;
		}
		r->found++;
	}
	spin_unlock(&pagecache_lock);
}

long host_pcb_lookup(const struct host_pcb_key *k, long n)
{
	struct pcb_run r = { k, n, 0 };

	host_call_as_task(pcb_do_lookup, &r);
	return r.found;
}

/*
 * The chain links a lookup reads: the head and each next_hash up to its
 * page, or to the NULL that ends the chain.
 */
unsigned long long host_pcb_links(const struct host_pcb_key *k, long n)
{
	unsigned long long links = 0;
	struct address_space *as;
	struct page *pg;
	long i;

	for (i = 0; i < n; i++) {
		as = &pcb_file(k[i].file)->i_data;
		links++;
		for (pg = *page_hash(as, k[i].index); pg; pg = pg->next_hash) {
			if (pg->mapping == as && pg->index == k[i].index)
				break;
			links++;
		}
	}
	return links;
}
