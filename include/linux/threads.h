/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Limits on CPUs and processes.
 * Follows Linux 2.4.0 include/linux/threads.h.
 */
#ifndef _LINUX_THREADS_H
#define _LINUX_THREADS_H

#include <linux/config.h>

#ifdef CONFIG_SMP
#define NR_CPUS		32
#else
#define NR_CPUS		1
#endif

/* Process slots kept back so that root can still log in. */
#define MIN_THREADS_LEFT_FOR_ROOT	4

/* PIDs wrap around below this. */
#define PID_MAX		0x8000

#endif
