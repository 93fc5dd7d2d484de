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
#define SHMEM_NR_DIRECT	16

/*
 * Where a page lives on swap: <asm/pgtable.h> packs type and offset.
 * Defined here, not in linux/swap.h, so that linux/fs.h can hold a
 * shmem_inode_info without including swap.h (which includes mm.h).
 */
typedef struct {
	unsigned long val;
} swp_entry_t;

struct shmem_inode_info {
	spinlock_t lock;
	swp_entry_t i_direct[SHMEM_NR_DIRECT];	/* pages 0..15 */
	swp_entry_t **i_indirect;	/* a page of pointers to pages of slots */
	unsigned long swapped;		/* slots holding an entry */
	int locked;			/* SysV SHM_LOCK (unused here) */
	struct list_head list;		/* on the list shmem_unuse walks */
};

#endif /* _LINUX_SHMEM_FS_H */
