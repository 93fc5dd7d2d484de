/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What test_proc.c sees of shim/proc_host.c: the process checks, which are
 * kernel code (they build task_structs, mm_structs and files_structs) run
 * one by one on the stack of a pretend task.  Each returns NULL or the
 * first condition that failed, with its line in proc_host.c.
 */
#ifndef _TESTS_HOST_PROC_HOST_H
#define _TESTS_HOST_PROC_HOST_H

extern int host_proc_count(void);
extern const char *host_proc_name(int i);
extern const char *host_proc_run(int i);

#endif /* _TESTS_HOST_PROC_HOST_H */
