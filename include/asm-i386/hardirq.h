/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Interrupt nesting per CPU: in_interrupt() is true while a hardware
 * interrupt handler (or a bottom half) runs, when there is no process
 * context to sleep or fault in.
 * Follows Linux 2.4.0 include/asm-i386/hardirq.h (uniprocessor) and
 * include/linux/irq_cpustat.h.
 */
#ifndef __ASM_HARDIRQ_H
#define __ASM_HARDIRQ_H

#include <linux/threads.h>

#ifndef smp_processor_id
#define smp_processor_id()	0	/* one CPU */
#endif

typedef struct {
	unsigned int __local_irq_count;
	unsigned int __local_bh_count;
} irq_cpustat_t;

extern irq_cpustat_t irq_stat[NR_CPUS];

#define local_irq_count(cpu)	(irq_stat[(cpu)].__local_irq_count)
#define local_bh_count(cpu)	(irq_stat[(cpu)].__local_bh_count)

#define in_interrupt() ({ int __cpu = smp_processor_id(); \
	(local_irq_count(__cpu) + local_bh_count(__cpu) != 0); })
#define in_irq()	(local_irq_count(smp_processor_id()) != 0)

#define irq_enter(cpu, irq)	(local_irq_count(cpu)++)
#define irq_exit(cpu, irq)	(local_irq_count(cpu)--)

#endif
