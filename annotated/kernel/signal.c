// SPDX-License-Identifier: GPL-2.0-only
/*
 * Posting signals to a task.  The page-fault handler uses it to send
 * SIGSEGV (越界访问) and SIGBUS.  Port: only the posting half: the
 * signal is recorded in the task's pending set and the task is marked
 * (sigpending); siginfo is not queued, and nothing delivers signals yet
 * (no do_signal on the way back to user mode, no handlers).
 * 情景分析 §2.4.  Follows Linux 2.4.0 kernel/signal.c.
 */
/// §2.4 越界访问：用户态的越界访问以 SIGSEGV 结束，所以页面异常处理需要“给进程发信号”。
/// 本移植只有发信号的一半：把信号记进进程的 pending.signal 位图，置 sigpending；2.4.0 还会把 siginfo 排进队列
/// （struct sigqueue），并由返回用户态前的 do_signal 投递（缺省动作对 SIGSEGV 是产生 core 并结束进程）。
/// 这些都随进程管理再移植；目前还没有用户进程，这里的信号不会被投递。
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/errno.h>

/*
 * Post sig to t.  info is the cause (or 0/1 for a signal from the
 * user/the kernel, as in 2.4.0).  Returns 0, or -EINVAL for a bad
 * signal number.
 */
/// §2.4：发送信号 sig 给进程 t。2.4.0: kernel/signal.c send_sig_info()
/// 2.4.0 的完整步骤：检查信号号与权限 → 停止/继续类信号的特殊处理 → 被忽略就丢掉 → 已挂着的非实时信号不再重复 →
/// send_signal 排队 siginfo → signal_wake_up（置 sigpending、唤醒可中断睡眠的进程）。
/// 本移植只做：信号号检查、置位、置 sigpending。info 为 0/1 时表示“来自用户/来自内核”（2.4.0 的约定）。
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
/// §2.4：“强加”的信号：进程因自己的错误（如越界访问）引起，不允许屏蔽。2.4.0: kernel/signal.c force_sig_info()
/// 2.4.0 先把被忽略的处理程序改回缺省（SIG_DFL），从 blocked 中去掉该信号，再 send_sig_info。
/// 本移植还没有信号处理程序表，只做“解除屏蔽”。do_page_fault 用它发 SIGSEGV/SIGBUS。
int force_sig_info(int sig, struct siginfo *info, struct task_struct *t)
{
	if (sig > 0 && sig <= _NSIG)
		sigdelset(&t->blocked, sig);
	return send_sig_info(sig, info, t);
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
