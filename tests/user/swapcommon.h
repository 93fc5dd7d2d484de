/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * swapcommon.h - helpers the t_swap_* programs share: the swap figures
 * of sysinfo() in pages, a figure of /proc/meminfo, and a page pattern
 * that depends on the page's number (and a salt), written and checked
 * word by word.
 *
 * The programs run at 8 MB with init's 32 MB area on /dev/hda (make -C
 * tests/user boot-swap); on the host (argv[1] = "host") their content
 * checks run too, the swap figures are skipped.
 */
#ifndef _SWAPCOMMON_H
#define _SWAPCOMMON_H

#include "libc.h"

#define MB		(1024 * 1024UL)
#define WORDS		(PAGE_SIZE / sizeof(unsigned long))
/* init's area: 32 MB less the header page and one the kernel keeps. */
#define AREA_PAGES	8190UL

/* sysinfo's swap figures in pages; 0 on success. */
static inline int swap_pages(unsigned long *total, unsigned long *free)
{
	struct sysinfo si;
	unsigned long unit;

	memset(&si, 0, sizeof(si));
	if (sysinfo(&si) != 0)
		return -1;
	unit = si.mem_unit ? si.mem_unit : 1;
	*total = si.totalswap * unit / PAGE_SIZE;
	*free = si.freeswap * unit / PAGE_SIZE;
	return 0;
}

/* Pages of swap in use now (~0UL if sysinfo fails). */
static inline unsigned long swap_used(void)
{
	unsigned long t, f;

	if (swap_pages(&t, &f))
		return ~0UL;
	return t - f;
}

/*
 * One "Name:   N kB" figure of /proc/meminfo, in kB; -1 if missing.
 * Cached counts every page-cache page, swap-cache pages included.
 */
static inline long meminfo_kb(const char *name)
{
	char meminfo_buf[2048];
	size_t len = strlen(name);
	long got = 0, r, v;
	char *p;
	int fd;

	fd = open("/proc/meminfo", O_RDONLY, 0);
	if (fd < 0)
		return -1;
	while ((r = read(fd, meminfo_buf + got,
			 sizeof(meminfo_buf) - 1 - got)) > 0)
		got += r;
	close(fd);
	meminfo_buf[got] = '\0';
	for (p = meminfo_buf; *p; p++) {
		if (p == meminfo_buf || p[-1] == '\n') {
			if (!strncmp(p, name, len) && p[len] == ':')
				break;
		}
	}
	if (!*p)
		return -1;
	for (p += len + 1; *p == ' '; p++)
		;
	for (v = 0; *p >= '0' && *p <= '9'; p++)
		v = v * 10 + (*p - '0');
	return v;
}

/* Word w of page n under salt s: no two pages or words alike. */
static inline unsigned long pattern(unsigned long n, unsigned long w,
				    unsigned long s)
{
	return (n * 2654435761UL) ^ (w * 40503UL) ^ (s << 24) ^ 0x5a5a0000UL;
}

static inline void fill_page(unsigned long addr, unsigned long n,
			     unsigned long s)
{
	unsigned long *p = (unsigned long *)addr;
	unsigned long w;

	for (w = 0; w < WORDS; w++)
		p[w] = pattern(n, w, s);
}

/* 1 if every word of the page holds its pattern. */
static inline int page_holds(unsigned long addr, unsigned long n,
			     unsigned long s)
{
	const volatile unsigned long *p = (const unsigned long *)addr;
	unsigned long w;

	for (w = 0; w < WORDS; w++)
		if (p[w] != pattern(n, w, s))
			return 0;
	return 1;
}

/* 1 if every word of the page is zero. */
static inline int page_zero(unsigned long addr)
{
	const volatile unsigned long *p = (const unsigned long *)addr;
	unsigned long w;

	for (w = 0; w < WORDS; w++)
		if (p[w])
			return 0;
	return 1;
}

static inline unsigned long hex_field(const char **pp)
{
	const char *p = *pp;
	unsigned long v = 0;

	for (;; p++) {
		if (*p >= '0' && *p <= '9')
			v = v * 16 + (*p - '0');
		else if (*p >= 'a' && *p <= 'f')
			v = v * 16 + (*p - 'a' + 10);
		else
			break;
	}
	*pp = p;
	return v;
}

/*
 * Read one byte of every page of every private writable area of this
 * process (/proc/self/maps): a page of ours out on swap comes back and
 * its slot is then held by the swap cache, so that afterwards a slot in
 * use means a swap-cache page (meminfo's Cached).  Returns the number
 * of areas, or -1.
 */
static inline int touch_own_anon(void)
{
	char maps[4096];
	const char *p;
	unsigned long start, end, a;
	long got = 0, r;
	int fd, areas = 0;

	fd = open("/proc/self/maps", O_RDONLY, 0);
	if (fd < 0)
		return -1;
	while ((r = read(fd, maps + got, sizeof(maps) - 1 - got)) > 0)
		got += r;
	close(fd);
	maps[got] = '\0';
	for (p = maps; *p; ) {
		start = hex_field(&p);
		p++;
		end = hex_field(&p);
		/* " rw-p": writable and private */
		if (p[2] == 'w' && p[4] == 'p') {
			for (a = start; a < end; a += PAGE_SIZE)
				(void)*(volatile const char *)a;
			areas++;
		}
		p = strchr(p, '\n');
		if (!p)
			break;
		p++;
	}
	return areas;
}

/* Slots init's own swapped pages may hold besides ours. */
#define INIT_SLOTS	16

/*
 * After the memory a program swapped is gone: the slots in use since
 * the start (u0 of them then) against the swap-cache pages since the
 * start (c0 pages of meminfo's Cached then).  2.4.0 frees such a slot
 * only when reclaim takes its page, so every slot still in use should
 * be a swap-cache page's, but for at most INIT_SLOTS of init's.  Sets
 * *slots and *cache; 1 if they agree so.
 */
static inline int only_cache_slots(unsigned long u0, long c0, long *slots,
				   long *cache)
{
	touch_own_anon();
	*slots = (long)(swap_used() - u0);
	*cache = meminfo_kb("Cached") / 4 - c0;
	return *slots >= *cache && *slots <= *cache + INIT_SLOTS;
}

#endif /* _SWAPCOMMON_H */
