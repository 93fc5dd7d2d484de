// SPDX-License-Identifier: GPL-2.0-only
/*
 * tap.c - Test Anything Protocol output and small helpers of the user
 * tests: "1..N", "ok N - what", "not ok N - what", "ok N - # SKIP why".
 */
#include "libc.h"

static int planned = -1;
static int count;
static int failed;

/*
 * run-host starts every test with argv[1] = "host" (a modern kernel), or
 * "qemu" where the host runs i386 programs only through qemu-i386, whose
 * user-space emulation of mmap, brk and mprotect is not the kernel's.
 */
int is_emulated(int argc, char **argv)
{
	return argc > 1 && !strcmp(argv[1], "qemu");
}

int is_host(int argc, char **argv)
{
	return (argc > 1 && !strcmp(argv[1], "host")) ||
	       is_emulated(argc, argv);
}

void plan(int n)
{
	planned = n;
	printf("1..%d\n", n);
}

static void result(int cond, const char *prefix, const char *fmt, va_list ap)
{
	char what[400];

	vsnprintf(what, sizeof(what), fmt, ap);
	count++;
	if (!cond)
		failed++;
	printf("%sok %d - %s%s\n", cond ? "" : "not ", count, prefix, what);
}

int ok(int cond, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	result(cond, "", fmt, ap);
	va_end(ap);
	return cond;
}

void skip(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	result(1, "# SKIP ", fmt, ap);
	va_end(ap);
}

void diag(const char *fmt, ...)
{
	char buf[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	printf("# %s\n", buf);
}

/* The exit status of a test program: 0 only if all planned tests passed. */
int done(void)
{
	if (planned < 0)
		printf("1..%d\n", count);
	else if (planned != count) {
		diag("planned %d tests but ran %d", planned, count);
		return 1;
	}
	return failed ? 1 : 0;
}

/* Wait for one child; its status, or a negative errno. */
int reap(int pid)
{
	int status = 0;
	int ret = waitpid(pid, &status, 0);

	if (ret < 0)
		return ret;
	return ret == pid ? status : -ECHILD;
}

/* Run fn(arg) in a forked child, which then exits 0; its wait status. */
int run_child(void (*fn)(unsigned long), unsigned long arg)
{
	int pid = fork();

	if (pid < 0)
		return pid;
	if (pid == 0) {
		fn(arg);
		_exit(0);
	}
	return reap(pid);
}

int killed_by(int status, int sig)
{
	return status >= 0 && WIFSIGNALED(status) && WTERMSIG(status) == sig;
}

int exited_with(int status, int code)
{
	return status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == code;
}

/* Free pages of the whole machine (sysinfo freeram in 4 KB units). */
long free_pages(void)
{
	struct sysinfo si;
	int ret;

	memset(&si, 0, sizeof(si));
	ret = sysinfo(&si);
	if (ret < 0)
		return ret;
	return ((unsigned long long)si.freeram * (si.mem_unit ?: 1)) >> 12;
}
