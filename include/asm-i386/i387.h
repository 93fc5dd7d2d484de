/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Lazy FPU switching: a task's FPU registers stay in the FPU until
 * another task wants the FPU.  Switching tasks sets CR0.TS; the first
 * FPU instruction then traps (device not available) and
 * math_state_restore() loads the task's saved state, or initialises
 * the FPU for a task that never used it.
 * Chapter 4 (switch_to).  Follows Linux 2.4.0 include/asm-i386/i387.h
 * (fnsave/frstor only: the port does not enable FXSR).
 */
#ifndef __ASM_I386_I387_H
#define __ASM_I386_I387_H

#include <linux/sched.h>
#include <asm/processor.h>
#include <asm/sigcontext.h>
#include <asm/system.h>

extern void init_fpu(void);
extern void save_init_fpu(struct task_struct *tsk);
extern void restore_fpu(struct task_struct *tsk);

/* The task is switched out: save its FPU state if it holds the FPU. */
#define unlazy_fpu(tsk) do { \
	if ((tsk)->flags & PF_USEDFPU) \
		save_init_fpu(tsk); \
} while (0)

/*
 * Forget the task's FPU contents (exec, sigreturn).  Port: a user's
 * pending x87 exception may fire at the fwait (#MF); the exception
 * table lets do_coprocessor_error go on past it.
 */
#define clear_fpu(tsk) do { \
	if ((tsk)->flags & PF_USEDFPU) { \
		__asm__ __volatile__("1:	fwait\n" \
				     "2:\n" \
				     ".section __ex_table, \"a\"\n" \
				     "	.align 4\n" \
				     "	.long 1b, 2b\n" \
				     ".previous"); \
		(tsk)->flags &= ~PF_USEDFPU; \
		stts(); \
	} \
} while (0)

/* The control and status words of a task's saved x87 state. */
extern unsigned short get_fpu_cwd(struct task_struct *tsk);
extern unsigned short get_fpu_swd(struct task_struct *tsk);

/* Signal frames. */
extern int save_i387(struct _fpstate *buf);
extern int restore_i387(struct _fpstate *buf);

#endif
