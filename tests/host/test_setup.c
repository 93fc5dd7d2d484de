// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host tests for arch/i386/kernel/setup.c (the boot chapter of 情景分析,
 * background for §2.1): the E820 map taken over from the BIOS (the
 * 640 KB - 1 MB clipping, the fallback to the E801/88h sizes), its
 * printout, the mem= options and the command line they leave, the
 * highest page frame, and setup_arch's bootmem steps on simulated RAM
 * at 0xC0000000 (shim/mm_host.c, shim/setup_host.c).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "shim/host.h"
#include "shim/mm_host.h"
#include "shim/setup_host.h"

#define MB		(1024ULL * 1024ULL)
#define RAM		HOST_E820_RAM
#define RES		HOST_E820_RESERVED

/* What Bochs' BIOS gives a 32 MB PC. */
static const struct host_e820 bochs32[] = {
	{ 0x0, 0x9f000, RAM },
	{ 0x9f000, 0x1000, RES },
	{ 0xe8000, 0x18000, RES },
	{ 0x100000, 0x1f00000, RAM },
	{ 0xfffc0000, 0x40000, RES },
};

static void setup(void)
{
	host_ram_map(32 * MB);
	host_mm_reset();
	host_printk_reset();
	host_setup_reset();
}

static void teardown(void)
{
	host_ram_unmap();
}

static void expect_entry(int i, unsigned long long addr,
			 unsigned long long size, unsigned long type)
{
	struct host_e820 e;

	ck_assert_int_lt(i, host_e820_nr());
	host_e820_get(i, &e);
	ck_assert_msg(e.addr == addr && e.size == size && e.type == type,
		      "e820[%d] = %llx @ %llx type %lu, want %llx @ %llx "
		      "type %lu", i, e.size, e.addr, e.type, size, addr, type);
}

/* Is page frame pfn reserved in the bootmem bitmap? */
static int reserved(unsigned long pfn)
{
	struct host_bootmem_info bi;

	host_bootmem_get(&bi);
	return (bi.map[pfn / 8] >> (pfn % 8)) & 1;
}

/* ---- add_memory_region, print_memory_map ---------------------------- */

START_TEST(test_add_and_print)
{
	int i;

	host_add_memory_region(0, 0x9f000, RAM);
	host_add_memory_region(0x9f000, 0x1000, RES);
	host_add_memory_region(0xfec00000ULL, 0x1000, HOST_E820_ACPI);
	host_add_memory_region(0x100000000ULL, 0x1000, HOST_E820_NVS);
	host_add_memory_region(0x200000, 0x1000, 7);
	ck_assert_int_eq(host_e820_nr(), 5);
	expect_entry(3, 0x100000000ULL, 0x1000, HOST_E820_NVS);
	host_print_memory_map("test");
	ck_assert_str_eq(host_printk_log,
		" test: 000000000009f000 @ 0000000000000000 (usable)\n"
		" test: 0000000000001000 @ 000000000009f000 (reserved)\n"
		" test: 0000000000001000 @ 00000000fec00000 (ACPI data)\n"
		" test: 0000000000001000 @ 0000000100000000 (ACPI NVS)\n"
		" test: 0000000000001000 @ 0000000000200000 type 7\n");

	/* E820MAX entries at most; the rest is dropped with a message. */
	for (i = 5; i < HOST_E820MAX; i++)
		host_add_memory_region(i * MB, MB, RAM);
	ck_assert_int_eq(host_e820_nr(), HOST_E820MAX);
	ck_assert(!strstr(host_printk_log, "Too many"));
	host_add_memory_region(0x40000000ULL, MB, RAM);
	ck_assert_int_eq(host_e820_nr(), HOST_E820MAX);
	ck_assert(strstr(host_printk_log,
			 "Ooops! Too many entries in the memory map!\n"));
	expect_entry(HOST_E820MAX - 1, (HOST_E820MAX - 1) * MB, MB, RAM);
}
END_TEST

/* ---- copy_e820_map, setup_memory_region ----------------------------- */

START_TEST(test_bios_map_as_is)
{
	int i;

	host_setup_bios_map(bochs32, 5);
	host_setup_memory_region();
	ck_assert_int_eq(host_e820_nr(), 5);
	for (i = 0; i < 5; i++)
		expect_entry(i, bochs32[i].addr, bochs32[i].size,
			     bochs32[i].type);
	ck_assert_str_eq(host_printk_log,
		"BIOS-provided physical RAM map:\n"
		" BIOS-e820: 000000000009f000 @ 0000000000000000 (usable)\n"
		" BIOS-e820: 0000000000001000 @ 000000000009f000 (reserved)\n"
		" BIOS-e820: 0000000000018000 @ 00000000000e8000 (reserved)\n"
		" BIOS-e820: 0000000001f00000 @ 0000000000100000 (usable)\n"
		" BIOS-e820: 0000000000040000 @ 00000000fffc0000 (reserved)\n");
}
END_TEST

START_TEST(test_bios_map_hole_clipping)
{
	static const struct host_e820 map[] = {
		{ 0x0, 0x200000, RAM },		/* across the hole */
		{ 0xc0000, 0x10000, RAM },	/* inside it: dropped */
		{ 0x90000, 0x20000, RAM },	/* into it: head kept */
		{ 0xf0000, 0x20000, RAM },	/* out of it: tail from 1 MB */
		{ 0xa0000, 0x60000, RAM },	/* exactly the hole: dropped */
		{ 0xa0000, 0x20000, RES },	/* not RAM: kept */
		{ 0x80000, 0x20000, RAM },	/* ends at 640 KB: kept */
		{ 0x100000, 0x1000, RAM },	/* starts at 1 MB: kept */
	};

	ck_assert_int_eq(host_copy_e820_map(map, 8), 0);
	ck_assert_int_eq(host_e820_nr(), 7);
	expect_entry(0, 0x0, 0xa0000, RAM);
	expect_entry(1, 0x100000, 0x100000, RAM);
	expect_entry(2, 0x90000, 0x10000, RAM);
	expect_entry(3, 0x100000, 0x10000, RAM);
	expect_entry(4, 0xa0000, 0x20000, RES);
	expect_entry(5, 0x80000, 0x20000, RAM);
	expect_entry(6, 0x100000, 0x1000, RAM);
}
END_TEST

START_TEST(test_bios_map_refused)
{
	static const struct host_e820 wraps[] = {
		{ 0x0, 0x9f000, RAM },
		{ 0xfffffffffffff000ULL, 0x2000, RES },
		{ 0x100000, 0x100000, RAM },
	};

	/* One entry is not trusted; a 64-bit overflow ends the copy. */
	ck_assert_int_eq(host_copy_e820_map(bochs32, 1), -1);
	ck_assert_int_eq(host_e820_nr(), 0);
	ck_assert_int_eq(host_copy_e820_map(wraps, 3), -1);
	ck_assert_int_eq(host_e820_nr(), 1);
	expect_entry(0, 0x0, 0x9f000, RAM);
}
END_TEST

START_TEST(test_fallback_e801_88)
{
	/* No usable E820 map: the larger of E801 and 88h, from 1 MB. */
	host_setup_bios_map(bochs32, 1);
	host_setup_mem_k(15 * 1024, 31 * 1024);
	host_setup_memory_region();
	ck_assert_int_eq(host_e820_nr(), 2);
	expect_entry(0, 0, 0x9f000, RAM);
	expect_entry(1, 0x100000, 31 * MB, RAM);
	ck_assert_str_eq(host_printk_log,
		"BIOS-provided physical RAM map:\n"
		" BIOS-e801: 000000000009f000 @ 0000000000000000 (usable)\n"
		" BIOS-e801: 0000000001f00000 @ 0000000000100000 (usable)\n");

	host_printk_reset();
	host_setup_reset();
	host_setup_mem_k(63 * 1024, 15 * 1024);
	host_setup_memory_region();
	expect_entry(1, 0x100000, 63 * MB, RAM);
	ck_assert(strstr(host_printk_log, " BIOS-88: 0000000003f00000 @ "
			 "0000000000100000 (usable)\n"));
	/* A tie goes to E801. */
	host_printk_reset();
	host_setup_reset();
	host_setup_mem_k(1024, 1024);
	host_setup_memory_region();
	ck_assert(strstr(host_printk_log, " BIOS-e801: "));

	/* A refused map leaves no entries behind it. */
	host_printk_reset();
	host_setup_reset();
	{
		static const struct host_e820 wraps[] = {
			{ 0x0, 0x9f000, RAM },
			{ 0x100000, 0x100000, RAM },
			{ 0xfffffffffffff000ULL, 0x2000, RES },
		};
		host_setup_bios_map(wraps, 3);
	}
	host_setup_mem_k(0, 7 * 1024);
	host_setup_memory_region();
	ck_assert_int_eq(host_e820_nr(), 2);
	expect_entry(1, 0x100000, 7 * MB, RAM);
}
END_TEST

/* ---- parse_mem_cmdline ---------------------------------------------- */

START_TEST(test_cmdline_plain)
{
	host_setup_bios_map(bochs32, 5);
	host_setup_memory_region();
	host_printk_reset();
	host_setup_cmdline("root=/dev/hda1 ro xmem=16M");
	ck_assert_str_eq(host_parse_mem_cmdline(), "root=/dev/hda1 ro xmem=16M");
	ck_assert_str_eq(host_saved_command_line(),
			 "root=/dev/hda1 ro xmem=16M");
	ck_assert_int_eq(host_e820_nr(), 5);
	ck_assert_str_eq(host_printk_log, "");
	ck_assert(host_pse_allowed());
}
END_TEST

START_TEST(test_cmdline_mem_size)
{
	host_setup_bios_map(bochs32, 5);
	host_setup_memory_region();
	host_printk_reset();
	host_setup_cmdline("ro mem=16M quiet");
	/* The option goes, with the blank before it. */
	ck_assert_str_eq(host_parse_mem_cmdline(), "ro quiet");
	ck_assert_str_eq(host_saved_command_line(), "ro mem=16M quiet");
	ck_assert_int_eq(host_e820_nr(), 2);
	expect_entry(0, 0, 0x9f000, RAM);
	expect_entry(1, 0x100000, 15 * MB, RAM);
	ck_assert_str_eq(host_printk_log,
		"user-defined physical RAM map:\n"
		" user: 000000000009f000 @ 0000000000000000 (usable)\n"
		" user: 0000000000f00000 @ 0000000000100000 (usable)\n");
}
END_TEST

START_TEST(test_cmdline_mem_too_big)
{
	host_setup_bios_map(bochs32, 5);
	host_setup_memory_region();
	host_printk_reset();
	host_setup_cmdline("mem=4096M");
	ck_assert_str_eq(host_parse_mem_cmdline(), "");
	ck_assert_int_eq(host_e820_nr(), 5);
	ck_assert(strstr(host_printk_log,
			 "mem=4194304K is more than the 32768K of RAM the BIOS "
			 "reports: ignored\n"));
	/* Still "user-defined": the map printed is the BIOS one. */
	ck_assert(strstr(host_printk_log, "user-defined physical RAM map:\n"
			 " user: 000000000009f000 @ 0000000000000000"));
	/* Exactly the end of RAM is not too big. */
	host_setup_cmdline("mem=32M");
	host_parse_mem_cmdline();
	ck_assert_int_eq(host_e820_nr(), 2);
	expect_entry(1, 0x100000, 31 * MB, RAM);
}
END_TEST

START_TEST(test_cmdline_exactmap_nopentium)
{
	host_setup_bios_map(bochs32, 5);
	host_setup_memory_region();
	host_setup_cmdline("mem=nopentium a mem=exactmap mem=640K@0 b "
			   "mem=0x1f00000@0x100000 mem=4k@16m c");
	/* A first option leaves the blank after it (nothing before it). */
	ck_assert_str_eq(host_parse_mem_cmdline(), " a b c");
	ck_assert(!host_pse_allowed());
	ck_assert_int_eq(host_e820_nr(), 3);
	expect_entry(0, 0, 640 * 1024, RAM);
	expect_entry(1, 0x100000, 0x1f00000, RAM);
	expect_entry(2, 16 * MB, 4096, RAM);
}
END_TEST

START_TEST(test_cmdline_length)
{
	char line[600];
	const char *out;

	memset(line, 'x', sizeof(line) - 1);
	line[sizeof(line) - 1] = '\0';
	host_setup_cmdline(line);
	out = host_parse_mem_cmdline();
	/* 255 characters at most, and the saved copy as long. */
	ck_assert_int_eq(strlen(out), 255);
	ck_assert_int_eq(strlen(host_saved_command_line()), 255);
	/* A mem= option still counts toward the length. */
	memset(line, 'y', sizeof(line));
	memcpy(line, "mem=16M ", 8);
	line[300] = '\0';
	host_setup_cmdline(line);
	out = host_parse_mem_cmdline();
	ck_assert_int_eq(strlen(out), 255);
	ck_assert_int_eq(out[0], ' ');
	ck_assert_int_eq(out[1], 'y');
}
END_TEST

/* ---- find_max_pfn, register_bootmem_low_pages, setup_arch ----------- */

START_TEST(test_find_max_pfn)
{
	host_add_memory_region(0, 0x9f800, RAM);
	host_add_memory_region(0x100800, 0x7ff000, RAM);	/* to 0x8ff800 */
	host_add_memory_region(0x2000000, 0x100000, RES);
	host_add_memory_region(0x1000800, 0x800, RAM);	/* no whole page */
	ck_assert_uint_eq(host_find_max_pfn(), 0x8ff);
	host_add_memory_region(0x1000000, 0x1000, RAM);
	ck_assert_uint_eq(host_find_max_pfn(), 0x1001);
}
END_TEST

START_TEST(test_setup_arch_32mb)
{
	struct host_setup_result r;
	struct host_bootmem_info bi;
	unsigned long pfn, bitmap_end;

	host_setup_bios_map(bochs32, 5);
	host_setup_cmdline("ro");
	host_setup_arch(&r);
	ck_assert_str_eq(r.cmdline, "ro");
	ck_assert_uint_eq(r.max_pfn, 0x2000);
	ck_assert_uint_eq(r.max_low_pfn, 0x2000);
	ck_assert_uint_eq(r.start_code, 0xc0100000);
	ck_assert_uint_eq(r.end_code, 0xc0140000);
	ck_assert_uint_eq(r.end_data, 0xc0150000);
	ck_assert_uint_eq(r.brk, 0xc0170000);
	ck_assert_int_eq(r.paging_init_calls, 1);
	ck_assert_uint_eq(r.initrd_start, 0);
	ck_assert(strstr(host_printk_log, "BIOS-provided physical RAM map:"));

	/* Page 0, the hole, the image and the bitmap after it: reserved. */
	host_bootmem_get(&bi);
	ck_assert_uint_eq(bi.node_low_pfn, 0x2000);
	/*
	 * 1 KB of bitmap at 0x170000; 2.4.0 adds PAGE_SIZE - 1 to its end
	 * and reserve_bootmem rounds up again: one page more, pfn 0x171.
	 */
	bitmap_end = 0x172;
	ck_assert(reserved(0));
	for (pfn = 1; pfn < 0x9f; pfn++)
		ck_assert_msg(!reserved(pfn), "pfn %lx", pfn);
	for (pfn = 0x9f; pfn < bitmap_end; pfn++)
		ck_assert_msg(reserved(pfn), "pfn %lx", pfn);
	for (pfn = bitmap_end; pfn < 0x2000; pfn++)
		ck_assert_msg(!reserved(pfn), "pfn %lx", pfn);
}
END_TEST

START_TEST(test_setup_arch_partial_pages)
{
	static const struct host_e820 map[] = {
		{ 0x800, 0x9e000, RAM },		/* pages 1 .. 0x9e */
		{ 0x100000, 0x800800, RAM },		/* to 0x900800 */
		{ 0x1000000, 0x1000000, RES },
	};
	struct host_setup_result r;
	unsigned long pfn;

	host_setup_bios_map(map, 3);
	host_setup_arch(&r);
	ck_assert_uint_eq(r.max_pfn, 0x900);
	ck_assert(reserved(0));
	ck_assert(!reserved(1));
	ck_assert(!reserved(0x9d));
	ck_assert(reserved(0x9e));
	ck_assert(!reserved(0x8ff));
	ck_assert(reserved(0x171));
	for (pfn = 0x172; pfn < 0x900; pfn++)
		ck_assert_msg(!reserved(pfn), "pfn %lx", pfn);
}
END_TEST

START_TEST(test_setup_arch_initrd)
{
	struct host_setup_result r;

	host_setup_bios_map(bochs32, 5);
	host_setup_initrd(0x21, 0x1000000, 0x20000);
	host_setup_arch(&r);
	ck_assert_uint_eq(r.initrd_start, 0xc1000000);
	ck_assert_uint_eq(r.initrd_end, 0xc1020000);
	ck_assert(reserved(0x1000) && reserved(0x101f) && !reserved(0x1020));

	/* Beyond the end of low memory: refused with 2.4.0's message. */
	setup();
	host_setup_bios_map(bochs32, 5);
	host_setup_initrd(0x21, 0x1ff0000, 0x20000);
	host_setup_arch(&r);
	ck_assert_uint_eq(r.initrd_start, 0);
	ck_assert(strstr(host_printk_log, "initrd extends beyond end of memory "
			 "(0x02010000 > 0x02000000)\ndisabling initrd\n"));
	ck_assert(!reserved(0x1ff0));

	/* No boot loader type: the initrd fields are not looked at. */
	setup();
	host_setup_bios_map(bochs32, 5);
	host_setup_initrd(0, 0x1000000, 0x20000);
	host_setup_arch(&r);
	ck_assert_uint_eq(r.initrd_start, 0);
	ck_assert(!reserved(0x1000));
}
END_TEST

START_TEST(test_setup_arch_highmem)
{
	static const struct host_e820 map1g[] = {
		{ 0x0, 0x9f000, RAM },
		{ 0x100000, 0x3ff00000, RAM },		/* to 1 GB */
	};
	static const struct host_e820 map5g[] = {
		{ 0x0, 0x9f000, RAM },
		{ 0x100000, 0x13ff00000ULL, RAM },	/* to 5 GB */
	};
	struct host_setup_result r;

	host_ram_map(1024 * MB);
	host_mm_reset();
	host_printk_reset();
	host_setup_reset();
	host_setup_bios_map(map1g, 2);
	host_setup_arch(&r);
	ck_assert_uint_eq(r.max_pfn, 0x40000);
	ck_assert_uint_eq(r.max_low_pfn, 0x38000);
	ck_assert_uint_eq(r.highstart_pfn, 0x38000);
	ck_assert_uint_eq(r.highend_pfn, 0x40000);
	ck_assert(strstr(host_printk_log, "128MB HIGHMEM available.\n"));
	ck_assert(!strstr(host_printk_log, "Warning"));
	ck_assert(!reserved(0x37fff));

	/* Without PAE, RAM above 4 GB is cut off, with 2.4.0's warning. */
	host_mm_reset();
	host_printk_reset();
	host_setup_reset();
	host_setup_bios_map(map5g, 2);
	host_setup_arch(&r);
	ck_assert_uint_eq(r.max_pfn, 0x100000);
	ck_assert_uint_eq(r.max_low_pfn, 0x38000);
	ck_assert_uint_eq(r.highstart_pfn, 0x38000);
	ck_assert_uint_eq(r.highend_pfn, 0x100000);
	ck_assert(strstr(host_printk_log, "Warning only 4GB will be used.\n"));
	ck_assert(strstr(host_printk_log, "Use a PAE enabled kernel.\n"));
	ck_assert(strstr(host_printk_log, "3200MB HIGHMEM available.\n"));
}
END_TEST

static Suite *setup_suite(void)
{
	Suite *s = suite_create("setup");
	TCase *tc;

	tc = tcase_create("e820");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_add_and_print);
	tcase_add_test(tc, test_bios_map_as_is);
	tcase_add_test(tc, test_bios_map_hole_clipping);
	tcase_add_test(tc, test_bios_map_refused);
	tcase_add_test(tc, test_fallback_e801_88);
	suite_add_tcase(s, tc);

	tc = tcase_create("cmdline");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_cmdline_plain);
	tcase_add_test(tc, test_cmdline_mem_size);
	tcase_add_test(tc, test_cmdline_mem_too_big);
	tcase_add_test(tc, test_cmdline_exactmap_nopentium);
	tcase_add_test(tc, test_cmdline_length);
	suite_add_tcase(s, tc);

	tc = tcase_create("setup_arch");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_find_max_pfn);
	tcase_add_test(tc, test_setup_arch_32mb);
	tcase_add_test(tc, test_setup_arch_partial_pages);
	tcase_add_test(tc, test_setup_arch_initrd);
	tcase_add_test(tc, test_setup_arch_highmem);
	suite_add_tcase(s, tc);

	return s;
}

int main(int argc, char **argv)
{
	SRunner *sr;
	int failed;

	(void)argc;
	host_mm_layout(argv);
	sr = srunner_create(setup_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
