/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Cache-line size and alignment helpers.
 * Follows Linux 2.4.0 include/linux/cache.h.
 */
#ifndef __LINUX_CACHE_H
#define __LINUX_CACHE_H

#include <linux/config.h>
#include <asm/cache.h>

#ifndef L1_CACHE_ALIGN
#define L1_CACHE_ALIGN(x) (((x) + (L1_CACHE_BYTES - 1)) & ~(L1_CACHE_BYTES - 1))
#endif

#ifndef SMP_CACHE_BYTES
/// bootmem.h 的 alloc_bootmem()、alloc_bootmem_node() 用它作默认对齐。
#define SMP_CACHE_BYTES L1_CACHE_BYTES
#endif

#ifndef ____cacheline_aligned
#define ____cacheline_aligned __attribute__((__aligned__(SMP_CACHE_BYTES)))
#endif

#ifndef __cacheline_aligned
/// 对齐到缓存行并放进单独的段，链接脚本把这些变量集中在一起。
#define __cacheline_aligned \
	__attribute__((__aligned__(SMP_CACHE_BYTES), \
		       __section__(".data.cacheline_aligned")))
#endif

#endif /* __LINUX_CACHE_H */
