// SPDX-License-Identifier: GPL-2.0-only
/*
 * The first task (pid 0, later the idle task): its task_struct and
 * kernel stack share one 8 KB block, 8 KB aligned so that "current"
 * works from the stack pointer; its open files and signal handlers,
 * which init (pid 1) starts out sharing; the kernel's address space.
 * Follows Linux 2.4.0 arch/i386/kernel/init_task.c (and INIT_TASK of
 * include/linux/sched.h).
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
struct files_struct init_files = INIT_FILES;
struct signal_struct init_signals = INIT_SIGNALS;
struct mm_struct init_mm = INIT_MM(init_mm);

#define tsk	init_task_union.task

/*
 * INIT_TASK: runnable, at the lowest slice, its own parent, KERNEL_DS
 * (it may pass kernel addresses to user-copy routines), the kernel's
 * mm as active_mm, every capability but CAP_SETPCAP.
 */
union task_union init_task_union
	__attribute__((__section__(".data.init_task"))) = {
	.task = {
		.state = TASK_RUNNING,
		.flags = 0,
		.sigpending = 0,
		.addr_limit = { 0xffffffff },	/* KERNEL_DS */
		.lock_depth = -1,
		.counter = DEF_COUNTER,
		.nice = DEF_NICE,
		.policy = SCHED_OTHER,
		.mm = NULL,
		.active_mm = &init_mm,
		.cpus_allowed = -1,
		.run_list = LIST_HEAD_INIT(tsk.run_list),
		.next_task = &tsk,
		.prev_task = &tsk,
		.p_opptr = &tsk,
		.p_pptr = &tsk,
		.thread_group = LIST_HEAD_INIT(tsk.thread_group),
		.wait_chldexit = __WAIT_QUEUE_HEAD_INITIALIZER(tsk.wait_chldexit),
		.pid = 0,
		.cap_effective = CAP_INIT_EFF_SET,
		.cap_inheritable = CAP_INIT_INH_SET,
		.cap_permitted = CAP_FULL_SET,
		.keep_capabilities = 0,
		.rlim = INIT_RLIMITS,
		.comm = "swapper",
		.thread = {
			.esp0 = sizeof(init_task_union) +
				(unsigned long) &init_task_union,
		},
		.files = &init_files,
		.sigmask_lock = SPIN_LOCK_UNLOCKED,
		.sig = &init_signals,
		.pending = { NULL, &tsk.pending.head, { { 0 } } },
		.blocked = { { 0 } },
		.alloc_lock = SPIN_LOCK_UNLOCKED,
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
