// SPDX-License-Identifier: GPL-2.0-only
/*
 * The timer interrupt (IRQ 0, HZ times a second).
 * Follows Linux 2.4.0 arch/i386/kernel/time.c (no TSC or RTC handling).
 */
/// 时钟中断：第 3 章（中断、异常和系统调用）。IRQ0 每秒 HZ = 100 次，jiffies 就是它数出来的。
/// 与 2.4.0 的差别：2.4.0 的 time.c 还用 TSC 细分一个滴答（do_gettimeoffset）、在 xtime_lock 保护下更新时间、定期把时间写回
/// CMOS 时钟，time_init() 还从 CMOS 读出开机时刻；本移植只保留驱动 jiffies 的部分。
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <asm/hw_irq.h>

/* The tick, then the profiler's sample of where the kernel was. */
/// §3 中断（时钟中断）：先推进 jiffies（do_timer），再为剖析器采样；只有打断内核态时才采样，用户态的时间不计。\n2.4.0: arch/i386/kernel/time.c do_timer_interrupt()（2.4.0 还在这里处理 CMOS 时钟的回写；本移植略去）
static inline void do_timer_interrupt(int irq, void *dev_id,
				      struct pt_regs *regs)
{
	do_timer(regs);
	if (!user_mode(regs))
		x86_do_profile(regs->eip);
}

/// §3 中断、异常和系统调用（时钟中断）：每 10 ms 一次，调用 do_timer() 把 jiffies 加 1 并推进内核定时器。
/// 第 2 章里按时间工作的部分（例如 kswapd 每秒醒来一次、页面老化）都以 jiffies 为时钟。
/// 2.4.0: arch/i386/kernel/time.c timer_interrupt()（2.4.0 还读 TSC、持 xtime_lock，并大约每 11 分钟把系统时间写回 CMOS；
/// 本移植没有 TSC 和 RTC 的处理）
static void timer_interrupt(int irq, void *dev_id, struct pt_regs *regs)
{
	do_timer_interrupt(irq, NULL, regs);
}

/// SA_INTERRUPT：时钟处理程序在关中断的情况下运行（“快中断”），与 2.4.0 相同。
static struct irqaction irq0 = { timer_interrupt, SA_INTERRUPT, 0, "timer",
				 NULL, NULL };

/// §3 中断、异常和系统调用（时钟中断）：装上时钟中断处理程序，setup_irq() 同时打开 IRQ0；8254 的频率已在 init_IRQ() 中设好。
/// start_kernel() 在 init_IRQ() 之后调用它，此后一开中断时钟就走起来（calibrate_delay() 要靠它）。
/// 2.4.0: arch/i386/kernel/time.c time_init()（2.4.0 先从 CMOS 读出当前日期时间放进 xtime，并用 TSC 测出 CPU 频率；本移植略去）
void __init time_init(void)
{
	setup_irq(0, &irq0);
}
