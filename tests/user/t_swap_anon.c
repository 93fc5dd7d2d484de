// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_swap_anon.c - 20 MB of anonymous memory on an 8 MB machine with 32
 * MB of swap (情景分析 §2.8 swap_out/try_to_swap_out, page_launder and
 * swap_writepage; §2.9 do_swap_page and swapin_readahead).
 *
 * Every page of a 20 MB private anonymous mapping gets a pattern that
 * depends on its page number, word by word.  Then the whole area is
 * checked forward (each page comes back in from swap and forces others
 * out), every odd page is written again with a new pattern (a page
 * read back from swap and dirtied must go out again, not be dropped
 * for its stale copy on disk) and all are checked backward.  While it
 * runs, sysinfo() shows at least the pages that cannot be in RAM as
 * swap in use.  After munmap a slot can stay in use only for a page
 * still in the swap cache (read ahead, or swapped out and not yet
 * reclaimed: 2.4.0 frees those slots only when reclaim_page takes the
 * page), so slots in use are the swap-cache pages that meminfo's Cached
 * counts (and a few of init's, waiting for us); swapoff then empties
 * the cache, and after a new swapon the whole area is free.
 *
 * Run at 8 MB with SWAP=32 by make -C tests/user boot-swap.  On the
 * host (argv[1] = "host") only the contents are checked; the swap
 * figures are skipped.
 */
#include "swapcommon.h"

#define AREA		(20 * MB)
#define NPAGES		(AREA / PAGE_SIZE)

static unsigned long long rdtsc(void)
{
	unsigned long long t;

	asm volatile("rdtsc" : "=A" (t));
	return t;
}

/* Pages whose contents are wrong; *first gets the first one. */
static unsigned long check_pass(unsigned long a, int backward, int odd_salt,
				unsigned long *first)
{
	unsigned long i, n, bad = 0, s;

	*first = ~0UL;
	for (i = 0; i < NPAGES; i++) {
		n = backward ? NPAGES - 1 - i : i;
		s = (odd_salt && (n & 1)) ? 2 : 1;
		if (!page_holds(a + n * PAGE_SIZE, n, s)) {
			if (!bad++)
				*first = n;
		}
	}
	return bad;
}

static unsigned long long t0;

static void phase(const char *what)
{
	unsigned long long t = rdtsc();

	diag("%s: %lu M ticks", what, (unsigned long)((t - t0) / 1000000));
	t0 = t;
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	unsigned long a, i, bad, first, total = 0, free = 0, used;
	unsigned long ram, u0 = 0, peak = 0;
	long c0 = 0, c1, slots, cache;
	int agree;
	struct sysinfo si;
	int r;

	plan(12);
	memset(&si, 0, sizeof(si));
	sysinfo(&si);
	ram = si.totalram * (si.mem_unit ? si.mem_unit : 1) / PAGE_SIZE;
	if (host) {
		skip("host: the swap area is the port's /dev/hda");
	} else {
		swap_pages(&total, &free);
		u0 = total - free;
		c0 = meminfo_kb("Cached") / 4;
		ok(total == AREA_PAGES && ram < NPAGES,
		   "init's area: %lu swap pages, %lu of RAM, %lu to map",
		   total, ram, NPAGES);
	}
	t0 = rdtsc();

	a = mmap(0, AREA, PROT_READ | PROT_WRITE, MAP_ANON_PRIV, -1, 0);
	ok(!sys_failed(a), "mmap of 20 MB, writable (vm_enough_memory "
	   "counts the swap)");
	if (sys_failed(a))
		return done();
	for (i = 0; i < NPAGES; i++)
		fill_page(a + i * PAGE_SIZE, i, 1);
	phase("written");
	used = swap_used();
	if (host) {
		skip("host: swap in use not measured");
	} else {
		peak = used;
		ok(used != ~0UL && used - u0 >= NPAGES - ram,
		   "after the writes swap holds at least the %lu pages RAM "
		   "cannot: %lu in use", NPAGES - ram, used - u0);
	}

	bad = check_pass(a, 0, 0, &first);
	ok(bad == 0, "every page read back forward (%lu wrong, first %ld)",
	   bad, (long)first);
	phase("checked forward");

	/* Pages read back from swap, dirtied: their disk copies are stale. */
	for (i = 1; i < NPAGES; i += 2)
		fill_page(a + i * PAGE_SIZE, i, 2);
	phase("odd pages rewritten");
	used = swap_used();
	if (!host && used > peak)
		peak = used;
	bad = check_pass(a, 1, 1, &first);
	ok(bad == 0, "after the odd pages are written again, read backward "
	   "each page holds its newest pattern (%lu wrong, first %ld)", bad,
	   (long)first);
	phase("checked backward");

	/* 20 MB and a few pages of our own stack and data. */
	if (host) {
		skip("host: swap in use not measured");
	} else {
		used = swap_used();
		if (used > peak)
			peak = used;
		ok(peak - u0 >= NPAGES - ram && peak - u0 <= NPAGES + 16,
		   "swap in use while it ran: between %lu and %lu pages (%lu)",
		   NPAGES - ram, NPAGES + 16, peak - u0);
	}

	ok(munmap(a, AREA) == 0, "munmap of the 20 MB");
	if (host) {
		for (i = 0; i < 5; i++)
			skip("host: swap figures not checked");
		return done();
	}
	/* Besides: init's own pages, swapped out while it waits for us. */
	agree = only_cache_slots(u0, c0, &slots, &cache);
	diag("after munmap: %ld swap slots in use, %ld swap-cache pages",
	     slots, cache);
	ok(agree && cache >= 0, "after munmap the slots still in use are the "
	   "swap-cache pages' and at most 16 of init's (%ld slots, %ld such "
	   "pages)", slots, cache);

	/* swapoff empties the cache's slots; a new swapon starts clean. */
	r = swapoff("/dev/hda");
	ok(r == 0, "swapoff of /dev/hda (%d)", r);
	c1 = meminfo_kb("Cached") / 4;
	ok(c1 <= c0 && c0 - c1 <= (long)u0, "it took every swap-cache page "
	   "out: Cached is the file pages' %ld (%ld at the start, when %lu "
	   "slots were in use)", c1, c0, u0);
	r = swapon("/dev/hda", 0);
	ok(r == 0, "swapon of /dev/hda again (%d)", r);
	swap_pages(&total, &free);
	ok(total == AREA_PAGES && free == total,
	   "all %lu pages of the area free again (%lu free)", total, free);
	return done();
}
