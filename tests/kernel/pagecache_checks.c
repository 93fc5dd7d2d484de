// SPDX-License-Identifier: GPL-2.0-only
/*
 * In-kernel checks of the page cache (情景分析 §2.13, mm/filemap.c and
 * the LRU side of mm/swap.c) on the real machine: the hash table's size
 * for this RAM, add_to_page_cache then __find_get_page, the hash chains
 * as the boot left them and with pretend files cached, every cache page
 * on exactly one LRU list with the counters agreeing with a walk of
 * mem_map and of the lists, and a file page mapped by two address spaces
 * (and twice in one) holding 1 + one count per mapping.  Everything is
 * given back at the end and the free page count must come back.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/swap.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/dcache.h>
#include <linux/stat.h>
#include <linux/highmem.h>
#include <linux/pagemap.h>
#include <asm/page.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>
#include <asm/uaccess.h>
#include "kcheck.h"

#define P		PAGE_SIZE
#define NFILES		3
#define FILE_PAGES	64

/* Pretend files: side by side, as inodes from a slab would be. */
static struct inode pc_inode[NFILES];
static struct dentry pc_dentry;

/* Fill page index of the file with the byte (index + 1). */
static int pc_readpage(struct file *file, struct page *page)
{
	char *k = kmap(page);

	memset(k, (int) (page->index + 1) & 0xff, P);
	kunmap(page);
	SetPageUptodate(page);
	UnlockPage(page);
	return 0;
}

static struct address_space_operations pc_aops = {
	.readpage = pc_readpage,
};

static struct file_operations pc_fops = {
	.mmap = generic_file_mmap,
};

static void pc_inode_init(struct inode *ino, unsigned long pages)
{
	memset(ino, 0, sizeof(*ino));
	atomic_set(&ino->i_count, 1);
	ino->i_mode = S_IFREG | 0444;
	ino->i_size = pages * P;
	sema_init(&ino->i_sem, 1);
	ino->i_fop = &pc_fops;
	ino->i_mapping = &ino->i_data;
	INIT_LIST_HEAD(&ino->i_data.clean_pages);
	INIT_LIST_HEAD(&ino->i_data.dirty_pages);
	INIT_LIST_HEAD(&ino->i_data.locked_pages);
	ino->i_data.a_ops = &pc_aops;
	ino->i_data.host = ino;
	ino->i_data.i_shared_lock = SPIN_LOCK_UNLOCKED;
}

/* 2.4.0's page_cache_init: one pointer per page, a power of two pages. */
static void check_hash_size(void)
{
	unsigned long order = 0;

	while ((P << order) < num_physpages * sizeof(struct page *))
		order++;
	KCHECK_EQ(1UL << page_hash_bits, (P << order) / sizeof(struct page *),
		  "page_cache_init(num_physpages): one chain per page of RAM, "
		  "rounded up to a power-of-two number of pages");
	if (num_physpages > 4096 && num_physpages <= 8192)
		KCHECK_EQ(PAGE_HASH_SIZE, 8192, "32 MB: 8192 chains, as 2.4.0 "
			  "prints at 32 MB");
}

struct pc_chains {
	unsigned long pages, used, longest, bad;
};

/*
 * Walk every chain: each page's pprev_hash is the link that points at
 * it, it sits in the chain page_hash() names, it has a mapping.
 */
static void pc_walk_chains(struct pc_chains *c)
{
	struct page **link, *pg;
	unsigned long i, len;

	memset(c, 0, sizeof(*c));
	spin_lock(&pagecache_lock);
	for (i = 0; i < PAGE_HASH_SIZE; i++) {
		len = 0;
		link = &page_hash_table[i];
		for (pg = *link; pg; link = &pg->next_hash, pg = *link) {
			len++;
			if (pg->pprev_hash != link || !pg->mapping ||
			    page_hash(pg->mapping, pg->index) !=
			    &page_hash_table[i])
				c->bad++;
		}
		if (len)
			c->used++;
		if (len > c->longest)
			c->longest = len;
		c->pages += len;
	}
	spin_unlock(&pagecache_lock);
}

/* Average pages per chain in use, in hundredths. */
static unsigned long pc_avg100(const struct pc_chains *c)
{
	return c->used ? c->pages * 100 / c->used : 0;
}

static unsigned long pc_list_len(struct list_head *head, unsigned long flag,
				 unsigned long *wrong)
{
	struct list_head *pos;
	unsigned long n = 0;

	list_for_each(pos, head) {
		struct page *pg = list_entry(pos, struct page, lru);

		if (!(pg->flags & (1UL << flag)))
			(*wrong)++;
		n++;
	}
	return n;
}

/*
 * Every page of mem_map: a cache page (one with a mapping) is on exactly
 * one LRU list and held; no page outside the cache is on one.  The
 * counters agree with the walk and with the lists' lengths.
 */
static void check_lru_walk(const char *when)
{
	unsigned long cached = 0, active = 0, dirty = 0, clean = 0;
	unsigned long zclean[MAX_NR_ZONES] = { 0 };
	unsigned long bad = 0, stray = 0, wrong = 0, lclean = 0, i;
	unsigned long lru_flags = (1UL << PG_active) |
				  (1UL << PG_inactive_dirty) |
				  (1UL << PG_inactive_clean);
	pg_data_t *pgdat = &contig_page_data;
	struct page *pg;
	int z, on;

	spin_lock(&pagecache_lock);
	spin_lock(&pagemap_lru_lock);
	for (i = 0; i < max_mapnr; i++) {
		pg = mem_map + i;
		on = !!PageActive(pg) + !!PageInactiveDirty(pg) +
		     !!PageInactiveClean(pg);
		if (!pg->mapping) {
			if (pg->flags & lru_flags)
				stray++;
			continue;
		}
		cached++;
		if (on != 1 || page_count(pg) < 1)
			bad++;
		if (PageActive(pg))
			active++;
		if (PageInactiveDirty(pg))
			dirty++;
		if (PageInactiveClean(pg)) {
			clean++;
			zclean[pg->zone - pgdat->node_zones]++;
		}
	}
	kcheck(bad == 0 && stray == 0, "%s: each of the %lu cache pages on "
	       "exactly one LRU list and held (%lu not), none outside the "
	       "cache on one (%lu)", when, cached, bad, stray);
	KCHECK_EQ(atomic_read(&page_cache_size), cached,
		  "page_cache_size = the pages of mem_map with a mapping");
	kcheck(active == nr_active_pages && dirty == nr_inactive_dirty_pages &&
	       pc_list_len(&active_list, PG_active, &wrong) == active &&
	       pc_list_len(&inactive_dirty_list, PG_inactive_dirty, &wrong) ==
	       dirty,
	       "nr_active_pages %d, nr_inactive_dirty_pages %d: the flags in "
	       "mem_map (%lu, %lu) and the lists' lengths agree",
	       nr_active_pages, nr_inactive_dirty_pages, active, dirty);
	for (z = 0; z < MAX_NR_ZONES; z++) {
		zone_t *zone = pgdat->node_zones + z;
		unsigned long n = pc_list_len(&zone->inactive_clean_list,
					      PG_inactive_clean, &wrong);

		if (n != zclean[z] || zone->inactive_clean_pages != zclean[z])
			lclean++;
	}
	kcheck(lclean == 0 && wrong == 0, "each zone's inactive_clean_pages "
	       "= its list's length = its pages flagged so (%lu in all); every "
	       "page on a list has that list's flag", clean);
	spin_unlock(&pagemap_lru_lock);
	spin_unlock(&pagecache_lock);
}

/* add_to_page_cache, then __find_get_page finds that very page. */
static void check_add_find(void)
{
	struct address_space *as = &pc_inode[0].i_data;
	int size0 = atomic_read(&page_cache_size);
	int active0 = nr_active_pages;
	struct page *pg, *found;

	pg = page_cache_alloc();
	if (!kcheck(pg != NULL, "a page for the cache"))
		return;
	add_to_page_cache(pg, as, 5);
	found = __find_get_page(as, 5, page_hash(as, 5));
	kcheck(found == pg && pg->mapping == as && pg->index == 5 &&
	       PageLocked(pg) && PageActive(pg) && page_count(pg) == 3,
	       "add_to_page_cache(index 5) then __find_get_page: the same "
	       "page, locked, active, count 3 (ours, the cache's, the find's: "
	       "%d)", page_count(pg));
	kcheck(atomic_read(&page_cache_size) == size0 + 1 &&
	       nr_active_pages == active0 + 1 && as->nrpages == 1 &&
	       as->clean_pages.next == &pg->list,
	       "page_cache_size, nr_active_pages, nrpages one more; the page "
	       "heads its mapping's clean list");
	kcheck(__find_get_page(as, 4, page_hash(as, 4)) == NULL &&
	       __find_get_page(&pc_inode[1].i_data, 5,
			       page_hash(&pc_inode[1].i_data, 5)) == NULL,
	       "no page at index 4, none for another mapping at index 5");
	page_cache_release(found);

	lru_cache_del(pg);
	remove_inode_page(pg);
	UnlockPage(pg);
	page_cache_release(pg);		/* the cache's */
	KCHECK_EQ(page_count(pg), 1, "out of the cache: only ours is left");
	page_cache_release(pg);
	kcheck(atomic_read(&page_cache_size) == size0 &&
	       nr_active_pages == active0 && as->nrpages == 0 &&
	       list_empty(&as->clean_pages) &&
	       __find_get_page(as, 5, page_hash(as, 5)) == NULL,
	       "removed: the counts are back, the lookup misses");
}

/* NFILES files of FILE_PAGES pages each, all cached. */
static int pc_fill(void)
{
	unsigned long idx;
	struct page *pg;
	int f;

	for (f = 0; f < NFILES; f++) {
		for (idx = 0; idx < FILE_PAGES; idx++) {
			pg = page_cache_alloc();
			if (!pg)
				return 0;
			add_to_page_cache(pg, &pc_inode[f].i_data, idx);
			pc_inode[f].i_data.a_ops->readpage(NULL, pg);
			page_cache_release(pg);
		}
	}
	return 1;
}

static void check_chains(void)
{
	struct pc_chains c;
	int size0 = atomic_read(&page_cache_size);

	pc_walk_chains(&c);
	kcheck(c.bad == 0 && c.pages == size0,
	       "after boot: %lu pages on %lu of %lu chains (longest %lu, "
	       "%lu.%02lu per chain in use), page_cache_size %d", c.pages,
	       c.used, (unsigned long) PAGE_HASH_SIZE, c.longest,
	       pc_avg100(&c) / 100, pc_avg100(&c) % 100, size0);
	check_lru_walk("after boot");

	if (!kcheck(pc_fill(), "%d pretend files of %d pages cached",
		    NFILES, FILE_PAGES))
		return;
	pc_walk_chains(&c);
	kcheck(c.bad == 0 && c.pages == size0 + NFILES * FILE_PAGES &&
	       c.longest <= NFILES,
	       "%d files cached: %lu pages on %lu chains, longest %lu (each "
	       "file's pages on chains of their own: at most %d), %lu.%02lu "
	       "per chain in use", NFILES, c.pages, c.used, c.longest, NFILES,
	       pc_avg100(&c) / 100, pc_avg100(&c) % 100);
	check_lru_walk("with the files cached");
}

/* ---- a file page mapped by two address spaces ---- */

static struct mm_struct pc_mm1, pc_mm2;

static int pc_mm_init(struct mm_struct *mm)
{
	memset(mm, 0, sizeof(*mm));
	mm->pgd = pgd_alloc();
	INIT_LIST_HEAD(&mm->mmlist);
	mm->page_table_lock = SPIN_LOCK_UNLOCKED;
	init_MUTEX(&mm->mmap_sem);
	atomic_set(&mm->mm_count, 1);
	atomic_set(&mm->mm_users, 1);
	return mm->pgd != NULL;
}

static void pc_use_mm(struct mm_struct *mm)
{
	current->mm = mm;
	current->active_mm = mm;
	load_cr3(mm->pgd);
}

static struct page *pc_mapped(struct mm_struct *mm, unsigned long addr)
{
	pmd_t *pmd = pmd_offset(pgd_offset(mm, addr), addr);
	pte_t pte;

	if (pmd_none(*pmd) || pmd_bad(*pmd))
		return NULL;
	pte = *pte_offset(pmd, addr);
	return pte_present(pte) ? pte_page(pte) : NULL;
}

static unsigned long pc_mmap(struct file *f, unsigned long prot,
			     unsigned long flags)
{
	unsigned long ret;

	down(&current->mm->mmap_sem);
	ret = do_mmap_pgoff(f, 0, 2 * P, prot, flags, 0);
	up(&current->mm->mmap_sem);
	return ret;
}

/* Read the first byte of the page at addr (a fault if unmapped). */
static int pc_touch(unsigned long addr)
{
	unsigned char c = 0;

	if (get_user(c, (unsigned char *) addr))
		return -1;
	barrier();
	return c;
}

static void check_shared_mapping(struct file *f)
{
	struct address_space *as = &pc_inode[2].i_data;
	unsigned long a1, a2, b;
	struct page *pg, *cached;
	int c1, c2, c3, w;

	cached = __find_get_page(as, 0, page_hash(as, 0));
	if (!kcheck(cached != NULL, "page 0 of the file is cached"))
		return;
	page_cache_release(cached);
	KCHECK_EQ(page_count(cached), 1, "held by the cache alone");

	pc_use_mm(&pc_mm1);
	a1 = pc_mmap(f, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	a2 = pc_mmap(f, PROT_READ, MAP_SHARED);
	pc_use_mm(&pc_mm2);
	b = pc_mmap(f, PROT_READ, MAP_PRIVATE);
	if (!kcheck(a1 < TASK_SIZE && a2 < TASK_SIZE && b < TASK_SIZE,
		    "do_mmap_pgoff of the file: private and shared in one "
		    "address space, private in another"))
		return;

	pc_use_mm(&pc_mm1);
	c1 = pc_touch(a1);
	c2 = page_count(cached);
	pc_use_mm(&pc_mm2);
	c3 = pc_touch(b);
	kcheck(c1 == 1 && c3 == 1 && pc_mapped(&pc_mm1, a1) == cached &&
	       pc_mapped(&pc_mm2, b) == cached,
	       "a read through either address space maps the cache page "
	       "itself (byte %d, %d)", c1, c3);
	kcheck(c2 == 2 && page_count(cached) == 3,
	       "page_count: 1 + one per mapping (%d after one, %d after two)",
	       c2, page_count(cached));
	pc_use_mm(&pc_mm1);
	pc_touch(a2);
	kcheck(pc_mapped(&pc_mm1, a2) == cached && page_count(cached) == 4,
	       "a second mapping in the same address space: count %d (1 + 3)",
	       page_count(cached));

	/* A private write takes a copy; the cache page loses that mapping. */
	w = put_user((unsigned char) 0x77, (unsigned char *) a1);
	barrier();
	pg = pc_mapped(&pc_mm1, a1);
	kcheck(w == 0 && pg != NULL && pg != cached &&
	       page_count(cached) == 3 && pc_touch(a2) == 1 &&
	       pc_touch(a1) == 0x77,
	       "a write to the private mapping: a copy of its own (%d), the "
	       "cache page back to count %d, the shared mapping still sees "
	       "the file", pg != NULL && pg != cached, page_count(cached));

	exit_mmap(&pc_mm2);
	exit_mmap(&pc_mm1);
	KCHECK_EQ(page_count(cached), 1, "every mapping gone: the cache's "
		  "reference is the only one");
}

static void pc_drop_files(void)
{
	int f;

	for (f = 0; f < NFILES; f++)
		truncate_inode_pages(&pc_inode[f].i_data, 0);
}

void mm_pagecache_checks(void)
{
	struct mm_struct *saved_mm = current->mm;
	struct mm_struct *saved_active = current->active_mm;
	mm_segment_t saved_fs = get_fs();
	unsigned int free0;
	struct file *f;
	int f0, i;

	for (i = 0; i < NFILES; i++)
		pc_inode_init(&pc_inode[i], FILE_PAGES);
	atomic_set(&pc_dentry.d_count, 2);
	pc_dentry.d_inode = &pc_inode[2];

	check_hash_size();
	/* Warm up the slabs the checks use, then count the free pages. */
	put_filp(get_empty_filp());
	kmem_cache_shrink(vm_area_cachep);
	free0 = nr_free_pages();
	f0 = atomic_read(&page_cache_size);

	check_add_find();
	check_chains();

	f = get_empty_filp();
	if (kcheck(f != NULL, "a struct file for the mappings") &&
	    kcheck(pc_mm_init(&pc_mm1) && pc_mm_init(&pc_mm2),
		   "two test address spaces")) {
		f->f_dentry = &pc_dentry;
		f->f_op = &pc_fops;
		f->f_mode = FMODE_READ;
		set_fs(USER_DS);
		check_shared_mapping(f);
		set_fs(saved_fs);
		current->mm = saved_mm;
		current->active_mm = saved_active;
		load_cr3(swapper_pg_dir);
	}
	if (f)
		fput(f);
	if (pc_mm1.pgd)
		pgd_free(pc_mm1.pgd);
	if (pc_mm2.pgd)
		pgd_free(pc_mm2.pgd);

	pc_drop_files();
	check_lru_walk("files truncated");
	kmem_cache_shrink(vm_area_cachep);
	kcheck(atomic_read(&page_cache_size) == f0 &&
	       nr_free_pages() == free0,
	       "every page came back: page_cache_size %d, nr_free_pages %u "
	       "(before %u)", atomic_read(&page_cache_size), nr_free_pages(),
	       free0);
}
