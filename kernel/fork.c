// SPDX-License-Identifier: GPL-2.0-only
/*
 * Process creation.  So far the slab caches of the memory-management
 * structures a process owns; do_fork, copy_mm and dup_mmap come with
 * user processes.
 * 情景分析 §2.3 (mm_struct, vm_area_struct), chapter 4 (fork).
 * Follows Linux 2.4.0 kernel/fork.c.
 */
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/sched.h>

/* One slab cache per structure: VMAs and mm_structs. */
kmem_cache_t *vm_area_cachep;
kmem_cache_t *mm_cachep;

/*
 * Create the caches at boot, after kmem_cache_sizes_init.  A failure
 * here leaves no way to run a process: panic, as 2.4.0 does.
 */
void __init proc_caches_init(void)
{
	vm_area_cachep = kmem_cache_create("vm_area_struct",
			sizeof(struct vm_area_struct), 0,
			SLAB_HWCACHE_ALIGN, NULL, NULL);
	if (!vm_area_cachep)
		panic("vma_init: Cannot alloc vm_area_struct SLAB cache");

	mm_cachep = kmem_cache_create("mm_struct",
			sizeof(struct mm_struct), 0,
			SLAB_HWCACHE_ALIGN, NULL, NULL);
	if (!mm_cachep)
		panic("vma_init: Cannot alloc mm_struct SLAB cache");
}
