// SPDX-License-Identifier: GPL-2.0-only
/*
 * Mounting the root file system.
 * Chapter 5 (files).  Follows Linux 2.4.0 fs/super.c (mount_root).
 * Port: the root is always ramfs, mounted once at boot, and its root
 * dentry is the start of every path (2.4.0: current->fs->root); the
 * initrd is then unpacked into it (fs/initrd.c).  No other mounts.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/fs.h>
#include <linux/dcache.h>

extern struct super_block *ramfs_read_super(struct super_block *, void *,
					    int);

static struct super_block root_sb;
struct dentry *root_dentry;

/// §5.4 安装根文件系统。移植：根总是 ramfs，root_dentry 代替 current->fs->root 作为所有路径的起点；随后 initrd 被解包进来。 2.4.0: fs/super.c mount_root()
void __init mount_root(void)
{
	if (!ramfs_read_super(&root_sb, NULL, 0))
		panic("VFS: Unable to mount root fs");
	root_dentry = root_sb.s_root;
	printk("VFS: Mounted root (ramfs filesystem).\n");
}
