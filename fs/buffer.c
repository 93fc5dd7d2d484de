// SPDX-License-Identifier: GPL-2.0-only
/*
 * The buffer cache.  Only its page count: no block devices are ported,
 * so it stays 0, and buffer_under_min() reads it as 2.4.0 does.
 * Follows Linux 2.4.0 fs/buffer.c.
 */
#include <linux/kernel.h>
#include <linux/swap.h>
#include <asm/atomic.h>

/* Pages the buffer cache holds. */
atomic_t buffermem_pages = ATOMIC_INIT(0);
