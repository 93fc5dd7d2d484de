/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Error numbers: the architecture's list.
 * Follows Linux 2.4.0 include/linux/errno.h.
 */
/// 体系结构无关的入口，数值由 asm/errno.h 给出。2.4.0: include/linux/errno.h
/// 2.4.0 这里还定义了几个只在内核内部使用、不会返回给用户的错误码（如重新启动系统调用用的那几个），
/// 本移植还没有信号处理，不需要。
#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

#include <asm/errno.h>

#endif
