/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * current: the task_struct sits at the bottom of the 8 KB block that
 * holds the kernel stack, so rounding %esp down finds it.
 * Follows Linux 2.4.0 include/asm-i386/current.h.
 */
#ifndef _I386_CURRENT_H
#define _I386_CURRENT_H

struct task_struct;

static inline struct task_struct *get_current(void)
{
	struct task_struct *current;

	__asm__("andl %%esp,%0; " : "=r" (current) : "0" (~8191UL));
	return current;
}

#define current get_current()

#endif /* !(_I386_CURRENT_H) */
