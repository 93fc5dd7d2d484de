/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Interrupt flag control, control registers and memory barriers.
 * Follows Linux 2.4.0 include/asm-i386/system.h.
 */
#ifndef __ASM_SYSTEM_H
#define __ASM_SYSTEM_H

#include <linux/kernel.h>

#ifdef HOST_TEST
#define __cli()			do { } while (0)
#define __sti()			do { } while (0)
#define __save_flags(x)		((x) = 0)
#define __restore_flags(x)	((void)(x))
#define safe_halt()		do { } while (0)
#define read_cr0()		0UL
#define read_cr2()		0UL
#define read_cr3()		0UL
#define read_cr4()		0UL
#else
#define __cli()		__asm__ __volatile__("cli" : : : "memory")
#define __sti()		__asm__ __volatile__("sti" : : : "memory")
#define safe_halt()	__asm__ __volatile__("sti; hlt" : : : "memory")

#define __save_flags(x) \
	__asm__ __volatile__("pushfl ; popl %0" : "=g" (x) : : "memory")
#define __restore_flags(x) \
	__asm__ __volatile__("pushl %0 ; popfl" : : "g" (x) : "memory", "cc")

static inline unsigned long read_cr0(void)
{
	unsigned long v;

	__asm__ __volatile__("movl %%cr0, %0" : "=r" (v));
	return v;
}

static inline unsigned long read_cr2(void)
{
	unsigned long v;

	__asm__ __volatile__("movl %%cr2, %0" : "=r" (v));
	return v;
}

static inline unsigned long read_cr3(void)
{
	unsigned long v;

	__asm__ __volatile__("movl %%cr3, %0" : "=r" (v));
	return v;
}

static inline unsigned long read_cr4(void)
{
	unsigned long v;

	__asm__ __volatile__("movl %%cr4, %0" : "=r" (v));
	return v;
}
#endif /* HOST_TEST */

/* Uniprocessor: the global versions are the local ones. */
#define cli()			__cli()
#define sti()			__sti()
#define save_flags(x)		__save_flags(x)
#define restore_flags(x)	__restore_flags(x)
#define save_and_cli(x)		do { save_flags(x); cli(); } while (0)
#define local_irq_save(x)	save_and_cli(x)
#define local_irq_restore(x)	restore_flags(x)
#define local_irq_disable()	__cli()
#define local_irq_enable()	__sti()

#define nop() __asm__ __volatile__("nop")

#define mb()	__asm__ __volatile__("lock; addl $0,0(%%esp)" : : : "memory")
#define rmb()	mb()
#define wmb()	__asm__ __volatile__("" : : : "memory")
#define barrier() __asm__ __volatile__("" : : : "memory")

#define set_mb(var, value) do { var = value; mb(); } while (0)
#define set_wmb(var, value) do { var = value; wmb(); } while (0)

#define smp_mb()	barrier()
#define smp_rmb()	barrier()
#define smp_wmb()	barrier()

extern void machine_restart(char *);
extern void machine_halt(void);
extern void machine_power_off(void);

#endif
