/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the slab host tests see of mm/slab.c (情景分析 §2.10): its entry
 * points run as the pretend task of shim/mm_host.c, and read-only views
 * of its caches, slabs and objects in plain C types.  shim/slab_host.c
 * is built around the real mm/slab.c (it #includes the file, so it can
 * read the file's static state); shim/slab_host_debug.c does the same
 * with DEBUG 1.  Caches are passed around as opaque pointers.
 */
#ifndef _TESTS_HOST_SLAB_HOST_H
#define _TESTS_HOST_SLAB_HOST_H

/* 2.4.0's values (include/linux/slab.h, mm/slab.c), restated for tests. */
#define HOST_SLAB_NO_GROW		0x00001000UL
#define HOST_SLAB_DEBUG_FREE		0x00000100UL
#define HOST_SLAB_DEBUG_INITIAL		0x00000200UL
#define HOST_SLAB_RED_ZONE		0x00000400UL
#define HOST_SLAB_POISON		0x00000800UL
#define HOST_SLAB_NO_REAP		0x00001000UL
#define HOST_SLAB_HWCACHE_ALIGN		0x00002000UL
#define HOST_SLAB_CACHE_DMA		0x00004000UL
#define HOST_SLAB_CTOR_CONSTRUCTOR	0x001UL
#define HOST_SLAB_CTOR_ATOMIC		0x002UL
#define HOST_SLAB_CTOR_VERIFY		0x004UL
#define HOST_CFLGS_OFF_SLAB		0x010000UL
#define HOST_CFLGS_OPTIMIZE		0x020000UL
#define HOST_DFLGS_GROWN		0x000001UL

typedef void (*host_ctor_t)(void *obj, void *cachep, unsigned long flags);

/* Set by a test to make in_interrupt() true inside mm/slab.c. */
extern int host_in_interrupt;

/* Put mm/slab.c's static state back as the compiler left it. */
extern void host_slab_reset(void);

/* kmem_cache_init() and kmem_cache_sizes_init(), as the task. */
extern void host_kmem_cache_init(void);
extern void host_kmem_cache_sizes_init(void);

/* The entry points, run as the pretend task. */
extern void *host_kmem_cache_create(const char *name, unsigned long size,
				    unsigned long offset, unsigned long flags,
				    host_ctor_t ctor, host_ctor_t dtor);
extern int host_kmem_cache_destroy(void *cachep);
extern int host_kmem_cache_shrink(void *cachep);
extern void *host_kmem_cache_alloc(void *cachep, int flags);
extern void host_kmem_cache_free(void *cachep, void *objp);
extern void *host_kmalloc(unsigned long size, int flags);
extern void host_kfree(const void *objp);
extern void *host_kmem_find_general_cachep(unsigned long size, int gfpflags);
extern void host_kmem_cache_reap(int gfp_mask);
extern void host_slabinfo_dump(void);
extern void host_kmem_cache_estimate(unsigned long gfporder,
				     unsigned long size, int flags,
				     unsigned long *left_over,
				     unsigned int *num);

/* Sizes, constants and the static state of mm/slab.c. */
struct host_slab_consts {
	unsigned int sizeof_slab_t, sizeof_kmem_cache_t, sizeof_bufctl;
	unsigned int sizeof_cache_sizes_t;
	unsigned int off_colour, off_name, off_next;	/* in kmem_cache_t */
	unsigned int off_s_mem, off_free;		/* in slab_t */
	unsigned long bufctl_end, slab_limit;
	int cache_namelen, max_obj_order, max_gfp_order;
	int break_hi, break_lo, reap_scanlen, reap_perfect;
	unsigned long create_mask;
	int debug, l1_cache_bytes;
};
extern void host_slab_consts_get(struct host_slab_consts *c);

extern void *host_cache_cache(void);
extern void *host_clock_searchp(void);
extern unsigned long host_offslab_limit(void);
extern int host_slab_break_gfp_order(void);

/* cache_sizes[]: sizes and caches up to the 0 entry; returns how many. */
extern int host_cache_sizes_get(unsigned long *size, void **cachep,
				void **dmacachep, int max);

/* The caches on cache_chain, in list order (cache_cache is not one). */
extern int host_chain_get(void **caches, int max);

/* One cache: its fields and a summary of its slab list. */
struct host_cache_info {
	const char *name;
	unsigned int objsize, flags, num, gfporder, gfpflags;
	unsigned long colour;
	unsigned int colour_off, colour_next;
	void *slabp_cache;
	unsigned int growing, dflags;
	unsigned long failures;
	host_ctor_t ctor, dtor;
	int nslabs, nfull, npartial, nfree;	/* slabs by state */
	unsigned long active_objs;
	int firstnotfull;	/* index in the list, -1 for the head */
};
extern void host_cache_get(void *cachep, struct host_cache_info *ci);

/* One slab, in list order. */
struct host_slab_info {
	void *slabp;
	unsigned long pages;		/* s_mem - colouroff */
	unsigned long colouroff;
	unsigned long s_mem;
	unsigned int inuse, free;
};
extern int host_cache_slabs(void *cachep, struct host_slab_info *si, int max);

/*
 * Check every invariant of a cache: list order (full, partial, free),
 * firstnotfull, each slab's free chain, the struct page back-pointers
 * and PG_slab of its pages, the layout inside the pages.  Returns 0, or
 * -1 with a message in msg.
 */
extern int host_cache_check(void *cachep, char *msg);

/* Which cache, slab and object index the kernel finds for objp. */
struct host_obj_info {
	void *cachep, *slabp;
	int pg_slab;
	long index;			/* -1 if not an object boundary */
};
extern void host_obj_get(const void *objp, struct host_obj_info *oi);

/* Benchmarks: n alloc+free pairs, run as the task in one call. */
extern unsigned long host_slab_bench_pairs(void *cachep, unsigned long n);
extern unsigned long host_kmalloc_bench_pairs(unsigned long size,
					      unsigned long n);

#endif /* _TESTS_HOST_SLAB_HOST_H */
