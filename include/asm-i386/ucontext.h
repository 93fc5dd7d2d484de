/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The user context an SA_SIGINFO handler gets (third argument).
 * Follows Linux 2.4.0 include/asm-i386/ucontext.h.
 */
#ifndef _ASMi386_UCONTEXT_H
#define _ASMi386_UCONTEXT_H

#include <asm/sigcontext.h>
#include <asm/signal.h>

/* A signal stack (sigaltstack is not ported: always empty here). */
typedef struct sigaltstack {
	void *ss_sp;
	int ss_flags;
	size_t ss_size;
} stack_t;

struct ucontext {
	unsigned long	  uc_flags;
	struct ucontext  *uc_link;
	stack_t		  uc_stack;
	struct sigcontext uc_mcontext;
	sigset_t	  uc_sigmask;	/* mask last for extensibility */
};

#endif
