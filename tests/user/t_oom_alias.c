// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_oom_alias.c - a user fault whose page table cannot be allocated
 * (issue 11 #1; book §2.4, 2.4.0 do_page_fault's out_of_memory path).
 *
 * get_pte_slow, finding no page, points the pmd at empty_bad_pte_table
 * (every entry maps empty_bad_page, user-writable) and the fault fails.
 * 2.4.0 then kills the faulting task ("VM: killing process").  Were the
 * access retried instead (the port once ran the OOM killer on another
 * task and retried), the whole 4 MB region would alias one shared page.
 *
 * A bait child holds a 1 GB read-only mapping (the biggest badness) and
 * sleeps; the filler child uses memory down to 14 free pages (at 8 MB
 * the last allocation a normal task gets leaves 14, pages_min / 4 = 15
 * of the DMA zone), then writes to a fresh 4 MB region: the page-table
 * allocation is the one that fails.  The filler must die of SIGKILL; if
 * it lives, it tells whether two pages of that region are one.
 *
 * Meant for an 8 MB machine (make check runs it there); skipped on the
 * host, where it would only fill the host's memory.
 */
#include "libc.h"

#define MB		(1024 * 1024UL)
#define PGDIR		(4 * MB)
#define LOW_WATER	14	/* free pages after the last allowed allocation */

static void pause_forever(void)
{
	for (;;)
		syscall6(29, 0, 0, 0, 0, 0, 0);	/* pause */
}

/* Exit codes of a filler that survived. */
#define F_ALIAS		3	/* the region's pages are one page */
#define F_NOALIAS	4	/* survived, no alias seen */
#define F_SETUP		5	/* could not reach LOW_WATER exactly */

static void filler(void)
{
	unsigned long map, fill, fresh, n, i;
	long f;

	/* Read-only first: vm_enough_memory would refuse 24 MB writable. */
	map = mmap2(0, 24 * MB, PROT_READ, MAP_ANON_PRIV, -1, 0);
	if (sys_failed(map) ||
	    mprotect(map, 24 * MB, PROT_READ | PROT_WRITE) < 0)
		_exit(F_SETUP);
	fill = (map + PGDIR - 1) & ~(PGDIR - 1);
	fresh = fill + 12 * MB;		/* its page table never made */

	/* The fill region's three page tables first. */
	for (i = 0; i < 3; i++)
		poke(fill + i * PGDIR, 1);
	n = 3 * 1024;
	i = 1;
	/* Most of the way in one go, the rest a page at a time. */
	f = free_pages();
	while (f > LOW_WATER + 40 && i < n) {
		long step = f - LOW_WATER - 32;

		while (step-- > 0 && i < n) {
			if (i % 1024)
				poke(fill + i * PAGE_SIZE, i);
			i++;
		}
		f = free_pages();
	}
	while (f > LOW_WATER && i < n) {
		if (i % 1024)
			poke(fill + i * PAGE_SIZE, i);
		i++;
		f = free_pages();
	}
	if (f != LOW_WATER) {
		diag("filler: %ld free pages after %lu touches", f, i);
		_exit(F_SETUP);
	}

	/* The page-table allocation fails here. */
	poke(fresh, 0x5a5a5a5a);
	if (peek(fresh + PAGE_SIZE) == 0x5a5a5a5a &&
	    peek(fresh + PGDIR - PAGE_SIZE) == 0x5a5a5a5a)
		_exit(F_ALIAS);
	_exit(F_NOALIAS);
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
	plan(4);
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
	ok(status >= 0 && !exited_with(status, F_SETUP),
	   "the filler brought free pages to %d (status %#x)", LOW_WATER,
	   status);
	ok(!exited_with(status, F_ALIAS),
	   "no 4 MB region aliases one page after a failed page-table "
	   "allocation");
	ok(killed_by(status, SIGKILL),
	   "the faulting task is killed (SIGKILL), as 2.4.0 does");

	kill(bait, SIGKILL);
	bstatus = reap(bait);
	ok(killed_by(bstatus, SIGKILL) && free_pages() == before,
	   "the bait was not the victim; free pages balance (%ld, %ld)",
	   before, free_pages());
	return done();
}
