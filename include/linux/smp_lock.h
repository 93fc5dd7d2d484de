/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The big kernel lock.  On a uniprocessor kernel it costs nothing: a
 * task in the kernel is never preempted, so the lock has nothing to
 * keep out.  Follows Linux 2.4.0 include/linux/smp_lock.h (the !SMP
 * branch).
 */
#ifndef __LINUX_SMPLOCK_H
#define __LINUX_SMPLOCK_H

#define lock_kernel()		do { } while (0)
#define unlock_kernel()		do { } while (0)
#define release_kernel_lock(task, cpu)	do { } while (0)
#define reacquire_kernel_lock(task)	do { } while (0)
#define kernel_locked()		1

#endif /* __LINUX_SMPLOCK_H */
