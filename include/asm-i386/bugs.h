/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * check_bugs(), the last CPU step of start_kernel: 2.4.0 tests the FPU,
 * the hlt instruction and a few CPU errata here; the port checks that
 * the CPU has what the configuration assumes (PGE) and records the CPU
 * family in the machine name ("i386" becomes "i686" on a Pentium Pro or
 * later), which exec() hands to programs as AT_PLATFORM.
 * Follows Linux 2.4.0 include/asm-i386/bugs.h.
 */
#ifndef _ASM_I386_BUGS_H
#define _ASM_I386_BUGS_H

#include <linux/kernel.h>
#include <linux/utsname.h>
#include <asm/processor.h>

/*
 * A kernel built for PGE marks its pages global and flushes the TLB by
 * toggling CR4.PGE: it cannot run on a CPU without the feature.
 */
static inline void check_config(void)
{
#ifdef CONFIG_X86_PGE
	if (!cpu_has_pge)
		panic("This kernel is built for PPro and up: the CPU has no PGE");
#endif
}

static inline void check_bugs(void)
{
	check_config();
	system_utsname.machine[1] = '0' +
		(boot_cpu_data.x86 > 6 ? 6 : boot_cpu_data.x86);
}

#endif
