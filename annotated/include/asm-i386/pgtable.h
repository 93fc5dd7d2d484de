/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Page tables: the entry bits, the protections user mappings get, the
 * accessors the rest of mm/ uses on pgd/pmd/pte entries, TLB flushing and
 * the layout of kernel virtual space above the linear map (vmalloc).
 * 情景分析 §2.1-§2.3.  Follows Linux 2.4.0 include/asm-i386/pgtable.h.
 */
/// §2.1 Linux内存管理的基本框架、§2.3 几个重要的数据结构和函数：页面表项里每一位的含义、用户空间各种访问权限对应的页面表项、
/// 操作 pgd/pmd/pte 的全部宏和内联函数、TLB 刷新，以及线性映射区之上内核虚拟空间的布局（vmalloc 区）。mm/ 的通用代码只通过
/// 这些接口碰页面表，换一种 CPU 只要换掉这个文件。
/// 2.4.0: include/asm-i386/pgtable.h
#ifndef _I386_PGTABLE_H
#define _I386_PGTABLE_H

#include <linux/config.h>

#ifndef __ASSEMBLY__
#include <asm/processor.h>
#include <asm/fixmap.h>
#include <asm/bitops.h>
#include <linux/threads.h>

/// 内核自己的页面目录，在 head.S 里，物理地址 0x101000。init_mm.pgd 指向它；每个进程的页面目录的高 256 项（内核部分）都是从这里复制的。
extern pgd_t swapper_pg_dir[1024];
extern void paging_init(void);

/* i386 caches are physically indexed: nothing to flush for aliases. */
/// i386 的 cache 按物理地址索引，同一物理页面不管从哪个虚拟地址访问都命中同一 cache 行，修改映射时没有别名问题要处理，
/// 所以这些 cache 刷新钩子全是空的。有虚拟索引 cache 的 CPU（如 SPARC）才需要它们。
#define flush_cache_all()			do { } while (0)
#define flush_cache_mm(mm)			do { } while (0)
#define flush_cache_range(mm, start, end)	do { } while (0)
#define flush_cache_page(vma, vmaddr)		do { } while (0)
#define flush_page_to_ram(page)			do { } while (0)
#define flush_dcache_page(page)			do { } while (0)
#define flush_icache_range(start, end)		do { } while (0)
#define flush_icache_page(vma, pg)		do { } while (0)

#ifndef HOST_TEST
/* Rewriting CR3 drops every TLB entry that is not global. */
/// §2.2 地址映射的全过程：TLB 缓存着“线性地址 → 物理地址”的转换结果。改了页面表之后若 TLB 里还留着旧的转换，CPU 会继续用旧的。
/// 重新装入 CR3（值不变）会让 CPU 丢掉所有非全局（没有 _PAGE_GLOBAL）的 TLB 表项。
#define __flush_tlb() \
	do { \
		unsigned int __tmp; \
		__asm__ __volatile__("movl %%cr3, %0\n\t" \
				     "movl %0, %%cr3" \
				     : "=r" (__tmp) : : "memory"); \
	} while (0)

/* Global entries go only while CR4.PGE is off. */
/// 带 _PAGE_GLOBAL 的表项（内核的映射）在切换 CR3 时保留，这正是 PGE 的好处：进程切换不必重建内核部分的 TLB。要连它们一起刷掉，
/// 得先在 CR4 中关掉 PGE、重装 CR3、再打开 PGE。mmu_cr4_features 记着应有的 CR4 值。
#define __flush_tlb_global() \
	do { \
		unsigned int __tmp; \
		__asm__ __volatile__("movl %1, %%cr4\n\t" \
				     "movl %%cr3, %0\n\t" \
				     "movl %0, %%cr3\n\t" \
				     "movl %2, %%cr4" \
				     : "=&r" (__tmp) \
				     : "r" (mmu_cr4_features & ~X86_CR4_PGE), \
				       "r" (mmu_cr4_features) \
				     : "memory"); \
	} while (0)

#ifndef CONFIG_X86_INVLPG
#define __flush_tlb_one(addr)	__flush_tlb()
#else
/// 486 起有 invlpg 指令，只作废一个地址的 TLB 表项，连全局表项也作废。本移植配置了 CONFIG_X86_INVLPG。
#define __flush_tlb_one(addr) \
	__asm__ __volatile__("invlpg %0" : : "m" (*(char *) (addr)))
#endif

/* Port: paging_init's CR3 load, named so host tests can stand in for it. */
/// 与 2.4.0 的差别：2.4.0 的 paging_init() 直接用一句内嵌汇编把 __pa(swapper_pg_dir) 装入 CR3。本移植给这一步起了个名字
/// 放在这里，主机单元测试（tests/host）就能用一个计数的替身代替它，在主机上完整地运行 paging_init()。
#define load_cr3(pgdir) \
	__asm__ __volatile__("movl %0, %%cr3" : : "r" (__pa(pgdir)) : "memory")
/// 在主机上运行单元测试时（HOST_TEST），读写控制寄存器和刷 TLB 的指令都是特权指令，用户进程执行不了。这些宏改为调用
/// tests/host/shim/paging_host.c 中的替身函数：它们只记录被调用的次数和参数，测试据此核对什么时候刷了 TLB、刷了哪个地址。
/// set_in_cr4() 的声明也放在这里，因为 processor.h 在 HOST_TEST 时把它整个去掉了，而 init.c 的 pagetable_init() 要调用它。
#else
/* Host tests (tests/host/shim/paging_host.c) count these instead. */
extern void host_flush_tlb(void);
extern void host_flush_tlb_global(void);
extern void host_flush_tlb_one(unsigned long addr);
extern void host_load_cr3(unsigned long phys);
extern void set_in_cr4(unsigned long mask);
#define __flush_tlb()		host_flush_tlb()
#define __flush_tlb_global()	host_flush_tlb_global()
#define __flush_tlb_one(addr)	host_flush_tlb_one((unsigned long) (addr))
#define load_cr3(pgdir)		host_load_cr3(__pa(pgdir))
#endif /* HOST_TEST */

/// 编译时就确定为 PPro 以上（CONFIG_X86_PGE，来自 CONFIG_M686）时，刷全部 TLB 一律走 __flush_tlb_global（关 CR4.PGE、
/// 重装 CR3、再开），不再在运行时看 cpu_has_pge；下面 #else 一支是没有配置 PGE 的内核在运行时选择。
#ifdef CONFIG_X86_PGE
#define __flush_tlb_all()	__flush_tlb_global()
#else
/// 刷掉全部 TLB：CPU 支持 PGE 时要连全局表项一起刷，否则重装 CR3 就够了。vmalloc/vfree/ioremap 改的是内核映射（可能带全局位），
/// 所以用的都是这一个。
#define __flush_tlb_all() \
	do { \
		if (cpu_has_pge) \
			__flush_tlb_global(); \
		else \
			__flush_tlb(); \
	} while (0)
#endif

/* The page every read of never-written anonymous memory maps. */
/// “零页面”（head.S 中物理 0x104000）：在 mem_init() 之前存放引导参数，之后清零，供只读访问尚未写过的匿名页面时共享映射
/// （§2.5 do_anonymous_page）。
extern unsigned long empty_zero_page[1024];
#define ZERO_PAGE(vaddr)	(virt_to_page(empty_zero_page))

#endif /* !__ASSEMBLY__ */

#ifdef CONFIG_X86_PAE
#include <asm/pgtable-3level.h>
#else
#include <asm/pgtable-2level.h>
#endif

#define PMD_SIZE	(1UL << PMD_SHIFT)
#define PMD_MASK	(~(PMD_SIZE - 1))
#define PGDIR_SIZE	(1UL << PGDIR_SHIFT)
#define PGDIR_MASK	(~(PGDIR_SIZE - 1))

/* pgd slots below TASK_SIZE belong to user space: 768 of 1024. */
/// 3 GB / 4 MB = 768：页面目录前 768 项属于用户空间，每个进程不同；后 256 项属于内核，所有进程相同（§2.1 的 3G/1G 划分）。
#define USER_PTRS_PER_PGD	(TASK_SIZE / PGDIR_SIZE)
#define FIRST_USER_PGD_NR	0

#define USER_PGD_PTRS		(PAGE_OFFSET >> PGDIR_SHIFT)
#define KERNEL_PGD_PTRS		(PTRS_PER_PGD - USER_PGD_PTRS)

/* head.S builds two-level boot tables even for a PAE kernel. */
/// head.S 建立引导时的页面表总是两级的（即使内核配置了 PAE），所以这两个常数按 22 位移单独计算。本移植的 head.S 自己定义了
/// 同值的 BOOT_USER_PGD_PTRS/BOOT_KERNEL_PGD_PTRS（2.4.0 的 head.S 用的是这里的定义）。
#define TWOLEVEL_PGDIR_SHIFT	22
#define BOOT_USER_PGD_PTRS	(__PAGE_OFFSET >> TWOLEVEL_PGDIR_SHIFT)
#define BOOT_KERNEL_PGD_PTRS	(1024 - BOOT_USER_PGD_PTRS)

#ifndef __ASSEMBLY__
/*
 * vmalloc space starts 8-16 MB above the end of the linear map (a hole
 * that catches stray accesses past high_memory), on an 8 MB boundary,
 * and runs up to the fixmaps.
 */
/// §2.1、§2.11：内核虚拟空间从 3 GB 开始，先是物理内存的线性映射（到 high_memory 为止，最多 896 MB），之后隔开 8–16 MB 的空洞，
/// 才是 vmalloc 区。空洞的作用是：越过 high_memory 的错误访问会落在没有映射的地址上，立刻引起页面异常，而不是悄悄写坏
/// vmalloc 区的数据。
#define VMALLOC_OFFSET	(8 * 1024 * 1024)
/// (high_memory + 16 MB − 1) 再向下对齐到 8 MB：结果比 high_memory 高 8 MB 到 16 MB 之间。32 MB 内存时 high_memory = 0xC2000000
/// （Bochs 为 0xC1FF0000），VMALLOC_START 都是 0xC2800000。
#define VMALLOC_START \
	(((unsigned long) high_memory + 2 * VMALLOC_OFFSET - 1) & \
	 ~(VMALLOC_OFFSET - 1))
#define VMALLOC_VMADDR(x)	((unsigned long) (x))
/// vmalloc 区一直延伸到固定映射区的起点 FIXADDR_START（本配置为 0xffffc000）。注意 2.4.0 的这个上界没有避开 0xfe000000 起的
/// pkmap 窗口，后来的 2.4.x 才改成止于 PKMAP_BASE 之下两页。
#define VMALLOC_END	(FIXADDR_START)

/* Hardware bits of a pte/pde, by number ... */
/// §2.3：页面表项低 12 位的属性位，按位号。ptep_test_and_clear_dirty() 等要用位号做原子的位操作。
#define _PAGE_BIT_PRESENT	0
#define _PAGE_BIT_RW		1
#define _PAGE_BIT_USER		2
#define _PAGE_BIT_PWT		3
#define _PAGE_BIT_PCD		4
#define _PAGE_BIT_ACCESSED	5
#define _PAGE_BIT_DIRTY		6
#define _PAGE_BIT_PSE		7	/* in a pde: 4 MB page */
#define _PAGE_BIT_GLOBAL	8	/* survives a CR3 reload */

/* ... and as masks. */
/// §2.2、§2.3：P 位（位 0）：为 0 时 CPU 访问这个页面就产生页面异常，其余 31 位 CPU 不看，Linux 用来存交换项（§2.6）。
#define _PAGE_PRESENT	0x001
/// R/W 位：0 只读、1 可写。CR0.WP 置位时（本内核总是置位）内核态写只读页面也会产生异常，写时拷贝靠的就是这一点。
#define _PAGE_RW	0x002
/// U/S 位：0 时只有内核（CPL 0–2）能访问，用户态访问会产生保护异常。
#define _PAGE_USER	0x004
#define _PAGE_PWT	0x008
/// PCD：禁止缓存这个页面，ioremap_nocache() 映射设备寄存器时用。
#define _PAGE_PCD	0x010
/// A 位：CPU 访问页面时自动置 1，操作系统清 0。页面老化（§2.8）据此判断页面最近是否用过。
#define _PAGE_ACCESSED	0x020
/// D 位：CPU 写页面时自动置 1。换出时据此判断页面要不要写回。
#define _PAGE_DIRTY	0x040
/// 页面目录项中的 PS 位：为 1 时这个目录项直接映射一个 4 MB 的页面，不经过页面表。内核的线性映射区在支持 PSE 的 CPU 上就这样映射。
#define _PAGE_PSE	0x080
/// G 位：全局页面，重装 CR3 时不从 TLB 中清除（须 CR4.PGE 打开）。所有进程共享的内核映射才该带这一位。
#define _PAGE_GLOBAL	0x100

/* Software: a PROT_NONE page, not present to the CPU but to the VM. */
/// 软件用的位：与 PSE 同一位（位 7），只在 P 位为 0 的页面表项中有意义（页面表项的位 7 在 P=1 时是 PAT 位，Linux 不用）。
/// mprotect(PROT_NONE) 的页面 P 位清 0，CPU 一碰就异常；但它并没有被换出，内存管理仍把它当作“在内存中”（见 pte_present）。
#define _PAGE_PROTNONE	0x080

/// §2.3：指向页面表的目录项要带的属性：用户页面表（进程空间）带 USER，内核页面表（_KERNPG_TABLE，0x063）不带。A、D 预先置上，
/// 省得 CPU 第一次访问时再去写这个表项。
#define _PAGE_TABLE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_USER | \
			 _PAGE_ACCESSED | _PAGE_DIRTY)
#define _KERNPG_TABLE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | \
			 _PAGE_DIRTY)
/* What pte_modify keeps: the frame and the bits the CPU set. */
/// pte_modify() 改保护属性时保留的位：物理页面号，以及 CPU 记录的 A、D 位（丢了它们页面老化和写回就会出错）。
#define _PAGE_CHG_MASK	(PTE_MASK | _PAGE_ACCESSED | _PAGE_DIRTY)

/// §2.3、§2.12：用户页面的几种保护。PAGE_NONE 不可访问（P=0，PROTNONE=1）；PAGE_SHARED 可读写；PAGE_COPY 和 PAGE_READONLY
/// 数值相同（只读），区别只在用意：PAGE_COPY 用于私有的可写映射，第一次写时触发写时拷贝（§2.4 之后的缺页处理 do_wp_page）。
#define PAGE_NONE	__pgprot(_PAGE_PROTNONE | _PAGE_ACCESSED)
#define PAGE_SHARED	__pgprot(_PAGE_PRESENT | _PAGE_RW | _PAGE_USER | \
				 _PAGE_ACCESSED)
#define PAGE_COPY	__pgprot(_PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED)
#define PAGE_READONLY	__pgprot(_PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED)

/// 内核页面：可读写、不带 USER（用户态不能访问），A、D 预先置上。
#define __PAGE_KERNEL \
	(_PAGE_PRESENT | _PAGE_RW | _PAGE_DIRTY | _PAGE_ACCESSED)
#define __PAGE_KERNEL_NOCACHE \
	(_PAGE_PRESENT | _PAGE_RW | _PAGE_DIRTY | _PAGE_PCD | _PAGE_ACCESSED)
#define __PAGE_KERNEL_RO \
	(_PAGE_PRESENT | _PAGE_DIRTY | _PAGE_ACCESSED)

/* Kernel mappings are global when the CPU can do it. */
/// CPU 支持 PGE 时内核映射带上 _PAGE_GLOBAL。本移植没有配置 CONFIG_X86_PGE，所以走下面的分支：在运行时看 cpu_has_pge 决定。
/// 这也意味着 PAGE_KERNEL 是一个语句表达式，不能用在静态初始化里。
#ifdef CONFIG_X86_PGE
#define MAKE_GLOBAL(x)	__pgprot((x) | _PAGE_GLOBAL)
#else
#define MAKE_GLOBAL(x) \
	({ \
		pgprot_t __ret; \
		if (cpu_has_pge) \
			__ret = __pgprot((x) | _PAGE_GLOBAL); \
		else \
			__ret = __pgprot(x); \
		__ret; \
	})
#endif

#define PAGE_KERNEL		MAKE_GLOBAL(__PAGE_KERNEL)
#define PAGE_KERNEL_RO		MAKE_GLOBAL(__PAGE_KERNEL_RO)
#define PAGE_KERNEL_NOCACHE	MAKE_GLOBAL(__PAGE_KERNEL_NOCACHE)

/*
 * protection_map[] (mm/mmap.c), indexed by vm_flags & 0xf.  __Pxwr is a
 * private mapping, __Sxwr a shared one; the digits are exec, write,
 * read.  i386 cannot refuse reads or execution of a present page, and a
 * private writable page starts read-only so the first write copies it.
 */
/// §2.12、§2.13：mm/mmap.c 的 protection_map[16] 由这 16 个宏组成，下标是 vm_flags 的低 4 位（读 1、写 2、执行 4、共享 8）。
/// i386 的页面表项只能表达“可读”和“可读写”两种，执行权限等同于读，只写也必须可读。私有的可写映射一律先给只读（PAGE_COPY），
/// 写的时候再复制；共享的可写映射给 PAGE_SHARED。
#define __P000	PAGE_NONE
#define __P001	PAGE_READONLY
#define __P010	PAGE_COPY
#define __P011	PAGE_COPY
#define __P100	PAGE_READONLY
#define __P101	PAGE_READONLY
#define __P110	PAGE_COPY
#define __P111	PAGE_COPY

#define __S000	PAGE_NONE
#define __S001	PAGE_READONLY
#define __S010	PAGE_SHARED
#define __S011	PAGE_SHARED
#define __S100	PAGE_READONLY
#define __S101	PAGE_READONLY
#define __S110	PAGE_SHARED
#define __S111	PAGE_SHARED

/* The boot page table for 0-4 MB (head.S). */
/// head.S 中映射物理 0–4 MB 的引导页面表（物理 0x102000）。pagetable_init() 之后内核改用新页面表，它就不再使用了。
extern unsigned long pg0[1024];

/// §2.3：对内存管理而言“页面在内存中”：P 位为 1，或者是 PROT_NONE 页面（P=0 但 PROTNONE=1）。两位都为 0 而表项非 0 的是
/// 交换项（页面在交换区）。
#define pte_present(x)	((x).pte_low & (_PAGE_PRESENT | _PAGE_PROTNONE))
#define pte_clear(xp)	do { set_pte(xp, __pte(0)); } while (0)

/// §2.3：pmd 就是页面目录项：为 0 表示这 4 MB 还没有页面表，pte_alloc() 要分配一张。
#define pmd_none(x)	(!pmd_val(x))
#define pmd_present(x)	(pmd_val(x) & _PAGE_PRESENT)
#define pmd_clear(xp)	do { set_pmd(xp, __pmd(0)); } while (0)
/* A pmd pointing to a page table looks like _KERNPG_TABLE (USER aside). */
/// 除 USER 位外，目录项的低 12 位必须正好是 _KERNPG_TABLE（P、RW、A、D，没有别的位），否则认为目录项被破坏。注意映射 4 MB 页面
/// 的目录项（带 PSE）按这个标准是“坏”的——通用代码从不遍历内核线性映射区，所以无妨。
#define pmd_bad(x)	((pmd_val(x) & (~PAGE_MASK & ~_PAGE_USER)) != \
			 _KERNPG_TABLE)

/* page_address(page), page->virtual, is in <linux/mm.h> in this port. */
#define pages_to_mb(x)	((x) >> (20 - PAGE_SHIFT))

/* i386 has no separate read or execute permission: USER stands for both. */
/// §2.3：页面表项的测试函数。i386 没有单独的“可读”“可执行”位：用户能访问（USER）就能读能执行，所以这两个函数都看 USER 位。
/// 2.4.0: include/asm-i386/pgtable.h pte_read()
static inline int pte_read(pte_t pte)
{
	return (pte).pte_low & _PAGE_USER;
}

/// §2.3：同 pte_read()，执行权限就是 USER 位。
/// 2.4.0: include/asm-i386/pgtable.h pte_exec()
static inline int pte_exec(pte_t pte)
{
	return (pte).pte_low & _PAGE_USER;
}

/// §2.3：页面写过没有（D 位）。换出时只有脏页面才要写回（§2.8）。
/// 2.4.0: include/asm-i386/pgtable.h pte_dirty()
static inline int pte_dirty(pte_t pte)
{
	return (pte).pte_low & _PAGE_DIRTY;
}

/// §2.3、§2.8 页面的定期换出：页面最近被访问过没有（A 位）。try_to_swap_out() 见到 young 的页面就只清 A 位、不换出。
/// 2.4.0: include/asm-i386/pgtable.h pte_young()
static inline int pte_young(pte_t pte)
{
	return (pte).pte_low & _PAGE_ACCESSED;
}

/// §2.3：可写吗（RW 位）。写保护异常时 handle_pte_fault() 据此决定要不要写时拷贝。
/// 2.4.0: include/asm-i386/pgtable.h pte_write()
static inline int pte_write(pte_t pte)
{
	return (pte).pte_low & _PAGE_RW;
}

/// §2.3：下面这组函数都是“按值传入、改一位、按值返回”，不碰内存中的页面表项；调用者再用 set_pte() 写回。rdprotect 去掉 USER 位。
/// 2.4.0: include/asm-i386/pgtable.h pte_rdprotect()
static inline pte_t pte_rdprotect(pte_t pte)
{
	(pte).pte_low &= ~_PAGE_USER;
	return pte;
}

/// §2.3：去掉执行权限——在 i386 上也就是去掉 USER 位，与 pte_rdprotect() 相同。
/// 2.4.0: include/asm-i386/pgtable.h pte_exprotect()
static inline pte_t pte_exprotect(pte_t pte)
{
	(pte).pte_low &= ~_PAGE_USER;
	return pte;
}

/// §2.3：清 D 位。页面写回交换区或文件之后变“干净”。
/// 2.4.0: include/asm-i386/pgtable.h pte_mkclean()
static inline pte_t pte_mkclean(pte_t pte)
{
	(pte).pte_low &= ~_PAGE_DIRTY;
	return pte;
}

/// §2.3、§2.8：清 A 位，让页面“变老”，下次扫描时若 A 位还是 0 说明这段时间没被访问。
/// 2.4.0: include/asm-i386/pgtable.h pte_mkold()
static inline pte_t pte_mkold(pte_t pte)
{
	(pte).pte_low &= ~_PAGE_ACCESSED;
	return pte;
}

/// §2.3：清 RW 位，页面变只读。fork 时父子进程的私有页面都这样处理，之后谁先写谁复制。
/// 2.4.0: include/asm-i386/pgtable.h pte_wrprotect()
static inline pte_t pte_wrprotect(pte_t pte)
{
	(pte).pte_low &= ~_PAGE_RW;
	return pte;
}

/// §2.3：置 USER 位，用户可读。
/// 2.4.0: include/asm-i386/pgtable.h pte_mkread()
static inline pte_t pte_mkread(pte_t pte)
{
	(pte).pte_low |= _PAGE_USER;
	return pte;
}

/// §2.3：置 USER 位，用户可执行（与可读相同）。
/// 2.4.0: include/asm-i386/pgtable.h pte_mkexec()
static inline pte_t pte_mkexec(pte_t pte)
{
	(pte).pte_low |= _PAGE_USER;
	return pte;
}

/// §2.3：置 D 位。写时拷贝得到的新页面、get_bad_pte_table() 的表项都预先标成脏的。
/// 2.4.0: include/asm-i386/pgtable.h pte_mkdirty()
static inline pte_t pte_mkdirty(pte_t pte)
{
	(pte).pte_low |= _PAGE_DIRTY;
	return pte;
}

/// §2.3：置 A 位。
/// 2.4.0: include/asm-i386/pgtable.h pte_mkyoung()
static inline pte_t pte_mkyoung(pte_t pte)
{
	(pte).pte_low |= _PAGE_ACCESSED;
	return pte;
}

/// §2.3：置 RW 位，写时拷贝完成后新页面变可写。
/// 2.4.0: include/asm-i386/pgtable.h pte_mkwrite()
static inline pte_t pte_mkwrite(pte_t pte)
{
	(pte).pte_low |= _PAGE_RW;
	return pte;
}

/* Locked bit operations: the CPU may set A or D at the same moment. */
/// §2.3：这几个直接操作内存中的页面表项，用带 LOCK 的位指令。原因：CPU 自己也在写这个表项（访问时置 A、写时置 D），
/// “读—改—写”分开做会丢掉 CPU 在中间置上的位。pte_t 只含一个 unsigned long，位号就是页面表项中的位号。
/// 2.4.0: include/asm-i386/pgtable.h ptep_test_and_clear_dirty()
static inline int ptep_test_and_clear_dirty(pte_t *ptep)
{
	return test_and_clear_bit(_PAGE_BIT_DIRTY, ptep);
}

/// §2.3、§2.8：原子地测试并清 A 位，页面换出扫描（try_to_swap_out）用。
/// 2.4.0: include/asm-i386/pgtable.h ptep_test_and_clear_young()
static inline int ptep_test_and_clear_young(pte_t *ptep)
{
	return test_and_clear_bit(_PAGE_BIT_ACCESSED, ptep);
}

/// §2.3：原子地清 RW 位，fork 时 copy_page_range() 对父进程的私有可写页面这样做。
/// 2.4.0: include/asm-i386/pgtable.h ptep_set_wrprotect()
static inline void ptep_set_wrprotect(pte_t *ptep)
{
	clear_bit(_PAGE_BIT_RW, ptep);
}

/// §2.3：原子地置 D 位。
/// 2.4.0: include/asm-i386/pgtable.h ptep_mkdirty()
static inline void ptep_mkdirty(pte_t *ptep)
{
	set_bit(_PAGE_BIT_DIRTY, ptep);
}

/* A page (its index in mem_map) and a protection make a pte. */
/// §2.3：页面描述结构 → 页面表项：page 在 mem_map[] 中的下标就是物理页面号。这是 pte_page() 的反运算。vmalloc 给每个新分配的
/// 页面、kmap 给 HighMem 页面建立映射都用它。
#define mk_pte(page, pgprot)	__mk_pte((page) - mem_map, (pgprot))

/* Same from a physical address (ioremap, the kernel's own tables). */
/// 直接从物理地址构造页面表项，用于没有（或不必找）页面描述结构的场合：ioremap 映射设备内存、pagetable_init() 映射整个低端内存。
#define mk_pte_phys(physpage, pgprot) \
	__mk_pte((physpage) >> PAGE_SHIFT, pgprot)

/// §2.3、mprotect：换掉页面表项的保护属性，保留物理页面号和 A、D 位（_PAGE_CHG_MASK），其余位（包括 PCD、GLOBAL）一律取自新属性。
/// 2.4.0: include/asm-i386/pgtable.h pte_modify()
static inline pte_t pte_modify(pte_t pte, pgprot_t newprot)
{
	pte.pte_low &= _PAGE_CHG_MASK;
	pte.pte_low |= pgprot_val(newprot);
	return pte;
}

/* Kernel virtual address of the page table a pmd entry points to. */
/// §2.2：目录项高 20 位是页面表的物理地址，加上 PAGE_OFFSET 就是内核访问这张页面表用的虚拟地址。
#define pmd_page(pmd) \
	((unsigned long) __va(pmd_val(pmd) & PAGE_MASK))

/// §2.2：线性地址的位 31..22 → 页面目录下标。
#define pgd_index(address) \
	(((address) >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1))

#define __pgd_offset(address)	pgd_index(address)

/// §2.2、§2.3：地址映射第一步：在某个进程（mm）的页面目录里找到管 address 的那一项。
#define pgd_offset(mm, address)	((mm)->pgd + pgd_index(address))

/* The kernel's own page directory: init_mm's, swapper_pg_dir. */
/// 内核地址一律在 init_mm 的页面目录（swapper_pg_dir）里找。vmalloc、ioremap 建立映射都写在这里；其它进程的页面目录在第一次访问
/// 时从这里复制过去（2.4.0 do_page_fault 的 vmalloc_fault 分支）。
#define pgd_offset_k(address)	pgd_offset(&init_mm, address)

#define __pmd_offset(address) \
		(((address) >> PMD_SHIFT) & (PTRS_PER_PMD - 1))

/// §2.2：线性地址的位 21..12 → 页面表下标。
#define __pte_offset(address) \
		(((address) >> PAGE_SHIFT) & (PTRS_PER_PTE - 1))
/// 地址映射的最后一步：目录项指向的页面表 + 下标 = 页面表项的地址。
#define pte_offset(dir, address) ((pte_t *) pmd_page(*(dir)) + \
			__pte_offset(address))

/* The page tables are all the MMU knows: nothing else to update. */
#define update_mmu_cache(vma, address, pte)	do { } while (0)

/*
 * A swapped-out page's pte: present bit 0, swap type in bits 1-6, page
 * offset in the swap area from bit 8 (bit 7, PROTNONE, stays clear).
 */
/// §2.6 物理页面的使用和周转：页面换出后，页面表项里存的是“交换项”：位 0（P）为 0 使 CPU 访问时产生异常；位 1–6 是交换区编号
/// （最多 64 个）；位 7（PROTNONE）保持为 0，免得被当成 PROT_NONE 页面；位 8 起是页面在交换区中的位置。
#define SWP_TYPE(x)		(((x).val >> 1) & 0x3f)
#define SWP_OFFSET(x)		((x).val >> 8)
#define SWP_ENTRY(type, offset) \
	((swp_entry_t) { ((type) << 1) | ((offset) << 8) })
#define pte_to_swp_entry(pte)	((swp_entry_t) { (pte).pte_low })
#define swp_entry_to_pte(x)	((pte_t) { (x).val })

#endif /* !__ASSEMBLY__ */

#define PageSkip(page)		(0)
#define kern_addr_valid(addr)	(1)

#define io_remap_page_range	remap_page_range

#endif /* _I386_PGTABLE_H */
