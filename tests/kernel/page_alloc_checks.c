// SPDX-License-Identifier: GPL-2.0-only
/*
 * In-kernel checks of the physical page allocator on the real machine:
 * the zones as 2.4.0 sizes them, every order allocated and freed,
 * the gfp masks' zones, exhaustion of a zone, and the free lists back
 * exactly as they were.
 */
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mmzone.h>
#include <linux/swap.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/console.h>
#include <asm/page.h>
#include "kcheck.h"

extern unsigned long max_low_pfn, max_pfn, highstart_pfn, highend_pfn;

/* Free blocks on one zone's order-k list. */
static unsigned long count_list(zone_t *zone, int order)
{
	struct list_head *head = &zone->free_area[order].free_list, *p;
	unsigned long n = 0;

	for (p = head->next; p != head; p = p->next)
		n++;
	return n;
}

/* A snapshot of every zone's free lists: counts per order, free_pages. */
struct free_snapshot {
	unsigned long blocks[MAX_NR_ZONES][MAX_ORDER];
	unsigned long free[MAX_NR_ZONES];
};

static void take_snapshot(struct free_snapshot *s)
{
	int z, k;

	for (z = 0; z < MAX_NR_ZONES; z++) {
		zone_t *zone = contig_page_data.node_zones + z;

		s->free[z] = zone->free_pages;
		for (k = 0; k < MAX_ORDER; k++)
			s->blocks[z][k] = zone->size ? count_list(zone, k) : 0;
	}
}

static int same_snapshot(struct free_snapshot *a, struct free_snapshot *b)
{
	return !memcmp(a, b, sizeof(*a));
}

/* Sum of 2^order over the free lists must equal zone->free_pages. */
static int lists_agree(void)
{
	int z, k;

	for (z = 0; z < MAX_NR_ZONES; z++) {
		zone_t *zone = contig_page_data.node_zones + z;
		unsigned long sum = 0;

		if (!zone->size)
			continue;
		for (k = 0; k < MAX_ORDER; k++)
			sum += count_list(zone, k) << k;
		if (sum != zone->free_pages)
			return 0;
	}
	return 1;
}

static void check_zones(void)
{
	unsigned long dma = max_low_pfn < 4096 ? max_low_pfn : 4096;
	zone_t *zones = contig_page_data.node_zones;

	kinfo("zones: DMA %lu, Normal %lu, HighMem %lu pages\n",
	       zones[ZONE_DMA].size, zones[ZONE_NORMAL].size,
	       zones[ZONE_HIGHMEM].size);
	kcheck(zones[ZONE_DMA].size == dma, "ZONE_DMA is the first %lu pages (below 16 MB)", dma);
	kcheck(zones[ZONE_NORMAL].size == max_low_pfn - dma,
	       "ZONE_NORMAL is the rest of low memory: %lu pages", max_low_pfn - dma);
	kcheck(zones[ZONE_HIGHMEM].size == highend_pfn - highstart_pfn,
	       "ZONE_HIGHMEM is RAM above 896 MB: %lu pages",
	       highend_pfn - highstart_pfn);
	kcheck(lists_agree(), "each zone's free lists add up to its free_pages");
	kcheck(nr_free_pages() == zones[0].free_pages + zones[1].free_pages +
	       zones[2].free_pages, "nr_free_pages() is the sum over the zones");
}

/* The largest order with a free block in ZONE_DMA or ZONE_NORMAL. */
static int largest_free_order(void)
{
	int z, order, top = -1;

	for (z = ZONE_DMA; z <= ZONE_NORMAL; z++) {
		zone_t *zone = contig_page_data.node_zones + z;

		if (!zone->size)	/* its lists were never set up */
			continue;
		for (order = 0; order < MAX_ORDER; order++)
			if (!list_empty(&zone->free_area[order].free_list) &&
			    order > top)
				top = order;
	}
	return top;
}

/*
 * Allocate and free each order; blocks aligned, in the right zone.  Every
 * order up to the largest free block is served (all ten from 8 MB up; at
 * 4 MB the largest block is 1 MB, order 8), no order above it.
 */
static void check_orders(void)
{
	struct free_snapshot before, after;
	int order, ok_align = 1, ok_zone = 1, got = 0, wrong = 0;
	int top = largest_free_order();

	take_snapshot(&before);
	for (order = 0; order < MAX_ORDER; order++) {
		struct page *p = alloc_pages(GFP_KERNEL, order);
		unsigned long pfn;

		if (!p != (order > top))
			wrong++;
		if (!p)
			continue;
		got++;
		pfn = p - mem_map;
		if (pfn & ((1UL << order) - 1))
			ok_align = 0;
		if (p->zone == contig_page_data.node_zones + ZONE_HIGHMEM)
			ok_zone = 0;
		__free_pages(p, order);
	}
	take_snapshot(&after);
	kcheck(!wrong && got == top + 1 && (num_physpages < 2048 || top == MAX_ORDER - 1),
	       "alloc_pages(GFP_KERNEL, 0..9): orders 0..%d served, none above", top);
	kcheck(ok_align, "each block is aligned to its size (pfn %% 2^order == 0)");
	kcheck(ok_zone, "GFP_KERNEL never gets HighMem pages");
	kcheck(same_snapshot(&before, &after),
	       "after freeing, the free lists are exactly as before (buddies merged)");
}

static void check_gfp_zones(void)
{
	zone_t *zones = contig_page_data.node_zones;
	struct page *p;
	unsigned long addr;

	p = alloc_pages(GFP_DMA, 0);
	kcheck(p && p->zone == zones + ZONE_DMA, "GFP_DMA is served from ZONE_DMA");
	if (p)
		__free_pages(p, 0);
	p = alloc_pages(GFP_HIGHUSER, 0);
	if (zones[ZONE_HIGHMEM].size)
		kcheck(p && p->zone == zones + ZONE_HIGHMEM,
		       "GFP_HIGHUSER is served from ZONE_HIGHMEM when there is one");
	else
		kcheck(p && p->zone != zones + ZONE_HIGHMEM,
		       "GFP_HIGHUSER falls back to low memory without HighMem");
	if (p)
		__free_pages(p, 0);

	addr = get_zeroed_page(GFP_KERNEL);
	if (addr) {
		unsigned long *w = (unsigned long *)addr, i, nonzero = 0;

		for (i = 0; i < PAGE_SIZE / sizeof(long); i++)
			nonzero |= w[i];
		kcheck(!nonzero, "get_zeroed_page returns a page of zeros");
		free_pages(addr, 0);
	} else {
		kcheck(0, "get_zeroed_page returns a page");
	}
	kcheck(alloc_pages(GFP_KERNEL, MAX_ORDER) == NULL,
	       "alloc_pages with order MAX_ORDER returns NULL");
}

/*
 * Take every page of ZONE_DMA with GFP_DMA until the allocator says no,
 * then give them all back: NULL, not corruption, and nothing lost.
 */
static void check_exhaustion(void)
{
	zone_t *dma = contig_page_data.node_zones + ZONE_DMA;
	struct free_snapshot before, after;
	struct page *head = NULL, *p;
	unsigned long n = 0, free_before = dma->free_pages;

	take_snapshot(&before);
	while ((p = alloc_pages(GFP_DMA, 0)) != NULL) {
		/* Chain the pages through their own first word. */
		*(struct page **)page_address(p) = head;
		head = p;
		n++;
	}
	kinfo("exhaustion: %lu DMA pages taken of %lu free, %lu left\n",
	       n, free_before, dma->free_pages);
	/* No __GFP_WAIT: the last resort may go down to pages_min/4. */
	kcheck(n > 0 && dma->free_pages == dma->pages_min / 4 - 1,
	       "GFP_DMA (atomic) allocations stop at pages_min/4 - 1 = %lu "
	       "free pages with NULL", dma->pages_min / 4 - 1);
	kcheck(lists_agree(), "free lists consistent at exhaustion");
	while (head) {
		p = head;
		head = *(struct page **)page_address(p);
		__free_pages(p, 0);
	}
	take_snapshot(&after);
	kcheck(same_snapshot(&before, &after),
	       "all %lu pages back: free lists exactly as before", n);
}

/* A console registered for a moment, to read what a handler prints. */
static char captured[128];
static unsigned int captured_len;

static void capture_write(struct console *con, const char *s, unsigned n)
{
	while (n-- && captured_len < sizeof(captured) - 1)
		captured[captured_len++] = *s++;
	captured[captured_len] = 0;
}

static struct console capture_console = {
	.name = "kcheck",
	.write = capture_write,
};

/* Call the __setup handler for "memfrac=" with arg, catching its output. */
static int run_memfrac(const char *arg)
{
	static char line[64];
	struct kernel_param *p;
	int ret = -1;

	strcpy(line, arg);
	captured_len = 0;
	captured[0] = 0;
	register_console(&capture_console);
	for (p = &__setup_start; p < &__setup_end; p++)
		if (!strcmp(p->str, "memfrac="))
			ret = p->setup_func(line);
	unregister_console(&capture_console);
	return ret;
}

/*
 * memfrac=a,b,c replaces zone_balance_ratio[] from the front, as many
 * numbers as it is given, and prints the whole array.  (At boot it runs
 * after free_area_init(), so it does not change this boot's watermarks.)
 * The values held before are put back at the end.
 */
static void check_memfrac(void)
{
	char old[128], restore[64], *s;
	unsigned long v[3];
	int i;

	kcheck(run_memfrac("") == 1, "memfrac=: the handler is registered "
	       "and returns 1");
	strcpy(old, captured);
	s = old + strlen("setup_mem_frac: ");
	for (i = 0; i < 3; i++) {
		while (*s == ' ')
			s++;
		v[i] = simple_strtoul(s, &s, 10);
	}
	kcheck(!strncmp(old, "setup_mem_frac: ", 16) && v[0] && v[1] && v[2],
	       "memfrac= with no number prints the ratios unchanged "
	       "(%lu %lu %lu)", v[0], v[1], v[2]);

	run_memfrac("64,256,512");
	kcheck(!strcmp(captured, "setup_mem_frac: 64  256  512  \n"),
	       "memfrac=64,256,512 sets DMA, Normal and HighMem ratios");
	run_memfrac("16");
	kcheck(!strcmp(captured, "setup_mem_frac: 16  256  512  \n"),
	       "memfrac=16 replaces only the first ratio");
	/* get_option() stores 0 for "x" before it finds no number there. */
	run_memfrac("0x20,x");
	kcheck(!strcmp(captured, "setup_mem_frac: 32  0  512  \n"),
	       "memfrac=0x20,x: any base; a non-number after a comma stores 0");

	sprintf(restore, "%lu,%lu,%lu", v[0], v[1], v[2]);
	run_memfrac(restore);
	kcheck(!strcmp(captured, old), "memfrac=%s puts the ratios back", restore);
}

void mm_page_alloc_checks(void)
{
	unsigned long free_before = nr_free_pages();

	if (kcheck_verbose)
		show_free_areas();
	check_zones();
	check_orders();
	check_gfp_zones();
	check_exhaustion();
	check_memfrac();
	if (kcheck_verbose)
		show_free_areas();
	kcheck(nr_free_pages() == free_before,
	       "nr_free_pages() after the checks is what it was (%lu)",
	       free_before);
}
