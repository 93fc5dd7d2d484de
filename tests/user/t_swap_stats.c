// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_swap_stats.c - the swap figures a program can read, under swap
 * pressure at 8 MB of RAM with init's 32 MB area on /dev/hda:
 *  - /proc/meminfo (fs/proc/proc_misc.c meminfo_read_proc, with
 *    mm/swapfile.c si_swapinfo; 情景分析 §2.6): SwapTotal 32760 kB
 *    (8190 good slots), SwapFree equal to sysinfo()'s freeswap, the
 *    "Swap:" header line the same figures in bytes;
 *  - /proc/stat: 2.4.0's "swap IN OUT" line (kstat.pswpin, pswpout,
 *    counted in mm/page_io.c) and the port's "kswapd ROUNDS" and
 *    "swapfault FAULTS READS" lines (do_swap_page).
 * 10 MB of anonymous memory is written and read back; RAM holds at
 * most totalram pages, so at least 2560 - totalram pages must have
 * been written out, read in and faulted in, and have held a slot.
 * (Not more: at 8 MB the port stalls once about 12 MB have been
 * written, see the swap benchmark, b_swap.c.)
 * Run by `make -C tests/user boot-swap`.  On the host: meminfo has a
 * later layout and /proc/stat no "swap" line (/proc/vmstat has the
 * counts), so only the memory contents are checked there.
 */
#include "libc.h"

#define NPAGES		2560UL		/* 10 MB */
#define AREA_KB		32760UL		/* 8190 slots of 4 kB */

static char text[4096];

/* The whole file at path into text; its length or a negative errno. */
static long slurp(const char *path)
{
	long got = 0, n;
	int fd = open(path, O_RDONLY, 0);

	if (fd < 0)
		return fd;
	while ((n = read(fd, text + got, sizeof(text) - 1 - got)) > 0)
		got += n;
	close(fd);
	text[got] = '\0';
	return n < 0 ? n : got;
}

/*
 * The numbers after "label" at the start of a line of text, into v[0..n);
 * how many were found (0 if no line starts with label).
 */
static int numbers(const char *label, unsigned long *v, int n)
{
	unsigned long len = strlen(label);
	const char *p = text;
	int got = 0;

	while (p && strncmp(p, label, len)) {
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	if (!p)
		return 0;
	for (p += len; got < n && *p && *p != '\n'; ) {
		if (*p < '0' || *p > '9') {
			p++;
			continue;
		}
		v[got] = 0;
		while (*p >= '0' && *p <= '9')
			v[got] = v[got] * 10 + (*p++ - '0');
		got++;
	}
	return got;
}

struct swapfig {
	unsigned long total_kb, free_kb;	/* SwapTotal, SwapFree */
	unsigned long line[3];			/* "Swap:" total used free */
	int ok;					/* every field found */
};

static void read_meminfo(struct swapfig *f)
{
	f->ok = slurp("/proc/meminfo") > 0 &&
		numbers("SwapTotal:", &f->total_kb, 1) == 1 &&
		numbers("SwapFree:", &f->free_kb, 1) == 1 &&
		numbers("Swap:", f->line, 3) == 3;
}

struct kstats {
	unsigned long swap[2], kswapd, fault[2];
	int ok;
};

static void read_stat(struct kstats *s)
{
	s->ok = slurp("/proc/stat") > 0 && numbers("swap ", s->swap, 2) == 2 &&
		numbers("kswapd ", &s->kswapd, 1) == 1 &&
		numbers("swapfault ", s->fault, 2) == 2;
}

static unsigned long sys_freeswap_kb(void)
{
	struct sysinfo si;

	memset(&si, 0, sizeof(si));
	if (sysinfo(&si) < 0)
		return ~0UL;
	return si.freeswap * (si.mem_unit ? si.mem_unit : 1) / 1024;
}

/*
 * meminfo read between two sysinfo() calls that agree (kswapd may move
 * slots meanwhile: a few tries).  1 if SwapFree is theirs.
 */
static int agrees_with_sysinfo(struct swapfig *f)
{
	unsigned long a, b;
	int i;

	for (i = 0; i < 8; i++) {
		a = sys_freeswap_kb();
		read_meminfo(f);
		b = sys_freeswap_kb();
		if (a == b)
			return f->ok && f->free_kb == a;
	}
	return 0;
}

/* The "Swap:" line in bytes is SwapTotal and SwapFree. */
static int line_matches(const struct swapfig *f)
{
	return f->ok && f->line[0] == f->total_kb * 1024 &&
	       f->line[2] == f->free_kb * 1024 &&
	       f->line[1] == f->line[0] - f->line[2];
}

static unsigned long word(unsigned long i)
{
	return 0x5a000000UL ^ (i * 2654435761UL);
}

int main(int argc, char **argv)
{
	unsigned long base, i, bad = 0, ram, need;
	struct swapfig rest, busy, after;
	struct kstats s0, s1;
	int agree;
	struct sysinfo si;
	int host = is_host(argc, argv);

	memset(&rest, 0, sizeof(rest));
	memset(&s0, 0, sizeof(s0));

	plan(16);
	memset(&si, 0, sizeof(si));
	sysinfo(&si);
	ram = (unsigned long)((unsigned long long)si.totalram *
			      (si.mem_unit ? si.mem_unit : 1) >> 12);
	need = NPAGES > ram ? NPAGES - ram : 0;
	if (!host) {
		agree = agrees_with_sysinfo(&rest);
		ok(agree && rest.total_kb == AREA_KB,
		   "meminfo: SwapTotal %lu kB, SwapFree = sysinfo's freeswap "
		   "(%lu kB)", AREA_KB, rest.free_kb);
		ok(line_matches(&rest), "the Swap: line: %lu %lu %lu bytes",
		   rest.line[0], rest.line[1], rest.line[2]);
		read_stat(&s0);
		ok(s0.ok, "/proc/stat: swap %lu %lu, kswapd %lu, swapfault "
		   "%lu %lu", s0.swap[0], s0.swap[1], s0.kswapd, s0.fault[0],
		   s0.fault[1]);
	} else {
		for (i = 0; i < 3; i++)
			skip("host: meminfo's later layout, no swap line in "
			     "/proc/stat");
	}

	base = mmap(0, NPAGES * PAGE_SIZE, PROT_READ | PROT_WRITE,
		    MAP_ANON_PRIV, -1, 0);
	if (!ok(!sys_failed(base), "mmap of 10 MB (%lu pages; RAM %lu pages)",
		NPAGES, ram))
		return done();
	for (i = 0; i < NPAGES; i++) {
		poke(base + i * PAGE_SIZE, word(i));
		poke(base + i * PAGE_SIZE + PAGE_SIZE - 4, ~word(i));
	}
	for (i = 0; i < NPAGES; i++)
		if (peek(base + i * PAGE_SIZE) != word(i) ||
		    peek(base + i * PAGE_SIZE + PAGE_SIZE - 4) != ~word(i))
			bad++;
	ok(bad == 0, "every page read back as written (%lu wrong)", bad);

	if (host) {
		for (i = 0; i < 11; i++)
			skip("host: the port's swap figures");
		munmap(base, NPAGES * PAGE_SIZE);
		return done();
	}
	read_stat(&s1);
	ok(s1.ok && s1.swap[1] - s0.swap[1] >= need,
	   "pswpout grew by at least %lu (by %lu)", need,
	   s1.swap[1] - s0.swap[1]);
	ok(s1.swap[0] - s0.swap[0] >= need,
	   "pswpin grew by at least %lu (by %lu)", need,
	   s1.swap[0] - s0.swap[0]);
	ok(s1.kswapd > s0.kswapd, "kswapd's rounds grew (%lu to %lu)",
	   s0.kswapd, s1.kswapd);
	ok(s1.fault[0] - s0.fault[0] >= need,
	   "swap-in faults grew by at least %lu (by %lu)", need,
	   s1.fault[0] - s0.fault[0]);
	ok(s1.fault[1] - s0.fault[1] <= s1.fault[0] - s0.fault[0] &&
	   s1.fault[1] - s0.fault[1] <= s1.swap[0] - s0.swap[0],
	   "faults that read (%lu): no more than the faults, nor than "
	   "pswpin", s1.fault[1] - s0.fault[1]);
	diag("%lu pages written out, %lu read in, %lu swap faults (%lu read, "
	     "%lu found in the swap cache), %lu kswapd rounds",
	     s1.swap[1] - s0.swap[1], s1.swap[0] - s0.swap[0],
	     s1.fault[0] - s0.fault[0], s1.fault[1] - s0.fault[1],
	     (s1.fault[0] - s0.fault[0]) - (s1.fault[1] - s0.fault[1]),
	     s1.kswapd - s0.kswapd);

	agree = agrees_with_sysinfo(&busy);
	ok(agree,
	   "under pressure: SwapFree = sysinfo's freeswap (%lu kB)",
	   busy.free_kb);
	ok(busy.total_kb == AREA_KB && busy.free_kb + need * 4 <= AREA_KB,
	   "at least %lu slots in use (%lu kB free of %lu)", need,
	   busy.free_kb, busy.total_kb);
	ok(line_matches(&busy), "the Swap: line: %lu %lu %lu bytes",
	   busy.line[0], busy.line[1], busy.line[2]);

	ok(munmap(base, NPAGES * PAGE_SIZE) == 0, "munmap");
	agree = agrees_with_sysinfo(&after);
	ok(agree && after.free_kb > busy.free_kb,
	   "after munmap SwapFree rose (%lu to %lu kB)", busy.free_kb,
	   after.free_kb);
	ok(line_matches(&after) && after.total_kb == AREA_KB,
	   "and the Swap: line follows (%lu %lu %lu)", after.line[0],
	   after.line[1], after.line[2]);
	return done();
}
