// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host tests for the page-table side of user virtual memory, mm/memory.c
 * (情景分析 §2.4, §2.5; fork's copy_page_range): demand paging through
 * handle_mm_fault (the zero page for reads, a cleared page for writes,
 * nopage methods with early COW, their SIGBUS/OOM answers), swap-in
 * (do_swap_page, swapin_readahead, swap entries across fork and zap, on
 * a model swap area and swap cache in shim/memory_host.c), copy-on-write (reuse at count 1, copy otherwise, the
 * zero page always copied), copy_page_range for private, shared and
 * read-only areas, zap_page_range and rss, clear_page_tables,
 * zeromap_page_range, remap_page_range, make_pages_present, and that
 * every page and page table comes back.  On the simulated PC of the
 * paging suite; the CPU itself (faults, CR2, the exception table) is the
 * in-kernel checks' part (tests/kernel/vm_checks.c).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "shim/host.h"
#include "shim/bug.h"
#include "shim/mm_host.h"
#include "shim/paging_host.h"
#include "shim/memory_host.h"

#define MB		(1024UL * 1024UL)
#define PG		HOST_PAGE_SIZE

/* 2.4.0's pte bits and protections (include/asm-i386/pgtable.h). */
#define P		0x001UL
#define RW		0x002UL
#define USER		0x004UL
#define ACC		0x020UL
#define DIRTY		0x040UL
#define PAGE_COPY	(P | USER | ACC)		/* 0x025 */
#define PAGE_SHARED	(P | RW | USER | ACC)		/* 0x027 */
#define PAGE_READONLY	(P | USER | ACC)		/* 0x025 */

#define MAY		(HOST_VM_MAYREAD | HOST_VM_MAYWRITE | HOST_VM_MAYEXEC)
#define ANON_RW		(HOST_VM_READ | HOST_VM_WRITE | MAY)	/* 0x73 */
#define SHARED_RW	(ANON_RW | HOST_VM_SHARED | HOST_VM_MAYSHARE)
#define PRIV_RO		(HOST_VM_READ | HOST_VM_MAYREAD | HOST_VM_MAYEXEC)

#define A		0x40000000UL	/* TASK_UNMAPPED_BASE */
#define B		0x08048000UL

static long zero;		/* pfn of the zero page */
static unsigned int free_at_start;

static void setup(void)
{
	struct host_paging_cfg c = { 32 * MB, 1, 1, 1, 0 };

	host_printk_reset();
	host_ram_map(c.ram_bytes);
	host_paging_boot(&c);
	host_vm_setup();
	zero = host_vm_zero_pfn();
	free_at_start = nr_free_pages();
	ck_assert_int_eq(host_vm_mm_init(0), 0);
	ck_assert_int_eq(host_vm_mm_init(1), 0);
}

static void teardown(void)
{
	host_ram_unmap();
}

static int count(long pfn)
{
	struct host_page_info pi;

	host_page_get(pfn, &pi);
	return pi.count;
}

static unsigned long flushes_one(void)
{
	struct host_cpu_events e;

	host_cpu_events_get(&e);
	return e.flush_one;
}

/* Every page and page table of both address spaces must come back. */
static void exit_both_and_check(void)
{
	host_vm_mm_exit(0);
	host_vm_mm_exit(1);
	ck_assert_uint_eq(nr_free_pages(), free_at_start);
}

/* The same when the test itself still holds page pfn (a "file" page). */
static void exit_both_and_check_minus(long pfn)
{
	host_vm_mm_exit(0);
	host_vm_mm_exit(1);
	ck_assert_int_eq(count(pfn), 1);
	host_free_pages_pfn(pfn, 0);
	ck_assert_uint_eq(nr_free_pages(), free_at_start);
}

/* ---- constants ------------------------------------------------------ */

START_TEST(test_consts)
{
	struct host_vm_consts c;

	host_vm_consts_get(&c);
	ck_assert_int_eq(c.pgt_cache_water[0], 25);
	ck_assert_int_eq(c.pgt_cache_water[1], 50);
	ck_assert_uint_eq(c.vm_read, HOST_VM_READ);
	ck_assert_uint_eq(c.vm_write, HOST_VM_WRITE);
	ck_assert_uint_eq(c.vm_exec, HOST_VM_EXEC);
	ck_assert_uint_eq(c.vm_shared, HOST_VM_SHARED);
	ck_assert_uint_eq(c.vm_mayread, HOST_VM_MAYREAD);
	ck_assert_uint_eq(c.vm_maywrite, HOST_VM_MAYWRITE);
	ck_assert_uint_eq(c.vm_mayexec, HOST_VM_MAYEXEC);
	ck_assert_uint_eq(c.vm_mayshare, HOST_VM_MAYSHARE);
	ck_assert_int_eq(c.nopage_sigbus, 0);
	ck_assert_int_eq(c.nopage_oom, -1);
}
END_TEST

START_TEST(test_pgd_alloc)
{
	int i;

	for (i = 0; i < 768; i++)
		ck_assert_uint_eq(host_vm_pgd(0, i), 0);
	for (i = 768; i < 1024; i++)
		ck_assert_uint_eq(host_vm_pgd(0, i), host_pgd(i));
	/* Two page directories so far. */
	ck_assert_uint_eq(nr_free_pages(), free_at_start - 2);
	exit_both_and_check();
}
END_TEST

/* ---- demand paging (§2.5: do_no_page, do_anonymous_page) ------------ */

START_TEST(test_anon_read_maps_zero_page)
{
	unsigned int before;
	int zc = count(zero);

	host_vm_vma(0, 0, A, A + 16 * PG, ANON_RW, HOST_NOPAGE_NONE);
	ck_assert_uint_eq(host_vm_prot(0, 0), PAGE_COPY);
	ck_assert_uint_eq(host_vm_pte(0, A), ~0UL);	/* no page table yet */
	before = nr_free_pages();
	ck_assert_int_eq(host_vm_fault(0, 0, A + 123, 0), 1);
	/* Only the page table was allocated; the zero page is shared. */
	ck_assert_uint_eq(nr_free_pages(), before - 1);
	ck_assert_uint_eq(host_vm_pte(0, A), (zero << 12) | PAGE_COPY);
	ck_assert_int_eq(host_vm_rss(0), 0);
	ck_assert_int_eq(count(zero), zc);
	ck_assert_uint_eq(host_vm_pte(0, A + PG), 0);
	exit_both_and_check();
}
END_TEST

START_TEST(test_anon_write_gets_cleared_page)
{
	unsigned int before;
	unsigned long pte;
	long pfn;

	host_vm_vma(0, 0, A, A + 16 * PG, ANON_RW, HOST_NOPAGE_NONE);
	host_vm_fault(0, 0, A, 0);		/* page table */
	before = nr_free_pages();
	ck_assert_int_eq(host_vm_fault(0, 0, A + PG + 8, 1), 1);
	pte = host_vm_pte(0, A + PG);
	pfn = host_vm_pfn(0, A + PG);
	ck_assert_uint_eq(nr_free_pages(), before - 1);
	ck_assert(pfn >= 0 && pfn != zero);
	ck_assert_uint_eq(pte, ((unsigned long) pfn << 12) | PAGE_COPY | RW |
			  DIRTY);
	ck_assert_int_eq(count(pfn), 1);
	ck_assert_int_eq(host_vm_rss(0), 1);
	ck_assert_int_eq(host_vm_peek(0, A + PG), 0);
	ck_assert_int_eq(host_vm_peek(0, A + PG + 4095), 0);
	exit_both_and_check();
}
END_TEST

START_TEST(test_nopage)
{
	struct host_nopage_call nc;
	long filepg = host_alloc_pages(0x07, 0);	/* GFP_KERNEL */

	/* A private writable file mapping and a shared one. */
	host_vm_vma(0, 0, A, A + 8 * PG, ANON_RW, HOST_NOPAGE_PAGE);
	host_vm_vma(0, 1, B, B + 8 * PG, SHARED_RW, HOST_NOPAGE_PAGE);
	host_vm_vma(0, 2, A + 64 * PG, A + 65 * PG, ANON_RW,
		    HOST_NOPAGE_SIGBUS);
	host_vm_vma(0, 3, A + 80 * PG, A + 81 * PG, ANON_RW, HOST_NOPAGE_OOM);
	host_vm_nopage_page(filepg);

	/* Read: the cache's page itself, shared, so write-protected. */
	ck_assert_int_eq(host_vm_fault(0, 0, A + 2 * PG + 5, 0), 2);
	host_vm_nopage_get(&nc);
	ck_assert_int_eq(nc.calls, 1);
	ck_assert_uint_eq(nc.address, A + 2 * PG);
	ck_assert_int_eq(nc.no_share, 0);
	ck_assert_uint_eq(host_vm_pte(0, A + 2 * PG),
			  ((unsigned long) filepg << 12) | PAGE_COPY);
	ck_assert_int_eq(count(filepg), 2);
	ck_assert_int_eq(host_vm_rss(0), 1);

	/* Write to a private area: ask for a private copy (early COW). */
	ck_assert_int_eq(host_vm_fault(0, 0, A + 3 * PG, 1), 2);
	host_vm_nopage_get(&nc);
	ck_assert_int_eq(nc.no_share, 1);
	ck_assert(host_vm_pfn(0, A + 3 * PG) != filepg);
	ck_assert_uint_eq(host_vm_pte(0, A + 3 * PG) & (RW | DIRTY),
			  RW | DIRTY);

	/* Write to a shared area: never a copy. */
	ck_assert_int_eq(host_vm_fault(0, 1, B, 1), 2);
	host_vm_nopage_get(&nc);
	ck_assert_int_eq(nc.no_share, 0);
	ck_assert_uint_eq(host_vm_pte(0, B),
			  ((unsigned long) filepg << 12) | PAGE_SHARED | DIRTY);

	/* No page: SIGBUS (0); no memory: -1.  Nothing mapped. */
	ck_assert_int_eq(host_vm_fault(0, 2, A + 64 * PG, 0), 0);
	ck_assert_int_eq(host_vm_fault(0, 3, A + 80 * PG, 1), -1);
	ck_assert_uint_eq(host_vm_pte(0, A + 64 * PG), 0);
	ck_assert_uint_eq(host_vm_pte(0, A + 80 * PG), 0);
	ck_assert_int_eq(host_vm_rss(0), 3);

	exit_both_and_check_minus(filepg);
}
END_TEST

START_TEST(test_swap_entry_without_swap)
{
	struct host_swap_stats st;

	host_vm_vma(0, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	host_vm_fault(0, 0, A, 0);
	/* SWP_ENTRY(1, 5): no area 1, so no page can be read: -1 (OOM). */
	host_vm_set_pte(0, A + PG, (1 << 1) | (5 << 8));
	ck_assert_int_eq(host_vm_fault(0, 0, A + PG, 0), -1);
	ck_assert_uint_eq(host_vm_pte(0, A + PG), 0x502);
	ck_assert_int_eq(host_vm_rss(0), 0);
	/* A slot of area 0 that is not in use: the same. */
	host_vm_set_pte(0, A + PG, (0 << 1) | (7 << 8));
	ck_assert_int_eq(host_vm_fault(0, 0, A + PG, 1), -1);
	host_swap_stats_get(&st);
	ck_assert_int_eq(st.sync_reads + st.async_reads, 0);
	host_vm_set_pte(0, A + PG, 0);
	exit_both_and_check();
}
END_TEST

/* ---- swap-in: do_swap_page, swapin_readahead ------------------------ */

/* An anonymous page at addr of m, written with a pattern from seed. */
static void fill_page(int m, unsigned long addr, int seed)
{
	int i;

	ck_assert_int_eq(host_vm_fault(m, 0, addr, 1), 1);
	for (i = 0; i < PG; i += 97)
		host_vm_poke(m, addr + i, (seed + i) & 0xff);
}

static int page_matches(int m, unsigned long addr, int seed)
{
	int i;

	for (i = 0; i < PG; i += 97)
		if (host_vm_peek(m, addr + i) != ((seed + i) & 0xff))
			return 0;
	return 1;
}

static void no_bad_frees(void)
{
	struct host_swap_stats st;

	host_swap_stats_get(&st);
	ck_assert_int_eq(st.bad_frees, 0);
}

START_TEST(test_swap_in_read)
{
	unsigned long e;
	long pfn;

	host_vm_vma(0, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	fill_page(0, A + PG, 3);
	e = host_swap_out(0, A + PG, 5);
	ck_assert_uint_eq(e, 5 << 8);
	ck_assert_uint_eq(host_vm_pte(0, A + PG), 0x500);
	ck_assert_int_eq(host_vm_rss(0), 0);
	ck_assert_int_eq(host_swap_map_count(5), 1);

	/* A read: back from the slot, in the swap cache, read-only. */
	ck_assert_int_eq(host_vm_fault(0, 0, A + PG, 0), 1);
	pfn = host_vm_pfn(0, A + PG);
	ck_assert(pfn >= 0);
	ck_assert_int_eq(host_swap_cached_pfn(5), pfn);
	ck_assert_uint_eq(host_vm_pte(0, A + PG) & 0xfff, PAGE_COPY);
	ck_assert(page_matches(0, A + PG, 3));
	ck_assert_int_eq(host_vm_rss(0), 1);
	/* The pte gave up the slot; the cache holds it and the page. */
	ck_assert_int_eq(host_swap_map_count(5), 1);
	ck_assert_int_eq(count(pfn), 2);

	/* A write now: do_wp_page, count 2 with the cache, not shared: reuse. */
	ck_assert_int_eq(host_vm_fault(0, 0, A + PG, 1), 1);
	ck_assert_int_eq(host_vm_pfn(0, A + PG), pfn);
	ck_assert(host_vm_pte(0, A + PG) & RW);
	ck_assert(host_vm_pte(0, A + PG) & DIRTY);

	/* Unmapping drops it from the cache and frees the slot. */
	host_vm_zap(0, A, 4 * PG);
	ck_assert_int_eq(host_swap_map_count(5), 0);
	ck_assert_int_eq(host_swap_cached_pfn(5), -1);
	ck_assert_int_eq(host_vm_rss(0), 0);
	no_bad_frees();
	exit_both_and_check();
}
END_TEST

START_TEST(test_swap_in_write)
{
	long pfn;

	host_vm_vma(0, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	fill_page(0, A, 9);
	host_swap_out(0, A, 6);
	/* A write fault on the swap pte: the only user, writable at once. */
	ck_assert_int_eq(host_vm_fault(0, 0, A, 1), 1);
	pfn = host_vm_pfn(0, A);
	ck_assert_uint_eq(host_vm_pte(0, A),
			  ((unsigned long) pfn << 12) | P | USER | RW | ACC |
			  DIRTY);
	ck_assert(page_matches(0, A, 9));
	ck_assert_int_eq(host_swap_map_count(6), 1);	/* the cache's */
	exit_both_and_check();
	ck_assert_int_eq(host_swap_map_count(6), 0);
	no_bad_frees();
}
END_TEST

START_TEST(test_swap_fork)
{
	unsigned long e;
	long pfn, ppfn;

	host_vm_vma(0, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	fill_page(0, A + 2 * PG, 40);
	e = host_swap_out(0, A + 2 * PG, 12);

	/* fork: the child's pte is the same entry, one more slot user. */
	host_vm_vma(1, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	ck_assert_int_eq(host_vm_copy_range(1, 0, 0), 0);
	ck_assert_uint_eq(host_vm_pte(1, A + 2 * PG), e);
	ck_assert_uint_eq(host_vm_pte(0, A + 2 * PG), e);
	ck_assert_int_eq(host_swap_map_count(12), 2);

	/* Parent writes: the child still wants the slot, so read-only... */
	ck_assert_int_eq(host_vm_fault(0, 0, A + 2 * PG, 1), 1);
	pfn = host_vm_pfn(0, A + 2 * PG);
	ck_assert(!(host_vm_pte(0, A + 2 * PG) & RW));
	ck_assert_int_eq(host_swap_map_count(12), 2);	/* child + cache */
	/* ... and the write faults again: copy-on-write gives a copy. */
	ck_assert_int_eq(host_vm_fault(0, 0, A + 2 * PG, 1), 1);
	ppfn = host_vm_pfn(0, A + 2 * PG);
	ck_assert(ppfn != pfn);
	ck_assert(host_vm_pte(0, A + 2 * PG) & RW);
	ck_assert(page_matches(0, A + 2 * PG, 40));
	host_vm_poke(0, A + 2 * PG, 0x77);

	/* The child finds the cached page, reads its own old contents. */
	ck_assert_int_eq(host_vm_fault(1, 0, A + 2 * PG, 0), 1);
	ck_assert_int_eq(host_vm_pfn(1, A + 2 * PG), pfn);
	ck_assert(page_matches(1, A + 2 * PG, 40));
	ck_assert_int_eq(host_swap_map_count(12), 1);
	/* The child writes: only it and the cache: reused in place. */
	ck_assert_int_eq(host_vm_fault(1, 0, A + 2 * PG, 1), 1);
	ck_assert_int_eq(host_vm_pfn(1, A + 2 * PG), pfn);
	host_vm_poke(1, A + 2 * PG + 97, 0x66);
	ck_assert_int_eq(host_vm_peek(0, A + 2 * PG), 0x77);
	ck_assert_int_eq(host_vm_peek(0, A + 2 * PG + 97), (40 + 97) & 0xff);
	ck_assert_int_eq(host_vm_peek(1, A + 2 * PG), 40);

	exit_both_and_check();
	ck_assert_int_eq(host_swap_map_count(12), 0);
	no_bad_frees();
}
END_TEST

START_TEST(test_swap_fork_zap_entries)
{
	host_vm_vma(0, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	fill_page(0, A, 1);
	fill_page(0, A + PG, 2);
	host_swap_out(0, A, 20);
	host_swap_out(0, A + PG, 21);
	host_vm_vma(1, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	ck_assert_int_eq(host_vm_copy_range(1, 0, 0), 0);
	ck_assert_int_eq(host_swap_map_count(20), 2);
	ck_assert_int_eq(host_swap_map_count(21), 2);
	/* Each zapped swap pte gives its slot use back; nothing was read. */
	host_vm_zap(1, A, 4 * PG);
	ck_assert_int_eq(host_swap_map_count(20), 1);
	ck_assert_int_eq(host_swap_map_count(21), 1);
	ck_assert_uint_eq(host_vm_pte(1, A), 0);
	host_vm_zap(0, A, PG);
	ck_assert_int_eq(host_swap_map_count(20), 0);
	ck_assert_int_eq(host_swap_map_count(21), 1);
	exit_both_and_check();
	ck_assert_int_eq(host_swap_map_count(21), 0);
	no_bad_frees();
}
END_TEST

START_TEST(test_swapin_readahead)
{
	struct host_swap_stats st;
	int i;

	host_swap_setup(2);		/* a window of 4 slots */
	host_vm_vma(0, 0, A, A + 8 * PG, ANON_RW, HOST_NOPAGE_NONE);
	for (i = 0; i < 4; i++) {
		fill_page(0, A + i * PG, 10 * i);
		host_swap_out(0, A + i * PG, 8 + i);
	}
	/* Fault slot 9: slots 8-11 are read ahead, 9 is then found. */
	ck_assert_int_eq(host_vm_fault(0, 0, A + PG, 0), 1);
	host_swap_stats_get(&st);
	ck_assert_int_eq(st.async_reads, 4);
	ck_assert_int_eq(st.sync_reads, 0);
	ck_assert_int_eq(host_swap_map_count(9), 1);
	for (i = 0; i < 4; i++)
		ck_assert(host_swap_cached_pfn(8 + i) >= 0);
	/* The others: their pte and the cache; the loans went back. */
	ck_assert_int_eq(host_swap_map_count(8), 2);
	ck_assert_int_eq(host_swap_map_count(10), 2);
	ck_assert_int_eq(host_swap_map_count(11), 2);
	/* Faulting slot 11 now finds it cached: no read at all. */
	ck_assert_int_eq(host_vm_fault(0, 0, A + 3 * PG, 0), 1);
	host_swap_stats_get(&st);
	ck_assert_int_eq(st.async_reads + st.sync_reads, 4);
	ck_assert(page_matches(0, A + PG, 10));
	ck_assert(page_matches(0, A + 3 * PG, 30));
	host_vm_mm_exit(0);
	host_vm_mm_exit(1);
	/* Mapped ones left the cache with their ptes; read-ahead ones stay. */
	ck_assert_int_eq(host_swap_map_count(9), 0);
	ck_assert_int_eq(host_swap_map_count(11), 0);
	ck_assert_int_eq(host_swap_map_count(8), 1);
	ck_assert_int_eq(host_swap_map_count(10), 1);
	/* Reclaim would take those two: do it by hand, all comes back. */
	ck_assert_int_eq(host_swap_drop_cache(8), 1);
	ck_assert_int_eq(host_swap_drop_cache(10), 1);
	ck_assert_int_eq(host_swap_map_count(8), 0);
	ck_assert_uint_eq(nr_free_pages(), free_at_start);
	no_bad_frees();
}
END_TEST

START_TEST(test_swapin_readahead_busy)
{
	struct host_swap_stats st;
	int i;

	host_swap_setup(2);
	host_vm_vma(0, 0, A, A + 8 * PG, ANON_RW, HOST_NOPAGE_NONE);
	for (i = 0; i < 4; i++) {
		fill_page(0, A + i * PG, 7 * i);
		host_swap_out(0, A + i * PG, 8 + i);
	}
	/* swap_cluster (8) << page_cluster (2) reads already in flight. */
	host_swap_set_async(8 << 2);
	ck_assert_int_eq(host_vm_fault(0, 0, A + 2 * PG, 0), 1);
	host_swap_stats_get(&st);
	/* No read-ahead: one synchronous read; every loan given back. */
	ck_assert_int_eq(st.async_reads, 0);
	ck_assert_int_eq(st.sync_reads, 1);
	ck_assert_int_eq(host_swap_map_count(8), 1);
	ck_assert_int_eq(host_swap_map_count(9), 1);
	ck_assert_int_eq(host_swap_map_count(10), 1);	/* the cache's */
	ck_assert_int_eq(host_swap_map_count(11), 1);
	ck_assert_int_eq(host_swap_cached_pfn(8), -1);
	ck_assert(page_matches(0, A + 2 * PG, 14));
	/* One below the limit: the window is read ahead again. */
	host_swap_set_async((8 << 2) - 1);
	ck_assert_int_eq(host_vm_fault(0, 0, A + 3 * PG, 0), 1);
	host_swap_stats_get(&st);
	ck_assert_int_eq(st.async_reads, 3);	/* 8, 9, 11 (10 is cached) */
	ck_assert(page_matches(0, A + 3 * PG, 21));
	host_swap_set_async(0);
	host_vm_mm_exit(0);
	host_vm_mm_exit(1);
	ck_assert_int_eq(host_swap_drop_cache(8), 1);
	ck_assert_int_eq(host_swap_drop_cache(9), 1);
	for (i = 0; i < 4; i++)
		ck_assert_int_eq(host_swap_map_count(8 + i), 0);
	ck_assert_uint_eq(nr_free_pages(), free_at_start);
	no_bad_frees();
}
END_TEST

/* ---- present ptes: young/dirty, copy-on-write (do_wp_page) ---------- */

START_TEST(test_present_pte_young_dirty)
{
	unsigned long f0, pte;

	host_vm_vma(0, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	host_vm_fault(0, 0, A, 1);
	pte = host_vm_pte(0, A);
	host_vm_set_pte(0, A, pte & ~(ACC | DIRTY));
	f0 = flushes_one();
	ck_assert_int_eq(host_vm_fault(0, 0, A, 0), 1);
	ck_assert_uint_eq(host_vm_pte(0, A), (pte & ~DIRTY) | ACC);
	ck_assert_int_eq(host_vm_fault(0, 0, A, 1), 1);
	ck_assert_uint_eq(host_vm_pte(0, A), pte | ACC | DIRTY);
	ck_assert_uint_eq(flushes_one(), f0 + 2);	/* establish_pte */
	exit_both_and_check();
}
END_TEST

START_TEST(test_cow_zero_page)
{
	long pfn;
	int zc = count(zero);

	host_vm_vma(0, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	host_vm_fault(0, 0, A, 0);
	ck_assert_int_eq(host_vm_pfn(0, A), zero);
	ck_assert_int_eq(host_vm_fault(0, 0, A + 7, 1), 1);
	pfn = host_vm_pfn(0, A);
	ck_assert(pfn >= 0 && pfn != zero);
	ck_assert_uint_eq(host_vm_pte(0, A),
			  ((unsigned long) pfn << 12) | PAGE_COPY | RW | DIRTY);
	ck_assert_int_eq(host_vm_rss(0), 1);	/* the zero page was not */
	ck_assert_int_eq(count(pfn), 1);
	ck_assert_int_eq(count(zero), zc);
	ck_assert_int_eq(host_vm_peek(0, A + 7), 0);
	exit_both_and_check();
}
END_TEST

START_TEST(test_cow_reuse_count_1)
{
	unsigned long f0;
	long pfn;

	host_vm_vma(0, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	host_vm_fault(0, 0, A, 1);
	pfn = host_vm_pfn(0, A);
	host_vm_set_pte(0, A, host_vm_pte(0, A) & ~(RW | DIRTY | ACC));
	f0 = flushes_one();
	ck_assert_int_eq(host_vm_fault(0, 0, A, 1), 1);
	ck_assert_int_eq(host_vm_pfn(0, A), pfn);
	ck_assert_uint_eq(host_vm_pte(0, A),
			  ((unsigned long) pfn << 12) | P | USER | RW | ACC |
			  DIRTY);
	ck_assert_uint_eq(flushes_one(), f0 + 1);
	ck_assert_int_eq(host_vm_rss(0), 1);
	exit_both_and_check();
}
END_TEST

START_TEST(test_cow_copy_count_2)
{
	long pfn, npfn;

	host_vm_vma(0, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	host_vm_fault(0, 0, A, 1);
	host_vm_poke(0, A + 100, 0x5a);
	pfn = host_vm_pfn(0, A);
	host_page_set_count(pfn, 2);		/* somebody else holds it */
	host_vm_set_pte(0, A, host_vm_pte(0, A) & ~RW);
	ck_assert_int_eq(host_vm_fault(0, 0, A, 1), 1);
	npfn = host_vm_pfn(0, A);
	ck_assert(npfn >= 0 && npfn != pfn);
	ck_assert_int_eq(count(pfn), 1);	/* our reference dropped */
	ck_assert_int_eq(count(npfn), 1);
	ck_assert_int_eq(host_vm_peek(0, A + 100), 0x5a);
	ck_assert_int_eq(host_vm_rss(0), 1);
	host_page_set_count(pfn, 1);
	host_free_pages_pfn(pfn, 0);		/* the other holder lets go */
	exit_both_and_check();
}
END_TEST

START_TEST(test_cow_bogus_page)
{
	host_vm_vma(0, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	host_vm_fault(0, 0, A, 0);
	/* A read-only pte for a frame past mem_map. */
	host_vm_set_pte(0, A + PG, 0x7f000000UL | PAGE_COPY);
	ck_assert_int_eq(host_vm_fault(0, 0, A + PG, 1), -1);
	ck_assert(strstr(host_printk_log, "do_wp_page: bogus page at address "
			 "40001000"));
	host_vm_set_pte(0, A + PG, 0);
	exit_both_and_check();
}
END_TEST

/* ---- fork: copy_page_range ------------------------------------------ */

START_TEST(test_fork_private_cow)
{
	long p0, p1;
	unsigned long pte0;
	int zc = count(zero);

	host_vm_vma(0, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	host_vm_fault(0, 0, A, 1);
	host_vm_fault(0, 0, A + PG, 1);
	host_vm_fault(0, 0, A + 2 * PG, 0);	/* zero page */
	host_vm_poke(0, A, 0x11);
	p0 = host_vm_pfn(0, A);
	p1 = host_vm_pfn(0, A + PG);
	pte0 = host_vm_pte(0, A);

	host_vm_vma(1, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	ck_assert_int_eq(host_vm_copy_range(1, 0, 0), 0);
	host_vm_set_rss(1, host_vm_rss(0));	/* copy_mm copies the mm */

	/* Both sides read-only; the child's copy not young; counts 2. */
	ck_assert_uint_eq(host_vm_pte(0, A), pte0 & ~RW);
	ck_assert_uint_eq(host_vm_pte(1, A), pte0 & ~(RW | ACC));
	ck_assert_int_eq(count(p0), 2);
	ck_assert_int_eq(count(p1), 2);
	/* The zero page is reserved: copied as it is, accessed bit too. */
	ck_assert_uint_eq(host_vm_pte(1, A + 2 * PG),
			  ((unsigned long) zero << 12) | PAGE_COPY);
	ck_assert_int_eq(count(zero), zc);
	ck_assert_uint_eq(host_vm_pte(1, A + 3 * PG), 0);

	/* The parent writes: a copy.  The child writes: last user, reuse. */
	ck_assert_int_eq(host_vm_fault(0, 0, A, 1), 1);
	ck_assert(host_vm_pfn(0, A) != p0);
	ck_assert_int_eq(host_vm_peek(0, A), 0x11);
	ck_assert_int_eq(count(p0), 1);
	ck_assert_int_eq(host_vm_fault(1, 0, A, 1), 1);
	ck_assert_int_eq(host_vm_pfn(1, A), p0);
	ck_assert(host_vm_pte(1, A) & RW);
	host_vm_poke(1, A, 0x22);
	ck_assert_int_eq(host_vm_peek(0, A), 0x11);
	ck_assert_int_eq(host_vm_rss(0), 2);
	ck_assert_int_eq(host_vm_rss(1), 2);

	/* The child writes the zero page: its own copy, rss + 1. */
	ck_assert_int_eq(host_vm_fault(1, 0, A + 2 * PG, 1), 1);
	ck_assert(host_vm_pfn(1, A + 2 * PG) != zero);
	ck_assert_int_eq(host_vm_rss(1), 3);
	exit_both_and_check();
}
END_TEST

START_TEST(test_fork_shared)
{
	unsigned long pte;
	long pfn;

	host_vm_vma(0, 0, A, A + 2 * PG, SHARED_RW, HOST_NOPAGE_NONE);
	ck_assert_uint_eq(host_vm_prot(0, 0), PAGE_SHARED);
	host_vm_fault(0, 0, A, 1);
	pte = host_vm_pte(0, A);
	pfn = host_vm_pfn(0, A);
	ck_assert(pte & DIRTY);
	host_vm_vma(1, 0, A, A + 2 * PG, SHARED_RW, HOST_NOPAGE_NONE);
	ck_assert_int_eq(host_vm_copy_range(1, 0, 0), 0);
	/* Shared: no write protection; the child's copy clean and old. */
	ck_assert_uint_eq(host_vm_pte(0, A), pte);
	ck_assert_uint_eq(host_vm_pte(1, A), pte & ~(DIRTY | ACC));
	ck_assert_int_eq(count(pfn), 2);
	exit_both_and_check();
}
END_TEST

START_TEST(test_fork_readonly_and_reserved)
{
	long filepg = host_alloc_pages(0x07, 0);
	unsigned long pte;
	int vga;

	/* A read-only private file mapping: no COW needed, none done. */
	host_vm_vma(0, 0, B, B + 2 * PG, PRIV_RO, HOST_NOPAGE_PAGE);
	host_vm_nopage_page(filepg);
	ck_assert_uint_eq(host_vm_prot(0, 0), PAGE_READONLY);
	ck_assert_int_eq(host_vm_fault(0, 0, B, 0), 2);
	pte = host_vm_pte(0, B);
	host_vm_vma(1, 0, B, B + 2 * PG, PRIV_RO, HOST_NOPAGE_PAGE);
	ck_assert_int_eq(host_vm_copy_range(1, 0, 0), 0);
	ck_assert_uint_eq(host_vm_pte(0, B), pte);
	ck_assert_uint_eq(host_vm_pte(1, B), pte & ~ACC);
	ck_assert_int_eq(count(filepg), 3);

	/* Device memory (a reserved frame) is copied as is, no count. */
	vga = count(0xa0);
	host_vm_vma(0, 1, A, A + PG, SHARED_RW, HOST_NOPAGE_NONE);
	host_vm_vma(1, 1, A, A + PG, SHARED_RW, HOST_NOPAGE_NONE);
	ck_assert_int_eq(host_vm_remap(0, A, 0xa0000, PG, PAGE_SHARED), 0);
	ck_assert_int_eq(host_vm_copy_range(1, 0, 1), 0);
	ck_assert_uint_eq(host_vm_pte(1, A), 0xa0000 | PAGE_SHARED);
	ck_assert_int_eq(count(0xa0), vga);

	exit_both_and_check_minus(filepg);
}
END_TEST

/* ---- unmapping: zap_page_range, clear_page_tables ------------------- */

START_TEST(test_zap)
{
	unsigned int before;
	int zc = count(zero);

	host_vm_vma(0, 0, A, A + 8 * PG, ANON_RW, HOST_NOPAGE_NONE);
	host_vm_fault(0, 0, A, 1);
	host_vm_fault(0, 0, A + PG, 1);
	host_vm_fault(0, 0, A + 2 * PG, 0);	/* zero page */
	host_vm_fault(0, 0, A + 3 * PG, 1);
	ck_assert_int_eq(host_vm_rss(0), 3);
	before = nr_free_pages();

	host_vm_zap(0, A + PG, 2 * PG);
	ck_assert_uint_eq(nr_free_pages(), before + 1);
	ck_assert_int_eq(host_vm_rss(0), 2);
	ck_assert_uint_eq(host_vm_pte(0, A + PG), 0);
	ck_assert_uint_eq(host_vm_pte(0, A + 2 * PG), 0);
	ck_assert_int_eq(count(zero), zc);
	ck_assert(host_vm_pfn(0, A) >= 0 && host_vm_pfn(0, A + 3 * PG) >= 0);

	/* rss never goes below zero. */
	host_vm_set_rss(0, 1);
	host_vm_zap(0, A, 8 * PG);
	ck_assert_int_eq(host_vm_rss(0), 0);
	ck_assert_uint_eq(nr_free_pages(), before + 3);
	/* The page table stays until clear_page_tables. */
	ck_assert_uint_ne(host_vm_pte(0, A), ~0UL);
	host_vm_clear_page_tables(0, 0, 768);
	ck_assert_uint_eq(host_vm_pte(0, A), ~0UL);
	ck_assert_uint_eq(host_vm_pgd(0, A >> 22), 0);
	ck_assert_uint_eq(nr_free_pages(), before + 4);
	exit_both_and_check();
}
END_TEST

START_TEST(test_zap_dirty_file_page)
{
	long pfn;

	host_vm_vma(0, 0, A, A + PG, ANON_RW, HOST_NOPAGE_NONE);
	host_vm_fault(0, 0, A, 1);
	pfn = host_vm_pfn(0, A);
	/* Pretend the page cache holds it too. */
	host_page_set_mapping(pfn, (void *) 0x1234);
	host_page_set_count(pfn, 2);
	host_vm_zap(0, A, PG);
	ck_assert_int_eq(host_vm_set_page_dirty_calls(), 1);
	ck_assert_int_eq(count(pfn), 1);
	host_page_set_mapping(pfn, NULL);
	host_free_pages_pfn(pfn, 0);
	exit_both_and_check();
}
END_TEST

/* ---- zeromap, remap, make_pages_present ----------------------------- */

START_TEST(test_zeromap)
{
	unsigned int before;
	int i;

	host_vm_vma(0, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	host_vm_fault(0, 0, A + PG, 1);
	before = nr_free_pages();
	ck_assert_int_eq(host_vm_zeromap(0, A, 3 * PG, PAGE_COPY | RW), 0);
	for (i = 0; i < 3; i++)
		ck_assert_uint_eq(host_vm_pte(0, A + i * PG),
				  ((unsigned long) zero << 12) | PAGE_COPY);
	ck_assert_uint_eq(host_vm_pte(0, A + 3 * PG), 0);
	/* The page that was there is dropped, with a complaint. */
	ck_assert(strstr(host_printk_log, "forget_pte: old mapping existed!"));
	ck_assert_uint_eq(nr_free_pages(), before + 1);
	exit_both_and_check();
}
END_TEST

START_TEST(test_remap)
{
	long pfn = host_alloc_pages(0x07, 0);

	host_vm_vma(0, 0, A, A + 4 * PG, SHARED_RW, HOST_NOPAGE_NONE);
	/* A reserved frame (the VGA hole), a free-list page, past RAM. */
	ck_assert_int_eq(host_vm_remap(0, A, 0xa0000, PG, PAGE_SHARED), 0);
	ck_assert_int_eq(host_vm_remap(0, A + PG, (unsigned long) pfn << 12,
				       PG, PAGE_SHARED), 0);
	ck_assert_int_eq(host_vm_remap(0, A + 2 * PG, 0xf0000000UL, 2 * PG,
				       PAGE_SHARED), 0);
	ck_assert_uint_eq(host_vm_pte(0, A), 0xa0000 | PAGE_SHARED);
	ck_assert_uint_eq(host_vm_pte(0, A + PG), 0);
	ck_assert_uint_eq(host_vm_pte(0, A + 2 * PG), 0xf0000000UL | PAGE_SHARED);
	ck_assert_uint_eq(host_vm_pte(0, A + 3 * PG), 0xf0001000UL | PAGE_SHARED);
	ck_assert_int_eq(host_vm_rss(0), 0);
	exit_both_and_check_minus(pfn);
}
END_TEST

START_TEST(test_make_pages_present)
{
	int i;

	host_vm_vma(0, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	host_vm_vma(0, 1, B, B + 2 * PG, PRIV_RO, HOST_NOPAGE_NONE);
	ck_assert_int_eq(host_vm_make_present(0, A, A + 4 * PG), 0);
	for (i = 0; i < 4; i++) {
		ck_assert(host_vm_pfn(0, A + i * PG) != zero);
		ck_assert(host_vm_pte(0, A + i * PG) & RW);
	}
	ck_assert_int_eq(host_vm_make_present(0, B, B + 2 * PG), 0);
	ck_assert_int_eq(host_vm_pfn(0, B), zero);
	ck_assert_int_eq(host_vm_pfn(0, B + PG), zero);
	ck_assert_int_eq(host_vm_rss(0), 4);
	exit_both_and_check();
}
END_TEST

/* ---- out of memory, bad page-table entries, TLB flushes ------------- */

/* Take every free page (as a PF_MEMALLOC task may), and give them back. */
static long drained[16384];
static int ndrained;

static void drain(void)
{
	long pfn;

	host_set_memalloc(1);
	while (ndrained < 16384 && (pfn = host_alloc_pages(0x07, 0)) >= 0)
		drained[ndrained++] = pfn;
	host_set_memalloc(0);
	ck_assert_uint_eq(nr_free_pages(), 0);
}

static void undrain(void)
{
	while (ndrained > 0)
		host_free_pages_pfn(drained[--ndrained], 0);
}

START_TEST(test_out_of_memory)
{
	unsigned long pte;
	long pfn;

	host_vm_vma(0, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	host_vm_vma(0, 1, B, B + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	host_vm_vma(1, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_NONE);
	ck_assert_int_eq(host_vm_fault(0, 0, A, 1), 1);
	pfn = host_vm_pfn(0, A);
	host_page_set_count(pfn, 2);		/* shared: a write must copy */
	host_vm_set_pte(0, A, host_vm_pte(0, A) & ~RW);
	pte = host_vm_pte(0, A);
	drain();

	/*
	 * No page table can be had: -1.  2.4.0's get_pte_slow leaves the
	 * pmd pointing at the (reserved) bad page table then.
	 */
	ck_assert_int_eq(host_vm_fault(0, 1, B, 0), -1);
	ck_assert_uint_eq(host_vm_pgd(0, B >> 22) & 0xfff, 0x067);
	ck_assert_int_eq(host_vm_rss(0), 1);
	/* An anonymous write: -1, the pte still empty, rss unchanged. */
	ck_assert_int_eq(host_vm_fault(0, 0, A + PG, 1), -1);
	ck_assert_uint_eq(host_vm_pte(0, A + PG), 0);
	ck_assert_int_eq(host_vm_rss(0), 1);
	/* A read needs no memory: the zero page. */
	ck_assert_int_eq(host_vm_fault(0, 0, A + 2 * PG, 0), 1);
	ck_assert_int_eq(host_vm_pfn(0, A + 2 * PG), zero);
	/* Copy-on-write without a page: -1, the pte as it was. */
	ck_assert_int_eq(host_vm_fault(0, 0, A, 1), -1);
	ck_assert_uint_eq(host_vm_pte(0, A), pte);
	ck_assert_int_eq(count(pfn), 2);
	ck_assert_int_eq(host_vm_make_present(0, A + 3 * PG, A + 4 * PG), -1);
	/* Where a page table is needed: -ENOMEM. */
	ck_assert_int_eq(host_vm_zeromap(0, 0x50000000UL, PG, PAGE_COPY), -12);
	ck_assert_int_eq(host_vm_remap(0, 0x54000000UL, 0xa0000, PG,
				       PAGE_SHARED), -12);
	ck_assert_int_eq(host_vm_copy_range(1, 0, 0), -12);

	undrain();
	host_page_set_count(pfn, 1);
	exit_both_and_check();
}
END_TEST

START_TEST(test_bad_pmd_entries)
{
	unsigned int before = nr_free_pages();
	const unsigned long bad = 0x00123007UL;	/* no accessed/dirty bits */

	/* zap_pte_range: reported, cleared, nothing freed. */
	host_vm_set_pgd(0, A >> 22, bad);
	host_vm_zap(0, A, 2 * PG);
	ck_assert(strstr(host_printk_log, "bad pmd 00123007."));
	ck_assert_uint_eq(host_vm_pgd(0, A >> 22), 0);
	/* free_one_pmd under clear_page_tables: the same. */
	host_printk_reset();
	host_vm_set_pgd(0, A >> 22, bad);
	host_vm_clear_page_tables(0, A >> 22, 1);
	ck_assert(strstr(host_printk_log, "bad pmd 00123007."));
	ck_assert_uint_eq(host_vm_pgd(0, A >> 22), 0);
	ck_assert_uint_eq(nr_free_pages(), before);
	exit_both_and_check();
}
END_TEST

START_TEST(test_zeromap_remap_flush)
{
	struct host_cpu_events e0, e;

	host_vm_vma(0, 0, A, A + 4 * PG, SHARED_RW, HOST_NOPAGE_NONE);
	host_cpu_events_get(&e0);
	ck_assert_int_eq(host_vm_zeromap(0, A, 2 * PG, PAGE_COPY), 0);
	host_cpu_events_get(&e);
	ck_assert_uint_eq(e.flush, e0.flush + 1);
	ck_assert_int_eq(host_vm_remap(0, A + 2 * PG, 0xa0000, 2 * PG,
				       PAGE_SHARED), 0);
	host_cpu_events_get(&e);
	ck_assert_uint_eq(e.flush, e0.flush + 2);
	ck_assert_uint_eq(e.flush_one, e0.flush_one);
	ck_assert_uint_eq(host_vm_pte(0, A + 3 * PG), 0xa1000 | PAGE_SHARED);
	exit_both_and_check();
}
END_TEST

/* ---- include/asm-i386/pgalloc.h: quicklists, pte_alloc, TLB ---------- */

#define VIRT(pfn)	(0xc0000000UL + ((unsigned long) (pfn) << 12))
#define PTE_SLOT(pfn, a)	(((unsigned long) (pfn) << 12) + \
				 (((a) >> 12) & 1023) * 4)

START_TEST(test_quicklists)
{
	long p = host_alloc_pages(0x07, 0), q = host_alloc_pages(0x07, 0);
	long r;

	ck_assert_int_eq(host_pt_cache_size(), 0);
	ck_assert_int_eq(host_pt_get_pte_fast(), -1);	/* no slow path */

	/* Pushed through their first word, popped last-in first-out. */
	host_pt_set_word(p, 1, 0);
	host_pt_set_word(q, 1, 0x1234);
	host_pt_free_pte_fast(p);
	host_pt_free_pte_fast(q);
	ck_assert_int_eq(host_pt_cache_size(), 2);
	ck_assert_uint_eq(host_pt_word(p, 0), 0);
	ck_assert_uint_eq(host_pt_word(q, 0), VIRT(p));
	ck_assert_int_eq(host_pt_get_pte_fast(), q);
	/* The link word is overwritten with the page's second word. */
	ck_assert_uint_eq(host_pt_word(q, 0), 0x1234);
	ck_assert_int_eq(host_pt_cache_size(), 1);
	ck_assert_int_eq(host_pt_get_pte_fast(), p);
	ck_assert_int_eq(host_pt_cache_size(), 0);
	ck_assert_int_eq(host_pt_get_pte_fast(), -1);

	/* Page directories: the link word is cleared on the way out. */
	host_pt_free_pgd_fast(p);
	host_pt_free_pgd_fast(q);
	ck_assert_int_eq(host_pt_cache_size(), 2);
	ck_assert_uint_eq(host_pt_word(q, 0), VIRT(p));
	ck_assert_int_eq(host_pt_get_pgd_fast(), q);
	ck_assert_uint_eq(host_pt_word(q, 0), 0);
	ck_assert_int_eq(host_pt_get_pgd_fast(), p);
	ck_assert_uint_eq(host_pt_word(p, 0), 0);
	ck_assert_int_eq(host_pt_cache_size(), 0);
	/* Empty: a new directory from the page allocator (get_pgd_slow). */
	r = host_pt_get_pgd_fast();
	ck_assert(r >= 0 && r != p && r != q);
	ck_assert_uint_eq(host_pt_word(r, 767), 0);
	ck_assert_uint_eq(host_pt_word(r, 768), host_pgd(768));
	ck_assert_uint_eq(host_pt_word(r, 1023), host_pgd(1023));
	host_free_pages_pfn(r, 0);
	host_free_pages_pfn(p, 0);
	host_free_pages_pfn(q, 0);
	exit_both_and_check();
}
END_TEST

START_TEST(test_pte_alloc)
{
	long p = host_alloc_pages(0x07, 0), q = host_alloc_pages(0x07, 0);
	unsigned long pmd, slot, bad;
	unsigned int before;
	char msg[32];

	/* An empty pmd takes the cached page table, user-visible. */
	host_pt_set_word(p, 1, 0);
	host_pt_free_pte_fast(p);
	pmd = 0;
	before = nr_free_pages();
	slot = host_pt_pte_alloc(&pmd, A + 5 * PG + 3, 0);
	ck_assert_uint_eq(slot, PTE_SLOT(p, A + 5 * PG));
	ck_assert_uint_eq(pmd, ((unsigned long) p << 12) | 0x067);
	ck_assert_int_eq(host_pt_cache_size(), 0);
	ck_assert_uint_eq(nr_free_pages(), before);
	/* A present pmd: just the slot. */
	ck_assert_uint_eq(host_pt_pte_alloc(&pmd, A + 1023 * PG, 0),
			  PTE_SLOT(p, A + 1023 * PG));
	ck_assert_uint_eq(pmd, ((unsigned long) p << 12) | 0x067);

	/* Nothing cached: get_pte_slow takes a page. */
	pmd = 0;
	slot = host_pt_pte_alloc(&pmd, A + 7 * PG, 0);
	ck_assert_uint_eq(nr_free_pages(), before - 1);
	ck_assert_uint_eq(pmd & 0xfff, 0x067);
	ck_assert_uint_eq(slot, (pmd & ~0xfffUL) + 7 * 4);
	host_free_pages_pfn(pmd >> 12, 0);

	/* The kernel's page tables: _KERNPG_TABLE, from the cache or not. */
	host_pt_set_word(q, 1, 0);
	host_pt_free_pte_fast(q);
	pmd = 0;
	slot = host_pt_pte_alloc(&pmd, 0xd0000000UL + 9 * PG, 1);
	ck_assert_uint_eq(slot, PTE_SLOT(q, 9 * PG));
	ck_assert_uint_eq(pmd, ((unsigned long) q << 12) | 0x063);
	ck_assert_uint_eq(host_pt_pte_alloc(&pmd, 0xd0000000UL + 2 * PG, 1),
			  PTE_SLOT(q, 2 * PG));
	pmd = 0;
	slot = host_pt_pte_alloc(&pmd, 0xd0000000UL + 4 * PG, 1);
	ck_assert_uint_eq(pmd & 0xfff, 0x063);
	ck_assert_uint_eq(slot, (pmd & ~0xfffUL) + 4 * 4);
	host_free_pages_pfn(pmd >> 12, 0);
	ck_assert_uint_eq(nr_free_pages(), before);

	/* A bad pmd: reported, pointed at the bad page table, NULL. */
	bad = ((unsigned long) p << 12) | 0x007;
	pmd = bad;
	ck_assert_uint_eq(host_pt_pte_alloc(&pmd, A, 0), 0);
	snprintf(msg, sizeof(msg), "bad pmd %08lx.", bad);
	ck_assert(strstr(host_printk_log, msg));
	ck_assert_uint_eq(pmd & 0xfff, 0x067);
	ck_assert_uint_ne(pmd, bad);
	pmd = bad;
	ck_assert_uint_eq(host_pt_pte_alloc(&pmd, A, 1), 0);
	ck_assert_uint_eq(pmd & 0xfff, 0x063);
	ck_assert_uint_eq(nr_free_pages(), before);

	host_free_pages_pfn(p, 0);
	host_free_pages_pfn(q, 0);
	exit_both_and_check();
}
END_TEST

START_TEST(test_flush_only_the_loaded_mm)
{
	struct host_cpu_events e0, e;

	host_cpu_events_get(&e0);
	host_pt_flush(HOST_FLUSH_MM, 0, 1, 0);
	host_pt_flush(HOST_FLUSH_PAGE, 0, 1, A);
	host_pt_flush(HOST_FLUSH_RANGE, 0, 1, A);
	host_cpu_events_get(&e);
	ck_assert_uint_eq(e.flush, e0.flush);
	ck_assert_uint_eq(e.flush_one, e0.flush_one);

	host_pt_flush(HOST_FLUSH_MM, 0, 0, 0);
	host_cpu_events_get(&e);
	ck_assert_uint_eq(e.flush, e0.flush + 1);
	host_pt_flush(HOST_FLUSH_PAGE, 0, 0, A + 3 * PG);
	host_cpu_events_get(&e);
	ck_assert_uint_eq(e.flush_one, e0.flush_one + 1);
	ck_assert_uint_eq(e.last_flush_one, A + 3 * PG);
	ck_assert_uint_eq(e.flush, e0.flush + 1);
	host_pt_flush(HOST_FLUSH_RANGE, 0, 0, A);
	host_cpu_events_get(&e);
	ck_assert_uint_eq(e.flush, e0.flush + 2);
	ck_assert_uint_eq(e.flush_one, e0.flush_one + 1);
	ck_assert_uint_eq(e.flush_global, e0.flush_global);
	exit_both_and_check();
}
END_TEST

/* ---- vmtruncate ------------------------------------------------------ */

#define NO_LIMIT	(~0UL)		/* RLIM_INFINITY */
#define SIGXFSZ_NR	25

/*
 * A file of 4 pages mapped privately by mm 0 (file pages 0-3 at A) and
 * shared by mm 1 (pages 1-3 at B): a truncate to 2 pages and 100 bytes
 * keeps every pte of a page that still holds file bytes (0-2) and zaps
 * those of page 3 in both mms, through i_mmap and i_mmap_shared; then
 * the cache is cut at the new size and the truncate method runs.
 */
START_TEST(test_vmtruncate_shrink)
{
	struct host_trunc_calls t;
	long filepg = host_alloc_pages(0x07, 0);	/* GFP_KERNEL */
	long long size = 2 * PG + 100;
	int i;

	host_vm_file_init(4 * PG);
	host_vm_vma(0, 0, A, A + 4 * PG, ANON_RW, HOST_NOPAGE_PAGE);
	host_vm_vma(1, 0, B, B + 3 * PG, SHARED_RW, HOST_NOPAGE_PAGE);
	host_vm_file_map(0, 0, 0);
	host_vm_file_map(1, 0, 1);
	host_vm_nopage_page(filepg);
	for (i = 0; i < 4; i++)
		ck_assert_int_eq(host_vm_fault(0, 0, A + i * PG, 0), 2);
	for (i = 0; i < 3; i++)
		ck_assert_int_eq(host_vm_fault(1, 0, B + i * PG, 0), 2);
	ck_assert_int_eq(count(filepg), 1 + 7);
	ck_assert_int_eq(host_vm_rss(0), 4);
	ck_assert_int_eq(host_vm_rss(1), 3);

	ck_assert(host_vm_vmtruncate(size, NO_LIMIT) == size);
	for (i = 0; i < 3; i++)
		ck_assert_int_eq(host_vm_pfn(0, A + i * PG), filepg);
	ck_assert_uint_eq(host_vm_pte(0, A + 3 * PG), 0);
	ck_assert_int_eq(host_vm_pfn(1, B), filepg);		/* page 1 */
	ck_assert_int_eq(host_vm_pfn(1, B + PG), filepg);	/* page 2 */
	ck_assert_uint_eq(host_vm_pte(1, B + 2 * PG), 0);	/* page 3 */
	ck_assert_int_eq(count(filepg), 1 + 5);
	ck_assert_int_eq(host_vm_rss(0), 3);
	ck_assert_int_eq(host_vm_rss(1), 2);

	host_vm_trunc_calls(&t);
	ck_assert_int_eq(t.cache_truncates, 1);
	ck_assert(t.cache_start == size);
	ck_assert_int_eq(t.cache_was_inode, 1);
	ck_assert_int_eq(t.method_calls, 1);
	ck_assert(t.size_seen == size);
	ck_assert_int_eq(t.last_sig, 0);

	/* To nothing: every page of both mms goes. */
	ck_assert(host_vm_vmtruncate(0, NO_LIMIT) == 0);
	for (i = 0; i < 4; i++)
		ck_assert_uint_eq(host_vm_pte(0, A + i * PG), 0);
	for (i = 0; i < 3; i++)
		ck_assert_uint_eq(host_vm_pte(1, B + i * PG), 0);
	ck_assert_int_eq(count(filepg), 1);
	ck_assert_int_eq(host_vm_rss(0), 0);
	ck_assert_int_eq(host_vm_rss(1), 0);
	host_vm_trunc_calls(&t);
	ck_assert_int_eq(t.cache_truncates, 2);
	ck_assert(t.cache_start == 0);

	exit_both_and_check_minus(filepg);
}
END_TEST

/*
 * A truncate to a page boundary zaps from that page on; an area wholly
 * before the new end keeps everything and is not touched.
 */
START_TEST(test_vmtruncate_page_boundary)
{
	long filepg = host_alloc_pages(0x07, 0);
	int i;

	host_vm_file_init(8 * PG);
	host_vm_vma(0, 0, A, A + 2 * PG, ANON_RW, HOST_NOPAGE_PAGE);
	host_vm_vma(0, 1, B, B + 4 * PG, SHARED_RW, HOST_NOPAGE_PAGE);
	host_vm_file_map(0, 0, 0);	/* pages 0-1 */
	host_vm_file_map(0, 1, 4);	/* pages 4-7 */
	host_vm_nopage_page(filepg);
	for (i = 0; i < 2; i++)
		host_vm_fault(0, 0, A + i * PG, 0);
	for (i = 0; i < 4; i++)
		host_vm_fault(0, 1, B + i * PG, 1);

	ck_assert(host_vm_vmtruncate(6 * PG, NO_LIMIT) == 6 * PG);
	ck_assert_int_eq(host_vm_pfn(0, A), filepg);
	ck_assert_int_eq(host_vm_pfn(0, A + PG), filepg);
	ck_assert_int_eq(host_vm_pfn(0, B), filepg);		/* page 4 */
	ck_assert_int_eq(host_vm_pfn(0, B + PG), filepg);	/* page 5 */
	ck_assert_uint_eq(host_vm_pte(0, B + 2 * PG), 0);	/* page 6 */
	ck_assert_uint_eq(host_vm_pte(0, B + 3 * PG), 0);	/* page 7 */
	ck_assert_int_eq(count(filepg), 1 + 4);

	exit_both_and_check_minus(filepg);
}
END_TEST

/*
 * Growing: only the size and the truncate method, no zap, no cache
 * truncation; past RLIMIT_FSIZE SIGXFSZ and the size stops at the
 * limit; a file already at the limit stays as it is (no method call).
 */
START_TEST(test_vmtruncate_grow)
{
	struct host_trunc_calls t;

	host_vm_file_init(PG);
	ck_assert(host_vm_vmtruncate(3 * PG, NO_LIMIT) == 3 * PG);
	host_vm_trunc_calls(&t);
	ck_assert_int_eq(t.cache_truncates, 0);
	ck_assert_int_eq(t.method_calls, 1);
	ck_assert_int_eq(t.last_sig, 0);

	ck_assert(host_vm_vmtruncate(10 * PG, 5 * PG) == 5 * PG);
	host_vm_trunc_calls(&t);
	ck_assert_int_eq(t.last_sig, SIGXFSZ_NR);
	ck_assert_int_eq(t.sig_to_current, 1);
	ck_assert_int_eq(t.method_calls, 2);
	ck_assert(t.size_seen == 5 * PG);

	host_vm_file_init(5 * PG);
	ck_assert(host_vm_vmtruncate(6 * PG, 5 * PG) == 5 * PG);
	host_vm_trunc_calls(&t);
	ck_assert_int_eq(t.last_sig, SIGXFSZ_NR);
	ck_assert_int_eq(t.method_calls, 0);

	/* Shrinking is never limited. */
	ck_assert(host_vm_vmtruncate(PG, 0) == PG);
	host_vm_trunc_calls(&t);
	ck_assert_int_eq(t.cache_truncates, 1);
	ck_assert_int_eq(t.method_calls, 1);
	exit_both_and_check();
}
END_TEST

static Suite *memory_suite(void)
{
	Suite *s = suite_create("memory");
	TCase *tc;

	tc = tcase_create("basics");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_consts);
	tcase_add_test(tc, test_pgd_alloc);
	suite_add_tcase(s, tc);

	tc = tcase_create("pgalloc");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_quicklists);
	tcase_add_test(tc, test_pte_alloc);
	tcase_add_test(tc, test_flush_only_the_loaded_mm);
	suite_add_tcase(s, tc);

	tc = tcase_create("demand");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_anon_read_maps_zero_page);
	tcase_add_test(tc, test_anon_write_gets_cleared_page);
	tcase_add_test(tc, test_nopage);
	tcase_add_test(tc, test_swap_entry_without_swap);
	suite_add_tcase(s, tc);

	tc = tcase_create("swap");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_swap_in_read);
	tcase_add_test(tc, test_swap_in_write);
	tcase_add_test(tc, test_swap_fork);
	tcase_add_test(tc, test_swap_fork_zap_entries);
	tcase_add_test(tc, test_swapin_readahead);
	tcase_add_test(tc, test_swapin_readahead_busy);
	suite_add_tcase(s, tc);

	tc = tcase_create("cow");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_present_pte_young_dirty);
	tcase_add_test(tc, test_cow_zero_page);
	tcase_add_test(tc, test_cow_reuse_count_1);
	tcase_add_test(tc, test_cow_copy_count_2);
	tcase_add_test(tc, test_cow_bogus_page);
	suite_add_tcase(s, tc);

	tc = tcase_create("fork");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_fork_private_cow);
	tcase_add_test(tc, test_fork_shared);
	tcase_add_test(tc, test_fork_readonly_and_reserved);
	suite_add_tcase(s, tc);

	tc = tcase_create("unmap");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_zap);
	tcase_add_test(tc, test_zap_dirty_file_page);
	tcase_add_test(tc, test_zeromap);
	tcase_add_test(tc, test_remap);
	tcase_add_test(tc, test_make_pages_present);
	tcase_add_test(tc, test_vmtruncate_shrink);
	tcase_add_test(tc, test_vmtruncate_page_boundary);
	tcase_add_test(tc, test_vmtruncate_grow);
	suite_add_tcase(s, tc);

	tc = tcase_create("limits");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_out_of_memory);
	tcase_add_test(tc, test_bad_pmd_entries);
	tcase_add_test(tc, test_zeromap_remap_flush);
	suite_add_tcase(s, tc);

	return s;
}

int main(int argc, char **argv)
{
	SRunner *sr;
	int failed;

	host_mm_layout(argv);
	sr = srunner_create(memory_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
