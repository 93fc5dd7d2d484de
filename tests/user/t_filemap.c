// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_filemap.c - file mappings through the page cache (book §2.13,
 * 2.4.0 filemap_nopage(), sys_msync(), sys_madvise(), sys_mincore()).
 * The file is the program itself (argv[0]), read-only.
 *
 *  - a second mapping of the same file pages takes no new page: the
 *    page cache holds one copy (checked on 2.4.0 only: the host's free
 *    page count moves by itself);
 *  - MAP_PRIVATE: a page only read shows the file; a written one is the
 *    process's own (the file and other mappings keep the old bytes);
 *  - the part of the last page past the end of the file reads as zeros;
 *    a page wholly past the end is SIGBUS;
 *  - msync, madvise, mincore: 2.4.0's checks and error codes.  Where
 *    2.4.0 and a modern host differ (a hole in the range: -EFAULT in
 *    2.4.0, -ENOMEM now; mincore of an anonymous area: -ENOMEM in 2.4.0,
 *    allowed now), the 2.4.0 answer is checked only on 2.4.0;
 *  - under qemu-i386 (hosts without i386 support) the emulator answers
 *    msync and madvise itself: those error codes are skipped there;
 *  - madvise(MADV_RANDOM) over the middle of an anonymous mapping
 *    returns (2.4.0 deadlocked there; this port does not).
 */
#include "libc.h"

#define __NR_lseek	19
#define __NR_msync	144
#define __NR_mincore	218
#define __NR_madvise	219

#define MS_ASYNC	1
#define MS_INVALIDATE	2
#define MS_SYNC		4
#define MADV_NORMAL	0
#define MADV_RANDOM	1
#define MADV_SEQUENTIAL	2
#define MADV_WILLNEED	3
#define MADV_DONTNEED	4

static long msync(unsigned long a, unsigned long l, int f)
{
	return syscall6(__NR_msync, a, l, f, 0, 0, 0);
}

static long madvise(unsigned long a, unsigned long l, int b)
{
	return syscall6(__NR_madvise, a, l, b, 0, 0, 0);
}

static long mincore(unsigned long a, unsigned long l, unsigned char *v)
{
	return syscall6(__NR_mincore, a, l, (long) v, 0, 0, 0);
}

static long file_size(int fd)
{
	long end = syscall6(__NR_lseek, fd, 0, 2, 0, 0, 0);

	syscall6(__NR_lseek, fd, 0, 0, 0, 0, 0);
	return end;
}

static void touch_read(unsigned long addr)
{
	peek(addr);
}

static unsigned char page0[PAGE_SIZE];

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	int emul = is_emulated(argc, argv);
	const char *self = argv[0];
	unsigned long a, b, anon, p, pages, len, ret;
	unsigned char vec[64];
	long size, before, after, r;
	int fd, zeros, same;

	plan(36);

	fd = open(self, O_RDONLY, 0);
	ok(fd >= 0, "open(%s) read-only", self);
	size = file_size(fd);
	ok(size > 2 * PAGE_SIZE, "the program is %ld bytes", size);
	ok(read(fd, page0, PAGE_SIZE) == PAGE_SIZE, "read() its first page");
	pages = (size + PAGE_SIZE - 1) / PAGE_SIZE;
	len = pages * PAGE_SIZE;

	/* A private mapping shows the file. */
	a = mmap(0, len, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	ok(!sys_failed(a), "mmap the whole file MAP_PRIVATE: %#lx", a);
	ok(memcmp((void *) a, page0, PAGE_SIZE) == 0,
	   "the mapping's first page is the file's first page");
	for (p = a; p < a + len; p += PAGE_SIZE)
		touch_read(p);

	/* A second mapping of the same pages takes no new page. */
	before = free_pages();
	b = mmap(0, len, PROT_READ, MAP_PRIVATE, fd, 0);
	for (p = b; p < b + len; p += PAGE_SIZE)
		touch_read(p);
	after = free_pages();
	ok(!sys_failed(b), "a second mapping: %#lx", b);
	if (host)
		skip("2.4.0-only: the host's free-page count is not stable");
	else
		ok(before - after <= 1, "%lu pages read through a second "
		   "mapping took %ld new pages (only a page table may be new)",
		   pages, before - after);

	/* mincore: every page of the file is in the page cache. */
	ok(mincore(b, len, vec) == 0, "mincore over the file mapping");
	same = 1;
	for (p = 0; p < pages && p < sizeof(vec); p++)
		same &= vec[p] & 1;
	ok(same, "mincore: all %lu pages resident", pages);

	/* A private write is the process's own. */
	poke(a + 64, 0xdeadbeef);
	ok(peek(a + 64) == 0xdeadbeef, "write to the private mapping");
	ok(peek(b + 64) == *(unsigned long *) (page0 + 64),
	   "the other mapping still shows the file");
	syscall6(__NR_lseek, fd, 0, 0, 0, 0, 0);
	ok(read(fd, page0, 128) == 128 &&
	   *(unsigned long *) (page0 + 64) != 0xdeadbeef,
	   "read() still gives the file's bytes");

	/* The tail of the last page past the end of the file is zeros. */
	zeros = 1;
	for (p = a + size; p < a + len; p++)
		zeros &= *(volatile unsigned char *) p == 0;
	ok(zeros, "the %lu bytes after the end of the file read as zeros",
	   len - size);

	/* A page wholly past the end: SIGBUS. */
	ret = mmap(0, len + PAGE_SIZE, PROT_READ, MAP_PRIVATE, fd, 0);
	ok(!sys_failed(ret), "map one page more than the file");
	ok(killed_by(run_child(touch_read, ret + len), SIGBUS),
	   "touching the page past the end: SIGBUS");
	ok(exited_with(run_child(touch_read, ret + len - 4), 0),
	   "the last page of the file is fine");
	munmap(ret, len + PAGE_SIZE);

	/* msync */
	ok(msync(b + 1, PAGE_SIZE, MS_ASYNC) == -EINVAL,
	   "msync: unaligned start -EINVAL");
	ok(msync(b, PAGE_SIZE, 8) == -EINVAL, "msync: unknown flag -EINVAL");
	ok(msync(b, 0, MS_SYNC) == 0, "msync: length 0 is 0");
	ok(msync(b, len, MS_SYNC) == 0, "msync MS_SYNC of a private mapping");
	r = msync(0x10000000, PAGE_SIZE, MS_ASYNC);
	if (emul)
		skip("qemu-i386 answers msync itself");
	else if (host)
		ok(r == -ENOMEM, "msync of an unmapped range: -ENOMEM (host)");
	else
		ok(r == -EFAULT, "msync of an unmapped range: -EFAULT (2.4.0)");

	/* madvise */
	ok(madvise(b + 1, PAGE_SIZE, MADV_NORMAL) == -EINVAL,
	   "madvise: unaligned start -EINVAL");
	r = madvise(b, PAGE_SIZE, 99);
	if (emul)
		skip("qemu-i386 answers madvise itself");
	else
		ok(r == -EINVAL, "madvise: unknown behavior -EINVAL");
	ok(madvise(b, len, MADV_WILLNEED) == 0, "madvise WILLNEED on the file");
	anon = mmap(0, 4 * PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_ANON_PRIV,
		    -1, 0);
	poke(anon + PAGE_SIZE, 7);
	ok(madvise(anon + PAGE_SIZE, 2 * PAGE_SIZE, MADV_RANDOM) == 0,
	   "madvise RANDOM over the middle of an anonymous mapping returns");
	ok(madvise(anon, PAGE_SIZE, MADV_SEQUENTIAL) == 0 &&
	   madvise(anon, 4 * PAGE_SIZE, MADV_NORMAL) == 0,
	   "SEQUENTIAL on its head, NORMAL over all of it");
	ok(peek(anon + PAGE_SIZE) == 7, "the data stays");
	ok(madvise(anon + PAGE_SIZE, PAGE_SIZE, MADV_DONTNEED) == 0 &&
	   peek(anon + PAGE_SIZE) == 0,
	   "DONTNEED: the anonymous page comes back as zeros");
	r = madvise(0x10000000, PAGE_SIZE, MADV_NORMAL);
	if (emul)
		skip("qemu-i386 answers madvise itself");
	else if (host)
		ok(r == -ENOMEM, "madvise of an unmapped range: -ENOMEM (host)");
	else
		ok(r == -EFAULT, "madvise of an unmapped range: -EFAULT (2.4.0)");

	/* mincore */
	ok(mincore(b + 1, PAGE_SIZE, vec) == -EINVAL,
	   "mincore: unaligned start -EINVAL");
	ok(mincore(b, PAGE_SIZE, (unsigned char *) 0xC0000000UL) == -EFAULT,
	   "mincore: a kernel address for vec -EFAULT");
	ok(mincore(0x10000000, PAGE_SIZE, vec) == -ENOMEM,
	   "mincore of an unmapped range: -ENOMEM");
	r = mincore(anon, PAGE_SIZE, vec);
	if (host)
		skip("2.4.0-only: mincore of an anonymous area is -ENOMEM");
	else
		ok(r == -ENOMEM, "mincore of an anonymous area: -ENOMEM");

	/* mmap's checks on the descriptor. */
	ok(mmap(0, PAGE_SIZE, PROT_READ, MAP_PRIVATE, 99, 0) == -EBADF,
	   "mmap of a bad descriptor: -EBADF");
	ok(mmap(0, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0) ==
	   -EACCES, "MAP_SHARED and PROT_WRITE on a read-only file: -EACCES");
	ok(mmap(0, PAGE_SIZE, PROT_READ, MAP_PRIVATE, fd, 100) == -EINVAL,
	   "an offset not on a page boundary: -EINVAL");

	munmap(a, len);
	munmap(b, len);
	munmap(anon, 4 * PAGE_SIZE);
	close(fd);
	return done();
}
