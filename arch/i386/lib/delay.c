// SPDX-License-Identifier: GPL-2.0-only
/*
 * Delay loops.
 * Follows Linux 2.4.0 arch/i386/lib/delay.c (the loop version; no TSC).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <asm/param.h>
#include <asm/delay.h>

extern unsigned long loops_per_jiffy;

/* Spin d iterations of a two-instruction loop. */
void __delay(unsigned long loops)
{
	int d0;

	__asm__ __volatile__(
		"\tjmp 1f\n"
		".align 16\n"
		"1:\tjmp 2f\n"
		".align 16\n"
		"2:\tdecl %0\n\tjns 2b"
		: "=&a" (d0)
		: "0" (loops));
}

/* usecs * loops_per_jiffy * HZ / 1000000, in 32-bit fixed point. */
void __udelay(unsigned long usecs)
{
	unsigned long xloops = usecs * 0x000010c6;	/* 2**32 / 1000000 */
	int d0;

	__asm__("mull %0"
		: "=d" (xloops), "=&a" (d0)
		: "1" (xloops), "0" (loops_per_jiffy * HZ));
	__delay(xloops);
}
