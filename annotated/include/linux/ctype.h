/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Character classes for the kernel: one table lookup per test.
 * Follows Linux 2.4.0 include/linux/ctype.h.
 */
#ifndef _LINUX_CTYPE_H
#define _LINUX_CTYPE_H

/* Class bits stored in _ctype[] (lib/ctype.c), one byte per character. */
/// 八个类别位正好占满一个字节，_ctype[] 中每个字符一个字节。
#define _U	0x01	/* upper case letter */
#define _L	0x02	/* lower case letter */
#define _D	0x04	/* decimal digit */
#define _C	0x08	/* control character */
#define _P	0x10	/* punctuation */
#define _S	0x20	/* white space: space, \t \n \v \f \r */
#define _X	0x40	/* hex digit letter a-f A-F */
#define _SP	0x80	/* the space character itself */

extern unsigned char _ctype[];

/* Index through unsigned char so that bytes above 0x7f never go negative. */
/// 先转成 unsigned char 再作下标：char 在 i386 上是有符号的，Latin-1 字符（如 0xe9）
/// 直接作下标会变成负数，读到表外面去。
#define __ismask(x) (_ctype[(int)(unsigned char)(x)])

/// 每个宏都只查一次表，参数只求值一次，所以 isdigit(*p++) 这样的写法是安全的。
#define isalnum(c)	((__ismask(c) & (_U | _L | _D)) != 0)
#define isalpha(c)	((__ismask(c) & (_U | _L)) != 0)
#define iscntrl(c)	((__ismask(c) & (_C)) != 0)
#define isdigit(c)	((__ismask(c) & (_D)) != 0)
#define isgraph(c)	((__ismask(c) & (_P | _U | _L | _D)) != 0)
#define islower(c)	((__ismask(c) & (_L)) != 0)
#define isprint(c)	((__ismask(c) & (_P | _U | _L | _D | _SP)) != 0)
#define ispunct(c)	((__ismask(c) & (_P)) != 0)
#define isspace(c)	((__ismask(c) & (_S)) != 0)
#define isupper(c)	((__ismask(c) & (_U)) != 0)
#define isxdigit(c)	((__ismask(c) & (_D | _X)) != 0)

/// 这两个不查表，只看最高位。
#define isascii(c)	(((unsigned char)(c)) <= 0x7f)
#define toascii(c)	(((unsigned char)(c)) & 0x7f)

/// §10 系统引导和初始化（内核通用支撑：字符类别）：大写字母转小写，其他字符不变。
/// 2.4.0: include/linux/ctype.h __tolower()
/// 写成 static inline 函数而不是宏：参数只求值一次，返回 unsigned char。
/// Latin-1 的大小写字母同样相差 0x20，所以对 0xc0-0xde 的大写字母也成立。
static inline unsigned char __tolower(unsigned char c)
{
	if (isupper(c))
		c += 'a' - 'A';
	return c;
}

/// §10 系统引导和初始化（内核通用支撑：字符类别）：小写字母转大写，其他字符不变。
/// 2.4.0: include/linux/ctype.h __toupper()
static inline unsigned char __toupper(unsigned char c)
{
	if (islower(c))
		c -= 'a' - 'A';
	return c;
}

#define tolower(c) __tolower(c)
#define toupper(c) __toupper(c)

#endif
