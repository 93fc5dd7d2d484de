/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Counting semaphores (mmap_sem is one).  count > 0: free; count <= 0:
 * taken, and -count tasks would be asleep waiting.  Port: there is no
 * scheduler yet, so nobody can sleep: a down() that would have to wait
 * can only be a self-deadlock, and it is a BUG().
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
 * negative (up).  2.4.0 sleeps and wakes here (arch/i386/kernel/
 * semaphore.c); with one task and no scheduler there is no one to wait
 * for.
 */
/// §2.4：down 的慢路径：计数减成了负数，调用者要睡眠等待。2.4.0: arch/i386/kernel/semaphore.c __down()
/// 2.4.0 把当前进程挂到 sem->wait 上，置为不可中断睡眠，调用 schedule()，醒来后用 sleepers 计数重新核算。
/// 本移植还没有调度器，也只有一个执行流：走到这里说明同一个执行流第二次去拿自己已经拿着的信号量
/// （比如持有 mmap_sem 时又触发了缺页异常），等下去永远不会有人来释放——只能是 BUG。
static inline void __down(struct semaphore *sem)
{
	BUG();
}

/// §2.4：up 的慢路径：唤醒一个睡眠者。2.4.0: arch/i386/kernel/semaphore.c __up()
/// 本移植里不可能有睡眠者（__down 之前就 BUG 了），所以走到这里也是 BUG。
static inline void __up(struct semaphore *sem)
{
	BUG();
}

/* Take the semaphore: one less; below zero we would have to sleep. */
/// §2.4：取信号量（P 操作）。2.4.0: include/asm-i386/semaphore.h down()
/// do_page_fault、sys_brk、sys_mmap、sys_munmap、sys_mprotect 等都用它取 mm->mmap_sem。
/// 2.4.0 用一条带 lock 前缀的 decl，结果为负（js）才跳到 .text.lock 段里的慢路径；这里用 atomic_add_negative
/// 做同样的“减一并看是否为负”。与 2.4.0 的差别：慢路径直接 BUG()（见 __down），而其他文件里先前的替身
/// （mm/mmap.c 等）是先判断再减；两者对不竞争的情形结果相同。
static inline void down(struct semaphore *sem)
{
	if (atomic_add_negative(-1, &sem->count))
		__down(sem);
}

/* The same, but a signal may end the wait (-EINTR).  Returns 0. */
/// §2.4：可被信号打断的 down，被打断时返回 -EINTR。2.4.0: include/asm-i386/semaphore.h down_interruptible()
/// 没有睡眠也就没有打断，总是返回 0（慢路径同样 BUG）。
static inline int down_interruptible(struct semaphore *sem)
{
	if (atomic_add_negative(-1, &sem->count))
		__down(sem);
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
