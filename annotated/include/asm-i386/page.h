/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Page size, the page-table entry types and the kernel's 3G/1G split.
 * 情景分析 §2.1, §2.3.  Follows Linux 2.4.0 include/asm-i386/page.h.
 */
/// §2.1 内存管理的基本框架、§2.3 几个重要的数据结构和函数：页面大小、页面表项类型、3G/1G 划分，
/// 以及内核虚拟地址与物理地址之间的换算。
/// 2.4.0: include/asm-i386/page.h
#ifndef _I386_PAGE_H
#define _I386_PAGE_H

/// i386 的页面是 4 KB：32 位线性地址的低 12 位是页面内的偏移，中间 10 位是页面表下标，
/// 高 10 位是页面目录下标（§2.2 地址映射的全过程）。
#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
/// ~(4096 - 1) = 0xFFFFF000：与上它就清掉页内偏移，得到页面的起始地址。
#define PAGE_MASK	(~(PAGE_SIZE - 1))

/// 下面的 C 类型和宏汇编器看不懂，head.S 只用上面的数值常量和下面的 __PAGE_OFFSET。
#ifdef __KERNEL__
#ifndef __ASSEMBLY__

#include <linux/string.h>

/// 把一个页面清零，如缺页时分配的匿名页面（do_anonymous_page）。2.4.0 在配置了 3DNow! 的 CPU 上
/// 换成 MMX 版本；本移植编译时用 -mno-mmx，只用 memset。参数是内核虚拟地址。
#define clear_page(page)	memset((void *)(page), 0, PAGE_SIZE)
#define copy_page(to, from)	memcpy((void *)(to), (void *)(from), PAGE_SIZE)

/// vaddr 是这个页面将映射到的用户虚拟地址，i386 上用不着：有的 CPU 的 cache 按虚拟地址索引，
/// 要据此避免 cache 别名；i386 的 cache 按物理地址索引，没有这个问题。
#define clear_user_page(page, vaddr)	clear_page(page)
#define copy_user_page(to, from, vaddr)	copy_page(to, from)

/* Typed wrappers so that page-table values are never mixed with plain ints. */
/// §2.3：页面表项、中间目录项、页面目录项都只是 32 位整数，却各自包上一层结构：这样 pte_t 既不能和
/// pgd_t 互相赋值，也不能直接当整数运算，写错了编译器就报错，必须经 pte_val()/__pte() 显式转换。
/// 成员名 pte_low 来自 PAE：三级映射时页面表项是 64 位，分成 pte_low、pte_high 两半；
/// 两级映射只有低半。
typedef struct { unsigned long pte_low; } pte_t;
/// i386 的两级映射里，中间目录（pmd）“折叠”进了页面目录：每个 pmd 只有一项，它就是页面目录项本身
/// （PTRS_PER_PMD = 1，见 pgtable-2level.h）。类型仍然分开，mm/ 的通用代码就可以一律按三级
/// （pgd → pmd → pte）来写，在两级的硬件上照样正确（§2.1）。
typedef struct { unsigned long pmd; } pmd_t;
typedef struct { unsigned long pgd; } pgd_t;
/// 取出原始的 32 位值：高 20 位是物理页面号，低 12 位是 _PAGE_PRESENT、_PAGE_RW、_PAGE_USER、
/// _PAGE_ACCESSED、_PAGE_DIRTY 等属性位（§2.3）。
#define pte_val(x)	((x).pte_low)

/// 从页面表项里取物理页面地址时用的掩码，和 PAGE_MASK 相同。
#define PTE_MASK	PAGE_MASK

/// 页面的保护属性，即页面表项低 12 位里的那些标志，也包一层结构，防止与页面表项本身混用。
typedef struct { unsigned long pgprot; } pgprot_t;

#define pmd_val(x)	((x).pmd)
#define pgd_val(x)	((x).pgd)
#define pgprot_val(x)	((x).pgprot)

/// 反方向：用一个整数构造出 pte_t 等类型的值。写法是 gcc 的（也是 C99 的）复合字面量，
/// 与 2.4.0 的写法相同。
#define __pte(x)	((pte_t) { (x) })
#define __pmd(x)	((pmd_t) { (x) })
#define __pgd(x)	((pgd_t) { (x) })
#define __pgprot(x)	((pgprot_t) { (x) })

#endif /* !__ASSEMBLY__ */

/* Round up to the next page boundary. */
/// 向上取整到页面边界：加上 4095 再清掉低 12 位。brk、mmap 的长度都先这样取整（§2.12）。
#define PAGE_ALIGN(addr)	(((addr) + PAGE_SIZE - 1) & PAGE_MASK)

/*
 * The kernel sees physical memory at 0xC0000000 upward; user space has the
 * 3 GB below it.
 */
/// §2.1 的 3G/1G 划分：每个进程都有 4G 的线性地址空间，0–3G（0x00000000–0xBFFFFFFF）是用户空间，
/// 各进程不同；3G–4G 是内核空间，所有进程共享同一份映射。内核把物理内存从物理地址 0 开始
/// 线性地映射到 0xC0000000 起，于是物理地址 p 在内核里的虚拟地址就是 p + 0xC0000000。
/// 双下划线的版本不带类型转换，汇编文件（head.S）和链接脚本的思路也用这个数值
/// （vmlinux.lds 把内核链接在 0xC0100000，装载在物理 1M）。
#define __PAGE_OFFSET		(0xC0000000)

#ifndef __ASSEMBLY__

/// do_BUG() 在 arch/i386/kernel/traps.c，见下面 BUG() 的注释。
extern void do_BUG(const char *file, int line);

/* Report where, then trap with the undefined opcode ud2 (0x0f 0x0b). */
/// 与 2.4.0 不同：2.4.0 的 BUG() 在宏里直接 printk 出“文件名:行号”再执行 ud2；本移植改为调用
/// arch/i386/kernel/traps.c 的 do_BUG() 打印同样内容的一行，每个调用点只多一次函数调用，
/// 不用内联一份 printk 调用。ud2（字节 0x0f 0x0b）是专门保证产生“无效操作码”异常（6 号向量）的
/// 指令：invalid_op → do_invalid_op → die() 打印 oops（EIP 正指着 ud2），然后 do_exit → panic。
/// 2.4.0 写的是两个字节 .byte 0x0f,0x0b（当年的汇编器未必认识 ud2 这个助记符），机器码相同。
/// do { } while (0) 让宏在 if/else 里也像一条普通语句。
#define BUG() do { \
	do_BUG(__FILE__, __LINE__); \
	__asm__ __volatile__("ud2"); \
} while (0)

/// 2.4.0 同样只是 BUG()，page 参数没有使用。
#define PAGE_BUG(page) do { \
	BUG(); \
} while (0)

/* Smallest order whose block of 2^order pages holds size bytes. */
/// §2.7 物理页面的分配：伙伴系统按 2^order 个页面为单位分配，get_order 算出装得下 size 字节的
/// 最小阶。例：4096 → 0，4097 → 1（8 KB），8192 → 1，8193 → 2（16 KB）。
/// 2.4.0: include/asm-i386/page.h get_order()
/// 与 2.4.0 的细微差别：2.4.0 写的是 extern __inline__，在当年 gcc 的 gnu89 语义下表示“只内联、
/// 不生成独立的函数体”；gcc 12 缺省按 C99 以后的语义理解 extern inline，含义变了，所以改成 static。
static __inline__ int get_order(unsigned long size)
{
	int order;

	/// 先减一：size 正好是 2^k 个页面时不要多算一阶。只右移 11 位而不是 12 位：下面的循环先右移一位
	/// 再计数，合起来等于右移 12 位后数剩下的二进制位数。size 为 0 时减一回绕成 0xFFFFFFFF，
	/// 得到 20 阶——调用者不应传 0（2.4.0 也是如此）。
	size = (size - 1) >> (PAGE_SHIFT - 1);
	/// 数 size 有多少个二进制位，位数就是阶。
	order = -1;
	do {
		size >>= 1;
		order++;
	} while (size);
	return order;
}

#endif /* !__ASSEMBLY__ */

/// C 代码里用的版本，带 unsigned long 类型，便于与地址比较（如 fault.c 的 address >= TASK_SIZE，
/// TASK_SIZE 就定义为 PAGE_OFFSET）。
#define PAGE_OFFSET		((unsigned long)__PAGE_OFFSET)
/// 内核虚拟地址 → 物理地址：直接减去 PAGE_OFFSET。只对 3G 以上的线性映射区有效；用户空间地址、
/// vmalloc 区的地址不能这样换算，它们要查页面表（§2.2）。典型用途：CR3 要的是页面目录的物理地址，
/// 所以装 CR3 时写 __pa(swapper_pg_dir)，引导后它是 0x101000（自检打印 cr3=00101000）。
#define __pa(x)			((unsigned long)(x) - PAGE_OFFSET)
/// 物理地址 → 内核虚拟地址：加上 PAGE_OFFSET。例如 vgacon 用 __va(0xB8000) 得到 0xC00B8000。
/// 在 Bochs 调试器里用 page 0xc0101000 可以看到它被映射到物理 0x101000。
#define __va(x)			((void *)((unsigned long)(x) + PAGE_OFFSET))
/// §2.3：内核虚拟地址 → 它所在物理页面的页面描述结构 struct page。物理页面号（__pa >> 12）
/// 正好是 mem_map 数组的下标。mem_map 在 linux/mm.h 声明，由 free_area_init 分配。
#define virt_to_page(kaddr)	(mem_map + (__pa(kaddr) >> PAGE_SHIFT))
/// page 是否落在 mem_map 数组之内。两个指针相减得到有符号数，与无符号的 max_mapnr 比较时，
/// 负数会变成很大的无符号数，所以一次比较就把低于、高于两头都挡住了。
#define VALID_PAGE(page)	((page - mem_map) < max_mapnr)

#endif /* __KERNEL__ */

#endif /* _I386_PAGE_H */
