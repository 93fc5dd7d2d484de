// SPDX-License-Identifier: GPL-2.0-only
/*
 * The tunables of page replacement and the memory-pressure estimate.
 * 情景分析 §2.6.  Follows Linux 2.4.0 mm/swap.c; the page-aging and LRU
 * list functions of that file come with page reclaim (kswapd), which
 * this port does not have yet.
 */
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/swap.h>
#include <linux/swapctl.h>
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

/* Swap-out pages in flight (the I/O is not ported). */
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
