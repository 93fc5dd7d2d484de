// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_swap_shmem.c - shared anonymous memory under memory pressure
 * (2.4.0 mm/shmem.c shmem_writepage, shmem_nopage, shmem_unuse;
 * 情景分析 §2.8, §2.9).  Run by `make -C tests/user boot-swap`: 8 MB of
 * RAM, init has swapped on a 32 MB area (8190 slots).
 *
 * A 1 MB object is filled first, then a 6 MB one, more than the free
 * RAM: page_launder sends their pages to swap through shmem_writepage.
 * A child checks the 6 MB object's pattern, rewrites the even pages and
 * locks 2 MB of its own memory (more pressure) while the parent, still
 * sharing the object, checks the child's pages and rewrites the odd
 * ones; the child then checks those, and a second child the whole
 * object.  Swap must have been used.  Unmapping the 6 MB object gives
 * its swap slots back at once.  swapoff then reads the 1 MB object's
 * swapped pages back into it (shmem_unuse), its bytes are intact, and a
 * new swapon has the whole area free for the next program.
 *
 * Everything but the two objects is locked (mlock), so the only pages
 * on swap are theirs and init's few.  Not on the host (it needs the
 * port's swap area).
 */
#include "libc.h"

#define AREA_PAGES	8190UL
#define BIG_PAGES	1536UL		/* 6 MB */
#define SMALL_PAGES	256UL		/* 1 MB */
#define PRESS_PAGES	512UL		/* 2 MB locked by the child */
#define INIT_SLACK	16UL		/* init's own pages may be on swap */
#define WORDS		(PAGE_SIZE / sizeof(unsigned long))
#define SHANON		(MAP_SHARED | MAP_ANONYMOUS)
#define RW		(PROT_READ | PROT_WRITE)

static unsigned long big, small, mbox;
static unsigned long least_free = ~0UL;
static char text[8192];

/* Free swap slots (pages); also keeps the lowest seen. */
static unsigned long free_swap(unsigned long *total)
{
	struct sysinfo si;
	unsigned long unit, fr;

	memset(&si, 0, sizeof(si));
	if (sysinfo(&si) != 0)
		return ~0UL;
	unit = si.mem_unit ? si.mem_unit : 1;
	fr = si.freeswap * unit / PAGE_SIZE;
	if (total)
		*total = si.totalswap * unit / PAGE_SIZE;
	if (fr < least_free)
		least_free = fr;
	return fr;
}

/* The word i of page p in generation g: unique per place. */
static unsigned long pattern(unsigned long p, unsigned long i, unsigned g)
{
	return (p << 12 | i) ^ (0x5a000000UL + (g << 20));
}

static void fill(unsigned long a, unsigned long p, unsigned g)
{
	unsigned long *w = (unsigned long *)(a + p * PAGE_SIZE);
	unsigned long i;

	for (i = 0; i < WORDS; i++)
		w[i] = pattern(p, i, g);
}

/* Words of page p that are not of generation g. */
static unsigned long wrong(unsigned long a, unsigned long p, unsigned g)
{
	const unsigned long *w = (const unsigned long *)(a + p * PAGE_SIZE);
	unsigned long i, bad = 0;

	for (i = 0; i < WORDS; i++)
		bad += w[i] != pattern(p, i, g);
	return bad;
}

/* Wrong words in the big object: even pages of generation ge, odd go. */
static unsigned long check_big(unsigned ge, unsigned go)
{
	unsigned long p, bad = 0;

	for (p = 0; p < BIG_PAGES; p++)
		bad += wrong(big, p, p & 1 ? go : ge);
	free_swap(NULL);
	return bad;
}

/* A hexadecimal number at *s; *s moves past it. */
static unsigned long hex(const char **s)
{
	unsigned long v = 0;
	char c;

	for (;; (*s)++) {
		c = **s;
		if (c >= '0' && c <= '9')
			v = v * 16 + c - '0';
		else if (c >= 'a' && c <= 'f')
			v = v * 16 + c - 'a' + 10;
		else
			return v;
	}
}

/*
 * Lock every area of this process except the shared objects, so that
 * none of our own pages goes to swap (a forked child does not inherit
 * the parent's locks).  0 or the first error.
 */
static int lock_own(void)
{
	const char *s;
	unsigned long from, to;
	long n = 0, r;
	int fd = open("/proc/self/maps", O_RDONLY, 0), err = 0;

	if (fd < 0)
		return fd;
	while (n < (long)sizeof(text) - 1 &&
	       (r = read(fd, text + n, sizeof(text) - 1 - n)) > 0)
		n += r;
	close(fd);
	text[n] = 0;
	for (s = text; *s; s = strchr(s, '\n') + 1) {
		from = hex(&s);
		s++;
		to = hex(&s);
		if (s[4] != 's' && !err)
			err = mlock(from, to - from);
		if (!strchr(s, '\n'))
			break;
	}
	return err;
}

static volatile unsigned long *box(int i)
{
	return (volatile unsigned long *)mbox + i;
}

static void wait_box(unsigned long v)
{
	while (*box(0) != v)
		sched_yield();
}

/* The first child: check, rewrite the even pages, press, check again. */
static int first_child(void)
{
	unsigned long press, p, bad;

	if (lock_own())
		return 2;
	bad = check_big(1, 1);
	for (p = 0; p < BIG_PAGES; p += 2)
		fill(big, p, 2);
	*box(1) = bad;
	*box(0) = 1;
	wait_box(2);
	press = mmap(0, PRESS_PAGES * PAGE_SIZE, RW, MAP_ANON_PRIV, -1, 0);
	if (sys_failed(press) || mlock(press, PRESS_PAGES * PAGE_SIZE))
		return 3;
	bad = check_big(2, 3);
	*box(3) = least_free;
	munlock(press, PRESS_PAGES * PAGE_SIZE);
	munmap(press, PRESS_PAGES * PAGE_SIZE);
	*box(2) = bad;
	return bad ? 1 : 0;
}

static int second_child(void)
{
	if (lock_own())
		return 2;
	return check_big(2, 3) ? 1 : 0;
}

int main(int argc, char **argv)
{
	unsigned long total, before, after, used, p, bad;
	int pid, st, r, i;

	plan(14);
	if (is_host(argc, argv)) {
		for (i = 0; i < 14; i++)
			skip("host: needs the port's swap area on /dev/hda");
		return done();
	}

	before = free_swap(&total);
	ok(total == AREA_PAGES && before == AREA_PAGES,
	   "init's swap area: %lu slots, all free (%lu)", total, before);
	ok(mlockall(MCL_CURRENT) == 0, "mlockall(MCL_CURRENT): our own "
	   "pages stay in memory");

	mbox = mmap(0, PAGE_SIZE, RW, SHANON, -1, 0);
	small = mmap(0, SMALL_PAGES * PAGE_SIZE, RW, SHANON, -1, 0);
	big = mmap(0, BIG_PAGES * PAGE_SIZE, RW, SHANON, -1, 0);
	ok(!sys_failed(mbox) && !sys_failed(small) && !sys_failed(big),
	   "a 1 MB and a 6 MB shared anonymous object");
	for (p = 0; p < SMALL_PAGES; p++)
		fill(small, p, 7);
	for (p = 0; p < BIG_PAGES; p++)
		fill(big, p, 1);
	free_swap(NULL);
	ok(least_free < AREA_PAGES,
	   "filling them used swap: %lu slots", AREA_PAGES - least_free);

	pid = fork();
	if (pid == 0)
		_exit(first_child());
	wait_box(1);
	bad = check_big(2, 1);
	ok(*box(1) == 0 && bad == 0, "the child read the 6 MB pattern (%lu "
	   "wrong words), we read its rewritten even pages (%lu wrong)",
	   *box(1), bad);
	for (p = 1; p < BIG_PAGES; p += 2)
		fill(big, p, 3);
	*box(0) = 2;
	st = reap(pid);
	if (*box(3) < least_free)
		least_free = *box(3);
	ok(exited_with(st, 0) && *box(2) == 0,
	   "under its extra 2 MB the child reads our odd pages (status "
	   "%#x, %lu wrong)", st, *box(2));

	pid = fork();
	if (pid == 0)
		_exit(second_child());
	st = reap(pid);
	ok(exited_with(st, 0), "a second child reads the whole object");
	bad = check_big(2, 3);
	ok(bad == 0, "and so do we (%lu wrong words)", bad);
	/* 1792 + 512 pages against ~1780 free: over 500 must be on swap. */
	ok(AREA_PAGES - least_free >= BIG_PAGES / 4,
	   "swap was really used: %lu slots at most (the child's count "
	   "under its 2 MB: %lu)", AREA_PAGES - least_free,
	   AREA_PAGES - *box(3));

	/* The 6 MB object goes: all its slots come back at once. */
	ok(munmap(big, BIG_PAGES * PAGE_SIZE) == 0, "munmap of the 6 MB object");
	after = free_swap(NULL);
	used = AREA_PAGES - after;
	ok(used <= SMALL_PAGES + INIT_SLACK,
	   "only the 1 MB object (and init) may still be on swap: %lu slots",
	   used);

	/* swapoff: the 1 MB object's pages come back into it. */
	r = swapoff("/dev/hda");
	ok(r == 0, "swapoff with %lu slots in use: 0 (%d)", used, r);
	for (bad = 0, p = 0; p < SMALL_PAGES; p++)
		bad += wrong(small, p, 7);
	ok(bad == 0, "the 1 MB object is intact after swapoff (%lu wrong)",
	   bad);
	r = swapon("/dev/hda", 0);
	after = free_swap(&total);
	ok(r == 0 && total == AREA_PAGES && after == AREA_PAGES &&
	   munmap(small, SMALL_PAGES * PAGE_SIZE) == 0 &&
	   munmap(mbox, PAGE_SIZE) == 0,
	   "swapon again: %lu of %lu slots free", after, total);
	return done();
}
