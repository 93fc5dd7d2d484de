// SPDX-License-Identifier: GPL-2.0-only
/*
 * The architecture's part of processes: the idle loop, kernel threads,
 * the child's kernel stack at fork (copy_thread), the task switch proper
 * (__switch_to), the fork/clone/vfork/execve system calls, and machine
 * shutdown.
 * 情景分析 chapter 4 (fork, exec, switch_to); §2.2 (the TSS and LDT).
 * Follows Linux 2.4.0 arch/i386/kernel/process.c.  Port: power-off
 * leaves the emulator, see below.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/fs.h>
#include <asm/system.h>
#include <asm/io.h>
#include <asm/desc.h>
#include <asm/ldt.h>
#include <asm/processor.h>
#include <asm/i387.h>
#include <asm/uaccess.h>
#include <asm/pgalloc.h>
#include <asm/unistd.h>
#include <asm/ptrace.h>
#include <asm/mmu_context.h>

asmlinkage void ret_from_fork(void) __asm__("ret_from_fork");

/* Halt until an interrupt, unless a reschedule is already wanted. */
static void default_idle(void)
{
	if (current_cpu_data.hlt_works_ok) {
		__cli();
		if (!current->need_resched)
			safe_halt();
		else
			__sti();
	}
}

/*
 * The idle task's loop (pid 0, after start_kernel): the lowest possible
 * priority, so that any runnable task is preferred; halt until there is
 * something to do, then schedule.
 */
void cpu_idle(void)
{
	init_idle();
	current->nice = 20;
	current->counter = -100;

	while (1) {
		while (!current->need_resched)
			default_idle();
		schedule();
		check_pgt_cache();
	}
}

/*
 * Emulators give a guest a way out: Bochs leaves when "Shutdown" is
 * written to port 0x8900, QEMU's isa-debug-exit device (make qemu
 * configures it at 0xf4) on any write.  On real hardware both writes do
 * nothing and the CPU halts.
 */
static void emulator_exit(void)
{
	const char *s = "Shutdown";

	while (*s)
		outb(*s++, 0x8900);
	outb(0x00, 0xf4);
}

void machine_restart(char *cmd)
{
	outb(0xfe, 0x64);	/* pulse the keyboard controller's reset line */
	machine_halt();
}

void machine_halt(void)
{
	emulator_exit();
	__cli();
	for (;;)
		__asm__ __volatile__("hlt");
}

void machine_power_off(void)
{
	machine_halt();
}

/*
 * Start fn(arg) as a new task sharing the kernel's address space: a
 * clone() system call made from the kernel.  The child comes back from
 * it on its own stack (the stack pointer differs), calls fn and exits
 * with fn's return value; the parent gets the child's pid.
 */
int kernel_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	long retval, d0;

	__asm__ __volatile__(
		"movl %%esp,%%esi\n\t"
		"int $0x80\n\t"		/* clone() */
		"cmpl %%esp,%%esi\n\t"	/* the parent keeps its stack */
		"je 1f\n\t"
		"movl %4,%%eax\n\t"	/* the child: fn(arg) */
		"pushl %%eax\n\t"
		"call *%5\n\t"
		"movl %3,%0\n\t"	/* exit() */
		"int $0x80\n"
		"1:\t"
		: "=&a" (retval), "=&S" (d0)
		: "0" (__NR_clone), "i" (__NR_exit),
		  "r" (arg), "r" (fn),
		  "b" (flags | CLONE_VM)
		: "memory");
	return retval;
}

/* Nothing of the thread outlives it on i386 (no I/O bitmap here). */
void exit_thread(void)
{
}

/* exec(): no debug registers, no FPU state from the old program. */
void flush_thread(void)
{
	struct task_struct *tsk = current;

	memset(tsk->thread.debugreg, 0, sizeof(unsigned long) * 8);
	current->used_math = 0;
	clear_fpu(tsk);
}

/* A task is freed: a private LDT must already be gone with its mm. */
void release_thread(struct task_struct *dead_task)
{
	if (dead_task->mm) {
		void *ldt = dead_task->mm->context.segments;

		if (ldt) {
			printk("WARNING: dead process %8s still has LDT? <%p>\n",
			       dead_task->comm, ldt);
			BUG();
		}
	}
}

/*
 * fork: the child gets a copy of the parent's private LDT, if any
 * (set up with modify_ldt, which this port does not have).
 */
void copy_segments(struct task_struct *p, struct mm_struct *new_mm)
{
	struct mm_struct *old_mm = current->mm;
	void *old_ldt = old_mm->context.segments, *ldt = old_ldt;

	new_mm->context.segments = NULL;
	if (old_ldt) {
		ldt = vmalloc(LDT_ENTRIES * LDT_ENTRY_SIZE);
		if (!ldt)
			printk(KERN_WARNING "ldt allocation failed\n");
		else
			memcpy(ldt, old_ldt, LDT_ENTRIES * LDT_ENTRY_SIZE);
	}
	new_mm->context.segments = ldt;
}

/*
 * An address space is going away: free its private LDT, if it had one,
 * and go back to the default LDT.
 */
void release_segments(struct mm_struct *mm)
{
	void *ldt = mm->context.segments;

	if (ldt) {
		mm->context.segments = NULL;
		clear_LDT();
		vfree(ldt);
	}
}

/*
 * The child's kernel stack: a copy of the parent's register frame at the
 * top of its 8 KB block, with eax 0 (fork returns 0 in the child) and
 * the given user stack pointer.  The first switch_to into the child
 * loads thread.esp (that frame) and jumps to thread.eip, ret_from_fork,
 * which returns to user mode through the frame.  esp0 is the stack top
 * the TSS gives for the child's entries from user mode.
 */
int copy_thread(int nr, unsigned long clone_flags, unsigned long esp,
		unsigned long unused, struct task_struct *p,
		struct pt_regs *regs)
{
	struct pt_regs *childregs;

	childregs = ((struct pt_regs *) (THREAD_SIZE + (unsigned long) p)) - 1;
	*childregs = *regs;
	childregs->eax = 0;
	childregs->esp = esp;

	p->thread.esp = (unsigned long) childregs;
	p->thread.esp0 = (unsigned long) (childregs + 1);

	p->thread.eip = (unsigned long) ret_from_fork;

	savesegment(fs, p->thread.fs);
	savesegment(gs, p->thread.gs);

	unlazy_fpu(current);
	p->thread.i387 = current->thread.i387;

	return 0;
}

/*
 * The second half of switch_to (which saved prev's esp/eip and loaded
 * next's): save prev's FPU state if it used the FPU, give the TSS next's
 * kernel stack top (esp0) for its next entry from user mode, switch the
 * user fs/gs, and load next's debug registers if it uses them.
 */
__attribute__((regparm(3))) void __switch_to(struct task_struct *prev_p,
					     struct task_struct *next_p)
{
	struct thread_struct *prev = &prev_p->thread,
			     *next = &next_p->thread;
	struct tss_struct *tss = init_tss + smp_processor_id();

	unlazy_fpu(prev_p);

	tss->esp0 = next->esp0;

	savesegment(fs, prev->fs);
	savesegment(gs, prev->gs);

	loadsegment(fs, next->fs);
	loadsegment(gs, next->gs);

	if (next->debugreg[7]) {
#define loaddebug(thread, register) \
	__asm__("movl %0,%%db" #register : : "r" ((thread)->debugreg[register]))
		loaddebug(next, 0);
		loaddebug(next, 1);
		loaddebug(next, 2);
		loaddebug(next, 3);
		loaddebug(next, 6);
		loaddebug(next, 7);
#undef loaddebug
	}
}

/*
 * The system calls that need the whole register frame take it by value:
 * entry.S's saved registers are exactly a struct pt_regs on the stack
 * where the arguments would be.  prevent_tail_call() keeps gcc from
 * reusing that frame for the arguments of a tail call.
 */
asmlinkage int sys_fork(struct pt_regs regs)
{
	int ret = do_fork(SIGCHLD, regs.esp, &regs, 0);

	prevent_tail_call(ret);
	return ret;
}

/* clone(flags, newsp): newsp 0 means the same user stack. */
asmlinkage int sys_clone(struct pt_regs regs)
{
	unsigned long clone_flags;
	unsigned long newsp;
	int ret;

	clone_flags = regs.ebx;
	newsp = regs.ecx;
	if (!newsp)
		newsp = regs.esp;
	ret = do_fork(clone_flags, newsp, &regs, 0);
	prevent_tail_call(ret);
	return ret;
}

/*
 * vfork(): the child borrows the parent's address space; the parent
 * sleeps until the child execs or exits (mm_release).
 */
asmlinkage int sys_vfork(struct pt_regs regs)
{
	int ret = do_fork(CLONE_VFORK | CLONE_VM | SIGCHLD, regs.esp,
			  &regs, 0);

	prevent_tail_call(ret);
	return ret;
}

/* execve(filename, argv, envp): on success the frame is the new program's. */
asmlinkage int sys_execve(struct pt_regs regs)
{
	int error;
	char *filename;

	filename = getname((char *) regs.ebx);
	error = PTR_ERR(filename);
	if (IS_ERR(filename))
		goto out;
	error = do_execve(filename, (char **) regs.ecx, (char **) regs.edx,
			  &regs);
	putname(filename);
out:
	prevent_tail_call(error);
	return error;
}
