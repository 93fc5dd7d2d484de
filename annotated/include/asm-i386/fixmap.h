/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Fix-mapped addresses: a few virtual pages just below the top of the
 * address space whose address is a compile-time constant and whose
 * physical page is chosen at run time (__set_fixmap).  With HIGHMEM they
 * hold the kmap_atomic slots.
 * 情景分析 §2.1.  Follows Linux 2.4.0 include/asm-i386/fixmap.h.
 */
/// §2.1 Linux内存管理的基本框架：“固定映射”——4 GB 顶端往下的若干个虚拟页面，虚拟地址在编译时就是常数（__fix_to_virt(idx)），
/// 映射到哪个物理页面则在运行时用 set_fixmap() 决定。适合那些要一个固定的内核地址、但物理地址事先不知道的东西：APIC 寄存器、
/// kmap_atomic() 的槽位。它们的页面表由 pagetable_init() 预先建好（fixrange_init），所以设置一个 fixmap 永远不需要分配内存。
/// 2.4.0: include/asm-i386/fixmap.h
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
/// 每种固定映射一个下标，只为配置了的功能留位置。本移植是单处理器、没有 APIC，只有 HIGHMEM 的 kmap_atomic 槽位：
/// KM_TYPE_NR × NR_CPUS = 2 个，即 FIX_KMAP_BEGIN = 0、FIX_KMAP_END = 1，__end_of_fixed_addresses = 2。
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

/// 在 arch/i386/mm/init.c：在 fixmap 页面表里填一个页面表项，属性是 PAGE_KERNEL 再或上 flags，然后只刷这一个地址的 TLB。
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
/// 最高的 fixmap 是 0xffffe000，最顶上的 0xfffff000 一页不用。下标 0 对应最高地址，下标越大地址越低：
/// 本配置 FIXADDR_START = 0xffffe000 − 2 × 4 KB = 0xffffc000，这也是 vmalloc 区的终点 VMALLOC_END。
#define FIXADDR_TOP	(0xffffe000UL)
#define FIXADDR_SIZE	(__end_of_fixed_addresses << PAGE_SHIFT)
#define FIXADDR_START	(FIXADDR_TOP - FIXADDR_SIZE)

#define __fix_to_virt(x)	(FIXADDR_TOP - ((x) << PAGE_SHIFT))

/* Never defined: a bad constant index fails at link time. */
/// 这个函数故意不定义。
extern void __this_fixmap_does_not_exist(void);

/* Index to address; with a constant index the test folds away. */
/// §2.1：下标换成虚拟地址。下标是常数时，编译器在编译时就算出比较的结果，合法的调用里 if 整个被优化掉；下标越界时对这个
/// 不存在的函数的调用留了下来，链接时报错——把错误从运行时提前到了链接时。
/// 2.4.0: include/asm-i386/fixmap.h fix_to_virt()
static inline unsigned long fix_to_virt(const unsigned int idx)
{
	if (idx >= __end_of_fixed_addresses)
		__this_fixmap_does_not_exist();
	return __fix_to_virt(idx);
}

#endif
