// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_mlock.c - mlock, munlock, mlockall, munlockall: locking faults the
 * pages in at once (free pages drop), a lock in the middle of an area
 * splits it, data survive, bad arguments (book §2.13, 2.4.0 mm/mlock.c
 * do_mlock(), mlock_fixup(), make_pages_present()).  Run as root (init
 * is; run-host too), which 2.4.0 requires (CAP_IPC_LOCK).
 *
 * 2.4.0 versus a modern host (argv[1] = "host", from run-host):
 *  - the drop of the free-page count is checked only on our kernel.
 */
#include "libc.h"

#define RW	(PROT_READ | PROT_WRITE)
#define NPAGES	32

static void touch(unsigned long addr)
{
	poke(addr, 1);
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	unsigned long a, b;
	long before, after;
	int i, ret;

	plan(13);

	a = mmap2(0, NPAGES * PAGE_SIZE, RW, MAP_ANON_PRIV, -1, 0);
	before = free_pages();
	ret = mlock(a, NPAGES * PAGE_SIZE);
	after = free_pages();
	ok(ret == 0, "mlock %d fresh pages: %d", NPAGES, ret);
	if (host)
		skip("2.4.0-only: free pages drop by the locked pages");
	else
		ok(before - after >= NPAGES, "they are faulted in at once: free "
		   "pages %ld -> %ld", before, after);
	for (i = 0; i < NPAGES; i++)
		poke(a + i * PAGE_SIZE, i);
	ok(munlock(a, NPAGES * PAGE_SIZE) == 0, "munlock them");
	for (i = 0; i < NPAGES; i++)
		if (peek(a + i * PAGE_SIZE) != (unsigned long)i)
			break;
	ok(i == NPAGES, "data kept after munlock");

	/* Lock the middle: the area splits into three and back. */
	ok(mlock(a + 8 * PAGE_SIZE, 4 * PAGE_SIZE) == 0, "mlock pages 8-11");
	ok(mprotect(a, NPAGES * PAGE_SIZE, PROT_READ) == 0 &&
	   killed_by(run_child(touch, a + 9 * PAGE_SIZE), SIGSEGV) &&
	   killed_by(run_child(touch, a + 20 * PAGE_SIZE), SIGSEGV),
	   "mprotect over the three pieces reaches them all");
	ok(munlock(a, NPAGES * PAGE_SIZE) == 0 &&
	   mprotect(a, NPAGES * PAGE_SIZE, RW) == 0 &&
	   exited_with(run_child(touch, a + 9 * PAGE_SIZE), 0),
	   "munlock and mprotect back over all of it");

	/* Errors. */
	munmap(a + 16 * PAGE_SIZE, 16 * PAGE_SIZE);
	ok(mlock(a + 16 * PAGE_SIZE, PAGE_SIZE) == -ENOMEM,
	   "mlock where nothing is mapped: -ENOMEM");
	ok(mlock(a, 32 * PAGE_SIZE) == -ENOMEM,
	   "mlock of a range with a hole: -ENOMEM");
	ok(mlockall(0) == -EINVAL && mlockall(8) == -EINVAL,
	   "mlockall(0) and unknown flags: -EINVAL");

	/* mlockall: present and future mappings. */
	ok(mlockall(MCL_CURRENT | MCL_FUTURE) == 0,
	   "mlockall(MCL_CURRENT | MCL_FUTURE)");
	before = free_pages();
	b = mmap2(0, 16 * PAGE_SIZE, RW, MAP_ANON_PRIV, -1, 0);
	after = free_pages();
	if (host)
		skip("2.4.0-only: a new mapping is faulted in at once");
	else
		ok(!sys_failed(b) && before - after >= 16, "a new 16-page "
		   "mapping is locked and present: free %ld -> %ld", before,
		   after);
	ok(munlockall() == 0, "munlockall");
	return done();
}
