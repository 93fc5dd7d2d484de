// SPDX-License-Identifier: GPL-2.0-only
/*
 * Helpers for parsing kernel command-line options such as "mem=64M".
 * Support for boot-time option parsing (book §10).
 * Follows Linux 2.4.0 lib/cmdline.c.
 */
#include <linux/kernel.h>
#include <linux/string.h>

/*
 * Read one integer (any base simple_strtol accepts) from *str and move *str
 * past it.  Returns 0 if there was no number, 1 if the number ended the
 * list, 2 if a comma followed (then *str is moved past the comma too).
 */
int get_option(char **str, int *pint)
{
	char *start = *str;

	if (!start || *start == '\0')
		return 0;
	/* Stored even when no digits follow: then it is 0. */
	*pint = simple_strtol(start, str, 0);
	if (*str == start)
		return 0;
	if (**str != ',')
		return 1;
	++*str;
	return 2;
}

/*
 * Read a comma-separated list of at most nints - 1 integers into ints[1..];
 * ints[0] gets the count.  Returns where parsing stopped.
 */
char *get_options(char *str, int nints, int *ints)
{
	int *slot = ints + 1, *end = ints + nints;
	int res = 2;

	/* Go on while the last number was followed by a comma. */
	while (res == 2 && slot < end) {
		res = get_option(&str, slot);
		if (res)
			slot++;
	}
	ints[0] = slot - (ints + 1);
	return str;
}

/*
 * Parse a size such as "64M", "128k" or "1G": a number (base as for
 * simple_strtoull) with an optional K, M or G suffix in either case.
 * *retptr is set past what was used.
 */
unsigned long long memparse(char *ptr, char **retptr)
{
	unsigned long long size = simple_strtoull(ptr, retptr, 0);
	int shift;

	switch (**retptr) {
	case 'G':
	case 'g':
		shift = 30;
		break;
	case 'M':
	case 'm':
		shift = 20;
		break;
	case 'K':
	case 'k':
		shift = 10;
		break;
	default:
		return size;
	}
	++*retptr;
	return size << shift;
}
