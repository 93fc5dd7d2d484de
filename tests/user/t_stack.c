// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_stack.c - the user stack grows on demand: deep recursion, a 200 KB
 * frame, and 2.4.0's rule that an access more than 32 bytes below %esp
 * (outside the stack area) is a bad area (book §2.4 越界访问 and §2.5
 * 用户堆栈的扩展, 2.4.0 do_page_fault() and expand_stack()).
 *
 * 2.4.0 versus a modern host (argv[1] = "host", from run-host):
 *  - 2.4.0 sends SIGSEGV for an access more than 32 bytes below %esp
 *    that lies below the stack area; modern kernels (since 4.20) dropped
 *    that check and grow the stack: on the host the child exits 0.
 */
#include "libc.h"

#define FAR	(1024 * 1024)	/* below anything the stack has used */

static int depth_sum(int n)
{
	volatile char buf[1000];
	int r;

	buf[0] = n;
	buf[999] = n;
	if (n == 0)
		return 0;
	r = depth_sum(n - 1);
	return r + (buf[0] == (char)n && buf[999] == (char)n);
}

static int big_frame(void)
{
	volatile char buf[200 * 1024];
	unsigned long i;
	int good = 1;

	for (i = 0; i < sizeof(buf); i += 512)
		buf[i] = i >> 9;
	for (i = 0; i < sizeof(buf); i += 512)
		if (buf[i] != (char)(i >> 9))
			good = 0;
	return good;
}

/* %esp on a page boundary far below the stack area, then a store off
 * bytes under it (32: like the pushes of pusha, which 2.4.0 allows). */
static void below_esp(unsigned long off)
{
	unsigned long low = ((get_esp() - FAR) & PAGE_MASK);

	asm volatile("movl %%esp, %%edx\n\t"
		     "movl %1, %%esp\n\t"
		     "negl %0\n\t"
		     "movl $0x1234, (%%esp,%0)\n\t"
		     "movl %%edx, %%esp"
		     : "+r" (off) : "r" (low) : "edx", "memory");
}

/* A store 64 bytes below %esp, inside the stack area: always fine. */
static void inside(unsigned long unused)
{
	poke(get_esp() - 64, 1);
}

/* A store far below %esp and below the stack area. */
static void far_below_esp(unsigned long unused)
{
	poke((get_esp() - FAR) & PAGE_MASK, 0x1234);
}

/* Grow in a forked child too (its stack area is a copy). */
static void child_recursion(unsigned long n)
{
	if (depth_sum(n) != (int)n)
		_exit(1);
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	int st;

	plan(8);

	ok(exited_with(run_child(inside, 0), 0),
	   "store 64 bytes below %%esp inside the stack area");
	st = run_child(below_esp, 32);
	ok(exited_with(st, 0), "%%esp moved 1 MB down, store 32 bytes below "
	   "it: the stack grows (status %#x)", st);
	st = run_child(below_esp, 36);
	if (host)
		ok(exited_with(st, 0), "host: 36 bytes below it grows the stack "
		   "too (status %#x)", st);
	else
		ok(killed_by(st, SIGSEGV), "%%esp moved 1 MB down, store 36 "
		   "bytes below it: SIGSEGV (status %#x)", st);
	st = run_child(far_below_esp, 0);
	if (host)
		ok(exited_with(st, 0), "host: store 1 MB below %%esp grows the "
		   "stack (modern kernels dropped the %%esp check)");
	else
		ok(killed_by(st, SIGSEGV), "store 1 MB below %%esp, under the "
		   "stack area: SIGSEGV (2.4.0's 32-byte rule)");
	ok(depth_sum(200) == 200,
	   "recursion 200 deep, 1 KB frames: values kept");
	ok(big_frame(), "a 200 KB frame: every 512th byte kept");
	ok(depth_sum(400) == 400, "recursion 400 deep after that");
	ok(exited_with(run_child(child_recursion, 300), 0),
	   "a forked child grows its copy of the stack");
	return done();
}
