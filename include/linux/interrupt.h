/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Interrupt handlers and their registration.
 * Follows Linux 2.4.0 include/linux/interrupt.h (struct irqaction part).
 */
#ifndef _LINUX_INTERRUPT_H
#define _LINUX_INTERRUPT_H

#include <asm/ptrace.h>
#include <asm/hardirq.h>

struct irqaction {
	void (*handler)(int, void *, struct pt_regs *);
	unsigned long flags;
	unsigned long mask;
	const char *name;
	void *dev_id;
	struct irqaction *next;
};

#define SA_INTERRUPT	0x20000000	/* run with interrupts off */

extern int setup_irq(unsigned int irq, struct irqaction *new);
extern int request_irq(unsigned int irq,
		       void (*handler)(int, void *, struct pt_regs *),
		       unsigned long irqflags, const char *devname,
		       void *dev_id);
extern void init_IRQ(void);
extern void disable_irq(unsigned int irq);
extern void enable_irq(unsigned int irq);

extern volatile unsigned long jiffies;
extern void do_timer(struct pt_regs *regs);

#endif
