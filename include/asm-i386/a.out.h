/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The top of a new program's stack: the end of user space.
 * Follows Linux 2.4.0 include/asm-i386/a.out.h (the a.out header itself
 * is not ported: only ELF programs run).
 */
#ifndef __I386_A_OUT_H__
#define __I386_A_OUT_H__

#ifdef __KERNEL__
#define STACK_TOP	TASK_SIZE
#endif

#endif
