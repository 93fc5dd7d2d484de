// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_oom_yield.c - running out of memory must end, not livelock (issue
 * 11 #8, issue 13; __alloc_pages' SCHED_YIELD, kswapd's oom_kill).
 *
 * A worker with an unused 1.5 GB PROT_NONE reservation uses memory down
 * to near pages_low (__alloc_pages' slow path sets SCHED_YIELD), forks
 * a child that only exits (it had the reservation too: the biggest
 * badness while it lives), drops the reservation and touches more.
 * Under 2.4.0 the worker's faults wait for kswapd below pages_min;
 * kswapd finds memory out and its oom_kill() picks the task with the
 * highest badness, now the worker, and sends SIGTERM (the worker is
 * root, with CAP_SYS_RAWIO).  The port once ran the OOM killer from the
 * fault and retried, re-picking the worker for ever while its victim
 * never ran.  Passing means: this program ends, the worker died of
 * SIGTERM, and no page is lost.  The worker locks its own pages (see
 * t_oom_alias.c: kswapd, reclaiming without a pause while memory is
 * short, would age its text out faster than it can map it back).
 *
 * Meant for an 8 MB machine (make check runs it there); skipped on the
 * host.
 */
#include "libc.h"

#define MB		(1024 * 1024UL)

static void worker(void)
{
	unsigned long resv, map, i, n;
	long f;
	int pid;

	if (mlockall(MCL_CURRENT) < 0)
		_exit(5);
	resv = mmap2(0, 1536 * MB, PROT_NONE, MAP_ANON_PRIV, -1, 0);
	map = mmap2(0, 16 * MB, PROT_READ, MAP_ANON_PRIV, -1, 0);
	if (sys_failed(resv) || sys_failed(map) ||
	    mprotect(map, 16 * MB, PROT_READ | PROT_WRITE) < 0)
		_exit(5);
	n = 16 * MB / PAGE_SIZE;
	i = 0;
	f = free_pages();
	while (f > 200 && i < n) {
		long step = f - 190;

		while (step-- > 0 && i < n)
			poke(map + PAGE_SIZE * i++, 1);
		f = free_pages();
	}
	/* A fork still fits (a task is an order-1 block). */
	pid = fork();
	if (pid == 0)
		_exit(0);
	if (pid < 0)
		_exit(7);
	munmap(resv, 1536 * MB);
	while (i < n)
		poke(map + PAGE_SIZE * i++, 1);
	_exit(6);	/* 16 MB touched on an 8 MB machine? */
}

int main(int argc, char **argv)
{
	int pid, status;
	long before;

	if (is_host(argc, argv)) {
		plan(1);
		skip("out of memory is only tried on the 8 MB test kernel");
		return done();
	}
	plan(2);
	before = free_pages();
	pid = fork();
	if (pid == 0)
		worker();
	status = reap(pid);
	ok(killed_by(status, SIGTERM),
	   "kswapd's oom_kill killed the worker that ran out of memory "
	   "with SIGTERM (status %#x)", status);
	/* Its child went to init, which reaps it. */
	sched_yield();
	/* Reclaimed initrd cache pages may add a few: see t_oom_alias.c. */
	ok(free_pages() >= before && free_pages() - before < 32,
	   "free pages balance, but for reclaimed cache pages (%ld, %ld)",
	   before, free_pages());
	return done();
}
