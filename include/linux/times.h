/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The CPU times of a process and of its waited-for children, in ticks.
 * Follows Linux 2.4.0 include/linux/times.h.
 */
#ifndef _LINUX_TIMES_H
#define _LINUX_TIMES_H

#include <linux/types.h>

struct tms {
	clock_t tms_utime;	/* user mode */
	clock_t tms_stime;	/* kernel mode */
	clock_t tms_cutime;	/* children, user mode */
	clock_t tms_cstime;	/* children, kernel mode */
};

#endif
