/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Allocating and freeing page directories and page tables (with the
 * per-CPU quicklists 2.4.0 keeps for them), and the TLB flush interface
 * the rest of mm/ calls after changing page tables.
 * 情景分析 §2.3, §2.5.  Follows Linux 2.4.0 include/asm-i386/pgalloc.h.
 */
/// §2.3 几个重要的数据结构和函数、§2.5 用户堆栈的扩展（缺页时分配页面表）：页面目录、页面表的分配和释放，以及改动页面表之后的
/// TLB 刷新接口。分配页面表的“快速路径”先看每个 CPU 的空闲页面表缓存（quicklist），缓存空了再走 init.c 中的“慢速路径”向页面
/// 分配器要一个页面。
/// 2.4.0: include/asm-i386/pgalloc.h
#ifndef _I386_PGALLOC_H
#define _I386_PGALLOC_H

#include <linux/config.h>
#include <linux/threads.h>
#include <linux/mm.h>
#include <asm/processor.h>
#include <asm/fixmap.h>
#include <asm/pgtable.h>

/* Caches of free page-table pages, linked through their first word. */
/// quicklist 放在 boot_cpu_data（struct cpuinfo_x86）的最后几个字段里。缓存的空闲页面用第一个字把彼此串成单链表。
/// 注意 2.4.0 的 i386 实际上从不往这些链表里放东西：pte_free()/pgd_free() 映射到直接释放页面的 *_slow 版本，所以它们一直是空的。
#define pgd_quicklist		(current_cpu_data.pgd_quick)
#define pmd_quicklist		(current_cpu_data.pmd_quick)
#define pte_quicklist		(current_cpu_data.pte_quick)
#define pgtable_cache_size	(current_cpu_data.pgtable_cache_sz)

#ifdef CONFIG_X86_PAE
#include <asm/pgalloc-3level.h>
#else
#include <asm/pgalloc-2level.h>
#endif

/*
 * A new page directory: no user mappings, and the kernel's part (the
 * top 256 entries) copied from swapper_pg_dir.
 */
/// §2.3：为新进程分配页面目录：前 768 项（用户空间）清 0，后 256 项（内核空间）从 swapper_pg_dir 复制——所有进程共享同一套内核
/// 映射，切换进程只换 CR3，内核部分的映射不变（§2.1 的 3G/1G 划分）。
/// 2.4.0: include/asm-i386/pgalloc.h get_pgd_slow()
static inline pgd_t *get_pgd_slow(void)
{
	pgd_t *dir = (pgd_t *) __get_free_page(GFP_KERNEL);

	/// 页面分配失败就返回 NULL，由 copy_mm/mm_init 按内存不足处理。
	if (!dir)
		return NULL;
	/// 用户空间部分：一个映射也没有，将来由缺页异常逐项建立。
	memset(dir, 0, USER_PTRS_PER_PGD * sizeof(*dir));
	/// 内核空间部分：KERNEL_PGD_PTRS（256）个目录项照抄 swapper_pg_dir，指向同一批内核页面表。
	memcpy(&dir[USER_PTRS_PER_PGD], &swapper_pg_dir[USER_PTRS_PER_PGD],
	       KERNEL_PGD_PTRS * sizeof(*dir));
	return dir;
}

/* Pop a cached page directory; its link word becomes an empty entry. */
/// §2.3：先从 pgd_quicklist 取一个现成的页面目录（取出后第一个字曾用作链指针，清 0 还原），没有再走 get_pgd_slow()。
/// 2.4.0: include/asm-i386/pgalloc.h get_pgd_fast()
static inline pgd_t *get_pgd_fast(void)
{
	unsigned long *top = pgd_quicklist;

	/// 缓存是空的（2.4.0 的 i386 上总是如此）：向页面分配器要新的。
	if (top == NULL)
		return get_pgd_slow();
	/// 摘下链表头：它的第一个字存着下一个缓存页面的地址。
	pgd_quicklist = (unsigned long *) top[0];
	/// 这个字本是目录项 0，清 0 后整页又是合格的空目录（内核部分在缓存期间没有动过）。
	top[0] = 0;
	pgtable_cache_size--;
	return (pgd_t *) top;
}

/* Push: the directory's first word links it to the old head. */
/// §2.3：把页面目录挂回 quicklist 而不是还给页面分配器。2.4.0 中没有人调用它。
/// 2.4.0: include/asm-i386/pgalloc.h free_pgd_fast()
static inline void free_pgd_fast(pgd_t *pgd)
{
	unsigned long *link = (unsigned long *) pgd;

	/// 借用第一个目录项存放旧链表头，页面自己成为新的链表头（后进先出）。
	link[0] = (unsigned long) pgd_quicklist;
	pgd_quicklist = link;
	pgtable_cache_size++;
}

/// §2.3：直接把页面目录页面还给页面分配器；pgd_free() 就是它。
/// 2.4.0: include/asm-i386/pgalloc.h free_pgd_slow()
static inline void free_pgd_slow(pgd_t *pgd)
{
	free_page((unsigned long) pgd);
}

/* In arch/i386/mm/init.c: the quicklist was empty, go to the allocator. */
/// 参数名 address_preadjusted 的意思是：传入的已经是页面表内的下标（0–1023），不再是线性地址；pte_alloc() 先换算好了。
extern pte_t *get_pte_slow(pmd_t *pmd, unsigned long address_preadjusted);
extern pte_t *get_pte_kernel_slow(pmd_t *pmd,
				  unsigned long address_preadjusted);
extern void __handle_bad_pmd(pmd_t *pmd);
extern void __handle_bad_pmd_kernel(pmd_t *pmd);

/*
 * Pop a cached page table, or NULL (no slow path here).  The link word
 * is overwritten with the second entry, an empty one.
 */
/// §2.3：从 pte_quicklist 取一张空页面表。缓存的页面表是全 0 的，只有第一个字被用作链指针，用第二个字 top[1]（一定是 0）把它恢复成空表项。
/// 缓存空了返回 NULL，由调用者走慢速路径。
/// 2.4.0: include/asm-i386/pgalloc.h get_pte_fast()
static inline pte_t *get_pte_fast(void)
{
	unsigned long *top = pte_quicklist;

	/// 与 get_pgd_fast() 不同，这里没有慢速路径：缓存空了就返回 NULL。
	if (top) {
		pte_quicklist = (unsigned long *) top[0];
		/// 2.4.0 的写法：不直接写 0，而是抄第二个表项的值（空表里它就是 0）。
		top[0] = top[1];
		pgtable_cache_size--;
	}
	return (pte_t *) top;
}

/// §2.3：把一张（已清空的）页面表挂回 quicklist。2.4.0 中没有人调用它。
/// 2.4.0: include/asm-i386/pgalloc.h free_pte_fast()
static inline void free_pte_fast(pte_t *pte)
{
	unsigned long *link = (unsigned long *) pte;

	/// 与 free_pgd_fast() 相同：第一个表项暂作链指针。
	link[0] = (unsigned long) pte_quicklist;
	pte_quicklist = link;
	pgtable_cache_size++;
}

/// §2.3：页面表页面直接还给页面分配器；pte_free() 和 pte_free_kernel() 都是它。
/// 2.4.0: include/asm-i386/pgalloc.h free_pte_slow()
static inline void free_pte_slow(pte_t *pte)
{
	free_page((unsigned long) pte);
}

/* 2.4.0 frees straight to the page allocator: the quicklists stay empty. */
#define pte_free_kernel(pte)	free_pte_slow(pte)
#define pte_free(pte)		free_pte_slow(pte)
#define pgd_free(pgd)		free_pgd_slow(pgd)
#define pgd_alloc()		get_pgd_fast()

/*
 * The pte slot for address in the page table under pmd, allocating the
 * page table if there is none.  Kernel page tables are not user-visible.
 */
/// §2.3、§2.11：返回内核地址 address 的页面表项指针，这 4 MB 还没有页面表就分配一张。目录项填 _KERNPG_TABLE（不带 USER），
/// 用户态访问不了。vmalloc（alloc_area_pmd）和 ioremap（remap_area_pmd）用它在 swapper_pg_dir 下建页面表。
/// 2.4.0: include/asm-i386/pgalloc.h pte_alloc_kernel()
static inline pte_t *pte_alloc_kernel(pmd_t *pmd, unsigned long address)
{
	unsigned long index;
	pte_t *table;

	/// 调用者必须已经有 pmd（两级映射下 pmd 就是目录项本身），传 NULL 是内核的错误。
	if (!pmd)
		BUG();
	/// 先把线性地址换算成页面表内的下标（0–1023），后面几条路径都用下标，慢速路径也只收下标。
	index = __pte_offset(address);
	/// 目录项非空：要么是一张现成的页面表，要么已被破坏。
	/// 注意 pmd_bad() 对全 0 的目录项也成立，所以必须先排除 pmd_none() 再判断 pmd_bad()，两者的先后与 2.4.0 相同。
	if (!pmd_none(*pmd)) {
		/// 目录项被破坏：让它指向 empty_bad_pte_table，返回 NULL（调用者按内存不足处理）。
		if (pmd_bad(*pmd)) {
			__handle_bad_pmd_kernel(pmd);
			return NULL;
		}
		return (pte_t *) pmd_page(*pmd) + index;
	}
	/// 还没有页面表：先试 quicklist，空了再走 init.c 中的慢速路径（它会分配并清 0 一个页面，再自己填目录项）。
	table = get_pte_fast();
	if (!table)
		return get_pte_kernel_slow(pmd, index);
	/// 缓存的页面表本来就是空的，不必清 0；直接把它的物理地址连同 _KERNPG_TABLE（0x063）填进目录项。
	set_pmd(pmd, __pmd(_KERNPG_TABLE + __pa(table)));
	return table + index;
}

/* The same for user space: the pmd entry lets user mode through. */
/// §2.5 用户堆栈的扩展、§2.4 之后的缺页处理：handle_mm_fault() 为用户地址找页面表项，没有页面表就分配。与内核版的区别只在目录项
/// 带 USER（_PAGE_TABLE = 0x067）：用户页面能否访问由页面表项自己的 USER 位决定，目录项这一级要放行。
/// 2.4.0: include/asm-i386/pgalloc.h pte_alloc()
static inline pte_t *pte_alloc(pmd_t *pmd, unsigned long address)
{
	/// 同样先换算成页面表内的下标。
	unsigned long index = __pte_offset(address);
	pte_t *table;

	/// 这 4 MB 还没有页面表：quicklist 有就用，没有交给 get_pte_slow()。
	if (pmd_none(*pmd)) {
		table = get_pte_fast();
		if (table == NULL)
			return get_pte_slow(pmd, index);
		/// 目录项填 _PAGE_TABLE（0x067），比内核版多一个 USER 位。
		set_pmd(pmd, __pmd(_PAGE_TABLE + __pa(table)));
		return table + index;
	}
	/// 正常情况：页面表已经在了，返回其中的那一项。
	if (!pmd_bad(*pmd))
		return (pte_t *) pmd_page(*pmd) + index;
	/// 目录项被破坏：报告后让它指向 empty_bad_pte_table，返回 NULL，缺页处理按内存不足处理。
	__handle_bad_pmd(pmd);
	return NULL;
}

/* The pmd lives inside the pgd: freeing it frees nothing. */
#define pmd_free(pmd)		free_pmd_slow(pmd)

#define pmd_free_kernel		pmd_free
#define pmd_alloc_kernel	pmd_alloc

extern int do_check_pgt_cache(int, int);

/*
 * TLB flushing, uniprocessor:
 *  flush_tlb()              the current mm's entries
 *  flush_tlb_all()          everything, global entries too
 *  flush_tlb_mm(mm)         one address space
 *  flush_tlb_page(vma, a)   one page
 *  flush_tlb_range(mm, s, e) a range (the whole TLB on i386)
 *  flush_tlb_pgtables(...)  after freeing page tables (nothing on i386)
 * Only the mm loaded in CR3 (current->active_mm) has entries to flush.
 */
/// §2.2：单处理器上的 TLB 刷新接口。页面表是当前进程的（current->active_mm 就是装在 CR3 里的那个）才需要刷，刷别的进程的页面表
/// 不影响当前 TLB；i386 没有只刷一段范围的指令，flush_tlb_range() 干脆全刷。
#define flush_tlb()		__flush_tlb()
#define flush_tlb_all()		__flush_tlb_all()
#define local_flush_tlb()	__flush_tlb()

/// §2.2。2.4.0: include/asm-i386/pgalloc.h flush_tlb_mm()。整个地址空间的映射变了（如 exit_mmap）：
/// 只有它正装在 CR3 中（是 current->active_mm）时 TLB 里才可能有它的表项，重装 CR3 即全部作废。
static inline void flush_tlb_mm(struct mm_struct *mm)
{
	/// 不是 CR3 里的那个地址空间：它的表项在上次切换进程时已随 CR3 的重装作废了。
	if (mm != current->active_mm)
		return;
	local_flush_tlb();
}

/// §2.2。2.4.0: include/asm-i386/pgalloc.h flush_tlb_page()。只改了一个页面表项（如写时拷贝之后）：
/// 用 invlpg 单独作废这一页（__flush_tlb_one），不必全刷。
static inline void flush_tlb_page(struct vm_area_struct *vma,
				  unsigned long addr)
{
	/// 当前装在 CR3 中的地址空间。
	struct mm_struct *loaded = current->active_mm;

	if (vma->vm_mm == loaded)
		__flush_tlb_one(addr);
}

/* No ranged invalidation on i386: the whole (non-global) TLB goes. */
/// §2.2。2.4.0: include/asm-i386/pgalloc.h flush_tlb_range()。一段范围变了（munmap、mprotect、mremap）：
/// i386 没有按范围作废的指令，start/end 用不上，全刷。
static inline void flush_tlb_range(struct mm_struct *mm,
				   unsigned long start, unsigned long end)
{
	if (mm != current->active_mm)
		return;
	local_flush_tlb();
}

/* The TLB holds no page-table pages of its own on i386. */
/// §2.3、§2.12（释放页面表的 free_pgtables）：释放页面表之后通知体系结构。i386 的 TLB 不缓存页面表本身，什么也不用做。
/// 2.4.0: include/asm-i386/pgalloc.h flush_tlb_pgtables()
static inline void flush_tlb_pgtables(struct mm_struct *mm,
				      unsigned long start, unsigned long end)
{
}

#endif /* _I386_PGALLOC_H */
