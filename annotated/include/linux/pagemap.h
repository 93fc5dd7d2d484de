/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The page cache's interface: its unit (one page), the hash table that
 * finds a cached page by (mapping, index), and the find, lock and wait
 * calls of mm/filemap.c.
 * 情景分析 §2.13, chapter 5.  Follows Linux 2.4.0 include/linux/pagemap.h.
 */
/// §2.13 / 第 5 章：页面高速缓存的接口。2.4.0: include/linux/pagemap.h。
/// 高速缓存以页面为单位（PAGE_CACHE_SIZE 就是 PAGE_SIZE），高速缓存对页面的引用就是普通的页面引用计数。
#ifndef _LINUX_PAGEMAP_H
#define _LINUX_PAGEMAP_H

#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/list.h>
#include <asm/system.h>
#include <asm/pgtable.h>
#include <linux/highmem.h>

/* A page-cache page is one page of memory. */
#define PAGE_CACHE_SHIFT	PAGE_SHIFT
#define PAGE_CACHE_SIZE		PAGE_SIZE
#define PAGE_CACHE_MASK		PAGE_MASK
#define PAGE_CACHE_ALIGN(addr) \
	(((addr) + PAGE_CACHE_SIZE - 1) & PAGE_CACHE_MASK)

/* The cache's own reference on a page is an ordinary page count. */
#define page_cache_get(x)	get_page(x)
#define page_cache_alloc()	alloc_pages(GFP_HIGHUSER, 0)
#define page_cache_free(x)	__free_page(x)
#define page_cache_release(x)	__free_page(x)

/* The hash table: 2^page_hash_bits chains, sized from RAM at boot. */
extern unsigned int page_hash_bits;
#define PAGE_HASH_BITS		(page_hash_bits)
#define PAGE_HASH_SIZE		(1 << PAGE_HASH_BITS)

extern atomic_t page_cache_size;	/* pages in the cache */
extern struct page **page_hash_table;

extern void page_cache_init(unsigned long);

/*
 * Chain number of page index of mapping.  A mapping sits inside an
 * inode, so its address is first divided by the largest power of two
 * dividing sizeof(struct inode); the high bits are then folded down.
 */
/// §2.13：(mapping, index) 的杂凑值。2.4.0: include/linux/pagemap.h _page_hashfn()。
/// mapping 是嵌在 inode 里的，地址的低位几乎不变，所以先除以能整除 sizeof(struct inode) 的最大的 2 的幂；
/// 加上页号后再把高位折叠到低位（h + (h >> page_hash_bits)），最后取表大小的余数。
/// 同一文件相邻的页面落在相邻的链上。不同文件之间碰撞多少，要看 inode 之间隔多远：
/// 本移植的 struct inode 只留了用到的字段，union 里有 shmem 的 shmem_inode_info（84 字节），
/// 共 204 字节 = 4 × 51，于是除数是 4；inode_cache 按 32 字节的缓存行对齐，相邻的两个 inode 相隔 224 字节，
/// i 相差 56，文件 k 的第 j 页与文件 k-1 的第 j+56 页才落在同一条链上，页面是散开的。
/// tests/host/bench_pagecache.c 实测（文件 1-64 页、inode 在数组里相邻，相隔 204 字节）：
/// 缓存 100,000 页时每条在用的链平均 1.2 页，命中一次读的链指针 1.06 → 1.15，不命中 1.42 → 1.69；
/// inode 相隔 33 个时是 1.02 → 1.14、1.26 → 1.62。
/// 倘若大小是 2 的幂（加入 shmem 之前是 128 字节），除数就是它本身，相邻 inode 的 i 只差 1，
/// 文件 k 的第 j 页与文件 k-1 的第 j+1 页挤在同一条链上（那时 100,000 页时每条在用的链约 33 页）。
/// 2.4.0 的 struct inode 有全部字段（还有各文件系统的 union），比这里大得多，它的确切大小
/// 本移植无从得知，所以保留 2.4.0 的公式，不去凑一个大小（见 Documentation/deviations.md）。
static inline unsigned long _page_hashfn(struct address_space *mapping,
					 unsigned long index)
{
#define i (((unsigned long) mapping) / \
	   (sizeof(struct inode) & ~(sizeof(struct inode) - 1)))
#define s(x) ((x) + ((x) >> PAGE_HASH_BITS))
	return s(i + index) & (PAGE_HASH_SIZE - 1);
#undef i
#undef s
}

#define page_hash(mapping, index) \
	(page_hash_table + _page_hashfn(mapping, index))

extern struct page *__find_get_page(struct address_space *mapping,
				    unsigned long index,
				    struct page **hash);
#define find_get_page(mapping, index) \
	__find_get_page(mapping, index, page_hash(mapping, index))
extern struct page *__find_lock_page(struct address_space *mapping,
				     unsigned long index,
				     struct page **hash);
extern void lock_page(struct page *page);
#define find_lock_page(mapping, index) \
	__find_lock_page(mapping, index, page_hash(mapping, index))

extern void __add_page_to_hash_queue(struct page *page, struct page **p);

extern void add_to_page_cache(struct page *page,
			      struct address_space *mapping,
			      unsigned long index);
extern void add_to_page_cache_locked(struct page *page,
				     struct address_space *mapping,
				     unsigned long index);

extern void ___wait_on_page(struct page *);

/* Sleep only if the page is locked. */
/// §2.13：页面锁住时才去睡眠等待（___wait_on_page），没锁住就直接返回。2.4.0: include/linux/pagemap.h wait_on_page()。
static inline void wait_on_page(struct page *page)
{
	if (PageLocked(page))
		___wait_on_page(page);
}

extern struct page *grab_cache_page(struct address_space *,
				    unsigned long);

typedef int filler_t(void *, struct page *);

extern struct page *read_cache_page(struct address_space *,
				    unsigned long, filler_t *, void *);

#endif /* _LINUX_PAGEMAP_H */
