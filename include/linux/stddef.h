/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * NULL and offsetof.
 * Follows Linux 2.4.0 include/linux/stddef.h.
 */
#ifndef _LINUX_STDDEF_H
#define _LINUX_STDDEF_H

#undef NULL
#define NULL ((void *)0)

#undef offsetof
#define offsetof(TYPE, MEMBER) __builtin_offsetof(TYPE, MEMBER)

#endif
