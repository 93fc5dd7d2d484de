// SPDX-License-Identifier: GPL-2.0-only
/*
 * The idle loop and machine shutdown.
 * Follows Linux 2.4.0 arch/i386/kernel/process.c (the MM parts come with
 * processes).  Port: power-off leaves the emulator, see below.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/vmalloc.h>
#include <asm/system.h>
#include <asm/io.h>
#include <asm/desc.h>

/* Wait for an interrupt; the loop 2.4.0's idle task runs. */
void cpu_idle(void)
{
	for (;;)
		safe_halt();
}

/*
 * Emulators give a guest a way out: Bochs leaves when "Shutdown" is
 * written to port 0x8900, QEMU's isa-debug-exit device (make qemu
 * configures it at 0xf4) on any write.  On real hardware both writes do
 * nothing and the CPU halts.
 */
static void emulator_exit(void)
{
	const char *s = "Shutdown";

	while (*s)
		outb(*s++, 0x8900);
	outb(0x00, 0xf4);
}

void machine_restart(char *cmd)
{
	outb(0xfe, 0x64);	/* pulse the keyboard controller's reset line */
	machine_halt();
}

void machine_halt(void)
{
	emulator_exit();
	__cli();
	for (;;)
		__asm__ __volatile__("hlt");
}

void machine_power_off(void)
{
	machine_halt();
}

/*
 * An address space is going away: free its private LDT, if it had one,
 * and go back to the default LDT.
 */
void release_segments(struct mm_struct *mm)
{
	void *ldt = mm->context.segments;

	if (ldt) {
		mm->context.segments = NULL;
		clear_LDT();
		vfree(ldt);
	}
}
