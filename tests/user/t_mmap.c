// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_mmap.c - anonymous mmap through both system calls, 90 (old_mmap, a
 * block of six words) and 192 (mmap2, offset in pages): placement,
 * zero-filled pages, reuse of holes, MAP_FIXED over an existing area,
 * bad arguments (book §2.13, 2.4.0 do_mmap_pgoff(), get_unmapped_area()).
 *
 * 2.4.0 versus a modern host (argv[1] = "host", from run-host):
 *  - 2.4.0 places mappings first-fit upward from TASK_UNMAPPED_BASE
 *    (0x40000000); modern kernels place them top-down below the stack:
 *    the exact addresses are checked only on 2.4.0 (the reuse of a hole
 *    is checked on both);
 *  - mmap with length 0 returns the address argument in 2.4.0, -EINVAL
 *    on modern kernels;
 *  - 2.4.0 has 3 GB of user space: a fixed mapping at 0xC0000000 and a
 *    munmap across it are -EINVAL; a 32-bit process on a 64-bit host has
 *    4 GB (skipped on the host).
 */
#include "libc.h"

#define RW	(PROT_READ | PROT_WRITE)

static void touch(unsigned long addr)
{
	poke(addr, 1);
}

static void look(unsigned long addr)
{
	peek(addr);
}

static int all_zero(unsigned long from, unsigned long len)
{
	unsigned long p;

	for (p = from; p < from + len; p += 4)
		if (peek(p))
			return 0;
	return 1;
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	unsigned long a, b, c, d, e, f, ret;

	plan(28);

	/* Placement: first fit upward from 0x40000000 in 2.4.0. */
	a = mmap(0, PAGE_SIZE, RW, MAP_ANON_PRIV, -1, 0);
	ok(!sys_failed(a), "mmap (90) one page: %#lx", a);
	if (host)
		skip("2.4.0-only: first mmap at 0x40000000 (modern: top-down)");
	else
		ok(a == 0x40000000, "first mmap of a fresh process at "
		   "0x40000000 (TASK_UNMAPPED_BASE)");
	b = mmap2(0, 2 * PAGE_SIZE, RW, MAP_ANON_PRIV, -1, 0);
	ok(!sys_failed(b), "mmap2 (192) two pages: %#lx", b);
	if (host)
		skip("2.4.0-only: second mmap right after the first");
	else
		ok(b == a + PAGE_SIZE, "second mmap right after the first");
	c = mmap(0, PAGE_SIZE, RW, MAP_ANON_PRIV, -1, 0);
	ok(!sys_failed(c), "third mapping: %#lx", c);
	ok(all_zero(a, PAGE_SIZE) && all_zero(b, 2 * PAGE_SIZE),
	   "new anonymous pages read as zero");
	poke(a, 0x11111111);
	poke(b + PAGE_SIZE + 8, 0x22222222);
	poke(c, 0x33333333);
	ok(peek(a) == 0x11111111 && peek(b + PAGE_SIZE + 8) == 0x22222222 &&
	   peek(c) == 0x33333333, "each mapping keeps its own data");

	/* A hole is reused by a mapping that fits in it. */
	ok(munmap(b, 2 * PAGE_SIZE) == 0, "munmap the middle mapping");
	ok(killed_by(run_child(look, b), SIGSEGV), "the hole faults: SIGSEGV");
	d = mmap2(0, PAGE_SIZE, RW, MAP_ANON_PRIV, -1, 0);
	if (is_emulated(argc, argv))
		skip("qemu-i386 places mappings its own way");
	else
		ok(d == b || (host && d == b + PAGE_SIZE),
		   "one page goes into the two-page hole: %#lx", d);
	e = mmap(0, 2 * PAGE_SIZE, RW, MAP_ANON_PRIV, -1, 0);
	if (host)
		ok(!sys_failed(e), "two pages do not fit the rest: %#lx", e);
	else
		ok(e == c + PAGE_SIZE, "two pages do not fit the one-page "
		   "rest: placed after the last mapping, %#lx", e);
	f = mmap(0, PAGE_SIZE, RW, MAP_ANON_PRIV, -1, 0);
	if (is_emulated(argc, argv))
		skip("qemu-i386 places mappings its own way");
	else
		ok(f == b + PAGE_SIZE || (host && f == b),
		   "one more page fills the hole: %#lx", f);
	ok(peek(a) == 0x11111111 && peek(c) == 0x33333333 &&
	   all_zero(d, PAGE_SIZE), "old data kept, reused hole is zero");

	/* A hint that is free is taken as it is. */
	ret = mmap2(0x50000000, PAGE_SIZE, RW, MAP_ANON_PRIV, -1, 0);
	ok(ret == 0x50000000, "free hint 0x50000000 honoured: %#lx", ret);
	munmap(ret, PAGE_SIZE);

	/* MAP_FIXED over the middle page of a three-page area. */
	ret = mmap2(0, 3 * PAGE_SIZE, RW, MAP_ANON_PRIV, -1, 0);
	poke(ret, 0xaaaa);
	poke(ret + PAGE_SIZE, 0xbbbb);
	poke(ret + 2 * PAGE_SIZE, 0xcccc);
	a = mmap(ret + PAGE_SIZE, PAGE_SIZE, PROT_READ,
		 MAP_ANON_PRIV | MAP_FIXED, -1, 0);
	ok(a == ret + PAGE_SIZE, "MAP_FIXED over an existing page: %#lx", a);
	ok(peek(a) == 0 && peek(ret) == 0xaaaa &&
	   peek(ret + 2 * PAGE_SIZE) == 0xcccc,
	   "the new page is zero, its neighbours keep their data");
	ok(killed_by(run_child(touch, a), SIGSEGV),
	   "the new page has the new protection (read-only): SIGSEGV");
	ok(exited_with(run_child(touch, ret + 2 * PAGE_SIZE), 0),
	   "the neighbour stays writable");
	munmap(ret, 3 * PAGE_SIZE);

	/* Bad arguments. */
	ret = mmap(0, 0, RW, MAP_ANON_PRIV, -1, 0);
	if (host)
		ok(ret == (unsigned long)-EINVAL, "host: length 0 is -EINVAL");
	else
		ok(ret == 0, "length 0 returns the address argument (0)");
	ret = mmap2(0x60000000, 0, RW, MAP_ANON_PRIV, -1, 0);
	if (host)
		ok(ret == (unsigned long)-EINVAL, "host: length 0 is -EINVAL");
	else
		ok(ret == 0x60000000, "length 0 returns the address argument "
		   "(0x60000000): %#lx", ret);
	ret = mmap(0x40000100, PAGE_SIZE, RW, MAP_ANON_PRIV | MAP_FIXED, -1, 0);
	ok(ret == (unsigned long)-EINVAL, "MAP_FIXED at an unaligned address: "
	   "-EINVAL (%ld)", (long)ret);
	ret = mmap(0, PAGE_SIZE, RW, MAP_ANON_PRIV, -1, 100);
	ok(ret == (unsigned long)-EINVAL, "old mmap with an unaligned offset: "
	   "-EINVAL (%ld)", (long)ret);
	if (host) {
		skip("2.4.0-only: MAP_FIXED at 0xC0000000 (3 GB user space)");
		skip("2.4.0-only: munmap across 0xC0000000 (3 GB user space)");
	} else {
		ret = mmap2(0xc0000000, PAGE_SIZE, RW,
			    MAP_ANON_PRIV | MAP_FIXED, -1, 0);
		ok(ret == (unsigned long)-EINVAL, "MAP_FIXED at 0xC0000000: "
		   "-EINVAL (%ld)", (long)ret);
		ret = munmap(0xbffff000, 2 * PAGE_SIZE);
		ok(ret == (unsigned long)-EINVAL, "munmap across 0xC0000000: "
		   "-EINVAL (%ld)", (long)ret);
	}
	ok(munmap(0x40000100, PAGE_SIZE) == -EINVAL,
	   "munmap at an unaligned address: -EINVAL");
	ok(munmap(0x40000000, 0) == -EINVAL, "munmap of length 0: -EINVAL");
	ok(munmap(0x7f000000, PAGE_SIZE) == 0,
	   "munmap where nothing is mapped: 0");

	/* PROT_NONE: present in the address space, no access. */
	ret = mmap2(0, PAGE_SIZE, PROT_NONE, MAP_ANON_PRIV, -1, 0);
	ok(killed_by(run_child(look, ret), SIGSEGV), "read of a PROT_NONE "
	   "page: SIGSEGV");
	return done();
}
