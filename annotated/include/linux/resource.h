/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Resource limits: a soft (current) and a hard (maximum) value per
 * RLIMIT_* kind.  Only struct rlimit so far (no rusage, no priorities).
 * 情景分析 §2.12, §2.13.  Follows Linux 2.4.0 include/linux/resource.h.
 */
#ifndef _LINUX_RESOURCE_H
#define _LINUX_RESOURCE_H

/// §2.12 每种资源一对限制：rlim_cur 是当前起作用的（软）限制，rlim_max 是它能调到的上限。
struct rlimit {
	unsigned long rlim_cur;
	unsigned long rlim_max;
};

#include <asm/resource.h>

#endif /* _LINUX_RESOURCE_H */
