/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * NULL and offsetof.
 * Follows Linux 2.4.0 include/linux/stddef.h.
 */
/// 内核自己的 NULL 和 offsetof（编译时用了 -nostdinc，不包含 C 库的 stddef.h）。
/// 2.4.0: include/linux/stddef.h
#ifndef _LINUX_STDDEF_H
#define _LINUX_STDDEF_H

#undef NULL
/// 先 #undef，防止与编译器或别的头文件的定义冲突。
#define NULL ((void *)0)

#undef offsetof
/// 成员在结构里的字节偏移，如 asm/processor.h 的 IO_BITMAP_OFFSET（I/O 位图在 TSS 中的位置）。
/// 与 2.4.0 不同：2.4.0 的写法是把 0 当作结构指针再取成员的地址；本移植用 gcc 的
/// __builtin_offsetof，结果相同，但它是标准认可的整数常量表达式，gcc 12 在任何地方用都不会报警告。
#define offsetof(TYPE, MEMBER) __builtin_offsetof(TYPE, MEMBER)

#endif
