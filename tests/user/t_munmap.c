// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_munmap.c - munmap that splits areas: the middle, the head and the
 * tail of a mapping, and a range over several areas (book §2.12-§2.13, 2.4.0
 * do_munmap(), unmap_fixup()).  Same answers on 2.4.0 and a modern host.
 */
#include "libc.h"

#define RW	(PROT_READ | PROT_WRITE)

static void look(unsigned long addr)
{
	peek(addr);
}

static void touch(unsigned long addr)
{
	poke(addr, 1);
}

/* Map n pages, page i holding the value tag + i. */
static unsigned long map_tagged(int n, unsigned long tag)
{
	unsigned long a = mmap2(0, n * PAGE_SIZE, RW, MAP_ANON_PRIV, -1, 0);
	int i;

	if (!sys_failed(a))
		for (i = 0; i < n; i++)
			poke(a + i * PAGE_SIZE, tag + i);
	return a;
}

static int gone(unsigned long addr)
{
	return killed_by(run_child(look, addr), SIGSEGV);
}

int main(int argc, char **argv)
{
	unsigned long a, b, c;
	int i;

	plan(17);

	/* The middle of three pages: the area splits in two. */
	a = map_tagged(3, 0x100);
	ok(!sys_failed(a), "three-page area at %#lx", a);
	ok(munmap(a + PAGE_SIZE, PAGE_SIZE) == 0, "munmap its middle page");
	ok(peek(a) == 0x100 && peek(a + 2 * PAGE_SIZE) == 0x102,
	   "outer pages keep their data");
	ok(exited_with(run_child(touch, a), 0) &&
	   exited_with(run_child(touch, a + 2 * PAGE_SIZE), 0),
	   "outer pages are still writable");
	ok(gone(a + PAGE_SIZE), "the middle page faults: SIGSEGV");
	poke(a + 2 * PAGE_SIZE + 4, 7);
	ok(peek(a + 2 * PAGE_SIZE + 4) == 7,
	   "upper piece works after the split");

	/* Head and tail of a four-page area. */
	b = map_tagged(4, 0x200);
	ok(munmap(b, PAGE_SIZE) == 0, "munmap the head page");
	ok(gone(b) && peek(b + PAGE_SIZE) == 0x201, "head gone, rest intact");
	ok(munmap(b + 3 * PAGE_SIZE, PAGE_SIZE) == 0, "munmap the tail page");
	ok(gone(b + 3 * PAGE_SIZE) && peek(b + 2 * PAGE_SIZE) == 0x202,
	   "tail gone, rest intact");

	/* One call over several areas and the holes between them. */
	ok(munmap(a, 3 * PAGE_SIZE) == 0,
	   "munmap over a split area and its hole");
	ok(gone(a) && gone(a + 2 * PAGE_SIZE), "both pieces gone");
	ok(munmap(b, 4 * PAGE_SIZE) == 0,
	   "munmap a range wider than what is left");
	ok(gone(b + PAGE_SIZE) && gone(b + 2 * PAGE_SIZE), "all of it gone");

	/* Every other page of a 16-page area, then the rest. */
	c = map_tagged(16, 0x300);
	for (i = 0; i < 16; i += 2)
		munmap(c + i * PAGE_SIZE, PAGE_SIZE);
	for (i = 1; i < 16; i += 2)
		if (peek(c + i * PAGE_SIZE) != 0x300 + (unsigned long)i)
			break;
	ok(i >= 16, "8 single-page holes punched, the other pages intact");
	ok(gone(c + 4 * PAGE_SIZE) && !gone(c + 5 * PAGE_SIZE),
	   "holes fault, pages between do not");
	ok(munmap(c, 16 * PAGE_SIZE) == 0 && gone(c + 5 * PAGE_SIZE),
	   "munmap of the whole range removes the 8 pieces");
	return done();
}
