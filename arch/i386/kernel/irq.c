// SPDX-License-Identifier: GPL-2.0-only
/*
 * Interrupt dispatch: do_IRQ finds the handlers of a line and runs them
 * with the line masked and acknowledged.
 * Follows Linux 2.4.0 arch/i386/kernel/irq.c (one CPU, 8259 only).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <asm/system.h>
#include <asm/hw_irq.h>
#include <asm/hardirq.h>

extern void mask_and_ack_8259A(unsigned int irq);
extern void enable_8259A_irq(unsigned int irq);
extern void disable_8259A_irq(unsigned int irq);

static struct irqaction *irq_action[NR_IRQS];

/* Interrupt nesting per CPU (in_interrupt()). */
irq_cpustat_t irq_stat[NR_CPUS];
unsigned long irq_count[NR_IRQS];

void disable_irq(unsigned int irq)
{
	disable_8259A_irq(irq);
}

void enable_irq(unsigned int irq)
{
	enable_8259A_irq(irq);
}

/* Run every handler on the line; interrupts on unless SA_INTERRUPT. */
static void handle_IRQ_event(unsigned int irq, struct pt_regs *regs,
			     struct irqaction *action)
{
	if (!(action->flags & SA_INTERRUPT))
		__sti();
	do {
		action->handler(irq, action->dev_id, regs);
		action = action->next;
	} while (action);
	__cli();
}

/*
 * Called from common_interrupt with the register frame as its argument;
 * orig_eax holds the IRQ number - 256.
 */
asmlinkage unsigned int do_IRQ(struct pt_regs regs)
{
	int irq = regs.orig_eax & 0xff;
	struct irqaction *action;
	int cpu = smp_processor_id();

	mask_and_ack_8259A(irq);
	irq_count[irq]++;
	action = irq_action[irq];
	if (action) {
		irq_enter(cpu, irq);
		handle_IRQ_event(irq, &regs, action);
		irq_exit(cpu, irq);
		enable_8259A_irq(irq);
	}
	return 1;
}

/* Attach a handler to a line and unmask it. */
int setup_irq(unsigned int irq, struct irqaction *new)
{
	struct irqaction **p;
	unsigned long flags;

	if (irq >= NR_IRQS)
		return -1;
	save_and_cli(flags);
	p = &irq_action[irq];
	while (*p)
		p = &(*p)->next;
	*p = new;
	restore_flags(flags);
	enable_8259A_irq(irq);
	return 0;
}

/*
 * A driver's handler for irq: dev_id is handed back to it, and tells
 * sharers apart.  The line is unmasked.
 */
int request_irq(unsigned int irq,
		void (*handler)(int, void *, struct pt_regs *),
		unsigned long irqflags, const char *devname, void *dev_id)
{
	struct irqaction *new;
	int err;

	if (handler == NULL || irq >= NR_IRQS)
		return -EINVAL;
	new = kmalloc(sizeof(*new), GFP_KERNEL);
	if (new == NULL)
		return -ENOMEM;
	memset(new, 0, sizeof(*new));
	new->dev_id = dev_id;
	new->name = devname;
	new->flags = irqflags;
	new->handler = handler;
	err = setup_irq(irq, new);
	if (err != 0)
		kfree(new);
	return err;
}
