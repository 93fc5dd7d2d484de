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
	int weight = -1;

	if (p->policy & SCHED_YIELD)
		goto out;
	if (p->policy == SCHED_OTHER) {
		weight = p->counter;
		if (!weight)
			goto out;
		if (p->mm == this_mm || !p->mm)
			weight += 1;
		weight += 20 - p->nice;
		goto out;
	}
	weight = 1000 + p->rt_priority;
out:
	return weight;
}

/* Positive: p is worth taking the CPU from prev. */
static inline int preemption_goodness(struct task_struct *prev,
				      struct task_struct *p, int cpu)
{
	return goodness(p, cpu, prev->active_mm) -
	       goodness(prev, cpu, prev->active_mm);
}

/*
 * p was just woken: if it is clearly better than the running task, ask
 * for a reschedule at the next return to user mode (or in the idle
 * loop).  Called with runqueue_lock held.
 */
static void reschedule_idle(struct task_struct *p)
{
	int this_cpu = smp_processor_id();
	struct task_struct *tsk;

	tsk = cpu_curr(this_cpu);
	if (preemption_goodness(tsk, p, this_cpu) > 1)
		tsk->need_resched = 1;
}

/* At the head: a woken task is looked at first. */
static inline void add_to_runqueue(struct task_struct *p)
{
	list_add(&p->run_list, &runqueue_head);
	nr_running++;
}

static inline void move_last_runqueue(struct task_struct *p)
{
	list_del(&p->run_list);
	list_add_tail(&p->run_list, &runqueue_head);
}

/* Make p runnable and put it on the run queue if it is not there. */
void wake_up_process(struct task_struct *p)
{
	unsigned long flags;

	spin_lock_irqsave(&runqueue_lock, flags);
	p->state = TASK_RUNNING;
	if (task_on_runqueue(p))
		goto out;
	add_to_runqueue(p);
	reschedule_idle(p);
out:
	spin_unlock_irqrestore(&runqueue_lock, flags);
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
	struct task_struct *prev, *next, *p;
	struct list_head *tmp;
	int this_cpu, c;

	if (!current->active_mm)
		BUG();
need_resched_back:
	prev = current;
	this_cpu = prev->processor;

	if (in_interrupt())
		goto scheduling_in_interrupt;

	sched_data = &aligned_data[this_cpu];

	spin_lock_irq(&runqueue_lock);

	/* A round-robin task that used up its slice goes to the back. */
	if (prev->policy == SCHED_RR)
		goto move_rr_last;
move_rr_back:

	switch (prev->state) {
	case TASK_INTERRUPTIBLE:
		if (signal_pending(prev)) {
			prev->state = TASK_RUNNING;
			break;
		}
		/* fall through */
	default:
		del_from_runqueue(prev);
		/* fall through */
	case TASK_RUNNING:
		break;
	}
	prev->need_resched = 0;

repeat_schedule:
	/* The idle task runs when nothing else can. */
	next = idle_task(this_cpu);
	c = -1000;
	if (prev->state == TASK_RUNNING)
		goto still_running;

still_running_back:
	list_for_each(tmp, &runqueue_head) {
		p = list_entry(tmp, struct task_struct, run_list);
		if (can_schedule(p, this_cpu)) {
			int weight = goodness(p, this_cpu, prev->active_mm);

			if (weight > c)
				c = weight, next = p;
		}
	}

	/* Every candidate has used up its time slice. */
	if (!c)
		goto recalculate;

	sched_data->curr = next;
	spin_unlock_irq(&runqueue_lock);

	if (prev == next)
		goto same_process;

	prepare_to_switch();
	{
		struct mm_struct *mm = next->mm;
		struct mm_struct *oldmm = prev->active_mm;

		if (!mm) {
			/* A kernel thread: lazy TLB on prev's mm. */
			if (next->active_mm)
				BUG();
			next->active_mm = oldmm;
			atomic_inc(&oldmm->mm_count);
			enter_lazy_tlb(oldmm, next, this_cpu);
		} else {
			if (next->active_mm != mm)
				BUG();
			switch_mm(oldmm, mm, next, this_cpu);
		}

		if (!prev->mm) {
			prev->active_mm = NULL;
			mmdrop(oldmm);
		}
	}

	/* Registers and stack: from here on we run as next. */
	switch_to(prev, next, prev);
	__schedule_tail(prev);

same_process:
	if (current->need_resched)
		goto need_resched_back;
	return;

recalculate:
	{
		struct task_struct *p;

		spin_unlock_irq(&runqueue_lock);
		read_lock(&tasklist_lock);
		for_each_task(p)
			p->counter = (p->counter >> 1) + NICE_TO_TICKS(p->nice);
		read_unlock(&tasklist_lock);
		spin_lock_irq(&runqueue_lock);
	}
	goto repeat_schedule;

still_running:
	/* prev competes too, from the start. */
	c = goodness(prev, this_cpu, prev->active_mm);
	next = prev;
	goto still_running_back;

move_rr_last:
	if (!prev->counter) {
		prev->counter = NICE_TO_TICKS(prev->nice);
		move_last_runqueue(prev);
	}
	goto move_rr_back;

scheduling_in_interrupt:
	printk("Scheduling in interrupt\n");
	BUG();
	return;
}

/*
 * Wake the tasks sleeping on q in one of the states in mode.  A waiter
 * queued as exclusive (WQ_FLAG_EXCLUSIVE) ends the walk when wq_mode
 * asks for an exclusive wake-up: only one of them gets up.
 */
static inline void __wake_up_common(wait_queue_head_t *q, unsigned int mode,
				    unsigned int wq_mode)
{
	struct list_head *tmp, *head;
	struct task_struct *p;
	unsigned long flags;

	if (!q)
		goto out;

	wq_write_lock_irqsave(&q->lock, flags);
	head = &q->task_list;
	tmp = head->next;
	while (tmp != head) {
		unsigned int state;
		wait_queue_t *curr = list_entry(tmp, wait_queue_t, task_list);

		tmp = tmp->next;
		p = curr->task;
		state = p->state;
		if (state & mode) {
			wake_up_process(p);
			if (curr->flags & wq_mode & WQ_FLAG_EXCLUSIVE)
				break;
		}
	}
	wq_write_unlock_irqrestore(&q->lock, flags);
out:
	return;
}

void __wake_up(wait_queue_head_t *q, unsigned int mode, unsigned int wq_mode)
{
	__wake_up_common(q, mode, wq_mode);
}

/*
 * Sleep on q until woken: queue ourselves, schedule, dequeue.  The
 * interruptible kind also returns when a signal arrives.
 */
void interruptible_sleep_on(wait_queue_head_t *q)
{
	unsigned long flags;
	wait_queue_t wait;

	init_waitqueue_entry(&wait, current);
	current->state = TASK_INTERRUPTIBLE;

	wq_write_lock_irqsave(&q->lock, flags);
	__add_wait_queue(q, &wait);
	wq_write_unlock(&q->lock);
	schedule();
	wq_write_lock_irq(&q->lock);
	__remove_wait_queue(q, &wait);
	wq_write_unlock_irqrestore(&q->lock, flags);
}

void sleep_on(wait_queue_head_t *q)
{
	unsigned long flags;
	wait_queue_t wait;

	init_waitqueue_entry(&wait, current);
	current->state = TASK_UNINTERRUPTIBLE;

	wq_write_lock_irqsave(&q->lock, flags);
	__add_wait_queue(q, &wait);
	wq_write_unlock(&q->lock);
	schedule();
	wq_write_lock_irq(&q->lock);
	__remove_wait_queue(q, &wait);
	wq_write_unlock_irqrestore(&q->lock, flags);
}

/*
 * sched_yield(): let the others run first.  Only worth it if another
 * task is runnable (on one CPU the caller is on the run queue too).
 */
asmlinkage long sys_sched_yield(void)
{
	int nr_pending = nr_running;

	nr_pending--;
	if (nr_pending) {
		if (current->policy == SCHED_OTHER)
			current->policy |= SCHED_YIELD;
		current->need_resched = 1;
	}
	return 0;
}

/* The idle task becomes this CPU's current task for the scheduler. */
void __init init_idle(void)
{
	struct schedule_data *sched_data;

	sched_data = &aligned_data[smp_processor_id()];
	if (current != &init_task && task_on_runqueue(current)) {
		printk("UGH! (%d:%d) was on the runqueue, removing.\n",
		       smp_processor_id(), current->pid);
		del_from_runqueue(current);
	}
	sched_data->curr = current;
}

/*
 * Boot: the boot task (pid 0, the future idle task) runs on init_mm as
 * a lazy-TLB task; the pid hash starts empty.
 */
void __init sched_init(void)
{
	int cpu = smp_processor_id();
	int nr;

	init_task.processor = cpu;

	for (nr = 0; nr < PIDHASH_SZ; nr++)
		pidhash[nr] = NULL;

	atomic_inc(&init_mm.mm_count);
	enter_lazy_tlb(&init_mm, current, cpu);
}
