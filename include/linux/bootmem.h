/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The boot-time memory allocator: one bit per page frame, used before the
 * buddy system exists (mem_map and the buddy bitmaps come from here).
 * 情景分析 §2.3 (boot: chapter 10).  Follows Linux 2.4.0
 * include/linux/bootmem.h.
 */
#ifndef _LINUX_BOOTMEM_H
#define _LINUX_BOOTMEM_H

#include <asm/page.h>
#include <asm/dma.h>
#include <linux/cache.h>
#include <linux/init.h>
#include <linux/mmzone.h>

/* Page frames [min_low_pfn, max_low_pfn) are permanently mapped low memory. */
extern unsigned long max_low_pfn;
extern unsigned long min_low_pfn;

/*
 * One per node: the bitmap (1 = reserved or allocated) covers the pages
 * from node_boot_start up to node_low_pfn.  last_pos/last_offset remember
 * where the previous allocation ended inside its last page, so that small
 * allocations can share a page.
 */
typedef struct bootmem_data {
	unsigned long node_boot_start;
	unsigned long node_low_pfn;
	void *node_bootmem_map;
	unsigned long last_offset;
	unsigned long last_pos;
} bootmem_data_t;

extern unsigned long __init bootmem_bootmap_pages(unsigned long);
extern unsigned long __init init_bootmem(unsigned long addr,
					 unsigned long memend);
extern void __init reserve_bootmem(unsigned long addr, unsigned long size);
extern void __init free_bootmem(unsigned long addr, unsigned long size);
extern void * __init __alloc_bootmem(unsigned long size, unsigned long align,
				     unsigned long goal);

/* Default goal: above the 16 MB DMA line, to spare the DMA zone. */
#define alloc_bootmem(x) \
	__alloc_bootmem((x), SMP_CACHE_BYTES, __pa(MAX_DMA_ADDRESS))
#define alloc_bootmem_low(x) \
	__alloc_bootmem((x), SMP_CACHE_BYTES, 0)
#define alloc_bootmem_pages(x) \
	__alloc_bootmem((x), PAGE_SIZE, __pa(MAX_DMA_ADDRESS))
#define alloc_bootmem_low_pages(x) \
	__alloc_bootmem((x), PAGE_SIZE, 0)

extern unsigned long __init free_all_bootmem(void);

extern unsigned long __init init_bootmem_node(pg_data_t *pgdat,
	unsigned long freepfn, unsigned long startpfn, unsigned long endpfn);
extern void __init reserve_bootmem_node(pg_data_t *pgdat,
	unsigned long physaddr, unsigned long size);
extern void __init free_bootmem_node(pg_data_t *pgdat,
	unsigned long addr, unsigned long size);
extern unsigned long __init free_all_bootmem_node(pg_data_t *pgdat);
extern void * __init __alloc_bootmem_node(pg_data_t *pgdat,
	unsigned long size, unsigned long align, unsigned long goal);

#define alloc_bootmem_node(pgdat, x) \
	__alloc_bootmem_node((pgdat), (x), SMP_CACHE_BYTES, \
			     __pa(MAX_DMA_ADDRESS))
#define alloc_bootmem_pages_node(pgdat, x) \
	__alloc_bootmem_node((pgdat), (x), PAGE_SIZE, __pa(MAX_DMA_ADDRESS))
#define alloc_bootmem_low_pages_node(pgdat, x) \
	__alloc_bootmem_node((pgdat), (x), PAGE_SIZE, 0)

#endif /* _LINUX_BOOTMEM_H */
