// SPDX-License-Identifier: GPL-2.0-only
/*
 * Views of the page allocator's and the boot allocator's state for the
 * host tests, in plain C types (see mm_host.h), and the allocator entry
 * points wrapped to run as the pretend task.  Test support, not kernel
 * code: built with the kernel's headers so it can read the structures.
 */
#include <linux/config.h>
#include <linux/mm.h>
#include <linux/bootmem.h>
#include <linux/swap.h>
#include <linux/swapctl.h>
#include <linux/sched.h>
#include "mm_host.h"

extern pg_data_t *pgdat_list;
extern unsigned long max_pfn, highstart_pfn, highend_pfn;

static zone_t *host_zone(int zone)
{
	return contig_page_data.node_zones + zone;
}

static int host_zone_id(zone_t *z)
{
	if (!z)
		return -1;
	return z - contig_page_data.node_zones;
}

void host_zone_get(int zone, struct host_zone_info *zi)
{
	zone_t *z = host_zone(zone);

	zi->name = z->name;
	zi->size = z->size;
	zi->offset = z->offset;
	zi->free_pages = z->free_pages;
	zi->inactive_clean_pages = z->inactive_clean_pages;
	zi->inactive_dirty_pages = z->inactive_dirty_pages;
	zi->pages_min = z->pages_min;
	zi->pages_low = z->pages_low;
	zi->pages_high = z->pages_high;
	zi->zone_start_paddr = z->zone_start_paddr;
	zi->zone_start_mapnr = z->zone_start_mapnr;
	zi->zone_mem_map_pfn = z->zone_mem_map ? z->zone_mem_map - mem_map : 0;
	zi->pgdat_ok = z->zone_pgdat == &contig_page_data;
}

int host_zonelist_get(int gfp_mask, int zones[MAX_NR_ZONES + 1])
{
	zonelist_t *zl = contig_page_data.node_zonelists + gfp_mask;
	int i;

	for (i = 0; i < MAX_NR_ZONES + 1; i++)
		zones[i] = host_zone_id(zl->zones[i]);
	return zl->gfp_mask;
}

void host_page_get(unsigned long pfn, struct host_page_info *pi)
{
	struct page *page = mem_map + pfn;

	pi->count = page_count(page);
	pi->flags = page->flags;
	pi->zone = host_zone_id(page->zone);
	pi->virtual = (unsigned long) page->virtual;
	pi->age = page->age;
	pi->list_self = page->list.next == &page->list &&
			page->list.prev == &page->list;
}

void host_page_set_count(unsigned long pfn, int count)
{
	set_page_count(mem_map + pfn, count);
}

void host_page_set_flag(unsigned long pfn, int bit)
{
	set_bit(bit, &mem_map[pfn].flags);
}

void host_page_clear_flag(unsigned long pfn, int bit)
{
	clear_bit(bit, &mem_map[pfn].flags);
}

void host_page_set_mapping(unsigned long pfn, void *mapping)
{
	mem_map[pfn].mapping = mapping;
}

void host_page_set_buffers(unsigned long pfn, void *buffers)
{
	mem_map[pfn].buffers = buffers;
}

void host_lru_add(unsigned long pfn, int which)
{
	struct page *page = mem_map + pfn;

	if (which == 0)
		add_page_to_active_list(page);
	else if (which == 1)
		add_page_to_inactive_dirty_list(page);
	else
		add_page_to_inactive_clean_list(page);
}

void host_lru_del(unsigned long pfn, int which)
{
	struct page *page = mem_map + pfn;

	if (which == 0)
		del_page_from_active_list(page);
	else if (which == 1)
		del_page_from_inactive_dirty_list(page);
	else
		del_page_from_inactive_clean_list(page);
}

int host_free_list_get(int zone, int order, unsigned long *pfns, int max)
{
	struct list_head *head = &host_zone(zone)->free_area[order].free_list;
	struct list_head *curr;
	int n = 0;

	if (!head->next)
		return 0;	/* an empty zone: never initialised */
	for (curr = head->next; curr != head; curr = curr->next) {
		if (curr->next->prev != curr || n >= max)
			return -1;
		pfns[n++] = list_entry(curr, struct page, list) - mem_map;
	}
	if (head->prev->next != head)
		return -1;
	return n;
}

/* free_area_init_core's size for the order's bitmap. */
const unsigned char *host_free_map_get(int zone, int order,
				       unsigned long *bytes)
{
	zone_t *z = host_zone(zone);
	unsigned long size = z->size, mask = -1, bits = 0;
	int i;

	for (i = 0; i <= order; i++) {
		mask += mask;
		size = (size + ~mask) & mask;
		bits = size >> i;
	}
	*bytes = (((bits + 7) >> 3) + sizeof(long) - 1) & ~(sizeof(long) - 1);
	return (const unsigned char *) z->free_area[order].map;
}

void host_bootmem_get(struct host_bootmem_info *bi)
{
	bootmem_data_t *b = contig_page_data.bdata;

	bi->node_boot_start = b->node_boot_start;
	bi->node_low_pfn = b->node_low_pfn;
	bi->map = b->node_bootmem_map;
	bi->last_offset = b->last_offset;
	bi->last_pos = b->last_pos;
}

void host_mm_consts_get(struct host_mm_consts *c)
{
	c->sizeof_page = sizeof(struct page);
	c->sizeof_zone = sizeof(zone_t);
	c->sizeof_pgdat = sizeof(pg_data_t);
	c->sizeof_free_area = sizeof(free_area_t);
	c->off_page_count = offsetof(struct page, count);
	c->off_page_flags = offsetof(struct page, flags);
	c->off_page_lru = offsetof(struct page, lru);
	c->off_page_wait = offsetof(struct page, wait);
	c->off_page_virtual = offsetof(struct page, virtual);
	c->off_page_zone = offsetof(struct page, zone);
	c->max_order = MAX_ORDER;
	c->nr_zones = MAX_NR_ZONES;
	c->nr_gfpindex = NR_GFPINDEX;
	c->gfp_wait = __GFP_WAIT;
	c->gfp_high = __GFP_HIGH;
	c->gfp_io = __GFP_IO;
	c->gfp_dma = __GFP_DMA;
	c->gfp_highmem = __GFP_HIGHMEM;
	c->gfp_buffer = GFP_BUFFER;
	c->gfp_atomic = GFP_ATOMIC;
	c->gfp_user = GFP_USER;
	c->gfp_highuser = GFP_HIGHUSER;
	c->gfp_kernel = GFP_KERNEL;
	c->gfp_nfs = GFP_NFS;
	c->gfp_kswapd = GFP_KSWAPD;
	c->pg_locked = PG_locked;
	c->pg_error = PG_error;
	c->pg_referenced = PG_referenced;
	c->pg_uptodate = PG_uptodate;
	c->pg_dirty = PG_dirty;
	c->pg_decr_after = PG_decr_after;
	c->pg_active = PG_active;
	c->pg_inactive_dirty = PG_inactive_dirty;
	c->pg_slab = PG_slab;
	c->pg_swap_cache = PG_swap_cache;
	c->pg_skip = PG_skip;
	c->pg_inactive_clean = PG_inactive_clean;
	c->pg_highmem = PG_highmem;
	c->pg_arch_1 = PG_arch_1;
	c->pg_reserved = PG_reserved;
	c->page_age_start = PAGE_AGE_START;
}

void host_mm_counters_get(struct host_mm_counters *c)
{
	c->max_low_pfn = max_low_pfn;
	c->min_low_pfn = min_low_pfn;
	c->max_mapnr = max_mapnr;
	c->num_physpages = num_physpages;
	c->high_memory = (unsigned long) high_memory;
	c->mem_map = (unsigned long) mem_map;
	c->freepages_min = freepages.min;
	c->freepages_low = freepages.low;
	c->freepages_high = freepages.high;
	c->memory_pressure = memory_pressure;
	c->nr_active_pages = nr_active_pages;
	c->nr_inactive_dirty_pages = nr_inactive_dirty_pages;
	c->pgdat_node_size = contig_page_data.node_size;
	c->pgdat_node_start_mapnr = contig_page_data.node_start_mapnr;
	c->pgdat_list_ok = pgdat_list == &contig_page_data &&
			   contig_page_data.node_next == NULL;
	c->max_pfn = max_pfn;
	c->highstart_pfn = highstart_pfn;
	c->highend_pfn = highend_pfn;
#ifdef CONFIG_HIGHMEM
	c->config_highmem = 1;
#else
	c->config_highmem = 0;
#endif
}

/* ---- entry points run as the pretend task ---- */

struct host_alloc_args {
	int gfp_mask;
	unsigned long order;
	struct page *page;
	unsigned long addr;
};

static void host_do_alloc_pages(void *p)
{
	struct host_alloc_args *a = p;

	a->page = alloc_pages(a->gfp_mask, a->order);
}

long host_alloc_pages(int gfp_mask, unsigned long order)
{
	struct host_alloc_args a = { gfp_mask, order, NULL, 0 };

	host_call_as_task(host_do_alloc_pages, &a);
	return a.page ? (long) (a.page - mem_map) : -1;
}

static void host_do_get_free_pages(void *p)
{
	struct host_alloc_args *a = p;

	a->addr = __get_free_pages(a->gfp_mask, a->order);
}

unsigned long host_get_free_pages(int gfp_mask, unsigned long order)
{
	struct host_alloc_args a = { gfp_mask, order, NULL, 0 };

	host_call_as_task(host_do_get_free_pages, &a);
	return a.addr;
}

static void host_do_get_zeroed_page(void *p)
{
	struct host_alloc_args *a = p;

	a->addr = get_zeroed_page(a->gfp_mask);
}

unsigned long host_get_zeroed_page(int gfp_mask)
{
	struct host_alloc_args a = { gfp_mask, 0, NULL, 0 };

	host_call_as_task(host_do_get_zeroed_page, &a);
	return a.addr;
}

void host_free_pages_pfn(unsigned long pfn, unsigned long order)
{
	__free_pages(mem_map + pfn, order);
}

/* ---- benchmark loops ---- */

struct host_bench_args {
	int gfp_mask;
	unsigned long order, n, seed, done;
};

extern int host_reclaim_waits;

static void host_do_bench_pairs(void *p)
{
	struct host_bench_args *a = p;
	unsigned long i;

	for (i = 0; i < a->n; i++) {
		struct page *page;

		host_reclaim_waits = 0;		/* the shim counts per call */
		page = alloc_pages(a->gfp_mask, a->order);

		if (!page)
			break;
		__free_pages(page, a->order);
	}
	a->done = i;
}

unsigned long host_bench_pairs(int gfp_mask, unsigned long order,
			       unsigned long n)
{
	struct host_bench_args a = { gfp_mask, order, n, 0, 0 };

	host_call_as_task(host_do_bench_pairs, &a);
	return a.done;
}

#define HOST_BENCH_SLOTS	1024

static struct {
	struct page *page;
	unsigned long order;
} host_bench_slot[HOST_BENCH_SLOTS];

static unsigned long host_rand(unsigned long *seed)
{
	*seed = *seed * 1103515245UL + 12345UL;
	return (*seed >> 8) & 0xffffff;
}

/*
 * n operations on HOST_BENCH_SLOTS slots: an empty slot gets a block of
 * a random order (small orders likelier), a full one is freed.
 */
static void host_do_bench_mixed(void *p)
{
	struct host_bench_args *a = p;
	unsigned long i, ops = 0, seed = a->seed;

	for (i = 0; i < a->n; i++) {
		unsigned long r = host_rand(&seed);
		unsigned long s = r % HOST_BENCH_SLOTS;

		if (host_bench_slot[s].page) {
			__free_pages(host_bench_slot[s].page,
				     host_bench_slot[s].order);
			host_bench_slot[s].page = NULL;
		} else {
			/* Lowest set bit of a random word: order k with odds 2^-(k+1), at most 5. */
			unsigned long order = ffz(~((r >> 12) | 0x20));

			host_bench_slot[s].order = order;
			host_bench_slot[s].page = alloc_pages(GFP_KERNEL, order);
		}
		ops++;
	}
	for (i = 0; i < HOST_BENCH_SLOTS; i++)
		if (host_bench_slot[i].page) {
			__free_pages(host_bench_slot[i].page,
				     host_bench_slot[i].order);
			host_bench_slot[i].page = NULL;
		}
	a->done = ops;
}

unsigned long host_bench_mixed(unsigned long n, unsigned long seed)
{
	struct host_bench_args a = { 0, 0, n, seed, 0 };

	host_call_as_task(host_do_bench_mixed, &a);
	return a.done;
}

/*
 * The live set: allocate pages order-0 pages, then free every other one,
 * so the free lists hold many small blocks next to the large ones.
 */
#define HOST_LIVE_MAX	65536
static struct page *host_live[HOST_LIVE_MAX];
static unsigned long host_live_n;

static void host_do_live_make(void *p)
{
	struct host_bench_args *a = p;
	unsigned long i;

	for (i = 0; i < a->n && i < HOST_LIVE_MAX; i++) {
		host_live[i] = alloc_pages(GFP_KERNEL, 0);
		if (!host_live[i])
			break;
	}
	host_live_n = i;
	for (i = 0; i < host_live_n; i += 2) {
		__free_pages(host_live[i], 0);
		host_live[i] = NULL;
	}
	a->done = host_live_n / 2;
}

unsigned long host_bench_live_make(unsigned long pages)
{
	struct host_bench_args a = { 0, 0, pages, 0, 0 };

	host_call_as_task(host_do_live_make, &a);
	return a.done;
}

void host_bench_live_drop(void)
{
	unsigned long i;

	for (i = 0; i < host_live_n; i++)
		if (host_live[i]) {
			__free_pages(host_live[i], 0);
			host_live[i] = NULL;
		}
	host_live_n = 0;
}

/* ---- self-test of the small headers (bitops, atomic, list) ---- */

static int host_st_fail;
static char *host_st_msg;

static void host_st(int ok, const char *what, int a)
{
	if (!ok && !host_st_fail++)
		sprintf(host_st_msg, "%s (%d)", what, a);
}

/* Reference: bit i of a map of 32-bit words. */
static int host_ref_bit(const unsigned int *map, int i)
{
	return (map[i >> 5] >> (i & 31)) & 1;
}

static int host_ref_ffz(const unsigned int *map, int from, int size)
{
	int i;

	for (i = from; i < size; i++)
		if (!host_ref_bit(map, i))
			return i;
	return -1;
}

/* Does the ring at head hold exactly want[0..n), both ways round? */
static int host_ring_is(struct list_head *head, struct list_head **want, int n)
{
	struct list_head *pos;
	int i = 0;

	list_for_each(pos, head) {
		if (i >= n || pos != want[i] || pos->prev != (i ? want[i - 1] : head))
			return 0;
		i++;
	}
	return i == n && head->prev == (n ? want[n - 1] : head);
}

/* <linux/list.h> beyond the basics: every pointer after every operation. */
static void host_list_selftest(void)
{
	struct list_head h1, h2, e[6];
	struct list_head *w[8];
	int i;

	INIT_LIST_HEAD(&h1);
	INIT_LIST_HEAD(&h2);
	host_st(host_ring_is(&h1, w, 0) && h1.next == &h1, "empty ring", 0);
	/* list_add pushes at the front, list_add_tail at the back. */
	list_add(&e[0], &h1);
	list_add_tail(&e[1], &h1);
	list_add(&e[2], &h1);			/* h1: 2 0 1 */
	w[0] = &e[2]; w[1] = &e[0]; w[2] = &e[1];
	host_st(host_ring_is(&h1, w, 3), "add/add_tail ring", 3);
	/* An entry added after another entry, not after the head. */
	list_add(&e[3], &e[0]);			/* h1: 2 0 3 1 */
	w[2] = &e[3]; w[3] = &e[1];
	host_st(host_ring_is(&h1, w, 4), "add after an entry", 4);
	/* list_del leaves the entry's own pointers as they were. */
	list_del(&e[0]);			/* h1: 2 3 1 */
	host_st(e[0].next == &e[3] && e[0].prev == &e[2], "list_del stale", 0);
	w[1] = &e[3]; w[2] = &e[1];
	host_st(host_ring_is(&h1, w, 3), "list_del ring", 3);
	/* Splicing an empty list changes nothing, not even the head. */
	list_splice(&h2, &h1);
	host_st(host_ring_is(&h1, w, 3) && list_empty(&h2), "splice empty", 3);
	/* Splice h2 (4 5) to the front of h1; h2 is left stale. */
	list_add_tail(&e[4], &h2);
	list_add_tail(&e[5], &h2);
	list_splice(&h2, &h1);			/* h1: 4 5 2 3 1 */
	w[0] = &e[4]; w[1] = &e[5]; w[2] = &e[2]; w[3] = &e[3]; w[4] = &e[1];
	host_st(host_ring_is(&h1, w, 5), "splice ring", 5);
	host_st(h2.next == &e[4] && h2.prev == &e[5], "splice leaves list", 0);
	/* A one-entry list spliced onto an empty one. */
	INIT_LIST_HEAD(&h2);
	list_del_init(&e[3]);			/* h1: 4 5 2 1 */
	host_st(list_empty(&e[3]), "list_del_init", 0);
	list_add(&e[3], &h2);
	INIT_LIST_HEAD(&e[0]);
	list_splice(&h2, &e[0]);		/* e0: 3 */
	w[0] = &e[3];
	host_st(host_ring_is(&e[0], w, 1), "splice one", 1);
	/* Empty the rest one by one from the front. */
	for (i = 0; i < 4; i++)
		list_del_init(h1.next);
	host_st(list_empty(&h1) && h1.prev == &h1, "emptied", 0);
}

int host_headers_selftest(char *msg)
{
	static unsigned int map[16];
	atomic_t v = ATOMIC_INIT(5);
	struct list_head head, a, b, c;
	unsigned long seed = 1;
	int i, j, old;

	host_st_fail = 0;
	host_st_msg = msg;
	msg[0] = '\0';

	/* Every op against the reference, at variable and constant bits. */
	memset(map, 0, sizeof(map));
	for (i = 0; i < 2000; i++) {
		int nr = host_rand(&seed) % 512, op = host_rand(&seed) % 9;
		int before = host_ref_bit(map, nr);

		switch (op) {
		case 0: set_bit(nr, map); old = before; break;
		case 1: clear_bit(nr, map); old = before; break;
		case 2: change_bit(nr, map); old = before; break;
		case 3: old = test_and_set_bit(nr, map) != 0; break;
		case 4: old = test_and_clear_bit(nr, map) != 0; break;
		case 5: old = test_and_change_bit(nr, map) != 0; break;
		case 6: old = __test_and_change_bit(nr, map) != 0; break;
		case 7: __set_bit(nr, map); old = before; break;
		default: old = test_bit(nr, map) != 0; break;
		}
		host_st(old == before, "old bit value", nr);
		if (op == 0 || op == 3 || op == 7)
			host_st(host_ref_bit(map, nr) == 1, "bit set", nr);
		if (op == 1 || op == 4)
			host_st(host_ref_bit(map, nr) == 0, "bit clear", nr);
		if (op == 2 || op == 5 || op == 6)
			host_st(host_ref_bit(map, nr) == !before, "bit flip", nr);
		if (op == 8)
			host_st(host_ref_bit(map, nr) == before, "test_bit", nr);
	}
	set_bit(37, map);
	host_st(test_bit(37, map) && constant_test_bit(37, map), "constant", 37);
	clear_bit(37, map);
	host_st(!test_bit(37, map), "constant clear", 37);

	/* find_first_zero_bit / find_next_zero_bit against the reference. */
	for (i = 0; i < 300; i++) {
		int size = 1 + host_rand(&seed) % 500, from, want, got;

		memset(map, 0xff, sizeof(map));
		for (j = host_rand(&seed) % 4; j > 0; j--)
			clear_bit(host_rand(&seed) % 512, map);
		want = host_ref_ffz(map, 0, size);
		got = find_first_zero_bit(map, size);
		if (want >= 0)
			host_st(got == want, "find_first_zero_bit", size);
		else
			host_st(got >= size, "find_first_zero_bit none", size);
		from = host_rand(&seed) % size;
		want = host_ref_ffz(map, from, size);
		got = find_next_zero_bit(map, size, from);
		if (want >= 0)
			host_st(got == want, "find_next_zero_bit", from);
		else
			host_st(got >= size, "find_next_zero_bit none", from);
	}
	memset(map, 0xff, sizeof(map));
	host_st(find_first_zero_bit(map, 64) == 64, "all ones", 64);
	host_st(find_first_zero_bit(map, 0) == 0, "size 0", 0);
	for (i = 0; i < 32; i++) {
		host_st(ffz(~(1UL << i)) == i, "ffz", i);
		host_st(ffs(1 << i) == i + 1, "ffs", i);
	}
	host_st(ffs(0) == 0, "ffs(0)", 0);

	/* atomic_t */
	atomic_add(3, &v);
	host_st(atomic_read(&v) == 8, "atomic_add", atomic_read(&v));
	atomic_sub(2, &v);
	host_st(atomic_read(&v) == 6, "atomic_sub", atomic_read(&v));
	host_st(!atomic_sub_and_test(5, &v), "sub_and_test", 1);
	host_st(atomic_sub_and_test(1, &v), "sub_and_test 0", 0);
	atomic_inc(&v);
	host_st(atomic_dec_and_test(&v), "dec_and_test", 0);
	host_st(!atomic_dec_and_test(&v), "dec_and_test -1", -1);
	host_st(atomic_inc_and_test(&v), "inc_and_test", 0);
	host_st(atomic_add_negative(-1, &v), "add_negative", -1);
	host_st(!atomic_add_negative(1, &v), "add_negative 0", 0);

	/* list_head */
	INIT_LIST_HEAD(&head);
	host_st(list_empty(&head), "list_empty", 0);
	list_add(&a, &head);
	list_add(&b, &head);		/* head, b, a */
	list_add_tail(&c, &head);	/* head, b, a, c */
	host_st(head.next == &b && b.next == &a && a.next == &c &&
		c.next == &head && head.prev == &c, "list order", 0);
	list_del(&a);
	host_st(b.next == &c && c.prev == &b, "list_del", 0);
	list_del_init(&b);
	host_st(list_empty(&b) && head.next == &c, "list_del_init", 0);
	host_st(list_entry(&b, struct page, list) ==
		(struct page *) ((char *) &b - offsetof(struct page, list)),
		"list_entry", 0);
	host_list_selftest();

	return host_st_fail;
}
