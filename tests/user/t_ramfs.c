// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_ramfs.c - files whose only home is the page cache (2.4.0's ramfs,
 * fs/ramfs/inode.c; book chapter 5): open with O_CREAT, O_EXCL,
 * O_TRUNC and O_APPEND, creat, write, read, lseek and _llseek,
 * truncate and ftruncate (shrinking clears the tail, growing reads as
 * zeros), holes read as zeros, unlink while open, mkdir and rmdir, and
 * 2.4.0's error codes for each.  The pages of a file come back when it
 * is unlinked and closed.
 *
 * 2.4.0 versus a modern host (argv[1] = "host"): the files live under
 * /tmp there; free-page counts are only compared here (the host has
 * other users of memory).  Same error codes otherwise.
 */
#include "libc.h"

#define O_WRONLY	1
#define O_RDWR		2
#define O_CREAT		0100
#define O_EXCL		0200
#define O_TRUNC		01000
#define O_APPEND	02000

#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

#define ENOENT		2
#define EBADF		9
#define EEXIST		17
#define ENOTDIR		20
#define EISDIR		21
#define EINVAL		22
#define ENOTEMPTY	39

static long lseek(int fd, long off, int whence)
{
	return syscall6(19, fd, off, whence, 0, 0, 0);
}

static int llseek(int fd, unsigned long hi, unsigned long lo,
		  long long *res, int whence)
{
	return syscall6(140, fd, hi, lo, (long)res, whence, 0);
}

static int creat(const char *p, int mode)
{
	return syscall6(8, (long)p, mode, 0, 0, 0, 0);
}

static int unlink(const char *p)
{
	return syscall6(10, (long)p, 0, 0, 0, 0, 0);
}

static int mkdir(const char *p, int mode)
{
	return syscall6(39, (long)p, mode, 0, 0, 0, 0);
}

static int rmdir(const char *p)
{
	return syscall6(40, (long)p, 0, 0, 0, 0, 0);
}

static int truncate(const char *p, unsigned long len)
{
	return syscall6(92, (long)p, len, 0, 0, 0, 0);
}

static int ftruncate(int fd, unsigned long len)
{
	return syscall6(93, fd, len, 0, 0, 0, 0);
}

static char dir[64], path[96], sub[128];
static unsigned char buf[20000], back[20000];

/* Bytes [from, to) of back all equal to c. */
static int all(const unsigned char *p, int from, int to, int c)
{
	for (; from < to; from++)
		if (p[from] != c)
			return 0;
	return 1;
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	long long pos;
	long before = 0;
	int fd, fd2, i;

	plan(33);
	snprintf(dir, sizeof(dir), host ? "/tmp/t_ramfs.%d" : "/t_ramfs.d",
		 getpid());
	snprintf(path, sizeof(path), "%s/f", dir);
	snprintf(sub, sizeof(sub), "%s/f/x", dir);

	for (i = 0; i < (int)sizeof(buf); i++)
		buf[i] = (unsigned char)(i * 7 + 1);
	memset(back, 1, sizeof(back));	/* its pages counted before */
	/*
	 * Counted before the directory exists: its dentry and inode may
	 * take slab pages (or fill a free slab an earlier program left
	 * in inode_cache), which rmdir empties and sysinfo's reap gives
	 * back.  Counted after mkdir, that made one page more free at the
	 * end (seen after t_proc in the full run).
	 */
	if (!host)
		before = free_pages();
	ok(mkdir(dir, 0755) == 0, "mkdir %s", dir);
	ok(mkdir(dir, 0755) == -EEXIST, "mkdir again: -EEXIST");
	/* create, write, read back */
	fd = open(path, O_RDWR | O_CREAT | O_EXCL, 0644);
	ok(fd >= 0, "O_CREAT | O_EXCL makes a new file: %d", fd);
	ok(write(fd, buf, 10000) == 10000, "write 10000 bytes");
	ok(lseek(fd, 0, SEEK_CUR) == 10000 && lseek(fd, 0, SEEK_END) == 10000,
	   "the position and the size are 10000");
	ok(lseek(fd, 0, SEEK_SET) == 0 && read(fd, back, sizeof(back)) == 10000
	   && !memcmp(back, buf, 10000), "read gives the same 10000 bytes");
	ok(read(fd, back, 10) == 0, "read at the end: 0");
	ok(open(path, O_RDWR | O_CREAT | O_EXCL, 0644) == -EEXIST,
	   "O_CREAT | O_EXCL again: -EEXIST");
	ok(open(dir, O_WRONLY, 0) == -EISDIR, "a directory for writing: -EISDIR");
	ok(open(sub, O_RDONLY, 0) == -ENOTDIR, "a file as a directory: -ENOTDIR");
	ok(open("/t_ramfs.none/x", O_RDONLY, 0) == -ENOENT &&
	   open("/t_ramfs.none", O_RDONLY, 0) == -ENOENT,
	   "no such name: -ENOENT");

	/* lseek and _llseek */
	ok(llseek(fd, 0, 5000, &pos, SEEK_SET) == 0 && pos == 5000 &&
	   lseek(fd, 0, SEEK_CUR) == 5000, "_llseek to 5000");
	ok(llseek(fd, 0, 3, &pos, 5) == -EINVAL && lseek(fd, -1, SEEK_SET) ==
	   -EINVAL, "_llseek origin 5, lseek before the start: -EINVAL");

	/* holes read as zeros */
	ok(lseek(fd, 3 * 4096 + 100, SEEK_SET) == 3 * 4096 + 100 &&
	   write(fd, "x", 1) == 1 && lseek(fd, 0, SEEK_END) == 3 * 4096 + 101,
	   "a byte written beyond the end: the size is 12389");
	ok(lseek(fd, 0, SEEK_SET) == 0 &&
	   read(fd, back, sizeof(back)) == 3 * 4096 + 101 &&
	   !memcmp(back, buf, 10000) && all(back, 10000, 3 * 4096 + 100, 0) &&
	   back[3 * 4096 + 100] == 'x', "the hole reads as zeros");

	/* truncate, ftruncate */
	ok(truncate(path, 5000) == 0 && lseek(fd, 0, SEEK_END) == 5000,
	   "truncate to 5000");
	ok(ftruncate(fd, 20000) == 0 && lseek(fd, 0, SEEK_END) == 20000,
	   "ftruncate to 20000");
	ok(lseek(fd, 0, SEEK_SET) == 0 && read(fd, back, sizeof(back)) == 20000
	   && !memcmp(back, buf, 5000) && all(back, 5000, 20000, 0),
	   "the first 5000 bytes stay, the rest reads as zeros");
	fd2 = open(path, O_RDONLY, 0);
	ok(ftruncate(fd2, 0) == -EINVAL && ftruncate(99, 0) == -EBADF &&
	   truncate(dir, 0) == -EISDIR && truncate("/t_ramfs.none", 0) ==
	   -ENOENT, "ftruncate read-only, bad fd, directory, no name");
	ok(write(fd2, "a", 1) == -EBADF, "write on a read-only file: -EBADF");
	close(fd2);

	/* O_TRUNC, O_APPEND, creat */
	fd2 = open(path, O_WRONLY | O_TRUNC, 0);
	ok(fd2 >= 0 && lseek(fd, 0, SEEK_END) == 0, "O_TRUNC empties it");
	ok(write(fd2, "abc", 3) == 3 && close(fd2) == 0, "write abc");
	fd2 = open(path, O_WRONLY | O_APPEND, 0);
	ok(fd2 >= 0 && lseek(fd2, 0, SEEK_SET) == 0 &&
	   write(fd2, "def", 3) == 3 && lseek(fd2, 0, SEEK_CUR) == 6,
	   "O_APPEND writes at the end whatever the position");
	ok(lseek(fd, 0, SEEK_SET) == 0 && read(fd, back, 100) == 6 &&
	   !memcmp(back, "abcdef", 6), "the file is abcdef");
	close(fd2);
	fd2 = creat(path, 0644);
	ok(fd2 >= 0 && lseek(fd, 0, SEEK_END) == 0 &&
	   read(fd2, back, 1) == -EBADF, "creat: emptied, write-only");
	ok(write(fd2, buf, 9000) == 9000 && close(fd2) == 0, "write 9000");

	/* directories and unlink */
	ok(rmdir(dir) == -ENOTEMPTY && unlink(dir) == -EISDIR &&
	   rmdir(path) == -ENOTDIR, "rmdir non-empty, unlink a directory, "
	   "rmdir a file: -ENOTEMPTY, -EISDIR, -ENOTDIR");
	ok(unlink(path) == 0 && open(path, O_RDONLY, 0) == -ENOENT &&
	   unlink(path) == -ENOENT, "unlink: the name is gone");
	ok(lseek(fd, 0, SEEK_SET) == 0 && read(fd, back, sizeof(back)) == 9000
	   && !memcmp(back, buf, 9000), "the open file still reads 9000 bytes");
	ok(write(fd, "z", 1) == 1 && lseek(fd, 0, SEEK_END) == 9001,
	   "and can still be written");
	ok(close(fd) == 0 && rmdir(dir) == 0, "close; rmdir the empty directory");
	ok(open(dir, O_RDONLY, 0) == -ENOENT, "the directory is gone");
	if (!host) {
		long after = free_pages();

		ok(after == before, "the file's pages came back: %ld free "
		   "before, %ld after", before, after);
	} else {
		skip("host: free pages move with the rest of the machine");
	}
	return done();
}
