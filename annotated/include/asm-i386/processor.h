/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * CPU description, CR4 feature bits, the size of user space, the CPU
 * state of a task (thread_struct) and the TSS.
 * 情景分析 §2.1; chapter 4 (processes).  Follows Linux 2.4.0 include/asm-i386/processor.h.
 */
/// §2.1 内存管理的基本框架：与 CPU 有关的存储管理参数——用户空间的大小 TASK_SIZE（3G）、
/// CPU 的分页特性（PSE、PGE、PAE）、CR4，以及硬件任务状态段 TSS（esp0/ss0 决定进入内核时用哪个
/// 系统堆栈）。
/// 2.4.0: include/asm-i386/processor.h
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
/// head.S 用 CPUID 等办法探测 CPU 后填进 boot_cpu_data。head.S 按固定偏移直接写其中几个字段
/// （X86 在 +0、X86_HARD_MATH 在 +6、X86_CAPABILITY 在 +12 ……），所以字段的顺序和大小不能改，
/// 与 2.4.0 完全相同。
struct cpuinfo_x86 {
	__u8	x86;		/* CPU family */
	__u8	x86_vendor;	/* CPU vendor */
	__u8	x86_model;
	__u8	x86_mask;
	/// §2.4、§2.5：386 在内核态（CPL 0）写只读页面时不会产生页面异常（CR0.WP 是 486 才有的）。
	/// 2.4.0 的 mem_init 会实测 WP 位是否有效；若无效，内核代替用户写用户空间之前必须自己检查写权限，
	/// 否则写时拷贝就被绕过了。setup.c 里的初值 -1 表示“还没测”。
	char	wp_works_ok;	/* does the WP bit work in supervisor mode? */
	char	hlt_works_ok;
	/// 有没有浮点协处理器，head.S 的 check_x87 填写。
	char	hard_math;
	char	rfu;
	/// CPUID 支持的最大功能号；-1 表示 CPU 根本没有 CPUID 指令（386 和早期 486）。
	int	cpuid_level;	/* maximum supported CPUID level, -1 = none */
	/// CPUID 1 号功能 EDX 返回的特性位放在 [0]，下面的 X86_FEATURE_* 就是其中的位号。
	__u32	x86_capability[4];
	char	x86_vendor_id[16];
	char	x86_model_id[64];
	int	x86_cache_size;	/* in KB */
	int	fdiv_bug;
	/// 奔腾的 F00F 错误：一条非法的带 lock 前缀的指令能把 CPU 锁死。2.4.0 的对策与存储管理有关：
	/// 把 IDT 放进一个只读页面，CPU 处理这条指令时先引发页面异常，由 do_page_fault 认出来再转去报告
	/// 无效操作码。
	int	f00f_bug;
	int	coma_bug;
	unsigned long loops_per_jiffy;
	/// 页面目录、页面表的“快速缓冲”链表。2.4.0 在 i386 上从来不往里放东西（pte_free、
	/// pgd_free 直接把页面还给伙伴系统），这几个字段实际上总是空的，保留只是为了结构一致。
	unsigned long *pgd_quick;
	unsigned long *pmd_quick;
	unsigned long *pte_quick;
	unsigned long pgtable_cache_sz;
};

/// 2.4.0 还定义了 Cyrix、AMD 等厂商号，本移植只用到这两个。
#define X86_VENDOR_INTEL 0
#define X86_VENDOR_UNKNOWN 0xff

/// 单 CPU：当前 CPU 的数据就是引导 CPU 的数据。
extern struct cpuinfo_x86 boot_cpu_data;
#define current_cpu_data boot_cpu_data

/* CPUID level 1 EDX feature bits that the memory manager cares about. */
#define X86_FEATURE_FPU		0	/* onboard FPU */
/// §2.1：PSE，4M 的大页面。2.4.0 的 pagetable_init 在 CPU 支持 PSE 时，用 4M 页面映射内核的线性
/// 映射区：页面目录项直接指向 4M 的物理区域，省掉了页面表，也减少了 TLB 不命中。
#define X86_FEATURE_PSE		3	/* 4 MB pages */
/// PAE：36 位物理地址，需要三级映射（pgtable-3level.h）。本移植和书中一样只用两级映射。
#define X86_FEATURE_PAE		6	/* 36-bit physical addresses */
/// PGE：全局页面。页面表项设了 _PAGE_GLOBAL 的页面在重新装入 CR3 时不从 TLB 里冲掉。3G 以上的内核
/// 空间在所有进程中映射都相同，正好适用：进程切换时内核部分的 TLB 项得以保留。
#define X86_FEATURE_PGE		13	/* global pages */

/// 2.4.0 用 test_bit() 测试同一位（位号定义在 asm/cpufeature.h）。引导参数 mem=nopentium 会清掉 PSE 位（setup.c parse_mem_cmdline），
/// 强制内核用 4K 页面。
#define cpu_has_pse	(boot_cpu_data.x86_capability[0] & (1 << X86_FEATURE_PSE))
#define cpu_has_pge	(boot_cpu_data.x86_capability[0] & (1 << X86_FEATURE_PGE))
#define cpu_has_pae	(boot_cpu_data.x86_capability[0] & (1 << X86_FEATURE_PAE))

/* CR4 bits. */
#define X86_CR4_VME		0x0001
#define X86_CR4_PVI		0x0002
#define X86_CR4_TSD		0x0004
#define X86_CR4_DE		0x0008
/// CR4 中打开相应特性的位：PSE 0x10、PAE 0x20、PGE 0x80。Bochs 调试器的 creg 命令可以看到 CR4 的当前值。
#define X86_CR4_PSE		0x0010
#define X86_CR4_PAE		0x0020
#define X86_CR4_MCE		0x0040
#define X86_CR4_PGE		0x0080
#define X86_CR4_PCE		0x0100
#define X86_CR4_OSFXSR		0x0200
#define X86_CR4_OSXMMEXCPT	0x0400

/* The CR4 bits set so far, so that later CPUs can copy them. */
/// 记下已经在 CR4 中打开的位。SMP 时其他 CPU 启动后要照样设置一遍（2.4.0 的 head.S 在次 CPU 的
/// 路径上读它）。
extern unsigned long mmu_cr4_features;

/// 主机单元测试在用户态，不能访问 CR4，测试编译时不提供这两个函数。
#ifndef HOST_TEST
/// §2.1 内存管理的基本框架：打开 CR4 中的分页特性，如 set_in_cr4(X86_CR4_PSE)（2.4.0 在 pagetable_init
/// 里这样用）。
/// 2.4.0: include/asm-i386/processor.h set_in_cr4()
static inline void set_in_cr4(unsigned long mask)
{
	unsigned long cr4;

	/// 先记账，再改寄存器。
	mmu_cr4_features |= mask;
	/// 读—改—写 CR4：mov 只能在 CR4 和通用寄存器之间传送，所以先读到寄存器里，或上 mask 再写回。
	/// 两条 asm 都是 volatile，编译器不会把它们删掉或调换次序。2.4.0 把三条指令写在一条 asm 里，
	/// 固定用 eax 作临时寄存器；这里让编译器选寄存器，效果相同。
	__asm__ __volatile__("movl %%cr4, %0" : "=r" (cr4));
	cr4 |= mask;
	__asm__ __volatile__("movl %0, %%cr4" : : "r" (cr4));
}

/// §2.1 内存管理的基本框架：关掉 CR4 中的某些位（与 set_in_cr4 相反）。
/// 2.4.0: include/asm-i386/processor.h clear_in_cr4()
static inline void clear_in_cr4(unsigned long mask)
{
	unsigned long cr4;

	mmu_cr4_features &= ~mask;
	/// 同样读—改—写，这次与上 ~mask。
	__asm__ __volatile__("movl %%cr4, %0" : "=r" (cr4));
	cr4 &= ~mask;
	__asm__ __volatile__("movl %0, %%cr4" : : "r" (cr4));
}
#endif

/* User space is everything below the kernel's PAGE_OFFSET: 3 GB. */
/// §2.1 的 3G/1G 划分：用户空间的上界 0xC0000000，也就是 PAGE_OFFSET。许多地方以它为界：mmap、brk、
/// munmap 检查地址不得越过它（否则 -EINVAL）；页面目录里属于用户的是前 TASK_SIZE / 4M = 768 项，
/// 其余 256 项是所有进程共享的内核部分；do_page_fault 遇到 address >= TASK_SIZE 的异常，
/// 就去走 vmalloc 区的同步分支。
#define TASK_SIZE	(PAGE_OFFSET)

/* Where mmap starts looking for room when the caller gives no address. */
/// TASK_SIZE / 3 = 0x40000000（1G）：没有指定地址的 mmap 从这里向上找空闲区间（§2.13）。
/// 在真正的 2.4.0 上，一个新进程的第一个匿名 mmap 就落在 0x40000000。
#define TASK_UNMAPPED_BASE	(TASK_SIZE / 3)

/*
 * The FPU state saved by fnsave: control, status and tag words, the last
 * instruction and operand pointers, the eight 80-bit registers.
 */
/// §4.6：fnsave 保存的 FPU 状态（108 字节，加一个软件状态字）。懒惰切换时存在 thread.i387 里。
/// 2.4.0 的 i387_union 还有 fxsave（PIII 以上，512 字节）和软件仿真的格式，本移植只用 fnsave。
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
/// §4.6 进程的调度与切换：进程被切换出去时留下的 CPU 状态。2.4.0: include/asm-i386/processor.h struct thread_struct
/// esp、eip：切换出去那一刻的系统堆栈指针和恢复点（switch_to 保存、装入）；esp0：它的系统堆栈顶端，切换进来时
/// __switch_to 写进 TSS；fs、gs：用户的两个段寄存器；cr2、trap_no、error_code：最近一次异常的细节，供信号框架使用。
/// 与 2.4.0 不同：没有 vm86 的字段和 ioperm 的 I/O 位图。
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

/// 0 号进程的 thread（2.4.0 的 INIT_THREAD 全为 0）；init_task.c 另把它的 esp0 设成 init_task_union 的顶端。
#define INIT_THREAD	{ .esp0 = 0 }

/*
 * exec(): the registers the new program starts with.  The saved frame
 * returns to user mode: user segments, the entry point, the new stack.
 */
/// §4.4 execve：load_elf_binary 最后调用它，改写 execve 保存的寄存器框架：用户代码段、数据段、堆栈段，
/// eip 为程序入口，esp 为新堆栈（argc 所在处）。fs、gs 清零；addr_limit 回到 USER_DS（init 原来是内核线程，
/// 有 KERNEL_DS）。系统调用返回时 iret 依据框架里的 CS 回到用户态，也就进入了新程序。
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
/// §4.3：kernel_thread 在 process.c；init 进程就是用它创建的。
extern int kernel_thread(int (*fn)(void *), void *arg, unsigned long flags);

/* Private LDTs (arch/i386/kernel/process.c). */
/// §2.12 exit_mmap() 拆除地址空间时先释放进程私有的 LDT（mm->context.segments）；fork 时 copy_segments 复制一份。在 process.c 中。
extern void copy_segments(struct task_struct *p, struct mm_struct *mm);
extern void release_segments(struct mm_struct *mm);

/* Where a sleeping task stopped: its saved eip and esp. */
/// 每个进程的 task_struct 和系统堆栈合占两个页面（order 为 1 的块，8K），见 asm/current.h。
#define THREAD_SIZE (2 * PAGE_SIZE)
/// 用户态的 eip、esp 保存在系统堆栈顶端的 pt_regs 里（从 8K 块顶端往下数第 5、2 个字）。
#define KSTK_EIP(tsk)	(((unsigned long *)(4096 + (unsigned long)(tsk)))[1019])
#define KSTK_ESP(tsk)	(((unsigned long *)(4096 + (unsigned long)(tsk)))[1022])

/*
 * A task_struct and its kernel stack share one 8 KB, 8 KB aligned block
 * (an order-1 allocation), so that current is %esp rounded down.
 */
/// §4.3：fork 用 alloc_task_struct 分配 8K 的块（两个物理上连续的页面，因而 8K 对齐），release_task 用 free_task_struct 释放。
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
/// §2.3：0 号进程的 init_mm 只有这一个虚存区间（vm_area_struct），覆盖整个地址空间、可读写执行、
/// 共享保护属性。字段依次是 vm_mm、vm_start、vm_end、vm_next、vm_page_prot、vm_flags 和 AVL 树的
/// 高度与左右子树，顺序同 2.4.0；这里用指名初始化写。它只在同时包含了 linux/mm.h 和
/// asm/pgtable.h 的地方展开（PAGE_SHARED、VM_READ 在那里定义）。
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
/// I/O 许可位图长 32 个 long = 1024 位，每位对应一个端口，覆盖端口 0–1023；位为 0 才允许用户态
/// （IOPL 不够时）访问该端口。ioperm 系统调用设置它。
#define IO_BITMAP_SIZE	32
/// 位图在 TSS 里的偏移，写进 TSS 的 bitmap 字段，CPU 就去那里找位图。
#define IO_BITMAP_OFFSET offsetof(struct tss_struct, io_bitmap)
/// 0x8000 超出了 TSS 的段界限（235），CPU 因而认为没有位图：用户态的任何 in/out 都引发一般保护异常。
/// init_tss 用这个值；2.4.0 对没有调用过 ioperm 的进程也是这样处理的。
#define INVALID_IO_BITMAP_OFFSET 0x8000

/// §2.2 地址映射的全过程：硬件定义的任务状态段（前 104 字节的格式由 CPU 规定，字段顺序不能动）。
/// Linux 不用 CPU 的硬件任务切换，每个 CPU 只有一个 TSS，真正用到的只有 esp0/ss0 和 I/O 位图。
struct tss_struct {
	/// 硬件任务切换时记录前一个任务的 TSS 选择码，Linux 不用。带 __ 的字段都是 16 位段寄存器后面
	/// 凑满 32 位的填充。
	unsigned short	back_link, __blh;
	/// 关键字段：从用户态（3 级）进入内核（0 级）时，CPU 自动从 TSS 取 ss0:esp0 作为新的堆栈，
	/// 这就是当前进程的系统堆栈顶端（它的 task_struct 所在 8K 块的顶端）。2.4.0 在进程切换时
	/// （__switch_to）把下一个进程的 thread.esp0 写进这里；引导时 init_tss 的 esp0 是
	/// init_task_union + 8192。Bochs 调试器的 info tss 命令可以看到它。
	unsigned long	esp0;
	/// 0 级堆栈的段选择码 __KERNEL_DS（0x18）。
	unsigned short	ss0, __ss0h;
	/// 1 级和 2 级的堆栈：Linux 只用 0 级和 3 级，不用。
	unsigned long	esp1;
	unsigned short	ss1, __ss1h;
	unsigned long	esp2;
	unsigned short	ss2, __ss2h;
	/// 从这里起是硬件任务切换时保存、装入的寄存器映像，Linux 不用，这些字段一直闲着。注意 CR3 也在
	/// 其中：Linux 换页面目录是在 switch_mm 里直接写 CR3（§2.2），而不是靠硬件任务切换。
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
	/// LDT 的选择码。本移植的 init_tss 填的是选择码 __LDT(0) << 3 = 0x68；2.4.0 的 INIT_TSS 在这里
	/// 填的是下标 __LDT(0) 本身（13）。硬件任务切换从不发生，CPU 从不读这个字段，所以两者都无害，
	/// 本移植的写法才是正确的选择码（与 2.4.0 的一处小出入，见报告）。
	unsigned short	ldt, __ldth;
	/// trace：调试陷阱位；bitmap：I/O 位图在 TSS 中的偏移。
	unsigned short	trace, bitmap;
	/// 多出的一个 long 必须全为 1：CPU 检查端口时一次读两个字节，位图末尾要有一个全 1 的结束字节。
	unsigned long	io_bitmap[IO_BITMAP_SIZE + 1];
	/// 凑满 256 字节（104 + 132 + 20），让每个 TSS 占整数个 cache 行。TSS 描述符的界限是 235
	/// （= 104 + 132 − 1），正好到位图的结束字节为止。
	unsigned long	__cacheline_filler[5];
};

/// NR_CPUS 来自 linux/threads.h（非 SMP 时为 1），与 2.4.0 相同。
/// 每个 CPU 一个 TSS，在 arch/i386/kernel/init_task.c；cpu_init() 用 set_tss_desc 在 GDT 第 12 项
/// 造描述符，再用 load_TR 装入任务寄存器。
extern struct tss_struct init_tss[NR_CPUS];

#endif /* __ASM_I386_PROCESSOR_H */
