/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * CPU description, CR4 feature bits and the size of user space.
 * 情景分析 §2.1.  Follows Linux 2.4.0 include/asm-i386/processor.h.
 */
#ifndef __ASM_I386_PROCESSOR_H
#define __ASM_I386_PROCESSOR_H

#include <asm/page.h>
#include <linux/types.h>
#include <linux/stddef.h>
#include <linux/threads.h>

/*
 * What head.S and the CPUID instruction found out about the CPU.  The
 * page-table quicklists at the end are 2.4.0's (never filled on i386).
 */
struct cpuinfo_x86 {
	__u8	x86;		/* CPU family */
	__u8	x86_vendor;	/* CPU vendor */
	__u8	x86_model;
	__u8	x86_mask;
	char	wp_works_ok;	/* does the WP bit work in supervisor mode? */
	char	hlt_works_ok;
	char	hard_math;
	char	rfu;
	int	cpuid_level;	/* maximum supported CPUID level, -1 = none */
	__u32	x86_capability[4];
	char	x86_vendor_id[16];
	char	x86_model_id[64];
	int	x86_cache_size;	/* in KB */
	int	fdiv_bug;
	int	f00f_bug;
	int	coma_bug;
	unsigned long loops_per_jiffy;
	unsigned long *pgd_quick;
	unsigned long *pmd_quick;
	unsigned long *pte_quick;
	unsigned long pgtable_cache_sz;
};

#define X86_VENDOR_INTEL 0
#define X86_VENDOR_UNKNOWN 0xff

extern struct cpuinfo_x86 boot_cpu_data;
#define current_cpu_data boot_cpu_data

/* CPUID level 1 EDX feature bits that the memory manager cares about. */
#define X86_FEATURE_FPU		0	/* onboard FPU */
#define X86_FEATURE_PSE		3	/* 4 MB pages */
#define X86_FEATURE_PAE		6	/* 36-bit physical addresses */
#define X86_FEATURE_PGE		13	/* global pages */

#define cpu_has_pse	(boot_cpu_data.x86_capability[0] & (1 << X86_FEATURE_PSE))
#define cpu_has_pge	(boot_cpu_data.x86_capability[0] & (1 << X86_FEATURE_PGE))
#define cpu_has_pae	(boot_cpu_data.x86_capability[0] & (1 << X86_FEATURE_PAE))

/* CR4 bits. */
#define X86_CR4_VME		0x0001
#define X86_CR4_PVI		0x0002
#define X86_CR4_TSD		0x0004
#define X86_CR4_DE		0x0008
#define X86_CR4_PSE		0x0010
#define X86_CR4_PAE		0x0020
#define X86_CR4_MCE		0x0040
#define X86_CR4_PGE		0x0080
#define X86_CR4_PCE		0x0100
#define X86_CR4_OSFXSR		0x0200
#define X86_CR4_OSXMMEXCPT	0x0400

/* The CR4 bits set so far, so that later CPUs can copy them. */
extern unsigned long mmu_cr4_features;

#ifndef HOST_TEST
static inline void set_in_cr4(unsigned long mask)
{
	mmu_cr4_features |= mask;
	__asm__("movl %%cr4,%%eax\n\t"
		"orl %0,%%eax\n\t"
		"movl %%eax,%%cr4\n"
		: : "irg" (mask) : "ax");
}

static inline void clear_in_cr4(unsigned long mask)
{
	mmu_cr4_features &= ~mask;
	__asm__("movl %%cr4,%%eax\n\t"
		"andl %0,%%eax\n\t"
		"movl %%eax,%%cr4\n"
		: : "irg" (~mask) : "ax");
}
#endif

/* User space is everything below the kernel's PAGE_OFFSET: 3 GB. */
#define TASK_SIZE	(PAGE_OFFSET)

/* Where mmap starts looking for room when the caller gives no address. */
#define TASK_UNMAPPED_BASE	(TASK_SIZE / 3)

#define THREAD_SIZE (2 * PAGE_SIZE)

/* Free an address space's private LDT (arch/i386/kernel/process.c). */
struct mm_struct;
extern void release_segments(struct mm_struct *mm);

/*
 * The one VMA of init_mm: all of memory, read/write/exec, shared
 * protection.  Expanded where linux/mm.h and asm/pgtable.h are included.
 */
#define INIT_MMAP \
{ \
	.vm_mm = &init_mm, \
	.vm_start = 0, \
	.vm_end = 0, \
	.vm_next = NULL, \
	.vm_page_prot = PAGE_SHARED, \
	.vm_flags = VM_READ | VM_WRITE | VM_EXEC, \
	.vm_avl_height = 1, \
	.vm_avl_left = NULL, \
	.vm_avl_right = NULL, \
}

/*
 * The hardware task-state segment.  On i386 Linux uses one per CPU only
 * for esp0/ss0 (the kernel stack for entries from user mode) and the I/O
 * permission bitmap; task switches are done in software.
 */
#define IO_BITMAP_SIZE	32
#define IO_BITMAP_OFFSET offsetof(struct tss_struct, io_bitmap)
#define INVALID_IO_BITMAP_OFFSET 0x8000

struct tss_struct {
	unsigned short	back_link, __blh;
	unsigned long	esp0;
	unsigned short	ss0, __ss0h;
	unsigned long	esp1;
	unsigned short	ss1, __ss1h;
	unsigned long	esp2;
	unsigned short	ss2, __ss2h;
	unsigned long	__cr3;
	unsigned long	eip;
	unsigned long	eflags;
	unsigned long	eax, ecx, edx, ebx;
	unsigned long	esp;
	unsigned long	ebp;
	unsigned long	esi;
	unsigned long	edi;
	unsigned short	es, __esh;
	unsigned short	cs, __csh;
	unsigned short	ss, __ssh;
	unsigned short	ds, __dsh;
	unsigned short	fs, __fsh;
	unsigned short	gs, __gsh;
	unsigned short	ldt, __ldth;
	unsigned short	trace, bitmap;
	unsigned long	io_bitmap[IO_BITMAP_SIZE + 1];
	unsigned long	__cacheline_filler[5];
};

extern struct tss_struct init_tss[NR_CPUS];

#endif /* __ASM_I386_PROCESSOR_H */
