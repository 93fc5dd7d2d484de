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

int numnodes = 1;	/* Initialized for UMA platforms */

static bootmem_data_t contig_bootmem_data;
pg_data_t contig_page_data = { .bdata = &contig_bootmem_data };

/* One node: its zones, its mem_map, all set up by free_area_init_core. */
void __init free_area_init_node(int nid, pg_data_t *pgdat, struct page *pmap,
				unsigned long *zones_size,
				unsigned long zone_start_paddr,
				unsigned long *zholes_size)
{
	free_area_init_core(0, &contig_page_data, &mem_map, zones_size,
			    zone_start_paddr, zholes_size, pmap);
}

/* Without NUMA every node is node 0. */
struct page *alloc_pages_node(int nid, int gfp_mask, unsigned long order)
{
	return alloc_pages(gfp_mask, order);
}
