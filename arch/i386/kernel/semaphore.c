// SPDX-License-Identifier: GPL-2.0-only
/*
 * The sleeping half of semaphores.  down() found the count negative: the
 * task sleeps on sem->wait until up() makes it possible to take it.
 * "sleepers" counts the tasks that have subtracted one from the count
 * and not yet got the semaphore; each waker adds everybody else's
 * share back in one step, so the count stays exact without a lock
 * around the fast paths.
 * 情景分析 chapter 4 (sleeping); §2.3 (mmap_sem).
 * Follows Linux 2.4.0 arch/i386/kernel/semaphore.c (the C part).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <asm/semaphore.h>

static spinlock_t semaphore_lock = SPIN_LOCK_UNLOCKED;

/* Someone waits: wake one (the waiters are exclusive). */
void __up(struct semaphore *sem)
{
	wake_up(&sem->wait);
}

/*
 * Sleep until the semaphore is ours.  Each pass adds the other sleepers'
 * decrements back ("sleepers - 1"); if the count is then not negative,
 * we own it, else we are the one sleeper left counted and sleep again.
 */
void __down(struct semaphore *sem)
{
	struct task_struct *me = current;
	DECLARE_WAITQUEUE(entry, me);

	me->state = TASK_UNINTERRUPTIBLE;
	add_wait_queue_exclusive(&sem->wait, &entry);

	spin_lock_irq(&semaphore_lock);
	sem->sleepers++;
	while (atomic_add_negative(sem->sleepers - 1, &sem->count)) {
		/* Still taken: stay counted as the one sleeper and wait. */
		sem->sleepers = 1;
		spin_unlock_irq(&semaphore_lock);
		schedule();
		me->state = TASK_UNINTERRUPTIBLE;
		spin_lock_irq(&semaphore_lock);
	}
	/* Ours: nobody else is counted in the count any more. */
	sem->sleepers = 0;
	spin_unlock_irq(&semaphore_lock);

	remove_wait_queue(&sem->wait, &entry);
	me->state = TASK_RUNNING;
	wake_up(&sem->wait);
}

/*
 * The same, but a signal ends the wait with -EINTR: our decrement is
 * given back (we stop counting as a sleeper).
 */
int __down_interruptible(struct semaphore *sem)
{
	struct task_struct *me = current;
	DECLARE_WAITQUEUE(entry, me);
	int result = 0;

	me->state = TASK_INTERRUPTIBLE;
	add_wait_queue_exclusive(&sem->wait, &entry);

	spin_lock_irq(&semaphore_lock);
	sem->sleepers++;
	for (;;) {
		int others = sem->sleepers - 1;

		if (signal_pending(me)) {
			/* Give back every decrement still counted, ours too. */
			sem->sleepers = 0;
			atomic_add(others + 1, &sem->count);
			result = -EINTR;
			break;
		}
		if (!atomic_add_negative(others, &sem->count)) {
			sem->sleepers = 0;
			break;
		}
		sem->sleepers = 1;
		spin_unlock_irq(&semaphore_lock);
		schedule();
		me->state = TASK_INTERRUPTIBLE;
		spin_lock_irq(&semaphore_lock);
	}
	spin_unlock_irq(&semaphore_lock);

	me->state = TASK_RUNNING;
	remove_wait_queue(&sem->wait, &entry);
	wake_up(&sem->wait);
	return result;
}
