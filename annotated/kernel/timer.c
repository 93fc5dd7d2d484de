// SPDX-License-Identifier: GPL-2.0-only
/*
 * The tick: jiffies, and the per-tick accounting that ends a running
 * task's time slice (need_resched), so that a user program is preempted
 * on its next return to user mode.  Also getpid()/getppid(), which
 * 2.4.0 keeps here.
 * 情景分析 chapter 3 (the clock interrupt), chapter 4 (schedule).
 * Follows Linux 2.4.0 kernel/timer.c (the time of day and the interval
 * timers are not ported; the timer list is one plain list).
 */
/// §3.7 时钟中断；§4.7 强制性调度。2.4.0 的 kernel/timer.c 中本移植需要的部分：滴答计数 jiffies、每个滴答对当前进程的
/// 时间记账和时间片递减（时间片用完就置 need_resched，进程在下一次返回用户空间时被调度走——用户态的“抢占”就是这样来的），
/// 以及 2.4.0 放在这里的 getpid()/getppid()。定时器队列、时间、间隔定时器没有移植。
#include <linux/kernel.h>
#include <linux/interrupt.h>
#include <linux/sched.h>
#include <linux/timer.h>
#include <linux/kernel_stat.h>
#include <asm/ptrace.h>
#include <asm/hardirq.h>

/// 自引导以来的时钟滴答数，每 1/HZ 秒（10 ms）加一。volatile：它在时钟中断里被修改，而主程序
/// （如 calibrate_delay 的等待循环）反复读它；没有 volatile，编译器可以把值留在寄存器里，
/// 循环就永远等不到变化。2.4.0 同样声明为 volatile。
volatile unsigned long jiffies;

/* Counters for /proc/stat (here only the swap I/O ones). */
/// 全系统的活动计数，/proc/stat 读它（fs/proc/proc_misc.c）。本移植的 struct kernel_stat 只留了交换的两个计数
/// pswpin、pswpout（include/linux/kernel_stat.h），CPU 时间、磁盘、中断等计数都没有移植。
struct kernel_stat kstat;

/* The kernel profiler: one counter per 1 << prof_shift bytes of text. */
/// 内核剖析器的缓冲区和参数（见 asm-i386/hw_irq.h 的 x86_do_profile()）。都是 0 时剖析器关闭。
unsigned int *prof_buffer;
unsigned long prof_len;
unsigned long prof_shift;
/* Port: every pending timer on one list, scanned each tick. */
static LIST_HEAD(timer_head);

/// §2.8 2.4.0: kernel/timer.c add_timer()；本移植只挂到一条队列上，关中断保护。
void add_timer(struct timer_list *timer)
{
	unsigned long flags;

	save_flags(flags);
	cli();
	if (timer_pending(timer))
		BUG();
	list_add(&timer->list, &timer_head);
	restore_flags(flags);
}

/* Returns 1 if the timer was pending (it will not run now). */
/// §2.8 2.4.0: kernel/timer.c del_timer()：定时器还在队列上时返回 1。
int del_timer(struct timer_list *timer)
{
	unsigned long flags;
	int was = 0;

	save_flags(flags);
	cli();
	if (timer_pending(timer)) {
		list_del(&timer->list);
		timer->list.next = timer->list.prev = NULL;
		was = 1;
	}
	restore_flags(flags);
	return was;
}

/* From the tick, interrupts off: run every timer that is due. */
/// §2.8 2.4.0: kernel/timer.c run_timer_list()（2.4.0 在 TIMER_BH 里执行；本移植没有下半部，由 do_timer 直接调用）。
void run_timer_list(void)
{
	struct list_head *pos, *after;

	for (pos = timer_head.next; pos != &timer_head; pos = after) {
		struct timer_list *t = list_entry(pos, struct timer_list, list);

		after = pos->next;
		if (time_before(jiffies, t->expires))
			continue;
		list_del(pos);
		t->list.next = t->list.prev = NULL;
		t->function(t->data);
	}
}

/* Charge one tick to p, as user or system time. */
/// §3.7：累计进程在用户态、内核态的时间（times()、OOM killer 的 badness 用它）。2.4.0: kernel/timer.c do_process_times()
/// （2.4.0 还在这里检查 RLIMIT_CPU，超限发 SIGXCPU/SIGKILL；本移植没有。）
static inline void do_process_times(struct task_struct *p,
				    unsigned long user, unsigned long system)
{
	p->times.tms_utime += user;
	p->times.tms_stime += system;
}

/// §3.7：一个滴答记到进程 p 头上。2.4.0: kernel/timer.c update_one_process()（2.4.0 还推进 ITIMER_VIRTUAL、ITIMER_PROF 间隔定时器）
static void update_one_process(struct task_struct *p, unsigned long user,
			       unsigned long system, int cpu)
{
	p->per_cpu_utime[cpu] += user;
	p->per_cpu_stime[cpu] += system;
	do_process_times(p, user, system);
}

/*
 * One tick of the current task: account it, and when its time slice
 * (counter) runs out ask for a reschedule.  The idle task (pid 0) has
 * no slice.
 */
/// §3.7 时钟中断 / §4.7 强制性调度：时钟中断对当前进程的处理。2.4.0: kernel/timer.c update_process_times()
/// 时间片 counter 每个滴答减 1，减到 0 就置 need_resched：中断返回到用户态时 entry.S 看到它就调用 schedule()。
/// 0 号进程（idle）没有时间片可言。
void update_process_times(int user_tick)
{
	struct task_struct *p = current;
	int cpu = smp_processor_id();

	/// user_tick 是 0 或 1（do_timer 里 user_mode() 的结果）：这个滴答要么记在用户态，要么记在内核态。
	update_one_process(p, user_tick, !user_tick, cpu);
	if (!p->pid)
		return;
	/// 还有剩余就继续运行；减到 0（或已经是 0 又被减成负数）就钉在 0 并请求调度。
	if (--p->counter > 0)
		return;
	p->counter = 0;
	p->need_resched = 1;
}

/* The timer interrupt, HZ times a second. */
/// §3.7 时钟中断：每个时钟滴答调用一次。2.4.0: kernel/timer.c do_timer()
/// 调用链：IRQ0 → arch/i386/kernel/irq.c do_IRQ → time.c timer_interrupt → 这里。
/// user_mode(regs)：中断发生时 CPU 在用户态还是内核态，决定这个滴答记为用户时间还是系统时间。
/// 与 2.4.0 不同：2.4.0 接着 mark_bh(TIMER_BH) 让底半部处理定时器队列；本移植没有定时器链表和底半部。
void do_timer(struct pt_regs *regs)
{
	/// 去掉 volatile 再加一，与 2.4.0 的写法相同：编译器可以生成一条对内存直接加一的指令，而不是
	/// volatile 要求的“读、改、写”三步。时钟中断以 SA_INTERRUPT 方式关中断运行，单 CPU 上这次加一不会被打断。
	(*(unsigned long *)&jiffies)++;
	update_process_times(user_mode(regs));
	run_timer_list();
}

/* The thread group id: the pid, as long as there are no threads. */
/// §4.1 进程四要素：系统调用 getpid（20）。2.4.0: kernel/timer.c sys_getpid()
/// 返回的是线程组号 tgid：同一线程组的线程看到同一个“进程号”。没有线程时 tgid 就是 pid（exec 的 de_thread 保证）。
asmlinkage long sys_getpid(void)
{
	return current->tgid;
}

/* The original parent: init once the real one has exited. */
/// §4.1：系统调用 getppid（64）：原始父进程的 pid；父进程死后是 init 的 1。2.4.0: kernel/timer.c sys_getppid()
/// init 自己的父进程是 0 号进程，所以 init 得到 0。
asmlinkage long sys_getppid(void)
{
	return current->p_opptr->pid;
}
