// SPDX-License-Identifier: GPL-2.0-only
/*
 * The tunables of page replacement and the memory-pressure estimate.
 * The page ages and the three LRU lists every page-cache page is on:
 * pages enter on the active list (lru_cache_add) and leave from
 * whichever list holds them (lru_cache_del).  Moving pages between the
 * lists as they age is reclaim's work (mm/vmscan.c: kswapd).
 * 情景分析 §2.6.  Follows Linux 2.4.0 mm/swap.c.
 */
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/swap.h>
#include <linux/swapctl.h>
#include <linux/pagemap.h>
#include <asm/page.h>

/* How many pages one swap-in reads ahead: 2^page_cluster. */
int page_cluster;

/*
 * The system's free-page targets.  Zero here; free_area_init_core adds
 * every zone's watermarks in.
 */
freepages_t freepages = {
	0,	/* min */
	0,	/* low */
	0,	/* high */
};

/* How hard the allocator has been pushed lately: +1 per allocation. */
int memory_pressure;

/* Asynchronous swap I/O in flight (rw_swap_page_base, end_buffer_io_async). */
atomic_t nr_async_pages = ATOMIC_INIT(0);

/* Share of memory for the buffer cache: min, borrow, max percent. */
buffer_mem_t buffer_mem = {
	2,	/* minimum percent buffer */
	10,	/* borrow percent buffer */
	60	/* maximum percent buffer */
};

/* Same for the page cache. */
buffer_mem_t page_cache = {
	2,	/* minimum percent page cache */
	15,	/* borrow percent page cache */
	75	/* maximum */
};

/* kswapd's parameters: tries, minimum tries, pages per swap-out batch. */
pager_daemon_t pager_daemon = {
	512,			/* base number for calculating the number of tries */
	SWAP_CLUSTER_MAX,	/* minimum number of tries */
	8,			/* do swap I/O in clusters of this size */
};

/*
 * Called once a second (by kswapd in 2.4.0): let memory_pressure decay
 * by 1/64, so it tracks a moving average of allocations per second.
 */
void recalculate_vm_stats(void)
{
	memory_pressure -= (memory_pressure >> INACTIVE_SHIFT);
}

/*
 * A page was used: it earns PAGE_AGE_ADV more age, up to PAGE_AGE_MAX.
 * A page of age 0 sits on an inactive list; its use brings it back.
 * The caller holds pagemap_lru_lock.
 */
void age_page_up_nolock(struct page *pg)
{
	if (pg->age == 0)
		activate_page_nolock(pg);
	pg->age += PAGE_AGE_ADV;
	if (pg->age > PAGE_AGE_MAX)
		pg->age = PAGE_AGE_MAX;
}

void age_page_up(struct page *pg)
{
	spin_lock(&pagemap_lru_lock);
	age_page_up_nolock(pg);
	spin_unlock(&pagemap_lru_lock);
}

/* Unused for a while: its age halves, and nothing else. */
void age_page_down_ageonly(struct page *pg)
{
	pg->age /= 2;
}

/* Halve the age; at 0 the page is a candidate for the inactive list. */
void age_page_down_nolock(struct page *pg)
{
	pg->age /= 2;
	if (pg->age == 0)
		deactivate_page_nolock(pg);
}

void age_page_down(struct page *pg)
{
	spin_lock(&pagemap_lru_lock);
	age_page_down_nolock(pg);
	spin_unlock(&pagemap_lru_lock);
}

/*
 * Make the page old at once.  An active page that nobody but the cache
 * and the caller holds (one more with buffers) goes to the inactive
 * dirty list, where page_launder will clean it.
 */
void deactivate_page_nolock(struct page *pg)
{
	int most = pg->buffers ? 3 : 2;

	pg->age = 0;
	ClearPageReferenced(pg);
	if (!PageActive(pg) || page_count(pg) > most)
		return;
	if (page_ramdisk(pg))
		return;
	del_page_from_active_list(pg);
	add_page_to_inactive_dirty_list(pg);
}

void deactivate_page(struct page *pg)
{
	spin_lock(&pagemap_lru_lock);
	deactivate_page_nolock(pg);
	spin_unlock(&pagemap_lru_lock);
}

/* Back to the active list from either inactive one, aged at least START. */
void activate_page_nolock(struct page *pg)
{
	if (PageInactiveDirty(pg)) {
		del_page_from_inactive_dirty_list(pg);
		add_page_to_active_list(pg);
	} else if (PageInactiveClean(pg)) {
		del_page_from_inactive_clean_list(pg);
		add_page_to_active_list(pg);
	}
	if (pg->age < PAGE_AGE_START)
		pg->age = PAGE_AGE_START;
}

void activate_page(struct page *pg)
{
	spin_lock(&pagemap_lru_lock);
	activate_page_nolock(pg);
	spin_unlock(&pagemap_lru_lock);
}

/*
 * A page enters the page cache (it is locked): onto the active list.
 * A page that comes with no age left goes inactive at once.
 */
void lru_cache_add(struct page *pg)
{
	spin_lock(&pagemap_lru_lock);
	if (!PageLocked(pg))
		BUG();
	add_page_to_active_list(pg);
	if (pg->age == 0)
		deactivate_page_nolock(pg);
	spin_unlock(&pagemap_lru_lock);
}

/*
 * The page leaves the cache: off whichever LRU list holds it.  The
 * caller holds pagemap_lru_lock and has the page locked.
 */
void __lru_cache_del(struct page *pg)
{
	if (PageActive(pg))
		del_page_from_active_list(pg);
	else if (PageInactiveDirty(pg))
		del_page_from_inactive_dirty_list(pg);
	else if (PageInactiveClean(pg))
		del_page_from_inactive_clean_list(pg);
	else
		printk("lru_cache_del: page %p is on no LRU list\n", pg);
}

void lru_cache_del(struct page *pg)
{
	if (!PageLocked(pg))
		BUG();
	spin_lock(&pagemap_lru_lock);
	__lru_cache_del(pg);
	spin_unlock(&pagemap_lru_lock);
}

/* Read-ahead cluster by memory size: small machines read less ahead. */
void __init swap_setup(void)
{
	unsigned long megabytes = num_physpages >> (20 - PAGE_SHIFT);

	page_cluster = 4;
	if (megabytes < 32)
		page_cluster = 3;
	if (megabytes < 16)
		page_cluster = 2;
}
