// SPDX-License-Identifier: GPL-2.0-only
/*
 * The two 8259A interrupt controllers: remap them to vectors 0x20-0x2f,
 * mask and acknowledge lines, and the sixteen interrupt entry stubs.
 * init_IRQ also starts the 8254 timer at HZ.
 * Follows Linux 2.4.0 arch/i386/kernel/i8259.c (no APIC).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/spinlock.h>
#include <asm/io.h>
#include <asm/hw_irq.h>
#include <asm/param.h>
#include <asm/desc.h>

/* Each stub: push irq - 256 as orig_eax, join common_interrupt. */
#define IRQ_STUB(nr) \
	__asm__(".text\n\t.align 16\n" \
		"IRQ" #nr "_interrupt:\n\t" \
		"pushl $" #nr "-256\n\t" \
		"jmp common_interrupt\n");

IRQ_STUB(0) IRQ_STUB(1) IRQ_STUB(2) IRQ_STUB(3)
IRQ_STUB(4) IRQ_STUB(5) IRQ_STUB(6) IRQ_STUB(7)
IRQ_STUB(8) IRQ_STUB(9) IRQ_STUB(10) IRQ_STUB(11)
IRQ_STUB(12) IRQ_STUB(13) IRQ_STUB(14) IRQ_STUB(15)

#define IRQ(nr) IRQ##nr##_interrupt
extern void IRQ(0)(void), IRQ(1)(void), IRQ(2)(void), IRQ(3)(void);
extern void IRQ(4)(void), IRQ(5)(void), IRQ(6)(void), IRQ(7)(void);
extern void IRQ(8)(void), IRQ(9)(void), IRQ(10)(void), IRQ(11)(void);
extern void IRQ(12)(void), IRQ(13)(void), IRQ(14)(void), IRQ(15)(void);

static void (*interrupt[NR_IRQS])(void) = {
	IRQ(0), IRQ(1), IRQ(2), IRQ(3), IRQ(4), IRQ(5), IRQ(6), IRQ(7),
	IRQ(8), IRQ(9), IRQ(10), IRQ(11), IRQ(12), IRQ(13), IRQ(14), IRQ(15),
};

spinlock_t i8259A_lock = SPIN_LOCK_UNLOCKED;

/* Shadow of the two mask registers: bit set = line masked. */
static unsigned int cached_irq_mask = 0xffff;

#define __byte(x, y)	(((unsigned char *)&(y))[x])
#define cached_21	(__byte(0, cached_irq_mask))
#define cached_A1	(__byte(1, cached_irq_mask))

void disable_8259A_irq(unsigned int irq)
{
	cached_irq_mask |= 1 << irq;
	if (irq < 8)
		outb(cached_21, 0x21);
	else
		outb(cached_A1, 0xA1);
}

void enable_8259A_irq(unsigned int irq)
{
	cached_irq_mask &= ~(1 << irq);
	if (irq < 8)
		outb(cached_21, 0x21);
	else
		outb(cached_A1, 0xA1);
}

/*
 * Mask the line, then send a specific end-of-interrupt (to the slave and
 * the cascade line 2 of the master for IRQs 8-15).
 */
void mask_and_ack_8259A(unsigned int irq)
{
	cached_irq_mask |= 1 << irq;

	if (irq < 8) {
		inb(0x21);			/* a read first, as 2.4.0 */
		outb(cached_21, 0x21);
		outb(0x60 | irq, 0x20);		/* specific EOI, master */
		return;
	}
	inb(0xA1);
	outb(cached_A1, 0xA1);
	outb(0x60 | (irq - 8), 0xA0);		/* specific EOI, slave */
	outb(0x60 | 2, 0x20);			/* and the cascade line */
}

/* ICW1-ICW4: edge triggered, cascade, vectors 0x20 and 0x28, 8086 mode. */
void __init init_8259A(int auto_eoi)
{
	outb(0xff, 0x21);	/* mask all of 8259A-1 */
	outb(0xff, 0xA1);	/* mask all of 8259A-2 */

	outb_p(0x11, 0x20);	/* ICW1: init, ICW4 follows */
	outb_p(FIRST_EXTERNAL_VECTOR + 0, 0x21);	/* ICW2: IR0-7 */
	outb_p(0x04, 0x21);	/* ICW3: slave on IR2 */
	outb_p(auto_eoi ? 0x03 : 0x01, 0x21);	/* ICW4 */

	outb_p(0x11, 0xA0);
	outb_p(FIRST_EXTERNAL_VECTOR + 8, 0xA1);	/* IR8-15 */
	outb_p(0x02, 0xA1);	/* ICW3: cascade identity 2 */
	outb_p(0x01, 0xA1);	/* ICW4: normal EOI */

	outb(cached_21, 0x21);	/* restore the masks */
	outb(cached_A1, 0xA1);
}

static void no_action(int cpl, void *dev_id, struct pt_regs *regs)
{
}

/* The slave PIC hangs off line 2 of the master. */
static struct irqaction irq2 = { no_action, 0, 0, "cascade", NULL, NULL };

void __init init_IRQ(void)
{
	unsigned int latch = LATCH;
	int line;

	init_8259A(0);

	/* Every line gets its stub, except where int $0x80 lives. */
	for (line = 0; line < NR_IRQS; line++) {
		if (FIRST_EXTERNAL_VECTOR + line == SYSCALL_VECTOR)
			continue;
		set_intr_gate(FIRST_EXTERNAL_VECTOR + line, interrupt[line]);
	}

	/* 8254 channel 0, mode 2 (rate generator): low byte, high byte. */
	outb_p(0x34, 0x43);
	outb_p(latch & 0xff, 0x40);
	outb(latch >> 8, 0x40);

	setup_irq(2, &irq2);
}
