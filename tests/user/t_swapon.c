// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_swapon.c - swapon(2) and swapoff(2) on bad input, with 2.4.0's
 * error codes (mm/swapfile.c sys_swapon, sys_swapoff; 情景分析 §2.9),
 * and that a failed call changes nothing: the swap totals of sysinfo()
 * stay those of init's /dev/hda area (a 32 MB area: 8190 usable pages,
 * "Adding Swap: 32760k").  Then a swapoff and a second swapon of
 * /dev/hda, which must give the same totals back.
 * Run by `make -C tests/user boot-swap` (8 MB, SWAP=32), where init has
 * swapped on /dev/hda; the t_swap_* programs before it may leave slots
 * held by swap-cache pages, so freeswap is only compared with itself
 * until the swapoff, which empties the area.  Not on the host (it needs the port's disk).
 */
#include "libc.h"

#define SWAP_FLAG_PREFER	0x8000
#define AREA_BYTES		(8190UL * 4096)

static unsigned long total_swap(unsigned long *freeswap)
{
	struct sysinfo si;

	memset(&si, 0, sizeof(si));
	if (sysinfo(&si) != 0)
		return ~0UL;
	if (freeswap)
		*freeswap = si.freeswap * (si.mem_unit ? si.mem_unit : 1);
	return si.totalswap * (si.mem_unit ? si.mem_unit : 1);
}

int main(int argc, char **argv)
{
	unsigned long fr = 0, fr0 = 0, tot;
	int i, r;

	plan(16);
	if (is_host(argc, argv)) {
		for (i = 0; i < 16; i++)
			skip("host: swapon needs the port's /dev/hda");
		return done();
	}

	/*
	 * A program before this one may have left pages in the swap cache
	 * (2.4.0 frees their slots only when reclaim takes the pages), so
	 * freeswap may be a little short of the area at first.
	 */
	tot = total_swap(&fr0);
	ok(tot == AREA_BYTES && fr0 <= AREA_BYTES,
	   "init's swap area: totalswap %lu bytes, freeswap %lu", AREA_BYTES,
	   fr0);
	r = swapon("/dev/hda", 0);
	ok(r == -EBUSY, "swapon of /dev/hda a second time: -EBUSY (%d)", r);
	r = swapon("/dev/hda", SWAP_FLAG_PREFER | 5);
	ok(r == -EBUSY, "... with a priority too: -EBUSY (%d)", r);
	r = swapon("/no/such/file", 0);
	ok(r == -ENOENT, "swapon of a path that does not exist: -ENOENT (%d)", r);
	r = swapon("/dev/console", 0);
	ok(r == -EINVAL,
	   "swapon of a character device: -EINVAL (%d)", r);
	r = swapon("/t_swapon", 0);
	ok(r == -EINVAL,
	   "swapon of a regular file with no swap signature: -EINVAL (%d)", r);
	r = swapoff("/dev/console");
	ok(r == -EINVAL, "swapoff of a device not in use: -EINVAL (%d)", r);
	r = swapoff("/t_swapon");
	ok(r == -EINVAL, "swapoff of a file not in use: -EINVAL (%d)", r);
	r = swapoff("/no/such/file");
	ok(r == -ENOENT, "swapoff of a path that does not exist: -ENOENT (%d)",
	   r);
	tot = total_swap(&fr);
	ok(tot == AREA_BYTES && fr >= fr0 && fr <= AREA_BYTES,
	   "after the failed calls the area is as it was (freeswap %lu)", fr);

	r = swapoff("/dev/hda");
	ok(r == 0, "swapoff of /dev/hda: 0 (%d)", r);
	ok(total_swap(&fr) == 0 && fr == 0, "then no swap at all");
	r = swapoff("/dev/hda");
	ok(r == -EINVAL, "a second swapoff of /dev/hda: -EINVAL (%d)", r);
	r = swapon("/dev/hda", 0);
	ok(r == 0, "swapon of /dev/hda again: 0 (%d)", r);
	ok(total_swap(&fr) == AREA_BYTES && fr == AREA_BYTES,
	   "the same totals as before");
	r = swapon("/dev/hda", 0);
	ok(r == -EBUSY, "and it is busy again: -EBUSY (%d)", r);
	return done();
}
