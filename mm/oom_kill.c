// SPDX-License-Identifier: GPL-2.0-only
/*
 * The out-of-memory killer: when no memory can be found at all, choose
 * the process whose death frees the most for the least loss (a big
 * address space that has not run long, not root's, not niced down) and
 * kill it.
 * 情景分析 §2.8 (kswapd calls it when reclaim fails).
 * Follows Linux 2.4.0 mm/oom_kill.c.  Port: there is no kswapd (no
 * reclaim); the page-fault handler calls it instead when a fault finds
 * no page (arch/i386/mm/fault.c).
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/swap.h>
#include <linux/swapctl.h>
#include <linux/timex.h>

/*
 * A cheap square root: halve the number of bits, then refine a few
 * times.  Never returns 0, so it can divide.
 */
static unsigned int int_sqrt(unsigned int x)
{
	unsigned int out = x;

	while (x & ~(unsigned int) 1)
		x >>= 2, out >>= 1;
	if (x)
		out -= out >> 2;
	return (out ? out : 1);
}

/*
 * How bad p is to keep: its size (total_vm, pages) divided by the
 * square root of its CPU time (units of 8 ticks' worth of seconds) and
 * the fourth root of its run time (~17 minute units), doubled if niced,
 * quartered for root or a task with CAP_SYS_ADMIN, quartered again with
 * CAP_SYS_RAWIO (it may drive hardware).  Kernel threads (no mm): 0.
 */
static int badness(struct task_struct *p)
{
	int points, cpu_time, run_time;

	if (!p->mm)
		return 0;
	points = p->mm->total_vm;

	cpu_time = (p->times.tms_utime + p->times.tms_stime) >> (SHIFT_HZ + 3);
	run_time = (jiffies - p->start_time) >> (SHIFT_HZ + 10);

	points /= int_sqrt(cpu_time);
	points /= int_sqrt(int_sqrt(run_time));

	if (p->nice > 0)
		points *= 2;

	if (cap_t(p->cap_effective) & CAP_TO_MASK(CAP_SYS_ADMIN) ||
	    p->uid == 0 || p->euid == 0)
		points /= 4;

	if (cap_t(p->cap_effective) & CAP_TO_MASK(CAP_SYS_RAWIO))
		points /= 4;
	return points;
}

/* The task with the most badness (pid 0, the idle task, excepted). */
static struct task_struct *select_bad_process(void)
{
	int maxpoints = 0;
	struct task_struct *p = NULL;
	struct task_struct *chosen = NULL;

	read_lock(&tasklist_lock);
	for_each_task(p) {
		if (p->pid) {
			int points = badness(p);

			if (points > maxpoints) {
				chosen = p;
				maxpoints = points;
			}
		}
	}
	read_unlock(&tasklist_lock);
	return chosen;
}

/*
 * Kill the worst process: it gets a long time slice and may dip into
 * the reserves (PF_MEMALLOC) so it can exit quickly, then SIGKILL
 * (SIGTERM if it drives hardware, to let it clean up); the caller
 * yields so it gets to run.
 */
void oom_kill(void)
{
	struct task_struct *p = select_bad_process();

	if (p == NULL)
		panic("Out of memory and no killable processes...\n");

	printk(KERN_ERR "Out of Memory: Killed process %d (%s).\n",
	       p->pid, p->comm);

	p->counter = 5 * HZ;
	p->flags |= PF_MEMALLOC;

	if (cap_t(p->cap_effective) & CAP_TO_MASK(CAP_SYS_RAWIO))
		force_sig(SIGTERM, p);
	else
		force_sig(SIGKILL, p);

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
