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
/// §2.8 页面的定期换出：内存耗尽时的最后一招——挑一个进程杀掉。2.4.0 的 mm/oom_kill.c。
/// 2.4.0 里只有 kswapd 调用它：一轮回收之后空闲页面与非活跃页面仍然短缺、且 out_of_memory() 为真时（mm/vmscan.c）。
/// 缺页时分配不到页面，do_page_fault 照 2.4.0 直接杀掉出错的进程（“VM: killing process”），并不到这里来。
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
/// §2.8：粗略的平方根：位数减半再修正一下，从不返回 0（要当除数）。2.4.0: mm/oom_kill.c int_sqrt()
static unsigned int int_sqrt(unsigned int x)
{
	unsigned int root = x;
	unsigned int top = x;

	/// top 每次右移两位，root 同时右移一位：top 缩到只剩最高的一对位（0 或 1）时，
	/// root 的位数大约是 x 的一半，即 sqrt(x) 的数量级。
	for (; top > 1; top >>= 2)
		root >>= 1;
	/// 最高一对位是 01 时这样得到的 root 偏大，减去四分之一作为修正；是 10 或 11 时不修正。
	if (top == 1)
		root -= root >> 2;
	/// 结果要当除数，0（x 为 0、2、3 时）一律按 1 算。
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
/// §2.8：一个进程“该杀”的程度。2.4.0: mm/oom_kill.c badness()
/// 从占用的虚拟内存 total_vm（页面数）出发：杀它能放出的内存多；除以 CPU 时间的平方根、运行时间的四次方根：
/// 跑了很久、做了很多工作的进程杀掉损失大；nice 过的（不重要的）加倍；root 的、有 CAP_SYS_ADMIN 的除以 4；
/// 能直接操作硬件（CAP_SYS_RAWIO）的再除以 4，杀掉它可能使硬件处于不一致的状态。
/// 时间单位：tms 和 jiffies 都以滴答计，HZ 为 100 时 SHIFT_HZ 为 7：>> (SHIFT_HZ + 3) 即 1024 个滴答
/// （约 10 秒）一个单位，>> (SHIFT_HZ + 10) 即 131072 个滴答（约 22 分钟）一个单位
/// （2.4.0 的注释笼统地说成“秒”和“分钟”）。每一步都是整数除法，依次截断。
static int badness(struct task_struct *p)
{
	int score, cpu_units, age_units;

	/// 内核线程没有自己的用户空间，杀了也放不出内存，得 0 分。
	if (p->mm == NULL)
		return 0;
	score = p->mm->total_vm;

	cpu_units = (p->times.tms_utime + p->times.tms_stime) >>
		    (SHIFT_HZ + 3);
	age_units = (jiffies - p->start_time) >> (SHIFT_HZ + 10);

	/* Long-running, hard-working tasks are costly to lose. */
	score /= int_sqrt(cpu_units);
	score /= int_sqrt(int_sqrt(age_units));

	/// nice 值为正（降低了优先级）说明它不那么重要，分数加倍。
	if (p->nice > 0)
		score *= 2;
	/// root 或管理员的进程多半是系统服务，分数除以 4。
	if (p->uid == 0 || p->euid == 0 ||
	    cap_raised(p->cap_effective, CAP_SYS_ADMIN))
		score /= 4;
	if (cap_raised(p->cap_effective, CAP_SYS_RAWIO))
		score /= 4;
	return score;
}

/* The task with the most badness (pid 0, the idle task, excepted). */
/// §2.8：badness 最大的进程（0 号进程除外）。2.4.0: mm/oom_kill.c select_bad_process()
/// 2.4.0 不排除 init；但 init 的缺省动作被 do_signal 忽略，杀它没有效果（后来的内核改为跳过 init）。
static struct task_struct *select_bad_process(void)
{
	struct task_struct *p, *worst = NULL;
	int worst_score = 0;

	read_lock(&tasklist_lock);
	for_each_task(p) {
		int score;

		/// for_each_task 从 init_task 之后开始，本就不经过 0 号进程；这里再排除其他 pid 为 0 的任务。
		if (p->pid == 0)
			continue;
		score = badness(p);
		/// 严格大于才替换：分数相同时保留任务链表中靠前的那个；全都是 0 分时返回 NULL。
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
/// §2.8：杀掉选中的进程。2.4.0: mm/oom_kill.c oom_kill()
/// 给它一个长时间片（5 秒）和 PF_MEMALLOC（可以动用保留的页面），让它尽快运行到退出、放出内存；
/// 有 CAP_SYS_RAWIO 的进程发 SIGTERM 让它有机会收拾硬件，否则发 SIGKILL。本移植的进程都是 root、拥有全部权能，
/// 所以被选中的进程得到的是 SIGTERM（等待状态 15）。然后当前进程让出 CPU，让受害者先运行。
void oom_kill(void)
{
	struct task_struct *victim = select_bad_process();
	int sig;

	/// 连一个可杀的进程都没有（都是 0 分），系统无法继续。
	if (!victim)
		panic("Out of memory and no killable processes...\n");

	printk(KERN_ERR "Out of Memory: Killed process %d (%s).\n",
	       victim->pid, victim->comm);

	victim->counter = 5 * HZ;
	victim->flags |= PF_MEMALLOC;

	/// 先写日志、给时间片和 PF_MEMALLOC，然后才发信号，与 2.4.0 的次序相同。
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
