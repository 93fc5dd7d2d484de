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
/// §10 这两个全局量由 init_bootmem 设置，setup_arch、paging_init 和 initrd 的检查都要用。
unsigned long max_low_pfn;
unsigned long min_low_pfn;

/* Pages needed for a bitmap covering pages page frames. */
/// §10 系统引导和初始化：pages 个页面的位图（每页一位）要占几个页面。
/// setup_arch 用它估计位图大小，以便在内核映像之后留出地方。
/// 2.4.0: mm/bootmem.c bootmem_bootmap_pages()
unsigned long __init bootmem_bootmap_pages(unsigned long pages)
{
	unsigned long bytes = (pages + 7) / 8;

	/// 字节数向上取整到整页，再换算成页数。
	return (bytes + PAGE_SIZE - 1) >> PAGE_SHIFT;
}

/*
 * Put the bitmap for page frames [start, end) at page frame mapstart and
 * mark every page reserved: setup_arch() frees the usable RAM itself.
 * Returns the bitmap size in bytes.
 */
/// §10 建立一个存储节点的 bootmem 分配器：位图放在页框 mapstart（内核映像之后），
/// 覆盖页框 [start, end)，开始时全部置 1，即一概“保留”；哪些是可用的 RAM 由 setup_arch
/// 根据 BIOS 的 e820 内存图逐段 free_bootmem——宁可先全部保留，再明确释放，
/// 空洞和 BIOS 区就不会被误用。
/// 2.4.0: mm/bootmem.c init_bootmem_core()
static unsigned long __init init_bootmem_core(pg_data_t *pgdat,
	unsigned long mapstart, unsigned long start, unsigned long end)
{
	bootmem_data_t *bdata = pgdat->bdata;
	unsigned long bytes;

	/* __alloc_bootmem() finds the node through pgdat_list. */
	/// 节点在这里挂上 pgdat_list（挂在链头），之后 __alloc_bootmem 和 nr_free_pages 都沿这条链遍历节点。
	pgdat->node_next = pgdat_list;
	pgdat_list = pgdat;

	/* One bit per page frame, in whole longs. */
	/// 位图字节数凑成 long 的整数倍，位操作按字进行时不会越界。
	bytes = (end - start + 7) / 8;
	bytes = (bytes + sizeof(long) - 1) & ~(sizeof(long) - 1);

	/// node_boot_start 是节点的起始物理地址，node_low_pfn 是节点末尾的（绝对）页框号：
	/// 位图中的位号都相对于节点起点，而上限检查用的是绝对页框号。
	bdata->node_boot_start = start << PAGE_SHIFT;
	bdata->node_low_pfn = end;
	/// 此时页面表已经映射了低端内存，位图用内核虚拟地址访问。
	bdata->node_bootmem_map = phys_to_virt(mapstart << PAGE_SHIFT);
	memset(bdata->node_bootmem_map, 0xff, bytes);
	return bytes;
}

/*
 * Mark [addr, addr + size) unusable.  A page only partly inside still
 * counts as reserved, so the end is rounded up.
 */
/// §10 把 [addr, addr+size) 标为保留：起点向下、终点向上取整，只沾到一点的页面也整页保留。
/// 重复保留不算错误，只打印一条提示（2.4.0 的原文格式）。
/// 2.4.0: mm/bootmem.c reserve_bootmem_core()
static void __init reserve_bootmem_core(bootmem_data_t *bdata,
	unsigned long addr, unsigned long size)
{
	unsigned long base = bdata->node_boot_start;
	unsigned long idx, first, past;

	/// 长度为 0、或末端（向上取整后的绝对页框号）超出节点，都是调用者的错。
	if (!size)
		BUG();
	if ((addr + size + PAGE_SIZE - 1) >> PAGE_SHIFT > bdata->node_low_pfn)
		BUG();

	/// first、past 是相对于节点起点的位号，past 不含在内。
	first = (addr - base) >> PAGE_SHIFT;
	past = (addr + size - base + PAGE_SIZE - 1) >> PAGE_SHIFT;
	for (idx = first; idx < past; idx++) {
		if (!test_and_set_bit(idx, bdata->node_bootmem_map))
			continue;
		/* Harmless, but the caller lost track: say so. */
		/// 印出的是相对于节点起点的地址（位号乘页面大小），PC 上节点从 0 开始，两者相同。
		printk("hm, page %08lx reserved twice.\n", idx * PAGE_SIZE);
	}
}

/*
 * Make [addr, addr + size) available.  Only whole pages are freed: the
 * start is rounded up, the end down.  Freeing a free page is a bug.
 */
/// §10 把 [addr, addr+size) 标为可用：与保留相反，起点向上、终点向下取整，
/// 只有完整落在范围内的页面才释放，不完整的页面仍算保留。释放本来就空闲的页面是 BUG。
/// 2.4.0: mm/bootmem.c free_bootmem_core()
static void __init free_bootmem_core(bootmem_data_t *bdata,
	unsigned long addr, unsigned long size)
{
	unsigned long base = bdata->node_boot_start;
	unsigned long idx, past;

	if (!size)
		BUG();
	/// 末端向下取整后的绝对页框号不能超出节点。
	if ((addr + size) >> PAGE_SHIFT > bdata->node_low_pfn)
		BUG();

	/// 起点：addr 向上取整得到绝对页框号，再减去节点的起始页框号，成为位号。
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
/// §10 引导期的分配：在位图里找连续 pages 个为 0 的位（首次适配）。
/// 先从 goal 找起（默认 16 MB，把大块放到 DMA 管理区之外），找不到再从头找一遍。
/// 没有“失败返回 NULL”：找不到时从页面 0 接着做，而页面 0 总是保留的，下面设置位图时就会 BUG。
/// 2.4.0: mm/bootmem.c __alloc_bootmem_core()
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
	/// limit 是节点的页面数（位图的位数）。goal 只有落在本节点之内才算数，否则从节点开头找。
	limit = bdata->node_low_pfn - (base >> PAGE_SHIFT);
	from = 0;
	if (goal && goal >= base && (goal >> PAGE_SHIFT) < bdata->node_low_pfn)
		from = goal - base;
	/// 起点按 align 向上对齐后换成页号；pages 是要占的页数；步长 step 是对齐所需的页数，至少为 1。
	from = ((from + align - 1) & ~(align - 1)) >> PAGE_SHIFT;
	pages = (size + PAGE_SIZE - 1) >> PAGE_SHIFT;
	step = align >> PAGE_SHIFT;
	if (!step)
		step = 1;

	/* The first run of pages free pages, from the goal, then from 0. */
	/// 外层循环至多两圈：第一圈从 from 找起；goal 之上没有合适的空间，就退回到节点开头再扫描一次。
	/// 内层对每个候选起点 start 检查 [start, start+pages) 是否都在节点内且都为 0。
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

	/// 小分配的“拼页”：上次分配的最后一页只用了一部分（last_offset 非 0），且正好紧挨着这次
	/// 找到的起点，就从那页的剩余部分开始，省下半页半页的浪费。mem_map、伙伴位图这类按缓存行对齐的
	/// 分配因此能挤在一起。要求超过一页对齐的分配不拼。
	if (align <= PAGE_SIZE && bdata->last_offset &&
	    bdata->last_pos + 1 == start) {
		/* Begin in the last page of the allocation just below. */
		offset = (bdata->last_offset + align - 1) & ~(align - 1);
		if (offset > PAGE_SIZE)
			BUG();
		ret = phys_to_virt(base + bdata->last_pos * PAGE_SIZE + offset);
		/// room 是那一页剩下的字节数。装得下：不占新页面（pages 为 0），只推进 last_offset。
		room = PAGE_SIZE - offset;
		if (size < room) {
			/* It fits there: no new page at all. */
			pages = 0;
			bdata->last_offset = offset + size;
		} else {
			/* Only what spills over takes new pages. */
			/// 装不下：从剩余部分开始，再占用后面恰好够用的页面，last_pos 指向新的最后一页。
			pages = (size - room + PAGE_SIZE - 1) >> PAGE_SHIFT;
			bdata->last_pos = start + pages - 1;
			bdata->last_offset = size - room;
		}
		/// last_offset 只保留在最后一页中的位移；正好用满一页时为 0，下次就不再拼页。
		bdata->last_offset &= ~PAGE_MASK;
	} else {
		/// 不拼页的情况：从页面开头分配，记下最后一页和其中用掉的字节数，供下次拼页。
		ret = phys_to_virt(base + start * PAGE_SIZE);
		bdata->last_pos = start + pages - 1;
		bdata->last_offset = size & ~PAGE_MASK;
	}

	/// 把新占用的页面标为已分配；若其中某页早已是 1，说明上面的查找出了错（或根本没找到），BUG。
	for (idx = start; idx < start + pages; idx++)
		if (test_and_set_bit(idx, bdata->node_bootmem_map))
			BUG();
	/// 引导期分配的内存总是清零的，调用者可以省去初始化。
	memset(ret, 0, size);
	return ret;
}

/*
 * End of boot: hand every page whose bit is clear to the buddy allocator,
 * then the bitmap's own pages.  Returns how many pages were released.
 */
/// §10 引导结束（mem_init）时把 bootmem 管理的内存移交给伙伴系统：位图中为 0 的每个页面
/// 清除 PG_reserved、引用计数设为 1，再 __free_page——和普通的释放走同一条路，
/// 伙伴系统在一页一页的释放中自然地把它们合并成大块。仍为 1 的页面（内核映像、mem_map、
/// 伙伴位图、空洞）保持保留，永远不进伙伴系统。
/// 2.4.0: mm/bootmem.c free_all_bootmem_core()
static unsigned long __init free_all_bootmem_core(pg_data_t *pgdat)
{
	bootmem_data_t *bdata = pgdat->bdata;
	struct page *page = pgdat->node_mem_map;
	unsigned long idx, frames, map_pages, released = 0;

	/// 位图已经没有了：free_all_bootmem 被调用了第二次。
	if (!bdata->node_bootmem_map)
		BUG();

	/// 位号 idx 与页面描述结构 page 同步前进（节点的 mem_map 从节点的第一个页框开始）。
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
	/// 位图本身此后再也用不着，它占的页面（setup_arch 把它和内核映像一起保留了）也释放掉。
	/// 页数是位图的字节数（页面数除以 8，向下取整）再向上取整到整页，与 2.4.0 的算法相同。
	map_pages = (frames / 8 + PAGE_SIZE - 1) / PAGE_SIZE;
	for (page = virt_to_page(bdata->node_bootmem_map); map_pages;
	     map_pages--, page++) {
		ClearPageReserved(page);
		set_page_count(page, 1);
		__free_page(page);
		released++;
	}
	/// 之后再有 bootmem 操作都会 BUG（或访问空指针）：引导期分配器到此退役。
	bdata->node_bootmem_map = NULL;
	return released;
}

/// §10 以下 _node 版本供 NUMA 的体系结构按节点调用，i386 只用下面不带 _node 的版本。
/// 2.4.0: mm/bootmem.c init_bootmem_node()
unsigned long __init init_bootmem_node(pg_data_t *pgdat, unsigned long freepfn,
	unsigned long startpfn, unsigned long endpfn)
{
	return init_bootmem_core(pgdat, freepfn, startpfn, endpfn);
}

/// §10 按节点保留。
/// 2.4.0: mm/bootmem.c reserve_bootmem_node()
void __init reserve_bootmem_node(pg_data_t *pgdat, unsigned long physaddr,
	unsigned long size)
{
	reserve_bootmem_core(pgdat->bdata, physaddr, size);
}

/// §10 按节点释放。
/// 2.4.0: mm/bootmem.c free_bootmem_node()
void __init free_bootmem_node(pg_data_t *pgdat, unsigned long physaddr,
	unsigned long size)
{
	free_bootmem_core(pgdat->bdata, physaddr, size);
}

/// §10 按节点移交给伙伴系统。
/// 2.4.0: mm/bootmem.c free_all_bootmem_node()
unsigned long __init free_all_bootmem_node(pg_data_t *pgdat)
{
	return free_all_bootmem_core(pgdat);
}

/*
 * The single-node entry points.  init_bootmem() covers page frames
 * 0 .. pages - 1 with the bitmap placed at page frame start.
 */
/// §10 单节点的入口（setup_arch 调用）：位图放在页框 start（内核映像之后的第一页），
/// 覆盖页框 0 到 pages-1；同时记下 max_low_pfn 和 min_low_pfn。返回位图的字节数，
/// setup_arch 据此把位图连同内核映像一起保留。
/// 2.4.0: mm/bootmem.c init_bootmem()
unsigned long __init init_bootmem(unsigned long start, unsigned long pages)
{
	max_low_pfn = pages;
	min_low_pfn = start;
	return init_bootmem_core(&contig_page_data, start, 0, pages);
}

/// §10 保留一段物理内存（内核映像、页面 0、initrd）。
/// 2.4.0: mm/bootmem.c reserve_bootmem()
void __init reserve_bootmem(unsigned long addr, unsigned long size)
{
	reserve_bootmem_core(contig_page_data.bdata, addr, size);
}

/// §10 登记一段可用的 RAM（setup_arch 对 e820 的每个 RAM 段调用）。
/// 2.4.0: mm/bootmem.c free_bootmem()
void __init free_bootmem(unsigned long addr, unsigned long size)
{
	free_bootmem_core(contig_page_data.bdata, addr, size);
}

/// §10 mem_init 调用：所有空闲页面交给伙伴系统，返回页数（计入 totalram_pages）。
/// 2.4.0: mm/bootmem.c free_all_bootmem()
unsigned long __init free_all_bootmem(void)
{
	return free_all_bootmem_core(&contig_page_data);
}

/* Try every node in turn; running out of boot memory is fatal. */
/// §10 alloc_bootmem() 等宏的实际入口：逐个节点尝试。引导期内存不够是无法恢复的，所以 BUG
/// （实际上 __alloc_bootmem_core 自己就会 BUG，从不返回 NULL）。
/// 2.4.0: mm/bootmem.c __alloc_bootmem()
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

/// §10 指定节点的版本：free_area_init_core 经 alloc_bootmem_node 用它分配 mem_map 和伙伴位图。
/// 2.4.0: mm/bootmem.c __alloc_bootmem_node()
void * __init __alloc_bootmem_node(pg_data_t *pgdat, unsigned long size,
	unsigned long align, unsigned long goal)
{
	void *ptr = __alloc_bootmem_core(pgdat->bdata, size, align, goal);

	if (!ptr)
		BUG();
	return ptr;
}
