/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Allocating and freeing page directories and page tables (with the
 * per-CPU quicklists 2.4.0 keeps for them), and the TLB flush interface
 * the rest of mm/ calls after changing page tables.
 * 情景分析 §2.3, §2.5.  Follows Linux 2.4.0 include/asm-i386/pgalloc.h.
 */
#ifndef _I386_PGALLOC_H
#define _I386_PGALLOC_H

#include <linux/config.h>
#include <linux/threads.h>
#include <linux/mm.h>
#include <asm/processor.h>
#include <asm/fixmap.h>
#include <asm/pgtable.h>

/* Caches of free page-table pages, linked through their first word. */
#define pgd_quicklist		(current_cpu_data.pgd_quick)
#define pmd_quicklist		(current_cpu_data.pmd_quick)
#define pte_quicklist		(current_cpu_data.pte_quick)
#define pgtable_cache_size	(current_cpu_data.pgtable_cache_sz)

#ifdef CONFIG_X86_PAE
#include <asm/pgalloc-3level.h>
#else
#include <asm/pgalloc-2level.h>
#endif

/*
 * A new page directory: no user mappings, and the kernel's part (the
 * top 256 entries) copied from swapper_pg_dir.
 */
static inline pgd_t *get_pgd_slow(void)
{
	pgd_t *ret = (pgd_t *) __get_free_page(GFP_KERNEL);

	if (ret) {
		memset(ret, 0, USER_PTRS_PER_PGD * sizeof(pgd_t));
		memcpy(ret + USER_PTRS_PER_PGD,
		       swapper_pg_dir + USER_PTRS_PER_PGD,
		       (PTRS_PER_PGD - USER_PTRS_PER_PGD) * sizeof(pgd_t));
	}
	return ret;
}

static inline pgd_t *get_pgd_fast(void)
{
	unsigned long *ret;

	if ((ret = pgd_quicklist) != NULL) {
		pgd_quicklist = (unsigned long *) (*ret);
		ret[0] = 0;
		pgtable_cache_size--;
	} else
		ret = (unsigned long *) get_pgd_slow();
	return (pgd_t *) ret;
}

static inline void free_pgd_fast(pgd_t *pgd)
{
	*(unsigned long *) pgd = (unsigned long) pgd_quicklist;
	pgd_quicklist = (unsigned long *) pgd;
	pgtable_cache_size++;
}

static inline void free_pgd_slow(pgd_t *pgd)
{
	free_page((unsigned long) pgd);
}

/* In arch/i386/mm/init.c: the quicklist was empty, go to the allocator. */
extern pte_t *get_pte_slow(pmd_t *pmd, unsigned long address_preadjusted);
extern pte_t *get_pte_kernel_slow(pmd_t *pmd,
				  unsigned long address_preadjusted);
extern void __handle_bad_pmd(pmd_t *pmd);
extern void __handle_bad_pmd_kernel(pmd_t *pmd);

/* Pop a cached page table; the link word is overwritten with a zero entry. */
static inline pte_t *get_pte_fast(void)
{
	unsigned long *ret;

	if ((ret = (unsigned long *) pte_quicklist) != NULL) {
		pte_quicklist = (unsigned long *) (*ret);
		ret[0] = ret[1];
		pgtable_cache_size--;
	}
	return (pte_t *) ret;
}

static inline void free_pte_fast(pte_t *pte)
{
	*(unsigned long *) pte = (unsigned long) pte_quicklist;
	pte_quicklist = (unsigned long *) pte;
	pgtable_cache_size++;
}

static inline void free_pte_slow(pte_t *pte)
{
	free_page((unsigned long) pte);
}

/* 2.4.0 frees straight to the page allocator: the quicklists stay empty. */
#define pte_free_kernel(pte)	free_pte_slow(pte)
#define pte_free(pte)		free_pte_slow(pte)
#define pgd_free(pgd)		free_pgd_slow(pgd)
#define pgd_alloc()		get_pgd_fast()

/*
 * The pte slot for address in the page table under pmd, allocating the
 * page table if there is none.  Kernel page tables are not user-visible.
 */
static inline pte_t *pte_alloc_kernel(pmd_t *pmd, unsigned long address)
{
	if (!pmd)
		BUG();
	address = (address >> PAGE_SHIFT) & (PTRS_PER_PTE - 1);
	if (pmd_none(*pmd)) {
		pte_t *page = (pte_t *) get_pte_fast();

		if (!page)
			return get_pte_kernel_slow(pmd, address);
		set_pmd(pmd, __pmd(_KERNPG_TABLE + __pa(page)));
		return page + address;
	}
	if (pmd_bad(*pmd)) {
		__handle_bad_pmd_kernel(pmd);
		return NULL;
	}
	return (pte_t *) pmd_page(*pmd) + address;
}

static inline pte_t *pte_alloc(pmd_t *pmd, unsigned long address)
{
	address = (address >> PAGE_SHIFT) & (PTRS_PER_PTE - 1);

	if (pmd_none(*pmd))
		goto getnew;
	if (pmd_bad(*pmd))
		goto fix;
	return (pte_t *) pmd_page(*pmd) + address;
getnew:
	{
		unsigned long page = (unsigned long) get_pte_fast();

		if (!page)
			return get_pte_slow(pmd, address);
		set_pmd(pmd, __pmd(_PAGE_TABLE + __pa(page)));
		return (pte_t *) page + address;
	}
fix:
	__handle_bad_pmd(pmd);
	return NULL;
}

/* The pmd lives inside the pgd: freeing it frees nothing. */
#define pmd_free(pmd)		free_pmd_slow(pmd)

#define pmd_free_kernel		pmd_free
#define pmd_alloc_kernel	pmd_alloc

extern int do_check_pgt_cache(int, int);

/*
 * TLB flushing, uniprocessor:
 *  flush_tlb()              the current mm's entries
 *  flush_tlb_all()          everything, global entries too
 *  flush_tlb_mm(mm)         one address space
 *  flush_tlb_page(vma, a)   one page
 *  flush_tlb_range(mm, s, e) a range (the whole TLB on i386)
 *  flush_tlb_pgtables(...)  after freeing page tables (nothing on i386)
 * Only the mm loaded in CR3 (current->active_mm) has entries to flush.
 */
#define flush_tlb()		__flush_tlb()
#define flush_tlb_all()		__flush_tlb_all()
#define local_flush_tlb()	__flush_tlb()

static inline void flush_tlb_mm(struct mm_struct *mm)
{
	if (mm == current->active_mm)
		__flush_tlb();
}

static inline void flush_tlb_page(struct vm_area_struct *vma,
				  unsigned long addr)
{
	if (vma->vm_mm == current->active_mm)
		__flush_tlb_one(addr);
}

static inline void flush_tlb_range(struct mm_struct *mm,
				   unsigned long start, unsigned long end)
{
	if (mm == current->active_mm)
		__flush_tlb();
}

/* The TLB holds no page-table pages of its own on i386. */
static inline void flush_tlb_pgtables(struct mm_struct *mm,
				      unsigned long start, unsigned long end)
{
}

#endif /* _I386_PGALLOC_H */
