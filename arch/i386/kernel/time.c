// SPDX-License-Identifier: GPL-2.0-only
/*
 * The timer interrupt (IRQ 0, HZ times a second).
 * Follows Linux 2.4.0 arch/i386/kernel/time.c (no TSC or RTC handling).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <asm/hw_irq.h>

/* The tick, then the profiler's sample of where the kernel was. */
static inline void do_timer_interrupt(int irq, void *dev_id,
				      struct pt_regs *regs)
{
	do_timer(regs);
	if (!user_mode(regs))
		x86_do_profile(regs->eip);
}

static void timer_interrupt(int irq, void *dev_id, struct pt_regs *regs)
{
	do_timer_interrupt(irq, NULL, regs);
}

static struct irqaction irq0 = { timer_interrupt, SA_INTERRUPT, 0, "timer",
				 NULL, NULL };

void __init time_init(void)
{
	setup_irq(0, &irq0);
}
