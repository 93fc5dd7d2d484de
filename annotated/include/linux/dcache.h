/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Directory entries: a name in the file tree bound to an inode.  Only the
 * fields the memory manager follows (file->f_dentry->d_inode) so far.
 * 情景分析 §2.13.  Follows Linux 2.4.0 include/linux/dcache.h.
 */
#ifndef __LINUX_DCACHE_H
#define __LINUX_DCACHE_H

#ifdef __KERNEL__

#include <asm/atomic.h>

struct inode;

/// §2.13 目录项：只保留了内存管理要用的 d_inode（file->f_dentry->d_inode 找到文件的 inode）。
struct dentry {
	atomic_t d_count;
	unsigned int d_flags;
	struct inode *d_inode;		/* NULL for a negative entry */
};

#endif /* __KERNEL__ */

#endif /* __LINUX_DCACHE_H */
