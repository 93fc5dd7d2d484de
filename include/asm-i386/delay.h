/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Busy-wait delays calibrated by calibrate_delay().
 * Follows Linux 2.4.0 include/asm-i386/delay.h.
 */
#ifndef _I386_DELAY_H
#define _I386_DELAY_H

extern void __delay(unsigned long loops);
extern void __udelay(unsigned long usecs);

#define udelay(n) __udelay(n)

#endif
