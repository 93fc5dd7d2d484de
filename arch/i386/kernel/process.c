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
#include <asm/hw_irq.h>

asmlinkage void ret_from_fork(void) __asm__("ret_from_fork");

/* Halt until an interrupt, unless a reschedule is already wanted. */
static void default_idle(void)
{
	if (!current_cpu_data.hlt_works_ok)
		return;
	__cli();
	if (current->need_resched) {
		__sti();	/* work came in before we could sleep */
		return;
	}
	safe_halt();		/* sti; hlt: no interrupt slips between */
}

/*
 * The idle task's loop (pid 0, after start_kernel): the lowest possible
 * priority, so that any runnable task is preferred; halt until there is
 * something to do, then schedule.
 */
void cpu_idle(void)
{
	struct task_struct *idle = current;

	init_idle();
	idle->nice = 20;
	idle->counter = -100;

	for (;;) {
		if (!idle->need_resched) {
			default_idle();
			continue;
		}
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
	profile_report();	/* port: profile= results */
	machine_halt();
}

/*
 * Start fn(arg) as a new task sharing the kernel's address space: a
 * clone() system call made from the kernel.  Both tasks come back from
 * the one int $0x80 with the same registers except %esp: the child is
 * on its own kernel stack.  The child calls fn(arg), then exit() with
 * %ebx, which still holds the clone flags (fn's return value is lost,
 * as in 2.4.0); the parent gets the child's pid.
 */
int kernel_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	long pid;
	unsigned long sp_before;

	__asm__ __volatile__(
		"movl %%esp,%[sp]\n\t"
		"int $0x80\n\t"
		"cmpl %%esp,%[sp]\n\t"
		"je 0f\n\t"		/* same stack: we are the parent */
		"pushl %[arg]\n\t"
		"call *%[fn]\n\t"
		"movl %[nr_exit],%%eax\n\t"
		"int $0x80\n"
		"0:"
		: "=&a" (pid), [sp] "=&D" (sp_before)
		: "0" (__NR_clone), [nr_exit] "i" (__NR_exit),
		  [arg] "r" (arg), [fn] "r" (fn), "b" (flags | CLONE_VM)
		: "memory");
	return pid;
}

/* Nothing of the thread outlives it on i386 (no I/O bitmap here). */
void exit_thread(void)
{
}

/* exec(): no debug registers, no FPU state from the old program. */
void flush_thread(void)
{
	struct task_struct *me = current;
	int n;

	for (n = 0; n < 8; n++)
		me->thread.debugreg[n] = 0;
	me->used_math = 0;
	clear_fpu(me);
}

/* A task is freed: a private LDT must already be gone with its mm. */
void release_thread(struct task_struct *dead_task)
{
	void *leftover;

	if (!dead_task->mm)
		return;
	leftover = dead_task->mm->context.segments;
	if (!leftover)
		return;
	printk("WARNING: dead process %8s still has LDT? <%p>\n",
	       dead_task->comm, leftover);
	BUG();
}

/*
 * fork: the child gets a copy of the parent's private LDT, if any
 * (set up with modify_ldt, which this port does not have).
 */
void copy_segments(struct task_struct *p, struct mm_struct *new_mm)
{
	void *parent_ldt = current->mm->context.segments;
	void *copy;

	new_mm->context.segments = NULL;
	if (!parent_ldt)
		return;		/* the usual case: the default LDT */
	copy = vmalloc(LDT_ENTRIES * LDT_ENTRY_SIZE);
	if (!copy) {
		printk(KERN_WARNING "ldt allocation failed\n");
		return;
	}
	memcpy(copy, parent_ldt, LDT_ENTRIES * LDT_ENTRY_SIZE);
	new_mm->context.segments = copy;
}

/*
 * An address space is going away: free its private LDT, if it had one,
 * and go back to the default LDT.
 */
void release_segments(struct mm_struct *mm)
{
	void *private_ldt = mm->context.segments;

	if (!private_ldt)
		return;
	mm->context.segments = NULL;
	clear_LDT();		/* off the CPU before it is freed */
	vfree(private_ldt);
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
	struct task_struct *parent = current;
	struct thread_struct *t = &p->thread;
	unsigned long top = (unsigned long) p + THREAD_SIZE;
	struct pt_regs *frame = (struct pt_regs *) top - 1;

	*frame = *regs;			/* the parent's user registers */
	frame->eax = 0;			/* fork() is 0 in the child */
	frame->esp = esp;

	t->esp = (unsigned long) frame;
	t->esp0 = top;
	t->eip = (unsigned long) ret_from_fork;

	savesegment(fs, t->fs);
	savesegment(gs, t->gs);

	unlazy_fpu(parent);		/* FPU contents into parent->thread */
	t->i387 = parent->thread.i387;
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
	struct thread_struct *from = &prev_p->thread;
	struct thread_struct *to = &next_p->thread;
	struct tss_struct *tss = &init_tss[smp_processor_id()];

	unlazy_fpu(prev_p);
	tss->esp0 = to->esp0;	/* next's kernel stack for its next entry */

	savesegment(fs, from->fs);
	savesegment(gs, from->gs);
	loadsegment(fs, to->fs);
	loadsegment(gs, to->gs);

	if (!to->debugreg[7])
		return;		/* no breakpoints armed */
#define set_db(n) \
	__asm__("movl %0,%%db" #n : : "r" (to->debugreg[n]))
	set_db(0);
	set_db(1);
	set_db(2);
	set_db(3);
	set_db(6);
	set_db(7);
#undef set_db
}

/*
 * The system calls that need the whole register frame take it by value:
 * entry.S's saved registers are exactly a struct pt_regs on the stack
 * where the arguments would be.  prevent_tail_call() keeps gcc from
 * reusing that frame for the arguments of a tail call.
 */
asmlinkage int sys_fork(struct pt_regs regs)
{
	int pid;

	pid = do_fork(SIGCHLD, regs.esp, &regs, 0);
	prevent_tail_call(pid);
	return pid;
}

/* clone(flags, newsp): newsp 0 means the same user stack. */
asmlinkage int sys_clone(struct pt_regs regs)
{
	unsigned long flags = regs.ebx;
	unsigned long user_sp = regs.ecx ? regs.ecx : regs.esp;
	int pid;

	pid = do_fork(flags, user_sp, &regs, 0);
	prevent_tail_call(pid);
	return pid;
}

/*
 * vfork(): the child borrows the parent's address space; the parent
 * sleeps until the child execs or exits (mm_release).
 */
asmlinkage int sys_vfork(struct pt_regs regs)
{
	int pid;

	pid = do_fork(CLONE_VFORK | CLONE_VM | SIGCHLD, regs.esp, &regs, 0);
	prevent_tail_call(pid);
	return pid;
}

/* execve(filename, argv, envp): on success the frame is the new program's. */
asmlinkage int sys_execve(struct pt_regs regs)
{
	char *path = getname((char *) regs.ebx);
	int ret;

	if (IS_ERR(path)) {
		ret = PTR_ERR(path);
	} else {
		ret = do_execve(path, (char **) regs.ecx, (char **) regs.edx,
				&regs);
		putname(path);
	}
	prevent_tail_call(ret);
	return ret;
}
