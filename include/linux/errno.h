/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Error numbers: the architecture's list.
 * Follows Linux 2.4.0 include/linux/errno.h.
 */
#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

#include <asm/errno.h>

#endif
