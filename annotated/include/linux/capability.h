/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * POSIX capabilities: the privileges a task holds, one bit each.  Only
 * the kernel-side type and the bits the memory manager asks about so far.
 * 情景分析 §2.13 (mlock).  Follows Linux 2.4.0 include/linux/capability.h.
 */
#ifndef _LINUX_CAPABILITY_H
#define _LINUX_CAPABILITY_H

#include <linux/types.h>

#ifdef __KERNEL__

/// §2.13 进程的权能（capability）：把超级用户的特权拆成一项项，每项一位。
/// mlock() 要求 CAP_IPC_LOCK。
typedef __u32 kernel_cap_t;

#define CAP_KILL	5	/* signal any process */
#define CAP_SETPCAP	8	/* transfer capabilities */
#define CAP_IPC_LOCK	14	/* mlock, mlockall, SHM_LOCK */
#define CAP_SYS_RAWIO	17	/* ioperm, iopl, raw devices */
#define CAP_SYS_ADMIN	21	/* swapon, swapoff, ... */
#define CAP_SYS_BOOT	22	/* reboot() */
#define CAP_SYS_RESOURCE	24	/* raise resource limits */

#define CAP_TO_MASK(x)		(1 << (x))
#define cap_t(x)		(x)
#define cap_raised(c, flag)	(cap_t(c) & CAP_TO_MASK(flag))

#define CAP_EMPTY_SET		0
#define CAP_FULL_SET		(~0)
/* What init starts with: everything but giving capabilities away. */
/// init 进程具有除 CAP_SETPCAP 以外的全部权能。
#define CAP_INIT_EFF_SET	(~0 & ~CAP_TO_MASK(CAP_SETPCAP))
#define CAP_INIT_INH_SET	0

#endif /* __KERNEL__ */

#endif /* _LINUX_CAPABILITY_H */
