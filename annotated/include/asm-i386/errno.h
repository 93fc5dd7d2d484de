/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Error numbers, i386 Linux values.
 * Follows Linux 2.4.0 include/asm-i386/errno.h.
 */
/// 错误码的数值是 i386 Linux 与用户程序之间的约定（ABI），不能改。系统调用出错时返回负的错误码，
/// 用户空间的 C 库取反后放进 errno。本移植只列出前 38 个，2.4.0 的表更长（到一百多号）。
/// 2.4.0: include/asm-i386/errno.h
#ifndef _I386_ERRNO_H
#define _I386_ERRNO_H

/// 没有权限：如普通用户调用 swapon、mlockall（需要相应的特权）。
#define EPERM		 1	/* Operation not permitted */
#define ENOENT		 2	/* No such file or directory */
#define ESRCH		 3	/* No such process */
#define EINTR		 4	/* Interrupted system call */
#define EIO		 5	/* I/O error */
#define ENXIO		 6	/* No such device or address */
#define E2BIG		 7	/* Argument list too long */
#define ENOEXEC		 8	/* Exec format error */
#define EBADF		 9	/* Bad file number */
#define ECHILD		10	/* No child processes */
/// 资源暂时不够，稍后可以重试（如 fork 时用户的进程数达到上限）。
#define EAGAIN		11	/* Try again */
/// 内存不够：mmap 在用户空间里找不到足够大的空闲区间、分配 vm_area_struct 或页面失败（§2.13）。
/// 注意 brk 失败时并不返回错误码，而是返回原来的 brk 值（§2.12）。
#define ENOMEM		12	/* Out of memory */
/// mmap 一个打开方式不允许的文件（如对只读打开的文件建立可写的共享映射）时返回它。
#define EACCES		13	/* Permission denied */
/// 用户给的指针不可访问：落在 3G 以上的内核空间，或者没有映射。copy_from_user 出错时由异常表的
/// 修复代码返回它（§2.4，asm/uaccess.h）。
#define EFAULT		14	/* Bad address */
#define ENOTBLK		15	/* Block device required */
#define EBUSY		16	/* Device or resource busy */
#define EEXIST		17	/* File exists */
#define EXDEV		18	/* Cross-device link */
#define ENODEV		19	/* No such device */
#define ENOTDIR		20	/* Not a directory */
#define EISDIR		21	/* Is a directory */
/// 参数不合法：如 MAP_FIXED 的地址没有页面对齐，或区间越过 TASK_SIZE（3G）。
#define EINVAL		22	/* Invalid argument */
#define ENFILE		23	/* File table overflow */
#define EMFILE		24	/* Too many open files */
#define ENOTTY		25	/* Not a typewriter */
#define ETXTBSY		26	/* Text file busy */
#define EFBIG		27	/* File too large */
#define ENOSPC		28	/* No space left on device */
#define ESPIPE		29	/* Illegal seek */
#define EROFS		30	/* Read-only file system */
#define EMLINK		31	/* Too many links */
#define EPIPE		32	/* Broken pipe */
#define EDOM		33	/* Math argument out of domain of func */
#define ERANGE		34	/* Math result not representable */
#define EDEADLK		35	/* Resource deadlock would occur */
#define ENAMETOOLONG	36	/* File name too long */
#define ENOLCK		37	/* No record locks available */
/// 没有实现的系统调用，sys_ni_syscall 返回 -38。
#define ENOSYS		38	/* Function not implemented */
#define ENOTEMPTY	39	/* Directory not empty */
#define ELOOP		40	/* Too many symbolic links encountered */
#define EOVERFLOW	75	/* Value too large for defined data type */
#define ELIBBAD		80	/* Accessing a corrupted shared library */

#endif
