/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The register frame that entry.S builds on the kernel stack.
 * Follows Linux 2.4.0 include/asm-i386/ptrace.h.
 */
/// §2.4 越界访问：进入内核时（中断、异常、系统调用），CPU 先压入 eip、cs、eflags（从用户态进入时
/// 还有 esp、ss），entry.S 的 SAVE_ALL 再把其余寄存器压在系统堆栈上，合起来就是一个 struct pt_regs。
/// C 语言的处理函数（do_page_fault、do_IRQ、系统调用）拿到的 regs 指针就指向这里；
/// do_page_fault 用 regs->xcs 判断异常来自用户态还是内核态，用 regs->esp 判断用户堆栈能否扩展（§2.5）。
/// 2.4.0: include/asm-i386/ptrace.h
#ifndef _I386_PTRACE_H
#define _I386_PTRACE_H

/// 以 4 字节为单位的下标，给汇编代码和 ptrace 系统调用用，与下面结构的字段顺序一一对应
/// （entry.S 里 EAX(%esp) 这样的偏移就是下标 × 4）。
#define EBX 0
#define ECX 1
#define EDX 2
#define ESI 3
#define EDI 4
#define EBP 5
#define EAX 6
#define DS 7
#define ES 8
#define FS 9
#define GS 10
/// 系统调用时这里存的是系统调用号（eax 会被返回值覆盖，原值留在这里）；硬件中断时是取反的 IRQ 号；
/// 对带出错代码的异常（如页面异常），CPU 压入的出错代码正落在这个位置，entry.S 把它取出来作为
/// 处理函数的第二个参数，再在这里填 -1。
#define ORIG_EAX 11
/// 从这里起的 5 项是 CPU 自己压的。只有特权级发生变化（从用户态进入）时才有 esp、ss 两项。
#define EIP 12
#define CS  13
#define EFL 14
#define UESP 15
#define SS   16
#define FRAME_SIZE 17

#ifndef __ASSEMBLY__
/// 字段顺序就是它们在系统堆栈上由低到高的顺序：最后压入的 ebx 在最低地址，也就是 regs 指针所指之处。
struct pt_regs {
	long ebx;
	long ecx;
	long edx;
	long esi;
	long edi;
	long ebp;
	long eax;
	/// 段寄存器压栈时占 32 位，高 16 位没有意义，使用时要 & 0xffff，所以声明为 int 而且名字带 x。
	int  xds;
	int  xes;
	/// 见上面 ORIG_EAX 的说明。
	long orig_eax;
	long eip;
	int  xcs;
	long eflags;
	/// 只有从用户态进入时这两项才真的在堆栈上；内核态发生的异常没有压 esp、ss，这时结构的最后两项
	/// 其实是堆栈上更早的内容。traps.c 的 show_registers 因此在内核态时用 &regs->esp 当作出错时的 esp。
	long esp;
	int  xss;
};

/* Was the CPU in user mode (ring 3) or in vm86 mode when it trapped? */
/// §2.4：异常发生在用户态还是内核态。压在堆栈上的 cs 的低两位就是当时的特权级，3 表示用户态；
/// vm86 模式下 cs 是实模式的段值，要看 EFLAGS 的 VM 位。do_page_fault 据此决定是给进程发 SIGSEGV，
/// 还是查异常表、或者 oops。
#define user_mode(regs) ((VM_MASK & (regs)->eflags) || (3 & (regs)->xcs))
#define instruction_pointer(regs) ((regs)->eip)
#endif

/// EFLAGS 第 17 位 VM：CPU 处于虚拟 8086 模式。宏在使用时才展开，所以定义在 user_mode 之后也没关系。
#define VM_MASK 0x00020000

#endif
