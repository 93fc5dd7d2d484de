/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Fix-mapped addresses: a few virtual pages just below the top of the
 * address space whose address is a compile-time constant and whose
 * physical page is chosen at run time (__set_fixmap).  With HIGHMEM they
 * hold the kmap_atomic slots.
 * 情景分析 §2.1.  Follows Linux 2.4.0 include/asm-i386/fixmap.h.
 */
#ifndef _ASM_FIXMAP_H
#define _ASM_FIXMAP_H

#include <linux/config.h>
#include <linux/kernel.h>
#include <asm/page.h>
#ifdef CONFIG_HIGHMEM
#include <linux/threads.h>
#include <asm/kmap_types.h>
#endif

/*
 * One index per fixed page.  Index 0 is the highest address; entries
 * exist only for what is configured (no local/IO APIC, no Visual
 * Workstation here).
 */
enum fixed_addresses {
#ifdef CONFIG_X86_LOCAL_APIC
	FIX_APIC_BASE,
#endif
#ifdef CONFIG_X86_IO_APIC
	FIX_IO_APIC_BASE_0,
	FIX_IO_APIC_BASE_END = FIX_IO_APIC_BASE_0 + MAX_IO_APICS - 1,
#endif
#ifdef CONFIG_X86_VISWS_APIC
	FIX_CO_CPU,
	FIX_CO_APIC,
	FIX_LI_PCIA,
	FIX_LI_PCIB,
#endif
#ifdef CONFIG_HIGHMEM
	FIX_KMAP_BEGIN,		/* kmap_atomic: KM_TYPE_NR slots per CPU */
	FIX_KMAP_END = FIX_KMAP_BEGIN + (KM_TYPE_NR * NR_CPUS) - 1,
#endif
	__end_of_fixed_addresses
};

extern void __set_fixmap(enum fixed_addresses idx, unsigned long phys,
			 pgprot_t flags);

#define set_fixmap(idx, phys) \
		__set_fixmap(idx, phys, PAGE_KERNEL)
/* For device registers that must not be cached. */
#define set_fixmap_nocache(idx, phys) \
		__set_fixmap(idx, phys, PAGE_KERNEL_NOCACHE)

/*
 * The top page (0xfffff000) is left unused; the slots grow down from
 * FIXADDR_TOP, and vmalloc space ends where they begin.
 */
#define FIXADDR_TOP	(0xffffe000UL)
#define FIXADDR_SIZE	(__end_of_fixed_addresses << PAGE_SHIFT)
#define FIXADDR_START	(FIXADDR_TOP - FIXADDR_SIZE)

#define __fix_to_virt(x)	(FIXADDR_TOP - ((x) << PAGE_SHIFT))

/* Never defined: a bad constant index fails at link time. */
extern void __this_fixmap_does_not_exist(void);

/* Index to address; with a constant index the test folds away. */
static inline unsigned long fix_to_virt(const unsigned int idx)
{
	if (idx >= __end_of_fixed_addresses)
		__this_fixmap_does_not_exist();
	return __fix_to_virt(idx);
}

#endif
