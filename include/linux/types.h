/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Basic kernel types.
 * Follows Linux 2.4.0 include/linux/types.h (posix_types folded in).
 */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#include <asm/types.h>

#ifndef _SIZE_T
#define _SIZE_T
typedef __SIZE_TYPE__ size_t;
#endif
#ifndef _SSIZE_T
#define _SSIZE_T
typedef __PTRDIFF_TYPE__ ssize_t;
#endif
#ifndef _PTRDIFF_T
#define _PTRDIFF_T
typedef __PTRDIFF_TYPE__ ptrdiff_t;
#endif

typedef int pid_t;
typedef unsigned short mode_t;
typedef unsigned short uid_t;
typedef unsigned short gid_t;
typedef long off_t;
typedef long long loff_t;
typedef long time_t;
typedef long clock_t;
typedef unsigned short kdev_t;
typedef unsigned short nlink_t;

typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
typedef unsigned long u_long;

/*
 * A set of file descriptors, one bit each: a task's open and
 * close-on-exec sets (and select()'s, in 2.4.0).
 */
#define __FD_SETSIZE	1024
#define __NFDBITS	(8 * sizeof(unsigned long))
#define __FDSET_LONGS	(__FD_SETSIZE / __NFDBITS)

typedef struct {
	unsigned long fds_bits[__FDSET_LONGS];
} __kernel_fd_set;

typedef __kernel_fd_set fd_set;

#define __FD_SET(fd, p) \
	((p)->fds_bits[(fd) / __NFDBITS] |= (1UL << ((fd) % __NFDBITS)))
#define __FD_CLR(fd, p) \
	((p)->fds_bits[(fd) / __NFDBITS] &= ~(1UL << ((fd) % __NFDBITS)))
#define __FD_ISSET(fd, p) \
	(((p)->fds_bits[(fd) / __NFDBITS] >> ((fd) % __NFDBITS)) & 1)
#define FD_SET(fd, p)	__FD_SET(fd, p)
#define FD_CLR(fd, p)	__FD_CLR(fd, p)
#define FD_ISSET(fd, p)	__FD_ISSET(fd, p)

#endif /* _LINUX_TYPES_H */
