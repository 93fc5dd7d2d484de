/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Fixed-size integer types for i386.
 * Follows Linux 2.4.0 include/asm-i386/types.h.
 */
/// §2.1 内存管理的基本框架（基本类型）：i386 上 int、long 和指针都是 32 位，所以一个 unsigned long
/// 既能放线性地址，也能放 4G 以内的物理地址；页面表项 pte_t 里装的就是一个 32 位的 unsigned long。
/// 2.4.0: include/asm-i386/types.h
#ifndef _I386_TYPES_H
#define _I386_TYPES_H

/// 文件的类型和权限位（16 位就够）。
typedef unsigned short umode_t;

/// 带双下划线的版本给可能被用户程序包含的头文件用，不占用用户的名字空间；
/// __signed__ 是 gcc 对 signed 的另一种拼法，兼容不认识 signed 的老式 C。
typedef __signed__ char __s8;
typedef unsigned char __u8;
typedef __signed__ short __s16;
typedef unsigned short __u16;
typedef __signed__ int __s32;
typedef unsigned int __u32;
/// 64 位整数：e820 表的地址和长度（可能超过 4G）就用它。i386 上 64 位除法要借助
/// asm/div64.h 的 do_div()，因为内核不链接 libgcc。
typedef __signed__ long long __s64;
typedef unsigned long long __u64;

/// 内核内部用的短名字，只在编译内核时可见。
#ifdef __KERNEL__
typedef signed char s8;
typedef unsigned char u8;
typedef signed short s16;
typedef unsigned short u16;
typedef signed int s32;
typedef unsigned int u32;
typedef signed long long s64;
typedef unsigned long long u64;

/// 按 long 操作的位图（伙伴系统的位图、page->flags 的位操作）要知道一个 long 有多少位。
#define BITS_PER_LONG 32

/// 设备做 DMA 时看到的总线地址。i386 上总线地址就是物理地址（asm/io.h：virt_to_bus 即
/// virt_to_phys），所以 32 位足够。
typedef u32 dma_addr_t;
#endif

#endif /* _I386_TYPES_H */
