// SPDX-License-Identifier: GPL-2.0-only
/*
 * find_vma() (mm/mmap.c, 情景分析 §2.3) on address spaces of 10 to
 * 100,000 areas, against a plain walk of the same sorted list: the cost
 * per lookup, the nodes looked at per lookup and the mmap_cache hit rate,
 * for random addresses and for addresses with locality (80% of lookups in
 * the area of the one before).  Below AVL_MIN_MAP_COUNT (32) areas
 * find_vma itself walks the list.  The areas are one page each with a
 * one-page gap, put in with insert_vm_struct (100,000 is more than
 * MAX_MAP_COUNT, which only mmap enforces).
 *
 * Exits 1 if the tree does not look logarithmic: nodes per random lookup
 * at 100,000 areas must be under twice those at 1,000.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "shim/mm_host.h"
#include "shim/vma_host.h"

#define PG		4096UL
#define AREA_BASE	0x10000000UL
#define STRIDE		(2 * PG)
#define LOOKUPS		200000
#define LIST_BUDGET	200000000.0	/* list nodes per list-walk run */

static unsigned long long rnd64 = 0x9E3779B97F4A7C15ULL;

static unsigned long rnd(unsigned long n)
{
	rnd64 ^= rnd64 << 13;
	rnd64 ^= rnd64 >> 7;
	rnd64 ^= rnd64 << 17;
	return (unsigned long)(rnd64 % n);
}

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

/* Addresses over the whole span of the areas, gaps included. */
static void make_random(unsigned long *a, int n, int areas)
{
	int i;

	for (i = 0; i < n; i++)
		a[i] = AREA_BASE + rnd(areas * STRIDE);
}

/* 80% in the area of the previous lookup, 20% anywhere. */
static void make_local(unsigned long *a, int n, int areas)
{
	unsigned long area = rnd(areas);
	int i;

	for (i = 0; i < n; i++) {
		if (rnd(100) >= 80)
			area = rnd(areas);
		a[i] = AREA_BASE + area * STRIDE + rnd(PG);
	}
}

struct result {
	double find_ns, list_ns;
	double nodes, list_nodes, hit;
};

static void run(const unsigned long *a, int n, struct result *r)
{
	unsigned long long nodes, list_nodes;
	unsigned long hits, sum1, sum2;
	int nlist = n;
	double t;

	host_set_cache(-1);
	t = now_ns();
	sum1 = host_bench_find(a, n);
	r->find_ns = (now_ns() - t) / n;

	host_set_cache(-1);
	host_bench_stats(a, n, &nodes, &hits);
	r->nodes = (double)nodes / n;
	r->hit = 100.0 * hits / n;

	/* The list walk on fewer lookups when it is long. */
	list_nodes = host_bench_list_nodes(a, n < 2000 ? n : 2000);
	r->list_nodes = (double)list_nodes / (n < 2000 ? n : 2000);
	if (r->list_nodes * n > LIST_BUDGET)
		nlist = (int)(LIST_BUDGET / r->list_nodes) + 1;
	t = now_ns();
	sum2 = host_bench_list(a, nlist);
	r->list_ns = (now_ns() - t) / nlist;
	if (nlist == n && sum1 != sum2) {
		fprintf(stderr, "find_vma and the list walk disagree\n");
		exit(2);
	}
}

int main(int argc, char **argv)
{
	static const int sizes[] = { 10, 100, 1000, 10000, 100000 };
	unsigned long *a = malloc(LOOKUPS * sizeof(*a));
	double rnd_nodes[5] = { 0 };
	int s, ok;

	(void)argc;
	host_mm_layout(argv);
	host_boot(128 * 1024 * 1024UL);
	host_vma_init();

	printf("find_vma (mm/mmap.c): %d lookups per row; areas of one page, "
	       "one page apart\n", LOOKUPS);
	printf("%8s %-8s %6s %10s %10s %11s %11s %9s\n", "areas", "lookups",
	       "height", "find ns", "list ns", "find nodes", "list nodes",
	       "cache hit");
	for (s = 0; s < 5; s++) {
		struct result r;
		char height[16];
		int pat;

		if (host_bench_build(sizes[s], AREA_BASE, STRIDE)) {
			fprintf(stderr, "out of memory building %d areas\n",
				sizes[s]);
			return 2;
		}
		if (sizes[s] < 32)
			sprintf(height, "list");
		else
			sprintf(height, "%d", host_bench_height());
		for (pat = 0; pat < 2; pat++) {
			if (pat == 0)
				make_random(a, LOOKUPS, sizes[s]);
			else
				make_local(a, LOOKUPS, sizes[s]);
			run(a, LOOKUPS, &r);
			if (pat == 0)
				rnd_nodes[s] = r.nodes;
			printf("%8d %-8s %6s %10.1f %10.1f %11.2f %11.1f %8.1f%%\n",
			       sizes[s], pat ? "local" : "random",
			       height, r.find_ns, r.list_ns, r.nodes,
			       r.list_nodes, r.hit);
		}
	}
	ok = rnd_nodes[4] < 2 * rnd_nodes[2];
	printf("tree nodes per random lookup, 100000 vs 1000 areas: %.2f vs %.2f "
	       "(ratio %.2f, must be < 2): %s\n", rnd_nodes[4], rnd_nodes[2],
	       rnd_nodes[4] / rnd_nodes[2], ok ? "ok" : "FAILED");
	free(a);
	return ok ? 0 : 1;
}
