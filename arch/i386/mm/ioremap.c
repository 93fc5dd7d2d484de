// SPDX-License-Identifier: GPL-2.0-only
/*
 * ioremap: give a physical range that is not ordinary RAM (device
 * memory, BIOS, RAM the kernel keeps reserved) a kernel virtual address,
 * in vmalloc space.
 * 情景分析 §2.11.  Follows Linux 2.4.0 arch/i386/mm/ioremap.c.
 */
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/vmalloc.h>
#include <asm/io.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>

/*
 * Fill the ptes of one page table with consecutive physical pages.  The
 * range was just reserved, so every pte must still be empty.
 */
static inline void remap_area_pte(pte_t *pte, unsigned long address,
				  unsigned long size, unsigned long phys_addr,
				  unsigned long flags)
{
	pgprot_t prot = __pgprot(_PAGE_PRESENT | _PAGE_RW | _PAGE_DIRTY |
				 _PAGE_ACCESSED | flags);
	unsigned long off = address & ~PMD_MASK;	/* within this table */
	unsigned long stop = off + size;

	if (stop > PMD_SIZE)
		stop = PMD_SIZE;
	if (off >= stop)
		BUG();
	for (; off < stop; off += PAGE_SIZE, phys_addr += PAGE_SIZE, pte++) {
		if (!pte_none(*pte)) {
			printk("remap_area_pte: page already exists\n");
			BUG();
		}
		set_pte(pte, mk_pte_phys(phys_addr, prot));
	}
}

/*
 * Within one pgd entry: page table by page table, each made if missing.
 * The physical address keeps a fixed distance from the virtual one.
 */
static inline int remap_area_pmd(pmd_t *pmd, unsigned long address,
				 unsigned long size, unsigned long phys_addr,
				 unsigned long flags)
{
	unsigned long off = address & ~PGDIR_MASK;	/* within this pgd */
	unsigned long stop = off + size;
	unsigned long delta;

	if (stop > PGDIR_SIZE)
		stop = PGDIR_SIZE;
	delta = phys_addr - off;
	if (off >= stop)
		BUG();
	for (; off < stop; pmd++) {
		pte_t *table = pte_alloc_kernel(pmd, off);

		if (table == NULL)
			return -ENOMEM;
		remap_area_pte(table, off, stop - off, off + delta, flags);
		off = (off + PMD_SIZE) & PMD_MASK;	/* next table */
	}
	return 0;
}

/* Map [address, address + size) to phys_addr in init_mm's page tables. */
static int remap_area_pages(unsigned long address, unsigned long phys_addr,
			    unsigned long size, unsigned long flags)
{
	unsigned long limit = address + size;
	unsigned long delta = phys_addr - address;
	pgd_t *pgd = pgd_offset(&init_mm, address);
	int err = 0;

	flush_cache_all();
	if (address >= limit)
		BUG();
	do {
		pmd_t *pmd = pmd_alloc_kernel(pgd, address);

		if (pmd == NULL ||
		    remap_area_pmd(pmd, address, limit - address,
				   address + delta, flags)) {
			err = -ENOMEM;
			break;
		}
		address = (address + PGDIR_SIZE) & PGDIR_MASK;
		pgd++;
	} while (address != 0 && address < limit);	/* 0: wrapped at 4 GB */
	flush_tlb_all();
	return err;
}

/*
 * Map size bytes of physical memory at phys_addr; flags are extra pte
 * bits (_PAGE_PCD for ioremap_nocache).  Returns the kernel address of
 * phys_addr itself, or NULL.
 */
void *__ioremap(unsigned long phys_addr, unsigned long size,
		unsigned long flags)
{
	unsigned long last = phys_addr + size - 1;	/* last byte */
	unsigned long in_page;
	struct vm_struct *area;
	char *base;

	if (size == 0 || last < phys_addr)
		return NULL;		/* empty, or wraps past 4 GB */

	/* 640 KB - 1 MB (VGA, BIOS ROMs) is in the linear map already. */
	if (phys_addr >= 0xA0000 && last < 0x100000)
		return phys_to_virt(phys_addr);

	/* RAM below high_memory only if every page of it is reserved. */
	if (phys_addr < virt_to_phys(high_memory)) {
		struct page *pg = virt_to_page(__va(phys_addr));
		struct page *last_pg = virt_to_page(__va(last));

		while (pg <= last_pg) {
			if (!PageReserved(pg))
				return NULL;
			pg++;
		}
	}

	/* Whole pages; the caller gets back the offset into the first. */
	in_page = phys_addr & ~PAGE_MASK;
	phys_addr -= in_page;
	size = PAGE_ALIGN(last) - phys_addr;

	area = get_vm_area(size, VM_IOREMAP);
	if (area == NULL)
		return NULL;
	base = area->addr;
	if (remap_area_pages(VMALLOC_VMADDR(base), phys_addr, size, flags)) {
		vfree(base);
		return NULL;
	}
	return base + in_page;
}

/* Addresses in the linear map (the ISA window) were never remapped. */
void iounmap(void *addr)
{
	if (addr <= high_memory)
		return;
	vfree((void *) ((unsigned long) addr & PAGE_MASK));
}
