/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * In-kernel boot checks: one line per group of checks (every check with
 * checks=verbose), a failing check always in full, and a summary at the
 * end of boot.  Not part of 2.4.0: test code linked into
 * the kernel so that a headless boot can verify itself.
 */
#ifndef _TESTS_KCHECK_H
#define _TESTS_KCHECK_H

/*
 * Count a check; print "check: ok   <what>" (checks=verbose only) or
 * "check: FAIL <what>" (always).
 */
extern int kcheck(int ok, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* A detail line, printed with checks=verbose only. */
extern void kinfo(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

/* End the current group ("check group NAME: N passed, M failed"), start NAME. */
extern void kcheck_group(const char *name);

/* End the last group, print "checks: N passed, M failed"; return M. */
extern int kcheck_summary(void);

extern int kcheck_passed, kcheck_failed, kcheck_verbose;

#define KCHECK_EQ(a, b, what) \
	kcheck((a) == (b), "%s (got 0x%lx, want 0x%lx)", what, \
	       (unsigned long)(a), (unsigned long)(b))

#endif
