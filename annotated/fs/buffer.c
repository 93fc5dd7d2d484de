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
/// §2.6 物理页面的使用和周转：缓冲区（buffer cache）占用的页面数。2.4.0: fs/buffer.c buffermem_pages。
/// 本移植没有块设备，它恒为 0；mm.h 的 buffer_under_min() 与 nr_free_buffer_pages 按 2.4.0 读取它。
atomic_t buffermem_pages = ATOMIC_INIT(0);
