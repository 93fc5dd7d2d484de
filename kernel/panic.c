// SPDX-License-Identifier: GPL-2.0-only
/*
 * panic: report a fatal error and stop the machine.
 * Follows Linux 2.4.0 kernel/panic.c.  Port: instead of spinning forever
 * it leaves the emulator, so a headless run ends (and fails: no check
 * summary was printed).
 */
#include <linux/kernel.h>
#include <asm/system.h>

NORET_TYPE void panic(const char *fmt, ...)
{
	static char message[1024];
	va_list ap;

	va_start(ap, fmt);
	vsprintf(message, fmt, ap);
	va_end(ap);
	printk(KERN_EMERG "Kernel panic: %s\n", message);
	machine_halt();
	for (;;)
		;	/* machine_halt() does not come back */
}
