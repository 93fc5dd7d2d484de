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
/// §2.10 内核缓冲区的管理。内核里大量使用的是几十、几百字节的小数据结构（vm_area_struct、
/// inode、dentry、sk_buff……），直接按页面分配太浪费，而且每次都要初始化。slab 分配器为每种
/// 对象建立一个“专用缓冲区队列”（kmem_cache_t），队列由若干 slab 组成，每个 slab 是一块
/// 2^gfporder 个连续页面，里面切成大小相同的对象；再为 kmalloc() 建一组按 32、64……131072
/// 字节分档的“通用缓冲区”。本文件对应 2.4.0 的 mm/slab.c；本移植是单 CPU，2.4.0 里只在
/// CONFIG_SMP 下编译的“每 CPU 对象数组”（cpucache）部分没有移植，见 Documentation/deviations.md。
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
/// 2.4.0 直接 #define DEBUG 0。这里加了 #ifndef，只为让主机测试能用 -DDEBUG=1 的同一份源文件
/// 编出带红区（red zone）和“下毒”（poison）检查的版本（tests/host/shim/slab_host_debug.c）；
/// 内核本身仍是 DEBUG 0，与 2.4.0 相同。
#ifndef DEBUG
#define DEBUG		0
#endif
#define STATS		0
#define FORCED_DEBUG	0

/* kmem_cache_reap: caches looked at per call, and "enough" free slabs. */
/// kmem_cache_reap() 每次最多查看 10 个专用缓冲区队列；一个队列若有 10 个以上完全空闲的 slab，
/// 就算“足够好”，不必再往下找。
#define REAP_SCANLEN	10
#define REAP_PERFECT	10

#define BYTES_PER_WORD	sizeof(void *)

/* The flags kmem_cache_create() accepts. */
#if DEBUG
#define CREATE_MASK	(SLAB_DEBUG_INITIAL | SLAB_RED_ZONE | SLAB_POISON | \
			 SLAB_HWCACHE_ALIGN | SLAB_NO_REAP | SLAB_CACHE_DMA)
#else
/// 非调试版只接受这三个标志。调用者若传入 SLAB_RED_ZONE 等调试标志，kmem_cache_create() 会
/// BUG()，而不是悄悄忽略——调用者可能正指望那些检查。
#define CREATE_MASK	(SLAB_HWCACHE_ALIGN | SLAB_NO_REAP | SLAB_CACHE_DMA)
#endif
/// in_interrupt() 与 2.4.0 一样经 linux/interrupt.h 来自 <asm/hardirq.h>：看本 CPU 的中断嵌套计数。
/// 主机测试在包含本文件之前换上自己的 in_interrupt()，用来检验 2.4.0 在中断上下文里的各个 BUG()。
/// cache_chain_sem 的 down()/up()/down_trylock() 用 asm/semaphore.h 中的实现（与 2.4.0 一样）。

/*
 * The free objects of a slab are chained by index: bufctl[i] is the
 * index of the free object after object i, BUFCTL_END ends the chain.
 * One unsigned int per object, placed right after the slab_t.
 */
/// 空闲对象链：每个对象对应一个 kmem_bufctl_t，里面存的是“下一个空闲对象的序号”，而不是指针，
/// 这样每个对象只需 4 字节的管理开销。这个数组紧跟在 slab_t 后面，slab_t 的 free 字段是链头。
typedef unsigned int kmem_bufctl_t;
#define BUFCTL_END	0xffffffff
#define SLAB_LIMIT	0xfffffffe

/*
 * Most objects an off-slab slab may hold: its slab_t and bufctl array
 * must fit in the largest general cache that is itself on-slab.  Set by
 * kmem_cache_sizes_init().
 */
/// slab 管理结构放在 slab 之外（off-slab）时，slab_t 加上 num 个 kmem_bufctl_t 要从某个通用缓冲区
/// 分配。为了保证放得下，这种 slab 的对象数不能超过 offslab_limit。kmem_cache_sizes_init() 把它设为
/// “最大的、自己的 slab_t 在 slab 上（on-slab）的通用缓冲区”能装下的 bufctl 数：(256-24)/2 = 116。
static unsigned long offslab_limit;

/*
 * One slab.  The cache keeps its slabs on one list: full ones first,
 * then partly used, then free.
 */
/// slab 控制结构 slab_t。list 把同一队列的 slab 串成一条链，顺序是：全满的在前，半满的在中间，
/// 全空的在最后；colouroff 是第一个对象离 slab 起点的距离（着色区加上 on-slab 时的管理结构），
/// s_mem 是第一个对象的地址，inuse 是已分配的对象数，free 是第一个空闲对象的序号。
typedef struct slab_s {
	struct list_head list;
	unsigned long colouroff;	/* s_mem - start of the pages */
	void *s_mem;			/* first object */
	unsigned int inuse;		/* objects allocated */
	kmem_bufctl_t free;		/* first free object or BUFCTL_END */
} slab_t;

/// bufctl 数组就在 slab_t 结构之后，slabp + 1 正好指向它。
#define slab_bufctl(slabp)	((kmem_bufctl_t *)(((slab_t *)(slabp)) + 1))

/// 每 CPU 的对象数组只在 SMP 时存在。本移植是单 CPU，保留类型定义只为看清 2.4.0 的结构。
#ifdef CONFIG_SMP
/* A CPU's array of free objects; the pointers follow the header. */
typedef struct cpucache_s {
	unsigned int avail;
	unsigned int limit;
} cpucache_t;
#endif

#define CACHE_NAMELEN	20

/// 专用缓冲区队列的控制结构 kmem_cache_t，字段顺序与 2.4.0 一致。分三组：分配、释放时都要用的
/// （slabs、firstnotfull、objsize、flags、num、spinlock），增减 slab 时用的（gfporder 到 failures），
/// 建立、撤销队列时用的（name、next）。slabs 是 slab 链的链头，firstnotfull 指向第一个还有空闲
/// 对象的 slab（没有时指向链头 &slabs），分配时从它开始，不必每次从头找。
/// 2.4.0 用 gcc 2.x 编译时单 CPU 的 spinlock_t 有 4 字节，这个结构是 100 字节；本移植的 spinlock_t
/// 是空结构，只有 96 字节，所以 cache_cache 每个 slab 放 40 个而不是 39 个（见 deviations.md）。
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
	/// 着色（colouring）：slab 里对象放完后剩下的零头（left_over），被用来让不同 slab 的第一个对象
	/// 错开若干个 colour_off 字节（一般是一个高速缓存行，32 字节），共有 colour 种错法，
	/// colour_next 是下一个新 slab 用哪一种。这样不同 slab 里同序号的对象不会总落在同一组
	/// cache line 上，减少高速缓存的冲突。
	size_t colour;			/* how many colours */
	unsigned int colour_off;	/* bytes per colour step */
	unsigned int colour_next;	/* colour of the next slab */
	/// slab 管理结构放在 slab 外时，从哪个通用缓冲区分配 slab_t（连同 bufctl 数组）。
	kmem_cache_t *slabp_cache;	/* where off-slab slab_t's live */
	/// growing：正在为这个队列增加 slab 的次数。kmem_cache_grow() 在分配页面期间会放开锁，
	/// 这个计数不为 0 时，kmem_cache_shrink() 和 kmem_cache_reap() 都不碰这个队列。
	/// dflags 里的 DFLGS_GROWN 表示“最近长过”，回收时先放过它一轮。
	unsigned int growing;
	unsigned int dflags;
	/// 构造函数与析构函数：只在 slab 建立时对每个对象调用一次构造函数，slab 撤销时调用析构函数；
	/// 分配、释放对象时都不调用。对象被释放时应当已经回到“构造好”的状态，下次分配可直接使用——
	/// 这正是 slab 比普通分配器省事的地方。
	void (*ctor)(void *, kmem_cache_t *, unsigned long);
	void (*dtor)(void *, kmem_cache_t *, unsigned long);
	unsigned long failures;
	/* used when the cache is created or destroyed */
	char name[CACHE_NAMELEN];
	/// 所有专用缓冲区队列通过 next 串成一条链，链头是 cache_cache 自己的 next 字段（见下面的 cache_chain）。
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
/// 内部标志放在调用者能用的标志（0x100～0x4000）之上。CFLGS_OPTIMIZE 在 2.4.0 里只设置、从不使用。
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

/// 调试版才有的红区和“下毒”。红区：对象前后各加一个字，分配出去时写 RED_MAGIC2，空闲时写
/// RED_MAGIC1，释放时核对，越界写或重复释放都会被发现。下毒：空闲对象填满 0x5a，最后一个字节
/// 是 0xa5，分配时核对。
#if DEBUG
/* Red-zone words: MAGIC1 while the object is free, MAGIC2 while in use. */
#define RED_MAGIC1	0x5A2CF071UL
#define RED_MAGIC2	0x170FC2A5UL

/* Poison: every byte of a free object, and a different last byte. */
#define POISON_BYTE	0x5a
#define POISON_END	0xa5

/// 替身（本移植新增）：本移植的 <asm/system.h> 还没有 xchg()。这段代码只在 DEBUG 时编译，
/// 执行时本地中断是关着的，单 CPU 上“先读后写”与原子交换效果相同。
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
/// 对象最大 2^5 = 32 页，即 128 KB，这也是最大一档通用缓冲区的大小。
#define MAX_OBJ_ORDER	5

/* Do not pick a bigger order than this unless no object fits. */
#define BREAK_GFP_ORDER_HI	2
#define BREAK_GFP_ORDER_LO	1
/// 选择 slab 大小时，只要已经有对象放得下，页面阶数到了这个值就不再往上加：阶数越高，越难从
/// 伙伴系统得到连续页面。内存大于 32 MB 的机器放宽到 2（kmem_cache_sizes_init()）。
static int slab_break_gfp_order = BREAK_GFP_ORDER_LO;

/* Never more than 2^MAX_GFP_ORDER pages per slab. */
#define MAX_GFP_ORDER	5

/*
 * A slab page's struct page is not on any list, so its list pointers
 * say which cache and which slab the page belongs to.
 */
/// 分配给 slab 的页面不在任何页面链表上，于是借用页面描述结构 page 的 list 字段：
/// list.next 记所属的专用缓冲区队列，list.prev 记所属的 slab。kfree() 只拿到一个地址，
/// 靠 virt_to_page() 找到 page，就知道对象属于哪个队列、哪个 slab。
#define SET_PAGE_CACHE(pg, x)	((pg)->list.next = (struct list_head *)(x))
#define GET_PAGE_CACHE(pg)	((kmem_cache_t *)(pg)->list.next)
#define SET_PAGE_SLAB(pg, x)	((pg)->list.prev = (struct list_head *)(x))
#define GET_PAGE_SLAB(pg)	((slab_t *)(pg)->list.prev)

/* The general caches: a plain and a DMA cache for each size. */
/// 通用缓冲区的尺寸表：每种大小有一个普通队列和一个 DMA 队列（后者的页面来自 ZONE_DMA）。
typedef struct cache_sizes {
	size_t cs_size;
	kmem_cache_t *cs_cachep;
	kmem_cache_t *cs_dmacachep;
} cache_sizes_t;

/// 从 32 字节到 128 KB，每档翻倍，最后以 0 结束。32 字节这一档只在 4 KB 页面时才有。
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
/// cache_cache 是“缓冲区队列的缓冲区队列”：所有专用缓冲区队列的控制结构 kmem_cache_t 本身
/// 也是从一个 slab 队列分配的对象，而这个队列自己不能再这样分配，只好静态定义。它不许被回收
/// （SLAB_NO_REAP），着色步长是一个 cache line；num 和 colour 由 kmem_cache_init() 算出。
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

/// 队列链的链头就是 cache_cache 的 next 字段。顺着链走的代码（kmem_cache_reap、slabinfo）用
/// list_entry(链头) 又会得到 cache_cache 本身，所以 cache_cache 也会被“走到”；但按 list_for_each
/// 的写法它不算链上的成员，kmem_cache_shrink(&cache_cache) 会 BUG()。
#define cache_chain	(cache_cache.next)

/*
 * How many objects of size bytes fit in a slab of 2^gfporder pages, and
 * how many bytes are left over.  An on-slab slab_t and its bufctls come
 * first, padded to a cache line.
 */
/// §2.10：估算一个 2^gfporder 页的 slab 能放多少个 size 字节的对象、剩下多少零头。
/// 2.4.0: mm/slab.c kmem_cache_estimate()
/// 管理结构在 slab 上时，slab_t（24 字节）和每个对象 4 字节的 bufctl 放在最前面，整体按
/// cache line（32 字节）对齐；在 slab 外时整块页面都给对象。例如 100 字节的对象：
/// 39*100 + L1_CACHE_ALIGN(24 + 39*4) = 3900 + 192 = 4092 <= 4096，放 39 个，剩 4 字节。
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
	/// 逐个加：只要再多一个对象（连同它的 bufctl，管理区整体按 cache line 对齐）还放得下就加上。所需空间随个数单调增加，
	/// 所以停下时 n 就是能放下的最大个数。简单但足够快：只在建立队列时算几次。
	/* Add objects while one more (with its bufctl) still fits. */
	while ((n + 1) * size +
	       L1_CACHE_ALIGN(mgmt + (n + 1) * per_obj) <= slab_bytes)
		n++;
	/// SLAB_LIMIT 是 bufctl 能表示的最大序号，实际永远达不到，照 2.4.0 保留这一上限。
	if (n > SLAB_LIMIT)
		n = SLAB_LIMIT;

	/// 零头 = slab 的总字节数 − 对象占用 − 对齐后的管理区，着色就在这些零头里做。
	*num = n;
	*left_over = slab_bytes - n * size - L1_CACHE_ALIGN(mgmt + n * per_obj);
}

/* Make cache_cache usable.  Runs before the page allocator is up. */
/// §2.10：slab 分配器初始化的第一步，只设置 cache_cache。2.4.0: mm/slab.c kmem_cache_init()
/// 在 start_kernel() 里调用，早于 mem_init()，此时伙伴系统还不能分配页面，所以这里不分配任何
/// 东西，只算出 cache_cache 每个 slab 放几个控制结构（96 字节，放 40 个，剩 64 字节）和
/// 着色数（64/32 = 2）。
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
/// §2.10：建立通用缓冲区，即 kmalloc() 用的 "size-32" …… "size-131072" 及其 DMA 版本。
/// 2.4.0: mm/slab.c kmem_cache_sizes_init()
/// 在 mem_init() 之后调用，这时伙伴系统已经可用。从小到大建立，因为大对象的队列把 slab 管理结构
/// 放在 slab 外，要从已经建好的小尺寸通用缓冲区里分配它。
void __init kmem_cache_sizes_init(void)
{
	cache_sizes_t *cs;
	char name[20];

	/* Bigger slabs fragment memory: only on machines over 32 MB. */
	/// 内存超过 32 MB 才允许 slab 用到 4 页（阶数 2）；内存少时大块连续页面难得，限制在 2 页。
	if (num_physpages > (32 << 20) >> PAGE_SHIFT)
		slab_break_gfp_order = BREAK_GFP_ORDER_HI;

	/// 尺寸表以 cs_size 为 0 的一项结束；每一档建立普通和 DMA 两个队列，建不成就 BUG()。
	for (cs = cache_sizes; cs->cs_size != 0; cs++) {
		/* Cache-line aligned, so that no two objects share a line. */
		sprintf(name, "size-%Zd", cs->cs_size);
		cs->cs_cachep = kmem_cache_create(name, cs->cs_size, 0,
						  SLAB_HWCACHE_ALIGN,
						  NULL, NULL);
		if (cs->cs_cachep == NULL)
			BUG();
		/// 每建好一个管理结构在 slab 上的通用缓冲区，就用它能装下的 bufctl 个数更新 offslab_limit：
		/// (尺寸 - sizeof(slab_t)) / 2。256 字节之后的各档都是 off-slab，最后停在 (256-24)/2 = 116。
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
/// §2.10：2.4.0 在这里（作为 initcall）打开每 CPU 的对象数组。2.4.0: mm/slab.c kmem_cpucache_init()
/// 单 CPU 时函数体为空，与 2.4.0 的 !CONFIG_SMP 编译结果一样。
int __init kmem_cpucache_init(void)
{
	return 0;
}

__initcall(kmem_cpucache_init);

/* Pages for one slab, from the zone the cache needs. */
/// §2.10：为一个 slab 向伙伴系统要 2^gfporder 个页面。2.4.0: mm/slab.c kmem_getpages()
/// DMA 队列的 gfpflags 里有 GFP_DMA，合进分配标志，页面就一定来自 ZONE_DMA。
static inline void *kmem_getpages(kmem_cache_t *cachep, unsigned long flags)
{
	return (void *)__get_free_pages(flags | cachep->gfpflags,
					cachep->gfporder);
}

/* Give a slab's pages back; free_pages() leaves PG_slab, so clear it. */
/// §2.10：把一个 slab 的页面还给伙伴系统。2.4.0: mm/slab.c kmem_freepages()
/// free_pages() 不管 PG_slab 标志，所以先逐页清掉，否则这些页面以后被别人使用时还像是 slab 页面。
static inline void kmem_freepages(kmem_cache_t *cachep, void *addr)
{
	/// slab 的 2^gfporder 个页面在 mem_map 里也是连续的 page 结构，逐个清 PG_slab。
	struct page *pg = virt_to_page(addr);
	struct page *end = pg + (1 << cachep->gfporder);

	for (; pg < end; pg++)
		PageClearSlab(pg);
	free_pages((unsigned long)addr, cachep->gfporder);
}

#if DEBUG
/* Fill an object (inside its red zones) with the poison pattern. */
/// §2.10（调试）：给空闲对象“下毒”：填满 0x5a，最后一个字节写 0xa5。2.4.0: mm/slab.c kmem_poison_obj()
/// 有红区时跳过前后两个红区字。
static inline void kmem_poison_obj(kmem_cache_t *cachep, void *addr)
{
	unsigned char *p = addr;
	int len = cachep->objsize;

	if (cachep->flags & SLAB_RED_ZONE) {	/* the guard words stay */
		p += BYTES_PER_WORD;
		len -= 2 * BYTES_PER_WORD;
	}
	/// 前 len-1 个字节写 0x5a，最后一个字节写结束标记 0xa5。
	memset(p, POISON_BYTE, len - 1);
	p[len - 1] = POISON_END;
}

/* Non-zero if someone wrote to a free, poisoned object. */
/// §2.10（调试）：检查空闲对象的“毒”是否完好。2.4.0: mm/slab.c kmem_check_poison_obj()
/// 注意它只用 memchr() 找第一个 0xa5 是否恰在末尾：覆盖了末字节或写入了 0xa5 能发现，
/// 写入其他值则发现不了（主机测试 test_poison_use_after_free 验证了 2.4.0 的这一行为）。
static inline int kmem_check_poison_obj(kmem_cache_t *cachep, void *addr)
{
	unsigned char *p = addr;
	int len = cachep->objsize;

	if (cachep->flags & SLAB_RED_ZONE) {
		p += BYTES_PER_WORD;
		len -= 2 * BYTES_PER_WORD;
	}
	/// 第一个 0xa5 不在最后一个字节上（提前出现，或末字节被改掉以致找不到）就是“毒”被破坏了，返回 1。
	/* Only the first end marker is looked for: it must be the last byte. */
	return memchr(p, POISON_END, len) != p + len - 1;
}
#endif

/*
 * Run the destructor on every object of a slab and release it.  The
 * slab is already off the cache's list; no lock is needed.
 */
/// §2.10：撤销一个已经从队列链上摘下的 slab。2.4.0: mm/slab.c kmem_slab_destroy()
/// 有析构函数时对每个对象调用一次（调试版还核对红区和毒），然后释放页面；管理结构在 slab 外时，
/// slab_t 还要还给 slabp_cache 那个通用缓冲区。
static void kmem_slab_destroy(kmem_cache_t *cachep, slab_t *slabp)
{
	/// s_mem 减去 colouroff 就是 slab 页面的起点。
	void *pages = slabp->s_mem - slabp->colouroff;
	/// 只有需要对每个对象做点什么时才逐个走一遍：有析构函数，或（调试版）要核对红区和毒。
	int walk = cachep->dtor != NULL;
	unsigned int idx;

#if DEBUG
	if (cachep->flags & (SLAB_POISON | SLAB_RED_ZONE))
		walk = 1;
#endif
	for (idx = 0; walk && idx < cachep->num; idx++) {
		/// objp 是对象所占空间的起点（有红区时含前面的红区字），user 是交给析构函数的地址（跳过红区字）。
		void *objp = slabp->s_mem + idx * cachep->objsize;
		void *user = objp;		/* what the dtor is given */
#if DEBUG
		void *end = objp + cachep->objsize;

		/// 撤销时所有对象都已空闲，两个红区字都应是 RED_MAGIC1；否则有人越界写过，BUG()。
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
/// §2.10：建立一个专用缓冲区队列。2.4.0: mm/slab.c kmem_cache_create()
/// 要决定的是：对象实际大小（按字对齐，要求时按 cache line 对齐）、slab 用几页（gfporder）、
/// 每个 slab 放几个对象（num）、slab 管理结构放在 slab 上还是 slab 外、剩下的零头能分几种着色。
/// 队列的控制结构本身从 cache_cache 分配，建好后挂到 cache_chain 的前端。
kmem_cache_t *kmem_cache_create(const char *name, size_t size, size_t offset,
	unsigned long flags,
	void (*ctor)(void *, kmem_cache_t *, unsigned long),
	void (*dtor)(void *, kmem_cache_t *, unsigned long))
{
	const char *func_nm = KERN_ERR "kmem_create: ";
	size_t left_over, align, slab_size;
	kmem_cache_t *cachep;
	struct list_head *p;

	/// 这些都是调用者的错误，直接 BUG()：没有名字或名字太长（最多 18 个字符）、在中断上下文中、
	/// 对象小于一个字或大于 32 页、有析构函数却没有构造函数、着色偏移大于对象。名字先判空再量长度，
	/// 次序不能颠倒。2.4.0 还写了 offset < 0，但 offset 是 size_t，这个条件永远不成立，本移植省去了它。
	/* Misuse is a bug in the caller, not a failure to report. */
	if (name == NULL || strlen(name) >= CACHE_NAMELEN - 1 ||
	    in_interrupt() || size < BYTES_PER_WORD ||
	    size > (1 << MAX_OBJ_ORDER) * PAGE_SIZE ||
	    (dtor != NULL && ctor == NULL) || offset > size)
		BUG();

#if DEBUG
	/// SLAB_DEBUG_INITIAL 要在释放时调用构造函数来核对对象状态，没有构造函数就无从核对，去掉这个标志；
	/// 有构造函数的对象不能“下毒”（会毁掉构造好的状态），去掉 SLAB_POISON。两种情况都打印一条提示。
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
	/// 不在 CREATE_MASK 里的标志一律 BUG()，包括非调试版里的调试标志。
	if (flags & ~CREATE_MASK)
		BUG();

	/// 控制结构本身就是 cache_cache 里的一个对象，可以睡眠等待（SLAB_KERNEL）。
	cachep = kmem_cache_alloc(&cache_cache, SLAB_KERNEL);
	if (cachep == NULL)
		return NULL;
	/// 清零之后 gfporder 从 0 开始，slabp_cache、growing、colour_next 等也都是 0。
	memset(cachep, 0, sizeof(kmem_cache_t));

	/* Whole words: keeps red zones and on-slab bufctls aligned. */
	/// 对象大小凑成 4 的倍数，保证对象和 on-slab 的 bufctl 都按字对齐；会打印一条提示。
	if (size & (BYTES_PER_WORD - 1)) {
		size = (size + BYTES_PER_WORD - 1) & ~(BYTES_PER_WORD - 1);
		printk("%sForcing size word alignment - %s\n", func_nm, name);
	}
#if DEBUG
	/// 红区：对象前后各加一个字，里面放 RED_MAGIC1/2；对象因此错开一个字，按 cache line 对齐也就没有意义了。
	if (flags & SLAB_RED_ZONE) {
		/* A guard word each side; alignment is given up. */
		size += 2 * BYTES_PER_WORD;
		flags &= ~SLAB_HWCACHE_ALIGN;
	}
#endif
	/// 对齐值：一般按字（4 字节），要求 SLAB_HWCACHE_ALIGN 时按 cache line（32 字节）。
	align = (flags & SLAB_HWCACHE_ALIGN) ? L1_CACHE_BYTES : BYTES_PER_WORD;

	/* Big objects: first try keeping the slab_t off the slab. */
	/// 对象达到 1/8 页（512 字节）时，先假定把 slab 管理结构放到 slab 外，好让对象排得更紧；
	/// 后面若发现零头放得下管理结构，再搬回 slab 上。
	if (size >= (PAGE_SIZE >> 3))
		flags |= CFLGS_OFF_SLAB;

	/// 要求按 cache line 对齐：小对象不必每个独占一行，对齐值减半直到对象不小于它的一半（2*size >= align），
	/// 于是 10 字节的对象按 16 对齐、4 字节的按 8 对齐，两个以上对象合用一行而不跨行。然后对象大小向上取整到对齐值。
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
	/// 从 0 阶开始试：放不下一个对象就加一阶；slab 外管理时对象太多（超过 offslab_limit）就退回
	/// 一阶并停止；阶数到了 slab_break_gfp_order，或零头不超过 slab 的 1/8，就认为合适；
	/// 最多到 MAX_GFP_ORDER（32 页）。每一轮先按当前阶数估算 num 和 left_over，再决定停还是加一阶。
	for (;;) {
		kmem_cache_estimate(cachep->gfporder, size, flags,
				    &left_over, &cachep->num);
		if (cachep->gfporder >= MAX_GFP_ORDER)
			break;
		/// num 为 0：这一阶连一个对象也放不下，直接去加一阶。
		if (cachep->num != 0) {
			/// bufctl 数组要放进 slabp_cache 那个通用缓冲区，对象个数受 offslab_limit 限制：超限就退回一阶，
			/// 按那一阶重新估算一次 num 和 left_over，到此为止（2.4.0 用 break_flag 和 goto cal_wastage 做同一件事）。
			/// 若在 0 阶就超限，gfporder 会减成 -1；按 2.4.0 的尺寸表这不会发生。
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
			/// 零头不超过 slab 的 1/8：浪费可以接受。
			if (8 * left_over <= (PAGE_SIZE << cachep->gfporder))
				break;
		}
		cachep->gfporder++;
	}

	/// 到 32 页都放不下一个对象（只有调试版加了红区的 128 KB 对象会这样），建立失败，返回 NULL。
	if (cachep->num == 0) {
		printk("kmem_cache_create: couldn't create cache %s.\n", name);
		kmem_cache_free(&cache_cache, cachep);
		return NULL;
	}
	slab_size = L1_CACHE_ALIGN(sizeof(slab_t) +
				   cachep->num * sizeof(kmem_bufctl_t));

	/* If the left-over room holds the slab_t, keep it on the slab. */
	/// 零头够放管理结构就放回 slab 上，省去一次从通用缓冲区的分配；代价是着色的余地变小。
	/// 例如 600 字节的对象：一页放 6 个剩 496 字节，放下 64 字节的管理结构后还剩 432 字节，13 种着色。
	if ((flags & CFLGS_OFF_SLAB) && left_over >= slab_size) {
		left_over -= slab_size;
		flags &= ~CFLGS_OFF_SLAB;
	}

	/* Colouring: the unused bytes of a slab, in steps of offset. */
	/// 着色步长 colour_off：调用者给的 offset 按对齐值向上取整，没给（0）就用一个 cache line。
	/// 剩余零头能容纳几个步长，就有几种着色（colour）。
	offset = (offset + align - 1) & ~(align - 1);
	if (offset == 0)
		offset = L1_CACHE_BYTES;
	cachep->colour_off = offset;
	cachep->colour = left_over / offset;

	/// CFLGS_OPTIMIZE：单页且管理结构在 slab 上。2.4.0 设置了这个标志，却没有任何地方用它。
	if (cachep->gfporder == 0 && !(flags & CFLGS_OFF_SLAB))
		flags |= CFLGS_OPTIMIZE;	/* set, never looked at */

	/// 以下填写控制结构的其余字段。这时队列还没挂上链，别人看不到它，先后次序无关紧要。
	cachep->objsize = size;
	cachep->flags = flags;
	/// DMA 队列的页面必须来自 ZONE_DMA：把 GFP_DMA 记在 gfpflags 里，kmem_getpages() 每次都带上。
	cachep->gfpflags = (flags & SLAB_CACHE_DMA) ? GFP_DMA : 0;
	cachep->ctor = ctor;
	cachep->dtor = dtor;
	if (flags & CFLGS_OFF_SLAB)
		/// 管理结构在 slab 外：找能装下 slab_size 字节的最小通用缓冲区。因为通用缓冲区是从小到大建立的，
		/// 需要的那一档此时已经存在。
		cachep->slabp_cache = kmem_find_general_cachep(slab_size, 0);
	/* A copy: the caller's string may go away (a module unloaded). */
	strcpy(cachep->name, name);
	spin_lock_init(&cachep->spinlock);
	/// 还没有 slab：链为空，firstnotfull 指向链头，表示“没有可分配的 slab”，第一次分配就会增长。
	INIT_LIST_HEAD(&cachep->slabs);
	cachep->firstnotfull = &cachep->slabs;	/* no slab has room */

	/// 名字重复是调用者的错误，BUG()。新队列加在链头之后，所以链上越新的队列越靠前
	/// （slabinfo 的输出也是这个顺序）。
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
/// §2.10：检查某个队列是否在 cache_chain 上。2.4.0: mm/slab.c is_chained_kmem_cache()
/// kmem_cache_shrink() 用它防止对已撤销或伪造的指针操作。链头 cache_cache 不算在内。
static int is_chained_kmem_cache(kmem_cache_t *cachep)
{
	struct list_head *p;
	int found = 0;

	/// 沿链比较 next 字段的地址，找到即停。
	down(&cache_chain_sem);
	for (p = cache_chain.next; !found && p != &cache_chain; p = p->next)
		found = (p == &cachep->next);
	up(&cache_chain_sem);
	return found;
}

/* The per-CPU arrays would be emptied here first. */
/// 单 CPU 没有每 CPU 的对象数组，不必先把它们倒回 slab；与 2.4.0 的 !CONFIG_SMP 定义相同。
#define drain_cpu_caches(cachep)	do { } while (0)

/*
 * Destroy the free slabs at the tail of the list until a used one or a
 * growing cache stops it.  Returns 1 if slabs remain.
 */
/// §2.10：释放队列尾部所有完全空闲的 slab。2.4.0: mm/slab.c __kmem_cache_shrink()
/// 空闲的 slab 总在链的最后，所以从尾部往前摘，遇到还有对象在用的 slab 就停止；队列正在增长时
/// 也停止。返回值表示链上是否还剩 slab。
static int __kmem_cache_shrink(kmem_cache_t *cachep)
{
	int left;

	drain_cpu_caches(cachep);

	spin_lock_irq(&cachep->spinlock);
	/// 每一轮都重新看链尾：放开锁撤销 slab 期间链可能变了。队列在增长、链已空、链尾的 slab 有对象在用，都停止。
	for (;;) {
		struct list_head *last = cachep->slabs.prev;
		slab_t *victim;

		if (cachep->growing || last == &cachep->slabs)
			break;
		victim = list_entry(last, slab_t, list);
		if (victim->inuse != 0)		/* free slabs end here */
			break;
		list_del(last);
		/// 被摘下的若正是 firstnotfull，说明它前面没有半满的 slab，后面也只剩（即将被摘下的）空 slab，
		/// 于是 firstnotfull 改指链头，表示“没有可分配的 slab”。
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
/// §2.10：把一个队列里的空闲 slab 全部还给伙伴系统。2.4.0: mm/slab.c kmem_cache_shrink()
/// 返回 0 表示所有 slab 都释放了。空 slab 平时不会自动释放，只有这里、kmem_cache_destroy()
/// 和 kmem_cache_reap() 才释放。
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
/// §2.10：撤销一个专用缓冲区队列（如模块卸载时）。2.4.0: mm/slab.c kmem_cache_destroy()
/// 先从链上摘下，再释放所有 slab；若还有对象没有释放，就把队列重新挂回链上并返回 1。
/// 调用者必须保证这期间没有人再从这个队列分配。
int kmem_cache_destroy(kmem_cache_t *cachep)
{
	if (cachep == NULL || in_interrupt() || cachep->growing)
		BUG();

	/// 先在信号量保护下从链上摘下，回收（kmem_cache_reap）就再也看不到它；时钟指针若正指着它，先移到下一个。
	down(&cache_chain_sem);
	/* The reaper's clock must not point at a freed descriptor. */
	if (clock_searchp == cachep)
		clock_searchp = list_entry(cachep->next.next, kmem_cache_t,
					   next);
	list_del(&cachep->next);
	up(&cache_chain_sem);

	/// 所有 slab 都释放了：控制结构还给 cache_cache，撤销成功。
	if (__kmem_cache_shrink(cachep) == 0) {
		kmem_cache_free(&cache_cache, cachep);
		return 0;
	}
	/// 还有对象在用：报告，挂回链头（list_add），返回 1。空闲的 slab 已在 shrink 中释放。
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
/// §2.10：为新 slab 安排 slab 管理结构。2.4.0: mm/slab.c kmem_cache_slabmgmt()
/// 在 slab 外时从 slabp_cache 分配，对象从着色偏移处开始；在 slab 上时 slab_t 放在着色偏移处，
/// 对象放在 slab_t 和 bufctl 数组（按 cache line 对齐）之后。colouroff 因此是着色区加管理区的长度。
static inline slab_t *kmem_cache_slabmgmt(kmem_cache_t *cachep, void *objp,
					  int colour_off, int local_flags)
{
	slab_t *slabp;

	if (!OFF_SLAB(cachep)) {
		/// 管理结构在 slab 上：slab_t 就放在着色偏移处，colour_off 再加上对齐后的管理区长度，得到第一个对象的偏移。
		/* slab_t and bufctls at the colour offset, objects after */
		slabp = objp + colour_off;
		colour_off += L1_CACHE_ALIGN(sizeof(slab_t) +
				cachep->num * sizeof(kmem_bufctl_t));
	} else {
		/// 管理结构在 slab 外：向 slabp_cache 要一个，用的是调用者的分配级别（可能是 SLAB_ATOMIC）；要不到就失败。
		slabp = kmem_cache_alloc(cachep->slabp_cache, local_flags);
		if (slabp == NULL)
			return NULL;
	}
	/// colouroff 记下页面起点到第一个对象的距离，撤销 slab 时用 s_mem - colouroff 找回页面起点。
	slabp->s_mem = objp + colour_off;
	slabp->colouroff = colour_off;
	slabp->inuse = 0;
	return slabp;
}

/* Construct every object of a new slab and chain them all as free. */
/// §2.10：初始化新 slab 里的每个对象。2.4.0: mm/slab.c kmem_cache_init_objs()
/// 对每个对象调用构造函数，并把 bufctl 串成 0→1→2→…→BUFCTL_END 的空闲链，free 指向 0。
/// 所以新 slab 的对象按地址顺序分配出去。
static inline void kmem_cache_init_objs(kmem_cache_t *cachep, slab_t *slabp,
					unsigned long ctor_flags)
{
	kmem_bufctl_t *chain = slab_bufctl(slabp);
	unsigned int idx;

	for (idx = 0; idx < cachep->num; idx++) {
		/// obj 是对象所占空间的起点；有红区时交给构造函数的 user 要跳过前面的红区字。
		void *obj = slabp->s_mem + idx * cachep->objsize;
		void *user = obj;		/* what the ctor is given */
#if DEBUG
		/// 调试版：先在对象前后的红区字里写上 RED_MAGIC1（“空闲”），构造之后（若下毒，毒在两个红区字之间）再核对它们。
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
	/// 最后一个对象的后继改成 BUFCTL_END，空闲链从 0 号开始。
	chain[cachep->num - 1] = BUFCTL_END;
	slabp->free = 0;
}

/*
 * Add one slab to a cache.  Returns 1 if it did, 0 if no memory could
 * be had (or SLAB_NO_GROW).  Called by kmem_cache_alloc with interrupts
 * enabled again: the page allocation may sleep.
 */
/// §2.10：为队列增加一个 slab。2.4.0: mm/slab.c kmem_cache_grow()
/// 在 kmem_cache_alloc() 发现没有空闲对象时调用。步骤：检查标志、取本 slab 的着色并推进
/// colour_next、growing++、向伙伴系统要页面、安排管理结构、在每个页面的 page 结构里记下队列和
/// slab、构造对象，最后把新 slab 挂到链尾。失败时撤销已做的部分并返回 0。
static int kmem_cache_grow(kmem_cache_t *cachep, int flags)
{
	unsigned long save_flags, ctor_flags;
	unsigned int level, npages;
	size_t colour_bytes;
	struct page *pg;
	slab_t *slabp;
	void *pages;

	/* Checked here, off the fast path of kmem_cache_alloc. */
	/// 标志只在这里检查（“懒”检查）：分配的快速路径上不检查，错误的标志要到需要增加 slab 时才被发现。
	/// 主机测试 test_bug_grow_flags 验证了这一点。
	if (flags & ~(SLAB_DMA | SLAB_LEVEL_MASK | SLAB_NO_GROW))
		BUG();
	if (flags & SLAB_NO_GROW)
		return 0;

	/// level 是分配级别（SLAB_ATOMIC、SLAB_KERNEL 等，即 GFP 的那几位），也用于为 off-slab 的管理结构分配。
	level = flags & SLAB_LEVEL_MASK;
	/* In an interrupt only SLAB_ATOMIC will do. */
	/// 中断上下文里不能睡眠，只能用 SLAB_ATOMIC；构造函数也会得到 SLAB_CTOR_ATOMIC 的提示。
	if (in_interrupt() && level != SLAB_ATOMIC)
		BUG();
	ctor_flags = SLAB_CTOR_CONSTRUCTOR;
	if (level == SLAB_ATOMIC)
		ctor_flags |= SLAB_CTOR_ATOMIC;

	spin_lock_irqsave(&cachep->spinlock, save_flags);
	/// 着色：本 slab 用 colour_next 号颜色，偏移 colour_next * colour_off 字节；colour_next 在
	/// 0 … colour-1 之间循环（colour 为 0 或 1 时总是 0）。例如 128 字节的对象有 3 种颜色，连续几个 slab 的第一个对象
	/// 分别在页内 160、192、224、160……处（160 = 按 cache line 对齐后的管理区长度）。
	/* This slab's colour; the next slab gets the next, cyclically. */
	colour_bytes = cachep->colour_off * cachep->colour_next;
	if (++cachep->colour_next >= cachep->colour)
		cachep->colour_next = 0;
	/// DFLGS_GROWN 告诉 kmem_cache_reap()：这个队列刚长过，下一轮先别回收它。即使下面分配失败，标志和 colour_next 也已改变。
	cachep->dflags |= DFLGS_GROWN;
	/* Keeps shrink and reap away while the lock is dropped. */
	/// 分配页面可能睡眠，要先放开锁；growing 计数让收缩和回收在这期间不碰这个队列。
	cachep->growing++;
	spin_unlock_irqrestore(&cachep->spinlock, save_flags);

	/// 两步分配，失败时按相反的次序撤销：拿到页面而没拿到管理结构，页面要还回去（no_slab_t），然后都要把 growing 减回来（no_pages）。
	pages = kmem_getpages(cachep, flags);
	if (pages == NULL)
		goto no_pages;
	slabp = kmem_cache_slabmgmt(cachep, pages, colour_bytes, level);
	if (slabp == NULL)
		goto no_slab_t;

	/* Every page of the slab leads back to its cache and slab. */
	/// slab 的每一页都记下队列和 slab，并标上 PG_slab：对象可能落在 slab 的任何一页上。
	pg = virt_to_page(pages);
	for (npages = 1 << cachep->gfporder; npages != 0; npages--, pg++) {
		SET_PAGE_CACHE(pg, cachep);
		SET_PAGE_SLAB(pg, slabp);
		PageSetSlab(pg);
	}

	kmem_cache_init_objs(cachep, slabp, ctor_flags);

	/// 重新加锁后一并完成：growing 减回、清零 failures、把 slab 挂上链。
	spin_lock_irqsave(&cachep->spinlock, save_flags);
	cachep->growing--;
	cachep->failures = 0;
	STATS_INC_GROWN(cachep);
	/* A free slab goes to the tail, behind the partial ones. */
	/// 新 slab 全空，按“全满、半满、全空”的顺序挂在链尾；若原先没有可分配的 slab，它就成为 firstnotfull。
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
/// §2.10（调试）：释放时的额外检查。2.4.0: mm/slab.c kmem_extra_free_checks()
/// 指针必须正好是某个对象的起点，且这个对象不能已经在空闲链上（重复释放）。
static int kmem_extra_free_checks(kmem_cache_t *cachep, slab_t *slabp,
				  void *objp)
{
	/// objnr：按地址差算出的对象序号。它超出范围，或 objp 不正好落在这个对象的起点上，都是坏指针。
	unsigned long off = objp - slabp->s_mem;
	unsigned int objnr = off / cachep->objsize;
	kmem_bufctl_t i;

	if (objnr >= cachep->num)		/* past the last object */
		BUG();
	if (objp != slabp->s_mem + objnr * cachep->objsize)
		BUG();				/* inside an object */
	/// 顺着空闲链走一遍：这个对象已经在链上，就是重复释放。
	/* Already on the free chain: freed twice. */
	for (i = slabp->free; i != BUFCTL_END; i = slab_bufctl(slabp)[i])
		if (i == objnr)
			BUG();
	return 0;
}
#endif

/* DEBUG: a DMA cache must be asked with SLAB_DMA, the others without. */
/// §2.10（调试）：分配前核对 DMA 标志。2.4.0: mm/slab.c kmem_cache_alloc_head()
/// DMA 队列必须用 SLAB_DMA 申请，普通队列不许用；非调试版为空。
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
/// §2.10：从一个有空闲对象的 slab 里取出一个对象。2.4.0: mm/slab.c kmem_cache_alloc_one_tail()
/// 取空闲链的第一个（序号 free），把链头推进到它的 bufctl；若这是最后一个空闲对象，
/// slab 变满，firstnotfull 前进到链上的下一个 slab（可能是链头，表示需要增长）。
static inline void *kmem_cache_alloc_one_tail(kmem_cache_t *cachep,
					      slab_t *slabp)
{
	/// 空闲链头 free 就是要分配的对象的序号。
	kmem_bufctl_t idx = slabp->free;
	void *objp = slabp->s_mem + idx * cachep->objsize;

	/// 链头推进到它的后继；取走的若是最后一个空闲对象（后继为 BUFCTL_END），firstnotfull 前进到下一个 slab。
	/// STATS 为 0 时统计宏都是空操作。
	/* Unchain it; a slab left without a free object is now full. */
	slabp->free = slab_bufctl(slabp)[idx];
	slabp->inuse++;
	if (slabp->free == BUFCTL_END)
		cachep->firstnotfull = slabp->list.next;
	STATS_INC_ALLOCED(cachep);
	STATS_INC_ACTIVE(cachep);
	STATS_SET_HIGH(cachep);
#if DEBUG
	/// 调试版：空闲期间有人写过这个对象（毒被破坏）就 BUG()。
	if (cachep->flags & SLAB_POISON) {
		if (kmem_check_poison_obj(cachep, objp))
			BUG();
	}
	/// 红区字从 MAGIC1（空闲）换成 MAGIC2（在用）；换下来的不是 MAGIC1，说明越界写过或状态错乱。交给调用者的地址跳过前面的红区字。
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
/// 2.4.0 把它写成宏，是为了能直接 goto 到调用者里的 alloc_new_slab 标号。
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
/// §2.10：分配一个对象的主体。2.4.0: mm/slab.c __kmem_cache_alloc()
/// 关中断后从 firstnotfull 所指的 slab 取对象；没有可用的 slab 就开中断去 kmem_cache_grow()，
/// 成功后从头再来（新 slab 里的对象可能已被中断处理程序拿走，那就再长一个）。
/// SMP 的每 CPU 对象数组部分没有移植。
static inline void *__kmem_cache_alloc(kmem_cache_t *cachep, int flags)
{
	unsigned long save_flags;
	void *objp;

	kmem_cache_alloc_head(cachep, flags);
	/// 循环只在需要增长时才会转第二圈：取到对象就 break，带着关闭的中断出循环再恢复；所有 slab 都满时，宏
	/// kmem_cache_alloc_one 跳到 alloc_new_slab，先恢复中断再增长（分配页面可能睡眠），增长失败返回 NULL。
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

/// 调试版释放时检查页面：地址必须在 mem_map 范围内，且页面带 PG_slab。非调试版什么也不查，
/// kfree() 一个非 slab 的指针会直接破坏数据——2.4.0 就是如此。
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
/// §2.10：把对象还给它所在的 slab。2.4.0: mm/slab.c kmem_cache_free_one()
/// slab 由页面的 page->list.prev 找到；对象序号由地址差除以对象大小得到，插到空闲链头。
/// 然后维持链的顺序：原来全满的 slab 现在有空位了，要移到 firstnotfull 之前并成为新的
/// firstnotfull；原来半满的 slab 现在全空了，要移到链尾。
static inline void kmem_cache_free_one(kmem_cache_t *cachep, void *objp)
{
	struct page *pg = virt_to_page(objp);
	kmem_bufctl_t idx;
	slab_t *slabp;
	int was_full;

	/// 对象所在页面的 page->list.prev 记着它属于哪个 slab（kmem_cache_grow 里 SET_PAGE_SLAB 写的）。
	CHECK_PAGE(pg);
	slabp = GET_PAGE_SLAB(pg);

#if DEBUG
	if (cachep->flags & SLAB_DEBUG_INITIAL)
		cachep->ctor(objp, cachep,
			     SLAB_CTOR_CONSTRUCTOR | SLAB_CTOR_VERIFY);

	/// 调试版：红区字应是 MAGIC2（在用），换回 MAGIC1（空闲）；不对就是越界写过或重复释放。然后下毒、做额外检查。
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
	/// 序号由地址差除以对象大小得到；对象插到空闲链头，所以最后释放的最先被再分配出去。
	/* Push it on the slab's free chain. */
	idx = (objp - slabp->s_mem) / cachep->objsize;
	slab_bufctl(slabp)[idx] = slabp->free;
	slabp->free = idx;
	STATS_DEC_ACTIVE(cachep);

	/// 先记下释放前是否全满，再减 inuse。全满与全空两种情况互斥地处理：num 为 1 时全满的 slab 一释放就全空，按“原来全满”处理。
	was_full = (slabp->inuse == cachep->num);
	slabp->inuse--;
	/// 原来全满：这个 slab 必在 firstnotfull 之前（全满的在前面）。把它搬到原 firstnotfull 的前面，
	/// 它就成了第一个不满的 slab；若它本来就紧挨在 firstnotfull 前面，不用搬。即使 num 为 1、
	/// 它现在全空，这样放也不破坏顺序，因为此时链上没有半满的 slab。
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
	/// 原来半满、现在全空：搬到链尾。若它正是 firstnotfull，新的 firstnotfull 应是它原来的后继（哪怕那是个空 slab）；
	/// 这里先记下 firstnotfull 的前驱 before，搬完后取 before->next，效果相同。主机测试 test_free_list_moves 逐步核对了这些位置。
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
/// §2.10：释放的主体，调用时已关中断。2.4.0: mm/slab.c __kmem_cache_free()
/// 单 CPU 直接还给 slab；SMP 时先放进每 CPU 的对象数组，本移植没有这部分。
static inline void __kmem_cache_free(kmem_cache_t *cachep, void *objp)
{
	kmem_cache_free_one(cachep, objp);
}

/* An object of cachep; flags matter only if a slab must be added. */
/// §2.10：从专用缓冲区队列分配一个对象。2.4.0: mm/slab.c kmem_cache_alloc()
/// flags 只在需要增加 slab（向伙伴系统要页面）时才起作用。
void *kmem_cache_alloc(kmem_cache_t *cachep, int flags)
{
	return __kmem_cache_alloc(cachep, flags);
}

/*
 * size bytes from the smallest general cache that holds them, the DMA
 * one for GFP_DMA.  More than the largest size is a bug.
 */
/// §2.10：从通用缓冲区分配 size 字节。2.4.0: mm/slab.c kmalloc()
/// 在尺寸表里找第一个不小于 size 的档次，带 GFP_DMA 就用那一档的 DMA 队列。
/// 超过 128 KB 是调用者的错误，BUG()——2.4.0 的 kmalloc 并不返回 NULL，
/// 后面的 return NULL 只是为了让编译器满意（BUG() 之后执行 ud2，不会返回）。
void *kmalloc(size_t size, int flags)
{
	cache_sizes_t *cs;

	/// 尺寸表从小到大，第一个放得下的档次就是最合适的。
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
/// §2.10：把对象释放回专用缓冲区队列。2.4.0: mm/slab.c kmem_cache_free()
/// 调试版还核对对象所在页面记录的队列是否就是 cachep；非调试版不查，释放到错误的队列会
/// 悄悄破坏那个 slab。
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
/// §2.10：释放 kmalloc() 分配的内存。2.4.0: mm/slab.c kfree()
/// kfree() 不知道对象的大小，靠页面 page->list.next 里记下的队列找回它属于哪个通用缓冲区。
/// kfree(NULL) 什么也不做。
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
/// §2.10：找 kmalloc(size, gfpflags) 会用的通用缓冲区。2.4.0: mm/slab.c kmem_find_general_cachep()
/// kmem_cache_create() 用它为 off-slab 的管理结构选择 slabp_cache。size 超过 128 KB 时停在尺寸表
/// 末尾的 0 项上，返回 NULL。
kmem_cache_t *kmem_find_general_cachep(size_t size, int gfpflags)
{
	cache_sizes_t *cs = cache_sizes;

	/// 与 kmalloc() 同样的查找；走到结尾的 0 项时，那一项的两个指针都是 NULL。
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
/// §2.10（也见 §2.8 页面的定期换出）：内存紧张时从 slab 回收页面。2.4.0: mm/slab.c kmem_cache_reap()
/// 由页面回收路径调用：do_try_to_free_pages() 和 refill_inactive()（mm/vmscan.c，§2.8）；本移植的 sys_sysinfo() 也在统计空闲页面之前调用它。
/// 像时钟指针一样从 clock_searchp 开始，每次看 10 个队列，跳过不许回收的（SLAB_NO_REAP）、
/// 正在增长的和刚长过的（清掉 DFLGS_GROWN 标志，下一轮才考虑）；数一数链尾的空 slab，
/// 换算成页面数，有构造函数的打八折（重建对象要花时间），多页的 slab 再打八折（高阶页面难得），
/// 选页面数最多的队列，释放它约 80% 的空 slab，留一些给接下来的分配。
void kmem_cache_reap(int gfp_mask)
{
	kmem_cache_t *searchp, *best = NULL;
	unsigned int best_pages = 0, best_len = 0, looked;
	int perfect = 0;

	/// 调用者能睡眠（__GFP_WAIT）就等信号量；不能睡眠时只试一次，别人正持有就放弃这次回收。
	if (gfp_mask & __GFP_WAIT)
		down(&cache_chain_sem);
	else if (down_trylock(&cache_chain_sem))
		return;			/* busy, and we may not sleep */

	/// 从时钟指针所指的队列起，沿链最多看 REAP_SCANLEN（10）个；每一轮结束时 for 的第三部分把 searchp 推进到下一个。
	/// 链上不足 10 个、又绕回起点时提前结束。循环正常结束时 searchp 正是下一次该开始的地方。
	/* Look at up to REAP_SCANLEN caches, from the clock on. */
	for (looked = 0, searchp = clock_searchp; looked < REAP_SCANLEN;
	     looked++, searchp = list_entry(searchp->next.next,
					    kmem_cache_t, next)) {
		unsigned int nr_free, pages, discounts;
		struct list_head *p;

		if (looked != 0 && searchp == clock_searchp)
			break;			/* round the whole chain */
		/* flags never change: no lock needed to read them. */
		/// flags 建立后不再改变，读它不必加锁。cache_cache 就是因为 SLAB_NO_REAP 被跳过的。
		if (searchp->flags & SLAB_NO_REAP)
			continue;
		/// 正在增长的队列（放开了锁去要页面）不动它；刚长过的也放过这一次，只清掉 DFLGS_GROWN。
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
		/// 空 slab 个数换算成页面数，再打折：有构造函数打一次八折，多页的 slab 再打一次，(pages*4+1)/5 做 0 到 2 次。
		/* Rebuilding constructed objects and big slabs costs more. */
		pages = nr_free << searchp->gfporder;
		discounts = (searchp->ctor != NULL) + (searchp->gfporder != 0);
		while (discounts-- > 0)
			pages = (pages * 4 + 1) / 5;

		/// 严格大于才换：页面数相同时先看到的队列胜出。
		if (pages > best_pages) {
			best = searchp;
			best_pages = pages;
			best_len = nr_free;
			/// 空 slab 已有 10 个以上，不必再找，直接带着锁去释放；时钟指针停在它的下一个队列。
			if (nr_free >= REAP_PERFECT) {
				perfect = 1;	/* keep its lock and go */
				break;
			}
		}
		spin_unlock_irq(&searchp->spinlock);
	}

	/// 两种出口：“完美”的队列已经锁着，时钟指针移到它后面；否则时钟指针停在这次看到的最后一个之后，
	/// 有选中的队列再给它加锁，一个也没有就直接结束。
	if (perfect) {
		clock_searchp = list_entry(best->next.next, kmem_cache_t, next);
	} else {
		clock_searchp = searchp;
		if (best == NULL)
			goto out;
		spin_lock_irq(&best->spinlock);
	}

	/* Leave a fifth of the free slabs for the next allocations. */
	/// 只释放约 80%：例如 8 个空 slab 释放 (8*4+1)/5 = 6 个，12 个释放 9 个。
	best_len = (best_len * 4 + 1) / 5;
	/// 与 __kmem_cache_shrink() 一样从链尾逐个摘下空 slab，放开锁去撤销；队列开始增长或遇到有对象在用的 slab 就停。
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
/// §2.10：打印各队列的使用情况。2.4.0: 无（本移植新增），代替 mm/slab.c proc_getdata() 和
/// slabinfo_read_proc()（/proc/slabinfo）：本移植没有 /proc 文件系统，改用 printk 输出同样格式的
/// 文本，开机自检（tests/kernel/slab_checks.c）和主机测试都用它。每行依次是：名字、在用对象数、
/// 对象总数、对象大小、有对象在用的 slab 数、slab 总数、每个 slab 的页面数。
void slabinfo_dump(void)
{
	struct list_head *pos;

	printk("slabinfo - version: 1.1"
#if STATS
	       " (statistics)"
#endif
	       "\n");

	down(&cache_chain_sem);
	/// 从 cache_cache 自己开始，沿 next 走一圈回到它：先打印 cache_cache，再按链上的顺序
	/// （越新建立的越靠前）打印其余队列。
	/* cache_cache first, then round its chain back to it. */
	pos = &cache_cache.next;
	do {
		kmem_cache_t *cachep = list_entry(pos, kmem_cache_t, next);
		unsigned long objs_used = 0, slabs_used = 0, slabs_all = 0;
		struct list_head *s;

		/// 在队列的锁之下数一遍所有 slab：slab 总数、有对象在用的 slab 数、在用对象数；对象总数 = slab 总数 × num。
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
