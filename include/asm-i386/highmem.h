/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * i386 HIGHMEM: pages above the 896 MB linear map have no permanent
 * kernel address.  kmap() lends one of LAST_PKMAP addresses of the
 * pkmap window (may sleep); kmap_atomic() uses a per-CPU fixmap slot
 * (never sleeps, one user per slot at a time).
 * 情景分析 §2.1 (HIGHMEM).  Follows Linux 2.4.0 include/asm-i386/highmem.h.
 */
#ifndef _ASM_HIGHMEM_H
#define _ASM_HIGHMEM_H

#ifdef __KERNEL__

#include <linux/config.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/interrupt.h>
#include <asm/kmap_types.h>
#include <asm/pgtable.h>

/* 2.4.0 ships with the kmap_atomic checks on. */
#define HIGHMEM_DEBUG 1

/* Uniprocessor: the only CPU is 0 (linux/smp.h in 2.4.0). */
#ifndef smp_processor_id
#define smp_processor_id() 0
#endif

/* setup.c: page frames [highstart_pfn, highend_pfn) are ZONE_HIGHMEM. */
extern unsigned long highstart_pfn, highend_pfn;

extern struct page *highmem_start_page;

/* arch/i386/mm/init.c */
extern pte_t *kmap_pte;
extern pgprot_t kmap_prot;
/* mm/highmem.c: the page table of the pkmap window */
extern pte_t *pkmap_page_table;

extern void kmap_init(void) __init;

/* One page table's worth of addresses, in its own 4 MB slot. */
#define PKMAP_BASE	(0xfe000000UL)
#ifdef CONFIG_X86_PAE
#define LAST_PKMAP	512
#else
#define LAST_PKMAP	1024
#endif
#define LAST_PKMAP_MASK	(LAST_PKMAP - 1)
#define PKMAP_NR(virt)	(((virt) - PKMAP_BASE) >> PAGE_SHIFT)
#define PKMAP_ADDR(nr)	(PKMAP_BASE + ((nr) << PAGE_SHIFT))

extern void *kmap_high(struct page *page);
extern void kunmap_high(struct page *page);

/* Low pages are always mapped; only a HighMem page needs a pkmap slot. */
static inline void *kmap(struct page *page)
{
	if (in_interrupt())
		BUG();
	return page < highmem_start_page ? page_address(page)
					 : kmap_high(page);
}

static inline void kunmap(struct page *page)
{
	if (in_interrupt())
		BUG();
	if (page >= highmem_start_page)
		kunmap_high(page);
}

/*
 * Slot type of this CPU in the FIX_KMAP area.  Fixmap indices grow
 * downwards in address, so slot idx's pte is kmap_pte - idx.
 */
static inline void *kmap_atomic(struct page *page, enum km_type type)
{
	enum fixed_addresses idx;
	unsigned long vaddr;
	pte_t *pte;

	if (page < highmem_start_page)
		return page_address(page);

	idx = type + KM_TYPE_NR * smp_processor_id();
	pte = kmap_pte - idx;
	vaddr = __fix_to_virt(FIX_KMAP_BEGIN + idx);
#if HIGHMEM_DEBUG
	/* Still in use: a kunmap_atomic() is missing. */
	if (!pte_none(*pte))
		BUG();
#endif
	set_pte(pte, mk_pte(page, kmap_prot));
	__flush_tlb_one(vaddr);
	return (void *) vaddr;
}

/* Only the debug build clears the slot, so a stale use faults. */
static inline void kunmap_atomic(void *kvaddr, enum km_type type)
{
#if HIGHMEM_DEBUG
	enum fixed_addresses idx = KM_TYPE_NR * smp_processor_id() + type;
	unsigned long slot = __fix_to_virt(FIX_KMAP_BEGIN + idx);

	/* A low page: kmap_atomic() mapped nothing. */
	if ((unsigned long) kvaddr < FIXADDR_START)
		return;
	if ((unsigned long) kvaddr != slot)
		BUG();
	pte_clear(kmap_pte - idx);
	__flush_tlb_one(slot);
#endif
}

#endif /* __KERNEL__ */

#endif /* _ASM_HIGHMEM_H */
