// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host stand-ins for mm/vmscan.c, for the suites that link the page
 * allocator without reclaim: no LRU page is ever reclaimable, no
 * shortage is ever seen.  A caller that would wait for kswapd (or free
 * pages itself) is treated the way kswapd's oom_kill() treats its victim
 * when nothing can be found: it gets PF_MEMALLOC, so __alloc_pages goes
 * on to its last resort instead of retrying for ever (the host has no
 * second task to kill).  host_alloc_pages() restores the flag after.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/swap.h>

DECLARE_WAIT_QUEUE_HEAD(kreclaimd_wait);
unsigned long kswapd_rounds;

struct page *reclaim_page(zone_t *zone)
{
	return NULL;
}

int page_launder(int gfp_mask, int sync)
{
	return 0;
}

int free_shortage(void)
{
	return 0;
}

int inactive_shortage(void)
{
	return 0;
}

void wakeup_kswapd(int block)
{
	if (block)
		current->flags |= PF_MEMALLOC;
}

int try_to_free_pages(unsigned int gfp_mask)
{
	current->flags |= PF_MEMALLOC;
	return 0;
}
