/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Character classes for the kernel: one table lookup per test.
 * Follows Linux 2.4.0 include/linux/ctype.h.
 */
#ifndef _LINUX_CTYPE_H
#define _LINUX_CTYPE_H

/* Class bits stored in _ctype[] (lib/ctype.c), one byte per character. */
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
#define __ismask(x) (_ctype[(int)(unsigned char)(x)])

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

#define isascii(c)	(((unsigned char)(c)) <= 0x7f)
#define toascii(c)	(((unsigned char)(c)) & 0x7f)

static inline unsigned char __tolower(unsigned char c)
{
	if (isupper(c))
		c += 'a' - 'A';
	return c;
}

static inline unsigned char __toupper(unsigned char c)
{
	if (islower(c))
		c -= 'a' - 'A';
	return c;
}

#define tolower(c) __tolower(c)
#define toupper(c) __toupper(c)

#endif
