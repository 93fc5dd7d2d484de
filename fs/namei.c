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

static spinlock_t arbitration_lock = SPIN_LOCK_UNLOCKED;

/*
 * i_writecount > 0: that many writers; < 0: that many deny-write
 * mappers.  Refuse with -ETXTBSY while someone writes.
 */
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
