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
/// §2.8 页面的定期换出：内存耗尽时的最后一招——挑一个进程杀掉。2.4.0 的 mm/oom_kill.c。
/// 2.4.0 里只有 kswapd 在回收失败时调用它；本移植没有 kswapd（也没有页面回收），改由 do_page_fault 在缺页却分配不到页面、
/// 而 out_of_memory() 确认内存真的耗尽时调用（arch/i386/mm/fault.c）。
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
/// §2.8：粗略的平方根：位数减半再修正一下，从不返回 0（要当除数）。2.4.0: mm/oom_kill.c int_sqrt()
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
/// §2.8：一个进程“该杀”的程度。2.4.0: mm/oom_kill.c badness()
/// 从占用的虚拟内存 total_vm（页面数）出发：杀它能放出的内存多；除以 CPU 时间的平方根、运行时间的四次方根：
/// 跑了很久、做了很多工作的进程杀掉损失大；nice 过的（不重要的）加倍；root 的、有 CAP_SYS_ADMIN 的除以 4；
/// 能直接操作硬件（CAP_SYS_RAWIO）的再除以 4，杀掉它可能使硬件处于不一致的状态。
/// 时间单位：tms 以滴答计，>> (SHIFT_HZ + 3) 约为 8 秒一个单位，>> (SHIFT_HZ + 10) 约为 17 分钟。
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
/// §2.8：badness 最大的进程（0 号进程除外）。2.4.0: mm/oom_kill.c select_bad_process()
/// 2.4.0 不排除 init；但 init 的缺省动作被 do_signal 忽略，杀它没有效果（后来的内核改为跳过 init）。
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
/// §2.8：杀掉选中的进程。2.4.0: mm/oom_kill.c oom_kill()
/// 给它一个长时间片（5 秒）和 PF_MEMALLOC（可以动用保留的页面），让它尽快运行到退出、放出内存；
/// 有 CAP_SYS_RAWIO 的进程发 SIGTERM 让它有机会收拾硬件，否则发 SIGKILL。本移植的进程都是 root、拥有全部权能，
/// 所以被选中的进程得到的是 SIGTERM（等待状态 15）。然后当前进程让出 CPU，让受害者先运行。
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
/// §2.8：是否真的内存耗尽。2.4.0: mm/oom_kill.c out_of_memory()
/// 空闲页面多于 freepages.min，或空闲加上“干净的非活跃页面”多于 freepages.low，或者还有交换空间，都不算。
/// 本移植没有交换空间（nr_swap_pages 为 0）和页面回收，这两项总是 0。
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
