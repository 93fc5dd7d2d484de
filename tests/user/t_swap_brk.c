// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_swap_brk.c - the heap under swap (情景分析 §2.12 sys_brk, §2.8,
 * §2.9): the break grows by 12 MB on an 8 MB machine, every page gets a
 * pattern of its page number and is read back (much of it from swap);
 * the break shrinks to 4 MB, which must free the swap slots of the
 * pages it drops (zap_page_range, free_pte's swap_free): once the 4 MB
 * left are read back (they keep their contents) every slot still in use
 * is a swap-cache page's.  When the break grows again the rest reads as
 * zeros: no page and no swap entry of the old heap comes back.
 *
 * Run at 8 MB with SWAP=32 by make -C tests/user boot-swap.  On the
 * host (argv[1] = "host") the contents are checked, the swap figures
 * skipped.
 */
#include "swapcommon.h"

#define GROW		(12 * MB)
#define NPAGES		(GROW / PAGE_SIZE)
#define HALF		(NPAGES / 3)	/* 4 MB: fits in RAM */

/* Pages in [from, to) of the heap at base that do not hold salt s. */
static unsigned long wrong(unsigned long base, unsigned long from,
			   unsigned long to, unsigned long s)
{
	unsigned long i, bad = 0;

	for (i = from; i < to; i++)
		bad += !page_holds(base + i * PAGE_SIZE, i, s);
	return bad;
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	unsigned long b0, base, r, i, bad, u0 = 0, used = 0, ram;
	struct sysinfo si;
	long c0;

	plan(9);
	memset(&si, 0, sizeof(si));
	sysinfo(&si);
	ram = si.totalram * (si.mem_unit ? si.mem_unit : 1) / PAGE_SIZE;
	u0 = swap_used();
	c0 = meminfo_kb("Cached") / 4;

	b0 = brk(0);
	base = PAGE_ALIGN(b0);
	r = brk(base + GROW);
	ok(r == base + GROW, "brk grows the heap by 12 MB (%#lx)", r);
	if (r != base + GROW)
		return done();
	for (i = 0; i < NPAGES; i++)
		fill_page(base + i * PAGE_SIZE, i, 7);
	bad = wrong(base, 0, NPAGES, 7);
	ok(bad == 0, "each of the %lu heap pages reads back its pattern "
	   "(%lu wrong)", NPAGES, bad);
	if (host) {
		skip("host: swap in use not measured");
	} else {
		used = swap_used() - u0;
		ok(used >= NPAGES - ram, "at least the %lu pages RAM cannot "
		   "hold are on swap: %lu slots in use", NPAGES - ram, used);
	}

	/* The top 8 MB go; their pages and slots with them. */
	r = brk(base + HALF * PAGE_SIZE);
	ok(r == base + HALF * PAGE_SIZE, "brk shrinks it to 4 MB (%#lx)", r);
	bad = wrong(base, 0, HALF, 7);
	ok(bad == 0, "the 4 MB left keep their contents (%lu wrong)", bad);
	if (host) {
		skip("host: swap in use not measured");
	} else {
		long now, cache;
		int agree = only_cache_slots(u0, c0, &now, &cache);

		ok(agree,
		   "the dropped pages' slots are free: %ld in use, %ld "
		   "swap-cache pages (init may hold a few)", now, cache);
	}

	r = brk(base + GROW);
	ok(r == base + GROW, "brk grows it to 12 MB again (%#lx)", r);
	bad = 0;
	for (i = HALF; i < NPAGES; i++)
		bad += !page_zero(base + i * PAGE_SIZE);
	ok(bad == 0, "the regrown upper 8 MB read as zeros (%lu pages "
	   "not)", bad);

	r = brk(b0);
	ok(r == b0, "brk back to where it started (%#lx)", r);
	return done();
}
