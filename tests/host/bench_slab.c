// SPDX-License-Identifier: GPL-2.0-only
/*
 * Benchmark of mm/slab.c on the host (情景分析 §2.10): the cost of a
 * kmem_cache_alloc + kmem_cache_free pair on a 32-byte and a 4 KB cache,
 * and of kmalloc + kfree of the same sizes, beside glibc's malloc + free
 * in the same process.  Once a slab exists, a slab pair touches only the
 * slab's free chain and the cache's list, never the buddy allocator.
 *
 *   make -C tests/host bench
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "shim/host.h"
#include "shim/mm_host.h"
#include "shim/slab_host.h"

#define MB		(1024UL * 1024UL)
#define HWCACHE_ALIGN	0x00002000UL
#define PAIRS		2000000
#define REPEAT		5

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void check_done(const char *what, unsigned long done, unsigned long n)
{
	if (done != n) {
		fprintf(stderr, "%s: only %lu of %lu pairs\n", what, done, n);
		exit(1);
	}
}

/* Best of REPEAT runs, ns per kmem_cache_alloc/free pair. */
static double time_cache(void *cachep, unsigned long n)
{
	double best = 0;
	int r;

	host_slab_bench_pairs(cachep, n / 10);		/* warm up */
	for (r = 0; r < REPEAT; r++) {
		double t0 = now_ns(), t;

		check_done("kmem_cache", host_slab_bench_pairs(cachep, n), n);
		t = (now_ns() - t0) / n;
		if (r == 0 || t < best)
			best = t;
	}
	return best;
}

static double time_kmalloc(unsigned long size, unsigned long n)
{
	double best = 0;
	int r;

	host_kmalloc_bench_pairs(size, n / 10);
	for (r = 0; r < REPEAT; r++) {
		double t0 = now_ns(), t;

		check_done("kmalloc", host_kmalloc_bench_pairs(size, n), n);
		t = (now_ns() - t0) / n;
		if (r == 0 || t < best)
			best = t;
	}
	return best;
}

/* glibc; the empty asm keeps gcc from dropping the unused block. */
static unsigned long malloc_pairs(unsigned long size, unsigned long n)
{
	unsigned long i;

	for (i = 0; i < n; i++) {
		void *p = malloc(size);

		if (!p)
			break;
		__asm__ __volatile__("" : : "r" (p) : "memory");
		free(p);
	}
	return i;
}

static double time_malloc(unsigned long size, unsigned long n)
{
	double best = 0;
	int r;

	malloc_pairs(size, n / 10);
	for (r = 0; r < REPEAT; r++) {
		double t0 = now_ns(), t;

		check_done("malloc", malloc_pairs(size, n), n);
		t = (now_ns() - t0) / n;
		if (r == 0 || t < best)
			best = t;
	}
	return best;
}

int main(int argc, char **argv)
{
	static const unsigned long sizes[] = { 32, 4096 };
	unsigned int i;

	(void)argc;
	host_mm_layout(argv);
	host_boot(64 * MB);
	host_slab_reset();
	host_kmem_cache_init();
	host_kmem_cache_sizes_init();

	printf("slab allocator (mm/slab.c) vs glibc, %d alloc+free pairs, "
	       "best of %d, ns per pair\n", PAIRS, REPEAT);
	printf("%8s %12s %10s %13s %16s\n", "size", "kmem_cache", "kmalloc",
	       "glibc malloc", "kmem_cache/malloc");
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		char name[32];
		void *c;
		double tc, tk, tm;

		sprintf(name, "bench-%lu", sizes[i]);
		c = host_kmem_cache_create(name, sizes[i], 0, HWCACHE_ALIGN,
					   NULL, NULL);
		if (!c) {
			fprintf(stderr, "kmem_cache_create(%s) failed\n", name);
			return 1;
		}
		tc = time_cache(c, PAIRS);
		tk = time_kmalloc(sizes[i], PAIRS);
		tm = time_malloc(sizes[i], PAIRS);
		printf("%8lu %12.1f %10.1f %13.1f %16.2f\n", sizes[i], tc, tk,
		       tm, tc / tm);
	}
	return 0;
}
