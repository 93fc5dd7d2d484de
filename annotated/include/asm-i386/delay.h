/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Busy-wait delays calibrated by calibrate_delay().
 * Follows Linux 2.4.0 include/asm-i386/delay.h.
 */
/// §10 系统引导和初始化（忙等延时）：给设备驱动用的短延时，精度来自 calibrate_delay() 校准的
/// loops_per_jiffy。
/// 2.4.0: include/asm-i386/delay.h
#ifndef _I386_DELAY_H
#define _I386_DELAY_H

/// 空转 loops 圈（arch/i386/lib/delay.c：decl; jns 的循环）。
extern void __delay(unsigned long loops);
/// 微秒 → 圈数：usecs × loops_per_jiffy × HZ / 10^6，用一次 32 位乘法取高半部完成
/// （0x10c6 ≈ 2^32 / 10^6），避免除法。
extern void __udelay(unsigned long usecs);

/// 与 2.4.0 不同：2.4.0 的 udelay 对编译时常数的参数走 __const_udelay（预先乘好 0x10c6），
/// 对超过 20000 微秒的常数则故意引用一个不存在的函数，让链接失败，提醒应改用别的等待方法；
/// 本移植只保留简单的版本。
#define udelay(n) __udelay(n)

#endif
