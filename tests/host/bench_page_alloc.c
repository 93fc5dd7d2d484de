// SPDX-License-Identifier: GPL-2.0-only
/*
 * Benchmark of mm/page_alloc.c on the host (情景分析 §2.7): the cost of an
 * alloc_pages + __free_pages pair for each order, at 16 MB and at 1 GB of
 * simulated RAM with the same live set, and a mixed workload.  The buddy
 * allocator's work does not depend on the amount of memory (at most
 * MAX_ORDER steps to split or merge), so the ratio should stay near 1.
 *
 *   make -C tests/host bench
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "shim/host.h"
#include "shim/mm_host.h"

#define MB		(1024UL * 1024UL)
#define GFP_KERNEL	0x07
#define LIVE_PAGES	2048	/* allocated, then every other one freed */
#define PAIRS		200000
#define MIXED_OPS	1000000
#define REPEAT		5

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

/* Best of REPEAT runs of n pairs, in ns per pair. */
static double time_pairs(unsigned long order, unsigned long n)
{
	double best = 0;
	int r;

	host_bench_pairs(GFP_KERNEL, order, n / 10);	/* warm up */
	for (r = 0; r < REPEAT; r++) {
		double t0 = now_ns(), t;
		unsigned long done = host_bench_pairs(GFP_KERNEL, order, n);

		t = (now_ns() - t0) / n;
		if (done != n) {
			fprintf(stderr, "order %lu: only %lu of %lu pairs\n",
				order, done, n);
			exit(1);
		}
		if (r == 0 || t < best)
			best = t;
	}
	return best;
}

static double time_mixed(unsigned long n)
{
	double best = 0;
	int r;

	for (r = 0; r < REPEAT; r++) {
		double t0 = now_ns(), t;

		host_bench_mixed(n, 12345 + r);
		t = (now_ns() - t0) / n;
		if (r == 0 || t < best)
			best = t;
	}
	return best;
}

struct result {
	double pair[HOST_MAX_ORDER];
	int from[HOST_MAX_ORDER];	/* order of the block rmqueue splits */
	double mixed;
	unsigned long free_pages, live;
};

/*
 * The smallest order >= order with a free block in the zone GFP_KERNEL
 * uses first: a pair splits and re-merges (from - order) times.
 */
static int split_from(unsigned long order)
{
	static unsigned long pfns[HOST_MAXMEM_PFN];
	struct host_zone_info zi;
	int zones[HOST_NR_ZONES + 1], k;

	host_zonelist_get(GFP_KERNEL, zones);
	host_zone_get(zones[0], &zi);
	for (k = order; k < HOST_MAX_ORDER; k++)
		if (host_free_list_get(zones[0], k, pfns, zi.size) > 0)
			return k;
	return -1;
}

static void run(unsigned long ram, struct result *res)
{
	unsigned long order;

	host_boot(ram);
	res->live = host_bench_live_make(LIVE_PAGES);
	res->free_pages = nr_free_pages();
	for (order = 0; order < HOST_MAX_ORDER; order++) {
		res->from[order] = split_from(order);
		res->pair[order] = time_pairs(order, order < 6 ? PAIRS : PAIRS / 4);
	}
	res->mixed = time_mixed(MIXED_OPS);
	host_bench_live_drop();
	host_ram_unmap();
}

extern int host_reclaim_bench;

int main(int argc, char **argv)
{
	struct result small, big;
	unsigned long order;

	host_reclaim_bench = 1;	/* no kswapd here: a second wait takes the reserve */

	(void)argc;
	host_mm_layout(argv);
	run(16 * MB, &small);
	run(1024 * MB, &big);

	printf("page allocator, alloc_pages(GFP_KERNEL, order) + __free_pages, "
	       "best of %d\n", REPEAT);
	printf("live set: %lu single pages, every other page of a %d-page run\n",
	       small.live, LIVE_PAGES);
	printf("free pages: %lu at 16 MB, %lu at 1 GB\n\n",
	       small.free_pages, big.free_pages);
	printf("%-6s %14s %6s %14s %6s %8s\n", "order", "16 MB ns/pair",
	       "split", "1 GB ns/pair", "split", "1G/16M");
	for (order = 0; order < HOST_MAX_ORDER; order++)
		printf("%-6lu %14.1f %6d %14.1f %6d %8.2f\n", order,
		       small.pair[order], small.from[order] - (int)order,
		       big.pair[order], big.from[order] - (int)order,
		       big.pair[order] / small.pair[order]);
	printf("%-6s %14.1f %6s %14.1f %6s %8.2f\n", "mixed", small.mixed, "",
	       big.mixed, "", big.mixed / small.mixed);
	printf("\nsplit: levels rmqueue splits (and __free_pages_ok merges back) "
	       "per pair;\nthe cost follows it, not the amount of RAM.\n");
	printf("\nmixed: %d operations on 1024 slots, each freeing its block "
	       "or allocating one of order 0-5 (ns per operation)\n", MIXED_OPS);
	return 0;
}
