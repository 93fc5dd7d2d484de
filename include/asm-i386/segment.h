/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Segment selectors of the flat kernel and user segments in gdt_table.
 * 情景分析 §2.2.  Follows Linux 2.4.0 include/asm-i386/segment.h.
 */
#ifndef _ASM_SEGMENT_H
#define _ASM_SEGMENT_H

#define __KERNEL_CS	0x10
#define __KERNEL_DS	0x18

#define __USER_CS	0x23
#define __USER_DS	0x2B

#endif
