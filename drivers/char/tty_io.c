// SPDX-License-Identifier: GPL-2.0-only
/*
 * console_init: register the consoles printk writes to.
 * Follows console_init() of Linux 2.4.0 drivers/char/tty_io.c (the tty
 * layer itself is not ported).
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/init.h>

void __init console_init(void)
{
	vga_console_init();
	serial_console_init();
}
