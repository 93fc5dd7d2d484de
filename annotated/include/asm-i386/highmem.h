/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * i386 HIGHMEM: pages above the 896 MB linear map have no permanent
 * kernel address.  kmap() lends one of LAST_PKMAP addresses of the
 * pkmap window (may sleep); kmap_atomic() uses a per-CPU fixmap slot
 * (never sleeps, one user per slot at a time).
 * 情景分析 §2.1 (HIGHMEM).  Follows Linux 2.4.0 include/asm-i386/highmem.h.
 */
/// §2.1 Linux内存管理的基本框架（高端内存）：内核的 1 GB 虚拟空间只能线性映射 896 MB 物理内存（另 128 MB 留给 vmalloc、
/// fixmap 等），更高的物理页面（ZONE_HIGHMEM）没有固定的内核地址。内核要访问它时临时借一个虚拟地址：kmap() 从 pkmap 窗口
/// （0xfe000000 起 1024 页）借一个，可能要睡眠等待；kmap_atomic() 用 fixmap 中每个 CPU 每种用途固定的一页，不睡眠，但同一
/// 用途同时只能映射一个页面。本移植配置了 CONFIG_HIGHMEM（HIGHMEM4G，不开 PAE）。
/// 2.4.0: include/asm-i386/highmem.h
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
/// 2.4.0 发布时这个调试开关是打开的：kmap_atomic 检查槽位是否空闲，kunmap_atomic 真的清掉页面表项，错误使用会立即暴露。
#define HIGHMEM_DEBUG 1

/* Uniprocessor: the only CPU is 0 (linux/smp.h in 2.4.0). */
/// 2.4.0 的 smp_processor_id() 来自 linux/smp.h，单处理器时定义为 0。本移植还没有 linux/smp.h，这里给出同样的定义；
/// 将来有了 smp.h，两者逐字相同，不会冲突。
#ifndef smp_processor_id
#define smp_processor_id() 0
#endif

/* setup.c: page frames [highstart_pfn, highend_pfn) are ZONE_HIGHMEM. */
extern unsigned long highstart_pfn, highend_pfn;

/// mem_map + highstart_pfn：第一个高端页面的页面描述结构（定义在 mm/memory.c，mem_init() 设置）。判断一个页面在不在高端内存，
/// 只要比较指针大小——mem_map 按物理地址排列。
extern struct page *highmem_start_page;

/* arch/i386/mm/init.c */
/// kmap_pte 是 FIX_KMAP_BEGIN 那个 fixmap 槽位的页面表项地址，kmap_prot 是 kmap 用的保护属性（PAGE_KERNEL），都由 kmap_init() 设置。
extern pte_t *kmap_pte;
extern pgprot_t kmap_prot;
/* mm/highmem.c: the page table of the pkmap window */
extern pte_t *pkmap_page_table;

extern void kmap_init(void) __init;

/* One page table's worth of addresses, in its own 4 MB slot. */
/// pkmap 窗口：0xfe000000 起的 4 MB，正好一张页面表（LAST_PKMAP = 1024 项），由 pagetable_init() 预先分配。PAE 时页面表项 8 字节，
/// 一页只放 512 项。
#define PKMAP_BASE	(0xfe000000UL)
#ifdef CONFIG_X86_PAE
#define LAST_PKMAP	512
#else
#define LAST_PKMAP	1024
#endif
#define LAST_PKMAP_MASK	(LAST_PKMAP - 1)
/// 窗口内的地址 ↔ 槽位号（页面表下标）。
#define PKMAP_NR(virt)	(((virt) - PKMAP_BASE) >> PAGE_SHIFT)
#define PKMAP_ADDR(nr)	(PKMAP_BASE + ((nr) << PAGE_SHIFT))

/// 与 2.4.0 的差别：2.4.0 用 FASTCALL（寄存器传参）声明这两个函数；本移植的 linkage.h 没有 FASTCALL，用普通调用约定。
extern void *kmap_high(struct page *page);
extern void kunmap_high(struct page *page);

/* Low pages are always mapped; only a HighMem page needs a pkmap slot. */
/// §2.1（高端内存）：给页面一个内核虚拟地址。低端页面本来就有（page->virtual），直接返回；高端页面交给 kmap_high() 在 pkmap
/// 窗口中借一个。用完必须 kunmap()。
/// 与 2.4.0 相同，先检查 in_interrupt()（asm/hardirq.h 的中断嵌套计数）：在中断里调用就 BUG()，因为 kmap_high 可能睡眠。
/// 2.4.0: include/asm-i386/highmem.h kmap()
static inline void *kmap(struct page *page)
{
	if (in_interrupt())
		BUG();
	/// highmem_start_page 之前的页面都在线性映射里。
	return page < highmem_start_page ? page_address(page)
					 : kmap_high(page);
}

/// §2.1（高端内存）：归还 kmap() 借的地址。低端页面什么也不用做。与 kmap 一样不许在中断里调用（2.4.0 同样 BUG()）。
/// 2.4.0: include/asm-i386/highmem.h kunmap()
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
/// §2.1（高端内存）：不睡眠的临时映射，可在中断中使用。槽位由用途（type）和 CPU 号决定，不需要查找、不需要锁；代价是同一 CPU
/// 同一用途一次只能映射一个页面，而且必须在睡眠、被抢占之前 kunmap_atomic()。
/// 2.4.0: include/asm-i386/highmem.h kmap_atomic()
static inline void *kmap_atomic(struct page *page, enum km_type type)
{
	enum fixed_addresses idx;
	unsigned long vaddr;
	pte_t *pte;

	if (page < highmem_start_page)
		return page_address(page);

	/// fixmap 下标越大地址越低，而同一张页面表里地址越低页面表项越靠前：所以槽位 idx 的页面表项在 kmap_pte − idx。
	idx = type + KM_TYPE_NR * smp_processor_id();
	pte = kmap_pte - idx;
	vaddr = __fix_to_virt(FIX_KMAP_BEGIN + idx);
#if HIGHMEM_DEBUG
	/* Still in use: a kunmap_atomic() is missing. */
	/// 槽位还被占着说明上一次用完没有 kunmap_atomic()，是程序错误。
	if (!pte_none(*pte))
		BUG();
#endif
	set_pte(pte, mk_pte(page, kmap_prot));
	/// 这个地址以前可能映射过别的页面，TLB 中也许还留着旧的转换，只作废这一个地址即可。
	__flush_tlb_one(vaddr);
	return (void *) vaddr;
}

/* Only the debug build clears the slot, so a stale use faults. */
/// §2.1（高端内存）：结束 kmap_atomic() 映射。正式版本什么也不做（下次使用时覆盖），调试版本把页面表项清掉并刷 TLB，
/// 让过期的使用立即引起页面异常。
/// 2.4.0: include/asm-i386/highmem.h kunmap_atomic()
static inline void kunmap_atomic(void *kvaddr, enum km_type type)
{
#if HIGHMEM_DEBUG
	/// slot 是本 CPU 这一用途的槽位地址，先算出来（只是计算，没有副作用）。
	enum fixed_addresses idx = KM_TYPE_NR * smp_processor_id() + type;
	unsigned long slot = __fix_to_virt(FIX_KMAP_BEGIN + idx);

	/* A low page: kmap_atomic() mapped nothing. */
	/// 低端页面 kmap_atomic() 直接返回了线性映射的地址，没有占用槽位，这里也就不用清。
	if ((unsigned long) kvaddr < FIXADDR_START)
		return;
	/// 地址与 type 对不上：调用者把用途弄错了。
	if ((unsigned long) kvaddr != slot)
		BUG();
	pte_clear(kmap_pte - idx);
	__flush_tlb_one(slot);
#endif
}

#endif /* __KERNEL__ */

#endif /* _ASM_HIGHMEM_H */
