// SPDX-License-Identifier: GPL-2.0-only
/*
 * Device special files: an inode made from a device node gets the file
 * operations of its kind and the device number.
 * Follows Linux 2.4.0 fs/devices.c (init_special_inode only; the
 * character-device table of the port is the console's, fs/namei.c).
 */
#include <linux/kernel.h>
#include <linux/stat.h>
#include <linux/fs.h>

/// §8（设备驱动，块设备） 设备文件的 inode：块设备文件得到 def_blk_fops 和设备号 i_rdev（initrd 中的 dev/hda 就是这样建的）。2.4.0 还处理字符设备、FIFO、套接字，本移植只有块设备需要。
/// 2.4.0: fs/devices.c init_special_inode()
void init_special_inode(struct inode *inode, umode_t mode, int rdev)
{
	inode->i_mode = mode;
	if (S_ISBLK(mode)) {
		inode->i_fop = &def_blk_fops;
		inode->i_rdev = to_kdev_t(rdev);
	} else {
		printk(KERN_DEBUG "init_special_inode: bogus imode (%o)\n",
		       mode);
	}
}
