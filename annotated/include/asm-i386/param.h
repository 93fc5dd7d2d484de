/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The timer interrupt rate.
 * Follows Linux 2.4.0 include/asm-i386/param.h.
 */
/// §10 系统引导和初始化（时钟）：时钟中断的频率。
/// 2.4.0: include/asm-i386/param.h
#ifndef _ASMi386_PARAM_H
#define _ASMi386_PARAM_H

/// 每秒 100 次时钟中断，jiffies 每 10 ms 加一；calibrate_delay 的 BogoMIPS 换算也用到它。
#define HZ 100

/* The 8254 PIT input clock, and the divisor that gives HZ. */
/// 8254 定时器（PIT）的输入时钟 1.19318 MHz，这是 PC 的历史遗留（14.31818 MHz 晶振的 12 分频）。
/// 与 2.4.0 的位置不同：2.4.0 中它在 asm-i386/timex.h，LATCH 在 linux/timex.h；本移植放在这里，
/// 省掉两个只有一两行的头文件。
#define CLOCK_TICK_RATE	1193180
/// 写进 PIT 0 号通道的计数初值：(1193180 + 50) / 100 = 11932，每数完一次产生一次 IRQ0。
/// 加 HZ/2 是为了四舍五入。
#define LATCH	((CLOCK_TICK_RATE + HZ / 2) / HZ)

#endif
