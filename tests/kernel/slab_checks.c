// SPDX-License-Identifier: GPL-2.0-only
/*
 * In-kernel checks of the slab allocator (情景分析 §2.10) on the real
 * machine, through its public interface and the struct page marks it
 * leaves (PG_slab, page->list.next = the cache): a cache created,
 * objects allocated and freed, colouring of successive slabs, kmalloc's
 * size classes and DMA caches, shrinking back to the buddy allocator,
 * and the slabinfo text.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/swap.h>
#include <linux/string.h>
#include <asm/page.h>
#include "kcheck.h"

/* What kfree() looks at: the cache recorded in the object's page. */
static kmem_cache_t *cache_of(const void *objp)
{
	return (kmem_cache_t *)virt_to_page(objp)->list.next;
}

static int ctor_calls;

static void count_ctor(void *objp, kmem_cache_t *cachep, unsigned long flags)
{
	if (flags & SLAB_CTOR_CONSTRUCTOR)
		ctor_calls++;
}

/*
 * 100-byte objects, no alignment: 39 fit an on-slab page
 * (39*100 + L1_CACHE_ALIGN(24 + 39*4) = 4092).
 */
static void check_cache_basics(void)
{
	static void *objs[40];
	kmem_cache_t *c;
	int i, j, ok_page = 1, ok_distinct = 1, ok_mark = 1;

	ctor_calls = 0;
	c = kmem_cache_create("kcheck-100", 100, 0, 0, count_ctor, NULL);
	kcheck(c != NULL,
	       "kmem_cache_create(\"kcheck-100\", 100) gives a cache");
	if (!c)
		return;
	for (i = 0; i < 40; i++)
		objs[i] = kmem_cache_alloc(c, SLAB_KERNEL);
	for (i = 0; i < 40; i++) {
		struct page *page = virt_to_page(objs[i]);

		if (!objs[i] || !PageSlab(page) || cache_of(objs[i]) != c ||
		    (unsigned long)objs[i] & 3)
			ok_mark = 0;
		if (i < 39 && page != virt_to_page(objs[0]))
			ok_page = 0;
		for (j = 0; j < i; j++)
			if (objs[j] == objs[i])
				ok_distinct = 0;
	}
	kcheck(ok_mark, "40 objects: word aligned, pages marked PG_slab and "
	       "pointing at the cache");
	kcheck(ok_page && virt_to_page(objs[39]) != virt_to_page(objs[0]),
	       "the first 39 share one page, the 40th starts a second slab");
	kcheck(ok_distinct, "all 40 objects are distinct");
	kcheck(objs[1] == (char *)objs[0] + 100,
	       "a new slab hands its objects out in address order");
	kcheck(ctor_calls == 2 * 39, "the constructor ran once per object of "
	       "the 2 slabs (%d calls)", ctor_calls);
	kmem_cache_free(c, objs[7]);
	kcheck(kmem_cache_alloc(c, SLAB_KERNEL) == objs[7],
	       "a freed object is the next one handed out");
	kcheck(ctor_calls == 2 * 39,
	       "alloc and free do not call the constructor");
	for (i = 0; i < 40; i++)
		kmem_cache_free(c, objs[i]);
	kcheck(kmem_cache_destroy(c) == 0,
	       "kmem_cache_destroy of an empty cache succeeds");
}

/*
 * 100 bytes cache-aligned become 128: 30 per page, 96 bytes left, 3
 * colours of 32.  Slab k's objects start after its slab_t (padded to
 * 160) at colour (k mod 3) * 32.
 */
static void check_colouring(void)
{
	static void *objs[4 * 30];
	kmem_cache_t *c;
	int k, i, ok = 1;

	c = kmem_cache_create("kcheck-colour", 100, 0, SLAB_HWCACHE_ALIGN,
			      NULL, NULL);
	if (!c) {
		kcheck(0, "kmem_cache_create(\"kcheck-colour\")");
		return;
	}
	for (i = 0; i < 4 * 30; i++)
		objs[i] = kmem_cache_alloc(c, SLAB_KERNEL);
	for (k = 0; k < 4; k++) {
		unsigned long off = (unsigned long)objs[30 * k] & ~PAGE_MASK;

		kinfo("colour: slab %d objects start at page offset %lu\n",
		       k, off);
		if (off != 160 + 32 * (k % 3))
			ok = 0;
	}
	for (i = 0; i < 4 * 30; i++)
		if ((unsigned long)objs[i] & 31)
			ok = 0;
	kcheck(ok, "colouring: slabs start at 160, 192, 224, 160; objects "
	       "32-byte aligned");
	for (i = 0; i < 4 * 30; i++)
		kmem_cache_free(c, objs[i]);
	kmem_cache_destroy(c);
}

/* Each size class, plain and DMA, and the sizes just above a class. */
static void check_kmalloc(void)
{
	int ok = 1, ok_dma = 1, n = 0;
	unsigned long size;

	for (size = 16; size <= 131072; size *= 2) {
		unsigned long s[3] = { size - 1, size, size + 1 };
		int i;

		for (i = 0; i < 3; i++) {
			void *p, *d;

			if (s[i] > 131072)
				continue;
			p = kmalloc(s[i], GFP_KERNEL);
			d = kmalloc(s[i], GFP_KERNEL | GFP_DMA);
			if (!p ||
			    cache_of(p) != kmem_find_general_cachep(s[i], 0))
				ok = 0;
			if (!d || cache_of(d) !=
			    kmem_find_general_cachep(s[i], GFP_DMA) ||
			    virt_to_page(d)->zone !=
			    contig_page_data.node_zones + ZONE_DMA)
				ok_dma = 0;
			kfree(p);
			kfree(d);
			n++;
		}
	}
	kcheck(ok, "kmalloc: %d sizes from 15 to 131072 bytes each come from "
	       "the smallest general cache that holds them", n);
	kcheck(ok_dma, "kmalloc(GFP_DMA) uses the DMA caches, whose pages are "
	       "in ZONE_DMA");
	kcheck(kmem_find_general_cachep(131073, 0) == NULL,
	       "no general cache holds 131073 bytes");
	kfree(NULL);
	kcheck(1, "kfree(NULL) is harmless");
}

/* Free slabs are kept until shrunk; then every page goes back. */
static void check_shrink(void)
{
	static void *objs[200];
	unsigned int before, used, freed;
	kmem_cache_t *c;
	int i, ret;

	c = kmem_cache_create("kcheck-shrink", 100, 0, 0, NULL, NULL);
	if (!c) {
		kcheck(0, "kmem_cache_create(\"kcheck-shrink\")");
		return;
	}
	before = nr_free_pages();
	for (i = 0; i < 200; i++)
		objs[i] = kmem_cache_alloc(c, SLAB_KERNEL);
	used = before - nr_free_pages();
	for (i = 0; i < 200; i++)
		kmem_cache_free(c, objs[i]);
	freed = nr_free_pages();
	kinfo("slab shrink: 200 objects took %u pages\n", used);
	if (kcheck_verbose)
		slabinfo_dump();
	ret = kmem_cache_shrink(c);
	kcheck(used == 6, "200 100-byte objects take 6 one-page slabs");
	kcheck(freed == before - 6, "freeing the objects keeps the free slabs");
	kcheck(ret == 0 && nr_free_pages() == before,
	       "kmem_cache_shrink gives all %u pages back to the buddy "
	       "allocator", used);
	kcheck(!PageSlab(virt_to_page(objs[0])),
	       "a released page no longer has PG_slab");
	kmem_cache_destroy(c);
}

void mm_slab_checks(void)
{
	unsigned int before = nr_free_pages();

	check_cache_basics();
	check_colouring();
	check_kmalloc();
	check_shrink();
	if (kcheck_verbose)
		slabinfo_dump();
	printk("slab checks: %u pages free before, %u after (the general "
	       "caches keep their slabs)\n", before, nr_free_pages());
}
