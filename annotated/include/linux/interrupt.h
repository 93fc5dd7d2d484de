/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Interrupt handlers and their registration.
 * Follows Linux 2.4.0 include/linux/interrupt.h (struct irqaction part).
 */
/// §10 系统引导和初始化（中断处理程序的登记）；书第 3 章讲中断的全过程。
/// 2.4.0: include/linux/interrupt.h（struct irqaction 这一部分）
#ifndef _LINUX_INTERRUPT_H
#define _LINUX_INTERRUPT_H

#include <asm/ptrace.h>
#include <asm/hardirq.h>

/// 一个中断处理程序的登记项。2.4.0 中一条 IRQ 线可以挂多个 irqaction（共享中断），用 next 串起来，
/// 中断来时 do_IRQ 逐个调用。time.c 的 irq0 就是时钟中断的登记项。
struct irqaction {
	/// 参数：IRQ 号、登记时给的 dev_id、进入中断时保存在系统堆栈上的寄存器（asm/ptrace.h）。
	void (*handler)(int, void *, struct pt_regs *);
	/// SA_INTERRUPT 等标志。
	unsigned long flags;
	/// 2.4.0 中也没有使用，保留。
	unsigned long mask;
	/// /proc/interrupts 里显示的名字。
	const char *name;
	/// 共享中断时区分是哪个设备，free_irq 据此找到要摘下的那一项。
	void *dev_id;
	struct irqaction *next;
};

/// “快速中断”：处理程序在关中断的状态下运行，不被别的中断打断。时钟中断用它，所以 do_timer 里的
/// jiffies 加一不会被打断。2.4.0 把它定义在 asm-i386/signal.h（与 sigaction 的 SA_* 标志共用名字空间），
/// 本移植放在这里。
#define SA_INTERRUPT	0x20000000	/* run with interrupts off */

/// arch/i386/kernel/irq.c：挂上一个 irqaction 并打开 8259 上对应的 IRQ 线。
extern int setup_irq(unsigned int irq, struct irqaction *new);
extern int request_irq(unsigned int irq,
		       void (*handler)(int, void *, struct pt_regs *),
		       unsigned long irqflags, const char *devname,
		       void *dev_id);
extern void init_IRQ(void);
extern void disable_irq(unsigned int irq);
extern void enable_irq(unsigned int irq);

/// 与 2.4.0 的位置不同：2.4.0 在 linux/sched.h 里声明 jiffies；本移植的 sched.h 起步时很小，
/// 就放在这里。
extern volatile unsigned long jiffies;
extern void do_timer(struct pt_regs *regs);

#endif
