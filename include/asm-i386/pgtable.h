/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Page tables: the entry bits, the protections user mappings get, the
 * accessors the rest of mm/ uses on pgd/pmd/pte entries, TLB flushing and
 * the layout of kernel virtual space above the linear map (vmalloc).
 * 情景分析 §2.1-§2.3.  Follows Linux 2.4.0 include/asm-i386/pgtable.h.
 */
#ifndef _I386_PGTABLE_H
#define _I386_PGTABLE_H

#include <linux/config.h>

#ifndef __ASSEMBLY__
#include <asm/processor.h>
#include <asm/fixmap.h>
#include <asm/bitops.h>
#include <linux/threads.h>

extern pgd_t swapper_pg_dir[1024];
extern void paging_init(void);

/* i386 caches are physically indexed: nothing to flush for aliases. */
#define flush_cache_all()			do { } while (0)
#define flush_cache_mm(mm)			do { } while (0)
#define flush_cache_range(mm, start, end)	do { } while (0)
#define flush_cache_page(vma, vmaddr)		do { } while (0)
#define flush_page_to_ram(page)			do { } while (0)
#define flush_dcache_page(page)			do { } while (0)
#define flush_icache_range(start, end)		do { } while (0)
#define flush_icache_page(vma, pg)		do { } while (0)

#ifndef HOST_TEST
/* Rewriting CR3 drops every TLB entry that is not global. */
#define __flush_tlb() \
	do { \
		unsigned int __tmp; \
		__asm__ __volatile__("movl %%cr3, %0\n\t" \
				     "movl %0, %%cr3" \
				     : "=r" (__tmp) : : "memory"); \
	} while (0)

/* Global entries go only while CR4.PGE is off. */
#define __flush_tlb_global() \
	do { \
		unsigned int __tmp; \
		__asm__ __volatile__("movl %1, %%cr4\n\t" \
				     "movl %%cr3, %0\n\t" \
				     "movl %0, %%cr3\n\t" \
				     "movl %2, %%cr4" \
				     : "=&r" (__tmp) \
				     : "r" (mmu_cr4_features & ~X86_CR4_PGE), \
				       "r" (mmu_cr4_features) \
				     : "memory"); \
	} while (0)

#ifndef CONFIG_X86_INVLPG
#define __flush_tlb_one(addr)	__flush_tlb()
#else
#define __flush_tlb_one(addr) \
	__asm__ __volatile__("invlpg %0" : : "m" (*(char *) (addr)))
#endif

/* Port: paging_init's CR3 load, named so host tests can stand in for it. */
#define load_cr3(pgdir) \
	__asm__ __volatile__("movl %0, %%cr3" : : "r" (__pa(pgdir)) : "memory")
#else
/* Host tests (tests/host/shim/paging_host.c) count these instead. */
extern void host_flush_tlb(void);
extern void host_flush_tlb_global(void);
extern void host_flush_tlb_one(unsigned long addr);
extern void host_load_cr3(unsigned long phys);
extern void set_in_cr4(unsigned long mask);
#define __flush_tlb()		host_flush_tlb()
#define __flush_tlb_global()	host_flush_tlb_global()
#define __flush_tlb_one(addr)	host_flush_tlb_one((unsigned long) (addr))
#define load_cr3(pgdir)		host_load_cr3(__pa(pgdir))
#endif /* HOST_TEST */

#ifdef CONFIG_X86_PGE
#define __flush_tlb_all()	__flush_tlb_global()
#else
#define __flush_tlb_all() \
	do { \
		if (cpu_has_pge) \
			__flush_tlb_global(); \
		else \
			__flush_tlb(); \
	} while (0)
#endif

/* The page every read of never-written anonymous memory maps. */
extern unsigned long empty_zero_page[1024];
#define ZERO_PAGE(vaddr)	(virt_to_page(empty_zero_page))

#endif /* !__ASSEMBLY__ */

#ifdef CONFIG_X86_PAE
#include <asm/pgtable-3level.h>
#else
#include <asm/pgtable-2level.h>
#endif

#define PMD_SIZE	(1UL << PMD_SHIFT)
#define PMD_MASK	(~(PMD_SIZE - 1))
#define PGDIR_SIZE	(1UL << PGDIR_SHIFT)
#define PGDIR_MASK	(~(PGDIR_SIZE - 1))

/* pgd slots below TASK_SIZE belong to user space: 768 of 1024. */
#define USER_PTRS_PER_PGD	(TASK_SIZE / PGDIR_SIZE)
#define FIRST_USER_PGD_NR	0

#define USER_PGD_PTRS		(PAGE_OFFSET >> PGDIR_SHIFT)
#define KERNEL_PGD_PTRS		(PTRS_PER_PGD - USER_PGD_PTRS)

/* head.S builds two-level boot tables even for a PAE kernel. */
#define TWOLEVEL_PGDIR_SHIFT	22
#define BOOT_USER_PGD_PTRS	(__PAGE_OFFSET >> TWOLEVEL_PGDIR_SHIFT)
#define BOOT_KERNEL_PGD_PTRS	(1024 - BOOT_USER_PGD_PTRS)

#ifndef __ASSEMBLY__
/*
 * vmalloc space starts 8-16 MB above the end of the linear map (a hole
 * that catches stray accesses past high_memory), on an 8 MB boundary,
 * and runs up to the fixmaps.
 */
#define VMALLOC_OFFSET	(8 * 1024 * 1024)
#define VMALLOC_START \
	(((unsigned long) high_memory + 2 * VMALLOC_OFFSET - 1) & \
	 ~(VMALLOC_OFFSET - 1))
#define VMALLOC_VMADDR(x)	((unsigned long) (x))
#define VMALLOC_END	(FIXADDR_START)

/* Hardware bits of a pte/pde, by number ... */
#define _PAGE_BIT_PRESENT	0
#define _PAGE_BIT_RW		1
#define _PAGE_BIT_USER		2
#define _PAGE_BIT_PWT		3
#define _PAGE_BIT_PCD		4
#define _PAGE_BIT_ACCESSED	5
#define _PAGE_BIT_DIRTY		6
#define _PAGE_BIT_PSE		7	/* in a pde: 4 MB page */
#define _PAGE_BIT_GLOBAL	8	/* survives a CR3 reload */

/* ... and as masks. */
#define _PAGE_PRESENT	0x001
#define _PAGE_RW	0x002
#define _PAGE_USER	0x004
#define _PAGE_PWT	0x008
#define _PAGE_PCD	0x010
#define _PAGE_ACCESSED	0x020
#define _PAGE_DIRTY	0x040
#define _PAGE_PSE	0x080
#define _PAGE_GLOBAL	0x100

/* Software: a PROT_NONE page, not present to the CPU but to the VM. */
#define _PAGE_PROTNONE	0x080

#define _PAGE_TABLE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_USER | \
			 _PAGE_ACCESSED | _PAGE_DIRTY)
#define _KERNPG_TABLE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | \
			 _PAGE_DIRTY)
/* What pte_modify keeps: the frame and the bits the CPU set. */
#define _PAGE_CHG_MASK	(PTE_MASK | _PAGE_ACCESSED | _PAGE_DIRTY)

#define PAGE_NONE	__pgprot(_PAGE_PROTNONE | _PAGE_ACCESSED)
#define PAGE_SHARED	__pgprot(_PAGE_PRESENT | _PAGE_RW | _PAGE_USER | \
				 _PAGE_ACCESSED)
#define PAGE_COPY	__pgprot(_PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED)
#define PAGE_READONLY	__pgprot(_PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED)

#define __PAGE_KERNEL \
	(_PAGE_PRESENT | _PAGE_RW | _PAGE_DIRTY | _PAGE_ACCESSED)
#define __PAGE_KERNEL_NOCACHE \
	(_PAGE_PRESENT | _PAGE_RW | _PAGE_DIRTY | _PAGE_PCD | _PAGE_ACCESSED)
#define __PAGE_KERNEL_RO \
	(_PAGE_PRESENT | _PAGE_DIRTY | _PAGE_ACCESSED)

/* Kernel mappings are global when the CPU can do it. */
#ifdef CONFIG_X86_PGE
#define MAKE_GLOBAL(x)	__pgprot((x) | _PAGE_GLOBAL)
#else
#define MAKE_GLOBAL(x) \
	({ \
		pgprot_t __ret; \
		if (cpu_has_pge) \
			__ret = __pgprot((x) | _PAGE_GLOBAL); \
		else \
			__ret = __pgprot(x); \
		__ret; \
	})
#endif

#define PAGE_KERNEL		MAKE_GLOBAL(__PAGE_KERNEL)
#define PAGE_KERNEL_RO		MAKE_GLOBAL(__PAGE_KERNEL_RO)
#define PAGE_KERNEL_NOCACHE	MAKE_GLOBAL(__PAGE_KERNEL_NOCACHE)

/*
 * protection_map[] (mm/mmap.c), indexed by vm_flags & 0xf.  __Pxwr is a
 * private mapping, __Sxwr a shared one; the digits are exec, write,
 * read.  i386 cannot refuse reads or execution of a present page, and a
 * private writable page starts read-only so the first write copies it.
 */
#define __P000	PAGE_NONE
#define __P001	PAGE_READONLY
#define __P010	PAGE_COPY
#define __P011	PAGE_COPY
#define __P100	PAGE_READONLY
#define __P101	PAGE_READONLY
#define __P110	PAGE_COPY
#define __P111	PAGE_COPY

#define __S000	PAGE_NONE
#define __S001	PAGE_READONLY
#define __S010	PAGE_SHARED
#define __S011	PAGE_SHARED
#define __S100	PAGE_READONLY
#define __S101	PAGE_READONLY
#define __S110	PAGE_SHARED
#define __S111	PAGE_SHARED

/* The boot page table for 0-4 MB (head.S). */
extern unsigned long pg0[1024];

#define pte_present(x)	((x).pte_low & (_PAGE_PRESENT | _PAGE_PROTNONE))
#define pte_clear(xp)	do { set_pte(xp, __pte(0)); } while (0)

#define pmd_none(x)	(!pmd_val(x))
#define pmd_present(x)	(pmd_val(x) & _PAGE_PRESENT)
#define pmd_clear(xp)	do { set_pmd(xp, __pmd(0)); } while (0)
/* A pmd pointing to a page table looks like _KERNPG_TABLE (USER aside). */
#define pmd_bad(x)	((pmd_val(x) & (~PAGE_MASK & ~_PAGE_USER)) != \
			 _KERNPG_TABLE)

/* page_address(page), page->virtual, is in <linux/mm.h> in this port. */
#define pages_to_mb(x)	((x) >> (20 - PAGE_SHIFT))

/* i386 has no separate read or execute permission: USER stands for both. */
static inline int pte_read(pte_t pte)
{
	return (pte).pte_low & _PAGE_USER;
}

static inline int pte_exec(pte_t pte)
{
	return (pte).pte_low & _PAGE_USER;
}

static inline int pte_dirty(pte_t pte)
{
	return (pte).pte_low & _PAGE_DIRTY;
}

static inline int pte_young(pte_t pte)
{
	return (pte).pte_low & _PAGE_ACCESSED;
}

static inline int pte_write(pte_t pte)
{
	return (pte).pte_low & _PAGE_RW;
}

static inline pte_t pte_rdprotect(pte_t pte)
{
	(pte).pte_low &= ~_PAGE_USER;
	return pte;
}

static inline pte_t pte_exprotect(pte_t pte)
{
	(pte).pte_low &= ~_PAGE_USER;
	return pte;
}

static inline pte_t pte_mkclean(pte_t pte)
{
	(pte).pte_low &= ~_PAGE_DIRTY;
	return pte;
}

static inline pte_t pte_mkold(pte_t pte)
{
	(pte).pte_low &= ~_PAGE_ACCESSED;
	return pte;
}

static inline pte_t pte_wrprotect(pte_t pte)
{
	(pte).pte_low &= ~_PAGE_RW;
	return pte;
}

static inline pte_t pte_mkread(pte_t pte)
{
	(pte).pte_low |= _PAGE_USER;
	return pte;
}

static inline pte_t pte_mkexec(pte_t pte)
{
	(pte).pte_low |= _PAGE_USER;
	return pte;
}

static inline pte_t pte_mkdirty(pte_t pte)
{
	(pte).pte_low |= _PAGE_DIRTY;
	return pte;
}

static inline pte_t pte_mkyoung(pte_t pte)
{
	(pte).pte_low |= _PAGE_ACCESSED;
	return pte;
}

static inline pte_t pte_mkwrite(pte_t pte)
{
	(pte).pte_low |= _PAGE_RW;
	return pte;
}

/* Locked bit operations: the CPU may set A or D at the same moment. */
static inline int ptep_test_and_clear_dirty(pte_t *ptep)
{
	return test_and_clear_bit(_PAGE_BIT_DIRTY, ptep);
}

static inline int ptep_test_and_clear_young(pte_t *ptep)
{
	return test_and_clear_bit(_PAGE_BIT_ACCESSED, ptep);
}

static inline void ptep_set_wrprotect(pte_t *ptep)
{
	clear_bit(_PAGE_BIT_RW, ptep);
}

static inline void ptep_mkdirty(pte_t *ptep)
{
	set_bit(_PAGE_BIT_DIRTY, ptep);
}

/* A page (its index in mem_map) and a protection make a pte. */
#define mk_pte(page, pgprot)	__mk_pte((page) - mem_map, (pgprot))

/* Same from a physical address (ioremap, the kernel's own tables). */
#define mk_pte_phys(physpage, pgprot) \
	__mk_pte((physpage) >> PAGE_SHIFT, pgprot)

static inline pte_t pte_modify(pte_t pte, pgprot_t newprot)
{
	pte.pte_low &= _PAGE_CHG_MASK;
	pte.pte_low |= pgprot_val(newprot);
	return pte;
}

/* Kernel virtual address of the page table a pmd entry points to. */
#define pmd_page(pmd) \
	((unsigned long) __va(pmd_val(pmd) & PAGE_MASK))

#define pgd_index(address) \
	(((address) >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1))

#define __pgd_offset(address)	pgd_index(address)

#define pgd_offset(mm, address)	((mm)->pgd + pgd_index(address))

/* The kernel's own page directory: init_mm's, swapper_pg_dir. */
#define pgd_offset_k(address)	pgd_offset(&init_mm, address)

#define __pmd_offset(address) \
		(((address) >> PMD_SHIFT) & (PTRS_PER_PMD - 1))

#define __pte_offset(address) \
		(((address) >> PAGE_SHIFT) & (PTRS_PER_PTE - 1))
#define pte_offset(dir, address) ((pte_t *) pmd_page(*(dir)) + \
			__pte_offset(address))

/* The page tables are all the MMU knows: nothing else to update. */
#define update_mmu_cache(vma, address, pte)	do { } while (0)

/*
 * A swapped-out page's pte: present bit 0, swap type in bits 1-6, page
 * offset in the swap area from bit 8 (bit 7, PROTNONE, stays clear).
 */
#define SWP_TYPE(x)		(((x).val >> 1) & 0x3f)
#define SWP_OFFSET(x)		((x).val >> 8)
#define SWP_ENTRY(type, offset) \
	((swp_entry_t) { ((type) << 1) | ((offset) << 8) })
#define pte_to_swp_entry(pte)	((swp_entry_t) { (pte).pte_low })
#define swp_entry_to_pte(x)	((pte_t) { (x).val })

#endif /* !__ASSEMBLY__ */

#define PageSkip(page)		(0)
#define kern_addr_valid(addr)	(1)

#define io_remap_page_range	remap_page_range

#endif /* _I386_PGTABLE_H */
