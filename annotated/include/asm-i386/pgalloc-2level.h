/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Allocating a pmd with two-level paging: there is nothing to allocate,
 * the one-entry pmd is the pgd entry itself.
 * 情景分析 §2.3.  Follows Linux 2.4.0 include/asm-i386/pgalloc-2level.h.
 */
/// §2.3：两级映射下 pmd 的分配与释放全都是空操作——pmd 折叠在 pgd 里，没有单独的页面可分配或释放。PAE（三级）时才有
/// pgalloc-3level.h 中真正的实现。
/// 2.4.0: include/asm-i386/pgalloc-2level.h
#ifndef _I386_PGALLOC_2LEVEL_H
#define _I386_PGALLOC_2LEVEL_H

/// §2.3：pmd 的快速缓存永远是空的：返回 NULL。do_check_pgt_cache() 里的 pmd 分支因此从不执行。
/// 2.4.0: include/asm-i386/pgalloc-2level.h get_pmd_fast()
static inline pmd_t *get_pmd_fast(void)
{
	return (pmd_t *) 0;
}

/// §2.3：没有 pmd 页面可还。
/// 2.4.0: include/asm-i386/pgalloc-2level.h free_pmd_fast()
static inline void free_pmd_fast(pmd_t *pmd)
{
}

/// §2.3：同上。pmd_free() 就是它，所以通用代码释放 pmd 时什么也不发生。
/// 2.4.0: include/asm-i386/pgalloc-2level.h free_pmd_slow()
static inline void free_pmd_slow(pmd_t *pmd)
{
}

/// §2.3、§2.5：通用代码在 pgd 之后“分配 pmd”：两级映射下 pmd 就是 pgd 表项本身，直接把指针换个类型返回，永不失败。
/// 2.4.0: include/asm-i386/pgalloc-2level.h pmd_alloc()
static inline pmd_t *pmd_alloc(pgd_t *pgd, unsigned long address)
{
	if (!pgd)
		BUG();
	return (pmd_t *) pgd;
}

#endif /* _I386_PGALLOC_2LEVEL_H */
