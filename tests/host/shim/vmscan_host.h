/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the vmscan suite (test_vmscan.c) sees of mm/vmscan.c and
 * mm/swap.c (情景分析 §2.6, §2.8): shim/vmscan_host.c #includes both
 * (for try_to_swap_out, refill_inactive, do_try_to_free_pages) and links
 * the real mm/filemap.c, mm/swap_state.c and mm/swapfile.c on the
 * simulated RAM of mm_host.h.  Pages are named by their pfn.  Plain C
 * types only.
 */
#ifndef _TESTS_HOST_VMSCAN_HOST_H
#define _TESTS_HOST_VMSCAN_HOST_H

/* Pretend files: how each one's writepage behaves. */
#define HOST_VS_FILES		3
#define HOST_VS_FILE_WRITES	0	/* writepage writes the page */
#define HOST_VS_FILE_NOWRITE	1	/* no writepage at all */
#define HOST_VS_FILE_REFUSES	2	/* writepage returns 1 (refused) */

/* The swap area: type 0, slot 0 the header. */
#define HOST_VS_SWAP_SLOTS	128

/* 2.4.0's constants, as the kernel has them. */
struct host_vs_consts {
	int page_age_start, page_age_adv, page_age_max;
	int swap_cluster_max, inactive_shift;
	int gfp_kswapd, gfp_user, gfp_kernel, gfp_atomic, gfp_buffer;
	unsigned long swap_type_of_entry_1, swap_offset_of_entry_1;
};
extern void host_vs_consts_get(struct host_vs_consts *c);

/*
 * After host_boot: the page-cache hash table, empty files, a fresh swap
 * area of HOST_VS_SWAP_SLOTS slots (all free but slot 0), no I/O.
 */
extern void host_vs_init(void);

/* A new page of file at index, in the cache (count 1: the cache's). */
extern long host_vs_file_page(int file, unsigned long index);
/* A page from the allocator, count 1, in no cache (anonymous). */
extern long host_vs_anon_page(void);
extern void host_vs_get(unsigned long pfn);
/* Drop a reference; 1 if that freed the page. */
extern int host_vs_put(unsigned long pfn);
/* Out of the cache and its LRU list as truncate does (page unlocked). */
extern void host_vs_drop_cached(unsigned long pfn);

#define HOST_VS_NOLIST		0
#define HOST_VS_ACTIVE		1
#define HOST_VS_INACTIVE_DIRTY	2
#define HOST_VS_INACTIVE_CLEAN	3

struct host_vs_page {
	int count, age, list;		/* list: by its flags, HOST_VS_* */
	int nflags;			/* how many of the three LRU flags */
	int referenced, dirty, locked, swap_cache, uptodate;
	int file;			/* its file, -1 swap cache, -2 none */
	unsigned long index;
	int zone;
};
extern void host_vs_page(unsigned long pfn, struct host_vs_page *p);
extern void host_vs_set_age(unsigned long pfn, int age);
extern void host_vs_set_referenced(unsigned long pfn);
extern void host_vs_set_dirty(unsigned long pfn);	/* set_page_dirty */
extern void host_vs_lock(unsigned long pfn);		/* TryLockPage */
extern void host_vs_unlock(unsigned long pfn);
extern void host_vs_set_buffers(unsigned long pfn, int on);

/*
 * fs/buffer.c's try_to_free_buffers for pages given buffers above: it
 * frees them (page->buffers = NULL) if free_ok, else fails; calls[wait]
 * counts the calls by their wait argument (0, 1, 2).
 */
extern void host_vs_buffers(int free_ok, int calls[3]);

/* mm/swap.c */
#define HOST_VS_AGE_UP			0
#define HOST_VS_AGE_UP_NOLOCK		1
#define HOST_VS_AGE_DOWN		2
#define HOST_VS_AGE_DOWN_NOLOCK		3
#define HOST_VS_AGE_DOWN_AGEONLY	4
#define HOST_VS_DEACTIVATE		5
#define HOST_VS_DEACTIVATE_NOLOCK	6
#define HOST_VS_ACTIVATE		7
#define HOST_VS_ACTIVATE_NOLOCK		8
/* These two lock the page around the call. */
#define HOST_VS_LRU_ADD			9
#define HOST_VS_LRU_DEL			10
extern void host_vs_swap_op(int op, unsigned long pfn);
/* swap_setup() as if the machine had physpages pages; page_cluster. */
extern int host_vs_swap_setup(unsigned long physpages);
extern int host_vs_page_cluster(void);
extern void host_vs_set_page_cluster(int n);
extern int host_vs_memory_pressure(void);
extern void host_vs_set_memory_pressure(int n);
extern void host_vs_recalculate_vm_stats(void);
extern unsigned long host_vs_inactive_target(void);

/* mm/vmscan.c, each run as the pretend task. */
extern int host_vs_refill_inactive_scan(unsigned int priority, int oneshot);
extern int host_vs_page_launder(int gfp_mask, int sync);
extern long host_vs_reclaim_page(int zone);		/* pfn or -1 */
extern int host_vs_free_shortage(void);
extern int host_vs_inactive_shortage(void);
extern int host_vs_do_try_to_free_pages(int gfp_mask, int user);
extern int host_vs_try_to_free_pages(int gfp_mask);
extern int host_vs_kmem_cache_reaps(void);

/*
 * The zone counters free_shortage and inactive_shortage read, set for
 * one call and put back after it (host_vs_zone_restore).
 */
extern void host_vs_zone_fake(int zone, unsigned long free_pages,
			      unsigned long inactive_clean_pages);
extern void host_vs_zone_restore(void);

/* Take free pages (GFP_ATOMIC, never reclaim) until free <= target. */
extern unsigned long host_vs_drain(unsigned long target);
extern void host_vs_undrain(void);
extern unsigned long host_vs_drained(void);

/*
 * Writes: files' writepage and swap_writepage's rw_swap_page.  at_once:
 * the write ends inside the call (the page unlocked); else it stays in
 * flight (locked) until host_vs_io_complete.
 */
struct host_vs_io {
	int writepage_calls[HOST_VS_FILES];
	int swap_writes, swap_reads, pending;
	unsigned long last_written;	/* pfn */
};
extern void host_vs_io_mode(int at_once);
extern void host_vs_io(struct host_vs_io *io);
extern int host_vs_io_complete(void);

/*
 * try_to_swap_out on one pte of a pretend mm (its vma: start..start+1
 * MB, not locked).  pte in: present (pfn, young, dirty) or not; out: as
 * the call left it (swap_val when it holds a swap entry).
 */
struct host_vs_pte {
	int present, young, dirty;
	unsigned long pfn;
	unsigned long swap_val;		/* not present: entry or 0 */
};
struct host_vs_mm {
	unsigned long rss, swap_cnt;
	int locked;			/* VM_LOCKED on the vma */
};
extern int host_vs_try_to_swap_out(struct host_vs_pte *pte,
				   struct host_vs_mm *mm);

/*
 * swap_out over pretend processes: mm `which` (0 or 1) with one area of
 * npages pages at 0x08048000 (VM_LOCKED if locked), real page tables in
 * the simulated RAM, on init_mm's mmlist.  Its ptes are set and read by
 * page number within the area.
 */
#define HOST_VS_MMS		2
#define HOST_VS_MM_PAGES	64
extern void host_vs_mm_make(int which, int npages, int locked);
extern void host_vs_mm_map(int which, int i, unsigned long pfn, int young,
			   int dirty);
extern void host_vs_mm_pte(int which, int i, struct host_vs_pte *pte);
struct host_vs_mm_info {
	/* swap_address as a page number within the area */
	unsigned long rss, swap_cnt, swap_address;
	int users;
};
extern void host_vs_mm_get(int which, struct host_vs_mm_info *info);
extern void host_vs_mm_set_rss(int which, unsigned long rss);
extern int host_vs_swap_out(unsigned int priority);

/* The swap area. */
extern unsigned int host_vs_swap_map(unsigned long offset);
extern int host_vs_nr_swap_pages(void);
extern unsigned long host_vs_swp_offset(unsigned long val);
extern unsigned long host_vs_swp_type(unsigned long val);
/* swap_free(entry); the area's SWP_WRITEOK (0: get_swap_page fails). */
extern void host_vs_swap_free(unsigned long val);
extern void host_vs_swap_writeok(int on);
/*
 * read_swap_cache_async(entry, 1) for a slot with no swap-cache page:
 * the new page (count 2: the caller's and the cache's), or -1.
 */
extern long host_vs_read_swap(unsigned long val);
/* The swap cache's page for entry val (pfn), or -1. */
extern long host_vs_swap_cache_pfn(unsigned long val);

/*
 * The LRU invariants over mem_map and the lists: 0 if they hold, else
 * a negative code (see vmscan_host.c).  The lengths and counters.
 */
struct host_vs_counts {
	int active, inactive_dirty, inactive_clean;
	int zone_dirty[3], zone_clean[3];
	int page_cache_size, nr_swap_pages;
	unsigned long free;
	unsigned long bad_pfn;		/* where a failed check stopped */
};
extern int host_vs_check(struct host_vs_counts *c);

#endif /* _TESTS_HOST_VMSCAN_HOST_H */
