// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host tests for page aging and reclaim (情景分析 §2.6, §2.8): mm/swap.c
 * (age_page_up/down and their _nolock and _ageonly forms, deactivate_page,
 * activate_page, lru_cache_add/del, recalculate_vm_stats, inactive_target,
 * swap_setup's page_cluster for each RAM band) and mm/vmscan.c
 * (refill_inactive_scan, page_launder's two passes and writepage,
 * reclaim_page from a zone's inactive_clean list out of the page cache or
 * the swap cache, free_shortage/inactive_shortage against the zone
 * watermarks and inactive_target, try_to_swap_out on a pretend pte,
 * do_try_to_free_pages), with the real page cache, swap cache and swap
 * map.  Then 20,000 random steps against a model (pages, references,
 * ptes, swap slots): after every step each page is on at most one LRU
 * list with the flag of that list, the counters are the list lengths,
 * ages stay within [0, PAGE_AGE_MAX], every page's count and every
 * slot's count is the model's and no page is lost or freed twice.
 * On the simulated 20 MB PC of mm_host.h: ZONE_DMA 4096 pages
 * (min/low/high 128/256/384), ZONE_NORMAL 1024 pages (10/20/30).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "shim/host.h"
#include "shim/mm_host.h"
#include "shim/vmscan_host.h"

#define MB		(1024UL * 1024UL)
#define DMA		HOST_ZONE_DMA
#define NORMAL		HOST_ZONE_NORMAL
#define FW		HOST_VS_FILE_WRITES
#define FN		HOST_VS_FILE_NOWRITE
#define FR		HOST_VS_FILE_REFUSES
#define ACTIVE		HOST_VS_ACTIVE
#define IDIRTY		HOST_VS_INACTIVE_DIRTY
#define ICLEAN		HOST_VS_INACTIVE_CLEAN
#define NOLIST		HOST_VS_NOLIST

static struct host_vs_consts K;
static unsigned long next_index;

static void setup(void)
{
	host_boot(20 * MB);
	host_vs_init();
	host_vs_consts_get(&K);
	host_vs_set_memory_pressure(0);
	next_index = 0;
}

static void teardown(void)
{
}

static struct host_vs_page P(unsigned long pfn)
{
	struct host_vs_page p;

	host_vs_page(pfn, &p);
	return p;
}

/* The invariants hold; the counts. */
static struct host_vs_counts C(void)
{
	struct host_vs_counts c;
	int err = host_vs_check(&c);

	ck_assert_msg(err == 0, "LRU check %d at pfn %lu", err, c.bad_pfn);
	return c;
}

/* A new cached page of file: active, age PAGE_AGE_START, count 1. */
static unsigned long new_page(int file)
{
	long pfn = host_vs_file_page(file, next_index++);

	ck_assert_int_ge(pfn, 0);
	return pfn;
}

/* A cached page on the inactive_dirty list, age 0. */
static unsigned long new_inactive(int file)
{
	unsigned long pfn = new_page(file);

	host_vs_swap_op(HOST_VS_DEACTIVATE, pfn);
	ck_assert_int_eq(P(pfn).list, IDIRTY);
	return pfn;
}

START_TEST(test_consts_and_zones)
{
	struct host_zone_info dma, normal;
	struct host_mm_counters mc;

	ck_assert_int_eq(K.page_age_start, 2);
	ck_assert_int_eq(K.page_age_adv, 3);
	ck_assert_int_eq(K.page_age_max, 64);
	ck_assert_int_eq(K.swap_cluster_max, 32);
	ck_assert_int_eq(K.inactive_shift, 6);
	ck_assert_int_eq(K.gfp_kswapd, 0x04);
	ck_assert_uint_eq(K.swap_type_of_entry_1, 0);
	ck_assert_uint_eq(K.swap_offset_of_entry_1, 1);
	host_zone_get(DMA, &dma);
	host_zone_get(NORMAL, &normal);
	ck_assert_uint_eq(dma.size, 4096);
	ck_assert_uint_eq(dma.pages_min, 128);
	ck_assert_uint_eq(dma.pages_low, 256);
	ck_assert_uint_eq(dma.pages_high, 384);
	ck_assert_uint_eq(normal.size, 1024);
	ck_assert_uint_eq(normal.pages_min, 10);
	ck_assert_uint_eq(normal.pages_low, 20);
	ck_assert_uint_eq(normal.pages_high, 30);
	host_mm_counters_get(&mc);
	ck_assert_uint_eq(mc.freepages_min, 138);
	ck_assert_uint_eq(mc.freepages_low, 276);
	ck_assert_uint_eq(mc.freepages_high, 414);
	ck_assert_uint_eq(mc.num_physpages, 5120);
}
END_TEST

START_TEST(test_new_cache_page)
{
	struct host_vs_counts c0 = C(), c;
	unsigned long pfn = new_page(FW);
	struct host_vs_page p = P(pfn);

	/* A fresh page-cache page: active, age PAGE_AGE_START, the
	 * cache's reference only, clean, unlocked, from ZONE_NORMAL. */
	ck_assert_int_eq(p.list, ACTIVE);
	ck_assert_int_eq(p.nflags, 1);
	ck_assert_int_eq(p.age, 2);
	ck_assert_int_eq(p.count, 1);
	ck_assert_int_eq(p.dirty, 0);
	ck_assert_int_eq(p.locked, 0);
	ck_assert_int_eq(p.file, FW);
	ck_assert_int_eq(p.zone, NORMAL);
	c = C();
	ck_assert_int_eq(c.active, c0.active + 1);
	ck_assert_int_eq(c.page_cache_size, c0.page_cache_size + 1);
	ck_assert_uint_eq(c.free, c0.free - 1);
}
END_TEST

/* age_page_up: +PAGE_AGE_ADV, capped at PAGE_AGE_MAX; from 0 it first
 * activates (age PAGE_AGE_START), so 0 becomes 5. */
START_TEST(test_age_page_up)
{
	int ops[2] = { HOST_VS_AGE_UP, HOST_VS_AGE_UP_NOLOCK };
	int i;

	for (i = 0; i < 2; i++) {
		unsigned long pfn = new_page(FW), q;

		host_vs_swap_op(ops[i], pfn);
		ck_assert_int_eq(P(pfn).age, 5);
		host_vs_swap_op(ops[i], pfn);
		ck_assert_int_eq(P(pfn).age, 8);
		host_vs_set_age(pfn, 61);
		host_vs_swap_op(ops[i], pfn);
		ck_assert_int_eq(P(pfn).age, 64);
		host_vs_swap_op(ops[i], pfn);
		ck_assert_int_eq(P(pfn).age, 64);
		host_vs_set_age(pfn, 62);
		host_vs_swap_op(ops[i], pfn);
		ck_assert_int_eq(P(pfn).age, 64);
		/* Age 0 on the active list: stays there, 0 -> 2 -> 5. */
		host_vs_set_age(pfn, 0);
		host_vs_swap_op(ops[i], pfn);
		ck_assert_int_eq(P(pfn).age, 5);
		ck_assert_int_eq(P(pfn).list, ACTIVE);
		/* Age 0 on the inactive_dirty list: back to active. */
		q = new_inactive(FW);
		ck_assert_int_eq(P(q).age, 0);
		host_vs_swap_op(ops[i], q);
		ck_assert_int_eq(P(q).age, 5);
		ck_assert_int_eq(P(q).list, ACTIVE);
		ck_assert_int_eq(P(q).nflags, 1);
		/* Age 1 (not 0): no activation, 1 + 3. */
		host_vs_set_age(q, 1);
		host_vs_swap_op(HOST_VS_DEACTIVATE, q);
		host_vs_set_age(q, 1);
		host_vs_swap_op(ops[i], q);
		ck_assert_int_eq(P(q).age, 4);
		ck_assert_int_eq(P(q).list, IDIRTY);
		C();
	}
}
END_TEST

/* 2.4.0 ages down by halving (not by subtracting): 64 reaches 0 in 7. */
START_TEST(test_age_page_down_ageonly)
{
	static const int want[] = { 32, 16, 8, 4, 2, 1, 0, 0 };
	unsigned long pfn = new_page(FW);
	int i;

	host_vs_set_age(pfn, 64);
	for (i = 0; i < 8; i++) {
		host_vs_swap_op(HOST_VS_AGE_DOWN_AGEONLY, pfn);
		ck_assert_int_eq(P(pfn).age, want[i]);
		/* Only the age: even at 0 the page stays active. */
		ck_assert_int_eq(P(pfn).list, ACTIVE);
	}
	host_vs_set_age(pfn, 5);
	host_vs_swap_op(HOST_VS_AGE_DOWN_AGEONLY, pfn);
	ck_assert_int_eq(P(pfn).age, 2);
	C();
}
END_TEST

START_TEST(test_age_page_down)
{
	int ops[2] = { HOST_VS_AGE_DOWN, HOST_VS_AGE_DOWN_NOLOCK };
	int i;

	for (i = 0; i < 2; i++) {
		struct host_vs_counts c0 = C(), c;
		unsigned long pfn = new_page(FW), held = new_page(FN);

		host_vs_set_age(pfn, 3);
		host_vs_swap_op(ops[i], pfn);
		ck_assert_int_eq(P(pfn).age, 1);
		ck_assert_int_eq(P(pfn).list, ACTIVE);
		/* Down to 0: deactivated (count 1), referenced cleared. */
		host_vs_set_referenced(pfn);
		host_vs_swap_op(ops[i], pfn);
		ck_assert_int_eq(P(pfn).age, 0);
		ck_assert_int_eq(P(pfn).list, IDIRTY);
		ck_assert_int_eq(P(pfn).referenced, 0);
		/* Three users (cache + 2): too many to deactivate. */
		host_vs_get(held);
		host_vs_get(held);
		host_vs_set_age(held, 1);
		host_vs_swap_op(ops[i], held);
		ck_assert_int_eq(P(held).age, 0);
		ck_assert_int_eq(P(held).list, ACTIVE);
		c = C();
		ck_assert_int_eq(c.active, c0.active + 1);
		ck_assert_int_eq(c.inactive_dirty, c0.inactive_dirty + 1);
		ck_assert_int_eq(c.zone_dirty[NORMAL], c0.zone_dirty[NORMAL] + 1);
	}
}
END_TEST

/*
 * deactivate_page: age 0, PG_referenced cleared; an active page with at
 * most 2 users (3 with buffers) moves to inactive_dirty; others stay.
 */
START_TEST(test_deactivate_page)
{
	int ops[2] = { HOST_VS_DEACTIVATE, HOST_VS_DEACTIVATE_NOLOCK };
	int i;

	for (i = 0; i < 2; i++) {
		struct host_vs_counts c0 = C(), c;
		unsigned long a = new_page(FW), b = new_page(FW);
		unsigned long d = new_page(FW), e = new_page(FW);

		host_vs_set_age(a, 10);
		host_vs_set_referenced(a);
		host_vs_swap_op(ops[i], a);
		ck_assert_int_eq(P(a).list, IDIRTY);
		ck_assert_int_eq(P(a).age, 0);
		ck_assert_int_eq(P(a).referenced, 0);
		ck_assert_int_eq(P(a).count, 1);
		/* Two users: moves.  Three: stays, but aged 0. */
		host_vs_get(b);
		host_vs_swap_op(ops[i], b);
		ck_assert_int_eq(P(b).list, IDIRTY);
		host_vs_get(d);
		host_vs_get(d);
		host_vs_set_referenced(d);
		host_vs_swap_op(ops[i], d);
		ck_assert_int_eq(P(d).list, ACTIVE);
		ck_assert_int_eq(P(d).age, 0);
		ck_assert_int_eq(P(d).referenced, 0);
		/* With buffers three users may go, four may not. */
		host_vs_set_buffers(e, 1);
		host_vs_get(e);
		host_vs_get(e);
		host_vs_get(e);
		host_vs_swap_op(ops[i], e);
		ck_assert_int_eq(P(e).list, ACTIVE);
		host_vs_put(e);
		host_vs_swap_op(ops[i], e);
		ck_assert_int_eq(P(e).list, IDIRTY);
		host_vs_set_buffers(e, 0);
		/* Already inactive: nothing moves. */
		host_vs_set_age(a, 7);
		host_vs_swap_op(ops[i], a);
		ck_assert_int_eq(P(a).list, IDIRTY);
		ck_assert_int_eq(P(a).age, 0);
		c = C();
		ck_assert_int_eq(c.active, c0.active + 1);
		ck_assert_int_eq(c.inactive_dirty, c0.inactive_dirty + 3);
		ck_assert_int_eq(c.zone_dirty[NORMAL], c0.zone_dirty[NORMAL] + 3);
	}
}
END_TEST

/* activate_page: from either inactive list, age at least START. */
START_TEST(test_activate_page)
{
	int ops[2] = { HOST_VS_ACTIVATE, HOST_VS_ACTIVATE_NOLOCK };
	int i;

	for (i = 0; i < 2; i++) {
		unsigned long a = new_inactive(FW), b = new_inactive(FW);
		unsigned long d = new_page(FW), e = new_inactive(FW);
		struct host_vs_counts c0 = C(), c;

		host_vs_swap_op(ops[i], a);
		ck_assert_int_eq(P(a).list, ACTIVE);
		ck_assert_int_eq(P(a).age, 2);
		host_vs_set_age(b, 10);
		host_vs_swap_op(ops[i], b);
		ck_assert_int_eq(P(b).list, ACTIVE);
		ck_assert_int_eq(P(b).age, 10);
		host_vs_set_age(d, 0);
		host_vs_swap_op(ops[i], d);
		ck_assert_int_eq(P(d).list, ACTIVE);
		ck_assert_int_eq(P(d).age, 2);
		/* From the zone's inactive_clean list (page_launder put it
		 * there). */
		ck_assert_int_eq(host_vs_page_launder(K.gfp_kswapd, 0), 1);
		ck_assert_int_eq(P(e).list, ICLEAN);
		c = C();
		ck_assert_int_eq(c.zone_clean[NORMAL], 1);
		host_vs_swap_op(ops[i], e);
		ck_assert_int_eq(P(e).list, ACTIVE);
		ck_assert_int_eq(P(e).age, 2);
		c = C();
		ck_assert_int_eq(c.zone_clean[NORMAL], 0);
		ck_assert_int_eq(c.active, c0.active + 3);
		ck_assert_int_eq(c.inactive_dirty, c0.inactive_dirty - 3);
	}
}
END_TEST

/* lru_cache_add: onto active, or straight to inactive_dirty at age 0;
 * lru_cache_del: off whichever list. */
START_TEST(test_lru_cache_add_del)
{
	struct host_vs_counts c0, c;
	unsigned long pfn = new_page(FW);

	c0 = C();
	host_vs_swap_op(HOST_VS_LRU_DEL, pfn);
	ck_assert_int_eq(P(pfn).list, NOLIST);
	ck_assert_int_eq(P(pfn).nflags, 0);
	c = C();
	ck_assert_int_eq(c.active, c0.active - 1);
	host_vs_set_age(pfn, 0);
	host_vs_swap_op(HOST_VS_LRU_ADD, pfn);
	ck_assert_int_eq(P(pfn).list, IDIRTY);
	c = C();
	ck_assert_int_eq(c.inactive_dirty, c0.inactive_dirty + 1);
	ck_assert_int_eq(c.zone_dirty[NORMAL], c0.zone_dirty[NORMAL] + 1);
	host_vs_swap_op(HOST_VS_LRU_DEL, pfn);
	ck_assert_int_eq(P(pfn).list, NOLIST);
	c = C();
	ck_assert_int_eq(c.inactive_dirty, c0.inactive_dirty);
	ck_assert_int_eq(c.zone_dirty[NORMAL], c0.zone_dirty[NORMAL]);
	/* On no list: 2.4.0 only complains. */
	host_printk_reset();
	host_vs_swap_op(HOST_VS_LRU_DEL, pfn);
	ck_assert_ptr_nonnull(strstr(host_printk_log, "lru_cache_del"));
	host_vs_set_age(pfn, 9);
	host_vs_swap_op(HOST_VS_LRU_ADD, pfn);
	ck_assert_int_eq(P(pfn).list, ACTIVE);
	ck_assert_int_eq(P(pfn).age, 9);
	c = C();
	ck_assert_int_eq(c.active, c0.active);
	/* Truncated: off the list and out of the cache, then free. */
	host_vs_drop_cached(pfn);
	c = C();
	ck_assert_int_eq(c.active, c0.active - 1);
	ck_assert_int_eq(c.page_cache_size, c0.page_cache_size - 1);
	ck_assert_uint_eq(c.free, c0.free + 1);
}
END_TEST

/* memory_pressure decays by 1/64 a second; inactive_target is 1/64 of
 * it, at most a quarter of RAM. */
START_TEST(test_memory_pressure)
{
	static const struct { int before, after; } r[] = {
		{ 6400, 6300 }, { 63, 63 }, { 64, 63 }, { 1000, 985 },
		{ 0, 0 }, { 128, 126 },
	};
	unsigned int i;

	for (i = 0; i < sizeof(r) / sizeof(r[0]); i++) {
		host_vs_set_memory_pressure(r[i].before);
		host_vs_recalculate_vm_stats();
		ck_assert_int_eq(host_vs_memory_pressure(), r[i].after);
	}
	host_vs_set_memory_pressure(6400);
	ck_assert_uint_eq(host_vs_inactive_target(), 100);
	host_vs_set_memory_pressure(63);
	ck_assert_uint_eq(host_vs_inactive_target(), 0);
	/* A quarter of 5120 pages. */
	host_vs_set_memory_pressure(64 * 2000);
	ck_assert_uint_eq(host_vs_inactive_target(), 1280);
	host_vs_set_memory_pressure(64 * 1280 + 63);
	ck_assert_uint_eq(host_vs_inactive_target(), 1280);
	host_vs_set_memory_pressure(64 * 1279);
	ck_assert_uint_eq(host_vs_inactive_target(), 1279);
	/* An allocation adds one, a free takes one off (above NR_CPUS). */
	host_vs_set_memory_pressure(10);
	{
		unsigned long pfn = new_page(FW);

		ck_assert_int_eq(host_vs_memory_pressure(), 11);
		host_vs_drop_cached(pfn);
		ck_assert_int_eq(host_vs_memory_pressure(), 10);
	}
}
END_TEST

/* page_cluster: 2 below 16 MB, 3 below 32 MB, else 4. */
START_TEST(test_swap_setup)
{
	static const struct { unsigned long pages; int cluster; } r[] = {
		{ 1024, 2 }, { 2048, 2 }, { 4095, 2 }, { 4096, 3 },
		{ 5120, 3 }, { 8191, 3 }, { 8192, 4 }, { 32768, 4 },
		{ 262144, 4 }, { 0, 2 },
	};
	unsigned int i;

	for (i = 0; i < sizeof(r) / sizeof(r[0]); i++)
		ck_assert_int_eq(host_vs_swap_setup(r[i].pages), r[i].cluster);
}
END_TEST

static void suite_add_swap_c(TCase *tc)
{
	tcase_add_test(tc, test_consts_and_zones);
	tcase_add_test(tc, test_new_cache_page);
	tcase_add_test(tc, test_age_page_up);
	tcase_add_test(tc, test_age_page_down_ageonly);
	tcase_add_test(tc, test_age_page_down);
	tcase_add_test(tc, test_deactivate_page);
	tcase_add_test(tc, test_activate_page);
	tcase_add_test(tc, test_lru_cache_add_del);
	tcase_add_test(tc, test_memory_pressure);
	tcase_add_test(tc, test_swap_setup);
}

/* ==== mm/vmscan.c ==== */

static void suite_add_vmscan_c(TCase *tc)
{
}

static Suite *vmscan_suite(void)
{
	Suite *s = suite_create("vmscan");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 600);
	suite_add_swap_c(tc);
	suite_add_vmscan_c(tc);
	suite_add_tcase(s, tc);
	return s;
}

int main(int argc, char **argv)
{
	SRunner *sr;
	int failed;

	host_mm_layout(argv);
	sr = srunner_create(vmscan_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
