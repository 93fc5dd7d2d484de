// SPDX-License-Identifier: GPL-2.0-only
/*
 * Consoles for the printk tests: the real kernel/printk.c writes to
 * them, and each keeps a trace of its write() calls.  Built like kernel
 * code (kernel headers, no glibc).
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/string.h>
#include "console_host.h"

struct host_console {
	struct console con;	/* first: the write() callback casts back */
	char trace[32768];
	unsigned int len;
	int setups, setup_ret;
};

static struct host_console hc[HOST_NR_CONSOLES];

static void hc_write(struct console *c, const char *s, unsigned n)
{
	struct host_console *h = (struct host_console *)c;

	if (h->len + n + 2 > sizeof(h->trace))
		return;
	memcpy(h->trace + h->len, s, n);
	h->len += n;
	h->trace[h->len++] = '|';
	h->trace[h->len] = '\0';
}

static int hc_setup(struct console *c, char *options)
{
	struct host_console *h = (struct host_console *)c;

	h->setups++;
	return options ? -99 : h->setup_ret;
}

void host_console_register(int i, int printbuffer, int setup, int setup_ret)
{
	struct host_console *h = &hc[i];

	memset(h, 0, sizeof(*h));
	strcpy(h->con.name, "host");
	h->con.write = hc_write;
	h->con.setup = setup ? hc_setup : NULL;
	h->con.flags = printbuffer ? CON_PRINTBUFFER : 0;
	h->con.index = i;
	h->setup_ret = setup_ret;
	register_console(&h->con);
}

int host_console_unregister(int i)
{
	return unregister_console(&hc[i].con);
}

const char *host_console_trace(int i)
{
	return hc[i].trace;
}

int host_console_setups(int i)
{
	return hc[i].setups;
}

int host_console_enabled(int i)
{
	return (hc[i].con.flags & CON_ENABLED) != 0;
}

int host_console_list(int *out, int max)
{
	struct console *c;
	int n = 0;

	for (c = console_drivers; c && n < max - 1; c = c->next)
		out[n++] = (struct host_console *)c - hc;
	out[n] = -1;
	return n;
}
