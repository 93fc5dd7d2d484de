/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The slab allocator's interface: object caches (kmem_cache_t) and the
 * general-purpose kmalloc/kfree built on them.
 * 情景分析 §2.10.  Follows Linux 2.4.0 include/linux/slab.h.
 */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#ifdef __KERNEL__

/// §2.10 内核缓冲区的管理。kmem_cache_t 是专用缓冲区队列的控制结构，定义只在 mm/slab.c 里，
/// 其他文件只拿它的指针用（不透明类型），这样 slab 的内部组织可以自由改变。
/// 2.4.0: include/linux/slab.h
typedef struct kmem_cache_s kmem_cache_t;

#include <linux/mm.h>
#include <linux/cache.h>

/* Allocation flags: the page allocator's GFP masks under slab names. */
/// kmem_cache_alloc() 和 kmalloc() 的 flags 就是页面分配的 GFP 标志换个名字：只有在队列需要增加
/// slab、向伙伴系统要页面时才用得上。SLAB_DMA 要求对象来自 ZONE_DMA。
#define SLAB_BUFFER		GFP_BUFFER
#define SLAB_ATOMIC		GFP_ATOMIC
#define SLAB_USER		GFP_USER
#define SLAB_KERNEL		GFP_KERNEL
#define SLAB_NFS		GFP_NFS
#define SLAB_DMA		GFP_DMA

/// SLAB_LEVEL_MASK 取出“能否睡眠、能否启动 I/O”这几位；kmem_cache_grow() 用它判断是不是原子分配。
/// SLAB_NO_GROW：没有空闲对象时宁可失败也不增加 slab。它和下面的 SLAB_NO_REAP 数值相同（0x1000），
/// 但一个用于分配，一个用于建立队列，不会混淆。
#define SLAB_LEVEL_MASK		(__GFP_WAIT | __GFP_HIGH | __GFP_IO)
#define SLAB_NO_GROW		0x00001000UL	/* no new slab */

/*
 * Flags for kmem_cache_create().  The first four are honoured only when
 * mm/slab.c is built with DEBUG.
 */
/// kmem_cache_create() 的标志。前四个只在 mm/slab.c 以 DEBUG 编译时才接受，否则会 BUG()；
/// 2.4.0 的 DEBUG 版其实也不接受 SLAB_DEBUG_FREE（它不在 CREATE_MASK 里）。
/// SLAB_HWCACHE_ALIGN 让对象按 cache line 对齐，通用缓冲区都用它；SLAB_CACHE_DMA 让整个队列的页面
/// 都来自 ZONE_DMA；SLAB_NO_REAP 让 kmem_cache_reap() 跳过这个队列。
#define SLAB_DEBUG_FREE		0x00000100UL	/* check frees */
#define SLAB_DEBUG_INITIAL	0x00000200UL	/* ctor verifies */
#define SLAB_RED_ZONE		0x00000400UL	/* guard words */
#define SLAB_POISON		0x00000800UL	/* fill free objects */
#define SLAB_NO_REAP		0x00001000UL	/* never reaped */
#define SLAB_HWCACHE_ALIGN	0x00002000UL	/* cache-line align */
#define SLAB_CACHE_DMA		0x00004000UL	/* ZONE_DMA pages */

/* What a constructor is told. */
/// 传给构造函数的标志：CONSTRUCTOR 表示这是构造（析构函数收到 0）；ATOMIC 表示当前不能睡眠；
/// VERIFY 表示只是核对对象状态（调试版 SLAB_DEBUG_INITIAL 在释放时这样调用）。
#define SLAB_CTOR_CONSTRUCTOR	0x001UL		/* clear: destructor */
#define SLAB_CTOR_ATOMIC	0x002UL		/* must not sleep */
#define SLAB_CTOR_VERIFY	0x004UL		/* check, do not initialise */

/// 初始化分两步：kmem_cache_init() 在伙伴系统可用之前只设置 cache_cache；
/// kmem_cache_sizes_init() 在 mem_init() 之后建立 kmalloc() 用的通用缓冲区。
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
/// 2.4.0 在这里声明 slabinfo_read_proc() 和 slabinfo_write_proc()（/proc/slabinfo 的读写）。
/// 本移植没有 /proc，改为 slabinfo_dump()：用 printk 打印同样格式的文本（本移植新增）。
extern void slabinfo_dump(void);

/* Caches of the rest of the kernel (created by their owners). */
/// 内核其他部分各自建立的专用缓冲区队列，如虚存区间 vm_area_struct、mm_struct、打开文件 file 的队列。
/// 2.4.0 在这里统一声明，定义分散在 kernel/fork.c 等文件里；本移植还没有这些文件，这里只保留声明。
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
