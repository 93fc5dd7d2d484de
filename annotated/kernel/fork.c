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
/// §2.10 内核缓冲区的管理 / §2.3：进程的存储管理结构各有一个专用缓冲区队列（slab 缓存）。2.4.0: kernel/fork.c（vm_area_cachep、mm_cachep）。
/// vm_area_cachep 供 do_mmap_pgoff()、do_brk()、unmap_fixup() 等分配 vm_area_struct；mm_cachep 供 fork 时 mm_alloc() 分配 mm_struct。
kmem_cache_t *vm_area_cachep;
kmem_cache_t *mm_cachep;

/*
 * Create the caches at boot, after kmem_cache_sizes_init.  A failure
 * here leaves no way to run a process: panic, as 2.4.0 does.
 */
/// §2.10：创建上述两个专用缓冲区队列。2.4.0: kernel/fork.c proc_caches_init()。
/// start_kernel() 在 kmem_cache_sizes_init() 之后调用它（2.4.0 的顺序）；SLAB_HWCACHE_ALIGN 让每个对象按 cache 行对齐。
/// 2.4.0 这里还创建 sigact_cachep、files_cachep、fs_cachep，本移植还没有这些结构，随用户进程一并加入。
void __init proc_caches_init(void)
{
	vm_area_cachep = kmem_cache_create("vm_area_struct",
			sizeof(struct vm_area_struct), 0,
			SLAB_HWCACHE_ALIGN, NULL, NULL);
	if (!vm_area_cachep)
		/// 创建失败就无从运行任何进程，2.4.0 直接 panic，本移植相同。
		panic("vma_init: Cannot alloc vm_area_struct SLAB cache");

	mm_cachep = kmem_cache_create("mm_struct",
			sizeof(struct mm_struct), 0,
			SLAB_HWCACHE_ALIGN, NULL, NULL);
	if (!mm_cachep)
		panic("vma_init: Cannot alloc mm_struct SLAB cache");
}
