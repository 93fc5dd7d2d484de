// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host stand-ins for printk() and panic() (2.4.0: kernel/printk.c,
 * kernel/panic.c).  Built with the kernel's flags and headers, so the text
 * is formatted by the kernel's own vsprintf; only the output goes to the
 * host: a log buffer the tests read, and stderr if HOST_PRINTK is set.
 */
#include <stdarg.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include "host.h"

/* The few glibc functions the shim needs (no glibc headers here). */
extern ssize_t write(int fd, const void *buf, size_t count);
extern char *getenv(const char *name);
extern void abort(void) __attribute__((noreturn));

char host_printk_log[HOST_PRINTK_LOG_SIZE];
unsigned int host_printk_len;
char host_panic_msg[1024];
void (*host_panic_hook)(const char *msg);

void host_printk_reset(void)
{
	host_printk_len = 0;
	host_printk_log[0] = '\0';
}

/* Append text to the log, dropping what does not fit; keep it terminated. */
static void host_log_append(const char *text, unsigned int len)
{
	unsigned int room = HOST_PRINTK_LOG_SIZE - 1 - host_printk_len;

	if (len > room)
		len = room;
	memcpy(host_printk_log + host_printk_len, text, len);
	host_printk_len += len;
	host_printk_log[host_printk_len] = '\0';
}

static void host_stderr(const char *text, unsigned int len)
{
	while (len > 0) {
		ssize_t n = write(2, text, len);

		if (n <= 0)
			break;
		text += n;
		len -= n;
	}
}

/* Log levels such as KERN_INFO ("<6>") are kept in the text as given. */
asmlinkage int printk(const char *fmt, ...)
{
	static char printk_buf[1024];	/* same size as 2.4.0's */
	va_list args;
	int len;

	va_start(args, fmt);
	len = vsprintf(printk_buf, fmt, args);
	va_end(args);
	host_log_append(printk_buf, len);
	if (getenv("HOST_PRINTK"))
		host_stderr(printk_buf, len);
	return len;
}

NORET_TYPE void panic(const char *fmt, ...)
{
	static const char what[] = "Kernel panic: ";
	va_list args;

	va_start(args, fmt);
	vsprintf(host_panic_msg, fmt, args);
	va_end(args);
	printk(KERN_EMERG "Kernel panic: %s\n", host_panic_msg);
	if (host_panic_hook)
		host_panic_hook(host_panic_msg);
	/* No hook, or it returned: make the failure visible and stop. */
	if (!getenv("HOST_PRINTK")) {
		host_stderr(what, sizeof(what) - 1);
		host_stderr(host_panic_msg, strlen(host_panic_msg));
		host_stderr("\n", 1);
	}
	abort();
}
