/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A task's pending signals and the calls that post one.  So far only
 * posting (kernel/signal.c); queued siginfo, handlers and delivery come
 * with processes.
 * 情景分析 §2.4.  Follows Linux 2.4.0 include/linux/signal.h.
 */
/// §2.4 越界访问：进程“挂着的信号”的数据结构，和发信号的函数原型。2.4.0: include/linux/signal.h
/// 2.4.0 的本文件还有 sigemptyset、sigfillset、siginitset 等一组信号集操作和 k_sigaction 等，以后再加。
#ifndef _LINUX_SIGNAL_H
#define _LINUX_SIGNAL_H

#include <asm/signal.h>
#include <asm/siginfo.h>

#ifdef __KERNEL__

/* A queued siginfo (not used yet: see kernel/signal.c). */
/// 一个排队的 siginfo：2.4.0 的 send_signal 把它挂到 task->pending 的队列上。本移植尚未使用。
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

struct task_struct;

extern int send_sig_info(int, struct siginfo *, struct task_struct *);
extern int force_sig_info(int, struct siginfo *, struct task_struct *);
extern int send_sig(int, struct task_struct *, int);
extern void force_sig(int, struct task_struct *);

#endif /* __KERNEL__ */

#endif /* _LINUX_SIGNAL_H */
