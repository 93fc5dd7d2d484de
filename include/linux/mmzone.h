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
#define MAX_ORDER 10

/* Free blocks of one order, and the buddy bitmap of that order. */
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
typedef struct zone_struct {
	/* Allocation and freeing of this zone's pages. */
	spinlock_t		lock;
	unsigned long		offset;
	unsigned long		free_pages;
	unsigned long		inactive_clean_pages;
	unsigned long		inactive_dirty_pages;
	unsigned long		pages_min, pages_low, pages_high;

	/* Clean, unmapped pages that can be taken back without I/O. */
	struct list_head	inactive_clean_list;
	free_area_t		free_area[MAX_ORDER];

	/* Set once at boot, never changed afterwards. */
	char			*name;
	unsigned long		size;
	struct pglist_data	*zone_pgdat;
	unsigned long		zone_start_paddr;
	unsigned long		zone_start_mapnr;
	struct page		*zone_mem_map;
} zone_t;

#define ZONE_DMA		0
#define ZONE_NORMAL		1
#define ZONE_HIGHMEM		2
#define MAX_NR_ZONES		3

/*
 * The zones an allocation may use, best first, ending with NULL.  There is
 * one list per possible gfp_mask value, so the mask indexes the table.
 */
typedef struct zonelist_struct {
	zone_t *zones[MAX_NR_ZONES + 1];
	int gfp_mask;
} zonelist_t;

#define NR_GFPINDEX		0x100

struct bootmem_data;

/*
 * A node: memory with the same access cost.  A PC has one, and 2.4.0
 * calls it contig_page_data.
 */
typedef struct pglist_data {
	zone_t node_zones[MAX_NR_ZONES];
	zonelist_t node_zonelists[NR_GFPINDEX];
	struct page *node_mem_map;
	unsigned long *valid_addr_bitmap;
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
#define memclass(pgzone, tzone)	(((pgzone)->zone_pgdat == (tzone)->zone_pgdat) \
			&& ((pgzone) <= (tzone)))

struct page;
extern void show_free_areas_core(pg_data_t *pgdat);
extern void free_area_init_core(int nid, pg_data_t *pgdat,
	struct page **gmap, unsigned long *zones_size,
	unsigned long paddr, unsigned long *zholes_size, struct page *pmap);

extern pg_data_t contig_page_data;

#ifndef CONFIG_DISCONTIGMEM
#define NODE_DATA(nid)		(&contig_page_data)
#define NODE_MEM_MAP(nid)	mem_map
#endif

/* Round x up to a multiple of sizeof(mem_map_t). */
#define MAP_ALIGN(x)	((((x) % sizeof(mem_map_t)) == 0) ? (x) : ((x) + \
		sizeof(mem_map_t) - ((x) % sizeof(mem_map_t))))

#endif /* !__ASSEMBLY__ */
#endif /* __KERNEL__ */
#endif /* _LINUX_MMZONE_H */
