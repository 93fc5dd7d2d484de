/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Signal numbers, the signal set type and the sigaction structures of
 * i386.
 * 情景分析 §2.4 (SIGSEGV for 越界访问).  Follows Linux 2.4.0
 * include/asm-i386/signal.h.
 */
#ifndef _ASMi386_SIGNAL_H
#define _ASMi386_SIGNAL_H

#include <linux/types.h>

/* 64 signals: 1-31 the classic ones, 32-63 real-time. */
#define _NSIG		64
#define _NSIG_BPW	32
#define _NSIG_WORDS	(_NSIG / _NSIG_BPW)

typedef unsigned long old_sigset_t;

typedef struct {
	unsigned long sig[_NSIG_WORDS];
} sigset_t;

#define SIGHUP		 1
#define SIGINT		 2
#define SIGQUIT		 3
#define SIGILL		 4
#define SIGTRAP		 5
#define SIGABRT		 6
#define SIGIOT		 6
#define SIGBUS		 7
#define SIGFPE		 8
#define SIGKILL		 9
#define SIGUSR1		10
#define SIGSEGV		11
#define SIGUSR2		12
#define SIGPIPE		13
#define SIGALRM		14
#define SIGTERM		15
#define SIGSTKFLT	16
#define SIGCHLD		17
#define SIGCONT		18
#define SIGSTOP		19
#define SIGTSTP		20
#define SIGTTIN		21
#define SIGTTOU		22
#define SIGURG		23
#define SIGXCPU		24
#define SIGXFSZ		25
#define SIGVTALRM	26
#define SIGPROF		27
#define SIGWINCH	28
#define SIGIO		29
#define SIGPOLL		SIGIO
#define SIGPWR		30
#define SIGSYS		31
#define SIGUNUSED	31

#define SIGRTMIN	32
#define SIGRTMAX	(_NSIG - 1)

/* sa_flags. */
#define SA_NOCLDSTOP	0x00000001
#define SA_NOCLDWAIT	0x00000002
#define SA_SIGINFO	0x00000004
#define SA_RESTORER	0x04000000
#define SA_ONSTACK	0x08000000
#define SA_RESTART	0x10000000
#define SA_NODEFER	0x40000000
#define SA_RESETHAND	0x80000000
#define SA_NOMASK	SA_NODEFER
#define SA_ONESHOT	SA_RESETHAND

/* sigprocmask() how. */
#define SIG_BLOCK	0
#define SIG_UNBLOCK	1
#define SIG_SETMASK	2

typedef void (*__sighandler_t)(int);

#define SIG_DFL	((__sighandler_t) 0)	/* the default action */
#define SIG_IGN	((__sighandler_t) 1)	/* ignore the signal */
#define SIG_ERR	((__sighandler_t) -1)	/* signal()'s error return */

/* sigaction() (67): a one-word mask. */
struct old_sigaction {
	__sighandler_t sa_handler;
	old_sigset_t sa_mask;
	unsigned long sa_flags;
	void (*sa_restorer)(void);
};

/* rt_sigaction() (174): the whole mask, last. */
struct sigaction {
	__sighandler_t sa_handler;
	unsigned long sa_flags;
	void (*sa_restorer)(void);
	sigset_t sa_mask;
};

struct k_sigaction {
	struct sigaction sa;
};

#ifdef __KERNEL__
/* Signal sig (1-based) is bit sig - 1 of the set: bts/btr/bt. */
static inline void sigaddset(sigset_t *set, int _sig)
{
	__asm__("btsl %1, %0" : "+m" (*set) : "Ir" (_sig - 1) : "cc");
}

static inline void sigdelset(sigset_t *set, int _sig)
{
	__asm__("btrl %1, %0" : "+m" (*set) : "Ir" (_sig - 1) : "cc");
}

static inline int sigismember(sigset_t *set, int _sig)
{
	int ret;

	__asm__("btl %2, %1\n\tsbbl %0, %0"
		: "=r" (ret) : "m" (*set), "Ir" (_sig - 1) : "cc");
	return ret;
}
#endif /* __KERNEL__ */

#endif
