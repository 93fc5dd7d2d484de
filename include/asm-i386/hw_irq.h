/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Interrupt vectors: the CPU exceptions use 0-31, the two 8259 PICs are
 * moved to 0x20-0x2f, and int $0x80 is the system call.
 * Follows Linux 2.4.0 include/asm-i386/hw_irq.h (uniprocessor, no APIC).
 */
#ifndef _ASM_HW_IRQ_H
#define _ASM_HW_IRQ_H

#define FIRST_EXTERNAL_VECTOR	0x20
#define SYSCALL_VECTOR		0x80
#define NR_IRQS			16

#endif
