/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * entry.S: the way into the kernel from exceptions and from int $0x80.
 * Every entry saves the registers as a struct pt_regs on the kernel stack
 * and calls a C handler.
 * 情景分析 §2.4 (page_fault, error_code); chapter 3 for the rest.
 * Follows Linux 2.4.0 arch/i386/kernel/entry.S.
 *
 * Stack after SAVE_ALL (offsets of struct pt_regs):
 *	 0(%esp) - %ebx		 4 - %ecx	 8 - %edx
 *	 C - %esi		10 - %edi	14 - %ebp
 *	18 - %eax		1C - %ds	20 - %es
 *	24 - orig_eax		28 - %eip	2C - %cs
 *	30 - %eflags		34 - %oldesp	38 - %oldss
 */

/// 异常、中断和系统调用进入内核的入口。§2.4 越界访问 关心其中 page_fault 与公共的 error_code 路径：CPU 发生页面异常时
/// 从这里进入 do_page_fault()；其余是第 3 章（中断、异常和系统调用）的内容。
/// 与 2.4.0 的差别：返回路径还没有软中断、重新调度和信号处理（本移植还没有进程调度和信号）；系统调用表中尚未移植的
/// 调用都指向 sys_ni_syscall；device_not_available 走普通的 error_code 路径；lcall7/lcall27 只回答 -ENOSYS。
#include <linux/linkage.h>
#include <asm/segment.h>

/// struct pt_regs 中各寄存器相对栈顶的偏移，顺序由 SAVE_ALL 的压栈顺序和 CPU 自动压入的部分共同决定，
/// 必须与 include/asm-i386/ptrace.h 中 struct pt_regs 的字段顺序一致：C 处理程序把这块栈当作 struct pt_regs 来读写。
EBX		= 0x00
ECX		= 0x04
EDX		= 0x08
ESI		= 0x0C
EDI		= 0x10
EBP		= 0x14
EAX		= 0x18
DS		= 0x1C
ES		= 0x20
/// orig_eax：系统调用时存调用号（EAX 槽以后要放返回值），异常时存 −1，硬件中断时存 IRQ 号 − 256。
ORIG_EAX	= 0x24
/// 从 EIP 起是 CPU 在进入时自动压入的：EIP、CS、EFLAGS；如果发生了特权级变化（从用户态进入），还有用户的 ESP、SS。
/// 从内核态进入时没有后两项，所以 pt_regs 的最后两个字段只在用户态进入时有效（show_registers() 因此区别对待）。
EIP		= 0x28
CS		= 0x2C
EFLAGS		= 0x30
OLDESP		= 0x34
OLDSS		= 0x38

CF_MASK		= 0x00000001
IF_MASK		= 0x00000200
NT_MASK		= 0x00004000
/// EFLAGS 的 VM 位：虚拟 8086 模式。
VM_MASK		= 0x00020000

/* Offsets into struct task_struct. */
/// task_struct 中汇编要用的字段偏移（2.4.0 相同）：need_resched、sigpending 等以后返回路径会用到，必须与 sched.h 一致。
state		= 0
flags		= 4
sigpending	= 8
addr_limit	= 12
exec_domain	= 16
need_resched	= 20
tsk_ptrace	= 24
processor	= 52

ENOSYS		= 38
NR_syscalls	= 256

/// SAVE_ALL：按 pt_regs 的倒序压入 ES、DS 和 7 个通用寄存器，再把 DS/ES 换成 __KERNEL_DS。从用户态进入时 CPU 只换 CS 和 SS
/// （从门和 TSS 得到），DS/ES 可能还是用户态的 __USER_DS，所以要自己换。cld 保证 C 代码假定的 DF = 0。
#define SAVE_ALL \
	cld; \
	pushl %es; \
	pushl %ds; \
	pushl %eax; \
	pushl %ebp; \
	pushl %edi; \
	pushl %esi; \
	pushl %edx; \
	pushl %ecx; \
	pushl %ebx; \
	movl $(__KERNEL_DS), %edx; \
	movl %edx, %ds; \
	movl %edx, %es;

/// RESTORE_ALL：按相反顺序弹出，跳过 orig_eax，iret 回到被打断的地方。弹 DS/ES 或 iret 本身都可能因为段值非法而出错
/// （比如用户进程通过 modify_ldt 留下坏选择子）：1b、2b、3b 三处登记在异常表里，出错时转到 .fixup 中的 4、5、6——
/// 前两处把该段值换成 0 再弹一次，iret 出错则以 SIGSEGV（11）结束当前进程。这就是 §2.4 越界访问 讲的
/// “异常表 + 修复代码”机制在内核自己身上的用法。
/// 注意：本移植的一般保护异常（do_general_protection，由 DO_ERROR 生成）直接 die()，不查异常表，所以这几项修复代码目前
/// 不会被用到；2.4.0 的 do_general_protection() 会先查异常表。
#define RESTORE_ALL \
	popl %ebx; \
	popl %ecx; \
	popl %edx; \
	popl %esi; \
	popl %edi; \
	popl %ebp; \
	popl %eax; \
1:	popl %ds; \
2:	popl %es; \
	addl $4, %esp; \
3:	iret; \
.section .fixup, "ax"; \
4:	movl $0, (%esp); \
	jmp 1b; \
5:	movl $0, (%esp); \
	jmp 2b; \
6:	pushl %ss; \
	popl %ds; \
	pushl %ss; \
	popl %es; \
	pushl $11; \
	call do_exit; \
.previous; \
.section __ex_table, "a"; \
	.align 4; \
	.long 1b, 4b; \
	.long 2b, 5b; \
	.long 3b, 6b; \
.previous

/* current = the bottom of the 8 KB kernel stack block. */
/// GET_CURRENT：task_struct 和内核栈共用一个按 8 KB 对齐的块（task_union），把 ESP 的低 13 位清零就是当前进程的
/// task_struct 指针，即 current。这比用全局变量快，也天然适合多 CPU。
#define GET_CURRENT(reg) \
	movl $-8192, reg; \
	andl %esp, reg

/*
 * int $0x80: number in %eax, arguments in %ebx %ecx %edx %esi %edi %ebp,
 * result back in %eax.  Numbers outside the table get -ENOSYS.
 */
/// §3 中断、异常和系统调用（系统调用，int $0x80）：用户程序把调用号放在 EAX、参数放在 EBX、ECX、EDX、ESI、EDI、EBP，
/// 执行 int $0x80；IDT 第 0x80 项是 DPL 3 的系统门（陷阱门），所以用户态可以穿过它进入内核态。返回值放回 pt_regs 的 EAX 槽，
/// RESTORE_ALL 把它带回用户的 EAX。
/// 2.4.0: arch/i386/kernel/entry.S system_call（本移植没有 2.4.0 中 PT_TRACESYS 时走的 tracesys 路径）
/// Bochs 中 trap_init() 之后 `info idt 0x80` 显示一个 DPL=3 的 32 位陷阱门。
ENTRY(system_call)
	/// 先压 EAX 作为 orig_eax：保留调用号，因为 EAX 槽要被返回值覆盖（2.4.0 的信号处理靠它决定是否重启系统调用）。
	pushl	%eax			# orig_eax: the call number
	SAVE_ALL
	/// EBX = current（task_struct 指针）。2.4.0 接着用它检查 PT_TRACESYS，返回路径也靠它查看 need_resched 和 sigpending。
	GET_CURRENT(%ebx)
	/// 调用号越界（无符号比较，负数也算）时不查表，直接返回 −ENOSYS。
	cmpl	$(NR_syscalls), %eax
	jae	badsys
	/// 按调用号查表间接调用。参数就是 SAVE_ALL 压在栈上的 EBX、ECX……——这些 sys_* 函数都是 asmlinkage（参数全在栈上），
	/// 栈上从 EBX 开始的几个字正好是前几个参数。
	call	*SYMBOL_NAME(sys_call_table)(,%eax,4)
	/// 返回值写进栈上 pt_regs 的 EAX 槽，RESTORE_ALL 时弹回 EAX，交给用户程序。
	movl	%eax, EAX(%esp)		# the result goes back in %eax
/// §3 中断、异常和系统调用：系统调用、异常和中断共同的返回出口。
/// 2.4.0: arch/i386/kernel/entry.S ret_from_sys_call（2.4.0 在这里依次检查待处理的软中断、need_resched（调用 schedule()）和
/// sigpending（调用 do_signal()），然后才 RESTORE_ALL；本移植还没有调度和信号，关中断后直接恢复现场返回）
ENTRY(ret_from_sys_call)
	/// 关中断：从这里到 iret 之间不能再被中断打断，否则刚检查过的状态（将来的 need_resched 等）可能过时。iret 恢复 EFLAGS 时
	/// 会重新打开中断。
	cli				# no interrupt between here and iret
restore_all:
	RESTORE_ALL

	ALIGN
/// 异常处理程序返回到这里。2.4.0 在这里先处理软中断，再转到 ret_from_intr（它按返回的是用户态还是内核态决定要不要
/// 检查重新调度和信号）；本移植直接转到 ret_from_sys_call。
ret_from_exception:
	GET_CURRENT(%ebx)
	jmp	ret_from_sys_call

/// 越界的调用号：EAX 槽 = −ENOSYS（−38），与 2.4.0 相同；boot-log 中记录的真实 2.4.0 行为也是 −38。
badsys:
	movl	$-ENOSYS, EAX(%esp)
	jmp	ret_from_sys_call

/// §3 中断、异常和系统调用（异常 0，除法错）：CPU 不为它压入出错代码，所以先压一个 0 占位，再压 C 处理程序
/// do_divide_error 的地址，然后落入 error_code。
/// 2.4.0: arch/i386/kernel/entry.S divide_error
ENTRY(divide_error)
	pushl	$0			# no error code
	pushl	$ SYMBOL_NAME(do_divide_error)
	ALIGN
/*
 * The common path of the exceptions.  The stub pushed the handler's
 * address where %es goes and the error code (or 0) where orig_eax goes;
 * swap them into place, then call handler(regs, error_code).
 */
/// error_code：所有异常的公共路径（§2.4 越界访问 中页面异常就是从这里调用 do_page_fault() 的）。进入时栈上从高到低是：
/// CPU 压的 EFLAGS/CS/EIP（可能还有 SS/ESP）、出错代码（CPU 压的，或入口压的 0）、处理程序地址。出错代码恰好占在
/// orig_eax 的位置，处理程序地址占在 ES 的位置；接着压入其余寄存器，得到一个完整的 pt_regs。
error_code:
	pushl	%ds
	pushl	%eax
	xorl	%eax, %eax
	pushl	%ebp
	pushl	%edi
	pushl	%esi
	pushl	%edx
	/// EAX = −1（穿插在压栈指令之间，与 2.4.0 的写法相同），下面把它写进 orig_eax。
	decl	%eax			# eax = -1
	pushl	%ecx
	pushl	%ebx
	cld
	movl	%es, %ecx
	/// 把出错代码取进 ESI、处理程序地址取进 EDI，再把这两个槽改回它们在 pt_regs 中应有的内容：orig_eax = −1（表明这不是
	/// 系统调用，以后不会被当作可重启的系统调用），ES 槽放真正的 ES。
	movl	ORIG_EAX(%esp), %esi	# the error code
	movl	ES(%esp), %edi		# the handler
	movl	%eax, ORIG_EAX(%esp)	# not a system call: orig_eax = -1
	movl	%ecx, ES(%esp)
	/// 按 C 调用约定压入两个参数：先 error_code 后 regs，于是处理程序的原型是 handler(struct pt_regs *regs, long error_code)。
	movl	%esp, %edx
	pushl	%esi			# error_code
	pushl	%edx			# regs
	/// 换成内核数据段（相当于 SAVE_ALL 的最后一步），EBX = current。
	movl	$(__KERNEL_DS), %edx
	movl	%edx, %ds
	movl	%edx, %es
	GET_CURRENT(%ebx)
	/// 调用具体的处理程序，例如 do_page_fault()。Bochs 中可以 `lb` 加上 scripts/sym do_page_fault 给的地址停在页面异常处理上，
	/// 再用 `creg` 看 CR2 中的出错地址。
	call	*%edi
	/// 弹掉两个参数，经 ret_from_exception 恢复现场返回：对页面异常来说就是重新执行出错的那条指令（或异常表指定的修复代码）。
	addl	$8, %esp
	jmp	ret_from_exception

/// §3 中断、异常和系统调用（异常 16，x87 浮点错误）：无出错代码，压 0。
/// 2.4.0: arch/i386/kernel/entry.S coprocessor_error
ENTRY(coprocessor_error)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_coprocessor_error)
	jmp	error_code

/// §3 中断、异常和系统调用（异常 19，SSE 浮点错误）：无出错代码，压 0。
/// 2.4.0: arch/i386/kernel/entry.S simd_coprocessor_error
ENTRY(simd_coprocessor_error)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_simd_coprocessor_error)
	jmp	error_code

/// §3 中断、异常和系统调用（异常 7，设备不可用）：CR0.TS 或 CR0.EM 置位时执行浮点指令引起。
/// 2.4.0: arch/i386/kernel/entry.S device_not_available（2.4.0 在这里自己处理：CR0.EM 置位就调 math_emulate()，否则调
/// math_state_restore() 恢复当前进程的浮点状态——FPU 状态的“懒惰”恢复；本移植还没有进程，也不用浮点，走普通的
/// error_code 路径到 do_device_not_available()，结果是 oops。cpu_init() 置了 CR0.TS，所以内核里一旦出现浮点指令就会到这里）
ENTRY(device_not_available)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_device_not_available)
	jmp	error_code

/// §3 中断、异常和系统调用（异常 1，调试）：无出错代码，压 0。
/// 2.4.0: arch/i386/kernel/entry.S debug
ENTRY(debug)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_debug)
	jmp	error_code

/// §3 中断、异常和系统调用（向量 2，不可屏蔽中断）：不经 error_code，自己 SAVE_ALL 并直接 RESTORE_ALL 返回——NMI 可能打断
/// 任何代码（包括关了中断的代码），返回时不能去做检查调度之类的事。
/// 2.4.0: arch/i386/kernel/entry.S nmi
ENTRY(nmi)
	/// orig_eax 占位（值无所谓），使栈布局成为完整的 pt_regs。
	pushl	%eax
	SAVE_ALL
	/// 按 error_code 同样的约定调用 do_nmi(regs, 0)：regs 指向刚压好的 pt_regs，出错代码为 0。
	movl	%esp, %edx
	pushl	$0
	pushl	%edx
	call	SYMBOL_NAME(do_nmi)
	addl	$8, %esp
	/// NMI 直接恢复现场返回，不经过 ret_from_sys_call。
	RESTORE_ALL

/// §3 中断、异常和系统调用（异常 3，断点）：IDT 中是系统门（DPL 3），用户程序的 int3 指令可以直接进入。
/// 2.4.0: arch/i386/kernel/entry.S int3
ENTRY(int3)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_int3)
	jmp	error_code

/// §3 中断、异常和系统调用（异常 4，into 溢出）：系统门，用户态可用。
/// 2.4.0: arch/i386/kernel/entry.S overflow
ENTRY(overflow)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_overflow)
	jmp	error_code

/// §3 中断、异常和系统调用（异常 5，bound 越界）：系统门，用户态可用。
/// 2.4.0: arch/i386/kernel/entry.S bounds
ENTRY(bounds)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_bounds)
	jmp	error_code

/// §3 中断、异常和系统调用（异常 6，非法操作码）：BUG() 用 ud2 指令故意引起它（本移植的 BUG() 先经 do_BUG() 打印位置）。
/// 2.4.0: arch/i386/kernel/entry.S invalid_op
ENTRY(invalid_op)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_invalid_op)
	jmp	error_code

/// §3 中断、异常和系统调用（异常 9，协处理器段越界，只有 386 会产生）：无出错代码，压 0。
/// 2.4.0: arch/i386/kernel/entry.S coprocessor_segment_overrun
ENTRY(coprocessor_segment_overrun)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_coprocessor_segment_overrun)
	jmp	error_code

/// §3 中断、异常和系统调用（异常 8，双重错误）：下面这几个异常 CPU 会自己压入出错代码，所以入口只压处理程序地址。
/// 2.4.0: arch/i386/kernel/entry.S double_fault（2.4.0 也用普通陷阱门处理它，不用任务门；内核栈本身坏了时仍会三重错误）
ENTRY(double_fault)
	pushl	$ SYMBOL_NAME(do_double_fault)
	jmp	error_code

/// §3 中断、异常和系统调用（异常 10，无效 TSS）：有出错代码（出问题的选择子）。
/// 2.4.0: arch/i386/kernel/entry.S invalid_TSS
ENTRY(invalid_TSS)
	pushl	$ SYMBOL_NAME(do_invalid_TSS)
	jmp	error_code

/// §3 中断、异常和系统调用（异常 11，段不存在）：有出错代码。
/// 2.4.0: arch/i386/kernel/entry.S segment_not_present
ENTRY(segment_not_present)
	pushl	$ SYMBOL_NAME(do_segment_not_present)
	jmp	error_code

/// §3 中断、异常和系统调用（异常 12，栈段错误）：有出错代码。
/// 2.4.0: arch/i386/kernel/entry.S stack_segment
ENTRY(stack_segment)
	pushl	$ SYMBOL_NAME(do_stack_segment)
	jmp	error_code

/// §3 中断、异常和系统调用（异常 13，一般保护）：有出错代码。§2.2 说的段界限、特权级检查不通过都落到这里。
/// 2.4.0: arch/i386/kernel/entry.S general_protection
ENTRY(general_protection)
	pushl	$ SYMBOL_NAME(do_general_protection)
	jmp	error_code

/// §3 中断、异常和系统调用（异常 17，对齐检查）：有出错代码；只有 CR0.AM 和 EFLAGS.AC 都置位且在用户态时才会发生。
/// 2.4.0: arch/i386/kernel/entry.S alignment_check
ENTRY(alignment_check)
	pushl	$ SYMBOL_NAME(do_alignment_check)
	jmp	error_code

/// §2.4 越界访问：页面异常（异常 14）的入口。CPU 压入出错代码（第 0 位：0 页面不存在 / 1 保护违例；第 1 位：0 读 / 1 写；
/// 第 2 位：0 内核态 / 1 用户态），并把出错的线性地址放进 CR2。入口只需压入 do_page_fault 的地址，再经 error_code
/// 以 do_page_fault(regs, error_code) 的形式调用。IDT 第 14 项是陷阱门（不是中断门），所以进入后中断并不关闭。
/// 2.4.0: arch/i386/kernel/entry.S page_fault
/// Bochs 中 trap_init() 之后 `info idt 14` 应显示指向 page_fault 的 32 位陷阱门、DPL=0。
/* The CPU pushes an error code for page faults; CR2 holds the address. */
ENTRY(page_fault)
	pushl	$ SYMBOL_NAME(do_page_fault)
	jmp	error_code

/// §3 中断、异常和系统调用（异常 18，机器检查）：无出错代码，压 0。
/// 2.4.0: arch/i386/kernel/entry.S machine_check（2.4.0 的 do_machine_check 在 bluesmoke.c 中读 MCE 寄存器；本移植只报告）
ENTRY(machine_check)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_machine_check)
	jmp	error_code

/// §3 中断、异常和系统调用（向量 15，Intel 保留）：某些 CPU 会误送到这里，忽略即可。
/// 2.4.0: arch/i386/kernel/entry.S spurious_interrupt_bug
ENTRY(spurious_interrupt_bug)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_spurious_interrupt_bug)
	jmp	error_code

/*
 * The system call table, 2.4.0's numbering.  Calls not yet ported point at
 * sys_ni_syscall, which answers -ENOSYS as 2.4.0 does for unknown numbers.
 */
.data
/// §3 中断、异常和系统调用（系统调用跳转表）：按调用号索引的函数指针表，编号与 2.4.0 的 unistd.h 相同，例如 45 是 brk、
/// 90 是 old_mmap、91 是 munmap、125 是 mprotect、192 是 mmap2。
/// 2.4.0: arch/i386/kernel/entry.S sys_call_table（2.4.0 逐项列出各 sys_* 函数直到第 222 项，其后补 sys_ni_syscall；
/// 本移植目前还没有进程和系统调用的实现，NR_syscalls = 256 项全部指向 sys_ni_syscall，以后逐项换成真实函数）
ENTRY(sys_call_table)
	.rept	NR_syscalls
	.long	SYMBOL_NAME(sys_ni_syscall)
	.endr

/*
 * Hardware interrupts: each stub in i8259.c pushes its IRQ number - 256
 * as orig_eax and comes here.
 */
.text
/// §3 中断、异常和系统调用（外部中断的公共入口）：i8259.c 中 16 个小入口各压入 IRQ 号 − 256（放在 orig_eax 的位置，
/// 负数表示“不是系统调用”）后跳到这里；SAVE_ALL 之后调用 do_IRQ()，它以整个 pt_regs 作为按值传递的参数。
/// 2.4.0: include/asm-i386/hw_irq.h BUILD_COMMON_IRQ() 生成的 common_interrupt（2.4.0 在 i8259.c 中展开这个宏，
/// 压入 ret_from_intr 作为返回地址后跳到 do_IRQ，效果与这里的 call + 落入 ret_from_intr 相同；本移植把它写在 entry.S 里）
ENTRY(common_interrupt)
	SAVE_ALL
	/// do_IRQ(struct pt_regs regs)：按值传递的参数就是栈上刚保存的这一整块；返回后落入 ret_from_intr。
	call	SYMBOL_NAME(do_IRQ)
/// §3 中断、异常和系统调用：中断返回。
/// 2.4.0: arch/i386/kernel/entry.S ret_from_intr（2.4.0 看 pt_regs 中的 CS 和 EFLAGS：回到用户态或 vm86 时才去检查重新调度和信号，
/// 回到内核态则直接 restore_all；本移植还没有这些检查，两种情况都一样处理）
ENTRY(ret_from_intr)
	GET_CURRENT(%ebx)
	jmp	ret_from_sys_call

/// §3 中断、异常和系统调用：默认 LDT 中第 0 项（用户选择子 0x07）的调用门入口，iBCS 兼容的 lcall $7,$0 从这里进入内核。
/// 2.4.0: arch/i386/kernel/entry.S lcall7（2.4.0 先把调用门造成的栈布局整理成 pt_regs，再转给当前进程 exec_domain 的处理函数；
/// 本移植不运行其他 Unix 的二进制程序，直接返回 −ENOSYS。从用户态经调用门进来时 CPU 已换到内核栈，lret 会同时弹回
/// 用户的 CS:EIP 和 SS:ESP）
/*
 * The call gates of the default LDT (iBCS and Solaris binaries).  This
 * port runs no foreign personalities: answer -ENOSYS.
 */
ENTRY(lcall7)
/// §3 中断、异常和系统调用：默认 LDT 中第 4 项（用户选择子 0x27）的调用门入口，Solaris/x86 二进制程序用 lcall $0x27,$0。
/// 2.4.0: arch/i386/kernel/entry.S lcall27（同 lcall7，本移植只回答 −ENOSYS）
ENTRY(lcall27)
	/// EAX = −ENOSYS 后远返回。调用门进来的栈上没有 pt_regs，也不经过 RESTORE_ALL。
	movl	$-ENOSYS, %eax
	lret
