// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host tests for mm/page_alloc.c, the zoned buddy allocator (情景分析
 * §2.3, §2.7), booted by the real bootmem/free_area_init/free_all_bootmem
 * sequence on simulated RAM at 0xC0000000.  A reference model (the set of
 * free pages, its unique decomposition into maximal buddy blocks, and
 * 2.4.0's zone-choice rules) is checked against the allocator's complete
 * state after every step.
 *
 * Built twice: as configured (<linux/config.h>: CONFIG_HIGHMEM, memory
 * above 896 MB is the HighMem zone), and with -DHOST_NOHIGHMEM against
 * kernel objects built without CONFIG_HIGHMEM (that memory is ignored).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "shim/host.h"
#include "shim/bug.h"
#include "shim/mm_host.h"

#define MB		(1024UL * 1024UL)
#define ORDERS		HOST_MAX_ORDER
#define NZ		HOST_NR_ZONES
#define DMA		HOST_ZONE_DMA
#define NORMAL		HOST_ZONE_NORMAL
#define HIGHMEM		HOST_ZONE_HIGHMEM
#ifdef HOST_NOHIGHMEM
#define HIGHMEM_ON	0
#else
#define HIGHMEM_ON	1
#endif

/* 2.4.0's values (include/linux/mm.h), restated. */
#define GFP_WAIT	0x01
#define GFP_HIGH	0x02
#define GFP_IO		0x04
#define GFP_DMA		0x08
#define GFP_BUFFER	(GFP_HIGH | GFP_WAIT)
#define GFP_ATOMIC	(GFP_HIGH)
#define GFP_USER	(GFP_WAIT | GFP_IO)
#define GFP_KERNEL	(GFP_HIGH | GFP_WAIT | GFP_IO)
#define GFP_KSWAPD	(GFP_IO)
#define GFP_HIGHMEM	(HIGHMEM_ON ? 0x10 : 0)
#define GFP_HIGHUSER	(GFP_USER | GFP_HIGHMEM)
#define PG_locked		0
#define PG_decr_after		5
#define PG_swap_cache		9
#define PG_highmem		12
#define PG_reserved		31

/*
 * ck_assert* tell the Check parent where they are on every call (a write
 * to a pipe); the invariant checks run millions of times, so they only
 * call Check when they fail.
 */
#define expect(cond, ...) do { \
		if (!(cond)) \
			ck_abort_msg(__VA_ARGS__); \
	} while (0)

/* ---- the model ------------------------------------------------------ */

enum { M_RESERVED, M_FREE, M_ALLOC };

struct mblock {
	unsigned long pfn;
	int order, zone;
};

static struct host_zone_info zi[NZ];
static unsigned long npages;		/* max_mapnr */
static unsigned char *mstate;		/* per pfn: M_* */
static signed char *cstart;		/* per pfn: order of the maximal free block starting here, or -1 */
static unsigned char *seen;
static unsigned long mfree[NZ];
static unsigned long ccount[NZ][ORDERS];	/* maximal blocks per order */
static struct mblock *mblocks;
static int nmblocks, maxmblocks;
static int memalloc;			/* the pretend task has PF_MEMALLOC */
static char where[128];			/* context for failure messages */

static int zone_of(unsigned long pfn)
{
	int z;

	for (z = 0; z < NZ; z++)
		if (zi[z].size && pfn >= zi[z].offset &&
		    pfn < zi[z].offset + zi[z].size)
			return z;
	return -1;
}

static void zones_load(void)
{
	int z;

	for (z = 0; z < NZ; z++)
		host_zone_get(z, &zi[z]);
}

static void model_canon(int z);

/* Start the model from a freshly booted allocator: every non-reserved page is free. */
static void model_init(void)
{
	struct host_mm_counters c;
	struct host_page_info pi;
	unsigned long pfn;
	int z;

	host_mm_counters_get(&c);
	npages = c.max_mapnr;
	zones_load();
	free(mstate);
	free(cstart);
	free(seen);
	mstate = calloc(npages, 1);
	cstart = malloc(npages);
	seen = calloc(npages, 1);
	memset(mfree, 0, sizeof(mfree));
	for (pfn = 0; pfn < npages; pfn++) {
		host_page_get(pfn, &pi);
		if (pi.flags & (1UL << PG_reserved)) {
			mstate[pfn] = M_RESERVED;
		} else {
			mstate[pfn] = M_FREE;
			mfree[zone_of(pfn)]++;
		}
	}
	free(mblocks);
	maxmblocks = npages;
	mblocks = malloc(maxmblocks * sizeof(*mblocks));
	nmblocks = 0;
	memalloc = 0;
	host_set_memalloc(0);
	strcpy(where, "");
	for (z = 0; z < NZ; z++)
		if (zi[z].size)
			model_canon(z);
}

/*
 * The maximal buddy blocks of zone z's free pages (zone-relative
 * alignment, at most order 9, never past the zone's end): a buddy
 * allocator that always merges has exactly these on its free lists.
 * Blocks never cross a 512-page boundary, so the decomposition is done
 * per 512-page chunk; canon_chunk() redoes the one a change touched.
 */
static void canon_fill(int z, unsigned long base)
{
	unsigned long off = zi[z].offset, size = zi[z].size, i = base, j;
	unsigned long end = base + (1UL << (ORDERS - 1));
	int k;

	if (end > size)
		end = size;
	while (i < end) {
		if (mstate[off + i] != M_FREE) {
			i++;
			continue;
		}
		k = 0;
		while (k < ORDERS - 1) {
			unsigned long n = 1UL << (k + 1);
			int ok = !(i & (n - 1)) && i + n <= size;

			for (j = i + n / 2; ok && j < i + n; j++)
				ok = mstate[off + j] == M_FREE;
			if (!ok)
				break;
			k++;
		}
		cstart[off + i] = k;
		ccount[z][k]++;
		i += 1UL << k;
	}
}

static void canon_chunk(int z, unsigned long rel)
{
	unsigned long off = zi[z].offset, size = zi[z].size, i;
	unsigned long base = rel & ~((1UL << (ORDERS - 1)) - 1);

	for (i = base; i < base + (1UL << (ORDERS - 1)) && i < size; i++)
		if (cstart[off + i] >= 0) {
			ccount[z][(int)cstart[off + i]]--;
			cstart[off + i] = -1;
		}
	canon_fill(z, base);
}

static void model_canon(int z)
{
	unsigned long base;

	memset(ccount[z], 0, sizeof(ccount[z]));
	memset(cstart + zi[z].offset, -1, zi[z].size);
	for (base = 0; base < zi[z].size; base += 1UL << (ORDERS - 1))
		canon_fill(z, base);
}

static int is_block(int z, unsigned long rel, int k)
{
	return rel < zi[z].size && cstart[zi[z].offset + rel] == k;
}

/*
 * Everything the allocator holds, against the model: free counts, free
 * lists (alignment, zone, no overlap, exactly the maximal blocks), the
 * buddy bitmaps (each pair bit = XOR of the two buddies being free blocks
 * of that order; order 9 excluded: 2.4.0 flips it on allocation only),
 * list links, and every page's count, flags and zone.
 */
static void check_all(void)
{
	static unsigned long *pfns;
	struct host_page_info pi;
	unsigned long pfn;
	int z, k, n, i;

	if (!pfns)
		pfns = malloc(sizeof(*pfns) * (HOST_MAXMEM_PFN + 1));
	zones_load();
	memset(seen, 0, npages);
	for (z = 0; z < NZ; z++) {
		unsigned long off = zi[z].offset, total = 0;

		if (!zi[z].size)
			continue;
		expect(zi[z].free_pages == mfree[z],
		       "%s: zone %d free_pages %lu, model %lu", where, z,
		       zi[z].free_pages, mfree[z]);
		model_canon(z);
		for (k = 0; k < ORDERS; k++) {
			n = host_free_list_get(z, k, pfns, HOST_MAXMEM_PFN + 1);
			expect(n >= 0, "%s: zone %d order %d list broken",
			       where, z, k);
			expect((unsigned long)n == ccount[z][k],
			       "%s: zone %d order %d has %d blocks, model %lu",
			       where, z, k, n, ccount[z][k]);
			for (i = 0; i < n; i++) {
				unsigned long rel = pfns[i] - off;

				expect(pfns[i] >= off && rel < zi[z].size,
				       "%s: block 0x%lx outside zone %d",
				       where, pfns[i], z);
				expect(!(rel & ((1UL << k) - 1)),
				       "%s: block 0x%lx misaligned for order %d",
				       where, pfns[i], k);
				expect(!seen[pfns[i]],
				       "%s: block 0x%lx listed twice", where, pfns[i]);
				expect(cstart[pfns[i]] == k,
				       "%s: block 0x%lx order %d is not a maximal free block (model %d)",
				       where, pfns[i], k, cstart[pfns[i]]);
				seen[pfns[i]] = 1;
				total += 1UL << k;
			}
		}
		expect(total == mfree[z], "%s: zone %d lists hold %lu pages",
		       where, z, total);
		for (k = 0; k < ORDERS - 1; k++) {
			unsigned long bytes, bit;
			const unsigned char *map = host_free_map_get(z, k, &bytes);

			for (bit = 0; bit < bytes * 8; bit++) {
				unsigned long left = bit << (k + 1);
				int want = is_block(z, left, k) ^
					   is_block(z, left + (1UL << k), k);
				int got = (map[bit >> 3] >> (bit & 7)) & 1;

				expect(got == want,
				       "%s: zone %d order %d bit %lu is %d, want %d",
				       where, z, k, bit, got, want);
			}
		}
	}
	/* Counts: 1 on an allocated block's first page, 0 everywhere else. */
	for (i = 0; i < nmblocks; i++)
		seen[mblocks[i].pfn] = 2;
	for (pfn = 0; pfn < npages; pfn++) {
		int reserved, want_count = 0;

		host_page_get(pfn, &pi);
		reserved = !!(pi.flags & (1UL << PG_reserved));
		expect(reserved == (mstate[pfn] == M_RESERVED),
		       "%s: pfn 0x%lx reserved flag %d", where, pfn, reserved);
		expect(pi.zone == zone_of(pfn), "%s: pfn 0x%lx zone %d",
		       where, pfn, pi.zone);
		if (zone_of(pfn) == HIGHMEM) {
			expect(pi.virtual == 0, "%s: pfn 0x%lx virtual 0x%lx",
			       where, pfn, pi.virtual);
			expect(pi.flags & (1UL << PG_highmem),
			       "%s: pfn 0x%lx not PG_highmem", where, pfn);
		} else {
			expect(pi.virtual == HOST_PAGE_OFFSET + (pfn << 12),
			       "%s: pfn 0x%lx virtual 0x%lx", where, pfn, pi.virtual);
			expect(!(pi.flags & (1UL << PG_highmem)),
			       "%s: pfn 0x%lx PG_highmem", where, pfn);
		}
		if (mstate[pfn] == M_ALLOC && seen[pfn] == 2)
			want_count = 1;
		expect(pi.count == want_count, "%s: pfn 0x%lx count %d, want %d",
		       where, pfn, pi.count, want_count);
	}
}

/*
 * The zones a gfp_mask may use, best first (2.4.0's build_zonelists):
 * __GFP_DMA only DMA; __GFP_HIGHMEM (if configured) HighMem, Normal, DMA;
 * otherwise Normal, DMA; empty zones left out.
 */
static int model_zonelist(int gfp, int *zl)
{
	int n = 0;

	if (!(gfp & GFP_DMA)) {
		if (HIGHMEM_ON && (gfp & 0x10) && zi[HIGHMEM].size)
			zl[n++] = HIGHMEM;
		if (zi[NORMAL].size)
			zl[n++] = NORMAL;
	}
	if (zi[DMA].size)
		zl[n++] = DMA;
	return n;
}

static int has_block(int z, int order)
{
	int k;

	for (k = order; k < ORDERS; k++)
		if (ccount[z][k])
			return 1;
	return 0;
}

/* oom_kill.c's out_of_memory() on the host: no inactive pages, no swap. */
static int model_memory_out(void)
{
	struct host_mm_counters c;

	host_mm_counters_get(&c);
	return mfree[DMA] + mfree[NORMAL] + mfree[HIGHMEM] <= c.freepages_min;
}

#define STUCK	(-2)	/* 2.4.0 would retry this request for ever */

/*
 * Which zone __alloc_pages serves a request from, per 2.4.0's passes,
 * on a host where nothing can be reclaimed (shim/reclaim_host.c):
 * free >= pages_low; free > pages_high, pages_low (adds nothing);
 * free > pages_min.  Then a caller that may sleep (not PF_MEMALLOC)
 * waits for kswapd's round, which frees nothing and, if memory is out,
 * OOM-kills the caller, giving it PF_MEMALLOC; a single page then
 * retries (STUCK if memory is not out: no round will ever help), a
 * larger block falls through.  Last: free >= pages_min/4, or anything
 * for PF_MEMALLOC.  In each pass the first zone with a large enough
 * block wins.  -1: NULL.
 */
static int model_predict(int gfp, int order)
{
	int zl[NZ], n, i, z, memalloc_now = memalloc;

	if (order >= ORDERS)
		return -1;
	n = model_zonelist(gfp, zl);
	for (i = 0; i < n; i++) {
		z = zl[i];
		if (mfree[z] >= zi[z].pages_low && has_block(z, order))
			return z;
	}
	for (i = 0; i < n; i++) {
		z = zl[i];
		if (mfree[z] > zi[z].pages_min && has_block(z, order))
			return z;
	}
	if (!memalloc && (gfp & GFP_WAIT)) {
		if (model_memory_out())
			memalloc_now = 1;
		else if (order == 0)
			return STUCK;
	}
	for (i = 0; i < n; i++) {
		z = zl[i];
		if (mfree[z] < zi[z].pages_min / 4 && !memalloc_now)
			continue;
		if (has_block(z, order))
			return z;
	}
	return -1;
}

static void model_mark(unsigned long pfn, int order, int state)
{
	unsigned long i;

	for (i = 0; i < (1UL << order); i++)
		mstate[pfn + i] = state;
}

/*
 * Allocate through the kernel and check the result against the model:
 * the predicted zone (or NULL), and the block is the top 2^order pages of
 * a maximal free block of the smallest order >= order (rmqueue + expand).
 * A request 2.4.0 would retry for ever must reach the shim's second wait
 * (its BUG()) with nothing taken; it returns STUCK.
 * The model must be current (check_all or model_canon since the last change).
 */
static long do_alloc(int gfp, int order)
{
	int z = model_predict(gfp, order), c;
	volatile long pfn = -1;
	unsigned long rel, start, before = nr_free_pages();

	if (HOST_BUGS(pfn = host_alloc_pages(gfp, order))) {
		expect(z == STUCK && host_reclaim_stuck,
		       "%s: gfp 0x%x order %d: BUG at %s:%d, model %d", where,
		       gfp, order, host_bug_file, host_bug_line, z);
		expect(nr_free_pages() == before, "%s: a stuck request took pages",
		       where);
		host_set_memalloc(memalloc);	/* the longjmp skipped it */
		return STUCK;
	}
	expect(z != STUCK, "%s: gfp 0x%x order %d returned 0x%lx, model: retries for ever",
	       where, gfp, order, pfn);
	if (z < 0) {
		expect(pfn < 0, "%s: gfp 0x%x order %d got 0x%lx, model NULL",
		       where, gfp, order, pfn);
		return -1;
	}
	expect(pfn >= 0, "%s: gfp 0x%x order %d got NULL, model zone %d",
	       where, gfp, order, z);
	expect(zone_of(pfn) == z, "%s: gfp 0x%x order %d from zone %d, model %d",
	       where, gfp, order, zone_of(pfn), z);
	for (c = order; !ccount[z][c]; c++)
		;
	rel = pfn - zi[z].offset;
	start = rel + (1UL << order) - (1UL << c);
	expect(start <= rel && is_block(z, start, c),
	       "%s: block 0x%lx (order %d) is not the top of a free order-%d block",
	       where, pfn, order, c);
	model_mark(pfn, order, M_ALLOC);
	mfree[z] -= 1UL << order;
	mblocks[nmblocks].pfn = pfn;
	mblocks[nmblocks].order = order;
	mblocks[nmblocks].zone = z;
	nmblocks++;
	canon_chunk(z, rel);
	return pfn;
}

static void do_free(int i)
{
	struct mblock b = mblocks[i];

	host_free_pages_pfn(b.pfn, b.order);
	model_mark(b.pfn, b.order, M_FREE);
	mfree[b.zone] += 1UL << b.order;
	mblocks[i] = mblocks[--nmblocks];
	canon_chunk(b.zone, b.pfn - zi[b.zone].offset);
}

static void free_all_blocks(void)
{
	while (nmblocks)
		do_free(nmblocks - 1);
}

/* ---- snapshots of the complete free-area state ---------------------- */

struct snap {
	unsigned long free_pages[NZ];
	int n[NZ][ORDERS];
	unsigned long *blocks[NZ][ORDERS];	/* sorted */
	unsigned char *map[NZ][ORDERS];
	unsigned long bytes[NZ][ORDERS];
};

static int cmp_ul(const void *a, const void *b)
{
	unsigned long x = *(const unsigned long *)a, y = *(const unsigned long *)b;

	return x < y ? -1 : x > y;
}

static void snap_take(struct snap *s)
{
	int z, k;

	zones_load();
	memset(s, 0, sizeof(*s));
	for (z = 0; z < NZ; z++) {
		s->free_pages[z] = zi[z].free_pages;
		if (!zi[z].size)
			continue;
		for (k = 0; k < ORDERS; k++) {
			const unsigned char *m;

			s->blocks[z][k] = malloc(sizeof(unsigned long) * (zi[z].size + 1));
			s->n[z][k] = host_free_list_get(z, k, s->blocks[z][k], zi[z].size);
			qsort(s->blocks[z][k], s->n[z][k] > 0 ? s->n[z][k] : 0,
			      sizeof(unsigned long), cmp_ul);
			m = host_free_map_get(z, k, &s->bytes[z][k]);
			s->map[z][k] = malloc(s->bytes[z][k]);
			memcpy(s->map[z][k], m, s->bytes[z][k]);
		}
	}
}

static void snap_free(struct snap *s)
{
	int z, k;

	for (z = 0; z < NZ; z++)
		for (k = 0; k < ORDERS; k++) {
			free(s->blocks[z][k]);
			free(s->map[z][k]);
		}
}

/*
 * Equal except for list order (the lists are LIFO and unordered) and the
 * order-9 bitmap (2.4.0 flips it when allocating from order 9 but not
 * when freeing into it, so it records the parity of such allocations).
 */
static void snap_assert_equal(struct snap *a, struct snap *b, int with_top_map)
{
	int z, k;

	for (z = 0; z < NZ; z++) {
		expect(a->free_pages[z] == b->free_pages[z],
		       "%s: zone %d free %lu vs %lu", where, z,
		       a->free_pages[z], b->free_pages[z]);
		for (k = 0; k < ORDERS; k++) {
			expect(a->n[z][k] == b->n[z][k],
			       "%s: zone %d order %d: %d vs %d blocks",
			       where, z, k, a->n[z][k], b->n[z][k]);
			if (a->n[z][k] > 0)
				expect(!memcmp(a->blocks[z][k], b->blocks[z][k],
						      a->n[z][k] * sizeof(unsigned long)),
				       "%s: zone %d order %d blocks differ",
				       where, z, k);
			expect(a->bytes[z][k] == b->bytes[z][k], "%s: bitmap sizes differ", where);
			if (k < ORDERS - 1 || with_top_map)
				expect(!a->bytes[z][k] ||
				       !memcmp(a->map[z][k], b->map[z][k],
						      a->bytes[z][k]),
				       "%s: zone %d order %d bitmap differs",
				       where, z, k);
		}
	}
}

/* ---- helpers -------------------------------------------------------- */

static unsigned long boot(unsigned long ram)
{
	unsigned long freed;

	host_printk_reset();
	freed = host_boot(ram);
	model_init();
	return freed;
}

static void teardown(void)
{
	host_ram_unmap();
}

static const char *src_line(const char *file, int line)
{
	static char buf[512];
	FILE *f = fopen(file, "r");
	int n = 0;

	buf[0] = '\0';
	if (!f)
		return buf;
	while (fgets(buf, sizeof(buf), f))
		if (++n == line)
			break;
	fclose(f);
	if (n != line)
		buf[0] = '\0';
	return buf;
}

/* The last BUG() was in file, on the line after one containing what. */
static void assert_bug_at(const char *file, const char *what)
{
	ck_assert_ptr_nonnull(host_bug_file);
	ck_assert_msg(strstr(host_bug_file, file) != NULL, "BUG in %s, not %s",
		      host_bug_file, file);
	ck_assert_msg(strstr(src_line(host_bug_file, host_bug_line - 1), what) != NULL,
		      "BUG at %s:%d, not after \"%s\"", host_bug_file,
		      host_bug_line, what);
	ck_assert_ptr_nonnull(strstr(host_printk_log, "kernel BUG at "));
}

/* Count the lines of text in the printk log containing s. */
static int log_count(const char *s)
{
	const char *p = host_printk_log;
	int n = 0;

	while ((p = strstr(p, s))) {
		n++;
		p += strlen(s);
	}
	return n;
}

/* ---- boot: zones, watermarks, mem_map ------------------------------- */

START_TEST(test_consts)
{
	struct host_mm_consts c;
	char msg[128];

	struct host_mm_counters k;

	host_mm_counters_get(&k);
	ck_assert_int_eq(k.config_highmem, HIGHMEM_ON);
	host_mm_consts_get(&c);
	ck_assert_uint_eq(c.sizeof_page, 64);	/* UP spinlock_t is empty */
	ck_assert_uint_eq(c.off_page_count, 20);
	ck_assert_uint_eq(c.off_page_flags, 24);
	ck_assert_uint_eq(c.off_page_lru, 28);
	ck_assert_uint_eq(c.off_page_wait, 40);
	ck_assert_uint_eq(c.off_page_virtual, 56);
	ck_assert_uint_eq(c.off_page_zone, 60);
	ck_assert_uint_eq(c.sizeof_free_area, 12);
	ck_assert_uint_eq(c.sizeof_zone, 180);
	ck_assert_int_eq(c.max_order, 10);
	ck_assert_int_eq(c.nr_zones, 3);
	ck_assert_int_eq(c.nr_gfpindex, 0x100);
	ck_assert_int_eq(c.gfp_wait, 0x01);
	ck_assert_int_eq(c.gfp_high, 0x02);
	ck_assert_int_eq(c.gfp_io, 0x04);
	ck_assert_int_eq(c.gfp_dma, 0x08);
	ck_assert_int_eq(c.gfp_highmem, HIGHMEM_ON ? 0x10 : 0);
	ck_assert_int_eq(c.gfp_buffer, 0x03);
	ck_assert_int_eq(c.gfp_atomic, 0x02);
	ck_assert_int_eq(c.gfp_user, 0x05);
	ck_assert_int_eq(c.gfp_highuser, HIGHMEM_ON ? 0x15 : 0x05);
	ck_assert_int_eq(c.gfp_kernel, 0x07);
	ck_assert_int_eq(c.gfp_nfs, 0x07);
	ck_assert_int_eq(c.gfp_kswapd, 0x04);
	ck_assert_int_eq(c.pg_locked, 0);
	ck_assert_int_eq(c.pg_error, 1);
	ck_assert_int_eq(c.pg_referenced, 2);
	ck_assert_int_eq(c.pg_uptodate, 3);
	ck_assert_int_eq(c.pg_dirty, 4);
	ck_assert_int_eq(c.pg_decr_after, 5);
	ck_assert_int_eq(c.pg_active, 6);
	ck_assert_int_eq(c.pg_inactive_dirty, 7);
	ck_assert_int_eq(c.pg_slab, 8);
	ck_assert_int_eq(c.pg_swap_cache, 9);
	ck_assert_int_eq(c.pg_skip, 10);
	ck_assert_int_eq(c.pg_inactive_clean, 11);
	ck_assert_int_eq(c.pg_highmem, 12);
	ck_assert_int_eq(c.pg_arch_1, 30);
	ck_assert_int_eq(c.pg_reserved, 31);
	ck_assert_int_eq(c.page_age_start, 2);
	ck_assert_msg(host_headers_selftest(msg) == 0, "headers: %s", msg);
}
END_TEST

/* 32 MB: the boot messages, zone layout, watermarks (3.8), mem_map. */
START_TEST(test_boot_32m)
{
	struct host_mm_counters c;
	struct host_page_info pi;
	unsigned long freed = boot(32 * MB), pfn;

	ck_assert_ptr_nonnull(strstr(host_printk_log,
		"On node 0 totalpages: 8192\nzone(0): 4096 pages.\n"
		"zone(1): 4096 pages.\nzone(2): 0 pages.\n"));
	ck_assert_str_eq(zi[DMA].name, "DMA");
	ck_assert_str_eq(zi[NORMAL].name, "Normal");
	ck_assert_str_eq(zi[2].name, "HighMem");
	ck_assert_uint_eq(zi[DMA].size, 4096);
	ck_assert_uint_eq(zi[DMA].offset, 0);
	ck_assert_uint_eq(zi[NORMAL].size, 4096);
	ck_assert_uint_eq(zi[NORMAL].offset, 4096);
	ck_assert_uint_eq(zi[NORMAL].zone_start_paddr, 16 * MB);
	ck_assert_uint_eq(zi[NORMAL].zone_start_mapnr, 4096);
	ck_assert_uint_eq(zi[NORMAL].zone_mem_map_pfn, 4096);
	ck_assert(zi[DMA].pgdat_ok && zi[NORMAL].pgdat_ok && zi[2].pgdat_ok);
	ck_assert_uint_eq(zi[2].size, 0);

	ck_assert_uint_eq(zi[DMA].pages_min, 128);
	ck_assert_uint_eq(zi[DMA].pages_low, 256);
	ck_assert_uint_eq(zi[DMA].pages_high, 384);
	ck_assert_uint_eq(zi[NORMAL].pages_min, 32);
	ck_assert_uint_eq(zi[NORMAL].pages_low, 64);
	ck_assert_uint_eq(zi[NORMAL].pages_high, 96);

	host_mm_counters_get(&c);
	ck_assert_uint_eq(c.freepages_min, 160);
	ck_assert_uint_eq(c.freepages_low, 320);
	ck_assert_uint_eq(c.freepages_high, 480);
	ck_assert_uint_eq(c.max_mapnr, 8192);
	ck_assert_uint_eq(c.num_physpages, 8192);
	ck_assert_uint_eq(c.high_memory, HOST_PAGE_OFFSET + 32 * MB);
	ck_assert(c.pgdat_list_ok);
	ck_assert_uint_eq(c.pgdat_node_size, 8192);
	ck_assert_uint_eq(c.pgdat_node_start_mapnr, 0);
	/* mem_map from bootmem at the 16 MB goal, aligned to sizeof(struct page). */
	ck_assert_uint_eq(c.mem_map, HOST_PAGE_OFFSET + 16 * MB);

	ck_assert_uint_eq(nr_free_pages(), freed);
	ck_assert_uint_eq(mfree[DMA] + mfree[NORMAL], freed);
	for (pfn = 0; pfn < 8192; pfn++) {
		host_page_get(pfn, &pi);
		expect(pi.count == 0, "pfn 0x%lx count %d", pfn, pi.count);
		expect(pi.list_self || mstate[pfn] == M_FREE,
		       "pfn 0x%lx list not self-linked", pfn);
	}
	/* The fresh allocator already satisfies every invariant. */
	check_all();
}
END_TEST

/* Watermarks at other sizes: the ratio, the min clamp, the max clamp. */
START_TEST(test_watermarks)
{
	struct host_mm_counters c;
	struct host_mm_config cfg;

	boot(8 * MB);			/* 2048 DMA pages, no Normal zone */
	ck_assert_uint_eq(zi[DMA].size, 2048);
	ck_assert_uint_eq(zi[NORMAL].size, 0);
	ck_assert_uint_eq(zi[DMA].pages_min, 64);
	ck_assert_uint_eq(zi[DMA].pages_low, 128);
	ck_assert_uint_eq(zi[DMA].pages_high, 192);
	check_all();

	boot(16 * MB);			/* exactly the DMA zone */
	ck_assert_uint_eq(zi[DMA].size, 4096);
	ck_assert_uint_eq(zi[NORMAL].size, 0);
	ck_assert_uint_eq(zi[DMA].pages_min, 128);

	boot(1024 * MB);		/* Normal: 225280 / 128 = 1760 -> 255 */
	ck_assert_uint_eq(zi[NORMAL].size, HOST_MAXMEM_PFN - 4096);
	ck_assert_uint_eq(zi[NORMAL].pages_min, 255);
	ck_assert_uint_eq(zi[NORMAL].pages_low, 510);
	ck_assert_uint_eq(zi[NORMAL].pages_high, 765);
	host_mm_counters_get(&c);
	if (HIGHMEM_ON) {
		/* HighMem: 32768 / 128 = 256 -> 255 as well. */
		ck_assert_uint_eq(zi[HIGHMEM].size, 32768);
		ck_assert_uint_eq(zi[HIGHMEM].pages_min, 255);
		ck_assert_uint_eq(zi[HIGHMEM].pages_low, 510);
		ck_assert_uint_eq(zi[HIGHMEM].pages_high, 765);
		ck_assert_uint_eq(c.freepages_min, 128 + 255 + 255);
		ck_assert_uint_eq(c.freepages_high, 384 + 765 + 765);
	} else {
		ck_assert_uint_eq(zi[HIGHMEM].size, 0);
		ck_assert_uint_eq(c.freepages_min, 128 + 255);
		ck_assert_uint_eq(c.freepages_high, 384 + 765);
	}

	/* 304 pages: 304 / 32 = 9, clamped up to zone_balance_min 10. */
	host_ram_map(0x130000);
	host_mm_reset();
	host_mm_default_config(&cfg, 0x130000);
	cfg.kernel_end = 0x110000;
	host_mm_boot(&cfg);
	zones_load();
	ck_assert_uint_eq(zi[DMA].size, 304);
	ck_assert_uint_eq(zi[DMA].pages_min, 10);
	ck_assert_uint_eq(zi[DMA].pages_low, 20);
	ck_assert_uint_eq(zi[DMA].pages_high, 30);
}
END_TEST

/* build_zonelists: all 256 lists, DMA-only for __GFP_DMA. */
START_TEST(test_zonelists)
{
	int zones[NZ + 1], i;

	boot(32 * MB);
	for (i = 0; i < HOST_NR_GFPINDEX; i++) {
		ck_assert_int_eq(host_zonelist_get(i, zones), i);
		if (i & GFP_DMA) {
			ck_assert_int_eq(zones[0], DMA);
			ck_assert_int_eq(zones[1], -1);
		} else {
			ck_assert_int_eq(zones[0], NORMAL);
			ck_assert_int_eq(zones[1], DMA);
			ck_assert_int_eq(zones[2], -1);
		}
	}
	boot(8 * MB);			/* no Normal zone: everything is DMA */
	for (i = 0; i < HOST_NR_GFPINDEX; i++) {
		host_zonelist_get(i, zones);
		ck_assert_int_eq(zones[0], DMA);
		ck_assert_int_eq(zones[1], -1);
	}
	boot(1024 * MB);		/* with HIGHMEM, three zones */
	for (i = 0; i < HOST_NR_GFPINDEX; i++) {
		int want[NZ + 1], n, j;

		ck_assert_int_eq(host_zonelist_get(i, zones), i);
		n = model_zonelist(i, want);
		want[n] = -1;
		for (j = 0; j <= n; j++)
			ck_assert_int_eq(zones[j], want[j]);
		if (i & GFP_DMA)
			ck_assert_int_eq(n, 1);
		else if (HIGHMEM_ON && (i & 0x10))
			ck_assert_int_eq(n, 3);
		else
			ck_assert_int_eq(n, 2);
	}
}
END_TEST

/* ---- allocation and freeing ----------------------------------------- */

/* Every order: placement (top of the smallest block), count, and a full return. */
START_TEST(test_every_order)
{
	struct snap s0, s1;
	int order;

	boot(32 * MB);
	snap_take(&s0);
	for (order = 0; order < ORDERS; order++) {
		struct host_page_info pi;
		long pfn;

		snprintf(where, sizeof(where), "order %d", order);
		model_canon(NORMAL);
		model_canon(DMA);
		pfn = do_alloc(GFP_KERNEL, order);
		ck_assert_int_eq(zone_of(pfn), NORMAL);
		ck_assert_uint_eq((pfn - zi[NORMAL].offset) & ((1UL << order) - 1), 0);
		host_page_get(pfn, &pi);
		ck_assert_int_eq(pi.count, 1);
		check_all();
		do_free(0);
		check_all();
		snap_take(&s1);
		snap_assert_equal(&s0, &s1, 0);
		snap_free(&s1);
	}
	/* Orders the buddy system does not have: NULL, nothing touched. */
	ck_assert_int_eq(host_alloc_pages(GFP_KERNEL, ORDERS), -1);
	ck_assert_int_eq(host_alloc_pages(GFP_KERNEL, 31), -1);
	ck_assert_uint_eq(host_get_free_pages(GFP_KERNEL, ORDERS), 0);
	ck_assert_int_eq(log_count("allocation failed"), 0);
	snap_take(&s1);
	snap_assert_equal(&s0, &s1, 0);
	snap_free(&s1);
	snap_free(&s0);
}
END_TEST

/* __get_free_pages / free_pages by address; get_zeroed_page clears. */
START_TEST(test_addresses)
{
	struct host_mm_counters c;
	struct snap s0, s1;
	unsigned long addr, pfn, i;
	unsigned char *p;

	boot(32 * MB);
	snap_take(&s0);
	addr = host_get_free_pages(GFP_KERNEL, 3);
	ck_assert_uint_ne(addr, 0);
	ck_assert_uint_eq(addr & (8 * HOST_PAGE_SIZE - 1), 0);	/* Normal starts at 16 MB */
	free_pages(addr, 3);
	snap_take(&s1);
	snap_assert_equal(&s0, &s1, 0);
	snap_free(&s1);

	/* Dirty every free page, then ask for a zeroed one. */
	for (pfn = 0; pfn < npages; pfn++)
		if (mstate[pfn] == M_FREE)
			memset((void *)(HOST_PAGE_OFFSET + (pfn << 12)), 0x5a, 4096);
	addr = host_get_zeroed_page(GFP_KERNEL);
	ck_assert_uint_ne(addr, 0);
	p = (unsigned char *)addr;
	for (i = 0; i < 4096; i++)
		expect(p[i] == 0, "byte %lu is 0x%x", i, p[i]);
	ck_assert_uint_eq(p[4096], 0x5a);	/* only the one page */
	free_pages(addr, 0);

	/* An address past mem_map (VALID_PAGE fails) is ignored. */
	host_mm_counters_get(&c);
	free_pages(HOST_PAGE_OFFSET + (c.max_mapnr + 5) * HOST_PAGE_SIZE, 0);
	snap_take(&s1);
	snap_assert_equal(&s0, &s1, 0);
	snap_free(&s1);
	snap_free(&s0);
}
END_TEST

/* Many blocks of mixed orders, freed in random order: back to the boot state. */
START_TEST(test_coalesce)
{
	struct snap s0, s1;
	unsigned int seed = 7;
	int round;

	boot(32 * MB);
	snap_take(&s0);
	for (round = 0; round < 3; round++) {
		snprintf(where, sizeof(where), "coalesce round %d", round);
		while (1) {
			int order = rand_r(&seed) % 4;

			if (round == 1)
				order = 0;
			if (do_alloc(round == 2 ? GFP_ATOMIC : GFP_KERNEL, order) < 0)
				break;
		}
		check_all();
		while (nmblocks)
			do_free(rand_r(&seed) % nmblocks);
		check_all();
		snap_take(&s1);
		snap_assert_equal(&s0, &s1, 0);
		snap_free(&s1);
	}
	snap_free(&s0);
}
END_TEST

/*
 * Zone fallback for single pages, 32 MB, step by step: Normal down to
 * pages_low, DMA down to pages_low, Normal down to pages_min, DMA down
 * to pages_min.  There 160 pages are left, freepages.min: memory is out.
 * A request that cannot wait goes on: Normal down to pages_min/4, DMA
 * down to pages_min/4, then NULL.  One that can wait (GFP_KERNEL,
 * GFP_USER, GFP_BUFFER) waits for kswapd, whose oom_kill() chooses it
 * (the host's only task) and gives it PF_MEMALLOC: Normal down to 0,
 * DMA down to 0, then NULL.
 */
struct phase {
	int zone;
	unsigned long stop_at;
};

static void fallback_phases(int gfp, const struct phase *phase, unsigned int n)
{
	unsigned int p;

	for (p = 0; p < n; p++) {
		int z = phase[p].zone;

		while (mfree[z] > phase[p].stop_at) {
			snprintf(where, sizeof(where), "gfp 0x%x phase %u", gfp, p);
			long pfn = do_alloc(gfp, 0);

			expect(zone_of(pfn) == z, "%s: zone %d, want %d", where,
			       zone_of(pfn), z);
		}
	}
	host_printk_reset();
	ck_assert_int_eq(do_alloc(gfp, 0), -1);
	ck_assert_ptr_nonnull(strstr(host_printk_log,
			     "<3>__alloc_pages: 0-order allocation failed.\n"));
	check_all();
}

/* 32 MB: Normal 32/64/96, DMA 128/256/384. */
static void fallback_run(int gfp)
{
	static const struct phase phase[] = {
		{ NORMAL, 63 }, { DMA, 255 }, { NORMAL, 32 }, { DMA, 128 },
		{ NORMAL, 7 }, { DMA, 31 },
	};
	static const struct phase victim[] = {
		{ NORMAL, 63 }, { DMA, 255 }, { NORMAL, 32 }, { DMA, 128 },
		{ NORMAL, 0 }, { DMA, 0 },
	};

	if (gfp & GFP_WAIT)
		fallback_phases(gfp, victim, sizeof(victim) / sizeof(victim[0]));
	else
		fallback_phases(gfp, phase, sizeof(phase) / sizeof(phase[0]));
}

START_TEST(test_fallback_kernel)
{
	struct snap s0, s1;

	boot(32 * MB);
	snap_take(&s0);
	fallback_run(GFP_KERNEL);
	free_all_blocks();
	check_all();
	snap_take(&s1);
	snap_assert_equal(&s0, &s1, 0);
	snap_free(&s1);
	snap_free(&s0);
}
END_TEST

START_TEST(test_fallback_others)
{
	int gfps[] = { GFP_ATOMIC, GFP_USER, GFP_BUFFER, GFP_KSWAPD, 0 };
	unsigned int i;

	for (i = 0; i < sizeof(gfps) / sizeof(gfps[0]); i++) {
		boot(32 * MB);
		fallback_run(gfps[i]);
	}
}
END_TEST

/*
 * __GFP_DMA never touches Normal or HighMem; it stops at a quarter of
 * DMA's pages_min, and even PF_MEMALLOC only empties DMA.  Memory is
 * not out (Normal is full), so kswapd kills nobody: a single page that
 * may wait, below DMA's pages_min, is retried for ever by 2.4.0 (STUCK),
 * while larger blocks fall through to the last pass.
 */
static void dma_only(unsigned long ram, int gfp)
{
	unsigned long other0;
	int n = 0, stuck = 0;

	boot(ram);
	other0 = mfree[NORMAL] + mfree[HIGHMEM];
	snprintf(where, sizeof(where), "gfp 0x%x", gfp);
	for (;;) {
		long pfn = do_alloc(gfp, n % 3);

		n++;
		if (pfn == STUCK) {
			expect(mfree[DMA] <= zi[DMA].pages_min,
			       "stuck with %lu DMA pages", mfree[DMA]);
			stuck++;
			continue;
		}
		if (pfn < 0)
			break;
		expect(zone_of(pfn) == DMA && pfn < 4096, "pfn 0x%lx", pfn);
	}
	if (gfp & GFP_WAIT)
		ck_assert_int_gt(stuck, 0);
	else
		ck_assert_int_eq(stuck, 0);
	ck_assert_uint_eq(mfree[NORMAL] + mfree[HIGHMEM], other0);
	ck_assert_uint_lt(mfree[DMA], 32 + 4);
	check_all();
	memalloc = 1;
	host_set_memalloc(1);
	while (do_alloc(gfp & ~GFP_WAIT, 0) >= 0)
		;
	ck_assert_uint_eq(mfree[DMA], 0);
	ck_assert_uint_eq(mfree[NORMAL] + mfree[HIGHMEM], other0);
	check_all();
}

START_TEST(test_dma_only)
{
	dma_only(32 * MB, GFP_KERNEL | GFP_DMA);
	dma_only(32 * MB, GFP_ATOMIC | GFP_DMA);
	dma_only(1024 * MB, GFP_HIGHUSER | GFP_DMA);
	dma_only(1024 * MB, 0xff);
}
END_TEST

/* PF_MEMALLOC callers may take the very last pages; the rest stop at pages_min/4. */
START_TEST(test_memalloc)
{
	struct snap s0, s1;

	boot(32 * MB);
	snap_take(&s0);
	fallback_run(GFP_ATOMIC);
	memalloc = 1;
	host_set_memalloc(1);
	while (do_alloc(GFP_KERNEL, 0) >= 0)
		;
	ck_assert_uint_eq(mfree[NORMAL], 0);
	ck_assert_uint_eq(mfree[DMA], 0);
	ck_assert_uint_eq(nr_free_pages(), 0);
	check_all();
	free_all_blocks();
	check_all();
	snap_take(&s1);
	snap_assert_equal(&s0, &s1, 0);
	snap_free(&s1);
	snap_free(&s0);
}
END_TEST

/*
 * Large blocks until exhaustion, per order; a failed large request leaves
 * the allocator untouched.
 */
START_TEST(test_exhaust_orders)
{
	struct snap s0, s1, s2;
	int order;

	boot(32 * MB);
	snap_take(&s0);
	for (order = ORDERS - 1; order >= 0; order--) {
		snprintf(where, sizeof(where), "exhaust order %d", order);
		while (do_alloc(GFP_KERNEL, order) >= 0)
			;
		check_all();
		snap_take(&s1);
		host_printk_reset();
		ck_assert_int_eq(do_alloc(GFP_KERNEL, order), -1);
		ck_assert_int_eq(log_count("allocation failed"), 1);
		snap_take(&s2);
		snap_assert_equal(&s1, &s2, 1);
		snap_free(&s1);
		snap_free(&s2);
	}
	free_all_blocks();
	check_all();
	snap_take(&s1);
	snap_assert_equal(&s0, &s1, 0);
	snap_free(&s1);
	snap_free(&s0);
}
END_TEST

/*
 * Boot reservations (page 0, the 640 KB-1 MB hole, the kernel, mem_map,
 * the buddy bitmaps) are never handed out; everything bootmem had free,
 * plus its own bitmap, is.
 */
START_TEST(test_reservations_kept)
{
	struct host_mm_config cfg;
	struct host_bootmem_info bi;
	unsigned char *map, *got;
	unsigned long pfn, map_pfn, bytes = 8192 / 8, n = 0, want = 0;
	long p;

	host_ram_map(32 * MB);
	host_mm_reset();
	host_mm_default_config(&cfg, 32 * MB);
	host_setup_bootmem(&cfg);
	host_paging_init();
	host_bootmem_get(&bi);
	map = malloc(bytes);
	memcpy(map, bi.map, bytes);
	map_pfn = ((unsigned long)bi.map - HOST_PAGE_OFFSET) >> 12;
	host_mem_init();
	model_init();

	got = calloc(8192, 1);
	host_set_memalloc(1);
	memalloc = 1;
	while ((p = host_alloc_pages(GFP_ATOMIC, 0)) >= 0) {
		expect(p < 8192, "pfn 0x%lx", p);
		expect(!((map[p >> 3] >> (p & 7)) & 1) || p == map_pfn,
		       "reserved pfn 0x%lx handed out", p);
		expect(!got[p], "pfn 0x%lx twice", p);
		got[p] = 1;
		n++;
	}
	for (pfn = 0; pfn < 8192; pfn++) {
		int was_free = !((map[pfn >> 3] >> (pfn & 7)) & 1) || pfn == map_pfn;

		want += was_free;
		expect(got[pfn] == was_free, "pfn 0x%lx: got %d", pfn, got[pfn]);
	}
	ck_assert_uint_eq(n, want);
	ck_assert_uint_eq(nr_free_pages(), 0);
	free(map);
	free(got);
}
END_TEST

/* memory_pressure: +1 per __alloc_pages (+1 more when a waiting one fails), -1 per free above 1. */
START_TEST(test_memory_pressure)
{
	struct host_mm_counters c;
	long pfn[10];
	int i;

	boot(32 * MB);
	host_mm_counters_get(&c);
	ck_assert_int_eq(c.memory_pressure, 0);
	for (i = 0; i < 10; i++)
		pfn[i] = host_alloc_pages(GFP_KERNEL, 0);
	host_mm_counters_get(&c);
	ck_assert_int_eq(c.memory_pressure, 10);
	for (i = 0; i < 10; i++)
		host_free_pages_pfn(pfn[i], 0);
	host_mm_counters_get(&c);
	ck_assert_int_eq(c.memory_pressure, 1);	/* never below NR_CPUS */
	host_alloc_pages(GFP_KERNEL, ORDERS);	/* refused inline: no count */
	host_mm_counters_get(&c);
	ck_assert_int_eq(c.memory_pressure, 1);

	model_init();
	fallback_run(GFP_KERNEL);		/* ends with one failed request */
	host_mm_counters_get(&c);
	{
		int before = c.memory_pressure;

		host_alloc_pages(GFP_KERNEL, 0);	/* fails: +1, +1 at the kswapd wait */
		host_mm_counters_get(&c);
		ck_assert_int_eq(c.memory_pressure, before + 2);
		host_alloc_pages(GFP_ATOMIC, 0);	/* fails without waiting: +1 */
		host_mm_counters_get(&c);
		ck_assert_int_eq(c.memory_pressure, before + 3);
	}
}
END_TEST

/* nr_free_buffer_pages: free (+0 inactive), at least freepages.high + inactive_target. */
START_TEST(test_counters)
{
	struct host_mm_counters c;
	unsigned long target;

	boot(32 * MB);
	ck_assert_uint_eq(nr_inactive_clean_pages(), 0);
	ck_assert_uint_eq(nr_free_buffer_pages(), nr_free_pages());
	fallback_run(GFP_KERNEL);
	host_mm_counters_get(&c);
	target = (unsigned long)(c.memory_pressure >> 6);
	if (target > c.num_physpages / 4)
		target = c.num_physpages / 4;
	ck_assert_uint_lt(nr_free_pages(), 480);
	ck_assert_uint_eq(nr_free_buffer_pages(), 480 + target);
	ck_assert_uint_gt(target, 0);
}
END_TEST

/* show_free_areas: 2.4.0's layout, numbers from the free lists. */
START_TEST(test_show_free_areas)
{
	char want[2048], *w = want;
	unsigned long list[8192];
	int z, k, n;

	boot(32 * MB);
	do_alloc(GFP_KERNEL, 0);
	do_alloc(GFP_KERNEL | GFP_DMA, 2);
	zones_load();
	w += sprintf(w, "Free pages:      %6lukB (%6lukB HighMem)\n",
		     (mfree[DMA] + mfree[NORMAL] + mfree[HIGHMEM]) * 4,
		     mfree[HIGHMEM] * 4);
	w += sprintf(w, "( Active: 0, inactive_dirty: 0, inactive_clean: 0, "
		     "free: %lu (160 320 480) )\n",
		     mfree[DMA] + mfree[NORMAL] + mfree[HIGHMEM]);
	for (z = 0; z < NZ; z++) {
		unsigned long total = 0;

		for (k = 0; zi[z].size && k < ORDERS; k++) {
			n = host_free_list_get(z, k, list, 8192);
			total += (unsigned long)n << k;
			w += sprintf(w, "%d*%lukB ", n, 4UL << k);
		}
		w += sprintf(w, "= %lukB)\n", total * 4);
	}
	/* Last, the swap cache's counters (the shim's: no swap cache). */
	w += sprintf(w, "Swap cache: add 0, delete 0, find 0/0\n");
	host_printk_reset();
	show_free_areas();
	ck_assert_str_eq(host_printk_log, want);
}
END_TEST

/*
 * memory_pressure on failed requests, by gfp_mask: every request counts
 * 1; one that may wait counts 1 more, whether it waits for kswapd
 * (__GFP_IO) or frees pages itself (no __GFP_IO); any order.
 */
START_TEST(test_memory_pressure_by_gfp)
{
	static const struct {
		int gfp, order, add;
	} cases[] = {
		{ GFP_KERNEL, 0, 2 }, { GFP_USER, 0, 2 }, { GFP_BUFFER, 0, 2 },
		{ GFP_WAIT, 0, 2 }, { GFP_KERNEL, 3, 2 }, { GFP_BUFFER, 1, 2 },
		{ GFP_ATOMIC, 0, 1 }, { GFP_KSWAPD, 0, 1 }, { 0, 2, 1 },
	};
	struct host_mm_counters c;
	unsigned int i;

	boot(32 * MB);
	fallback_run(GFP_KERNEL);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int before;

		host_mm_counters_get(&c);
		before = c.memory_pressure;
		host_printk_reset();
		ck_assert_int_eq(host_alloc_pages(cases[i].gfp, cases[i].order), -1);
		ck_assert_int_eq(log_count("allocation failed"), 1);
		host_mm_counters_get(&c);
		ck_assert_msg(c.memory_pressure == before + cases[i].add,
			      "gfp 0x%x order %d: pressure %d, want %d",
			      cases[i].gfp, cases[i].order, c.memory_pressure,
			      before + cases[i].add);
	}
}
END_TEST

/*
 * The buddy bitmaps' sizes: for order k the zone rounded up to whole
 * pairs of 2^k blocks, one bit per block, in whole 4-byte words.
 */
static void check_map_sizes(int z)
{
	int k;

	for (k = 0; k < ORDERS; k++) {
		unsigned long pair = 2UL << k, bytes;
		unsigned long bits = (zi[z].size + pair - 1) / pair * 2;

		host_free_map_get(z, k, &bytes);
		ck_assert_msg(bytes == ((bits + 31) / 32) * 4,
			      "zone %d (%lu pages) order %d: %lu bytes, want %lu",
			      z, zi[z].size, k, bytes, ((bits + 31) / 32) * 4);
	}
}

START_TEST(test_bitmap_sizes)
{
	struct host_mm_config cfg;

	boot(32 * MB);
	check_map_sizes(DMA);
	check_map_sizes(NORMAL);
	boot(1024 * MB);
	check_map_sizes(DMA);
	check_map_sizes(NORMAL);
	if (HIGHMEM_ON)
		check_map_sizes(HIGHMEM);

	/* 304 pages: not a multiple of any pair above order 2. */
	host_ram_map(0x130000);
	host_mm_reset();
	host_mm_default_config(&cfg, 0x130000);
	cfg.kernel_end = 0x110000;
	host_mm_boot(&cfg);
	zones_load();
	ck_assert_uint_eq(zi[DMA].size, 304);
	check_map_sizes(DMA);
}
END_TEST

/* The HighMem count in show_free_areas() follows the HighMem zone. */
START_TEST(test_show_free_highmem)
{
	char want[128];
	long pfn;

	boot(1024 * MB);
	pfn = do_alloc(GFP_HIGHUSER, 2);
	ck_assert_int_ge(pfn, 0);
	sprintf(want, "Free pages:      %6lukB (%6lukB HighMem)\n",
		nr_free_pages() * 4UL, HIGHMEM_ON ? (32768UL - 4) * 4 : 0UL);
	host_printk_reset();
	show_free_areas();
	ck_assert_msg(!strncmp(host_printk_log, want, strlen(want)),
		      "got %.60s", host_printk_log);
}
END_TEST

/* ---- bad input: what 2.4.0 BUGs on, and what it lets through --------- */

static long alloc_one(int order)
{
	long pfn;

	model_canon(NORMAL);
	model_canon(DMA);
	pfn = do_alloc(GFP_KERNEL, order);
	ck_assert_int_ge(pfn, 0);
	return pfn;
}

/* Freeing with order MAX_ORDER: the merge loop runs off free_area[]. */
START_TEST(test_bug_order_too_big)
{
	long pfn;

	boot(32 * MB);
	do {
		pfn = alloc_one(ORDERS - 1);
	} while ((pfn - zi[zone_of(pfn)].offset) & 1023);
	ck_assert(HOST_BUGS(host_free_pages_pfn(pfn, ORDERS)));
	assert_bug_at("mm/page_alloc.c", "area >= zone->free_area + MAX_ORDER");
}
END_TEST

/* A block not aligned to the order it is freed with. */
START_TEST(test_bug_misaligned)
{
	long pfn;

	boot(32 * MB);
	do {
		pfn = alloc_one(0);	/* the top page of a split block is odd */
	} while (!(pfn & 1));
	ck_assert(HOST_BUGS(host_free_pages_pfn(pfn, 1)));
	assert_bug_at("mm/page_alloc.c", "page_idx & ~mask");
}
END_TEST

/* Each sanity check at the top of __free_pages_ok. */
START_TEST(test_bug_page_state)
{
	static const struct {
		int kind;
		const char *check;
	} cases[] = {
		{ 0, "page->buffers" }, { 1, "page->mapping" },
		{ 2, "PageSwapCache(page)" }, { 3, "PageLocked(page)" },
		{ 4, "PageDecrAfter(page)" }, { 5, "PageActive(page)" },
		{ 6, "PageInactiveDirty(page)" }, { 7, "PageInactiveClean(page)" },
	};
	unsigned int i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		long pfn;

		boot(32 * MB);
		pfn = alloc_one(0);
		switch (cases[i].kind) {
		case 0: host_page_set_buffers(pfn, (void *)0x1234); break;
		case 1: host_page_set_mapping(pfn, (void *)0x1234); break;
		case 2: host_page_set_flag(pfn, PG_swap_cache); break;
		case 3: host_page_set_flag(pfn, PG_locked); break;
		case 4: host_page_set_flag(pfn, PG_decr_after); break;
		default: host_lru_add(pfn, cases[i].kind - 5); break;
		}
		ck_assert_msg(HOST_BUGS(host_free_pages_pfn(pfn, 0)),
			      "no BUG for %s", cases[i].check);
		assert_bug_at("mm/page_alloc.c", cases[i].check);
	}
}
END_TEST

/* The spare struct page after mem_map[max_mapnr - 1] is not VALID_PAGE. */
START_TEST(test_bug_invalid_page)
{
	struct host_mm_counters c;

	boot(32 * MB);
	host_mm_counters_get(&c);
	host_page_set_count(c.max_mapnr, 1);
	ck_assert(HOST_BUGS(host_free_pages_pfn(c.max_mapnr, 0)));
	assert_bug_at("mm/page_alloc.c", "VALID_PAGE(page)");
}
END_TEST

/*
 * A HighMem zone in a kernel without CONFIG_HIGHMEM: build_zonelists'
 * BUG() for it sits in the case for lists that start at HighMem, which
 * no gfp_mask selects when __GFP_HIGHMEM is 0, so 2.4.0 never reaches
 * it: the zone is set up but no zonelist contains it.
 */
#ifdef HOST_NOHIGHMEM
START_TEST(test_highmem_zone_unreachable)
{
	struct host_mm_config cfg;
	int zones[NZ + 1], i, j;

	host_ram_map(32 * MB);
	host_mm_reset();
	host_mm_default_config(&cfg, 32 * MB);
	host_setup_bootmem(&cfg);
	ck_assert(!HOST_BUGS(host_free_area_init(4096, 2048, 2048)));
	zones_load();
	ck_assert_uint_eq(zi[2].size, 2048);
	for (i = 0; i < HOST_NR_GFPINDEX; i++) {
		host_zonelist_get(i, zones);
		for (j = 0; j < NZ + 1 && zones[j] >= 0; j++)
			ck_assert_int_ne(zones[j], 2);
	}
}
END_TEST
#endif

/* The LRU list macros of swap.h refuse a listed or unused page. */
START_TEST(test_bug_lru_macros)
{
	long pfn;

	boot(32 * MB);
	pfn = alloc_one(0);
	host_lru_add(pfn, 0);
	ck_assert(HOST_BUGS(host_lru_add(pfn, 1)));
	host_lru_del(pfn, 0);
	host_page_set_count(pfn, 0);
	ck_assert(HOST_BUGS(host_lru_add(pfn, 0)));
}
END_TEST

/*
 * A reserved page is never freed: 2.4.0 ignores the call silently
 * (__free_pages tests PG_reserved first), count untouched.
 */
START_TEST(test_free_reserved_ignored)
{
	struct host_page_info pi;
	struct snap s0, s1;
	unsigned long pfns[] = { 0, 0x9f, 0x100, 0x150, 4096 };
	unsigned int i;

	boot(32 * MB);
	snap_take(&s0);
	for (i = 0; i < sizeof(pfns) / sizeof(pfns[0]); i++) {
		ck_assert_int_eq(mstate[pfns[i]], M_RESERVED);
		ck_assert(!HOST_BUGS(host_free_pages_pfn(pfns[i], 0)));
		host_page_get(pfns[i], &pi);
		ck_assert_int_eq(pi.count, 0);
		ck_assert(pi.flags & (1UL << PG_reserved));
	}
	snap_take(&s1);
	snap_assert_equal(&s0, &s1, 1);
	check_all();
	snap_free(&s1);
	snap_free(&s0);
}
END_TEST

/*
 * A double free is not detected by 2.4.0: the second __free_pages only
 * drops the count to -1 (put_page_testzero is false), so the allocator's
 * lists are unchanged.  Documented, not fixed.
 */
START_TEST(test_double_free_silent)
{
	struct host_page_info pi;
	struct snap s0, s1;
	long pfn;

	boot(32 * MB);
	pfn = alloc_one(0);
	do_free(0);
	snap_take(&s0);
	ck_assert(!HOST_BUGS(host_free_pages_pfn(pfn, 0)));
	host_page_get(pfn, &pi);
	ck_assert_int_eq(pi.count, -1);
	snap_take(&s1);
	snap_assert_equal(&s0, &s1, 1);
	snap_free(&s1);
	snap_free(&s0);
}
END_TEST

/* ---- randomized sequence against the model ---------------------------- */

static const int common_gfp[] = {
	GFP_KERNEL, GFP_USER, GFP_ATOMIC, GFP_BUFFER, GFP_KERNEL | GFP_DMA,
	GFP_ATOMIC | GFP_DMA, GFP_HIGHUSER, GFP_KSWAPD, 0,
};

static void random_run(unsigned long ram, unsigned long steps,
		       unsigned long seed0, unsigned long check_every,
		       unsigned long min_failed)
{
	unsigned int seed = seed0;
	unsigned long step, allocs = 0, frees = 0, nulls = 0, stuck = 0;
	int fill = 1;
	struct snap s0, s1;

	boot(ram);
	snap_take(&s0);
	for (step = 0; step < steps; step++) {
		int r = rand_r(&seed) % 100;

		snprintf(where, sizeof(where), "seed %lu step %lu", seed0, step);
		if (nmblocks == 0 || (fill ? r < 75 : r < 25)) {
			int gfp, order;

			if (rand_r(&seed) % 10 < 7)
				gfp = common_gfp[rand_r(&seed) %
						 (sizeof(common_gfp) / sizeof(int))];
			else
				gfp = rand_r(&seed) % HOST_NR_GFPINDEX;
			/* Geometric: order k with odds 2^-(k+1); rarely 10. */
			order = __builtin_ctz(rand_r(&seed) | 0x400);
			memalloc = rand_r(&seed) % 20 == 0;
			host_set_memalloc(memalloc);
			long pfn = do_alloc(gfp, order);

			if (pfn == STUCK)
				stuck++;
			if (pfn < 0) {
				if (order < ORDERS) {
					nulls++;
					fill = 0;
				}
			} else {
				allocs++;
			}
		} else {
			do_free(rand_r(&seed) % nmblocks);
			frees++;
			if (!nmblocks || rand_r(&seed) % 2000 == 0)
				fill = 1;
		}
		if (step % check_every == 0 || step == steps - 1)
			check_all();
	}
	memalloc = 0;
	host_set_memalloc(0);
	free_all_blocks();
	check_all();
	snap_take(&s1);
	snap_assert_equal(&s0, &s1, 0);
	snap_free(&s1);
	snap_free(&s0);
	fprintf(stderr, "random %lu MB seed %lu: %lu steps, %lu allocs, "
		"%lu failed (memory exhausted; %lu of them would retry for "
		"ever), %lu frees\n", ram / MB, seed0, steps, allocs, nulls,
		stuck, frees);
	ck_assert_uint_ge(nulls, min_failed);	/* exhaustion was reached */
}

START_TEST(test_random_32m)
{
	random_run(32 * MB, 100000, 20010104, 1, 20);
}
END_TEST

START_TEST(test_random_8m)
{
	random_run(8 * MB, 30000, 42, 1, 20);
}
END_TEST

/* ---- 1 GB ----------------------------------------------------------- */

/* Take every page there is, as PF_MEMALLOC, without the per-step model. */
static unsigned long drain_all(void)
{
	unsigned long n = 0;
	long pfn;

	memalloc = 1;
	host_set_memalloc(1);
	while ((pfn = host_alloc_pages(GFP_HIGHUSER, 0)) >= 0) {
		expect(pfn < (long)npages, "pfn 0x%lx", pfn);
		expect(mstate[pfn] == M_FREE, "pfn 0x%lx was not free", pfn);
		model_mark(pfn, 0, M_ALLOC);
		mfree[zone_of(pfn)]--;
		mblocks[nmblocks].pfn = pfn;
		mblocks[nmblocks].order = 0;
		mblocks[nmblocks].zone = zone_of(pfn);
		nmblocks++;
		n++;
	}
	return n;
}

static void undrain_all(void)
{
	while (nmblocks) {
		struct mblock b = mblocks[--nmblocks];

		host_free_pages_pfn(b.pfn, b.order);
		model_mark(b.pfn, b.order, M_FREE);
		mfree[b.zone] += 1UL << b.order;
	}
	memalloc = 0;
	host_set_memalloc(0);
}

#ifdef HOST_NOHIGHMEM
/* Without HIGHMEM the RAM above 896 MB is simply not used. */
START_TEST(test_1g)
{
	struct host_mm_counters c;
	struct snap s0, s1;
	unsigned long freed = boot(1024 * MB);

	ck_assert_ptr_nonnull(strstr(host_printk_log,
		"On node 0 totalpages: 229376\nzone(0): 4096 pages.\n"
		"zone(1): 225280 pages.\nzone(2): 0 pages.\n"));
	host_mm_counters_get(&c);
	ck_assert_uint_eq(c.max_low_pfn, HOST_MAXMEM_PFN);
	ck_assert_uint_eq(c.max_mapnr, HOST_MAXMEM_PFN);
	ck_assert_uint_eq(c.num_physpages, HOST_MAXMEM_PFN);
	ck_assert_uint_eq(c.high_memory, HOST_PAGE_OFFSET + HOST_MAXMEM);
	ck_assert_uint_eq(nr_free_pages(), freed);
	ck_assert_uint_gt(freed, HOST_MAXMEM_PFN - 4000);	/* mem_map takes 3585 pages */
	check_all();
	snap_take(&s0);

	strcpy(where, "1 GB drain");
	ck_assert_uint_eq(drain_all(), freed);	/* every pfn below 896 MB */
	check_all();
	undrain_all();
	check_all();
	snap_take(&s1);
	snap_assert_equal(&s0, &s1, 0);
	snap_free(&s1);
	snap_free(&s0);
}
END_TEST
#else
/*
 * With HIGHMEM the 128 MB above 896 MB is the HighMem zone: pages with
 * no kernel address (virtual NULL, PG_highmem), only for __GFP_HIGHMEM.
 */
START_TEST(test_1g)
{
	static const struct phase highuser[] = {
		{ HIGHMEM, 509 }, { NORMAL, 509 }, { DMA, 255 },
		{ HIGHMEM, 255 }, { NORMAL, 255 }, { DMA, 128 },
		{ HIGHMEM, 0 }, { NORMAL, 0 }, { DMA, 0 },
	};
	struct host_mm_counters c;
	struct snap s0, s1;
	unsigned long freed = boot(1024 * MB);

	ck_assert_ptr_nonnull(strstr(host_printk_log,
		"On node 0 totalpages: 262144\nzone(0): 4096 pages.\n"
		"zone(1): 225280 pages.\nzone(2): 32768 pages.\n"));
	host_mm_counters_get(&c);
	ck_assert_uint_eq(c.max_low_pfn, HOST_MAXMEM_PFN);
	ck_assert_uint_eq(c.max_pfn, 262144);
	ck_assert_uint_eq(c.highstart_pfn, HOST_MAXMEM_PFN);
	ck_assert_uint_eq(c.highend_pfn, 262144);
	ck_assert_uint_eq(c.max_mapnr, 262144);
	ck_assert_uint_eq(c.num_physpages, 262144);
	ck_assert_uint_eq(c.high_memory, HOST_PAGE_OFFSET + HOST_MAXMEM);
	ck_assert_uint_eq(zi[HIGHMEM].offset, HOST_MAXMEM_PFN);
	ck_assert_uint_eq(zi[HIGHMEM].zone_start_mapnr, HOST_MAXMEM_PFN);
	ck_assert_uint_eq(mfree[HIGHMEM], 32768);
	ck_assert_uint_eq(nr_free_pages(), freed);
	check_all();
	snap_take(&s0);

	/*
	 * GFP_HIGHUSER falls back HighMem, Normal, DMA at each level; at
	 * pages_min memory is out (638 pages, freepages.min) and the
	 * caller, OOM-killed by kswapd, takes everything.
	 */
	fallback_phases(GFP_HIGHUSER, highuser,
			sizeof(highuser) / sizeof(highuser[0]));
	free_all_blocks();
	check_all();

	strcpy(where, "1 GB drain");
	ck_assert_uint_eq(drain_all(), freed);
	check_all();
	undrain_all();
	check_all();
	snap_take(&s1);
	snap_assert_equal(&s0, &s1, 0);
	snap_free(&s1);
	snap_free(&s0);
}
END_TEST
#endif

START_TEST(test_random_1g)
{
	random_run(1024 * MB, 20000, 1, 2500, 1);
}
END_TEST

static Suite *page_alloc_suite(void)
{
	Suite *s = suite_create("page_alloc");
	TCase *tc = tcase_create("core");
	TCase *tb = tcase_create("bad input");
	TCase *tr = tcase_create("random");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_consts);
	tcase_add_test(tc, test_boot_32m);
	tcase_add_test(tc, test_watermarks);
	tcase_add_test(tc, test_zonelists);
	tcase_add_test(tc, test_every_order);
	tcase_add_test(tc, test_addresses);
	tcase_add_test(tc, test_coalesce);
	tcase_add_test(tc, test_fallback_kernel);
	tcase_add_test(tc, test_fallback_others);
	tcase_add_test(tc, test_dma_only);
	tcase_add_test(tc, test_memalloc);
	tcase_add_test(tc, test_exhaust_orders);
	tcase_add_test(tc, test_reservations_kept);
	tcase_add_test(tc, test_memory_pressure);
	tcase_add_test(tc, test_counters);
	tcase_add_test(tc, test_show_free_areas);
	tcase_add_test(tc, test_memory_pressure_by_gfp);
	tcase_add_test(tc, test_bitmap_sizes);
	tcase_add_test(tc, test_show_free_highmem);
	tcase_add_test(tc, test_1g);
	suite_add_tcase(s, tc);

	tcase_add_checked_fixture(tb, NULL, teardown);
	tcase_set_timeout(tb, 60);
	tcase_add_test(tb, test_bug_order_too_big);
	tcase_add_test(tb, test_bug_misaligned);
	tcase_add_test(tb, test_bug_page_state);
	tcase_add_test(tb, test_bug_invalid_page);
#ifdef HOST_NOHIGHMEM
	tcase_add_test(tb, test_highmem_zone_unreachable);
#endif
	tcase_add_test(tb, test_bug_lru_macros);
	tcase_add_test(tb, test_free_reserved_ignored);
	tcase_add_test(tb, test_double_free_silent);
	suite_add_tcase(s, tb);

	tcase_add_checked_fixture(tr, NULL, teardown);
	tcase_set_timeout(tr, 900);
	tcase_add_test(tr, test_random_32m);
	tcase_add_test(tr, test_random_8m);
	tcase_add_test(tr, test_random_1g);
	suite_add_tcase(s, tr);
	return s;
}

int main(int argc, char **argv)
{
	SRunner *sr;
	int failed;

	(void)argc;
	host_mm_layout(argv);
	sr = srunner_create(page_alloc_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
