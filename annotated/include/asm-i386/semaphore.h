/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Counting semaphores (mmap_sem is one).  count > 0: free; count <= 0:
 * taken, and tasks may be asleep waiting.  Port: the fast paths are C
 * (2.4.0 has them in inline assembly with a lock prefix).
 * Follows Linux 2.4.0 include/asm-i386/semaphore.h.
 */
#ifndef _I386_SEMAPHORE_H
#define _I386_SEMAPHORE_H

#include <asm/atomic.h>
#include <asm/page.h>
#include <linux/wait.h>

/// §2.3：信号量，mm_struct 的 mmap_sem 就是一个。2.4.0: include/asm-i386/semaphore.h struct semaphore。
/// count 大于 0 表示可以进入；sleepers 和等待队列 wait 用于进程睡眠等待。2.4.0 的 mmap_sem 是普通信号量（还不是读写信号量）。
struct semaphore {
	atomic_t count;
	int sleepers;
	wait_queue_head_t wait;
};

/// 静态初始化：计数、无睡眠者、空等待队列。INIT_MM 用 __MUTEX_INITIALIZER 初始化 init_mm.mmap_sem。
#define __SEMAPHORE_INITIALIZER(name, count) \
	{ ATOMIC_INIT(count), 0, __WAIT_QUEUE_HEAD_INITIALIZER((name).wait) }

#define __MUTEX_INITIALIZER(name) __SEMAPHORE_INITIALIZER(name, 1)

#define __DECLARE_SEMAPHORE_GENERIC(name, count) \
	struct semaphore name = __SEMAPHORE_INITIALIZER(name, count)

#define DECLARE_MUTEX(name) __DECLARE_SEMAPHORE_GENERIC(name, 1)
#define DECLARE_MUTEX_LOCKED(name) __DECLARE_SEMAPHORE_GENERIC(name, 0)

/// §2.3。2.4.0: include/asm-i386/semaphore.h sema_init()。运行时把信号量设成计数 val。
static inline void sema_init(struct semaphore *sem, int val)
{
	atomic_set(&sem->count, val);
	sem->sleepers = 0;
	init_waitqueue_head(&sem->wait);
}

/// §2.3。2.4.0: include/asm-i386/semaphore.h init_MUTEX()。计数为 1 的信号量即互斥锁；fork 时 mm_init() 用它初始化新 mm 的 mmap_sem。
static inline void init_MUTEX(struct semaphore *sem)
{
	sema_init(sem, 1);
}

/// §2.4：计数为 0 的信号量：一开始就是“已被占用”的互斥锁。2.4.0: include/asm-i386/semaphore.h init_MUTEX_LOCKED()
static inline void init_MUTEX_LOCKED(struct semaphore *sem)
{
	sema_init(sem, 0);
}

/*
 * The slow paths, entered when the count went negative (down) or was
 * negative (up): sleep on sem->wait, wake a sleeper
 * (arch/i386/kernel/semaphore.c).  The host tests run one task with no
 * scheduler: there a down() that would have to wait is a self-deadlock.
 */
#ifdef HOST_TEST
/// §4.9 内核中的互斥操作：down 的慢路径：计数减成了负数，调用者要睡眠等待。2.4.0: arch/i386/kernel/semaphore.c __down()
/// 内核里的实现在 arch/i386/kernel/semaphore.c（挂到 sem->wait 上睡眠，醒来后用 sleepers 计数重新核算）。
/// 这里是主机单元测试（HOST_TEST）的替身：主机测试没有调度器，只有一个执行流，走到这里说明同一个执行流第二次去拿
/// 自己已经拿着的信号量（比如持有 mmap_sem 时又触发了缺页异常），等下去永远不会有人来释放——只能是 BUG。
static inline void __down(struct semaphore *sem)
{
	BUG();
}

/// §4.9：可被信号打断的等待，主机测试的替身（同上）。2.4.0: arch/i386/kernel/semaphore.c __down_interruptible()
static inline int __down_interruptible(struct semaphore *sem)
{
	BUG();
	return 0;
}

/// §4.9：up 的慢路径：唤醒一个睡眠者。2.4.0: arch/i386/kernel/semaphore.c __up()
/// 主机测试里不可能有睡眠者（__down 之前就 BUG 了），所以走到这里也是 BUG。
static inline void __up(struct semaphore *sem)
{
	BUG();
}
#else
extern void __down(struct semaphore *sem);
extern int __down_interruptible(struct semaphore *sem);
extern void __up(struct semaphore *sem);
#endif

/* Take the semaphore: one less; below zero we would have to sleep. */
/// §2.4：取信号量（P 操作）。2.4.0: include/asm-i386/semaphore.h down()
/// do_page_fault、sys_brk、sys_mmap、sys_munmap、sys_mprotect 等都用它取 mm->mmap_sem。
/// 2.4.0 用一条带 lock 前缀的 decl，结果为负（js）才跳到 .text.lock 段里的慢路径；这里用 atomic_add_negative
/// 做同样的“减一并看是否为负”，为负就进慢路径 __down 睡眠（arch/i386/kernel/semaphore.c）。单 CPU、内核态不可抢占，
/// C 的读—改—写不会被别的进程打断（中断处理程序不碰信号量）。
static inline void down(struct semaphore *sem)
{
	if (atomic_add_negative(-1, &sem->count))
		__down(sem);
}

/* The same, but a signal may end the wait: 0, or -EINTR (not taken). */
/// §4.9：可被信号打断的 down，被打断时返回 -EINTR（信号量没拿到）。2.4.0: include/asm-i386/semaphore.h down_interruptible()
static inline int down_interruptible(struct semaphore *sem)
{
	if (atomic_add_negative(-1, &sem->count))
		return __down_interruptible(sem);
	return 0;
}

/* Take it only if free: 0 on success, 1 (count unchanged) if taken. */
/// §2.4：不等待的 down：拿到返回 0，已被占用返回 1 并把计数恢复原样。2.4.0: include/asm-i386/semaphore.h down_trylock()
/// （2.4.0 的慢路径 __down_trylock 同样把减掉的 1 加回去。）kmem_cache_reap 用它，拿不到锁就放弃这一轮回收。
static inline int down_trylock(struct semaphore *sem)
{
	if (atomic_add_negative(-1, &sem->count)) {
		atomic_inc(&sem->count);
		return 1;
	}
	return 0;
}

/* Give it back; still not above zero means someone sleeps on it. */
/// §2.4：释放信号量（V 操作）。2.4.0: include/asm-i386/semaphore.h up()
/// 加一之后仍不大于 0，说明有进程在等，要唤醒一个（__up）。
static inline void up(struct semaphore *sem)
{
	atomic_inc(&sem->count);
	if (atomic_read(&sem->count) <= 0)
		__up(sem);
}

#endif
