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
#include <linux/kernel.h>
#include <linux/interrupt.h>
#include <linux/sched.h>
#include <linux/timer.h>
#include <linux/kernel_stat.h>
#include <asm/ptrace.h>
#include <asm/hardirq.h>

volatile unsigned long jiffies;

/* Counters for /proc/stat (here only the swap I/O ones). */
struct kernel_stat kstat;

/* The kernel profiler: one counter per 1 << prof_shift bytes of text. */
unsigned int *prof_buffer;
unsigned long prof_len;
unsigned long prof_shift;
/* Port: every pending timer on one list, scanned each tick. */
static LIST_HEAD(timer_head);

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
static inline void do_process_times(struct task_struct *p,
				    unsigned long user, unsigned long system)
{
	p->times.tms_utime += user;
	p->times.tms_stime += system;
}

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
void update_process_times(int user_tick)
{
	struct task_struct *p = current;
	int cpu = smp_processor_id();

	update_one_process(p, user_tick, !user_tick, cpu);
	if (!p->pid)
		return;
	if (--p->counter > 0)
		return;
	p->counter = 0;
	p->need_resched = 1;
}

/* The timer interrupt, HZ times a second. */
void do_timer(struct pt_regs *regs)
{
	(*(unsigned long *)&jiffies)++;
	update_process_times(user_mode(regs));
	run_timer_list();
}

/* The thread group id: the pid, as long as there are no threads. */
asmlinkage long sys_getpid(void)
{
	return current->tgid;
}

/* The original parent: init once the real one has exited. */
asmlinkage long sys_getppid(void)
{
	return current->p_opptr->pid;
}
