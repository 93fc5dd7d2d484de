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
#define do_div(n, base) ({						\
	unsigned long __b = (base);					\
	unsigned long __lo = (unsigned long)(n);			\
	unsigned long __hi = (unsigned long)((n) >> 32);		\
	unsigned long __rem = 0;					\
	if (__hi) {							\
		__rem = __hi % __b;					\
		__hi = __hi / __b;					\
	}								\
	asm("divl %4"							\
	    : "=a" (__lo), "=d" (__rem)					\
	    : "0" (__lo), "1" (__rem), "rm" (__b));			\
	(n) = ((unsigned long long)__hi << 32) | __lo;			\
	__rem;								\
})

#endif
