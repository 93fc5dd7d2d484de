// SPDX-License-Identifier: GPL-2.0-only
/*
 * The character class table behind <linux/ctype.h>: ASCII in the lower
 * half, ISO 8859-1 (Latin-1) letters and signs in the upper half.
 * Support for printk and command-line parsing (book §10).
 * Follows Linux 2.4.0 lib/ctype.c.
 */
#include <linux/ctype.h>

/// §10 系统引导和初始化（内核通用支撑：字符类别）：字符类别表。
/// 2.4.0: lib/ctype.c _ctype[]
/// 每个字符占一个字节，每一位是一种类别（_U _L _D ... 见 linux/ctype.h），
/// 所以 isalpha() 之类只需一次查表加一次按位与，比一串比较快，也不必区分 ASCII 范围。
unsigned char _ctype[] = {
	/* 0x00-0x0f: controls; \t \n \v \f \r are also white space */
	_C, _C, _C, _C, _C, _C, _C, _C,
	/// \t \n \v \f \r 既是控制字符也是空白；空格本身则是 _S 加 _SP（可打印）。
	_C, _C | _S, _C | _S, _C | _S, _C | _S, _C | _S, _C, _C,
	/* 0x10-0x1f: controls */
	_C, _C, _C, _C, _C, _C, _C, _C,
	_C, _C, _C, _C, _C, _C, _C, _C,
	/* 0x20-0x2f: space, ! " # $ % & ' ( ) * + , - . / */
	_S | _SP, _P, _P, _P, _P, _P, _P, _P,
	_P, _P, _P, _P, _P, _P, _P, _P,
	/* 0x30-0x3f: 0-9, : ; < = > ? */
	_D, _D, _D, _D, _D, _D, _D, _D,
	_D, _D, _P, _P, _P, _P, _P, _P,
	/* 0x40-0x4f: @ A-O */
	/// A-F 和 a-f 额外带 _X：isxdigit() 就是 _D 或 _X。
	_P, _U | _X, _U | _X, _U | _X, _U | _X, _U | _X, _U | _X, _U,
	_U, _U, _U, _U, _U, _U, _U, _U,
	/* 0x50-0x5f: P-Z [ \ ] ^ _ */
	_U, _U, _U, _U, _U, _U, _U, _U,
	_U, _U, _U, _P, _P, _P, _P, _P,
	/* 0x60-0x6f: ` a-o */
	_P, _L | _X, _L | _X, _L | _X, _L | _X, _L | _X, _L | _X, _L,
	_L, _L, _L, _L, _L, _L, _L, _L,
	/* 0x70-0x7f: p-z { | } ~ DEL */
	_L, _L, _L, _L, _L, _L, _L, _L,
	_L, _L, _L, _P, _P, _P, _P, _C,
	/* 0x80-0x9f: no class */
	/// 上半部分按 ISO 8859-1（Latin-1）。0x80-0x9f 是 C1 控制字符，2.4.0 的表里
	/// 不给它们任何类别（连 _C 都没有）。
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	/* 0xa0-0xbf: no-break space, then Latin-1 signs */
	/// 0xa0 是不换行空格，算作空白。
	_S | _SP, _P, _P, _P, _P, _P, _P, _P,
	_P, _P, _P, _P, _P, _P, _P, _P,
	_P, _P, _P, _P, _P, _P, _P, _P,
	_P, _P, _P, _P, _P, _P, _P, _P,
	/* 0xc0-0xdf: upper case letters, 0xd7 is the multiplication sign */
	_U, _U, _U, _U, _U, _U, _U, _U,
	_U, _U, _U, _U, _U, _U, _U, _U,
	_U, _U, _U, _U, _U, _U, _U, _P,
	/// 0xdf（德文 ß）没有大写形式，但算小写；因此 toupper(0xdf) 得到 0xbf，
	/// 这个小毛病照 2.4.0 保留。
	_U, _U, _U, _U, _U, _U, _U, _L,
	/* 0xe0-0xff: lower case letters, 0xf7 is the division sign */
	_L, _L, _L, _L, _L, _L, _L, _L,
	_L, _L, _L, _L, _L, _L, _L, _L,
	_L, _L, _L, _L, _L, _L, _L, _P,
	_L, _L, _L, _L, _L, _L, _L, _L
};
