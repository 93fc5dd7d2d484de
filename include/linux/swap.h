/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Page aging and the LRU lists of 2.4.0's page replacement, and the
 * counters the page allocator keeps for them.  So far only what
 * mm/page_alloc.c and mm/bootmem.c use; swap areas, the swap cache and
 * reclaim (vmscan.c) come with their code.
 * 情景分析 §2.6, §2.7.  Follows Linux 2.4.0 include/linux/swap.h.
 */
#ifndef _LINUX_SWAP_H
#define _LINUX_SWAP_H

#include <linux/spinlock.h>
#include <asm/page.h>

#ifdef __KERNEL__

#include <linux/mm.h>
#include <linux/swapctl.h>

/* mm/page_alloc.c */
extern int nr_swap_pages;
extern unsigned int nr_free_pages(void);
extern unsigned int nr_inactive_clean_pages(void);
extern unsigned int nr_free_buffer_pages(void);
extern int nr_active_pages;
extern int nr_inactive_dirty_pages;

extern atomic_t nr_async_pages;
extern atomic_t page_cache_size;
extern atomic_t buffermem_pages;
extern spinlock_t pagecache_lock;

/* Allocations raise it, frees lower it: a measure of VM activity. */
extern int memory_pressure;

/* Guards the active, inactive_dirty and inactive_clean lists. */
extern spinlock_t pagemap_lru_lock;

/* Pages swap_out works on at a time; also kswapd's minimum tries. */
#define SWAP_CLUSTER_MAX 32

/* Page ages: a new page starts at START, a use adds ADV, up to MAX. */
#define PAGE_AGE_START	2
#define PAGE_AGE_ADV	3
#define PAGE_AGE_MAX	64

/*
 * Sanity checks for the LRU list macros below (and for rmqueue): a page
 * is on at most one list, and only a page somebody uses is on any.
 */
#define DEBUG_ADD_PAGE \
	if (PageActive(page) || PageInactiveDirty(page) || \
	    PageInactiveClean(page)) \
		BUG();

#define ZERO_PAGE_BUG \
	if (page_count(page) == 0) \
		BUG();

#define lru_check_not_listed(page) do { \
		if (PageActive(page) || PageInactiveDirty(page) || \
		    PageInactiveClean(page)) \
			BUG(); \
		if (page_count(page) == 0) \
			BUG(); \
	} while (0)

/* The caller holds pagemap_lru_lock. */
#define add_page_to_active_list(page) do { \
		lru_check_not_listed(page); \
		SetPageActive(page); \
		list_add(&(page)->lru, &active_list); \
		nr_active_pages++; \
	} while (0)

#define add_page_to_inactive_dirty_list(page) do { \
		lru_check_not_listed(page); \
		SetPageInactiveDirty(page); \
		list_add(&(page)->lru, &inactive_dirty_list); \
		nr_inactive_dirty_pages++; \
		(page)->zone->inactive_dirty_pages++; \
	} while (0)

#define add_page_to_inactive_clean_list(page) do { \
		lru_check_not_listed(page); \
		SetPageInactiveClean(page); \
		list_add(&(page)->lru, &(page)->zone->inactive_clean_list); \
		(page)->zone->inactive_clean_pages++; \
	} while (0)

#define del_page_from_active_list(page) do { \
		list_del(&(page)->lru); \
		ClearPageActive(page); \
		nr_active_pages--; \
		lru_check_not_listed(page); \
	} while (0)

#define del_page_from_inactive_dirty_list(page) do { \
		list_del(&(page)->lru); \
		ClearPageInactiveDirty(page); \
		nr_inactive_dirty_pages--; \
		(page)->zone->inactive_dirty_pages--; \
		lru_check_not_listed(page); \
	} while (0)

#define del_page_from_inactive_clean_list(page) do { \
		list_del(&(page)->lru); \
		ClearPageInactiveClean(page); \
		(page)->zone->inactive_clean_pages--; \
		lru_check_not_listed(page); \
	} while (0)

/* mm/swap.c: page ages and the LRU lists. */
extern void age_page_up(struct page *);
extern void age_page_up_nolock(struct page *);
extern void age_page_down(struct page *);
extern void age_page_down_nolock(struct page *);
extern void age_page_down_ageonly(struct page *);
extern void deactivate_page(struct page *);
extern void deactivate_page_nolock(struct page *);
extern void activate_page(struct page *);
extern void activate_page_nolock(struct page *);
extern void lru_cache_add(struct page *);
extern void __lru_cache_del(struct page *);
extern void lru_cache_del(struct page *);
extern void recalculate_vm_stats(void);
extern void swap_setup(void);

/*
 * A buffer page of a RAM disk (nothing to write it back to).  Port: no
 * block devices, so no page ever is one.
 */
#define page_ramdisk(page)	0

/*
 * How many inactive pages reclaim aims for: 1/64 of the recent
 * allocation pressure, but never more than a quarter of memory.
 */
#define INACTIVE_SHIFT 6
#define inactive_target \
	((unsigned long) (memory_pressure >> INACTIVE_SHIFT) < \
	 num_physpages / 4 ? \
	 (unsigned long) (memory_pressure >> INACTIVE_SHIFT) : \
	 num_physpages / 4)

#endif /* __KERNEL__ */

#endif /* _LINUX_SWAP_H */
