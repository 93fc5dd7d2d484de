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

struct semaphore {
	atomic_t count;
	int sleepers;
	wait_queue_head_t wait;
};

#define __SEMAPHORE_INITIALIZER(name, count) \
	{ ATOMIC_INIT(count), 0, __WAIT_QUEUE_HEAD_INITIALIZER((name).wait) }

#define __MUTEX_INITIALIZER(name) __SEMAPHORE_INITIALIZER(name, 1)

#define __DECLARE_SEMAPHORE_GENERIC(name, count) \
	struct semaphore name = __SEMAPHORE_INITIALIZER(name, count)

#define DECLARE_MUTEX(name) __DECLARE_SEMAPHORE_GENERIC(name, 1)
#define DECLARE_MUTEX_LOCKED(name) __DECLARE_SEMAPHORE_GENERIC(name, 0)

static inline void sema_init(struct semaphore *sem, int val)
{
	atomic_set(&sem->count, val);
	sem->sleepers = 0;
	init_waitqueue_head(&sem->wait);
}

static inline void init_MUTEX(struct semaphore *sem)
{
	sema_init(sem, 1);
}

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
static inline void __down(struct semaphore *sem)
{
	BUG();
}

static inline int __down_interruptible(struct semaphore *sem)
{
	BUG();
	return 0;
}

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
static inline void down(struct semaphore *sem)
{
	if (atomic_add_negative(-1, &sem->count))
		__down(sem);
}

/* The same, but a signal may end the wait: 0, or -EINTR (not taken). */
static inline int down_interruptible(struct semaphore *sem)
{
	if (atomic_add_negative(-1, &sem->count))
		return __down_interruptible(sem);
	return 0;
}

/* Take it only if free: 0 on success, 1 (count unchanged) if taken. */
static inline int down_trylock(struct semaphore *sem)
{
	if (atomic_add_negative(-1, &sem->count)) {
		atomic_inc(&sem->count);
		return 1;
	}
	return 0;
}

/* Give it back; still not above zero means someone sleeps on it. */
static inline void up(struct semaphore *sem)
{
	atomic_inc(&sem->count);
	if (atomic_read(&sem->count) <= 0)
		__up(sem);
}

#endif
