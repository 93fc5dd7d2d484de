// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_swap_cache.c - page-cache pages under swap pressure (情景分析 §2.8
 * page_launder, refill_inactive_scan, swap_out; the page cache of
 * ramfs files).  2.4.0's ramfs keeps a file only in the page cache: its
 * writepage just marks the page dirty again, so reclaim must never drop
 * such a page, and must not get stuck on it either (the port's ramfs
 * writepage once left page_launder rewriting one such page for ever,
 * and the swap pages behind it were never written).
 *
 * Two 1 MB files: one written with write(), one through a MAP_SHARED
 * mapping that stays mapped.  Then 12 MB of anonymous memory is written
 * and read back on an 8 MB machine, pushing everything else out (the
 * shared mapping's ptes too).  Both files are then read back with
 * read() and through mappings, every page with its own pattern; meminfo
 * counts their 512 pages as Cached throughout (less the swap cache),
 * and unlinking them (the second unmapped first) gives exactly those
 * 512 pages back.
 *
 * Run at 8 MB with SWAP=32 by make -C tests/user boot-swap.  On the
 * host (argv[1] = "host") the files are under /tmp and the meminfo
 * figures are not checked.
 */
#include "swapcommon.h"

#define O_RDWR		2
#define O_CREAT		0100
#define O_TRUNC		01000

#define FILE_PAGES	256UL
#define FILE_BYTES	(FILE_PAGES * PAGE_SIZE)
#define PRESSURE	(12 * MB)

static int unlink(const char *p)
{
	return syscall6(10, (long)p, 0, 0, 0, 0, 0);
}

static int ftruncate(int fd, unsigned long len)
{
	return syscall6(93, fd, len, 0, 0, 0, 0);
}

static long lseek(int fd, long off, int whence)
{
	return syscall6(19, fd, off, whence, 0, 0, 0);
}

static char path_w[64], path_m[64];
static unsigned long buf[1024];

/* Pages of the file on fd that read() shows wrong for salt s. */
static unsigned long read_wrong(int fd, unsigned long s)
{
	unsigned long i, bad = 0;

	if (lseek(fd, 0, 0) != 0)
		return FILE_PAGES;
	for (i = 0; i < FILE_PAGES; i++) {
		if (read(fd, buf, PAGE_SIZE) != (long)PAGE_SIZE)
			return FILE_PAGES - i + bad;
		bad += !page_holds((unsigned long)buf, i, s);
	}
	return bad;
}

/* The same through a mapping at a. */
static unsigned long map_wrong(unsigned long a, unsigned long s)
{
	unsigned long i, bad = 0;

	for (i = 0; i < FILE_PAGES; i++)
		bad += !page_holds(a + i * PAGE_SIZE, i, s);
	return bad;
}

/*
 * Page-cache pages that are not swap-cache pages: Cached less the swap
 * slots in use, once our own pages are back from swap (a slot is then a
 * swap-cache page's, or one of the few of init's, which make this up
 * to 16 low).  Earlier programs' swap-cache pages may be reclaimed at
 * any time; this count does not move when they are.
 */
static long file_pages(void)
{
	touch_own_anon();
	return meminfo_kb("Cached") / 4 - (long)swap_used();
}

/* 12 MB of anonymous memory written and read back, then gone. */
static unsigned long pressure(void)
{
	unsigned long a, i, bad = 0;

	a = mmap(0, PRESSURE, PROT_READ | PROT_WRITE, MAP_ANON_PRIV, -1, 0);
	if (sys_failed(a))
		return ~0UL;
	for (i = 0; i < PRESSURE / PAGE_SIZE; i++)
		fill_page(a + i * PAGE_SIZE, i, 9);
	for (i = 0; i < PRESSURE / PAGE_SIZE; i++)
		bad += !page_holds(a + i * PAGE_SIZE, i, 9);
	munmap(a, PRESSURE);
	return bad;
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	unsigned long i, bad, m, m2;
	long c0 = 0, c1, c2;
	int fw, fm, ok_w = 1;

	plan(12);
	snprintf(path_w, sizeof(path_w), host ? "/tmp/t_swap_cache.w.%d" :
		 "/t_swap_cache.w", getpid());
	snprintf(path_m, sizeof(path_m), host ? "/tmp/t_swap_cache.m.%d" :
		 "/t_swap_cache.m", getpid());
	if (!host)
		c0 = file_pages();

	fw = open(path_w, O_RDWR | O_CREAT | O_TRUNC, 0644);
	for (i = 0; fw >= 0 && i < FILE_PAGES; i++) {
		fill_page((unsigned long)buf, i, 3);
		ok_w &= write(fw, buf, PAGE_SIZE) == (long)PAGE_SIZE;
	}
	ok(fw >= 0 && ok_w, "a 1 MB file written with write() (fd %d)", fw);

	fm = open(path_m, O_RDWR | O_CREAT | O_TRUNC, 0644);
	m = ~0UL;
	if (fm >= 0 && ftruncate(fm, FILE_BYTES) == 0)
		m = mmap(0, FILE_BYTES, PROT_READ | PROT_WRITE, MAP_SHARED,
			 fm, 0);
	ok(!sys_failed(m), "a 1 MB file mapped MAP_SHARED (%#lx)", m);
	if (fw < 0 || sys_failed(m))
		return done();
	for (i = 0; i < FILE_PAGES; i++)
		fill_page(m + i * PAGE_SIZE, i, 4);
	if (host) {
		skip("host: meminfo not compared");
	} else {
		c1 = file_pages() - c0;
		ok(c1 >= (long)(2 * FILE_PAGES) - 16 &&
		   c1 <= (long)(2 * FILE_PAGES) + 16,
		   "both files are in the page cache: %ld more cache pages, "
		   "not swap cache (512, but for init's slots)", c1);
	}

	bad = pressure();
	ok(bad == 0, "12 MB of anonymous memory written and read back "
	   "(%lu pages wrong)", bad);

	bad = read_wrong(fw, 3);
	ok(bad == 0, "the written file reads back with read() (%lu pages "
	   "wrong)", bad);
	bad = read_wrong(fm, 4);
	ok(bad == 0, "the mapped file's stores read back with read() (%lu "
	   "pages wrong)", bad);
	bad = map_wrong(m, 4);
	ok(bad == 0, "and through its mapping (%lu pages wrong)", bad);
	m2 = mmap(0, FILE_BYTES, PROT_READ, MAP_SHARED, fw, 0);
	bad = sys_failed(m2) ? FILE_PAGES : map_wrong(m2, 3);
	ok(bad == 0, "the written file read through a new mapping (%lu "
	   "pages wrong)", bad);
	if (!sys_failed(m2))
		munmap(m2, FILE_BYTES);

	/* Once more under pressure, the shared mapping still in place. */
	bad = pressure();
	bad += map_wrong(m, 4) + read_wrong(fw, 3);
	ok(bad == 0, "a second round of pressure: both still right (%lu "
	   "pages wrong)", bad);

	ok(munmap(m, FILE_BYTES) == 0 && close(fm) == 0 && close(fw) == 0,
	   "the mapping and both files closed");
	if (host) {
		skip("host: meminfo not compared");
	} else {
		c1 = file_pages() - c0;
		ok(c1 >= (long)(2 * FILE_PAGES) - 16 &&
		   c1 <= (long)(2 * FILE_PAGES) + 16, "after the pressure and "
		   "the close, still %ld more cache pages (512)", c1);
	}
	c1 = host ? 0 : meminfo_kb("Cached") / 4;
	ok_w = unlink(path_w) == 0 && unlink(path_m) == 0;
	c2 = host ? 0 : meminfo_kb("Cached") / 4;
	ok(ok_w && c1 - c2 == (host ? 0 : (long)(2 * FILE_PAGES)),
	   "unlinked, the files give back exactly their %lu pages (%ld)",
	   2 * FILE_PAGES, c1 - c2);
	return done();
}
