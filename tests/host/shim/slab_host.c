// SPDX-License-Identifier: GPL-2.0-only
/*
 * The real mm/slab.c, compiled for the host tests, with the views and
 * wrappers of slab_host.h.  The file is #included rather than linked so
 * that the tests can read its static state (cache_cache, cache_sizes[],
 * offslab_limit ...) and reset it between boots.  Built with the
 * kernel's headers and flags like every shim.
 */

/*
 * A switch the tests flip, for the in_interrupt() checks of 2.4.0: it
 * takes the place of the kernel's irq nesting count (asm/hardirq.h,
 * included first so that slab.c's own include finds it done).
 */
#include <asm/hardirq.h>
int host_in_interrupt;
#undef in_interrupt
#define in_interrupt()	(host_in_interrupt != 0)

#include "../../../mm/slab.c"

#include "mm_host.h"
#include "slab_host.h"

/* ---- static state ---- */

static kmem_cache_t host_cache_cache_initial;

static void __attribute__((constructor)) host_slab_save(void)
{
	host_cache_cache_initial = cache_cache;
}

void host_slab_reset(void)
{
	cache_sizes_t *cs;

	cache_cache = host_cache_cache_initial;
	for (cs = cache_sizes; cs->cs_size; cs++) {
		cs->cs_cachep = NULL;
		cs->cs_dmacachep = NULL;
	}
	offslab_limit = 0;
	slab_break_gfp_order = BREAK_GFP_ORDER_LO;
	clock_searchp = &cache_cache;
	memset(&cache_chain_sem, 0, sizeof(cache_chain_sem));
	host_in_interrupt = 0;
}

void host_slab_consts_get(struct host_slab_consts *c)
{
	c->sizeof_slab_t = sizeof(slab_t);
	c->sizeof_kmem_cache_t = sizeof(kmem_cache_t);
	c->sizeof_bufctl = sizeof(kmem_bufctl_t);
	c->sizeof_cache_sizes_t = sizeof(cache_sizes_t);
	c->off_colour = offsetof(kmem_cache_t, colour);
	c->off_name = offsetof(kmem_cache_t, name);
	c->off_next = offsetof(kmem_cache_t, next);
	c->off_s_mem = offsetof(slab_t, s_mem);
	c->off_free = offsetof(slab_t, free);
	c->bufctl_end = BUFCTL_END;
	c->slab_limit = SLAB_LIMIT;
	c->cache_namelen = CACHE_NAMELEN;
	c->max_obj_order = MAX_OBJ_ORDER;
	c->max_gfp_order = MAX_GFP_ORDER;
	c->break_hi = BREAK_GFP_ORDER_HI;
	c->break_lo = BREAK_GFP_ORDER_LO;
	c->reap_scanlen = REAP_SCANLEN;
	c->reap_perfect = REAP_PERFECT;
	c->create_mask = CREATE_MASK;
	c->debug = DEBUG;
	c->l1_cache_bytes = L1_CACHE_BYTES;
}

void *host_cache_cache(void)
{
	return &cache_cache;
}

void *host_clock_searchp(void)
{
	return clock_searchp;
}

unsigned long host_offslab_limit(void)
{
	return offslab_limit;
}

int host_slab_break_gfp_order(void)
{
	return slab_break_gfp_order;
}

int host_cache_sizes_get(unsigned long *size, void **cachep,
			 void **dmacachep, int max)
{
	int n;

	for (n = 0; n < max && cache_sizes[n].cs_size; n++) {
		size[n] = cache_sizes[n].cs_size;
		cachep[n] = cache_sizes[n].cs_cachep;
		dmacachep[n] = cache_sizes[n].cs_dmacachep;
	}
	return n;
}

int host_chain_get(void **caches, int max)
{
	struct list_head *p;
	int n = 0;

	list_for_each(p, &cache_chain) {
		if (n == max)
			return -1;
		caches[n++] = list_entry(p, kmem_cache_t, next);
	}
	return n;
}

/* ---- caches and slabs ---- */

void host_cache_get(void *c, struct host_cache_info *ci)
{
	kmem_cache_t *cachep = c;
	struct list_head *p;
	int i = 0;

	ci->name = cachep->name;
	ci->objsize = cachep->objsize;
	ci->flags = cachep->flags;
	ci->num = cachep->num;
	ci->gfporder = cachep->gfporder;
	ci->gfpflags = cachep->gfpflags;
	ci->colour = cachep->colour;
	ci->colour_off = cachep->colour_off;
	ci->colour_next = cachep->colour_next;
	ci->slabp_cache = cachep->slabp_cache;
	ci->growing = cachep->growing;
	ci->dflags = cachep->dflags;
	ci->failures = cachep->failures;
	ci->ctor = (host_ctor_t)cachep->ctor;
	ci->dtor = (host_ctor_t)cachep->dtor;
	ci->nslabs = ci->nfull = ci->npartial = ci->nfree = 0;
	ci->active_objs = 0;
	ci->firstnotfull = -1;
	list_for_each(p, &cachep->slabs) {
		slab_t *slabp = list_entry(p, slab_t, list);

		if (p == cachep->firstnotfull)
			ci->firstnotfull = i;
		ci->nslabs++;
		ci->active_objs += slabp->inuse;
		if (slabp->inuse == cachep->num)
			ci->nfull++;
		else if (slabp->inuse)
			ci->npartial++;
		else
			ci->nfree++;
		i++;
	}
}

int host_cache_slabs(void *c, struct host_slab_info *si, int max)
{
	kmem_cache_t *cachep = c;
	struct list_head *p;
	int n = 0;

	list_for_each(p, &cachep->slabs) {
		slab_t *slabp = list_entry(p, slab_t, list);

		if (n == max)
			return -1;
		si[n].slabp = slabp;
		si[n].colouroff = slabp->colouroff;
		si[n].s_mem = (unsigned long)slabp->s_mem;
		si[n].pages = si[n].s_mem - slabp->colouroff;
		si[n].inuse = slabp->inuse;
		si[n].free = slabp->free;
		n++;
	}
	return n;
}

#define HOST_FAIL(...)	do { sprintf(msg, __VA_ARGS__); return -1; } while (0)

static int host_check_slab(kmem_cache_t *cachep, slab_t *slabp, int idx,
			   char *msg)
{
	static unsigned char seen[1 << (MAX_GFP_ORDER + PAGE_SHIFT - 2)];
	unsigned long bytes = PAGE_SIZE << cachep->gfporder;
	unsigned long pages = (unsigned long)slabp->s_mem - slabp->colouroff;
	unsigned int i, nfree = 0;
	kmem_bufctl_t f;
	struct page *page;

	if (pages & (bytes - 1))
		HOST_FAIL("%s slab %d: pages 0x%lx not aligned to 0x%lx",
			  cachep->name, idx, pages, bytes);
	if (slabp->colouroff + cachep->num * cachep->objsize > bytes)
		HOST_FAIL("%s slab %d: objects run past the slab",
			  cachep->name, idx);
	if (slabp->inuse > cachep->num)
		HOST_FAIL("%s slab %d: inuse %u > num %u", cachep->name, idx,
			  slabp->inuse, cachep->num);
	if (OFF_SLAB(cachep)) {
		if (slabp->colouroff % cachep->colour_off ||
		    (slabp->colouroff &&
		     slabp->colouroff / cachep->colour_off >= cachep->colour))
			HOST_FAIL("%s slab %d: colour offset %lu", cachep->name,
				  idx, slabp->colouroff);
		page = virt_to_page(slabp);
		if (!PageSlab(page) ||
		    GET_PAGE_CACHE(page) != cachep->slabp_cache)
			HOST_FAIL("%s slab %d: off-slab slab_t not in %s",
				  cachep->name, idx, cachep->slabp_cache->name);
	} else {
		unsigned long mgmt = L1_CACHE_ALIGN(cachep->num *
				sizeof(kmem_bufctl_t) + sizeof(slab_t));
		unsigned long colour = (unsigned long)slabp - pages;

		if (colour + mgmt != slabp->colouroff)
			HOST_FAIL("%s slab %d: slab_t at +%lu, objects at +%lu",
				  cachep->name, idx, colour, slabp->colouroff);
		if (colour % cachep->colour_off ||
		    (colour && colour / cachep->colour_off >= cachep->colour))
			HOST_FAIL("%s slab %d: colour offset %lu", cachep->name,
				  idx, colour);
	}
	/* The free chain: num - inuse distinct indices below num. */
	memset(seen, 0, cachep->num);
	for (f = slabp->free; f != BUFCTL_END; f = slab_bufctl(slabp)[f]) {
		if (f >= cachep->num)
			HOST_FAIL("%s slab %d: bufctl index %u", cachep->name,
				  idx, f);
		if (seen[f])
			HOST_FAIL("%s slab %d: free chain loops at %u",
				  cachep->name, idx, f);
		seen[f] = 1;
		nfree++;
	}
	if (nfree != cachep->num - slabp->inuse)
		HOST_FAIL("%s slab %d: %u on the free chain, inuse %u of %u",
			  cachep->name, idx, nfree, slabp->inuse, cachep->num);
	page = virt_to_page(pages);
	for (i = 0; i < (1U << cachep->gfporder); i++, page++) {
		if (!PageSlab(page))
			HOST_FAIL("%s slab %d: page %u without PG_slab",
				  cachep->name, idx, i);
		if (GET_PAGE_CACHE(page) != cachep ||
		    GET_PAGE_SLAB(page) != slabp)
			HOST_FAIL("%s slab %d: page %u points elsewhere",
				  cachep->name, idx, i);
	}
	return 0;
}

int host_cache_check(void *c, char *msg)
{
	kmem_cache_t *cachep = c;
	struct list_head *p, *first = NULL;
	int idx = 0, state = 0;		/* 0 full, 1 partial, 2 free */

	list_for_each(p, &cachep->slabs) {
		slab_t *slabp = list_entry(p, slab_t, list);
		int s = slabp->inuse == cachep->num ? 0 : slabp->inuse ? 1 : 2;

		if (p->next->prev != p || p->prev->next != p)
			HOST_FAIL("%s: list broken at slab %d", cachep->name,
				  idx);
		if (s < state)
			HOST_FAIL("%s: slab %d (%s) after a %s one",
				  cachep->name, idx,
				  s == 0 ? "full" : "partial",
				  state == 1 ? "partial" : "free");
		state = s;
		if (s && !first)
			first = p;
		if (host_check_slab(cachep, slabp, idx, msg))
			return -1;
		idx++;
	}
	if (!first)
		first = &cachep->slabs;
	if (cachep->firstnotfull != first)
		HOST_FAIL("%s: firstnotfull is not the first slab with room",
			  cachep->name);
	return 0;
}

void host_obj_get(const void *objp, struct host_obj_info *oi)
{
	struct page *page = virt_to_page(objp);
	slab_t *slabp = GET_PAGE_SLAB(page);
	kmem_cache_t *cachep = GET_PAGE_CACHE(page);
	unsigned long off;

	oi->pg_slab = PageSlab(page) ? 1 : 0;
	oi->cachep = cachep;
	oi->slabp = slabp;
	oi->index = -1;
	if (!oi->pg_slab)
		return;
	off = (unsigned long)objp - (unsigned long)slabp->s_mem;
#if DEBUG
	if (cachep->flags & SLAB_RED_ZONE)
		off -= BYTES_PER_WORD;
#endif
	if (off % cachep->objsize == 0 && off / cachep->objsize < cachep->num)
		oi->index = off / cachep->objsize;
}

/* ---- entry points as the task ---- */

struct host_slab_args {
	const char *name;
	unsigned long size, offset, flags, n;
	host_ctor_t ctor, dtor;
	kmem_cache_t *cachep;
	void *objp;
	int ret;
	unsigned long *left_over;
	unsigned int *num;
};

static void host_do_init(void *p)
{
	kmem_cache_init();
}

static void host_do_sizes_init(void *p)
{
	kmem_cache_sizes_init();
}

void host_kmem_cache_init(void)
{
	host_call_as_task(host_do_init, NULL);
}

void host_kmem_cache_sizes_init(void)
{
	host_call_as_task(host_do_sizes_init, NULL);
}

typedef void (*kctor_t)(void *, kmem_cache_t *, unsigned long);

static void host_do_create(void *p)
{
	struct host_slab_args *a = p;

	a->cachep = kmem_cache_create(a->name, a->size, a->offset, a->flags,
				      (kctor_t)a->ctor, (kctor_t)a->dtor);
}

void *host_kmem_cache_create(const char *name, unsigned long size,
			     unsigned long offset, unsigned long flags,
			     host_ctor_t ctor, host_ctor_t dtor)
{
	struct host_slab_args a = { .name = name, .size = size,
		.offset = offset, .flags = flags, .ctor = ctor, .dtor = dtor };

	host_call_as_task(host_do_create, &a);
	return a.cachep;
}

static void host_do_destroy(void *p)
{
	struct host_slab_args *a = p;

	a->ret = kmem_cache_destroy(a->cachep);
}

int host_kmem_cache_destroy(void *cachep)
{
	struct host_slab_args a = { .cachep = cachep };

	host_call_as_task(host_do_destroy, &a);
	return a.ret;
}

static void host_do_shrink(void *p)
{
	struct host_slab_args *a = p;

	a->ret = kmem_cache_shrink(a->cachep);
}

int host_kmem_cache_shrink(void *cachep)
{
	struct host_slab_args a = { .cachep = cachep };

	host_call_as_task(host_do_shrink, &a);
	return a.ret;
}

static void host_do_alloc(void *p)
{
	struct host_slab_args *a = p;

	a->objp = kmem_cache_alloc(a->cachep, a->flags);
}

void *host_kmem_cache_alloc(void *cachep, int flags)
{
	struct host_slab_args a = { .cachep = cachep, .flags = flags };

	host_call_as_task(host_do_alloc, &a);
	return a.objp;
}

static void host_do_free(void *p)
{
	struct host_slab_args *a = p;

	kmem_cache_free(a->cachep, a->objp);
}

void host_kmem_cache_free(void *cachep, void *objp)
{
	struct host_slab_args a = { .cachep = cachep, .objp = objp };

	host_call_as_task(host_do_free, &a);
}

static void host_do_kmalloc(void *p)
{
	struct host_slab_args *a = p;

	a->objp = kmalloc(a->size, a->flags);
}

void *host_kmalloc(unsigned long size, int flags)
{
	struct host_slab_args a = { .size = size, .flags = flags };

	host_call_as_task(host_do_kmalloc, &a);
	return a.objp;
}

static void host_do_kfree(void *p)
{
	struct host_slab_args *a = p;

	kfree(a->objp);
}

void host_kfree(const void *objp)
{
	struct host_slab_args a = { .objp = (void *)objp };

	host_call_as_task(host_do_kfree, &a);
}

void *host_kmem_find_general_cachep(unsigned long size, int gfpflags)
{
	return kmem_find_general_cachep(size, gfpflags);
}

static void host_do_reap(void *p)
{
	struct host_slab_args *a = p;

	kmem_cache_reap(a->flags);
}

void host_kmem_cache_reap(int gfp_mask)
{
	struct host_slab_args a = { .flags = gfp_mask };

	host_call_as_task(host_do_reap, &a);
}

void host_slabinfo_dump(void)
{
	slabinfo_dump();
}

void host_kmem_cache_estimate(unsigned long gfporder, unsigned long size,
			      int flags, unsigned long *left_over,
			      unsigned int *num)
{
	size_t left;

	kmem_cache_estimate(gfporder, size, flags, &left, num);
	*left_over = left;
}

/* ---- benchmarks ---- */

static void host_do_bench_cache(void *p)
{
	struct host_slab_args *a = p;
	unsigned long i;

	for (i = 0; i < a->n; i++) {
		void *objp = kmem_cache_alloc(a->cachep, SLAB_KERNEL);

		if (!objp)
			break;
		kmem_cache_free(a->cachep, objp);
	}
	a->ret = i;
}

unsigned long host_slab_bench_pairs(void *cachep, unsigned long n)
{
	struct host_slab_args a = { .cachep = cachep, .n = n };

	host_call_as_task(host_do_bench_cache, &a);
	return a.ret;
}

static void host_do_bench_kmalloc(void *p)
{
	struct host_slab_args *a = p;
	unsigned long i;

	for (i = 0; i < a->n; i++) {
		void *objp = kmalloc(a->size, GFP_KERNEL);

		if (!objp)
			break;
		kfree(objp);
	}
	a->ret = i;
}

unsigned long host_kmalloc_bench_pairs(unsigned long size, unsigned long n)
{
	struct host_slab_args a = { .size = size, .n = n };

	host_call_as_task(host_do_bench_kmalloc, &a);
	return a.ret;
}
