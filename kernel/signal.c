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
	struct signal_struct *sig = tsk->sig;

	spin_lock_irq(&tsk->sigmask_lock);
	if (sig) {
		tsk->sig = NULL;
		if (atomic_dec_and_test(&sig->count))
			kmem_cache_free(sigact_cachep, sig);
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
	int i;
	struct k_sigaction *ka = &t->sig->action[0];

	for (i = _NSIG; i != 0; i--) {
		if (ka->sa.sa_handler != SIG_IGN)
			ka->sa.sa_handler = SIG_DFL;
		ka->sa.sa_flags = 0;
		sigemptyset(&ka->sa.sa_mask);
		ka++;
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
	if (sigismember(&list->signal, sig)) {
		sigdelset(&list->signal, sig);
		info->si_signo = sig;
		info->si_errno = 0;
		info->si_code = 0;
		info->si_pid = 0;
		info->si_uid = 0;
		return 1;
	}
	return 0;
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
	return (!info || ((unsigned long) info != 1 && info->si_code <= 0))
	    && ((sig != SIGCONT) || (current->session != t->session))
	    && (current->euid ^ t->suid) && (current->euid ^ t->uid)
	    && (current->uid ^ t->suid) && (current->uid ^ t->uid)
	    && !capable(CAP_KILL);
}

/*
 * 1 if posting sig to a task with these handlers matters, 0 if it would
 * be dropped: a caught signal always matters; an ignored one only for
 * SIGCHLD (SIG_IGN there means "reap my children", done by do_signal);
 * by default SIGCONT, SIGCHLD and SIGWINCH are ignored.
 */
static int signal_type(int sig, struct signal_struct *signals)
{
	unsigned long handler;

	if (!signals)
		return 0;

	handler = (unsigned long) signals->action[sig - 1].sa.sa_handler;
	if (handler > 1)
		return 1;

	if (handler == 1)
		return sig == SIGCHLD;

	switch (sig) {
	case SIGCONT: case SIGCHLD: case SIGWINCH:
		return 0;
	}
	return 1;
}

/* Drop the signal at once if nobody would act on it. */
static int ignored_signal(int sig, struct task_struct *t)
{
	if ((t->ptrace & PT_PTRACED) || sigismember(&t->blocked, sig))
		return 0;
	return signal_type(sig, t->sig) == 0;
}

/*
 * Stop and continue cancel each other: SIGKILL and SIGCONT wake a
 * stopped task and discard pending stop signals; a stop signal
 * discards a pending SIGCONT.
 */
static void handle_stop_signal(int sig, struct task_struct *t)
{
	switch (sig) {
	case SIGKILL: case SIGCONT:
		if (t->state == TASK_STOPPED)
			wake_up_process(t);
		t->exit_code = 0;
		rm_sig_from_queue(SIGSTOP, t);
		rm_sig_from_queue(SIGTSTP, t);
		rm_sig_from_queue(SIGTTOU, t);
		rm_sig_from_queue(SIGTTIN, t);
		break;
	case SIGSTOP: case SIGTSTP:
	case SIGTTIN: case SIGTTOU:
		rm_sig_from_queue(SIGCONT, t);
		break;
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
	int ret;

	ret = -EINVAL;
	if (sig < 0 || sig > _NSIG)
		goto out_nolock;
	ret = -EPERM;
	if (bad_signal(sig, info, t))
		goto out_nolock;

	ret = 0;
	if (!sig || !t->sig)
		goto out_nolock;

	spin_lock_irqsave(&t->sigmask_lock, flags);
	handle_stop_signal(sig, t);

	if (ignored_signal(sig, t))
		goto out;

	if (sig < SIGRTMIN && sigismember(&t->pending.signal, sig))
		goto out;

	ret = deliver_signal(sig, info, t);
out:
	spin_unlock_irqrestore(&t->sigmask_lock, flags);
	if ((t->state & TASK_INTERRUPTIBLE) && signal_pending(t))
		wake_up_process(t);
out_nolock:
	return ret;
}

/*
 * A signal the task may not refuse (a fault it caused): an ignored
 * handler is reset to the default and the signal unblocked first.
 */
int force_sig_info(int sig, struct siginfo *info, struct task_struct *t)
{
	unsigned long flags;

	spin_lock_irqsave(&t->sigmask_lock, flags);
	if (t->sig == NULL) {
		spin_unlock_irqrestore(&t->sigmask_lock, flags);
		return -ESRCH;
	}

	if (t->sig->action[sig - 1].sa.sa_handler == SIG_IGN)
		t->sig->action[sig - 1].sa.sa_handler = SIG_DFL;
	sigdelset(&t->blocked, sig);
	recalc_sigpending(t);
	spin_unlock_irqrestore(&t->sigmask_lock, flags);

	return send_sig_info(sig, info, t);
}

/* Every task of process group pgrp. */
int kill_pg_info(int sig, struct siginfo *info, pid_t pgrp)
{
	int retval = -EINVAL;

	if (pgrp > 0) {
		struct task_struct *p;

		retval = -ESRCH;
		read_lock(&tasklist_lock);
		for_each_task(p) {
			if (p->pgrp == pgrp) {
				int err = send_sig_info(sig, info, p);

				if (retval)
					retval = err;
			}
		}
		read_unlock(&tasklist_lock);
	}
	return retval;
}

/* The task with this pid. */
int kill_proc_info(int sig, struct siginfo *info, pid_t pid)
{
	int error;
	struct task_struct *p;

	read_lock(&tasklist_lock);
	p = find_task_by_pid(pid);
	error = -ESRCH;
	if (p)
		error = send_sig_info(sig, info, p);
	read_unlock(&tasklist_lock);
	return error;
}

/*
 * kill()'s targets: pid > 0 that task; 0 our process group; -1 every
 * task but init and ourselves; < -1 process group -pid.
 */
int kill_something_info(int sig, struct siginfo *info, int pid)
{
	if (!pid) {
		return kill_pg_info(sig, info, current->pgrp);
	} else if (pid == -1) {
		int retval = 0, count = 0;
		struct task_struct *p;

		read_lock(&tasklist_lock);
		for_each_task(p) {
			if (p->pid > 1 && p != current) {
				int err = send_sig_info(sig, info, p);

				++count;
				if (err != -EPERM)
					retval = err;
			}
		}
		read_unlock(&tasklist_lock);
		return count ? retval : -ESRCH;
	} else if (pid < 0) {
		return kill_pg_info(sig, info, -pid);
	} else {
		return kill_proc_info(sig, info, pid);
	}
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
	struct siginfo info;
	int why, status;

	info.si_signo = sig;
	info.si_errno = 0;
	info.si_pid = tsk->pid;
	info.si_uid = tsk->uid;
	info.si_utime = tsk->times.tms_utime;
	info.si_stime = tsk->times.tms_stime;

	status = tsk->exit_code & 0x7f;
	why = SI_KERNEL;
	switch (tsk->state) {
	case TASK_STOPPED:
		if (tsk->ptrace & PT_PTRACED)
			why = CLD_TRAPPED;
		else
			why = CLD_STOPPED;
		break;
	default:
		if (tsk->exit_code & 0x80)
			why = CLD_DUMPED;
		else if (tsk->exit_code & 0x7f)
			why = CLD_KILLED;
		else {
			why = CLD_EXITED;
			status = tsk->exit_code >> 8;
		}
		break;
	}
	info.si_code = why;
	info.si_status = status;

	send_sig_info(sig, &info, tsk->p_pptr);
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
	int error = -EINVAL;
	sigset_t old_set, new_set;

	if (sigsetsize != sizeof(sigset_t))
		goto out;

	if (set) {
		error = -EFAULT;
		if (copy_from_user(&new_set, set, sizeof(*set)))
			goto out;
		sigdelsetmask(&new_set, sigmask(SIGKILL) | sigmask(SIGSTOP));

		spin_lock_irq(&current->sigmask_lock);
		old_set = current->blocked;

		error = 0;
		switch (how) {
		default:
			error = -EINVAL;
			break;
		case SIG_BLOCK:
			current->blocked.sig[0] |= new_set.sig[0];
			current->blocked.sig[1] |= new_set.sig[1];
			break;
		case SIG_UNBLOCK:
			current->blocked.sig[0] &= ~new_set.sig[0];
			current->blocked.sig[1] &= ~new_set.sig[1];
			break;
		case SIG_SETMASK:
			current->blocked = new_set;
			break;
		}

		recalc_sigpending(current);
		spin_unlock_irq(&current->sigmask_lock);
		if (error)
			goto out;
		if (oset)
			goto set_old;
	} else if (oset) {
		spin_lock_irq(&current->sigmask_lock);
		old_set = current->blocked;
		spin_unlock_irq(&current->sigmask_lock);

	set_old:
		error = -EFAULT;
		if (copy_to_user(oset, &old_set, sizeof(*oset)))
			goto out;
	}
	error = 0;
out:
	return error;
}

/* The pending signals that are blocked. */
static long do_sigpending(void *set, unsigned long sigsetsize)
{
	long error = -EINVAL;
	sigset_t pending;

	if (sigsetsize > sizeof(sigset_t))
		goto out;

	spin_lock_irq(&current->sigmask_lock);
	pending.sig[0] = current->blocked.sig[0] &
			 current->pending.signal.sig[0];
	pending.sig[1] = current->blocked.sig[1] &
			 current->pending.signal.sig[1];
	spin_unlock_irq(&current->sigmask_lock);

	error = -EFAULT;
	if (!copy_to_user(set, &pending, sigsetsize))
		error = 0;
out:
	return error;
}

asmlinkage long sys_rt_sigpending(sigset_t *set, size_t sigsetsize)
{
	return do_sigpending(set, sigsetsize);
}

asmlinkage long sys_kill(int pid, int sig)
{
	struct siginfo info;

	info.si_signo = sig;
	info.si_errno = 0;
	info.si_code = SI_USER;
	info.si_pid = current->pid;
	info.si_uid = current->uid;

	return kill_something_info(sig, &info, pid);
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
	struct k_sigaction *k;

	if (sig < 1 || sig > _NSIG ||
	    (act && (sig == SIGKILL || sig == SIGSTOP)))
		return -EINVAL;

	k = &current->sig->action[sig - 1];

	spin_lock(&current->sig->siglock);

	if (oact)
		*oact = *k;

	if (act) {
		*k = *act;
		sigdelsetmask(&k->sa.sa_mask,
			      sigmask(SIGKILL) | sigmask(SIGSTOP));

		if (k->sa.sa_handler == SIG_IGN ||
		    (k->sa.sa_handler == SIG_DFL &&
		     (sig == SIGCONT || sig == SIGCHLD || sig == SIGWINCH))) {
			spin_lock_irq(&current->sigmask_lock);
			if (rm_sig_from_queue(sig, current))
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
	int error;
	old_sigset_t old_set, new_set;

	if (set) {
		error = -EFAULT;
		if (copy_from_user(&new_set, set, sizeof(*set)))
			goto out;
		new_set &= ~(sigmask(SIGKILL) | sigmask(SIGSTOP));

		spin_lock_irq(&current->sigmask_lock);
		old_set = current->blocked.sig[0];

		error = 0;
		switch (how) {
		default:
			error = -EINVAL;
			break;
		case SIG_BLOCK:
			sigaddsetmask(&current->blocked, new_set);
			break;
		case SIG_UNBLOCK:
			sigdelsetmask(&current->blocked, new_set);
			break;
		case SIG_SETMASK:
			current->blocked.sig[0] = new_set;
			break;
		}

		recalc_sigpending(current);
		spin_unlock_irq(&current->sigmask_lock);
		if (error)
			goto out;
		if (oset)
			goto set_old;
	} else if (oset) {
		old_set = current->blocked.sig[0];
	set_old:
		error = -EFAULT;
		if (copy_to_user(oset, &old_set, sizeof(*oset)))
			goto out;
	}
	error = 0;
out:
	return error;
}

asmlinkage long sys_rt_sigaction(int sig, const struct sigaction *act,
				 struct sigaction *oact, size_t sigsetsize)
{
	struct k_sigaction new_sa, old_sa;
	int ret = -EINVAL;

	if (sigsetsize != sizeof(sigset_t))
		goto out;

	if (act) {
		if (copy_from_user(&new_sa.sa, act, sizeof(new_sa.sa)))
			return -EFAULT;
	}

	ret = do_sigaction(sig, act ? &new_sa : NULL, oact ? &old_sa : NULL);

	if (!ret && oact) {
		if (copy_to_user(oact, &old_sa.sa, sizeof(old_sa.sa)))
			return -EFAULT;
	}
out:
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
