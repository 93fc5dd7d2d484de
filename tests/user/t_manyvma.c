// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_manyvma.c - hundreds of areas: 300 one-page mappings of alternating
 * protection (no two neighbours can merge), so 2.4.0 keeps them in its
 * AVL tree (from 32 areas on, book §2.3 find_vma and the AVL tree); every
 * lookup must find the right area; then they are all unmapped.
 *
 * 2.4.0 versus a modern host (argv[1] = "host", from run-host):
 *  - addresses (first fit upward from 0x40000000 in 2.4.0, top-down on
 *    modern kernels) are checked only on 2.4.0.
 */
#include "libc.h"

#define N	300

static unsigned long addr[N];

static void touch(unsigned long a)
{
	poke(a, 1);
}

static int prot_of(int i)
{
	return i & 1 ? PROT_READ : PROT_READ | PROT_WRITE;
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	unsigned long lo, hi, r;
	int i, bad;

	plan(13);

	for (i = 0, bad = 0; i < N; i++) {
		addr[i] = mmap2(0, PAGE_SIZE, prot_of(i), MAP_ANON_PRIV, -1, 0);
		if (sys_failed(addr[i]))
			bad++;
	}
	ok(!bad, "%d one-page mappings, alternately RW and RO", N);
	for (i = 0, bad = 0; i < N; i++)
		if (!host && addr[i] != 0x40000000 + i * PAGE_SIZE)
			bad++;
	if (host)
		skip("2.4.0-only: mappings packed upward from 0x40000000");
	else
		ok(!bad, "packed upward from 0x40000000 to %#lx", addr[N - 1]);

	for (i = 0; i < N; i += 2)
		poke(addr[i] + 40, i);
	for (i = 0, bad = 0; i < N; i++)
		if (peek(addr[i] + 40) != (i & 1 ? 0 : (unsigned long)i))
			bad++;
	ok(!bad, "each RW page keeps its value, RO pages read zero");

	ok(killed_by(run_child(touch, addr[151]), SIGSEGV),
	   "write to RO mapping 151 of %d: SIGSEGV", N);
	ok(killed_by(run_child(touch, addr[1]), SIGSEGV) &&
	   killed_by(run_child(touch, addr[N - 1]), SIGSEGV),
	   "write to the first and the last RO mapping: SIGSEGV");
	ok(exited_with(run_child(touch, addr[150]), 0) &&
	   exited_with(run_child(touch, addr[298]), 0),
	   "write to RW mappings 150 and 298 works");

	/* mprotect in the middle of the tree: ten areas become RW. */
	lo = addr[100] < addr[109] ? addr[100] : addr[109];
	hi = addr[100] < addr[109] ? addr[109] : addr[100];
	ok(hi - lo == 9 * PAGE_SIZE &&
	   mprotect(lo, 10 * PAGE_SIZE, PROT_READ | PROT_WRITE) == 0,
	   "mprotect over ten neighbouring areas");
	ok(exited_with(run_child(touch, addr[105]), 0), "RO mapping 105 "
	   "is now writable");

	/* A hole in the middle is reused. */
	ok(munmap(addr[200], PAGE_SIZE) == 0, "munmap mapping 200");
	r = mmap2(0, PAGE_SIZE, PROT_READ, MAP_ANON_PRIV, -1, 0);
	if (host)
		ok(!sys_failed(r), "host: one more page at %#lx", r);
	else
		ok(r == addr[200], "next mapping fills its hole (%#lx)", r);
	addr[200] = r;

	/* Unmap them all: one call if they are contiguous. */
	lo = hi = addr[0];
	for (i = 1; i < N; i++) {
		if (addr[i] < lo)
			lo = addr[i];
		if (addr[i] > hi)
			hi = addr[i];
	}
	if (hi - lo == (N - 1) * PAGE_SIZE)
		r = munmap(lo, N * PAGE_SIZE);
	else
		for (i = 0, r = 0; i < N; i++)
			r |= munmap(addr[i], PAGE_SIZE);
	ok(r == 0, "unmap all %d", N);
	ok(killed_by(run_child(touch, addr[0]), SIGSEGV) &&
	   killed_by(run_child(touch, addr[N / 2]), SIGSEGV) &&
	   killed_by(run_child(touch, addr[N - 2]), SIGSEGV), "they are gone");
	r = mmap2(0, PAGE_SIZE, PROT_READ, MAP_ANON_PRIV, -1, 0);
	if (host)
		ok(!sys_failed(r), "host: a new mapping at %#lx", r);
	else
		ok(r == 0x40000000, "a new mapping starts at 0x40000000 again");
	return done();
}
