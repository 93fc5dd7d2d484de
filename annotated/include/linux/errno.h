/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Error numbers: the architecture's list, plus the kernel-internal ones
 * a system call interrupted by a signal returns (user space never sees
 * them: do_signal() restarts the call or turns them into -EINTR).
 * Follows Linux 2.4.0 include/linux/errno.h.
 */
/// 体系结构无关的入口，数值由 asm/errno.h 给出。2.4.0: include/linux/errno.h
/// 另有几个只在内核内部使用、不会返回给用户的错误码：被信号打断的系统调用返回它们，do_signal（§6.4）
/// 据此决定重做这个系统调用还是返回 -EINTR。数值与 2.4.0 相同。
#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

#include <asm/errno.h>

#ifdef __KERNEL__

#define ERESTARTSYS	512	/* restart if the handler has SA_RESTART */
#define ERESTARTNOINTR	513	/* always restart */
#define ERESTARTNOHAND	514	/* restart if no handler ran */
#define ENOIOCTLCMD	515

#endif

#endif
