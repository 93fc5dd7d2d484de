/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Major device numbers, as far as the port has drivers for them.
 * Follows Linux 2.4.0 include/linux/major.h.
 */
#ifndef _LINUX_MAJOR_H
#define _LINUX_MAJOR_H

#define MAX_CHRDEV	255
#define MAX_BLKDEV	255

#define TTY_MAJOR	4
#define IDE0_MAJOR	3	/* hda, hdb */

#endif
