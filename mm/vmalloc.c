// SPDX-License-Identifier: GPL-2.0-only
/*
 * vmalloc: virtually contiguous kernel memory built from pages that need
 * not be physically contiguous, mapped through init_mm's page tables
 * between VMALLOC_START and VMALLOC_END.  get_vm_area also serves
 * ioremap.
 * 情景分析 §2.10, §2.11.  Follows Linux 2.4.0 mm/vmalloc.c.
 */
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/spinlock.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>

/* Port: linux/smp_lock.h is not ported; uniprocessor, so no-ops as there. */
#define lock_kernel()		do { } while (0)
#define unlock_kernel()		do { } while (0)

rwlock_t vmlist_lock = RW_LOCK_UNLOCKED;
struct vm_struct *vmlist;

/*
 * Clear the ptes of [address, address + size) within one page table and
 * free the pages they mapped (not reserved ones: ioremap'ed memory).
 */
static inline void free_area_pte(pmd_t *pmd, unsigned long address,
				 unsigned long size)
{
	unsigned long off, stop;
	pte_t *ptep;

	if (pmd_none(*pmd))
		return;
	if (pmd_bad(*pmd))
		goto bad;
	ptep = pte_offset(pmd, address);
	off = address & ~PMD_MASK;		/* within this table */
	stop = off + size;
	if (stop > PMD_SIZE)
		stop = PMD_SIZE;
	do {
		pte_t old = ptep_get_and_clear(ptep++);
		struct page *pg;

		if (pte_none(old))
			continue;
		if (!pte_present(old)) {
			/* a kernel page is never swapped: complain, go on */
			printk(KERN_CRIT "Whee.. Swapped out page in kernel "
			       "page table\n");
			continue;
		}
		pg = pte_page(old);
		if (VALID_PAGE(pg) && !PageReserved(pg))
			__free_page(pg);
	} while ((off += PAGE_SIZE) < stop);
	return;
bad:
	pmd_ERROR(*pmd);
	pmd_clear(pmd);
}

/* The same within one pgd entry's range, pmd by pmd. */
static inline void free_area_pmd(pgd_t *dir, unsigned long address,
				 unsigned long size)
{
	unsigned long off, stop;
	pmd_t *pmdp;

	if (pgd_none(*dir))
		return;
	if (pgd_bad(*dir))
		goto bad;
	pmdp = pmd_offset(dir, address);
	off = address & ~PGDIR_MASK;		/* within this pgd entry */
	stop = off + size;
	if (stop > PGDIR_SIZE)
		stop = PGDIR_SIZE;
	do {
		free_area_pte(pmdp++, off, stop - off);
		off = (off + PMD_SIZE) & PMD_MASK;
	} while (off < stop);
	return;
bad:
	pgd_ERROR(*dir);
	pgd_clear(dir);
}

/* Unmap and free a kernel range; its page tables stay for the next user. */
void vmfree_area_pages(unsigned long address, unsigned long size)
{
	unsigned long limit = address + size;
	pgd_t *pgd = pgd_offset_k(address);

	flush_cache_all();
	do {
		free_area_pmd(pgd++, address, limit - address);
		address = (address + PGDIR_SIZE) & PGDIR_MASK;
	} while (address != 0 && address < limit);	/* 0: wrapped */
	flush_tlb_all();
}

/* Fill ptes of one page table with freshly allocated pages. */
static inline int alloc_area_pte(pte_t *pte, unsigned long address,
				 unsigned long size, int gfp_mask,
				 pgprot_t prot)
{
	unsigned long off = address & ~PMD_MASK;	/* within this table */
	unsigned long stop = off + size;

	if (stop > PMD_SIZE)
		stop = PMD_SIZE;
	do {
		struct page *pg;

		if (!pte_none(*pte))
			printk(KERN_ERR "alloc_area_pte: page already "
			       "exists\n");
		pg = alloc_page(gfp_mask);
		if (pg == NULL)
			return -ENOMEM;
		set_pte(pte, mk_pte(pg, prot));
		pte++;
	} while ((off += PAGE_SIZE) < stop);
	return 0;
}

/* Page table by page table within one pgd entry, allocating tables. */
static inline int alloc_area_pmd(pmd_t *pmd, unsigned long address,
				 unsigned long size, int gfp_mask,
				 pgprot_t prot)
{
	unsigned long off = address & ~PGDIR_MASK;	/* within this pgd */
	unsigned long stop = off + size;

	if (stop > PGDIR_SIZE)
		stop = PGDIR_SIZE;
	do {
		pte_t *table = pte_alloc_kernel(pmd++, off);

		if (table == NULL ||
		    alloc_area_pte(table, off, stop - off, gfp_mask, prot))
			return -ENOMEM;
		off = (off + PMD_SIZE) & PMD_MASK;	/* next table */
	} while (off < stop);
	return 0;
}

/*
 * Back [address, address + size) with pages in init_mm's page tables.
 * Other page directories copy the new pgd entries on their first fault
 * there (the vmalloc case of do_page_fault).
 */
int vmalloc_area_pages(unsigned long address, unsigned long size,
		       int gfp_mask, pgprot_t prot)
{
	unsigned long limit = address + size;
	pgd_t *pgd = pgd_offset_k(address);
	int err = 0;

	flush_cache_all();
	lock_kernel();
	do {
		pmd_t *pmd = pmd_alloc_kernel(pgd, address);

		if (pmd == NULL ||
		    alloc_area_pmd(pmd, address, limit - address, gfp_mask,
				   prot)) {
			err = -ENOMEM;
			break;
		}
		address = (address + PGDIR_SIZE) & PGDIR_MASK;
		pgd++;
	} while (address != 0 && address < limit);	/* 0: wrapped */
	unlock_kernel();
	flush_tlb_all();
	return err;
}

/*
 * Reserve size bytes (plus a guard page) of kernel virtual space: the
 * first gap from VMALLOC_START up in the address-sorted vmlist.
 */
struct vm_struct *get_vm_area(unsigned long size, unsigned long flags)
{
	struct vm_struct *area, *next, **link;
	unsigned long start = VMALLOC_START;

	area = kmalloc(sizeof(*area), GFP_KERNEL);
	if (area == NULL)
		return NULL;
	size += PAGE_SIZE;			/* the guard page */

	write_lock(&vmlist_lock);
	for (link = &vmlist; (next = *link) != NULL; link = &next->next) {
		if (start + size < start)
			goto no_room;		/* wraps past 4 GB */
		/* Strictly below: a hole of exactly size is passed over. */
		if (start + size < (unsigned long) next->addr)
			break;
		start = (unsigned long) next->addr + next->size;
		if (start > VMALLOC_END - size)
			goto no_room;
	}
	area->flags = flags;
	area->addr = (void *) start;
	area->size = size;
	area->next = next;
	*link = area;
	write_unlock(&vmlist_lock);
	return area;

no_room:
	write_unlock(&vmlist_lock);
	kfree(area);
	return NULL;
}

/* Free an area made by vmalloc or ioremap, given its start address. */
void vfree(void *addr)
{
	struct vm_struct *area, **link;

	if (addr == NULL)
		return;
	if ((unsigned long) addr & ~PAGE_MASK) {
		printk(KERN_ERR "Trying to vfree() bad address (%p)\n", addr);
		return;
	}
	write_lock(&vmlist_lock);
	link = &vmlist;
	while ((area = *link) != NULL && area->addr != addr)
		link = &area->next;
	if (area == NULL) {
		write_unlock(&vmlist_lock);
		printk(KERN_ERR "Trying to vfree() nonexistent vm area (%p)\n",
		       addr);
		return;
	}
	*link = area->next;		/* unlink, then unmap: guard included */
	vmfree_area_pages(VMALLOC_VMADDR(area->addr), area->size);
	write_unlock(&vmlist_lock);
	kfree(area);
}

/* size bytes, whole pages, virtually contiguous, mapped with prot. */
void *__vmalloc(unsigned long size, int gfp_mask, pgprot_t prot)
{
	struct vm_struct *area;
	void *base;

	size = PAGE_ALIGN(size);
	if (size == 0 || size >> PAGE_SHIFT > num_physpages) {
		BUG();
		return NULL;
	}
	area = get_vm_area(size, VM_ALLOC);
	if (area == NULL)
		return NULL;
	base = area->addr;
	if (vmalloc_area_pages(VMALLOC_VMADDR(base), size, gfp_mask, prot)) {
		vfree(base);
		return NULL;
	}
	return base;
}

/*
 * Copy count bytes from kernel virtual addr to buf as far as vmalloc
 * areas cover it, zeros for the gaps between areas (for /proc/kcore).
 */
long vread(char *buf, char *addr, unsigned long count)
{
	struct vm_struct *area;
	char *out = buf;

	/* Stop at the top of the address space. */
	if ((unsigned long) addr + count < count)
		count = -(unsigned long) addr;

	read_lock(&vmlist_lock);
	for (area = vmlist; area != NULL && count != 0; area = area->next) {
		char *first = area->addr;
		char *end = first + area->size - PAGE_SIZE;	/* no guard */
		unsigned long len;

		if (addr >= end)
			continue;	/* this area lies wholly below */
		if (addr < first) {	/* the gap before it reads as zeros */
			len = first - addr;
			if (len > count)
				len = count;
			memset(out, 0, len);
			out += len;
			addr += len;
			count -= len;
			if (count == 0)
				break;
		}
		len = end - addr;
		if (len > count)
			len = count;
		memcpy(out, addr, len);
		out += len;
		addr += len;
		count -= len;
	}
	read_unlock(&vmlist_lock);
	return out - buf;
}
