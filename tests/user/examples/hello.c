// SPDX-License-Identifier: GPL-2.0-only
/*
 * hello.c - a user program for our kernel: static i386, its own _start
 * (tests/user/libc/crt0.S), system calls through int $0x80 with the
 * 2.4.0 numbers (tests/user/libc/libc.h).
 *
 * Run it in Bochs (from the top of the tree; init starts it as /hello):
 *
 *	make run USER_PROGS=tests/user/examples/hello.c
 *
 * USER_PROGS takes .c files (compiled with tests/user/libc) or ready
 * static i386 binaries, several separated by spaces.  To build it alone:
 *
 *	make -C tests/user initrd PROGS=examples/hello.c
 *
 * which leaves build/user/hello and build/initrd.img.  The same binary
 * runs on this Linux host too: tests/user/build/user/hello
 */
#include "libc.h"

int main(int argc, char **argv)
{
	unsigned long heap = brk(0);
	unsigned long map = mmap2(0, PAGE_SIZE, PROT_READ | PROT_WRITE,
				  MAP_ANONYMOUS | MAP_PRIVATE, -1, 0);

	printf("hello from %s, pid %d\n", argv[0], getpid());
	printf("my break is at %#lx, a new page at %#lx\n", heap, map);
	poke(map, 42);
	printf("it holds %lu\n", peek(map));
	return 0;
}
