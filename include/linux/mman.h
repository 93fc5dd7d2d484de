/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The memory-mapping system calls' flags: the architecture's mmap()
 * values and mremap()'s own two.
 * 情景分析 §2.13.  Follows Linux 2.4.0 include/linux/mman.h.
 */
#ifndef _LINUX_MMAN_H
#define _LINUX_MMAN_H

#include <asm/mman.h>

#define MREMAP_MAYMOVE	1	/* may move the area to grow it */
#define MREMAP_FIXED	2	/* move it to new_addr (needs MAYMOVE) */

#endif /* _LINUX_MMAN_H */
