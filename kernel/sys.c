// SPDX-License-Identifier: GPL-2.0-only
/*
 * System calls that are not implemented answer -ENOSYS.
 * Follows sys_ni_syscall() of Linux 2.4.0 kernel/sys.c.
 */
#include <linux/kernel.h>
#include <linux/errno.h>

asmlinkage long sys_ni_syscall(void)
{
	return -ENOSYS;
}
