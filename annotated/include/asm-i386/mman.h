/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The i386 values of the mmap(), msync(), mlockall() and madvise()
 * arguments, as user programs pass them.
 * 情景分析 §2.13.  Follows Linux 2.4.0 include/asm-i386/mman.h.
 */
#ifndef __I386_MMAN_H__
#define __I386_MMAN_H__

/* prot: what the process may do with the pages. */
/// §2.13 mmap() 和 mprotect() 的 prot 参数；数值与 VM_READ/VM_WRITE/VM_EXEC 相同，换算时不必移位。
#define PROT_READ	0x1
#define PROT_WRITE	0x2
#define PROT_EXEC	0x4
#define PROT_NONE	0x0

/* flags: the low four bits say private or shared. */
/// flags 的低 4 位是映射方式：共享（写入对别的映射可见，并写回文件）或私有（写时拷贝）。
#define MAP_SHARED	0x01
#define MAP_PRIVATE	0x02
#define MAP_TYPE	0x0f
#define MAP_FIXED	0x10		/* exactly at addr, or fail */
#define MAP_ANONYMOUS	0x20		/* no file behind it */

/// 这三位与 VM_GROWSDOWN、VM_DENYWRITE、VM_EXECUTABLE 数值相同；后两个只供内核的 exec 使用。
#define MAP_GROWSDOWN	0x0100		/* a stack */
#define MAP_DENYWRITE	0x0800		/* writing the file gives ETXTBSY */
#define MAP_EXECUTABLE	0x1000
/// 2.4.0 的 do_mmap_pgoff 并不理会 MAP_LOCKED。
#define MAP_LOCKED	0x2000		/* like mlock() */
#define MAP_NORESERVE	0x4000		/* no check for free memory */

/* msync() */
#define MS_ASYNC	1
#define MS_INVALIDATE	2
#define MS_SYNC		4

/* mlockall() */
/// mlockall()：锁住现有的映射，和/或以后的映射（mm->def_flags 里的 VM_LOCKED）。
#define MCL_CURRENT	1		/* what is mapped now */
#define MCL_FUTURE	2		/* and what will be mapped */

/* madvise() */
#define MADV_NORMAL	0x0
#define MADV_RANDOM	0x1
#define MADV_SEQUENTIAL	0x2
#define MADV_WILLNEED	0x3
#define MADV_DONTNEED	0x4

/* Old names. */
#define MAP_ANON	MAP_ANONYMOUS
#define MAP_FILE	0

#endif /* __I386_MMAN_H__ */
