// SPDX-License-Identifier: GPL-2.0-only
/*
 * The tick count.
 * Follows Linux 2.4.0 kernel/timer.c (jiffies and do_timer only; the
 * timer lists are not ported).
 */
#include <linux/kernel.h>
#include <linux/interrupt.h>

volatile unsigned long jiffies;

void do_timer(struct pt_regs *regs)
{
	(*(unsigned long *)&jiffies)++;
}
