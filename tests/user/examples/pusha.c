// SPDX-License-Identifier: GPL-2.0-only
/*
 * pusha.c - a user program for the study guide's lab real-pusha
 * (Documentation/guide/2.5-stack-expansion.md): a pusha with %esp a page
 * below the stack area, the case 2.4.0's 32-byte rule was written for.
 *
 * First thing in main, %esp is in the lowest page of the stack area.
 * below_stack() puts %esp in the middle of the page under it, sets a
 * marker in %esi (so that a breakpoint on do_page_fault can stop on
 * this fault only, by the user's registers) and executes pusha.  The
 * 32 bytes pusha stores are all below the area: do_page_fault() checks
 * the address against regs->esp - 32, expand_stack() grows the area
 * down by the page, and pusha is executed again, this time with success.
 *
 *	make bochs USER_PROGS=tests/user/examples/pusha.c
 */
#include "libc.h"

#define PUSHA_MARK	0x2505beefu

/* pusha at (lowest stack page - 0x800); returns that %esp value. */
__attribute__((noinline)) unsigned long below_stack(unsigned long *saved)
{
	unsigned long low;

	__asm__ __volatile__("movl %%esp, %0\n\t"
			     "andl $0xfffff000, %0\n\t"
			     "subl $0x800, %0\n\t"
			     "movl %%esp, %%edx\n\t"
			     "movl %0, %%esp\n\t"
			     "movl %2, %%esi\n\t"
			     "pusha\n\t"
			     "movl 12(%%esp), %%eax\n\t"
			     "movl %%edx, %%esp\n\t"
			     "movl %%eax, (%1)"
			     : "=&r" (low) : "r" (saved), "i" (PUSHA_MARK)
			     : "eax", "edx", "esi", "memory");
	return low;
}

int main(void)
{
	unsigned long saved = 0, low;

	low = below_stack(&saved);
	printf("pusha: %%esp %#lx below the stack, pusha saved %%esp %#lx\n",
	       low, saved);
	return saved == low ? 0 : 1;
}
