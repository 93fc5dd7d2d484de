/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * In-kernel boot checks: each check prints one line, and the kernel prints
 * a summary at the end of boot.  Not part of 2.4.0: test code linked into
 * the kernel so that a headless boot can verify itself.
 */
#ifndef _TESTS_KCHECK_H
#define _TESTS_KCHECK_H

/* Print "check: ok   <what>" or "check: FAIL <what>" and count it. */
extern int kcheck(int ok, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Print "checks: N passed, M failed"; return M. */
extern int kcheck_summary(void);

extern int kcheck_passed, kcheck_failed;

#define KCHECK_EQ(a, b, what) \
	kcheck((a) == (b), "%s (got 0x%lx, want 0x%lx)", what, \
	       (unsigned long)(a), (unsigned long)(b))

#endif
