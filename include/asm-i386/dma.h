/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * ISA DMA limits.  Only what the memory manager needs so far: the 16 MB
 * line below which ISA DMA can reach (the DMA zone, §2.3).  The 8237
 * controller registers and helpers of 2.4.0's file come with a driver.
 * Follows Linux 2.4.0 include/asm-i386/dma.h.
 */
#ifndef _ASM_DMA_H
#define _ASM_DMA_H

#include <linux/config.h>
#include <asm/page.h>

#define MAX_DMA_CHANNELS	8

/* The ISA DMA controller drives 24 address lines: the first 16 MB. */
#define MAX_DMA_ADDRESS		(PAGE_OFFSET + 0x1000000)

#endif /* _ASM_DMA_H */
