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
 * Base 0 takes the base from the prefix: "0x" followed by a hex digit is
 * 16, any other leading "0" is 8, else 10.  *sp is moved past the prefix.
 */
static unsigned int strto_base(const char **sp, unsigned int base)
{
	const char *p = *sp;

	if (base)
		return base;
	if (*p != '0')
		return 10;
	p++;
	if (*p == 'x' && isxdigit(p[1])) {
		*sp = p + 1;
		return 16;
	}
	*sp = p;
	return 8;
}

/* The value of the hex digit c (the caller checked isxdigit). */
static inline unsigned int strto_digit(char c)
{
	if (isdigit(c))
		return c - '0';
	return toupper(c) - 'A' + 10;
}

/*
 * Parse an unsigned number.  Base 0 means: "0x" prefix is hex, a leading
 * "0" is octal, else decimal.  Only 0-9 a-f A-F are digits (no base above
 * 16), leading blanks and signs are not skipped and overflow is not
 * detected.  *endp gets the first unparsed character.
 */
unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base)
{
	unsigned long acc = 0;
	unsigned int d;

	base = strto_base(&cp, base);
	for (; isxdigit(*cp); cp++) {
		d = strto_digit(*cp);
		if (d >= base)
			break;
		acc = acc * base + d;
	}
	if (endp)
		*endp = (char *)cp;
	return acc;
}

long simple_strtol(const char *cp, char **endp, unsigned int base)
{
	int minus = (*cp == '-');
	unsigned long mag = simple_strtoul(cp + minus, endp, base);

	return minus ? -mag : mag;
}

/* The same for 64-bit values (the multiply is inline, no libgcc). */
unsigned long long simple_strtoull(const char *cp, char **endp,
				   unsigned int base)
{
	unsigned long long acc = 0;
	unsigned int d;

	base = strto_base(&cp, base);
	for (; isxdigit(*cp); cp++) {
		d = strto_digit(*cp);
		if (d >= base)
			break;
		acc = acc * base + d;
	}
	if (endp)
		*endp = (char *)cp;
	return acc;
}

long long simple_strtoll(const char *cp, char **endp, unsigned int base)
{
	int minus = (*cp == '-');
	unsigned long long mag = simple_strtoull(cp + minus, endp, base);

	return minus ? -mag : mag;
}

/* Read a decimal field width or precision and step *s past it. */
static int skip_atoi(const char **s)
{
	const char *p = *s;
	int n = 0;

	while (isdigit(*p))
		n = 10 * n + (*p++ - '0');
	*s = p;
	return n;
}

#define ZEROPAD	1		/* pad with zeros, not blanks */
#define SIGN	2		/* the value is signed */
#define PLUS	4		/* show a plus sign on positive values */
#define SPACE	8		/* show a blank on positive values */
#define LEFT	16		/* left justify in the field */
#define SPECIAL	32		/* 0x or 0 prefix for hex or octal */
#define LARGE	64		/* upper case hex digits and 0X */

/* Put n blanks at out (none if n <= 0); return the end. */
static char *blanks(char *out, int n)
{
	while (n-- > 0)
		*out++ = ' ';
	return out;
}

/*
 * Write num in the given base at str and return the end.  size is the field
 * width and precision the minimum number of digits (-1: none given).  The
 * layout is: blanks, sign, 0x or 0, zeros, digits, blanks.
 */
static char *number(char *str, long long num, int base, int size,
		    int precision, int type)
{
	static const char lower_digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
	static const char upper_digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
	const char *digit = (type & LARGE) ? upper_digits : lower_digits;
	unsigned long long mag = num;
	char rev[66];		/* 64 binary digits at most, plus slack */
	char sign = 0;
	int ndig = 0, fill;

	if (type & LEFT)
		type &= ~ZEROPAD;
	if (base < 2 || base > 36)
		return NULL;

	if ((type & SIGN) && num < 0) {
		sign = '-';
		mag = -(unsigned long long)num;	/* no signed overflow */
	} else if (type & SIGN) {
		if (type & PLUS)
			sign = '+';
		else if (type & SPACE)
			sign = ' ';
	}

	/* Digits come out lowest first; 0 gives one '0'. */
	do
		rev[ndig++] = digit[do_div(mag, base)];
	while (mag);
	if (precision < ndig)
		precision = ndig;

	/* What is left of the width after sign, prefix and digits. */
	fill = size - precision - (sign != 0);
	if (type & SPECIAL)
		fill -= (base == 16) ? 2 : (base == 8);

	if (!(type & (LEFT | ZEROPAD))) {
		str = blanks(str, fill);
		fill = 0;
	}
	if (sign)
		*str++ = sign;
	if ((type & SPECIAL) && (base == 8 || base == 16)) {
		*str++ = '0';
		if (base == 16)
			*str++ = digit[33];	/* 'x' or 'X' */
	}
	if (type & ZEROPAD) {
		for (; fill > 0; fill--)
			*str++ = '0';
	}
	for (; precision > ndig; precision--)
		*str++ = '0';
	while (ndig > 0)
		*str++ = rev[--ndig];
	return blanks(str, fill);
}

/* The flag bit for a character of the flags field, 0 for any other. */
static int flag_bit(char c)
{
	switch (c) {
	case '-':
		return LEFT;
	case '+':
		return PLUS;
	case ' ':
		return SPACE;
	case '#':
		return SPECIAL;
	case '0':
		return ZEROPAD;
	}
	return 0;
}

/*
 * Format into buf, which must be big enough (nothing checks), and return
 * the length written without the final NUL.
 */
int vsprintf(char *buf, const char *fmt, va_list args)
{
	unsigned long long val;
	char *out = buf;
	const char *s;
	int flags;		/* ZEROPAD ... LARGE */
	int width;		/* -1: not given */
	int prec;		/* -1: not given */
	int qual;		/* 'h', 'l', 'L' or 'Z'; -1: none */
	int base, n, bit;

	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			*out++ = *fmt;
			continue;
		}

		/* flags, in any order; this also steps over the '%' */
		flags = 0;
		while ((bit = flag_bit(*++fmt)) != 0)
			flags |= bit;

		/* width: '*' takes it from the arguments (negative: LEFT) */
		width = -1;
		if (*fmt == '*') {
			fmt++;
			width = va_arg(args, int);
			if (width < 0) {
				flags |= LEFT;
				width = -width;
			}
		} else if (isdigit(*fmt)) {
			width = skip_atoi(&fmt);
		}

		/* precision: after '.', never below 0 once a '.' is seen */
		prec = -1;
		if (*fmt == '.') {
			fmt++;
			if (*fmt == '*') {
				fmt++;
				prec = va_arg(args, int);
			} else if (isdigit(*fmt)) {
				prec = skip_atoi(&fmt);
			}
			if (prec < 0)
				prec = 0;
		}

		/* length modifier; "ll" and "q" both mean 'L' (64 bits) */
		qual = -1;
		switch (*fmt) {
		case 'l':
			qual = 'l';
			if (fmt[1] == 'l') {
				qual = 'L';
				fmt++;
			}
			fmt++;
			break;
		case 'q':
			qual = 'L';
			fmt++;
			break;
		case 'h':
		case 'L':
		case 'Z':
			qual = *fmt++;
			break;
		}

		base = 10;
		switch (*fmt) {
		case 'c':
			if (!(flags & LEFT))
				out = blanks(out, width - 1);
			*out++ = (unsigned char)va_arg(args, int);
			if (flags & LEFT)
				out = blanks(out, width - 1);
			continue;

		case 's':
			s = va_arg(args, char *);
			if (s == NULL)
				s = "<NULL>";
			n = strnlen(s, prec);
			if (!(flags & LEFT))
				out = blanks(out, width - n);
			memcpy(out, s, n);
			out += n;
			if (flags & LEFT)
				out = blanks(out, width - n);
			continue;

		case 'p':
			/* no "0x"; without a width: 8 digits, zero padded */
			if (width < 0) {
				flags |= ZEROPAD;
				width = 2 * sizeof(void *);
			}
			out = number(out, (unsigned long)va_arg(args, void *),
				     16, width, prec, flags);
			continue;

		case 'n':
			if (qual == 'l')
				*va_arg(args, long *) = out - buf;
			else
				*va_arg(args, int *) = out - buf;
			continue;

		case '%':
			*out++ = '%';
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
			break;

		case 'u':
			break;

		default:
			/* unknown conversion: print it as it stands */
			*out++ = '%';
			if (!*fmt) {
				fmt--;	/* '%' ended the string: stop there */
				continue;
			}
			*out++ = *fmt;
			continue;
		}

		/* Fetch the argument at its passed size, then widen it. */
		switch (qual) {
		case 'L':
			val = va_arg(args, long long);
			break;
		case 'Z':
			val = va_arg(args, size_t);
			break;
		case 'l':
			if (flags & SIGN)
				val = (long)va_arg(args, long);
			else
				val = va_arg(args, unsigned long);
			break;
		case 'h':
			if (flags & SIGN)
				val = (short)va_arg(args, int);
			else
				val = (unsigned short)va_arg(args, int);
			break;
		default:
			if (flags & SIGN)
				val = va_arg(args, int);
			else
				val = va_arg(args, unsigned int);
			break;
		}
		out = number(out, val, base, width, prec, flags);
	}
	*out = '\0';
	return out - buf;
}

int sprintf(char *buf, const char *fmt, ...)
{
	va_list ap;
	int len;

	va_start(ap, fmt);
	len = vsprintf(buf, fmt, ap);
	va_end(ap);
	return len;
}
