// SPDX-License-Identifier: GPL-2.0-only
/*
 * b_swap - the swap benchmark of make bench (not a test): at 8 MB of RAM
 * with a 32 MB swap area, write 20 MB of anonymous memory one page after
 * the other, then read it all back in the same order (and check it).
 * For each pass it prints the pages written to swap and read from swap
 * (/proc/stat's "swap" line: kstat.pswpout, pswpin), the swap-in faults
 * (the port's "swapfault" line: all of them, and those that had to read
 * the disk rather than find the page in the swap cache), kswapd's
 * rounds, and the time the pass took in the guest's own clock: Bochs'
 * TSC counts instructions, so its ticks are given as they are, and in
 * seconds at IPS instructions a second (scripts/run-bochs' default, 10 M:
 * the rate at which jiffies advance).  Then the refault fractions: swap-in
 * faults per page written out (a fault that finds its page still in the
 * swap cache costs no I/O, and one page can fault more than once), and
 * pages read in per page written out.  scripts/bench-boot runs it.
 */
#include "libc.h"

#ifndef NPAGES
#define NPAGES	5120UL		/* 20 MB */
#endif
#ifndef IPS
#define IPS	10000000ULL	/* Bochs instructions per emulated second */
#endif

static char text[1024];

struct counts {
	unsigned long in, out, faults, reads, kswapd;
	unsigned long long tsc;
};

static unsigned long long rdtsc(void)
{
	unsigned long long t;

	__asm__ __volatile__("rdtsc" : "=A" (t));
	return t;
}

/* The first number after "label" on its line of text, 0 if none. */
static unsigned long field(const char *label, int nth)
{
	const char *p = text;
	unsigned long len = strlen(label), v = 0;

	while (p && strncmp(p, label, len)) {
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	if (!p)
		return 0;
	p += len;
	while (nth-- >= 0) {
		while (*p == ' ')
			p++;
		for (v = 0; *p >= '0' && *p <= '9'; p++)
			v = v * 10 + (*p - '0');
	}
	return v;
}

static void sample(struct counts *c)
{
	int fd = open("/proc/stat", O_RDONLY, 0);
	long n = 0, r;

	if (fd >= 0) {
		while ((r = read(fd, text + n, sizeof(text) - 1 - n)) > 0)
			n += r;
		close(fd);
	}
	text[n] = '\0';
	c->in = field("swap ", 0);
	c->out = field("swap ", 1);
	c->kswapd = field("kswapd ", 0);
	c->faults = field("swapfault ", 0);
	c->reads = field("swapfault ", 1);
	c->tsc = rdtsc();
}

/* n per second of guest time, d instructions: n * IPS / d. */
static unsigned long per_sec(unsigned long n, unsigned long long d)
{
	return d ? (unsigned long)(n * IPS / d) : 0;
}

static void report(const char *pass, const struct counts *a,
		   const struct counts *b)
{
	unsigned long long d = b->tsc - a->tsc;
	unsigned long ms = (unsigned long)(d * 1000 / IPS);

	printf("b_swap: %s: %lu pages out, %lu in; %lu swap faults (%lu read, "
	       "%lu from the swap cache); %lu kswapd rounds\n", pass,
	       b->out - a->out, b->in - a->in, b->faults - a->faults,
	       b->reads - a->reads,
	       (b->faults - a->faults) - (b->reads - a->reads),
	       b->kswapd - a->kswapd);
	printf("b_swap: %s: %lu.%03lu M instructions = %lu.%03lu s of guest "
	       "time; %lu pages out/s, %lu in/s\n", pass,
	       (unsigned long)(d / 1000000), (unsigned long)(d / 1000 % 1000),
	       ms / 1000, ms % 1000, per_sec(b->out - a->out, d),
	       per_sec(b->in - a->in, d));
}

static unsigned long ram_pages(void)
{
	struct sysinfo si;

	memset(&si, 0, sizeof(si));
	sysinfo(&si);
	return (unsigned long)((unsigned long long)si.totalram *
			       (si.mem_unit ? si.mem_unit : 1) >> 12);
}

int main(void)
{
	struct counts c0, c1, c2;
	unsigned long base, i, bad = 0, out, faults;

	base = mmap(0, NPAGES * PAGE_SIZE, PROT_READ | PROT_WRITE,
		    MAP_ANON_PRIV, -1, 0);
	if (sys_failed(base)) {
		printf("b_swap: mmap failed: %ld\n", (long)base);
		return 1;
	}
	sample(&c0);
	for (i = 0; i < NPAGES; i++)
		poke(base + i * PAGE_SIZE, i ^ 0xb5a90000UL);
	sample(&c1);
	for (i = 0; i < NPAGES; i++)
		if (peek(base + i * PAGE_SIZE) != (i ^ 0xb5a90000UL))
			bad++;
	sample(&c2);
	munmap(base, NPAGES * PAGE_SIZE);

	printf("b_swap: %lu pages (%lu MB) at %lu pages of RAM\n", NPAGES,
	       NPAGES >> 8, ram_pages());
	report("write", &c0, &c1);
	report("read back", &c1, &c2);
	report("both", &c0, &c2);
	out = c2.out - c0.out;
	faults = c2.faults - c0.faults;
	printf("b_swap: refault fraction: %lu swap faults / %lu pages out = "
	       "%lu.%02lu; of the faults %lu%% read the disk\n", faults, out,
	       out ? faults / out : 0, out ? faults * 100 / out % 100 : 0,
	       faults ? (c2.reads - c0.reads) * 100 / faults : 0);
	printf("b_swap: pages read back in per page written out: %lu / %lu = "
	       "%lu.%02lu\n", c2.in - c0.in, out, out ? (c2.in - c0.in) / out : 0,
	       out ? (c2.in - c0.in) * 100 / out % 100 : 0);
	if (bad)
		printf("b_swap: %lu pages read back wrong\n", bad);
	return bad != 0;
}
