/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Where the boot sector, setup and the system image are loaded.
 * Follows Linux 2.4.0 include/asm-i386/boot.h.
 */
#ifndef _LINUX_BOOT_H
#define _LINUX_BOOT_H

#define DEF_INITSEG	0x9000
#define DEF_SYSSEG	0x1000
#define DEF_SETUPSEG	0x9020
#define DEF_SYSSIZE	0x7F00

#define NORMAL_VGA	0xffff
#define EXTENDED_VGA	0xfffe
#define ASK_VGA		0xfffd

#endif
