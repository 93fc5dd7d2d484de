/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Console drivers that printk writes to.
 * Follows Linux 2.4.0 include/linux/console.h (struct console part).
 */
#ifndef _LINUX_CONSOLE_H_
#define _LINUX_CONSOLE_H_

#include <linux/types.h>

#define CON_PRINTBUFFER	(1)
#define CON_CONSDEV	(2)	/* last on the command line */
#define CON_ENABLED	(4)

struct console {
	char name[8];
	void (*write)(struct console *, const char *, unsigned);
	int (*read)(struct console *, const char *, unsigned);
	kdev_t (*device)(struct console *);
	int (*wait_key)(struct console *);
	void (*unblank)(void);
	int (*setup)(struct console *, char *);
	short flags;
	short index;
	int cflag;
	struct console *next;
};

extern void register_console(struct console *);
extern int unregister_console(struct console *);
extern struct console *console_drivers;

extern void console_init(void);
extern void serial_console_init(void);
extern void vga_console_init(void);

#endif /* _LINUX_CONSOLE_H_ */
