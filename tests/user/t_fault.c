// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_fault.c - bad accesses, each in a forked child that must die of
 * SIGSEGV while the parent goes on (book §2.4 越界访问, 2.4.0
 * do_page_fault(): bad_area, the 3 GB user limit, protection faults).
 * Same answers on 2.4.0 and a modern host (on the host 0xC0000000 is
 * simply not mapped).
 */
#include "libc.h"

static void look(unsigned long addr)
{
	peek(addr);
}

static void touch(unsigned long addr)
{
	poke(addr, 0xdead);
}

/* Jump to an address (an instruction fetch fault). */
static void call(unsigned long addr)
{
	((void (*)(void))addr)();
}

static int segv(void (*fn)(unsigned long), unsigned long addr)
{
	return killed_by(run_child(fn, addr), SIGSEGV);
}

int main(int argc, char **argv)
{
	unsigned long ro, gone, text = (unsigned long)main;
	unsigned long word = peek(text);

	plan(14);

	ok(segv(look, 0), "read of NULL: SIGSEGV");
	ok(segv(touch, 0), "write to NULL: SIGSEGV");
	ok(segv(look, 0xffc), "read in the first page (0xffc): SIGSEGV");
	ok(segv(look, 0xc0000000),
	   "read of kernel address 0xC0000000: SIGSEGV");
	ok(segv(touch, 0xc0100000),
	   "write to kernel address 0xC0100000: SIGSEGV");
	ok(segv(look, 0xfffff000), "read of 0xFFFFF000: SIGSEGV");

	gone = mmap2(0, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_ANON_PRIV, -1, 0);
	poke(gone, 1);
	munmap(gone, PAGE_SIZE);
	ok(segv(look, gone), "read of an unmapped page (%#lx): SIGSEGV", gone);
	ok(segv(touch, gone), "write to an unmapped page: SIGSEGV");
	ok(segv(call, gone), "jump to an unmapped page: SIGSEGV");

	ro = mmap2(0, PAGE_SIZE, PROT_READ, MAP_ANON_PRIV, -1, 0);
	ok(peek(ro) == 0, "a read-only mapping can be read");
	ok(segv(touch, ro), "write to a read-only mapping: SIGSEGV");
	ok(segv(touch, text), "write to our own text (%#lx): SIGSEGV", text);

	ok(peek(text) == word, "our text is intact (the child's write did "
	   "not reach it)");
	ok(exited_with(run_child(look, ro), 0),
	   "a child reading valid memory exits normally");
	return done();
}
