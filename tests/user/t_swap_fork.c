// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_swap_fork.c - fork with pages out on swap (情景分析 §2.9; 2.4.0
 * copy_page_range's swap_duplicate, do_swap_page, do_wp_page): the
 * parent fills 12 MB of anonymous memory on an 8 MB machine, so most of
 * it is on swap when it forks.  Three children, one after the other,
 * each read every page (one slot, two ptes: whoever faults first reads
 * it into the swap cache, the other finds it there), then write their
 * own pattern into every other page (copy-on-write of pages that were
 * swapped, and of swap-cache pages the parent still maps) and read all
 * back.  After each child the parent's pages still hold the parent's
 * pattern.  When the area goes, only swap-cache pages keep slots.
 *
 * Run at 8 MB with SWAP=32 by make -C tests/user boot-swap.  On the
 * host (argv[1] = "host") the contents are checked, the swap figures
 * skipped.
 */
#include "swapcommon.h"

#define AREA		(12 * MB)
#define NPAGES		(AREA / PAGE_SIZE)
#define CHILDREN	3

/* A child's exit codes */
#define C_READ		3	/* a page did not hold the parent's pattern */
#define C_OWN		4	/* after its writes, a page held neither */

static unsigned long area;

/* Pages that do not hold salt s (odd pages salt odd_s if odd_s). */
static unsigned long wrong(unsigned long s, unsigned long odd_s)
{
	unsigned long i, bad = 0, want;

	for (i = 0; i < NPAGES; i++) {
		want = (odd_s && (i & 1)) ? odd_s : s;
		bad += !page_holds(area + i * PAGE_SIZE, i, want);
	}
	return bad;
}

static void child(unsigned long salt)
{
	unsigned long i;

	if (wrong(1, 0))
		_exit(C_READ);
	for (i = 1; i < NPAGES; i += 2)
		fill_page(area + i * PAGE_SIZE, i, salt);
	if (wrong(1, salt))
		_exit(C_OWN);
	_exit(0);
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	unsigned long i, bad, u0 = 0, ram;
	struct sysinfo si;
	long c0 = 0;
	int k, st, pid;

	plan(5 + 2 * CHILDREN);
	memset(&si, 0, sizeof(si));
	sysinfo(&si);
	ram = si.totalram * (si.mem_unit ? si.mem_unit : 1) / PAGE_SIZE;
	u0 = swap_used();
	c0 = meminfo_kb("Cached") / 4;

	area = mmap(0, AREA, PROT_READ | PROT_WRITE, MAP_ANON_PRIV, -1, 0);
	ok(!sys_failed(area), "mmap of 12 MB");
	if (sys_failed(area))
		return done();
	for (i = 0; i < NPAGES; i++)
		fill_page(area + i * PAGE_SIZE, i, 1);
	if (host) {
		skip("host: swap in use not measured");
	} else {
		unsigned long used = swap_used() - u0;

		ok(used >= NPAGES - ram, "the parent's 12 MB: at least %lu "
		   "pages on swap (%lu slots in use)", NPAGES - ram, used);
	}

	for (k = 0; k < CHILDREN; k++) {
		pid = fork();
		if (pid == 0)
			child(10 + k);
		st = reap(pid);
		ok(exited_with(st, 0), "child %d read the parent's pages, wrote "
		   "its own into every other one and read them back (status "
		   "%#x: 3 = a parent page wrong, 4 = its own)", k + 1, st);
		/* Where the child wrote last, the parent's copy matters most. */
		bad = 0;
		for (i = NPAGES - 256; i < NPAGES; i++)
			bad += !page_holds(area + i * PAGE_SIZE, i, 1);
		ok(bad == 0, "after child %d the parent's last 1 MB is its own "
		   "(%lu pages wrong)", k + 1, bad);
	}
	bad = wrong(1, 0);
	ok(bad == 0, "after all children every page of the parent holds its "
	   "pattern (%lu wrong)", bad);

	ok(munmap(area, AREA) == 0, "munmap of the 12 MB");
	if (host) {
		skip("host: swap figures not checked");
	} else {
		long now, cache;
		int agree = only_cache_slots(u0, c0, &now, &cache);

		ok(agree,
		   "the slots still in use are swap-cache pages' (%ld slots, "
		   "%ld such pages; init may hold a few)", now, cache);
	}
	return done();
}
