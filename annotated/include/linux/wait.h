/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Wait queues: a lock and a list of sleeping tasks.  The structures and
 * list helpers; sleeping and waking are in kernel/sched.c (sched.h).
 * 情景分析 §2.3 (page->wait).  Follows Linux 2.4.0 include/linux/wait.h.
 */
#ifndef _LINUX_WAIT_H
#define _LINUX_WAIT_H

#define WNOHANG		0x00000001	/* do not sleep */
#define WUNTRACED	0x00000002	/* also report stopped children */

#define __WNOTHREAD	0x20000000	/* not the other threads' children */
#define __WALL		0x40000000	/* every child, clone or not */
#define __WCLONE	0x80000000	/* only "clone" children */

#ifdef __KERNEL__

#include <linux/config.h>
#include <linux/list.h>
#include <linux/stddef.h>
#include <linux/spinlock.h>

/* Set on an entry that wants to be the only task woken. */
/// “独占”等待者：唤醒时只叫醒一个，免得一群进程被同时唤醒又只有一个能得到资源。
#define WQ_FLAG_EXCLUSIVE	0x01

struct task_struct;

/* 2.4.0's default: wait queues use a plain spin lock, not an rwlock. */
/// 2.4.0 默认（USE_RW_WAIT_QUEUE_SPINLOCK 为 0）用普通自旋锁保护等待队列。
typedef spinlock_t wq_lock_t;
#define WAITQUEUE_RW_LOCK_UNLOCKED	SPIN_LOCK_UNLOCKED

#define wq_read_lock			spin_lock
#define wq_read_lock_irqsave		spin_lock_irqsave
#define wq_read_unlock			spin_unlock
#define wq_read_unlock_irqrestore	spin_unlock_irqrestore
#define wq_write_lock_irq		spin_lock_irq
#define wq_write_lock_irqsave		spin_lock_irqsave
#define wq_write_unlock_irqrestore	spin_unlock_irqrestore
#define wq_write_unlock			spin_unlock

/* One sleeping task. */
/// 队列中的一项：哪个进程在等，以及把它链入队列的 list_head。
struct __wait_queue {
	unsigned int flags;
	struct task_struct *task;
	struct list_head task_list;
};
typedef struct __wait_queue wait_queue_t;

/* The head the waiters hang off. */
/// §2.3 队列头：页面描述结构中的 wait 就是它，等待页面解锁（PG_locked 清零）的进程睡在这里。
struct __wait_queue_head {
	wq_lock_t lock;
	struct list_head task_list;
};
typedef struct __wait_queue_head wait_queue_head_t;

#define __WAITQUEUE_INITIALIZER(name, tsk) { \
	.task = tsk, \
	.task_list = { NULL, NULL } }

#define DECLARE_WAITQUEUE(name, tsk) \
	wait_queue_t name = __WAITQUEUE_INITIALIZER(name, tsk)

#define __WAIT_QUEUE_HEAD_INITIALIZER(name) { \
	.lock = WAITQUEUE_RW_LOCK_UNLOCKED, \
	.task_list = { &(name).task_list, &(name).task_list } }

#define DECLARE_WAIT_QUEUE_HEAD(name) \
	wait_queue_head_t name = __WAIT_QUEUE_HEAD_INITIALIZER(name)

/// §2.3 初始化队列头：free_area_init_core 在建立 mem_map 时对每个页面的 wait 调用它。
/// 2.4.0: include/linux/wait.h init_waitqueue_head()
static inline void init_waitqueue_head(wait_queue_head_t *q)
{
	q->lock = WAITQUEUE_RW_LOCK_UNLOCKED;
	INIT_LIST_HEAD(&q->task_list);
}

/// §2.3 / §4.5 初始化一个等待项，让它代表进程 p；睡眠、唤醒的函数在 kernel/sched.c，挂入、摘除在 kernel/fork.c。
/// 2.4.0: include/linux/wait.h init_waitqueue_entry()
static inline void init_waitqueue_entry(wait_queue_t *q,
					struct task_struct *p)
{
	q->flags = 0;
	q->task = p;
}

/* Is anybody sleeping here?  (Lets wake-ups be skipped cheaply.) */
/// §2.7 队列上有没有进程。唤醒前先看一眼，没人等就省掉唤醒：2.4.0 的 __alloc_pages 就是这样
/// 决定要不要唤醒 kreclaimd 的。
/// 2.4.0: include/linux/wait.h waitqueue_active()
static inline int waitqueue_active(wait_queue_head_t *q)
{
	return !list_empty(&q->task_list);
}

/* The caller holds q->lock. */
/// §2.3 把等待项挂到队列头部；带下划线的版本要求调用者已经持有 q->lock。
/// 2.4.0: include/linux/wait.h __add_wait_queue()
static inline void __add_wait_queue(wait_queue_head_t *head,
				    wait_queue_t *new)
{
	list_add(&new->task_list, &head->task_list);
}

/// §2.3 挂到队尾：独占的等待者排在后面，唤醒时先叫醒非独占的。
/// 2.4.0: include/linux/wait.h __add_wait_queue_tail()
static inline void __add_wait_queue_tail(wait_queue_head_t *head,
					 wait_queue_t *new)
{
	list_add_tail(&new->task_list, &head->task_list);
}

/// §2.3 从队列中摘下等待项（队列头参数只是为了与加入时对称）。
/// 2.4.0: include/linux/wait.h __remove_wait_queue()
static inline void __remove_wait_queue(wait_queue_head_t *head,
				       wait_queue_t *old)
{
	list_del(&old->task_list);
}

#endif /* __KERNEL__ */

#endif /* _LINUX_WAIT_H */
