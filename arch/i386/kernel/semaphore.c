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
	struct task_struct *tsk = current;
	DECLARE_WAITQUEUE(wait, tsk);

	tsk->state = TASK_UNINTERRUPTIBLE;
	add_wait_queue_exclusive(&sem->wait, &wait);

	spin_lock_irq(&semaphore_lock);
	sem->sleepers++;
	for (;;) {
		int sleepers = sem->sleepers;

		if (!atomic_add_negative(sleepers - 1, &sem->count)) {
			sem->sleepers = 0;
			break;
		}
		sem->sleepers = 1;	/* us: see the -1 above */
		spin_unlock_irq(&semaphore_lock);

		schedule();
		tsk->state = TASK_UNINTERRUPTIBLE;
		spin_lock_irq(&semaphore_lock);
	}
	spin_unlock_irq(&semaphore_lock);
	remove_wait_queue(&sem->wait, &wait);
	tsk->state = TASK_RUNNING;
	wake_up(&sem->wait);
}

/*
 * The same, but a signal ends the wait with -EINTR: our decrement is
 * given back (we stop counting as a sleeper).
 */
int __down_interruptible(struct semaphore *sem)
{
	int retval = 0;
	struct task_struct *tsk = current;
	DECLARE_WAITQUEUE(wait, tsk);

	tsk->state = TASK_INTERRUPTIBLE;
	add_wait_queue_exclusive(&sem->wait, &wait);

	spin_lock_irq(&semaphore_lock);
	sem->sleepers++;
	for (;;) {
		int sleepers = sem->sleepers;

		if (signal_pending(current)) {
			retval = -EINTR;
			sem->sleepers = 0;
			atomic_add(sleepers, &sem->count);
			break;
		}

		if (!atomic_add_negative(sleepers - 1, &sem->count)) {
			sem->sleepers = 0;
			break;
		}
		sem->sleepers = 1;	/* us: see the -1 above */
		spin_unlock_irq(&semaphore_lock);

		schedule();
		tsk->state = TASK_INTERRUPTIBLE;
		spin_lock_irq(&semaphore_lock);
	}
	spin_unlock_irq(&semaphore_lock);
	tsk->state = TASK_RUNNING;
	remove_wait_queue(&sem->wait, &wait);
	wake_up(&sem->wait);
	return retval;
}
