// SPDX-License-Identifier: GPL-2.0-only
/*
 * The zoned buddy allocator: free physical pages are kept per zone in
 * blocks of 2^order pages, with one bitmap per order recording, for each
 * pair of buddies, whether exactly one of them is free.  Also the zone
 * set-up at boot and the zone fallback lists.
 * 情景分析 §2.3, §2.6, §2.7.  Follows Linux 2.4.0 mm/page_alloc.c.
 */
#include <linux/config.h>
#include <linux/mm.h>
#include <linux/swap.h>
#include <linux/swapctl.h>
#include <linux/sched.h>
#include <linux/threads.h>
#include <linux/highmem.h>
#include <linux/bootmem.h>
#include <linux/init.h>
#include <linux/fs.h>

int nr_swap_pages;
int nr_active_pages;
int nr_inactive_dirty_pages;
pg_data_t *pgdat_list;

static char *zone_names[MAX_NR_ZONES] = { "DMA", "Normal", "HighMem" };
static int zone_balance_ratio[MAX_NR_ZONES] = { 32, 128, 128, };
static int zone_balance_min[MAX_NR_ZONES] = { 10, 10, 10, };
static int zone_balance_max[MAX_NR_ZONES] = { 255, 255, 255, };

struct list_head active_list;
struct list_head inactive_dirty_list;

/* The free lists are plain lists; these names mark the buddy-system uses. */
#define memlist_init(x)		INIT_LIST_HEAD(x)
#define memlist_add_head	list_add
#define memlist_add_tail	list_add_tail
#define memlist_del		list_del
#define memlist_entry		list_entry
#define memlist_next(x)		((x)->next)
#define memlist_prev(x)		((x)->prev)

/* Is page x outside zone (wrong zone pointer, or index out of its range)? */
#define BAD_RANGE(zone, x) (((zone) != (x)->zone) || \
	(((x) - mem_map) < (zone)->offset) || \
	(((x) - mem_map) >= (zone)->offset + (zone)->size))

/*
 * Give a block of 2^order pages back to its zone and merge it with its
 * buddy as long as the buddy is free too.  Page numbers are counted from
 * the zone's first page; at order k the buddy of block i is block i with
 * bit k flipped, and the pair's bit in free_area[k].map is bit i >> (k+1).
 * mask is ~0 << order, so -mask = 2^order.
 */
static void __free_pages_ok(struct page *page, unsigned long order)
{
	unsigned long index, page_idx, mask, flags;
	free_area_t *area;
	struct page *base, *buddy;
	zone_t *zone;

	/* Still cached, under I/O or on an LRU list: someone still uses it. */
	if (page->buffers || page->mapping || !VALID_PAGE(page))
		BUG();
	if (PageSwapCache(page) || PageLocked(page) || PageDecrAfter(page))
		BUG();
	if (PageActive(page) || PageInactiveDirty(page))
		BUG();
	if (PageInactiveClean(page))
		BUG();

	/* Handed out again later, it starts as a fresh page. */
	page->flags &= ~(1UL << PG_referenced | 1UL << PG_dirty);
	page->age = PAGE_AGE_START;

	zone = page->zone;
	base = mem_map + zone->offset;
	page_idx = page - base;
	mask = ~0UL << order;
	if (page_idx & ~mask)
		BUG();
	area = &zone->free_area[order];
	index = page_idx >> (order + 1);

	spin_lock_irqsave(&zone->lock, flags);
	zone->free_pages += -mask;

	/* An order MAX_ORDER - 1 block has no buddy: merging ends there. */
	while (mask != ~0UL << (MAX_ORDER - 1)) {
		if (area >= zone->free_area + MAX_ORDER)
			BUG();
		/* The old bit says whether the buddy was free. */
		if (!test_and_change_bit(index, area->map))
			break;
		buddy = base + (page_idx ^ -mask);
		if (BAD_RANGE(zone, buddy))
			BUG();
		if (BAD_RANGE(zone, base + page_idx))
			BUG();
		memlist_del(&buddy->list);

		/* One order up; the pair starts at the lower of the two. */
		area++;
		mask <<= 1;
		page_idx &= mask;
		index >>= 1;
	}
	memlist_add_head(&base[page_idx].list, &area->free_list);
	spin_unlock_irqrestore(&zone->lock, flags);

	/* Unlocked and racy; it only must not sink below NR_CPUS. */
	if (memory_pressure > NR_CPUS)
		memory_pressure--;
}

/* Flip the pair bit of the block at zone index index, order order. */
#define MARK_USED(index, order, area) \
	change_bit((index) >> (1 + (order)), (area)->map)

/*
 * Split the block of 2^high pages at page (zone index index) down to
 * 2^low pages.  Each time the lower half goes back on the free list one
 * order down and the upper half is split further, so the caller gets the
 * highest-addressed piece.
 */
static inline struct page *expand(zone_t *zone, struct page *page,
	unsigned long index, int low, int high, free_area_t *area)
{
	for (; high > low; high--) {
		unsigned long half = 1UL << (high - 1);

		if (BAD_RANGE(zone, page))
			BUG();
		area--;
		memlist_add_head(&page->list, &area->free_list);
		MARK_USED(index, high - 1, area);
		page += half;
		index += half;
	}
	if (BAD_RANGE(zone, page))
		BUG();
	return page;
}

/*
 * Take a block of 2^order pages from zone: the first block on the
 * smallest non-empty free list of that order or above, split as needed.
 */
static struct page *rmqueue(zone_t *zone, unsigned long order)
{
	free_area_t *area = zone->free_area + order;
	unsigned long flags, from;
	struct list_head *first;
	struct page *page;
	unsigned int idx;

	spin_lock_irqsave(&zone->lock, flags);
	page = NULL;
	for (from = order; from < MAX_ORDER; from++, area++) {
		if (list_empty(&area->free_list))
			continue;

		first = memlist_next(&area->free_list);
		page = memlist_entry(first, struct page, list);
		if (BAD_RANGE(zone, page))
			BUG();
		memlist_del(first);
		idx = page - (mem_map + zone->offset);
		MARK_USED(idx, from, area);
		zone->free_pages -= 1UL << order;
		page = expand(zone, page, idx, order, from, area);
		break;
	}
	spin_unlock_irqrestore(&zone->lock, flags);
	if (!page)
		return NULL;

	set_page_count(page, 1);
	if (BAD_RANGE(zone, page))
		BUG();
	DEBUG_ADD_PAGE
	return page;
}

#define PAGES_MIN	0
#define PAGES_LOW	1
#define PAGES_HIGH	2

/*
 * One pass over the zonelist: take from the first zone whose free plus
 * inactive_clean pages exceed the chosen watermark, reclaiming a clean
 * page directly when allowed and the zone is nearly at pages_min.
 */
static struct page *__alloc_pages_limit(zonelist_t *zonelist,
	unsigned long order, int limit, int direct_reclaim)
{
	zone_t **zp;

	for (zp = zonelist->zones; *zp; zp++) {
		zone_t *z = *zp;
		struct page *page = NULL;
		unsigned long mark;

		if (!z->size)
			BUG();
		if (limit == PAGES_HIGH)
			mark = z->pages_high;
		else if (limit == PAGES_LOW)
			mark = z->pages_low;
		else
			mark = z->pages_min;	/* PAGES_MIN or anything else */
		if (z->free_pages + z->inactive_clean_pages <= mark)
			continue;

		if (direct_reclaim && z->free_pages < z->pages_min + 8)
			page = reclaim_page(z);
		if (!page)
			page = rmqueue(z, order);
		if (page)
			return page;
	}
	return NULL;
}

/*
 * The allocator proper.  It tries ever harder: zones with plenty free,
 * then free + inactive_clean above pages_high, pages_low, (yield to
 * kswapd) pages_min; then reclaim for itself; finally anything above a
 * quarter of pages_min (PF_MEMALLOC tasks may take even that).
 */
struct page *__alloc_pages(zonelist_t *zonelist, unsigned long order)
{
	unsigned int gfp_mask = zonelist->gfp_mask;
	int can_wait = gfp_mask & __GFP_WAIT;
	int direct_reclaim;
	struct page *page;
	zone_t **zp;

	memory_pressure++;

	/* Sleeping single-page requests may reclaim a clean page themselves. */
	direct_reclaim = order == 0 && can_wait &&
			 !(current->flags & PF_MEMALLOC);

	/* Short of inactive pages and free ones: kswapd; of clean: bdflush. */
	if (inactive_shortage() > inactive_target / 2 && free_shortage()) {
		wakeup_kswapd(0);
	} else if (free_shortage() &&
		   nr_inactive_dirty_pages > free_shortage() &&
		   nr_inactive_dirty_pages >= freepages.high) {
		wakeup_bdflush(0);
	}

try_again:
	/* Pass 1: a zone at or above pages_low gives without question. */
	for (zp = zonelist->zones; *zp; zp++) {
		zone_t *z = *zp;

		if (!z->size)
			BUG();
		if (z->free_pages < z->pages_low) {
			if (z->free_pages < z->pages_min &&
			    waitqueue_active(&kreclaimd_wait))
				wake_up_interruptible(&kreclaimd_wait);
			continue;
		}
		page = rmqueue(z, order);
		if (page)
			return page;
	}

	/* Passes 2 and 3: count inactive_clean pages as free as well. */
	page = __alloc_pages_limit(zonelist, order, PAGES_HIGH, direct_reclaim);
	if (!page)
		page = __alloc_pages_limit(zonelist, order, PAGES_LOW,
					   direct_reclaim);
	if (page)
		return page;

	/* Tight: wake kswapd and, if we may sleep, let it run first. */
	wakeup_kswapd(0);
	if (can_wait) {
		current->policy |= SCHED_YIELD;
		__set_current_state(TASK_RUNNING);
		schedule();
	}

	/* Pass 4: down to pages_min. */
	page = __alloc_pages_limit(zonelist, order, PAGES_MIN, direct_reclaim);
	if (page)
		return page;

	if (!(current->flags & PF_MEMALLOC)) {
		/*
		 * A larger block: launder dirty pages, then free clean ones
		 * one by one, hoping they merge into a block big enough.
		 */
		if (order > 0 && can_wait) {
			current->flags |= PF_MEMALLOC;
			page_launder(gfp_mask, 1);
			current->flags &= ~PF_MEMALLOC;

			for (zp = zonelist->zones; *zp; zp++) {
				zone_t *z = *zp;
				struct page *clean;

				if (!z->size)
					continue;
				while (z->inactive_clean_pages) {
					clean = reclaim_page(z);
					if (!clean)
						break;
					__free_page(clean);
					page = rmqueue(z, order);
					if (page)
						return page;
				}
			}
		}
		/*
		 * Really short of memory: wait for kswapd (or, without
		 * __GFP_IO, free pages ourselves) and start over; only single
		 * pages retry, a large block might never appear.
		 */
		if (can_wait) {
			if (gfp_mask & __GFP_IO)
				wakeup_kswapd(1);
			else
				try_to_free_pages(gfp_mask);
			memory_pressure++;
			if (!order)
				goto try_again;
		}
	}

	/*
	 * Last resort: take anything left, but keep the last quarter of
	 * pages_min for PF_MEMALLOC tasks, which free memory for others.
	 */
	for (zp = zonelist->zones; *zp; zp++) {
		zone_t *z = *zp;

		if (!z->size)
			BUG();
		if (direct_reclaim) {
			page = reclaim_page(z);
			if (page)
				return page;
		}
		if (!(current->flags & PF_MEMALLOC) &&
		    z->free_pages < z->pages_min / 4)
			continue;
		page = rmqueue(z, order);
		if (page)
			return page;
	}

	printk(KERN_ERR "__alloc_pages: %lu-order allocation failed.\n", order);
	return NULL;
}

/* Allocate and return the block's kernel virtual address (0 on failure). */
unsigned long __get_free_pages(int gfp_mask, unsigned long order)
{
	struct page *page = alloc_pages(gfp_mask, order);

	return page ? (unsigned long) page_address(page) : 0;
}

/* One page, filled with zeros. */
unsigned long get_zeroed_page(int gfp_mask)
{
	struct page *page = alloc_pages(gfp_mask, 0);
	void *kaddr;

	if (!page)
		return 0;
	kaddr = page_address(page);
	clear_page(kaddr);
	return (unsigned long) kaddr;
}

/*
 * Drop a reference; the last one returns the block to the buddy system.
 * Reserved pages are never freed.
 */
void __free_pages(struct page *page, unsigned long order)
{
	if (PageReserved(page))
		return;
	if (put_page_testzero(page))
		__free_pages_ok(page, order);
}

/* Same, by kernel virtual address; addresses past mem_map are ignored. */
void free_pages(unsigned long addr, unsigned long order)
{
	struct page *page;

#ifdef CONFIG_DISCONTIGMEM
	if (!addr)
		return;
#endif
	page = virt_to_page(addr);
	if (!VALID_PAGE(page))
		return;
	__free_pages(page, order);
}

/* Free pages in all zones of all nodes. */
unsigned int nr_free_pages(void)
{
	unsigned int pages = 0;
	pg_data_t *node;
	int z;

	for (node = pgdat_list; node; node = node->node_next)
		for (z = 0; z < MAX_NR_ZONES; z++)
			pages += node->node_zones[z].free_pages;
	return pages;
}

/* Pages on the zones' inactive_clean lists: free for the taking, too. */
unsigned int nr_inactive_clean_pages(void)
{
	unsigned int pages = 0;
	pg_data_t *node;
	zone_t *z;

	for (node = pgdat_list; node; node = node->node_next) {
		zone_t *end = node->node_zones + MAX_NR_ZONES;

		for (z = node->node_zones; z != end; z++)
			pages += z->inactive_clean_pages;
	}
	return pages;
}

/*
 * How much memory the buffer cache may count on: free, inactive_clean
 * and inactive_dirty pages, at least the reclaim target (kswapd will get
 * there), plus a sixteenth of the active pages so some dirty data can
 * stay in the working set.
 */
unsigned int nr_free_buffer_pages(void)
{
	unsigned long floor = freepages.high + inactive_target;
	unsigned int pages;

	pages = nr_free_pages();
	pages += nr_inactive_clean_pages();
	pages += nr_inactive_dirty_pages;
	if (pages < floor)
		pages = floor;
	return pages + (nr_active_pages >> 4);
}

#ifdef CONFIG_HIGHMEM
/* Free pages in the HighMem zones (<linux/highmem.h> has 0 without HIGHMEM). */
unsigned int nr_free_highpages(void)
{
	unsigned int pages = 0;
	pg_data_t *node;

	for (node = pgdat_list; node; node = node->node_next)
		pages += node->node_zones[ZONE_HIGHMEM].free_pages;
	return pages;
}
#endif

#define PAGES_TO_KB(n)	((n) << (PAGE_SHIFT - 10))

/*
 * Print the free memory and, for every zone, how many free blocks each
 * order has ("3*4kB 1*8kB ... = 20kB)"); last the swap cache's counts.
 */
void show_free_areas_core(pg_data_t *pgdat)
{
	unsigned int zone_nr;

	printk("Free pages:      %6dkB (%6dkB HighMem)\n",
	       PAGES_TO_KB(nr_free_pages()), PAGES_TO_KB(nr_free_highpages()));
	printk("( Active: %d, inactive_dirty: %d, inactive_clean: %d, free: %d (%d %d %d) )\n",
	       nr_active_pages, nr_inactive_dirty_pages,
	       nr_inactive_clean_pages(), nr_free_pages(),
	       freepages.min, freepages.low, freepages.high);

	for (zone_nr = 0; zone_nr < MAX_NR_ZONES; zone_nr++) {
		zone_t *zone = &pgdat->node_zones[zone_nr];
		unsigned long pages = 0, flags;
		int order;

		if (zone->size) {
			spin_lock_irqsave(&zone->lock, flags);
			for (order = 0; order < MAX_ORDER; order++) {
				struct list_head *pos;
				unsigned long blocks = 0;

				list_for_each(pos, &zone->free_area[order].free_list)
					blocks++;
				pages += blocks << order;
				printk("%lu*%lukB ", blocks,
				       PAGES_TO_KB(1UL << order));
			}
			spin_unlock_irqrestore(&zone->lock, flags);
		}
		printk("= %lukB)\n", PAGES_TO_KB(pages));
	}
#ifdef SWAP_CACHE_INFO
	show_swap_cache_info();
#endif
}

void show_free_areas(void)
{
	show_free_areas_core(pgdat_list);
}

/*
 * Fill the NR_GFPINDEX zonelists, one per gfp_mask value: __GFP_DMA asks
 * for the DMA zone only, __GFP_HIGHMEM starts at HighMem, everything else
 * at Normal; each list falls back to the lower zones, skipping empty ones.
 */
static inline void build_zonelists(pg_data_t *pgdat)
{
	int gfp;

	for (gfp = 0; gfp < NR_GFPINDEX; gfp++) {
		zonelist_t *list = &pgdat->node_zonelists[gfp];
		int top, z, n = 0;

		memset(list, 0, sizeof(*list));
		list->gfp_mask = gfp;

		/* __GFP_DMA wins over __GFP_HIGHMEM. */
		if (gfp & __GFP_DMA)
			top = ZONE_DMA;
		else if (gfp & __GFP_HIGHMEM)
			top = ZONE_HIGHMEM;
		else
			top = ZONE_NORMAL;

		/* From the top zone down to DMA: HighMem, Normal, DMA. */
		for (z = top; z >= ZONE_DMA; z--) {
			zone_t *zone = &pgdat->node_zones[z];

			if (!zone->size)
				continue;
#ifndef CONFIG_HIGHMEM
			if (z == ZONE_HIGHMEM)
				BUG();
#endif
			list->zones[n++] = zone;
		}
		list->zones[n] = NULL;
	}
}

#define LONG_ALIGN(x) (((x) + (sizeof(long)) - 1) & ~((sizeof(long)) - 1))

/*
 * Set up a node at boot: its mem_map (taken from bootmem unless given),
 * every page reserved with count 0, then per zone the bookkeeping, the
 * watermarks, each page's zone and virtual address, and the empty free
 * lists with their bitmaps.  The free lists fill only when mem_init()
 * calls free_all_bootmem().
 */
void __init free_area_init_core(int nid, pg_data_t *pgdat, struct page **gmap,
	unsigned long *zones_size, unsigned long zone_start_paddr,
	unsigned long *zholes_size, struct page *lmem_map)
{
	unsigned long total = 0, present, start, z;
	struct page *page;

	for (z = 0; z < MAX_NR_ZONES; z++)
		total += zones_size[z];
	present = total;
	for (z = 0; zholes_size && z < MAX_NR_ZONES; z++)
		present -= zholes_size[z];
	printk("On node %d totalpages: %lu\n", nid, present);

	memlist_init(&active_list);
	memlist_init(&inactive_dirty_list);

	/*
	 * One spare entry, and the array aligned so that its offset from
	 * PAGE_OFFSET is a multiple of sizeof(struct page).
	 */
	if (!lmem_map) {
		unsigned long bytes = (total + 1) * sizeof(struct page);
		unsigned long got = (unsigned long)
				    alloc_bootmem_node(pgdat, bytes);

		lmem_map = (struct page *)
			   (PAGE_OFFSET + MAP_ALIGN(got - PAGE_OFFSET));
	}
	/* gmap is &mem_map on a PC: set it before measuring from it. */
	pgdat->node_mem_map = lmem_map;
	*gmap = lmem_map;
	pgdat->node_size = total;
	pgdat->node_start_paddr = zone_start_paddr;
	pgdat->node_start_mapnr = lmem_map - mem_map;

	/* Everything starts reserved; free_all_bootmem() frees what is RAM. */
	for (page = lmem_map; page != lmem_map + total; page++) {
		set_page_count(page, 0);
		SetPageReserved(page);
		init_waitqueue_head(&page->wait);
		memlist_init(&page->list);
	}

	start = lmem_map - mem_map;
	for (z = 0; z < MAX_NR_ZONES; z++) {
		zone_t *zone = &pgdat->node_zones[z];
		unsigned long size = zones_size[z];
		unsigned long present_here = size;
		unsigned long mark, order;

		if (zholes_size)
			present_here -= zholes_size[z];
		printk("zone(%lu): %lu pages.\n", z, size);

		zone->name = zone_names[z];
		zone->size = size;
		zone->zone_pgdat = pgdat;
		zone->lock = SPIN_LOCK_UNLOCKED;
		zone->inactive_clean_pages = 0;
		zone->inactive_dirty_pages = 0;
		zone->free_pages = 0;
		memlist_init(&zone->inactive_clean_list);
		if (!size)
			continue;

		zone->offset = start;
		/* Watermarks: 1/ratio of the zone, clamped, then x1 x2 x3. */
		mark = present_here / zone_balance_ratio[z];
		if (mark < zone_balance_min[z])
			mark = zone_balance_min[z];
		else if (mark > zone_balance_max[z])
			mark = zone_balance_max[z];
		zone->pages_min = mark;
		zone->pages_low = 2 * mark;
		zone->pages_high = 3 * mark;
		/* The global targets are the sums over all zones. */
		freepages.min += zone->pages_min;
		freepages.low += zone->pages_low;
		freepages.high += zone->pages_high;

		zone->zone_mem_map = mem_map + start;
		zone->zone_start_mapnr = start;
		zone->zone_start_paddr = zone_start_paddr;
		for (page = zone->zone_mem_map; page != zone->zone_mem_map + size;
		     page++) {
			page->zone = zone;
			if (z == ZONE_HIGHMEM)
				continue;	/* no permanent mapping */
			page->virtual = __va(zone_start_paddr);
			zone_start_paddr += PAGE_SIZE;
		}
		start += size;

		/*
		 * Bitmap of order k: the zone size rounded up to whole pairs
		 * of 2^k blocks, one bit per block (only every other bit is
		 * ever used), rounded up to whole longs.
		 */
		for (order = 0; order < MAX_ORDER; order++) {
			unsigned long pair = 2UL << order;
			unsigned long bits = ((size + pair - 1) & ~(pair - 1)) >> order;

			memlist_init(&zone->free_area[order].free_list);
			zone->free_area[order].map = (unsigned int *)
				alloc_bootmem_node(pgdat, LONG_ALIGN((bits + 7) / 8));
		}
	}
	build_zonelists(pgdat);
}

/* The one node of a PC: its memory starts at physical address 0. */
void __init free_area_init(unsigned long *zones_size)
{
	free_area_init_core(0, &contig_page_data, &mem_map, zones_size, 0, 0, 0);
}

/* "memfrac=a,b,c" replaces zone_balance_ratio[] for DMA, Normal, HighMem. */
static int __init setup_mem_frac(char *str)
{
	int *ratio = zone_balance_ratio;
	int z;

	/* No bound: every comma moves on to the next array slot. */
	while (get_option(&str, ratio++) == 2)
		;
	printk("setup_mem_frac: ");
	for (z = 0; z < MAX_NR_ZONES; z++)
		printk("%d  ", zone_balance_ratio[z]);
	printk("\n");
	return 1;
}

__setup("memfrac=", setup_mem_frac);
