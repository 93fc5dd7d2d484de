// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_mprotect.c - mprotect: splitting an area in the middle, at the head
 * and at the tail, enforcement by the page-fault handler, bad arguments
 * (book §2.13, 2.4.0 sys_mprotect(), mprotect_fixup()).
 *
 * 2.4.0 versus a modern host (argv[1] = "host", from run-host):
 *  - a range that starts in no mapping, or that has a hole, is -EFAULT
 *    in 2.4.0 and -ENOMEM on modern kernels.
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

static int can_write(unsigned long addr)
{
	return exited_with(run_child(touch, addr), 0);
}

static int write_faults(unsigned long addr)
{
	return killed_by(run_child(touch, addr), SIGSEGV);
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	int nomap = host ? -ENOMEM : -EFAULT;
	unsigned long a, b;
	int i, ret;

	plan(21);

	a = mmap2(0, 3 * PAGE_SIZE, RW, MAP_ANON_PRIV, -1, 0);
	for (i = 0; i < 3; i++)
		poke(a + i * PAGE_SIZE, 0x40 + i);

	/* The middle page read-only: three areas. */
	ok(mprotect(a + PAGE_SIZE, PAGE_SIZE, PROT_READ) == 0,
	   "mprotect the middle page PROT_READ");
	ok(write_faults(a + PAGE_SIZE),
	   "write to it kills a child with SIGSEGV");
	ok(peek(a + PAGE_SIZE) == 0x41, "it can still be read, data kept");
	ok(can_write(a) && can_write(a + 2 * PAGE_SIZE),
	   "the outer pages stay writable");
	ok(mprotect(a + PAGE_SIZE, PAGE_SIZE, RW) == 0 &&
	   can_write(a + PAGE_SIZE),
	   "back to read-write: writable again");
	poke(a + PAGE_SIZE, 0x99);
	ok(peek(a + PAGE_SIZE) == 0x99 && peek(a) == 0x40 &&
	   peek(a + 2 * PAGE_SIZE) == 0x42, "data of all three pages intact");

	/* Head and tail. */
	ok(mprotect(a, PAGE_SIZE, PROT_READ) == 0 && write_faults(a) &&
	   can_write(a + PAGE_SIZE), "head page read-only, the rest writable");
	ok(mprotect(a + 2 * PAGE_SIZE, PAGE_SIZE, PROT_READ) == 0 &&
	   write_faults(a + 2 * PAGE_SIZE) && can_write(a + PAGE_SIZE),
	   "tail page read-only, the middle writable");
	ok(mprotect(a, 3 * PAGE_SIZE, PROT_READ) == 0 &&
	   write_faults(a + PAGE_SIZE),
	   "whole range over three areas read-only");

	/* PROT_NONE: no access at all; the data survive. */
	ok(mprotect(a, 3 * PAGE_SIZE, PROT_NONE) == 0, "PROT_NONE on all three");
	ok(killed_by(run_child(look, a + PAGE_SIZE), SIGSEGV),
	   "read of a PROT_NONE page: SIGSEGV");
	ok(mprotect(a, 3 * PAGE_SIZE, RW) == 0 && peek(a) == 0x40 &&
	   peek(a + PAGE_SIZE) == 0x99, "read-write again, data intact");

	/* Write permission on a read-only mapping can be added (MAYWRITE). */
	b = mmap2(0, PAGE_SIZE, PROT_READ, MAP_ANON_PRIV, -1, 0);
	ok(write_faults(b), "fresh PROT_READ mapping: write faults");
	ok(mprotect(b, PAGE_SIZE, RW) == 0 && can_write(b),
	   "mprotect adds PROT_WRITE: write works");

	/* Bad arguments. */
	ok(mprotect(a, PAGE_SIZE, 0x100) == -EINVAL,
	   "unknown protection bit 0x100: -EINVAL");
	ok(mprotect(a + 8, PAGE_SIZE, PROT_READ) == -EINVAL,
	   "unaligned start: -EINVAL");
	if (is_emulated(argc, argv)) {
		/* qemu-i386 checks mprotect's range its own way. */
		for (i = 0; i < 5; i++)
			skip("qemu-i386: mprotect of empty or unmapped ranges");
		return done();
	}
	ok(mprotect(a, 0, PROT_READ) == 0, "length 0: 0");
	munmap(a + PAGE_SIZE, PAGE_SIZE);
	ret = mprotect(a, 3 * PAGE_SIZE, PROT_READ);
	ok(ret == nomap, "range with a hole: %d (2.4.0 -EFAULT, modern -ENOMEM)",
	   ret);
	ret = mprotect(a + PAGE_SIZE, PAGE_SIZE, PROT_READ);
	ok(ret == nomap, "range in no mapping: %d (2.4.0 -EFAULT, modern "
	   "-ENOMEM)", ret);
	ok(write_faults(a), "the failed call already changed the area before "
	   "the hole (it works area by area)");
	ok(can_write(a + 2 * PAGE_SIZE), "the page past the hole keeps "
	   "read-write");
	return done();
}
