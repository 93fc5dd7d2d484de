/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The shm file system's per-inode record: where each page of the
 * object went when it was swapped out.  A page in memory sits in the
 * inode's page cache; a page on swap is known only by the swap entry in
 * its slot here (16 kept in the inode, the rest behind a two-level
 * indirect block).  Lives in inode->u.shmem_i.
 * 情景分析 §2.9 (swap).  Follows Linux 2.4.0 include/linux/shmem_fs.h.
 * Port: no shmem_sb_info (no mount, no size limits; see deviations.md).
 */
#ifndef _LINUX_SHMEM_FS_H
#define _LINUX_SHMEM_FS_H

#include <linux/list.h>
#include <linux/spinlock.h>

/* Slots kept in the inode itself: the first 16 pages of the object. */
/// §2.9 直接放在 inode 里的槽位数：前 16 个页面（64 KB）的交换项不需要间接块。
#define SHMEM_NR_DIRECT	16

/*
 * Where a page lives on swap: <asm/pgtable.h> packs type and offset.
 * Defined here, not in linux/swap.h, so that linux/fs.h can hold a
 * shmem_inode_info without including swap.h (which includes mm.h).
 */
/// §2.6 swp_entry_t：一个盘上页面的“地址”，由交换设备的序号和设备上的位移组成，怎样装进 32 位由 <asm/pgtable.h>
/// 的 SWP_ENTRY 决定。普通页面换出后它存放在页面表项里，shm 对象的页面换出后存放在下面的槽位里。
/// 包成结构是为了不和普通整数混用。2.4.0 也把它定义在这个头文件里。
typedef struct {
	unsigned long val;
} swp_entry_t;

/// §2.9 shm 索引节点（inode->u.shmem_i）：每个页面一个槽位，页面在交换设备上时存它的交换项，否则为 0。
/// lock 保护槽位和 swapped；list 把所有 shm 索引节点串起来，供 swapoff 的 shmem_unuse 查找。
/// locked 是 SysV 共享内存 SHM_LOCK 用的，本移植没有 SysV 共享内存，保留字段以与 2.4.0 一致。
struct shmem_inode_info {
	spinlock_t lock;
	swp_entry_t i_direct[SHMEM_NR_DIRECT];	/* pages 0..15 */
	swp_entry_t **i_indirect;	/* a page of pointers to pages of slots */
	unsigned long swapped;		/* slots holding an entry */
	int locked;			/* SysV SHM_LOCK (unused here) */
	struct list_head list;		/* on the list shmem_unuse walks */
};

#endif /* _LINUX_SHMEM_FS_H */
