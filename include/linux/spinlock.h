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
#define spin_lock_irqsave(lock, flags) \
	do { local_irq_save(flags); spin_lock(lock); } while (0)
#define spin_lock_irq(lock) \
	do { local_irq_disable(); spin_lock(lock); } while (0)
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
typedef struct { } spinlock_t;
#define SPIN_LOCK_UNLOCKED	(spinlock_t) { }

/* Evaluate the argument so callers see no "unused variable" warning. */
#define spin_lock_init(lock)	do { (void)(lock); } while (0)
#define spin_lock(lock)		(void)(lock)
#define spin_is_locked(lock)	(0)
#define spin_trylock(lock)	({ (void)(lock); 1; })
#define spin_unlock_wait(lock)	do { (void)(lock); } while (0)
#define spin_unlock(lock)	(void)(lock)

typedef struct { } rwlock_t;
#define RW_LOCK_UNLOCKED	(rwlock_t) { }

#define rwlock_init(lock)	do { (void)(lock); } while (0)
#define read_lock(lock)		(void)(lock)
#define read_unlock(lock)	(void)(lock)
#define write_lock(lock)	(void)(lock)
#define write_unlock(lock)	(void)(lock)

#endif /* __LINUX_SPINLOCK_H */
