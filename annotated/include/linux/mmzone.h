/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Memory zones and nodes: how physical memory is cut into the DMA, Normal
 * and HighMem zones, each with its own buddy free lists.
 * 情景分析 §2.3, §2.7.  Follows Linux 2.4.0 include/linux/mmzone.h.
 */
#ifndef _LINUX_MMZONE_H
#define _LINUX_MMZONE_H

#ifdef __KERNEL__
#ifndef __ASSEMBLY__

#include <linux/config.h>
#include <linux/spinlock.h>
#include <linux/list.h>

/* Free blocks come in 2^0 .. 2^(MAX_ORDER-1) pages: up to 512 pages. */
/// §2.3 伙伴系统的阶：0 到 9，最大的块是 2^9 = 512 个页面（2 MB）。
#define MAX_ORDER 10

/* Free blocks of one order, and the buddy bitmap of that order. */
/// §2.3 某一阶的“空闲区”：free_list 把这一阶的空闲块（经由块中第一个页面的 page->list）链在一起；
/// map 是这一阶的伙伴位图，每一对伙伴占一位，记录“两块中是否恰有一块空闲”。
/// free_area_init_core 按每块一位分配位图，实际只用到每对一位，所以一半是空着的。
typedef struct free_area_struct {
	struct list_head	free_list;
	unsigned int		*map;
} free_area_t;

struct pglist_data;

/*
 * A zone: a range of physical pages with the same use restrictions.
 * pages_min/low/high are the watermarks the allocator compares
 * free_pages (plus inactive_clean_pages) against.
 */
/// §2.3 管理区：性质相同（能否做 ISA DMA、有没有固定的内核虚拟地址）的一段物理页面，
/// 各自有一套伙伴系统的空闲队列。一个 PC 有 DMA、Normal、HighMem 三个管理区。
typedef struct zone_struct {
	/* Allocation and freeing of this zone's pages. */
	spinlock_t		lock;
	/// offset：本管理区第一个页面在 mem_map 中的下标。伙伴算法的页号都相对于它计算，
	/// 所以对齐、配对都是相对于管理区起点的。
	unsigned long		offset;
	unsigned long		free_pages;
	/// 本管理区“不活跃干净”页面的数量：它们无须 I/O 就能收回，分配时几乎与空闲页面同等看待。
	unsigned long		inactive_clean_pages;
	unsigned long		inactive_dirty_pages;
	/// 三条水位线（mm/page_alloc.c 的 free_area_init_core 按管理区大小算出）。__alloc_pages 拿
	/// free_pages（加 inactive_clean_pages）与它们比较，决定从哪个管理区分配、要不要唤醒 kswapd。
	unsigned long		pages_min, pages_low, pages_high;

	/* Clean, unmapped pages that can be taken back without I/O. */
	/// 不活跃干净页面的队列是每个管理区一个；活跃队列和不活跃脏队列则是全局的。
	struct list_head	inactive_clean_list;
	free_area_t		free_area[MAX_ORDER];

	/* Set once at boot, never changed afterwards. */
	/// 以下字段在引导时设好，以后不再改变。
	char			*name;
	/// size 是管理区跨越的页面数，中间的空洞（如 640 KB 到 1 MB）也算在内。
	unsigned long		size;
	struct pglist_data	*zone_pgdat;
	unsigned long		zone_start_paddr;
	unsigned long		zone_start_mapnr;
	struct page		*zone_mem_map;
} zone_t;

/// 管理区的编号：也是它们在 node_zones[] 中的下标，编号小的“更珍贵”，分配时作为最后的后备。
#define ZONE_DMA		0
#define ZONE_NORMAL		1
#define ZONE_HIGHMEM		2
#define MAX_NR_ZONES		3

/*
 * The zones an allocation may use, best first, ending with NULL.  There is
 * one list per possible gfp_mask value, so the mask indexes the table.
 */
/// §2.3 分配策略：按优先次序列出一次分配可以使用的管理区，以 NULL 结尾。
/// gfp_mask 记着这个策略是为哪个 gfp_mask 值建的，2.4.0 的 __alloc_pages 从这里取回调用者的标志。
typedef struct zonelist_struct {
	zone_t *zones[MAX_NR_ZONES + 1];
	int gfp_mask;
} zonelist_t;

/// gfp_mask 的每个可能取值（0..255）各有一个分配策略，alloc_pages 直接用 gfp_mask 作下标，不用做任何判断。
#define NR_GFPINDEX		0x100

struct bootmem_data;

/*
 * A node: memory with the same access cost.  A PC has one, and 2.4.0
 * calls it contig_page_data.
 */
/// §2.3 存储节点：访问代价相同的一块物理内存。PC 只有一个节点，即 contig_page_data（mm/numa.c）；
/// NUMA 机器上每个节点有自己的管理区和 mem_map 片段，由 node_next 串在 pgdat_list 上。
typedef struct pglist_data {
	zone_t node_zones[MAX_NR_ZONES];
	zonelist_t node_zonelists[NR_GFPINDEX];
	struct page *node_mem_map;
	unsigned long *valid_addr_bitmap;
	/// 引导期间本节点的 bootmem 分配器（一页一位的位图）。
	struct bootmem_data *bdata;
	unsigned long node_start_paddr;
	unsigned long node_start_mapnr;
	unsigned long node_size;
	int node_id;
	struct pglist_data *node_next;
} pg_data_t;

extern int numnodes;
extern pg_data_t *pgdat_list;

/*
 * May a page of zone pgzone be counted for a request aimed at zone
 * tzone?  Yes if it is the same node and the same or a lower zone.
 */
/// 同一节点、且页面所在管理区不高于目标管理区：这样的页面可以算作满足对 tzone 的需求
/// （回收代码用它判断收回的页面对某个管理区是否有用）。
#define memclass(pgzone, tzone)	(((pgzone)->zone_pgdat == (tzone)->zone_pgdat) \
			&& ((pgzone) <= (tzone)))

struct page;
extern void show_free_areas_core(pg_data_t *pgdat);
extern void free_area_init_core(int nid, pg_data_t *pgdat,
	struct page **gmap, unsigned long *zones_size,
	unsigned long paddr, unsigned long *zholes_size, struct page *pmap);

extern pg_data_t contig_page_data;

#ifndef CONFIG_DISCONTIGMEM
/// 非 NUMA：任何节点号都指向唯一的节点。
#define NODE_DATA(nid)		(&contig_page_data)
#define NODE_MEM_MAP(nid)	mem_map
#endif

/* Round x up to a multiple of sizeof(mem_map_t). */
/// 把 mem_map 的起点（相对 PAGE_OFFSET 的位移）向上对齐到 struct page 大小的整数倍，
/// 这样由地址换算页号（除以 sizeof(struct page)）时没有余数。
#define MAP_ALIGN(x)	((((x) % sizeof(mem_map_t)) == 0) ? (x) : ((x) + \
		sizeof(mem_map_t) - ((x) % sizeof(mem_map_t))))

#endif /* !__ASSEMBLY__ */
#endif /* __KERNEL__ */
#endif /* _LINUX_MMZONE_H */
