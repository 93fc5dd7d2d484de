/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Page size, the page-table entry types and the kernel's 3G/1G split.
 * 情景分析 §2.1, §2.3.  Follows Linux 2.4.0 include/asm-i386/page.h.
 */
#ifndef _I386_PAGE_H
#define _I386_PAGE_H

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))

#ifdef __KERNEL__
#ifndef __ASSEMBLY__

#include <linux/string.h>

#define clear_page(page)	memset((void *)(page), 0, PAGE_SIZE)
#define copy_page(to, from)	memcpy((void *)(to), (void *)(from), PAGE_SIZE)

#define clear_user_page(page, vaddr)	clear_page(page)
#define copy_user_page(to, from, vaddr)	copy_page(to, from)

/* Typed wrappers so that page-table values are never mixed with plain ints. */
typedef struct { unsigned long pte_low; } pte_t;
typedef struct { unsigned long pmd; } pmd_t;
typedef struct { unsigned long pgd; } pgd_t;
#define pte_val(x)	((x).pte_low)

#define PTE_MASK	PAGE_MASK

typedef struct { unsigned long pgprot; } pgprot_t;

#define pmd_val(x)	((x).pmd)
#define pgd_val(x)	((x).pgd)
#define pgprot_val(x)	((x).pgprot)

#define __pte(x)	((pte_t) { (x) })
#define __pmd(x)	((pmd_t) { (x) })
#define __pgd(x)	((pgd_t) { (x) })
#define __pgprot(x)	((pgprot_t) { (x) })

#endif /* !__ASSEMBLY__ */

/* Round up to the next page boundary. */
#define PAGE_ALIGN(addr)	(((addr) + PAGE_SIZE - 1) & PAGE_MASK)

/*
 * The kernel sees physical memory at 0xC0000000 upward; user space has the
 * 3 GB below it.
 */
#define __PAGE_OFFSET		(0xC0000000)

#ifndef __ASSEMBLY__

extern void do_BUG(const char *file, int line);

/* Report where, then trap with the undefined opcode ud2 (0x0f 0x0b). */
#define BUG() do { \
	do_BUG(__FILE__, __LINE__); \
	__asm__ __volatile__("ud2"); \
} while (0)

#define PAGE_BUG(page) do { \
	BUG(); \
} while (0)

/* Smallest order whose block of 2^order pages holds size bytes. */
static __inline__ int get_order(unsigned long size)
{
	int order;

	size = (size - 1) >> (PAGE_SHIFT - 1);
	order = -1;
	do {
		size >>= 1;
		order++;
	} while (size);
	return order;
}

#endif /* !__ASSEMBLY__ */

#define PAGE_OFFSET		((unsigned long)__PAGE_OFFSET)
#define __pa(x)			((unsigned long)(x) - PAGE_OFFSET)
#define __va(x)			((void *)((unsigned long)(x) + PAGE_OFFSET))
#define virt_to_page(kaddr)	(mem_map + (__pa(kaddr) >> PAGE_SHIFT))
#define VALID_PAGE(page)	((page - mem_map) < max_mapnr)

#endif /* __KERNEL__ */

#endif /* _I386_PAGE_H */
