// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_mremap.c - mremap: shrinking, growing in place, moving with
 * MREMAP_MAYMOVE (the page tables move, the contents stay), and the
 * error cases (book §2.13, 2.4.0 do_mremap(), move_vma()).
 *
 * 2.4.0 versus a modern host (argv[1] = "host", from run-host):
 *  - a new length of 0 unmaps the whole range and returns the address in
 *    2.4.0; modern kernels return -EINVAL;
 *  - the address a moved area gets (first fit upward in 2.4.0) is
 *    checked only on 2.4.0.
 */
#include "libc.h"

#define RW	(PROT_READ | PROT_WRITE)

static void look(unsigned long addr)
{
	peek(addr);
}

static int gone(unsigned long addr)
{
	return killed_by(run_child(look, addr), SIGSEGV);
}

static void fill(unsigned long a, int pages, unsigned long tag)
{
	int i;

	for (i = 0; i < pages; i++)
		poke(a + i * PAGE_SIZE + 12, tag + i);
}

static int check(unsigned long a, int pages, unsigned long tag)
{
	int i;

	for (i = 0; i < pages; i++)
		if (peek(a + i * PAGE_SIZE + 12) != tag + i)
			return 0;
	return 1;
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	unsigned long a, b, c, r;

	plan(22);
	if (is_emulated(argc, argv)) {
		/* qemu-i386 7.2's mremap faults on the first shrink. */
		for (r = 0; r < 22; r++)
			skip("qemu-i386 does not emulate mremap faithfully");
		return done();
	}

	/* Shrink four pages to two: the tail is unmapped. */
	a = mmap2(0, 4 * PAGE_SIZE, RW, MAP_ANON_PRIV, -1, 0);
	fill(a, 4, 0x700);
	r = mremap(a, 4 * PAGE_SIZE, 2 * PAGE_SIZE, 0, 0);
	ok(r == a, "shrink 4 -> 2 pages in place: %#lx", r);
	ok(check(a, 2, 0x700), "the first two pages keep their data");
	ok(gone(a + 2 * PAGE_SIZE), "the cut tail faults: SIGSEGV");

	/* Grow in place: the next pages are free. */
	r = mremap(a, 2 * PAGE_SIZE, 3 * PAGE_SIZE, 0, 0);
	ok(r == a, "grow 2 -> 3 pages in place: %#lx", r);
	ok(check(a, 2, 0x700) && peek(a + 2 * PAGE_SIZE + 12) == 0,
	   "old data kept, the new page is zero");
	fill(a, 3, 0x800);

	/* Block the growth with a mapping right after it. */
	b = mmap2(a + 3 * PAGE_SIZE, PAGE_SIZE, PROT_READ, MAP_ANON_PRIV, -1, 0);
	ok(b == a + 3 * PAGE_SIZE, "a read-only page right after it: %#lx", b);
	r = mremap(a, 3 * PAGE_SIZE, 5 * PAGE_SIZE, 0, 0);
	ok(r == (unsigned long)-ENOMEM, "grow without MREMAP_MAYMOVE: "
	   "-ENOMEM (%ld)", (long)r);
	ok(check(a, 3, 0x800), "the area is unchanged");

	/* Move: new place, same contents, old place gone. */
	c = mremap(a, 3 * PAGE_SIZE, 5 * PAGE_SIZE, MREMAP_MAYMOVE, 0);
	ok(!sys_failed(c) && c != a, "MREMAP_MAYMOVE moves it to %#lx", c);
	if (host)
		skip("2.4.0-only: moved area placed first fit after "
		     "the blocker");
	else
		ok(c == b + PAGE_SIZE, "placed first fit, right after the "
		   "blocking page (%#lx)", b + PAGE_SIZE);
	ok(check(c, 3, 0x800), "the three pages moved with their contents");
	ok(peek(c + 3 * PAGE_SIZE + 12) == 0 &&
	   peek(c + 4 * PAGE_SIZE + 12) == 0,
	   "the two added pages are zero");
	ok(gone(a) && gone(a + 2 * PAGE_SIZE), "the old place faults: SIGSEGV");
	poke(c + 4 * PAGE_SIZE, 5);
	ok(peek(c + 4 * PAGE_SIZE) == 5, "the moved area is writable");

	/* Errors. */
	r = mremap(a, PAGE_SIZE, 2 * PAGE_SIZE, MREMAP_MAYMOVE, 0);
	ok(r == (unsigned long)-EFAULT, "grow a range where nothing is "
	   "mapped: -EFAULT (%ld)", (long)r);
	r = mremap(b, 6 * PAGE_SIZE, 8 * PAGE_SIZE, MREMAP_MAYMOVE, 0);
	ok(r == (unsigned long)-EFAULT, "grow a range over two areas: "
	   "-EFAULT (%ld)", (long)r);
	r = mremap(c + 8, PAGE_SIZE, 2 * PAGE_SIZE, MREMAP_MAYMOVE, 0);
	ok(r == (unsigned long)-EINVAL, "unaligned address: -EINVAL (%ld)",
	   (long)r);
	r = mremap(c, PAGE_SIZE, 2 * PAGE_SIZE, 0x10, 0);
	ok(r == (unsigned long)-EINVAL, "unknown flag: -EINVAL (%ld)", (long)r);
	r = mremap(c, PAGE_SIZE, 2 * PAGE_SIZE, MREMAP_FIXED, c + PAGE_SIZE);
	ok(r == (unsigned long)-EINVAL, "MREMAP_FIXED without MAYMOVE: "
	   "-EINVAL (%ld)", (long)r);

	/* New length 0. */
	r = mremap(c, 5 * PAGE_SIZE, 0, 0, 0);
	if (host)
		ok(r == (unsigned long)-EINVAL, "host: new length 0 is -EINVAL "
		   "(%ld)", (long)r);
	else
		ok(r == c && gone(c), "new length 0: the area is unmapped, "
		   "the address returned (%#lx)", r);

	/*
	 * Nothing moved to a fixed place: 2.4.0 made an empty area there,
	 * which BUG()ged in mlockall and in exit_mmap (leaking the process's
	 * pages).  -EINVAL, as later 2.4 kernels answer.
	 */
	a = mmap2(0, 2 * PAGE_SIZE, RW, MAP_ANON_PRIV, -1, 0);
	munmap(a + PAGE_SIZE, PAGE_SIZE);
	r = mremap(a, 0, 0, MREMAP_MAYMOVE | MREMAP_FIXED, a + PAGE_SIZE);
	ok(r == (unsigned long)-EINVAL, "move 0 bytes to a fixed place: "
	   "-EINVAL (%ld)", (long)r);
	if (host)
		skip("2.4.0-only: mlockall right after (host limits locking)");
	else
		ok(mlockall(MCL_CURRENT) == 0 && munlockall() == 0,
		   "mlockall after it works: no empty area was made");
	munmap(a, PAGE_SIZE);
	return done();
}
