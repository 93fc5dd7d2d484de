/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Architecture-specific string and memory functions for i386.
 * Follows Linux 2.4.0 include/asm-i386/string.h.
 *
 * 2.4.0 puts inline-assembly versions (rep movsl, rep stosb, scasb ...)
 * here and defines __HAVE_ARCH_<NAME> for each, so lib/string.c skips its
 * C version.  This port defines none of them: every function comes from
 * the plain C versions in lib/string.c, which are easier to read and to
 * test on the host.  Where the generic 2.4.0 C code and the i386 assembly
 * behave differently, lib/string.c follows the i386 behaviour.
 */
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）。
/// 与 2.4.0 的偏差：2.4.0 在这个文件里为 i386 写了二十来个内联汇编版本
/// （rep movsl 复制、rep stosb 填充、repnz scasb 查找等），并用 __HAVE_ARCH_XXX 让
/// lib/string.c 跳过对应的 C 版本。本移植一个也不提供，全部使用 lib/string.c 的 C 版本：
/// 代码好读，而且主机单元测试可以直接拿它们和 glibc 对照。代价是速度，对学习用的
/// 内核无关紧要。C 版本在行为上以 i386 汇编版本为准（见 lib/string.c 的注释）。
/// 这一处偏差记入 Documentation/deviations.md。
#ifndef _I386_STRING_H_
#define _I386_STRING_H_

#endif
