// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_oom_ramfs.c - a ramfs file as big as RAM must end in the OOM
 * killer, not hang the machine (found by the fuzzer: seeds 11, 14, 15,
 * 24; Documentation/deviations.md, fs/ramfs/inode.c ramfs_writepage).
 *
 * A worker creates a file, unlinks it (its pages then go when the file
 * is closed, also by the worker's death) and writes to it without end.
 * ramfs pages have nowhere to go, so memory runs out.  Under 2.4.0 the
 * re-dirtied pages stayed on the inactive_dirty list: inactive memory
 * looked plentiful, kswapd never called out_of_memory(), and the
 * worker's page-cache allocation retried for ever.  With the pages sent
 * back to the active list kswapd's oom_kill() ends it: the worker, with
 * a 1.5 GB PROT_NONE reservation the biggest badness, dies of SIGTERM
 * (root, CAP_SYS_RAWIO), and every page comes back.  The worker locks
 * its own pages (see t_oom_yield.c).
 *
 * Meant for an 8 MB machine (make check runs it there); skipped on the
 * host.
 */
#include "libc.h"

#define MB		(1024 * 1024UL)
#define O_RDWR		2
#define O_CREAT		0100
#define CHUNK		16384

static char chunk[CHUNK];

static void worker(void)
{
	unsigned long resv;
	long r, total = 0;
	int fd;

	if (mlockall(MCL_CURRENT) < 0)
		_exit(5);
	resv = mmap2(0, 1536 * MB, PROT_NONE, MAP_ANON_PRIV, -1, 0);
	fd = open("/t_oom_ramfs.data", O_RDWR | O_CREAT, 0600);
	if (sys_failed(resv) || fd < 0 ||
	    syscall6(10, (long) "/t_oom_ramfs.data", 0, 0, 0, 0, 0) != 0)
		_exit(5);
	memset(chunk, 0x5a, sizeof(chunk));
	for (;;) {
		r = write(fd, chunk, sizeof(chunk));
		if (r <= 0)
			_exit(6);	/* 2.4.0's write never gives up */
		total += r;
		if (total > 64 * MB)
			_exit(7);	/* 64 MB in an 8 MB machine? */
	}
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
	/* The inode and dentry caches get their slabs now, not in the count. */
	pid = open("/t_oom_ramfs.warm", O_RDWR | O_CREAT, 0600);
	if (pid >= 0) {
		write(pid, chunk, sizeof(chunk));
		close(pid);
		syscall6(10, (long) "/t_oom_ramfs.warm", 0, 0, 0, 0, 0);
	}
	before = free_pages();
	pid = fork();
	if (pid == 0)
		worker();
	status = reap(pid);
	ok(killed_by(status, SIGTERM),
	   "kswapd's oom_kill killed the worker that filled RAM with a "
	   "ramfs file, with SIGTERM (status %#x)", status);
	sched_yield();
	/*
	 * The unlinked file went with the worker.  One page may still be
	 * on its way back here (init's count at the end of the run, after
	 * every program, is exact); reclaimed initrd cache pages may add a
	 * few (see t_oom_yield.c).
	 */
	ok(free_pages() + 2 >= before && free_pages() - before < 32,
	   "the file's pages came back (free pages %ld, now %ld)",
	   before, free_pages());
	return done();
}
