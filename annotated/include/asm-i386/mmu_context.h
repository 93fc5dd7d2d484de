/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Switching the CPU from one address space to another: CR3 and the LDT.
 * 情景分析 §2.2 (CR3, the LDT); chapter 4 (schedule).
 * Follows Linux 2.4.0 include/asm-i386/mmu_context.h (uniprocessor).
 */
#ifndef __I386_MMU_CONTEXT_H
#define __I386_MMU_CONTEXT_H

/// §2.2 / §4.6：切换地址空间（CR3 和 LDT），2.4.0 的 include/asm-i386/mmu_context.h（单 CPU 部分）。
#include <linux/config.h>
#include <asm/desc.h>
#include <asm/atomic.h>
#include <asm/bitops.h>
#include <asm/pgalloc.h>

#ifndef smp_processor_id
#define smp_processor_id()	0	/* one CPU */
#endif

/* No per-mm state beyond the LDT, which fork and exit handle. */
#define destroy_context(mm)		do { } while (0)
#define init_new_context(tsk, mm)	0

/*
 * A kernel thread keeps the mm of the task before it in CR3 (lazy TLB).
 * On one CPU nothing needs to be recorded.
 */
/// §4.6 / §2.3：内核线程借用上一个进程的页面目录运行（懒惰 TLB）。2.4.0: include/asm-i386/mmu_context.h enter_lazy_tlb()
/// 单 CPU 上什么也不用做；SMP 上要记下本 CPU 处于懒惰状态，以便收到别的 CPU 的 TLB 刷新请求时干脆切走。
static inline void enter_lazy_tlb(struct mm_struct *mm,
				  struct task_struct *tsk, unsigned cpu)
{
}

/*
 * Leave prev's address space for next's: this CPU stops being in prev's
 * cpu_vm_mask and joins next's, the LDT follows if it differs, and CR3
 * gets next's page directory (which flushes the user TLB entries).
 */
/// §4.6 / §2.2：从 prev 的地址空间换到 next 的。2.4.0: include/asm-i386/mmu_context.h switch_mm()
/// 本 CPU 退出 prev 的 cpu_vm_mask、加入 next 的（SMP 刷新 TLB 时据此知道要通知哪些 CPU）；两者的 LDT 不同就重新装入；
/// 最后把 next 的页面目录的物理地址装进 CR3，这一下同时清掉了 TLB 中的用户空间表项（内核的全局页面不受影响）。
/// 同一个 mm（线程之间，或内核线程借用后回到原进程）不必做任何事。
static inline void switch_mm(struct mm_struct *prev, struct mm_struct *next,
			     struct task_struct *tsk, unsigned cpu)
{
	if (prev == next)
		return;		/* same page directory: nothing to load */
	clear_bit(cpu, &prev->cpu_vm_mask);
	if (next->context.segments != prev->context.segments)
		load_LDT(next);
	set_bit(cpu, &next->cpu_vm_mask);
	load_cr3(next->pgd);
}

#define activate_mm(prev, next) \
	switch_mm((prev), (next), NULL, smp_processor_id())

#endif
