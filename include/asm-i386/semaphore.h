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
 * negative (up).  2.4.0 sleeps and wakes here (arch/i386/kernel/
 * semaphore.c); with one task and no scheduler there is no one to wait
 * for.
 */
static inline void __down(struct semaphore *sem)
{
	BUG();
}

static inline void __up(struct semaphore *sem)
{
	BUG();
}

/* Take the semaphore: one less; below zero we would have to sleep. */
static inline void down(struct semaphore *sem)
{
	if (atomic_add_negative(-1, &sem->count))
		__down(sem);
}

/* The same, but a signal may end the wait (-EINTR).  Returns 0. */
static inline int down_interruptible(struct semaphore *sem)
{
	if (atomic_add_negative(-1, &sem->count))
		__down(sem);
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
