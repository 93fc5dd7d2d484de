// SPDX-License-Identifier: GPL-2.0-only
/*
 * The memory node: a PC has one, contig_page_data.  The _node entry
 * points of the allocator forward to it.
 * 情景分析 §2.3.  Follows Linux 2.4.0 mm/numa.c (no CONFIG_DISCONTIGMEM).
 */
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/mmzone.h>
#include <linux/bootmem.h>

/// §2.3 几个重要的数据结构和函数：存储节点（pg_data_t）。2.4.0: mm/numa.c（全局变量 numnodes、contig_page_data）。
/// PC 是“均质存储结构”（UMA），只有一个节点，numnodes 恒为 1；NUMA 机器才有多个节点，各自一个 pg_data_t。
int numnodes = 1;	/* Initialized for UMA platforms */

/// 这个节点的 bootmem 分配器数据（位图、起止页框），由 init_bootmem() 填写；mem_init() 之后不再使用。
static bootmem_data_t contig_bootmem_data;
/// 唯一的节点 contig_page_data：node_zones[] 是它的三个管理区（ZONE_DMA/NORMAL/HIGHMEM），node_zonelists[] 是按
/// gfp_mask 索引的 256 个分配策略。在 Bochs 里可以 `x /16 <scripts/sym contig_page_data 的地址>` 看它的开头。
pg_data_t contig_page_data = { .bdata = &contig_bootmem_data };

/* One node: its zones, its mem_map, all set up by free_area_init_core. */
/// §2.3：按节点建立 mem_map 和管理区。2.4.0: mm/numa.c free_area_init_node()。
/// 非 NUMA 时只是把参数转给 free_area_init_core()，节点固定是 contig_page_data，mem_map 就是全局的那一个。
void __init free_area_init_node(int nid, pg_data_t *pgdat, struct page *pmap,
				unsigned long *zones_size,
				unsigned long zone_start_paddr,
				unsigned long *zholes_size)
{
	free_area_init_core(0, &contig_page_data, &mem_map, zones_size,
			    zone_start_paddr, zholes_size, pmap);
}

/* Without NUMA every node is node 0. */
/// §2.7 物理页面的分配：指定节点分配。2.4.0: mm/numa.c alloc_pages_node()。
/// 只有一个节点时与 alloc_pages() 相同；2.4.0 在 CONFIG_NUMA 下才按节点挑 zonelist。
struct page *alloc_pages_node(int nid, int gfp_mask, unsigned long order)
{
	return alloc_pages(gfp_mask, order);
}
