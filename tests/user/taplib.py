# SPDX-License-Identifier: GPL-2.0-only
#
# taplib.py - reading the TAP output of one user test program, shared by
# run-host (the host oracle) and check-console (the Bochs run).
#
#   1..N                  the plan (first or last line)
#   ok K - what           K counts 1..N
#   ok K - # SKIP why     a test that does not apply (counts as passed)
#   not ok K - what       a failure
#   # text                a comment

import re

PLAN = re.compile(r"^1\.\.(\d+)\s*$")
RESULT = re.compile(r"^(not )?ok (\d+)\b(.*)$")


def check(lines):
    """Check one program's TAP lines.

    Returns (good, summary, problems): good is True when there is exactly
    one plan, the results are numbered 1..N without gaps, N equals the
    plan and every result is "ok"."""
    plans = []
    results = []
    problems = []
    for line in lines:
        m = PLAN.match(line)
        if m:
            plans.append(int(m.group(1)))
            continue
        m = RESULT.match(line)
        if m:
            results.append((not m.group(1), int(m.group(2)), line))
    if len(plans) != 1:
        problems.append("%d plan lines (want 1)" % len(plans))
    for i, (good, num, line) in enumerate(results, 1):
        if num != i:
            problems.append("result %d numbered %d: %s" % (i, num, line))
            break
    failed = [line for good, num, line in results if not good]
    problems.extend(failed)
    if plans and plans[0] != len(results):
        problems.append("planned %d tests, ran %d" % (plans[0], len(results)))
    skipped = sum(1 for good, num, line in results if "# SKIP" in line)
    summary = "%d/%d ok" % (len(results) - len(failed), plans[0] if plans
                            else len(results))
    if skipped:
        summary += ", %d skipped" % skipped
    return not problems, summary, problems


class Report:
    """Numbered ok / not ok lines and the closing count."""

    def __init__(self, name):
        self.name = name
        self.passed = 0
        self.failed = 0

    def line(self, good, what, details=()):
        if good:
            self.passed += 1
        else:
            self.failed += 1
        print("%sok %d - %s" % ("" if good else "not ",
                                self.passed + self.failed, what))
        for d in details:
            print("#   " + d)

    def finish(self):
        print("%s: %d passed, %d failed" % (self.name, self.passed,
                                             self.failed))
        return 0 if self.failed == 0 and self.passed > 0 else 1
