// SPDX-License-Identifier: GPL-2.0-only
/*
 * heap.c - a user program for the study guide's lab real-brk
 * (Documentation/guide/2.12-brk.md): the heap grown and shrunk with the
 * real brk() system call.
 *
 * With A the page above the end of the bss (PAGE_ALIGN(_end)), it
 * asks for brk = A + 0x3010 (the heap area then ends at A + 0x4000),
 * stores at A + 0x3000 (a page fault in the new area), moves the break
 * to A + 0x3030 (the same page: no area changes), then shrinks it to
 * A + 0x1000 (do_munmap of the top three pages).  Every argument is
 * computed from _end, so the lab's conditions can be too.
 *
 *	make bochs USER_PROGS=tests/user/examples/heap.c
 */
#include "libc.h"

extern char _end[];

/* A data segment with a bss, so that _end is where the bss ends. */
unsigned long heap_data = 0x1212;
char heap_bss[0x1800];

int main(void)
{
	unsigned long top = PAGE_ALIGN((unsigned long)_end);
	unsigned long start = brk(0), grown, same, shrunk;

	grown = brk(top + 0x3010);
	*(volatile char *)(top + 0x3000) = 0x12;
	same = brk(top + 0x3030);
	shrunk = brk(top + 0x1000);
	heap_bss[0] = heap_data;
	printf("heap: brk(0) %#lx, _end %#lx; grown %#lx, same page %#lx, shrunk %#lx\n",
	       start, (unsigned long)_end, grown, same, shrunk);
	return grown == top + 0x3010 && same == top + 0x3030 &&
	       shrunk == top + 0x1000 ? 0 : 1;
}
