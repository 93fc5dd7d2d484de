// SPDX-License-Identifier: GPL-2.0-only
/*
 * mapfile.c - a user program for the study guide's lab file-share
 * (Documentation/guide/2.13-mmap.md): one page of a file, found in the
 * page cache and mapped by two processes.
 *
 * The parent writes one page to /mapfile.dat (the write puts it into
 * the page cache: on ramfs that page is the file's only home), forks and
 * waits.  The child maps the file MAP_SHARED at SHARED_AT, reads its
 * first word (the fault finds the page through page_hash_table), stops
 * at lab_here(0x1311) and then stops itself with SIGSTOP.  The parent
 * maps the file the same way and reads (the same page again), stops at
 * lab_here(0x1312): two page-table entries, one physical page.  Then it
 * maps the same file page MAP_PRIVATE at PRIVATE_AT and writes to it:
 * the first touch is a write, so filemap_nopage() hands out a copy at
 * once (lab_here(0x1313)).  At the end it kills the child and unlinks
 * the file, so its page goes back.
 *
 *	make bochs USER_PROGS=tests/user/examples/mapfile.c
 */
#include "libc.h"

#define O_RDWR		2
#define O_CREAT		0100
#define SIGSTOP		19
#define WUNTRACED	2

#define SHARED_AT	0x50000000UL
#define PRIVATE_AT	0x50001000UL
#define FIRST_WORD	0x0f11e001UL

static const char path[] = "/mapfile.dat";
static unsigned long page[PAGE_SIZE / 4];

/* A stop for the debugger: not inlined, so it has its own address. */
__attribute__((noinline)) void lab_here(unsigned long mark)
{
	__asm__ __volatile__("" : : "r" (mark) : "memory");
}

static unsigned long map_at(unsigned long at, int fd, int prot, int how)
{
	return mmap(at, PAGE_SIZE, prot, how | MAP_FIXED, fd, 0);
}

static int unlink(const char *p)
{
	return syscall6(10, (long)p, 0, 0, 0, 0, 0);
}

int main(void)
{
	int fd, pid, st = 0;
	unsigned long seen;

	page[0] = FIRST_WORD;
	fd = open(path, O_RDWR | O_CREAT, 0644);
	if (fd < 0 || write(fd, page, PAGE_SIZE) != PAGE_SIZE) {
		printf("mapfile: cannot write %s: %d\n", path, fd);
		return 1;
	}
	pid = fork();
	if (pid == 0) {
		if (map_at(SHARED_AT, fd, PROT_READ, MAP_SHARED) != SHARED_AT)
			_exit(2);
		seen = peek(SHARED_AT);
		lab_here(0x1311);
		kill(getpid(), SIGSTOP);
		_exit(seen == FIRST_WORD ? 0 : 1);
	}
	if (pid < 0 || waitpid(pid, &st, WUNTRACED) != pid) {
		printf("mapfile: fork or wait failed: %d\n", pid);
		return 1;
	}
	if (map_at(SHARED_AT, fd, PROT_READ, MAP_SHARED) != SHARED_AT ||
	    map_at(PRIVATE_AT, fd, PROT_READ | PROT_WRITE, MAP_PRIVATE) !=
	    PRIVATE_AT) {
		printf("mapfile: mmap failed\n");
		return 1;
	}
	seen = peek(SHARED_AT);
	lab_here(0x1312);
	poke(PRIVATE_AT, 0x13130000);
	lab_here(0x1313);
	printf("mapfile: shared %#lx, private %#lx\n", peek(SHARED_AT),
	       peek(PRIVATE_AT));
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
	close(fd);
	unlink(path);
	return seen == FIRST_WORD && peek(SHARED_AT) == FIRST_WORD ? 0 : 1;
}
