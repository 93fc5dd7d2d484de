/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The kinds of atomic kmap: each has its own fixmap slot per CPU, so two
 * kinds can be mapped at once without sleeping.
 * 情景分析 §2.1 (HIGHMEM).  Follows Linux 2.4.0 include/asm-i386/kmap_types.h.
 */
/// §2.1（高端内存）：kmap_atomic() 的“用途”编号。每种用途在每个 CPU 上有自己固定的一个虚拟页面（fixmap 中的一个槽位），
/// 所以同一 CPU 上两种用途可以同时映射而互不覆盖，又不必像 kmap() 那样加锁、分配槽位、可能睡眠。2.4.0 只有块设备 I/O 的
/// “弹跳缓冲区”（bounce buffer）读、写两种用途；后来的内核加了很多种。KM_TYPE_NR 是种数，决定 fixmap 要留多少槽位。
/// 2.4.0: include/asm-i386/kmap_types.h
#ifndef _ASM_KMAP_TYPES_H
#define _ASM_KMAP_TYPES_H

enum km_type {
	KM_BOUNCE_READ,
	KM_BOUNCE_WRITE,
	KM_TYPE_NR
};

#endif
