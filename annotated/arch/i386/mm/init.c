// SPDX-License-Identifier: GPL-2.0-only
/*
 * Setting up the kernel's address space at boot: the final page tables
 * for the linear map of low memory, the fixmap and pkmap page tables, the
 * zone sizes (paging_init); handing all memory to the buddy allocator
 * (mem_init); and the slow paths for allocating page tables.
 * Boot chapter of 情景分析; background for §2.1-§2.3.  Follows Linux 2.4.0
 * arch/i386/mm/init.c.
 */
/// §10 系统引导和初始化，§2.1–§2.3 的背景：内核虚拟空间在引导时的建立。setup_arch() 建好引导内存分配器后调用 paging_init()：
/// 按物理内存的多少建立最终的内核页面表（取代 head.S 的临时页面表），为 fixmap 和 pkmap 窗口预留页面表，算出各管理区的大小并建立
/// mem_map。start_kernel() 稍后调用 mem_init()：把引导内存分配器管着的空闲页面全部交给伙伴系统，把高端页面逐个交出去，打印
/// “Memory:”一行，撤掉引导时的恒等映射。另外有分配页面表的慢速路径，供 pgalloc.h 的 pte_alloc*() 调用。
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/swap.h>
#include <linux/bootmem.h>
#include <linux/highmem.h>
#include <asm/processor.h>
#include <asm/system.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>
#include <asm/dma.h>
#include <asm/fixmap.h>
#include <asm/e820.h>
#include <asm/io.h>

/* arch/i386/kernel/setup.c, mm/bootmem.c */
/// setup_arch() 算出的界限：max_low_pfn 是线性映射能覆盖的页框数上限（最多 896 MB 即 0x38000），[highstart_pfn, highend_pfn) 是
/// 高端内存。highstart_pfn/highend_pfn 定义在 setup.c（2.4.0 中同样由 setup_arch 设置）。
extern unsigned long max_low_pfn, max_pfn;
extern unsigned long highstart_pfn, highend_pfn;

/* head.S */
/// head.S 中两个备用页面（物理 0x105000、0x106000）：页面表被破坏时用来“顶替”的页面和页面表，见 get_bad_pte_table()。
extern char empty_bad_page[PAGE_SIZE];
extern pte_t empty_bad_pte_table[PTRS_PER_PTE];

/* vmlinux.lds */
/// 链接脚本定义的段边界。mem_init() 据此算出内核代码、数据、初始化段各有多大；free_initmem() 释放 __init_begin..__init_end。
extern char _text, _etext, _edata, __bss_start, _end;
extern char __init_begin, __init_end;

/// 交给伙伴系统的页面总数（低端 + 高端），以及其中高端页面的数目；si_meminfo() 报告给用户。
static unsigned long totalram_pages;
static unsigned long totalhigh_pages;

/*
 * A page table whose every entry maps empty_bad_page: what a corrupt pmd
 * is pointed at, so the kernel keeps running on a harmless page.
 */
/// §2.3：准备一张“坏页面表”：1024 项全部映射到 empty_bad_page（PAGE_SHARED、已脏）。某个目录项被发现已破坏、或者分配页面表失败时，
/// 就让目录项指向这张表：之后对那 4 MB 的访问都落在这个无害的页面上，内核不会因为一个坏表项而崩溃。
/// 2.4.0: arch/i386/mm/init.c get_bad_pte_table()
static pte_t *get_bad_pte_table(void)
{
	pte_t bad = pte_mkdirty(mk_pte_phys(__pa(empty_bad_page), PAGE_SHARED));
	pte_t *slot;

	for (slot = empty_bad_pte_table;
	     slot < empty_bad_pte_table + PAGE_SIZE / sizeof(pte_t); slot++)
		*slot = bad;
	return empty_bad_pte_table;
}

/// §2.3：用户页面表的目录项坏了：报告，然后改指向坏页面表（带 USER，_PAGE_TABLE）。pte_alloc() 发现 pmd_bad() 时调用。
/// 2.4.0: arch/i386/mm/init.c __handle_bad_pmd()
void __handle_bad_pmd(pmd_t *pmd)
{
	pte_t *table;

	pmd_ERROR(*pmd);
	table = get_bad_pte_table();
	set_pmd(pmd, __pmd(_PAGE_TABLE + __pa(table)));
}

/// §2.3：同上，用于内核页面表（_KERNPG_TABLE，不带 USER）。pte_alloc_kernel() 调用。
/// 2.4.0: arch/i386/mm/init.c __handle_bad_pmd_kernel()
void __handle_bad_pmd_kernel(pmd_t *pmd)
{
	pte_t *table;

	pmd_ERROR(*pmd);
	table = get_bad_pte_table();
	set_pmd(pmd, __pmd(_KERNPG_TABLE + __pa(table)));
}

/*
 * pte_alloc_kernel found no page table and the quicklist was empty: take
 * a page from the buddy allocator.  It may sleep, so check again whether
 * the pmd got filled meanwhile.
 */
/// §2.3、§2.11：为内核地址分配一张新页面表（vmalloc、ioremap 经 pte_alloc_kernel() 走到这里）。offset 是页面表内的下标。
/// 2.4.0: arch/i386/mm/init.c get_pte_kernel_slow()
pte_t *get_pte_kernel_slow(pmd_t *pmd, unsigned long offset)
{
	pte_t *table = (pte_t *) __get_free_page(GFP_KERNEL);

	/// GFP_KERNEL 的分配可能睡眠，醒来时别人也许已经为这个目录项装好了页面表——所以分配之后再看一次 pmd_none()。
	if (!pmd_none(*pmd)) {
		/* Someone else put a page table there: ours is not needed. */
		/// 有人抢先装好了页面表：刚分配的页面用不着了，还回去（free_page(0) 什么也不做，所以分配失败时也无妨）。
		/// 抢先装上的目录项若是坏的，同样按坏目录项处理。
		free_page((unsigned long) table);
		if (pmd_bad(*pmd)) {
			__handle_bad_pmd_kernel(pmd);
			return NULL;
		}
		return (pte_t *) pmd_page(*pmd) + offset;
	}
	if (!table) {
		/* No memory: park the pmd on the bad table. */
		/// 分配失败：装上坏页面表并返回 NULL。目录项就此一直指向坏页面表（2.4.0 的做法），调用者按内存不足处理。
		table = get_bad_pte_table();
		set_pmd(pmd, __pmd(_KERNPG_TABLE + __pa(table)));
		return NULL;
	}
	/// 新页面表必须全 0（所有表项“空”），否则垃圾会被当作映射。
	clear_page(table);
	set_pmd(pmd, __pmd(_KERNPG_TABLE + __pa(table)));
	return table + offset;
}

/* The same for a user page table (user-accessible pmd entry). */
/// §2.5 用户堆栈的扩展（缺页时 handle_mm_fault → pte_alloc）：为用户地址分配页面表，与 get_pte_kernel_slow() 相同，只是目录项带
/// USER（_PAGE_TABLE）。
/// 2.4.0: arch/i386/mm/init.c get_pte_slow()
pte_t *get_pte_slow(pmd_t *pmd, unsigned long offset)
{
	pte_t *table = (pte_t *) __get_free_page(GFP_KERNEL);

	if (!pmd_none(*pmd)) {
		free_page((unsigned long) table);
		if (pmd_bad(*pmd)) {
			__handle_bad_pmd(pmd);
			return NULL;
		}
		return (pte_t *) pmd_page(*pmd) + offset;
	}
	if (!table) {
		table = get_bad_pte_table();
		set_pmd(pmd, __pmd(_PAGE_TABLE + __pa(table)));
		return NULL;
	}
	clear_page(table);
	set_pmd(pmd, __pmd(_PAGE_TABLE + __pa(table)));
	return table + offset;
}

/* Shrink the page-table quicklists to low once they exceed high. */
/// §2.3：页面表缓存（quicklist）超过 high 个页面时，释放到只剩 low 个。2.4.0 中 cpu_idle() 在空闲时调用它，参数是 mm/memory.c 的
/// pgt_cache_water（25, 50）。i386 上 quicklist 从来是空的，所以它实际上什么也不做。
/// 2.4.0: arch/i386/mm/init.c do_check_pgt_cache()
int do_check_pgt_cache(int low, int high)
{
	int freed = 0;

	if (pgtable_cache_size <= high)
		return 0;
	/* One page from each list per round, until at most low are left. */
	do {
		if (pgd_quicklist != NULL) {
			free_pgd_slow(get_pgd_fast());
			freed++;
		}
		if (pmd_quicklist != NULL) {
			free_pmd_slow(get_pmd_fast());
			freed++;
		}
		if (pte_quicklist != NULL) {
			free_pte_slow(get_pte_fast());
			freed++;
		}
	} while (pgtable_cache_size > low);
	return freed;
}

#ifdef CONFIG_HIGHMEM
pte_t *kmap_pte;
pgprot_t kmap_prot;

/// 在内核页面目录中按三级的写法找到 vaddr 的页面表项（fixmap 的页面表由 pagetable_init() 预先建好，一定存在）。
#define kmap_get_fixmap_pte(vaddr) \
	pte_offset(pmd_offset(pgd_offset_k(vaddr), (vaddr)), (vaddr))

/* Remember the pte of the first kmap_atomic slot; kmaps are PAGE_KERNEL. */
/// §2.1（高端内存）：记下第一个 kmap_atomic 槽位（FIX_KMAP_BEGIN）的页面表项地址，kmap_atomic() 之后按 kmap_pte − idx 直接写页面表项，
/// 不必每次查页面目录；kmap 用的保护属性是 PAGE_KERNEL（有 PGE 时带全局位）。paging_init() 在建好页面表后调用。
/// 2.4.0: arch/i386/mm/init.c kmap_init()
void __init kmap_init(void)
{
	unsigned long first_slot = __fix_to_virt(FIX_KMAP_BEGIN);

	/* The other slots' ptes lie below it (fixmaps grow down). */
	kmap_pte = kmap_get_fixmap_pte(first_slot);
	kmap_prot = PAGE_KERNEL;
}
#endif /* CONFIG_HIGHMEM */

/* Port: fs/buffer.c (show_buffers) is not part of this port. */
/// §2.7：打印内存概况（2.4.0 中控制台按 Shift+ScrollLock 时调用）：先是各管理区的空闲块统计（show_free_areas），然后逐个页面
/// 统计总数、高端页面、保留页面、共享（引用计数减 1 之和）、交换缓存页面，最后是页面表缓存中的页面数。
/// 与 2.4.0 的差别：2.4.0 最后还调用 fs/buffer.c 的 show_buffers() 打印缓冲区统计，本移植没有缓冲区缓存，省去这一行。
/// 2.4.0: arch/i386/mm/init.c show_mem()
void show_mem(void)
{
	int ram = 0, high = 0, resv = 0, sharing = 0, swapc = 0;
	unsigned long nr;

	printk("Mem-info:\n");
	show_free_areas();
	printk("Free swap:       %6dkB\n", nr_swap_pages << (PAGE_SHIFT - 10));
	for (nr = 0; nr < max_mapnr; nr++) {
		struct page *page = mem_map + nr;

		ram++;
		if (PageHighMem(page))
			high++;
		/* Each page lands in at most one of these. */
		if (PageReserved(page))
			resv++;
		else if (PageSwapCache(page))
			swapc++;
		/// 引用计数超过 1 的部分计为“共享”（计数为 0 或 1 的页面不计）。
		else if (page_count(page) > 1)
			sharing += page_count(page) - 1;
	}
	printk("%d pages of RAM\n", ram);
	printk("%d pages of HIGHMEM\n", high);
	printk("%d reserved pages\n", resv);
	printk("%d pages shared\n", sharing);
	printk("%d pages swap cached\n", swapc);
	printk("%ld pages in page table cache\n", pgtable_cache_size);
}

/*
 * Map vaddr to phys with PAGE_KERNEL | flags in the kernel's page
 * tables, which must already exist (fixrange_init made them).
 */
/// §2.1：在内核页面表里把 vaddr 映射到物理地址 phys。只用于 fixmap：那里的页面表一定已经由 fixrange_init() 建好，所以不分配任何东西；
/// 找不到页面表说明出了错，只打印一行（文字沿用 2.4.0 的“PAE BUG”）。
/// 2.4.0: arch/i386/mm/init.c set_pte_phys()
static inline void set_pte_phys(unsigned long vaddr, unsigned long phys,
				pgprot_t flags)
{
	pgd_t *pgdp = swapper_pg_dir + __pgd_offset(vaddr);
	pgprot_t prot = __pgprot(pgprot_val(PAGE_KERNEL) | pgprot_val(flags));
	pmd_t *pmdp;
	pte_t *ptep;

	if (pgd_none(*pgdp)) {
		printk("PAE BUG #00!\n");
		return;
	}
	pmdp = pmd_offset(pgdp, vaddr);
	if (pmd_none(*pmdp)) {
		printk("PAE BUG #01!\n");
		return;
	}
	ptep = pte_offset(pmdp, vaddr);
	/// 表项不空说明这个槽位已在使用：报告但照样覆盖。
	/* A slot in use is reported, then overwritten all the same. */
	if (pte_val(*ptep))
		pte_ERROR(*ptep);
	set_pte(ptep, mk_pte_phys(phys, prot));

	/* Only this one address changed (a global entry goes too). */
	__flush_tlb_one(vaddr);
}

/// §2.1：set_fixmap()/set_fixmap_nocache() 的实现：下标换成固定的虚拟地址，再映射。非常数的越界下标在这里被拦下（常数下标在
/// fix_to_virt() 那里链接时就报错了）。
/// 2.4.0: arch/i386/mm/init.c __set_fixmap()
void __set_fixmap(enum fixed_addresses idx, unsigned long phys,
		  pgprot_t flags)
{
	if (idx < __end_of_fixed_addresses) {
		set_pte_phys(__fix_to_virt(idx), phys, flags);
		return;
	}
	printk("Invalid __set_fixmap\n");
}

/*
 * Give every pmd slot of [start, end) an empty page table from bootmem
 * (low memory).  end 0 means "up to the top of the address space".
 */
/// §2.1、§10：为 [start, end) 中每个还没有页面表的 4 MB 预先分配一张空页面表。页面表来自引导内存分配器的低端内存
/// （alloc_bootmem_low_pages，目标地址 0，实际上就是物理 0x1000 起最低的空闲页面）。这些页面表以后永不释放：fixmap 和 kmap 在
/// 中断里、持锁时都要能直接写页面表项，不允许那时再去分配页面表。
/// 2.4.0: arch/i386/mm/init.c fixrange_init()
static void __init fixrange_init(unsigned long start, unsigned long end,
				 pgd_t *pgd_base)
{
	unsigned long vaddr = start;
	int dir = __pgd_offset(start);
	int mid = __pmd_offset(start);

	/// dir、mid 是页面目录和中间目录中的下标；mid 只在第一个目录项从 start 的位置开始，以后从 0 开始。
	/// end 为 0 表示一直到 4 GB 顶端：vaddr 加到 4 GB 时回绕为 0，正好等于 end，循环结束。
	while (dir < PTRS_PER_PGD && vaddr != end) {
		/* Two levels: the pmd is the pgd entry itself. */
		/// 两级映射：pmd 就是 pgd 表项（PAE 时这里要先分配 pmd 页面，本配置没有那段代码）。
		pmd_t *pmd = (pmd_t *) (pgd_base + dir);

		while (mid < PTRS_PER_PMD && vaddr != end) {
			if (pmd_none(*pmd)) {
				pte_t *table = (pte_t *)
					alloc_bootmem_low_pages(PAGE_SIZE);

				set_pmd(pmd,
					__pmd(_KERNPG_TABLE + __pa(table)));
				/// 自查：刚装进目录项的页面表，按正常路径找回来必须是同一个地址。
				if (pte_offset(pmd, 0) != table)
					BUG();
			}
			vaddr += PMD_SIZE;
			pmd++;
			mid++;
		}
		mid = 0;
		dir++;
	}
}

/*
 * The kernel's final page tables in swapper_pg_dir: all of low memory at
 * PAGE_OFFSET (4 MB pages if the CPU has PSE, else page tables from
 * bootmem filled with PAGE_KERNEL ptes), then empty page tables for the
 * fixmaps and the pkmap window.  The boot identity map of head.S stays
 * until zap_low_mappings().
 */
/// §10、§2.1：建立内核的最终页面表。head.S 只映射了最初的 8 MB；这里把全部低端内存（0 到 max_low_pfn）映射到 PAGE_OFFSET 之上，
/// 写在 swapper_pg_dir 的内核部分（768 项以上）。此后内核可以通过 __va() 访问任何低端物理页面——这就是 §2.1 所说的 3 GB 以上
/// 的线性映射。
/// 2.4.0: arch/i386/mm/init.c pagetable_init()
static void __init pagetable_init(void)
{
	pgd_t *pgd_base = swapper_pg_dir;
	unsigned long end, vaddr;
	int i, j, k;
#ifdef CONFIG_HIGHMEM
	pgd_t *pgd;
	pmd_t *pmd;
#endif

	/*
	 * Where low memory ends in the kernel's view.  It is 0 only if low
	 * memory reached the top of the address space: then the table
	 * sizes alone end the loops.
	 */
	/// 线性映射区的终点（就是 mem_init() 里的 high_memory）。
	end = (unsigned long) __va(max_low_pfn * PAGE_SIZE);

	/// 从第 768 项（0xC0000000）开始，直到覆盖 end 为止，其余目录项留空。i、j、k 是页面目录、中间目录、页面表中的下标，
	/// 三层各自按自己的起点判断是否已到 end。
	for (i = __pgd_offset(PAGE_OFFSET); i < PTRS_PER_PGD; i++) {
		pgd_t *dir = pgd_base + i;
		pmd_t *mid = (pmd_t *) dir;

		if (end && i * PGDIR_SIZE >= end)
			break;
		if (mid != pmd_offset(dir, 0))
			BUG();
		for (j = 0; j < PTRS_PER_PMD; j++, mid++) {
			unsigned long base = i * PGDIR_SIZE + j * PMD_SIZE;
			pte_t *table;

			if (end && base >= end)
				break;

			/// CPU 支持 4 MB 页面（PSE）时，一个目录项就映射 4 MB，完全不需要页面表：省内存，也省 TLB——一个 TLB 表项管 4 MB。
			if (cpu_has_pse) {
				/* One 4 MB page; PSE CPUs honour WP too. */
				unsigned long big;

				/// 打开 CR4.PSE，目录项中的 PS 位才会被 CPU 当作“4 MB 页面”。
				set_in_cr4(X86_CR4_PSE);
				/// 有 PSE 的 CPU（Pentium 及以后）都正确支持 CR0.WP，mem_init() 就不必再做 test_wp_bit()。
				boot_cpu_data.wp_works_ok = 1;
				/// 目录项 = 4 MB 页面的物理地址 + P、RW、A、D + PS（0x0E3）。
				big = __pa(base) + _KERNPG_TABLE + _PAGE_PSE;
				/// 内核映射所有进程都一样，标成全局（G 位），切换进程重装 CR3 时这些 TLB 表项得以保留。注意 2.4.0 只在 PSE 分支里打开 PGE。
				if (cpu_has_pge) {
					/* Global too: kept across CR3 loads. */
					set_in_cr4(X86_CR4_PGE);
					big += _PAGE_GLOBAL;
				}
				set_pmd(mid, __pmd(big));
				continue;
			}

			/// 没有 PSE：每 4 MB 从引导内存分配器要一张页面表（低端内存，从物理 0x1000 往上），填满 PAGE_KERNEL 的页面表项。
			/* A page table from bootmem, filled up to end. */
			table = (pte_t *) alloc_bootmem_low_pages(PAGE_SIZE);
			set_pmd(mid, __pmd(_KERNPG_TABLE + __pa(table)));
			if (pte_offset(mid, 0) != table)
				BUG();
			for (k = 0; k < PTRS_PER_PTE; k++) {
				unsigned long addr = base + k * PAGE_SIZE;

				if (end && addr >= end)
					break;
				/// 线性映射：虚拟地址 addr 对应物理地址 addr − PAGE_OFFSET。低端内存末尾不足 4 MB 的最后一张页面表，超出部分的表项保持为 0。
				table[k] = mk_pte_phys(__pa(addr), PAGE_KERNEL);
			}
		}
	}

	/* Fixmaps: only the page tables now, set_fixmap() fills them in. */
	/// fixmap：从最低的那个 fixmap 地址所在的 4 MB 开始，一直到 4 GB 顶端（end = 0），只建空页面表，表项以后由 set_fixmap() 填写。
	/// 本配置只有一张（第 1023 项）。
	vaddr = __fix_to_virt(__end_of_fixed_addresses - 1) & PMD_MASK;
	fixrange_init(vaddr, 0, pgd_base);

#ifdef CONFIG_HIGHMEM
	/* The pkmap window: one page table, kept in pkmap_page_table. */
	/// kmap 窗口 0xfe000000 起 4 MB：建一张空页面表（第 1016 项），记在 pkmap_page_table 中，kmap_high() 直接按槽位号写它的表项。
	vaddr = PKMAP_BASE;
	fixrange_init(vaddr, vaddr + LAST_PKMAP * PAGE_SIZE, pgd_base);
	pgd = swapper_pg_dir + __pgd_offset(vaddr);
	pmd = pmd_offset(pgd, vaddr);
	pkmap_page_table = pte_offset(pmd, vaddr);
#endif
}

/*
 * Remove head.S's identity mapping of the first 8 MB: clear every user
 * pgd slot (pgd_clear does nothing with two levels, so write 0).
 */
/// §10：撤掉 head.S 为打开分页而建的恒等映射（线性地址 0–8 MB = 物理 0–8 MB，页面目录第 0、1 项）。打开分页那一刻 EIP 还是物理地址，
/// 必须有这个映射；现在早已在 0xC0000000 以上运行，不再需要它，而留着它会让用户空间的低端地址意外地映射到物理内存。
/// 2.4.0: arch/i386/mm/init.c zap_low_mappings()
/// 本移植：noinline。flush_tlb_all 在 CONFIG_X86_PGE 下变短后 gcc 会把它内联进 mem_init，调试器在
/// zap_low_mappings 上设的断点（指南实验 walk-4k-page）就停不下来；2.4.0 里它是一个独立的函数。
void __init __attribute__((noinline)) zap_low_mappings(void)
{
	pgd_t *pgd;

	/// 两级映射下 pgd_clear() 是空操作，只能直接写 0。整个用户部分（768 项）都清掉。
	for (pgd = swapper_pg_dir; pgd < swapper_pg_dir + USER_PTRS_PER_PGD;
	     pgd++)
		set_pgd(pgd, __pgd(0));
	flush_tlb_all();
}

/*
 * Called by setup_arch() once bootmem is up: build the page tables,
 * switch to them, then size the zones (DMA below 16 MB, Normal up to
 * max_low_pfn, HighMem above) and set up mem_map and the free areas.
 */
/// §10、§2.1：setup_arch() 在引导内存分配器就绪之后调用：建页面表、切换过去、算出三个管理区的大小、建立 mem_map 和伙伴系统的
/// 空闲区结构（这时所有页面还都是“保留”的，mem_init() 才把它们交出去）。
/// 2.4.0: arch/i386/mm/init.c paging_init()
void __init paging_init(void)
{
	unsigned long zones_size[MAX_NR_ZONES] = { 0, 0, 0 };
	unsigned int dma_end, low_end;

	pagetable_init();
	/* From here on the CPU walks swapper_pg_dir. */
	/// CR3 的值其实没变（head.S 装的就是 swapper_pg_dir），重装一次让新写的目录项全部生效。与 2.4.0 的差别：2.4.0 在这里直接写一句
	/// 内嵌汇编，本移植改用 pgtable.h 的 load_cr3()，以便主机单元测试替换（见那里的说明）。
	load_cr3(swapper_pg_dir);
	/// PGE 打开以后，全局的旧表项在重装 CR3 时不会消失，要用全局刷新。
	__flush_tlb_all();
#ifdef CONFIG_HIGHMEM
	kmap_init();
#endif

	/* Page frame numbers where DMA memory and low memory end. */
	/// 管理区的划分（§2.3）：ISA DMA 只能访问物理地址 16 MB 以下，dma_end = 16 MB / 4 KB = 4096 页；low_end 是低端内存的页数。
	dma_end = virt_to_phys((char *) MAX_DMA_ADDRESS) >> PAGE_SHIFT;
	low_end = max_low_pfn;
	if (low_end < dma_end) {
		/// 内存不足 16 MB 时全部归 DMA 管理区，Normal 和 HighMem 都是空的。
		zones_size[ZONE_DMA] = low_end;
	} else {
		/// 否则 DMA 4096 页，Normal 是剩下的低端内存（max_low_pfn − 4096），HighMem 是 896 MB 以上的部分（highend_pfn − max_low_pfn，
		/// 没有高端内存时 setup.c 令 highend_pfn = max_pfn = max_low_pfn，结果为 0）。Bochs 32 MB 时为 4096、4080、0。
		/// 与 2.4.0 一样按 unsigned int 相减。
		zones_size[ZONE_DMA] = dma_end;
		zones_size[ZONE_NORMAL] = low_end - dma_end;
#ifdef CONFIG_HIGHMEM
		zones_size[ZONE_HIGHMEM] = (unsigned int) highend_pfn - low_end;
#endif
	}
	free_area_init(zones_size);
}

/*
 * Write to vaddr, which is mapped read-only.  Returns 1 if the write
 * faulted (the exception table skipped to 2:), 0 if it went through.
 */
/// §2.4 越界访问（异常表修复）、§10：向只读的 vaddr 写一个字节（写回它原来的值，万一写成功也不改变内容）。写入被拒绝时产生页面
/// 异常，do_page_fault() 在异常表（__ex_table）中查到这条指令的修复地址 2b，跳过去，xorl 被跳过，faulted 保持初值 1；写入成功则执行
/// xorl，faulted 为 0——说明 CPU 在内核态不理会 WP 位（i386 就是这样）。
/// 2.4.0: arch/i386/mm/init.c do_test_wp_bit()
/// noinline：2.4.0 特意不把它放进 __init 段。若被内联进 test_wp_bit()，它的异常表项就落在 .text.init 里，
/// 排在其他表项之后，破坏异常表按地址递增的顺序（search_exception_table 用二分查找）。
static int __attribute__((noinline)) do_test_wp_bit(unsigned long vaddr)
{
	int faulted = 1;
	char byte;

	__asm__ __volatile__(
		"	movb %[mem], %[val]\n"
		"1:	movb %[val], %[mem]\n"
		"	xorl %[res], %[res]\n"
		"2:\n"
		".section __ex_table, \"a\"\n"
		"	.align 4\n"
		"	.long 1b, 2b\n"
		".previous\n"
		/// [val] 是早写的输出（"=&q"），不会与 [mem] 的地址占用同一个寄存器；q 限定为有字节形式的寄存器（al、bl、cl、dl）。
		: [mem] "+m" (*(char *) vaddr), [val] "=&q" (byte),
		  [res] "+r" (faulted)
		:
		: "memory");

	return faulted;
}

/*
 * Does this CPU honour the WP bit in supervisor mode (not a 386)?  Map
 * PAGE_OFFSET read-only for a moment and try to write it.  Only run
 * without PSE: pagetable_init already knows PSE CPUs are fine.
 */
/// §10：检查 CPU 在内核态写只读页面时是否产生异常。写时拷贝依赖这一点：内核替用户写用户页面（如 copy_to_user）时也必须触发
/// 写保护异常。没有 PSE 的 CPU 才需要测（见 pagetable_init）；本内核配置了 CONFIG_X86_WP_WORKS_OK，测出不支持就 panic。
/// 2.4.0: arch/i386/mm/init.c test_wp_bit()
void __init test_wp_bit(void)
{
	pgd_t *pgd;
	pte_t *pte, saved;

	printk("Checking if this processor honours the WP bit even in "
	       "supervisor mode... ");

	/* The pte of the first page of the kernel's linear map. */
	pgd = swapper_pg_dir + __pgd_offset(PAGE_OFFSET);
	pte = pte_offset(pmd_offset(pgd, PAGE_OFFSET), PAGE_OFFSET);
	saved = *pte;
	/// 临时把 PAGE_OFFSET 这一页改成只读（PAGE_READONLY 还带 USER，无关紧要），刷 TLB 使之生效，测完再恢复。这要求线性映射用的是
	/// 页面表而不是 4 MB 页面——没有 PSE 时正是如此。
	*pte = mk_pte_phys(0, PAGE_READONLY);
	local_flush_tlb();

	boot_cpu_data.wp_works_ok = do_test_wp_bit(PAGE_OFFSET);

	*pte = saved;
	local_flush_tlb();

	if (boot_cpu_data.wp_works_ok) {
		printk("Ok.\n");
		return;
	}
	printk("No.\n");
#ifdef CONFIG_X86_WP_WORKS_OK
	panic("This kernel doesn't support CPU's with broken WP. "
	      "Recompile it for a 386!");
#endif
}

/* Is page frame pagenr inside a usable (E820_RAM) range? */
/// §10：页框 pagenr 是否落在 E820 表中某个可用 RAM 区间里（区间起点向上、终点向下取整到页）。mem_init() 用它区分真正的内存和
/// 内存“空洞”（640 KB–1 MB 的显存、ROM，ACPI 表等）：空洞的页面也有页面描述结构，但永远是保留的。
/// 2.4.0: arch/i386/mm/init.c page_is_ram()
static inline int page_is_ram(unsigned long pagenr)
{
	int n;

	for (n = 0; n < e820.nr_map; n++) {
		struct e820entry *r = &e820.map[n];
		unsigned long first, past;

		if (r->type != E820_RAM)
			continue;
		/* Whole pages only: round the start up and the end down. */
		first = (r->addr + PAGE_SIZE - 1) >> PAGE_SHIFT;
		past = (r->addr + r->size) >> PAGE_SHIFT;
		if (first <= pagenr && pagenr < past)
			return 1;
	}
	return 0;
}

/*
 * Called by start_kernel() after the slab caches: all free low memory
 * goes from bootmem to the buddy allocator, the HighMem pages one by
 * one, then the "Memory:" line and the end of the identity map.
 */
/// §10、§2.7：引导的最后一步内存初始化：从此物理内存全部归伙伴系统（页面分配器）管理，引导内存分配器退出。
/// 2.4.0: arch/i386/mm/init.c mem_init()
void __init mem_init(void)
{
	int reserved = 0, code_bytes, data_bytes, init_bytes;
	unsigned long pfn, last_pfn;

	if (!mem_map)
		BUG();

	/* mem_map covers every page frame up to the last one of RAM. */
#ifdef CONFIG_HIGHMEM
	/// 有 HIGHMEM 时 mem_map 一直覆盖到 highend_pfn；没有高端内存时 highstart_pfn = max_pfn，highmem_start_page 指向 mem_map 的末尾，
	/// 任何页面都比它小，kmap() 总是走低端的路。
	highmem_start_page = mem_map + highstart_pfn;
	last_pfn = highend_pfn;
#else
	last_pfn = max_low_pfn;
#endif
	/// 物理页面总数 num_physpages 与 mem_map 的项数 max_mapnr 相同（2.4.0 连写成一句赋值）。
	num_physpages = last_pfn;
	max_mapnr = last_pfn;
	/// 线性映射区的终点：这个虚拟地址以下的内核地址都可以用 __pa() 换算。VMALLOC_START 由它推出。
	high_memory = (void *) __va(max_low_pfn * PAGE_SIZE);

	/* It held the boot parameters until now. */
	/// clear_page() 就是整页清零（本配置不用 MMX 版本）。
	clear_page(empty_zero_page);

	/// 把引导内存分配器位图中空闲的低端页面全部交给伙伴系统（清保留位、引用计数置 1 再释放），位图所占的页面也一并释放。
	/// 返回交出的页面数。
	totalram_pages += free_all_bootmem();

	/* What stayed reserved; holes in the E820 map are not RAM at all. */
	/// 仍是保留状态的 RAM 页面：内核映像、页面表、mem_map、伙伴系统的位图、页面 0 等。
	for (pfn = 0; pfn < max_low_pfn; pfn++)
		if (page_is_ram(pfn) && PageReserved(mem_map + pfn))
			reserved++;

#ifdef CONFIG_HIGHMEM
	/// 引导内存分配器只管低端内存，高端页面要在这里一个一个交出去：是 RAM 的清保留位、打上 PG_highmem 标记、引用计数置 1，然后像
	/// 普通释放一样交给 __free_pages(page, 0)（即 __free_page()），伙伴系统会把它们合并成大块；不是 RAM 的保持保留。
	/* bootmem never had HighMem: each RAM page is freed on its own. */
	for (pfn = highstart_pfn; pfn < highend_pfn; pfn++) {
		struct page *page = mem_map + pfn;

		if (page_is_ram(pfn)) {
			ClearPageReserved(page);
			set_bit(PG_highmem, &page->flags);
			set_page_count(page, 1);
			__free_pages(page, 0);
			totalhigh_pages++;
		} else {
			SetPageReserved(page);
		}
	}
	totalram_pages += totalhigh_pages;
#endif

	/// 2.4.0 原样的格式：可用（空闲）KB / 全部（max_mapnr）KB，然后内核代码、保留、数据、初始化段、高端内存的大小。Bochs 32 MB 时
	/// 第二个数是 32704k，与真实的 2.4.0 相同；第一个数取决于内核的大小。
	code_bytes = &_etext - &_text;
	data_bytes = &_edata - &_etext;
	init_bytes = &__init_end - &__init_begin;
	printk("Memory: %luk/%luk available "
	       "(%dk kernel code, %dk reserved, %dk data, %dk init, "
	       "%ldk highmem)\n",
	       (unsigned long) nr_free_pages() << (PAGE_SHIFT - 10),
	       max_mapnr << (PAGE_SHIFT - 10),
	       code_bytes >> 10,
	       reserved << (PAGE_SHIFT - 10),
	       data_bytes >> 10,
	       init_bytes >> 10,
	       (unsigned long) (totalhigh_pages << (PAGE_SHIFT - 10)));

	/* Without PSE, pagetable_init could not tell. */
	/// -1 表示还不知道：setup.c 的初值。有 PSE 时 pagetable_init() 已置为 1。
	if (boot_cpu_data.wp_works_ok < 0)
		test_wp_bit();

	/* Uniprocessor: nothing needs the identity map any more. */
	/// 单处理器可以在这里撤掉恒等映射；SMP 的 2.4.0 要等其它 CPU 启动之后（它们进入保护模式时也需要这个映射）。
	zap_low_mappings();
}

/* The .text.init/.data.init pages are not needed after boot. */
/// §10：引导结束后，释放只在初始化时用过的代码和数据（__init 函数、__initdata 变量所在的 .text.init、.data.init 等段）。这些页面
/// 属于内核映像，一直是保留的，逐页清保留位、引用计数置 1，再交给伙伴系统。2.4.0 中由 init 进程在启动用户程序前调用。
/// 2.4.0: arch/i386/mm/init.c free_initmem()
void free_initmem(void)
{
	unsigned long first = (unsigned long) &__init_begin;
	unsigned long past = (unsigned long) &__init_end;
	unsigned long addr;

	for (addr = first; addr < past; addr += PAGE_SIZE) {
		struct page *page = virt_to_page(addr);

		ClearPageReserved(page);
		set_page_count(page, 1);
		free_page(addr);
		totalram_pages++;
	}
	printk("Freeing unused kernel memory: %dk freed\n",
	       (int) (past - first) >> 10);
}

/*
 * The initrd's pages, once unpacked (fs/initrd.c): back to the free
 * pool like the init sections.
 */
/// §2.7（释放页面）/ §10 initrd 解包完毕（fs/initrd.c），它占用的页面像 free_initmem 一样清掉 PG_reserved、计数置 1 后 free_page 还给伙伴系统，
/// totalram_pages 随之增加；打印 2.4.0 的“Freeing initrd memory: Nk freed”。2.4.0: arch/i386/mm/init.c free_initrd_mem()
void free_initrd_mem(unsigned long start, unsigned long end)
{
	unsigned long addr;

	if (start < end)
		printk("Freeing initrd memory: %ldk freed\n",
		       (end - start) >> 10);
	for (addr = start; addr < end; addr += PAGE_SIZE) {
		struct page *page = virt_to_page(addr);

		ClearPageReserved(page);
		set_page_count(page, 1);
		free_page(addr);
		totalram_pages++;
	}
}

/* For sysinfo(2).  Port: no buffer cache, so bufferram is 0. */
/// §2.7：sysinfo(2) 系统调用的内存部分，以页为单位报告。与 2.4.0 的差别：bufferram 在 2.4.0 中是 buffermem_pages（fs/buffer.c
/// 维护的缓冲区页面数）；本移植没有缓冲区缓存，报告 0。
/// 2.4.0: arch/i386/mm/init.c si_meminfo()
void si_meminfo(struct sysinfo *val)
{
	/* Totals, then what is free now, all in pages. */
	val->totalram = totalram_pages;
	val->totalhigh = totalhigh_pages;
	val->freeram = nr_free_pages();
	val->freehigh = nr_free_highpages();
	val->sharedram = 0;
	val->bufferram = 0;
	val->mem_unit = PAGE_SIZE;
}
