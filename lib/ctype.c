// SPDX-License-Identifier: GPL-2.0-only
/*
 * The character class table behind <linux/ctype.h>: ASCII in the lower
 * half, ISO 8859-1 (Latin-1) letters and signs in the upper half.
 * Support for printk and command-line parsing (book §10).
 * Follows Linux 2.4.0 lib/ctype.c.
 */
#include <linux/ctype.h>

unsigned char _ctype[] = {
	/* 0x00-0x0f: controls; \t \n \v \f \r are also white space */
	_C, _C, _C, _C, _C, _C, _C, _C,
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
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	/* 0xa0-0xbf: no-break space, then Latin-1 signs */
	_S | _SP, _P, _P, _P, _P, _P, _P, _P,
	_P, _P, _P, _P, _P, _P, _P, _P,
	_P, _P, _P, _P, _P, _P, _P, _P,
	_P, _P, _P, _P, _P, _P, _P, _P,
	/* 0xc0-0xdf: upper case letters, 0xd7 is the multiplication sign */
	_U, _U, _U, _U, _U, _U, _U, _U,
	_U, _U, _U, _U, _U, _U, _U, _U,
	_U, _U, _U, _U, _U, _U, _U, _P,
	_U, _U, _U, _U, _U, _U, _U, _L,
	/* 0xe0-0xff: lower case letters, 0xf7 is the division sign */
	_L, _L, _L, _L, _L, _L, _L, _L,
	_L, _L, _L, _L, _L, _L, _L, _L,
	_L, _L, _L, _L, _L, _L, _L, _P,
	_L, _L, _L, _L, _L, _L, _L, _L
};
