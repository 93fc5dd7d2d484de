/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * String and memory functions of the kernel (no C library here).
 * Follows Linux 2.4.0 include/linux/string.h.
 */
#ifndef _LINUX_STRING_H_
#define _LINUX_STRING_H_

#include <linux/types.h>
#include <linux/stddef.h>

/* An architecture may define __HAVE_ARCH_<NAME> and supply its own. */
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）。
/// 先包含体系结构的头文件：它若定义了 __HAVE_ARCH_XXX 并给出自己的实现，
/// 下面对应的声明和 lib/string.c 中的 C 版本就都让位。本移植的 asm-i386/string.h
/// 什么也不定义，所以全部函数都来自 lib/string.c。
#include <asm/string.h>

/// 这几个声明不受 __HAVE_ARCH_ 开关控制：无论由谁实现，原型都一样。
extern char *___strtok;
extern char *strpbrk(const char *, const char *);
extern char *strtok(char *, const char *);
extern char *strsep(char **, const char *);
extern size_t strspn(const char *, const char *);

/// 以下每个声明都用 __HAVE_ARCH_XXX 括起来，与 lib/string.c 中的实现一一对应。
/// 类型用 size_t：2.4.0 用的是 __kernel_size_t，本移植把 posix_types 并进了 linux/types.h。
#ifndef __HAVE_ARCH_STRCPY
extern char *strcpy(char *, const char *);
#endif
#ifndef __HAVE_ARCH_STRNCPY
extern char *strncpy(char *, const char *, size_t);
#endif
#ifndef __HAVE_ARCH_STRCAT
extern char *strcat(char *, const char *);
#endif
#ifndef __HAVE_ARCH_STRNCAT
extern char *strncat(char *, const char *, size_t);
#endif
#ifndef __HAVE_ARCH_STRCMP
extern int strcmp(const char *, const char *);
#endif
#ifndef __HAVE_ARCH_STRNCMP
extern int strncmp(const char *, const char *, size_t);
#endif
#ifndef __HAVE_ARCH_STRNICMP
extern int strnicmp(const char *, const char *, size_t);
#endif
#ifndef __HAVE_ARCH_STRCHR
extern char *strchr(const char *, int);
#endif
#ifndef __HAVE_ARCH_STRRCHR
extern char *strrchr(const char *, int);
#endif
#ifndef __HAVE_ARCH_STRSTR
extern char *strstr(const char *, const char *);
#endif
#ifndef __HAVE_ARCH_STRLEN
extern size_t strlen(const char *);
#endif
#ifndef __HAVE_ARCH_STRNLEN
extern size_t strnlen(const char *, size_t);
#endif

#ifndef __HAVE_ARCH_MEMSET
extern void *memset(void *, int, size_t);
#endif
/// bcopy 的参数顺序与 memcpy 相反（源在前），返回类型沿用 2.4.0 的 char *。
#ifndef __HAVE_ARCH_BCOPY
extern char *bcopy(const char *, char *, int);
#endif
#ifndef __HAVE_ARCH_MEMCPY
extern void *memcpy(void *, const void *, size_t);
#endif
#ifndef __HAVE_ARCH_MEMMOVE
extern void *memmove(void *, const void *, size_t);
#endif
/// memscan 是内核自己的函数，C 库没有：找不到时返回区域末尾。
#ifndef __HAVE_ARCH_MEMSCAN
extern void *memscan(void *, int, size_t);
#endif
#ifndef __HAVE_ARCH_MEMCMP
extern int memcmp(const void *, const void *, size_t);
#endif
#ifndef __HAVE_ARCH_MEMCHR
extern void *memchr(const void *, int, size_t);
#endif

#endif /* _LINUX_STRING_H_ */
