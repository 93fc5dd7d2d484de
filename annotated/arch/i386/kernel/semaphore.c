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
/// §4.9 内核中的互斥操作：信号量的慢路径。down() 发现计数变成负数就到这里睡眠，up() 发现有人在等就唤醒一个。
/// mmap_sem 就是信号量；本移植里真正会睡在信号量上的是 vfork 的父进程（do_fork 的 sem）。
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <asm/semaphore.h>

static spinlock_t semaphore_lock = SPIN_LOCK_UNLOCKED;

/* Someone waits: wake one (the waiters are exclusive). */
/// §4.9：计数在 up 之后仍不为正：有人在睡，唤醒一个（等待者都是独占的）。2.4.0: arch/i386/kernel/semaphore.c __up()
void __up(struct semaphore *sem)
{
	wake_up(&sem->wait);
}

/*
 * Sleep until the semaphore is ours.  Each pass adds the other sleepers'
 * decrements back ("sleepers - 1"); if the count is then not negative,
 * we own it, else we are the one sleeper left counted and sleep again.
 */
/// §4.9：不可中断地等待信号量。2.4.0: arch/i386/kernel/semaphore.c __down()
/// sleepers 记着“已经把计数减了 1 却还没拿到信号量”的进程数。每次醒来，把其他睡眠者的那一份（sleepers - 1）加回计数：
/// 结果不为负就说明信号量归自己了；否则自己是唯一还算在计数里的睡眠者（sleepers = 1），继续睡。这样快路径（down/up 里的
/// 一次加减）不需要任何锁，计数始终准确。拿到后再唤醒下一个，让它重新检查。
void __down(struct semaphore *sem)
{
	struct task_struct *me = current;
	DECLARE_WAITQUEUE(entry, me);

	me->state = TASK_UNINTERRUPTIBLE;
	add_wait_queue_exclusive(&sem->wait, &entry);

	spin_lock_irq(&semaphore_lock);
	sem->sleepers++;
	/// 循环条件就是“把其他睡眠者的减量加回之后计数仍为负”：信号量还被别人占着。为负时留下自己这一份（sleepers = 1）去睡。
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
/// §4.9：可被信号打断的等待；打断时把自己那一份减量加回去，返回 -EINTR。2.4.0: arch/i386/kernel/semaphore.c __down_interruptible()
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

		/// 有信号：把 sleepers 里记着的全部减量（others 加上自己的 1）一次加回，sleepers 清零；
		/// 还在睡的其他进程被末尾的 wake_up 唤醒后会重新减去自己的一份。
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
