/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Reaching any page through a kernel address, HighMem or not: kmap and
 * the clear/copy helpers built on it.  Without CONFIG_HIGHMEM every page
 * has its permanent address and kmap is page_address.
 * 情景分析 §2.1 (HIGHMEM).  Follows Linux 2.4.0 include/linux/highmem.h
 * (the buffer-head bounce helpers are left out: no block I/O).
 */
/// §2.1（高端内存）：与体系结构无关的那一半。配置了 HIGHMEM 时用 asm/highmem.h 的 kmap 系列；没配置时每个页面都有固定的内核
/// 地址，kmap(page) 就是 page_address(page)。下面几个清零、复制页面的函数在两种配置下写法一样：都先 kmap 再操作。
/// 与 2.4.0 的差别：2.4.0 的这个文件还有块设备用的 bh_kmap()/bh_kunmap() 和 create_bounce()（弹跳缓冲区），本移植没有块设备
/// I/O，不包括它们。
/// 2.4.0: include/linux/highmem.h
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
/// 定义在 mm/page_alloc.c：HighMem 管理区中空闲的页面数。2.4.0 用 FASTCALL 声明（见 asm/highmem.h 的说明）。
extern unsigned int nr_free_highpages(void);

#else /* CONFIG_HIGHMEM */

/// §2.1、§2.7：没有 HIGHMEM 时没有高端页面可言，空闲数恒为 0。
/// 2.4.0: include/linux/highmem.h nr_free_highpages()
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
/// §2.5（缺页时分配的匿名页面要清零）：把一个即将映射到用户空间 vaddr 的页面清零。页面可能在高端内存，所以先 kmap。
/// 2.4.0: include/linux/highmem.h clear_user_highpage()
static inline void clear_user_highpage(struct page *page,
				       unsigned long vaddr)
{
	void *kaddr = kmap(page);

	clear_user_page(kaddr, vaddr);
	kunmap(page);
}

/// §2.1：把任意页面（可能是高端的）清零。
/// 2.4.0: include/linux/highmem.h clear_highpage()
static inline void clear_highpage(struct page *page)
{
	void *kaddr = kmap(page);

	clear_page(kaddr);
	kunmap(page);
}

/// §2.1：把页面中的一段清零，如文件末尾所在页面超出文件长度的部分。越出页面是调用者的错误，BUG()。
/// 2.4.0: include/linux/highmem.h memclear_highpage()
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
/// §2.1：同 memclear_highpage()，另外把 cache 中的内容写回内存——供 cache 有别名问题的体系结构用，i386 上 flush_page_to_ram() 为空。
/// 2.4.0: include/linux/highmem.h memclear_highpage_flush()
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
/// §2.4 之后的写时拷贝（do_wp_page）：复制一个用户页面。两个页面都可能在高端内存，各自 kmap；这时要同时占用两个 pkmap 槽位。
/// 2.4.0: include/linux/highmem.h copy_user_highpage()
static inline void copy_user_highpage(struct page *to, struct page *from,
				      unsigned long vaddr)
{
	char *src = kmap(from);
	char *dst = kmap(to);

	copy_user_page(dst, src, vaddr);
	kunmap(from);
	kunmap(to);
}

/// §2.1：复制任意两个页面。
/// 2.4.0: include/linux/highmem.h copy_highpage()
static inline void copy_highpage(struct page *to, struct page *from)
{
	char *src = kmap(from);
	char *dst = kmap(to);

	copy_page(dst, src);
	kunmap(from);
	kunmap(to);
}

#endif /* _LINUX_HIGHMEM_H */
