/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * BUG() for host tests.  The kernel's BUG() calls do_BUG(file, line) and
 * then executes ud2; shim/bug.c's do_BUG prints 2.4.0's "kernel BUG at
 * FILE:LINE!" line, records where, and calls host_bug_hook, which
 * longjmps back into the test (so ud2 is never reached).  Without a hook
 * it aborts.  Included by shim/bug.c and by the test programs.
 */
#ifndef _TESTS_HOST_BUG_H
#define _TESTS_HOST_BUG_H

extern const char *host_bug_file;	/* of the last BUG(), or NULL */
extern int host_bug_line;
extern unsigned int host_bug_count;	/* BUG()s since the program started */
extern void (*host_bug_hook)(const char *file, int line);

#ifndef __KERNEL__
#include <setjmp.h>

static jmp_buf host_bug_env __attribute__((unused));

static void __attribute__((unused, noreturn))
host_bug_jump(const char *file, int line)
{
	(void)file;
	(void)line;
	longjmp(host_bug_env, 1);
}

/*
 * HOST_BUGS(stmt) runs stmt and evaluates to 1 if it hit a BUG() (then
 * host_bug_file and host_bug_line say which), 0 if it returned normally.
 */
#define HOST_BUGS(stmt) ({					\
	volatile int __bugged = 0;				\
	host_bug_file = NULL;					\
	host_bug_line = 0;					\
	host_bug_hook = host_bug_jump;				\
	if (setjmp(host_bug_env) == 0) {			\
		stmt;						\
	} else {						\
		__bugged = 1;					\
	}							\
	host_bug_hook = NULL;					\
	__bugged;						\
})
#endif /* !__KERNEL__ */

#endif /* _TESTS_HOST_BUG_H */
