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
/// §4.3 / §4.4 / §4.6：进程中与体系结构有关的部分——空闲循环、内核线程、fork 时子进程系统堆栈的构造（copy_thread）、
/// 进程切换的后半段（__switch_to）、fork/clone/vfork/execve 四个系统调用的入口，以及关机。
/// 本移植新增 emulator_exit()，让 Bochs/QEMU 在内核关机时退出。
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
/// §4.6：没有事可做时让 CPU 停在 hlt 上等下一个中断。2.4.0: arch/i386/kernel/process.c default_idle()
/// 先关中断再检查 need_resched：若检查之后、hlt 之前来了一个唤醒别人的中断，会白睡到下一个时钟中断；
/// safe_halt 是“sti; hlt”，sti 的效果推迟到下一条指令之后，开中断和进入 hlt 之间不会漏掉中断。
static void default_idle(void)
{
	if (!current_cpu_data.hlt_works_ok)
		return;
	__cli();
	/// 关中断以后再看一次：已经有人要调度，就开中断直接返回，不睡。
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
/// §4.6 / §10 系统引导和初始化：0 号进程在 start_kernel 的最后进入这里，从此它就是“空转进程”。2.4.0: arch/i386/kernel/process.c cpu_idle()
/// nice 20、counter -100：goodness 最低，任何可运行进程都比它好；没有 need_resched 时 hlt，有就 schedule。
/// check_pgt_cache 把页面表缓存（quicklist）修剪到水位以内（本移植的 quicklist 总是空的）。
void cpu_idle(void)
{
	struct task_struct *idle = current;

	init_idle();
	idle->nice = 20;
	idle->counter = -100;

	/// 0 号进程永远是它自己，current 取一次就够了。没有 need_resched 就 hlt 等中断，醒来再看；
	/// 有了就 schedule，回来后顺便修剪页面表缓存。
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
/// §10 系统引导和初始化（关机）：让模拟器退出。
/// 2.4.0: 无（本移植新增）：`make run`、`make check` 要无人值守地跑完并拿到结果，内核结束时必须能让模拟器退出。
/// Bochs 看到端口 0x8900 上依次写入“Shutdown”8 个字符就退出（日志中有 “Shutdown port: shutdown requested”，
/// scripts/run-bochs 据此判断正常结束）；QEMU 的 isa-debug-exit 设备（make qemu 把它配在 0xF4）写任何值都退出。
/// 在真实硬件上这两个端口没有设备，写了也没有影响。
static void emulator_exit(void)
{
	const char *s = "Shutdown";

	while (*s)
		outb(*s++, 0x8900);
	outb(0x00, 0xf4);
}

/// §10 系统引导和初始化（重新启动）：向 8042 键盘控制器写命令 0xFE，让它拉低 CPU 的复位线。
/// 2.4.0: arch/i386/kernel/process.c machine_restart()（2.4.0 反复尝试键盘控制器复位，不成再装入空 IDT 故意引起三重错误，
/// 或者切回实地址模式跳进 BIOS 的复位入口；本移植只试一次，不成就停机）
void machine_restart(char *cmd)
{
	outb(0xfe, 0x64);	/* pulse the keyboard controller's reset line */
	machine_halt();
}

/// §10 系统引导和初始化（停机）。
/// 2.4.0: arch/i386/kernel/process.c machine_halt()（2.4.0 中是空函数，由调用者自己停下；本移植先让模拟器退出，
/// 在真实硬件上则关中断循环 hlt）
void machine_halt(void)
{
	emulator_exit();
	__cli();
	for (;;)
		/// 关中断后 hlt，CPU 就停住了，只有 NMI 之类能唤醒它，所以外面再套一个循环。
		__asm__ __volatile__("hlt");
}

/// §10 系统引导和初始化（关电源）：reboot(LINUX_REBOOT_CMD_POWER_OFF) 最后调用它。
/// 2.4.0: arch/i386/kernel/process.c machine_power_off()（2.4.0 调用 APM 驱动注册的 pm_power_off；本移植没有 APM，等同 machine_halt()）
void machine_power_off(void)
{
	/// 本移植新增：给了 profile= 时，关机前打印剖析结果（kernel/profile.c）；2.4.0 由 readprofile 从 /proc/profile 读。
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
/// §4.3：创建内核线程。2.4.0: arch/i386/kernel/process.c kernel_thread()
/// 在内核里执行 int $0x80 调用 clone（CLONE_VM：与调用者共享 mm——调用者是内核线程时 mm 为 NULL，子进程也就没有用户空间）。
/// 系统调用从内核态进入也照样建立 pt_regs 框架，子进程（copy_thread 复制了这个框架）从 ret_from_fork 返回到这里的
/// int $0x80 之后。父子靠 %esp 区分：子进程在自己新的系统堆栈上，esp 与事先存进 edi 的父进程 esp 不同。
/// 子进程把 arg 压栈、调用 fn；fn 返回后把 eax 换成 exit 的调用号再 int $0x80。exit 的参数在 ebx 里，而 ebx 仍是
/// 调用 clone 时的 flags（被调用者保存的寄存器，fn 不会改它），所以子进程的退出码是 flags，fn 的返回值被丢掉了——
/// 2.4.0 就是这样。init 就是这样创建的（init/main.c），它最后 execve 成为用户进程，根本不会走到 exit。
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
/// §4.5：进程退出时释放线程的体系结构资源。2.4.0: arch/i386/kernel/process.c exit_thread()（2.4.0 在这里释放 ioperm 的 I/O 位图，本移植没有 ioperm）
void exit_thread(void)
{
}

/* exec(): no debug registers, no FPU state from the old program. */
/// §4.4 execve：新程序不继承旧程序的调试寄存器和 FPU 内容。2.4.0: arch/i386/kernel/process.c flush_thread()
/// used_math 清零：新程序第一次用 FPU 时 math_state_restore 会 fninit 一个干净的 FPU。
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
/// §4.5：僵尸被收尸时的检查。2.4.0: arch/i386/kernel/process.c release_thread()
/// 此时进程的 mm 早已放弃，私有 LDT 应在 exit_mmap（release_segments）里释放过了。
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
/// §2.2 / §4.3：fork 时复制父进程的私有 LDT。2.4.0: arch/i386/kernel/process.c copy_segments()
/// 私有 LDT 由 modify_ldt 建立（本移植没有这个系统调用，所以 segments 总是 NULL，走不进复制的分支）。
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
/// §2.2 地址映射的全过程（LDT）。2.4.0: arch/i386/kernel/process.c release_segments()。
/// exit_mmap() 拆除地址空间时调用：进程若用 modify_ldt 建过私有 LDT（mm->context.segments），
/// 先让 CPU 改用缺省 LDT（clear_LDT），再 vfree 掉私有的那张——顺序反了，CPU 可能还在用已释放的内存。
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
/// §4.3：构造子进程的系统堆栈和 thread。2.4.0: arch/i386/kernel/process.c copy_thread()
/// 子进程 8K 块的顶端放一份父进程的 pt_regs（系统调用进入内核时保存的用户寄存器），eax 改为 0——这就是 fork 在子进程里
/// 返回 0 的原因；esp 换成 clone 指定的新用户堆栈。thread.esp 指向这个框架、thread.eip 指向 ret_from_fork：
/// 第一次 switch_to 到子进程时装入 esp、跳到 ret_from_fork，经 ret_from_sys_call 的 RESTORE_ALL 和 iret 回到用户空间。
/// thread.esp0 是框架的上沿，也就是 8K 块的顶端：子进程以后从用户态进入内核时 CPU 从 TSS 取这个值作堆栈。
int copy_thread(int nr, unsigned long clone_flags, unsigned long esp,
		unsigned long unused, struct task_struct *p,
		struct pt_regs *regs)
{
	struct task_struct *parent = current;
	struct thread_struct *t = &p->thread;
	unsigned long top = (unsigned long) p + THREAD_SIZE;
	struct pt_regs *frame = (struct pt_regs *) top - 1;

	/// top 是子进程 8K 块（task_struct 在块底）的上沿，frame 紧贴在它下面。
	*frame = *regs;			/* the parent's user registers */
	frame->eax = 0;			/* fork() is 0 in the child */
	frame->esp = esp;

	t->esp = (unsigned long) frame;
	t->esp0 = top;
	t->eip = (unsigned long) ret_from_fork;

	savesegment(fs, t->fs);
	savesegment(gs, t->gs);

	/// 父进程的 FPU 状态可能还在 FPU 里没保存，先存进 thread 再复制给子进程。
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
/// §4.6 进程的调度与切换：switch_to 宏的后半段。2.4.0: arch/i386/kernel/process.c __switch_to()
/// 宏（asm/system.h）已经换好了堆栈（esp）并把 next 的 eip 压栈，这里只做剩下的事：prev 若用过 FPU 就把 FPU 状态存起来
/// 并置 CR0.TS（懒惰的 FPU 切换，下一个进程第一次用 FPU 时才装入它自己的状态）；TSS 的 esp0 换成 next 的系统堆栈顶端——
/// next 回到用户态后再进入内核时 CPU 要用它；保存 prev、装入 next 的 fs/gs；next 用调试寄存器时装入。
/// CR3 不在这里换，schedule 在 switch_to 之前已经 switch_mm 过了。
/// regparm(3)：参数在 eax、edx 里，宏正是这样传的（2.4.0 用 FASTCALL 声明）。函数 ret 时弹出的是宏压的 next->thread.eip。
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

	/// DR7 是调试控制寄存器：next 没有启用任何断点就不必装。启用了就依次装入 DR0–DR3（断点地址）、
	/// DR6（状态）和 DR7；DR4、DR5 是保留的。寄存器号是指令的一部分，只能一条一条写。
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
/// §4.3 系统调用 fork()（2 号）。2.4.0: arch/i386/kernel/process.c sys_fork()
/// 参数“按值”传入整个 struct pt_regs：entry.S 保存在堆栈上的寄存器恰好位于参数的位置（sys_call_frame 标记的这几个系统调用
/// 由 entry.S 直接在框架上调用）。子进程用同一个用户堆栈（regs.esp），退出时给父进程发 SIGCHLD。
/// prevent_tail_call：gcc 12 可能把最后的函数调用变成“尾调用”，把 do_fork 的参数写到本函数的参数区，也就是保存的
/// 用户寄存器上（gcc 2.x 不会），linux/linkage.h。
asmlinkage int sys_fork(struct pt_regs regs)
{
	int pid;

	pid = do_fork(SIGCHLD, regs.esp, &regs, 0);
	prevent_tail_call(pid);
	return pid;
}

/* clone(flags, newsp): newsp 0 means the same user stack. */
/// §4.3 系统调用 clone()（120 号）：ebx 是 clone_flags，ecx 是子进程的用户堆栈（0 表示与父进程相同）。2.4.0: arch/i386/kernel/process.c sys_clone()
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
/// §4.3 系统调用 vfork()（190 号）：CLONE_VM 共享父进程的用户空间（不复制页面表，比 fork 快），CLONE_VFORK 让父进程睡到
/// 子进程 exec 或 exit 为止——否则两者会在同一个用户堆栈上互相踩踏。2.4.0: arch/i386/kernel/process.c sys_vfork()
asmlinkage int sys_vfork(struct pt_regs regs)
{
	int pid;

	pid = do_fork(CLONE_VFORK | CLONE_VM | SIGCHLD, regs.esp, &regs, 0);
	prevent_tail_call(pid);
	return pid;
}

/* execve(filename, argv, envp): on success the frame is the new program's. */
/// §4.4 系统调用 execve()（11 号）：ebx 文件名、ecx argv、edx envp。2.4.0: arch/i386/kernel/process.c sys_execve()
/// &regs 传给 do_execve：装入成功后 start_thread 改写这个框架（eip 为程序入口、esp 为新堆栈、段寄存器为用户段），
/// 于是系统调用“返回”时进入的是新程序。init 在内核态执行 execve 时，这也正是它第一次进入用户态的办法。
/// （2.4.0 成功后还清 PT_DTRACE，本移植没有 ptrace。）
asmlinkage int sys_execve(struct pt_regs regs)
{
	/// getname 把用户空间的文件名复制到内核的一页里；失败时返回的指针里编着错误码（-EFAULT、-ENAMETOOLONG 等）。
	/// 成功时 do_execve 用完文件名就 putname 还掉那一页，不论装入成败。
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
