/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Interrupt vectors: the CPU exceptions use 0-31, the two 8259 PICs are
 * moved to 0x20-0x2f, and int $0x80 is the system call.
 * Follows Linux 2.4.0 include/asm-i386/hw_irq.h (uniprocessor, no APIC).
 */
/// §10 系统引导和初始化（中断向量的分配）；书第 3 章讲中断的全过程。
/// 2.4.0: include/asm-i386/hw_irq.h
#ifndef _ASM_HW_IRQ_H
#define _ASM_HW_IRQ_H

/// 0–31 号向量由 Intel 保留给 CPU 异常（14 号是页面异常，§2.4）。BIOS 把 8259 的 IRQ0–7 放在
/// 8–15 号向量，与异常冲突，所以 init_IRQ 重新编程 8259，让 IRQ n 对应向量 0x20 + n。
#define FIRST_EXTERNAL_VECTOR	0x20
/// 系统调用 int $0x80：IDT 里 DPL 为 3 的陷阱门，用户态才能用 int 指令进入；init_IRQ 为外部中断
/// 安装中断门时跳过这一项（自检核对 "vector 0x80 is a DPL-3 gate"）。
#define SYSCALL_VECTOR		0x80
/// 两片级联的 8259，各 8 根中断线，共 16 个 IRQ（从片接在主片的 IRQ2 上）。
/// 2.4.0 在 asm-i386/irq.h 里定义它（没有 IO-APIC 时为 16），本移植放在这里。
#define NR_IRQS			16

#ifndef __ASSEMBLY__
#include <asm/atomic.h>

/* The kernel profiler (profile=N on the command line, kernel/timer.c). */
/// 内核剖析器（profiler）的三个变量：prof_buffer 是计数器数组，prof_len 是桶数，prof_shift 是每个桶覆盖 1<<prof_shift 字节正文。\n本移植把它们定义在 kernel/timer.c；profile= 启动选项（init/main.c）设置 prof_shift，start_kernel() 按正文大小分配 prof_buffer。
extern unsigned int *prof_buffer;
extern unsigned long prof_len;
extern unsigned long prof_shift;
extern char _stext[];
/// 本移植新增（kernel/profile.c）：关机时打印最热的函数，代替 2.4.0 的 /proc/profile。
extern void profile_report(void);

/*
 * A timer tick interrupted the kernel at eip: count it in eip's bucket
 * of 1 << prof_shift bytes of text.  An eip past the profiled text (the
 * init code, say) lands in the last bucket.
 */
/// §3 中断（时钟中断）：每个时钟滴答若打断的是内核态，就把被打断的 eip 所在桶的计数加 1，这就是 2.4.0 的采样式剖析。\n2.4.0: include/asm-i386/hw_irq.h x86_do_profile()（2.4.0 在 SMP 上还有按 CPU 的筛选；本移植是单处理器）
static inline void x86_do_profile(unsigned long eip)
{
	unsigned long slot;

	/// 没有给 profile= 时 prof_buffer 为 NULL，每个滴答只多一次比较。
	if (!prof_buffer)
		return;
	slot = (eip - (unsigned long)_stext) >> prof_shift;
	/// _etext 之后的地址（__init 正文等）都归到最后一个桶，不会越界写；eip 低于 _stext 时减法回绕成大数，同样落到最后一个桶。
	if (slot > prof_len - 1)
		slot = prof_len - 1;
	/// 用原子加：SMP 上几个 CPU 可能同时计同一个桶；单处理器上这也只是一条 incl。
	atomic_inc((atomic_t *)&prof_buffer[slot]);
}
#endif

#endif
