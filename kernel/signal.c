// SPDX-License-Identifier: GPL-2.0-only
/*
 * Posting signals to a task.  The page-fault handler uses it to send
 * SIGSEGV (越界访问) and SIGBUS.  Port: only the posting half: the
 * signal is recorded in the task's pending set and the task is marked
 * (sigpending); siginfo is not queued, and nothing delivers signals yet
 * (no do_signal on the way back to user mode, no handlers).
 * 情景分析 §2.4.  Follows Linux 2.4.0 kernel/signal.c.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/errno.h>

/*
 * Post sig to t.  info is the cause (or 0/1 for a signal from the
 * user/the kernel, as in 2.4.0).  Returns 0, or -EINVAL for a bad
 * signal number.
 */
int send_sig_info(int sig, struct siginfo *info, struct task_struct *t)
{
	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	/* Signal 0 only asks whether t could be signalled. */
	if (!sig)
		return 0;
	sigaddset(&t->pending.signal, sig);
	/* signal_wake_up: the way back to user mode will look. */
	t->sigpending = 1;
	return 0;
}

/*
 * A signal the task may not refuse (a fault it caused): unblock it
 * first, then post it.  2.4.0 also resets an ignored handler to the
 * default; there are no handlers yet.
 */
int force_sig_info(int sig, struct siginfo *info, struct task_struct *t)
{
	if (sig > 0 && sig <= _NSIG)
		sigdelset(&t->blocked, sig);
	return send_sig_info(sig, info, t);
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
