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
	pgd_t *dir = (pgd_t *) __get_free_page(GFP_KERNEL);

	if (!dir)
		return NULL;
	memset(dir, 0, USER_PTRS_PER_PGD * sizeof(*dir));
	memcpy(&dir[USER_PTRS_PER_PGD], &swapper_pg_dir[USER_PTRS_PER_PGD],
	       KERNEL_PGD_PTRS * sizeof(*dir));
	return dir;
}

/* Pop a cached page directory; its link word becomes an empty entry. */
static inline pgd_t *get_pgd_fast(void)
{
	unsigned long *top = pgd_quicklist;

	if (top == NULL)
		return get_pgd_slow();
	pgd_quicklist = (unsigned long *) top[0];
	top[0] = 0;
	pgtable_cache_size--;
	return (pgd_t *) top;
}

/* Push: the directory's first word links it to the old head. */
static inline void free_pgd_fast(pgd_t *pgd)
{
	unsigned long *link = (unsigned long *) pgd;

	link[0] = (unsigned long) pgd_quicklist;
	pgd_quicklist = link;
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

/*
 * Pop a cached page table, or NULL (no slow path here).  The link word
 * is overwritten with the second entry, an empty one.
 */
static inline pte_t *get_pte_fast(void)
{
	unsigned long *top = pte_quicklist;

	if (top) {
		pte_quicklist = (unsigned long *) top[0];
		top[0] = top[1];
		pgtable_cache_size--;
	}
	return (pte_t *) top;
}

static inline void free_pte_fast(pte_t *pte)
{
	unsigned long *link = (unsigned long *) pte;

	link[0] = (unsigned long) pte_quicklist;
	pte_quicklist = link;
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
	unsigned long index;
	pte_t *table;

	if (!pmd)
		BUG();
	index = __pte_offset(address);
	if (!pmd_none(*pmd)) {
		if (pmd_bad(*pmd)) {
			__handle_bad_pmd_kernel(pmd);
			return NULL;
		}
		return (pte_t *) pmd_page(*pmd) + index;
	}
	table = get_pte_fast();
	if (!table)
		return get_pte_kernel_slow(pmd, index);
	set_pmd(pmd, __pmd(_KERNPG_TABLE + __pa(table)));
	return table + index;
}

/* The same for user space: the pmd entry lets user mode through. */
static inline pte_t *pte_alloc(pmd_t *pmd, unsigned long address)
{
	unsigned long index = __pte_offset(address);
	pte_t *table;

	if (pmd_none(*pmd)) {
		table = get_pte_fast();
		if (table == NULL)
			return get_pte_slow(pmd, index);
		set_pmd(pmd, __pmd(_PAGE_TABLE + __pa(table)));
		return table + index;
	}
	if (!pmd_bad(*pmd))
		return (pte_t *) pmd_page(*pmd) + index;
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
	if (mm != current->active_mm)
		return;
	local_flush_tlb();
}

static inline void flush_tlb_page(struct vm_area_struct *vma,
				  unsigned long addr)
{
	struct mm_struct *loaded = current->active_mm;

	if (vma->vm_mm == loaded)
		__flush_tlb_one(addr);
}

/* No ranged invalidation on i386: the whole (non-global) TLB goes. */
static inline void flush_tlb_range(struct mm_struct *mm,
				   unsigned long start, unsigned long end)
{
	if (mm != current->active_mm)
		return;
	local_flush_tlb();
}

/* The TLB holds no page-table pages of its own on i386. */
static inline void flush_tlb_pgtables(struct mm_struct *mm,
				      unsigned long start, unsigned long end)
{
}

#endif /* _I386_PGALLOC_H */
