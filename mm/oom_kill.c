// SPDX-License-Identifier: GPL-2.0-only
/*
 * The out-of-memory killer: when no memory can be found at all, choose
 * the process whose death frees the most for the least loss (a big
 * address space that has not run long, not root's, not niced down) and
 * kill it.
 * 情景分析 §2.8 (kswapd calls it when reclaim fails).
 * Follows Linux 2.4.0 mm/oom_kill.c.  Only kswapd calls it (mm/
 * vmscan.c); a fault that finds no page kills the faulting task
 * (arch/i386/mm/fault.c), as in 2.4.0.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/swap.h>
#include <linux/swapctl.h>
#include <linux/timex.h>

/*
 * A cheap square root: drop one bit of the answer for every two bits of
 * x, then trim a quarter if x's leading pair of bits was 01.  Never
 * returns 0, so it can divide.
 */
static unsigned int int_sqrt(unsigned int x)
{
	unsigned int root = x;
	unsigned int top = x;

	for (; top > 1; top >>= 2)
		root >>= 1;
	if (top == 1)
		root -= root >> 2;
	return root ? root : 1;
}

/*
 * How bad p is to keep: its size (total_vm, pages) divided by the
 * square root of its CPU time (units of 2^(SHIFT_HZ+3) ticks, ~10 s) and
 * the fourth root of its run time (2^(SHIFT_HZ+10) ticks, ~22 minutes),
 * doubled if niced, quartered for root or a task with CAP_SYS_ADMIN,
 * quartered again with CAP_SYS_RAWIO (it may drive hardware).  Kernel
 * threads (no mm): 0.
 */
static int badness(struct task_struct *p)
{
	int score, cpu_units, age_units;

	if (p->mm == NULL)
		return 0;
	score = p->mm->total_vm;

	cpu_units = (p->times.tms_utime + p->times.tms_stime) >>
		    (SHIFT_HZ + 3);
	age_units = (jiffies - p->start_time) >> (SHIFT_HZ + 10);

	/* Long-running, hard-working tasks are costly to lose. */
	score /= int_sqrt(cpu_units);
	score /= int_sqrt(int_sqrt(age_units));

	if (p->nice > 0)
		score *= 2;
	if (p->uid == 0 || p->euid == 0 ||
	    cap_raised(p->cap_effective, CAP_SYS_ADMIN))
		score /= 4;
	if (cap_raised(p->cap_effective, CAP_SYS_RAWIO))
		score /= 4;
	return score;
}

/* The task with the most badness (pid 0, the idle task, excepted). */
static struct task_struct *select_bad_process(void)
{
	struct task_struct *p, *worst = NULL;
	int worst_score = 0;

	read_lock(&tasklist_lock);
	for_each_task(p) {
		int score;

		if (p->pid == 0)
			continue;
		score = badness(p);
		if (score <= worst_score)
			continue;
		worst = p;
		worst_score = score;
	}
	read_unlock(&tasklist_lock);
	return worst;
}

/*
 * Kill the worst process: it gets a long time slice and may dip into
 * the reserves (PF_MEMALLOC) so it can exit quickly, then SIGKILL
 * (SIGTERM if it drives hardware, to let it clean up); the caller
 * yields so it gets to run.
 */
void oom_kill(void)
{
	struct task_struct *victim = select_bad_process();
	int sig;

	if (!victim)
		panic("Out of memory and no killable processes...\n");

	printk(KERN_ERR "Out of Memory: Killed process %d (%s).\n",
	       victim->pid, victim->comm);

	victim->counter = 5 * HZ;
	victim->flags |= PF_MEMALLOC;

	sig = SIGKILL;
	if (cap_raised(victim->cap_effective, CAP_SYS_RAWIO))
		sig = SIGTERM;
	force_sig(sig, victim);

	/* Let the victim run before this task asks for memory again. */
	current->policy |= SCHED_YIELD;
	schedule();
}

/*
 * Really out of memory?  Not while free pages are above freepages.min,
 * or free plus clean inactive pages above freepages.low, or swap space
 * is left.
 */
int out_of_memory(void)
{
	if (nr_free_pages() > freepages.min)
		return 0;

	if (nr_free_pages() + nr_inactive_clean_pages() > freepages.low)
		return 0;

	if (nr_swap_pages > 0)
		return 0;

	return 1;
}
