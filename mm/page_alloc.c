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

/*
 * Stand-ins, not 2.4.0: reclaim (mm/vmscan.c: kswapd, kreclaimd,
 * page_launder, reclaim_page; fs/buffer.c: bdflush) is not ported yet.
 * Until it is, nothing can be reclaimed and
 * the allocator's "wait for kswapd and retry" step fails instead of
 * looping.  Each use below is marked; see Documentation/deviations.md.
 */
static inline int free_shortage(void)
{
	return 0;
}

static inline int inactive_shortage(void)
{
	return 0;
}

static inline void wakeup_kswapd(int block)
{
}

static inline void wakeup_bdflush(int wait)
{
}

static inline struct page *reclaim_page(zone_t *zone)
{
	return NULL;
}

static inline int page_launder(int gfp_mask, int sync)
{
	return 0;
}

static inline int try_to_free_pages(unsigned int gfp_mask)
{
	return 0;
}

/* 2.4.0 retries unconditionally: kswapd is trusted to free something. */
static inline int reclaim_made_progress(void)
{
	return 0;
}

static DECLARE_WAIT_QUEUE_HEAD(kreclaimd_wait);

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
	struct page *base;
	zone_t *zone;

	/* A page still in use by the page cache, I/O or an LRU list. */
	if (page->buffers)
		BUG();
	if (page->mapping)
		BUG();
	if (!VALID_PAGE(page))
		BUG();
	if (PageSwapCache(page))
		BUG();
	if (PageLocked(page))
		BUG();
	if (PageDecrAfter(page))
		BUG();
	if (PageActive(page))
		BUG();
	if (PageInactiveDirty(page))
		BUG();
	if (PageInactiveClean(page))
		BUG();

	page->flags &= ~((1 << PG_referenced) | (1 << PG_dirty));
	page->age = PAGE_AGE_START;

	zone = page->zone;

	mask = (~0UL) << order;
	base = mem_map + zone->offset;
	page_idx = page - base;
	if (page_idx & ~mask)
		BUG();
	index = page_idx >> (1 + order);

	area = zone->free_area + order;

	spin_lock_irqsave(&zone->lock, flags);

	zone->free_pages -= mask;

	/* Stop below the top order: blocks there have no buddy to join. */
	while (mask + (1 << (MAX_ORDER - 1))) {
		struct page *buddy1, *buddy2;

		if (area >= zone->free_area + MAX_ORDER)
			BUG();
		/* Old bit 0: the buddy is in use, so the block stays here. */
		if (!test_and_change_bit(index, area->map))
			break;
		/* Old bit 1: the buddy is free; take it off its list and merge. */
		buddy1 = base + (page_idx ^ -mask);
		buddy2 = base + page_idx;
		if (BAD_RANGE(zone, buddy1))
			BUG();
		if (BAD_RANGE(zone, buddy2))
			BUG();

		memlist_del(&buddy1->list);
		mask <<= 1;
		area++;
		index >>= 1;
		page_idx &= mask;
	}
	memlist_add_head(&(base + page_idx)->list, &area->free_list);

	spin_unlock_irqrestore(&zone->lock, flags);

	/* Racy but harmless; only keep it from going negative. */
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
	unsigned long size = 1 << high;

	while (high > low) {
		if (BAD_RANGE(zone, page))
			BUG();
		area--;
		high--;
		size >>= 1;
		memlist_add_head(&(page)->list, &(area)->free_list);
		MARK_USED(index, high, area);
		index += size;
		page += size;
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
	unsigned long curr_order = order;
	struct list_head *head, *curr;
	unsigned long flags;
	struct page *page;

	spin_lock_irqsave(&zone->lock, flags);
	do {
		head = &area->free_list;
		curr = memlist_next(head);

		if (curr != head) {
			unsigned int index;

			page = memlist_entry(curr, struct page, list);
			if (BAD_RANGE(zone, page))
				BUG();
			memlist_del(curr);
			index = (page - mem_map) - zone->offset;
			MARK_USED(index, curr_order, area);
			zone->free_pages -= 1 << order;

			page = expand(zone, page, index, order, curr_order,
				      area);
			spin_unlock_irqrestore(&zone->lock, flags);

			set_page_count(page, 1);
			if (BAD_RANGE(zone, page))
				BUG();
			DEBUG_ADD_PAGE
			return page;
		}
		curr_order++;
		area++;
	} while (curr_order < MAX_ORDER);
	spin_unlock_irqrestore(&zone->lock, flags);

	return NULL;
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
	zone_t **zone = zonelist->zones;

	for (;;) {
		zone_t *z = *(zone++);
		unsigned long water_mark;

		if (!z)
			break;
		if (!z->size)
			BUG();

		switch (limit) {
		default:
		case PAGES_MIN:
			water_mark = z->pages_min;
			break;
		case PAGES_LOW:
			water_mark = z->pages_low;
			break;
		case PAGES_HIGH:
			water_mark = z->pages_high;
		}

		if (z->free_pages + z->inactive_clean_pages > water_mark) {
			struct page *page = NULL;

			if (direct_reclaim && z->free_pages < z->pages_min + 8)
				page = reclaim_page(z);	/* stand-in: NULL */
			if (!page)
				page = rmqueue(z, order);
			if (page)
				return page;
		}
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
	zone_t **zone;
	int direct_reclaim = 0;
	unsigned int gfp_mask = zonelist->gfp_mask;
	struct page *page;

	memory_pressure++;

	/* Single pages for callers that may sleep: reclaim them directly. */
	if (order == 0 && (gfp_mask & __GFP_WAIT) &&
	    !(current->flags & PF_MEMALLOC))
		direct_reclaim = 1;

	/* Stand-ins: both shortages read 0, so neither daemon is woken. */
	if (inactive_shortage() > inactive_target / 2 && free_shortage())
		wakeup_kswapd(0);
	else if (free_shortage() && nr_inactive_dirty_pages > free_shortage()
		 && nr_inactive_dirty_pages >= freepages.high)
		wakeup_bdflush(0);

try_again:
	/* Plenty of free memory somewhere: take it, no questions asked. */
	zone = zonelist->zones;
	for (;;) {
		zone_t *z = *(zone++);

		if (!z)
			break;
		if (!z->size)
			BUG();

		if (z->free_pages >= z->pages_low) {
			page = rmqueue(z, order);
			if (page)
				return page;
		} else if (z->free_pages < z->pages_min &&
			   waitqueue_active(&kreclaimd_wait)) {
			wake_up_interruptible(&kreclaimd_wait);
		}
	}

	page = __alloc_pages_limit(zonelist, order, PAGES_HIGH, direct_reclaim);
	if (page)
		return page;

	page = __alloc_pages_limit(zonelist, order, PAGES_LOW, direct_reclaim);
	if (page)
		return page;

	/* Memory is getting tight: let kswapd run before digging deeper. */
	wakeup_kswapd(0);
	if (gfp_mask & __GFP_WAIT) {
		__set_current_state(TASK_RUNNING);
		current->policy |= SCHED_YIELD;
		schedule();
	}

	page = __alloc_pages_limit(zonelist, order, PAGES_MIN, direct_reclaim);
	if (page)
		return page;

	if (!(current->flags & PF_MEMALLOC)) {
		/*
		 * A larger block: launder dirty pages, then free clean ones
		 * one by one, hoping they merge into a block big enough.
		 */
		if (order > 0 && (gfp_mask & __GFP_WAIT)) {
			zone = zonelist->zones;
			current->flags |= PF_MEMALLOC;
			page_launder(gfp_mask, 1);
			current->flags &= ~PF_MEMALLOC;
			for (;;) {
				zone_t *z = *(zone++);

				if (!z)
					break;
				if (!z->size)
					continue;
				while (z->inactive_clean_pages) {
					struct page *page;

					page = reclaim_page(z);
					if (!page)
						break;
					__free_page(page);
					page = rmqueue(z, order);
					if (page)
						return page;
				}
			}
		}
		/*
		 * Really short of memory: wait for kswapd (or free pages
		 * ourselves when we may not do I/O) and start over; only
		 * single pages retry, a large block might never appear.
		 * Stand-in: nothing can be freed yet, so never retry.
		 */
		if ((gfp_mask & (__GFP_WAIT | __GFP_IO)) ==
		    (__GFP_WAIT | __GFP_IO)) {
			wakeup_kswapd(1);
			memory_pressure++;
			if (!order && reclaim_made_progress())
				goto try_again;
		} else if (gfp_mask & __GFP_WAIT) {
			try_to_free_pages(gfp_mask);
			memory_pressure++;
			if (!order && reclaim_made_progress())
				goto try_again;
		}
	}

	/*
	 * Last resort: take anything left, but keep the last quarter of
	 * pages_min for PF_MEMALLOC tasks, which free memory for others.
	 */
	zone = zonelist->zones;
	for (;;) {
		zone_t *z = *(zone++);
		struct page *page = NULL;

		if (!z)
			break;
		if (!z->size)
			BUG();

		if (direct_reclaim) {
			page = reclaim_page(z);
			if (page)
				return page;
		}

		if (z->free_pages < z->pages_min / 4 &&
		    !(current->flags & PF_MEMALLOC))
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
	struct page *page;

	page = alloc_pages(gfp_mask, order);
	if (!page)
		return 0;
	return (unsigned long) page_address(page);
}

/* One page, filled with zeros. */
unsigned long get_zeroed_page(int gfp_mask)
{
	struct page *page;

	page = alloc_pages(gfp_mask, 0);
	if (page) {
		void *address = page_address(page);

		clear_page(address);
		return (unsigned long) address;
	}
	return 0;
}

/*
 * Drop a reference; the last one returns the block to the buddy system.
 * Reserved pages are never freed.
 */
void __free_pages(struct page *page, unsigned long order)
{
	if (!PageReserved(page) && put_page_testzero(page))
		__free_pages_ok(page, order);
}

/* Same, by kernel virtual address; addresses past mem_map are ignored. */
void free_pages(unsigned long addr, unsigned long order)
{
	struct page *fpage;

#ifdef CONFIG_DISCONTIGMEM
	if (addr == 0)
		return;
#endif
	fpage = virt_to_page(addr);
	if (VALID_PAGE(fpage))
		__free_pages(fpage, order);
}

/* Free pages in all zones of all nodes. */
unsigned int nr_free_pages(void)
{
	unsigned int sum;
	zone_t *zone;
	pg_data_t *pgdat = pgdat_list;

	sum = 0;
	while (pgdat) {
		for (zone = pgdat->node_zones;
		     zone < pgdat->node_zones + MAX_NR_ZONES; zone++)
			sum += zone->free_pages;
		pgdat = pgdat->node_next;
	}
	return sum;
}

/* Pages on the zones' inactive_clean lists: free for the taking, too. */
unsigned int nr_inactive_clean_pages(void)
{
	unsigned int sum;
	zone_t *zone;
	pg_data_t *pgdat = pgdat_list;

	sum = 0;
	while (pgdat) {
		for (zone = pgdat->node_zones;
		     zone < pgdat->node_zones + MAX_NR_ZONES; zone++)
			sum += zone->inactive_clean_pages;
		pgdat = pgdat->node_next;
	}
	return sum;
}

/*
 * How much memory the buffer cache may count on: free, inactive_clean
 * and inactive_dirty pages, at least the reclaim target (kswapd will get
 * there), plus a sixteenth of the active pages so some dirty data can
 * stay in the working set.
 */
unsigned int nr_free_buffer_pages(void)
{
	unsigned int sum;

	sum = nr_free_pages();
	sum += nr_inactive_clean_pages();
	sum += nr_inactive_dirty_pages;

	if (sum < freepages.high + inactive_target)
		sum = freepages.high + inactive_target;

	sum += nr_active_pages >> 4;

	return sum;
}

#ifdef CONFIG_HIGHMEM
/* Free pages in the HighMem zones (<linux/highmem.h> has 0 without HIGHMEM). */
unsigned int nr_free_highpages(void)
{
	pg_data_t *pgdat = pgdat_list;
	unsigned int pages = 0;

	while (pgdat) {
		pages += pgdat->node_zones[ZONE_HIGHMEM].free_pages;
		pgdat = pgdat->node_next;
	}
	return pages;
}
#endif

/*
 * Print the free memory and, for every zone, how many free blocks each
 * order has ("3*4kB 1*8kB ... = 20kB)").
 */
void show_free_areas_core(pg_data_t *pgdat)
{
	unsigned long order;
	unsigned type;

	printk("Free pages:      %6dkB (%6dkB HighMem)\n",
	       nr_free_pages() << (PAGE_SHIFT - 10),
	       nr_free_highpages() << (PAGE_SHIFT - 10));

	printk("( Active: %d, inactive_dirty: %d, inactive_clean: %d, free: %d (%d %d %d) )\n",
	       nr_active_pages,
	       nr_inactive_dirty_pages,
	       nr_inactive_clean_pages(),
	       nr_free_pages(),
	       freepages.min,
	       freepages.low,
	       freepages.high);

	for (type = 0; type < MAX_NR_ZONES; type++) {
		struct list_head *head, *curr;
		zone_t *zone = pgdat->node_zones + type;
		unsigned long nr, total, flags;

		total = 0;
		if (zone->size) {
			spin_lock_irqsave(&zone->lock, flags);
			for (order = 0; order < MAX_ORDER; order++) {
				head = &(zone->free_area + order)->free_list;
				curr = head;
				nr = 0;
				for (;;) {
					curr = memlist_next(curr);
					if (curr == head)
						break;
					nr++;
				}
				total += nr * (1 << order);
				printk("%lu*%lukB ", nr,
				       (PAGE_SIZE >> 10) << order);
			}
			spin_unlock_irqrestore(&zone->lock, flags);
		}
		printk("= %lukB)\n", total * (PAGE_SIZE >> 10));
	}
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
	int i, j, k;

	for (i = 0; i < NR_GFPINDEX; i++) {
		zonelist_t *zonelist;
		zone_t *zone;

		zonelist = pgdat->node_zonelists + i;
		memset(zonelist, 0, sizeof(*zonelist));

		zonelist->gfp_mask = i;
		j = 0;
		k = ZONE_NORMAL;
		if (i & __GFP_HIGHMEM)
			k = ZONE_HIGHMEM;
		if (i & __GFP_DMA)
			k = ZONE_DMA;

		switch (k) {
		default:
			BUG();
			/* fall through */
		case ZONE_HIGHMEM:
			zone = pgdat->node_zones + ZONE_HIGHMEM;
			if (zone->size) {
#ifndef CONFIG_HIGHMEM
				BUG();
#endif
				zonelist->zones[j++] = zone;
			}
			/* fall through */
		case ZONE_NORMAL:
			zone = pgdat->node_zones + ZONE_NORMAL;
			if (zone->size)
				zonelist->zones[j++] = zone;
			/* fall through */
		case ZONE_DMA:
			zone = pgdat->node_zones + ZONE_DMA;
			if (zone->size)
				zonelist->zones[j++] = zone;
		}
		zonelist->zones[j++] = NULL;
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
	struct page *p;
	unsigned long i, j;
	unsigned long map_size;
	unsigned long totalpages, offset, realtotalpages;

	totalpages = 0;
	for (i = 0; i < MAX_NR_ZONES; i++) {
		unsigned long size = zones_size[i];

		totalpages += size;
	}
	realtotalpages = totalpages;
	if (zholes_size)
		for (i = 0; i < MAX_NR_ZONES; i++)
			realtotalpages -= zholes_size[i];

	printk("On node %d totalpages: %lu\n", nid, realtotalpages);

	memlist_init(&active_list);
	memlist_init(&inactive_dirty_list);

	/*
	 * One spare entry, and the array aligned so that its offset from
	 * PAGE_OFFSET is a multiple of sizeof(struct page).
	 */
	map_size = (totalpages + 1) * sizeof(struct page);
	if (lmem_map == (struct page *) 0) {
		lmem_map = (struct page *) alloc_bootmem_node(pgdat, map_size);
		lmem_map = (struct page *) (PAGE_OFFSET +
			MAP_ALIGN((unsigned long) lmem_map - PAGE_OFFSET));
	}
	*gmap = pgdat->node_mem_map = lmem_map;
	pgdat->node_size = totalpages;
	pgdat->node_start_paddr = zone_start_paddr;
	pgdat->node_start_mapnr = (lmem_map - mem_map);

	/* Everything starts reserved; free_all_bootmem() frees what is RAM. */
	for (p = lmem_map; p < lmem_map + totalpages; p++) {
		set_page_count(p, 0);
		SetPageReserved(p);
		init_waitqueue_head(&p->wait);
		memlist_init(&p->list);
	}

	offset = lmem_map - mem_map;
	for (j = 0; j < MAX_NR_ZONES; j++) {
		zone_t *zone = pgdat->node_zones + j;
		unsigned long mask;
		unsigned long size, realsize;

		realsize = size = zones_size[j];
		if (zholes_size)
			realsize -= zholes_size[j];

		printk("zone(%lu): %lu pages.\n", j, size);
		zone->size = size;
		zone->name = zone_names[j];
		zone->lock = SPIN_LOCK_UNLOCKED;
		zone->zone_pgdat = pgdat;
		zone->free_pages = 0;
		zone->inactive_clean_pages = 0;
		zone->inactive_dirty_pages = 0;
		memlist_init(&zone->inactive_clean_list);
		if (!size)
			continue;

		zone->offset = offset;
		/* Watermarks: 1/ratio of the zone, clamped, then x1 x2 x3. */
		mask = (realsize / zone_balance_ratio[j]);
		if (mask < zone_balance_min[j])
			mask = zone_balance_min[j];
		else if (mask > zone_balance_max[j])
			mask = zone_balance_max[j];
		zone->pages_min = mask;
		zone->pages_low = mask * 2;
		zone->pages_high = mask * 3;
		/* The global targets are the sums over all zones. */
		freepages.min += mask;
		freepages.low += mask * 2;
		freepages.high += mask * 3;
		zone->zone_mem_map = mem_map + offset;
		zone->zone_start_mapnr = offset;
		zone->zone_start_paddr = zone_start_paddr;

		for (i = 0; i < size; i++) {
			struct page *page = mem_map + offset + i;

			page->zone = zone;
			if (j != ZONE_HIGHMEM) {
				page->virtual = __va(zone_start_paddr);
				zone_start_paddr += PAGE_SIZE;
			}
		}

		offset += size;
		/*
		 * Bitmap of order i: the zone size rounded up to whole pairs
		 * of 2^i blocks, one bit per block (only every other bit is
		 * ever used), rounded up to whole longs.
		 */
		mask = -1;
		for (i = 0; i < MAX_ORDER; i++) {
			unsigned long bitmap_size;

			memlist_init(&zone->free_area[i].free_list);
			mask += mask;
			size = (size + ~mask) & mask;
			bitmap_size = size >> i;
			bitmap_size = (bitmap_size + 7) >> 3;
			bitmap_size = LONG_ALIGN(bitmap_size);
			zone->free_area[i].map =
				(unsigned int *) alloc_bootmem_node(pgdat,
								    bitmap_size);
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
	int j = 0;

	while (get_option(&str, &zone_balance_ratio[j++]) == 2)
		;
	printk("setup_mem_frac: ");
	for (j = 0; j < MAX_NR_ZONES; j++)
		printk("%d  ", zone_balance_ratio[j]);
	printk("\n");
	return 1;
}

__setup("memfrac=", setup_mem_frac);
