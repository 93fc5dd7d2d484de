// SPDX-License-Identifier: GPL-2.0-only
/*
 * printf.c - a small printf: %d %i %u %x %X %p %s %c %% with the
 * optional flags '-', '0', '#' (0x before %x), a width and 'l' (long is
 * 32 bits here).  printf()
 * formats into a buffer and writes it with one write(1, ...), so lines
 * of different processes do not mix and fork() copies no pending output.
 */
#include "libc.h"

struct out {
	char *buf;
	size_t size;
	size_t len;
};

static void put(struct out *o, char c)
{
	if (o->len + 1 < o->size)
		o->buf[o->len] = c;
	o->len++;
}

static void put_num(struct out *o, unsigned long v, int base, int neg,
		    int width, int zero, int left, int upper)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char tmp[12];
	int n = 0;

	do {
		tmp[n++] = digits[v % base];
		v /= base;
	} while (v);
	if (neg)
		width--;
	if (neg && zero)
		put(o, '-');
	for (; !left && width > n; width--)
		put(o, zero ? '0' : ' ');
	if (neg && !zero)
		put(o, '-');
	while (n)
		put(o, tmp[--n]), width--;
	for (; left && width > 0; width--)
		put(o, ' ');
}

static void put_str(struct out *o, const char *s, int width, int left)
{
	int n = strlen(s);

	for (; !left && width > n; width--)
		put(o, ' ');
	while (*s)
		put(o, *s++), width--;
	for (; left && width > 0; width--)
		put(o, ' ');
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct out o = { buf, size, 0 };
	int width, zero, left, alt;
	long v;

	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			put(&o, *fmt);
			continue;
		}
		width = zero = left = alt = 0;
		for (fmt++; *fmt == '-' || *fmt == '0' || *fmt == '#'; fmt++) {
			if (*fmt == '-')
				left = 1;
			else if (*fmt == '0')
				zero = 1;
			else
				alt = 1;
		}
		for (; *fmt >= '0' && *fmt <= '9'; fmt++)
			width = width * 10 + *fmt - '0';
		if (*fmt == 'l')
			fmt++;
		switch (*fmt) {
		case 'd':
		case 'i':
			v = va_arg(ap, long);
			put_num(&o, v < 0 ? -(unsigned long)v : v, 10, v < 0,
				width, zero, left, 0);
			break;
		case 'u':
			put_num(&o, va_arg(ap, unsigned long), 10, 0,
				width, zero, left, 0);
			break;
		case 'x':
		case 'X':
			if (alt) {
				put(&o, '0');
				put(&o, 'x');
				width -= 2;
			}
			put_num(&o, va_arg(ap, unsigned long), 16, 0,
				width, zero, left, *fmt == 'X');
			break;
		case 'p':
			put(&o, '0');
			put(&o, 'x');
			put_num(&o, (unsigned long)va_arg(ap, void *), 16, 0,
				8, 1, 0, 0);
			break;
		case 's':
			put_str(&o, va_arg(ap, const char *) ?: "(null)",
				width, left);
			break;
		case 'c':
			put(&o, (char)va_arg(ap, int));
			break;
		case '\0':
			fmt--;
			break;
		default:
			put(&o, *fmt);
			break;
		}
	}
	if (size)
		buf[o.len < size ? o.len : size - 1] = '\0';
	return o.len;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

int printf(const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof(buf))
		n = sizeof(buf) - 1;
	return write(1, buf, n);
}
