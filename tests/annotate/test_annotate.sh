#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
#
# Self-test for scripts/annotate.  Builds throw-away trees (a git checkout
# with a few fake sources and their annotated/ twins) under a temporary
# directory and checks that "check" passes or fails where it should and that
# "update" carries notes over after an edit.  The last line printed is
# "N passed, N failed"; the exit status is non-zero if anything failed.
#
# Run: tests/annotate/test_annotate.sh

set -u

TOP=$(cd "$(dirname "$0")/../.." && pwd)
ANNOTATE="$TOP/scripts/annotate"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/annotate-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

passed=0
failed=0
TREE=
OUT=
RC=0

pass() { passed=$((passed + 1)); echo "PASS: $1"; }

fail() {
	failed=$((failed + 1))
	echo "FAIL: $1"
	[ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/    | /'
	return 0
}

# run ARGS...: run scripts/annotate in $TREE; sets OUT (stdout+stderr), RC.
run() {
	OUT=$(cd "$TREE" && "$ANNOTATE" "$@" 2>&1)
	RC=$?
}

# expect_pass NAME ARGS...: the command must exit 0.
expect_pass() {
	local name=$1
	shift
	run "$@"
	if [ "$RC" -eq 0 ]; then pass "$name"; else fail "$name (exit $RC)" "$OUT"; fi
}

# expect_fail NAME TEXT ARGS...: the command must exit non-zero and print TEXT.
expect_fail() {
	local name=$1 text=$2
	shift 2
	run "$@"
	if [ "$RC" -ne 0 ] && grep -qF -- "$text" <<<"$OUT"; then
		pass "$name"
	else
		fail "$name (exit $RC, wanted failure with: $text)" "$OUT"
	fi
}

# expect_out NAME TEXT: the output of the last run must contain TEXT.
expect_out() {
	if grep -qF -- "$2" <<<"$OUT"; then pass "$1"; else fail "$1 (wanted: $2)" "$OUT"; fi
}

# expect_true NAME COMMAND...: COMMAND (run in $TREE) must succeed.
expect_true() {
	local name=$1
	shift
	if (cd "$TREE" && "$@") >/dev/null 2>&1; then pass "$name"; else fail "$name"; fi
}

# ---------------------------------------------------------------------------
# The template tree
# ---------------------------------------------------------------------------

TEMPLATE=$WORK/template

make_template() {
	mkdir -p "$TEMPLATE" && cd "$TEMPLATE" || exit 2
	mkdir -p mm include/linux include/asm-i386 arch/i386/kernel \
		annotated/mm annotated/include/linux annotated/include/asm-i386 \
		annotated/arch/i386/kernel

	cat >mm/page.c <<'EOF'
// SPDX-License-Identifier: GPL-2.0-only
/*
 * Fake source for the annotate self-test.
 */
#include <linux/mm.h>

#define PAGE_FAKE(x) ((x) + 1)

static struct fake_ops ops = {
	alloc: 0,
};

static unsigned long
count_pages(int order)
{
	unsigned long n = 1;

	while (order--)
		n <<= 1;
	return n;
}

char *page_name(int nr)
{
	if (nr < 0)
		return 0;
	return "page";
}
EOF
	cat >annotated/mm/page.c <<'EOF'
/// 文件说明：自测用的假源文件（不属于任何函数）。
// SPDX-License-Identifier: GPL-2.0-only
/*
 * Fake source for the annotate self-test.
 */
#include <linux/mm.h>

#define PAGE_FAKE(x) ((x) + 1)

static struct fake_ops ops = {
	alloc: 0,
};

/// §2.5 计算 2 的 order 次方个页面。2.4.0: mm/page_alloc.c count_pages()
///
/// 第二行说明。
static unsigned long
count_pages(int order)
{
	unsigned long n = 1;

	/// 每次左移一位。
	while (order--)
		n <<= 1;
	return n;
}

/// §2.5 页面的名字。
/// 2.4.0: 无（本移植新增），只为自测。
char *page_name(int nr)
{
	/// 负数页号没有名字。
	if (nr < 0)
		return 0;
	return "page";
}
EOF
	cat >include/linux/fake.h <<'EOF'
/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_FAKE_H
#define _LINUX_FAKE_H

static inline int fake_inline(void)
{
	return 0;
}

#endif
EOF
	cat >annotated/include/linux/fake.h <<'EOF'
/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_FAKE_H
#define _LINUX_FAKE_H

static inline int fake_inline(void)
{
	/// §2.4 注释写在函数体内也算。2.4.0: include/linux/mm.h fake_inline()
	return 0;
}

#endif
EOF
	cat >include/asm-i386/page.h <<'EOF'
/* SPDX-License-Identifier: GPL-2.0-only */
#define PAGE_SHIFT 12
EOF
	cat >annotated/include/asm-i386/page.h <<'EOF'
/* SPDX-License-Identifier: GPL-2.0-only */
/// 页面大小 4KB。
#define PAGE_SHIFT 12
EOF
	ln -s asm-i386 include/asm

	cat >arch/i386/kernel/head.S <<'EOF'
/* SPDX-License-Identifier: GPL-2.0-only */
	.text
	.globl startup_32
startup_32:
	movl $1, %eax
1:	jmp 1b
.Llocal:
	ret

ENTRY(fake_entry)
	ret
EOF
	cat >annotated/arch/i386/kernel/head.S <<'EOF'
/* SPDX-License-Identifier: GPL-2.0-only */
	.text
	/// §10 系统引导的入口。2.4.0: arch/i386/kernel/head.S startup_32
	.globl startup_32
startup_32:
	movl $1, %eax
1:	jmp 1b
.Llocal:
	ret

/// §10 假的入口。2.4.0: 无（本移植新增）
ENTRY(fake_entry)
	ret
EOF
	cat >arch/i386/vmlinux.lds <<'EOF'
/* SPDX-License-Identifier: GPL-2.0-only */
SECTIONS
{
	.text : { *(.text) }
}
EOF
	cp arch/i386/vmlinux.lds annotated/arch/i386/vmlinux.lds

	printf 'mm/generated.c\n' >.gitignore
	printf 'int generated;\nint gen(void)\n{\n\treturn 0;\n}\n' >mm/generated.c
	git init -q . || exit 2
}

# new_tree: a fresh copy of the template in $TREE.
n=0
new_tree() {
	n=$((n + 1))
	TREE=$WORK/tree$n
	cp -a "$TEMPLATE" "$TREE"
}

# ---------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------

test_clean_tree() {
	new_tree
	expect_pass "clean tree passes check" check
	expect_out "summary counts files and twins" "annotate: 5 files, 5 twins ok"
	expect_out "summary counts functions" "functions: 5/5 (100.0%)"
	expect_out "summary counts note lines" "note lines: 12"
	expect_pass "check -v passes" check -v
	expect_out "check -v prints the per-file table" "mm/page.c"
	expect_pass "check --strict passes when every function has notes" check --strict
}

test_functions() {
	new_tree
	expect_pass "functions runs" functions mm/page.c include/linux/fake.h \
		arch/i386/kernel/head.S
	expect_out "split return type: start at the type line" "mm/page.c:13-21: count_pages"
	expect_out "pointer return" "mm/page.c:23-28: page_name"
	expect_out "static inline in a header" "include/linux/fake.h:5-8: fake_inline"
	expect_out "asm global label" "arch/i386/kernel/head.S:2-8: startup_32"
	expect_out "asm ENTRY()" "arch/i386/kernel/head.S:10-11: fake_entry"
	if grep -qE 'ops|PAGE_FAKE|Llocal' <<<"$OUT"; then
		fail "initialisers, macros and local labels are not functions" "$OUT"
	else
		pass "initialisers, macros and local labels are not functions"
	fi
}

test_strip_and_diff() {
	new_tree
	expect_true "strip gives the source back" \
		sh -c "'$ANNOTATE' strip annotated/mm/page.c | cmp -s - mm/page.c"
	expect_pass "diff runs" diff mm/page.c
	if grep -q '^-[^-]' <<<"$OUT" || ! grep -q '^+/// ' <<<"$OUT"; then
		fail "diff shows only added note lines" "$OUT"
	else
		pass "diff shows only added note lines"
	fi
}

test_mismatch() {
	new_tree
	sed -i 's/n <<= 1;/n <<= 2;/' "$TREE/annotated/mm/page.c"
	expect_fail "changed code line in the twin fails" \
		"mm/page.c:19: twin annotated/mm/page.c differs" check
	expect_out "both lines are shown" "n <<= 2;"
	expect_fail "coverage fails on a mismatch too" "differs" coverage

	new_tree
	printf 'extra\n' >>"$TREE/annotated/mm/page.c"
	expect_fail "extra line at the end of the twin fails" "(end of file)" check

	new_tree
	sed -i 's|/// 每次左移一位。|///每次左移一位。|' "$TREE/annotated/mm/page.c"
	expect_fail "note without a space after /// is not a note" "hint:" check

	new_tree
	printf '/* no newline */' >>"$TREE/mm/page.c"
	printf '/* no newline */\n' >>"$TREE/annotated/mm/page.c"
	expect_fail "a missing final newline is a difference" "no newline" check
}

test_missing_twin() {
	new_tree
	rm "$TREE/annotated/include/linux/fake.h"
	expect_fail "missing twin fails" \
		"include/linux/fake.h:1: missing twin annotated/include/linux/fake.h" check
	expect_fail "coverage fails on a missing twin" "missing twin" coverage
}

test_orphan_twin() {
	new_tree
	cp "$TREE/annotated/mm/page.c" "$TREE/annotated/mm/gone.c"
	expect_fail "orphan twin fails" "annotated/mm/gone.c:1: orphan twin" check
}

test_first_note() {
	new_tree
	sed -i 's/^\/\/\/ §2.5 计算/\/\/\/ 计算/' "$TREE/annotated/mm/page.c"
	expect_fail "first note without § fails" \
		"function count_pages in mm/page.c: first note must name the book section" check
	expect_out "the error points at the twin line" "annotated/mm/page.c:14:"

	new_tree
	sed -i 's/^\/\/\/ 2.4.0: 无/\/\/\/ 原版: 无/' "$TREE/annotated/mm/page.c"
	expect_fail "first note without 2.4.0 fails" "function page_name" check

	new_tree
	sed -i 's/^\/\/\/ §10 假的入口。.*$/\/\/\/ 假的入口。/' \
		"$TREE/annotated/arch/i386/kernel/head.S"
	expect_fail "asm function's first note is checked too" \
		"function fake_entry in arch/i386/kernel/head.S" check

	new_tree
	sed -i '/^\/\/\/ §2.5 计算/,/^\/\/\/ 第二行说明。/d' "$TREE/annotated/mm/page.c"
	expect_fail "a note inside the body can be the (bad) first note" \
		"function count_pages in mm/page.c: first note" check
	run coverage
	if [ "$RC" -eq 0 ]; then pass "coverage does not fail on note rules"; else
		fail "coverage does not fail on note rules" "$OUT"; fi
}

test_note_in_source() {
	new_tree
	sed -i 's|^\treturn n;$|\t/// oops\n&|' "$TREE/mm/page.c"
	sed -i 's|^\treturn n;$|\t/// oops\n&|' "$TREE/annotated/mm/page.c"
	expect_fail "a note line in the source fails" \
		"mm/page.c:20: source line looks like a note" check
}

test_placeholder() {
	new_tree
	cat >"$TREE/mm/new.c" <<'EOF'
// SPDX-License-Identifier: GPL-2.0-only
#include <linux/mm.h>

int new_one(void)
{
	return 1;
}

static void
new_two(void)
{
}
EOF
	expect_fail "a source without a twin fails" "missing twin annotated/mm/new.c" check
	expect_pass "update creates a twin" update mm/new.c
	expect_out "update says the placeholders must be filled" "2 placeholder note(s)"
	expect_true "placeholder above the first function" \
		grep -qx '/// TODO(注释): §? 2.4.0: ?' annotated/mm/new.c
	expect_true "placeholder is right above the function" \
		sh -c "grep -A1 -F 'TODO(注释)' annotated/mm/new.c | grep -qx 'static void'"
	expect_fail "check fails on placeholders" \
		"annotated/mm/new.c:4: unfilled note" check
	sed -i 's|^/// TODO(注释): §? 2.4.0: ?$|/// §2.1 新函数。2.4.0: 无（本移植新增）|' \
		"$TREE/annotated/mm/new.c"
	expect_pass "check passes once the placeholders are filled" check
}

test_update_carries_notes() {
	new_tree
	local src=$TREE/mm/page.c twin=$TREE/annotated/mm/page.c
	# Insert lines near the top, change the line under a note, delete the
	# line under another note, and add a new function at the end.
	sed -i 's|^#include <linux/mm.h>$|&\n#include <linux/fake.h>|' "$src"
	sed -i 's|^\twhile (order--)$|\twhile (order-- > 0)|' "$src"
	sed -i '/^\tif (nr < 0)$/,/^\t\treturn 0;$/d' "$src"
	printf '\nint later(void)\n{\n\treturn 2;\n}\n' >>"$src"
	expect_fail "edited source no longer matches its twin" "differs" check
	expect_pass "update runs" update mm/page.c
	expect_out "update warns about the note on the changed line" \
		"was '\\twhile (order--)'"
	expect_out "update warns about the note on the deleted line" \
		"was '\\tif (nr < 0)', now above '\\treturn \"page\";'"
	expect_pass "check passes after update" check
	expect_true "note stays above the changed line" \
		sh -c "grep -A1 '每次左移一位' annotated/mm/page.c | grep -q 'order-- > 0'"
	expect_true "note of a deleted line moves to the next surviving line" \
		sh -c "grep -A1 '负数页号' annotated/mm/page.c | grep -q 'return \"page\"'"
	expect_true "the function notes are kept" \
		grep -q '§2.5 计算 2 的 order 次方个页面' annotated/mm/page.c
	expect_true "the file note stays on line 1" \
		sh -c "head -1 annotated/mm/page.c | grep -q '文件说明'"
	expect_fail "--strict flags the new function without notes" \
		"function later in mm/page.c has no note" check --strict
	cp "$twin" "$WORK/twin.before"
	expect_pass "update --all runs" update --all
	expect_true "update leaves an up-to-date twin alone" cmp -s "$twin" "$WORK/twin.before"
}

test_ignored_and_symlink() {
	new_tree
	expect_pass "ignored files and include/asm are skipped" check
	expect_out "include/asm is not counted twice" "5 files"
	run coverage
	if grep -q 'generated\|include/asm/' <<<"$OUT"; then
		fail "coverage lists neither ignored files nor include/asm" "$OUT"
	else
		pass "coverage lists neither ignored files nor include/asm"
	fi
}

test_coverage() {
	new_tree
	printf '\nint later(void)\n{\n\treturn 2;\n}\n' >>"$TREE/mm/page.c"
	printf '\nint later(void)\n{\n\treturn 2;\n}\n' >>"$TREE/annotated/mm/page.c"
	expect_pass "coverage does not fail on uncovered functions" coverage
	expect_out "coverage prints a Markdown table" "| \`mm/page.c\` | 2/3 |"
	expect_out "coverage prints totals" "| **total (5 files)** | **5/6** |"
	expect_pass "coverage FILE limits the table" coverage mm/page.c
	expect_out "coverage FILE totals" "total (1 files)"
	expect_pass "check passes without --strict" check
	expect_out "check summary shows the uncovered function" "functions: 5/6 (83.3%)"
}

test_without_git() {
	new_tree
	rm -rf "$TREE/.git" "$TREE/mm/generated.c"
	expect_pass "check works outside git (walking the tree)" check
	expect_out "walk skips include/asm" "5 files"
	cp "$TREE/annotated/mm/page.c" "$TREE/annotated/mm/gone.c"
	expect_fail "orphans are found outside git too" "orphan twin" check
}

make_template
test_clean_tree
test_functions
test_strip_and_diff
test_mismatch
test_missing_twin
test_orphan_twin
test_first_note
test_note_in_source
test_placeholder
test_update_carries_notes
test_ignored_and_symlink
test_coverage
test_without_git

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
