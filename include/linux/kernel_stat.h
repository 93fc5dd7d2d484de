/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * System-wide activity counters, read by /proc/stat.
 * Follows Linux 2.4.0 include/linux/kernel_stat.h.  Port: only the two
 * swap counters (pages read from and written to swap areas); the CPU
 * times, disk, paging, interrupt, network and context-switch counters
 * are left out (the port has no code that would keep them).
 */
#ifndef _LINUX_KERNEL_STAT_H
#define _LINUX_KERNEL_STAT_H

struct kernel_stat {
	unsigned int pswpin, pswpout;
};

extern struct kernel_stat kstat;

#endif /* _LINUX_KERNEL_STAT_H */
