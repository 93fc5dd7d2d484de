/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * CPU description, CR4 feature bits, the size of user space, the CPU
 * state of a task (thread_struct) and the TSS.
 * 情景分析 §2.1; chapter 4 (processes).  Follows Linux 2.4.0 include/asm-i386/processor.h.
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
	unsigned long cr4;

	mmu_cr4_features |= mask;
	__asm__ __volatile__("movl %%cr4, %0" : "=r" (cr4));
	cr4 |= mask;
	__asm__ __volatile__("movl %0, %%cr4" : : "r" (cr4));
}

static inline void clear_in_cr4(unsigned long mask)
{
	unsigned long cr4;

	mmu_cr4_features &= ~mask;
	__asm__ __volatile__("movl %%cr4, %0" : "=r" (cr4));
	cr4 &= ~mask;
	__asm__ __volatile__("movl %0, %%cr4" : : "r" (cr4));
}
#endif

/* User space is everything below the kernel's PAGE_OFFSET: 3 GB. */
#define TASK_SIZE	(PAGE_OFFSET)

/* Where mmap starts looking for room when the caller gives no address. */
#define TASK_UNMAPPED_BASE	(TASK_SIZE / 3)

/*
 * The FPU state saved by fnsave: control, status and tag words, the last
 * instruction and operand pointers, the eight 80-bit registers.
 */
struct i387_fsave_struct {
	long	cwd;
	long	swd;
	long	twd;
	long	fip;
	long	fcs;
	long	foo;
	long	fos;
	long	st_space[20];	/* 8 registers of 10 bytes */
	long	status;		/* software status information */
};

/* 2.4.0 also has the fxsave and the math-emulator layouts here. */
union i387_union {
	struct i387_fsave_struct	fsave;
};

/*
 * What a task leaves behind when it is switched out: its kernel stack
 * pointer and where to resume (esp, eip), the kernel stack top for
 * entries from user mode (esp0), the user fs/gs, and fault details.
 */
struct thread_struct {
	unsigned long	esp0;
	unsigned long	eip;
	unsigned long	esp;
	unsigned long	fs;
	unsigned long	gs;
	unsigned long	debugreg[8];	/* %db0-7 */
	unsigned long	cr2, trap_no, error_code;
	union i387_union	i387;
};

#define INIT_THREAD	{ .esp0 = 0 }

/*
 * exec(): the registers the new program starts with.  The saved frame
 * returns to user mode: user segments, the entry point, the new stack.
 */
#define start_thread(regs, new_eip, new_esp) do { \
	__asm__("movl %0,%%fs ; movl %0,%%gs" : : "r" (0)); \
	set_fs(USER_DS); \
	(regs)->xds = __USER_DS; \
	(regs)->xes = __USER_DS; \
	(regs)->xss = __USER_DS; \
	(regs)->xcs = __USER_CS; \
	(regs)->eip = (new_eip); \
	(regs)->esp = (new_esp); \
} while (0)

struct task_struct;
struct mm_struct;

/* Free the task's CPU-specific resources (nothing on i386). */
extern void release_thread(struct task_struct *);
/* A kernel thread: fn(arg) in a new task. */
extern int kernel_thread(int (*fn)(void *), void *arg, unsigned long flags);

/* Private LDTs (arch/i386/kernel/process.c). */
extern void copy_segments(struct task_struct *p, struct mm_struct *mm);
extern void release_segments(struct mm_struct *mm);

/* Where a sleeping task stopped: its saved eip and esp. */
#define THREAD_SIZE (2 * PAGE_SIZE)
#define KSTK_EIP(tsk)	(((unsigned long *)(4096 + (unsigned long)(tsk)))[1019])
#define KSTK_ESP(tsk)	(((unsigned long *)(4096 + (unsigned long)(tsk)))[1022])

/*
 * A task_struct and its kernel stack share one 8 KB, 8 KB aligned block
 * (an order-1 allocation), so that current is %esp rounded down.
 */
#define alloc_task_struct() \
	((struct task_struct *) __get_free_pages(GFP_KERNEL, 1))
#define free_task_struct(p)	free_pages((unsigned long) (p), 1)
#define get_task_struct(tsk)	atomic_inc(&virt_to_page(tsk)->count)

#define init_task	(init_task_union.task)
#define init_stack	(init_task_union.stack)

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
