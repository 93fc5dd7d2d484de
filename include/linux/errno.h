/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Error numbers: the architecture's list, plus the kernel-internal ones
 * a system call interrupted by a signal returns (user space never sees
 * them: do_signal() restarts the call or turns them into -EINTR).
 * Follows Linux 2.4.0 include/linux/errno.h.
 */
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
