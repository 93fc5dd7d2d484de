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

#ifndef __ASSEMBLY__
#include <asm/atomic.h>

/* The kernel profiler (profile=N on the command line, kernel/timer.c). */
extern unsigned int *prof_buffer;
extern unsigned long prof_len;
extern unsigned long prof_shift;
extern char _stext[];
extern void profile_report(void);

/*
 * A timer tick interrupted the kernel at eip: count it in eip's bucket
 * of 1 << prof_shift bytes of text.  An eip past the profiled text (the
 * init code, say) lands in the last bucket.
 */
static inline void x86_do_profile(unsigned long eip)
{
	unsigned long slot;

	if (!prof_buffer)
		return;
	slot = (eip - (unsigned long)_stext) >> prof_shift;
	if (slot > prof_len - 1)
		slot = prof_len - 1;
	atomic_inc((atomic_t *)&prof_buffer[slot]);
}
#endif

#endif
