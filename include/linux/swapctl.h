/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Tunables of the page cache, the buffer cache, the free-page targets and
 * the swap daemon.
 * 情景分析 §2.7, §2.8.  Follows Linux 2.4.0 include/linux/swapctl.h.
 */
#ifndef _LINUX_SWAPCTL_H
#define _LINUX_SWAPCTL_H

/* Shares of physical memory, in percent. */
typedef struct buffer_mem_v1 {
	unsigned int min_percent;
	unsigned int borrow_percent;
	unsigned int max_percent;
} buffer_mem_v1;
typedef buffer_mem_v1 buffer_mem_t;
extern buffer_mem_t buffer_mem;
extern buffer_mem_t page_cache;

/*
 * System-wide free-page targets, in pages: the sums of every zone's
 * pages_min, pages_low and pages_high (free_area_init_core adds them up).
 */
typedef struct freepages_v1 {
	unsigned int min;
	unsigned int low;
	unsigned int high;
} freepages_v1;
typedef freepages_v1 freepages_t;
extern freepages_t freepages;

typedef struct pager_daemon_v1 {
	unsigned int tries_base;
	unsigned int tries_min;
	unsigned int swap_cluster;
} pager_daemon_v1;
typedef pager_daemon_v1 pager_daemon_t;
extern pager_daemon_t pager_daemon;

#endif /* _LINUX_SWAPCTL_H */
