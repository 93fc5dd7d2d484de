/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The timer interrupt rate.
 * Follows Linux 2.4.0 include/asm-i386/param.h.
 */
#ifndef _ASMi386_PARAM_H
#define _ASMi386_PARAM_H

#define HZ 100

/* The 8254 PIT input clock, and the divisor that gives HZ. */
#define CLOCK_TICK_RATE	1193180
#define LATCH	((CLOCK_TICK_RATE + HZ / 2) / HZ)

#endif
