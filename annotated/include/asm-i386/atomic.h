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
/// 多 CPU 时“读-改-写”要加 lock 前缀锁住总线；单 CPU 上一条指令本身就不会被中断打断，
/// 所以 LOCK 为空串。宏保留着，换成 SMP 配置时只改这里。
#ifdef CONFIG_SMP
#define LOCK "lock ; "
#else
#define LOCK ""
#endif

/* A struct, so that a plain int can never be passed by mistake. */
/// §2.3 页面的引用计数 page->count 就是 atomic_t。包成结构，普通的 int 就不能被误传进来，
/// 也不能被直接 ++，只能经过下面这些原子操作。
typedef struct { volatile int counter; } atomic_t;

#define ATOMIC_INIT(i)	{ (i) }

#define atomic_read(v)		((v)->counter)
#define atomic_set(v, i)	(((v)->counter) = (i))

/// §2.3 一条 addl 完成加法，中断不会看到“改了一半”的值。
/// 2.4.0: include/asm-i386/atomic.h atomic_add()
static __inline__ void atomic_add(int i, atomic_t *v)
{
	__asm__ __volatile__(LOCK "addl %1,%0"
		: "+m" (v->counter) : "ir" (i));
}

/// §2.3 同上，减法。
/// 2.4.0: include/asm-i386/atomic.h atomic_sub()
static __inline__ void atomic_sub(int i, atomic_t *v)
{
	__asm__ __volatile__(LOCK "subl %1,%0"
		: "+m" (v->counter) : "ir" (i));
}

/* Subtract i; true if the counter became zero. */
/// §2.3 减去 i 并判断结果是否为 0：subl 之后用 sete 取零标志，测试和修改在同一条指令里完成。
/// 2.4.0: include/asm-i386/atomic.h atomic_sub_and_test()
static __inline__ int atomic_sub_and_test(int i, atomic_t *v)
{
	unsigned char c;

	__asm__ __volatile__(LOCK "subl %2,%0; sete %1"
		: "+m" (v->counter), "=qm" (c) : "ir" (i) : "memory");
	return c;
}

/// §2.3 get_page() 就是对 page->count 的 atomic_inc。
/// 2.4.0: include/asm-i386/atomic.h atomic_inc()
static __inline__ void atomic_inc(atomic_t *v)
{
	__asm__ __volatile__(LOCK "incl %0" : "+m" (v->counter));
}

/// §2.3 原子减一。
/// 2.4.0: include/asm-i386/atomic.h atomic_dec()
static __inline__ void atomic_dec(atomic_t *v)
{
	__asm__ __volatile__(LOCK "decl %0" : "+m" (v->counter));
}

/* Decrement; true if the counter reached zero (the last user is gone). */
/// §2.6 put_page_testzero()：减一并判断是否减到 0。只有最后一个用户能看到“变成 0”，
/// 所以 __free_pages 里只有它把页面交回伙伴系统，不会有两个人各释放一次。
/// 2.4.0: include/asm-i386/atomic.h atomic_dec_and_test()
static __inline__ int atomic_dec_and_test(atomic_t *v)
{
	unsigned char c;

	__asm__ __volatile__(LOCK "decl %0; sete %1"
		: "+m" (v->counter), "=qm" (c) : : "memory");
	return c != 0;
}

/// §2.3 加一并判断结果是否为 0（计数从 -1 起算的用法）。
/// 2.4.0: include/asm-i386/atomic.h atomic_inc_and_test()
static __inline__ int atomic_inc_and_test(atomic_t *v)
{
	unsigned char c;

	__asm__ __volatile__(LOCK "incl %0; sete %1"
		: "+m" (v->counter), "=qm" (c) : : "memory");
	return c != 0;
}

/* Add i; true if the result is negative. */
/// §2.3 加 i 后用 sets 取符号标志：结果是否为负。
/// 2.4.0: include/asm-i386/atomic.h atomic_add_negative()
static __inline__ int atomic_add_negative(int i, atomic_t *v)
{
	unsigned char c;

	__asm__ __volatile__(LOCK "addl %2,%0; sets %1"
		: "+m" (v->counter), "=qm" (c) : "ir" (i) : "memory");
	return c;
}

/* Clear or set bits of a plain word in one instruction. */
/// 对普通的字做原子的按位清除、置位（不是 atomic_t）。
#define atomic_clear_mask(mask, addr) \
	__asm__ __volatile__(LOCK "andl %1,%0" \
		: "+m" (*(addr)) : "r" (~(mask)) : "memory")

#define atomic_set_mask(mask, addr) \
	__asm__ __volatile__(LOCK "orl %1,%0" \
		: "+m" (*(addr)) : "r" (mask) : "memory")

/* The locked i386 instructions are already full barriers. */
/// i386 上带 lock 的指令本身就是内存屏障，这里只需阻止编译器调整次序。
#define smp_mb__before_atomic_dec()	barrier()
#define smp_mb__after_atomic_dec()	barrier()
#define smp_mb__before_atomic_inc()	barrier()
#define smp_mb__after_atomic_inc()	barrier()

#endif /* __ARCH_I386_ATOMIC__ */
