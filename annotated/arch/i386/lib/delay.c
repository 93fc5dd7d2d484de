// SPDX-License-Identifier: GPL-2.0-only
/*
 * Delay loops.
 * Follows Linux 2.4.0 arch/i386/lib/delay.c (the loop version; no TSC).
 */
/// 忙等延时。start_kernel() 中的 calibrate_delay() 用 __delay() 测出每个时钟滴答能转多少圈（loops_per_jiffy，即 BogoMIPS），
/// 以后 udelay() 按它换算。与 2.4.0 的差别：没有 TSC 版本。
#include <linux/kernel.h>
#include <linux/sched.h>
#include <asm/param.h>
#include <asm/delay.h>

extern unsigned long loops_per_jiffy;

/* Spin loops + 1 times round a two-instruction loop. */
/// §10 系统引导和初始化（calibrate_delay() 反复调用它来测量 loops_per_jiffy）：空转 loops 圈
/// （decl 减到负数才停，所以实际是 loops + 1 圈）。
/// 2.4.0: arch/i386/lib/delay.c __delay()（2.4.0 的 __delay() 在 CPU 有 TSC 时用 rdtsc 计时（__rdtsc_delay），否则用这个循环
/// （__loop_delay）；本移植只有循环）
void __delay(unsigned long loops)
{
	int left;

	/* Both jumps land on 16-byte boundaries: same speed wherever it sits. */
	/// 两次跳到 16 字节对齐的位置，把循环体的对齐固定下来，循环速度就与调用处无关——calibrate_delay() 测出的 loops_per_jiffy
	/// 才能通用。指令与 2.4.0 的 __loop_delay 相同。计数放在 EAX（"=&a"，输入 "0" 与它同一个寄存器），循环把它改掉了。
	__asm__ __volatile__(
		"jmp 1f\n\t"
		".align 16\n"
		"1:\tjmp 2f\n\t"
		".align 16\n"
		/// 减到负数为止。
		"2:\tdecl %0\n\t"
		"jns 2b"
		: "=&a" (left)
		: "0" (loops));
}

/* usecs * loops_per_jiffy * HZ / 1000000, in 32-bit fixed point. */
/// §10 系统引导和初始化：按微秒延时（驱动等待慢速硬件时用）。圈数 = usecs × loops_per_jiffy × HZ / 1000000，用 32 位定点乘法
/// 代替除法。
/// 2.4.0: arch/i386/lib/delay.c __udelay()（2.4.0 分两层：__udelay() 乘上常数后调用 __const_udelay()，后者做 mull 再调用 __delay()；
/// 本移植合成一个函数）
void __udelay(unsigned long usecs)
{
	/// 0x10C6 = 4295 ≈ 2^32 / 10^6，所以 usecs × 4295 是以 2^−32 秒为单位的时长（frac）。
	unsigned long loops, frac = usecs * 0x000010c6;	/* 2^32 / 10^6 */

	/* The high half of frac * loops_per_jiffy * HZ is the loop count. */
	/// mull 把 EAX 中的 frac 乘上 loops_per_jiffy × HZ，得到 64 位的积 EDX:EAX；只取高 32 位 EDX，相当于再除以 2^32，
	/// 结果就是 usecs × loops_per_jiffy × HZ / 10^6。EAX 被乘积的低半改写，所以声明为 "+a"（既读又写）。
	/// 与 2.4.0 的差别：本移植先算 loops_per_jiffy × HZ（2.4.0 是 mull 之后再乘 HZ），CPU 极快时这个积可能超过 32 位。
	__asm__("mull %2"
		: "=d" (loops), "+a" (frac)
		: "rm" (loops_per_jiffy * HZ));
	__delay(loops);
}
