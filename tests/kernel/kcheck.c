// SPDX-License-Identifier: GPL-2.0-only
/*
 * Counting and printing of the in-kernel boot checks.
 *
 * By default a passing check prints nothing: each group ends with one
 * line "check group NAME: N passed, M failed", and a failing check is
 * always printed in full.  "checks=verbose" on the command line (make run
 * V=1, the boot tests) prints every check and the details (kinfo) too.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include "kcheck.h"

int kcheck_passed, kcheck_failed;
int kcheck_verbose;

static const char *group_name;
static int group_passed, group_failed;

static int __init kcheck_setup(char *str)
{
	if (!strcmp(str, "verbose"))
		kcheck_verbose = 1;
	return 1;
}
__setup("checks=", kcheck_setup);

int kcheck(int ok, const char *fmt, ...)
{
	char buf[256];
	va_list args;

	va_start(args, fmt);
	vsprintf(buf, fmt, args);
	va_end(args);
	if (ok) {
		kcheck_passed++;
		group_passed++;
	} else {
		kcheck_failed++;
		group_failed++;
	}
	if (kcheck_verbose || !ok)
		printk("check: %s %s\n", ok ? "ok  " : "FAIL", buf);
	return ok;
}

void kinfo(const char *fmt, ...)
{
	char buf[256];
	va_list args;

	if (!kcheck_verbose)
		return;
	va_start(args, fmt);
	vsprintf(buf, fmt, args);
	va_end(args);
	printk("%s", buf);
}

void kcheck_group(const char *name)
{
	if (group_name)
		printk("check group %s: %d passed, %d failed\n", group_name,
		       group_passed, group_failed);
	group_name = name;
	group_passed = group_failed = 0;
}

int kcheck_summary(void)
{
	kcheck_group(NULL);
	printk("checks: %d passed, %d failed\n", kcheck_passed, kcheck_failed);
	return kcheck_failed;
}
