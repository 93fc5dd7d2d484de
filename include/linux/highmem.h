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
	void *kaddr = kmap(page);

	clear_user_page(kaddr, vaddr);
	kunmap(page);
}

static inline void clear_highpage(struct page *page)
{
	void *kaddr = kmap(page);

	clear_page(kaddr);
	kunmap(page);
}

static inline void memclear_highpage(struct page *page, unsigned int offset,
				     unsigned int size)
{
	char *start;

	if (offset + size > PAGE_SIZE)
		BUG();
	start = (char *) kmap(page) + offset;
	memset(start, 0, size);
	kunmap(page);
}

/* The same, and write the cache back for architectures that alias. */
static inline void memclear_highpage_flush(struct page *page,
					   unsigned int offset,
					   unsigned int size)
{
	char *start;

	if (offset + size > PAGE_SIZE)
		BUG();
	start = (char *) kmap(page) + offset;
	memset(start, 0, size);
	flush_page_to_ram(page);
	kunmap(page);
}

/* Map the source first, then the destination; unmap in the same order. */
static inline void copy_user_highpage(struct page *to, struct page *from,
				      unsigned long vaddr)
{
	char *src = kmap(from);
	char *dst = kmap(to);

	copy_user_page(dst, src, vaddr);
	kunmap(from);
	kunmap(to);
}

static inline void copy_highpage(struct page *to, struct page *from)
{
	char *src = kmap(from);
	char *dst = kmap(to);

	copy_page(dst, src);
	kunmap(from);
	kunmap(to);
}

#endif /* _LINUX_HIGHMEM_H */
