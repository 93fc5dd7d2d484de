/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Lock bookkeeping for the VMA host tests.  On one CPU spin_lock() is
 * empty, so a missed unlock or a lock taken in the wrong order would go
 * unnoticed.  Kernel objects built with this file as "-include" (see the
 * Makefile: mm/mlock.o, mm/mprotect.o) call host_spin_lock/unlock
 * instead, and the link wraps lock_vma_mappings/unlock_vma_mappings, so
 * every call is counted and checked against 2.4.0's rules:
 *  - nothing is released that is not held;
 *  - a mapping's i_shared_lock (lock_vma_mappings) is taken outside
 *    mm->page_table_lock: never while a spin lock is held, and released
 *    only after it;
 *  - everything is released again when the system call returns.
 * Plain C types only: both worlds include this file.
 */
#ifndef _TESTS_HOST_LOCK_HOST_H
#define _TESTS_HOST_LOCK_HOST_H

struct host_lock_counts {
	long spin_locks, spin_unlocks;		/* counted objects only */
	long map_locks, map_unlocks;		/* (un)lock_vma_mappings */
};
extern void host_lock_counts_get(struct host_lock_counts *c);
extern void host_lock_counts_reset(void);

/*
 * 0 if no rule was broken since the last reset and no lock is held now;
 * else -1 with the first broken rule in msg.
 */
extern int host_lock_check(char *msg);

#ifdef __KERNEL__
#include <linux/spinlock.h>

extern void host_spin_lock(void *lock);
extern void host_spin_unlock(void *lock);

#undef spin_lock
#undef spin_unlock
#define spin_lock(lock)		host_spin_lock(lock)
#define spin_unlock(lock)	host_spin_unlock(lock)
#endif /* __KERNEL__ */

#endif /* _TESTS_HOST_LOCK_HOST_H */
