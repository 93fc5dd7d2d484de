// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_shmem.c - shared anonymous memory (2.4.0 mm/shmem.c shmem_zero_setup,
 * shmem_nopage; 情景分析 §2.13): a MAP_SHARED|MAP_ANONYMOUS area maps an
 * unlinked shm file, so its pages read as zeros at first and stay
 * shared across fork in both directions and over several generations;
 * mprotect, munmap and mremap of part of it keep the rest shared (the
 * upper piece of a split keeps its file offset); shrinking and growing
 * back finds the old bytes, growing past the object's size is SIGBUS;
 * two such areas are two objects; /proc/self/maps shows the area as
 * "rw-s" of "/dev/zero (deleted)"; every page comes back when the last
 * mapping goes.
 *
 * 2.4.0 versus a modern host (argv[1] = "host"): the same answers; the
 * free-page count is compared only here; under qemu-i386 the emulator
 * writes /proc/self/maps itself, and its mremap of a shared mapping
 * crashes, so maps and mremap are checked only natively.
 */
#include "libc.h"

#define MAP_SHANON	(MAP_SHARED | MAP_ANONYMOUS)
#define RW		(PROT_READ | PROT_WRITE)
#define NPAGES		16
#define NKIDS		5

static char text[16384];

/* The area of NPAGES pages: a page's first word. */
#define WORD(a, i)	(((volatile unsigned long *)((a) + (i) * PAGE_SIZE))[0])

static unsigned long shanon(unsigned long len)
{
	return mmap(0, len, RW, MAP_SHANON, -1, 0);
}

static int all_zero(unsigned long a, unsigned long len)
{
	const unsigned long *p = (const unsigned long *)a;
	unsigned long i;

	for (i = 0; i < len / sizeof(*p); i++)
		if (p[i])
			return 0;
	return 1;
}

/* Wait (yielding) until the shared word becomes v. */
static void wait_for(volatile unsigned long *w, unsigned long v)
{
	while (*w != v)
		sched_yield();
}

/* The maps line of [start, end): flags, offset and path as given. */
static int maps_has(unsigned long start, unsigned long end,
		    const char *flags, unsigned long off, const char *path)
{
	char head[64];
	long n = 0, r;
	int fd = open("/proc/self/maps", O_RDONLY, 0);
	char *line, *eol;
	size_t hl, pl = strlen(path);

	if (fd < 0)
		return 0;
	while (n < (long)sizeof(text) - 1 &&
	       (r = read(fd, text + n, sizeof(text) - 1 - n)) > 0)
		n += r;
	close(fd);
	text[n] = 0;
	hl = snprintf(head, sizeof(head), "%08lx-%08lx %s %08lx ", start, end,
		      flags, off);
	for (line = text; *line; line = eol + 1) {
		eol = strchr(line, '\n');
		if (!eol)
			return 0;
		if (strncmp(line, head, hl))
			continue;
		return (size_t)(eol - line) > hl + pl &&
		       !strncmp(eol - pl, path, pl) && eol[-pl - 1] == ' ';
	}
	return 0;
}

/* The inode field of the maps line of the area at start (0 if none). */
static unsigned long maps_ino(unsigned long start)
{
	char head[16];
	char *line, *p;
	unsigned long ino = 0;
	int field;

	snprintf(head, sizeof(head), "%08lx-", start);
	for (line = text; *line; line = strchr(line, '\n') + 1) {
		if (strncmp(line, head, 9))
			continue;
		for (p = line, field = 0; field < 4; field++)
			p = strchr(p, ' ') + 1;
		while (*p >= '0' && *p <= '9')
			ino = ino * 10 + (*p++ - '0');
		return ino;
	}
	return 0;
}

static void store_beyond(unsigned long a)
{
	WORD(a, 0) = 1;
}

static void store_ro(unsigned long a)
{
	WORD(a, 0) = 2;
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	int native = !is_emulated(argc, argv);
	unsigned long a, b, m, mlen, len = NPAGES * PAGE_SIZE;
	unsigned long ino_a, ino_b;
	long before = 0;
	int pid, st, i, good;

	plan(23);
	/* The page tables and the maps buffer first. */
	a = mmap(0, len, RW, MAP_ANON_PRIV, -1, 0);
	if (!sys_failed(a))
		munmap(a, len);
	memset(text, 0, sizeof(text));
	if (!host)
		before = free_pages();

	a = shanon(len);
	ok(!sys_failed(a), "mmap(MAP_SHARED|MAP_ANONYMOUS) of %d pages works",
	   NPAGES);
	ok(all_zero(a, len), "every byte reads as zero at first");

	if (native) {
		ok(maps_has(a, a + len, "rw-s", 0, "/dev/zero (deleted)"),
		   "maps: rw-s, offset 0, /dev/zero (deleted)");
	} else {
		skip("qemu-i386 writes /proc/self/maps itself");
	}

	/* The child's stores are the parent's. */
	pid = fork();
	if (pid == 0) {
		for (i = 0; i < NPAGES; i++)
			WORD(a, i) = 0x100 + i;
		_exit(0);
	}
	st = reap(pid);
	for (good = 1, i = 0; i < NPAGES; i++)
		good &= WORD(a, i) == 0x100UL + i;
	ok(exited_with(st, 0) && good,
	   "the child's stores in every page are seen by the parent");

	/* And the parent's, after the fork, are the child's. */
	pid = fork();
	if (pid == 0) {
		wait_for(&WORD(a, 1), 0x5eed);
		_exit(WORD(a, 7) == 0x777 ? 0 : 1);
	}
	WORD(a, 7) = 0x777;
	WORD(a, 1) = 0x5eed;
	ok(exited_with(reap(pid), 0),
	   "the parent's stores after the fork are seen by the child");

	/* Several children and a grandchild, each in its own word. */
	for (i = 0; i < NKIDS; i++) {
		pid = fork();
		if (pid == 0) {
			((volatile unsigned long *)(a + 2 * PAGE_SIZE))[i] =
				0xc0 + i;
			if (i == NKIDS - 1 && (pid = fork()) == 0) {
				WORD(a, 3) = 0x9a9a;
				_exit(0);
			}
			if (i == NKIDS - 1)
				_exit(exited_with(reap(pid), 0) ? 0 : 1);
			_exit(0);
		}
		if (!exited_with(reap(pid), 0))
			break;
	}
	for (good = i == NKIDS, i = 0; i < NKIDS; i++)
		good &= ((volatile unsigned long *)(a + 2 * PAGE_SIZE))[i] ==
			0xc0UL + i;
	ok(good && WORD(a, 3) == 0x9a9a,
	   "%d children and a grandchild all store into the same pages",
	   NKIDS);

	/* mprotect of the middle: read-only there, still shared. */
	ok(mprotect(a + 4 * PAGE_SIZE, 4 * PAGE_SIZE, PROT_READ) == 0,
	   "mprotect(PROT_READ) of pages 4-7");
	st = run_child(store_ro, a + 5 * PAGE_SIZE);
	ok(killed_by(st, SIGSEGV), "a store into the read-only part: SIGSEGV");
	pid = fork();
	if (pid == 0) {
		WORD(a, 9) = 0x999;
		_exit(WORD(a, 5) == 0x105 ? 0 : 1);
	}
	ok(exited_with(reap(pid), 0) && WORD(a, 9) == 0x999,
	   "both pieces around it are still shared");
	if (native) {
		ok(maps_has(a + 4 * PAGE_SIZE, a + 8 * PAGE_SIZE, "r--s",
			    4 * PAGE_SIZE, "/dev/zero (deleted)") &&
		   maps_has(a + 8 * PAGE_SIZE, a + len, "rw-s",
			    8 * PAGE_SIZE, "/dev/zero (deleted)"),
		   "maps: the pieces keep their offsets into the object");
	} else {
		skip("qemu-i386 writes /proc/self/maps itself");
	}
	ok(mprotect(a, len, RW) == 0, "mprotect back to read-write");

	/* munmap of one page: the upper piece still maps its own pages. */
	ok(munmap(a + 10 * PAGE_SIZE, PAGE_SIZE) == 0, "munmap of page 10");
	pid = fork();
	if (pid == 0) {
		WORD(a, 12) = 0x1212;
		WORD(a, 0) = 0x1000;
		_exit(WORD(a, 11) == 0x10b ? 0 : 1);
	}
	ok(exited_with(reap(pid), 0) && WORD(a, 12) == 0x1212 &&
	   WORD(a, 0) == 0x1000,
	   "the pieces below and above the hole are still shared");

	/* mremap: shrink, grow back (the object keeps its pages), beyond. */
	m = a + 11 * PAGE_SIZE;
	mlen = 5 * PAGE_SIZE;
	if (native) {
	b = mremap(a + 11 * PAGE_SIZE, 5 * PAGE_SIZE, 2 * PAGE_SIZE, 0, 0);
		ok(b == a + 11 * PAGE_SIZE && WORD(a, 12) == 0x1212,
		   "mremap shrinks the upper piece in place");
		b = mremap(b, 2 * PAGE_SIZE, 5 * PAGE_SIZE, 0, 0);
		ok(b == a + 11 * PAGE_SIZE && WORD(a, 15) == 0x10f,
		   "grown back: the object's old page 15 is there again");
		mlen = 7 * PAGE_SIZE;
		m = mremap(b, 5 * PAGE_SIZE, mlen, MREMAP_MAYMOVE, 0);
		ok(!sys_failed(m) && WORD(m, 1) == 0x1212 &&
		   WORD(m, 4) == 0x10f,
		   "mremap(MREMAP_MAYMOVE) past the end keeps the contents");
		st = run_child(store_beyond, m + 5 * PAGE_SIZE);
		ok(killed_by(st, SIGBUS),
		   "a page past the object's size (16 pages): SIGBUS");
		pid = fork();
		if (pid == 0) {
			WORD(m, 2) = 0xabc;
			_exit(0);
		}
		ok(exited_with(reap(pid), 0) && WORD(m, 2) == 0xabc,
		   "the moved piece is still shared");
	} else {
		for (i = 0; i < 5; i++)
			skip("qemu-i386's mremap of a shared mapping crashes");
	}

	/* A second area is a second object. */
	b = mmap(0, 2 * PAGE_SIZE, RW, MAP_SHANON, -1, 0);
	ok(!sys_failed(b) && all_zero(b, 2 * PAGE_SIZE) &&
	   (WORD(b, 0) = 0xb0b, WORD(a, 0) == 0x1000),
	   "a second area is zero and apart from the first");
	if (native) {
		maps_has(0, 0, "", 0, "");	/* reads maps into text */
		ino_a = maps_ino(a);
		ino_b = maps_ino(b);
		ok(ino_a && ino_b && ino_a != ino_b,
		   "maps: two objects, two inodes (%lu, %lu)", ino_a, ino_b);
	} else {
		skip("qemu-i386 writes /proc/self/maps itself");
	}

	ok(munmap(a, 10 * PAGE_SIZE) == 0 && munmap(m, mlen) == 0 &&
	   munmap(b, 2 * PAGE_SIZE) == 0, "all unmapped");
	a = shanon(len);
	ok(!sys_failed(a) && all_zero(a, len) && munmap(a, len) == 0,
	   "mapped again after the last unmap: a new object, zeros");

	if (!host) {
		long after = free_pages();

		ok(after == before, "every page came back: %ld free before, "
		   "%ld after", before, after);
	} else {
		skip("host: free pages move with the rest of the machine");
	}
	return done();
}
