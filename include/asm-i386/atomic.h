/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Atomic counters (page->count, mm->mm_users ...): read-modify-write in
 * one instruction, so an interrupt can never see half an update.
 * 情景分析 §2.3.  Follows Linux 2.4.0 include/asm-i386/atomic.h.
 */
#ifndef __ARCH_I386_ATOMIC__
#define __ARCH_I386_ATOMIC__

#include <linux/config.h>

/*
 * One CPU: a single instruction is already atomic with respect to
 * interrupts; only SMP would need the bus lock prefix.
 */
#ifdef CONFIG_SMP
#define LOCK "lock ; "
#else
#define LOCK ""
#endif

/* A struct, so that a plain int can never be passed by mistake. */
typedef struct { volatile int counter; } atomic_t;

#define ATOMIC_INIT(i)	{ (i) }

#define atomic_read(v)		((v)->counter)
#define atomic_set(v, i)	(((v)->counter) = (i))

static __inline__ void atomic_add(int i, atomic_t *v)
{
	__asm__ __volatile__(LOCK "addl %1,%0"
		: "+m" (v->counter) : "ir" (i));
}

static __inline__ void atomic_sub(int i, atomic_t *v)
{
	__asm__ __volatile__(LOCK "subl %1,%0"
		: "+m" (v->counter) : "ir" (i));
}

/* Subtract i; true if the counter became zero. */
static __inline__ int atomic_sub_and_test(int i, atomic_t *v)
{
	unsigned char c;

	__asm__ __volatile__(LOCK "subl %2,%0; sete %1"
		: "+m" (v->counter), "=qm" (c) : "ir" (i) : "memory");
	return c;
}

static __inline__ void atomic_inc(atomic_t *v)
{
	__asm__ __volatile__(LOCK "incl %0" : "+m" (v->counter));
}

static __inline__ void atomic_dec(atomic_t *v)
{
	__asm__ __volatile__(LOCK "decl %0" : "+m" (v->counter));
}

/* Decrement; true if the counter reached zero (the last user is gone). */
static __inline__ int atomic_dec_and_test(atomic_t *v)
{
	unsigned char c;

	__asm__ __volatile__(LOCK "decl %0; sete %1"
		: "+m" (v->counter), "=qm" (c) : : "memory");
	return c != 0;
}

static __inline__ int atomic_inc_and_test(atomic_t *v)
{
	unsigned char c;

	__asm__ __volatile__(LOCK "incl %0; sete %1"
		: "+m" (v->counter), "=qm" (c) : : "memory");
	return c != 0;
}

/* Add i; true if the result is negative. */
static __inline__ int atomic_add_negative(int i, atomic_t *v)
{
	unsigned char c;

	__asm__ __volatile__(LOCK "addl %2,%0; sets %1"
		: "+m" (v->counter), "=qm" (c) : "ir" (i) : "memory");
	return c;
}

/* Clear or set bits of a plain word in one instruction. */
#define atomic_clear_mask(mask, addr) \
	__asm__ __volatile__(LOCK "andl %1,%0" \
		: "+m" (*(addr)) : "r" (~(mask)) : "memory")

#define atomic_set_mask(mask, addr) \
	__asm__ __volatile__(LOCK "orl %1,%0" \
		: "+m" (*(addr)) : "r" (mask) : "memory")

/* The locked i386 instructions are already full barriers. */
#define smp_mb__before_atomic_dec()	barrier()
#define smp_mb__after_atomic_dec()	barrier()
#define smp_mb__before_atomic_inc()	barrier()
#define smp_mb__after_atomic_inc()	barrier()

#endif /* __ARCH_I386_ATOMIC__ */
