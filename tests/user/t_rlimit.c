// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_rlimit.c - getrlimit (191), the old getrlimit (76) and setrlimit
 * (75), kernel/sys.c, with 2.4.0's answers: the limits init starts with,
 * -EINVAL for a resource past RLIM_NLIMITS, -EFAULT for a bad pointer,
 * the old call clipping to 0x7fffffff, RLIMIT_NOFILE never above NR_OPEN
 * (-EPERM), and RLIMIT_FSIZE at work: a write that crosses it stops at
 * it, the next one is -EFBIG (SIGXFSZ ignored), and with SIGXFSZ at its
 * default the writer dies of it.  Root may raise a hard limit again.
 * On the host the values init starts with are not checked (they are the
 * host's), RLIM_NLIMITS is larger (1000 is tried) and raising a hard
 * limit is not tried (a container may lack CAP_SYS_RESOURCE).
 */
#include "libc.h"

#define RLIMIT_FSIZE	1
#define RLIMIT_NOFILE	7
#define RLIM_NLIMITS	11
#define RLIM_INFINITY	(~0UL)
#define SIGXFSZ		25
#define SIG_IGN		1UL
#define EFBIG		27
#define O_WRONLY	1
#define O_CREAT		0100
#define O_TRUNC		01000

struct rlim {
	unsigned long cur, max;
};

static long getrl(int nr, int res, struct rlim *r)
{
	return syscall6(nr, res, (long) r, 0, 0, 0, 0);
}

static long setrl(int res, unsigned long cur, unsigned long max)
{
	struct rlim r = { cur, max };

	return syscall6(75, res, (long) &r, 0, 0, 0, 0);
}

static char buf[3 * 4096];

/* In a child: limit files to 8 KB, write 12 KB twice; exit code says. */
static void writer(const char *path, int ignore)
{
	long fd, r1, r2;

	if (ignore) {
		/* rt_sigaction: handler, flags, restorer, mask (8 bytes) */
		unsigned long act[5] = { SIG_IGN, 0, 0, 0, 0 };

		if (syscall6(174, SIGXFSZ, (long) act, 0, 8, 0, 0) != 0)
			_exit(9);
	}
	if (setrl(RLIMIT_FSIZE, 8192, 8192) != 0)
		_exit(10);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0)
		_exit(11);
	r1 = write(fd, buf, sizeof(buf));
	r2 = write(fd, buf, sizeof(buf));
	close(fd);
	if (r1 != 8192)
		_exit(12);
	if (r2 != -EFBIG)
		_exit(13);
	_exit(0);
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv), pid, status;
	const char *path = host ? "/tmp/t_rlimit.data" : "/t_rlimit.data";
	struct rlim r;
	long ret;

	plan(10);
	ret = getrl(191, RLIMIT_FSIZE, &r);
	if (host)
		skip("host: the limits are the host's");
	else
		ok(ret == 0 && r.cur == RLIM_INFINITY && r.max == RLIM_INFINITY,
		   "getrlimit(RLIMIT_FSIZE): unlimited as init starts (%ld, %lx %lx)",
		   ret, r.cur, r.max);
	ret = getrl(76, RLIMIT_FSIZE, &r);
	if (host)
		skip("host: the limits are the host's");
	else
		ok(ret == 0 && r.cur == 0x7fffffff && r.max == 0x7fffffff,
		   "the old getrlimit clips unlimited to 0x7fffffff (%lx %lx)",
		   r.cur, r.max);
	/* 2.4.0 has 11 resources; the host more. */
	ret = host ? 1000 : RLIM_NLIMITS;
	ok(getrl(191, ret, &r) == -EINVAL &&
	   getrl(76, 1000, &r) == -EINVAL && setrl(ret, 0, 0) == -EINVAL,
	   "a resource past RLIM_NLIMITS (%ld): -EINVAL", ret);
	ok(getrl(191, RLIMIT_FSIZE, (struct rlim *) 0xc0000000) == -EFAULT &&
	   syscall6(75, RLIMIT_FSIZE, 0, 0, 0, 0, 0) == -EFAULT,
	   "a pointer into the kernel or NULL: -EFAULT");
	ok(setrl(RLIMIT_NOFILE, 1024 * 1024 + 1, 1024 * 1024 + 1) == -EPERM,
	   "RLIMIT_NOFILE above NR_OPEN (1048576): -EPERM");

	pid = fork();
	if (pid == 0)
		writer(path, 1);
	status = reap(pid);
	ok(exited_with(status, 0),
	   "RLIMIT_FSIZE 8 KB, SIGXFSZ ignored: 12 KB writes 8 KB, then -EFBIG "
	   "(status %#x)", status);
	pid = fork();
	if (pid == 0)
		writer(path, 0);
	status = reap(pid);
	ok(killed_by(status, SIGXFSZ),
	   "with SIGXFSZ at its default the writer dies of it (status %#x)",
	   status);
	syscall6(10, (long) path, 0, 0, 0, 0, 0);

	pid = fork();
	if (pid == 0) {
		if (setrl(RLIMIT_FSIZE, 4096, 8192) != 0 ||
		    getrl(191, RLIMIT_FSIZE, &r) != 0 ||
		    r.cur != 4096 || r.max != 8192)
			_exit(1);
		/* Root (CAP_SYS_RESOURCE) may raise the hard limit again. */
		if (!host &&
		    setrl(RLIMIT_FSIZE, RLIM_INFINITY, RLIM_INFINITY) != 0)
			_exit(2);
		_exit(0);
	}
	status = reap(pid);
	ok(exited_with(status, 0),
	   "setrlimit then getrlimit reads it back; root raises it again "
	   "(status %#x)", status);
	ret = getrl(191, RLIMIT_FSIZE, &r);
	ok(ret == 0 && (host || r.cur == RLIM_INFINITY),
	   "the parent's limit is its own (%lx)", r.cur);
	ret = getrl(76, RLIMIT_NOFILE, &r);
	if (host)
		ok(ret == 0 && r.cur > 0 && r.cur <= r.max,
		   "RLIMIT_NOFILE through the old call: %lu of %lu", r.cur,
		   r.max);
	else
		ok(ret == 0 && r.cur == 1024 && r.max == 1024,
		   "RLIMIT_NOFILE through the old call: INR_OPEN, %lu of %lu",
		   r.cur, r.max);
	return done();
}
