// SPDX-License-Identifier: GPL-2.0-only
/*
 * Signals, the generic half: posting a signal to a task (send_sig_info,
 * force_sig_info for faults such as SIGSEGV from 越界访问), taking the
 * next one off (dequeue_signal, used by do_signal in arch/i386/kernel/
 * signal.c), the handler table (sigaction), the blocked mask
 * (sigprocmask), kill(), and telling a parent about a dead child.
 * Port: siginfo is not queued (2.4.0 keeps one struct sigqueue per
 * posted signal); a dequeued signal gets a siginfo with only si_signo.
 * 情景分析 §2.4; chapter 6 (信号).
 * Follows Linux 2.4.0 kernel/signal.c.
 */
/// §6.4 信号；§2.4 越界访问（用户态越界访问以 SIGSEGV 结束进程）。2.4.0 的 kernel/signal.c：与体系结构无关的一半——
/// 发信号（把信号记进目标进程的 pending 位图并唤醒它）、取下一个待处理的信号（dequeue_signal，供 arch/i386/kernel/signal.c
/// 的 do_signal 使用）、处理程序表（sigaction）、屏蔽字（sigprocmask）、kill()，以及子进程死亡时通知父进程。
/// 与 2.4.0 不同：不为信号排队 siginfo（2.4.0 每个信号分配一个 struct sigqueue，实时信号可以排多个）；
/// 取信号时的 siginfo 只有信号号。没有 SA_SIGINFO 处理程序需要的发送者信息、也没有实时信号的排队语义。
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/errno.h>
#include <linux/slab.h>
#include <asm/uaccess.h>

/* Forget every posted signal (the port keeps no siginfo queue). */
/// §6.4：丢掉所有挂着的信号。2.4.0: kernel/signal.c flush_sigqueue()（2.4.0 还要释放 sigqueue 队列）
static void flush_sigqueue(struct sigpending *queue)
{
	sigemptyset(&queue->signal);
	queue->head = NULL;
	queue->tail = &queue->head;
}

/* Forget every signal posted to t. */
/// §6.4：清除进程的全部待处理信号。2.4.0: kernel/signal.c flush_signals()
void flush_signals(struct task_struct *t)
{
	t->sigpending = 0;
	flush_sigqueue(&t->pending);
}

/* The task is exiting: drop its handler table and its signals. */
/// §4.5 / §6.4：进程退出时放弃处理程序表。2.4.0: kernel/signal.c exit_sighand()
/// tsk->sig 变成 NULL 之后，send_sig_info 对这个僵尸只做权限检查，不再记任何信号。
void exit_sighand(struct task_struct *tsk)
{
	struct signal_struct *handlers = tsk->sig;

	spin_lock_irq(&tsk->sigmask_lock);
	if (handlers != NULL) {
		/* The last user of a shared table frees it. */
		tsk->sig = NULL;
		if (atomic_dec_and_test(&handlers->count))
			kmem_cache_free(sigact_cachep, handlers);
	}
	tsk->sigpending = 0;
	flush_sigqueue(&tsk->pending);
	spin_unlock_irq(&tsk->sigmask_lock);
}

/*
 * exec(): caught signals go back to their default action (the handlers
 * are gone with the old program); ignored ones stay ignored.
 */
/// §4.4 execve / §6.4：新程序里没有旧程序的处理函数了，已设置的处理程序恢复为 SIG_DFL。2.4.0: kernel/signal.c flush_signal_handlers()
/// 但被忽略（SIG_IGN）的信号仍然忽略：这是 POSIX 的规定，nohup 之类的程序就靠它。
void flush_signal_handlers(struct task_struct *t)
{
	struct k_sigaction *act = t->sig->action;
	struct k_sigaction *end = act + _NSIG;

	for (; act < end; act++) {
		if (act->sa.sa_handler != SIG_IGN)
			act->sa.sa_handler = SIG_DFL;
		act->sa.sa_flags = 0;
		sigemptyset(&act->sa.sa_mask);
	}
}

/* The lowest-numbered signal posted to tsk and not in mask, or 0. */
/// §6.4：找编号最小的、已到达且不在 mask 中的信号。2.4.0: kernel/signal.c 中 dequeue_signal() 的前半部分
/// ffz(~x) 就是 x 中最低的 1 位。
static int next_signal(struct task_struct *tsk, sigset_t *mask)
{
	unsigned long i, *s, *m, x;
	int sig = 0;

	s = tsk->pending.signal.sig;
	m = mask->sig;
	for (i = 0; i < _NSIG_WORDS; ++i, ++s, ++m) {
		x = *s & ~*m;
		if (x) {
			sig = ffz(~x) + i * _NSIG_BPW + 1;
			break;
		}
	}
	return sig;
}

/* Take sig off the pending set; its siginfo is all we know: the number. */
/// §6.4：把信号从待处理集合中取下并填 siginfo。2.4.0: kernel/signal.c collect_signal()（本移植没有 sigqueue，只剩“位图中有就取下”这一种情形）
static int collect_signal(int sig, struct sigpending *list, siginfo_t *info)
{
	if (!sigismember(&list->signal, sig))
		return 0;

	sigdelset(&list->signal, sig);
	info->si_signo = sig;
	info->si_errno = info->si_code = 0;
	info->si_pid = info->si_uid = 0;
	return 1;
}

/*
 * Dequeue the next signal of the current task that is not in mask.
 * Returns its number (0 if none) and recomputes sigpending.
 */
/// §6.4：取下当前进程的下一个信号。2.4.0: kernel/signal.c dequeue_signal()
int dequeue_signal(sigset_t *mask, siginfo_t *info)
{
	int sig;

	sig = next_signal(current, mask);
	if (sig) {
		if (!collect_signal(sig, &current->pending, info))
			sig = 0;
	}
	recalc_sigpending(current);
	return sig;
}

/* Discard a posted sig (SIGCONT cancels stops and the other way round). */
/// §6.4：撤销一个挂着的信号。2.4.0: kernel/signal.c rm_sig_from_queue()
static int rm_sig_from_queue(int sig, struct task_struct *t)
{
	if (sigismember(&t->pending.signal, sig)) {
		sigdelset(&t->pending.signal, sig);
		return 1;
	}
	return 0;
}

/*
 * May the current task signal t?  Yes if the kernel sends it (info 1,
 * or a kernel si_code), for SIGCONT within the session, if the user ids
 * match, or with CAP_KILL.
 */
/// §6.4：当前进程有没有权利向 t 发信号。2.4.0: kernel/signal.c bad_signal()
/// 内核发出的（info 为 1 或 si_code > 0）总可以；用户发出的要求用户号相符、同一会话里的 SIGCONT，或有 CAP_KILL。
/// 本移植的进程都是 root，所以实际上总是允许。
static int bad_signal(int sig, struct siginfo *info, struct task_struct *t)
{
	/* The kernel's own signals are always allowed. */
	if (info == (struct siginfo *) 1 || (info && info->si_code > 0))
		return 0;
	if (sig == SIGCONT && current->session == t->session)
		return 0;
	if (current->euid == t->suid || current->euid == t->uid ||
	    current->uid == t->suid || current->uid == t->uid)
		return 0;
	return !capable(CAP_KILL);
}

/*
 * 1 if posting sig to a task with these handlers matters, 0 if it would
 * be dropped: a caught signal always matters; an ignored one only for
 * SIGCHLD (SIG_IGN there means "reap my children", done by do_signal);
 * by default SIGCONT, SIGCHLD and SIGWINCH are ignored.
 */
/// §6.4：这个信号发过去有没有意义。2.4.0: kernel/signal.c signal_type()
/// 有处理函数（既不是 SIG_DFL 也不是 SIG_IGN）：有意义；被忽略（SIG_IGN）：一般没有，唯独 SIGCHLD 例外——对 SIGCHLD 的 SIG_IGN
/// 在 2.4.0 里意味着“自动替我收尸”，要靠 do_signal 执行（见 arch/i386/kernel/signal.c）；
/// 缺省动作（SIG_DFL）：SIGCONT、SIGCHLD、SIGWINCH 的缺省动作就是忽略，其余都有意义。
/// 所以 init 保持 SIGCHLD 为 SIG_DFL 时，子进程退出发来的 SIGCHLD 在这里就被丢掉，init 只靠 wait4 的唤醒得知。
static int signal_type(int sig, struct signal_struct *signals)
{
	__sighandler_t handler;

	if (signals == NULL)
		return 0;

	handler = signals->action[sig - 1].sa.sa_handler;
	if (handler == SIG_DFL)
		return !(sig == SIGCONT || sig == SIGCHLD || sig == SIGWINCH);
	if (handler == SIG_IGN)
		return sig == SIGCHLD;
	return 1;	/* a handler will run */
}

/* Drop the signal at once if nobody would act on it. */
/// §6.4：在发送时就可以丢掉的信号：没有被跟踪、没有被屏蔽、而且 signal_type 说没意义。2.4.0: kernel/signal.c ignored_signal()
/// 被屏蔽的信号不能丢：进程以后可能解除屏蔽或换处理程序。
static int ignored_signal(int sig, struct task_struct *t)
{
	/* A tracer sees everything; a blocked signal may be wanted later. */
	if (t->ptrace & PT_PTRACED)
		return 0;
	if (sigismember(&t->blocked, sig))
		return 0;
	return !signal_type(sig, t->sig);
}

/*
 * Stop and continue cancel each other: SIGKILL and SIGCONT wake a
 * stopped task and discard pending stop signals; a stop signal
 * discards a pending SIGCONT.
 */
/// §6.4：停止与继续互相抵消。2.4.0: kernel/signal.c handle_stop_signal()
/// SIGKILL、SIGCONT 唤醒已停止的进程并撤销挂着的停止信号；停止信号撤销挂着的 SIGCONT。
static void handle_stop_signal(int sig, struct task_struct *t)
{
	static const int stop_sigs[] = { SIGSTOP, SIGTSTP, SIGTTOU, SIGTTIN };
	int n;

	/// 四个停止信号放在一张表里：撤销时按 SIGSTOP、SIGTSTP、SIGTTOU、SIGTTIN 的顺序（与 2.4.0 相同），判断时查同一张表。
	if (sig == SIGKILL || sig == SIGCONT) {
		if (t->state == TASK_STOPPED)
			wake_up_process(t);
		t->exit_code = 0;
		for (n = 0; n < 4; n++)
			rm_sig_from_queue(stop_sigs[n], t);
		return;
	}
	for (n = 0; n < 4; n++) {
		if (sig == stop_sigs[n]) {
			rm_sig_from_queue(SIGCONT, t);
			return;
		}
	}
}

/* Mark the pending bit; a sleeping task wakes to look at it. */
/// §6.4：置 sigpending，并叫醒在可中断睡眠中的进程，让它去处理信号。2.4.0: kernel/signal.c signal_wake_up()（单 CPU 部分）
static inline void signal_wake_up(struct task_struct *t)
{
	t->sigpending = 1;
	if (t->state & TASK_INTERRUPTIBLE)
		wake_up_process(t);
}

/// §6.4：记下信号。2.4.0: kernel/signal.c deliver_signal()（2.4.0 先经 send_signal 排队 siginfo）
/// 被屏蔽的信号只记在位图里，不唤醒进程。
static int deliver_signal(int sig, struct siginfo *info, struct task_struct *t)
{
	sigaddset(&t->pending.signal, sig);
	if (!sigismember(&t->blocked, sig))
		signal_wake_up(t);
	return 0;
}

/*
 * Post sig to t.  info is the cause, or 0/1 for a signal from the
 * user/the kernel.  Signal 0 and zombies (no handler table) only check
 * permission.  An ignored signal is dropped here; a non-real-time
 * signal already pending is not posted twice.
 */
/// §6.4 信号 / §2.4：向进程 t 发送信号 sig。2.4.0: kernel/signal.c send_sig_info()
/// info 是原因；取值 0/1 表示“来自用户/来自内核”（2.4.0 的约定）。信号 0 只做权限和存在性检查；
/// 僵尸（t->sig 为 NULL）什么也不收。非实时信号已经挂着时不再重复记一次（普通信号不计数）。
/// 真正的处理发生在目标进程下一次返回用户空间时（entry.S → do_signal）。
int send_sig_info(int sig, struct siginfo *info, struct task_struct *t)
{
	unsigned long flags;
	int ret = 0;

	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	if (bad_signal(sig, info, t))
		return -EPERM;
	/* Signal 0, or a zombie: the permission was all there was to see. */
	if (sig == 0 || t->sig == NULL)
		return 0;

	spin_lock_irqsave(&t->sigmask_lock, flags);
	handle_stop_signal(sig, t);
	if (!ignored_signal(sig, t) &&
	    !(sig < SIGRTMIN && sigismember(&t->pending.signal, sig)))
		ret = deliver_signal(sig, info, t);
	spin_unlock_irqrestore(&t->sigmask_lock, flags);

	if ((t->state & TASK_INTERRUPTIBLE) && signal_pending(t))
		wake_up_process(t);
	return ret;
}

/*
 * A signal the task may not refuse (a fault it caused): an ignored
 * handler is reset to the default and the signal unblocked first.
 */
/// §2.4 越界访问：“强加”的信号，进程因自己的错误（如越界访问）引起，不允许屏蔽或忽略。2.4.0: kernel/signal.c force_sig_info()
/// 先把被忽略的处理程序改回缺省（SIG_DFL），从 blocked 中去掉该信号，再 send_sig_info。
/// do_page_fault 用它发 SIGSEGV/SIGBUS，traps.c 用它发 SIGFPE、SIGILL 等。
int force_sig_info(int sig, struct siginfo *info, struct task_struct *t)
{
	unsigned long flags;
	int alive;

	spin_lock_irqsave(&t->sigmask_lock, flags);
	alive = t->sig != NULL;		/* not yet past exit_sighand() */
	if (alive) {
		/* A fault cannot be ignored or blocked away. */
		__sighandler_t *handler = &t->sig->action[sig - 1].sa.sa_handler;

		if (*handler == SIG_IGN)
			*handler = SIG_DFL;
		sigdelset(&t->blocked, sig);
		recalc_sigpending(t);
	}
	spin_unlock_irqrestore(&t->sigmask_lock, flags);

	if (!alive)
		return -ESRCH;
	return send_sig_info(sig, info, t);
}

/* Every task of process group pgrp. */
/// §6.4：向进程组 pgrp 的每个进程发信号。2.4.0: kernel/signal.c kill_pg_info()
/// 本移植的进程没有 setsid/setpgid，组号都是 0，kill(0, sig) 因此得到 -EINVAL（pgrp 不大于 0），与 2.4.0 中组号为 0 时相同。
int kill_pg_info(int sig, struct siginfo *info, pid_t pgrp)
{
	struct task_struct *p;
	int result = -ESRCH;

	if (pgrp <= 0)
		return -EINVAL;

	read_lock(&tasklist_lock);
	for_each_task(p) {
		int one;

		if (p->pgrp != pgrp)
			continue;
		one = send_sig_info(sig, info, p);
		/* Once one member got it, the call succeeded. */
		if (result != 0)
			result = one;
	}
	read_unlock(&tasklist_lock);
	return result;
}

/* The task with this pid. */
/// §6.4：向进程号为 pid 的进程发信号，没有这个进程返回 -ESRCH。2.4.0: kernel/signal.c kill_proc_info()
int kill_proc_info(int sig, struct siginfo *info, pid_t pid)
{
	struct task_struct *target;
	int ret = -ESRCH;

	read_lock(&tasklist_lock);
	target = find_task_by_pid(pid);
	if (target != NULL)
		ret = send_sig_info(sig, info, target);
	read_unlock(&tasklist_lock);
	return ret;
}

/*
 * kill()'s targets: pid > 0 that task; 0 our process group; -1 every
 * task but init and ourselves; < -1 process group -pid.
 */
/// §6.4：kill() 的目标选择。2.4.0: kernel/signal.c kill_something_info()
/// pid > 0 一个进程；0 本进程组；-1 除 init 和自己以外的所有进程；< -1 进程组 -pid。
int kill_something_info(int sig, struct siginfo *info, int pid)
{
	struct task_struct *p;
	int ret = 0, hits = 0;

	if (pid == 0)
		return kill_pg_info(sig, info, current->pgrp);
	if (pid > 0)
		return kill_proc_info(sig, info, pid);
	if (pid != -1)
		return kill_pg_info(sig, info, -pid);

	read_lock(&tasklist_lock);
	for_each_task(p) {
		int one;

		if (p->pid <= 1 || p == current)
			continue;
		one = send_sig_info(sig, info, p);
		hits++;
		/* A refusal does not hide another task's answer. */
		if (one != -EPERM)
			ret = one;
	}
	read_unlock(&tasklist_lock);
	return hits ? ret : -ESRCH;
}

/* priv: sent by the kernel (1) rather than on a user's behalf (0). */
/// §2.4：不带 siginfo 的发信号。2.4.0: kernel/signal.c send_sig()
int send_sig(int sig, struct task_struct *p, int priv)
{
	return send_sig_info(sig, (void *) (long) (priv != 0), p);
}

/// §2.4：不带 siginfo 的强加信号，info 写 1 表示来自内核。2.4.0: kernel/signal.c force_sig()
void force_sig(int sig, struct task_struct *p)
{
	force_sig_info(sig, (void *) 1L, p);
}

/// §6.4：不带 siginfo 的 kill_pg_info。2.4.0: kernel/signal.c kill_pg()
int kill_pg(pid_t pgrp, int sig, int priv)
{
	return kill_pg_info(sig, (void *) (long) (priv != 0), pgrp);
}

/// §6.4：不带 siginfo 的 kill_proc_info。2.4.0: kernel/signal.c kill_proc()
int kill_proc(pid_t pid, int sig, int priv)
{
	return kill_proc_info(sig, (void *) (long) (priv != 0), pid);
}

/* Wake the parent if it sleeps in wait4(). */
/// §4.5：唤醒在 wait4 中等待的父进程。2.4.0: kernel/signal.c wake_up_parent()
static void wake_up_parent(struct task_struct *parent)
{
	wake_up_interruptible(&parent->wait_chldexit);
}

/*
 * Tell tsk's parent that tsk stopped or died: sig (normally SIGCHLD)
 * with the reason (exited with a value, killed by a signal) in the
 * siginfo, and a wake-up for wait4().  Called with tasklist_lock held.
 */
/// §4.5 / §6.4：告诉父进程：子进程 tsk 停止了或死了。2.4.0: kernel/signal.c do_notify_parent()
/// siginfo 里写明原因：正常退出（CLD_EXITED，si_status 是 exit 的参数）、被信号杀死（CLD_KILLED）、
/// 产生了 core（CLD_DUMPED）或停止（CLD_STOPPED）。然后发信号并唤醒父进程——即使信号因 SIG_DFL 被丢掉，
/// 唤醒照样发生，所以 wait4 总能醒来。
void do_notify_parent(struct task_struct *tsk, int sig)
{
	struct siginfo note;
	int code = tsk->exit_code;

	note.si_signo = sig;
	note.si_errno = 0;
	note.si_pid = tsk->pid;
	note.si_uid = tsk->uid;

	/* Why: stopped (or trapped), dumped core, killed, or exited. */
	note.si_status = code & 0x7f;
	if (tsk->state == TASK_STOPPED) {
		note.si_code = (tsk->ptrace & PT_PTRACED) ? CLD_TRAPPED
							   : CLD_STOPPED;
	} else if (code & 0x80) {
		note.si_code = CLD_DUMPED;
	} else if (code & 0x7f) {
		note.si_code = CLD_KILLED;
	} else {
		note.si_code = CLD_EXITED;
		note.si_status = code >> 8;
	}
	note.si_utime = tsk->times.tms_utime;
	note.si_stime = tsk->times.tms_stime;

	send_sig_info(sig, &note, tsk->p_pptr);
	wake_up_parent(tsk->p_pptr);
}

/* The same, taking tasklist_lock (for a traced or stopping task). */
/// §6.4：同上，自己拿 tasklist_lock（do_signal 停止进程时用）。2.4.0: kernel/signal.c notify_parent()
void notify_parent(struct task_struct *tsk, int sig)
{
	read_lock(&tasklist_lock);
	do_notify_parent(tsk, sig);
	read_unlock(&tasklist_lock);
}

/*
 * Change the blocked mask of the current task.  SIGKILL and SIGSTOP
 * can never be blocked.
 */
/// §6.4：系统调用 rt_sigprocmask（175）：修改当前进程的信号屏蔽字。2.4.0: kernel/signal.c sys_rt_sigprocmask()
/// SIGKILL 和 SIGSTOP 永远不能屏蔽。改完要 recalc_sigpending：刚解除屏蔽的信号可能早已到达。
asmlinkage long sys_rt_sigprocmask(int how, sigset_t *set, sigset_t *oset,
				   size_t sigsetsize)
{
	sigset_t prev, req;
	int w, err = 0;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;

	if (set == NULL) {
		if (oset == NULL)
			return 0;
		spin_lock_irq(&current->sigmask_lock);
		prev = current->blocked;
		spin_unlock_irq(&current->sigmask_lock);
	} else {
		if (copy_from_user(&req, set, sizeof(req)))
			return -EFAULT;
		sigdelsetmask(&req, sigmask(SIGKILL) | sigmask(SIGSTOP));

		spin_lock_irq(&current->sigmask_lock);
		prev = current->blocked;
		for (w = 0; w < _NSIG_WORDS; w++) {
			unsigned long *word = &current->blocked.sig[w];

			if (how == SIG_BLOCK)
				*word |= req.sig[w];
			else if (how == SIG_UNBLOCK)
				*word &= ~req.sig[w];
			else if (how == SIG_SETMASK)
				*word = req.sig[w];
			else
				err = -EINVAL;
		}
		recalc_sigpending(current);
		spin_unlock_irq(&current->sigmask_lock);
		if (err)
			return err;
	}

	if (oset != NULL && copy_to_user(oset, &prev, sizeof(prev)))
		return -EFAULT;
	return 0;
}

/* The pending signals that are blocked. */
/// §6.4：已到达但被屏蔽的信号。2.4.0: kernel/signal.c do_sigpending()
static long do_sigpending(void *set, unsigned long sigsetsize)
{
	sigset_t waiting;
	int w;

	if (sigsetsize > sizeof(sigset_t))
		return -EINVAL;

	spin_lock_irq(&current->sigmask_lock);
	for (w = 0; w < _NSIG_WORDS; w++)
		waiting.sig[w] = current->pending.signal.sig[w] &
				 current->blocked.sig[w];
	spin_unlock_irq(&current->sigmask_lock);

	return copy_to_user(set, &waiting, sigsetsize) ? -EFAULT : 0;
}

/// §6.4：系统调用 rt_sigpending（176）。2.4.0: kernel/signal.c sys_rt_sigpending()
asmlinkage long sys_rt_sigpending(sigset_t *set, size_t sigsetsize)
{
	return do_sigpending(set, sigsetsize);
}

/// §6.4：系统调用 kill（37）。2.4.0: kernel/signal.c sys_kill()
asmlinkage long sys_kill(int pid, int sig)
{
	struct siginfo from_user = {
		.si_signo	= sig,
		.si_errno	= 0,
		.si_code	= SI_USER,
	};

	from_user.si_pid = current->pid;
	from_user.si_uid = current->uid;
	return kill_something_info(sig, &from_user, pid);
}

/*
 * Read and/or set the action for sig.  SIGKILL and SIGSTOP keep their
 * default action and are never masked in a handler.  A pending signal
 * that becomes ignored (SIG_IGN, or the default for SIGCHLD, SIGCONT,
 * SIGWINCH) is discarded.
 */
/// §6.4：读取和设置信号 sig 的处理方式。2.4.0: kernel/signal.c do_sigaction()
/// SIGKILL、SIGSTOP 的处理方式不许改；处理函数执行期间也不许屏蔽它们。POSIX 规定：设为 SIG_IGN，或设为
/// 缺省动作本来就是忽略的 SIG_DFL（SIGCHLD 等），挂着的该信号要作废。
int do_sigaction(int sig, const struct k_sigaction *act,
		 struct k_sigaction *oact)
{
	struct k_sigaction *slot;

	if (sig < 1 || sig > _NSIG)
		return -EINVAL;
	if (act && (sig == SIGKILL || sig == SIGSTOP))
		return -EINVAL;

	slot = &current->sig->action[sig - 1];
	spin_lock(&current->sig->siglock);

	if (oact != NULL)
		*oact = *slot;

	if (act != NULL) {
		int now_ignored;

		*slot = *act;
		sigdelsetmask(&slot->sa.sa_mask,
			      sigmask(SIGKILL) | sigmask(SIGSTOP));

		now_ignored = slot->sa.sa_handler == SIG_IGN;
		if (slot->sa.sa_handler == SIG_DFL)
			now_ignored = sig == SIGCONT || sig == SIGCHLD ||
				      sig == SIGWINCH;
		if (now_ignored) {
			int dropped;

			spin_lock_irq(&current->sigmask_lock);
			dropped = rm_sig_from_queue(sig, current);
			if (dropped)
				recalc_sigpending(current);
			spin_unlock_irq(&current->sigmask_lock);
		}
	}

	spin_unlock(&current->sig->siglock);
	return 0;
}

/* The old one-word forms, for signals 1-32. */
/// §6.4：系统调用 sigpending（73），一个字的旧格式。2.4.0: kernel/signal.c sys_sigpending()
asmlinkage long sys_sigpending(old_sigset_t *set)
{
	return do_sigpending(set, sizeof(*set));
}

/// §6.4：系统调用 sigprocmask（126），一个字（信号 1-32）的旧格式。2.4.0: kernel/signal.c sys_sigprocmask()
asmlinkage long sys_sigprocmask(int how, old_sigset_t *set,
				old_sigset_t *oset)
{
	old_sigset_t prev, req;
	int err = 0;

	if (set == NULL) {
		if (oset == NULL)
			return 0;
		prev = current->blocked.sig[0];	/* one word: no lock */
	} else {
		if (copy_from_user(&req, set, sizeof(req)))
			return -EFAULT;
		req &= ~(sigmask(SIGKILL) | sigmask(SIGSTOP));

		spin_lock_irq(&current->sigmask_lock);
		prev = current->blocked.sig[0];
		if (how == SIG_BLOCK)
			sigaddsetmask(&current->blocked, req);
		else if (how == SIG_UNBLOCK)
			sigdelsetmask(&current->blocked, req);
		else if (how == SIG_SETMASK)
			current->blocked.sig[0] = req;
		else
			err = -EINVAL;
		recalc_sigpending(current);
		spin_unlock_irq(&current->sigmask_lock);
		if (err)
			return err;
	}

	if (oset != NULL && copy_to_user(oset, &prev, sizeof(prev)))
		return -EFAULT;
	return 0;
}

/// §6.4：系统调用 rt_sigaction（174）。2.4.0: kernel/signal.c sys_rt_sigaction()
asmlinkage long sys_rt_sigaction(int sig, const struct sigaction *act,
				 struct sigaction *oact, size_t sigsetsize)
{
	struct k_sigaction want, had;
	int ret;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (act != NULL && copy_from_user(&want.sa, act, sizeof(want.sa)))
		return -EFAULT;

	ret = do_sigaction(sig, act ? &want : NULL, oact ? &had : NULL);
	if (ret == 0 && oact != NULL &&
	    copy_to_user(oact, &had.sa, sizeof(had.sa)))
		return -EFAULT;
	return ret;
}

/* signal(): a one-shot handler that does not block itself (SysV). */
/// §6.4：系统调用 signal（48），System V 的语义：处理函数只管一次（SA_ONESHOT），执行时不屏蔽本信号（SA_NOMASK）。
/// 2.4.0: kernel/signal.c sys_signal()
/// 与 2.4.0 的小差别：2.4.0 没有给 sa_mask 赋初值（用的是堆栈上的随机内容，执行处理函数时可能屏蔽了别的信号），
/// 本移植把它清零。
asmlinkage unsigned long sys_signal(int sig, __sighandler_t handler)
{
	struct k_sigaction new_sa, old_sa;
	int ret;

	new_sa.sa.sa_handler = handler;
	new_sa.sa.sa_flags = SA_ONESHOT | SA_NOMASK;
	sigemptyset(&new_sa.sa.sa_mask);

	ret = do_sigaction(sig, &new_sa, &old_sa);

	return ret ? ret : (unsigned long) old_sa.sa.sa_handler;
}
