// SPDX-License-Identifier: GPL-2.0-only
/*
 * squeeze.c - a user program for the study guide's labs on page reclaim
 * (Documentation/guide/2.6-page-lifecycle.md, 2.8-kswapd.md).
 *
 * Run on an 8 MB machine with a swap area (make bochs MEM=8 SWAP=32
 * USER_PROGS=tests/user/examples/squeeze.c): it maps 10 MB of anonymous
 * memory, more than the machine has, and writes a word into every page.
 * kswapd has to age pages out and put them on the swap area while the
 * loop runs.  The program stops at lab_here(0x2601) once every page has
 * been written (page 0 has most likely gone to swap by then: its pte
 * holds a swap entry), then reads every page back, which brings the
 * swapped pages in again, and checks each word.
 */
#include "libc.h"

#define SQUEEZE_PAGES	2560		/* 10 MB */
#define SQUEEZE_MARK	0x2601u

/* A stop for the debugger: not inlined, so it has its own address. */
__attribute__((noinline)) void lab_here(unsigned long mark, unsigned long addr)
{
	__asm__ __volatile__("" : : "r" (mark), "r" (addr) : "memory");
}

static unsigned long word_of(unsigned long i)
{
	return 0x26000000u ^ (i * 2654435761u);
}

int main(void)
{
	unsigned long base, i, wrong = 0;
	volatile unsigned long *w;

	base = mmap(0, SQUEEZE_PAGES * 4096UL, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (sys_failed(base)) {
		printf("squeeze: mmap failed: %ld\n", (long)base);
		return 1;
	}
	for (i = 0; i < SQUEEZE_PAGES; i++) {
		w = (volatile unsigned long *)(base + i * 4096);
		*w = word_of(i);
	}
	lab_here(SQUEEZE_MARK, base);
	for (i = 0; i < SQUEEZE_PAGES; i++) {
		w = (volatile unsigned long *)(base + i * 4096);
		if (*w != word_of(i))
			wrong++;
	}
	printf("squeeze: %d pages written and read back, %lu wrong\n",
	       SQUEEZE_PAGES, wrong);
	return wrong != 0;
}
