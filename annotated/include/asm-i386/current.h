/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * current: the task_struct sits at the bottom of the 8 KB block that
 * holds the kernel stack, so rounding %esp down finds it.
 * Follows Linux 2.4.0 include/asm-i386/current.h.
 */
/// current：当前进程的 task_struct（进程控制块）。书第 4 章讲进程时详细介绍这种安排；存储管理处处
/// 用到它，如 do_page_fault 通过 current->mm 找到当前进程的虚存空间（§2.4）。
/// 2.4.0: include/asm-i386/current.h
#ifndef _I386_CURRENT_H
#define _I386_CURRENT_H

struct task_struct;

/// §2.4 越界访问（do_page_fault 由 current->mm 找到出错进程的 mm_struct）；进程控制块与系统堆栈
/// 的安排见书第 4 章。
/// 2.4.0: include/asm-i386/current.h get_current()
/// 每个进程的 task_struct 和它的系统堆栈合占一个 8 KB、按 8 KB 对齐的块：task_struct 在块的最低端，
/// 堆栈从块顶向下生长。所以只要 CPU 正在某个进程的系统堆栈上运行，把 %esp 的低 13 位清零就得到
/// 这个进程的 task_struct 地址——不需要全局变量，SMP 上每个 CPU 也自然得到各自的 current。
static inline struct task_struct *get_current(void)
{
	struct task_struct *current;

	/// 先把 ~8191（0xFFFFE000）放进一个寄存器（约束 "0" 表示输入与输出用同一个寄存器），
	/// 再与 %esp 相与。前提是块必须按 8K 对齐：init_task_union 放在 .data.init_task 段，
	/// 链接脚本把它对齐到 8192；以后的进程由 alloc_task_struct 分配 order 为 1 的页面块，
	/// 伙伴系统保证 2^order 个页面的块按其大小对齐（§2.7）。
	/// 没有写 volatile：在同一个函数里 %esp 始终在同一个块内，允许编译器把多次 current 合并成一次。
	/// 观察：自检打印的 esp=c010ff94，清掉低 13 位是 c010e000，正是 System.map 里 init_task_union
	/// 的地址（具体数值随构建而变）。在 Bochs 调试器里停下后用 r 看 esp，可以自己算一遍。
	__asm__("andl %%esp,%0; " : "=r" (current) : "0" (~8191UL));
	return current;
}

/// 写成宏，用起来像一个变量：current->pid、current->mm。
#define current get_current()

#endif /* !(_I386_CURRENT_H) */
