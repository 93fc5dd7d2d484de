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
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/errno.h>
#include <linux/slab.h>
#include <asm/uaccess.h>

/* Forget every posted signal (the port keeps no siginfo queue). */
static void flush_sigqueue(struct sigpending *queue)
{
	sigemptyset(&queue->signal);
	queue->head = NULL;
	queue->tail = &queue->head;
}

/* Forget every signal posted to t. */
void flush_signals(struct task_struct *t)
{
	t->sigpending = 0;
	flush_sigqueue(&t->pending);
}

/* The task is exiting: drop its handler table and its signals. */
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
static void handle_stop_signal(int sig, struct task_struct *t)
{
	static const int stop_sigs[] = { SIGSTOP, SIGTSTP, SIGTTOU, SIGTTIN };
	int n;

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
static inline void signal_wake_up(struct task_struct *t)
{
	t->sigpending = 1;
	if (t->state & TASK_INTERRUPTIBLE)
		wake_up_process(t);
}

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
int send_sig(int sig, struct task_struct *p, int priv)
{
	return send_sig_info(sig, (void *) (long) (priv != 0), p);
}

void force_sig(int sig, struct task_struct *p)
{
	force_sig_info(sig, (void *) 1L, p);
}

int kill_pg(pid_t pgrp, int sig, int priv)
{
	return kill_pg_info(sig, (void *) (long) (priv != 0), pgrp);
}

int kill_proc(pid_t pid, int sig, int priv)
{
	return kill_proc_info(sig, (void *) (long) (priv != 0), pid);
}

/* Wake the parent if it sleeps in wait4(). */
static void wake_up_parent(struct task_struct *parent)
{
	wake_up_interruptible(&parent->wait_chldexit);
}

/*
 * Tell tsk's parent that tsk stopped or died: sig (normally SIGCHLD)
 * with the reason (exited with a value, killed by a signal) in the
 * siginfo, and a wake-up for wait4().  Called with tasklist_lock held.
 */
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

asmlinkage long sys_rt_sigpending(sigset_t *set, size_t sigsetsize)
{
	return do_sigpending(set, sigsetsize);
}

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
asmlinkage long sys_sigpending(old_sigset_t *set)
{
	return do_sigpending(set, sizeof(*set));
}

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
