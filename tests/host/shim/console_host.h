/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Consoles for the printk tests (shim/console_host.c): each records what
 * printk() hands it, every write() followed by '|'.
 */
#ifndef _TESTS_HOST_CONSOLE_HOST_H
#define _TESTS_HOST_CONSOLE_HOST_H

#define HOST_NR_CONSOLES	3

/* Register console i; setup: 0 none, else its setup() returns setup_ret. */
extern void host_console_register(int i, int printbuffer, int setup,
				  int setup_ret);
extern int host_console_unregister(int i);
extern const char *host_console_trace(int i);
extern int host_console_setups(int i);
extern int host_console_enabled(int i);
/* The list of registered consoles, as indexes, -1 terminated. */
extern int host_console_list(int *out, int max);

#endif /* _TESTS_HOST_CONSOLE_HOST_H */
