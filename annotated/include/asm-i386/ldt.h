/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The size of a private LDT (modify_ldt is not ported; fork and exit
 * still copy and free one if an mm had it).
 * 情景分析 §2.2.  Follows Linux 2.4.0 include/asm-i386/ldt.h.
 */
#ifndef _LINUX_LDT_H
#define _LINUX_LDT_H

#define LDT_ENTRIES	8192	/* the most an LDT can hold */
#define LDT_ENTRY_SIZE	8	/* bytes per descriptor */

#endif
