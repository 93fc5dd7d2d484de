// SPDX-License-Identifier: GPL-2.0-only
/*
 * The version banner start_kernel prints first.
 * Follows Linux 2.4.0 init/version.c.
 */
#include <linux/kernel.h>

#ifndef LINUX_COMPILER
#define LINUX_COMPILER "gcc"
#endif
#ifndef LINUX_COMPILE_TIME
#define LINUX_COMPILE_TIME __DATE__ " " __TIME__
#endif

const char linux_banner[] =
	"Linux version 2.4.0 (mm24 port of the 2.4.0 memory manager) ("
	LINUX_COMPILER ") #1 " LINUX_COMPILE_TIME "\n";
