// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host tests for mm/slab.c, the slab allocator (情景分析 §2.10), on top of
 * the real boot and buddy allocators and simulated RAM at 0xC0000000:
 * kmem_cache_create's geometry (object size, objects per slab, slab
 * order, on- or off-slab management, colours) against values worked out
 * by hand from 2.4.0's rules and against a reference model; allocation
 * and free order; colouring; shrinking back to the buddy allocator;
 * kmalloc's size classes and DMA caches; reaping; the slabinfo text;
 * 2.4.0's BUG()s on bad input; and a long random run checked against a
 * model.
 */
#include "slab_test.h"

/* ---- constants and the boot ----------------------------------------- */

START_TEST(test_consts)
{
	struct host_slab_consts c;

	host_slab_consts_get(&c);
	ck_assert_uint_eq(c.sizeof_slab_t, 24);
	/* 2.4.0 with gcc 2.x: 100; the UP spinlock_t is empty here. */
	ck_assert_uint_eq(c.sizeof_kmem_cache_t, 96);
	ck_assert_uint_eq(c.sizeof_bufctl, 4);
	ck_assert_uint_eq(c.sizeof_cache_sizes_t, 12);
	ck_assert_uint_eq(c.off_colour, 32);
	ck_assert_uint_eq(c.off_name, 68);
	ck_assert_uint_eq(c.off_next, 88);
	ck_assert_uint_eq(c.off_s_mem, 12);
	ck_assert_uint_eq(c.off_free, 20);
	ck_assert_uint_eq(c.bufctl_end, 0xffffffffUL);
	ck_assert_uint_eq(c.slab_limit, 0xfffffffeUL);
	ck_assert_int_eq(c.cache_namelen, 20);
	ck_assert_int_eq(c.max_obj_order, 5);
	ck_assert_int_eq(c.max_gfp_order, 5);
	ck_assert_int_eq(c.break_hi, 2);
	ck_assert_int_eq(c.break_lo, 1);
	ck_assert_int_eq(c.reap_scanlen, 10);
	ck_assert_int_eq(c.reap_perfect, 10);
	ck_assert_uint_eq(c.create_mask, 0x7000);	/* HWCACHE|NO_REAP|DMA */
	ck_assert_int_eq(c.debug, 0);
	ck_assert_int_eq(c.l1_cache_bytes, 32);
}
END_TEST

/*
 * cache_cache by hand: 96-byte descriptors, on-slab, order 0:
 * 40*96 + L1_ALIGN(24 + 40*4) = 3840 + 192 = 4032 <= 4096, 41 do not
 * fit (3936 + 192); 64 bytes left = 2 colours of 32.  After the boot it
 * holds the 26 general caches in one slab.
 */
START_TEST(test_cache_cache)
{
	void *cc;
	struct host_cache_info ci;

	boot(32 * MB);
	cc = host_cache_cache();
	ci = info(cc);
	ck_assert_str_eq(ci.name, "kmem_cache");
	ck_assert_uint_eq(ci.objsize, 96);
	ck_assert_uint_eq(ci.num, 40);
	ck_assert_uint_eq(ci.gfporder, 0);
	ck_assert_uint_eq(ci.colour, 2);
	ck_assert_uint_eq(ci.colour_off, 32);
	ck_assert_uint_eq(ci.colour_next, 1);
	ck_assert_uint_eq(ci.flags, HOST_SLAB_NO_REAP);
	ck_assert_int_eq(ci.nslabs, 1);
	ck_assert_uint_eq(ci.active_objs, 26);
	ck_assert_ptr_eq(host_clock_searchp(), cc);
	check_cache(cc);
	ck_assert(!on_chain(cc));
}
END_TEST

/*
 * The general caches, worked out by hand (HWCACHE_ALIGN, sizes are
 * multiples of 32 so nothing is rounded):
 *   32: 113*32 + L1(24+452)=480 -> 4096 exactly: 113, nothing left.
 *   64: 59*64 + L1(260)=288 -> 4064: 59, 32 left, 1 colour.
 *  128: 30*128 + L1(144)=160 -> 4000: 30, 96 left, 3 colours.
 *  256: 15*256 + L1(84)=96 -> 3936: 15, 160 left, 5 colours.
 *  512 and up are >= PAGE_SIZE/8: off-slab, and nothing is left over
 *  for an on-slab header.  The header sizes L1(num*4+24): 512 -> 64
 *  (size-64), 1024 -> 64, 2048 -> 32, 4096 and up -> 32 (size-32).
 *  8192 does not fit order 0, so order 1; 16384 order 2 ... 131072 is
 *  order 5 (MAX_GFP_ORDER).
 * offslab_limit: from size-256, the last on-slab one: (256-24)/2 = 116.
 */
static const struct {
	unsigned int objsize, num, order, off, colour;
	unsigned int slabp_size;	/* size of slabp_cache, 0 if on-slab */
} general[NSIZES] = {
	{     32, 113, 0, 0, 0,  0 },
	{     64,  59, 0, 0, 1,  0 },
	{    128,  30, 0, 0, 3,  0 },
	{    256,  15, 0, 0, 5,  0 },
	{    512,   8, 0, 1, 0, 64 },
	{   1024,   4, 0, 1, 0, 64 },
	{   2048,   2, 0, 1, 0, 32 },
	{   4096,   1, 0, 1, 0, 32 },
	{   8192,   1, 1, 1, 0, 32 },
	{  16384,   1, 2, 1, 0, 32 },
	{  32768,   1, 3, 1, 0, 32 },
	{  65536,   1, 4, 1, 0, 32 },
	{ 131072,   1, 5, 1, 0, 32 },
};

static void check_general_caches(void)
{
	void *chain[64];
	char name[32];
	int i, n;

	get_sizes();
	for (i = 0; i < NSIZES; i++) {
		int d;

		ck_assert_uint_eq(sz[i], general[i].objsize);
		for (d = 0; d < 2; d++) {
			struct host_cache_info ci = info(d ? dma[i] : cs[i]);

			sprintf(name, d ? "size-%lu(DMA)" : "size-%lu", sz[i]);
			ck_assert_str_eq(ci.name, name);
			ck_assert_uint_eq(ci.objsize, general[i].objsize);
			ck_assert_uint_eq(ci.num, general[i].num);
			ck_assert_uint_eq(ci.gfporder, general[i].order);
			ck_assert_uint_eq(!!(ci.flags & OFF), general[i].off);
			ck_assert_uint_eq(ci.colour, general[i].colour);
			ck_assert_uint_eq(ci.colour_off, 32);
			ck_assert_uint_eq(ci.gfpflags, d ? GFP_DMA : 0);
			ck_assert_uint_eq(ci.flags & ~(unsigned int)
					  (OFF | HOST_CFLGS_OPTIMIZE),
					  HW | (d ? HOST_SLAB_CACHE_DMA : 0));
			ck_assert_uint_eq(!!(ci.flags & HOST_CFLGS_OPTIMIZE),
					  !general[i].off && !general[i].order);
			ck_assert_int_eq(ci.nslabs, 0);
			if (general[i].slabp_size)
				ck_assert_ptr_eq(ci.slabp_cache,
					cs[general[i].slabp_size == 32 ? 0 : 1]);
			else
				ck_assert_ptr_null(ci.slabp_cache);
		}
	}
	ck_assert_uint_eq(host_offslab_limit(), 116);

	/* The chain, newest first: size-131072(DMA), size-131072, ... */
	n = host_chain_get(chain, 64);
	ck_assert_int_eq(n, 2 * NSIZES);
	for (i = 0; i < NSIZES; i++) {
		ck_assert_ptr_eq(chain[2 * i], dma[NSIZES - 1 - i]);
		ck_assert_ptr_eq(chain[2 * i + 1], cs[NSIZES - 1 - i]);
	}
}

START_TEST(test_general_caches_32m)
{
	boot(32 * MB);
	/* 32 MB is not more than 32 MB: the low break order. */
	ck_assert_int_eq(host_slab_break_gfp_order(), 1);
	check_general_caches();
}
END_TEST

START_TEST(test_general_caches_64m)
{
	boot(64 * MB);
	ck_assert_int_eq(host_slab_break_gfp_order(), 2);
	check_general_caches();
}
END_TEST

/*
 * kmem_cache_create() geometry for sizes worked out by hand from
 * 2.4.0's rules (see each line), at 32 MB (break order 1).
 */
static const struct {
	unsigned long size, offset, flags;
	unsigned int objsize, num, order, off, colour, colour_off;
} by_hand[] = {
	/* 39*100 + L1(24+156)=192 = 4092; 4 left, no colour */
	{  100,  0, 0,     100,  39, 0, 0,   0, 32 },
	/* aligned up to 128: as size-128 */
	{  100,  0, HW,    128,  30, 0, 0,   3, 32 },
	/* 10 < 32/2: align 16, size 16; 202*16 + L1(832) = 4064 */
	{   10,  0, HW,     16, 202, 0, 0,   1, 32 },
	/* 4 < 16 and < 8: align 8, size 8; 338*8 + L1(1376) = 4080 */
	{    4,  0, HW,      8, 338, 0, 0,   0, 32 },
	/* 506*4 + L1(2048) = 4072, 507 would need 4108 */
	{    4,  0, 0,       4, 506, 0, 0,   0, 32 },
	/* 5 is rounded to a word: 8 */
	{    5,  0, 0,       8, 338, 0, 0,   0, 32 },
	/* 17..32 with HWCACHE_ALIGN all become 32 */
	{   17,  0, HW,     32, 113, 0, 0,   0, 32 },
	/* 600 >= 512: off-slab estimate 6 objs, 496 left; the 64-byte
	 * header fits in that, so back on-slab: 432 left, 13 colours */
	{  600,  0, 0,     600,   6, 0, 0,  13, 32 },
	/* off-slab 2 objs, 96 left >= L1(8+24)=32: on-slab, 64 left */
	{ 2000,  0, 0,    2000,   2, 0, 0,   2, 32 },
	/* order 0: 2 objs, 1096 left > 4096/8: order 1: 5 objs, 692
	 * left; break order reached; header 64 on-slab: 628 left */
	{ 1500,  0, 0,    1500,   5, 1, 0,  19, 32 },
	/* order 0: 1096 left, too much; order 1 = break order: 2 objs,
	 * 2192 left; header 32 on-slab: 2160 left, 67 colours */
	{ 3000,  0, 0,    3000,   2, 1, 0,  67, 32 },
	/* 4 objs (4064), 32 left < header L1(40)=64: stays off-slab */
	{ 1016,  0, 0,    1016,   4, 0, 1,   1, 32 },
	/* the same with an 8-byte colour step: 4 colours */
	{ 1016,  8, 0,    1016,   4, 0, 1,   4,  8 },
	/* 2 objs, 16 left < 32: off-slab, no colour */
	{ 2040,  0, 0,    2040,   2, 0, 1,   0, 32 },
	/* offset 64: 160 left / 64 = 2 colours */
	{  256, 64, HW,    256,  15, 0, 0,   2, 64 },
	/* offset 40 rounded up to the 32-byte alignment: 64 */
	{  256, 40, HW,    256,  15, 0, 0,   2, 64 },
	/* offset 6 rounded to a word: 8; 4 left: 0 colours */
	{  100,  6, 0,     100,  39, 0, 0,   0,  8 },
	/* nothing fits below order 5; order 5 (the limit) holds one and
	 * leaves 31072, room for the 32-byte header: on-slab */
	{ 100000, 0, 0, 100000,   1, 5, 0, 970, 32 },
	/* the largest object there is */
	{ 131072, 0, 0, 131072,   1, 5, 1,   0, 32 },
	/* 4096 without alignment: as size-4096 */
	{ 4096,  0, 0,    4096,   1, 0, 1,   0, 32 },
};

START_TEST(test_create_by_hand)
{
	unsigned int i;
	char name[32];

	boot(32 * MB);
	for (i = 0; i < sizeof(by_hand) / sizeof(by_hand[0]); i++) {
		struct host_cache_info ci;
		void *c;

		sprintf(name, "hand-%u", i);
		c = create(name, by_hand[i].size, by_hand[i].offset,
			   by_hand[i].flags);
		ci = info(c);
		ck_assert_msg(ci.objsize == by_hand[i].objsize &&
			      ci.num == by_hand[i].num &&
			      ci.gfporder == by_hand[i].order &&
			      !!(ci.flags & OFF) == by_hand[i].off &&
			      ci.colour == by_hand[i].colour &&
			      ci.colour_off == by_hand[i].colour_off,
			      "size %lu offset %lu flags 0x%lx: objsize %u num %u "
			      "order %u off %d colour %lu colour_off %u",
			      by_hand[i].size, by_hand[i].offset,
			      by_hand[i].flags, ci.objsize, ci.num,
			      ci.gfporder, !!(ci.flags & OFF), ci.colour,
			      ci.colour_off);
		ck_assert_str_eq(ci.name, name);
		ck_assert_uint_eq(ci.colour_next, 0);
		ck_assert_int_eq(ci.firstnotfull, -1);
		ck_assert_int_eq(host_kmem_cache_destroy(c), 0);
	}
}
END_TEST

/* Above 32 MB the break order is 2: 3000 goes to order 2, 5 objects. */
START_TEST(test_create_break_order_64m)
{
	struct host_cache_info ci;
	void *c;

	boot(64 * MB);
	c = create("big3000", 3000, 0, 0);
	ci = info(c);
	/* order 1: 2192 left > 8192/8, so order 2: 5 objs, 1384 left;
	 * on-slab header L1(44)=64: 1320 left, 41 colours */
	ck_assert_uint_eq(ci.gfporder, 2);
	ck_assert_uint_eq(ci.num, 5);
	ck_assert_uint_eq(ci.colour, 41);
	ck_assert(!(ci.flags & OFF));
}
END_TEST

/* ---- a reference model of the geometry ------------------------------ */

static unsigned long l1(unsigned long x)
{
	return (x + 31) & ~31UL;
}

static void ref_estimate(unsigned long order, unsigned long size, int off,
			 unsigned long *left, unsigned int *num)
{
	unsigned long bytes = PAGE << order, base = off ? 0 : 24;
	unsigned long extra = off ? 0 : 4, i = 0;

	while (i * size + l1(base + i * extra) <= bytes)
		i++;
	if (i)
		i--;
	*num = i;
	*left = bytes - i * size - l1(base + i * extra);
}

struct geom {
	unsigned int objsize, num, order, off, colour, colour_off;
};

static struct geom ref_create(unsigned long size, unsigned long offset,
			      unsigned long flags, int brk,
			      unsigned long limit)
{
	struct geom g;
	unsigned long align = 4, left, slab;
	int off;

	size = (size + 3) & ~3UL;
	if (flags & HW)
		align = 32;
	off = size >= PAGE / 8;
	if (flags & HW) {
		while (size < align / 2)
			align /= 2;
		size = (size + align - 1) & ~(align - 1);
	}
	g.order = 0;
	for (;;) {
		ref_estimate(g.order, size, off, &left, &g.num);
		if (g.order >= 5)
			break;
		if (g.num) {
			if (off && g.num > limit) {
				g.order--;
				ref_estimate(g.order, size, off, &left, &g.num);
				break;
			}
			if ((int)g.order >= brk || left * 8 <= PAGE << g.order)
				break;
		}
		g.order++;
	}
	slab = l1(g.num * 4 + 24);
	if (off && left >= slab) {
		off = 0;
		left -= slab;
	}
	offset = (offset + align - 1) & ~(align - 1);
	if (!offset)
		offset = 32;
	g.objsize = size;
	g.off = off;
	g.colour_off = offset;
	g.colour = left / offset;
	return g;
}

/*
 * Every size 4..8192 and a spread up to 131072, with and without
 * HWCACHE_ALIGN and with a few offsets: the kernel agrees with the
 * model, and the layout fits the slab.
 */
static void sweep(int brk)
{
	static const unsigned long offsets[] = { 0, 4, 8, 64 };
	unsigned long size;
	int f, o, n = 0;

	for (size = 4; size <= 131072; size += size < 8192 ? 1 : 509) {
		for (f = 0; f < 2; f++) {
			for (o = 0; o < 4; o++) {
				unsigned long flags = f ? HW : 0;
				struct host_cache_info ci;
				struct geom g;
				unsigned long bytes, used;
				void *c;

				if (offsets[o] > size)
					continue;
				c = host_kmem_cache_create("sweep", size,
						offsets[o], flags, NULL, NULL);
				ck_assert_ptr_nonnull(c);
				ci = info(c);
				g = ref_create(size, offsets[o], flags, brk, 116);
				ck_assert_msg(ci.objsize == g.objsize &&
					ci.num == g.num && ci.gfporder == g.order &&
					!!(ci.flags & OFF) == g.off &&
					ci.colour == g.colour &&
					ci.colour_off == g.colour_off,
					"size %lu offset %lu flags 0x%lx", size,
					offsets[o], flags);
				/* objects, header and every colour fit */
				bytes = PAGE << ci.gfporder;
				used = ci.num * ci.objsize +
				       (ci.flags & OFF ? 0 :
					l1(ci.num * 4 + 24)) +
				       ci.colour * ci.colour_off;
				ck_assert_msg(ci.num >= 1 && used <= bytes,
					      "size %lu: %lu of %lu bytes",
					      size, used, bytes);
				ck_assert_uint_ge(ci.objsize, size);
				if (flags & HW)
					ck_assert_msg(ci.objsize % 32 == 0 ||
						      32 % ci.objsize == 0,
						      "size %lu -> %u", size,
						      ci.objsize);
				ck_assert_int_eq(host_kmem_cache_destroy(c), 0);
				n++;
			}
		}
	}
	ck_assert_int_gt(n, 60000);
}

START_TEST(test_create_sweep_32m)
{
	boot(32 * MB);
	sweep(1);
}
END_TEST

START_TEST(test_create_sweep_64m)
{
	boot(64 * MB);
	sweep(2);
}
END_TEST

/* kmem_cache_estimate itself, against the model, for every order. */
START_TEST(test_estimate)
{
	unsigned long size, left, rleft;
	unsigned int num, rnum;
	int order, off;

	for (order = 0; order <= 5; order++)
		for (off = 0; off < 2; off++)
			for (size = 4; size <= 9000; size += 4) {
				host_kmem_cache_estimate(order, size,
						off ? OFF : 0, &left, &num);
				ref_estimate(order, size, off, &rleft, &rnum);
				ck_assert_uint_eq(num, rnum);
				ck_assert_uint_eq(left, rleft);
			}
}
END_TEST

/* The name is copied; a short size is rounded with a message. */
START_TEST(test_create_name_and_rounding)
{
	char name[20] = "my-cache";
	void *c;

	boot(32 * MB);
	host_printk_reset();
	c = create(name, 5, 0, 0);
	strcpy(name, "changed");
	ck_assert_str_eq(info(c).name, "my-cache");
	ck_assert_uint_eq(info(c).objsize, 8);
	ck_assert_ptr_nonnull(strstr(host_printk_log,
		"<3>kmem_create: Forcing size word alignment - my-cache\n"));
	ck_assert(on_chain(c));
	/* Added at the head of the chain. */
	{
		void *chain[64];

		host_chain_get(chain, 64);
		ck_assert_ptr_eq(chain[0], c);
	}
}
END_TEST

/* ---- allocation and free -------------------------------------------- */

/*
 * A fresh slab hands out its objects in address order (the free chain
 * starts 0, 1, 2 ...); a freed object is the next one handed out.
 */
START_TEST(test_alloc_order)
{
	void *c, *objs[40];
	struct host_slab_info si[2];
	struct host_cache_info ci;
	int i;

	boot(32 * MB);
	c = create("order", 100, 0, 0);		/* 39 per slab */
	for (i = 0; i < 39; i++)
		objs[i] = alloc(c);
	ck_assert_int_eq(host_cache_slabs(c, si, 2), 1);
	for (i = 0; i < 39; i++)
		ck_assert_ptr_eq(objs[i], (void *)(si[0].s_mem + 100 * i));
	ci = info(c);
	ck_assert_int_eq(ci.nfull, 1);
	ck_assert_int_eq(ci.firstnotfull, -1);	/* full: next alloc grows */
	objs[39] = alloc(c);
	ck_assert_int_eq(host_cache_slabs(c, si, 2), 2);
	ck_assert_ptr_eq(objs[39], (void *)si[1].s_mem);
	check_cache(c);

	host_kmem_cache_free(c, objs[17]);
	host_kmem_cache_free(c, objs[5]);
	ck_assert_ptr_eq(alloc(c), objs[5]);
	ck_assert_ptr_eq(alloc(c), objs[17]);
	check_cache(c);
}
END_TEST

/* Every object of a slab: distinct, aligned, inside the slab. */
START_TEST(test_objects_in_slab)
{
	static const struct {
		unsigned long size, flags, align;
	} t[] = {
		{ 10, HW, 16 }, { 100, HW, 32 }, { 24, 0, 4 }, { 300, HW, 32 },
		{ 600, 0, 4 }, { 1016, 0, 4 }, { 4096, HW, 4096 },
		{ 8192, 0, 8192 }, { 3000, 0, 4 },
	};
	static void *objs[2048];
	unsigned int i, j, k;

	boot(32 * MB);
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct host_slab_info si[64];
		struct host_cache_info ci;
		char name[16];
		unsigned int n, nsl;
		void *c;

		sprintf(name, "objs-%u", i);
		c = create(name, t[i].size, 0, t[i].flags);
		ci = info(c);
		n = 3 * ci.num;
		if (n > 2048)
			n = 2048;
		for (j = 0; j < n; j++) {
			struct host_obj_info oi;

			objs[j] = alloc(c);
			ck_assert_msg((unsigned long)objs[j] % t[i].align == 0,
				      "size %lu: %p", t[i].size, objs[j]);
			host_obj_get(objs[j], &oi);
			ck_assert_ptr_eq(oi.cachep, c);
			ck_assert_int_ge(oi.index, 0);
			ck_assert(oi.pg_slab);
		}
		for (j = 0; j < n; j++)
			memset(objs[j], j & 0xff, ci.objsize);
		for (j = 0; j < n; j++)
			for (k = 0; k < ci.objsize; k++)
				if (((unsigned char *)objs[j])[k] != (j & 0xff))
					ck_abort_msg("size %lu: object %u "
						     "overwritten", t[i].size, j);
		nsl = host_cache_slabs(c, si, 64);
		ck_assert_int_eq(nsl, (n + ci.num - 1) / ci.num);
		for (j = 0; j < n; j++) {
			unsigned long o = (unsigned long)objs[j];
			int in = 0;

			for (k = 0; k < nsl; k++)
				if (o >= si[k].s_mem &&
				    o + ci.objsize <= si[k].pages +
				    (PAGE << ci.gfporder))
					in = 1;
			ck_assert(in);
		}
		check_cache(c);
		for (j = 0; j < n; j++)
			host_kmem_cache_free(c, objs[j]);
		check_cache(c);
		ck_assert_uint_eq(info(c).active_objs, 0);
	}
}
END_TEST

/* Counts of objects and slabs, and the list order, along the way. */
START_TEST(test_counts)
{
	void *c, *objs[100];
	struct host_cache_info ci;
	int i;

	boot(32 * MB);
	c = create("counts", 100, 0, 0);	/* 39 per slab */
	for (i = 0; i < 100; i++)
		objs[i] = alloc(c);
	ci = info(c);
	ck_assert_int_eq(ci.nslabs, 3);
	ck_assert_int_eq(ci.nfull, 2);
	ck_assert_int_eq(ci.npartial, 1);
	ck_assert_uint_eq(ci.active_objs, 100);
	ck_assert_int_eq(ci.firstnotfull, 2);
	check_cache(c);

	/* Empty the first slab: it goes to the tail as a free slab. */
	for (i = 0; i < 39; i++)
		host_kmem_cache_free(c, objs[i]);
	ci = info(c);
	ck_assert_int_eq(ci.nfull, 1);
	ck_assert_int_eq(ci.npartial, 1);
	ck_assert_int_eq(ci.nfree, 1);
	ck_assert_uint_eq(ci.active_objs, 61);
	check_cache(c);

	/* One out of the full slab: it becomes the first not-full one. */
	host_kmem_cache_free(c, objs[50]);
	ci = info(c);
	ck_assert_int_eq(ci.nfull, 0);
	ck_assert_int_eq(ci.npartial, 2);
	ck_assert_int_eq(ci.firstnotfull, 0);
	check_cache(c);
	ck_assert_ptr_eq(alloc(c), objs[50]);
	check_cache(c);
}
END_TEST

/* The slabs of c in list order, as indexes into S[]; -1 for another slab. */
static void assert_order(void *c, void **S, int n, const int *want, int fnf)
{
	struct host_slab_info si[8];
	int i, k;

	ck_assert_int_eq(host_cache_slabs(c, si, 8), n);
	for (i = 0; i < n; i++) {
		for (k = 0; k < n && S[k] != si[i].slabp; k++)
			;
		ck_assert_msg(k == want[i], "slab %d in the list is S%d, "
			      "want S%d", i, k, want[i]);
	}
	ck_assert_int_eq(info(c).firstnotfull, fnf);
	check_cache(c);
}

/*
 * Where kmem_cache_free moves a slab.  A full slab that gets room goes
 * just before the old firstnotfull (no move if it is already there) and
 * becomes firstnotfull; a partial slab that empties goes to the tail,
 * and if it was firstnotfull the slab that followed it takes over, even
 * a free one.
 */
START_TEST(test_free_list_moves)
{
	static void *objs[4][39];
	void *c, *S[4], *p;
	struct host_slab_info si[8];
	struct host_obj_info oi;
	int i, k;

	boot(32 * MB);
	c = create("moves", 100, 0, 0);		/* 39 per slab */
	for (k = 0; k < 4; k++)
		for (i = 0; i < 39; i++)
			objs[k][i] = alloc(c);
	ck_assert_int_eq(host_cache_slabs(c, si, 8), 4);
	for (k = 0; k < 4; k++) {
		S[k] = si[k].slabp;
		host_obj_get(objs[k][0], &oi);
		ck_assert_ptr_eq(oi.slabp, S[k]);
	}
	assert_order(c, S, 4, (const int[]){ 0, 1, 2, 3 }, -1);

	host_kmem_cache_free(c, objs[2][0]);	/* before the head: tail */
	assert_order(c, S, 4, (const int[]){ 0, 1, 3, 2 }, 3);
	host_kmem_cache_free(c, objs[0][0]);	/* before S2 */
	assert_order(c, S, 4, (const int[]){ 1, 3, 0, 2 }, 2);
	host_kmem_cache_free(c, objs[3][5]);	/* already before S0 */
	assert_order(c, S, 4, (const int[]){ 1, 3, 0, 2 }, 1);
	for (i = 1; i < 39; i++)		/* S2 empties: stays last */
		host_kmem_cache_free(c, objs[2][i]);
	assert_order(c, S, 4, (const int[]){ 1, 3, 0, 2 }, 1);
	for (i = 0; i < 39; i++)		/* S3 empties: to the tail */
		if (i != 5)
			host_kmem_cache_free(c, objs[3][i]);
	assert_order(c, S, 4, (const int[]){ 1, 0, 2, 3 }, 1);
	for (i = 1; i < 39; i++)		/* S0 empties: S2 takes over */
		host_kmem_cache_free(c, objs[0][i]);
	assert_order(c, S, 4, (const int[]){ 1, 2, 3, 0 }, 1);
	host_kmem_cache_free(c, objs[1][7]);	/* S1 was already first */
	assert_order(c, S, 4, (const int[]){ 1, 2, 3, 0 }, 0);
	ck_assert_ptr_eq(alloc(c), objs[1][7]);	/* last freed, first out */
	p = alloc(c);				/* S1 full again: from S2 */
	host_obj_get(p, &oi);
	ck_assert_ptr_eq(oi.slabp, S[2]);
	assert_order(c, S, 4, (const int[]){ 1, 2, 3, 0 }, 1);
}
END_TEST

/* Successive slabs start at colour offsets 0, 1, ... colour-1, 0 ... */
static void check_colours(const char *name, unsigned long size,
			  unsigned long offset, unsigned long flags,
			  unsigned int colours, unsigned int step)
{
	struct host_slab_info si[64];
	struct host_cache_info ci;
	unsigned int s, i, nslabs = 2 * colours + 3;
	void *c = create(name, size, offset, flags);

	ci = info(c);
	ck_assert_uint_eq(ci.colour, colours);
	ck_assert_uint_eq(ci.colour_off, step);
	for (s = 0; s < nslabs; s++)
		for (i = 0; i < ci.num; i++)
			alloc(c);
	ck_assert_int_eq(host_cache_slabs(c, si, 64), nslabs);
	for (s = 0; s < nslabs; s++) {
		unsigned long colour = colours ? (s % colours) * step : 0;
		unsigned long mgmt = ci.flags & OFF ? 0 : l1(ci.num * 4 + 24);

		ck_assert_uint_eq(si[s].pages % (PAGE << ci.gfporder), 0);
		ck_assert_uint_eq(si[s].colouroff, colour + mgmt);
		ck_assert_uint_eq(si[s].s_mem, si[s].pages + colour + mgmt);
		if (!(ci.flags & OFF))
			ck_assert_uint_eq((unsigned long)si[s].slabp,
					  si[s].pages + colour);
	}
	ck_assert_uint_eq(info(c).colour_next, nslabs % (colours ? colours : 1));
	check_cache(c);
}

START_TEST(test_colouring)
{
	boot(32 * MB);
	check_colours("col-128", 100, 0, HW, 3, 32);	/* slab_t at +0/32/64 */
	check_colours("col-256", 256, 64, HW, 2, 64);
	check_colours("col-600", 600, 0, 0, 13, 32);
	check_colours("col-off", 1016, 8, 0, 4, 8);	/* off-slab */
	check_colours("col-none", 32, 0, HW, 0, 32);
	check_colours("col-one", 1016, 0, 0, 1, 32);
}
END_TEST

/* Constructors run once per object when a slab is made, not per alloc. */
static int ctor_calls, dtor_calls;
static unsigned long ctor_flags_seen, dtor_flags_seen;
static void *ctor_cache_seen;

static void count_ctor(void *obj, void *cachep, unsigned long flags)
{
	ctor_calls++;
	ctor_flags_seen |= flags;
	ctor_cache_seen = cachep;
	*(unsigned int *)obj = 0xc0c0c0c0;
}

static void count_dtor(void *obj, void *cachep, unsigned long flags)
{
	dtor_calls++;
	dtor_flags_seen |= flags | 0x100;
	ck_assert_uint_eq(*(unsigned int *)obj, 0xc0c0c0c0);
}

START_TEST(test_ctor_dtor)
{
	struct host_cache_info ci;
	void *c, *objs[80];
	int i;

	boot(32 * MB);
	ctor_calls = dtor_calls = 0;
	c = host_kmem_cache_create("ctor", 100, 0, 0, count_ctor, count_dtor);
	ck_assert_ptr_nonnull(c);
	ci = info(c);
	ck_assert_int_eq(ctor_calls, 0);
	objs[0] = alloc(c);
	ck_assert_int_eq(ctor_calls, ci.num);
	ck_assert_uint_eq(ctor_flags_seen, HOST_SLAB_CTOR_CONSTRUCTOR);
	ck_assert_ptr_eq(ctor_cache_seen, c);
	ck_assert_uint_eq(*(unsigned int *)objs[0], 0xc0c0c0c0);
	for (i = 1; i < 39; i++)
		objs[i] = alloc(c);
	ck_assert_int_eq(ctor_calls, ci.num);	/* no call on alloc */
	for (i = 0; i < 39; i++)
		host_kmem_cache_free(c, objs[i]);
	ck_assert_int_eq(dtor_calls, 0);	/* nor on free */

	/* An atomic grow tells the constructor. */
	for (i = 0; i < 40; i++)
		objs[i] = host_kmem_cache_alloc(c, GFP_ATOMIC);
	ck_assert_int_eq(ctor_calls, 2 * ci.num);
	ck_assert_uint_eq(ctor_flags_seen, HOST_SLAB_CTOR_CONSTRUCTOR |
			  HOST_SLAB_CTOR_ATOMIC);
	for (i = 0; i < 40; i++)
		host_kmem_cache_free(c, objs[i]);

	ck_assert_int_eq(host_kmem_cache_shrink(c), 0);
	ck_assert_int_eq(dtor_calls, 2 * ci.num);
	ck_assert_uint_eq(dtor_flags_seen, 0x100);	/* flags were 0 */
}
END_TEST

/* SLAB_NO_GROW: NULL when no slab has room, and no pages taken. */
START_TEST(test_no_grow)
{
	unsigned long before;
	void *c, *p;

	boot(32 * MB);
	c = create("nogrow", 64, 0, 0);
	before = nr_free_pages();
	ck_assert_ptr_null(host_kmem_cache_alloc(c, GFP_KERNEL |
						 HOST_SLAB_NO_GROW));
	ck_assert_uint_eq(nr_free_pages(), before);
	p = alloc(c);
	/* With room in a slab, SLAB_NO_GROW does not matter. */
	ck_assert_ptr_nonnull(host_kmem_cache_alloc(c, GFP_KERNEL |
						    HOST_SLAB_NO_GROW));
	host_kmem_cache_free(c, p);
}
END_TEST

/*
 * kmem_cache_grow out of memory.  No pages: NULL, growing back to 0, but
 * the colour has moved on and the cache is marked grown.  Pages but no
 * slab_t for an off-slab cache: the pages go back.
 */
START_TEST(test_grow_fails)
{
	void *c, *off;
	long pfn, last = -1;
	unsigned long before;

	boot(32 * MB);
	get_sizes();
	c = create("starved", 600, 0, 0);
	off = create("starved-off", 1016, 8, 0);
	ck_assert_uint_eq(info(c).colour, 13);
	ck_assert(info(off).flags & OFF);
	ck_assert_ptr_eq(info(off).slabp_cache, cs[1]);	/* size-64 */
	while (info(cs[1]).firstnotfull != -1)		/* size-64 full */
		alloc(cs[1]);
	before = info(cs[1]).nslabs;
	host_set_memalloc(1);
	while ((pfn = host_alloc_pages(GFP_KERNEL, 0)) >= 0)
		last = pfn;
	ck_assert_uint_eq(nr_free_pages(), 0);

	ck_assert_ptr_null(host_kmem_cache_alloc(c, GFP_KERNEL));
	ck_assert_int_eq(info(c).nslabs, 0);
	ck_assert_uint_eq(info(c).growing, 0);
	ck_assert_uint_eq(info(c).colour_next, 1);
	ck_assert_uint_eq(info(c).dflags & HOST_DFLGS_GROWN, HOST_DFLGS_GROWN);
	ck_assert_uint_eq(info(c).failures, 0);

	host_free_pages_pfn(last, 0);
	ck_assert_uint_eq(nr_free_pages(), 1);
	ck_assert_ptr_null(host_kmem_cache_alloc(off, GFP_KERNEL));
	ck_assert_uint_eq(nr_free_pages(), 1);		/* given back */
	ck_assert_int_eq(page_slab_bit(HOST_PAGE_OFFSET + last * PAGE), 0);
	ck_assert_int_eq(info(off).nslabs, 0);
	ck_assert_uint_eq(info(off).growing, 0);
	ck_assert_uint_eq(info(off).colour_next, 1);
	ck_assert_uint_eq(info(cs[1]).growing, 0);
	ck_assert_uint_eq(info(cs[1]).nslabs, before);
	host_set_memalloc(0);
	check_cache(c);
	check_cache(off);
	check_cache(cs[1]);
}
END_TEST

/* Slab pages come from the zone the cache asks for. */
START_TEST(test_dma_cache_pages)
{
	void *c, *d, *objs[64];
	int i;

	boot(32 * MB);
	c = create("dma-cache", 1000, 0, HOST_SLAB_CACHE_DMA);
	d = create("plain-cache", 1000, 0, 0);
	ck_assert_uint_eq(info(c).gfpflags, GFP_DMA);
	ck_assert_uint_eq(info(d).gfpflags, 0);
	for (i = 0; i < 64; i++) {
		objs[i] = host_kmem_cache_alloc(c, GFP_KERNEL | GFP_DMA);
		ck_assert_int_eq(zone_of_addr(objs[i]), HOST_ZONE_DMA);
	}
	/* Asked without GFP_DMA, a DMA cache still gets DMA pages. */
	for (i = 0; i < 64; i++)
		host_kmem_cache_free(c, objs[i]);
	host_kmem_cache_shrink(c);
	for (i = 0; i < 64; i++) {
		objs[i] = host_kmem_cache_alloc(c, GFP_KERNEL);
		ck_assert_int_eq(zone_of_addr(objs[i]), HOST_ZONE_DMA);
	}
	/* The plain cache prefers ZONE_NORMAL. */
	ck_assert_int_eq(zone_of_addr(alloc(d)), HOST_ZONE_NORMAL);
	check_cache(c);
}
END_TEST

/* ---- shrink and destroy --------------------------------------------- */

/* Shrinking a cache whose objects are all free gives every page back. */
START_TEST(test_shrink_returns_pages)
{
	void *c, *objs[200];
	struct host_slab_info si[8];
	unsigned long base;
	int i, n;

	boot(32 * MB);
	c = create("shrink", 100, 0, 0);	/* 39 per slab, order 0 */
	base = nr_free_pages();
	for (i = 0; i < 200; i++)
		objs[i] = alloc(c);
	ck_assert_uint_eq(nr_free_pages(), base - 6);	/* ceil(200/39) */
	n = host_cache_slabs(c, si, 8);
	ck_assert_int_eq(n, 6);
	for (i = 0; i < 200; i++)
		host_kmem_cache_free(c, objs[i]);
	/* Free slabs are kept until shrink or reap. */
	ck_assert_uint_eq(nr_free_pages(), base - 6);
	ck_assert_int_eq(info(c).nfree, 6);
	ck_assert_int_eq(host_kmem_cache_shrink(c), 0);
	ck_assert_uint_eq(nr_free_pages(), base);
	ck_assert_int_eq(info(c).nslabs, 0);
	ck_assert_int_eq(info(c).firstnotfull, -1);
	for (i = 0; i < n; i++)
		ck_assert_int_eq(page_slab_bit(si[i].pages), 0);
	/* And the cache still works. */
	objs[0] = alloc(c);
	check_cache(c);
}
END_TEST

/* Only the free slabs at the tail go; shrink says slabs remain. */
START_TEST(test_shrink_keeps_used)
{
	void *c, *objs[117];
	unsigned long base;
	int i;

	boot(32 * MB);
	c = create("keep", 100, 0, 0);
	base = nr_free_pages();
	for (i = 0; i < 117; i++)		/* 3 full slabs */
		objs[i] = alloc(c);
	for (i = 39; i < 117; i++)		/* slabs 2 and 3 free */
		host_kmem_cache_free(c, objs[i]);
	host_kmem_cache_free(c, objs[0]);	/* slab 1 partial */
	ck_assert_int_eq(host_kmem_cache_shrink(c), 1);
	ck_assert_int_eq(info(c).nslabs, 1);
	ck_assert_int_eq(info(c).npartial, 1);
	ck_assert_uint_eq(nr_free_pages(), base - 1);
	check_cache(c);
}
END_TEST

/* An off-slab cache: its slab_t's come from size-64 and go back too. */
START_TEST(test_shrink_offslab)
{
	void *c, *objs[40];
	unsigned long base, base64;
	int i;

	boot(32 * MB);
	get_sizes();
	c = create("off512", 512, 0, 0);
	ck_assert(info(c).flags & OFF);
	ck_assert_ptr_eq(info(c).slabp_cache, cs[1]);	/* size-64 */
	base = nr_free_pages();
	base64 = info(cs[1]).active_objs;
	for (i = 0; i < 40; i++)		/* 5 slabs of 8 */
		objs[i] = alloc(c);
	ck_assert_uint_eq(info(cs[1]).active_objs, base64 + 5);
	ck_assert_uint_eq(nr_free_pages(), base - 5 - 1);  /* + size-64's */
	check_cache(c);
	check_cache(cs[1]);
	for (i = 0; i < 40; i++)
		host_kmem_cache_free(c, objs[i]);
	ck_assert_int_eq(host_kmem_cache_shrink(c), 0);
	ck_assert_uint_eq(info(cs[1]).active_objs, base64);
	ck_assert_int_eq(host_kmem_cache_shrink(cs[1]), 0);
	ck_assert_uint_eq(nr_free_pages(), base);
}
END_TEST

START_TEST(test_destroy)
{
	void *c, *p, *cc = host_cache_cache();
	unsigned long descs;

	boot(32 * MB);
	descs = info(cc).active_objs;
	c = create("doomed", 200, 0, 0);
	ck_assert_uint_eq(info(cc).active_objs, descs + 1);
	p = alloc(c);
	host_printk_reset();
	ck_assert_int_eq(host_kmem_cache_destroy(c), 1);
	ck_assert_ptr_nonnull(strstr(host_printk_log,
		"<3>kmem_cache_destroy: Can't free all objects "));
	ck_assert(on_chain(c));
	host_kmem_cache_free(c, p);
	ck_assert_int_eq(host_kmem_cache_destroy(c), 0);
	ck_assert(!on_chain(c));
	ck_assert_uint_eq(info(cc).active_objs, descs);
	ck_assert_uint_eq(nr_free_pages(), boot_free);
	/* The name can be used again. */
	c = create("doomed", 200, 0, 0);
	ck_assert_int_eq(host_kmem_cache_destroy(c), 0);
}
END_TEST

/* ---- kmalloc ---------------------------------------------------------- */

/* Every size 0..131072 maps to the smallest general cache it fits. */
START_TEST(test_kmalloc_classes)
{
	unsigned long size;
	int i = 0;

	boot(32 * MB);
	get_sizes();
	for (size = 0; size <= 131072; size++) {
		struct host_obj_info oi;
		void *p;

		if (size > sz[i])
			i++;
		ck_assert_ptr_eq(host_kmem_find_general_cachep(size, 0), cs[i]);
		ck_assert_ptr_eq(host_kmem_find_general_cachep(size, GFP_DMA),
				 dma[i]);
		p = host_kmalloc(size, GFP_KERNEL);
		ck_assert_ptr_nonnull(p);
		host_obj_get(p, &oi);
		ck_assert_msg(oi.cachep == cs[i], "kmalloc(%lu) not from %s",
			      size, info(cs[i]).name);
		ck_assert_int_ge(oi.index, 0);
		host_kfree(p);
	}
	ck_assert_int_eq(i, NSIZES - 1);
	/* All freed; only the slab_t's of the off-slab caches remain. */
	for (i = 0; i < NSIZES; i++) {
		check_cache(cs[i]);
		ck_assert_uint_eq(info(cs[i]).active_objs, headers_in(cs[i]));
	}
	ck_assert_uint_eq(headers_in(cs[0]), 7);	/* 2048 .. 131072 */
	ck_assert_uint_eq(headers_in(cs[1]), 2);	/* 512, 1024 */
}
END_TEST

/*
 * Too big: kmem_find_general_cachep runs onto the end of cache_sizes[]
 * and gives NULL; kmalloc() BUGs (2.4.0 has no "return NULL" path that
 * is ever reached).
 */
START_TEST(test_kmalloc_too_big)
{
	boot(32 * MB);
	ck_assert_ptr_null(host_kmem_find_general_cachep(131073, 0));
	ck_assert_ptr_null(host_kmem_find_general_cachep(131073, GFP_DMA));
	ck_assert(HOST_BUGS(host_kmalloc(131073, GFP_KERNEL)));
	assert_bug_at("}");
	ck_assert_ptr_nonnull(strstr(src_line(host_bug_file, host_bug_line + 1),
				     "return NULL;"));
	ck_assert(HOST_BUGS(host_kmalloc(~0UL, GFP_KERNEL)));
	ck_assert(HOST_BUGS(host_kmalloc(1UL << 20, GFP_KERNEL | GFP_DMA)));
}
END_TEST

/* GFP_DMA selects the DMA twin, whose pages are all in ZONE_DMA. */
START_TEST(test_kmalloc_dma)
{
	static void *p[NSIZES][3];
	int i, j;

	boot(32 * MB);
	get_sizes();
	for (i = 0; i < NSIZES; i++) {
		for (j = 0; j < 3; j++) {
			struct host_obj_info oi;

			p[i][j] = host_kmalloc(sz[i] - j, GFP_KERNEL | GFP_DMA);
			ck_assert_ptr_nonnull(p[i][j]);
			host_obj_get(p[i][j], &oi);
			ck_assert_ptr_eq(oi.cachep, dma[i]);
			ck_assert_int_eq(zone_of_addr(p[i][j]), HOST_ZONE_DMA);
			ck_assert_int_eq(zone_of_addr((char *)p[i][j] +
						      sz[i] - 1),
					 HOST_ZONE_DMA);
		}
		ck_assert_uint_eq(info(dma[i]).active_objs, 3);
		check_cache(dma[i]);
	}
	/* Off-slab DMA caches keep their slab_t's in plain size-32/64. */
	ck_assert_uint_gt(info(cs[0]).active_objs + info(cs[1]).active_objs, 0);
	for (i = 0; i < NSIZES; i++)
		for (j = 0; j < 3; j++)
			host_kfree(p[i][j]);
	for (i = 0; i < NSIZES; i++)
		ck_assert_uint_eq(info(dma[i]).active_objs, 0);
}
END_TEST

START_TEST(test_kfree_null)
{
	unsigned long before;
	void *p;

	boot(32 * MB);
	before = nr_free_pages();
	ck_assert(!HOST_BUGS(host_kfree(NULL)));
	ck_assert_uint_eq(nr_free_pages(), before);
	p = host_kmalloc(100, GFP_KERNEL);
	get_sizes();
	ck_assert_uint_eq(info(cs[2]).active_objs, 1);
	host_kfree(p);
	ck_assert_uint_eq(info(cs[2]).active_objs, 0);
	ck_assert_ptr_eq(host_kmalloc(100, GFP_KERNEL), p);
}
END_TEST

/* ---- bad input: 2.4.0's BUG()s --------------------------------------- */

static void nop_ctor(void *obj, void *cachep, unsigned long flags)
{
}

#define CREATE_BUGS(name, size, offset, flags, ctor, dtor) \
	HOST_BUGS(host_kmem_cache_create(name, size, offset, flags, ctor, dtor))

START_TEST(test_bug_create)
{
	static const unsigned long bad_flags[] = {
		HOST_SLAB_RED_ZONE, HOST_SLAB_POISON, HOST_SLAB_DEBUG_INITIAL,
		HOST_SLAB_DEBUG_FREE, 0x1, 0x8000, HOST_CFLGS_OFF_SLAB,
	};
	unsigned int i;
	void *c;

	boot(32 * MB);
	ck_assert(CREATE_BUGS(NULL, 64, 0, 0, NULL, NULL));
	assert_bug_at("offset > size");
	/* strlen(name) must stay below CACHE_NAMELEN - 1 = 19 */
	ck_assert(CREATE_BUGS("nineteen-characters", 64, 0, 0, NULL, NULL));
	c = host_kmem_cache_create("eighteen-character", 64, 0, 0, NULL, NULL);
	ck_assert_ptr_nonnull(c);
	ck_assert(CREATE_BUGS("size3", 3, 0, 0, NULL, NULL));
	ck_assert(CREATE_BUGS("size0", 0, 0, 0, NULL, NULL));
	ck_assert(CREATE_BUGS("big", 131073, 0, 0, NULL, NULL));
	ck_assert(CREATE_BUGS("dtor", 64, 0, 0, NULL, nop_ctor));
	ck_assert(CREATE_BUGS("offset", 64, 65, 0, NULL, NULL));
	ck_assert(!CREATE_BUGS("offset-ok", 64, 64, 0, NULL, NULL));
	ck_assert(!CREATE_BUGS("ctor-dtor", 64, 0, 0, nop_ctor, nop_ctor));
	host_in_interrupt = 1;
	ck_assert(CREATE_BUGS("irq", 64, 0, 0, NULL, NULL));
	assert_bug_at("offset > size");
	host_in_interrupt = 0;

	/* Flags outside CREATE_MASK, the debug ones too (DEBUG is 0). */
	for (i = 0; i < sizeof(bad_flags) / sizeof(bad_flags[0]); i++) {
		ck_assert_msg(CREATE_BUGS("flags", 64, 0, bad_flags[i], NULL,
					  NULL), "flags 0x%lx", bad_flags[i]);
		assert_bug_at("flags & ~CREATE_MASK");
	}
	ck_assert(!CREATE_BUGS("flags-ok", 64, 0, HW | HOST_SLAB_NO_REAP |
			       HOST_SLAB_CACHE_DMA, NULL, NULL));

	/* A name already on the chain. */
	ck_assert(CREATE_BUGS("size-64", 64, 0, 0, NULL, NULL));
	assert_bug_at("strcmp(pc->name, name)");
	/* (The BUG left cache_chain_sem taken, as a dead task would.) */
}
END_TEST

START_TEST(test_bug_shrink_destroy)
{
	void *c;

	boot(32 * MB);
	c = create("victim", 64, 0, 0);
	ck_assert(HOST_BUGS(host_kmem_cache_shrink(NULL)));
	assert_bug_at("is_chained_kmem_cache(cachep)");
	/* cache_cache heads the chain but is not on it. */
	ck_assert(HOST_BUGS(host_kmem_cache_shrink(host_cache_cache())));
	host_in_interrupt = 1;
	ck_assert(HOST_BUGS(host_kmem_cache_shrink(c)));
	ck_assert(HOST_BUGS(host_kmem_cache_destroy(c)));
	assert_bug_at("cachep->growing");
	host_in_interrupt = 0;
	ck_assert(HOST_BUGS(host_kmem_cache_destroy(NULL)));
	ck_assert(!HOST_BUGS(host_kmem_cache_shrink(c)));
	ck_assert_int_eq(host_kmem_cache_destroy(c), 0);
	/* Destroyed: no longer on the chain. */
	ck_assert(HOST_BUGS(host_kmem_cache_shrink(c)));
}
END_TEST

/*
 * kmem_cache_grow checks the flags lazily: a bad flag passes while a
 * slab has room, and BUGs when a slab must be added.  In an interrupt
 * only SLAB_ATOMIC may grow a cache.
 */
START_TEST(test_bug_grow_flags)
{
	void *c, *p;

	boot(32 * MB);
	c = create("flags", 64, 0, 0);
	ck_assert(HOST_BUGS(host_kmem_cache_alloc(c, GFP_KERNEL | 0x20)));
	assert_bug_at("SLAB_NO_GROW))");
	p = alloc(c);
	ck_assert(!HOST_BUGS(p = host_kmem_cache_alloc(c, GFP_KERNEL | 0x20)));
	ck_assert_ptr_nonnull(p);

	c = create("irq", 64, 0, 0);
	host_in_interrupt = 1;
	ck_assert(HOST_BUGS(host_kmem_cache_alloc(c, GFP_KERNEL)));
	assert_bug_at("!= SLAB_ATOMIC");
	ck_assert(!HOST_BUGS(p = host_kmem_cache_alloc(c, GFP_ATOMIC)));
	ck_assert_ptr_nonnull(p);
	/* and kmalloc the same way */
	ck_assert(HOST_BUGS(host_kmalloc(5000, GFP_KERNEL)));
	ck_assert(!HOST_BUGS(p = host_kmalloc(5000, GFP_ATOMIC)));
	ck_assert_ptr_nonnull(p);
	host_in_interrupt = 0;
}
END_TEST

/* ---- reaping ---------------------------------------------------------- */

/* Fill n slabs of c and free them all: n free slabs at the tail. */
static void make_free_slabs(void *c, int n)
{
	static void *objs[4096];
	unsigned int num = info(c).num, i;

	ck_assert_uint_le(n * num, 4096);
	for (i = 0; i < n * num; i++)
		objs[i] = alloc(c);
	for (i = 0; i < n * num; i++)
		host_kmem_cache_free(c, objs[i]);
	ck_assert_int_eq(info(c).nfree, n);
}

/* Reap until something changes; returns the number of calls. */
static int reap_until(void **caches, int n)
{
	int before[8], calls, i, changed = 0;

	for (i = 0; i < n; i++)
		before[i] = info(caches[i]).nslabs;
	for (calls = 1; calls <= 10 && !changed; calls++) {
		host_kmem_cache_reap(GFP_KERNEL);
		for (i = 0; i < n; i++)
			if (info(caches[i]).nslabs != before[i])
				changed = 1;
	}
	return calls - 1;
}

/*
 * The choice: B has a constructor (9 free pages count as 7), C none (8
 * free pages, 8), D order-1 slabs (5 slabs, 10 pages, count as 8, not
 * more than C's).  C wins; 80% of its 8 slabs, (8*4+1)/5 = 6, go.  The
 * first call only clears the "grown" marks; the chain holds 26 general
 * caches + 3 + cache_cache and each call looks at 10, so the fourth call
 * is back at B, C, D.
 */
START_TEST(test_reap_choice)
{
	void *caches[3], *b, *c, *d;
	unsigned long before;

	boot(32 * MB);
	d = create("reap-d", 3000, 0, 0);	/* order 1 at 32 MB */
	c = create("reap-c", 100, 0, 0);
	b = host_kmem_cache_create("reap-b", 100, 0, 0, count_ctor, NULL);
	ck_assert_uint_eq(info(d).gfporder, 1);
	make_free_slabs(b, 9);
	make_free_slabs(c, 8);
	make_free_slabs(d, 5);
	caches[0] = b;
	caches[1] = c;
	caches[2] = d;
	before = nr_free_pages();

	host_kmem_cache_reap(GFP_KERNEL);
	ck_assert_uint_eq(nr_free_pages(), before);	/* all just grown */
	ck_assert_uint_eq(info(b).dflags & HOST_DFLGS_GROWN, 0);
	ck_assert_uint_eq(info(c).dflags & HOST_DFLGS_GROWN, 0);
	ck_assert_uint_eq(info(d).dflags & HOST_DFLGS_GROWN, 0);

	ck_assert_int_eq(reap_until(caches, 3), 3);
	ck_assert_int_eq(info(b).nfree, 9);
	ck_assert_int_eq(info(c).nfree, 2);
	ck_assert_int_eq(info(d).nfree, 5);
	ck_assert_uint_eq(nr_free_pages(), before + 6);
	check_cache(c);
}
END_TEST

/* 10 or more free slabs: taken at once ("perfect"), clock moves past. */
START_TEST(test_reap_perfect)
{
	void *caches[2], *e, *chain[64];
	unsigned long before;

	boot(32 * MB);
	e = create("reap-e", 100, 0, 0);
	caches[0] = e;
	make_free_slabs(e, 12);
	host_kmem_cache_reap(GFP_KERNEL);	/* clears "grown" */
	before = nr_free_pages();
	reap_until(caches, 1);
	ck_assert_int_eq(info(e).nfree, 12 - (12 * 4 + 1) / 5);	/* 3 */
	ck_assert_uint_eq(nr_free_pages(), before + 9);
	host_chain_get(chain, 64);
	ck_assert_ptr_eq(chain[0], e);
	ck_assert_ptr_eq(host_clock_searchp(), chain[1]);
}
END_TEST

/* SLAB_NO_REAP caches and growing ones are never chosen. */
START_TEST(test_reap_no_reap)
{
	void *n;
	int i;

	boot(32 * MB);
	n = create("noreap", 100, 0, HOST_SLAB_NO_REAP);
	make_free_slabs(n, 12);
	for (i = 0; i < 10; i++)
		host_kmem_cache_reap(GFP_KERNEL);
	ck_assert_int_eq(info(n).nfree, 12);
	/* Without __GFP_WAIT the semaphore is only tried: same result. */
	host_kmem_cache_reap(GFP_ATOMIC);
	ck_assert_int_eq(info(n).nfree, 12);
	ck_assert_int_eq(host_kmem_cache_shrink(n), 0);
}
END_TEST

/*
 * kmem_cache_destroy moves the reaper's clock off the cache it removes.
 * A destroy that fails (objects left) puts the cache back at the head
 * of the chain.
 */
START_TEST(test_destroy_clock)
{
	void *a, *b, *d, *p, *caches[1], *chain[64];

	boot(32 * MB);
	a = create("clock-a", 100, 0, 0);
	b = create("clock-b", 100, 0, 0);
	caches[0] = b;
	make_free_slabs(b, 12);
	host_kmem_cache_reap(GFP_KERNEL);	/* clears "grown" */
	reap_until(caches, 1);			/* b perfect: clock past it */
	ck_assert_ptr_eq(host_clock_searchp(), a);
	host_chain_get(chain, 64);
	ck_assert_ptr_eq(chain[0], b);
	ck_assert_ptr_eq(chain[1], a);
	ck_assert_int_eq(host_kmem_cache_destroy(a), 0);
	ck_assert_ptr_eq(host_clock_searchp(), chain[2]);

	p = alloc(b);
	d = create("clock-d", 100, 0, 0);
	host_chain_get(chain, 64);
	ck_assert_ptr_eq(chain[0], d);
	ck_assert_int_eq(host_kmem_cache_destroy(b), 1);
	host_chain_get(chain, 64);
	ck_assert_ptr_eq(chain[0], b);
	ck_assert_ptr_eq(chain[1], d);
	ck_assert_int_eq(info(b).nslabs, 1);	/* the free slabs went */
	host_kmem_cache_free(b, p);
	ck_assert_int_eq(host_kmem_cache_destroy(b), 0);
}
END_TEST

/* ---- slabinfo --------------------------------------------------------- */

static int log_has_line(const char *line)
{
	char want[256];

	sprintf(want, "\n%s\n", line);
	return strstr(host_printk_log, want) != NULL;
}

/* One line of 2.4.0's /proc/slabinfo (version 1.1, no STATS, UP). */
static const char *slabinfo_line(const char *name, unsigned long active,
				 unsigned long objs, unsigned int size,
				 unsigned long aslabs, unsigned long slabs,
				 unsigned int pages)
{
	static char buf[128];

	sprintf(buf, "%-17s %6lu %6lu %6u %4lu %4lu %4u", name, active, objs,
		size, aslabs, slabs, pages);
	return buf;
}

START_TEST(test_slabinfo)
{
	static const char head[] =
		"slabinfo - version: 1.1\n"
		"kmem_cache            26     40     96    1    1    1\n"
		"size-131072(DMA)       0      0 131072    0    0   32\n"
		"size-131072            0      0 131072    0    0   32\n";
	char name[32], *p;
	void *c, *o[50];
	int i, d;

	boot(32 * MB);
	get_sizes();
	host_printk_reset();
	host_slabinfo_dump();
	ck_assert_msg(!strncmp(host_printk_log, head, strlen(head)), "%s",
		      host_printk_log);
	/* Then every general cache, newest first, DMA twin first. */
	p = host_printk_log + strlen(head);
	for (i = NSIZES - 2; i >= 0; i--) {
		for (d = 1; d >= 0; d--) {
			const char *l;

			sprintf(name, d ? "size-%lu(DMA)" : "size-%lu", sz[i]);
			l = slabinfo_line(name, 0, 0, general[i].objsize, 0, 0,
					  1U << general[i].order);
			ck_assert_msg(!strncmp(p, l, strlen(l)) &&
				      p[strlen(l)] == '\n', "%s", p);
			p += strlen(l) + 1;
		}
	}
	ck_assert_str_eq(p, "");

	c = create("info-test", 100, 0, 0);	/* 39 per slab */
	for (i = 0; i < 50; i++)
		o[i] = alloc(c);
	for (i = 0; i < 39; i++)
		host_kmem_cache_free(c, o[i]);	/* first slab now free */
	host_printk_reset();
	host_slabinfo_dump();
	/* 11 in use of 78, 1 slab in use of 2; newest first */
	ck_assert_msg(strstr(host_printk_log,
		"kmem_cache            27     40     96    1    1    1\n"
		"info-test             11     78    100    1    2    1\n"
		"size-131072(DMA)       0      0 131072    0    0   32\n")
		== host_printk_log + strlen("slabinfo - version: 1.1\n"),
		"%s", host_printk_log);
	ck_assert(log_has_line(slabinfo_line("info-test", 11, 78, 100, 1, 2,
					     1)));
}
END_TEST

/* ---- a long random run against a model ------------------------------- */

#define RUSER		6
#define RLIVE		3000

struct live {
	unsigned char *p;
	int cache;		/* user cache index, or -1 for kmalloc */
	unsigned long size;	/* bytes filled */
	int cls;		/* kmalloc: size class; dma: +NSIZES */
	unsigned char fill;
};

static struct live live[RLIVE];
static int nlive;
static void *ruser[RUSER];
static unsigned long rsize[RUSER];
static unsigned long long seed = 12345;

static unsigned long rnd(void)
{
	seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
	return (seed >> 33) & 0x7fffffff;
}

static void verify_live(struct live *l)
{
	unsigned long i;

	for (i = 0; i < l->size; i++)
		if (l->p[i] != l->fill)
			ck_abort_msg("object %p byte %lu overwritten", l->p, i);
}

static int class_of(unsigned long size)
{
	int i = 0;

	while (sz[i] < size)
		i++;
	return i;
}

static void random_check(void)
{
	unsigned long count[RUSER] = { 0 }, kcount[2 * NSIZES] = { 0 };
	int i;

	for (i = 0; i < nlive; i++) {
		if (live[i].cache >= 0)
			count[live[i].cache]++;
		else
			kcount[live[i].cls]++;
	}
	for (i = 0; i < RUSER; i++) {
		check_cache(ruser[i]);
		ck_assert_uint_eq(info(ruser[i]).active_objs, count[i]);
	}
	for (i = 0; i < NSIZES; i++) {
		/* off-slab slab_t's live in size-32 and size-64 */
		unsigned long extra = headers_in(cs[i]);

		check_cache(cs[i]);
		check_cache(dma[i]);
		ck_assert_uint_eq(info(cs[i]).active_objs, kcount[i] + extra);
		ck_assert_uint_eq(info(dma[i]).active_objs, kcount[NSIZES + i]);
	}
	for (i = 0; i < nlive; i++)
		verify_live(&live[i]);
}

static int rctor_calls, rdtor_calls;

static void rctor(void *obj, void *cachep, unsigned long flags)
{
	rctor_calls++;
}

static void rdtor(void *obj, void *cachep, unsigned long flags)
{
	rdtor_calls++;
}

START_TEST(test_random)
{
	static const struct {
		const char *name;
		unsigned long size, offset, flags;
		int ctor;
	} spec[RUSER] = {
		{ "rnd-24", 24, 0, 0, 0 },
		{ "rnd-100hw", 100, 0, HW, 0 },
		{ "rnd-600", 600, 0, 0, 0 },
		{ "rnd-1016off", 1016, 8, 0, 0 },
		{ "rnd-3000", 3000, 0, 0, 0 },
		{ "rnd-ctor", 40, 0, HOST_SLAB_CACHE_DMA, 1 },
	};
	unsigned long step, base, nalloc = 0, nfree = 0, nshrink = 0;
	unsigned long nreap = 0, reaped = 0, maxlive = 0;
	int i;

	boot(64 * MB);
	get_sizes();
	base = nr_free_pages();
	nlive = 0;
	rctor_calls = rdtor_calls = 0;
	for (i = 0; i < RUSER; i++) {
		ruser[i] = host_kmem_cache_create(spec[i].name, spec[i].size,
				spec[i].offset, spec[i].flags,
				spec[i].ctor ? rctor : NULL,
				spec[i].ctor ? rdtor : NULL);
		ck_assert_ptr_nonnull(ruser[i]);
		rsize[i] = spec[i].size;
	}
	ck_assert(info(ruser[3]).flags & OFF);

	for (step = 0; step < 400000; step++) {
		unsigned long r = rnd() % 1000;

		if (r < 520 && nlive < RLIVE) {
			struct live *l = &live[nlive];
			struct host_obj_info oi;
			int u = rnd() % (RUSER + 2);

			if (u < RUSER) {
				int flags = GFP_KERNEL;

				if (spec[u].flags & HOST_SLAB_CACHE_DMA)
					flags |= GFP_DMA;
				l->cache = u;
				l->size = rsize[u];
				l->p = host_kmem_cache_alloc(ruser[u], flags);
			} else {
				int d = rnd() % 8 == 0;
				unsigned long s = rnd() % 4 ? rnd() % 600 + 1 :
						  rnd() % 20000 + 1;

				l->cache = -1;
				l->size = s;
				l->cls = class_of(s) + (d ? NSIZES : 0);
				l->p = host_kmalloc(s, GFP_KERNEL |
						    (d ? GFP_DMA : 0));
			}
			ck_assert_ptr_nonnull(l->p);
			/* (plain ifs: every ck_assert is logged by Check) */
			for (i = 0; i < nlive; i++)
				if (live[i].p == l->p)
					ck_abort_msg("%p handed out twice",
						     l->p);
			host_obj_get(l->p, &oi);
			if (oi.cachep != (l->cache >= 0 ? ruser[l->cache] :
					  l->cls < NSIZES ? cs[l->cls] :
					  dma[l->cls - NSIZES]) || oi.index < 0)
				ck_abort_msg("step %lu: %p from the wrong cache",
					     step, l->p);
			l->fill = rnd() & 0xff;
			memset(l->p, l->fill, l->size);
			nlive++;
			nalloc++;
			if (nlive > maxlive)
				maxlive = nlive;
		} else if (r < 980 && nlive) {
			int k = rnd() % nlive;
			struct live *l = &live[k];

			verify_live(l);
			if (l->cache >= 0)
				host_kmem_cache_free(ruser[l->cache], l->p);
			else
				host_kfree(l->p);
			live[k] = live[--nlive];
			nfree++;
		} else if (r < 995) {
			int u = rnd() % RUSER;
			int used = info(ruser[u]).nfull +
				   info(ruser[u]).npartial;

			ck_assert_int_eq(host_kmem_cache_shrink(ruser[u]),
					 used > 0);
			ck_assert_int_eq(info(ruser[u]).nfree, 0);
			nshrink++;
		} else {
			unsigned long before = nr_free_pages();

			host_kmem_cache_reap(GFP_KERNEL);
			nreap++;
			reaped += nr_free_pages() - before;
		}
		if (step % 2000 == 0) {
			random_check();
			ck_assert_int_eq(rctor_calls - rdtor_calls,
					 info(ruser[5]).nslabs *
					 info(ruser[5]).num);
		}
	}
	random_check();
	printf("random slab 64 MB: %lu steps, %lu allocs, %lu frees, %lu "
	       "shrinks, %lu reaps gave back %lu pages, at most %lu live\n",
	       step, nalloc, nfree, nshrink, nreap, reaped, maxlive);

	/* Free everything, shrink everything: all pages come back. */
	while (nlive) {
		struct live *l = &live[--nlive];

		verify_live(l);
		if (l->cache >= 0)
			host_kmem_cache_free(ruser[l->cache], l->p);
		else
			host_kfree(l->p);
	}
	random_check();
	for (i = 0; i < RUSER; i++)
		ck_assert_int_eq(host_kmem_cache_destroy(ruser[i]), 0);
	ck_assert_int_eq(rctor_calls, rdtor_calls);
	/* Largest first: their off-slab slab_t's go back to size-32/64. */
	for (i = NSIZES - 1; i >= 0; i--) {
		ck_assert_int_eq(host_kmem_cache_shrink(dma[i]), 0);
		ck_assert_int_eq(host_kmem_cache_shrink(cs[i]), 0);
	}
	ck_assert_uint_eq(nr_free_pages(), base);
}
END_TEST

static Suite *slab_suite(void)
{
	Suite *s = suite_create("slab");
	TCase *tc = tcase_create("create");
	TCase *ta = tcase_create("alloc and free");
	TCase *tk = tcase_create("kmalloc");
	TCase *tb = tcase_create("bad input");
	TCase *tr = tcase_create("reap and slabinfo");
	TCase *tx = tcase_create("random");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_consts);
	tcase_add_test(tc, test_cache_cache);
	tcase_add_test(tc, test_general_caches_32m);
	tcase_add_test(tc, test_general_caches_64m);
	tcase_add_test(tc, test_create_by_hand);
	tcase_add_test(tc, test_create_break_order_64m);
	tcase_add_test(tc, test_estimate);
	tcase_add_test(tc, test_create_sweep_32m);
	tcase_add_test(tc, test_create_sweep_64m);
	tcase_add_test(tc, test_create_name_and_rounding);
	suite_add_tcase(s, tc);

	tcase_add_checked_fixture(ta, NULL, teardown);
	tcase_set_timeout(ta, 60);
	tcase_add_test(ta, test_alloc_order);
	tcase_add_test(ta, test_objects_in_slab);
	tcase_add_test(ta, test_counts);
	tcase_add_test(ta, test_free_list_moves);
	tcase_add_test(ta, test_colouring);
	tcase_add_test(ta, test_ctor_dtor);
	tcase_add_test(ta, test_no_grow);
	tcase_add_test(ta, test_grow_fails);
	tcase_add_test(ta, test_dma_cache_pages);
	tcase_add_test(ta, test_shrink_returns_pages);
	tcase_add_test(ta, test_shrink_keeps_used);
	tcase_add_test(ta, test_shrink_offslab);
	tcase_add_test(ta, test_destroy);
	suite_add_tcase(s, ta);

	tcase_add_checked_fixture(tk, NULL, teardown);
	tcase_set_timeout(tk, 120);
	tcase_add_test(tk, test_kmalloc_classes);
	tcase_add_test(tk, test_kmalloc_too_big);
	tcase_add_test(tk, test_kmalloc_dma);
	tcase_add_test(tk, test_kfree_null);
	suite_add_tcase(s, tk);

	tcase_add_checked_fixture(tb, NULL, teardown);
	tcase_set_timeout(tb, 60);
	tcase_add_test(tb, test_bug_create);
	tcase_add_test(tb, test_bug_shrink_destroy);
	tcase_add_test(tb, test_bug_grow_flags);
	suite_add_tcase(s, tb);

	tcase_add_checked_fixture(tr, NULL, teardown);
	tcase_set_timeout(tr, 60);
	tcase_add_test(tr, test_reap_choice);
	tcase_add_test(tr, test_reap_perfect);
	tcase_add_test(tr, test_reap_no_reap);
	tcase_add_test(tr, test_destroy_clock);
	tcase_add_test(tr, test_slabinfo);
	suite_add_tcase(s, tr);

	tcase_add_checked_fixture(tx, NULL, teardown);
	tcase_set_timeout(tx, 600);
	tcase_add_test(tx, test_random);
	suite_add_tcase(s, tx);
	return s;
}

int main(int argc, char **argv)
{
	SRunner *sr;
	int failed;

	(void)argc;
	host_mm_layout(argv);
	sr = srunner_create(slab_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
