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

/* Spin loops + 1 times round a two-instruction loop. */
void __delay(unsigned long loops)
{
	int left;

	/* Both jumps land on 16-byte boundaries: same speed wherever it sits. */
	__asm__ __volatile__(
		"jmp 1f\n\t"
		".align 16\n"
		"1:\tjmp 2f\n\t"
		".align 16\n"
		"2:\tdecl %0\n\t"
		"jns 2b"
		: "=&a" (left)
		: "0" (loops));
}

/* usecs * loops_per_jiffy * HZ / 1000000, in 32-bit fixed point. */
void __udelay(unsigned long usecs)
{
	unsigned long loops, frac = usecs * 0x000010c6;	/* 2^32 / 10^6 */

	/* The high half of frac * loops_per_jiffy * HZ is the loop count. */
	__asm__("mull %2"
		: "=d" (loops), "+a" (frac)
		: "rm" (loops_per_jiffy * HZ));
	__delay(loops);
}
