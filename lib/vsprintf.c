// SPDX-License-Identifier: GPL-2.0-only
/*
 * vsprintf() and sprintf() for printk, and the simple_strto*() number
 * parsers for the command line.  No floating point, no bounds checking.
 * Support for printk (book §10).
 * Follows Linux 2.4.0 lib/vsprintf.c.
 */
#include <stdarg.h>
#include <linux/types.h>
#include <linux/string.h>
#include <linux/ctype.h>
#include <linux/kernel.h>

#include <asm/div64.h>

/*
 * Parse an unsigned number.  Base 0 means: "0x" prefix is hex, a leading
 * "0" is octal, else decimal.  Only 0-9 a-f A-F are digits (no base above
 * 16), leading blanks and signs are not skipped and overflow is not
 * detected.  *endp gets the first unparsed character.
 */
unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base)
{
	unsigned long result = 0, value;

	if (!base) {
		base = 10;
		if (*cp == '0') {
			base = 8;
			cp++;
			if (*cp == 'x' && isxdigit(cp[1])) {
				cp++;
				base = 16;
			}
		}
	}
	while (isxdigit(*cp)) {
		value = isdigit(*cp) ? *cp - '0' : toupper(*cp) - 'A' + 10;
		if (value >= base)
			break;
		result = result * base + value;
		cp++;
	}
	if (endp)
		*endp = (char *)cp;
	return result;
}

long simple_strtol(const char *cp, char **endp, unsigned int base)
{
	if (*cp == '-')
		return -simple_strtoul(cp + 1, endp, base);
	return simple_strtoul(cp, endp, base);
}

/* The same for 64-bit values (the multiply is inline, no libgcc). */
unsigned long long simple_strtoull(const char *cp, char **endp,
				   unsigned int base)
{
	unsigned long long result = 0, value;

	if (!base) {
		base = 10;
		if (*cp == '0') {
			base = 8;
			cp++;
			if (*cp == 'x' && isxdigit(cp[1])) {
				cp++;
				base = 16;
			}
		}
	}
	while (isxdigit(*cp)) {
		value = isdigit(*cp) ? *cp - '0' : toupper(*cp) - 'A' + 10;
		if (value >= base)
			break;
		result = result * base + value;
		cp++;
	}
	if (endp)
		*endp = (char *)cp;
	return result;
}

long long simple_strtoll(const char *cp, char **endp, unsigned int base)
{
	if (*cp == '-')
		return -simple_strtoull(cp + 1, endp, base);
	return simple_strtoull(cp, endp, base);
}

/* Read a decimal field width or precision and step *s past it. */
static int skip_atoi(const char **s)
{
	int i = 0;

	while (isdigit(**s))
		i = i * 10 + *((*s)++) - '0';
	return i;
}

#define ZEROPAD	1		/* pad with zeros, not blanks */
#define SIGN	2		/* the value is signed */
#define PLUS	4		/* show a plus sign on positive values */
#define SPACE	8		/* show a blank on positive values */
#define LEFT	16		/* left justify in the field */
#define SPECIAL	32		/* 0x or 0 prefix for hex or octal */
#define LARGE	64		/* upper case hex digits and 0X */

/*
 * Write num in the given base at str and return the end.  size is the field
 * width and precision the minimum number of digits (-1: none given).  The
 * layout is: blanks, sign, 0x or 0, zeros, digits, blanks.
 */
static char *number(char *str, long long num, int base, int size,
		    int precision, int type)
{
	static const char small[] = "0123456789abcdefghijklmnopqrstuvwxyz";
	static const char large[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
	const char *digits = (type & LARGE) ? large : small;
	char tmp[66];		/* 64 binary digits at most, plus slack */
	char pad, sign = 0;
	int i;

	if (type & LEFT)
		type &= ~ZEROPAD;
	if (base < 2 || base > 36)
		return NULL;
	pad = (type & ZEROPAD) ? '0' : ' ';
	if (type & SIGN) {
		if (num < 0) {
			sign = '-';
			num = -(unsigned long long)num;	/* no signed overflow */
			size--;
		} else if (type & PLUS) {
			sign = '+';
			size--;
		} else if (type & SPACE) {
			sign = ' ';
			size--;
		}
	}
	if (type & SPECIAL) {
		if (base == 16)
			size -= 2;
		else if (base == 8)
			size--;
	}

	/* Digits come out lowest first; do_div treats num as unsigned. */
	i = 0;
	if (num == 0)
		tmp[i++] = '0';
	else
		while (num != 0)
			tmp[i++] = digits[do_div(num, base)];
	if (i > precision)
		precision = i;
	size -= precision;

	if (!(type & (ZEROPAD | LEFT)))
		while (size-- > 0)
			*str++ = ' ';
	if (sign)
		*str++ = sign;
	if (type & SPECIAL) {
		if (base == 8) {
			*str++ = '0';
		} else if (base == 16) {
			*str++ = '0';
			*str++ = digits[33];	/* 'x' or 'X' */
		}
	}
	if (!(type & LEFT))
		while (size-- > 0)
			*str++ = pad;
	while (i < precision--)
		*str++ = '0';
	while (i-- > 0)
		*str++ = tmp[i];
	while (size-- > 0)
		*str++ = ' ';
	return str;
}

/*
 * Format into buf, which must be big enough (nothing checks), and return
 * the length written without the final NUL.
 */
int vsprintf(char *buf, const char *fmt, va_list args)
{
	unsigned long long num;
	int len, i, base;
	char *str;
	const char *s;
	int flags;		/* ZEROPAD ... LARGE */
	int field_width;	/* -1: not given */
	int precision;		/* -1: not given */
	int qualifier;		/* 'h', 'l', 'L' or 'Z'; -1: none */

	for (str = buf; *fmt; fmt++) {
		if (*fmt != '%') {
			*str++ = *fmt;
			continue;
		}

		/* flags */
		flags = 0;
repeat:
		fmt++;		/* this also skips the '%' */
		switch (*fmt) {
		case '-': flags |= LEFT; goto repeat;
		case '+': flags |= PLUS; goto repeat;
		case ' ': flags |= SPACE; goto repeat;
		case '#': flags |= SPECIAL; goto repeat;
		case '0': flags |= ZEROPAD; goto repeat;
		}

		/* field width: digits or '*' from the argument list */
		field_width = -1;
		if (isdigit(*fmt)) {
			field_width = skip_atoi(&fmt);
		} else if (*fmt == '*') {
			fmt++;
			field_width = va_arg(args, int);
			if (field_width < 0) {
				field_width = -field_width;
				flags |= LEFT;
			}
		}

		/* precision: a negative one counts as 0 */
		precision = -1;
		if (*fmt == '.') {
			fmt++;
			if (isdigit(*fmt)) {
				precision = skip_atoi(&fmt);
			} else if (*fmt == '*') {
				fmt++;
				precision = va_arg(args, int);
			}
			if (precision < 0)
				precision = 0;
		}

		/* length modifier; "ll" and "q" both mean 'L' (64 bits) */
		qualifier = -1;
		if (*fmt == 'h' || *fmt == 'l' || *fmt == 'L' ||
		    *fmt == 'Z' || *fmt == 'q') {
			qualifier = *fmt;
			fmt++;
			if (qualifier == 'l' && *fmt == 'l') {
				qualifier = 'L';
				fmt++;
			}
			if (qualifier == 'q')
				qualifier = 'L';
		}

		base = 10;

		switch (*fmt) {
		case 'c':
			if (!(flags & LEFT))
				while (--field_width > 0)
					*str++ = ' ';
			*str++ = (unsigned char)va_arg(args, int);
			while (--field_width > 0)
				*str++ = ' ';
			continue;

		case 's':
			s = va_arg(args, char *);
			if (!s)
				s = "<NULL>";
			len = strnlen(s, precision);
			if (!(flags & LEFT))
				while (len < field_width--)
					*str++ = ' ';
			for (i = 0; i < len; i++)
				*str++ = *s++;
			while (len < field_width--)
				*str++ = ' ';
			continue;

		case 'p':
			/* no "0x"; without a width: 8 digits, zero padded */
			if (field_width == -1) {
				field_width = 2 * sizeof(void *);
				flags |= ZEROPAD;
			}
			str = number(str, (unsigned long)va_arg(args, void *),
				     16, field_width, precision, flags);
			continue;

		case 'n':
			if (qualifier == 'l') {
				long *ip = va_arg(args, long *);
				*ip = str - buf;
			} else {
				int *ip = va_arg(args, int *);
				*ip = str - buf;
			}
			continue;

		case '%':
			*str++ = '%';
			continue;

		/* integer conversions: set base and flags, print below */
		case 'o':
			base = 8;
			break;

		case 'X':
			flags |= LARGE;
			/* fall through */
		case 'x':
			base = 16;
			break;

		case 'd':
		case 'i':
			flags |= SIGN;
			/* fall through */
		case 'u':
			break;

		default:
			/* unknown conversion: print it as it stands */
			*str++ = '%';
			if (*fmt)
				*str++ = *fmt;
			else
				fmt--;	/* '%' ended the string: stop there */
			continue;
		}

		/* Fetch the argument at its passed size, then widen it. */
		if (qualifier == 'L') {
			num = va_arg(args, long long);
		} else if (qualifier == 'l') {
			num = va_arg(args, unsigned long);
			if (flags & SIGN)
				num = (signed long)num;
		} else if (qualifier == 'Z') {
			num = va_arg(args, size_t);
		} else if (qualifier == 'h') {
			num = (unsigned short)va_arg(args, int);
			if (flags & SIGN)
				num = (signed short)num;
		} else {
			num = va_arg(args, unsigned int);
			if (flags & SIGN)
				num = (signed int)num;
		}
		str = number(str, num, base, field_width, precision, flags);
	}
	*str = '\0';
	return str - buf;
}

int sprintf(char *buf, const char *fmt, ...)
{
	va_list args;
	int i;

	va_start(args, fmt);
	i = vsprintf(buf, fmt, args);
	va_end(args);
	return i;
}
