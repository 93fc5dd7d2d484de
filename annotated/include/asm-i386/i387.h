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
/// §4.6：懒惰 FPU 切换的接口。unlazy_fpu：进程切换走时，若 FPU 里是它的状态就存起来；clear_fpu：exec、sigreturn 时
/// 放弃 FPU 里的内容。2.4.0 同名的宏在同一文件。
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
		/// 本移植的偏差：2.4.0 这里是一条裸的 fwait。用户留下的 x87 异常会在这条 fwait 上以 #MF 报出，
		/// 2.4.0 的 do_coprocessor_error 返回到这条 fwait 后会无限循环（见 traps.c 的注释）；
		/// 登记异常表项 1b -> 2b，do_coprocessor_error 在 math_error 之后跳过它。
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
/// 2.4.0 在 i387.h 声明、i387.c 定义；math_error 用来读保存下来的控制字和状态字。
extern unsigned short get_fpu_cwd(struct task_struct *tsk);
extern unsigned short get_fpu_swd(struct task_struct *tsk);

/* Signal frames. */
extern int save_i387(struct _fpstate *buf);
extern int restore_i387(struct _fpstate *buf);

#endif
