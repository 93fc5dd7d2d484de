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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）。
/// 2.4.0 在这里为 i386 写了二十来个内联汇编版本，并用 __HAVE_ARCH_XXX 让 lib/string.c
/// 跳过对应的 C 版本。本移植只提供四个热点：memcpy、memset、memmove、strlen。
/// clear_page()/copy_page()（asm/page.h）就是 memset/memcpy 一个页面：每次按需调页的
/// 清零、每次写时拷贝、fork 复制页面表都经过它们，逐字节的 C 循环每页约一万六千条指令，
/// rep stosl/rep movsl 一条指令做完。其余函数仍用 lib/string.c 的 C 版本（好读，
/// 主机测试直接与 glibc 对照）。这一处偏差记入 Documentation/deviations.md。
#ifndef _I386_STRING_H_
#define _I386_STRING_H_

#include <linux/types.h>

/* Forward copy: n/4 longwords, then the n%4 bytes left. */
/// §2.4 2.4.0: include/asm-i386/string.h __memcpy()。
/// 先按 4 字节一组 rep movsl 复制 n/4 个长字，再 rep movsb 复制余下的 n%4 个字节
/// （ecx 为 0 时 rep 什么也不做，所以不必跳过）。esi/edi/ecx 被指令改写，
/// 用三个输出操作数告诉编译器；"memory" 表示内存被改，编译器不得缓存。
/// 2.4.0 还有 __constant_memcpy 处理编译时已知的长度，这里不分情况。
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
/// §2.4 2.4.0: include/asm-i386/string.h __memset_generic()。
/// 把字节值复制到 eax 的四个字节（乘 0x01010101），先 rep stosl 按长字填，再
/// rep stosb 填尾部。2.4.0 的 __memset_generic 逐字节 rep stosb；这里按长字，
/// 结果相同、快四倍。clear_page() 每次清零一个页面就走这里。
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
/// §2.4 2.4.0: include/asm-i386/string.h memmove()。
/// 目的在源之下，或两块不重叠时，照 memcpy 正向复制；目的在源之上且重叠时，
/// 用 std 让 movsb 反向走，从末尾逐字节复制，完后 cld 恢复方向标志
/// （C 调用约定要求 DF 为 0）。2.4.0 把它直接写成名叫 memmove 的内联函数，这里叫
/// __memmove，由下面的宏映射，以便主机测试能和 lib/string.c 的 C 版本并存。
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
/// §2.4 2.4.0: include/asm-i386/string.h strlen()。
/// ecx 从 -1 开始，repne scasb 每比较一个字节 ecx 减一，遇到 0 停下；
/// 比较过的字节数是 ~ecx，去掉结尾的 0 就是长度 ~ecx - 1。
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
/// §2.3（库函数，非书中章节的重点）：按长字比较，遇到不同的长字再退回来按字节比较，结果的符号取第一个不同字节（按无符号）。\n2.4.0: 无（本移植新增）：2.4.0 的 asm-i386/string.h 没有汇编的 memcmp；本移植的内核自检（vread、空闲队列快照）比较成页的数据，\nlib/string.c 逐字节的循环在 Bochs 里每字节要七八条指令，所以加了这个。返回 -1/0/1，调用者只看符号（见 deviations.md）。
static inline int __memcmp(const void *cs, const void *ct, size_t n)
{
	unsigned long s1, s2, cnt, rest;
	int res;

	__asm__ __volatile__("xorl %%eax, %%eax\n\t"	/* ZF set for n < 4 */
			     "repe cmpsl\n\t"
			     "je 1f\n\t"
			     /// 找到不同的长字后，两个指针都退回这个长字的开头，再逐字节比较这 4 个字节，第一个不同的字节决定结果。
			     "subl $4, %%esi\n\t"
			     "subl $4, %%edi\n\t"
			     "movl $4, %%edx\n"
			     "1:\tmovl %%edx, %%ecx\n\t"
			     "repe cmpsb\n\t"
			     "je 2f\n\t"
			     /// cmpsb 算的是 [esi] - [edi]：CF=1 表示第一个区域的字节（无符号）较小，sbb 得 -1，再或上 1 得 -1；否则 0|1 = 1。
			     "sbbl %%eax, %%eax\n\t"
			     "orl $1, %%eax\n"
			     "2:"
			     : "=&a" (res), "=&S" (s1), "=&D" (s2), "=&c" (cnt),
			       "=&d" (rest)
			     : "1" (cs), "2" (ct), "3" (n >> 2), "4" (n & 3)
			     : "memory", "cc");
	return res;
}

/// 内核里用这四个版本；主机测试（HOST_TEST）仍编译 lib/string.c 的 C 版本，
/// 并由 tests/host/shim/string_arch.c 把这里的内联函数包成普通函数，与 glibc 对照。
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
/// 内核里的 memcmp 都用上面的汇编版本；主机测试（HOST_TEST）仍用 lib/string.c 的 C 版本，并拿汇编版本与 glibc 对照。
#define memcmp(a, b, n)		__memcmp((a), (b), (n))
#endif

#endif
