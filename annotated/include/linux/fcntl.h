/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * open() flags: the architecture's list.
 * Follows Linux 2.4.0 include/linux/fcntl.h.
 */
#ifndef _LINUX_FCNTL_H
#define _LINUX_FCNTL_H

#include <asm/fcntl.h>

#endif
