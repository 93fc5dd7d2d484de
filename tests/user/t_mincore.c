// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_mincore.c - mincore() with a vec the kernel cannot write (issue 11,
 * found by the fuzzer: SEED=7 made mincore(.., .., 0x37)).
 *
 * 2.4.0's sys_mincore holds mmap_sem (a plain semaphore) while it
 * copies the result to vec; a vec that faults sends do_page_fault to
 * down() the same mmap_sem: the task sleeps for ever (unkillable) and
 * init never reaps it.  The port drops mmap_sem around the copy: each
 * call here returns -EFAULT, and a good call afterwards still works
 * (mmap_sem was given back).
 */
#include "libc.h"

#define __NR_mincore	218

static long mincore(unsigned long a, unsigned long l, unsigned char *v)
{
	return syscall6(__NR_mincore, a, l, (long) v, 0, 0, 0);
}

int main(int argc, char **argv)
{
	unsigned char vec[4];
	unsigned long a, ro;
	long r;
	int fd;

	(void) argc;
	plan(6);

	fd = open(argv[0], O_RDONLY, 0);
	ok(fd >= 0, "open(%s) read-only", argv[0]);
	a = mmap(0, 2 * PAGE_SIZE, PROT_READ, MAP_PRIVATE, fd, 0);
	ok(!sys_failed(a), "map two pages of the file: %#lx", a);
	ro = mmap(0, PAGE_SIZE, PROT_READ, MAP_ANON_PRIV, -1, 0);

	ok(mincore(a, 2 * PAGE_SIZE, (unsigned char *) 0x37) == -EFAULT,
	   "vec at 0x37 (nothing mapped there): -EFAULT, no hang");
	ok(mincore(a, PAGE_SIZE, (unsigned char *) ro) == -EFAULT,
	   "vec in a read-only page: -EFAULT");
	ok(mincore(a, PAGE_SIZE, (unsigned char *) 0xc0001000) == -EFAULT,
	   "vec at a kernel address: -EFAULT");
	vec[0] = vec[1] = 7;
	r = mincore(a, 2 * PAGE_SIZE, vec);
	ok(r == 0 && vec[0] <= 1 && vec[1] <= 1,
	   "then a good vec: %ld, one byte 0 or 1 per page (%u %u)",
	   r, vec[0], vec[1]);
	return done();
}
