// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_oom_alias.c - running out of memory with nothing to reclaim (no
 * swap, anonymous memory): 2.4.0's OOM killer, reached from kswapd
 * (book §2.8; issue 11 #1, issue 13).
 *
 * Under 2.4.0 a single-page request that may sleep never fails: below
 * pages_min the faulting task waits for kswapd, whose round frees
 * nothing, finds out_of_memory() and calls oom_kill().  That picks the
 * task with the highest badness (total_vm, scaled down for CPU and run
 * time, root and CAP_SYS_RAWIO) and, as every task here is root with
 * CAP_SYS_RAWIO, sends it SIGTERM.
 *
 * A bait child holds a 1 GB read-only mapping (the biggest badness) and
 * sleeps; a filler child touches pages of a 24 MB region, starting a
 * new 4 MB page table every 1024 pages, checking after each write that
 * the region's pages are still distinct (a failed page-table allocation
 * once pointed the pmd at empty_bad_pte_table, aliasing the whole 4 MB
 * region to one page).  Expected: the bait dies of SIGTERM first, then
 * the filler (now the biggest) of SIGTERM, no alias is ever seen, this
 * program lives, and no page is lost.
 *
 * Meant for an 8 MB machine (make check runs it there); skipped on the
 * host, where it would only fill the host's memory.
 */
#include "libc.h"

#define MB		(1024 * 1024UL)
#define PGDIR		(4 * MB)
#define REGION		(24 * MB)

static void pause_forever(void)
{
	for (;;)
		syscall6(29, 0, 0, 0, 0, 0, 0);	/* pause */
}

/* Exit codes of a filler that survived. */
#define F_ALIAS		3	/* two pages of one 4 MB region are one page */
#define F_ALL		4	/* touched all 24 MB on an 8 MB machine */
#define F_SETUP		5	/* mmap or mprotect failed */

static unsigned long mark(unsigned long i)
{
	return 0x5a000000 | i;
}

static void filler(void)
{
	unsigned long map, base, n = REGION / PAGE_SIZE, i, first = 0;

	/*
	 * Its own text, data and stack stay mapped: while memory is short
	 * but not out, 2.4.0's kswapd reclaims without sleeping, and each
	 * allocation below pages_low yields to it for a whole time slice;
	 * a page read back for an unmapped text page is aged out again
	 * before the yielding filler can map it, and the filler never
	 * gets to run out of memory.
	 */
	if (mlockall(MCL_CURRENT) < 0)
		_exit(F_SETUP);
	/* Read-only first: vm_enough_memory would refuse 24 MB writable. */
	map = mmap2(0, REGION + PGDIR, PROT_READ, MAP_ANON_PRIV, -1, 0);
	if (sys_failed(map) ||
	    mprotect(map, REGION + PGDIR, PROT_READ | PROT_WRITE) < 0)
		_exit(F_SETUP);
	base = (map + PGDIR - 1) & ~(PGDIR - 1);

	for (i = 0; i < n; i++) {
		unsigned long addr = base + i * PAGE_SIZE;

		if (addr % PGDIR == 0)
			first = i;
		poke(addr, mark(i));
		/* The region's first page keeps its own value. */
		if (peek(base + first * PAGE_SIZE) != mark(first) ||
		    peek(addr) != mark(i))
			_exit(F_ALIAS);
	}
	_exit(F_ALL);
}

int main(int argc, char **argv)
{
	int bait, fill, status, bstatus;
	long before;

	if (is_host(argc, argv)) {
		plan(1);
		skip("out of memory is only tried on the 8 MB test kernel");
		return done();
	}
	plan(5);
	before = free_pages();

	bait = fork();
	if (bait == 0) {
		mmap2(0, 1024 * MB, PROT_READ, MAP_ANON_PRIV, -1, 0);
		pause_forever();
	}
	sched_yield();		/* let the bait map its gigabyte */

	fill = fork();
	if (fill == 0)
		filler();
	status = reap(fill);
	ok(status >= 0 && !exited_with(status, F_SETUP) &&
	   !exited_with(status, F_ALL),
	   "the filler ran out of memory (status %#x)", status);
	ok(!exited_with(status, F_ALIAS),
	   "no 4 MB region aliases one page while memory runs out");
	ok(killed_by(status, SIGTERM),
	   "kswapd's oom_kill killed the filler with SIGTERM (a task with "
	   "CAP_SYS_RAWIO), as 2.4.0 does");

	/* The bait went first: it is dead already (WNOHANG finds it). */
	if (waitpid(bait, &bstatus, 1) != bait) {
		kill(bait, SIGKILL);
		bstatus = reap(bait);
	}
	ok(killed_by(bstatus, SIGTERM),
	   "the bait (highest badness) was killed first, by SIGTERM "
	   "(status %#x)", bstatus);
	sched_yield();
	/*
	 * No page lost.  More may be free than before: reclaim dropped
	 * page-cache pages of the initrd's files (under 32 pages in all)
	 * that nobody mapped; init's own before/after line is exact.
	 */
	ok(free_pages() >= before && free_pages() - before < 32,
	   "free pages balance, but for reclaimed cache pages (%ld, %ld)",
	   before, free_pages());
	return done();
}
