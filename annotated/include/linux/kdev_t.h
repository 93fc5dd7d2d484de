/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Device numbers: kdev_t holds the major number in its high byte and the
 * minor number in its low byte (/proc/<pid>/maps prints them "%02x:%02x").
 * Follows Linux 2.4.0 include/linux/kdev_t.h (the kernel side only).
 */
#ifndef _LINUX_KDEV_T_H
#define _LINUX_KDEV_T_H

#define MINORBITS	8
#define MINORMASK	((1U << MINORBITS) - 1)

#define MAJOR(dev)	((unsigned int) ((dev) >> MINORBITS))
#define MINOR(dev)	((unsigned int) ((dev) & MINORMASK))
#define MKDEV(ma, mi)	(((ma) << MINORBITS) | (mi))

#endif /* _LINUX_KDEV_T_H */
