// SPDX-License-Identifier: GPL-2.0-only
/*
 * Shared anonymous memory.  2.4.0 backs a MAP_SHARED|MAP_ANONYMOUS
 * mapping with a file of its shmem file system; that file system is not
 * ported, so such a mapping is refused for lack of memory to back it.
 * Follows shmem_zero_setup() of Linux 2.4.0 mm/shmem.c.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>

/// §2.13 系统调用mmap()：共享的匿名映射（MAP_SHARED|MAP_ANONYMOUS）。2.4.0: mm/shmem.c shmem_zero_setup()。
/// 2.4.0 在 shm 文件系统里建一个大小为 vm_end - vm_start 的文件作为后备，让 fork 后的父子进程真正共享页面。
/// 本移植没有移植 shmem 文件系统，无从提供后备存储，按“内存不足”返回 -ENOMEM（见 Documentation/deviations.md）。
int shmem_zero_setup(struct vm_area_struct *vma)
{
	return -ENOMEM;
}
