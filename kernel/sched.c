// SPDX-License-Identifier: GPL-2.0-only
/*
 * The scheduler: the run queue, choosing the next task by "goodness"
 * (the time slice left, plus a bonus for a task sharing the current
 * address space), switching address spaces (a kernel thread borrows the
 * previous one: lazy TLB), switching tasks, and sleeping and waking on
 * wait queues.  Uniprocessor.
 * 情景分析 chapter 4 (schedule); §2.3 (mm_struct, active_mm).
 * Follows Linux 2.4.0 kernel/sched.c.
 */
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/interrupt.h>
#include <linux/timer.h>
#include <asm/uaccess.h>
#include <asm/mmu_context.h>
#include <asm/hardirq.h>

/*
 * runqueue_lock guards the run queue (interrupts off: wake-ups come
 * from interrupt handlers); tasklist_lock the task list and the family
 * links.  On one CPU both only switch interrupts.
 */
spinlock_t runqueue_lock = SPIN_LOCK_UNLOCKED;
rwlock_t tasklist_lock = RW_LOCK_UNLOCKED;

LIST_HEAD(runqueue_head);

/* The task this CPU runs. */
static struct schedule_data {
	struct task_struct *curr;
} aligned_data[NR_CPUS] = { { &init_task } };

#define cpu_curr(cpu)		aligned_data[(cpu)].curr
#define can_schedule(p, cpu)	(1)

/*
 * How much p deserves the CPU: -1 for a task that yielded, 0 when its
 * time slice is used up (then all slices get recalculated), else the
 * ticks left, +1 if it runs on this_mm (no TLB flush), + 20 - nice.
 * Real-time tasks beat every other at 1000 + rt_priority.
 */
static inline int goodness(struct task_struct *p, int this_cpu,
			   struct mm_struct *this_mm)
{
	int w;

	if (p->policy & SCHED_YIELD)
		return -1;
	if (p->policy != SCHED_OTHER)
		return 1000 + p->rt_priority;

	w = p->counter;
	if (!w)
		return 0;
	if (!p->mm || p->mm == this_mm)
		w++;
	return w + 20 - p->nice;
}

/* Positive: p is worth taking the CPU from prev. */
static inline int preemption_goodness(struct task_struct *prev,
				      struct task_struct *p, int cpu)
{
	struct mm_struct *mm = prev->active_mm;

	return goodness(p, cpu, mm) - goodness(prev, cpu, mm);
}

/*
 * p was just woken: if it is clearly better than the running task, ask
 * for a reschedule at the next return to user mode (or in the idle
 * loop).  Called with runqueue_lock held.
 */
static void reschedule_idle(struct task_struct *p)
{
	int cpu = smp_processor_id();
	struct task_struct *running = cpu_curr(cpu);

	if (preemption_goodness(running, p, cpu) > 1)
		running->need_resched = 1;
}

/* At the head: a woken task is looked at first. */
static inline void add_to_runqueue(struct task_struct *p)
{
	nr_running++;
	list_add(&p->run_list, &runqueue_head);
}

static inline void move_last_runqueue(struct task_struct *p)
{
	struct list_head *entry = &p->run_list;

	list_del(entry);
	list_add_tail(entry, &runqueue_head);
}

/* Make p runnable and put it on the run queue if it is not there. */
void wake_up_process(struct task_struct *p)
{
	unsigned long irqstate;

	spin_lock_irqsave(&runqueue_lock, irqstate);
	p->state = TASK_RUNNING;
	if (!task_on_runqueue(p)) {
		add_to_runqueue(p);
		reschedule_idle(p);
	}
	spin_unlock_irqrestore(&runqueue_lock, irqstate);
}

/*
 * The new task's first code after switch_to (from ret_from_fork): the
 * yield flag of the task switched out is cleared, as schedule() does.
 */
static inline void __schedule_tail(struct task_struct *prev)
{
	prev->policy &= ~SCHED_YIELD;
}

asmlinkage void schedule_tail(struct task_struct *prev)
{
	__schedule_tail(prev);
}

/*
 * Give the CPU to the best runnable task.  prev leaves the run queue
 * unless it is still runnable (a sleeper with a signal pending stays).
 * If every runnable task used up its slice, all tasks get new slices
 * (half the old plus one by nice) and the choice is made again.
 * Address spaces: a task with an mm gets it loaded (switch_mm); a
 * kernel thread keeps prev's active_mm, pinned by mm_count, and the
 * borrowed mm of a kernel thread is dropped when it is switched out.
 */
asmlinkage void schedule(void)
{
	struct schedule_data *sched_data;
	struct task_struct *prev, *next, *t;
	struct list_head *pos;
	int this_cpu, best, w;

	if (!current->active_mm)
		BUG();
	do {
		prev = current;
		this_cpu = prev->processor;
		if (in_interrupt()) {
			printk("Scheduling in interrupt\n");
			BUG();
			return;
		}
		sched_data = &aligned_data[this_cpu];
		spin_lock_irq(&runqueue_lock);

		/* A round-robin task that used up its slice goes to the back. */
		if (prev->policy == SCHED_RR && !prev->counter) {
			prev->counter = NICE_TO_TICKS(prev->nice);
			move_last_runqueue(prev);
		}

		/* A sleeper leaves the queue, unless a signal already came. */
		if (prev->state == TASK_INTERRUPTIBLE && signal_pending(prev))
			prev->state = TASK_RUNNING;
		else if (prev->state != TASK_RUNNING)
			del_from_runqueue(prev);
		prev->need_resched = 0;

		for (;;) {
			/* The idle task runs when nothing else can; a
			   runnable prev competes from the start. */
			next = idle_task(this_cpu);
			best = -1000;
			if (prev->state == TASK_RUNNING) {
				next = prev;
				best = goodness(prev, this_cpu, prev->active_mm);
			}
			list_for_each(pos, &runqueue_head) {
				t = list_entry(pos, struct task_struct, run_list);
				if (!can_schedule(t, this_cpu))
					continue;
				w = goodness(t, this_cpu, prev->active_mm);
				if (w > best) {
					best = w;
					next = t;
				}
			}
			if (best)
				break;

			/* Every candidate used up its slice: new ones for all. */
			spin_unlock_irq(&runqueue_lock);
			read_lock(&tasklist_lock);
			for_each_task(t)
				t->counter = (t->counter >> 1) +
					     NICE_TO_TICKS(t->nice);
			read_unlock(&tasklist_lock);
			spin_lock_irq(&runqueue_lock);
		}

		sched_data->curr = next;
		spin_unlock_irq(&runqueue_lock);
		if (next == prev)
			continue;

		prepare_to_switch();
		{
			struct mm_struct *from = prev->active_mm;

			if (!next->mm) {
				/* A kernel thread: lazy TLB on prev's mm. */
				if (next->active_mm)
					BUG();
				atomic_inc(&from->mm_count);
				next->active_mm = from;
				enter_lazy_tlb(from, next, this_cpu);
			} else {
				if (next->active_mm != next->mm)
					BUG();
				switch_mm(from, next->mm, next, this_cpu);
			}
			/* A kernel thread leaving gives back what it borrowed. */
			if (!prev->mm) {
				prev->active_mm = NULL;
				mmdrop(from);
			}
		}

		/* Registers and stack: from here on we run as next. */
		switch_to(prev, next, prev);
		__schedule_tail(prev);
	} while (current->need_resched);
}

/*
 * Wake the tasks sleeping on q in one of the states in mode.  A waiter
 * queued as exclusive (WQ_FLAG_EXCLUSIVE) ends the walk when wq_mode
 * asks for an exclusive wake-up: only one of them gets up.
 */
static inline void __wake_up_common(wait_queue_head_t *q, unsigned int mode,
				    unsigned int wq_mode)
{
	struct list_head *pos, *after;
	unsigned long irqstate;

	if (!q)
		return;

	wq_write_lock_irqsave(&q->lock, irqstate);
	for (pos = q->task_list.next; pos != &q->task_list; pos = after) {
		wait_queue_t *w = list_entry(pos, wait_queue_t, task_list);
		struct task_struct *sleeper = w->task;

		after = pos->next;
		if (!(sleeper->state & mode))
			continue;
		wake_up_process(sleeper);
		if (w->flags & wq_mode & WQ_FLAG_EXCLUSIVE)
			break;
	}
	wq_write_unlock_irqrestore(&q->lock, irqstate);
}

void __wake_up(wait_queue_head_t *q, unsigned int mode, unsigned int wq_mode)
{
	__wake_up_common(q, mode, wq_mode);
}

/*
 * Sleep on q in state until woken: queue ourselves, schedule, dequeue.
 * Interrupts stay off from queueing to schedule(), so that a wake-up
 * from an interrupt cannot come in between.
 */
static inline void sleep_on_state(wait_queue_head_t *q, long state)
{
	wait_queue_t entry;
	unsigned long irqstate;

	init_waitqueue_entry(&entry, current);
	current->state = state;

	wq_write_lock_irqsave(&q->lock, irqstate);
	__add_wait_queue(q, &entry);
	wq_write_unlock(&q->lock);
	schedule();
	wq_write_lock_irq(&q->lock);
	__remove_wait_queue(q, &entry);
	wq_write_unlock_irqrestore(&q->lock, irqstate);
}

/* The interruptible kind also returns when a signal arrives. */
void interruptible_sleep_on(wait_queue_head_t *q)
{
	sleep_on_state(q, TASK_INTERRUPTIBLE);
}

/* The timer of schedule_timeout: wake the sleeper given in data. */
static void process_timeout(unsigned long data)
{
	wake_up_process((struct task_struct *) data);
}

/*
 * Sleep (in the state the caller set) for at most timeout ticks; returns
 * the ticks left when woken early, 0 when the time ran out.
 * MAX_SCHEDULE_TIMEOUT sleeps without a timer.
 */
signed long schedule_timeout(signed long timeout)
{
	struct timer_list timer;
	unsigned long expire;

	if (timeout == MAX_SCHEDULE_TIMEOUT) {
		schedule();
		return timeout;
	}
	if (timeout < 0) {
		printk(KERN_ERR "schedule_timeout: wrong timeout value %lx\n",
		       timeout);
		current->state = TASK_RUNNING;
		return 0;
	}
	init_timer(&timer);
	timer.function = process_timeout;
	timer.data = (unsigned long) current;
	expire = jiffies + timeout;
	timer.expires = expire;
	add_timer(&timer);
	schedule();
	del_timer(&timer);

	timeout = expire - jiffies;
	return timeout < 0 ? 0 : timeout;
}

/* interruptible_sleep_on that gives up after timeout ticks. */
long interruptible_sleep_on_timeout(wait_queue_head_t *q, long timeout)
{
	wait_queue_t entry;
	unsigned long irqstate;

	init_waitqueue_entry(&entry, current);
	current->state = TASK_INTERRUPTIBLE;

	wq_write_lock_irqsave(&q->lock, irqstate);
	__add_wait_queue(q, &entry);
	wq_write_unlock(&q->lock);
	timeout = schedule_timeout(timeout);
	wq_write_lock_irq(&q->lock);
	__remove_wait_queue(q, &entry);
	wq_write_unlock_irqrestore(&q->lock, irqstate);
	return timeout;
}

void sleep_on(wait_queue_head_t *q)
{
	sleep_on_state(q, TASK_UNINTERRUPTIBLE);
}

/*
 * sched_yield(): let the others run first.  Only worth it if another
 * task is runnable (on one CPU the caller is on the run queue too).
 */
asmlinkage long sys_sched_yield(void)
{
	if (nr_running != 1) {
		if (current->policy == SCHED_OTHER)
			current->policy |= SCHED_YIELD;
		current->need_resched = 1;
	}
	return 0;
}

/* The idle task becomes this CPU's current task for the scheduler. */
void __init init_idle(void)
{
	int cpu = smp_processor_id();
	struct schedule_data *sd = &aligned_data[cpu];

	if (current != &init_task && task_on_runqueue(current)) {
		printk("UGH! (%d:%d) was on the runqueue, removing.\n",
		       cpu, current->pid);
		del_from_runqueue(current);
	}
	sd->curr = current;
}

/*
 * Boot: the boot task (pid 0, the future idle task) runs on init_mm as
 * a lazy-TLB task; the pid hash starts empty.
 */
void __init sched_init(void)
{
	int cpu = smp_processor_id();

	init_task.processor = cpu;
	memset(pidhash, 0, sizeof(pidhash));
	atomic_inc(&init_mm.mm_count);
	enter_lazy_tlb(&init_mm, current, cpu);
}
