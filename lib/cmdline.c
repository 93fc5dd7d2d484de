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
	char *cur = *str;

	if (!cur || !(*cur))
		return 0;
	*pint = simple_strtol(cur, str, 0);
	if (cur == *str)
		return 0;
	if (**str == ',') {
		(*str)++;
		return 2;
	}
	return 1;
}

/*
 * Read a comma-separated list of at most nints - 1 integers into ints[1..];
 * ints[0] gets the count.  Returns where parsing stopped.
 */
char *get_options(char *str, int nints, int *ints)
{
	int res, i = 1;

	while (i < nints) {
		res = get_option(&str, ints + i);
		if (res == 0)
			break;
		i++;
		if (res == 1)
			break;
	}
	ints[0] = i - 1;
	return str;
}

/*
 * Parse a size such as "64M", "128k" or "1G": a number (base as for
 * simple_strtoull) with an optional K, M or G suffix in either case.
 * *retptr is set past what was used.
 */
unsigned long long memparse(char *ptr, char **retptr)
{
	unsigned long long ret = simple_strtoull(ptr, retptr, 0);

	switch (**retptr) {
	case 'G':
	case 'g':
		ret <<= 10;
		/* fall through */
	case 'M':
	case 'm':
		ret <<= 10;
		/* fall through */
	case 'K':
	case 'k':
		ret <<= 10;
		(*retptr)++;
		/* fall through */
	default:
		break;
	}
	return ret;
}
