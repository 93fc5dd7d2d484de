// SPDX-License-Identifier: GPL-2.0-only
/*
 * cow.c - a user program for the study guide's lab real-cow
 * (Documentation/guide/2.13-mmap.md): copy-on-write after a real fork().
 *
 * cow_word sits alone in a page of the data segment.  The parent writes
 * it (the page is present, dirty, writable), forks, and waits.  The
 * child stops at lab_here(0x1301) before writing it (one page, shared,
 * read-only in both), writes it (the write fault copies the page), stops
 * at lab_here(0x1302) and exits.  The parent then stops at 0x1303 (its
 * page is still read-only, but now only it maps it), writes, and stops
 * at 0x1304 (the same page, writable: nothing left to copy).
 *
 *	make bochs USER_PROGS=tests/user/examples/cow.c
 */
#include "libc.h"

unsigned long cow_word __attribute__((aligned(4096))) = 0x13000001;
unsigned long cow_pad[1023] = { 1 };	/* the rest of cow_word's page */

/* A stop for the debugger: not inlined, so it has its own address. */
__attribute__((noinline)) void lab_here(unsigned long mark)
{
	__asm__ __volatile__("" : : "r" (mark) : "memory");
}

int main(void)
{
	int pid, status = 0;

	cow_word = 0x13000002;
	pid = fork();
	if (pid < 0) {
		printf("cow: fork failed: %d\n", pid);
		return 1;
	}
	if (pid == 0) {
		lab_here(0x1301);
		cow_word = 0x13000003;
		lab_here(0x1302);
		_exit(cow_word == 0x13000003 ? 0 : 1);
	}
	waitpid(pid, &status, 0);
	lab_here(0x1303);
	printf("cow: parent sees %#lx after the child wrote (child status %d)\n",
	       cow_word, status);
	cow_word = 0x13000004;
	lab_here(0x1304);
	return cow_word == 0x13000004 ? 0 : 1;
}
