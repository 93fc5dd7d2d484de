/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Device numbers inside the kernel: a kdev_t (linux/types.h) holds the
 * major number in its high byte and the minor in its low byte.
 * Follows Linux 2.4.0 include/linux/kdev_t.h.
 */
#ifndef _LINUX_KDEV_T_H
#define _LINUX_KDEV_T_H

#define MINORBITS	8
#define MINORMASK	((1U << MINORBITS) - 1)

#define MAJOR(dev)	((unsigned int) ((dev) >> MINORBITS))
#define MINOR(dev)	((unsigned int) ((dev) & MINORMASK))
#define MKDEV(ma, mi)	((kdev_t) (((ma) << MINORBITS) | (mi)))
#define NODEV		0

/* The 16-bit numbers user space and the inode carry are the same. */
#define kdev_t_to_nr(dev)	(dev)
#define to_kdev_t(nr)		((kdev_t) (nr))

#endif
