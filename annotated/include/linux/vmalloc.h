/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Virtually contiguous kernel memory: areas between VMALLOC_START and
 * VMALLOC_END backed by pages from anywhere (vmalloc) or by device
 * memory (ioremap), each followed by an unmapped guard page.
 * 情景分析 §2.10, §2.11.  Follows Linux 2.4.0 include/linux/vmalloc.h.
 */
/// §2.10 内核缓冲区的管理（vmalloc）、§2.11 外部设备存储空间的地址映射（ioremap）：内核虚拟空间中 VMALLOC_START 到 VMALLOC_END
/// 之间的“虚存区间”。slab 和 kmalloc 分配的是物理上连续的内存（取自线性映射区）；vmalloc 只保证虚拟地址连续，每一页可以来自
/// 任何地方（包括高端内存），适合大块、不要求物理连续的缓冲区。ioremap 在同一区域里给设备的物理地址安排虚拟地址。
/// 2.4.0: include/linux/vmalloc.h
#ifndef _LINUX_VMALLOC_H
#define _LINUX_VMALLOC_H

#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/spinlock.h>

#include <asm/pgtable.h>

/* vm_struct->flags: who made the area. */
#define VM_IOREMAP	0x00000001	/* ioremap() */
#define VM_ALLOC	0x00000002	/* vmalloc() */

/* One area; vmlist keeps them sorted by address.  size counts the guard page. */
/// §2.11：每个区间一个描述结构，按地址从低到高串在 vmlist 上。size 包括区间后面一个不映射的“隔离页面”（guard page）：
/// 访问越界一页就会产生页面异常，而不会悄悄写到下一个区间里去。
struct vm_struct {
	unsigned long flags;
	void *addr;
	unsigned long size;
	struct vm_struct *next;
};

extern struct vm_struct *get_vm_area(unsigned long size, unsigned long flags);
extern void vfree(void *addr);
extern void *__vmalloc(unsigned long size, int gfp_mask, pgprot_t prot);
extern long vread(char *buf, char *addr, unsigned long count);
extern void vmfree_area_pages(unsigned long address, unsigned long size);
extern int vmalloc_area_pages(unsigned long address, unsigned long size,
			      int gfp_mask, pgprot_t prot);

/* Pages from any zone, HighMem first. */
/// §2.10：最常用的形式：页面可以来自任何管理区，带 __GFP_HIGHMEM 时优先从 HighMem 取——这些页面反正要通过页面表访问，不需要
/// 固定的内核地址，正好把宝贵的低端内存留给别人。
/// 2.4.0: include/linux/vmalloc.h vmalloc()
static inline void *vmalloc(unsigned long size)
{
	return __vmalloc(size, GFP_KERNEL | __GFP_HIGHMEM, PAGE_KERNEL);
}

/* Pages an ISA device can reach (below 16 MB). */
/// §2.10：页面全部取自 DMA 管理区（物理地址 16 MB 以下），给只能访问低 16 MB 的 ISA 设备用。
/// 2.4.0: include/linux/vmalloc.h vmalloc_dma()
static inline void *vmalloc_dma(unsigned long size)
{
	return __vmalloc(size, GFP_KERNEL | GFP_DMA, PAGE_KERNEL);
}

/* Pages with 32-bit physical addresses (no HighMem in a PAE kernel). */
/// §2.10：不要 HighMem 页面：物理地址都在 4 GB 以下（对开了 PAE、内存超过 4 GB 的机器有意义），供只有 32 位地址的 PCI 设备用。
/// 2.4.0: include/linux/vmalloc.h vmalloc_32()
static inline void *vmalloc_32(unsigned long size)
{
	return __vmalloc(size, GFP_KERNEL, PAGE_KERNEL);
}

/* Protects vmlist: get_vm_area and vfree write it, vread reads it. */
/// 读写锁：get_vm_area()、vfree() 改 vmlist 时写锁，vread()（/proc/kcore）只读。单处理器时是空操作。
extern rwlock_t vmlist_lock;

extern struct vm_struct *vmlist;

#endif /* _LINUX_VMALLOC_H */
