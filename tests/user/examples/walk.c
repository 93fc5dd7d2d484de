// SPDX-License-Identifier: GPL-2.0-only
/*
 * walk.c - a user program for the study guide's labs with a real process
 * (Documentation/guide/2.2-address-mapping.md, lab user-walk).
 *
 * It writes a known word into its own data segment, then calls
 * lab_here() with a marker, so that a breakpoint on lab_here with the
 * condition "*(esp+4) == marker" stops in this process only (init's code
 * lives at the same user addresses).  At that stop the page holding
 * lab_word is present and dirty: walk it by hand from CR3.
 *
 *	make bochs USER_PROGS=tests/user/examples/walk.c
 */
#include "libc.h"

#define WALK_MARK	0x2202u

unsigned long lab_word = 0x12345678;

/* A stop for the debugger: not inlined, so it has its own address. */
__attribute__((noinline)) void lab_here(unsigned long mark)
{
	__asm__ __volatile__("" : : "r" (mark) : "memory");
}

int main(void)
{
	lab_word = 0xc0ffee22;
	lab_here(WALK_MARK);
	printf("walk: lab_word at %p holds %#lx\n", (void *)&lab_word, lab_word);
	return 0;
}
