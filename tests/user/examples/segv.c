// SPDX-License-Identifier: GPL-2.0-only
/*
 * segv.c - a user program for the study guide's lab real-segv
 * (Documentation/guide/2.4-out-of-bounds.md): a store to an address in
 * a hole of the user space, with no area around it, then a store into
 * the program's own code, which has an area but no VM_WRITE.  Each store
 * is done by a child; the parent reports how the child ended.
 *
 * The store is one instruction with the address in %edx and a marker in
 * %esi, so that a breakpoint on do_page_fault with the condition
 * "regs->esi == marker" stops on this fault only.  do_page_fault() finds
 * no area (or an area that may not be written), goes to bad_area and
 * sends SIGSEGV; with no handler the signal kills the child.
 *
 *	make bochs USER_PROGS=tests/user/examples/segv.c
 */
#include "libc.h"

#define SEGV_MARK	0x2404beefu
#define SEGV_ADDR	0x30000124u	/* between the heap and 0x40000000 */

/* A stop for the debugger: not inlined, so it has its own address. */
__attribute__((noinline)) void lab_here(unsigned long mark)
{
	__asm__ __volatile__("" : : "r" (mark) : "memory");
}

__attribute__((noinline)) void bad_store(unsigned long addr)
{
	__asm__ __volatile__("movl %1, %%esi\n\t"
			     "movl $0x11, (%0)"
			     : : "d" (addr), "i" (SEGV_MARK) : "esi", "memory");
}

/* Fork a child that stores to addr; say how it ended. */
static void store_in_child(const char *what, unsigned long addr)
{
	int pid, status = 0;

	pid = fork();
	if (pid == 0) {
		bad_store(addr);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	if (WIFSIGNALED(status))
		printf("segv: store to %s %#lx: killed by signal %d\n",
		       what, addr, WTERMSIG(status));
	else
		printf("segv: store to %s %#lx: exited with %d\n",
		       what, addr, WEXITSTATUS(status));
}

int main(void)
{
	lab_here(0x2404);
	store_in_child("a hole at", SEGV_ADDR);
	store_in_child("the code at", (unsigned long)&main);
	return 0;
}
