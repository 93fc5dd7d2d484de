/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * SHIFT_HZ: log2 of HZ, rounded (the OOM killer scales times with it).
 * Follows Linux 2.4.0 include/linux/timex.h (the NTP clock discipline is
 * not ported).
 */
#ifndef _LINUX_TIMEX_H
#define _LINUX_TIMEX_H

#include <asm/param.h>

#if HZ >= 12 && HZ < 24
#define SHIFT_HZ	4
#elif HZ >= 24 && HZ < 48
#define SHIFT_HZ	5
#elif HZ >= 48 && HZ < 96
#define SHIFT_HZ	6
#elif HZ >= 96 && HZ < 192
#define SHIFT_HZ	7
#elif HZ >= 192 && HZ < 384
#define SHIFT_HZ	8
#elif HZ >= 384 && HZ < 768
#define SHIFT_HZ	9
#elif HZ >= 768 && HZ < 1536
#define SHIFT_HZ	10
#else
#error You lose.
#endif

#endif
