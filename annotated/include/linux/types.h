/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Basic kernel types.
 * Follows Linux 2.4.0 include/linux/types.h (posix_types folded in).
 */
/// 内核通用的基本类型。2.4.0: include/linux/types.h
/// 与 2.4.0 不同：2.4.0 的 pid_t、uid_t 等定义成 linux/posix_types.h 和 asm/posix_types.h 里的
/// __kernel_pid_t 之类，本移植把 posix_types 合并进来，直接写出最终的类型。
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#include <asm/types.h>

#ifndef _SIZE_T
#define _SIZE_T
/// 用 gcc 预定义的 __SIZE_TYPE__（i386 上是 unsigned int），与编译器心目中 memcpy、memset 等的原型
/// 一致，不会因类型不符而报警告。2.4.0 写的是 __kernel_size_t，也是 unsigned int。
typedef __SIZE_TYPE__ size_t;
#endif
/// 每个类型都用 #ifndef 保护，避免与别的头文件重复定义。
#ifndef _SSIZE_T
#define _SSIZE_T
typedef __PTRDIFF_TYPE__ ssize_t;
#endif
#ifndef _PTRDIFF_T
#define _PTRDIFF_T
typedef __PTRDIFF_TYPE__ ptrdiff_t;
#endif

/// 进程号。
typedef int pid_t;
typedef unsigned short mode_t;
/// 2.4.0 在 i386 上的 uid/gid 仍是 16 位；32 位的 uid 通过另一组 ...32 系统调用传递。
typedef unsigned short uid_t;
typedef unsigned short gid_t;
typedef long off_t;
/// 文件偏移用 64 位，大文件可超过 2G。
typedef long long loff_t;
typedef long time_t;
typedef long clock_t;
/// 设备号：高 8 位主设备号、低 8 位次设备号。2.4.0 定义在 linux/kdev_t.h；
/// struct console 的 device 回调要用到这个类型。
typedef unsigned short kdev_t;
typedef unsigned short nlink_t;

/// BSD 风格的简写，2.4.0 中同样提供。
typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
typedef unsigned long u_long;

/*
 * A set of file descriptors, one bit each: a task's open and
 * close-on-exec sets (and select()'s, in 2.4.0).
 */
/// §5.5：文件描述符的位图（files_struct 的 open_fds、close_on_exec；2.4.0 的 select 也用它），1024 位。
/// 2.4.0 在 asm/posix_types.h 用 btsl 之类的指令实现 __FD_SET 等，本移植用 C 写。
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
