/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Switching the CPU from one address space to another: CR3 and the LDT.
 * 情景分析 §2.2 (CR3, the LDT); chapter 4 (schedule).
 * Follows Linux 2.4.0 include/asm-i386/mmu_context.h (uniprocessor).
 */
#ifndef __I386_MMU_CONTEXT_H
#define __I386_MMU_CONTEXT_H

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
static inline void enter_lazy_tlb(struct mm_struct *mm,
				  struct task_struct *tsk, unsigned cpu)
{
}

/*
 * Leave prev's address space for next's: this CPU stops being in prev's
 * cpu_vm_mask and joins next's, the LDT follows if it differs, and CR3
 * gets next's page directory (which flushes the user TLB entries).
 */
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
