// SPDX-License-Identifier: GPL-2.0-only
/*
 * Saving and restoring the FPU state of a task: in the task_struct when
 * tasks switch (lazy: only a task that used the FPU since it last got
 * the CPU pays), and in a signal frame around a handler.
 * Chapter 4 (switch_to), chapter 6 (signal frames).
 * Follows Linux 2.4.0 arch/i386/kernel/i387.c (hardware FPU, fnsave
 * format only: no FXSR, no math emulation).
 */
/// §4.6 进程的调度与切换（FPU 现场）；§6.4（信号框架里的 FPU 状态）。2.4.0 的 arch/i386/kernel/i387.c 中硬件 FPU、fnsave 格式的部分。
/// 懒惰切换：进程切换时 FPU 的内容不动，只置 CR0.TS；新进程第一次执行 FPU 指令时引起“设备不可用”异常（7 号），
/// math_state_restore（traps.c）才把旧进程的状态存起来、装入新进程的。大多数进程根本不用 FPU，省下了每次切换的保存和恢复。
/// 与 2.4.0 不同：本移植不打开 CR4.OSFXSR，只用 fnsave/frstor（2.4.0 在 PIII 以上用 fxsave，还有软件仿真）。
#include <linux/kernel.h>
#include <linux/sched.h>
#include <asm/processor.h>
#include <asm/i387.h>
#include <asm/uaccess.h>

/* A task's first FPU instruction: a clean FPU. */
/// §4.6：进程第一次用 FPU：给它一个干净的 FPU。2.4.0: arch/i386/kernel/i387.c init_fpu()
void init_fpu(void)
{
	__asm__("fninit");
	current->used_math = 1;
}

/*
 * Save the FPU state into tsk->thread (fnsave also reinitialises the
 * FPU), mark the FPU free and set TS so the next user traps.
 */
/// §4.6：把 FPU 状态存进 tsk->thread.i387，并置 TS。2.4.0: arch/i386/kernel/i387.c save_init_fpu()
/// fnsave 存完会重新初始化 FPU；fwait 等它做完。PF_USEDFPU 清掉：FPU 里已经不是这个进程的东西了。
void save_init_fpu(struct task_struct *tsk)
{
	__asm__ __volatile__("fnsave %0 ; fwait"
			     : "=m" (tsk->thread.i387.fsave));
	tsk->flags &= ~PF_USEDFPU;
	stts();
}

/// §4.6：把进程保存的 FPU 状态装回 FPU。2.4.0: arch/i386/kernel/i387.c restore_fpu()
void restore_fpu(struct task_struct *tsk)
{
	__asm__ __volatile__("frstor %0" : : "m" (tsk->thread.i387.fsave));
}

/* Read back from the fnsave image (only its low 16 bits count). */
/// §3 中断、异常和系统调用（浮点异常）。2.4.0: arch/i386/kernel/i387.c get_fpu_cwd()
/// math_error 判断异常原因用。2.4.0 还要区分 fxsave 格式；本移植只有 fnsave 格式，控制字在映像的第一个 32 位字的低 16 位。
unsigned short get_fpu_cwd(struct task_struct *tsk)
{
	return (unsigned short) tsk->thread.i387.fsave.cwd;
}

/// §3 中断、异常和系统调用（浮点异常）。2.4.0: arch/i386/kernel/i387.c get_fpu_swd()
/// 状态字在第二个 32 位字的低 16 位：低 6 位是异常标志，0x40 栈错，0x200 是 C1。
unsigned short get_fpu_swd(struct task_struct *tsk)
{
	return (unsigned short) tsk->thread.i387.fsave.swd;
}

/*
 * Copy the current task's FPU state into a signal frame.  Returns 0 if
 * it never used the FPU (nothing saved), 1 if saved, -1 on a fault.
 * The handler starts with a fresh FPU (used_math 0).
 */
/// §6.4：进入信号处理函数前，把 FPU 状态存进用户堆栈上的框架。2.4.0: arch/i386/kernel/i387.c save_i387()
/// 没用过 FPU 的进程返回 0，框架里的 fpstate 指针就是 NULL；存过之后 used_math 清零，处理函数用 FPU 时重新初始化。
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
/// §6.4：sigreturn 时从框架取回 FPU 状态。2.4.0: arch/i386/kernel/i387.c restore_i387()
/// 先 clear_fpu 放弃 FPU 里的内容，存进 thread 以后，下次用 FPU 时由 math_state_restore 装入。
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
