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
/// §2.7 以下计数器在 mm/page_alloc.c 中定义（活跃、不活跃脏页面是全局计数）。
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
/// §2.7 内存压力（mm/swap.c）：每次 __alloc_pages 加一，每释放一块减一，每秒衰减 1/64；
/// inactive_target 由它算出。不加锁，只是个估计值。
extern int memory_pressure;

/* Guards the active, inactive_dirty and inactive_clean lists. */
extern spinlock_t pagemap_lru_lock;

/* Pages swap_out works on at a time; also kswapd's minimum tries. */
#define SWAP_CLUSTER_MAX 32

/* Page ages: a new page starts at START, a use adds ADV, up to MAX. */
/// §2.6 页面的“寿命”：新进入高速缓存的页面为 2，每被访问一次加 3，最多 64；
/// __free_pages_ok 把释放的页面的 age 重置为 PAGE_AGE_START。
#define PAGE_AGE_START	2
#define PAGE_AGE_ADV	3
#define PAGE_AGE_MAX	64

/*
 * Sanity checks for the LRU list macros below (and for rmqueue): a page
 * is on at most one list, and only a page somebody uses is on any.
 */
/// §2.7 rmqueue 交出页面前的检查：刚从空闲队列取下的页面不应在任何 LRU 队列上。
/// 与 2.4.0 一样，这个宏直接引用名为 page 的变量。
#define DEBUG_ADD_PAGE \
	if (PageActive(page) || PageInactiveDirty(page) || \
	    PageInactiveClean(page)) \
		BUG();

#define ZERO_PAGE_BUG \
	if (page_count(page) == 0) \
		BUG();

/// 本移植新增的帮助宏：与 2.4.0 的 DEBUG_ADD_PAGE 加 ZERO_PAGE_BUG 相同的检查，但用宏参数，
/// 而不是碰巧名为 page 的变量（2.4.0 的写法在参数不叫 page 时会检查错对象）。
#define lru_check_not_listed(page) do { \
		if (PageActive(page) || PageInactiveDirty(page) || \
		    PageInactiveClean(page)) \
			BUG(); \
		if (page_count(page) == 0) \
			BUG(); \
	} while (0)

/* The caller holds pagemap_lru_lock. */
/// §2.6 三个 LRU 队列的进出（调用者持有 pagemap_lru_lock）：页面的 PG_active、PG_inactive_dirty、
/// PG_inactive_clean 标志与它所在的队列保持一致，计数同步增减；
/// 已在某个队列上、或引用计数为 0 的页面再加入就是 BUG。
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

/// 不活跃干净队列是每个管理区一个，计数也记在管理区里。
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
/// §2.7 回收的目标：不活跃页面数争取达到最近分配压力的 1/64，但不超过物理内存的四分之一。
/// 2.4.0 用 min() 写成；这里展开成条件表达式，结果相同。
#define INACTIVE_SHIFT 6
#define inactive_target \
	((unsigned long) (memory_pressure >> INACTIVE_SHIFT) < \
	 num_physpages / 4 ? \
	 (unsigned long) (memory_pressure >> INACTIVE_SHIFT) : \
	 num_physpages / 4)

#endif /* __KERNEL__ */

#endif /* _LINUX_SWAP_H */
