// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_shared.c - file mappings through the page cache (情景分析 §2.13,
 * filemap_nopage; 2.4.0 mm/filemap.c, mm/memory.c vmtruncate): a
 * MAP_SHARED writable mapping of a ramfs file is the cache page itself,
 * so stores are seen by read(), by a second mapping and across fork,
 * and write() is seen through the mapping; a MAP_PRIVATE page only read
 * still sees later write()s, a written one is a private copy; touching
 * a page beyond the end after ftruncate is SIGBUS and the tail of the
 * last page reads as zeros; msync(MS_SYNC) over a dirty ramfs page
 * returns (2.4.0's ramfs writepage left the page locked and msync
 * waited for ever); an unlinked file stays mapped and gives its pages
 * back when the last mapping goes.
 *
 * 2.4.0 versus a modern host (argv[1] = "host"): the file lives under
 * /tmp there, and free-page counts are only compared here.
 */
#include "libc.h"

#define O_RDWR		2
#define O_WRONLY	1
#define O_CREAT		0100
#define O_TRUNC		01000

#define MS_ASYNC	1
#define MS_SYNC		4

#define EACCES		13

static int unlink(const char *p)
{
	return syscall6(10, (long)p, 0, 0, 0, 0, 0);
}

static int ftruncate(int fd, unsigned long len)
{
	return syscall6(93, fd, len, 0, 0, 0, 0);
}

static long lseek(int fd, long off, int whence)
{
	return syscall6(19, fd, off, whence, 0, 0, 0);
}

static int msync(unsigned long a, unsigned long len, int flags)
{
	return syscall6(144, a, len, flags, 0, 0, 0);
}

static char path[64];
static char buf[8192];

static void touch(unsigned long a)
{
	(void)*(volatile char *)a;
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	unsigned long a, b, p;
	long before = 0;
	int fd, fd2, pid, st, i;

	plan(19);
	snprintf(path, sizeof(path), host ? "/tmp/t_shared.%d" : "/t_shared.f",
		 getpid());
	for (i = 0; i < 8192; i++)
		buf[i] = 'a' + i % 26;
	/* The buffer's pages and the page table of the mmap area first. */
	a = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_ANON_PRIV, -1, 0);
	if (!sys_failed(a))
		munmap(a, 8192);
	if (!host)
		before = free_pages();
	fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
	ok(fd >= 0 && write(fd, buf, 8192) == 8192, "a file of two pages");

	a = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	b = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	ok(!sys_failed(a) && !sys_failed(b) && a != b, "two shared mappings");
	ok(!memcmp((void *)a, buf, 8192), "the mapping holds the file");

	/* a store is seen by read() and by the other mapping */
	memcpy((char *)a + 4096 + 10, "SHARED", 6);
	ok(!memcmp((char *)b + 4096 + 10, "SHARED", 6),
	   "a store is seen through the second mapping");
	ok(lseek(fd, 4096 + 10, 0) == 4096 + 10 && read(fd, buf, 6) == 6 &&
	   !memcmp(buf, "SHARED", 6), "and by read()");

	/* write() is seen through the mapping */
	ok(lseek(fd, 100, 0) == 100 && write(fd, "WRITE", 5) == 5 &&
	   !memcmp((char *)a + 100, "WRITE", 5), "write() is seen in the mapping");

	/* across fork */
	pid = fork();
	if (pid == 0) {
		memcpy((char *)b + 200, "CHILD", 5);
		_exit(0);
	}
	st = reap(pid);
	ok(exited_with(st, 0) && !memcmp((char *)a + 200, "CHILD", 5) &&
	   lseek(fd, 200, 0) == 200 && read(fd, buf, 5) == 5 &&
	   !memcmp(buf, "CHILD", 5), "a child's store is seen by the parent");

	/* msync over a dirty page */
	memcpy((char *)a + 300, "DIRTY", 5);
	ok(msync(a, 8192, MS_SYNC) == 0, "msync(MS_SYNC) over dirty pages: 0");
	ok(msync(a, 8192, MS_ASYNC) == 0 && msync(a, 8192, MS_SYNC) == 0,
	   "again, MS_ASYNC and MS_SYNC: 0");

	/* MAP_PRIVATE: read-only pages follow the file until written */
	p = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	ok(!sys_failed(p) && ((char *)p)[0] == 'a' &&
	   ((char *)p)[4096] == 'a' + 4096 % 26,
	   "a private mapping, both pages read");
	((char *)p)[4096] = 'P';
	ok(lseek(fd, 0, 0) == 0 && write(fd, "N", 1) == 1 &&
	   lseek(fd, 4096, 0) == 4096 && write(fd, "M", 1) == 1,
	   "write() to both pages");
	ok(((char *)p)[0] == 'N', "the page only read sees the later write()");
	ok(((char *)p)[4096] == 'P' && ((char *)a)[4096] == 'M',
	   "the written page is a private copy");
	munmap(p, 8192);

	/* ftruncate while mapped: SIGBUS beyond the end, zeros in the tail */
	ok(ftruncate(fd, 100) == 0, "ftruncate to 100 while mapped");
	pid = fork();
	if (pid == 0) {
		touch(a + 4096);
		_exit(0);
	}
	st = reap(pid);
	ok(killed_by(st, SIGBUS), "the page beyond the end: SIGBUS");
	ok(((char *)a)[0] == 'N' && ((char *)a)[99] == 'a' + 99 % 26 &&
	   ((char *)a)[100] == 0 && ((char *)b)[4095] == 0,
	   "the last page keeps its 100 bytes, the tail reads as zeros");

	fd2 = open(path, O_RDONLY, 0);
	ok(mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd2, 0) ==
	   (unsigned long)-EACCES && close(fd2) == 0,
	   "MAP_SHARED, PROT_WRITE on a read-only descriptor: -EACCES");

	/* unlink while mapped; the pages come back with the last user */
	fd2 = open(path, O_WRONLY, 0);
	ok(fd2 >= 0 && close(fd2) == 0 && unlink(path) == 0 &&
	   (((char *)a)[5] = 'U', ((char *)b)[5] == 'U') &&
	   munmap(a, 8192) == 0 && munmap(b, 8192) == 0 && close(fd) == 0,
	   "unlinked: still mapped and shared until unmapped and closed");
	if (!host) {
		long after = free_pages();

		ok(after == before, "the file's pages came back: %ld free "
		   "before, %ld after", before, after);
	} else {
		skip("host: free pages move with the rest of the machine");
	}
	return done();
}
