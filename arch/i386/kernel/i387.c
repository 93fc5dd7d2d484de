// SPDX-License-Identifier: GPL-2.0-only
/*
 * Saving and restoring the FPU state of a task: in the task_struct when
 * tasks switch (lazy: only a task that used the FPU since it last got
 * the CPU pays), and in a signal frame around a handler.
 * Chapter 4 (switch_to), chapter 6 (signal frames).
 * Follows Linux 2.4.0 arch/i386/kernel/i387.c (hardware FPU, fnsave
 * format only: no FXSR, no math emulation).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <asm/processor.h>
#include <asm/i387.h>
#include <asm/uaccess.h>

/* A task's first FPU instruction: a clean FPU. */
void init_fpu(void)
{
	__asm__("fninit");
	current->used_math = 1;
}

/*
 * Save the FPU state into tsk->thread (fnsave also reinitialises the
 * FPU), mark the FPU free and set TS so the next user traps.
 */
void save_init_fpu(struct task_struct *tsk)
{
	__asm__ __volatile__("fnsave %0 ; fwait"
			     : "=m" (tsk->thread.i387.fsave));
	tsk->flags &= ~PF_USEDFPU;
	stts();
}

void restore_fpu(struct task_struct *tsk)
{
	__asm__ __volatile__("frstor %0" : : "m" (tsk->thread.i387.fsave));
}

/* Read back from the fnsave image (only its low 16 bits count). */
unsigned short get_fpu_cwd(struct task_struct *tsk)
{
	return (unsigned short) tsk->thread.i387.fsave.cwd;
}

unsigned short get_fpu_swd(struct task_struct *tsk)
{
	return (unsigned short) tsk->thread.i387.fsave.swd;
}

/*
 * Copy the current task's FPU state into a signal frame.  Returns 0 if
 * it never used the FPU (nothing saved), 1 if saved, -1 on a fault.
 * The handler starts with a fresh FPU (used_math 0).
 */
int save_i387(struct _fpstate *buf)
{
	struct task_struct *tsk = current;
	struct i387_fsave_struct *fsave = &tsk->thread.i387.fsave;

	if (!tsk->used_math)
		return 0;

	/* The handler will start with a clean FPU. */
	tsk->used_math = 0;
	unlazy_fpu(tsk);
	fsave->status = fsave->swd;
	return __copy_to_user(buf, fsave, sizeof(*fsave)) ? -1 : 1;
}

/* sigreturn: take the FPU state back from the frame. */
int restore_i387(struct _fpstate *buf)
{
	struct task_struct *tsk = current;
	unsigned long missed;

	clear_fpu(tsk);
	missed = __copy_from_user(&tsk->thread.i387.fsave, buf,
				  sizeof(struct i387_fsave_struct));
	tsk->used_math = 1;
	return missed ? -1 : 0;
}
