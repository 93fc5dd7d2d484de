/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Helpers shared by the slab suites (test_slab.c, test_slab_debug.c):
 * booting the simulated machine up to kmem_cache_sizes_init(), views of
 * caches, and where a BUG() was.  Test-program side (glibc, Check).
 */
#ifndef _TESTS_HOST_SLAB_TEST_H
#define _TESTS_HOST_SLAB_TEST_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "shim/host.h"
#include "shim/bug.h"
#include "shim/mm_host.h"
#include "shim/slab_host.h"

#define MB		(1024UL * 1024UL)
#define PAGE		HOST_PAGE_SIZE

/* 2.4.0's GFP values (include/linux/mm.h). */
#define GFP_WAIT	0x01
#define GFP_HIGH	0x02
#define GFP_IO		0x04
#define GFP_DMA		0x08
#define GFP_ATOMIC	(GFP_HIGH)
#define GFP_KERNEL	(GFP_HIGH | GFP_WAIT | GFP_IO)

#define HW		HOST_SLAB_HWCACHE_ALIGN
#define OFF		HOST_CFLGS_OFF_SLAB
#define NSIZES		13

/* ---- helpers -------------------------------------------------------- */

/* nr_free_pages() after the boot */
static unsigned long boot_free __attribute__((unused));

/* Boot the machine, then kmem_cache_init and kmem_cache_sizes_init. */
static __attribute__((unused))
void boot(unsigned long ram)
{
	host_printk_reset();
	host_boot(ram);
	host_slab_reset();
	host_kmem_cache_init();
	host_kmem_cache_sizes_init();
	boot_free = nr_free_pages();
}

static __attribute__((unused))
void teardown(void)
{
	host_in_interrupt = 0;
	host_ram_unmap();
}

static __attribute__((unused))
void check_cache(void *c)
{
	char msg[256];

	ck_assert_msg(host_cache_check(c, msg) == 0, "%s", msg);
}

static __attribute__((unused))
struct host_cache_info info(void *c)
{
	struct host_cache_info ci;

	host_cache_get(c, &ci);
	return ci;
}

static __attribute__((unused))
const char *src_line(const char *file, int line)
{
	static char buf[512];
	FILE *f = fopen(file, "r");
	int n = 0;

	buf[0] = '\0';
	if (!f)
		return buf;
	while (fgets(buf, sizeof(buf), f))
		if (++n == line)
			break;
	fclose(f);
	if (n != line)
		buf[0] = '\0';
	return buf;
}

/* The last BUG() was in mm/slab.c, on the line after one containing what. */
static __attribute__((unused))
void assert_bug_at(const char *what)
{
	ck_assert_ptr_nonnull(host_bug_file);
	ck_assert_msg(strstr(host_bug_file, "mm/slab.c") != NULL,
		      "BUG in %s, not mm/slab.c", host_bug_file);
	ck_assert_msg(strstr(src_line(host_bug_file, host_bug_line - 1),
			     what) != NULL,
		      "BUG at %s:%d, not after \"%s\"", host_bug_file,
		      host_bug_line, what);
	ck_assert_ptr_nonnull(strstr(host_printk_log, "kernel BUG at "));
}

static __attribute__((unused))
int zone_of_addr(const void *p)
{
	struct host_page_info pi;

	host_page_get(((unsigned long)p - HOST_PAGE_OFFSET) >> 12, &pi);
	return pi.zone;
}

static __attribute__((unused))
int page_slab_bit(unsigned long addr)
{
	struct host_page_info pi;

	host_page_get((addr - HOST_PAGE_OFFSET) >> 12, &pi);
	return (pi.flags >> 8) & 1;	/* PG_slab */
}

static __attribute__((unused))
void *create(const char *name, unsigned long size, unsigned long offset,
	     unsigned long flags)
{
	void *c = host_kmem_cache_create(name, size, offset, flags, NULL, NULL);

	ck_assert_msg(c != NULL, "kmem_cache_create(%s) failed", name);
	return c;
}

static __attribute__((unused))
void *alloc(void *c)
{
	void *p = host_kmem_cache_alloc(c, GFP_KERNEL);

	ck_assert_ptr_nonnull(p);
	return p;
}

static __attribute__((unused))
int on_chain(void *c)
{
	void *chain[256];
	int i, n = host_chain_get(chain, 256);

	for (i = 0; i < n; i++)
		if (chain[i] == c)
			return 1;
	return 0;
}

/* The general caches: cs[i] plain, dma[i] DMA, sz[i] the size. */
static unsigned long sz[NSIZES + 1] __attribute__((unused));
static void *cs[NSIZES + 1] __attribute__((unused));
static void *dma[NSIZES + 1] __attribute__((unused));

static __attribute__((unused))
void get_sizes(void)
{
	ck_assert_int_eq(host_cache_sizes_get(sz, cs, dma, NSIZES + 1), NSIZES);
}

/* Slabs whose off-slab slab_t lives in general cache c. */
static __attribute__((unused))
unsigned long headers_in(void *c)
{
	void *chain[256];
	unsigned long n = 0;
	int i, nc = host_chain_get(chain, 256);

	for (i = 0; i < nc; i++) {
		struct host_cache_info ci;

		host_cache_get(chain[i], &ci);
		if (ci.slabp_cache == c)
			n += ci.nslabs;
	}
	return n;
}

#endif /* _TESTS_HOST_SLAB_TEST_H */
