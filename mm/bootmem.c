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
	unsigned long mapsize;

	mapsize = (pages + 7) / 8;
	mapsize = (mapsize + ~PAGE_MASK) & PAGE_MASK;
	mapsize >>= PAGE_SHIFT;

	return mapsize;
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
	unsigned long mapsize = ((end - start) + 7) / 8;

	pgdat->node_next = pgdat_list;
	pgdat_list = pgdat;

	mapsize = (mapsize + (sizeof(long) - 1UL)) & ~(sizeof(long) - 1UL);
	bdata->node_bootmem_map = phys_to_virt(mapstart << PAGE_SHIFT);
	bdata->node_boot_start = (start << PAGE_SHIFT);
	bdata->node_low_pfn = end;

	memset(bdata->node_bootmem_map, 0xff, mapsize);

	return mapsize;
}

/*
 * Mark [addr, addr + size) unusable.  A page only partly inside still
 * counts as reserved, so the end is rounded up.
 */
static void __init reserve_bootmem_core(bootmem_data_t *bdata,
	unsigned long addr, unsigned long size)
{
	unsigned long i;
	unsigned long sidx = (addr - bdata->node_boot_start) / PAGE_SIZE;
	unsigned long eidx = (addr + size - bdata->node_boot_start +
			      PAGE_SIZE - 1) / PAGE_SIZE;
	unsigned long end = (addr + size + PAGE_SIZE - 1) / PAGE_SIZE;

	if (!size)
		BUG();
	if (end > bdata->node_low_pfn)
		BUG();
	for (i = sidx; i < eidx; i++)
		if (test_and_set_bit(i, bdata->node_bootmem_map))
			printk("hm, page %08lx reserved twice.\n",
			       i * PAGE_SIZE);
}

/*
 * Make [addr, addr + size) available.  Only whole pages are freed: the
 * start is rounded up, the end down.  Freeing a free page is a bug.
 */
static void __init free_bootmem_core(bootmem_data_t *bdata,
	unsigned long addr, unsigned long size)
{
	unsigned long i;
	unsigned long start;
	unsigned long sidx;
	unsigned long eidx = (addr + size - bdata->node_boot_start) / PAGE_SIZE;
	unsigned long end = (addr + size) / PAGE_SIZE;

	if (!size)
		BUG();
	if (end > bdata->node_low_pfn)
		BUG();

	start = (addr + PAGE_SIZE - 1) / PAGE_SIZE;
	sidx = start - (bdata->node_boot_start / PAGE_SIZE);

	for (i = sidx; i < eidx; i++)
		if (!test_and_clear_bit(i, bdata->node_bootmem_map))
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
	unsigned long i, start = 0;
	void *ret;
	unsigned long offset, remaining_size;
	unsigned long areasize, preferred, incr;
	unsigned long eidx = bdata->node_low_pfn -
			     (bdata->node_boot_start >> PAGE_SHIFT);

	if (!size)
		BUG();

	if (goal && (goal >= bdata->node_boot_start) &&
	    ((goal >> PAGE_SHIFT) < bdata->node_low_pfn))
		preferred = goal - bdata->node_boot_start;
	else
		preferred = 0;

	preferred = ((preferred + align - 1) & ~(align - 1)) >> PAGE_SHIFT;
	areasize = (size + PAGE_SIZE - 1) / PAGE_SIZE;
	incr = align >> PAGE_SHIFT ? : 1;

restart_scan:
	for (i = preferred; i < eidx; i += incr) {
		unsigned long j;

		if (test_bit(i, bdata->node_bootmem_map))
			continue;
		for (j = i + 1; j < i + areasize; ++j) {
			if (j >= eidx)
				goto fail_block;
			if (test_bit(j, bdata->node_bootmem_map))
				goto fail_block;
		}
		start = i;
		goto found;
	fail_block:
		;
	}
	if (preferred) {
		preferred = 0;
		goto restart_scan;
	}
	/*
	 * Nothing fits: start is still 0.  Page 0 is always reserved on a
	 * PC, so marking the area below BUGs.
	 */
found:
	if (start >= eidx)
		BUG();

	/* Continue in the previous allocation's last page if it ends just before. */
	if (align <= PAGE_SIZE &&
	    bdata->last_offset && bdata->last_pos + 1 == start) {
		offset = (bdata->last_offset + align - 1) & ~(align - 1);
		if (offset > PAGE_SIZE)
			BUG();
		remaining_size = PAGE_SIZE - offset;
		if (size < remaining_size) {
			/* Fits in what is left of that page: no new page. */
			areasize = 0;
			bdata->last_offset = offset + size;
			ret = phys_to_virt(bdata->last_pos * PAGE_SIZE + offset +
					   bdata->node_boot_start);
		} else {
			/* Spills over: take just the extra pages. */
			remaining_size = size - remaining_size;
			areasize = (remaining_size + PAGE_SIZE - 1) / PAGE_SIZE;
			ret = phys_to_virt(bdata->last_pos * PAGE_SIZE + offset +
					   bdata->node_boot_start);
			bdata->last_pos = start + areasize - 1;
			bdata->last_offset = remaining_size;
		}
		bdata->last_offset &= ~PAGE_MASK;
	} else {
		bdata->last_pos = start + areasize - 1;
		bdata->last_offset = size & ~PAGE_MASK;
		ret = phys_to_virt(start * PAGE_SIZE + bdata->node_boot_start);
	}

	for (i = start; i < start + areasize; i++)
		if (test_and_set_bit(i, bdata->node_bootmem_map))
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
	struct page *page = pgdat->node_mem_map;
	bootmem_data_t *bdata = pgdat->bdata;
	unsigned long i, count, total = 0;
	unsigned long idx;

	if (!bdata->node_bootmem_map)
		BUG();

	count = 0;
	idx = bdata->node_low_pfn - (bdata->node_boot_start >> PAGE_SHIFT);
	for (i = 0; i < idx; i++, page++) {
		if (!test_bit(i, bdata->node_bootmem_map)) {
			count++;
			ClearPageReserved(page);
			set_page_count(page, 1);
			__free_page(page);
		}
	}
	total += count;

	/* The bitmap is no longer needed: its pages are free memory too. */
	page = virt_to_page(bdata->node_bootmem_map);
	count = 0;
	for (i = 0; i < (idx / 8 + PAGE_SIZE - 1) / PAGE_SIZE; i++, page++) {
		count++;
		ClearPageReserved(page);
		set_page_count(page, 1);
		__free_page(page);
	}
	total += count;
	bdata->node_bootmem_map = NULL;

	return total;
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
	pg_data_t *pgdat = pgdat_list;
	void *ptr;

	while (pgdat) {
		ptr = __alloc_bootmem_core(pgdat->bdata, size, align, goal);
		if (ptr)
			return ptr;
		pgdat = pgdat->node_next;
	}
	BUG();
	return NULL;
}

void * __init __alloc_bootmem_node(pg_data_t *pgdat, unsigned long size,
	unsigned long align, unsigned long goal)
{
	void *ptr;

	ptr = __alloc_bootmem_core(pgdat->bdata, size, align, goal);
	if (ptr)
		return ptr;
	BUG();
	return NULL;
}
