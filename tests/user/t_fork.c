// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_fork.c - many processes: 50 fork/exit/wait in a row, 20 children
 * alive at once, exit codes and signals seen by waitpid and wait4, and
 * no pages lost once they are all reaped (book chapter 4: fork, exit,
 * wait; the mm side: 2.4.0 copy_mm(), exit_mmap()).
 *
 * 2.4.0 versus a modern host (argv[1] = "host", from run-host):
 *  - the free-page count (sysinfo) is compared only on our kernel; on
 *    the host other processes change it.  Slab caches keep the pages
 *    they grew by (2.4.0 reaps them only under memory pressure), hence
 *    a slack of 64 pages; a leak of one page per child (77) still shows.
 */
#include "libc.h"

#define ROW	50
#define AT_ONCE	20

static void spin(unsigned long unused)
{
	for (;;)
		sched_yield();
}

static void check_ppid(unsigned long ppid)
{
	_exit(getppid() == (int)ppid && getpid() != (int)ppid ? 0 : 1);
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	int pid[AT_ONCE];
	int i, bad, st, ret;
	long before, after;

	plan(11);
	before = free_pages();

	/* One after the other; each child's exit code is its number. */
	for (i = 0, bad = 0; i < ROW; i++) {
		int p = fork();

		if (p == 0)
			_exit(i);
		if (p < 0 || !exited_with(reap(p), i))
			bad++;
	}
	ok(!bad, "%d children forked, exited with their number, reaped", ROW);

	/* Twenty alive at once, reaped in reverse order. */
	for (i = 0; i < AT_ONCE; i++) {
		pid[i] = fork();
		if (pid[i] == 0)
			_exit(100 + i);
	}
	for (i = AT_ONCE - 1, bad = 0; i >= 0; i--)
		if (pid[i] < 0 || !exited_with(reap(pid[i]), 100 + i))
			bad++;
	ok(!bad, "%d children at once, reaped newest first", AT_ONCE);

	/* waitpid(-1) takes any child. */
	for (i = 0; i < 5; i++)
		if (fork() == 0)
			_exit(7);
	for (i = 0, bad = 0; i < 5; i++)
		if (waitpid(-1, &st, 0) <= 0 || !exited_with(st, 7))
			bad++;
	ok(!bad, "waitpid(-1) reaps 5 children");
	ok(waitpid(-1, &st, 0) == -ECHILD, "no children left: -ECHILD");
	ok(waitpid(-1, &st, WNOHANG) == -ECHILD,
	   "WNOHANG, no children: -ECHILD");

	/* wait4 and a signal. */
	i = fork();
	if (i == 0)
		spin(0);
	ok(kill(i, 0) == 0, "kill(child, 0): it exists");
	kill(i, SIGKILL);
	ret = wait4(i, &st, 0, NULL);
	ok(ret == i && killed_by(st, SIGKILL), "wait4: child killed by SIGKILL "
	   "(status %#x)", st);
	ok(kill(i, 0) == -ESRCH, "reaped child is gone: -ESRCH");
	ok(exited_with(run_child(check_ppid, getpid()), 0),
	   "child sees getppid() = our pid, its own pid differs");
	ok(getpid() > 1 && getppid() >= 1, "getpid %d, getppid %d", getpid(),
	   getppid());

	after = free_pages();
	if (host)
		skip("2.4.0-only: free pages back after reaping (host is busy)");
	else
		ok(before > 0 && after >= before - 64, "free pages %ld before, "
		   "%ld after %d children", before, after, ROW + AT_ONCE + 7);
	return done();
}
