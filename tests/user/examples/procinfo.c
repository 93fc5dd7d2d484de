// SPDX-License-Identifier: GPL-2.0-only
/*
 * procinfo.c - a program that prints its own /proc/self/maps and the
 * machine's /proc/meminfo, after mapping a few areas of its own so the
 * maps show more than the program and its stack.
 *
 *	make run USER_PROGS=tests/user/examples/procinfo.c
 *
 * The same binary runs on this Linux host too (the host's formats are
 * newer: see tests/user/t_proc.c for the differences).
 */
#include "libc.h"

/* Copy a whole file to standard output, a small block at a time. */
static int cat(const char *path)
{
	char buf[100];
	long n;
	int fd = open(path, O_RDONLY, 0);

	if (fd < 0) {
		printf("open %s: error %d\n", path, fd);
		return 1;
	}
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		write(1, buf, n);
	close(fd);
	return n < 0;
}

int main(int argc, char **argv)
{
	unsigned long anon, ro;
	int fd;

	/* An anonymous area, a read-only one, and the program mapped. */
	anon = mmap2(0, 4 * PAGE_SIZE, PROT_READ | PROT_WRITE,
		     MAP_ANONYMOUS | MAP_PRIVATE, -1, 0);
	ro = mmap2(0, PAGE_SIZE, PROT_READ, MAP_ANONYMOUS | MAP_PRIVATE,
		   -1, 0);
	fd = open(argv[0], O_RDONLY, 0);
	if (fd >= 0)
		mmap2(0, PAGE_SIZE, PROT_READ, MAP_PRIVATE, fd, 0);
	poke(anon, 1);

	printf("pid %d: /proc/self/maps\n", getpid());
	if (cat("/proc/self/maps"))
		return 1;
	printf("/proc/meminfo\n");
	if (cat("/proc/meminfo"))
		return 1;
	(void) ro;
	return 0;
}
