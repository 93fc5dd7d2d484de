// SPDX-License-Identifier: GPL-2.0-only
/*
 * Counting and printing of the in-kernel boot checks.
 */
#include <linux/kernel.h>
#include "kcheck.h"

int kcheck_passed, kcheck_failed;

int kcheck(int ok, const char *fmt, ...)
{
	char buf[256];
	va_list args;

	va_start(args, fmt);
	vsprintf(buf, fmt, args);
	va_end(args);
	if (ok)
		kcheck_passed++;
	else
		kcheck_failed++;
	printk("check: %s %s\n", ok ? "ok  " : "FAIL", buf);
	return ok;
}

int kcheck_summary(void)
{
	printk("checks: %d passed, %d failed\n", kcheck_passed, kcheck_failed);
	return kcheck_failed;
}
