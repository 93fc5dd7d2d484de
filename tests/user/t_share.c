// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_share.c - programs share their text through the page cache (book
 * §2.13, 2.4.0 filemap_nopage()): two processes running this program
 * hold one copy of its text, and a MAP_PRIVATE page is copied only when
 * written.
 *
 *  - The text segment (code and a 64-page constant table, one PT_LOAD
 *    with -z noseparate-code) is touched by the parent, then by two
 *    children that execve() this program and stop themselves: each
 *    child costs the same few pages (page tables, stack, kernel stack),
 *    both together fewer than one private copy of the text would, and a
 *    private copy made on purpose (a MAP_PRIVATE mapping of the file,
 *    every page written) costs one page per text page;
 *  - a page of the initialised data (the exec'd data segment, private)
 *    and a page of a MAP_PRIVATE mapping of the file: reading takes no
 *    page, the first write exactly one, the second none; the file and
 *    other mappings keep the file's bytes.
 *
 * Free-page counts are checked on 2.4.0 only (the host's move by
 * themselves); under qemu-i386 the emulator cannot exec an i386 image,
 * so the children are skipped there.
 */
#include "libc.h"

#define SIGSTOP		19
#define WUNTRACED	2
#define TABLE_PAGES	64
#define DATA_PAGES	8

extern char __executable_start[];

/* Read-only: lives in the text segment, after the code. */
static const unsigned int table[TABLE_PAGES * PAGE_SIZE / 4] = { 1, 2, 3 };
/* Initialised: lives in the data segment, read from the file. */
static unsigned int data[DATA_PAGES * PAGE_SIZE / 4] = {
	[0] = 7, [4 * PAGE_SIZE / 4 + 16] = 0x5eed,
};

static unsigned long text_start(void)
{
	return (unsigned long) __executable_start & PAGE_MASK;
}

static unsigned long text_end(void)
{
	return PAGE_ALIGN((unsigned long) (table + sizeof(table) / 4));
}

/* Read one word of every page of the text segment. */
static unsigned long touch_text(void)
{
	unsigned long a, sum = 0;

	for (a = text_start(); a < text_end(); a += PAGE_SIZE)
		sum += peek(a);
	return sum;
}

/* The exec'd child: map the whole text, then stop until killed. */
static int hold(void)
{
	touch_text();
	while (kill(getpid(), SIGSTOP) == 0)
		;
	return 1;
}

/* fork, execve this program in "hold" mode, wait until it has stopped. */
static int spawn(const char *path)
{
	char *av[3], *env[1] = { NULL };
	int pid, st = 0;

	av[0] = (char *) path;
	av[1] = "hold";
	av[2] = NULL;
	pid = fork();
	if (pid == 0) {
		execve(path, av, env);
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &st, WUNTRACED) != pid ||
	    (st & 0xff) != 0x7f)
		return -1;
	return pid;
}

static void text_sharing(int host, int emu, const char *path)
{
	unsigned long pages = (text_end() - text_start()) / PAGE_SIZE;
	unsigned long a, p;
	long f0, f1, f2, f3, c1, c2, copy;
	int fd, pid1, pid2;

	touch_text();
	if (emu) {
		skip("qemu: the emulator cannot execute the new image");
		skip("qemu: the emulator cannot execute the new image");
		skip("qemu: the emulator cannot execute the new image");
	} else {
		f0 = free_pages();
		pid1 = spawn(path);
		f1 = free_pages();
		pid2 = spawn(path);
		f2 = free_pages();
		ok(pid1 > 0 && pid2 > 0, "two children exec'd this program "
		   "and stopped with its %lu text pages mapped", pages);
		c1 = f0 - f1;
		c2 = f1 - f2;
		if (host) {
			skip("2.4.0-only: the host's free-page count moves");
			skip("2.4.0-only: the host's free-page count moves");
		} else {
			ok(c1 + c2 < (long) pages, "both children together took "
			   "%ld + %ld pages, fewer than one copy of the text "
			   "(%lu)", c1, c2, pages);
			ok(c1 - c2 <= 2 && c2 - c1 <= 2, "the second child cost "
			   "what the first did (%ld, %ld): no text of its own",
			   c1, c2);
		}
		if (pid1 > 0)
			kill(pid1, SIGKILL);
		if (pid2 > 0)
			kill(pid2, SIGKILL);
		if (pid1 > 0)
			reap(pid1);
		if (pid2 > 0)
			reap(pid2);
	}

	/* What a private copy of the text costs: write every page. */
	fd = open(path, O_RDONLY, 0);
	a = mmap(0, text_end() - text_start(), PROT_READ | PROT_WRITE,
		 MAP_PRIVATE, fd, 0);
	ok(fd >= 0 && !sys_failed(a), "map the program's file MAP_PRIVATE");
	peek(a);			/* its page table */
	f2 = free_pages();
	for (p = 0; p < pages; p++)
		peek(a + p * PAGE_SIZE);
	f3 = free_pages();
	for (p = 0; p < pages; p++)
		poke(a + p * PAGE_SIZE + 8, peek(a + p * PAGE_SIZE + 8) + 1);
	copy = f3 - free_pages();
	if (host) {
		skip("2.4.0-only: the host's free-page count moves");
	} else {
		ok(f2 == f3 && copy == (long) pages, "reading the %lu text "
		   "pages through it took %ld pages, writing them %ld: a "
		   "private copy costs a page per page", pages, f2 - f3,
		   copy);
	}
	munmap(a, text_end() - text_start());
	close(fd);
}

/* Read page addr, write it twice: the pages each step took. */
static void read_then_write(int host, unsigned long addr, const char *what,
			    unsigned int want)
{
	long f0, f1, f2, f3;
	unsigned long v;

	f0 = free_pages();
	v = peek(addr);
	f1 = free_pages();
	poke(addr, v + 1);
	f2 = free_pages();
	poke(addr + 4, v + 2);
	f3 = free_pages();
	ok(v == want && peek(addr) == want + 1,
	   "%s: reads the file's word %#x, then its own write", what, want);
	if (host)
		skip("2.4.0-only: the host's free-page count moves");
	else
		ok(f0 == f1 && f1 - f2 == 1 && f2 == f3, "%s: the read took "
		   "%ld pages, the first write %ld, the second %ld", what,
		   f0 - f1, f1 - f2, f2 - f3);
}

static void private_copy(int host, const char *path)
{
	unsigned long off, a, b;
	static unsigned char buf[PAGE_SIZE];
	int fd;

	fd = open(path, O_RDONLY, 0);
	ok(fd >= 0, "open %s", path);
	/* Every page of the file into the page cache first (read()). */
	while (read(fd, buf, PAGE_SIZE) > 0)
		;

	/* The exec'd data segment: a page of the array not touched yet. */
	read_then_write(host, (unsigned long) &data[4 * PAGE_SIZE / 4 + 16],
			"a data page of the program", 0x5eed);

	/* A MAP_PRIVATE mapping of the file: the table's first page. */
	off = ((unsigned long) table & PAGE_MASK) - text_start();
	a = mmap(0, 2 * PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd,
		 off);
	b = mmap(0, PAGE_SIZE, PROT_READ, MAP_PRIVATE, fd, off);
	ok(!sys_failed(a) && !sys_failed(b), "two private mappings of the "
	   "table's page");
	peek(a + PAGE_SIZE);		/* the page table */
	peek(b);
	read_then_write(host, a + ((unsigned long) table & ~PAGE_MASK),
			"a MAP_PRIVATE page of the file", 1);
	ok(peek(b + ((unsigned long) table & ~PAGE_MASK)) == 1 &&
	   table[0] == 1, "the other mapping and the program's own table "
	   "still read the file's 1");
	munmap(a, 2 * PAGE_SIZE);
	munmap(b, PAGE_SIZE);
	close(fd);
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv), emu = is_emulated(argc, argv);
	static char path[128];

	if (argc > 1 && !strcmp(argv[1], "hold"))
		return hold();
	plan(12);
	if (host || argv[0][0] == '/')
		snprintf(path, sizeof(path), "%s", argv[0]);
	else
		snprintf(path, sizeof(path), "/%s", argv[0]);
	text_sharing(host, emu, path);
	private_copy(host, path);
	return done();
}
