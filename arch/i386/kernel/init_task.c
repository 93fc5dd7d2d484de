// SPDX-License-Identifier: GPL-2.0-only
/*
 * The first task: its task_struct and kernel stack share one 8 KB block,
 * 8 KB aligned so that "current" works from the stack pointer.
 * Follows Linux 2.4.0 arch/i386/kernel/init_task.c.
 */
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <asm/desc.h>

/*
 * The kernel's own address space: one VMA standing for the whole of it,
 * and swapper_pg_dir.  Kernel threads borrow it.
 */
static struct vm_area_struct init_mmap = INIT_MMAP;
struct mm_struct init_mm = INIT_MM(init_mm);

union task_union init_task_union
	__attribute__((__section__(".data.init_task"))) = {
	.task = {
		.state = TASK_RUNNING,
		.addr_limit = { 0xffffffff },
		.active_mm = &init_mm,
		.pid = 0,
		.cap_effective = CAP_INIT_EFF_SET,
		.cap_inheritable = CAP_INIT_INH_SET,
		.cap_permitted = CAP_FULL_SET,
		.rlim = INIT_RLIMITS,
		.comm = "swapper",
	}
};

/*
 * One TSS per CPU: esp0/ss0 give the kernel stack used on entry from user
 * mode; no I/O bitmap (offset past the limit), so user port access traps.
 */
struct tss_struct init_tss[NR_CPUS] = {
	{
		.esp0 = sizeof(init_task_union) + (long)&init_task_union,
		.ss0 = __KERNEL_DS,
		.ldt = __LDT(0) << 3,
		.bitmap = INVALID_IO_BITMAP_OFFSET,
		.io_bitmap = { [0 ... IO_BITMAP_SIZE] = ~0UL },
	}
};
