// SPDX-License-Identifier: GPL-2.0-only
/*
 * The tick count.
 * Follows Linux 2.4.0 kernel/timer.c (jiffies and do_timer only; the
 * timer lists are not ported).
 */
#include <linux/kernel.h>
#include <linux/interrupt.h>

/// 自引导以来的时钟滴答数，每 1/HZ 秒（10 ms）加一。volatile：它在时钟中断里被修改，而主程序
/// （如 calibrate_delay 的等待循环）反复读它；没有 volatile，编译器可以把值留在寄存器里，
/// 循环就永远等不到变化。2.4.0 同样声明为 volatile。
volatile unsigned long jiffies;

/// §10 系统引导和初始化（时钟中断；书第 3 章讲时钟中断的全过程）：每个时钟滴答调用一次。
/// 2.4.0: kernel/timer.c do_timer()
/// 调用链：IRQ0 → arch/i386/kernel/irq.c do_IRQ → time.c timer_interrupt → 这里。
void do_timer(struct pt_regs *regs)
{
	/// 去掉 volatile 再加一，与 2.4.0 的写法相同：编译器可以生成一条对内存直接加一的指令，而不是
	/// volatile 要求的“读、改、写”三步。时钟中断以 SA_INTERRUPT 方式关中断运行，单 CPU 上
	/// 这次加一不会被打断。
	/// 与 2.4.0 不同：2.4.0 接着调用 update_process_times()（按 user_mode(regs) 给当前进程记用户态或
	/// 内核态时间、递减时间片 counter、需要时置 need_resched），再 mark_bh(TIMER_BH) 让底半部处理
	/// 定时器队列和 tq_timer。本移植还没有进程、定时器链表和底半部，只数滴答；regs 参数保留，
	/// 等移植进程统计时再用。
	(*(unsigned long *)&jiffies)++;
}
