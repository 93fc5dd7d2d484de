// SPDX-License-Identifier: GPL-2.0-only
/*
 * Task exit.
 * Follows Linux 2.4.0 kernel/exit.c.  Only the boot task exists so far:
 * its death is fatal, exactly as in 2.4.0 (the idle task must not die).
 */
#include <linux/kernel.h>
#include <linux/sched.h>

NORET_TYPE void do_exit(long code)
{
	if (!current->pid)
		panic("Attempted to kill the idle task!");
	panic("do_exit: no processes in this kernel yet (pid %d)",
	      current->pid);
}
