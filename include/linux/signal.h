/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A task's pending signals and the calls that post one.  So far only
 * posting (kernel/signal.c); queued siginfo, handlers and delivery come
 * with processes.
 * 情景分析 §2.4.  Follows Linux 2.4.0 include/linux/signal.h.
 */
#ifndef _LINUX_SIGNAL_H
#define _LINUX_SIGNAL_H

#include <asm/signal.h>
#include <asm/siginfo.h>

#ifdef __KERNEL__

/* A queued siginfo (not used yet: see kernel/signal.c). */
struct sigqueue {
	struct sigqueue *next;
	siginfo_t info;
};

/* The signals posted to a task and not yet delivered. */
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
