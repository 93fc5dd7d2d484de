// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_files.c - descriptors and open files: open() takes the lowest free
 * descriptor, read() and lseek() move one file position that dup(),
 * dup2() and fork() share, close() frees the slot at once, and the error
 * codes of each call (book chapter 5; 2.4.0 fs/open.c, fs/fcntl.c,
 * fs/read_write.c, fs/namei.c getname()/open_namei()).  The file read is
 * the program itself (argv[0]: an initrd name here, a path on the host).
 *
 * 2.4.0 versus this port versus a modern host (argv[1] = "host"):
 *  - the port's descriptor table stays at 32 slots (2.4.0 grows it up to
 *    RLIMIT_NOFILE, as the host does): the 33rd open and dup2(fd, 40)
 *    give -EMFILE here; on the host they are not checked;
 *  - the initrd is unpacked into ramfs: the running program's own file
 *    cannot be opened for writing or with O_TRUNC (-ETXTBSY, its text
 *    is mapped MAP_DENYWRITE); never tried on the host (under
 *    qemu-i386 the open would work and could damage the binary);
 *  - the console's read() is end of file at once (no tty layer): only
 *    here;
 *  - lseek origin 3 is -EINVAL in 2.4.0; the host has SEEK_DATA (3) and
 *    SEEK_HOLE (4): origin 5 there.
 *  - 2.4.0 maps page 0 for MAP_FIXED at address 0 (there is no
 *    vm.mmap_min_addr): a host kernel that refuses skips those three.
 */
#include "libc.h"

#define __NR_lseek	19
#define __NR_dup	41
#define __NR_dup2	63

#define O_WRONLY	1
#define O_RDWR		2
#define O_CREAT		0100
#define O_EXCL		0200
#define O_TRUNC		01000

#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

#define EEXIST		17
#define EMFILE		24
#define ETXTBSY		26
#define ENAMETOOLONG	36

#define TABLE		32	/* the port's NR_OPEN_DEFAULT */

static long lseek(int fd, long off, int whence)
{
	return syscall6(__NR_lseek, fd, off, whence, 0, 0, 0);
}

static int unlink(const char *path)
{
	return syscall6(10, (long)path, 0, 0, 0, 0, 0);
}

static int dup(int fd)
{
	return syscall6(__NR_dup, fd, 0, 0, 0, 0, 0);
}

static int dup2(int oldfd, int newfd)
{
	return syscall6(__NR_dup2, oldfd, newfd, 0, 0, 0, 0);
}

static char longname[5000];

/* Store the string s (with its NUL) at address at, a word at a time. */
static void put_name(unsigned long at, const char *s)
{
	unsigned long w;
	size_t n = strlen(s) + 1, i;

	for (i = 0; i < n; i += 4) {
		w = 0;
		memcpy(&w, s + i, n - i < 4 ? n - i : 4);
		poke(at + i, w);
	}
}

/*
 * Address 0 is a user address like any other: once page 0 is mapped,
 * open, unlink and the rest read a name there (the fuzzer's sweeper
 * once missed the files its calls made so, seed 14).  Three results.
 */
static void name_at_zero(int host)
{
	unsigned long z;
	int d;

	z = mmap(0, PAGE_SIZE, PROT_READ | PROT_WRITE,
		 MAP_ANON_PRIV | MAP_FIXED, -1, 0);
	if (host && z != 0) {
		skip("host: page 0 cannot be mapped (vm.mmap_min_addr)");
		skip("host: page 0 cannot be mapped");
		skip("host: page 0 cannot be mapped");
		return;
	}
	ok(z == 0, "MAP_FIXED at address 0: mapped there (%lx)", z);
	if (z != 0) {
		skip("page 0 not mapped");
		skip("page 0 not mapped");
		return;
	}
	put_name(0, "t_files.0");
	d = open(NULL, O_WRONLY | O_CREAT, 0644);
	ok(d >= 0 && close(d) == 0 && (d = open("t_files.0", O_RDONLY, 0)) >= 0 &&
	   close(d) == 0 && unlink(NULL) == 0 &&
	   open("t_files.0", O_RDONLY, 0) == -ENOENT,
	   "a name at address 0: open(O_CREAT) makes it, unlink removes it");
	ok(munmap(0, PAGE_SIZE) == 0 && open(NULL, O_RDONLY, 0) == -EFAULT,
	   "page 0 unmapped again: a name at address 0 is -EFAULT");
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	const char *self = argv[0];
	char buf[8];
	long size, r;
	int fd, d, a, b, c, i, st, last, fds[TABLE];

	plan(49);

	/* open, read, lseek on one file. */
	fd = open(self, O_RDONLY, 0);
	ok(fd >= 3, "open(%s) read-only: descriptor %d", self, fd);
	if (!host)
		ok(fd == 3, "the lowest free descriptor after 0, 1, 2: 3");
	else
		skip("host: the emulator may hold descriptors of its own");
	r = read(fd, buf, 4);
	ok(r == 4 && !memcmp(buf, "\177ELF", 4), "read 4 bytes: the ELF magic");
	ok(lseek(fd, 0, SEEK_CUR) == 4, "lseek(0, SEEK_CUR): position 4");
	size = lseek(fd, 0, SEEK_END);
	ok(size > 4, "lseek(0, SEEK_END): the size, %ld", size);
	ok(read(fd, buf, 4) == 0, "read at the end: 0");
	ok(lseek(fd, -1, SEEK_END) == size - 1 && read(fd, buf, 4) == 1,
	   "lseek(-1, SEEK_END), read 4: the last byte only");
	ok(lseek(fd, size + 100, SEEK_SET) == size + 100 &&
	   read(fd, buf, 4) == 0, "lseek past the end is allowed, read 0");
	ok(lseek(fd, -1, SEEK_SET) == -EINVAL &&
	   lseek(fd, -(size + 101), SEEK_CUR) == -EINVAL &&
	   lseek(fd, 0, SEEK_CUR) == size + 100,
	   "a negative position: -EINVAL, the position is kept");
	r = host ? 5 : 3;
	ok(lseek(fd, 0, r) == -EINVAL, "origin %ld: -EINVAL", r);
	ok(lseek(99, 0, SEEK_SET) == -EBADF, "lseek on a closed descriptor: "
	   "-EBADF");
	ok(lseek(fd, 1, SEEK_SET) == 1 && read(fd, buf, 0) == 0 &&
	   lseek(fd, 0, SEEK_CUR) == 1, "read of 0 bytes: 0, no move");
	ok(read(fd, (void *)0xC0000000UL, 4) == -EFAULT,
	   "read into kernel space: -EFAULT");
	ok(write(fd, "x", 1) == -EBADF, "write on a read-only file: -EBADF");
	ok(read(99, buf, 1) == -EBADF && write(99, "x", 1) == -EBADF,
	   "read and write on a closed descriptor: -EBADF");

	/* dup shares the file and its position. */
	d = dup(fd);
	ok(d > fd, "dup: a new descriptor %d", d);
	lseek(fd, 1, SEEK_SET);
	ok(read(d, buf, 3) == 3 && !memcmp(buf, "ELF", 3) &&
	   lseek(fd, 0, SEEK_CUR) == 4, "the copy shares the position");
	ok(close(d) == 0 && close(d) == -EBADF, "close, close again: -EBADF");
	ok(close(-1) == -EBADF && close(1000) == -EBADF,
	   "close(-1), close(1000): -EBADF");
	ok(read(fd, buf, 1) == 1, "the original still reads after the "
	   "copy is closed");
	ok(dup(99) == -EBADF, "dup of a closed descriptor: -EBADF");

	/* The lowest free descriptor is taken. */
	a = open(self, O_RDONLY, 0);
	b = open(self, O_RDONLY, 0);
	c = open(self, O_RDONLY, 0);
	ok(a > fd && b > a && c > b, "three more: %d %d %d", a, b, c);
	close(b);
	ok(open(self, O_RDONLY, 0) == b, "the middle one closed: open "
	   "takes it again");
	close(a);
	ok(dup(c) == a, "the lowest closed: dup takes it");

	/* dup2 */
	ok(dup2(fd, fd) == fd, "dup2(fd, fd): fd");
	ok(dup2(99, 20) == -EBADF, "dup2 of a closed descriptor: -EBADF");
	ok(dup2(99, 99) == -EBADF, "dup2(closed, itself): -EBADF");
	ok(dup2(fd, 20) == 20 && lseek(20, 0, SEEK_SET) == 0 &&
	   lseek(fd, 0, SEEK_CUR) == 0, "dup2(fd, 20): 20 shares fd's "
	   "position");
	lseek(c, 2, SEEK_SET);
	ok(dup2(c, 20) == 20 && read(20, buf, 2) == 2 &&
	   !memcmp(buf, "LF", 2) && lseek(fd, 0, SEEK_CUR) == 0,
	   "dup2 over an open 20: it now shares the other file");
	ok(close(20) == 0 && read(c, buf, 1) == 1,
	   "closing 20 leaves the other descriptor open");
	ok(dup2(fd, 0x7fffffff) == -EBADF, "dup2 to 0x7fffffff: -EBADF");
	r = dup2(fd, 40);
	if (!host)
		ok(r == -EMFILE, "dup2(fd, 40): -EMFILE (the port's table has "
		   "32 slots)");
	else
		ok(r == 40 && close(40) == 0, "host: dup2(fd, 40): 40");

	/* A full table. */
	if (!host) {
		last = -1;
		for (i = 0; i < TABLE; i++) {
			fds[i] = open(self, O_RDONLY, 0);
			if (fds[i] < 0)
				break;
			last = fds[i];
		}
		ok(i < TABLE && fds[i] == -EMFILE && last == TABLE - 1,
		   "open until the table is full: the last is %d, then "
		   "-EMFILE", last);
		ok(dup(fd) == -EMFILE, "dup with a full table: -EMFILE");
		ok(dup2(fd, last) == last, "dup2 onto an open slot with a "
		   "full table");
		while (--i >= 0)
			close(fds[i]);
		ok(open(self, O_RDONLY, 0) == fds[0], "all closed: the "
		   "first of them is free again");
		close(fds[0]);
	} else {
		skip("host: the table grows to RLIMIT_NOFILE");
		skip("host: the table grows to RLIMIT_NOFILE");
		skip("host: the table grows to RLIMIT_NOFILE");
		skip("host: the table grows to RLIMIT_NOFILE");
	}

	/* Names and the errors of open. */
	ok(open("/no-such-file", O_RDONLY, 0) == -ENOENT, "no such name: "
	   "-ENOENT");
	ok(open("", O_RDONLY, 0) == -ENOENT, "the empty name: -ENOENT");
	ok(open((char *)0xC0000000UL, O_RDONLY, 0) == -EFAULT,
	   "a name in kernel space: -EFAULT");
	name_at_zero(host);
	memset(longname, 'a', sizeof(longname) - 1);
	ok(open(longname, O_RDONLY, 0) == -ENAMETOOLONG,
	   "a name of %d characters: -ENAMETOOLONG",
	   (int)sizeof(longname) - 1);
	ok(open(self, O_CREAT | O_EXCL, 0644) == -EEXIST,
	   "O_CREAT | O_EXCL on an existing name: -EEXIST");
	if (!host) {
		ok(open(self, O_WRONLY, 0) == -ETXTBSY &&
		   open(self, O_RDWR, 0) == -ETXTBSY &&
		   open(self, O_RDONLY | O_TRUNC, 0) == -ETXTBSY,
		   "the running program for writing or truncating: -ETXTBSY");
		d = open("/t_files.new", O_WRONLY | O_CREAT, 0644);
		ok(d >= 0 && close(d) == 0 &&
		   open("/t_files.new", O_CREAT | O_EXCL, 0644) == -EEXIST &&
		   unlink("/t_files.new") == 0,
		   "creating a name in ramfs, then unlinking it");
		d = open("/dev/console", O_RDWR, 0);
		ok(d >= 0 && read(d, buf, 1) == 0 &&
		   write(d, "# console\n", 10) == 10 && close(d) == 0,
		   "/dev/console: read gives 0, write writes");
	} else {
		skip("host: the binary may be opened for writing there");
		skip("host: tried in t_ramfs");
		skip("host: the console is a tty there");
	}

	/* fork: the child's file is the same file. */
	lseek(fd, 0, SEEK_SET);
	i = fork();
	if (i == 0)
		_exit(read(fd, buf, 3) == 3 ? 0 : 1);
	st = reap(i);
	ok(exited_with(st, 0) && lseek(fd, 0, SEEK_CUR) == 3,
	   "a forked child's read moves the parent's position");
	ok(close(c) == 0 && close(fd) == 0, "closed");
	return done();
}
