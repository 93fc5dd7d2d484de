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
/// §10 max_low_pfn：内核能直接映射的最后一个页框号加一（最多 896 MB）；min_low_pfn：内核映像之后第一个页框，
/// bootmem 的位图就从那里开始。两者由 init_bootmem 记下。
extern unsigned long max_low_pfn;
extern unsigned long min_low_pfn;

/*
 * One per node: the bitmap (1 = reserved or allocated) covers the pages
 * from node_boot_start up to node_low_pfn.  last_pos/last_offset remember
 * where the previous allocation ended inside its last page, so that small
 * allocations can share a page.
 */
/// §10 引导期内存分配器：一页一位，1 表示保留或已分配。last_pos/last_offset 记住上一次分配
/// 用到了哪一页的哪里，下一个不要求整页对齐的小分配可以接着用这一页的剩余部分。
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
/// 默认的 goal 是 16 MB：大块（mem_map、伙伴位图）尽量放到 DMA 管理区以上，
/// 把宝贵的低 16 MB 留给 ISA DMA；_low 版本 goal 为 0，从最低的空闲页找起（如页面表）。
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

/// 按节点分配：free_area_init_core 用它为 mem_map 和伙伴位图分配空间。
#define alloc_bootmem_node(pgdat, x) \
	__alloc_bootmem_node((pgdat), (x), SMP_CACHE_BYTES, \
			     __pa(MAX_DMA_ADDRESS))
#define alloc_bootmem_pages_node(pgdat, x) \
	__alloc_bootmem_node((pgdat), (x), PAGE_SIZE, __pa(MAX_DMA_ADDRESS))
#define alloc_bootmem_low_pages_node(pgdat, x) \
	__alloc_bootmem_node((pgdat), (x), PAGE_SIZE, 0)

#endif /* _LINUX_BOOTMEM_H */
