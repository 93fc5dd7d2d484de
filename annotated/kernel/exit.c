// SPDX-License-Identifier: GPL-2.0-only
/*
 * Task exit.
 * Follows Linux 2.4.0 kernel/exit.c.  Only the boot task exists so far:
 * its death is fatal, exactly as in 2.4.0 (the idle task must not die).
 */
#include <linux/kernel.h>
#include <linux/sched.h>

/// §2.4 越界访问：内核态发生无法修复的异常时，arch/i386/kernel/traps.c 的 die() 打印 oops 后
/// 调用 do_exit(SIGSEGV)，结束当前进程（进程的退出在书第 4 章详述）。
/// 2.4.0: kernel/exit.c do_exit()
/// 与 2.4.0 不同：现在只有引导用的 0 号进程。2.4.0 的 do_exit 先检查是否在中断处理程序里、
/// 是否是 0 号进程或 1 号 init 进程（这些都直接 panic），然后释放进程的资源——__exit_mm()
/// 放弃用户空间的 mm_struct（mmput，最后一个用户时 exit_mmap 拆掉所有虚存区间和页表）、
/// exit_files、exit_fs ……，通知父进程，最后 schedule() 一去不返。这些随进程的移植加入。
NORET_TYPE void do_exit(long code)
{
	/// current 由 %esp 算出（asm/current.h）：引导期间就是 init_task_union 里的 0 号进程 swapper。
	/// 0 号进程是空转进程，它一死 CPU 就没有可运行的东西了，2.4.0 在这种情况下同样 panic。
	/// 所以引导期间的任何内核 oops 都以 panic 收场，Bochs 随之退出。
	if (!current->pid)
		panic("Attempted to kill the idle task!");
	/// 本移植中除 0 号进程外不可能有别的 current；真走到这里说明出了错，也只能 panic。
	panic("do_exit: no processes in this kernel yet (pid %d)",
	      current->pid);
}
