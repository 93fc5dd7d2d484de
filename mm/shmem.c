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

int shmem_zero_setup(struct vm_area_struct *vma)
{
	return -ENOMEM;
}
