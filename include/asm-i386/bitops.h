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

#ifdef CONFIG_SMP
#define LOCK_PREFIX "lock ; "
#else
#define LOCK_PREFIX ""
#endif

#define ADDR (*(volatile long *) addr)

/* Atomic forms (one instruction; LOCK_PREFIX would make them SMP-safe). */
static __inline__ void set_bit(int nr, volatile void *addr)
{
	__asm__ __volatile__(LOCK_PREFIX "btsl %1,%0"
		: "+m" (ADDR) : "Ir" (nr) : "memory");
}

/* Non-atomic form: the caller already excludes everybody else. */
static __inline__ void __set_bit(int nr, volatile void *addr)
{
	__asm__("btsl %1,%0" : "+m" (ADDR) : "Ir" (nr) : "memory");
}

static __inline__ void clear_bit(int nr, volatile void *addr)
{
	__asm__ __volatile__(LOCK_PREFIX "btrl %1,%0"
		: "+m" (ADDR) : "Ir" (nr) : "memory");
}

#define smp_mb__before_clear_bit()	barrier()
#define smp_mb__after_clear_bit()	barrier()

static __inline__ void __change_bit(int nr, volatile void *addr)
{
	__asm__ __volatile__("btcl %1,%0"
		: "+m" (ADDR) : "Ir" (nr) : "memory");
}

static __inline__ void change_bit(int nr, volatile void *addr)
{
	__asm__ __volatile__(LOCK_PREFIX "btcl %1,%0"
		: "+m" (ADDR) : "Ir" (nr) : "memory");
}

/*
 * The test_and_* forms return the old value of the bit: bt* copy it into
 * CF, and "sbb r,r" turns CF into 0 or -1.
 */
static __inline__ int test_and_set_bit(int nr, volatile void *addr)
{
	int oldbit;

	__asm__ __volatile__(LOCK_PREFIX "btsl %2,%1\n\tsbbl %0,%0"
		: "=r" (oldbit), "+m" (ADDR) : "Ir" (nr) : "memory");
	return oldbit;
}

static __inline__ int __test_and_set_bit(int nr, volatile void *addr)
{
	int oldbit;

	__asm__("btsl %2,%1\n\tsbbl %0,%0"
		: "=r" (oldbit), "+m" (ADDR) : "Ir" (nr) : "memory");
	return oldbit;
}

static __inline__ int test_and_clear_bit(int nr, volatile void *addr)
{
	int oldbit;

	__asm__ __volatile__(LOCK_PREFIX "btrl %2,%1\n\tsbbl %0,%0"
		: "=r" (oldbit), "+m" (ADDR) : "Ir" (nr) : "memory");
	return oldbit;
}

static __inline__ int __test_and_clear_bit(int nr, volatile void *addr)
{
	int oldbit;

	__asm__("btrl %2,%1\n\tsbbl %0,%0"
		: "=r" (oldbit), "+m" (ADDR) : "Ir" (nr) : "memory");
	return oldbit;
}

static __inline__ int __test_and_change_bit(int nr, volatile void *addr)
{
	int oldbit;

	__asm__ __volatile__("btcl %2,%1\n\tsbbl %0,%0"
		: "=r" (oldbit), "+m" (ADDR) : "Ir" (nr) : "memory");
	return oldbit;
}

static __inline__ int test_and_change_bit(int nr, volatile void *addr)
{
	int oldbit;

	__asm__ __volatile__(LOCK_PREFIX "btcl %2,%1\n\tsbbl %0,%0"
		: "=r" (oldbit), "+m" (ADDR) : "Ir" (nr) : "memory");
	return oldbit;
}

/* A constant bit number is cheaper to test in C. */
static __inline__ int constant_test_bit(int nr, const volatile void *addr)
{
	return ((1UL << (nr & 31)) &
		(((const volatile unsigned int *) addr)[nr >> 5])) != 0;
}

static __inline__ int variable_test_bit(int nr, const volatile void *addr)
{
	int oldbit;

	__asm__ __volatile__("btl %2,%1\n\tsbbl %0,%0"
		: "=r" (oldbit) : "m" (ADDR), "Ir" (nr) : "memory");
	return oldbit;
}

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
static __inline__ unsigned long ffz(unsigned long word)
{
	__asm__("bsfl %1,%0" : "=r" (word) : "r" (~word));
	return word;
}

#ifdef __KERNEL__

/* 1 + index of the lowest set bit, or 0 for x == 0 (as the C library). */
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
