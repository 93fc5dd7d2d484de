/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Task switching, interrupt flag control, control registers and memory
 * barriers.
 * Follows Linux 2.4.0 include/asm-i386/system.h.
 */
/// §2.2、§2.7 的支撑：开关中断（分配页面时 zone->lock 用 spin_lock_irqsave 保护，单 CPU 上实际就是
/// 关中断）、读控制寄存器（CR0.PG/WP、CR2、CR3、CR4）和内存屏障。
/// 2.4.0: include/asm-i386/system.h
#ifndef __ASM_SYSTEM_H
#define __ASM_SYSTEM_H

#include <linux/kernel.h>

struct task_struct;

/*
 * Switch the CPU from task prev to task next.  prev's callee-saved
 * registers go on its own kernel stack; its esp and the address to
 * resume at (label 1) go into prev->thread; next's esp is loaded and
 * next's saved eip pushed, so that __switch_to() (arguments in eax and
 * edx) "returns" into next.  When prev is switched back in later it
 * resumes at 1 with ebx holding the task that ran last.
 */
/// §4.6 进程的调度与切换：进程切换的后半段在 arch/i386/kernel/process.c。regparm(3)：参数在 eax、edx（2.4.0 用 FASTCALL 声明）。
extern void __switch_to(struct task_struct *prev, struct task_struct *next)
	__attribute__((regparm(3)));

#define prepare_to_switch()	do { } while (0)

/// §4.6：切换到 next。2.4.0: include/asm-i386/system.h switch_to()
/// 把 esi、edi、ebp 压在 prev 自己的系统堆栈上（其余寄存器是调用者保存的，编译器已当作会被破坏），把 esp 存进
/// prev->thread.esp、把标号 1 的地址存进 prev->thread.eip；换上 next->thread.esp（从此用 next 的系统堆栈），
/// 压入 next->thread.eip 作为返回地址，跳到 __switch_to——它 ret 时就到了 next 当初被换下时的标号 1（新进程则是
/// ret_from_fork）。CPU 的“当前进程”随 esp 一起变了：current 是由 esp 算出来的。
/// prev 以后被换回来时从标号 1 接着执行，弹出自己的 esi、edi、ebp；ebx 里是 __switch_to 原样保留的、刚被换下的进程，
/// 成为宏的 last 输出。与 2.4.0 的写法不同之处：gcc 12 要求把 eax、edx、ecx 明确写成会被改写的（__switch_to 是 C 函数）。
#define switch_to(prev, next, last) do { \
	unsigned long __d0, __d1; \
	__asm__ __volatile__("pushl %%esi\n\t" \
			     "pushl %%edi\n\t" \
			     "pushl %%ebp\n\t" \
			     "movl %%esp, %0\n\t" \
			     "movl %5, %%esp\n\t" \
			     "movl $1f, %1\n\t" \
			     "pushl %6\n\t" \
			     "jmp __switch_to\n" \
			     "1:\t" \
			     "popl %%ebp\n\t" \
			     "popl %%edi\n\t" \
			     "popl %%esi\n\t" \
			     : "=m" ((prev)->thread.esp), \
			       "=m" ((prev)->thread.eip), \
			       "=b" (last), "=a" (__d0), "=d" (__d1) \
			     : "m" ((next)->thread.esp), \
			       "m" ((next)->thread.eip), \
			       "3" (prev), "4" (next), "2" (prev) \
			     : "ecx", "memory"); \
} while (0)

/*
 * Load a segment register; a bad selector (from a signal frame) loads
 * the null selector instead of faulting in the kernel.
 */
/// 装段寄存器，非法的选择子（来自用户伪造的信号框架，或进程切换时保存的用户 fs/gs）在异常表里有修复代码：改装 0。
/// 2.4.0 同名宏在同一文件。
#define loadsegment(seg, value) \
	__asm__ __volatile__("1:\tmovl %k0,%%" #seg "\n" \
		"2:\n" \
		".section .fixup,\"ax\"\n" \
		"3:\tpushl $0\n\t" \
		"popl %%" #seg "\n\t" \
		"jmp 2b\n" \
		".previous\n" \
		".section __ex_table,\"a\"\n\t" \
		".align 4\n\t" \
		".long 1b,3b\n" \
		".previous" \
		: : "r" ((unsigned int) (value)))

/* Read a segment register (the upper half of the result is zero). */
/// 读段寄存器（2.4.0 写在用到的地方）。
#define savesegment(seg, value) \
	__asm__ __volatile__("movl %%" #seg ",%k0" : "=r" (value))

/* CR0.TS: set, the next FPU instruction traps (lazy FPU switching). */
/// §4.6：CR0.TS（任务已切换）：置位后执行 FPU 指令引起 7 号异常，用于懒惰 FPU 切换；clts 清除，stts 置位。
#define clts()	__asm__ __volatile__("clts")
#define stts()	__asm__ __volatile__("movl %%cr0,%%eax; orl $8,%%eax; " \
				     "movl %%eax,%%cr0" : : : "ax")

/// 本移植新增：主机单元测试在用户态运行，cli/sti 和读控制寄存器都是特权操作，会触发保护异常，
/// 所以测试编译时换成什么也不做的空操作和常数 0；编译内核时走 #else 分支。
#ifdef HOST_TEST
#define __cli()			do { } while (0)
#define __sti()			do { } while (0)
#define __save_flags(x)		((x) = 0)
#define __restore_flags(x)	((void)(x))
#define safe_halt()		do { } while (0)
#define read_cr0()		0UL
#define read_cr2()		0UL
#define read_cr3()		0UL
#define read_cr4()		0UL
#else
/// 关中断。"memory" 告诉编译器内存可能已变：临界区里的内存访问不许被挪到 cli 之前或 sti 之后，
/// 否则关中断就白关了。
#define __cli()		__asm__ __volatile__("cli" : : : "memory")
#define __sti()		__asm__ __volatile__("sti" : : : "memory")
/// sti 有“推迟一条指令”的特性：sti 之后紧接的那条指令执行完，CPU 才响应中断。所以 sti; hlt 之间
/// 不会漏掉中断而睡死：中断要么在 hlt 之前就被挡着，要么把 CPU 从 hlt 唤醒。cpu_idle() 用它。
#define safe_halt()	__asm__ __volatile__("sti; hlt" : : : "memory")

/// pushfl; popl 把 EFLAGS（其中第 9 位 IF 是中断允许位）存进变量。配合 __restore_flags 恢复
/// 原来的中断状态，而不是无条件开中断：嵌套的关中断区间必须这样才不会提前打开中断。
#define __save_flags(x) \
	__asm__ __volatile__("pushfl ; popl %0" : "=g" (x) : : "memory")
/// popfl 会改变条件码，所以声明 "cc" 被破坏。
#define __restore_flags(x) \
	__asm__ __volatile__("pushl %0 ; popfl" : : "g" (x) : "memory", "cc")

/// §2.2 地址映射的全过程：CR0 的 PG 位（第 31 位）打开分页，WP 位（第 16 位）让内核态写只读页面
/// 也产生页面异常（写时拷贝靠它，§2.4、§2.5）。
/// 2.4.0: 无（本移植新增）：2.4.0 在用到的地方直接写 movl %%cr0 这样的内联汇编；本移植收成函数，
/// 自检（tests/kernel/boot_checks.c）和 fault.c 都用它，主机测试也能把它换成常数。
/// 引导后的值 0x8005003b：PG、AM、WP、NE、ET、TS、MP、PE 置位（自检打印 cr0=8005003b，
/// Bochs 调试器的 creg 命令也能看到）。
static inline unsigned long read_cr0(void)
{
	unsigned long v;

	/// volatile：每次调用都真正去读，不让编译器以为它是个常数而复用旧值。
	__asm__ __volatile__("movl %%cr0, %0" : "=r" (v));
	return v;
}

/// §2.4 越界访问：发生页面异常时，CPU 把引起异常的线性地址放进 CR2。do_page_fault 第一件事就读它，
/// 而且要赶在打开中断之前——否则另一次页面异常会改写 CR2。
/// 2.4.0: 无（本移植新增）：2.4.0 的 do_page_fault 直接用内联汇编读 CR2。
static inline unsigned long read_cr2(void)
{
	unsigned long v;

	__asm__ __volatile__("movl %%cr2, %0" : "=r" (v));
	return v;
}

/// §2.2 地址映射的全过程：CR3 存的是当前页面目录的物理地址（不是虚拟地址）。MMU 从这里开始
/// 逐级查页面目录、页面表。引导后它是 __pa(swapper_pg_dir) = 0x101000；进程切换时 switch_mm 装入
/// 下一个进程的 __pa(mm->pgd)，这就是“换一个地址空间”。
/// 2.4.0: 无（本移植新增）：供自检核对 CR3。
static inline unsigned long read_cr3(void)
{
	unsigned long v;

	__asm__ __volatile__("movl %%cr3, %0" : "=r" (v));
	return v;
}

/// §2.1 内存管理的基本框架：CR4 的 PSE（4M 大页面）、PAE（三级映射）、PGE（全局页面）位决定了
/// 页面表的形式，asm/processor.h 的 set_in_cr4 修改它们。
/// 2.4.0: 无（本移植新增）：供自检和调试读取。
static inline unsigned long read_cr4(void)
{
	unsigned long v;

	__asm__ __volatile__("movl %%cr4, %0" : "=r" (v));
	return v;
}
#endif /* HOST_TEST */

/* Uniprocessor: the global versions are the local ones. */
/// 单 CPU：“全局”版本就是本 CPU 的版本。2.4.0 的 SMP 内核里 cli() 是跨所有 CPU 的全局中断锁，
/// __cli() 才是只关本 CPU 的中断。
#define cli()			__cli()
#define sti()			__sti()
#define save_flags(x)		__save_flags(x)
#define restore_flags(x)	__restore_flags(x)
/// 先保存再关：spin_lock_irqsave 在单 CPU 上展开后就是它。
#define save_and_cli(x)		do { save_flags(x); cli(); } while (0)
#define local_irq_save(x)	save_and_cli(x)
#define local_irq_restore(x)	restore_flags(x)
#define local_irq_disable()	__cli()
#define local_irq_enable()	__sti()

#define nop() __asm__ __volatile__("nop")

/// 完整的内存屏障：对栈顶的字加 0，带 lock 前缀。带 lock 的指令会等前面所有的读写完成才执行，
/// 老的 i386 没有 mfence，2.4.0 就用这个办法。
#define mb()	__asm__ __volatile__("lock; addl $0,0(%%esp)" : : : "memory")
#define rmb()	mb()
/// 写屏障只需挡住编译器：x86 处理器对外的写顺序本来就与程序顺序一致。
#define wmb()	__asm__ __volatile__("" : : : "memory")
/// 纯编译器屏障：不产生任何指令，只是不让编译器跨过它重排内存访问或缓存内存的值。
/// 与 2.4.0 的位置不同：2.4.0 把 barrier() 定义在 linux/kernel.h，本移植放在这里，和其他屏障在一起。
#define barrier() __asm__ __volatile__("" : : : "memory")

/// 与 2.4.0 略有不同：2.4.0 用 xchg 完成“写入 + 屏障”（xchg 隐含 lock），本移植先赋值再 mb()，效果相同。
#define set_mb(var, value) do { var = value; mb(); } while (0)
#define set_wmb(var, value) do { var = value; wmb(); } while (0)

/// 单 CPU 上没有别的处理器来观察内存顺序，只需挡住编译器。
#define smp_mb()	barrier()
#define smp_rmb()	barrier()
#define smp_wmb()	barrier()

/// 在 arch/i386/kernel/process.c。本移植中 halt 和 power_off 都会让 Bochs/QEMU 退出（见 process.c），
/// panic() 和 start_kernel 的结尾用它们结束无头运行。
extern void machine_restart(char *);
extern void machine_halt(void);
extern void machine_power_off(void);

#endif
