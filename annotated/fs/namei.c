// SPDX-License-Identifier: GPL-2.0-only
/*
 * Write access to an executable's inode: MAP_DENYWRITE mappings and
 * writers exclude each other through i_writecount.
 * Follows deny_write_access() of Linux 2.4.0 fs/namei.c (path lookup is
 * not ported).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/spinlock.h>

/// 单处理器上为空锁，保留 2.4.0 的加锁调用。
static spinlock_t arbitration_lock = SPIN_LOCK_UNLOCKED;

/*
 * i_writecount > 0: that many writers; < 0: that many deny-write
 * mappers.  Refuse with -ETXTBSY while someone writes.
 */
/// §2.13：MAP_DENYWRITE 映射（装入可执行文件时）不允许别人同时写这个文件。2.4.0: fs/namei.c deny_write_access()。
/// i_writecount > 0 表示有进程以写方式打开，返回 -ETXTBSY（“正文文件忙”）；否则减 1，负值的绝对值就是拒写映射的个数。
int deny_write_access(struct file *file)
{
	struct inode *inode = file->f_dentry->d_inode;

	spin_lock(&arbitration_lock);
	if (atomic_read(&inode->i_writecount) > 0) {
		spin_unlock(&arbitration_lock);
		return -ETXTBSY;
	}
	atomic_dec(&inode->i_writecount);
	spin_unlock(&arbitration_lock);
	return 0;
}
