/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Two-level paging (no PAE): the pmd level is folded into the page
 * directory, so a pgd entry is at the same time the one pmd entry below it.
 * 情景分析 §2.1, §2.3.  Follows Linux 2.4.0 include/asm-i386/pgtable-2level.h.
 */
#ifndef _I386_PGTABLE_2LEVEL_H
#define _I386_PGTABLE_2LEVEL_H

/* A page directory entry maps 4 MB: bits 31..22 of an address index it. */
#define PGDIR_SHIFT	22
#define PTRS_PER_PGD	1024

/* The pmd has one entry and covers as much as a pgd entry. */
#define PMD_SHIFT	22
#define PTRS_PER_PMD	1

#define PTRS_PER_PTE	1024

#define pte_ERROR(e) \
	printk("%s:%d: bad pte %08lx.\n", __FILE__, __LINE__, (e).pte_low)
#define pmd_ERROR(e) \
	printk("%s:%d: bad pmd %08lx.\n", __FILE__, __LINE__, pmd_val(e))
#define pgd_ERROR(e) \
	printk("%s:%d: bad pgd %08lx.\n", __FILE__, __LINE__, pgd_val(e))

/*
 * The pgd level never says "absent" or "bad": that is decided one level
 * down, by the pmd, which is the very same entry.
 */
static inline int pgd_none(pgd_t pgd)
{
	return 0;
}

static inline int pgd_bad(pgd_t pgd)
{
	return 0;
}

static inline int pgd_present(pgd_t pgd)
{
	return 1;
}

#define pgd_clear(xp)	do { } while (0)

#define set_pte(pteptr, pteval)	(*(pteptr) = pteval)
#define set_pmd(pmdptr, pmdval)	(*(pmdptr) = pmdval)
#define set_pgd(pgdptr, pgdval)	(*(pgdptr) = pgdval)

#define pgd_page(pgd) \
	((unsigned long) __va(pgd_val(pgd) & PAGE_MASK))

/* The pmd "table" is the pgd entry itself. */
static inline pmd_t *pmd_offset(pgd_t *dir, unsigned long address)
{
	return (pmd_t *) dir;
}

/* Read and clear in one locked instruction (xchg), so no A/D bit is lost. */
static inline pte_t ptep_get_and_clear(pte_t *ptep)
{
	unsigned long old = 0;

	__asm__ __volatile__("xchgl %0, %1"
			     : "+r" (old), "+m" (ptep->pte_low)
			     : : "memory");
	return __pte(old);
}

#define pte_same(a, b)		((a).pte_low == (b).pte_low)
#define pte_page(x) \
	(mem_map + ((unsigned long) (((x).pte_low >> PAGE_SHIFT))))
#define pte_none(x)		(!(x).pte_low)
#define __mk_pte(page_nr, pgprot) \
	__pte(((page_nr) << PAGE_SHIFT) | pgprot_val(pgprot))

#endif /* _I386_PGTABLE_2LEVEL_H */
