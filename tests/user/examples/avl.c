// SPDX-License-Identifier: GPL-2.0-only
/*
 * avl.c - a user program for the study guide's lab real-avl
 * (Documentation/guide/2.3-data-structures.md): a process with hundreds
 * of areas, so that its mm has an AVL tree (2.4.0 builds it at 32).
 *
 * It maps AVL_AREAS one-page anonymous areas, alternately read-only and
 * read-write (areas with different flags never merge), and stops at
 * lab_here(0x2301).  Then it reads, and writes, one word of the area
 * with index AVL_PICK: the read fault maps the zero page, the write
 * fault copies it; both start with find_vma() on the same address, the
 * second one served by mm->mmap_cache.
 *
 *	make bochs USER_PROGS=tests/user/examples/avl.c
 */
#include "libc.h"

#define AVL_AREAS	300
#define AVL_PICK	150
#define AVL_OFFSET	0x10

unsigned long avl_addr[AVL_AREAS];

/* A stop for the debugger: not inlined, so it has its own address. */
__attribute__((noinline)) void lab_here(unsigned long mark)
{
	__asm__ __volatile__("" : : "r" (mark) : "memory");
}

int main(void)
{
	unsigned long pick, before;
	int i;

	for (i = 0; i < AVL_AREAS; i++) {
		int prot = (i & 1) ? PROT_READ : PROT_READ | PROT_WRITE;

		avl_addr[i] = mmap(0, PAGE_SIZE, prot, MAP_ANON_PRIV, -1, 0);
		if (sys_failed(avl_addr[i])) {
			printf("avl: mmap %d failed: %ld\n", i, (long)avl_addr[i]);
			return 1;
		}
	}
	lab_here(0x2301);
	pick = avl_addr[AVL_PICK] + AVL_OFFSET;
	before = peek(pick);
	poke(pick, 0x2302);
	printf("avl: %d areas from %#lx to %#lx; area %d at %#lx read %lu, then holds %#lx\n",
	       AVL_AREAS, avl_addr[0], avl_addr[AVL_AREAS - 1], AVL_PICK,
	       avl_addr[AVL_PICK], before, peek(pick));
	return peek(pick) == 0x2302 && before == 0 ? 0 : 1;
}
