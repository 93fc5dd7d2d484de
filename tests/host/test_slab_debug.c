// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host tests for mm/slab.c built with DEBUG 1 (情景分析 §2.10): what
 * 2.4.0 compiles in only for debugging: red zones around objects,
 * poisoning of free objects, SLAB_DEBUG_INITIAL's verifying constructor
 * call, and the extra checks on every free (a pointer that is not an
 * object, a free to the wrong cache, a double free, the DMA flag).
 */
#include "slab_test.h"

#define RED_MAGIC1	0x5A2CF071UL	/* free */
#define RED_MAGIC2	0x170FC2A5UL	/* in use */
#define RZ		HOST_SLAB_RED_ZONE
#define POISON		HOST_SLAB_POISON

static unsigned long word(const void *p)
{
	return *(const unsigned long *)p;
}

START_TEST(test_consts_debug)
{
	struct host_slab_consts c;

	host_slab_consts_get(&c);
	ck_assert_int_eq(c.debug, 1);
	ck_assert_uint_eq(c.create_mask, 0x7e00);	/* + INITIAL|RED|POISON */
}
END_TEST

/* The general caches do not change with DEBUG. */
START_TEST(test_boot_debug)
{
	int i;

	boot(32 * MB);
	get_sizes();
	for (i = 0; i < NSIZES; i++) {
		ck_assert_uint_eq(info(cs[i]).objsize, sz[i]);
		ck_assert_uint_eq(info(dma[i]).objsize, sz[i]);
	}
	ck_assert_uint_eq(info(cs[2]).num, 30);
	ck_assert_uint_eq(host_offslab_limit(), 116);
}
END_TEST

/*
 * A red-zoned cache: two words more per object, no cache alignment.
 * The caller's pointer is one word into the object; the words either
 * side say "in use" (MAGIC2) or "free" (MAGIC1).
 */
START_TEST(test_red_zone_layout)
{
	struct host_slab_info si[1];
	struct host_cache_info ci;
	void *c, *p, *q;

	boot(32 * MB);
	c = create("rz", 100, 0, RZ | HW);
	ci = info(c);
	ck_assert_uint_eq(ci.objsize, 108);
	ck_assert_uint_eq(ci.flags & (RZ | HW), RZ);
	/* 37*108 + L1(24+148)=192 = 4188 > 4096: 36 fit, 4096-3888-192 */
	ck_assert_uint_eq(ci.num, 36);
	ck_assert_uint_eq(ci.colour, 0);
	p = alloc(c);
	q = alloc(c);
	ck_assert_int_eq(host_cache_slabs(c, si, 1), 1);
	ck_assert_ptr_eq(p, (void *)(si[0].s_mem + 4));
	ck_assert_ptr_eq(q, (void *)(si[0].s_mem + 108 + 4));
	ck_assert_uint_eq(word((char *)p - 4), RED_MAGIC2);
	ck_assert_uint_eq(word((char *)p + 100), RED_MAGIC2);
	ck_assert_uint_eq(word((char *)q + 108 - 4), RED_MAGIC1);  /* free */
	memset(p, 0x11, 100);		/* all of it is the caller's */
	host_kmem_cache_free(c, p);
	ck_assert_uint_eq(word((char *)p - 4), RED_MAGIC1);
	ck_assert_uint_eq(word((char *)p + 100), RED_MAGIC1);
	ck_assert_ptr_eq(alloc(c), p);
	check_cache(c);
}
END_TEST

START_TEST(test_red_zone_overrun)
{
	void *c;
	char *p;

	boot(32 * MB);
	c = create("rz", 100, 0, RZ);
	p = alloc(c);
	p[100] = 0;			/* one byte past the end */
	ck_assert(HOST_BUGS(host_kmem_cache_free(c, p)));
	assert_bug_at("BYTES_PER_WORD), RED_MAGIC1) != RED_MAGIC2");
}
END_TEST

START_TEST(test_red_zone_underrun)
{
	void *c;
	char *p;

	boot(32 * MB);
	c = create("rz", 100, 0, RZ);
	p = alloc(c);
	p[-1] = 0;			/* one byte before the start */
	ck_assert(HOST_BUGS(host_kmem_cache_free(c, p)));
	assert_bug_at("xchg((unsigned long *)objp, RED_MAGIC1) != RED_MAGIC2");
}
END_TEST

/* A second free finds MAGIC1 where MAGIC2 should be. */
START_TEST(test_red_zone_double_free)
{
	void *c, *p;

	boot(32 * MB);
	c = create("rz", 100, 0, RZ);
	p = alloc(c);
	host_kmem_cache_free(c, p);
	ck_assert(HOST_BUGS(host_kmem_cache_free(c, p)));
	assert_bug_at("xchg((unsigned long *)objp, RED_MAGIC1) != RED_MAGIC2");
}
END_TEST

/* A red zone of a free object damaged: found when the slab goes. */
START_TEST(test_red_zone_destroy)
{
	void *c, *p;

	boot(32 * MB);
	c = create("rz", 100, 0, RZ);
	p = alloc(c);
	host_kmem_cache_free(c, p);
	ck_assert_int_eq(host_kmem_cache_shrink(c), 0);	/* intact: fine */
	p = alloc(c);
	host_kmem_cache_free(c, p);
	((char *)p)[100] = 0;
	ck_assert(HOST_BUGS(host_kmem_cache_shrink(c)));
	assert_bug_at("BYTES_PER_WORD) != RED_MAGIC1)");
}
END_TEST

/* The biggest objects have no room for red zones. */
START_TEST(test_red_zone_too_big)
{
	boot(32 * MB);
	host_printk_reset();
	ck_assert_ptr_null(host_kmem_cache_create("big-rz", 131072, 0, RZ,
						  NULL, NULL));
	ck_assert_ptr_nonnull(strstr(host_printk_log,
		"kmem_cache_create: couldn't create cache big-rz.\n"));
	ck_assert_ptr_nonnull(host_kmem_cache_create("big-rz", 131064, 0, RZ,
						     NULL, NULL));
}
END_TEST

/* Free objects hold 0x5a bytes and a final 0xa5. */
static int poisoned(const unsigned char *p, unsigned long n)
{
	unsigned long i;

	for (i = 0; i + 1 < n; i++)
		if (p[i] != 0x5a)
			return 0;
	return p[n - 1] == 0xa5;
}

START_TEST(test_poison)
{
	struct host_slab_info si[1];
	unsigned char *p;
	unsigned int i;
	void *c;

	boot(32 * MB);
	c = create("poison", 64, 0, POISON);
	p = alloc(c);
	ck_assert_int_eq(host_cache_slabs(c, si, 1), 1);
	/* every other object of the new slab is poisoned */
	for (i = 1; i < info(c).num; i++)
		ck_assert(poisoned((unsigned char *)si[0].s_mem + 64 * i, 64));
	ck_assert(poisoned(p, 64));	/* handed out as it was */
	memset(p, 0, 64);
	host_kmem_cache_free(c, p);
	ck_assert(poisoned(p, 64));
	ck_assert_ptr_eq(alloc(c), p);
}
END_TEST

/*
 * Writing to a freed object is caught when it is handed out again, but
 * only if the write moves the first 0xa5 byte: 2.4.0's check is a
 * memchr() for the end marker, not a compare of every byte.
 */
START_TEST(test_poison_use_after_free)
{
	unsigned char *p;
	void *c;

	boot(32 * MB);
	c = create("poison", 64, 0, POISON);
	p = alloc(c);
	host_kmem_cache_free(c, p);
	p[10] = 1;			/* not seen */
	ck_assert(!HOST_BUGS(p = host_kmem_cache_alloc(c, GFP_KERNEL)));
	host_kmem_cache_free(c, p);
	p[10] = 0xa5;			/* an early end marker: seen */
	ck_assert(HOST_BUGS(host_kmem_cache_alloc(c, GFP_KERNEL)));
	assert_bug_at("if (kmem_check_poison_obj(cachep, objp))");
}
END_TEST

/* ... or when its slab is destroyed. */
START_TEST(test_poison_destroy)
{
	unsigned char *p;
	void *c;

	boot(32 * MB);
	c = create("poison", 64, 0, POISON);
	p = alloc(c);
	host_kmem_cache_free(c, p);
	p[63] = 0x5a;			/* the end marker overwritten */
	ck_assert(HOST_BUGS(host_kmem_cache_shrink(c)));
	assert_bug_at("kmem_check_poison_obj(cachep, objp))");
}
END_TEST

/* Poison inside red zones: the guard words keep their magic. */
START_TEST(test_poison_red_zone)
{
	unsigned char *p;
	void *c;

	boot(32 * MB);
	c = create("both", 64, 0, POISON | RZ);
	ck_assert_uint_eq(info(c).objsize, 72);
	p = alloc(c);
	ck_assert(poisoned(p, 64));
	ck_assert_uint_eq(word(p - 4), RED_MAGIC2);
	ck_assert_uint_eq(word(p + 64), RED_MAGIC2);
	memset(p, 7, 64);
	host_kmem_cache_free(c, p);
	ck_assert(poisoned(p, 64));
	ck_assert_uint_eq(word(p - 4), RED_MAGIC1);
	ck_assert_uint_eq(word(p + 64), RED_MAGIC1);
	ck_assert_int_eq(host_kmem_cache_shrink(c), 0);
}
END_TEST

static int verify_calls;
static unsigned long last_flags;

static void vctor(void *obj, void *cachep, unsigned long flags)
{
	last_flags = flags;
	if (flags & HOST_SLAB_CTOR_VERIFY)
		verify_calls++;
	else
		*(unsigned int *)obj = 0xabcd;
}

/*
 * Poisoning would destroy a constructed state, and a verifying call
 * needs a constructor: both requests are dropped with a message.
 */
START_TEST(test_debug_flags_dropped)
{
	void *c;

	boot(32 * MB);
	host_printk_reset();
	c = host_kmem_cache_create("pc", 64, 0, POISON, vctor, NULL);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(info(c).flags & POISON, 0);
	ck_assert_ptr_nonnull(strstr(host_printk_log,
		"<3>kmem_create: Poisoning requested, but con given - pc\n"));
	c = create("nc", 64, 0, HOST_SLAB_DEBUG_INITIAL);
	ck_assert_uint_eq(info(c).flags & HOST_SLAB_DEBUG_INITIAL, 0);
	ck_assert_ptr_nonnull(strstr(host_printk_log,
		"<3>kmem_create: No con, but init state check requested - nc\n"));
	/* SLAB_DEBUG_FREE is not accepted even with DEBUG. */
	ck_assert(HOST_BUGS(host_kmem_cache_create("df", 64, 0,
				HOST_SLAB_DEBUG_FREE, NULL, NULL)));
	assert_bug_at("flags & ~CREATE_MASK");
}
END_TEST

/* SLAB_DEBUG_INITIAL: every free calls the ctor with VERIFY. */
START_TEST(test_debug_initial)
{
	void *c, *p;

	boot(32 * MB);
	verify_calls = 0;
	c = host_kmem_cache_create("init", 64, 0, HOST_SLAB_DEBUG_INITIAL,
				   vctor, NULL);
	p = alloc(c);
	ck_assert_uint_eq(*(unsigned int *)p, 0xabcd);
	ck_assert_int_eq(verify_calls, 0);
	host_kmem_cache_free(c, p);
	ck_assert_int_eq(verify_calls, 1);
	ck_assert_uint_eq(last_flags, HOST_SLAB_CTOR_CONSTRUCTOR |
			  HOST_SLAB_CTOR_VERIFY);
}
END_TEST

/* kmem_cache_free to a cache the object is not from. */
START_TEST(test_wrong_cache)
{
	void *a, *b, *p;

	boot(32 * MB);
	a = create("cache-a", 64, 0, 0);
	b = create("cache-b", 64, 0, 0);
	p = alloc(a);
	alloc(b);
	ck_assert(HOST_BUGS(host_kmem_cache_free(b, p)));
	assert_bug_at("cachep != GET_PAGE_CACHE(virt_to_page(objp))");
	host_kmem_cache_free(a, p);
	check_cache(a);
}
END_TEST

/* kfree of memory that is not from a slab. */
START_TEST(test_kfree_bad_ptr)
{
	unsigned long page;

	boot(32 * MB);
	page = host_get_free_pages(GFP_KERNEL, 0);
	ck_assert_uint_ne(page, 0);
	host_printk_reset();
	ck_assert(HOST_BUGS(host_kfree((void *)page)));
	ck_assert_ptr_nonnull(strstr(host_printk_log, "<3>kfree: bad ptr c"));
	/* and beyond mem_map */
	host_printk_reset();
	ck_assert(HOST_BUGS(host_kfree((void *)(HOST_PAGE_OFFSET + 40 * MB))));
	ck_assert_ptr_nonnull(strstr(host_printk_log,
				     "<3>kfree: out of range ptr c2800000h.\n"));
}
END_TEST

/* A pointer into the middle of an object; a double free. */
START_TEST(test_extra_free_checks)
{
	char *p, *q;

	boot(32 * MB);
	p = host_kmalloc(100, GFP_KERNEL);
	ck_assert(HOST_BUGS(host_kfree(p + 8)));
	assert_bug_at("if (objp != slabp->s_mem + objnr * cachep->objsize)");
	q = host_kmalloc(100, GFP_KERNEL);
	host_kfree(q);
	ck_assert(HOST_BUGS(host_kfree(q)));
	assert_bug_at("if (i == objnr)");
}
END_TEST

/* A DMA cache must be asked with SLAB_DMA, and only a DMA cache. */
START_TEST(test_dma_flag_checks)
{
	void *d, *n, *p;

	boot(32 * MB);
	d = create("dma", 64, 0, HOST_SLAB_CACHE_DMA);
	n = create("normal", 64, 0, 0);
	ck_assert(HOST_BUGS(host_kmem_cache_alloc(d, GFP_KERNEL)));
	assert_bug_at("if (cachep->gfpflags & GFP_DMA)");
	ck_assert(HOST_BUGS(host_kmem_cache_alloc(n, GFP_KERNEL | GFP_DMA)));
	assert_bug_at("if (!(cachep->gfpflags & GFP_DMA))");
	p = host_kmem_cache_alloc(d, GFP_KERNEL | GFP_DMA);
	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(zone_of_addr(p), HOST_ZONE_DMA);
	p = host_kmalloc(300, GFP_KERNEL | GFP_DMA);
	ck_assert_int_eq(zone_of_addr(p), HOST_ZONE_DMA);
}
END_TEST

/* Many allocations and frees on debug caches: no false alarm. */
START_TEST(test_random_debug)
{
	static const unsigned long flags[4] = { RZ, POISON, RZ | POISON, 0 };
	static const unsigned long size[4] = { 24, 200, 1020, 3000 };
	static struct {
		unsigned char *p;
		int c;
	} live[1000];
	unsigned long long seed = 7;
	void *c[4];
	int i, n = 0;
	long step;

	boot(32 * MB);
	for (i = 0; i < 4; i++) {
		char name[16];

		sprintf(name, "dbg-%d", i);
		c[i] = create(name, size[i], 0, flags[i]);
	}
	for (step = 0; step < 60000; step++) {
		seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
		if ((seed >> 40) % 100 < 55 && n < 1000) {
			int k = (seed >> 20) % 4;

			live[n].c = k;
			live[n].p = host_kmem_cache_alloc(c[k], GFP_KERNEL);
			if (!live[n].p)
				ck_abort_msg("step %ld: out of memory", step);
			memset(live[n].p, 0x33, size[k]);
			n++;
		} else if (n) {
			int k = (seed >> 24) % n;

			host_kmem_cache_free(c[live[k].c], live[k].p);
			live[k] = live[--n];
		}
	}
	for (i = 0; i < 4; i++)
		check_cache(c[i]);
	while (n--)
		host_kmem_cache_free(c[live[n].c], live[n].p);
	for (i = 0; i < 4; i++)
		ck_assert_int_eq(host_kmem_cache_destroy(c[i]), 0);
}
END_TEST

static Suite *slab_debug_suite(void)
{
	Suite *s = suite_create("slab_debug");
	TCase *tc = tcase_create("debug");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_consts_debug);
	tcase_add_test(tc, test_boot_debug);
	tcase_add_test(tc, test_red_zone_layout);
	tcase_add_test(tc, test_red_zone_overrun);
	tcase_add_test(tc, test_red_zone_underrun);
	tcase_add_test(tc, test_red_zone_double_free);
	tcase_add_test(tc, test_red_zone_destroy);
	tcase_add_test(tc, test_red_zone_too_big);
	tcase_add_test(tc, test_poison);
	tcase_add_test(tc, test_poison_use_after_free);
	tcase_add_test(tc, test_poison_destroy);
	tcase_add_test(tc, test_poison_red_zone);
	tcase_add_test(tc, test_debug_flags_dropped);
	tcase_add_test(tc, test_debug_initial);
	tcase_add_test(tc, test_wrong_cache);
	tcase_add_test(tc, test_kfree_bad_ptr);
	tcase_add_test(tc, test_extra_free_checks);
	tcase_add_test(tc, test_dma_flag_checks);
	tcase_add_test(tc, test_random_debug);
	suite_add_tcase(s, tc);
	return s;
}

int main(int argc, char **argv)
{
	SRunner *sr;
	int failed;

	(void)argc;
	host_mm_layout(argv);
	sr = srunner_create(slab_debug_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
