/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Two-level paging (no PAE): the pmd level is folded into the page
 * directory, so a pgd entry is at the same time the one pmd entry below it.
 * 情景分析 §2.1, §2.3.  Follows Linux 2.4.0 include/asm-i386/pgtable-2level.h.
 */
/// §2.1 Linux内存管理的基本框架：Linux 的内存管理按“页面目录 pgd → 中间目录 pmd → 页面表 pte”三级来写，i386 不开 PAE 时硬件
/// 只有两级（页面目录、页面表）。这个文件把中间一级“折叠”掉：PTRS_PER_PMD = 1，pmd 就是 pgd 表项本身，于是 mm/ 中按三级写的
/// 通用代码在两级的硬件上照样正确。PAE 时用的是 pgtable-3level.h（本移植不配置 PAE，没有那个文件）。
/// 2.4.0: include/asm-i386/pgtable-2level.h
#ifndef _I386_PGTABLE_2LEVEL_H
#define _I386_PGTABLE_2LEVEL_H

/* A page directory entry maps 4 MB: bits 31..22 of an address index it. */
/// 线性地址的高 10 位（位 31..22）是页面目录下标：每个页面目录项管 2^22 = 4 MB，一个页面目录 1024 项管满 4 GB（§2.2 地址映射的全过程）。
#define PGDIR_SHIFT	22
#define PTRS_PER_PGD	1024

/* The pmd has one entry and covers as much as a pgd entry. */
/// pmd 与 pgd 管同样大的范围（4 MB），每个“中间目录”只有 1 项——这就是折叠：pmd_offset() 直接把 pgd 表项的地址当作 pmd 的地址。
#define PMD_SHIFT	22
#define PTRS_PER_PMD	1

/// 中间 10 位（位 21..12）是页面表下标，一张页面表 1024 项，正好一个 4 KB 页面；低 12 位是页内偏移。
#define PTRS_PER_PTE	1024

/// 发现页面表项内容不对时只打印文件、行号和表项的值，由调用者决定怎样补救（如 set_pte_phys() 打印后照样覆盖）。
#define pte_ERROR(e) \
	printk("%s:%d: bad pte %08lx.\n", __FILE__, __LINE__, (e).pte_low)
#define pmd_ERROR(e) \
	printk("%s:%d: bad pmd %08lx.\n", __FILE__, __LINE__, pmd_val(e))
#define pgd_ERROR(e) \
	printk("%s:%d: bad pgd %08lx.\n", __FILE__, __LINE__, pgd_val(e))

/*
 * The pgd level never says "absent" or "bad": that is decided one level
 * down, by the pmd, which is the very same entry.
 */
/// §2.1：两级映射时页面目录这一级“永远存在、永远正常”：真正的判断放在下一级 pmd（pmd_none/pmd_bad/pmd_present），而 pmd
/// 和 pgd 是同一个表项。通用代码先问 pgd 再问 pmd，问 pgd 这一步就都给出“没问题”的回答。
/// 2.4.0: include/asm-i386/pgtable-2level.h pgd_none()
static inline int pgd_none(pgd_t pgd)
{
	return 0;
}

/// §2.1：同上，pgd 这一级不会“坏”；表项好坏由 pmd_bad() 判断。
/// 2.4.0: include/asm-i386/pgtable-2level.h pgd_bad()
static inline int pgd_bad(pgd_t pgd)
{
	return 0;
}

/// §2.1：同上，pgd 这一级总是“在”。于是 vmalloc 缺页同步（2.4.0 do_page_fault 的 vmalloc_fault）真正起作用的是 pmd 那一级的复制。
/// 2.4.0: include/asm-i386/pgtable-2level.h pgd_present()
static inline int pgd_present(pgd_t pgd)
{
	return 1;
}

/// 清 pgd 表项什么也不做——要清除一个页面目录项必须用 pmd_clear() 或直接 set_pgd(..., 0)，zap_low_mappings() 就是后者。
#define pgd_clear(xp)	do { } while (0)

/// §2.3：写页面表项就是一次普通的 32 位存储。单处理器上一条 movl 是原子的，CPU 看到的要么是旧值要么是新值。
#define set_pte(pteptr, pteval)	(*(pteptr) = pteval)
#define set_pmd(pmdptr, pmdval)	(*(pmdptr) = pmdval)
#define set_pgd(pgdptr, pgdval)	(*(pgdptr) = pgdval)

/// 页面目录项高 20 位是下一级表的物理地址，__va() 换成内核虚拟地址才能访问（内核把物理内存映射在 3 GB 以上，§2.1）。
#define pgd_page(pgd) \
	((unsigned long) __va(pgd_val(pgd) & PAGE_MASK))

/* The pmd "table" is the pgd entry itself. */
/// §2.1：折叠的关键一步：给定 pgd 表项，找 address 所在的 pmd 表项——两级映射时就是这个 pgd 表项本身，address 用不着。
/// 通用代码写 pte_offset(pmd_offset(pgd_offset(mm, a), a), a)，展开后正好是硬件的两级查找。
/// 2.4.0: include/asm-i386/pgtable-2level.h pmd_offset()
static inline pmd_t *pmd_offset(pgd_t *dir, unsigned long address)
{
	return (pmd_t *) dir;
}

/* Read and clear in one locked instruction (xchg), so no A/D bit is lost. */
/// §2.3：读出页面表项并清 0，用一条 xchg 完成（xchg 访问内存时总是带 LOCK）。若分两步先读后写，CPU 可能恰好在中间置上 Accessed
/// 或 Dirty 位，这个信息就丢了。vfree 拆映射（free_area_pte）和 kmap 回收槽位（flush_all_zero_pkmaps）用它。
/// 与 2.4.0 的差别：2.4.0 写成宏 __pte(xchg(&(xp)->pte_low, 0))，借用 asm/system.h 的 xchg()；本移植的 system.h 还没有
/// xchg()，这里直接写 xchgl，效果相同。
/// 2.4.0: include/asm-i386/pgtable-2level.h ptep_get_and_clear()
static inline pte_t ptep_get_and_clear(pte_t *ptep)
{
	unsigned long old = 0;

	__asm__ __volatile__("xchgl %0, %1"
			     : "+r" (old), "+m" (ptep->pte_low)
			     : : "memory");
	return __pte(old);
}

#define pte_same(a, b)		((a).pte_low == (b).pte_low)
/// §2.3：页面表项 → 页面描述结构：高 20 位是物理页面号，也就是它在 mem_map[] 中的下标。这是 mk_pte() 的反运算。
#define pte_page(x) \
	(mem_map + ((unsigned long) (((x).pte_low >> PAGE_SHIFT))))
/// 整个表项为 0 才算“空”。换出到交换区的页面其表项不为 0（存的是交换项，§2.6），不算空，但也不 present。
#define pte_none(x)		(!(x).pte_low)
/// 物理页面号左移 12 位，低 12 位填保护属性——页面表项就是这样拼出来的。
#define __mk_pte(page_nr, pgprot) \
	__pte(((page_nr) << PAGE_SHIFT) | pgprot_val(pgprot))

#endif /* _I386_PGTABLE_2LEVEL_H */
