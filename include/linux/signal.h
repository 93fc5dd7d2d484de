/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A task's pending signals, signal sets, and the calls that post a
 * signal (kernel/signal.c).
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

/* The bit of signal sig in the first word of a set. */
#define sigmask(sig)	(1UL << ((sig) - 1))

static inline void sigemptyset(sigset_t *set)
{
	int i;

	for (i = 0; i < _NSIG_WORDS; i++)
		set->sig[i] = 0;
}

static inline void sigfillset(sigset_t *set)
{
	int i;

	for (i = 0; i < _NSIG_WORDS; i++)
		set->sig[i] = -1;
}

/* Signals 1-32 only: the first word. */
static inline void sigaddsetmask(sigset_t *set, unsigned long mask)
{
	set->sig[0] |= mask;
}

static inline void sigdelsetmask(sigset_t *set, unsigned long mask)
{
	set->sig[0] &= ~mask;
}

static inline void siginitset(sigset_t *set, unsigned long mask)
{
	int i;

	set->sig[0] = mask;
	for (i = 1; i < _NSIG_WORDS; i++)
		set->sig[i] = 0;
}

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
