/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Size of a level-1 cache line.
 * Follows Linux 2.4.0 include/asm-i386/cache.h.
 */
#ifndef __ARCH_I386_CACHE_H
#define __ARCH_I386_CACHE_H

#include <linux/config.h>

/* Chosen with the CPU type: 5 (32-byte lines) for a 686. */
#define L1_CACHE_SHIFT	(CONFIG_X86_L1_CACHE_SHIFT)
#define L1_CACHE_BYTES	(1 << L1_CACHE_SHIFT)

#endif
