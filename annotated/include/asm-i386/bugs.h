/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * check_bugs(), the last CPU step of start_kernel: 2.4.0 tests the FPU,
 * the hlt instruction and a few CPU errata here; the port only records
 * the CPU family in the machine name ("i386" becomes "i686" on a
 * Pentium Pro or later), which exec() hands to programs as AT_PLATFORM.
 * Follows Linux 2.4.0 include/asm-i386/bugs.h.
 */
#ifndef _ASM_I386_BUGS_H
#define _ASM_I386_BUGS_H

#include <linux/utsname.h>
#include <asm/processor.h>

/// §10 系统引导和初始化：start_kernel 在创建 init 之前调用。2.4.0: include/asm-i386/bugs.h check_bugs()
/// 2.4.0 在这里测试 FPU 的除法错误、hlt 指令能否使用、Pentium 的 F00F 等缺陷，最后把 system_utsname.machine 的第二个
/// 字符改成 CPU 系列号（"i386" → "i686"）。本移植只做最后这一步：exec 把它作为 AT_PLATFORM 放进新程序的辅助向量。
static inline void check_bugs(void)
{
	system_utsname.machine[1] = '0' +
		(boot_cpu_data.x86 > 6 ? 6 : boot_cpu_data.x86);
}

#endif
