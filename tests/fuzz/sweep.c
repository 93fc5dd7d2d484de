// SPDX-License-Identifier: GPL-2.0-only
/*
 * sweep.c - runs after fuzz.c and removes the files and directories it
 * may have created in the ramfs root: their pages live only in the page
 * cache, so without this init's free-page count could never balance.
 *
 * fuzz.c appends every name a creating call was given (NUL-terminated)
 * to /fz.names.  Here each name is unlinked, or removed as a directory,
 * last first, pass after pass until a pass removes nothing (a directory
 * empties only once the names inside it are gone); then /fz.names goes.
 * The initrd's own files are left alone.
 *
 * One TAP result: no logged name can be opened any more.
 */
#include "libc.h"

#define NAMES		"/fz.names"
#define MAX_NAMES	4096

static char buf[256 * 1024];
static char *names[MAX_NAMES];

static long sys_unlink(const char *p)
{
	return syscall6(10, (long) p, 0, 0, 0, 0, 0);
}

static long sys_rmdir(const char *p)
{
	return syscall6(40, (long) p, 0, 0, 0, 0, 0);
}

/* A name of the initrd, or one the kernel provides: never removed. */
static int kept(const char *p)
{
	static const char *const own[] = {
		"init", "progs", "fuzz", "sweep", "swap", "fz.names",
	};
	unsigned int i;

	while (*p == '/' || (p[0] == '.' && p[1] == '/'))
		p++;
	if (!strncmp(p, "dev", 3) || !strncmp(p, "proc", 4) || *p == 0)
		return 1;
	for (i = 0; i < sizeof(own) / sizeof(own[0]); i++)
		if (!strcmp(p, own[i]))
			return 1;
	return 0;
}

static int exists(const char *p)
{
	int fd = open(p, O_RDONLY, 0);

	if (fd < 0)
		return 0;
	close(fd);
	return 1;
}

int main(int argc, char **argv)
{
	long len = 0, n;
	int fd, count = 0, removed = 0, left = 0, pass, gone, i;

	plan(1);
	if (is_host(argc, argv)) {
		skip("the sweeper runs only after the fuzzer on the test kernel");
		return done();
	}
	fd = open(NAMES, O_RDONLY, 0);
	if (fd >= 0) {
		while (len < (long) sizeof(buf) - 1 &&
		       (n = read(fd, buf + len, sizeof(buf) - 1 - len)) > 0)
			len += n;
		close(fd);
	}
	for (i = 0; i < len && count < MAX_NAMES; i += strlen(buf + i) + 1)
		if (buf[i] && !kept(buf + i))
			names[count++] = buf + i;

	for (pass = 0; pass < 64; pass++) {
		gone = 0;
		for (i = count - 1; i >= 0; i--) {
			if (!names[i])
				continue;
			if (sys_unlink(names[i]) == 0 || sys_rmdir(names[i]) == 0)
				gone++;
		}
		removed += gone;
		if (!gone)
			break;
	}
	for (i = 0; i < count; i++)
		if (exists(names[i])) {
			diag("still there: %s", names[i]);
			left++;
		}
	if (fd >= 0)
		sys_unlink(NAMES);
	printf("# sweep: %d names logged, %d removed\n", count, removed);
	ok(left == 0 && !exists(NAMES),
	   "sweep: none of the %d names the fuzzer logged is left", count);
	return done();
}
