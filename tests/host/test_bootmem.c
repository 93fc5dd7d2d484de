// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host tests for mm/bootmem.c, the boot-time allocator (情景分析 §10,
 * §2.3), run on simulated RAM at 0xC0000000 with the boot steps of
 * setup_arch() (shim/mm_host.c).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "shim/host.h"
#include "shim/bug.h"
#include "shim/mm_host.h"

#define MB		(1024UL * 1024UL)
#define PFN(addr)	((addr) >> HOST_PAGE_SHIFT)
#define VA(phys)	(HOST_PAGE_OFFSET + (phys))
#define PA(virt)	((unsigned long)(virt) - HOST_PAGE_OFFSET)
#define PG_RESERVED	31

/* Check's ck_assert* write to a pipe on every call: hot loops use this. */
#define expect(cond, ...) do { \
		if (!(cond)) \
			ck_abort_msg(__VA_ARGS__); \
	} while (0)

static struct host_mm_config cfg;

/* Map RAM and run setup_arch()'s bootmem steps only. */
static unsigned long setup(unsigned long ram)
{
	host_ram_map(ram);
	host_mm_reset();
	host_mm_default_config(&cfg, ram);
	host_printk_reset();
	return host_setup_bootmem(&cfg);
}

static void teardown(void)
{
	host_ram_unmap();
}

static int map_bit(const unsigned char *map, unsigned long i)
{
	return (map[i >> 3] >> (i & 7)) & 1;
}

/* Is pfn reserved in the bootmem map (1) or free (0)? */
static int reserved(unsigned long pfn)
{
	struct host_bootmem_info bi;

	host_bootmem_get(&bi);
	return map_bit(bi.map, pfn);
}

/* The text of line `line` of file (the source a BUG() report names). */
static const char *src_line(const char *file, int line)
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

/* Assert the last BUG() was in mm/bootmem.c, just after a line with what. */
static void assert_bug_at(const char *what)
{
	ck_assert_ptr_nonnull(host_bug_file);
	ck_assert_msg(strstr(host_bug_file, "mm/bootmem.c") != NULL,
		      "BUG in %s", host_bug_file);
	ck_assert_msg(strstr(src_line(host_bug_file, host_bug_line - 1), what) ||
		      strstr(src_line(host_bug_file, host_bug_line), what),
		      "BUG at line %d, expected after \"%s\"", host_bug_line, what);
	ck_assert_msg(strstr(host_printk_log, "kernel BUG at ") != NULL,
		      "no BUG report printed");
}

START_TEST(test_bootmap_pages)
{
	ck_assert_uint_eq(bootmem_bootmap_pages(0), 0);
	ck_assert_uint_eq(bootmem_bootmap_pages(1), 1);
	ck_assert_uint_eq(bootmem_bootmap_pages(8192), 1);
	ck_assert_uint_eq(bootmem_bootmap_pages(32768), 1);
	ck_assert_uint_eq(bootmem_bootmap_pages(32769), 2);
	ck_assert_uint_eq(bootmem_bootmap_pages(HOST_MAXMEM_PFN), 7);
}
END_TEST

/* init_bootmem: bitmap at start, every page reserved, limits recorded. */
START_TEST(test_init_bootmem)
{
	struct host_bootmem_info bi;
	unsigned long size, i;

	host_ram_map(4 * MB);
	host_mm_reset();
	size = init_bootmem(0x10, 100);
	ck_assert_uint_eq(size, 16);	/* 13 bytes, rounded to longs */
	ck_assert_uint_eq(max_low_pfn, 100);
	ck_assert_uint_eq(min_low_pfn, 0x10);
	host_bootmem_get(&bi);
	ck_assert_uint_eq(bi.node_boot_start, 0);
	ck_assert_uint_eq(bi.node_low_pfn, 100);
	ck_assert_uint_eq((unsigned long)bi.map, VA(0x10000));
	for (i = 0; i < 16; i++)
		ck_assert_uint_eq(bi.map[i], 0xff);
	/* Nothing beyond the map was touched. */
	ck_assert_uint_eq(bi.map[16], 0);
}
END_TEST

/* setup_arch's sequence on 32 MB: exactly the RAM minus kernel, map, page 0. */
START_TEST(test_setup_map)
{
	unsigned long size = setup(32 * MB), pfn;
	unsigned long start_pfn = PFN(0x180000);

	ck_assert_uint_eq(size, 1024);
	ck_assert_uint_eq(max_low_pfn, 8192);
	ck_assert_uint_eq(min_low_pfn, start_pfn);
	for (pfn = 0; pfn < 8192; pfn++) {
		int want;

		if (pfn == 0)
			want = 1;			/* page 0 */
		else if (pfn < 0x9f)
			want = 0;			/* base memory */
		else if (pfn < 0x100)
			want = 1;			/* 640 KB - 1 MB hole */
		else if (pfn < start_pfn + 2)
			want = 1;	/* kernel, bitmap, and 2.4.0's extra page */
		else
			want = 0;
		expect(reserved(pfn) == want, "pfn 0x%lx: %d, want %d",
		       pfn, reserved(pfn), want);
	}
}
END_TEST

/* free rounds inward, reserve rounds outward; "reserved twice" warning. */
START_TEST(test_rounding)
{
	host_ram_map(4 * MB);
	host_mm_reset();
	init_bootmem(0x100, 64);
	host_printk_reset();

	free_bootmem(0x1800, 0x3000);		/* 0x1800 .. 0x47ff */
	ck_assert_int_eq(reserved(1), 1);
	ck_assert_int_eq(reserved(2), 0);
	ck_assert_int_eq(reserved(3), 0);
	ck_assert_int_eq(reserved(4), 1);

	reserve_bootmem(0x2800, 0x100);		/* inside page 2 */
	ck_assert_int_eq(reserved(2), 1);
	ck_assert_int_eq(reserved(3), 0);
	ck_assert_uint_eq(host_printk_len, 0);

	reserve_bootmem(0x2000, 0x1001);	/* pages 2 and 3 */
	ck_assert_int_eq(reserved(3), 1);
	ck_assert_str_eq(host_printk_log, "hm, page 00002000 reserved twice.\n");
}
END_TEST

START_TEST(test_bug_free_twice)
{
	setup(32 * MB);
	ck_assert(HOST_BUGS(free_bootmem(0x200000, 0x1000)));
	assert_bug_at("test_and_clear_bit");
}
END_TEST

START_TEST(test_bug_zero_size)
{
	setup(32 * MB);
	ck_assert(HOST_BUGS(reserve_bootmem(0x200000, 0)));
	assert_bug_at("!size");
	ck_assert(HOST_BUGS(free_bootmem(0x200000, 0)));
	assert_bug_at("!size");
	ck_assert(HOST_BUGS(__alloc_bootmem(0, 32, 0)));
	assert_bug_at("!size");
}
END_TEST

START_TEST(test_bug_past_end)
{
	setup(32 * MB);
	ck_assert(HOST_BUGS(reserve_bootmem(32 * MB - 0x1000, 0x1001)));
	assert_bug_at("node_low_pfn");
	ck_assert(HOST_BUGS(free_bootmem(32 * MB, 0x1000)));
	assert_bug_at("node_low_pfn");
	/* Up to the very end is fine. */
	ck_assert(!HOST_BUGS(reserve_bootmem(32 * MB - 0x1000, 0x1000)));
}
END_TEST

/* Goals, alignment, first fit, and nothing from reserved pages. */
START_TEST(test_alloc_goal_align)
{
	void *p;

	setup(32 * MB);
	/* alloc_bootmem_pages: goal 16 MB (MAX_DMA_ADDRESS). */
	p = __alloc_bootmem(4096, 4096, 16 * MB);
	ck_assert_uint_eq(PA(p), 16 * MB);
	ck_assert_int_eq(reserved(PFN(16 * MB)), 1);
	/* alloc_bootmem_low_pages: lowest free page, page 0 is reserved. */
	p = __alloc_bootmem(4096, 4096, 0);
	ck_assert_uint_eq(PA(p), 0x1000);
	/* A goal outside the node is ignored. */
	p = __alloc_bootmem(4096, 4096, 64 * MB);
	ck_assert_uint_eq(PA(p), 0x2000);
	/* 8 KB alignment: page 3 is skipped, an even page is taken. */
	p = __alloc_bootmem(4096, 8192, 0);
	ck_assert_uint_eq(PA(p), 0x4000);
	ck_assert_int_eq(reserved(3), 0);
	/* A run that does not fit below 640 KB lands above the kernel. */
	p = __alloc_bootmem(0x100000, 4096, 0);
	ck_assert_uint_eq(PA(p), 0x182000);
	ck_assert_int_eq(reserved(PFN(0x182000) + 255), 1);
	ck_assert_int_eq(reserved(PFN(0x182000) + 256), 0);
}
END_TEST

/* Small allocations share a page; spills take only the extra pages. */
START_TEST(test_alloc_packing)
{
	struct host_bootmem_info bi;
	void *a, *b, *c, *d;

	setup(32 * MB);
	a = __alloc_bootmem(16, 32, 0);		/* alloc_bootmem_low(16) */
	ck_assert_uint_eq(PA(a), 0x1000);
	host_bootmem_get(&bi);
	ck_assert_uint_eq(bi.last_pos, 1);
	ck_assert_uint_eq(bi.last_offset, 16);

	b = __alloc_bootmem(16, 32, 0);
	ck_assert_uint_eq(PA(b), 0x1020);	/* same page, next 32 bytes */
	ck_assert_int_eq(reserved(2), 0);

	c = __alloc_bootmem(5000, 32, 0);	/* 0x1040 .. spills into page 2 */
	ck_assert_uint_eq(PA(c), 0x1040);
	ck_assert_int_eq(reserved(2), 1);
	ck_assert_int_eq(reserved(3), 0);
	host_bootmem_get(&bi);
	ck_assert_uint_eq(bi.last_pos, 2);
	ck_assert_uint_eq(bi.last_offset, 5000 - (4096 - 0x40));

	d = __alloc_bootmem(4096, 4096, 0);	/* page aligned: a fresh page */
	ck_assert_uint_eq(PA(d), 0x3000);
}
END_TEST

/* Returned memory is zeroed, whatever was there. */
START_TEST(test_alloc_zeroed)
{
	unsigned char *p;
	unsigned long i;

	setup(32 * MB);
	memset((void *)VA(0x200000), 0xa5, 0x10000);
	p = __alloc_bootmem(0x9000, 4096, 0x200000);
	ck_assert_uint_eq(PA(p), 0x200000);
	for (i = 0; i < 0x9000; i++)
		expect(p[i] == 0, "byte 0x%lx is 0x%x", i, p[i]);
	ck_assert_uint_eq(p[0x9000], 0xa5);	/* and no more than asked */
}
END_TEST

/*
 * Never hand out a reserved page, whatever the goal: fill all of boot
 * memory in odd sizes and check each piece was free before.
 */
START_TEST(test_alloc_never_reserved)
{
	struct host_bootmem_info bi;
	unsigned char *before;
	unsigned long bytes = 8192 / 8, total = 0;
	int n = 0;

	setup(32 * MB);
	host_bootmem_get(&bi);
	before = malloc(bytes);
	memcpy(before, bi.map, bytes);
	for (;;) {
		unsigned long size = 4096 * (1 + n % 7), pfn, k;
		unsigned long goal = (n % 3) * 8 * MB;
		void *p;
		int bugged;

		bugged = HOST_BUGS(p = __alloc_bootmem(size, 4096, goal));
		if (bugged)
			break;
		for (k = 0; k < size / 4096; k++) {
			pfn = PFN(PA(p)) + k;
			expect(!map_bit(before, pfn), "pfn 0x%lx was reserved", pfn);
			expect(reserved(pfn), "pfn 0x%lx not marked", pfn);
		}
		total += size / 4096;
		n++;
	}
	/* It ended in BUG (no NULL return), with most memory handed out. */
	ck_assert_int_gt(n, 100);
	ck_assert_uint_gt(total, 7500);
	free(before);
}
END_TEST

START_TEST(test_bug_exhausted)
{
	setup(32 * MB);
	ck_assert(HOST_BUGS(__alloc_bootmem(64 * MB, 4096, 0)));
	ck_assert_ptr_nonnull(strstr(host_bug_file, "mm/bootmem.c"));
}
END_TEST

/*
 * free_all_bootmem: exactly the clear-bit pages plus the bitmap's own
 * pages reach the buddy allocator; the rest stays reserved.
 */
START_TEST(test_free_all)
{
	struct host_bootmem_info bi;
	struct host_page_info pi;
	unsigned char *map;
	unsigned long clear = 0, pfn, freed, map_pfn;

	setup(32 * MB);
	host_paging_init();
	host_bootmem_get(&bi);
	map = malloc(1024);
	memcpy(map, bi.map, 1024);
	map_pfn = PFN(PA(bi.map));
	for (pfn = 0; pfn < 8192; pfn++)
		clear += !map_bit(map, pfn);

	freed = host_mem_init();
	ck_assert_uint_eq(freed, clear + 1);	/* + the 1 KB bitmap's page */
	ck_assert_uint_eq(nr_free_pages(), freed);
	host_bootmem_get(&bi);
	ck_assert_ptr_null(bi.map);

	for (pfn = 0; pfn < 8192; pfn++) {
		int was_free = !map_bit(map, pfn) || pfn == map_pfn;

		host_page_get(pfn, &pi);
		expect(pi.count == 0, "pfn 0x%lx count %d", pfn, pi.count);
		expect(!!(pi.flags & (1UL << PG_RESERVED)) == !was_free,
		       "pfn 0x%lx reserved flag", pfn);
	}
	free(map);
	/* The map is gone: a second call is a bug. */
	ck_assert(HOST_BUGS(free_all_bootmem()));
	assert_bug_at("node_bootmem_map");
}
END_TEST

/* 896 MB of low memory: the 28 KB bitmap gives back its 7 pages. */
START_TEST(test_free_all_1g)
{
	struct host_bootmem_info bi;
	struct host_page_info pi;
	struct host_mm_counters c;
	unsigned long bytes = HOST_MAXMEM_PFN / 8, clear = 0, pfn, map_pfn;
	unsigned char *map;

	setup(1024 * MB);
	host_paging_init();
	host_bootmem_get(&bi);
	map = malloc(bytes);
	memcpy(map, bi.map, bytes);
	map_pfn = PFN(PA(bi.map));
	for (pfn = 0; pfn < HOST_MAXMEM_PFN; pfn++)
		clear += !map_bit(map, pfn);
	host_mm_counters_get(&c);
	/* host_mem_init() also frees the 32768 HighMem pages, if any. */
	ck_assert_uint_eq(host_mem_init(),
			  clear + 7 + (c.config_highmem ? 32768 : 0));
	for (pfn = map_pfn; pfn < map_pfn + 8; pfn++) {
		host_page_get(pfn, &pi);
		ck_assert_int_eq(!!(pi.flags & (1UL << PG_RESERVED)),
				 pfn == map_pfn + 7 ? map_bit(map, pfn) : 0);
	}
	free(map);
}
END_TEST

/* 1 GB without HIGHMEM: the map only covers the first 896 MB. */
START_TEST(test_setup_1g)
{
	struct host_bootmem_info bi;
	unsigned long size = setup(1024 * MB);

	ck_assert_uint_eq(max_low_pfn, HOST_MAXMEM_PFN);
	ck_assert_uint_eq(size, HOST_MAXMEM_PFN / 8);
	host_bootmem_get(&bi);
	ck_assert_uint_eq(bi.node_low_pfn, HOST_MAXMEM_PFN);
	ck_assert_int_eq(reserved(HOST_MAXMEM_PFN - 1), 0);
	/* Beyond 896 MB cannot even be reserved. */
	ck_assert(HOST_BUGS(reserve_bootmem(HOST_MAXMEM, 4096)));
}
END_TEST

/*
 * The _node entry points on a node that does not start at page 0: every
 * index is relative to node_boot_start, every limit is the absolute
 * node_low_pfn.  The test only passes contig_page_data's address, so it
 * declares them with untyped pointers.
 */
extern char contig_page_data[];
extern unsigned long init_bootmem_node(void *pgdat, unsigned long freepfn,
				       unsigned long startpfn,
				       unsigned long endpfn);
extern void reserve_bootmem_node(void *pgdat, unsigned long physaddr,
				 unsigned long size);
extern void free_bootmem_node(void *pgdat, unsigned long physaddr,
			      unsigned long size);
extern void *__alloc_bootmem_node(void *pgdat, unsigned long size,
				  unsigned long align, unsigned long goal);

START_TEST(test_node_offset)
{
	struct host_bootmem_info bi;
	void *node = contig_page_data;
	unsigned long i;

	host_ram_map(4 * MB);
	host_mm_reset();
	/* Page frames 0x100 .. 0x13f (1 MB .. 1.25 MB), bitmap at pfn 0x10. */
	ck_assert_uint_eq(init_bootmem_node(node, 0x10, 0x100, 0x140), 8);
	host_bootmem_get(&bi);
	ck_assert_uint_eq(bi.node_boot_start, 0x100000);
	ck_assert_uint_eq(bi.node_low_pfn, 0x140);
	ck_assert_uint_eq((unsigned long)bi.map, VA(0x10000));
	for (i = 0; i < 8; i++)
		ck_assert_uint_eq(bi.map[i], 0xff);
	host_printk_reset();

	free_bootmem_node(node, 0x100800, 0x3000);	/* pages 1 and 2 */
	ck_assert_int_eq(reserved(0), 1);
	ck_assert_int_eq(reserved(1), 0);
	ck_assert_int_eq(reserved(2), 0);
	ck_assert_int_eq(reserved(3), 1);
	free_bootmem_node(node, 0x104000, 0x3c000);	/* 4 .. 0x3f: to the end */
	ck_assert_int_eq(reserved(0x3f), 0);
	reserve_bootmem_node(node, 0x105800, 0x1000);	/* pages 5 and 6 */
	ck_assert_int_eq(reserved(4), 0);
	ck_assert_int_eq(reserved(5), 1);
	ck_assert_int_eq(reserved(6), 1);
	ck_assert_int_eq(reserved(7), 0);
	ck_assert_uint_eq(host_printk_len, 0);
	ck_assert(HOST_BUGS(reserve_bootmem_node(node, 0x13f800, 0x1000)));
	assert_bug_at("node_low_pfn");
	ck_assert(HOST_BUGS(free_bootmem_node(node, 0x13f000, 0x2000)));
	assert_bug_at("node_low_pfn");

	/* Goal 0 and goals outside the node: the node's first free page. */
	ck_assert_uint_eq(PA(__alloc_bootmem_node(node, 4096, 4096, 0)), 0x101000);
	ck_assert_uint_eq(PA(__alloc_bootmem_node(node, 8192, 4096, 0x120000)),
			  0x120000);
	ck_assert_uint_eq(PA(__alloc_bootmem_node(node, 4096, 4096, 0x80000)),
			  0x102000);
	ck_assert_uint_eq(PA(__alloc_bootmem_node(node, 4096, 4096, 0x140000)),
			  0x104000);
	/*
	 * Small pieces share a page only when the next free page found is
	 * the one right after the last one used.
	 */
	ck_assert_uint_eq(PA(__alloc_bootmem_node(node, 100, 16, 0)), 0x107000);
	ck_assert_uint_eq(PA(__alloc_bootmem_node(node, 100, 16, 0)), 0x107070);
	host_bootmem_get(&bi);
	ck_assert_uint_eq(bi.last_pos, 7);
	ck_assert_uint_eq(bi.last_offset, 0x70 + 100);
	ck_assert_int_eq(reserved(8), 0);
	/* From page 8 up: the partly used page 7 is continued. */
	ck_assert_uint_eq(PA(__alloc_bootmem_node(node, 4000, 8, 0x108000)),
			  0x1070d8);
	ck_assert_int_eq(reserved(8), 1);
	host_bootmem_get(&bi);
	ck_assert_uint_eq(bi.last_pos, 8);
	ck_assert_uint_eq(bi.last_offset, 0xd8 + 4000 - 4096);
}
END_TEST

static Suite *bootmem_suite(void)
{
	Suite *s = suite_create("bootmem");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_bootmap_pages);
	tcase_add_test(tc, test_init_bootmem);
	tcase_add_test(tc, test_setup_map);
	tcase_add_test(tc, test_rounding);
	tcase_add_test(tc, test_bug_free_twice);
	tcase_add_test(tc, test_bug_zero_size);
	tcase_add_test(tc, test_bug_past_end);
	tcase_add_test(tc, test_alloc_goal_align);
	tcase_add_test(tc, test_alloc_packing);
	tcase_add_test(tc, test_alloc_zeroed);
	tcase_add_test(tc, test_alloc_never_reserved);
	tcase_add_test(tc, test_bug_exhausted);
	tcase_add_test(tc, test_free_all);
	tcase_add_test(tc, test_setup_1g);
	tcase_add_test(tc, test_free_all_1g);
	tcase_add_test(tc, test_node_offset);
	suite_add_tcase(s, tc);
	return s;
}

int main(int argc, char **argv)
{
	SRunner *sr;
	int failed;

	(void)argc;
	host_mm_layout(argv);
	sr = srunner_create(bootmem_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
