/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * do_div(): 64-by-32-bit division for i386 without libgcc.
 * Support for printk (book §10).
 * Follows Linux 2.4.0 include/asm-i386/div64.h.
 */
#ifndef __I386_DIV64
#define __I386_DIV64

/*
 * n must be a 64-bit lvalue: it is replaced by the quotient n / base and
 * the expression yields the 32-bit remainder.  divl divides edx:eax by
 * 32 bits but faults if the quotient overflows 32 bits, so the high word
 * is divided first and only its remainder goes into edx for the low word.
 */
/// §10 系统引导和初始化（printk 支撑）：64 位数除以 32 位数，商写回 n，
/// 余数作为整个表达式的值。vsprintf 的 number() 用它把 64 位数逐位转换成各种进制。
/// 2.4.0: include/asm-i386/div64.h do_div()
/// 为什么不直接写 n / base：gcc 在 i386 上把 64 位除法编译成对 libgcc 中 __udivdi3 的
/// 调用，而内核不链接 libgcc。写成宏是因为要修改调用者的变量 n。
#define do_div(n, base) ({						\
	unsigned long __b = (base);					\
	unsigned long __lo = (unsigned long)(n);			\
	unsigned long __hi = (unsigned long)((n) >> 32);		\
	unsigned long __rem = 0;					\
	/// 先用普通的 32 位除法处理高 32 位：商就是结果的高 32 位，余数一定小于 base。
	/// 把这个余数放进 edx 再做 divl，商才不会超出 32 位——否则 divl 会引起除法出错异常。
	/// 高 32 位为 0 时（最常见的情形）跳过这一步，只做一次 divl。
	if (__hi) {							\
		__rem = __hi % __b;					\
		__hi = __hi / __b;					\
	}								\
	/// divl 用 edx:eax（高位余数:低 32 位）除以 base，商放进 eax，余数放进 edx，
	/// 这个余数就是整个 64 位数除以 base 的余数。
	asm("divl %4"							\
	    : "=a" (__lo), "=d" (__rem)					\
	    : "0" (__lo), "1" (__rem), "rm" (__b));			\
	/// 拼回 64 位的商。2.4.0 用 "A" 约束（edx:eax 寄存器对）把 n 直接搬进搬出；这里改用
	/// 移位和按位或表达同一件事，更容易读，gcc 生成的也只是寄存器传送。
	(n) = ((unsigned long long)__hi << 32) | __lo;			\
	__rem;								\
})

#endif
