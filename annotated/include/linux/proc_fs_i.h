/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What a /proc inode knows beyond the common inode: the process a
 * <pid> entry belongs to (a reference is held on its task_struct), and
 * which entry it is.  Lives in inode->u.proc_i.
 * Follows Linux 2.4.0 include/linux/proc_fs_i.h.
 */
#ifndef _LINUX_PROC_FS_I_H
#define _LINUX_PROC_FS_I_H

struct task_struct;

struct proc_inode_info {
	struct task_struct *task;
	int type;			/* PROC_PID_* of fs/proc/base.c */
};

#endif /* _LINUX_PROC_FS_I_H */
