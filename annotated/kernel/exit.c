// SPDX-License-Identifier: GPL-2.0-only
/*
 * Process exit: do_exit() gives back the address space (the last user
 * tears it down: exit_mmap), the open files and the signal handlers,
 * hands the children to init, becomes a zombie and tells the parent
 * (SIGCHLD and a wake-up).  wait4() reports a zombie child's status and
 * frees what is left of it: its task_struct and kernel stack.
 * 情景分析 chapter 4 (exit, wait4); §2.3 (mm_users, mm_count).
 * Follows Linux 2.4.0 kernel/exit.c.
 */
/// §4.5 系统调用 exit() 与 wait4()；§2.3 mm_users/mm_count。2.4.0 的 kernel/exit.c：进程退出时交还资源、变成僵尸
/// （TASK_ZOMBIE）并通知父进程；父进程在 wait4 里取走退出状态，最后释放僵尸剩下的 task_struct 和系统堆栈。
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <asm/uaccess.h>
#include <asm/pgtable.h>
#include <asm/mmu_context.h>
#include <asm/hardirq.h>

/* The task that adopts orphans: init (pid 1), once it runs. */
extern struct task_struct *child_reaper;

/*
 * A zombie child has been waited for: unlink it, add its fault counts
 * to the parent's, give back the time slice it still had (it was the
 * parent's to begin with), and free the 8 KB block.
 */
/// §4.5：释放一个已被“收尸”的僵尸子进程。2.4.0: kernel/exit.c release_task()
/// 僵尸的用户空间、文件、信号表在它 do_exit 时就已释放，这里只剩 task_struct 和系统堆栈（8K，两个页面）：
/// 从 pid 杂凑表和进程链表摘下后交还伙伴系统。子进程的缺页次数累加到父进程的 c*_flt；它没用完的时间片
/// （原本是父进程分给它的）也还给父进程，但不超过 MAX_COUNTER。
/// 2.4.0 在这里还减少 user_struct 里该用户的进程数，本移植没有 user_struct。
static void release_task(struct task_struct *p)
{
	struct task_struct *parent = current;
	long slice;

	/// 调用者总是父进程；要释放的竟是自己，说明家族链表坏了，只报告，不释放（正在用的堆栈不能交还）。
	if (p == parent) {
		printk("task releasing itself\n");
		return;
	}
	/// 先从 pid 杂凑表、进程链表、家族链表和线程组摘下（它若还在运行队列上就是 BUG），然后才释放。
	unhash_process(p);
	release_thread(p);

	parent->cmin_flt += p->min_flt + p->cmin_flt;
	parent->cmaj_flt += p->maj_flt + p->cmaj_flt;
	parent->cnswap += p->nswap + p->cnswap;
	/// fork 时分出去的时间片收回来：子进程越早退出，父进程拿回的越多，多次 fork 不能凭空多得 CPU 时间。
	slice = parent->counter + p->counter;
	parent->counter = slice < MAX_COUNTER ? slice : MAX_COUNTER;

	free_task_struct(p);
}

/*
 * father is exiting: every task whose original parent it was now
 * reports to init, with SIGCHLD (nobody may signal init otherwise).
 */
/// §4.5：father 要走了，它的子进程改由 init（child_reaper）来收尸。2.4.0: kernel/exit.c forget_original_parent()
/// 只改 p_opptr（原始父进程）；真正的家族链表在 exit_notify 里调整。exit_signal 改回 SIGCHLD，init 只认这个信号。
static inline void forget_original_parent(struct task_struct *father)
{
	struct task_struct *t;

	read_lock(&tasklist_lock);
	for_each_task(t) {
		if (t->p_opptr != father)
			continue;
		t->p_opptr = child_reaper;
		t->exit_signal = SIGCHLD;
		/// self_exec_id 加 1，等于“换了父进程”：它以后退出时，exit_notify 的检查只许它发 SIGCHLD。
		t->self_exec_id++;
		/// prctl(PR_SET_PDEATHSIG) 设置的“父进程死亡信号”在这里发出。
		if (t->pdeath_signal)
			send_sig(t->pdeath_signal, t, 0);
	}
	read_unlock(&tasklist_lock);
}

/* Close every descriptor still open in a table nobody uses any more. */
/// §5.5 文件的打开与关闭：关闭表里所有已打开的文件。2.4.0: kernel/exit.c close_files()
/// 按位图一个字一个字地看，字里从低位到高位，每个置位的描述符先清掉槽位再 filp_close。
static inline void close_files(struct files_struct *files)
{
	unsigned long open;
	int word, fd;

	for (word = 0; ; word++) {
		fd = word * __NFDBITS;
		/// 位图和指针数组哪个先到头就停：本移植的表只有 32 项，位图后面的字即使有位也不看。
		if (fd >= files->max_fdset || fd >= files->max_fds)
			break;
		/* One bit per descriptor, lowest first. */
		for (open = files->open_fds->fds_bits[word]; open;
		     open >>= 1, fd++) {
			struct file *f;

			/// 只关位图里标为打开的；槽位里有文件而位图没有标记的，不在这里关。
			if (!(open & 1))
				continue;
			f = files->fd[fd];
			files->fd[fd] = NULL;
			if (f)
				filp_close(f, files);
		}
	}
}

/* Drop a reference to a descriptor table; the last one closes all. */
/// §4.5：已打开文件表少一个使用者，最后一个使用者关闭全部文件并释放表。2.4.0: kernel/exit.c put_files_struct()
/// 共享同一张表的（CLONE_FILES 的线程）要等最后一个离开。
void put_files_struct(struct files_struct *files)
{
	if (!atomic_dec_and_test(&files->count))
		return;
	close_files(files);
	kmem_cache_free(files_cachep, files);
}

/// §4.5：进程放弃已打开文件表。2.4.0: kernel/exit.c __exit_files()
static inline void __exit_files(struct task_struct *tsk)
{
	struct files_struct *table = tsk->files;

	if (!table)
		return;
	/// 在 task_lock 下把 tsk->files 置空（别的上下文可能正在读它），然后才放掉引用；关闭文件可能睡眠，不能在锁里做。
	task_lock(tsk);
	tsk->files = NULL;
	task_unlock(tsk);
	put_files_struct(table);
}

/// §4.5：同上，供 do_fork 的出错路径使用。2.4.0: kernel/exit.c exit_files()
void exit_files(struct task_struct *tsk)
{
	__exit_files(tsk);
}

/*
 * Give up the address space.  The task keeps it as active_mm (CR3
 * still points at its page directory until the next switch), so
 * mm_count is raised first: mmput() may tear down the mappings
 * (mm_users 0) but the mm_struct and the pgd stay until schedule()
 * drops this last reference.
 */
/// §4.5 / §2.3：进程放弃它的用户空间。2.4.0: kernel/exit.c __exit_mm()
/// 先 mm_count 加 1：进程此刻仍在这个页面目录上运行（CR3 没变），把它当作 active_mm 继续“借用”，
/// 直到 schedule 切换走时才 mmdrop。然后 tsk->mm = NULL（从此像内核线程），mmput 使 mm_users 减 1——
/// 若是最后一个使用者，exit_mmap 立即拆除所有虚存区间、释放页面和页面表，但页面目录和 mm_struct 还留着。
static inline void __exit_mm(struct task_struct *tsk)
{
	struct mm_struct *mm = tsk->mm;
	int cpu = smp_processor_id();

	/// mm_release 先唤醒可能在 vfork 中等待的父进程（没有 mm 的进程也要做这一步）。
	mm_release();
	if (!mm)
		return;
	atomic_inc(&mm->mm_count);
	/// 有自己的 mm 的进程，active_mm 必定就是它；不是就是 BUG。
	if (tsk->active_mm != mm)
		BUG();
	task_lock(tsk);
	tsk->mm = NULL;
	task_unlock(tsk);
	/// 进入懒惰 TLB 状态（单 CPU 时什么也不做），与内核线程借用别人的 mm 一样。
	enter_lazy_tlb(mm, current, cpu);
	mmput(mm);
}

/// §4.5：同上的外部入口。2.4.0: kernel/exit.c exit_mm()
void exit_mm(struct task_struct *tsk)
{
	__exit_mm(tsk);
}

/*
 * Tell the family: the children go to init, the task becomes a zombie
 * and its parent gets exit_signal (SIGCHLD) and is woken in wait4().
 * Zombie children are announced to init at once.  (2.4.0 also checks
 * here for process groups orphaned with stopped jobs: no job control in
 * this port.)
 */
/// §4.5：通知亲属。2.4.0: kernel/exit.c exit_notify()
/// 子进程全部过继给 init（p_pptr = p_opptr = init，挂到 init 的子进程链表上），已经是僵尸的立即通知 init；
/// 自己变成 TASK_ZOMBIE，给父进程发 exit_signal（SIGCHLD）并唤醒在 wait4 中等待的父进程（do_notify_parent）。
/// 与 2.4.0 不同：2.4.0 还检查进程组是否因此成为“孤儿”并向其中停止的进程发 SIGHUP/SIGCONT；本移植没有作业控制。
static void exit_notify(void)
{
	struct task_struct *me = current, *kid, *adopter;

	forget_original_parent(me);

	/* A changed parent or program may only be told with SIGCHLD. */
	/// 父进程或本进程在 fork 之后执行过别的程序（exec_id 不一致）时，只允许发 SIGCHLD：
	/// 防止借退出信号向换了程序的父进程发送任意信号。有 CAP_KILL 的进程不受限制；
	/// capable() 只在 exec_id 不一致时才调用（它会给进程打上 PF_SUPERPRIV），次序与 2.4.0 相同。
	if (me->exit_signal != SIGCHLD) {
		int same_parent = me->parent_exec_id == me->p_pptr->self_exec_id;
		int same_program = me->self_exec_id == me->parent_exec_id;

		if (!(same_parent && same_program) && !capable(CAP_KILL))
			me->exit_signal = SIGCHLD;
	}

	/// 改家族链表要持进程链表的写锁。先变成僵尸再通知父进程：父进程醒来在 wait4 里看到的就是僵尸。
	write_lock_irq(&tasklist_lock);
	me->state = TASK_ZOMBIE;
	do_notify_parent(me, me->exit_signal);

	/* Each child, youngest first, becomes the youngest of its adopter. */
	/// 每次取最年轻的子进程（p_cptr），交给它的原始父进程 p_opptr（已被 forget_original_parent 改成 init；
	/// 被本进程跟踪的进程则回到它真正的父进程），成为新父进程最年轻的子进程。跟踪关系随之解除（ptrace = 0）。
	while ((kid = me->p_cptr) != NULL) {
		me->p_cptr = kid->p_osptr;
		kid->ptrace = 0;
		kid->p_ysptr = NULL;

		adopter = kid->p_opptr;
		kid->p_pptr = adopter;
		kid->p_osptr = adopter->p_cptr;
		if (kid->p_osptr)
			kid->p_osptr->p_ysptr = kid;
		adopter->p_cptr = kid;

		/// 已经是僵尸的子进程要马上告诉新父进程，否则没人来收尸。
		if (kid->state == TASK_ZOMBIE)
			do_notify_parent(kid, kid->exit_signal);
	}
	write_unlock_irq(&tasklist_lock);
}

/*
 * End the current task with code (the wait status: exit value << 8, or
 * the signal number).  It never returns: the last schedule() leaves the
 * zombie for good; its parent frees it in wait4().
 */
/// §4.5 系统调用 exit()：结束当前进程。2.4.0: kernel/exit.c do_exit()
/// code 就是父进程 wait4 得到的状态：exit(n) 是 n << 8，被信号杀死是信号号（低 7 位）。
/// 顺序与 2.4.0 相同：用户空间（__exit_mm）→ 已打开文件 → 信号处理表 → 线程（exit_thread）→ 记下 exit_code
/// → exit_notify 变成僵尸 → schedule()。僵尸不再在运行队列上，schedule 永远不会再选中它，所以不会返回；
/// 它的 task_struct 和系统堆栈要等父进程 wait4 时 release_task 才释放。
/// 与 2.4.0 不同：没有 sem_exit（System V 信号量）、exit_fs（当前目录）、控制终端、exec_domain 和进程记账。
NORET_TYPE void do_exit(long code)
{
	struct task_struct *me = current;

	/// 中断处理程序没有自己的进程上下文，在这里“退出”只会杀掉碰巧被中断的进程。
	if (in_interrupt())
		panic("Aiee, killing interrupt handler!");
	/// 0 号进程是空转进程，它一死 CPU 就没有可运行的东西了，2.4.0 在这种情况下 panic。引导期间（用户进程还没开始）
	/// 的内核 oops 都发生在 0 号进程里，所以以 panic 收场（tests/boot 的 oops 测试看的就是这行）。
	if (me->pid == 0)
		panic("Attempted to kill the idle task!");
	/// init 不能死：它是所有孤儿进程的收尸者。本移植里它是跑测试程序的 init；测试结束时它用 reboot(2) 关机，而不是退出。
	if (me->pid == 1)
		panic("Attempted to kill init!");
	/// 标记“正在退出”，以上三种情况都不会走到这里。
	me->flags |= PF_EXITING;

	/// 2.4.0 用标号加 goto 写这个循环；本移植用 for (;;)，意思一样：schedule() 万一返回就 BUG，再来一遍。
	for (;;) {
		__exit_mm(me);
		__exit_files(me);
		exit_sighand(me);
		/// exit_thread 处理线程相关的硬件状态（process.c，FPU 等）。
		exit_thread();

		me->exit_code = code;
		exit_notify();
		schedule();
		/* A zombie is never chosen again: should it be, retry. */
		BUG();
	}
}

/* exit(status): only the low 8 bits, in the second byte of the status. */
/// §4.5：系统调用 exit（1）：只取低 8 位，放在状态的第二个字节。2.4.0: kernel/exit.c sys_exit()
asmlinkage long sys_exit(int error_code)
{
	do_exit((error_code & 0xff) << 8);
}

/*
 * Wait for a child to change state.  pid > 0: that child; 0: any in
 * our process group; -1: any; < -1: any in group -pid.  A zombie is
 * reported (status as do_exit() got it) and released; a stopped child
 * only with WUNTRACED, as (signal << 8) | 0x7f.  With no such child at
 * all: -ECHILD; with WNOHANG and none ready: 0; else sleep until a
 * child exits (do_notify_parent wakes us) or a signal arrives.
 * 2.4.0 also fills *ru (getrusage) and looks at the children of the
 * other threads of the group; this port leaves *ru alone.
 */
/// §4.5 系统调用 wait4()：等待子进程的状态变化。2.4.0: kernel/exit.c sys_wait4()
/// 先把自己挂在 wait_chldexit 上并设为可中断睡眠，再扫描子进程：找到符合 pid 条件的僵尸，取走状态并 release_task；
/// 有符合条件的子进程但都还活着，就 schedule() 睡下，直到子进程退出时 do_notify_parent 唤醒（或信号打断，
/// 返回 -ERESTARTSYS，由 do_signal 决定重做还是返回 -EINTR）；根本没有符合条件的子进程返回 -ECHILD。
/// 与 2.4.0 不同：不填 rusage（本移植没有 getrusage），不看同一线程组其他线程的子进程。
asmlinkage long sys_wait4(pid_t pid, unsigned int *stat_addr, int options,
			  void *ru)
{
	struct task_struct *me = current, *kid;
	DECLARE_WAITQUEUE(wait, current);
	int have_kids;
	long ret;

	if (options & ~(WNOHANG | WUNTRACED | __WNOTHREAD | __WCLONE | __WALL))
		return -EINVAL;

	/// 先挂队列、改状态，再检查条件：子进程若在检查之后、schedule 之前退出，它的唤醒会把状态改回 TASK_RUNNING，
	/// schedule 就不会真的睡下，唤醒不会丢。
	add_wait_queue(&me->wait_chldexit, &wait);
	for (;;) {
		have_kids = 0;
		me->state = TASK_INTERRUPTIBLE;
		read_lock(&tasklist_lock);
		for (kid = me->p_cptr; kid; kid = kid->p_osptr) {
			/* Which children: by pid, by process group, or all. */
			if (pid > 0 && kid->pid != pid)
				continue;
			if (pid == 0 && kid->pgrp != me->pgrp)
				continue;
			if (pid < -1 && kid->pgrp != -pid)
				continue;
			/* Clone children (not SIGCHLD) only with __WCLONE. */
			/// exit_signal 不是 SIGCHLD 的是 clone 出来的“线程式”子进程：只有 __WCLONE 时才等它们，而 __WCLONE 时
			/// 又只等它们；__WALL 两种都等。
			if (!(options & __WALL) &&
			    (kid->exit_signal != SIGCHLD) !=
			    ((options & __WCLONE) != 0))
				continue;
			/// 有符合条件的子进程（哪怕它还活着），最后就不是 -ECHILD。
			have_kids = 1;

			/// 停止的子进程：只在 WUNTRACED 或者它正被跟踪时报告，状态是 (信号 << 8) | 0x7f；exit_code 清零，同一次停止只报一次。
			/// 子进程不释放。写状态失败（-EFAULT）时 exit_code 保留。
			if (kid->state == TASK_STOPPED) {
				if (!kid->exit_code)
					continue;
				if (!(options & WUNTRACED) &&
				    !(kid->ptrace & PT_PTRACED))
					continue;
				read_unlock(&tasklist_lock);
				ret = stat_addr ? put_user((kid->exit_code << 8) |
							   0x7f, stat_addr) : 0;
				if (!ret) {
					kid->exit_code = 0;
					ret = kid->pid;
				}
				goto done;
			}
			if (kid->state != TASK_ZOMBIE)
				continue;

			/* A zombie: its times join our children's. */
			/// 子进程（及其已收尸的子孙）的 CPU 时间累加到父进程的 cutime/cstime。写状态失败时也已累加（2.4.0 相同）。
			me->times.tms_cutime += kid->times.tms_utime +
						kid->times.tms_cutime;
			me->times.tms_cstime += kid->times.tms_stime +
						kid->times.tms_cstime;
			read_unlock(&tasklist_lock);
			/// 状态写不进用户空间就返回 -EFAULT，僵尸留着，下次还能再等。
			ret = stat_addr ? put_user(kid->exit_code, stat_addr) : 0;
			if (ret)
				goto done;
			ret = kid->pid;
			/// 正常情况：我们就是它的父进程，释放它。
			if (kid->p_opptr == kid->p_pptr) {
				release_task(kid);
				goto done;
			}
			/* We only traced it: back to its real parent. */
			/// 被跟踪的进程由跟踪者收到状态后还要交回原来的父进程，并通知那个父进程；本移植没有 ptrace，两者总相同。
			write_lock_irq(&tasklist_lock);
			REMOVE_LINKS(kid);
			kid->p_pptr = kid->p_opptr;
			SET_LINKS(kid);
			do_notify_parent(kid, SIGCHLD);
			write_unlock_irq(&tasklist_lock);
			goto done;
		}
		read_unlock(&tasklist_lock);

		/// 一个可等的子进程都没有：-ECHILD；有但都没准备好：WNOHANG 时返回 0，有信号时 -ERESTARTSYS，否则睡下再看。
		ret = -ECHILD;
		if (!have_kids)
			break;
		ret = 0;
		if (options & WNOHANG)
			break;
		ret = -ERESTARTSYS;
		if (signal_pending(me))
			break;
		/// 醒来（子进程退出或来了信号）后从头再扫描一遍。
		schedule();
	}
done:
	/// 无论怎样离开，都恢复运行状态并从等待队列摘下。
	me->state = TASK_RUNNING;
	remove_wait_queue(&me->wait_chldexit, &wait);
	return ret;
}

/* The old interface: wait4 without the resource usage. */
/// §4.5：系统调用 waitpid（7），就是不要 rusage 的 wait4。2.4.0: kernel/exit.c sys_waitpid()
asmlinkage long sys_waitpid(pid_t pid, unsigned int *stat_addr, int options)
{
	return sys_wait4(pid, stat_addr, options, NULL);
}
