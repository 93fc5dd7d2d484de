/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Reaching any page through a kernel address, HighMem or not: kmap and
 * the clear/copy helpers built on it.  Without CONFIG_HIGHMEM every page
 * has its permanent address and kmap is page_address.
 * 情景分析 §2.1 (HIGHMEM).  Follows Linux 2.4.0 include/linux/highmem.h
 * (the buffer-head bounce helpers are left out: no block I/O).
 */
#ifndef _LINUX_HIGHMEM_H
#define _LINUX_HIGHMEM_H

#include <linux/config.h>
#include <linux/mm.h>
#include <asm/pgalloc.h>

#ifdef CONFIG_HIGHMEM

/* mem_map + highstart_pfn: the first page without a permanent address. */
extern struct page *highmem_start_page;

#include <asm/highmem.h>

/* mm/page_alloc.c */
extern unsigned int nr_free_highpages(void);

#else /* CONFIG_HIGHMEM */

static inline unsigned int nr_free_highpages(void)
{
	return 0;
}

#define kmap(page)			page_address(page)
#define kunmap(page)			do { } while (0)
#define kmap_atomic(page, idx)		kmap(page)
#define kunmap_atomic(page, idx)	kunmap(page)

#endif /* CONFIG_HIGHMEM */

/* With HIGHMEM off these are plain clear_page/copy_page. */
static inline void clear_user_highpage(struct page *page,
				       unsigned long vaddr)
{
	clear_user_page(kmap(page), vaddr);
	kunmap(page);
}

static inline void clear_highpage(struct page *page)
{
	clear_page(kmap(page));
	kunmap(page);
}

static inline void memclear_highpage(struct page *page, unsigned int offset,
				     unsigned int size)
{
	char *kaddr;

	if (offset + size > PAGE_SIZE)
		BUG();
	kaddr = kmap(page);
	memset(kaddr + offset, 0, size);
	kunmap(page);
}

/* The same, and write the cache back for architectures that alias. */
static inline void memclear_highpage_flush(struct page *page,
					   unsigned int offset,
					   unsigned int size)
{
	char *kaddr;

	if (offset + size > PAGE_SIZE)
		BUG();
	kaddr = kmap(page);
	memset(kaddr + offset, 0, size);
	flush_page_to_ram(page);
	kunmap(page);
}

static inline void copy_user_highpage(struct page *to, struct page *from,
				      unsigned long vaddr)
{
	char *vfrom, *vto;

	vfrom = kmap(from);
	vto = kmap(to);
	copy_user_page(vto, vfrom, vaddr);
	kunmap(from);
	kunmap(to);
}

static inline void copy_highpage(struct page *to, struct page *from)
{
	char *vfrom, *vto;

	vfrom = kmap(from);
	vto = kmap(to);
	copy_page(vto, vfrom);
	kunmap(from);
	kunmap(to);
}

#endif /* _LINUX_HIGHMEM_H */
