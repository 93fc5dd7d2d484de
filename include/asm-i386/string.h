/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * i386 versions of the hot string and memory functions: the string
 * instructions (rep movs, rep stos, repne scas) do in one instruction per
 * word what lib/string.c's portable loops do in several per byte.  Each
 * one defined here sets __HAVE_ARCH_<NAME>, so lib/string.c leaves its C
 * version out.  The host tests (HOST_TEST) keep lib/string.c's versions
 * and test these against them (tests/host/test_lib.c).
 * Follows Linux 2.4.0 include/asm-i386/string.h.
 */
#ifndef _I386_STRING_H_
#define _I386_STRING_H_

#include <linux/types.h>

/* Forward copy: n/4 longwords, then the n%4 bytes left. */
static inline void *__memcpy(void *to, const void *from, size_t n)
{
	unsigned long cnt, dst, src;

	__asm__ __volatile__("rep movsl\n\t"
			     "movl %[rest], %%ecx\n\t"
			     "rep movsb"
			     : "=&c" (cnt), "=&D" (dst), "=&S" (src)
			     : "0" (n >> 2), "1" (to), "2" (from),
			       [rest] "rm" (n & 3)
			     : "memory");
	return to;
}

/* The byte repeated in all four lanes of %eax, stored by longwords. */
static inline void *__memset_generic(void *s, int c, size_t n)
{
	unsigned long fill = (unsigned char)c * 0x01010101UL;
	unsigned long cnt, dst;

	__asm__ __volatile__("rep stosl\n\t"
			     "movl %[rest], %%ecx\n\t"
			     "rep stosb"
			     : "=&c" (cnt), "=&D" (dst)
			     : "a" (fill), "0" (n >> 2), "1" (s),
			       [rest] "rm" (n & 3)
			     : "memory");
	return s;
}

/* Overlap allowed: a destination above the source is copied from the end. */
static inline void *__memmove(void *dest, const void *src, size_t n)
{
	unsigned long cnt, dst, from;

	if ((unsigned long)dest <= (unsigned long)src ||
	    (unsigned long)dest >= (unsigned long)src + n)
		return __memcpy(dest, src, n);
	__asm__ __volatile__("std\n\t"
			     "rep movsb\n\t"
			     "cld"
			     : "=&c" (cnt), "=&D" (dst), "=&S" (from)
			     : "0" (n), "1" ((char *)dest + n - 1),
			       "2" ((const char *)src + n - 1)
			     : "memory");
	return dest;
}

/* Scan for the NUL with %ecx counting down from -1. */
static inline size_t __strlen(const char *s)
{
	unsigned long left, at;

	__asm__("repne scasb"
		: "=c" (left), "=D" (at)
		: "a" (0), "0" (-1UL), "1" (s)
		: "memory");
	return ~left - 1;
}

/*
 * Longwords while they match; then bytes, from the longword that differed
 * (or over the n%4 bytes left), so the sign is that of the first differing
 * byte as unsigned.  The answer is -1, 0 or 1.
 */
static inline int __memcmp(const void *cs, const void *ct, size_t n)
{
	unsigned long s1, s2, cnt, rest;
	int res;

	__asm__ __volatile__("xorl %%eax, %%eax\n\t"	/* ZF set for n < 4 */
			     "repe cmpsl\n\t"
			     "je 1f\n\t"
			     "subl $4, %%esi\n\t"
			     "subl $4, %%edi\n\t"
			     "movl $4, %%edx\n"
			     "1:\tmovl %%edx, %%ecx\n\t"
			     "repe cmpsb\n\t"
			     "je 2f\n\t"
			     "sbbl %%eax, %%eax\n\t"
			     "orl $1, %%eax\n"
			     "2:"
			     : "=&a" (res), "=&S" (s1), "=&D" (s2), "=&c" (cnt),
			       "=&d" (rest)
			     : "1" (cs), "2" (ct), "3" (n >> 2), "4" (n & 3)
			     : "memory", "cc");
	return res;
}

#ifndef HOST_TEST
#define __HAVE_ARCH_MEMCPY
#define __HAVE_ARCH_MEMSET
#define __HAVE_ARCH_MEMMOVE
#define __HAVE_ARCH_STRLEN
#define __HAVE_ARCH_MEMCMP
#define memcpy(t, f, n)		__memcpy((t), (f), (n))
#define memset(s, c, n)		__memset_generic((s), (c), (n))
#define memmove(d, s, n)	__memmove((d), (s), (n))
#define strlen(s)		__strlen(s)
#define memcmp(a, b, n)		__memcmp((a), (b), (n))
#endif

#endif
