// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host tests for swap space management, mm/swapfile.c (情景分析 §2.6,
 * §2.9): the header checks of sys_swapon on real `mkswap -p 4096`
 * output and on corrupted headers, slot allocation in clusters,
 * priorities and round robin across areas, the swap_map counts
 * (swap_duplicate, __swap_free, SWAP_MAP_MAX), swap_count, si_swapinfo,
 * valid_swaphandles, and a randomized run against a model written here
 * from the rules (fact sheet §4.22), not from the code.
 */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "shim/host.h"
#include "shim/bug.h"
#include "shim/swapfile_host.h"

#define PAGE		4096
#define MAP_MAX		0x7fff
#define MAP_BAD		0x8000
#define PREFER		0x8000
#define CLUSTER		256

static unsigned char page[PAGE];

static void setup(void)
{
	host_swap_reset();
	host_printk_reset();
}

static void teardown(void)
{
	host_swap_reset();
	ck_assert_int_eq(host_swap_vmalloc_live(), 0);
}

/* A "SWAPSPACE2" header: version 1, last_page, the bad pages given. */
static void v2_header(unsigned int last_page, const unsigned int *bad,
		      unsigned int nbad)
{
	unsigned int v = 1;

	memset(page, 0, PAGE);
	memcpy(page + 1024, &v, 4);
	memcpy(page + 1028, &last_page, 4);
	memcpy(page + 1032, &nbad, 4);
	if (nbad)
		memcpy(page + 1536, bad, nbad * 4 > PAGE - 10 - 1536 ?
		       PAGE - 10 - 1536 : nbad * 4);
	memcpy(page + PAGE - 10, "SWAPSPACE2", 10);
}

/* A "SWAP-SPACE" (old style) header with slots [from, to) good. */
static void v1_header(unsigned int from, unsigned int to)
{
	unsigned int i;

	memset(page, 0, PAGE);
	for (i = from; i < to; i++)
		page[i / 8] |= 1 << (i % 8);
	memcpy(page + PAGE - 10, "SWAP-SPACE", 10);
}

/* An area of slots 1..n (last_page n + 1), swapped on with flags. */
static int area(unsigned int n, int flags)
{
	v2_header(n + 1, NULL, 0);
	return host_swapon(page, n + 2, flags);
}

static int logged(const char *s)
{
	return strstr(host_printk_log, s) != NULL;
}

/* ---- constants and the entry encoding -------------------------------- */

START_TEST(test_constants)
{
	struct host_swap_consts c;

	host_swap_consts_get(&c);
	ck_assert_uint_eq(c.swap_flag_prefer, 0x8000);
	ck_assert_uint_eq(c.swap_flag_prio_mask, 0x7fff);
	ck_assert_uint_eq(c.max_swapfiles, 8);
	ck_assert_uint_eq(c.max_swap_badpages, 637);
	ck_assert_uint_eq(c.swp_used, 1);
	ck_assert_uint_eq(c.swp_writeok, 3);
	ck_assert_uint_eq(c.swap_cluster_max, 32);
	ck_assert_uint_eq(c.swap_map_max, 0x7fff);
	ck_assert_uint_eq(c.swap_map_bad, 0x8000);
	ck_assert_uint_eq(c.swapfile_cluster, 256);
	ck_assert_uint_eq(c.sizeof_swap_header, PAGE);
	ck_assert_uint_eq(c.off_magic, PAGE - 10);
	ck_assert_uint_eq(c.off_version, 1024);
	ck_assert_uint_eq(c.off_last_page, 1028);
	ck_assert_uint_eq(c.off_nr_badpages, 1032);
	ck_assert_uint_eq(c.off_badpages, 1536);
	ck_assert_uint_eq(c.sizeof_swp_entry, 4);
}
END_TEST

START_TEST(test_entry_encoding)
{
	unsigned long t, off, e;
	static const unsigned long offs[] = {
		1, 2, 255, 256, 8190, 65535, 0x123456, 0xffffff
	};
	unsigned int i;

	ck_assert_uint_eq(host_swp_entry(1, 5), 0x502);
	ck_assert_uint_eq(host_swp_entry(0, 1), 0x100);
	ck_assert_uint_eq(host_swp_entry(63, 0xffffff), 0xffffff7e);
	for (t = 0; t < 64; t++) {
		for (i = 0; i < sizeof(offs) / sizeof(offs[0]); i++) {
			off = offs[i];
			e = host_swp_entry(t, off);
			ck_assert_uint_eq(host_swp_type(e), t);
			ck_assert_uint_eq(host_swp_offset(e), off);
			ck_assert_uint_eq(e & 0x81, 0);	/* PRESENT, PROTNONE */
			ck_assert_uint_ne(e, 0);
		}
	}
	/* The largest offset: 2^24 - 1 (what swapon's cap starts from). */
	ck_assert_uint_eq(host_swp_offset(host_swp_entry(0, ~0UL)), 0xffffff);
}
END_TEST

/* ---- real mkswap output --------------------------------------------- */

static const char *find_mkswap(void)
{
	static const char *const paths[] = {
		"/sbin/mkswap", "/usr/sbin/mkswap", "/bin/mkswap",
		"/usr/bin/mkswap"
	};
	const char *env = getenv("MKSWAP");	/* MKSWAP= : as if absent */
	unsigned int i;

	if (env)
		return *env && access(env, X_OK) == 0 ? env : NULL;
	for (i = 0; i < sizeof(paths) / sizeof(paths[0]); i++)
		if (access(paths[i], X_OK) == 0)
			return paths[i];
	return NULL;
}

/* mkswap -p 4096 on a file of bytes; page 0 into page[]. 0: no mkswap. */
static int mkswap_page(unsigned long bytes)
{
	const char *mkswap = find_mkswap();
	char path[] = "/tmp/mm24-swapXXXXXX", cmd[256];
	FILE *f;
	int fd;

	if (!mkswap) {
		printf("test_swapfile: no mkswap (package util-linux): "
		       "skipping the mkswap cases\n");
		return 0;
	}
	fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(ftruncate(fd, bytes), 0);
	close(fd);
	snprintf(cmd, sizeof(cmd), "%s -p 4096 %s >/dev/null 2>&1",
		 mkswap, path);
	ck_assert_msg(system(cmd) == 0, "%s failed", cmd);
	f = fopen(path, "rb");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fread(page, 1, PAGE, f), PAGE);
	fclose(f);
	unlink(path);
	return 1;
}

static void check_mkswap(unsigned long bytes)
{
	unsigned long pages = bytes / PAGE, good = pages - 2, s;
	struct host_swap_area a;
	unsigned long fr, tot;
	char line[128];
	int type;

	if (!mkswap_page(bytes))
		return;
	ck_assert_mem_eq(page + PAGE - 10, "SWAPSPACE2", 10);
	type = host_swapon(page, pages, 0);
	ck_assert_int_eq(type, 0);
	host_swap_area_get(0, &a);
	ck_assert_uint_eq(a.flags, 3);
	ck_assert_int_eq(a.prio, -1);
	ck_assert_uint_eq(a.max, pages - 1);	/* last_page */
	ck_assert_uint_eq(a.lowest_bit, 1);
	ck_assert_uint_eq(a.highest_bit, pages - 2);
	ck_assert_int_eq(a.pages, good);
	ck_assert_int_eq(host_nr_swap_pages(), good);
	ck_assert_uint_eq(host_swap_map(0, 0), MAP_BAD);
	for (s = 1; s < a.max; s++)
		ck_assert_uint_eq(host_swap_map(0, s), 0);
	snprintf(line, sizeof(line),
		 "Adding Swap: %luk swap-space (priority -1)", good * 4);
	ck_assert_msg(logged(line), "no '%s' in: %s", line, host_printk_log);
	host_si_swapinfo(&fr, &tot);
	ck_assert_uint_eq(fr, good);
	ck_assert_uint_eq(tot, good);
}

START_TEST(test_mkswap_32m)
{
	/* 2.4.0 on a 32 MiB area: 8190 usable pages, the last one unused. */
	check_mkswap(32UL << 20);
	if (find_mkswap())
		ck_assert(logged("Adding Swap: 32760k swap-space (priority -1)"));
}
END_TEST

START_TEST(test_mkswap_sizes)
{
	static const unsigned long sizes[] = {
		10 * PAGE,			/* mkswap's smallest */
		1UL << 20,
		(64UL << 20) + PAGE,		/* an odd page count */
	};

	check_mkswap(sizes[_i]);
}
END_TEST

START_TEST(test_mkswap_file_too_short)
{
	/* The header says 8191 but the file holds 4096 pages. */
	if (!mkswap_page(32UL << 20))
		return;
	ck_assert_int_eq(host_swapon(page, 4096, 0), -EINVAL);
	ck_assert(logged("Swap area shorter than signature indicates"));
	ck_assert_int_eq(host_nr_swap_pages(), 0);
	/* Exactly long enough (the header page counts) is fine. */
	ck_assert_int_eq(host_swapon(page, 8191, 0), 0);
}
END_TEST

/* ---- hand-made and corrupted headers -------------------------------- */

/* After a failed swapon nothing is left behind, priority included. */
static void check_undone(int err, int expect)
{
	struct host_swap_area a;
	int head, next;

	ck_assert_int_eq(err, expect);
	host_swap_area_get(0, &a);
	ck_assert_uint_eq(a.flags, 0);
	ck_assert_int_eq(a.has_map, 0);
	ck_assert_int_eq(host_swap_vmalloc_live(), 0);
	ck_assert_int_eq(host_nr_swap_pages(), 0);
	host_swap_list(&head, &next);
	ck_assert_int_eq(head, -1);
	ck_assert_int_eq(next, -1);
	/* The failed try gave its priority back: the next one gets -1. */
	ck_assert_int_eq(area(10, 0), 0);
	host_swap_area_get(0, &a);
	ck_assert_int_eq(a.prio, -1);
}

START_TEST(test_bad_magic)
{
	v2_header(100, NULL, 0);
	memcpy(page + PAGE - 10, "SWAPSPACE3", 10);
	check_undone(host_swapon(page, 0, 0), -EINVAL);
	ck_assert(logged("Unable to find swap-space signature"));
}
END_TEST

START_TEST(test_zero_page)
{
	memset(page, 0, PAGE);
	check_undone(host_swapon(page, 0, 0), -EINVAL);
	ck_assert(logged("Unable to find swap-space signature"));
}
END_TEST

START_TEST(test_bad_version)
{
	unsigned int v = 2;

	v2_header(100, NULL, 0);
	memcpy(page + 1024, &v, 4);
	check_undone(host_swapon(page, 0, 0), -EINVAL);
	ck_assert(logged("Unable to handle swap header version 2"));
}
END_TEST

START_TEST(test_last_page_zero)
{
	int err = 0;

	/* 2.4.0 would vmalloc(0) and BUG; the port refuses (deviations.md). */
	v2_header(0, NULL, 0);
	ck_assert(!HOST_BUGS(err = host_swapon(page, 0, 0)));
	check_undone(err, -EINVAL);
}
END_TEST

START_TEST(test_last_page_one)
{
	/* Only the header page: no usable slot. */
	v2_header(1, NULL, 0);
	check_undone(host_swapon(page, 0, 0), -EINVAL);
	ck_assert(logged("Empty swap-file"));
}
END_TEST

START_TEST(test_too_many_bad_pages)
{
	static unsigned int bad[637];
	unsigned int i;

	for (i = 0; i < 637; i++)
		bad[i] = i + 1;
	v2_header(1000, bad, 637);
	ck_assert_int_eq(host_swapon(page, 0, 0), 0);
	ck_assert_int_eq(host_nr_swap_pages(), 999 - 637);
	host_swap_reset();

	v2_header(1000, bad, 637);
	i = 638;
	memcpy(page + 1032, &i, 4);
	check_undone(host_swapon(page, 0, 0), -EINVAL);
}
END_TEST

START_TEST(test_bad_page_out_of_range)
{
	unsigned int bad[2] = { 5, 0 };

	v2_header(100, bad, 2);
	check_undone(host_swapon(page, 0, 0), -EINVAL);
	host_swap_reset();
	bad[1] = 100;				/* == last_page */
	v2_header(100, bad, 2);
	check_undone(host_swapon(page, 0, 0), -EINVAL);
	host_swap_reset();
	bad[1] = 99;				/* the last usable slot */
	v2_header(100, bad, 2);
	ck_assert_int_eq(host_swapon(page, 0, 0), 0);
	ck_assert_int_eq(host_nr_swap_pages(), 99 - 2);
}
END_TEST

START_TEST(test_bad_pages_marked)
{
	unsigned int bad[3] = { 7, 1, 50 };
	struct host_swap_area a;
	unsigned long s, e, fr, tot;
	int got[50], i;

	v2_header(51, bad, 3);
	ck_assert_int_eq(host_swapon(page, 51, 0), 0);
	host_swap_area_get(0, &a);
	ck_assert_int_eq(a.pages, 47);
	ck_assert_uint_eq(a.max, 51);
	for (s = 0; s < 51; s++)
		ck_assert_uint_eq(host_swap_map(0, s),
				  s == 0 || s == 1 || s == 7 || s == 50 ?
				  MAP_BAD : 0);
	host_si_swapinfo(&fr, &tot);
	ck_assert_uint_eq(fr, 47);
	ck_assert_uint_eq(tot, 47);
	/* Every good slot is handed out once, never a bad one. */
	for (i = 0; i < 47; i++) {
		e = host_get_swap_page(1);
		got[i] = host_swp_offset(e);
		ck_assert(got[i] != 0 && got[i] != 1 && got[i] != 7 &&
			  got[i] < 50);
	}
	ck_assert_uint_eq(host_get_swap_page(1), 0);
	ck_assert_int_eq(host_nr_swap_pages(), 0);
}
END_TEST

START_TEST(test_vmalloc_fails)
{
	v2_header(100, NULL, 0);
	host_swap_vmalloc_fail(1);
	check_undone(host_swapon(page, 0, 0), -ENOMEM);
}
END_TEST

START_TEST(test_max_cut)
{
	struct host_swap_area a;

	/* More pages than a swap pte can address: max stops at 2^24 - 2. */
	v2_header(0x1000005, NULL, 0);
	ck_assert_int_eq(host_swapon(page, 0, 0), 0);
	host_swap_area_get(0, &a);
	ck_assert_uint_eq(a.max, 0xfffffe);
	ck_assert_uint_eq(a.highest_bit, 0xfffffd);
	ck_assert_int_eq(a.pages, 0xfffffd);
	ck_assert_int_eq(host_nr_swap_pages(), 0xfffffd);
}
END_TEST

START_TEST(test_v1_bitmap)
{
	struct host_swap_area a;
	unsigned long s;

	/* Old style: slots 1..9 and 20 good; the magic's bits do not count. */
	v1_header(1, 10);
	page[20 / 8] |= 1 << (20 % 8);
	ck_assert_int_eq(host_swapon(page, 0, 0), 0);
	host_swap_area_get(0, &a);
	ck_assert_uint_eq(a.lowest_bit, 1);
	ck_assert_uint_eq(a.highest_bit, 20);
	ck_assert_uint_eq(a.max, 21);
	ck_assert_int_eq(a.pages, 10);
	for (s = 0; s < 21; s++)
		ck_assert_uint_eq(host_swap_map(0, s),
				  (s >= 1 && s < 10) || s == 20 ? 0 : MAP_BAD);
	ck_assert(logged("Adding Swap: 40k swap-space (priority -1)"));
	ck_assert_uint_eq(host_swp_offset(host_get_swap_page(1)), 1);
}
END_TEST

START_TEST(test_v1_bitmap_full)
{
	struct host_swap_area a;

	/* Every bit up to the signature: slots 1 .. 8*4086-1. */
	v1_header(0, 8 * (PAGE - 10));
	ck_assert_int_eq(host_swapon(page, 0, 0), 0);
	host_swap_area_get(0, &a);
	ck_assert_uint_eq(a.max, 8 * (PAGE - 10));
	ck_assert_int_eq(a.pages, 8 * (PAGE - 10) - 1);
	/* Too short a file for the bitmap. */
	v1_header(1, 100);
	ck_assert_int_eq(host_swapon(page, 99, 0), -EINVAL);
}
END_TEST

START_TEST(test_v1_empty)
{
	v1_header(0, 0);
	check_undone(host_swapon(page, 0, 0), -EINVAL);
	ck_assert(logged("Empty swap-file"));
}
END_TEST

START_TEST(test_all_slots_taken)
{
	int i;

	for (i = 0; i < 8; i++)
		ck_assert_int_eq(area(10, 0), i);
	ck_assert_uint_eq(host_nr_swapfiles(), 8);
	ck_assert_int_eq(area(10, 0), -EPERM);
	ck_assert_int_eq(host_swap_vmalloc_live(), 8);
	ck_assert_int_eq(host_nr_swap_pages(), 80);
}
END_TEST

/* ---- priorities and the list ---------------------------------------- */

static void list_order(int *order, int n)
{
	struct host_swap_area a;
	int head, next, i, t;

	host_swap_list(&head, &next);
	for (i = 0, t = head; i < n; i++) {
		ck_assert_int_eq(t, order[i]);
		host_swap_area_get(t, &a);
		t = a.next;
	}
	ck_assert_int_eq(t, -1);
}

START_TEST(test_priorities)
{
	struct host_swap_area a;
	int order[5] = { 3, 4, 1, 0, 2 };
	int head, next;

	ck_assert_int_eq(area(10, 0), 0);		/* -1 */
	ck_assert_int_eq(area(10, PREFER | 5), 1);	/* 5 */
	ck_assert_int_eq(area(10, 0), 2);		/* -2 */
	ck_assert_int_eq(area(10, PREFER | 0x7fff), 3);
	ck_assert_int_eq(area(10, PREFER | 5), 4);	/* before area 1 */
	host_swap_area_get(2, &a);
	ck_assert_int_eq(a.prio, -2);
	host_swap_area_get(3, &a);
	ck_assert_int_eq(a.prio, 0x7fff);
	list_order(order, 5);
	host_swap_list(&head, &next);
	ck_assert_int_eq(next, 3);
	/* Priority bits beyond the mask are ignored; no PREFER: counter. */
	host_swap_reset();
	ck_assert_int_eq(area(10, 0x7fff), 0);
	host_swap_area_get(0, &a);
	ck_assert_int_eq(a.prio, -1);
	ck_assert_int_eq(area(10, PREFER | 0x18003), 1);
	host_swap_area_get(1, &a);
	ck_assert_int_eq(a.prio, 3);
}
END_TEST

START_TEST(test_round_robin)
{
	unsigned long e;
	int i;

	ck_assert_int_eq(area(4, PREFER | 5), 0);
	ck_assert_int_eq(area(4, PREFER | 5), 1);
	ck_assert_int_eq(area(4, PREFER | 1), 2);
	/* The two of priority 5 take turns (1 was put in front of 0). */
	for (i = 0; i < 8; i++) {
		e = host_get_swap_page(1);
		ck_assert_uint_eq(host_swp_type(e), i % 2 ? 0 : 1);
		ck_assert_uint_eq(host_swp_offset(e), i / 2 + 1);
	}
	/* Both full: priority 1 at last. */
	for (i = 0; i < 4; i++) {
		e = host_get_swap_page(1);
		ck_assert_uint_eq(host_swp_type(e), 2);
		ck_assert_uint_eq(host_swp_offset(e), i + 1);
	}
	ck_assert_uint_eq(host_get_swap_page(1), 0);
	/* A freed slot of priority 5 is taken before anything else. */
	host_swap_free(host_swp_entry(2, 3), 1);
	host_swap_free(host_swp_entry(0, 2), 1);
	e = host_get_swap_page(1);
	ck_assert_uint_eq(e, host_swp_entry(0, 2));
	e = host_get_swap_page(1);
	ck_assert_uint_eq(e, host_swp_entry(2, 3));
}
END_TEST

START_TEST(test_free_moves_next)
{
	unsigned long e;
	int head, next, i;

	/* High priority 10 with 2 slots; two of priority 5. */
	ck_assert_int_eq(area(2, PREFER | 10), 0);
	ck_assert_int_eq(area(50, PREFER | 5), 1);
	ck_assert_int_eq(area(50, PREFER | 5), 2);
	for (i = 0; i < 2; i++)
		ck_assert_uint_eq(host_swp_type(host_get_swap_page(1)), 0);
	e = host_get_swap_page(1);
	ck_assert_uint_eq(host_swp_type(e), 2);	/* 2 is in front of 1 */
	host_swap_list(&head, &next);
	ck_assert_int_eq(head, 0);
	ck_assert_int_eq(next, 1);
	/* Freeing in the higher area makes it next. */
	host_swap_free(host_swp_entry(0, 1), 1);
	host_swap_list(&head, &next);
	ck_assert_int_eq(next, 0);
	ck_assert_uint_eq(host_get_swap_page(1), host_swp_entry(0, 1));
	/* Freeing in a lower area leaves next alone. */
	host_swap_list(&head, &next);
	ck_assert_int_eq(next, 0);
	host_swap_free(e, 1);
	host_swap_list(&head, &next);
	ck_assert_int_eq(next, 0);
}
END_TEST

START_TEST(test_free_with_empty_list)
{
	unsigned long e;
	int head, next;

	/*
	 * As during the last area's swapoff: swap_list.next is -1.  The
	 * slot is freed and next stays -1 (2.4.0 would read swap_info[-1]).
	 */
	ck_assert_int_eq(area(10, PREFER | 3), 0);
	e = host_get_swap_page(1);
	host_swap_list_set_next(-1);
	host_swap_free(e, 1);
	ck_assert_uint_eq(host_swap_map(0, 1), 0);
	ck_assert_int_eq(host_nr_swap_pages(), 10);
	host_swap_list(&head, &next);
	ck_assert_int_eq(next, -1);
}
END_TEST

/* ---- allocation, clusters, counts ----------------------------------- */

START_TEST(test_alloc_free_basic)
{
	struct host_swap_area a;
	unsigned long e;
	int i;

	ck_assert_uint_eq(host_get_swap_page(1), 0);	/* no swap at all */
	ck_assert_int_eq(area(100, 0), 0);
	for (i = 1; i <= 100; i++) {
		e = host_get_swap_page(i % 3 + 1);
		ck_assert_uint_eq(e, host_swp_entry(0, i));
		ck_assert_uint_eq(host_swap_map(0, i), i % 3 + 1);
		ck_assert_int_eq(host_nr_swap_pages(), 100 - i);
	}
	host_swap_area_get(0, &a);
	ck_assert_uint_eq(a.lowest_bit, 101);
	ck_assert_uint_eq(a.highest_bit, 99);
	ck_assert_uint_eq(host_get_swap_page(1), 0);
	/* Freed to zero: the bounds widen again. */
	host_swap_free(host_swp_entry(0, 50), 50 % 3 + 1);
	ck_assert_int_eq(host_nr_swap_pages(), 1);
	host_swap_area_get(0, &a);
	ck_assert_uint_eq(a.lowest_bit, 50);
	ck_assert_uint_eq(a.highest_bit, 99);
	host_swap_free(host_swp_entry(0, 100), 100 % 3 + 1);	/* all 2 */
	host_swap_area_get(0, &a);
	ck_assert_uint_eq(a.highest_bit, 100);
	ck_assert_int_eq(host_nr_swap_pages(), 2);
	/* Partly freed: still in use. */
	host_swap_free(host_swp_entry(0, 2), 1);
	ck_assert_uint_eq(host_swap_map(0, 2), 2);
	ck_assert_int_eq(host_nr_swap_pages(), 2);
	/* A count of SWAP_MAP_MAX or more is refused. */
	ck_assert_uint_eq(host_get_swap_page(MAP_MAX), 0);
	ck_assert(logged("get_swap_page: count"));
	ck_assert_int_eq(host_nr_swap_pages(), 2);
}
END_TEST

START_TEST(test_nr_swap_pages_zero)
{
	/* With nr_swap_pages 0 nothing is scanned. */
	ck_assert_int_eq(area(10, 0), 0);
	host_set_nr_swap_pages(0);
	ck_assert_uint_eq(host_get_swap_page(1), 0);
	ck_assert_uint_eq(host_swap_map(0, 1), 0);
}
END_TEST

START_TEST(test_clusters)
{
	struct host_swap_area a;
	unsigned long s;
	int i;

	ck_assert_int_eq(area(600, 0), 0);
	/* A fresh cluster: 1, then 256 more in a row. */
	for (i = 1; i <= 257; i++)
		ck_assert_uint_eq(host_get_swap_page(1), host_swp_entry(0, i));
	host_swap_area_get(0, &a);
	ck_assert_uint_eq(a.cluster_nr, 0);
	ck_assert_uint_eq(a.cluster_next, 258);
	/* Holes at 5 and 100..109 are too small for a new cluster. */
	host_swap_free(host_swp_entry(0, 5), 1);
	for (s = 100; s < 110; s++)
		host_swap_free(host_swp_entry(0, s), 1);
	ck_assert_uint_eq(host_get_swap_page(1), host_swp_entry(0, 258));
	host_swap_area_get(0, &a);
	ck_assert_uint_eq(a.cluster_nr, CLUSTER);
	/* The cluster's budget: 256 more, 259..514. */
	for (i = 259; i <= 514; i++)
		ck_assert_uint_eq(host_get_swap_page(1), host_swp_entry(0, i));
	host_swap_area_get(0, &a);
	ck_assert_uint_eq(a.cluster_nr, 0);
	/* 515..600 is 86 slots, no run of 256: first fit finds 5 ... */
	ck_assert_uint_eq(host_get_swap_page(1), host_swp_entry(0, 5));
	/* ... and the new cluster goes on from there: 100..109, 515.. */
	for (s = 100; s < 110; s++)
		ck_assert_uint_eq(host_get_swap_page(1), host_swp_entry(0, s));
	ck_assert_uint_eq(host_get_swap_page(1), host_swp_entry(0, 515));
}
END_TEST

START_TEST(test_cluster_skips_used_run)
{
	int i;

	/* A run of 256 free slots is found past a used slot. */
	ck_assert_int_eq(area(1000, 0), 0);
	for (i = 1; i <= 257 + 100; i++)
		host_get_swap_page(1);
	/* The second cluster began at 258; free 1..200 but 150. */
	for (i = 1; i <= 200; i++)
		if (i != 150)
			host_swap_free(host_swp_entry(0, i), 1);
	/* The rest of the cluster's budget (256 - 99): 358..514. */
	for (i = 358; i <= 514; i++)
		ck_assert_uint_eq(host_get_swap_page(1), host_swp_entry(0, i));
	/* New cluster: 1..149 too short, 151..200 too short, 515.. wins. */
	ck_assert_uint_eq(host_get_swap_page(1), host_swp_entry(0, 515));
}
END_TEST

START_TEST(test_duplicate_and_count)
{
	unsigned long e, e2;
	int i;

	ck_assert_int_eq(area(10, 0), 0);
	e = host_get_swap_page(1);
	ck_assert_int_eq(host_swap_count(e), 1);
	ck_assert_int_eq(host_swap_duplicate(e), 1);
	ck_assert_int_eq(host_swap_duplicate(e), 1);
	ck_assert_int_eq(host_swap_count(e), 3);
	host_swap_free(e, 2);
	ck_assert_int_eq(host_swap_count(e), 1);
	host_swap_free(e, 1);
	ck_assert_uint_eq(host_swap_map(0, 1), 0);

	/* Entries that name no slot in use. */
	host_printk_reset();
	ck_assert_int_eq(host_swap_duplicate(0), 0);
	ck_assert_int_eq(host_swap_duplicate(e), 0);		/* free */
	ck_assert(logged("not in use"));
	ck_assert_int_eq(host_swap_duplicate(host_swp_entry(1, 1)), 0);
	ck_assert_int_eq(host_swap_duplicate(host_swp_entry(0, 11)), 0);
	ck_assert_int_eq(host_swap_count(0), 0);
	ck_assert_int_eq(host_swap_count(e), 0);
	ck_assert_int_eq(host_swap_count(host_swp_entry(5, 1)), 0);
	ck_assert_int_eq(host_swap_count(host_swp_entry(0, 11)), 0);

	/* Saturation at SWAP_MAP_MAX: stuck there for good. */
	e2 = host_get_swap_page(1);
	host_swap_map_set(0, host_swp_offset(e2), MAP_MAX - 1);
	ck_assert_int_eq(host_swap_duplicate(e2), 1);
	ck_assert_int_eq(host_swap_count(e2), MAP_MAX);
	host_printk_reset();
	for (i = 0; i < 10; i++)
		ck_assert_int_eq(host_swap_duplicate(e2), 1);
	ck_assert_int_eq(host_swap_count(e2), MAP_MAX);
	ck_assert(logged("VM: swap entry overflow"));
	host_swap_free(e2, 1);
	host_swap_free(e2, 1000);
	ck_assert_int_eq(host_swap_count(e2), MAP_MAX);
}
END_TEST

START_TEST(test_free_errors)
{
	int before;

	ck_assert_int_eq(area(10, 0), 0);
	host_get_swap_page(1);
	before = host_nr_swap_pages();
	host_printk_reset();
	host_swap_free(0, 1);				/* silently nothing */
	ck_assert_uint_eq(host_printk_len, 0);
	host_swap_free(host_swp_entry(3, 1), 1);
	ck_assert(logged("no swap area"));
	host_printk_reset();
	host_swap_free(host_swp_entry(0, 11), 1);
	ck_assert(logged("past the area's end"));
	host_printk_reset();
	host_swap_free(host_swp_entry(0, 2), 1);
	ck_assert(logged("already free"));
	host_printk_reset();
	host_swap_free(host_swp_entry(0, 1), 2);	/* more than it has */
	ck_assert(logged("users"));
	ck_assert_uint_eq(host_swap_map(0, 1), 1);
	ck_assert_int_eq(host_nr_swap_pages(), before);
	/* An entry on an area given back by a failed swapon. */
	memset(page, 0, PAGE);
	ck_assert_int_eq(host_swapon(page, 0, 0), -EINVAL);
	ck_assert_uint_eq(host_nr_swapfiles(), 2);
	host_printk_reset();
	host_swap_free(host_swp_entry(1, 1), 1);
	ck_assert(logged("unused area"));
	ck_assert_int_eq(host_nr_swap_pages(), before);
}
END_TEST

START_TEST(test_si_swapinfo)
{
	unsigned int bad[1] = { 3 };
	unsigned long fr, tot;
	int i;

	host_si_swapinfo(&fr, &tot);
	ck_assert_uint_eq(fr, 0);
	ck_assert_uint_eq(tot, 0);
	v2_header(21, bad, 1);				/* 19 good */
	ck_assert_int_eq(host_swapon(page, 0, 0), 0);
	ck_assert_int_eq(area(30, 0), 1);
	for (i = 0; i < 5; i++)
		host_get_swap_page(2);
	host_si_swapinfo(&fr, &tot);
	ck_assert_uint_eq(fr, 49 - 5);
	ck_assert_uint_eq(tot, 49);
	ck_assert_int_eq(host_nr_swap_pages(), 49 - 5);
}
END_TEST

START_TEST(test_valid_swaphandles)
{
	unsigned long off, s;
	int n;

	ck_assert_int_eq(area(19, 0), 0);		/* max 20 */
	for (s = 1; s <= 19; s++)
		host_get_swap_page(1);
	host_set_page_cluster(3);			/* windows of 8 */
	n = host_valid_swaphandles(host_swp_entry(0, 13), &off);
	ck_assert_int_eq(n, 8);
	ck_assert_uint_eq(off, 8);
	for (s = 8; s < 16; s++)
		ck_assert_uint_eq(host_swap_map(0, s), 2);
	ck_assert_uint_eq(host_swap_map(0, 16), 1);
	/* Stops at a free slot. */
	host_swap_free(host_swp_entry(0, 11), 2);
	n = host_valid_swaphandles(host_swp_entry(0, 9), &off);
	ck_assert_int_eq(n, 3);
	ck_assert_uint_eq(off, 8);
	ck_assert_uint_eq(host_swap_map(0, 10), 3);
	ck_assert_uint_eq(host_swap_map(0, 11), 0);
	/* The first window starts at the header's bad slot: nothing. */
	n = host_valid_swaphandles(host_swp_entry(0, 5), &off);
	ck_assert_int_eq(n, 0);
	ck_assert_uint_eq(off, 0);
	ck_assert_uint_eq(host_swap_map(0, 5), 1);
	/* Stops at the area's end. */
	n = host_valid_swaphandles(host_swp_entry(0, 17), &off);
	ck_assert_int_eq(n, 4);
	ck_assert_uint_eq(off, 16);
	ck_assert_uint_eq(host_swap_map(0, 19), 2);
	/* page_cluster 0: just the slot. */
	host_set_page_cluster(0);
	n = host_valid_swaphandles(host_swp_entry(0, 17), &off);
	ck_assert_int_eq(n, 1);
	ck_assert_uint_eq(off, 17);
	ck_assert_uint_eq(host_swap_map(0, 17), 3);
	/* A saturated slot is counted but stays SWAP_MAP_MAX. */
	host_swap_map_set(0, 18, MAP_MAX);
	n = host_valid_swaphandles(host_swp_entry(0, 18), &off);
	ck_assert_int_eq(n, 1);
	ck_assert_uint_eq(host_swap_map(0, 18), MAP_MAX);
}
END_TEST

/* ---- randomized run against a model ---------------------------------- */

/*
 * The model, from the rules: per area a count per slot, the free
 * bounds, the cluster state; the list ordered by priority and the
 * place the next allocation starts.
 */
#define M_AREAS		3
#define M_SLOTS		700

struct m_area {
	int prio, next;
	unsigned long max, lowest, highest, cnext, cnr;
	unsigned int map[M_SLOTS + 2];
};
static struct m_area m[M_AREAS];
static int m_head, m_next, m_free;

static unsigned long m_scan(struct m_area *a, unsigned int count)
{
	unsigned long s, k;

	if (a->cnr) {
		for (; a->cnext <= a->highest; ) {
			s = a->cnext++;
			if (!a->map[s]) {
				a->cnr--;
				goto got;
			}
		}
	}
	a->cnr = CLUSTER;
	for (s = a->lowest; s + CLUSTER - 1 <= a->highest; s = k + 1) {
		for (k = s; k < s + CLUSTER && !a->map[k]; k++)
			;
		if (k == s + CLUSTER)
			goto got;
	}
	for (s = a->lowest; s <= a->highest; s++)
		if (!a->map[s])
			goto got;
	return 0;
got:
	if (s == a->lowest)
		a->lowest++;
	if (s == a->highest)
		a->highest--;
	a->map[s] = count;
	m_free--;
	a->cnext = s + 1;
	return s;
}

static unsigned long m_get(unsigned int count)
{
	int t = m_next, wrapped = 0;
	unsigned long s;

	if (t < 0 || m_free == 0)
		return 0;
	for (;;) {
		s = m_scan(&m[t], count);
		if (s) {
			int n = m[t].next;

			m_next = (n >= 0 && m[n].prio == m[t].prio) ?
				 n : m_head;
			return host_swp_entry(t, s);
		}
		if (!wrapped && (m[t].next < 0 ||
				 m[m[t].next].prio != m[t].prio)) {
			t = m_head;
			wrapped = 1;
		} else {
			t = m[t].next;
			if (t < 0)
				return 0;
		}
	}
}

static void m_free_entry(unsigned long e, unsigned int count)
{
	int t = host_swp_type(e);
	unsigned long s = host_swp_offset(e);
	struct m_area *a = &m[t];

	if (m_next >= 0 && a->prio > m[m_next].prio)
		m_next = t;
	if (a->map[s] >= MAP_MAX)
		return;
	a->map[s] -= count;
	if (!a->map[s]) {
		if (s < a->lowest)
			a->lowest = s;
		if (s > a->highest)
			a->highest = s;
		m_free++;
	}
}

/* Held references: (entry, users we gave it). */
static unsigned long held_e[3 * M_SLOTS];
static unsigned int held_n[3 * M_SLOTS];
static int nheld;

static unsigned int rnd(void)
{
	static unsigned long long x = 0x2545f4914f6cdd1dULL;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return (unsigned int)(x >> 11);
}

static void m_compare(void)
{
	struct host_swap_area a;
	unsigned long s, fr, tot, mf = 0, mt = 0;
	int t, head, next;

	for (t = 0; t < M_AREAS; t++) {
		host_swap_area_get(t, &a);
		ck_assert_uint_eq(a.lowest_bit, m[t].lowest);
		ck_assert_uint_eq(a.highest_bit, m[t].highest);
		ck_assert_uint_eq(a.cluster_next, m[t].cnext);
		ck_assert_uint_eq(a.cluster_nr, m[t].cnr);
		for (s = 1; s < m[t].max; s++) {
			ck_assert_uint_eq(host_swap_map(t, s), m[t].map[s]);
			mf += m[t].map[s] == 0;
			mt++;
		}
	}
	host_swap_list(&head, &next);
	ck_assert_int_eq(next, m_next);
	ck_assert_int_eq(host_nr_swap_pages(), m_free);
	ck_assert_int_eq(m_free, (int) mf);
	host_si_swapinfo(&fr, &tot);
	ck_assert_uint_eq(fr, mf);
	ck_assert_uint_eq(tot, mt);
}

START_TEST(test_random_against_model)
{
	static const int prio[M_AREAS] = { 7, 7, 2 };
	static const unsigned long size[M_AREAS] = { 700, 300, 500 };
	unsigned long e, want;
	unsigned int count;
	int step, t, i, op;

	memset(m, 0, sizeof(m));
	for (t = 0; t < M_AREAS; t++) {
		ck_assert_int_eq(area(size[t], PREFER | prio[t]), t);
		m[t].prio = prio[t];
		m[t].max = size[t] + 1;
		m[t].lowest = 1;
		m[t].highest = size[t];
		m[t].cnext = 1;		/* swapon starts the cluster at 1 */
		m_free += size[t];
	}
	/* Insertion puts area 1 in front of 0 (same priority). */
	m_head = m_next = 1;
	m[1].next = 0;
	m[0].next = 2;
	m[2].next = -1;
	nheld = 0;
	m_compare();

	for (step = 0; step < 100000; step++) {
		op = rnd() % 100;
		/* Phases that fill swap up and phases that drain it. */
		if (op < ((step / 10000) % 2 ? 30 : 60) || nheld == 0) {
			count = 1 + rnd() % 3;
			want = m_get(count);
			e = host_get_swap_page(count);
			ck_assert_uint_eq(e, want);
			if (e) {
				held_e[nheld] = e;
				held_n[nheld++] = count;
			}
		} else if (op < 85) {
			i = rnd() % nheld;
			count = 1 + rnd() % held_n[i];
			host_swap_free(held_e[i], count);
			m_free_entry(held_e[i], count);
			held_n[i] -= count;
			if (!held_n[i]) {
				nheld--;
				held_e[i] = held_e[nheld];
				held_n[i] = held_n[nheld];
			}
		} else {
			i = rnd() % nheld;
			ck_assert_int_eq(host_swap_duplicate(held_e[i]), 1);
			m[host_swp_type(held_e[i])].map[
				host_swp_offset(held_e[i])]++;
			held_n[i]++;
			ck_assert_int_eq(host_swap_count(held_e[i]),
				m[host_swp_type(held_e[i])].map[
					host_swp_offset(held_e[i])]);
		}
		if (step % 1000 == 0)
			m_compare();
	}
	m_compare();
	/* Give everything back: every count 0, all pages free again. */
	for (i = 0; i < nheld; i++) {
		host_swap_free(held_e[i], held_n[i]);
		m_free_entry(held_e[i], held_n[i]);
	}
	m_compare();
	ck_assert_int_eq(host_nr_swap_pages(), 1500);
	for (t = 0; t < M_AREAS; t++)
		for (i = 1; i < (int) m[t].max; i++)
			ck_assert_uint_eq(host_swap_map(t, i), 0);
}
END_TEST

/* ---- sys_swapon and sys_swapoff as system calls ---------------------- */

/* Nothing held: no dentry, no open device, no header page, no map. */
static void check_no_refs(void)
{
	struct host_swap_refs r;

	host_swap_refs(&r);
	ck_assert_int_eq(r.dentry_refs, 0);
	ck_assert_int_eq(r.dev_opens, 0);
	ck_assert_int_eq(r.header_pages_out, 0);
	ck_assert_int_eq(host_swap_vmalloc_live(), 0);
}

START_TEST(test_syscall_errors)
{
	struct host_swap_area a;

	v2_header(100, NULL, 0);
	host_swap_disk(page, 1);
	host_swap_dev_size(0, 100);
	/* A path that does not exist: the lookup's -ENOENT. */
	ck_assert_int_eq(host_sys_swapon("/dev/nothing", 0), -ENOENT);
	ck_assert_int_eq(host_sys_swapoff("/dev/nothing"), -ENOENT);
	/* Neither a block device nor a regular file. */
	ck_assert_int_eq(host_sys_swapon("/dev/console", 0), -EINVAL);
	check_no_refs();
	/* Not in use: swapoff -EINVAL. */
	ck_assert_int_eq(host_sys_swapoff("/dev/sw0"), -EINVAL);
	ck_assert_int_eq(host_sys_swapoff("/dev/console"), -EINVAL);
	check_no_refs();
	/* Without CAP_SYS_ADMIN: -EPERM before anything else. */
	host_swap_caps(0);
	ck_assert_int_eq(host_sys_swapon("/dev/sw0", 0), -EPERM);
	ck_assert_int_eq(host_sys_swapoff("/dev/sw0"), -EPERM);
	host_swap_caps(1);
	check_no_refs();
	host_swap_area_get(0, &a);
	ck_assert_uint_eq(a.flags, 0);

	/* Twice: -EBUSY, and the first is untouched. */
	ck_assert_int_eq(host_sys_swapon("/dev/sw0", 0), 0);
	ck_assert(logged("Adding Swap: 396k swap-space (priority -1)"));
	ck_assert_int_eq(host_sys_swapon("/dev/sw0", 0), -EBUSY);
	host_swap_area_get(0, &a);
	ck_assert_uint_eq(a.flags, 3);
	ck_assert_int_eq(a.pages, 99);
	ck_assert_int_eq(host_nr_swap_pages(), 99);
	/* The failed try gave its priority back: the next one is -2. */
	host_swap_dev_size(1, 100);
	ck_assert_int_eq(host_sys_swapon("/dev/sw1", 0), 0);
	ck_assert(logged("Adding Swap: 396k swap-space (priority -2)"));
	ck_assert_int_eq(host_nr_swap_pages(), 198);

	/* swapoff gives everything back; a second swapoff is -EINVAL. */
	ck_assert_int_eq(host_sys_swapoff("/dev/sw0"), 0);
	ck_assert_int_eq(host_sys_swapoff("/dev/sw0"), -EINVAL);
	ck_assert_int_eq(host_sys_swapoff("/dev/sw1"), 0);
	ck_assert_int_eq(host_nr_swap_pages(), 0);
	check_no_refs();
}
END_TEST

START_TEST(test_syscall_bad_signature)
{
	int head, next;

	/* A device holding no swap area. */
	memset(page, 0, PAGE);
	host_swap_disk(page, 1);
	host_swap_dev_size(0, 100);
	ck_assert_int_eq(host_sys_swapon("/dev/sw0", 0), -EINVAL);
	ck_assert(logged("Unable to find swap-space signature"));
	check_no_refs();
	/* A regular file whose blocks cannot be read: no signature either. */
	v2_header(100, NULL, 0);
	host_swap_disk(page, 0);
	host_swap_file_size(100 * PAGE);
	ck_assert_int_eq(host_sys_swapon("/swapfile", 0), -EINVAL);
	check_no_refs();
	/* A good header in a regular file that can be read. */
	host_swap_disk(page, 1);
	ck_assert_int_eq(host_sys_swapon("/swapfile", 0), 0);
	ck_assert_int_eq(host_sys_swapon("/swapfile", 0), -EBUSY);
	/* The file is shorter than its header says. */
	ck_assert_int_eq(host_sys_swapoff("/swapfile"), 0);
	host_swap_file_size(50 * PAGE);
	ck_assert_int_eq(host_sys_swapon("/swapfile", 0), -EINVAL);
	ck_assert(logged("Swap area shorter than signature indicates"));
	/* No page for the header: -ENOMEM. */
	host_swap_file_size(100 * PAGE);
	host_swap_header_fail(1);
	ck_assert_int_eq(host_sys_swapon("/swapfile", 0), -ENOMEM);
	check_no_refs();
	host_swap_list(&head, &next);
	ck_assert_int_eq(head, -1);
	ck_assert_int_eq(next, -1);
}
END_TEST

START_TEST(test_syscall_eight_areas)
{
	char name[16];
	int i;

	v2_header(20, NULL, 0);
	host_swap_disk(page, 1);
	for (i = 0; i < 9; i++) {
		host_swap_dev_size(i, 20);
		sprintf(name, "/dev/sw%d", i);
		/* MAX_SWAPFILES areas, then -EPERM. */
		ck_assert_int_eq(host_sys_swapon(name, 0), i < 8 ? 0 : -EPERM);
	}
	ck_assert_uint_eq(host_nr_swapfiles(), 8);
	/* A slot freed in the middle is taken by the next swapon. */
	ck_assert_int_eq(host_sys_swapoff("/dev/sw3"), 0);
	ck_assert_int_eq(host_sys_swapon("/dev/sw8", 0), 0);
	ck_assert_int_eq(host_swapon(page, 20, 0), -EPERM);
	for (i = 0; i < 9; i++) {
		sprintf(name, "/dev/sw%d", i);
		ck_assert_int_eq(host_sys_swapoff(name), i == 3 ? -EINVAL : 0);
	}
	check_no_refs();
}
END_TEST

/*
 * swapoff with slots in use: a read that fails puts the area back as it
 * was (-ENOMEM); one that succeeds ends with every count at 0, a
 * saturated one without complaint.
 */
START_TEST(test_syscall_swapoff_in_use)
{
	struct host_swap_area a;
	struct host_swap_refs r;
	unsigned long e1, e2;
	int head, next;

	ck_assert_int_eq(area(10, PREFER | 5), 0);
	ck_assert_int_eq(area(10, PREFER | 3), 1);
	e1 = host_get_swap_page(1);
	e2 = host_get_swap_page(1);
	ck_assert_uint_eq(host_swp_type(e1), 0);
	host_swap_map_set(0, host_swp_offset(e2), MAP_MAX);
	ck_assert_int_eq(host_nr_swap_pages(), 18);

	host_swap_unuse_reads(0);
	ck_assert_int_eq(host_sys_swapoff("/dev/sw0"), -ENOMEM);
	host_swap_area_get(0, &a);
	ck_assert_uint_eq(a.flags, 3);
	ck_assert_int_eq(a.next, 1);
	host_swap_list(&head, &next);
	ck_assert_int_eq(head, 0);
	ck_assert_int_eq(next, 0);
	ck_assert_int_eq(host_nr_swap_pages(), 18);
	ck_assert_uint_eq(host_swap_map(0, host_swp_offset(e1)), 1);

	/* No task maps them: each read page is dropped, counts forced 0. */
	host_swap_unuse_reads(1);
	host_printk_reset();
	ck_assert_int_eq(host_sys_swapoff("/dev/sw0"), 0);
	host_swap_refs(&r);
	ck_assert_int_eq(r.unuse_reads, 3);
	ck_assert_int_eq(r.unuse_page_count, 0);
	/* Each page read was offered to shmem too, the last one e2's. */
	ck_assert_int_eq(r.shmem_unuse_calls, 2);
	ck_assert_uint_eq(r.shmem_unuse_last, e2);
	ck_assert(logged("try_to_unuse: slot 1 of area 0 still has 1 users"));
	ck_assert(!logged("slot 2 of area 0"));
	host_swap_list(&head, &next);
	ck_assert_int_eq(head, 1);
	ck_assert_int_eq(next, 1);
	ck_assert_int_eq(host_nr_swap_pages(), 10);
	host_swap_area_get(0, &a);
	ck_assert_uint_eq(a.flags, 0);
	ck_assert_int_eq(a.has_map, 0);
	ck_assert_int_eq(host_sys_swapoff("/dev/sw1"), 0);
	check_no_refs();
}
END_TEST

static Suite *swapfile_suite(void)
{
	Suite *s = suite_create("swapfile");
	TCase *tc;

	tc = tcase_create("encoding");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_constants);
	tcase_add_test(tc, test_entry_encoding);
	suite_add_tcase(s, tc);

	tc = tcase_create("swapon");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_mkswap_32m);
	tcase_add_loop_test(tc, test_mkswap_sizes, 0, 3);
	tcase_add_test(tc, test_mkswap_file_too_short);
	tcase_add_test(tc, test_bad_magic);
	tcase_add_test(tc, test_zero_page);
	tcase_add_test(tc, test_bad_version);
	tcase_add_test(tc, test_last_page_zero);
	tcase_add_test(tc, test_last_page_one);
	tcase_add_test(tc, test_too_many_bad_pages);
	tcase_add_test(tc, test_bad_page_out_of_range);
	tcase_add_test(tc, test_bad_pages_marked);
	tcase_add_test(tc, test_vmalloc_fails);
	tcase_add_test(tc, test_max_cut);
	tcase_add_test(tc, test_v1_bitmap);
	tcase_add_test(tc, test_v1_bitmap_full);
	tcase_add_test(tc, test_v1_empty);
	tcase_add_test(tc, test_all_slots_taken);
	tcase_add_test(tc, test_priorities);
	suite_add_tcase(s, tc);

	tc = tcase_create("slots");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_round_robin);
	tcase_add_test(tc, test_free_moves_next);
	tcase_add_test(tc, test_free_with_empty_list);
	tcase_add_test(tc, test_alloc_free_basic);
	tcase_add_test(tc, test_nr_swap_pages_zero);
	tcase_add_test(tc, test_clusters);
	tcase_add_test(tc, test_cluster_skips_used_run);
	tcase_add_test(tc, test_duplicate_and_count);
	tcase_add_test(tc, test_free_errors);
	tcase_add_test(tc, test_si_swapinfo);
	tcase_add_test(tc, test_valid_swaphandles);
	suite_add_tcase(s, tc);

	tc = tcase_create("syscalls");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_syscall_errors);
	tcase_add_test(tc, test_syscall_bad_signature);
	tcase_add_test(tc, test_syscall_eight_areas);
	tcase_add_test(tc, test_syscall_swapoff_in_use);
	suite_add_tcase(s, tc);

	tc = tcase_create("random");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_random_against_model);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(swapfile_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
