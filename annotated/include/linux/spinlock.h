/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Spin locks and reader-writer locks, uniprocessor flavour: the lock
 * operations cost nothing, the irq-saving forms still switch interrupts.
 * 情景分析 §2.7 (zone->lock).  Follows Linux 2.4.0 include/linux/spinlock.h
 * (the !CONFIG_SMP half).
 */
#ifndef __LINUX_SPINLOCK_H
#define __LINUX_SPINLOCK_H

#include <linux/config.h>
#include <asm/system.h>

/* Interrupt-safe forms: on one CPU only the interrupt flag matters. */
/// §2.7 单 CPU 上，真正起保护作用的是关中断：中断处理程序里也会分配、释放页面
/// （GFP_ATOMIC），所以 rmqueue、__free_pages_ok 操作管理区的空闲队列时用
/// spin_lock_irqsave，把中断关掉，而不仅是“加锁”。
#define spin_lock_irqsave(lock, flags) \
	do { local_irq_save(flags); spin_lock(lock); } while (0)
#define spin_lock_irq(lock) \
	do { local_irq_disable(); spin_lock(lock); } while (0)
/// _bh 形式还要关掉“下半部”；local_bh_disable 随软中断一起移植，现在只是宏里的名字。
#define spin_lock_bh(lock) \
	do { local_bh_disable(); spin_lock(lock); } while (0)

#define read_lock_irqsave(lock, flags) \
	do { local_irq_save(flags); read_lock(lock); } while (0)
#define read_lock_irq(lock) \
	do { local_irq_disable(); read_lock(lock); } while (0)
#define read_lock_bh(lock) \
	do { local_bh_disable(); read_lock(lock); } while (0)

#define write_lock_irqsave(lock, flags) \
	do { local_irq_save(flags); write_lock(lock); } while (0)
#define write_lock_irq(lock) \
	do { local_irq_disable(); write_lock(lock); } while (0)
#define write_lock_bh(lock) \
	do { local_bh_disable(); write_lock(lock); } while (0)

#define spin_unlock_irqrestore(lock, flags) \
	do { spin_unlock(lock); local_irq_restore(flags); } while (0)
#define spin_unlock_irq(lock) \
	do { spin_unlock(lock); local_irq_enable(); } while (0)
#define spin_unlock_bh(lock) \
	do { spin_unlock(lock); local_bh_enable(); } while (0)

#define read_unlock_irqrestore(lock, flags) \
	do { read_unlock(lock); local_irq_restore(flags); } while (0)
#define read_unlock_irq(lock) \
	do { read_unlock(lock); local_irq_enable(); } while (0)
#define read_unlock_bh(lock) \
	do { read_unlock(lock); local_bh_enable(); } while (0)

#define write_unlock_irqrestore(lock, flags) \
	do { write_unlock(lock); local_irq_restore(flags); } while (0)
#define write_unlock_irq(lock) \
	do { write_unlock(lock); local_irq_enable(); } while (0)
#define write_unlock_bh(lock) \
	do { write_unlock(lock); local_bh_enable(); } while (0)

/*
 * gcc 3 and later give an empty struct size 0, so a lock embedded in a
 * structure takes no room (2.4.0 needed a dummy int for gcc 2.x).
 */
/// 单 CPU 上没有别的处理器会同时进入临界区，自旋锁本身什么也不用记。
/// gcc 3 以后空结构的大小是 0，所以嵌在 page（经由 wait 队列）、zone_t 里的锁不占空间，
/// struct page 正好 64 字节（2.4.0 当年用 gcc 2.x 编译，空结构要占位，是 68 字节）。
typedef struct { } spinlock_t;
#define SPIN_LOCK_UNLOCKED	(spinlock_t) { }

/* Evaluate the argument so callers see no "unused variable" warning. */
#define spin_lock_init(lock)	do { (void)(lock); } while (0)
/// 求值一次参数，调用者就不会得到“变量未使用”的警告，但不生成任何指令；
/// 调用保留在源码里，将来换成 SMP 的实现时代码不用改。
#define spin_lock(lock)		(void)(lock)
#define spin_is_locked(lock)	(0)
/// 单 CPU 上总能拿到锁。
#define spin_trylock(lock)	({ (void)(lock); 1; })
#define spin_unlock_wait(lock)	do { (void)(lock); } while (0)
#define spin_unlock(lock)	(void)(lock)

/// 读写锁同理：单 CPU 上为空。
typedef struct { } rwlock_t;
#define RW_LOCK_UNLOCKED	(rwlock_t) { }

#define rwlock_init(lock)	do { (void)(lock); } while (0)
#define read_lock(lock)		(void)(lock)
#define read_unlock(lock)	(void)(lock)
#define write_lock(lock)	(void)(lock)
#define write_unlock(lock)	(void)(lock)

#endif /* __LINUX_SPINLOCK_H */
