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

/* Fill the ptes of one page table with consecutive physical pages. */
static inline void remap_area_pte(pte_t *pte, unsigned long address,
				  unsigned long size, unsigned long phys_addr,
				  unsigned long flags)
{
	unsigned long end;

	address &= ~PMD_MASK;
	end = address + size;
	if (end > PMD_SIZE)
		end = PMD_SIZE;
	if (address >= end)
		BUG();
	do {
		if (!pte_none(*pte)) {
			printk("remap_area_pte: page already exists\n");
			BUG();
		}
		set_pte(pte, mk_pte_phys(phys_addr,
					 __pgprot(_PAGE_PRESENT | _PAGE_RW |
						  _PAGE_DIRTY | _PAGE_ACCESSED |
						  flags)));
		address += PAGE_SIZE;
		phys_addr += PAGE_SIZE;
		pte++;
	} while (address && (address < end));
}

/*
 * Within one pgd entry: page table by page table.  phys_addr is kept
 * as an offset from address so that each step can recompute it.
 */
static inline int remap_area_pmd(pmd_t *pmd, unsigned long address,
				 unsigned long size, unsigned long phys_addr,
				 unsigned long flags)
{
	unsigned long end;

	address &= ~PGDIR_MASK;
	end = address + size;
	if (end > PGDIR_SIZE)
		end = PGDIR_SIZE;
	phys_addr -= address;
	if (address >= end)
		BUG();
	do {
		pte_t *pte = pte_alloc_kernel(pmd, address);

		if (!pte)
			return -ENOMEM;
		remap_area_pte(pte, address, end - address,
			       address + phys_addr, flags);
		address = (address + PMD_SIZE) & PMD_MASK;
		pmd++;
	} while (address && (address < end));
	return 0;
}

/* Map [address, address + size) to phys_addr in init_mm's page tables. */
static int remap_area_pages(unsigned long address, unsigned long phys_addr,
			    unsigned long size, unsigned long flags)
{
	int error;
	pgd_t *dir;
	unsigned long end = address + size;

	phys_addr -= address;
	dir = pgd_offset(&init_mm, address);
	flush_cache_all();
	if (address >= end)
		BUG();
	do {
		pmd_t *pmd;

		pmd = pmd_alloc_kernel(dir, address);
		error = -ENOMEM;
		if (!pmd)
			break;
		if (remap_area_pmd(pmd, address, end - address,
				   phys_addr + address, flags))
			break;
		error = 0;
		address = (address + PGDIR_SIZE) & PGDIR_MASK;
		dir++;
	} while (address && (address < end));
	flush_tlb_all();
	return error;
}

/*
 * Map size bytes of physical memory at phys_addr; flags are extra pte
 * bits (_PAGE_PCD for ioremap_nocache).  Returns the kernel address of
 * phys_addr itself, or NULL.
 */
void *__ioremap(unsigned long phys_addr, unsigned long size,
		unsigned long flags)
{
	void *addr;
	struct vm_struct *area;
	unsigned long offset, last_addr;

	/* No zero size, no wrap past 4 GB. */
	last_addr = phys_addr + size - 1;
	if (!size || last_addr < phys_addr)
		return NULL;

	/* 640 KB - 1 MB (VGA, BIOS ROMs) is in the linear map already. */
	if (phys_addr >= 0xA0000 && last_addr < 0x100000)
		return phys_to_virt(phys_addr);

	/* Low RAM the kernel manages may be remapped only if reserved. */
	if (phys_addr < virt_to_phys(high_memory)) {
		char *t_addr, *t_end;
		struct page *page;

		t_addr = __va(phys_addr);
		t_end = t_addr + (size - 1);

		for (page = virt_to_page(t_addr);
		     page <= virt_to_page(t_end); page++)
			if (!PageReserved(page))
				return NULL;
	}

	/* Whole pages; the caller gets the offset inside the first one. */
	offset = phys_addr & ~PAGE_MASK;
	phys_addr &= PAGE_MASK;
	size = PAGE_ALIGN(last_addr) - phys_addr;

	area = get_vm_area(size, VM_IOREMAP);
	if (!area)
		return NULL;
	addr = area->addr;
	if (remap_area_pages(VMALLOC_VMADDR(addr), phys_addr, size, flags)) {
		vfree(addr);
		return NULL;
	}
	return (void *) (offset + (char *) addr);
}

/* Addresses in the linear map (the ISA window) were never remapped. */
void iounmap(void *addr)
{
	if (addr > high_memory)
		return vfree((void *) (PAGE_MASK & (unsigned long) addr));
}
