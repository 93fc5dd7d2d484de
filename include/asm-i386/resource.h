/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The per-process resource limits (getrlimit/setrlimit) of i386 and
 * what the first task starts with.
 * 情景分析 §2.12, §2.13.  Follows Linux 2.4.0 include/asm-i386/resource.h.
 */
#ifndef _I386_RESOURCE_H
#define _I386_RESOURCE_H

#define RLIMIT_CPU	0	/* CPU time in seconds */
#define RLIMIT_FSIZE	1	/* largest file */
#define RLIMIT_DATA	2	/* data segment (brk) */
#define RLIMIT_STACK	3	/* stack */
#define RLIMIT_CORE	4	/* core file */
#define RLIMIT_RSS	5	/* resident pages */
#define RLIMIT_NPROC	6	/* processes */
#define RLIMIT_NOFILE	7	/* open files */
#define RLIMIT_MEMLOCK	8	/* bytes locked in memory */
#define RLIMIT_AS	9	/* address space */
#define RLIMIT_LOCKS	10	/* file locks */

#define RLIM_NLIMITS	11

/* No limit at all. */
#define RLIM_INFINITY	(~0UL)

#ifdef __KERNEL__

/* init_task's limits, inherited by everything it starts. */
#define INIT_RLIMITS \
{ \
	{ RLIM_INFINITY, RLIM_INFINITY }, \
	{ RLIM_INFINITY, RLIM_INFINITY }, \
	{ RLIM_INFINITY, RLIM_INFINITY }, \
	{ _STK_LIM, RLIM_INFINITY }, \
	{ 0, RLIM_INFINITY }, \
	{ RLIM_INFINITY, RLIM_INFINITY }, \
	{ 0, 0 }, \
	{ INR_OPEN, INR_OPEN }, \
	{ RLIM_INFINITY, RLIM_INFINITY }, \
	{ RLIM_INFINITY, RLIM_INFINITY }, \
	{ RLIM_INFINITY, RLIM_INFINITY }, \
}

#endif /* __KERNEL__ */

#endif /* _I386_RESOURCE_H */
