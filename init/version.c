// SPDX-License-Identifier: GPL-2.0-only
/*
 * The version banner start_kernel prints first, and the names uname()
 * reports.
 * Follows Linux 2.4.0 init/version.c.
 */
#include <linux/kernel.h>
#include <linux/utsname.h>

#ifndef LINUX_COMPILER
#define LINUX_COMPILER "gcc"
#endif
#ifndef LINUX_COMPILE_TIME
#define LINUX_COMPILE_TIME __DATE__ " " __TIME__
#endif

#define UTS_VERSION	"#1 " LINUX_COMPILE_TIME

struct new_utsname system_utsname = {
	"Linux", "(none)", "2.4.0", UTS_VERSION, "i386", "(none)"
};

const char linux_banner[] =
	"Linux version 2.4.0 (mm24 port of the 2.4.0 memory manager) ("
	LINUX_COMPILER ") " UTS_VERSION "\n";
