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

#endif
