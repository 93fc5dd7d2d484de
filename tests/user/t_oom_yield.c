// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_oom_yield.c - running out of memory must end, not livelock (issue
 * 11 #8; 2.4.0 do_page_fault's out_of_memory path, __alloc_pages'
 * SCHED_YIELD).
 *
 * A worker with an unused 1.5 GB PROT_NONE reservation uses memory down
 * to its last pages (__alloc_pages' slow path sets SCHED_YIELD), forks
 * a child that only exits (it still has the reservation: the biggest
 * badness), drops the reservation and touches more.  2.4.0 kills the
 * faulting worker; the port once ran the OOM killer from the fault and
 * retried, re-picking the worker for ever while its victim never ran.
 * Passing means: this program ends, the worker died of SIGKILL, and
 * free pages balance.
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

	resv = mmap2(0, 1536 * MB, PROT_NONE, MAP_ANON_PRIV, -1, 0);
	map = mmap2(0, 16 * MB, PROT_READ, MAP_ANON_PRIV, -1, 0);
	if (sys_failed(resv) || sys_failed(map) ||
	    mprotect(map, 16 * MB, PROT_READ | PROT_WRITE) < 0)
		_exit(5);
	n = 16 * MB / PAGE_SIZE;
	i = 0;
	f = free_pages();
	while (f > 60 && i < n) {
		long step = f - 50;

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
	ok(killed_by(status, SIGKILL),
	   "the worker that ran out of memory died of SIGKILL (status %#x)",
	   status);
	/* Its child went to init, which reaps it. */
	sched_yield();
	ok(free_pages() == before, "free pages balance (%ld, %ld)", before,
	   free_pages());
	return done();
}
