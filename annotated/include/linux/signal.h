/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A task's pending signals, signal sets, and the calls that post a
 * signal (kernel/signal.c).
 * 情景分析 §2.4.  Follows Linux 2.4.0 include/linux/signal.h.
 */
/// §2.4 越界访问 / §6.4 信号：进程“挂着的信号”的数据结构、信号集的操作和发信号的函数原型。2.4.0: include/linux/signal.h
/// （2.4.0 的信号集二元运算 sigorsets 等由宏生成，本移植用到的地方直接按字写出。）
#ifndef _LINUX_SIGNAL_H
#define _LINUX_SIGNAL_H

#include <asm/signal.h>
#include <asm/siginfo.h>

#ifdef __KERNEL__

/* A queued siginfo (not used yet: see kernel/signal.c). */
/// 一个排队的 siginfo：2.4.0 的 send_signal 把它挂到 task->pending 的队列上。本移植不排队（kernel/signal.c），不使用它。
struct sigqueue {
	struct sigqueue *next;
	siginfo_t info;
};

/* The signals posted to a task and not yet delivered. */
/// task_struct 中的 pending：head/tail 是 sigqueue 队列（tail 指向最后一个的 next 字段，便于追加），
/// signal 是挂着的信号的位图。本移植只用 signal。
struct sigpending {
	struct sigqueue *head, **tail;
	sigset_t signal;
};

/* The bit of signal sig in the first word of a set. */
/// §6.4：信号集的操作。信号 sig 对应位图的第 sig - 1 位；sigmask 只对信号 1～32（第一个字）有意义。
#define sigmask(sig)	(1UL << ((sig) - 1))

/// §6.4：清空信号集。2.4.0: include/linux/signal.h sigemptyset()
static inline void sigemptyset(sigset_t *set)
{
	int i;

	for (i = 0; i < _NSIG_WORDS; i++)
		set->sig[i] = 0;
}

/// §6.4：全部置位。2.4.0: include/linux/signal.h sigfillset()
static inline void sigfillset(sigset_t *set)
{
	int i;

	for (i = 0; i < _NSIG_WORDS; i++)
		set->sig[i] = -1;
}

/* Signals 1-32 only: the first word. */
/// §6.4：把 mask 中的信号（1～32）加入集合。2.4.0: include/linux/signal.h sigaddsetmask()
static inline void sigaddsetmask(sigset_t *set, unsigned long mask)
{
	set->sig[0] |= mask;
}

/// §6.4：从集合中去掉 mask 中的信号。2.4.0: include/linux/signal.h sigdelsetmask()
static inline void sigdelsetmask(sigset_t *set, unsigned long mask)
{
	set->sig[0] &= ~mask;
}

/// §6.4：集合只含 mask 中的信号。2.4.0: include/linux/signal.h siginitset()
static inline void siginitset(sigset_t *set, unsigned long mask)
{
	int i;

	set->sig[0] = mask;
	for (i = 1; i < _NSIG_WORDS; i++)
		set->sig[i] = 0;
}

/// §6.4 / §4.3：没有挂着的信号（fork 的子进程不继承父进程的待处理信号）。2.4.0: include/linux/signal.h init_sigpending()
static inline void init_sigpending(struct sigpending *sig)
{
	sigemptyset(&sig->signal);
	sig->head = NULL;
	sig->tail = &sig->head;
}

struct task_struct;

extern int send_sig_info(int, struct siginfo *, struct task_struct *);
extern int force_sig_info(int, struct siginfo *, struct task_struct *);
extern int send_sig(int, struct task_struct *, int);
extern void force_sig(int, struct task_struct *);

#endif /* __KERNEL__ */

#endif /* _LINUX_SIGNAL_H */
