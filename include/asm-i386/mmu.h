/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The architecture's part of an mm_struct: on i386, a private LDT.
 * 情景分析 §2.2.  Follows Linux 2.4.0 include/asm-i386/mmu.h.
 */
#ifndef __i386_MMU_H
#define __i386_MMU_H

typedef struct {
	void *segments;
} mm_context_t;

#endif
