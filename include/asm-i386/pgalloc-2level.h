/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Allocating a pmd with two-level paging: there is nothing to allocate,
 * the one-entry pmd is the pgd entry itself.
 * 情景分析 §2.3.  Follows Linux 2.4.0 include/asm-i386/pgalloc-2level.h.
 */
#ifndef _I386_PGALLOC_2LEVEL_H
#define _I386_PGALLOC_2LEVEL_H

static inline pmd_t *get_pmd_fast(void)
{
	return (pmd_t *) 0;
}

static inline void free_pmd_fast(pmd_t *pmd)
{
}

static inline void free_pmd_slow(pmd_t *pmd)
{
}

static inline pmd_t *pmd_alloc(pgd_t *pgd, unsigned long address)
{
	if (!pgd)
		BUG();
	return (pmd_t *) pgd;
}

#endif /* _I386_PGALLOC_2LEVEL_H */
