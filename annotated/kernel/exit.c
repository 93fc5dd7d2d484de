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
	if (p != current) {
		unhash_process(p);

		release_thread(p);
		current->cmin_flt += p->min_flt + p->cmin_flt;
		current->cmaj_flt += p->maj_flt + p->cmaj_flt;
		current->cnswap += p->nswap + p->cnswap;
		current->counter += p->counter;
		if (current->counter >= MAX_COUNTER)
			current->counter = MAX_COUNTER;
		free_task_struct(p);
	} else {
		printk("task releasing itself\n");
	}
}

/*
 * father is exiting: every task whose original parent it was now
 * reports to init, with SIGCHLD (nobody may signal init otherwise).
 */
/// §4.5：father 要走了，它的子进程改由 init（child_reaper）来收尸。2.4.0: kernel/exit.c forget_original_parent()
/// 只改 p_opptr（原始父进程）；真正的家族链表在 exit_notify 里调整。exit_signal 改回 SIGCHLD，init 只认这个信号。
static inline void forget_original_parent(struct task_struct *father)
{
	struct task_struct *p;

	read_lock(&tasklist_lock);
	for_each_task(p) {
		if (p->p_opptr == father) {
			p->exit_signal = SIGCHLD;
			p->self_exec_id++;
			p->p_opptr = child_reaper;
			if (p->pdeath_signal)
				send_sig(p->pdeath_signal, p, 0);
		}
	}
	read_unlock(&tasklist_lock);
}

/* Close every descriptor still open in a table nobody uses any more. */
/// §5.5 文件的打开与关闭：关闭表里所有已打开的文件。2.4.0: kernel/exit.c close_files()
static inline void close_files(struct files_struct *files)
{
	int i, j;

	j = 0;
	for (;;) {
		unsigned long set;

		i = j * __NFDBITS;
		if (i >= files->max_fdset || i >= files->max_fds)
			break;
		set = files->open_fds->fds_bits[j++];
		while (set) {
			if (set & 1) {
				struct file *file = files->fd[i];

				files->fd[i] = NULL;
				if (file)
					filp_close(file, files);
			}
			i++;
			set >>= 1;
		}
	}
}

/* Drop a reference to a descriptor table; the last one closes all. */
/// §4.5：已打开文件表少一个使用者，最后一个使用者关闭全部文件并释放表。2.4.0: kernel/exit.c put_files_struct()
void put_files_struct(struct files_struct *files)
{
	if (atomic_dec_and_test(&files->count)) {
		close_files(files);
		kmem_cache_free(files_cachep, files);
	}
}

/// §4.5：进程放弃已打开文件表。2.4.0: kernel/exit.c __exit_files()
static inline void __exit_files(struct task_struct *tsk)
{
	struct files_struct *files = tsk->files;

	if (files) {
		task_lock(tsk);
		tsk->files = NULL;
		task_unlock(tsk);
		put_files_struct(files);
	}
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
/// 先 mm_count 加 1：进程此刻仍在这个页目录上运行（CR3 没变），把它当作 active_mm 继续“借用”，
/// 直到 schedule 切换走时才 mmdrop。然后 tsk->mm = NULL（从此像内核线程），mmput 使 mm_users 减 1——
/// 若是最后一个使用者，exit_mmap 立即拆除所有虚存区间、释放页面和页表，但页目录和 mm_struct 还留着。
/// mm_release 先唤醒可能在 vfork 中等待的父进程。
static inline void __exit_mm(struct task_struct *tsk)
{
	struct mm_struct *mm = tsk->mm;

	mm_release();
	if (mm) {
		atomic_inc(&mm->mm_count);
		if (mm != tsk->active_mm)
			BUG();
		task_lock(tsk);
		tsk->mm = NULL;
		task_unlock(tsk);
		enter_lazy_tlb(mm, current, smp_processor_id());
		mmput(mm);
	}
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
	struct task_struct *p, *t;

	forget_original_parent(current);

	t = current->p_pptr;

	/* A changed parent or program may only be told with SIGCHLD. */
	/// 父进程或本进程在 fork 之后执行过别的程序（exec_id 不一致）时，只允许发 SIGCHLD：
	/// 防止借退出信号向换了程序的父进程发送任意信号。
	if (current->exit_signal != SIGCHLD &&
	    (current->parent_exec_id != t->self_exec_id ||
	     current->self_exec_id != current->parent_exec_id) &&
	    !capable(CAP_KILL))
		current->exit_signal = SIGCHLD;

	write_lock_irq(&tasklist_lock);
	current->state = TASK_ZOMBIE;
	do_notify_parent(current, current->exit_signal);
	while (current->p_cptr != NULL) {
		p = current->p_cptr;
		current->p_cptr = p->p_osptr;
		p->p_ysptr = NULL;
		p->ptrace = 0;

		p->p_pptr = p->p_opptr;
		p->p_osptr = p->p_pptr->p_cptr;
		if (p->p_osptr)
			p->p_osptr->p_ysptr = p;
		p->p_pptr->p_cptr = p;
		if (p->state == TASK_ZOMBIE)
			do_notify_parent(p, p->exit_signal);
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
	struct task_struct *tsk = current;

	if (in_interrupt())
		panic("Aiee, killing interrupt handler!");
	/// 0 号进程是空转进程，它一死 CPU 就没有可运行的东西了，2.4.0 在这种情况下 panic。引导期间（用户进程还没开始）
	/// 的内核 oops 都发生在 0 号进程里，所以以 panic 收场（tests/boot 的 oops 测试看的就是这行）。
	if (!tsk->pid)
		panic("Attempted to kill the idle task!");
	/// init 不能死：它是所有孤儿进程的收尸者。本移植里它是跑测试程序的 init；测试结束时它用 reboot(2) 关机，而不是退出。
	if (tsk->pid == 1)
		panic("Attempted to kill init!");
	tsk->flags |= PF_EXITING;

fake_volatile:
	__exit_mm(tsk);

	__exit_files(tsk);
	exit_sighand(tsk);
	exit_thread();

	tsk->exit_code = code;
	exit_notify();
	schedule();
	BUG();
	/* Should schedule() ever come back, try again. */
	goto fake_volatile;
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
	int flag, retval;
	DECLARE_WAITQUEUE(wait, current);
	struct task_struct *p;

	if (options & ~(WNOHANG | WUNTRACED | __WNOTHREAD | __WCLONE | __WALL))
		return -EINVAL;

	/// 先挂队列、改状态，再检查条件：子进程若在检查之后、schedule 之前退出，它的唤醒会把状态改回 TASK_RUNNING，
	/// schedule 就不会真的睡下，唤醒不会丢。
	add_wait_queue(&current->wait_chldexit, &wait);
repeat:
	flag = 0;
	current->state = TASK_INTERRUPTIBLE;
	read_lock(&tasklist_lock);
	for (p = current->p_cptr; p; p = p->p_osptr) {
		if (pid > 0) {
			if (p->pid != pid)
				continue;
		} else if (!pid) {
			if (p->pgrp != current->pgrp)
				continue;
		} else if (pid != -1) {
			if (p->pgrp != -pid)
				continue;
		}
		/* Clone children (not SIGCHLD) only with __WCLONE. */
		if (((p->exit_signal != SIGCHLD) ^ ((options & __WCLONE) != 0))
		    && !(options & __WALL))
			continue;
		flag = 1;
		switch (p->state) {
		case TASK_STOPPED:
			if (!p->exit_code)
				continue;
			if (!(options & WUNTRACED) && !(p->ptrace & PT_PTRACED))
				continue;
			read_unlock(&tasklist_lock);
			retval = 0;
			if (stat_addr)
				retval = put_user((p->exit_code << 8) | 0x7f,
						  stat_addr);
			if (!retval) {
				p->exit_code = 0;
				retval = p->pid;
			}
			goto end_wait4;
		/// 子进程（及其已收尸的子孙）的 CPU 时间累加到父进程的 cutime/cstime。
		case TASK_ZOMBIE:
			current->times.tms_cutime += p->times.tms_utime +
						     p->times.tms_cutime;
			current->times.tms_cstime += p->times.tms_stime +
						     p->times.tms_cstime;
			read_unlock(&tasklist_lock);
			retval = 0;
			if (stat_addr)
				retval = put_user(p->exit_code, stat_addr);
			if (retval)
				goto end_wait4;
			retval = p->pid;
			/// 被跟踪的进程由跟踪者收到状态后还要交回原来的父进程；本移植没有 ptrace，两者总相同。
			if (p->p_opptr != p->p_pptr) {
				/* A tracer had it: back to the real parent. */
				write_lock_irq(&tasklist_lock);
				REMOVE_LINKS(p);
				p->p_pptr = p->p_opptr;
				SET_LINKS(p);
				do_notify_parent(p, SIGCHLD);
				write_unlock_irq(&tasklist_lock);
			} else
				release_task(p);
			goto end_wait4;
		default:
			continue;
		}
	}
	read_unlock(&tasklist_lock);
	if (flag) {
		retval = 0;
		if (options & WNOHANG)
			goto end_wait4;
		retval = -ERESTARTSYS;
		if (signal_pending(current))
			goto end_wait4;
		schedule();
		goto repeat;
	}
	retval = -ECHILD;
end_wait4:
	current->state = TASK_RUNNING;
	remove_wait_queue(&current->wait_chldexit, &wait);
	return retval;
}

/* The old interface: wait4 without the resource usage. */
/// §4.5：系统调用 waitpid（7），就是不要 rusage 的 wait4。2.4.0: kernel/exit.c sys_waitpid()
asmlinkage long sys_waitpid(pid_t pid, unsigned int *stat_addr, int options)
{
	return sys_wait4(pid, stat_addr, options, NULL);
}
