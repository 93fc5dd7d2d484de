/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The slab allocator's interface: object caches (kmem_cache_t) and the
 * general-purpose kmalloc/kfree built on them.
 * 情景分析 §2.10.  Follows Linux 2.4.0 include/linux/slab.h.
 */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#ifdef __KERNEL__

typedef struct kmem_cache_s kmem_cache_t;

#include <linux/mm.h>
#include <linux/cache.h>

/* Allocation flags: the page allocator's GFP masks under slab names. */
#define SLAB_BUFFER		GFP_BUFFER
#define SLAB_ATOMIC		GFP_ATOMIC
#define SLAB_USER		GFP_USER
#define SLAB_KERNEL		GFP_KERNEL
#define SLAB_NFS		GFP_NFS
#define SLAB_DMA		GFP_DMA

#define SLAB_LEVEL_MASK		(__GFP_WAIT | __GFP_HIGH | __GFP_IO)
#define SLAB_NO_GROW		0x00001000UL	/* no new slab */

/*
 * Flags for kmem_cache_create().  The first four are honoured only when
 * mm/slab.c is built with DEBUG.
 */
#define SLAB_DEBUG_FREE		0x00000100UL	/* check frees */
#define SLAB_DEBUG_INITIAL	0x00000200UL	/* ctor verifies */
#define SLAB_RED_ZONE		0x00000400UL	/* guard words */
#define SLAB_POISON		0x00000800UL	/* fill free objects */
#define SLAB_NO_REAP		0x00001000UL	/* never reaped */
#define SLAB_HWCACHE_ALIGN	0x00002000UL	/* cache-line align */
#define SLAB_CACHE_DMA		0x00004000UL	/* ZONE_DMA pages */

/* What a constructor is told. */
#define SLAB_CTOR_CONSTRUCTOR	0x001UL		/* clear: destructor */
#define SLAB_CTOR_ATOMIC	0x002UL		/* must not sleep */
#define SLAB_CTOR_VERIFY	0x004UL		/* check, do not initialise */

extern void kmem_cache_init(void);
extern void kmem_cache_sizes_init(void);

extern kmem_cache_t *kmem_find_general_cachep(size_t, int gfpflags);
extern kmem_cache_t *kmem_cache_create(const char *, size_t, size_t,
		unsigned long,
		void (*)(void *, kmem_cache_t *, unsigned long),
		void (*)(void *, kmem_cache_t *, unsigned long));
extern int kmem_cache_destroy(kmem_cache_t *);
extern int kmem_cache_shrink(kmem_cache_t *);
extern void *kmem_cache_alloc(kmem_cache_t *, int);
extern void kmem_cache_free(kmem_cache_t *, void *);

extern void *kmalloc(size_t, int);
extern void kfree(const void *);

extern void kmem_cache_reap(int);

/* /proc/slabinfo's text, printed with printk (the port has no /proc). */
extern void slabinfo_dump(void);

/* Caches of the rest of the kernel (created by their owners). */
extern kmem_cache_t *vm_area_cachep;
extern kmem_cache_t *mm_cachep;
extern kmem_cache_t *names_cachep;
extern kmem_cache_t *files_cachep;
extern kmem_cache_t *filp_cachep;
extern kmem_cache_t *dquot_cachep;
extern kmem_cache_t *bh_cachep;
extern kmem_cache_t *fs_cachep;
extern kmem_cache_t *sigact_cachep;

#endif /* __KERNEL__ */

#endif /* _LINUX_SLAB_H */
