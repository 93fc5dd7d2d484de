/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Bit operations on bitmaps of any length (page->flags, the buddy bitmaps,
 * the bootmem map), each one i386 instruction of the bt* family.
 * 情景分析 §2.3, §2.7.  Follows Linux 2.4.0 include/asm-i386/bitops.h.
 */
#ifndef _I386_BITOPS_H
#define _I386_BITOPS_H

#include <linux/config.h>

/*
 * Bit nr of a bitmap is bit (nr & 31) of 32-bit word (nr >> 5): the same
 * numbering bts/btr/btc/bt use when given a memory operand and a register
 * bit offset, so the offset may be far larger than 31.
 */

/// §2.3 与 atomic.h 的 LOCK 同理：单 CPU 上 bt* 一条指令已经不可分割，LOCK_PREFIX 为空。
#ifdef CONFIG_SMP
#define LOCK_PREFIX "lock ; "
#else
#define LOCK_PREFIX ""
#endif

/// 把位图的起点当作内存操作数交给 bt* 指令；位号由寄存器给出时，CPU 自己按位号找到第几个字，
/// 所以同一组函数既能操作 page->flags 这一个字，也能操作伙伴系统、bootmem 的整张位图。
#define ADDR (*(volatile long *) addr)

/* Atomic forms (one instruction; LOCK_PREFIX would make them SMP-safe). */
/// §2.3 置位：btsl。SetPageReserved 等页面标志操作、bootmem 的保留位都用它。
/// 本移植给所有位操作加了 "memory" 破坏描述：操作数只声明了位图的第一个字，
/// 而位号可能落在后面的字里，不加的话新版 gcc 可能把别处对位图的读写挪过这条指令。
/// 2.4.0: include/asm-i386/bitops.h set_bit()
static __inline__ void set_bit(int nr, volatile void *addr)
{
	__asm__ __volatile__(LOCK_PREFIX "btsl %1,%0"
		: "+m" (ADDR) : "Ir" (nr) : "memory");
}

/* Non-atomic form: the caller already excludes everybody else. */
/// §2.3 非原子版本：调用者已经保证没有别人同时改这张位图，省掉 lock 前缀（SMP 时才有区别）。
/// 2.4.0: include/asm-i386/bitops.h __set_bit()
static __inline__ void __set_bit(int nr, volatile void *addr)
{
	__asm__("btsl %1,%0" : "+m" (ADDR) : "Ir" (nr) : "memory");
}

/// §2.3 清位：btrl。ClearPageReserved 等用它。
/// 2.4.0: include/asm-i386/bitops.h clear_bit()
static __inline__ void clear_bit(int nr, volatile void *addr)
{
	__asm__ __volatile__(LOCK_PREFIX "btrl %1,%0"
		: "+m" (ADDR) : "Ir" (nr) : "memory");
}

#define smp_mb__before_clear_bit()	barrier()
#define smp_mb__after_clear_bit()	barrier()

/// §2.7 非原子的取反。
/// 2.4.0: include/asm-i386/bitops.h __change_bit()
static __inline__ void __change_bit(int nr, volatile void *addr)
{
	__asm__ __volatile__("btcl %1,%0"
		: "+m" (ADDR) : "Ir" (nr) : "memory");
}

/// §2.7 取反：btcl。伙伴系统的 MARK_USED 就是对位图的 change_bit——每分配或释放伙伴对中的
/// 一块，就把这一对的位翻转一次，位的含义因而是“两块中恰有一块空闲”。
/// 2.4.0: include/asm-i386/bitops.h change_bit()
static __inline__ void change_bit(int nr, volatile void *addr)
{
	__asm__ __volatile__(LOCK_PREFIX "btcl %1,%0"
		: "+m" (ADDR) : "Ir" (nr) : "memory");
}

/*
 * The test_and_* forms return the old value of the bit: bt* copy it into
 * CF, and "sbb r,r" turns CF into 0 or -1.
 */
/// §2.3 置位并返回原值：bt* 把原值放进 CF，sbb 把 CF 变成 0 或 -1。
/// bootmem 靠它发现“同一页保留了两次”。
/// 2.4.0: include/asm-i386/bitops.h test_and_set_bit()
static __inline__ int test_and_set_bit(int nr, volatile void *addr)
{
	int oldbit;

	__asm__ __volatile__(LOCK_PREFIX "btsl %2,%1\n\tsbbl %0,%0"
		: "=r" (oldbit), "+m" (ADDR) : "Ir" (nr) : "memory");
	return oldbit;
}

/// §2.3 非原子版本。
/// 2.4.0: include/asm-i386/bitops.h __test_and_set_bit()
static __inline__ int __test_and_set_bit(int nr, volatile void *addr)
{
	int oldbit;

	__asm__("btsl %2,%1\n\tsbbl %0,%0"
		: "=r" (oldbit), "+m" (ADDR) : "Ir" (nr) : "memory");
	return oldbit;
}

/// §2.3 清位并返回原值：free_bootmem 靠它发现释放了本来就空闲的页面。
/// 2.4.0: include/asm-i386/bitops.h test_and_clear_bit()
static __inline__ int test_and_clear_bit(int nr, volatile void *addr)
{
	int oldbit;

	__asm__ __volatile__(LOCK_PREFIX "btrl %2,%1\n\tsbbl %0,%0"
		: "=r" (oldbit), "+m" (ADDR) : "Ir" (nr) : "memory");
	return oldbit;
}

/// §2.3 非原子版本。
/// 2.4.0: include/asm-i386/bitops.h __test_and_clear_bit()
static __inline__ int __test_and_clear_bit(int nr, volatile void *addr)
{
	int oldbit;

	__asm__("btrl %2,%1\n\tsbbl %0,%0"
		: "=r" (oldbit), "+m" (ADDR) : "Ir" (nr) : "memory");
	return oldbit;
}

/// §2.7 非原子版本。
/// 2.4.0: include/asm-i386/bitops.h __test_and_change_bit()
static __inline__ int __test_and_change_bit(int nr, volatile void *addr)
{
	int oldbit;

	__asm__ __volatile__("btcl %2,%1\n\tsbbl %0,%0"
		: "=r" (oldbit), "+m" (ADDR) : "Ir" (nr) : "memory");
	return oldbit;
}

/// §2.7 取反并返回原值。__free_pages_ok 合并伙伴时的关键一步：原值为 1 说明伙伴空闲（可以合并），
/// 原值为 0 说明伙伴在用，而翻转后的 1 正好记下“现在这一对中恰有一块空闲”。
/// 2.4.0: include/asm-i386/bitops.h test_and_change_bit()
static __inline__ int test_and_change_bit(int nr, volatile void *addr)
{
	int oldbit;

	__asm__ __volatile__(LOCK_PREFIX "btcl %2,%1\n\tsbbl %0,%0"
		: "=r" (oldbit), "+m" (ADDR) : "Ir" (nr) : "memory");
	return oldbit;
}

/* A constant bit number is cheaper to test in C. */
/// §2.3 位号是常数时，直接用 C 算出字和掩码，编译器能把它折叠成一条 test 指令。
/// 2.4.0: include/asm-i386/bitops.h constant_test_bit()
static __inline__ int constant_test_bit(int nr, const volatile void *addr)
{
	return ((1UL << (nr & 31)) &
		(((const volatile unsigned int *) addr)[nr >> 5])) != 0;
}

/// §2.3 位号是变量时用 btl + sbbl。
/// 2.4.0: include/asm-i386/bitops.h variable_test_bit()
static __inline__ int variable_test_bit(int nr, const volatile void *addr)
{
	int oldbit;

	__asm__ __volatile__("btl %2,%1\n\tsbbl %0,%0"
		: "=r" (oldbit) : "m" (ADDR), "Ir" (nr) : "memory");
	return oldbit;
}

/// 由 gcc 判断位号是否为编译期常数，自动选择上面两种实现之一。
#define test_bit(nr, addr) \
	(__builtin_constant_p(nr) ? \
	 constant_test_bit((nr), (addr)) : \
	 variable_test_bit((nr), (addr)))

/*
 * Index of the first clear bit in the size-bit map at addr.  Whole 32-bit
 * words are compared with "repe scasl" against all-ones; in the first word
 * that differs, bsf finds the lowest one in its complement.  As in 2.4.0
 * the answer can reach past size (up to size rounded up to 32) when no
 * clear bit lies below size; callers compare it with size.
 */
/// §2.3 找第一个为 0 的位：先用 repe scasl 跳过全 1 的字，在第一个不全为 1 的字里对其反码做 bsf。
/// 汇编是本移植自己写的，结果与 2.4.0 相同，包括那个细节：找不到时返回值可能超过 size
/// （最多到 size 向上取整到 32 的倍数），调用者要与 size 比较。
/// 2.4.0: include/asm-i386/bitops.h find_first_zero_bit()
static __inline__ int find_first_zero_bit(void *addr, unsigned size)
{
	int res, d0, d1;

	if (!size)
		return 0;
	__asm__ __volatile__(
		"movl $-1,%%eax\n\t"
		"repe; scasl\n\t"
		"je 1f\n\t"
		"subl $4,%%edi\n\t"
		"movl (%%edi),%%eax\n\t"
		"notl %%eax\n\t"
		"bsfl %%eax,%%eax\n\t"
		"jmp 2f\n"
		"1:\txorl %%eax,%%eax\n"
		"2:\tsubl %5,%%edi\n\t"
		"shll $3,%%edi\n\t"
		"addl %%edi,%%eax"
		: "=&a" (res), "=&c" (d0), "=&D" (d1)
		: "1" ((size + 31) >> 5), "2" (addr), "r" (addr)
		: "memory", "cc");
	return res;
}

/* First clear bit at or after offset; same overshoot rule as above. */
/// §2.3 从 offset 起找第一个 0 位：先查 offset 所在那个字的剩余部分，再对后面的字调用上面的函数。
/// 2.4.0: include/asm-i386/bitops.h find_next_zero_bit()
static __inline__ int find_next_zero_bit(void *addr, int size, int offset)
{
	unsigned long *p = ((unsigned long *) addr) + (offset >> 5);
	int set = 0, bit = offset & 31, res;

	if (bit) {
		/*
		 * Shifting brings zeros in at the top, which the complement
		 * turns into ones: bsf then always finds something, and a
		 * result of 32 - bit or more means "not in this word".
		 */
		/// 右移移进来的是 0，取反后变成 1，所以 bsf 总能找到；结果 >= 32 - bit 表示这个字里没有。
		__asm__("bsfl %1,%0" : "=r" (set) : "r" (~(*p >> bit)));
		if (set < (32 - bit))
			return set + offset;
		set = 32 - bit;
		p++;
	}
	res = find_first_zero_bit(p, size - 32 * (p - (unsigned long *) addr));
	return offset + set + res;
}

/* Lowest clear bit of word; undefined when every bit is set. */
/// §2.3 一个字里最低的 0 位：对反码做 bsf。字全为 1 时结果无定义，调用者须先排除。
/// 2.4.0: include/asm-i386/bitops.h ffz()
static __inline__ unsigned long ffz(unsigned long word)
{
	__asm__("bsfl %1,%0" : "=r" (word) : "r" (~word));
	return word;
}

#ifdef __KERNEL__

/* 1 + index of the lowest set bit, or 0 for x == 0 (as the C library). */
/// §2.3 最低的 1 位的序号加 1，x 为 0 时返回 0，与 C 库的 ffs 含义相同。
/// 2.4.0: include/asm-i386/bitops.h ffs()
static __inline__ int ffs(int x)
{
	int r;

	__asm__("bsfl %1,%0\n\t"
		"jnz 1f\n\t"
		"movl $-1,%0\n"
		"1:" : "=r" (r) : "rm" (x));
	return r + 1;
}

#endif /* __KERNEL__ */

#endif /* _I386_BITOPS_H */
