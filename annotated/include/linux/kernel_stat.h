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

/// §2.8、§2.9（对照）：2.4.0 的 struct kernel_stat 还有每个 CPU 的用户/nice/系统时间、磁盘读写、
/// pgpgin/pgpgout、中断、网络包和上下文切换等计数；本移植只有交换的两个：pswpin（读入的页面）、
/// pswpout（写出的页面），在 mm/page_io.c 里计数，在 /proc/stat 的 swap 行显示。
struct kernel_stat {
	unsigned int pswpin, pswpout;
};

extern struct kernel_stat kstat;

#endif /* _LINUX_KERNEL_STAT_H */
