// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host stand-in for do_BUG(), the reporting half of BUG() (see bug.h).
 * The message is 2.4.0's BUG() text.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <asm/page.h>
#include "bug.h"

/* The few glibc functions the shim needs (no glibc headers here). */
extern ssize_t write(int fd, const void *buf, size_t count);
extern void abort(void) __attribute__((noreturn));

const char *host_bug_file;
int host_bug_line;
unsigned int host_bug_count;
void (*host_bug_hook)(const char *file, int line);

void do_BUG(const char *file, int line)
{
	printk("kernel BUG at %s:%d!\n", file, line);
	host_bug_file = file;
	host_bug_line = line;
	host_bug_count++;
	if (host_bug_hook)
		host_bug_hook(file, line);
	/* Nobody expected it: say so on stderr and fail the test. */
	{
		char msg[256];
		int len = sprintf(msg, "kernel BUG at %.200s:%d!\n", file, line);

		write(2, msg, len);
	}
	abort();
}
