// SPDX-License-Identifier: GPL-2.0-only
/*
 * The boot-time allocator: a bitmap with one bit per page frame, set for
 * pages that are reserved or handed out.  setup_arch() frees the RAM it
 * finds, reserves the kernel, and from then on early code (page tables,
 * mem_map, the buddy bitmaps) takes memory from here until mem_init()
 * passes every still-free page to the buddy allocator.
 * 情景分析 §10 (系统引导和初始化), §2.3.  Follows Linux 2.4.0 mm/bootmem.c.
 */
#include <linux/mm.h>
#include <linux/swap.h>
#include <linux/swapctl.h>
#include <linux/init.h>
#include <linux/bootmem.h>
#include <linux/mmzone.h>
#include <asm/dma.h>
#include <asm/io.h>

/*
 * Nothing here takes a lock: during boot only one CPU runs, so callers
 * are serialized by construction.
 */
unsigned long max_low_pfn;
unsigned long min_low_pfn;

/* Pages needed for a bitmap covering pages page frames. */
unsigned long __init bootmem_bootmap_pages(unsigned long pages)
{
	unsigned long bytes = (pages + 7) / 8;

	return (bytes + PAGE_SIZE - 1) >> PAGE_SHIFT;
}

/*
 * Put the bitmap for page frames [start, end) at page frame mapstart and
 * mark every page reserved: setup_arch() frees the usable RAM itself.
 * Returns the bitmap size in bytes.
 */
static unsigned long __init init_bootmem_core(pg_data_t *pgdat,
	unsigned long mapstart, unsigned long start, unsigned long end)
{
	bootmem_data_t *bdata = pgdat->bdata;
	unsigned long bytes;

	/* __alloc_bootmem() finds the node through pgdat_list. */
	pgdat->node_next = pgdat_list;
	pgdat_list = pgdat;

	/* One bit per page frame, in whole longs. */
	bytes = (end - start + 7) / 8;
	bytes = (bytes + sizeof(long) - 1) & ~(sizeof(long) - 1);

	bdata->node_boot_start = start << PAGE_SHIFT;
	bdata->node_low_pfn = end;
	bdata->node_bootmem_map = phys_to_virt(mapstart << PAGE_SHIFT);
	memset(bdata->node_bootmem_map, 0xff, bytes);
	return bytes;
}

/*
 * Mark [addr, addr + size) unusable.  A page only partly inside still
 * counts as reserved, so the end is rounded up.
 */
static void __init reserve_bootmem_core(bootmem_data_t *bdata,
	unsigned long addr, unsigned long size)
{
	unsigned long base = bdata->node_boot_start;
	unsigned long idx, first, past;

	if (!size)
		BUG();
	if ((addr + size + PAGE_SIZE - 1) >> PAGE_SHIFT > bdata->node_low_pfn)
		BUG();

	first = (addr - base) >> PAGE_SHIFT;
	past = (addr + size - base + PAGE_SIZE - 1) >> PAGE_SHIFT;
	for (idx = first; idx < past; idx++) {
		if (!test_and_set_bit(idx, bdata->node_bootmem_map))
			continue;
		/* Harmless, but the caller lost track: say so. */
		printk("hm, page %08lx reserved twice.\n", idx * PAGE_SIZE);
	}
}

/*
 * Make [addr, addr + size) available.  Only whole pages are freed: the
 * start is rounded up, the end down.  Freeing a free page is a bug.
 */
static void __init free_bootmem_core(bootmem_data_t *bdata,
	unsigned long addr, unsigned long size)
{
	unsigned long base = bdata->node_boot_start;
	unsigned long idx, past;

	if (!size)
		BUG();
	if ((addr + size) >> PAGE_SHIFT > bdata->node_low_pfn)
		BUG();

	past = (addr + size - base) >> PAGE_SHIFT;
	idx = ((addr + PAGE_SIZE - 1) >> PAGE_SHIFT) - (base >> PAGE_SHIFT);
	for (; idx < past; idx++)
		if (!test_and_clear_bit(idx, bdata->node_bootmem_map))
			BUG();
}

/*
 * First fit, starting at goal if it lies in this node and wrapping to
 * the start once.  align must be a power of two.  A request that does
 * not need page alignment may start inside the partly used last page of
 * the previous allocation, so small objects share pages.  The memory is
 * returned zeroed; there is no failure return (it ends in a BUG).
 */
static void * __init __alloc_bootmem_core(bootmem_data_t *bdata,
	unsigned long size, unsigned long align, unsigned long goal)
{
	unsigned long base = bdata->node_boot_start;
	unsigned long limit, from, pages, step, start, idx, end;
	unsigned long offset, room;
	void *ret;

	if (!size)
		BUG();

	/* Page indexes are relative to the node's first page frame. */
	limit = bdata->node_low_pfn - (base >> PAGE_SHIFT);
	from = 0;
	if (goal && goal >= base && (goal >> PAGE_SHIFT) < bdata->node_low_pfn)
		from = goal - base;
	from = ((from + align - 1) & ~(align - 1)) >> PAGE_SHIFT;
	pages = (size + PAGE_SIZE - 1) >> PAGE_SHIFT;
	step = align >> PAGE_SHIFT;
	if (!step)
		step = 1;

	/* The first run of pages free pages, from the goal, then from 0. */
	for (;;) {
		for (start = from; start < limit; start += step) {
			for (end = start; end < start + pages; end++)
				if (end >= limit ||
				    test_bit(end, bdata->node_bootmem_map))
					break;
			if (end == start + pages)
				goto found;
		}
		if (!from)
			break;
		from = 0;
	}
	/*
	 * Nothing fits: carry on with page 0.  It is always reserved on a
	 * PC, so marking the area below BUGs.
	 */
	start = 0;
found:
	if (start >= limit)
		BUG();

	if (align <= PAGE_SIZE && bdata->last_offset &&
	    bdata->last_pos + 1 == start) {
		/* Begin in the last page of the allocation just below. */
		offset = (bdata->last_offset + align - 1) & ~(align - 1);
		if (offset > PAGE_SIZE)
			BUG();
		ret = phys_to_virt(base + bdata->last_pos * PAGE_SIZE + offset);
		room = PAGE_SIZE - offset;
		if (size < room) {
			/* It fits there: no new page at all. */
			pages = 0;
			bdata->last_offset = offset + size;
		} else {
			/* Only what spills over takes new pages. */
			pages = (size - room + PAGE_SIZE - 1) >> PAGE_SHIFT;
			bdata->last_pos = start + pages - 1;
			bdata->last_offset = size - room;
		}
		bdata->last_offset &= ~PAGE_MASK;
	} else {
		ret = phys_to_virt(base + start * PAGE_SIZE);
		bdata->last_pos = start + pages - 1;
		bdata->last_offset = size & ~PAGE_MASK;
	}

	for (idx = start; idx < start + pages; idx++)
		if (test_and_set_bit(idx, bdata->node_bootmem_map))
			BUG();
	memset(ret, 0, size);
	return ret;
}

/*
 * End of boot: hand every page whose bit is clear to the buddy allocator,
 * then the bitmap's own pages.  Returns how many pages were released.
 */
static unsigned long __init free_all_bootmem_core(pg_data_t *pgdat)
{
	bootmem_data_t *bdata = pgdat->bdata;
	struct page *page = pgdat->node_mem_map;
	unsigned long idx, frames, map_pages, released = 0;

	if (!bdata->node_bootmem_map)
		BUG();

	frames = bdata->node_low_pfn - (bdata->node_boot_start >> PAGE_SHIFT);
	for (idx = 0; idx < frames; idx++, page++) {
		if (test_bit(idx, bdata->node_bootmem_map))
			continue;
		ClearPageReserved(page);
		set_page_count(page, 1);
		__free_page(page);
		released++;
	}

	/* The bitmap is no longer needed: its pages are free memory too. */
	map_pages = (frames / 8 + PAGE_SIZE - 1) / PAGE_SIZE;
	for (page = virt_to_page(bdata->node_bootmem_map); map_pages;
	     map_pages--, page++) {
		ClearPageReserved(page);
		set_page_count(page, 1);
		__free_page(page);
		released++;
	}
	bdata->node_bootmem_map = NULL;
	return released;
}

unsigned long __init init_bootmem_node(pg_data_t *pgdat, unsigned long freepfn,
	unsigned long startpfn, unsigned long endpfn)
{
	return init_bootmem_core(pgdat, freepfn, startpfn, endpfn);
}

void __init reserve_bootmem_node(pg_data_t *pgdat, unsigned long physaddr,
	unsigned long size)
{
	reserve_bootmem_core(pgdat->bdata, physaddr, size);
}

void __init free_bootmem_node(pg_data_t *pgdat, unsigned long physaddr,
	unsigned long size)
{
	free_bootmem_core(pgdat->bdata, physaddr, size);
}

unsigned long __init free_all_bootmem_node(pg_data_t *pgdat)
{
	return free_all_bootmem_core(pgdat);
}

/*
 * The single-node entry points.  init_bootmem() covers page frames
 * 0 .. pages - 1 with the bitmap placed at page frame start.
 */
unsigned long __init init_bootmem(unsigned long start, unsigned long pages)
{
	max_low_pfn = pages;
	min_low_pfn = start;
	return init_bootmem_core(&contig_page_data, start, 0, pages);
}

void __init reserve_bootmem(unsigned long addr, unsigned long size)
{
	reserve_bootmem_core(contig_page_data.bdata, addr, size);
}

void __init free_bootmem(unsigned long addr, unsigned long size)
{
	free_bootmem_core(contig_page_data.bdata, addr, size);
}

unsigned long __init free_all_bootmem(void)
{
	return free_all_bootmem_core(&contig_page_data);
}

/* Try every node in turn; running out of boot memory is fatal. */
void * __init __alloc_bootmem(unsigned long size, unsigned long align,
	unsigned long goal)
{
	pg_data_t *node;
	void *ptr;

	for (node = pgdat_list; node; node = node->node_next) {
		ptr = __alloc_bootmem_core(node->bdata, size, align, goal);
		if (ptr)
			return ptr;
	}
	/* No node has room: the boot cannot go on. */
	BUG();
	return NULL;
}

void * __init __alloc_bootmem_node(pg_data_t *pgdat, unsigned long size,
	unsigned long align, unsigned long goal)
{
	void *ptr = __alloc_bootmem_core(pgdat->bdata, size, align, goal);

	if (!ptr)
		BUG();
	return ptr;
}
