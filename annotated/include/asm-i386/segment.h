/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Segment selectors of the flat kernel and user segments in gdt_table.
 * 情景分析 §2.2.  Follows Linux 2.4.0 include/asm-i386/segment.h.
 */
/// §2.2 地址映射的全过程：i386 先做段式映射（逻辑地址 → 线性地址），再做页式映射（线性地址 →
/// 物理地址）。Linux 让这四个段的基址都是 0、界限都是 4G，段式映射就成了恒等映射，逻辑地址
/// 等于线性地址，真正起作用的只有页式映射；段剩下的作用只是区分特权级（内核 0 级，用户 3 级）。
/// 段选择码的格式：高 13 位是描述符在 GDT 中的下标，第 2 位 TI 选 GDT(0)/LDT(1)，
/// 低 2 位是 RPL（请求特权级）。
/// 2.4.0: include/asm-i386/segment.h
#ifndef _ASM_SEGMENT_H
#define _ASM_SEGMENT_H

/// 0x10 = 下标 2、TI 0、RPL 0：内核代码段，描述符 0x00cf9a000000ffff（DPL 0，基址 0，界限 4G）。
/// GDT 的 0 号是空描述符，1 号（0x08）不用。
#define __KERNEL_CS	0x10
/// 0x18 = 下标 3、RPL 0：内核数据段（也是内核堆栈段，TSS 的 ss0 就是它）。
#define __KERNEL_DS	0x18

/// 0x23 = 0x20 | 3：下标 4、RPL 3：用户代码段，DPL 3。CPU 运行用户程序时 cs 的低两位就是当前
/// 特权级 CPL = 3；陷入内核时压在系统堆栈上的 cs 也带着这两位，ptrace.h 的 user_mode() 正是
/// 看 regs->xcs & 3 来区分异常发生在用户态还是内核态（§2.4）。
#define __USER_CS	0x23
/// 0x2B = 0x28 | 3：下标 5、RPL 3：用户数据段和用户堆栈段。
/// 在 Bochs 调试器里，info gdt 列出这几个描述符，sreg 显示引导后 cs=0x0010、ds=0x0018；
/// 自检输出中 GDT[2] 的值是 0x00cf9b...，比表里多出的 1 是 CPU 装载段时置上的“已访问”位。
#define __USER_DS	0x2B

#endif
