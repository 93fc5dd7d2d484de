/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The kinds of atomic kmap: each has its own fixmap slot per CPU, so two
 * kinds can be mapped at once without sleeping.
 * 情景分析 §2.1 (HIGHMEM).  Follows Linux 2.4.0 include/asm-i386/kmap_types.h.
 */
#ifndef _ASM_KMAP_TYPES_H
#define _ASM_KMAP_TYPES_H

enum km_type {
	KM_BOUNCE_READ,
	KM_BOUNCE_WRITE,
	KM_TYPE_NR
};

#endif
