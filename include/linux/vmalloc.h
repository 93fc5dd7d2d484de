/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Virtually contiguous kernel memory: areas between VMALLOC_START and
 * VMALLOC_END backed by pages from anywhere (vmalloc) or by device
 * memory (ioremap), each followed by an unmapped guard page.
 * 情景分析 §2.10, §2.11.  Follows Linux 2.4.0 include/linux/vmalloc.h.
 */
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
static inline void *vmalloc(unsigned long size)
{
	return __vmalloc(size, GFP_KERNEL | __GFP_HIGHMEM, PAGE_KERNEL);
}

/* Pages an ISA device can reach (below 16 MB). */
static inline void *vmalloc_dma(unsigned long size)
{
	return __vmalloc(size, GFP_KERNEL | GFP_DMA, PAGE_KERNEL);
}

/* Pages with 32-bit physical addresses (no HighMem in a PAE kernel). */
static inline void *vmalloc_32(unsigned long size)
{
	return __vmalloc(size, GFP_KERNEL, PAGE_KERNEL);
}

/* Protects vmlist: get_vm_area and vfree write it, vread reads it. */
extern rwlock_t vmlist_lock;

extern struct vm_struct *vmlist;

#endif /* _LINUX_VMALLOC_H */
