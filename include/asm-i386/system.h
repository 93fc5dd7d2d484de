/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Task switching, interrupt flag control, control registers and memory
 * barriers.
 * Follows Linux 2.4.0 include/asm-i386/system.h.
 */
#ifndef __ASM_SYSTEM_H
#define __ASM_SYSTEM_H

#include <linux/kernel.h>

struct task_struct;

/*
 * Switch the CPU from task prev to task next.  prev's callee-saved
 * registers go on its own kernel stack; its esp and the address to
 * resume at (label 1) go into prev->thread; next's esp is loaded and
 * next's saved eip pushed, so that __switch_to() (arguments in eax and
 * edx) "returns" into next.  When prev is switched back in later it
 * resumes at 1 with ebx holding the task that ran last.
 */
extern void __switch_to(struct task_struct *prev, struct task_struct *next)
	__attribute__((regparm(3)));

#define prepare_to_switch()	do { } while (0)

#define switch_to(prev, next, last) do { \
	unsigned long __d0, __d1; \
	__asm__ __volatile__("pushl %%esi\n\t" \
			     "pushl %%edi\n\t" \
			     "pushl %%ebp\n\t" \
			     "movl %%esp, %0\n\t" \
			     "movl %5, %%esp\n\t" \
			     "movl $1f, %1\n\t" \
			     "pushl %6\n\t" \
			     "jmp __switch_to\n" \
			     "1:\t" \
			     "popl %%ebp\n\t" \
			     "popl %%edi\n\t" \
			     "popl %%esi\n\t" \
			     : "=m" ((prev)->thread.esp), \
			       "=m" ((prev)->thread.eip), \
			       "=b" (last), "=a" (__d0), "=d" (__d1) \
			     : "m" ((next)->thread.esp), \
			       "m" ((next)->thread.eip), \
			       "3" (prev), "4" (next), "2" (prev) \
			     : "ecx", "memory"); \
} while (0)

/*
 * Load a segment register; a bad selector (from a signal frame) loads
 * the null selector instead of faulting in the kernel.
 */
#define loadsegment(seg, value) \
	__asm__ __volatile__("1:\tmovl %k0,%%" #seg "\n" \
		"2:\n" \
		".section .fixup,\"ax\"\n" \
		"3:\tpushl $0\n\t" \
		"popl %%" #seg "\n\t" \
		"jmp 2b\n" \
		".previous\n" \
		".section __ex_table,\"a\"\n\t" \
		".align 4\n\t" \
		".long 1b,3b\n" \
		".previous" \
		: : "r" ((unsigned int) (value)))

/* Read a segment register (the upper half of the result is zero). */
#define savesegment(seg, value) \
	__asm__ __volatile__("movl %%" #seg ",%k0" : "=r" (value))

/* CR0.TS: set, the next FPU instruction traps (lazy FPU switching). */
#define clts()	__asm__ __volatile__("clts")
#define stts()	__asm__ __volatile__("movl %%cr0,%%eax; orl $8,%%eax; " \
				     "movl %%eax,%%cr0" : : : "ax")

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
