// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_swap_oom.c - running out of RAM and swap (情景分析 §2.8; 2.4.0
 * mm/oom_kill.c, kswapd): a hog child touches anonymous memory without
 * bound on an 8 MB machine with 32 MB of swap.  Once the swap area is
 * full and free memory is gone (out_of_memory()), kswapd's oom_kill()
 * picks the task with the highest badness (total_vm, scaled down for
 * CPU and run time and for root): the hog, with its 64 MB mapping.
 * Every task here is root with CAP_SYS_RAWIO, so 2.4.0 sends SIGTERM
 * (SIGKILL only to a task without that capability).
 *
 * A sleeper child with 1 MB of its own pattern (a smaller badness)
 * waits in pause() all the while: it must survive with its pages
 * intact, read back from swap when it wakes.  This program lives too,
 * and once the hog is reaped its slots are free again: what stays in
 * use belongs to swap-cache pages, and a swapoff and swapon give the
 * whole area back.  Neither child locks its memory: the hog must reach
 * out_of_memory() with reclaim running as it does.
 *
 * Run at 8 MB with SWAP=32 by make -C tests/user boot-swap; skipped on
 * the host, where it would only fill the host's memory.
 */
#include "swapcommon.h"

#define HOG		(64 * MB)	/* RAM and swap together: 39 MB */
#define SLEEPER		(1 * MB)
#define SIGUSR1		10

/* Exit codes of the children */
#define E_SETUP		3
#define E_ALL		4	/* the hog touched 64 MB */
#define E_WRONG		5	/* the sleeper's pages changed */

static volatile int woken, ready;

static void on_usr1(int sig)
{
	(void)sig;
	woken = 1;
}

static void on_ready(int sig)
{
	(void)sig;
	ready = 1;
}

static void sleeper(void)
{
	unsigned long a, i;

	if (signal(SIGUSR1, (unsigned long)on_usr1) == ~0UL)
		_exit(E_SETUP);
	a = mmap(0, SLEEPER, PROT_READ | PROT_WRITE, MAP_ANON_PRIV, -1, 0);
	if (sys_failed(a))
		_exit(E_SETUP);
	for (i = 0; i < SLEEPER / PAGE_SIZE; i++)
		fill_page(a + i * PAGE_SIZE, i, 5);
	kill(getppid(), SIGUSR1);
	while (!woken)
		syscall6(29, 0, 0, 0, 0, 0, 0);	/* pause */
	for (i = 0; i < SLEEPER / PAGE_SIZE; i++)
		if (!page_holds(a + i * PAGE_SIZE, i, 5))
			_exit(E_WRONG);
	_exit(0);
}

static void hog(void)
{
	unsigned long a, i;

	/* Read-only first: vm_enough_memory would refuse 64 MB writable. */
	a = mmap(0, HOG, PROT_READ, MAP_ANON_PRIV, -1, 0);
	if (sys_failed(a) || mprotect(a, HOG, PROT_READ | PROT_WRITE) < 0)
		_exit(E_SETUP);
	for (i = 0; i < HOG / PAGE_SIZE; i++)
		poke(a + i * PAGE_SIZE, i);
	_exit(E_ALL);
}

int main(int argc, char **argv)
{
	unsigned long total, free, u0;
	int sl, hg, st, r;
	long now, cache, c0;
	int agree;

	if (is_host(argc, argv)) {
		plan(1);
		skip("running out of swap is only tried on the 8 MB test "
		     "kernel");
		return done();
	}
	plan(8);
	if (signal(SIGUSR1, (unsigned long)on_ready) == ~0UL)
		diag("signal(SIGUSR1) failed");
	swap_pages(&total, &free);
	u0 = total - free;
	c0 = meminfo_kb("Cached") / 4;
	ok(total == AREA_PAGES, "init's area: %lu pages, %lu free", total,
	   free);

	sl = fork();
	if (sl == 0)
		sleeper();
	/* It says when its megabyte is filled. */
	while (!ready)
		sched_yield();

	hg = fork();
	if (hg == 0)
		hog();
	st = reap(hg);
	ok(killed_by(st, SIGTERM), "the hog died of kswapd's oom_kill, "
	   "SIGTERM for a root task (status %#x; %d: set-up failed, %d: "
	   "it touched 64 MB)", st, E_SETUP << 8, E_ALL << 8);

	r = waitpid(sl, &st, WNOHANG);
	ok(r == 0, "the sleeper, with the smaller badness, is still there "
	   "(waitpid WNOHANG: %d)", r);
	kill(sl, SIGUSR1);
	st = reap(sl);
	ok(exited_with(st, 0), "woken, it finds its megabyte unchanged "
	   "(status %#x; %d: its pages changed)", st, E_WRONG << 8);

	agree = only_cache_slots(u0, c0, &now, &cache);
	ok(agree,
	   "after the reaping the slots still in use are swap-cache pages' "
	   "(%ld slots, %ld such pages; init may hold a few)", now, cache);

	r = swapoff("/dev/hda");
	ok(r == 0, "swapoff of /dev/hda (%d)", r);
	r = swapon("/dev/hda", 0);
	ok(r == 0, "swapon of /dev/hda again (%d)", r);
	swap_pages(&total, &free);
	ok(total == AREA_PAGES && free == total,
	   "the whole area is free: %lu of %lu pages", free, total);
	return done();
}
