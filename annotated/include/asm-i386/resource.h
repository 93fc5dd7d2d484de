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
/// §2.12 brk() 检查数据段不超过 RLIMIT_DATA；mmap()、brk()、mremap() 检查整个地址空间不超过 RLIMIT_AS，
/// 锁定的内存不超过 RLIMIT_MEMLOCK；堆栈扩展检查 RLIMIT_STACK。
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
/// init 进程的资源限制，以后的进程都从它继承：除了堆栈（8MB）、core 文件（0）、进程数和打开文件数，
/// 其余都不限制。
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
