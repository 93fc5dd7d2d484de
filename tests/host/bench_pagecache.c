// SPDX-License-Identifier: GPL-2.0-only
/*
 * Page-cache lookup (mm/filemap.c __find_page_nolock, 情景分析 §2.13)
 * with 1,000 and 100,000 pages cached: ns per lookup and pages of the
 * hash chain looked at, for hits and for misses, and how full the
 * chains are.  The real filemap.c runs on the simulated RAM of
 * mm_host.h.
 *
 * The hash table is what page_cache_init(num_physpages) makes for the
 * machine such a cache lives in: the smallest RAM, in a power of two of
 * megabytes, of at least 5/4 of the cached pages (a cache never fills
 * all of memory): 8 MB (2,048 chains) for 1,000 pages and 512 MB
 * (131,072 chains) for 100,000.  Three layouts: one file of all the
 * pages; files of 1 to 64 pages whose inodes sit side by side, as
 * inode_cache hands them out; the same files with their inodes 33
 * apart.  Misses look for pages past each file's end.
 *
 * page_hash() divides the mapping's address by the lowest set bit of
 * sizeof(struct inode) (2.4.0's formula).  Side by side, the inodes of
 * files k - 1 and k are sizeof(struct inode) / divisor chains apart, so
 * page j of file k shares a chain with page j + that stride of file
 * k - 1.  With shmem_inode_info in the union the inode is 204 bytes, the
 * divisor 4 and the stride 51: the pages spread.  Were the size a power
 * of two (128 before shmem), the stride would be 1 and a chain would
 * hold about one page of every file at least that long.
 *
 * Exits 1 if the chains do not scale where the hash spreads the pages
 * (one file, inodes 33 apart): the pages looked at per lookup with
 * 100,000 cached must stay under twice those with 1,000, hits and
 * misses.  For inodes side by side the same ratio is printed with a
 * verdict that does not decide the exit status.  The ns ratio is
 * printed against the same goal.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "shim/mm_host.h"
#include "shim/pagecache_bench.h"

#define LOOKUPS		200000
#define RUNS		5
#define MB		(1024UL * 1024UL)

static unsigned long long rnd64 = 0x9E3779B97F4A7C15ULL;

static unsigned long rnd(unsigned long n)
{
	rnd64 ^= rnd64 << 13;
	rnd64 ^= rnd64 >> 7;
	rnd64 ^= rnd64 << 17;
	return (unsigned long)(rnd64 % n);
}

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

struct row {
	unsigned long ram_mb, chains, used, longest, cached;
	double hit_ns, seq_ns, miss_ns, hit_links, miss_links;
};

static unsigned long pages_of[HOST_PCB_MAX_FILES];
static unsigned long first_of[HOST_PCB_MAX_FILES + 1];
static struct host_pcb_key hits[LOOKUPS], seq[LOOKUPS], misses[LOOKUPS];

/* The file holding page number p of all the cached pages. */
static unsigned int file_of(unsigned long p, int nfiles)
{
	int lo = 0, hi = nfiles - 1, mid;

	while (lo < hi) {
		mid = (lo + hi + 1) / 2;
		if (first_of[mid] <= p)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

/* Best of RUNS timed runs, ns per lookup. */
static double timed(const struct host_pcb_key *k, long want)
{
	double best = 0, t;
	long got;
	int r;

	for (r = 0; r < RUNS; r++) {
		t = now_ns();
		got = host_pcb_lookup(k, LOOKUPS);
		t = (now_ns() - t) / LOOKUPS;
		if (got != want) {
			fprintf(stderr, "lookup found %ld pages, want %ld\n",
				got, want);
			exit(2);
		}
		if (r == 0 || t < best)
			best = t;
	}
	return best;
}

static void measure(unsigned long total, int many, int spread,
		    struct row *w)
{
	unsigned long left = total, p, pages, start = 0;
	int nfiles = 0, i;
	unsigned int f;

	w->ram_mb = 1;
	while (w->ram_mb * MB / 4096 < total / 4 * 5)
		w->ram_mb *= 2;
	host_boot(w->ram_mb * MB);

	while (left) {
		pages = many ? 1 + rnd(64) : left;
		if (pages > left)
			pages = left;
		first_of[nfiles] = total - left;
		pages_of[nfiles++] = pages;
		left -= pages;
	}
	first_of[nfiles] = total;
	if (host_pcb_fill(pages_of, nfiles, spread) != (long)total) {
		fprintf(stderr, "no memory for %lu cached pages in %lu MB\n",
			total, w->ram_mb);
		exit(2);
	}
	w->cached = total;
	w->chains = 1UL << host_pcb_hash_bits();
	host_pcb_chains(&w->used, &w->longest, &p);
	if (p != total) {
		fprintf(stderr, "%lu pages on the chains, want %lu\n", p, total);
		exit(2);
	}

	for (i = 0; i < LOOKUPS; i++) {
		p = rnd(total);
		f = file_of(p, nfiles);
		hits[i].file = f;
		hits[i].index = p - first_of[f];
		misses[i].file = f;
		misses[i].index = pages_of[f] + rnd(pages_of[f]);
		/* Runs of 256 pages in file order, as read() goes. */
		if (i % 256 == 0)
			start = rnd(total);
		p = (start + i % 256) % total;
		f = file_of(p, nfiles);
		seq[i].file = f;
		seq[i].index = p - first_of[f];
	}
	w->hit_ns = timed(hits, LOOKUPS);
	w->seq_ns = timed(seq, LOOKUPS);
	w->miss_ns = timed(misses, 0);
	w->hit_links = (double)host_pcb_links(hits, LOOKUPS) / LOOKUPS;
	w->miss_links = (double)host_pcb_links(misses, LOOKUPS) / LOOKUPS;
}

static void print_row(const char *layout, const struct row *w)
{
	printf("%7lu %-9s %4lu MB %7lu %5.2f %7.2f %7lu %7.1f %7.1f %7.1f "
	       "%9.2f %10.2f\n", w->cached, layout, w->ram_mb, w->chains,
	       (double)w->cached / w->chains, (double)w->cached / w->used,
	       w->longest, w->hit_ns, w->seq_ns, w->miss_ns, w->hit_links,
	       w->miss_links);
}

/* Prints the 100000/1000 ratios; returns whether the links stay < 2. */
static int ratios(const char *layout, const struct row *a,
		  const struct row *b, int judged)
{
	double hl = b->hit_links / a->hit_links;
	double ml = b->miss_links / a->miss_links;
	double ht = b->hit_ns / a->hit_ns, st = b->seq_ns / a->seq_ns;
	double mt = b->miss_ns / a->miss_ns;
	int ok = hl < 2 && ml < 2;

	printf("%s, 100000/1000 pages: links read per lookup, hit %.2f, "
	       "miss %.2f (%s < 2): %s\n", layout, hl, ml,
	       judged ? "must be" : "goal", ok ? "ok" : judged ? "FAILED" :
	       "not met");
	printf("%s, 100000/1000 pages: ns per lookup, random hit %.2f, "
	       "in-order hit %.2f, miss %.2f (goal < 2)\n", layout, ht, st,
	       mt);
	return ok;
}

int main(int argc, char **argv)
{
	struct row one[2], many[2], apart[2];
	unsigned int size;
	int ok;

	(void)argc;
	host_mm_layout(argv);

	printf("page cache lookup (__find_page_nolock, mm/filemap.c): %d "
	       "lookups per column, best of %d runs\n", LOOKUPS, RUNS);
	printf("hash from page_cache_init(num_physpages) of the smallest "
	       "power-of-two MB >= 5/4 of the cached pages; sizeof(struct "
	       "inode) %u, page_hash() divides by %u\n",
	       host_pcb_sizeof_inode(),
	       host_pcb_sizeof_inode() & -host_pcb_sizeof_inode());
	printf("%7s %-9s %7s %7s %5s %7s %7s %7s %7s %7s %9s %10s\n",
	       "cached", "layout", "RAM", "chains", "load", "avg len",
	       "longest", "hit ns", "seq ns", "miss ns", "hit links",
	       "miss links");
	measure(1000, 0, 1, &one[0]);
	print_row("one file", &one[0]);
	measure(100000, 0, 1, &one[1]);
	print_row("one file", &one[1]);
	measure(1000, 1, 1, &many[0]);
	print_row("files", &many[0]);
	measure(100000, 1, 1, &many[1]);
	print_row("files", &many[1]);
	measure(1000, 1, 33, &apart[0]);
	print_row("files/33", &apart[0]);
	measure(100000, 1, 33, &apart[1]);
	print_row("files/33", &apart[1]);
	printf("(files: 1-64 pages each, inodes side by side as inode_cache "
	       "gives them; files/33: the same files, inodes 33 apart)\n");
	printf("(load: cached pages per chain; avg len: pages per chain in "
	       "use; hit ns: random pages, seq ns: runs of 256 pages in file "
	       "order; links: chain pointers read per lookup, the head "
	       "included)\n");
	printf("(random lookups at 100000 pages touch 512 KB of chain heads "
	       "and the struct pages of 400 MB, more than the CPU caches "
	       "hold: their ns grow with that, not with the chains)\n");
	ok = ratios("one file", &one[0], &one[1], 1);
	ok &= ratios("files 1-64 pages, inodes 33 apart", &apart[0],
		     &apart[1], 1);
	ratios("files 1-64 pages, inodes side by side", &many[0], &many[1],
	       0);
	size = host_pcb_sizeof_inode();
	printf("(side by side, page_hash() puts page j of a file on the "
	       "chain of page j + %u of the file before it, %u bytes / %u; "
	       "%.1f pages per chain in use at 100000 pages; 2.4.0's "
	       "formula, weak only for an inode size that is a power of "
	       "two)\n", size / (size & -size), size, size & -size,
	       many[1].cached / (double)many[1].used);
	return ok ? 0 : 1;
}
