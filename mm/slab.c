// SPDX-License-Identifier: GPL-2.0-only
/*
 * The slab allocator: caches of equal-sized objects carved out of blocks
 * of pages ("slabs") taken from the buddy allocator, with per-slab free
 * lists, cache colouring, optional constructors, and the general caches
 * behind kmalloc().
 * 情景分析 §2.10.  Follows Linux 2.4.0 mm/slab.c (uniprocessor: the
 * per-CPU object arrays of CONFIG_SMP are not built).
 *
 * Locking: cache_chain_sem guards the list of caches; each cache's
 * spinlock (interrupts off) guards its slab list.  A cache whose
 * "growing" count is non-zero is neither shrunk nor reaped.
 */
#include <linux/config.h>
#include <linux/slab.h>
#include <linux/interrupt.h>
#include <linux/init.h>
#include <linux/spinlock.h>
#include <asm/semaphore.h>

/*
 * DEBUG 1: honour SLAB_DEBUG_INITIAL, SLAB_RED_ZONE and SLAB_POISON and
 * check every free.  STATS 1: keep counters for slabinfo.  FORCED_DEBUG 1:
 * red-zone and poison every cache that allows it.  (The #ifndef lets the
 * host tests build a DEBUG copy; 2.4.0 simply defines 0.)
 */
#ifndef DEBUG
#define DEBUG		0
#endif
#define STATS		0
#define FORCED_DEBUG	0

/* kmem_cache_reap: caches looked at per call, and "enough" free slabs. */
#define REAP_SCANLEN	10
#define REAP_PERFECT	10

#define BYTES_PER_WORD	sizeof(void *)

/* The flags kmem_cache_create() accepts. */
#if DEBUG
#define CREATE_MASK	(SLAB_DEBUG_INITIAL | SLAB_RED_ZONE | SLAB_POISON | \
			 SLAB_HWCACHE_ALIGN | SLAB_NO_REAP | SLAB_CACHE_DMA)
#else
#define CREATE_MASK	(SLAB_HWCACHE_ALIGN | SLAB_NO_REAP | SLAB_CACHE_DMA)
#endif

/*
 * The free objects of a slab are chained by index: bufctl[i] is the
 * index of the free object after object i, BUFCTL_END ends the chain.
 * One unsigned int per object, placed right after the slab_t.
 */
typedef unsigned int kmem_bufctl_t;
#define BUFCTL_END	0xffffffff
#define SLAB_LIMIT	0xfffffffe

/*
 * Most objects an off-slab slab may hold: its slab_t and bufctl array
 * must fit in the largest general cache that is itself on-slab.  Set by
 * kmem_cache_sizes_init().
 */
static unsigned long offslab_limit;

/*
 * One slab.  The cache keeps its slabs on one list: full ones first,
 * then partly used, then free.
 */
typedef struct slab_s {
	struct list_head list;
	unsigned long colouroff;	/* s_mem - start of the pages */
	void *s_mem;			/* first object */
	unsigned int inuse;		/* objects allocated */
	kmem_bufctl_t free;		/* first free object or BUFCTL_END */
} slab_t;

#define slab_bufctl(slabp)	((kmem_bufctl_t *)(((slab_t *)(slabp)) + 1))

#ifdef CONFIG_SMP
/* A CPU's array of free objects; the pointers follow the header. */
typedef struct cpucache_s {
	unsigned int avail;
	unsigned int limit;
} cpucache_t;
#endif

#define CACHE_NAMELEN	20

struct kmem_cache_s {
	/* used by every allocation and free */
	struct list_head slabs;
	struct list_head *firstnotfull;
	unsigned int objsize;
	unsigned int flags;
	unsigned int num;		/* objects per slab */
	spinlock_t spinlock;
#ifdef CONFIG_SMP
	unsigned int batchcount;
#endif
	/* used when slabs are added or removed */
	unsigned int gfporder;		/* a slab is 2^gfporder pages */
	unsigned int gfpflags;		/* GFP_DMA for a DMA cache */
	size_t colour;			/* how many colours */
	unsigned int colour_off;	/* bytes per colour step */
	unsigned int colour_next;	/* colour of the next slab */
	kmem_cache_t *slabp_cache;	/* where off-slab slab_t's live */
	unsigned int growing;
	unsigned int dflags;
	void (*ctor)(void *, kmem_cache_t *, unsigned long);
	void (*dtor)(void *, kmem_cache_t *, unsigned long);
	unsigned long failures;
	/* used when the cache is created or destroyed */
	char name[CACHE_NAMELEN];
	struct list_head next;		/* the chain of all caches */
#ifdef CONFIG_SMP
	cpucache_t *cpudata[NR_CPUS];
#endif
#if STATS
	unsigned long num_active;
	unsigned long num_allocations;
	unsigned long high_mark;
	unsigned long grown;
	unsigned long reaped;
	unsigned long errors;
#endif
};

/* Internal flags, above the ones a caller may pass. */
#define CFLGS_OFF_SLAB	0x010000UL	/* slab_t kept in slabp_cache */
#define CFLGS_OPTIMIZE	0x020000UL	/* set, never used */

/* dflags, under the cache lock. */
#define DFLGS_GROWN	0x000001UL	/* grew since the last reap scan */

#define OFF_SLAB(x)	((x)->flags & CFLGS_OFF_SLAB)
#define OPTIMIZE(x)	((x)->flags & CFLGS_OPTIMIZE)
#define GROWN(x)	((x)->dflags & DFLGS_GROWN)

#if STATS
#define STATS_INC_ACTIVE(x)	((x)->num_active++)
#define STATS_DEC_ACTIVE(x)	((x)->num_active--)
#define STATS_INC_ALLOCED(x)	((x)->num_allocations++)
#define STATS_INC_GROWN(x)	((x)->grown++)
#define STATS_INC_REAPED(x)	((x)->reaped++)
#define STATS_SET_HIGH(x)	do { \
		if ((x)->num_active > (x)->high_mark) \
			(x)->high_mark = (x)->num_active; \
	} while (0)
#define STATS_INC_ERR(x)	((x)->errors++)
#else
#define STATS_INC_ACTIVE(x)	do { } while (0)
#define STATS_DEC_ACTIVE(x)	do { } while (0)
#define STATS_INC_ALLOCED(x)	do { } while (0)
#define STATS_INC_GROWN(x)	do { } while (0)
#define STATS_INC_REAPED(x)	do { } while (0)
#define STATS_SET_HIGH(x)	do { } while (0)
#define STATS_INC_ERR(x)	do { } while (0)
#endif

#if DEBUG
/* Red-zone words: MAGIC1 while the object is free, MAGIC2 while in use. */
#define RED_MAGIC1	0x5A2CF071UL
#define RED_MAGIC2	0x170FC2A5UL

/* Poison: every byte of a free object, and a different last byte. */
#define POISON_BYTE	0x5a
#define POISON_END	0xa5

#ifndef xchg
/*
 * Stand-in, not 2.4.0: <asm/system.h> has no xchg() yet.  With one CPU
 * and interrupts off, reading then writing is the same.
 */
#define xchg(ptr, v) ({ \
	__typeof__(*(ptr)) __old = *(ptr); \
	*(ptr) = (v); \
	__old; \
})
#endif
#endif /* DEBUG */

/* Largest object: 2^MAX_OBJ_ORDER pages. */
#define MAX_OBJ_ORDER	5

/* Do not pick a bigger order than this unless no object fits. */
#define BREAK_GFP_ORDER_HI	2
#define BREAK_GFP_ORDER_LO	1
static int slab_break_gfp_order = BREAK_GFP_ORDER_LO;

/* Never more than 2^MAX_GFP_ORDER pages per slab. */
#define MAX_GFP_ORDER	5

/*
 * A slab page's struct page is not on any list, so its list pointers
 * say which cache and which slab the page belongs to.
 */
#define SET_PAGE_CACHE(pg, x)	((pg)->list.next = (struct list_head *)(x))
#define GET_PAGE_CACHE(pg)	((kmem_cache_t *)(pg)->list.next)
#define SET_PAGE_SLAB(pg, x)	((pg)->list.prev = (struct list_head *)(x))
#define GET_PAGE_SLAB(pg)	((slab_t *)(pg)->list.prev)

/* The general caches: a plain and a DMA cache for each size. */
typedef struct cache_sizes {
	size_t cs_size;
	kmem_cache_t *cs_cachep;
	kmem_cache_t *cs_dmacachep;
} cache_sizes_t;

static cache_sizes_t cache_sizes[] = {
#if PAGE_SIZE == 4096
	{     32, NULL, NULL },
#endif
	{     64, NULL, NULL },
	{    128, NULL, NULL },
	{    256, NULL, NULL },
	{    512, NULL, NULL },
	{   1024, NULL, NULL },
	{   2048, NULL, NULL },
	{   4096, NULL, NULL },
	{   8192, NULL, NULL },
	{  16384, NULL, NULL },
	{  32768, NULL, NULL },
	{  65536, NULL, NULL },
	{ 131072, NULL, NULL },
	{      0, NULL, NULL }
};

/*
 * The cache of cache descriptors.  It is static, so it exists before
 * any cache can be allocated; kmem_cache_init() fills in num and colour.
 * Its "next" field is the head of the chain of all other caches.
 */
static kmem_cache_t cache_cache = {
	.slabs		= LIST_HEAD_INIT(cache_cache.slabs),
	.firstnotfull	= &cache_cache.slabs,
	.objsize	= sizeof(kmem_cache_t),
	.flags		= SLAB_NO_REAP,
	.spinlock	= SPIN_LOCK_UNLOCKED,
	.colour_off	= L1_CACHE_BYTES,
	.name		= "kmem_cache",
};

static struct semaphore cache_chain_sem;

/* Where the next kmem_cache_reap() scan starts. */
static kmem_cache_t *clock_searchp = &cache_cache;

#define cache_chain	(cache_cache.next)

/*
 * How many objects of size bytes fit in a slab of 2^gfporder pages, and
 * how many bytes are left over.  An on-slab slab_t and its bufctls come
 * first, padded to a cache line.
 */
static void kmem_cache_estimate(unsigned long gfporder, size_t size,
				int flags, size_t *left_over, unsigned int *num)
{
	size_t slab_bytes = PAGE_SIZE << gfporder;
	size_t mgmt = 0, per_obj = 0;
	unsigned int n = 0;

	if (!(flags & CFLGS_OFF_SLAB)) {	/* slab_t and bufctls inside */
		mgmt = sizeof(slab_t);
		per_obj = sizeof(kmem_bufctl_t);
	}
	/* Add objects while one more (with its bufctl) still fits. */
	while ((n + 1) * size +
	       L1_CACHE_ALIGN(mgmt + (n + 1) * per_obj) <= slab_bytes)
		n++;
	if (n > SLAB_LIMIT)
		n = SLAB_LIMIT;

	*num = n;
	*left_over = slab_bytes - n * size - L1_CACHE_ALIGN(mgmt + n * per_obj);
}

/* Make cache_cache usable.  Runs before the page allocator is up. */
void __init kmem_cache_init(void)
{
	size_t spare;

	init_MUTEX(&cache_chain_sem);
	INIT_LIST_HEAD(&cache_chain);

	/* Descriptors live in one-page slabs with the slab_t on them. */
	kmem_cache_estimate(0, cache_cache.objsize, 0, &spare,
			    &cache_cache.num);
	if (cache_cache.num == 0)
		BUG();
	cache_cache.colour = spare / cache_cache.colour_off;
	cache_cache.colour_next = 0;
}

/*
 * Create the general caches, smallest first, once pages can be had.
 * The off-slab limit grows with each on-slab size: an off-slab slab_t
 * lives in one of these.
 */
void __init kmem_cache_sizes_init(void)
{
	cache_sizes_t *cs;
	char name[20];

	/* Bigger slabs fragment memory: only on machines over 32 MB. */
	if (num_physpages > (32 << 20) >> PAGE_SHIFT)
		slab_break_gfp_order = BREAK_GFP_ORDER_HI;

	for (cs = cache_sizes; cs->cs_size != 0; cs++) {
		/* Cache-line aligned, so that no two objects share a line. */
		sprintf(name, "size-%Zd", cs->cs_size);
		cs->cs_cachep = kmem_cache_create(name, cs->cs_size, 0,
						  SLAB_HWCACHE_ALIGN,
						  NULL, NULL);
		if (cs->cs_cachep == NULL)
			BUG();
		/* Off-slab slab_t's must fit in an on-slab general cache. */
		if (!OFF_SLAB(cs->cs_cachep))
			offslab_limit = (cs->cs_size - sizeof(slab_t)) / 2;

		sprintf(name, "size-%Zd(DMA)", cs->cs_size);
		cs->cs_dmacachep = kmem_cache_create(name, cs->cs_size, 0,
						     SLAB_CACHE_DMA |
						     SLAB_HWCACHE_ALIGN,
						     NULL, NULL);
		if (cs->cs_dmacachep == NULL)
			BUG();
	}
}

/* 2.4.0 turns on the per-CPU arrays here; a uniprocessor has none. */
int __init kmem_cpucache_init(void)
{
	return 0;
}

__initcall(kmem_cpucache_init);

/* Pages for one slab, from the zone the cache needs. */
static inline void *kmem_getpages(kmem_cache_t *cachep, unsigned long flags)
{
	return (void *)__get_free_pages(flags | cachep->gfpflags,
					cachep->gfporder);
}

/* Give a slab's pages back; free_pages() leaves PG_slab, so clear it. */
static inline void kmem_freepages(kmem_cache_t *cachep, void *addr)
{
	struct page *pg = virt_to_page(addr);
	struct page *end = pg + (1 << cachep->gfporder);

	for (; pg < end; pg++)
		PageClearSlab(pg);
	free_pages((unsigned long)addr, cachep->gfporder);
}

#if DEBUG
/* Fill an object (inside its red zones) with the poison pattern. */
static inline void kmem_poison_obj(kmem_cache_t *cachep, void *addr)
{
	unsigned char *p = addr;
	int len = cachep->objsize;

	if (cachep->flags & SLAB_RED_ZONE) {	/* the guard words stay */
		p += BYTES_PER_WORD;
		len -= 2 * BYTES_PER_WORD;
	}
	memset(p, POISON_BYTE, len - 1);
	p[len - 1] = POISON_END;
}

/* Non-zero if someone wrote to a free, poisoned object. */
static inline int kmem_check_poison_obj(kmem_cache_t *cachep, void *addr)
{
	unsigned char *p = addr;
	int len = cachep->objsize;

	if (cachep->flags & SLAB_RED_ZONE) {
		p += BYTES_PER_WORD;
		len -= 2 * BYTES_PER_WORD;
	}
	/* Only the first end marker is looked for: it must be the last byte. */
	return memchr(p, POISON_END, len) != p + len - 1;
}
#endif

/*
 * Run the destructor on every object of a slab and release it.  The
 * slab is already off the cache's list; no lock is needed.
 */
static void kmem_slab_destroy(kmem_cache_t *cachep, slab_t *slabp)
{
	void *pages = slabp->s_mem - slabp->colouroff;
	int walk = cachep->dtor != NULL;
	unsigned int idx;

#if DEBUG
	if (cachep->flags & (SLAB_POISON | SLAB_RED_ZONE))
		walk = 1;
#endif
	for (idx = 0; walk && idx < cachep->num; idx++) {
		void *objp = slabp->s_mem + idx * cachep->objsize;
		void *user = objp;		/* what the dtor is given */
#if DEBUG
		void *end = objp + cachep->objsize;

		/* A free object: both guard words say MAGIC1. */
		if ((cachep->flags & SLAB_RED_ZONE) &&
		    (*(unsigned long *)objp != RED_MAGIC1 ||
		     *(unsigned long *)(end - BYTES_PER_WORD) != RED_MAGIC1))
			BUG();
		if (cachep->flags & SLAB_RED_ZONE)
			user += BYTES_PER_WORD;
#endif
		if (cachep->dtor)
			cachep->dtor(user, cachep, 0);
#if DEBUG
		if ((cachep->flags & SLAB_POISON) &&
		    kmem_check_poison_obj(cachep, objp))
			BUG();
#endif
	}

	kmem_freepages(cachep, pages);
	if (OFF_SLAB(cachep))		/* its slab_t came from slabp_cache */
		kmem_cache_free(cachep->slabp_cache, slabp);
}

/*
 * Create a cache of size-byte objects.  offset is the colour step (0:
 * one cache line); ctor/dtor run when a slab is made or destroyed, not
 * on every allocation.  Returns NULL if no slab can hold an object.
 * Process context only: it may sleep.
 */
kmem_cache_t *kmem_cache_create(const char *name, size_t size, size_t offset,
	unsigned long flags,
	void (*ctor)(void *, kmem_cache_t *, unsigned long),
	void (*dtor)(void *, kmem_cache_t *, unsigned long))
{
	const char *func_nm = KERN_ERR "kmem_create: ";
	size_t left_over, align, slab_size;
	kmem_cache_t *cachep;
	struct list_head *p;

	/* Misuse is a bug in the caller, not a failure to report. */
	if (name == NULL || strlen(name) >= CACHE_NAMELEN - 1 ||
	    in_interrupt() || size < BYTES_PER_WORD ||
	    size > (1 << MAX_OBJ_ORDER) * PAGE_SIZE ||
	    (dtor != NULL && ctor == NULL) || offset > size)
		BUG();

#if DEBUG
	if (ctor == NULL && (flags & SLAB_DEBUG_INITIAL)) {
		/* Nothing to verify the state of a freed object with. */
		printk("%sNo con, but init state check requested - %s\n",
		       func_nm, name);
		flags &= ~SLAB_DEBUG_INITIAL;
	}
	if (ctor != NULL && (flags & SLAB_POISON)) {
		/* A constructed object must keep its state: no poison. */
		printk("%sPoisoning requested, but con given - %s\n",
		       func_nm, name);
		flags &= ~SLAB_POISON;
	}
#if FORCED_DEBUG
	if (size < (PAGE_SIZE >> 3))	/* small objects get red zones */
		flags |= SLAB_RED_ZONE;
	if (ctor == NULL)
		flags |= SLAB_POISON;
#endif
#endif

	/* Debug flags without DEBUG are refused, not silently ignored. */
	if (flags & ~CREATE_MASK)
		BUG();

	cachep = kmem_cache_alloc(&cache_cache, SLAB_KERNEL);
	if (cachep == NULL)
		return NULL;
	memset(cachep, 0, sizeof(kmem_cache_t));

	/* Whole words: keeps red zones and on-slab bufctls aligned. */
	if (size & (BYTES_PER_WORD - 1)) {
		size = (size + BYTES_PER_WORD - 1) & ~(BYTES_PER_WORD - 1);
		printk("%sForcing size word alignment - %s\n", func_nm, name);
	}
#if DEBUG
	if (flags & SLAB_RED_ZONE) {
		/* A guard word each side; alignment is given up. */
		size += 2 * BYTES_PER_WORD;
		flags &= ~SLAB_HWCACHE_ALIGN;
	}
#endif
	align = (flags & SLAB_HWCACHE_ALIGN) ? L1_CACHE_BYTES : BYTES_PER_WORD;

	/* Big objects: first try keeping the slab_t off the slab. */
	if (size >= (PAGE_SIZE >> 3))
		flags |= CFLGS_OFF_SLAB;

	if (flags & SLAB_HWCACHE_ALIGN) {
		/* Small objects may share a line, two or more to a line. */
		while (2 * size < align)
			align >>= 1;
		size += align - 1;
		size &= ~(align - 1);
	}

	/*
	 * The slab size: the smallest order where an object fits and at
	 * most an eighth is wasted, but not above slab_break_gfp_order,
	 * and not so many off-slab objects that their bufctls overflow
	 * the general cache that must hold them.
	 */
	for (;;) {
		kmem_cache_estimate(cachep->gfporder, size, flags,
				    &left_over, &cachep->num);
		if (cachep->gfporder >= MAX_GFP_ORDER)
			break;
		if (cachep->num != 0) {
			if ((flags & CFLGS_OFF_SLAB) &&
			    cachep->num > offslab_limit) {
				/* One order back, and that is final. */
				cachep->gfporder--;
				kmem_cache_estimate(cachep->gfporder, size,
						    flags, &left_over,
						    &cachep->num);
				break;
			}
			if (cachep->gfporder >= slab_break_gfp_order)
				break;
			if (8 * left_over <= (PAGE_SIZE << cachep->gfporder))
				break;
		}
		cachep->gfporder++;
	}

	if (cachep->num == 0) {
		printk("kmem_cache_create: couldn't create cache %s.\n", name);
		kmem_cache_free(&cache_cache, cachep);
		return NULL;
	}
	slab_size = L1_CACHE_ALIGN(sizeof(slab_t) +
				   cachep->num * sizeof(kmem_bufctl_t));

	/* If the left-over room holds the slab_t, keep it on the slab. */
	if ((flags & CFLGS_OFF_SLAB) && left_over >= slab_size) {
		left_over -= slab_size;
		flags &= ~CFLGS_OFF_SLAB;
	}

	/* Colouring: the unused bytes of a slab, in steps of offset. */
	offset = (offset + align - 1) & ~(align - 1);
	if (offset == 0)
		offset = L1_CACHE_BYTES;
	cachep->colour_off = offset;
	cachep->colour = left_over / offset;

	if (cachep->gfporder == 0 && !(flags & CFLGS_OFF_SLAB))
		flags |= CFLGS_OPTIMIZE;	/* set, never looked at */

	cachep->objsize = size;
	cachep->flags = flags;
	cachep->gfpflags = (flags & SLAB_CACHE_DMA) ? GFP_DMA : 0;
	cachep->ctor = ctor;
	cachep->dtor = dtor;
	if (flags & CFLGS_OFF_SLAB)
		cachep->slabp_cache = kmem_find_general_cachep(slab_size, 0);
	/* A copy: the caller's string may go away (a module unloaded). */
	strcpy(cachep->name, name);
	spin_lock_init(&cachep->spinlock);
	INIT_LIST_HEAD(&cachep->slabs);
	cachep->firstnotfull = &cachep->slabs;	/* no slab has room */

	down(&cache_chain_sem);
	/* Names are constant once set: no cache lock needed. */
	list_for_each(p, &cache_chain) {
		kmem_cache_t *pc = list_entry(p, kmem_cache_t, next);

		if (strcmp(pc->name, name) == 0)
			BUG();
	}
	/* Nobody else can see the new cache yet: no lock. */
	list_add(&cachep->next, &cache_chain);
	up(&cache_chain_sem);
	return cachep;
}

/* Is cachep on the chain?  (cache_cache, the chain's head, is not.) */
static int is_chained_kmem_cache(kmem_cache_t *cachep)
{
	struct list_head *p;
	int found = 0;

	down(&cache_chain_sem);
	for (p = cache_chain.next; !found && p != &cache_chain; p = p->next)
		found = (p == &cachep->next);
	up(&cache_chain_sem);
	return found;
}

/* The per-CPU arrays would be emptied here first. */
#define drain_cpu_caches(cachep)	do { } while (0)

/*
 * Destroy the free slabs at the tail of the list until a used one or a
 * growing cache stops it.  Returns 1 if slabs remain.
 */
static int __kmem_cache_shrink(kmem_cache_t *cachep)
{
	int left;

	drain_cpu_caches(cachep);

	spin_lock_irq(&cachep->spinlock);
	for (;;) {
		struct list_head *last = cachep->slabs.prev;
		slab_t *victim;

		if (cachep->growing || last == &cachep->slabs)
			break;
		victim = list_entry(last, slab_t, list);
		if (victim->inuse != 0)		/* free slabs end here */
			break;
		list_del(last);
		if (cachep->firstnotfull == last)
			cachep->firstnotfull = &cachep->slabs;

		/* Off the list now: the pages can go without the lock. */
		spin_unlock_irq(&cachep->spinlock);
		kmem_slab_destroy(cachep, victim);
		spin_lock_irq(&cachep->spinlock);
	}
	left = !list_empty(&cachep->slabs);
	spin_unlock_irq(&cachep->spinlock);
	return left;
}

/* Release every free slab of a cache; 0 if none remain at all. */
int kmem_cache_shrink(kmem_cache_t *cachep)
{
	if (cachep == NULL || in_interrupt() ||
	    !is_chained_kmem_cache(cachep))
		BUG();
	return __kmem_cache_shrink(cachep);
}

/*
 * Remove a cache: 0 on success, 1 (and the cache stays) if some of its
 * objects are still allocated.  Nobody may allocate from it meanwhile.
 */
int kmem_cache_destroy(kmem_cache_t *cachep)
{
	if (cachep == NULL || in_interrupt() || cachep->growing)
		BUG();

	down(&cache_chain_sem);
	/* The reaper's clock must not point at a freed descriptor. */
	if (clock_searchp == cachep)
		clock_searchp = list_entry(cachep->next.next, kmem_cache_t,
					   next);
	list_del(&cachep->next);
	up(&cache_chain_sem);

	if (__kmem_cache_shrink(cachep) == 0) {
		kmem_cache_free(&cache_cache, cachep);
		return 0;
	}
	/* Objects are still out: the cache goes back on the chain. */
	printk(KERN_ERR
	       "kmem_cache_destroy: Can't free all objects %p\n", cachep);
	down(&cache_chain_sem);
	list_add(&cachep->next, &cache_chain);
	up(&cache_chain_sem);
	return 1;
}

/*
 * Place the slab_t of a new slab: in slabp_cache, or at the start of
 * the pages after the colour offset, the objects after it.
 */
static inline slab_t *kmem_cache_slabmgmt(kmem_cache_t *cachep, void *objp,
					  int colour_off, int local_flags)
{
	slab_t *slabp;

	if (!OFF_SLAB(cachep)) {
		/* slab_t and bufctls at the colour offset, objects after */
		slabp = objp + colour_off;
		colour_off += L1_CACHE_ALIGN(sizeof(slab_t) +
				cachep->num * sizeof(kmem_bufctl_t));
	} else {
		slabp = kmem_cache_alloc(cachep->slabp_cache, local_flags);
		if (slabp == NULL)
			return NULL;
	}
	slabp->s_mem = objp + colour_off;
	slabp->colouroff = colour_off;
	slabp->inuse = 0;
	return slabp;
}

/* Construct every object of a new slab and chain them all as free. */
static inline void kmem_cache_init_objs(kmem_cache_t *cachep, slab_t *slabp,
					unsigned long ctor_flags)
{
	kmem_bufctl_t *chain = slab_bufctl(slabp);
	unsigned int idx;

	for (idx = 0; idx < cachep->num; idx++) {
		void *obj = slabp->s_mem + idx * cachep->objsize;
		void *user = obj;		/* what the ctor is given */
#if DEBUG
		unsigned long *front = obj;
		unsigned long *back = obj + cachep->objsize - BYTES_PER_WORD;

		if (cachep->flags & SLAB_RED_ZONE) {
			*front = RED_MAGIC1;
			*back = RED_MAGIC1;
			user += BYTES_PER_WORD;
		}
#endif
		/* A ctor must not allocate from its own cache. */
		if (cachep->ctor)
			cachep->ctor(user, cachep, ctor_flags);
#if DEBUG
		if (cachep->flags & SLAB_POISON)
			kmem_poison_obj(cachep, obj);
		/* The ctor must have stayed inside the object. */
		if ((cachep->flags & SLAB_RED_ZONE) &&
		    (*front != RED_MAGIC1 || *back != RED_MAGIC1))
			BUG();
#endif
		chain[idx] = idx + 1;	/* the free chain in address order */
	}
	chain[cachep->num - 1] = BUFCTL_END;
	slabp->free = 0;
}

/*
 * Add one slab to a cache.  Returns 1 if it did, 0 if no memory could
 * be had (or SLAB_NO_GROW).  Called by kmem_cache_alloc with interrupts
 * enabled again: the page allocation may sleep.
 */
static int kmem_cache_grow(kmem_cache_t *cachep, int flags)
{
	unsigned long save_flags, ctor_flags;
	unsigned int level, npages;
	size_t colour_bytes;
	struct page *pg;
	slab_t *slabp;
	void *pages;

	/* Checked here, off the fast path of kmem_cache_alloc. */
	if (flags & ~(SLAB_DMA | SLAB_LEVEL_MASK | SLAB_NO_GROW))
		BUG();
	if (flags & SLAB_NO_GROW)
		return 0;

	level = flags & SLAB_LEVEL_MASK;
	/* In an interrupt only SLAB_ATOMIC will do. */
	if (in_interrupt() && level != SLAB_ATOMIC)
		BUG();
	ctor_flags = SLAB_CTOR_CONSTRUCTOR;
	if (level == SLAB_ATOMIC)
		ctor_flags |= SLAB_CTOR_ATOMIC;

	spin_lock_irqsave(&cachep->spinlock, save_flags);
	/* This slab's colour; the next slab gets the next, cyclically. */
	colour_bytes = cachep->colour_off * cachep->colour_next;
	if (++cachep->colour_next >= cachep->colour)
		cachep->colour_next = 0;
	cachep->dflags |= DFLGS_GROWN;
	/* Keeps shrink and reap away while the lock is dropped. */
	cachep->growing++;
	spin_unlock_irqrestore(&cachep->spinlock, save_flags);

	pages = kmem_getpages(cachep, flags);
	if (pages == NULL)
		goto no_pages;
	slabp = kmem_cache_slabmgmt(cachep, pages, colour_bytes, level);
	if (slabp == NULL)
		goto no_slab_t;

	/* Every page of the slab leads back to its cache and slab. */
	pg = virt_to_page(pages);
	for (npages = 1 << cachep->gfporder; npages != 0; npages--, pg++) {
		SET_PAGE_CACHE(pg, cachep);
		SET_PAGE_SLAB(pg, slabp);
		PageSetSlab(pg);
	}

	kmem_cache_init_objs(cachep, slabp, ctor_flags);

	spin_lock_irqsave(&cachep->spinlock, save_flags);
	cachep->growing--;
	cachep->failures = 0;
	STATS_INC_GROWN(cachep);
	/* A free slab goes to the tail, behind the partial ones. */
	list_add_tail(&slabp->list, &cachep->slabs);
	if (cachep->firstnotfull == &cachep->slabs)
		cachep->firstnotfull = &slabp->list;
	spin_unlock_irqrestore(&cachep->spinlock, save_flags);
	return 1;

no_slab_t:
	kmem_freepages(cachep, pages);
no_pages:
	spin_lock_irqsave(&cachep->spinlock, save_flags);
	cachep->growing--;
	spin_unlock_irqrestore(&cachep->spinlock, save_flags);
	return 0;
}

#if DEBUG
/* Catch a pointer that is not an object, and a double free. */
static int kmem_extra_free_checks(kmem_cache_t *cachep, slab_t *slabp,
				  void *objp)
{
	unsigned long off = objp - slabp->s_mem;
	unsigned int objnr = off / cachep->objsize;
	kmem_bufctl_t i;

	if (objnr >= cachep->num)		/* past the last object */
		BUG();
	if (objp != slabp->s_mem + objnr * cachep->objsize)
		BUG();				/* inside an object */
	/* Already on the free chain: freed twice. */
	for (i = slabp->free; i != BUFCTL_END; i = slab_bufctl(slabp)[i])
		if (i == objnr)
			BUG();
	return 0;
}
#endif

/* DEBUG: a DMA cache must be asked with SLAB_DMA, the others without. */
static inline void kmem_cache_alloc_head(kmem_cache_t *cachep, int flags)
{
#if DEBUG
	if (!(flags & SLAB_DMA)) {
		if (cachep->gfpflags & GFP_DMA)
			BUG();
	} else if (!(cachep->gfpflags & GFP_DMA))
		BUG();
#endif
}

/*
 * Take the first free object of slabp, a slab with one.  If that was
 * its last, allocation moves on to the next slab of the list.
 */
static inline void *kmem_cache_alloc_one_tail(kmem_cache_t *cachep,
					      slab_t *slabp)
{
	kmem_bufctl_t idx = slabp->free;
	void *objp = slabp->s_mem + idx * cachep->objsize;

	/* Unchain it; a slab left without a free object is now full. */
	slabp->free = slab_bufctl(slabp)[idx];
	slabp->inuse++;
	if (slabp->free == BUFCTL_END)
		cachep->firstnotfull = slabp->list.next;
	STATS_INC_ALLOCED(cachep);
	STATS_INC_ACTIVE(cachep);
	STATS_SET_HIGH(cachep);
#if DEBUG
	if (cachep->flags & SLAB_POISON) {
		if (kmem_check_poison_obj(cachep, objp))
			BUG();
	}
	if (cachep->flags & SLAB_RED_ZONE) {
		unsigned long *back = objp + cachep->objsize - BYTES_PER_WORD;

		/* Mark it in use; it must have been marked free. */
		if (xchg((unsigned long *)objp, RED_MAGIC2) != RED_MAGIC1 ||
		    xchg(back, RED_MAGIC2) != RED_MAGIC1)
			BUG();
		objp += BYTES_PER_WORD;
	}
#endif
	return objp;
}

/*
 * An object from the first not-full slab, or a jump to alloc_new_slab
 * in the caller when every slab is full.  A macro for that goto.
 */
#define kmem_cache_alloc_one(cachep) \
({ \
	slab_t *slabp; \
	{ \
		struct list_head *p = (cachep)->firstnotfull; \
		if (p == &(cachep)->slabs) \
			goto alloc_new_slab; \
		slabp = list_entry(p, slab_t, list); \
	} \
	kmem_cache_alloc_one_tail((cachep), slabp); \
})

/* Interrupts are off only while the lists are touched, not in grow. */
static inline void *__kmem_cache_alloc(kmem_cache_t *cachep, int flags)
{
	unsigned long save_flags;
	void *objp;

	kmem_cache_alloc_head(cachep, flags);
	for (;;) {
		local_irq_save(save_flags);
		objp = kmem_cache_alloc_one(cachep);
		break;
alloc_new_slab:
		/* Every slab is full: grow with interrupts on, then retry. */
		local_irq_restore(save_flags);
		if (!kmem_cache_grow(cachep, flags))
			return NULL;
	}
	local_irq_restore(save_flags);
	return objp;
}

#if DEBUG
#define CHECK_NR(pg) \
	do { \
		if (!VALID_PAGE(pg)) { \
			printk(KERN_ERR "kfree: out of range ptr %lxh.\n", \
			       (unsigned long)objp); \
			BUG(); \
		} \
	} while (0)
#define CHECK_PAGE(page) \
	do { \
		CHECK_NR(page); \
		if (!PageSlab(page)) { \
			printk(KERN_ERR "kfree: bad ptr %lxh.\n", \
			       (unsigned long)objp); \
			BUG(); \
		} \
	} while (0)
#else
#define CHECK_PAGE(pg)	do { } while (0)
#endif

/*
 * Put an object back on its slab's free chain and keep the list in
 * order: a full slab that now has room moves in front of the first
 * not-full one; a slab that became free moves to the tail.  Called
 * with interrupts off.
 */
static inline void kmem_cache_free_one(kmem_cache_t *cachep, void *objp)
{
	struct page *pg = virt_to_page(objp);
	kmem_bufctl_t idx;
	slab_t *slabp;
	int was_full;

	CHECK_PAGE(pg);
	slabp = GET_PAGE_SLAB(pg);

#if DEBUG
	if (cachep->flags & SLAB_DEBUG_INITIAL)
		cachep->ctor(objp, cachep,
			     SLAB_CTOR_CONSTRUCTOR | SLAB_CTOR_VERIFY);

	if (cachep->flags & SLAB_RED_ZONE) {
		void *end;

		objp -= BYTES_PER_WORD;		/* back to the front guard */
		end = objp + cachep->objsize;
		/* Not MAGIC2: written out of bounds, or freed twice. */
		if (xchg((unsigned long *)objp, RED_MAGIC1) != RED_MAGIC2)
			BUG();
		if (xchg((unsigned long *)
			 (end - BYTES_PER_WORD), RED_MAGIC1) != RED_MAGIC2)
			BUG();
	}
	if (cachep->flags & SLAB_POISON)
		kmem_poison_obj(cachep, objp);
	if (kmem_extra_free_checks(cachep, slabp, objp))
		return;
#endif
	/* Push it on the slab's free chain. */
	idx = (objp - slabp->s_mem) / cachep->objsize;
	slab_bufctl(slabp)[idx] = slabp->free;
	slabp->free = idx;
	STATS_DEC_ACTIVE(cachep);

	was_full = (slabp->inuse == cachep->num);
	slabp->inuse--;
	if (was_full) {
		/*
		 * It becomes the first slab with room, just before the old
		 * firstnotfull.  Free already (num 1)?  Still right: there
		 * were no partial slabs behind it.
		 */
		struct list_head *old = cachep->firstnotfull;

		cachep->firstnotfull = &slabp->list;
		if (slabp->list.next != old) {
			list_del(&slabp->list);
			list_add_tail(&slabp->list, old);
		}
	} else if (slabp->inuse == 0) {
		/* It was partial and is now free: to the tail. */
		struct list_head *before = cachep->firstnotfull->prev;

		list_del(&slabp->list);
		list_add_tail(&slabp->list, &cachep->slabs);
		if (cachep->firstnotfull == &slabp->list)
			cachep->firstnotfull = before->next;
	}
}

/* The uniprocessor free path: straight back to the slab. */
static inline void __kmem_cache_free(kmem_cache_t *cachep, void *objp)
{
	kmem_cache_free_one(cachep, objp);
}

/* An object of cachep; flags matter only if a slab must be added. */
void *kmem_cache_alloc(kmem_cache_t *cachep, int flags)
{
	return __kmem_cache_alloc(cachep, flags);
}

/*
 * size bytes from the smallest general cache that holds them, the DMA
 * one for GFP_DMA.  More than the largest size is a bug.
 */
void *kmalloc(size_t size, int flags)
{
	cache_sizes_t *cs;

	for (cs = cache_sizes; cs->cs_size != 0; cs++) {
		if (size <= cs->cs_size) {
			kmem_cache_t *cachep = (flags & GFP_DMA) ?
				cs->cs_dmacachep : cs->cs_cachep;

			return __kmem_cache_alloc(cachep, flags);
		}
	}
	BUG();
	return NULL;
}

/* Return an object to the cache it was allocated from. */
void kmem_cache_free(kmem_cache_t *cachep, void *objp)
{
	unsigned long save_flags;
#if DEBUG
	struct page *pg = virt_to_page(objp);

	CHECK_PAGE(pg);
	if (cachep != GET_PAGE_CACHE(virt_to_page(objp)))
		BUG();
#endif
	local_irq_save(save_flags);
	__kmem_cache_free(cachep, objp);
	local_irq_restore(save_flags);
}

/* Free a kmalloc()ed block: its page says which cache.  NULL is fine. */
void kfree(const void *objp)
{
	unsigned long save_flags;
	kmem_cache_t *owner;

	if (objp == NULL)
		return;
	local_irq_save(save_flags);
	CHECK_PAGE(virt_to_page(objp));
	owner = GET_PAGE_CACHE(virt_to_page(objp));
	__kmem_cache_free(owner, (void *)objp);
	local_irq_restore(save_flags);
}

/*
 * The general cache kmalloc(size, gfpflags) would use.  Too big a size
 * runs onto the terminating entry and gives NULL.
 */
kmem_cache_t *kmem_find_general_cachep(size_t size, int gfpflags)
{
	cache_sizes_t *cs = cache_sizes;

	while (cs->cs_size != 0 && size > cs->cs_size)
		cs++;
	return (gfpflags & GFP_DMA) ? cs->cs_dmacachep : cs->cs_cachep;
}

/*
 * Give pages back under memory pressure.  Look at up to REAP_SCANLEN
 * caches from where the last call stopped, skipping caches that must
 * not be reaped, are growing, or grew since the last look; pick the one
 * with the most free pages at the tail (discounted for constructors and
 * for multi-page slabs), and destroy about 80% of its free slabs.
 */
void kmem_cache_reap(int gfp_mask)
{
	kmem_cache_t *searchp, *best = NULL;
	unsigned int best_pages = 0, best_len = 0, looked;
	int perfect = 0;

	if (gfp_mask & __GFP_WAIT)
		down(&cache_chain_sem);
	else if (down_trylock(&cache_chain_sem))
		return;			/* busy, and we may not sleep */

	/* Look at up to REAP_SCANLEN caches, from the clock on. */
	for (looked = 0, searchp = clock_searchp; looked < REAP_SCANLEN;
	     looked++, searchp = list_entry(searchp->next.next,
					    kmem_cache_t, next)) {
		unsigned int nr_free, pages, discounts;
		struct list_head *p;

		if (looked != 0 && searchp == clock_searchp)
			break;			/* round the whole chain */
		/* flags never change: no lock needed to read them. */
		if (searchp->flags & SLAB_NO_REAP)
			continue;
		spin_lock_irq(&searchp->spinlock);
		if (searchp->growing) {
			spin_unlock_irq(&searchp->spinlock);
			continue;
		}
		if (searchp->dflags & DFLGS_GROWN) {
			/* Grew since the last look: spared this time. */
			searchp->dflags &= ~DFLGS_GROWN;
			spin_unlock_irq(&searchp->spinlock);
			continue;
		}

		/* Count the free slabs at the tail of the list. */
		nr_free = 0;
		for (p = searchp->slabs.prev; p != &searchp->slabs;
		     p = p->prev) {
			if (list_entry(p, slab_t, list)->inuse)
				break;
			nr_free++;
		}
		/* Rebuilding constructed objects and big slabs costs more. */
		pages = nr_free << searchp->gfporder;
		discounts = (searchp->ctor != NULL) + (searchp->gfporder != 0);
		while (discounts-- > 0)
			pages = (pages * 4 + 1) / 5;

		if (pages > best_pages) {
			best = searchp;
			best_pages = pages;
			best_len = nr_free;
			if (nr_free >= REAP_PERFECT) {
				perfect = 1;	/* keep its lock and go */
				break;
			}
		}
		spin_unlock_irq(&searchp->spinlock);
	}

	if (perfect) {
		clock_searchp = list_entry(best->next.next, kmem_cache_t, next);
	} else {
		clock_searchp = searchp;
		if (best == NULL)
			goto out;
		spin_lock_irq(&best->spinlock);
	}

	/* Leave a fifth of the free slabs for the next allocations. */
	best_len = (best_len * 4 + 1) / 5;
	while (best_len-- > 0) {
		struct list_head *last = best->slabs.prev;
		slab_t *victim;

		if (best->growing || last == &best->slabs)
			break;
		victim = list_entry(last, slab_t, list);
		if (victim->inuse != 0)
			break;
		list_del(last);
		if (best->firstnotfull == last)
			best->firstnotfull = &best->slabs;
		STATS_INC_REAPED(best);

		spin_unlock_irq(&best->spinlock);
		kmem_slab_destroy(best, victim);
		spin_lock_irq(&best->spinlock);
	}
	spin_unlock_irq(&best->spinlock);
out:
	up(&cache_chain_sem);
}

/*
 * /proc/slabinfo's text through printk: a version line, then per cache
 * (cache_cache first, then the chain, newest first) its name, objects
 * in use, objects, object size, slabs in use, slabs, pages per slab.
 */
void slabinfo_dump(void)
{
	struct list_head *pos;

	printk("slabinfo - version: 1.1"
#if STATS
	       " (statistics)"
#endif
	       "\n");

	down(&cache_chain_sem);
	/* cache_cache first, then round its chain back to it. */
	pos = &cache_cache.next;
	do {
		kmem_cache_t *cachep = list_entry(pos, kmem_cache_t, next);
		unsigned long objs_used = 0, slabs_used = 0, slabs_all = 0;
		struct list_head *s;

		spin_lock_irq(&cachep->spinlock);
		for (s = cachep->slabs.next; s != &cachep->slabs; s = s->next) {
			unsigned int used = list_entry(s, slab_t, list)->inuse;

			slabs_all++;
			if (used != 0) {
				slabs_used++;
				objs_used += used;
			}
		}
		printk("%-17s %6lu %6lu %6u %4lu %4lu %4u",
		       cachep->name, objs_used, slabs_all * cachep->num,
		       cachep->objsize, slabs_used, slabs_all,
		       1 << cachep->gfporder);
#if STATS
		printk(" : %6lu %7lu %5lu %4lu %4lu",
		       cachep->high_mark, cachep->num_allocations,
		       cachep->grown, cachep->reaped, cachep->errors);
#endif
		printk("\n");
		spin_unlock_irq(&cachep->spinlock);
		pos = cachep->next.next;
	} while (pos != &cache_cache.next);
	up(&cache_chain_sem);
}
