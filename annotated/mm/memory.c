// SPDX-License-Identifier: GPL-2.0-only
/*
 * The page tables of user address spaces: demand paging (a page is
 * found only when it is first touched), copy-on-write after fork,
 * unmapping, and freeing the page tables themselves.
 * 情景分析 §2.4, §2.5 (the fault side), §2.12 (zap_page_range); fork's
 * copy_page_range is chapter 4.  Follows Linux 2.4.0 mm/memory.c.
 */
/// 用户空间页面映射的“页面表一侧”：缺页异常的处理（§2.4 越界访问、§2.5 用户堆栈的扩展的后半段：handle_mm_fault 一路下去）、
/// 写时拷贝（COW，fork 之后父子进程共用物理页面，谁先写谁拷贝）、撤销映射（zap_page_range，§2.12 brk/munmap 用到）、
/// 释放页面表本身（clear_page_tables）。虚存区间（vm_area_struct）本身的管理在 mm/mmap.c。
/// 本移植未收入 2.4.0 本文件中的：map_user_kiobuf/unmap_kiobuf/lock_kiovec/unlock_kiovec 及其辅助函数
/// follow_page、get_page_map（原始 I/O 的 kiobuf，尚无块设备）；vmtruncate/vmtruncate_list（要有页面缓冲 page cache
/// 和 inode 才有意义）。§2.9 页面的换入在这里：do_swap_page 与 swapin_readahead，交换缓冲与交换区在
/// mm/swap_state.c、mm/swapfile.c、mm/page_io.c。
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/swap.h>
#include <linux/highmem.h>
#include <linux/fs.h>
#include <linux/smp_lock.h>
#include <linux/pagemap.h>
#include <asm/uaccess.h>
#include <asm/pgalloc.h>

/* Page frames up to max_mapnr have a struct page in mem_map. */
/// §2.3 几个重要的数据结构和函数：描述物理内存的几个全局量。2.4.0: mm/memory.c（max_mapnr、num_physpages、high_memory、mem_map）。
/// max_mapnr：mem_map 数组的长度，页框号小于它才有 page 结构（VALID_PAGE 据此判断）。
unsigned long max_mapnr;
/* Page frames of RAM. */
/// num_physpages：物理页面总数，mem_init() 里数出来；si_meminfo() 报告的 totalram 就是它。
unsigned long num_physpages;
/* Kernel virtual address of the end of the directly mapped memory. */
/// high_memory：直接映射区（从 PAGE_OFFSET 起线性映射的低端内存）结束处的内核虚拟地址，
/// 即 __va(max_low_pfn << 12)；vmalloc 区从它之上 8 MB 对齐处开始。32 MB 时是 0xc1ff0000。
void *high_memory;
/* The struct page of the first high-memory page frame. */
/// highmem_start_page：第一个高端内存页面（896 MB 处）的 page 结构，page >= 它就是高端页面。
struct page *highmem_start_page;

/*
 * Fill the private copy "to" of "from" for a write at address.  Copying
 * the zero page is clearing: no need to read it.
 */
/// §2.5（写时拷贝的一步；fork 见第 4 章）：给要写的一方准备私有副本。2.4.0: mm/memory.c copy_cow_page()
/// 新页面可能在高端内存（GFP_HIGHUSER 分配），没有固定的内核地址，所以下面两个函数都经 kmap() 临时映射它。
static inline void copy_cow_page(struct page *from, struct page *to,
				 unsigned long address)
{
	/// 一般情形：把旧页面的 4 KB 拷进新页面。
	if (from != ZERO_PAGE(address))
		copy_user_highpage(to, from, address);
	/// 源是零页（ZERO_PAGE，内容全 0）：不必去读它，把新页面清零即可，省一次 4 KB 的读。
	else
		clear_user_highpage(to, address);
}

/* One struct page per page frame (2.4.0's mem_map_t array). */
/// mem_map：每个物理页框一个 struct page 的数组，由 free_area_init_core() 从 bootmem 分配。
/// 书中 §2.3 说的“物理页面的 page 数据结构数组”就是它；在 Bochs 里用 `x /16 <mem_map 的值>` 可看第 0 页的 page 结构。
/// 2.4.0 把它的定义放在 copy_cow_page 之后，这里照原样。
mem_map_t *mem_map;

/*
 * Free the page table a pmd entry points to (the pages it mapped were
 * released before, when the areas were unmapped).
 */
/// §2.12（释放页面表）：释放一个中间目录项所指向的页面表（一页 1024 个页面表项），并清掉该目录项。
/// 2.4.0: mm/memory.c free_one_pmd()
/// 调用时表中的页面表项应已全部由 zap_page_range 清空、页面也已释放；这里只释放“页面表”这一页本身。
/// 目录项内容不像页面表（pmd_bad）就只报告并清掉，不去释放一个来历不明的页面。
static inline void free_one_pmd(pmd_t *dir)
{
	pte_t *table;

	/// 空目录项：这 4 MB 从没有过页面表，无事可做。
	if (pmd_none(*dir))
		return;
	/// 正常情形：记下页面表的地址（pte_offset(dir, 0) 即表中第 0 项），先清目录项再释放页面表，
	/// 免得目录项指着一个已经还给伙伴系统的页面。
	if (!pmd_bad(*dir)) {
		table = pte_offset(dir, 0);
		pmd_clear(dir);
		/// pte_free 就是 free_pte_slow：直接还给伙伴系统（2.4.0 的 quicklist 在 i386 上从不使用）。
		pte_free(table);
		return;
	}
	/* Not a page table: report it, and do not free what it names. */
	/// 2.4.0 的次序是先判 pmd_none、再判 pmd_bad；这里把正常情形写在前面，坏表项的处理放在最后，判断的先后不变。
	pmd_ERROR(*dir);
	pmd_clear(dir);
}

/* The same one level up: every pmd of a pgd slot, then the pmd page. */
/// §2.12：对一个页面目录项做同样的事。2.4.0: mm/memory.c free_one_pgd()
/// i386 两级映射中中间目录“折叠”进页面目录：pgd_none/pgd_bad 恒为 0，pmd_offset 返回目录项本身，PTRS_PER_PMD 为 1，
/// 所以实际只调用一次 free_one_pmd，pmd_free 什么也不做。写成三级的样子是为了与 PAE（三级）共用代码。
static inline void free_one_pgd(pgd_t *dir)
{
	pmd_t *first, *mid;

	if (pgd_none(*dir))
		return;
	/// 与 free_one_pmd 同样的次序：取得中间目录，清掉页面目录项，逐项释放中间目录项下的页面表，最后释放中间目录本身。
	if (!pgd_bad(*dir)) {
		first = pmd_offset(dir, 0);
		pgd_clear(dir);
		for (mid = first; mid < first + PTRS_PER_PMD; mid++)
			free_one_pmd(mid);
		pmd_free(first);
		return;
	}
	/// 坏的页面目录项：报告并清掉（两级映射下不会发生）。
	pgd_ERROR(*dir);
	pgd_clear(dir);
}

/* The page-table quicklists are trimmed to [low, high] entries. */
/// §2.12：页面表缓存（quicklist）的低/高水位 25、50 页。2.4.0: mm/memory.c pgt_cache_water[]
/// do_check_pgt_cache 在缓存超过高水位时把它削到低水位。i386 的 2.4.0 释放页面表时不经缓存，所以缓存总是空的。
int pgt_cache_water[2] = { 25, 50 };

/* Returns the number of cached page-table pages given back. */
/// §2.12：让页面表缓存保持在水位之内，返回还给伙伴系统的页数。2.4.0: mm/memory.c check_pgt_cache()
/// 2.4.0 中 cpu_idle() 的空闲循环也调用它。
int check_pgt_cache(void)
{
	return do_check_pgt_cache(pgt_cache_water[0], pgt_cache_water[1]);
}

/*
 * Free the page tables of nr pgd slots of mm from slot first on (exit,
 * exec, and munmap for slots no area uses any more).
 */
/// §2.12 系统调用 brk()：释放 mm 中从第 first 个目录项起、共 nr 个目录项下的页面表。2.4.0: mm/memory.c clear_page_tables()
/// exit_mmap 用它释放全部 768 个用户目录项（0–3 GB）下的页面表，free_pgtables（munmap 之后）只释放整个 4 MB 空出来的那些。
/// 注意：第 first 项总要处理（2.4.0 写成 do-while），nr 必须至少是 1；nr 为 0 时会一直处理下去。
void clear_page_tables(struct mm_struct *mm, unsigned long first, int nr)
{
	pgd_t *dir = mm->pgd + first;

	/* nr is at least 1: the slot at first is always done. */
	for (;;) {
		free_one_pgd(dir++);
		if (--nr == 0)
			break;
	}
	/// 页面表缓存若超过高水位就削减（i386 上缓存总是空的，这里只是照 2.4.0 调用）。
	check_pgt_cache();
}

/*
 * Copy one pte of a fork.  Private writable (cow) areas: the parent's
 * pte loses RW first and the child gets the same read-only value.
 */
/// 第 4 章 fork（COW 的建立；缺页一侧见 §2.5）：复制一个页面表项。
/// 2.4.0: mm/memory.c copy_page_range()（其中 copy_one_pte 那一段；2.4.0 写在 copy_page_range 里面，本移植拆成小函数，步骤不变）
/// 空项不复制；非“在位”（present）又非空的项是盘上页面（换出后的交换项），子进程的页面表项照抄这个交换项，
/// 并用 swap_duplicate 把交换页面（swap_map 里那一格）的使用计数加一：父子两个页面表项各占一份。
static inline void copy_one_pte(struct vm_area_struct *vma, int cow,
				pte_t *src_pte, pte_t *dst_pte)
{
	pte_t val = *src_pte;
	struct page *page;

	/// 空项：父进程这一页从没映射过，子进程也不映射。
	if (pte_none(val))
		return;
	/// 非空又不在位：换出后的交换项（见函数前的说明）。子进程以后访问它，也走 do_swap_page 换入。
	if (!pte_present(val)) {
		/* A swap entry: the child's pte is one more user of the slot. */
		swap_duplicate(pte_to_swp_entry(val));
		set_pte(dst_pte, val);
		return;
	}
	page = pte_page(val);
	/// 超出 mem_map 的页框（设备内存）和保留页（零页、内核映像、remap_page_range 映射的 I/O 区）不计引用，原样复制
	/// （连 A 位、RW 位也不动）。
	/* Device memory and the zero page are mapped with no count. */
	if (!VALID_PAGE(page) || PageReserved(page)) {
		set_pte(dst_pte, val);
		return;
	}
	/// 写时拷贝的关键：把父进程的页面表项也改成只读（ptep_set_wrprotect 用 btr 原子地清 RW 位；本移植是单 CPU 构造，
	/// LOCK_PREFIX 为空，不带 lock 前缀——一条指令的读改写在单 CPU 上本来就不会被打断），
	/// 再重读一次表项，子进程拿到的是同一个只读的值。之后父子任何一方写这页都会引起保护性缺页异常，
	/// 由 do_wp_page 决定拷贝还是直接改回可写。
	if (cow) {
		ptep_set_wrprotect(src_pte);
		val = *src_pte;
	}
	/// 共享映射不做 COW，但子进程的副本要清掉 D（脏）位：子进程还没写过这页，写回磁盘的责任仍在父进程的表项。
	/* The child has written nothing to a shared page yet. */
	if (vma->vm_flags & VM_SHARED)
		val = pte_mkclean(val);
	/// get_page：这个物理页面多了一个使用者。子进程的副本清掉 A（访问）位，页面换出时子进程这一侧先显得“老”。
	get_page(page);
	set_pte(dst_pte, pte_mkold(val));
}

/*
 * fork: give dst the same pages as src over vma, whose range in dst has
 * no page tables yet.  A private area that may be written becomes
 * copy-on-write: the ptes of both sides lose their write permission and
 * every page gains a reference.  rss is the caller's (copy_mm copies
 * the whole mm_struct).  Returns 0 or -ENOMEM.
 * Port: 2.4.0 writes the three levels (copy_pmd_range, copy_pte_range,
 * copy_one_pte) inline in this one function; the pte level is a helper
 * here, the walk is the same.
 */
/// 第 4 章 fork（COW；缺页一侧见 §2.5）：fork 时复制一个虚存区间的页面映射。2.4.0: mm/memory.c copy_page_range()
/// cow 的条件是“私有且可能被写”（VM_MAYWRITE 而非 VM_SHARED）：即使此刻是只读的私有区间，以后 mprotect 可以打开写权限，
/// 所以也要按 COW 处理。由 dup_mmap 对每个区间调用；子进程的 rss 等计数不在这里改——copy_mm 整个复制了 mm_struct。
/// 2.4.0 复制时不取源 mm 的 page_table_lock（容忍与 kswapd 的竞争），这里一样。
int copy_page_range(struct mm_struct *dst, struct mm_struct *src,
		    struct vm_area_struct *vma)
{
	unsigned long address = vma->vm_start;
	unsigned long end = vma->vm_end;
	int cow = (vma->vm_flags & (VM_SHARED | VM_MAYWRITE)) == VM_MAYWRITE;
	pgd_t *src_pgd = pgd_offset(src, address);
	pgd_t *dst_pgd = pgd_offset(dst, address);

	/* User areas end at or below TASK_SIZE: address cannot wrap. */
	/// 三层循环：页面目录项 → 中间目录项 → 页面表项。源一侧空的目录项整段跳过；目标一侧需要时分配中间目录
	/// （两级映射下 pmd_alloc 不分配）和页面表（pte_alloc 分配一页清零的页面表，目录项置 _PAGE_TABLE）。
	for (; address < end; src_pgd++, dst_pgd++) {
		unsigned long pgd_end = (address + PGDIR_SIZE) & PGDIR_MASK;
		pmd_t *src_pmd, *dst_pmd;

		if (pgd_end > end)
			pgd_end = end;
		if (pgd_none(*src_pgd) || pgd_bad(*src_pgd)) {
			if (pgd_bad(*src_pgd)) {
				pgd_ERROR(*src_pgd);
				pgd_clear(src_pgd);
			}
			address = pgd_end;
			continue;
		}
		if (pgd_none(*dst_pgd) && !pmd_alloc(dst_pgd, 0))
			return -ENOMEM;
		src_pmd = pmd_offset(src_pgd, address);
		dst_pmd = pmd_offset(dst_pgd, address);

		for (; address < pgd_end; src_pmd++, dst_pmd++) {
			unsigned long pmd_end = (address + PMD_SIZE) & PMD_MASK;
			pte_t *src_pte, *dst_pte;

			if (pmd_end > pgd_end)
				pmd_end = pgd_end;
			if (pmd_none(*src_pmd) || pmd_bad(*src_pmd)) {
				/* pmd_bad() is true of an empty entry too. */
				/// 2.4.0 先判 pmd_none 跳过、再判 pmd_bad 报错；两个条件合在一起写时要注意：空表项的 pmd_bad 也为真
				/// （它不等于 _KERNPG_TABLE），只有非空的坏表项才报错并清除。
				if (!pmd_none(*src_pmd)) {
					pmd_ERROR(*src_pmd);
					pmd_clear(src_pmd);
				}
				address = pmd_end;
				continue;
			}
			if (pmd_none(*dst_pmd) && !pte_alloc(dst_pmd, 0))
				return -ENOMEM;
			src_pte = pte_offset(src_pmd, address);
			dst_pte = pte_offset(dst_pmd, address);

			for (; address < pmd_end; address += PAGE_SIZE)
				copy_one_pte(vma, cow, src_pte++, dst_pte++);
		}
	}
	return 0;
}

/*
 * Drop what a cleared pte held.  Returns 1 if it was a page counted in
 * rss (present, real, not reserved), so the caller can lower rss.
 */
/// §2.12（撤销映射）：一个已从页面表中取下的表项所占有的东西放掉。2.4.0: mm/memory.c free_pte()
/// 在位的页面：保留页和超出 mem_map 的不管；若表项是脏的而页面属于某个文件映射（page->mapping），先 set_page_dirty，
/// 让页面缓冲知道这页要写回；然后丢掉这个表项对页面的引用。返回 1 表示驻内存页面数（rss）应减一。
/// 放引用用的是 free_page_and_swap_cache：页面若在交换缓冲中而别无他人使用（is_page_shared 为假），就一并移出
/// 交换缓冲、释放它占的交换页面。非在位的交换项则 swap_free，把这个页面表项对交换页面的那一份使用计数还回去。
static inline int free_pte(pte_t pte)
{
	struct page *page;

	/// 不在位的非空表项是交换项：swap_free 还掉它的那一份计数；页面不在内存，不计入 rss。
	if (!pte_present(pte)) {
		/* A swap entry: this pte's claim on the slot goes. */
		swap_free(pte_to_swp_entry(pte));
		return 0;
	}
	page = pte_page(pte);
	/// 设备内存和保留页（如零页）从来不计引用、不计 rss：什么也不放。
	if (!VALID_PAGE(page) || PageReserved(page))
		return 0;
	/* A dirty file page must reach its file later. */
	if (pte_dirty(pte) && page->mapping)
		set_page_dirty(page);
	/* Also out of the swap cache if nobody else wants its slot. */
	free_page_and_swap_cache(page);
	return 1;
}

/* A slot about to be overwritten should have been empty. */
/// §2.13：要往一个页面表项里放新映射时，它本应是空的；不空就抱怨一句并释放旧的。2.4.0: mm/memory.c forget_pte()
/// （注意返回值被丢掉了：rss 不减。2.4.0 原样如此。）
static inline void forget_pte(pte_t page)
{
	/// 空的：正常情形，什么也不做。
	if (pte_none(page))
		return;
	/// 不空：调用者覆盖了一个还在用的映射，说一声，再把它占着的页面放掉。
	printk("forget_pte: old mapping existed!\n");
	free_pte(page);
}

/* Clear the ptes for [address, address + size) inside one page table. */
/// §2.12 系统调用 brk()：撤销一个页面表范围内的映射，返回释放的（计入 rss 的）页面数。2.4.0: mm/memory.c zap_pte_range()
/// address & ~PMD_MASK 是在这个 4 MB 范围内的偏移，size 截到本页面表的末尾为止。
static inline int zap_pte_range(struct mm_struct *mm, pmd_t *pmd,
				unsigned long address, unsigned long size)
{
	unsigned long offset, pages;
	pte_t *slot;
	int freed = 0;

	/// 没有页面表（空目录项）就没有可撤销的映射，返回 0；目录项被破坏（非空而 pmd_bad）则报告、清除，同样返回 0。
	/// 2.4.0 分两步判断（先 pmd_none 返回，再 pmd_bad 报错）；合成一个条件时要记住空表项的 pmd_bad 也为真，
	/// 只有非空的坏表项才报告。本文件的 copy_page_range、zap_pmd_range 用的是同一个写法。
	/* pmd_bad() is true of an empty entry too: report only the others. */
	if (pmd_none(*pmd) || pmd_bad(*pmd)) {
		if (!pmd_none(*pmd)) {
			pmd_ERROR(*pmd);
			pmd_clear(pmd);
		}
		return 0;
	}
	/// slot 指向 address 对应的页面表项，以后逐项后移。
	slot = pte_offset(pmd, address);
	/* Stop at the end of this page table. */
	offset = address & ~PMD_MASK;
	if (offset + size > PMD_SIZE)
		size = PMD_SIZE - offset;
	/// 逐页处理：pages 是要撤销的页数。
	for (pages = size >> PAGE_SHIFT; pages != 0; pages--, slot++) {
		/* Read and clear at once: the CPU may set D meanwhile. */
		/// 用 xchg 原子地取出并清零：此刻 CPU（或另一个 CPU）可能正要置这个表项的 D 位，读和清分两步做就可能丢掉“脏”。
		pte_t old = ptep_get_and_clear(slot);

		/// 空项不必处理；其余交给 free_pte，它返回 1 的（计入 rss 的页面）累加起来。
		if (!pte_none(old))
			freed += free_pte(old);
	}
	return freed;
}

/* The same for the pmds under one pgd slot. */
/// §2.12：对一个页面目录项覆盖的范围逐个中间目录项调用 zap_pte_range。2.4.0: mm/memory.c zap_pmd_range()
static inline int zap_pmd_range(struct mm_struct *mm, pgd_t *dir,
				unsigned long address, unsigned long size)
{
	unsigned long from, to;
	pmd_t *mid;
	int freed = 0;

	/// 空目录项什么也没有；坏的目录项报告、清掉（两级映射下 pgd_none、pgd_bad 都恒为 0，实际不会走这里）。
	if (pgd_none(*dir) || pgd_bad(*dir)) {
		if (!pgd_none(*dir)) {
			pgd_ERROR(*dir);
			pgd_clear(dir);
		}
		return 0;
	}
	mid = pmd_offset(dir, address);
	/// from/to 是在这个页面目录项（4 MB）范围之内的偏移，to 不超过它的末尾。
	/* Offsets within this pgd slot, clipped to its end. */
	from = address & ~PGDIR_MASK;
	to = from + size;
	if (to > PGDIR_SIZE)
		to = PGDIR_SIZE;
	/// 每个中间目录项一轮，from 跳到下一个中间目录项的边界。这里与 2.4.0 一样不检查 from 回绕到 0：
	/// to 不超过 PGDIR_SIZE，from 不会越过 4 GB。两级映射下只有一轮。
	do {
		freed += zap_pte_range(mm, mid++, from, to - from);
		from = (from + PMD_SIZE) & PMD_MASK;
	} while (from < to);
	return freed;
}

/*
 * Unmap the user pages of [address, address + size) in mm and lower its
 * rss.  The page tables stay (clear_page_tables frees them).  The
 * caller flushes the TLB.
 */
/// §2.12 系统调用 brk()：撤销 mm 中 [address, address+size) 的全部页面映射，释放页面，减少 rss。
/// 2.4.0: mm/memory.c zap_page_range()
/// munmap（do_munmap）、exit_mmap、mremap 失败回退都用它。页面表本身留着（由 clear_page_tables/free_pgtables 释放），
/// TLB 由调用者冲刷（flush_tlb_range）。整个过程持有 page_table_lock：防 kswapd 同时来换出这些页面；
/// 单 CPU 下自旋锁是空操作。
void zap_page_range(struct mm_struct *mm, unsigned long address,
		    unsigned long size)
{
	unsigned long end = address + size;
	pgd_t *dir = pgd_offset(mm, address);
	int freed = 0;

	/// 空范围或回绕（address + size 溢出）是调用者的错误。
	if (address >= end)
		BUG();
	spin_lock(&mm->page_table_lock);
	/// 每个页面目录项（4 MB）一轮；address 跳到下一个 4 MB 边界，到了范围末尾或越过 4 GB 回绕成 0 就停。
	for (;;) {
		freed += zap_pmd_range(mm, dir++, address, end - address);
		address = (address + PGDIR_SIZE) & PGDIR_MASK;
		if (address == 0 || address >= end)
			break;
	}
	spin_unlock(&mm->page_table_lock);

	/* rss is unsigned: never below zero. */
	/// rss 是无符号数，减过头会变成一个巨大的数，所以最多减到 0。mm 不一定是当前进程的（exit_mmap 之外，也可能是 swap_out 相关路径）。
	mm->rss = mm->rss > freed ? mm->rss - freed : 0;
}

/* Map the zero page, read-only, over part of one page table. */
/// §2.13 系统调用 mmap()：把一个页面表范围内的每一项都映射到零页，且只读。2.4.0: mm/memory.c zeromap_pte_range()
/// 读 /dev/zero 到一个映射区间时用它：以后读到的都是 0，写的时候才由 do_wp_page 拷贝出私有页面。原来的映射由 forget_pte 放掉。
static inline void zeromap_pte_range(pte_t *pte, unsigned long address,
				     unsigned long size, pgprot_t prot)
{
	/// from/to：在这张页面表（4 MB）之内的偏移，to 截到表的末尾。
	unsigned long from = address & ~PMD_MASK;
	unsigned long to = from + size;

	if (to > PMD_SIZE)
		to = PMD_SIZE;
	/// 至少处理一项（2.4.0 写成 do-while）；from 到了 to，或越过 4 GB 回绕成 0，就停。
	for (;;) {
		/// 先取下旧表项，换上零页的只读表项（不管 prot 里有没有 RW），再放掉旧的（不该有，有就抱怨）。
		pte_t old = ptep_get_and_clear(pte);

		set_pte(pte, pte_wrprotect(mk_pte(ZERO_PAGE(from), prot)));
		forget_pte(old);
		from += PAGE_SIZE;
		pte++;
		if (from == 0 || from >= to)
			break;
	}
}

/// §2.13：zeromap 的中间目录一层，必要时用 pte_alloc 分配页面表。2.4.0: mm/memory.c zeromap_pmd_range()
static inline int zeromap_pmd_range(pmd_t *pmd, unsigned long address,
				    unsigned long size, pgprot_t prot)
{
	/// from/to：在这个页面目录项（4 MB）之内的偏移。
	unsigned long from = address & ~PGDIR_MASK;
	unsigned long to = from + size;
	pte_t *table;

	if (to > PGDIR_SIZE)
		to = PGDIR_SIZE;
	/// 每个中间目录项一轮：没有页面表就分配一张（pte_alloc 返回 from 对应的表项），分配不到返回 -ENOMEM。
	for (;;) {
		table = pte_alloc(pmd, from);
		if (table == NULL)
			return -ENOMEM;
		zeromap_pte_range(table, from, to - from, prot);
		/// 跳到下一个中间目录项的边界（两级映射下这就到了 4 MB 的末尾，只有一轮）。
		from = (from + PMD_SIZE) & PMD_MASK;
		pmd++;
		if (from == 0 || from >= to)
			return 0;
	}
}

/*
 * Make [address, address + size) of the current process read zeros (a
 * read of /dev/zero into a mapping).  Writes will copy the zero page.
 */
/// §2.13 系统调用 mmap()：在当前进程的 [address, address+size) 映射零页。2.4.0: mm/memory.c zeromap_page_range()
/// 先冲刷 cache（i386 上是空操作），逐个页面目录项处理，最后冲刷 TLB。失败时返回 -ENOMEM，已映射的部分保留。
/// 与 2.4.0 的小差别：2.4.0 用一个局部变量 beg 记下起点，本移植的 flush 宏不使用参数，为免“未使用变量”警告改写为 end - size。
int zeromap_page_range(unsigned long address, unsigned long size,
		       pgprot_t prot)
{
	struct mm_struct *mm = current->mm;
	unsigned long end = address + size;
	pgd_t *dir = pgd_offset(mm, address);
	pmd_t *mid;
	int err;

	flush_cache_range(mm, address, end);
	/// 空范围或回绕是调用者的错误。
	if (address >= end)
		BUG();
	/// 每个页面目录项一轮。出错（-ENOMEM）就停下，已经映射的部分不撤销。
	for (;;) {
		mid = pmd_alloc(dir, address);
		if (mid == NULL) {
			err = -ENOMEM;
			break;
		}
		err = zeromap_pmd_range(mid, address, end - address, prot);
		if (err)
			break;
		address = (address + PGDIR_SIZE) & PGDIR_MASK;
		dir++;
		if (address == 0 || address >= end)
			break;
	}
	/// 整个范围的 TLB 一次冲刷（address 已经移动，起点用 end - size 算回来）。
	flush_tlb_range(mm, end - size, end);
	return err;
}

/*
 * Map physical pages from phys_addr on over part of one page table.
 * Only frames the allocator does not own (no struct page, or reserved,
 * such as device memory) are mapped; the other slots are left empty.
 */
/// §2.13（设备驱动的 mmap 方法；对照 §2.11 内核一侧的 ioremap）：把从 phys_addr 起的物理页框逐页映射进一个页面表范围。
/// 2.4.0: mm/memory.c remap_pte_range()
/// 只映射不归伙伴系统管的页框：没有 page 结构的（物理内存之外，如显存、PCI 设备）或保留页（如 640K–1M 的 ISA 洞、
/// 内核映像）。普通页面不许这样映射——它们可能被释放另作他用——对应的表项就留空（访问时按缺页处理）。
static inline void remap_pte_range(pte_t *pte, unsigned long address,
				   unsigned long size,
				   unsigned long phys_addr, pgprot_t prot)
{
	/// from/to：在这张页面表之内的偏移，to 截到表的末尾。
	unsigned long from = address & ~PMD_MASK;
	unsigned long to = from + size;

	if (to > PMD_SIZE)
		to = PMD_SIZE;
	for (;;) {
		/// 旧表项先取下；frame 是这个物理地址的 page 结构（物理内存之外的地址算出来的 frame 超出 mem_map）。
		pte_t old = ptep_get_and_clear(pte);
		struct page *frame = virt_to_page(__va(phys_addr));

		/// 只有没有 page 结构的或保留的页框才真的映射；普通页面的表项留空（旧映射照样被放掉）。
		if (!VALID_PAGE(frame) || PageReserved(frame))
			set_pte(pte, mk_pte_phys(phys_addr, prot));
		forget_pte(old);
		from += PAGE_SIZE;
		phys_addr += PAGE_SIZE;
		pte++;
		if (from == 0 || from >= to)
			break;
	}
}

/// §2.13：remap 的中间目录一层。2.4.0: mm/memory.c remap_pmd_range()
/// phys_addr -= from 这一步之后，“phys_addr + from”就是当前页对应的物理地址，循环里无需另外维护一个物理地址变量。
static inline int remap_pmd_range(pmd_t *pmd, unsigned long address,
				  unsigned long size,
				  unsigned long phys_addr, pgprot_t prot)
{
	unsigned long from = address & ~PGDIR_MASK;
	unsigned long to = from + size;
	pte_t *table;

	if (to > PGDIR_SIZE)
		to = PGDIR_SIZE;
	/* From here phys_addr + from is the frame for from. */
	phys_addr -= from;
	/// 与 zeromap_pmd_range 同样的循环：每个中间目录项一轮，页面表分配不到就 -ENOMEM。
	for (;;) {
		table = pte_alloc(pmd, from);
		if (table == NULL)
			return -ENOMEM;
		remap_pte_range(table, from, to - from, phys_addr + from,
				prot);
		from = (from + PMD_SIZE) & PMD_MASK;
		pmd++;
		if (from == 0 || from >= to)
			return 0;
	}
}

/*
 * Map [phys_addr, phys_addr + size) at user address from in the current
 * process (a driver's mmap method).  The caller holds mmap_sem.
 */
/// §2.13 系统调用 mmap()：把物理地址 [phys_addr, phys_addr+size) 映射到当前进程的用户地址 from 处。
/// 2.4.0: mm/memory.c remap_page_range()（io_remap_page_range 在 i386 上就是它）
/// 调用者（驱动的 mmap 方法，由 do_mmap_pgoff 调用）持有 mmap_sem。
int remap_page_range(unsigned long from, unsigned long phys_addr,
		     unsigned long size, pgprot_t prot)
{
	struct mm_struct *mm = current->mm;
	unsigned long end = from + size;
	pgd_t *dir;
	pmd_t *mid;
	int err;

	/// 与 remap_pmd_range 同样的技巧：减去起点之后，phys_addr + from 总是 from 这一页对应的物理地址。
	/* From here phys_addr + from is the frame for from. */
	phys_addr -= from;
	dir = pgd_offset(mm, from);
	flush_cache_range(mm, from, end);
	if (from >= end)
		BUG();
	/// 每个页面目录项一轮，出错就停下；最后整个范围冲刷一次 TLB。
	for (;;) {
		mid = pmd_alloc(dir, from);
		if (mid == NULL) {
			err = -ENOMEM;
			break;
		}
		err = remap_pmd_range(mid, from, end - from, phys_addr + from,
				      prot);
		if (err)
			break;
		from = (from + PGDIR_SIZE) & PGDIR_MASK;
		dir++;
		if (from == 0 || from >= end)
			break;
	}
	flush_tlb_range(mm, end - size, end);
	return err;
}

/* Replace a present pte: store it, then drop the old TLB entry. */
/// §2.5：用新值替换一个在位的页面表项：先写表项，再冲刷这一页的 TLB（invlpg），否则 CPU 还会用旧的只读/不脏的副本。
/// 2.4.0: mm/memory.c establish_pte()
/// flush_tlb_page 只在该区间属于当前装入 CR3 的地址空间（current->active_mm）时才真去冲刷。update_mmu_cache 在 i386 上为空。
static inline void establish_pte(struct vm_area_struct *vma,
				 unsigned long address, pte_t *page_table,
				 pte_t entry)
{
	set_pte(page_table, entry);
	flush_tlb_page(vma, address);
	update_mmu_cache(vma, address, entry);
}

/* Give the writer its own copy: fill new_page, map it writable. */
/// §2.5（写时拷贝）：“打破”共享：把旧页面的内容拷进新页面，把新页面以可写、已脏的表项装进页面表。
/// 2.4.0: mm/memory.c break_cow()
/// 表项的保护位取自区间的 vm_page_prot（私有可写区间是 PAGE_COPY，只读），再加上 RW 和 D 位。
static inline void break_cow(struct vm_area_struct *vma,
			     struct page *old_page, struct page *new_page,
			     unsigned long address, pte_t *page_table)
{
	/// 新页面的表项：保护位来自区间，下面再加上 RW 和 D。
	pte_t entry = mk_pte(new_page, vma->vm_page_prot);

	/// 先把内容拷好，再让表项指向新页面；两个 flush 在 i386 上都是空操作。
	copy_cow_page(old_page, new_page, address);
	flush_page_to_ram(new_page);
	flush_cache_page(vma, address);
	establish_pte(vma, address, page_table,
		      pte_mkwrite(pte_mkdirty(entry)));
}

/*
 * A write to a present, write-protected page of an area that may be
 * written: copy-on-write.  If nobody else holds the page (count 1) it is
 * simply made writable; otherwise the writer gets a copy and drops its
 * reference to the old page (the zero page is never counted, so it is
 * always copied).  Entered with page_table_lock held, leaves without it.
 * Returns 1 (minor fault) or -1 (out of memory).
 */
/// §2.5（缺页异常中的“写保护”一支；写时拷贝与 fork 的关系见第 4 章）：写一个在位但只读的页面，而区间允许写。
/// 2.4.0: mm/memory.c do_wp_page()
/// 这就是写时拷贝（COW）：fork 之后父子共享的页面、零页、nopage 给出的共享页面，表项都是只读的。
/// 决定的依据是页面的使用计数 page_count：只有我们一个使用者（计数 1），直接把表项改成可写就行，不必拷贝；
/// 否则分配新页面、拷贝、换上新页面，并放掉对旧页面的引用。零页是保留页，计数不变（通常为 0），所以总是走拷贝一路。
/// 进入时持有 page_table_lock，返回前释放；返回 1（次要缺页 minor fault）或 -1（没有内存）。
static int do_wp_page(struct mm_struct *mm, struct vm_area_struct *vma,
		      unsigned long address, pte_t *page_table, pte_t pte)
{
	struct page *old_page = pte_page(pte);
	struct page *copy;
	int reuse;

	/// 表项指向 mem_map 之外（设备内存）却遇到写保护异常：说明页面表被破坏了。放锁、报告、按内存不足返回 -1
	/// （2.4.0 把这一段放在函数末尾的 bad_wp_page 标号处）。
	if (!VALID_PAGE(old_page)) {
		spin_unlock(&mm->page_table_lock);
		printk("do_wp_page: bogus page at address %08lx (page 0x%lx)\n",
		       address, (unsigned long) old_page);
		return -1;
	}

	/// 判定“最后一个使用者”：计数为 1；或者计数为 2 而另一个引用来自交换缓冲（页面在交换缓冲中、
	/// TryLockPage 能锁上、is_page_shared 说既没有别的页面表项映射它，也没有别的交换项还指着它的交换页面）。
	/// 后一种就是刚换入的页面：do_swap_page 为读访问只给了只读表项，这里写时不必拷贝，页面仍留在交换缓冲中。
	/// 直接改成可写：置 RW、D、A 位，冲刷这一页的 TLB，放锁，算一次次要缺页。
	/*
	 * Nobody else holds the page: write in place.  Count 2 may be us
	 * and the swap cache: if no other pte or swap entry wants the
	 * slot (is_page_shared, asked with the page locked), reuse it too.
	 */
	reuse = page_count(old_page) == 1;
	if (page_count(old_page) == 2 && PageSwapCache(old_page) &&
	    !TryLockPage(old_page)) {
		reuse = !is_page_shared(old_page);
		UnlockPage(old_page);
	}
	if (reuse) {
		flush_cache_page(vma, address);
		establish_pte(vma, address, page_table,
			      pte_mkyoung(pte_mkdirty(pte_mkwrite(pte))));
		spin_unlock(&mm->page_table_lock);
		return 1;
	}

	/* Copy.  The allocation may sleep: not under the lock. */
	/// 分配可能睡眠（等待 kswapd 回收），所以先放开 page_table_lock。2.4.0 这里写的是 page_cache_alloc()，即
	/// alloc_pages(GFP_HIGHUSER, 0)；本移植还没有 pagemap.h，直接写出来。分配不到：返回 -1，表项不变。
	spin_unlock(&mm->page_table_lock);
	copy = alloc_page(GFP_HIGHUSER);	/* page_cache_alloc() */
	if (copy == NULL)
		return -1;
	spin_lock(&mm->page_table_lock);
	/// 放锁期间表项可能被改（比如 kswapd 把页面换出了）：只有表项没变，才装上新页面；否则新页面作废，下次访问再说
	/// （仍返回 1，出错的指令重新执行时会重新判断）。
	if (!pte_same(*page_table, pte)) {
		/* Changed while we slept: the copy is not wanted. */
		spin_unlock(&mm->page_table_lock);
		__free_page(copy);		/* page_cache_release() */
		return 1;
	}
	/// 旧页面是零页（保留页，从不计入 rss），换成私有页面后驻内存页面数要加一。
	/* The zero page was not in rss; the copy is. */
	if (PageReserved(old_page))
		++mm->rss;
	break_cow(vma, old_page, copy, address, page_table);
	spin_unlock(&mm->page_table_lock);
	/// 表项已经指向副本：放掉我们对旧页面的那一个引用（与 2.4.0 一样在放锁之后）。若旧页面是零页，
	/// __free_page 对保留页什么也不做；若别人也不再用它，它就回到伙伴系统。
	/* Our reference to the old page goes. */
	__free_page(old_page);
	return 1;
}

/*
 * Unmap, in each area of the list, the pages at file page pgoff and
 * beyond.  An area wholly past the new end loses all its pages; one
 * that straddles it keeps those before.
 */
/// §2.13 对一个 address_space 的映射队列（i_mmap 或 i_mmap_shared，经 vm_next_share 串起）中的每个区间，拆除文件页号 pgoff 及以后的映射：
/// 整个区间都在新的文件尾之后就全部 zap_page_range，跨过文件尾的只拆后半段。2.4.0: mm/memory.c vmtruncate_list()
static void vmtruncate_list(struct vm_area_struct *mpnt,
			    unsigned long pgoff, unsigned long partial)
{
	for (; mpnt; mpnt = mpnt->vm_next_share) {
		struct mm_struct *mm = mpnt->vm_mm;
		unsigned long from = mpnt->vm_start;
		unsigned long to = mpnt->vm_end;
		unsigned long pages = (to - from) >> PAGE_SHIFT;
		unsigned long keep;

		if (mpnt->vm_pgoff < pgoff) {
			keep = pgoff - mpnt->vm_pgoff;
			if (keep >= pages)
				continue;	/* all of it before the end */
			from += keep << PAGE_SHIFT;
		}
		flush_cache_range(mm, from, to);
		zap_page_range(mm, from, to - from);
		flush_tlb_range(mm, from, to);
	}
}

/*
 * The file's size becomes offset (the caller holds i_sem).  Shrinking:
 * every mapping loses its pages wholly beyond the new end (touching
 * them again is SIGBUS), then the page cache drops them and clears the
 * tail of the last page.  Growing is only the new size, within
 * RLIMIT_FSIZE (SIGXFSZ beyond it).
 */
/// §2.13 文件长度变为 offset（调用者持有 i_sem）。缩短：先拆除各映射中完全在新文件尾之后的页面（再访问就是 SIGBUS），
/// 再由 truncate_inode_pages 把它们从页面高速缓存中删除，并把最后一页的尾部清零。加长：只改 i_size，受 RLIMIT_FSIZE 限制（超过发 SIGXFSZ）。2.4.0: mm/memory.c vmtruncate()
void vmtruncate(struct inode *inode, loff_t offset)
{
	struct address_space *mapping = inode->i_mapping;
	unsigned long pgoff, partial, limit;

	if (inode->i_size < offset)
		goto do_expand;
	inode->i_size = offset;
	pgoff = (offset + PAGE_SIZE - 1) >> PAGE_SHIFT;
	partial = (unsigned long) offset & (PAGE_SIZE - 1);

	spin_lock(&mapping->i_shared_lock);
	if (mapping->i_mmap)
		vmtruncate_list(mapping->i_mmap, pgoff, partial);
	if (mapping->i_mmap_shared)
		vmtruncate_list(mapping->i_mmap_shared, pgoff, partial);
	spin_unlock(&mapping->i_shared_lock);
	truncate_inode_pages(mapping, offset);
	goto out_truncate;

do_expand:
	limit = current->rlim[RLIMIT_FSIZE].rlim_cur;
	if (limit != RLIM_INFINITY && offset > limit) {
		/* Past the limit: the signal, and no growth beyond it. */
		send_sig(SIGXFSZ, current, 0);
		if (inode->i_size >= limit)
			return;
		offset = limit;
	}
	inode->i_size = offset;

out_truncate:
	if (inode->i_op && inode->i_op->truncate)
		inode->i_op->truncate(inode);
}

/*
 * Start reading, without waiting, the slots around entry that are in
 * use (valid_swaphandles: an aligned window of 2^page_cluster, each
 * slot lent an extra user meanwhile).  Stop early when enough
 * asynchronous swap I/O is already in flight.
 */
/// §2.9 页面的换入：预读。2.4.0: mm/memory.c swapin_readahead()
/// 磁盘读一页与读连续几页代价相差无几，所以换入一页时顺便把交换区里相邻的几页也读进交换缓冲。
/// valid_swaphandles 给出以 2^page_cluster 对齐的一个窗口里、从窗口起点开始连续在用的交换页面数，并为每一页
/// 临时加一份使用计数（防止读的过程中被释放）；逐页发起异步读（read_swap_cache_async 的 wait 为 0），
/// 读入的页面留在交换缓冲中，我们只放掉返回给我们的那个页面引用，再 swap_free 还掉临时的那份计数。
/// 正在进行的异步交换 I/O（nr_async_pages）已达 pager_daemon.swap_cluster << page_cluster 时就停止预读，
/// 其余页面的临时计数全部还掉。
void swapin_readahead(swp_entry_t entry)
{
	unsigned long slot, type = SWP_TYPE(entry);
	unsigned long limit = pager_daemon.swap_cluster << page_cluster;
	struct page *ahead;
	int left;

	left = valid_swaphandles(entry, &slot);
	for (; left > 0; left--, slot++) {
		if (atomic_read(&nr_async_pages) >= limit)
			break;
		ahead = read_swap_cache_async(SWP_ENTRY(type, slot), 0);
		/* It stays in the swap cache; only our reference goes. */
		if (ahead)
			page_cache_release(ahead);
		swap_free(SWP_ENTRY(type, slot));
	}
	/* Too busy: give back the loans of the slots not read. */
	for (; left > 0; left--, slot++)
		swap_free(SWP_ENTRY(type, slot));
}

/* Port: swap-in faults, and those that had to read, for /proc/stat. */
/// 与 2.4.0 不同（本移植新增）：换入缺页的两个计数，由 /proc/stat 的 swapfault 行给用户程序看。
/// 2.4.0 的 do_swap_page 总是返回 1（算作次缺页），用户看不出哪些缺页要读盘；有了这两个数，
/// 基准程序 b_swap 能算出换出的页面中有多少又被访问、其中多少要从磁盘读回。
unsigned long swap_faults, swap_fault_reads;

/*
 * A pte holding a swap entry: find the page in the swap cache, or read
 * it (with its neighbours, ahead) into the cache.  The pte takes the
 * page and gives up its use of the slot; the page stays in the swap
 * cache.  Only a write, with nobody else wanting the page, maps it
 * writable at once.  Returns 1 (even after I/O) or -1 (no page).
 * 2.4.0 does not look at the pte again after sleeping.
 */
/// §2.9 页面的换入：表项非空但不在位，说明页面已换出到交换区，表项里存的是交换项。
/// 2.4.0: mm/memory.c do_swap_page()
/// 先在交换缓冲里找（页面可能刚被换出还没写走、被别的进程换入过、或被预读进来），找不到就在内核锁下预读
/// （swapin_readahead）并同步读入（read_swap_cache）；仍得不到页面（交换项无效、内存不足）返回 -1，
/// do_page_fault 按内存不足处理。然后 rss 加一，按区间的保护位做表项；锁住页面，swap_free 还掉这个页面表项对
/// 交换页面的那一份计数（页面本身仍在交换缓冲中，交换缓冲那一份计数还在）；只有写访问且 is_page_shared 说
/// 没有别的使用者时才直接给可写、已脏的表项，否则给只读表项，写时由 do_wp_page 处理。
/// 返回 1：即使做了磁盘 I/O，2.4.0 也算作次要缺页。2.4.0 在可能睡眠之后不再核对表项是否已被改变，本移植照 2.4.0。
static int do_swap_page(struct mm_struct *mm, struct vm_area_struct *vma,
			unsigned long address, pte_t *page_table,
			swp_entry_t entry, int write_access)
{
	struct page *pg;
	pte_t mapped;

	/// 本移植新增：每次换入缺页都计一次。
	swap_faults++;
	/// 交换缓冲里有：得到一个页面引用（lookup_swap_cache 会等页面的 I/O 完成）。
	pg = lookup_swap_cache(entry);
	if (!pg) {
		/* Not cached: read it, and its neighbours ahead, under BKL. */
		/// 本移植新增：交换缓存里没有，要读盘（连同预读）的那一部分。
		swap_fault_reads++;
		lock_kernel();
		swapin_readahead(entry);
		pg = read_swap_cache(entry);
		unlock_kernel();
		if (!pg)
			return -1;
	}
	/// 从这里起页面映射进进程的页面表，算作驻内存页面。
	++mm->rss;
	mapped = mk_pte(pg, vma->vm_page_prot);
	/* The lookup's page reference now belongs to the pte. */
	/// 锁住页面再改交换计数，使 is_page_shared 看到的页面计数和交换计数前后一致。
	lock_page(pg);
	swap_free(entry);
	if (write_access && !is_page_shared(pg))
		mapped = pte_mkdirty(pte_mkwrite(mapped));
	UnlockPage(pg);
	set_pte(page_table, mapped);
	/* The pte was not present: the TLB cannot hold it. */
	update_mmu_cache(vma, address, mapped);
	return 1;
}

/*
 * First touch of an anonymous page.  A read maps the shared zero page
 * read-only; only a write costs a page of its own, zeroed.  The caller
 * holds mmap_sem, which is all that is needed.  Returns 1 or -1.
 */
/// §2.5 用户堆栈的扩展（缺页的最后一步）：第一次访问一个匿名页面（堆、栈、MAP_ANONYMOUS，没有 nopage 方法）。
/// 2.4.0: mm/memory.c do_anonymous_page()
/// 读访问只映射零页（只读、共享、不计 rss）：读出来全是 0，不占物理内存；以后要写再由 do_wp_page 拷贝。
/// 写访问才分配一个物理页面（GFP_HIGHUSER：可以是高端内存），清零（不能把别人的旧数据泄露出去），
/// 表项可写且已脏，rss 加一。只需持有 mmap_sem。
/// 2.4.0 在分配之后不再检查表项是否仍为空（2.4 后期版本才加），本移植照 2.4.0。
static int do_anonymous_page(struct mm_struct *mm, struct vm_area_struct *vma,
			     pte_t *page_table, int write_access,
			     unsigned long addr)
{
	struct page *page;
	pte_t entry;

	/// 读：表项指向零页，按区间的保护位再去掉 RW（即使是共享可写区间，也要等写的时候再说）。
	if (!write_access) {
		/* A read: the shared zero page, read-only. */
		entry = pte_wrprotect(mk_pte(ZERO_PAGE(addr),
					     vma->vm_page_prot));
	} else {
		/// 写：要一个页面，分配不到返回 -1（表项仍为空，do_page_fault 按内存不足处理）。
		page = alloc_page(GFP_HIGHUSER);
		if (page == NULL)
			return -1;
		clear_user_highpage(page, addr);
		/// 表项可写且已脏；页面是我们自己的，计入 rss。
		entry = mk_pte(page, vma->vm_page_prot);
		entry = pte_mkwrite(pte_mkdirty(entry));
		mm->rss++;
		flush_page_to_ram(page);
	}
	set_pte(page_table, entry);
	/* The pte was empty: the TLB cannot hold it. */
	update_mmu_cache(vma, addr, entry);
	return 1;
}

/*
 * First touch of a page of an area: ask the area's nopage method for the
 * page (anonymous areas have none).  For a write to a private area the
 * method is asked for a private copy at once (early COW), so the write
 * does not fault again.  Returns 2 (major), 0 (SIGBUS) or -1 (OOM).
 */
/// §2.5：页面表项为空（页面从未建立映射）时的缺页处理。2.4.0: mm/memory.c do_no_page()
/// 区间没有 vm_ops->nopage（匿名映射）就交给 do_anonymous_page；否则请区间的 nopage 方法（文件映射是 filemap_nopage，
/// 共享匿名映射是 shmem_nopage）交出这一页。第三个参数是“不要共享”（no_share）：对私有区间的写访问，
/// 要求 nopage 直接给一份私有副本——提前做了写时拷贝，省得马上再来一次写保护异常。共享区间则总是 0。
static int do_no_page(struct mm_struct *mm, struct vm_area_struct *vma,
		      unsigned long address, int write_access,
		      pte_t *page_table)
{
	struct page *page;
	int no_share;
	pte_t entry;

	/// 匿名区间（没有 nopage 方法）另有专门的处理。
	if (vma->vm_ops == NULL || vma->vm_ops->nopage == NULL)
		return do_anonymous_page(mm, vma, page_table, write_access,
					 address);

	/// no_share：共享区间总是 0，私有区间就是 write_access；地址按页对齐后交给 nopage。
	/* A write to a private area asks for a copy of its own at once. */
	no_share = write_access;
	if (vma->vm_flags & VM_SHARED)
		no_share = 0;
	page = vma->vm_ops->nopage(vma, address & PAGE_MASK, no_share);
	/// NOPAGE_SIGBUS（NULL）：比如访问超出了文件末尾，返回 0，do_page_fault 发 SIGBUS；NOPAGE_OOM：没有内存，返回 -1。
	if (page == NOPAGE_SIGBUS)
		return 0;
	if (page == NOPAGE_OOM)
		return -1;

	/// nopage 交来的页面带着一个引用，归这个表项所有，计入 rss。
	++mm->rss;
	flush_page_to_ram(page);
	flush_icache_page(vma, page);
	entry = mk_pte(page, vma->vm_page_prot);
	/// 写访问：页面已经是私有副本（或者区间是共享的），表项直接可写、已脏。
	/// 读访问而页面还有别的使用者（如页面缓冲）、区间又是私有的：表项只读，以后写时再做写时拷贝
	/// （私有区间的 vm_page_prot 本来就没有 RW，这一步只是保险）。
	if (write_access) {
		entry = pte_mkdirty(pte_mkwrite(entry));
	} else if (page_count(page) > 1 &&
		   !(vma->vm_flags & VM_SHARED)) {
		/* Others hold it and the area is private: COW later. */
		entry = pte_wrprotect(entry);
	}
	set_pte(page_table, entry);
	update_mmu_cache(vma, address, entry);
	/// 返回 2：主要缺页（major fault，可能做了磁盘 I/O），do_page_fault 据此给 maj_flt 加一。
	return 2;
}

/*
 * The pte for address exists (maybe empty).  Not present: bring the
 * page in.  Present: a write to a read-only pte is copy-on-write;
 * otherwise the CPU only needs the accessed/dirty bits set.
 * page_table_lock guards against reclaim taking the page meanwhile.
 */
/// §2.5 用户堆栈的扩展：页面表已经有了，按表项的状态分派。2.4.0: mm/memory.c handle_pte_fault()
/// 不在位：表项全 0 是从未映射过 → do_no_page；否则是换出了的交换项 → do_swap_page。
/// 在位：写访问而表项只读 → do_wp_page（写时拷贝）；写访问而表项可写，只需置 D 位；
/// 读访问在位的页面：i386 上这种缺页（出错码 bit 0 = 1、bit 1 = 0）在 do_page_fault 里就转到 bad_area，到不了这里；
/// 走到这里的读访问，是表项在我们等 mmap_sem 时已被填上（同一 mm 的另一线程先处理了同一缺页），
/// 或内核直接调用 handle_mm_fault（make_pages_present）的情形：页面已在，只置 A 位（写访问再置 D 位）。
/// page_table_lock 防的是 kswapd 同时换出页面：它只会“拿走”页面，所以发现表项不在位以后就可以放锁——
/// 往页面表里添页面的人都持有 mmap_sem，而我们持有它。
static inline int handle_pte_fault(struct mm_struct *mm,
				   struct vm_area_struct *vma,
				   unsigned long address, int write_access,
				   pte_t *pte)
{
	pte_t val;

	/// 在锁内读出表项的当前值，以后的判断都根据这个值。
	spin_lock(&mm->page_table_lock);
	val = *pte;
	/// 不在位：放锁后按表项是否全 0 分派（do_no_page、do_swap_page 都在锁外运行）。
	if (!pte_present(val)) {
		/* Nobody else fills in a missing page: drop the lock. */
		spin_unlock(&mm->page_table_lock);
		if (pte_none(val))
			return do_no_page(mm, vma, address, write_access, pte);
		/// 交换项按 2.4.0 以 swp_entry_t 传给 do_swap_page（pte_to_swp_entry 只是换个类型看同一个值）。
		return do_swap_page(mm, vma, address, pte,
				    pte_to_swp_entry(val), write_access);
	}

	/// 在位而要写一个只读的表项：写时拷贝。do_wp_page 进入时持锁，由它负责放锁。
	/* Present.  Writing a read-only pte is copy-on-write. */
	if (write_access && !pte_write(val))
		return do_wp_page(mm, vma, address, pte, val);
	/// 其余情形页面就在那里：置 A 位（写访问再置 D 位），用 establish_pte 写回并冲刷这一页的 TLB，算一次次要缺页。
	/* Otherwise only the accessed (and for a write, dirty) bit. */
	val = pte_mkyoung(val);
	if (write_access)
		val = pte_mkdirty(val);
	establish_pte(vma, address, pte, val);
	spin_unlock(&mm->page_table_lock);
	return 1;
}

/*
 * Resolve a fault at address in vma of mm (the caller holds mmap_sem and
 * has checked the access against vma): make sure a page table exists,
 * then handle the pte.  Returns 1 minor fault, 2 major fault, 0 SIGBUS,
 * -1 out of memory.
 */
/// §2.5 用户堆栈的扩展：缺页异常的“内存管理一侧”入口；do_page_fault 查过区间和访问权限之后调用它。
/// 2.4.0: mm/memory.c handle_mm_fault()
/// 先保证页面表存在：pgd_offset 找到页面目录项，pmd_alloc（两级映射下就是目录项本身），pte_alloc（必要时分配一页清零的页面表，
/// 目录项置 _PAGE_TABLE，即 P|RW|US|A|D——用户权限由页面表项决定），再交给 handle_pte_fault。
/// 返回值：1 次要缺页，2 主要缺页，0 要发 SIGBUS，-1 没有内存。
/// 2.4.0 这里分配页面表时不持有 page_table_lock（2.4 后期版本才改成在锁内分配），本移植照 2.4.0。
int handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma,
		    unsigned long address, int write_access)
{
	pgd_t *dir = pgd_offset(mm, address);
	pmd_t *mid = pmd_alloc(dir, address);
	pte_t *slot;

	/// 两级映射下 pmd_alloc 从不失败；pte_alloc 分配不到页面表时返回 NULL（并让目录项指向 empty_bad_pte_table），
	/// 两种情形都按内存不足返回 -1。
	if (mid == NULL)
		return -1;
	slot = pte_alloc(mid, address);
	if (slot == NULL)
		return -1;
	return handle_pte_fault(mm, vma, address, write_access, slot);
}

/*
 * Fault in every page of [addr, end) of the current process, for write
 * if the area is writable (mlock, MAP_LOCKED).  The range lies in one
 * area.  Returns 0, or -1 if a fault could not be handled.
 */
/// §2.12 系统调用 brk()：把当前进程 [addr, end) 的每一页都预先“缺页”进来。2.4.0: mm/memory.c make_pages_present()
/// mlock、带 VM_LOCKED 的 mmap/brk（mlockall(MCL_FUTURE) 之后）用它：锁住的页面必须真在内存里。
/// 区间可写就按写访问处理，于是私有页面一次就拿到自己的副本。只看起点所在的那一个区间：调用者保证范围在一个区间内。
int make_pages_present(unsigned long addr, unsigned long end)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma = find_vma(mm, addr);
	int write = (vma->vm_flags & VM_WRITE) != 0;

	/// 空范围是调用者的错误；排除了它，下面的循环至少处理一页（2.4.0 写成 do-while）。
	if (addr >= end)
		BUG();
	/// 逐页调用 handle_mm_fault，就像真的访问了一次；只有 -1（没有内存）才算失败，0（SIGBUS）照样往下走。
	for (; addr < end; addr += PAGE_SIZE)
		if (handle_mm_fault(mm, vma, addr, write) < 0)
			return -1;
	return 0;
}
