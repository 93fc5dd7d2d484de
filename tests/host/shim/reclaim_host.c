// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host stand-ins for mm/vmscan.c, for the suites that link the page
 * allocator without reclaim: the host has no LRU pages, so nothing is
 * ever reclaimable, and no second task.
 *
 * A caller of __alloc_pages that waits for kswapd (or frees pages itself)
 * gets what kswapd's round would give it in 2.4.0 with nothing to
 * reclaim: the round frees nothing, and ends in oom_kill() if
 * out_of_memory() holds (free <= freepages.min, free + inactive_clean <=
 * freepages.low, no free swap).  The victim is the host's only task, the
 * caller: it gets PF_MEMALLOC, as oom_kill() gives its victim, and
 * __alloc_pages goes on to its last resort.  If memory is not out, 2.4.0
 * retries a single page for ever (nothing here can free one): the second
 * wait in one call stops it with BUG() here (host_reclaim_stuck), for
 * the tests to see.  host_call_as_task() resets the count and restores
 * the caller's PF_MEMALLOC after each call.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/swap.h>
#include <linux/swapctl.h>

DECLARE_WAIT_QUEUE_HEAD(kreclaimd_wait);
unsigned long kswapd_rounds;

int host_reclaim_waits;		/* waits in the current allocation */
int host_reclaim_stuck;		/* set before the BUG() of a livelock */
int host_reclaim_bench;		/* benchmarks: no BUG(), PF_MEMALLOC */

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

/* oom_kill.c's test, restated: this shim is linked where it is not. */
static int host_memory_is_out(void)
{
	if (nr_free_pages() > freepages.min)
		return 0;
	if (nr_free_pages() + nr_inactive_clean_pages() > freepages.low)
		return 0;
	return nr_swap_pages <= 0;
}

/* One kswapd round that finds nothing to reclaim. */
static void host_kswapd_round(void)
{
	kswapd_rounds++;
	if (host_memory_is_out()) {
		current->flags |= PF_MEMALLOC;
		return;
	}
	if (++host_reclaim_waits >= 2) {
		if (host_reclaim_bench) {	/* benchmarks: take what is left */
			current->flags |= PF_MEMALLOC;
			return;
		}
		host_reclaim_stuck = 1;
		BUG();
	}
}

void wakeup_kswapd(int block)
{
	if (block)
		host_kswapd_round();
}

int try_to_free_pages(unsigned int gfp_mask)
{
	host_kswapd_round();
	return 0;
}

/*
 * mm/swap_state.c's report, which show_free_areas() ends with: these
 * suites have no swap cache, so every count is 0.
 */
void show_swap_cache_info(void)
{
	printk("Swap cache: add %ld, delete %ld, find %ld/%ld\n",
	       0L, 0L, 0L, 0L);
}
