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
/// 与 2.4.0 的差别：返回路径没有软中断；system_call 把参数复制一份再调用 C 函数（见 system_call 处的说明）；
/// 没有 ptrace 的 tracesys 路径；系统调用表中本移植没有的调用指向 sys_ni_syscall；lcall7/lcall27 只回答 -ENOSYS。
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
/// 装入非法段值引起的是一般保护异常：do_general_protection（traps.c）在内核态时先查异常表，与 2.4.0 相同，
/// 所以这几项修复代码会被用到——例如信号处理函数返回时 sigreturn 恢复了用户伪造的段选择子。
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
 * A new task's first instructions (copy_thread set thread.eip here):
 * finish the switch for the task it replaced (%ebx, from switch_to),
 * then return from fork/clone through the copied frame with eax 0.
 */
/// §4.3 fork：新进程第一次运行的地方。2.4.0: arch/i386/kernel/entry.S ret_from_fork
/// copy_thread 把子进程的 thread.eip 设为这里、thread.esp 设为它的 pt_regs 框架；第一次 switch_to 到子进程时，
/// __switch_to 的 ret 就“返回”到这里。EBX 是 switch_to 留下的 prev（被换下的进程），交给 schedule_tail 收尾，
/// 然后和普通系统调用一样经 ret_from_sys_call 返回：框架是父进程的副本，只是 EAX 为 0，所以 fork 在子进程里返回 0。
/// （2.4.0 此处还检查 PT_TRACESYS，本移植没有 ptrace。）
ENTRY(ret_from_fork)
	pushl	%ebx
	call	SYMBOL_NAME(schedule_tail)
	addl	$4, %esp
	GET_CURRENT(%ebx)
	jmp	ret_from_sys_call

/*
 * int $0x80: number in %eax, arguments in %ebx %ecx %edx %esi %edi %ebp,
 * result back in %eax.  Numbers outside the table get -ENOSYS.
 * In 2.4.0 the saved registers double as the arguments of the C
 * function.  Port: gcc 12 may store into a function's argument slots
 * (a parameter's or another variable's), which here are the user's
 * saved registers; so the C function gets copies of the six argument
 * registers, and only the calls marked in sys_call_frame, which take
 * the frame itself (struct pt_regs), are called on the frame as in
 * 2.4.0.  %edi keeps the frame's address across the call.
 */
/// §3.8 系统调用（int $0x80）：用户程序把调用号放在 EAX、参数放在 EBX、ECX、EDX、ESI、EDI、EBP，
/// 执行 int $0x80；IDT 第 0x80 项是 DPL 3 的系统门（陷阱门），所以用户态可以穿过它进入内核态。返回值放回 pt_regs 的 EAX 槽，
/// RESTORE_ALL 把它带回用户的 EAX。内核自己也可以执行 int $0x80（kernel_thread 的 clone、init 的 execve），那时没有特权级变化，
/// CPU 不压 ESP、SS，框架的最后两项不存在。
/// 2.4.0: arch/i386/kernel/entry.S system_call（本移植没有 2.4.0 中 PT_TRACESYS 时走的 tracesys 路径）
/// Bochs 中 trap_init() 之后 `info idt 0x80` 显示一个 DPL=3 的 32 位陷阱门。
ENTRY(system_call)
	/// 先压 EAX 作为 orig_eax：保留调用号，因为 EAX 槽要被返回值覆盖（do_signal 靠它决定是否重启系统调用）。
	pushl	%eax			# orig_eax: the call number
	SAVE_ALL
	/// EBX = current（task_struct 指针）。返回路径靠它查看 need_resched 和 sigpending；它是被调用者保存的寄存器，C 函数不会破坏。
	GET_CURRENT(%ebx)
	/// 调用号越界（无符号比较，负数也算）时不查表，直接返回 −ENOSYS。
	cmpl	$(NR_syscalls), %eax
	jae	badsys
	/// 按调用号查表间接调用。2.4.0 直接 call：SAVE_ALL 压在栈上的 EBX、ECX……正好就是 asmlinkage 函数（参数全在栈上）的前几个参数。
	/// 与 2.4.0 不同：gcc 12 会把参数所在的栈单元当作普通变量的存放处改写（参数本身被修改，或别的变量借用它的位置；
	/// gcc 2.x 不这样做），而这些单元就是要恢复给用户的寄存器——系统调用回来，用户的 EBX、ESI 可能就变了。
	/// 所以这里先把六个参数寄存器复制一份压在下面，C 函数在副本上随便改；只有 sys_call_frame 标为 1 的几个系统调用
	/// （fork、execve、sigreturn……，它们按值接收整个 struct pt_regs，并要修改它）像 2.4.0 那样直接以框架为参数。
	/// EDI 记住框架的位置（被调用者保存的寄存器），返回后用它丢掉副本。
	movl	%esp, %edi
	cmpb	$0, SYMBOL_NAME(sys_call_frame)(%eax)
	jne	1f
	pushl	EBP(%edi)
	pushl	EDI(%edi)
	pushl	ESI(%edi)
	pushl	EDX(%edi)
	pushl	ECX(%edi)
	pushl	EBX(%edi)
1:	call	*SYMBOL_NAME(sys_call_table)(,%eax,4)
	movl	%edi, %esp		# back to the frame
	/// 返回值写进栈上 pt_regs 的 EAX 槽，RESTORE_ALL 时弹回 EAX，交给用户程序。
	movl	%eax, EAX(%esp)		# the result goes back in %eax
/*
 * The way back to user mode: first a reschedule if the time slice is
 * over or a better task woke up (need_resched), then the pending
 * signals.  Port: interrupts are off from the checks to the iret, so
 * a wake-up cannot slip in between.
 */
/// §3.8 / §4.7 强制性调度：返回用户空间的出口，系统调用、异常和中断共用。2.4.0: arch/i386/kernel/entry.S ret_from_sys_call
/// 先看 need_resched（时间片用完，或唤醒了一个更值得运行的进程）：是就 schedule()，回来后从头再查；再看 sigpending：
/// 是就 do_signal()，在这里处理信号（缺省动作结束进程、或为处理函数搭好框架）；都没有才 RESTORE_ALL、iret。
/// 内核态本身不可抢占：只有即将回到用户态时才会切换进程，这是 2.4.0 的根本约定。
/// 与 2.4.0 不同：2.4.0 在这之前还处理软中断（本移植没有）；本移植从检查到 iret 之间关中断（2.4.0 没有关），
/// 否则检查之后来的中断设置的 need_resched 要等下一次才会被看到。
ENTRY(ret_from_sys_call)
ret_with_reschedule:
	/// 关中断：iret 恢复 EFLAGS 时会重新打开。
	cli
	cmpl	$0, need_resched(%ebx)
	jne	reschedule
	cmpl	$0, sigpending(%ebx)
	jne	signal_return
restore_all:
	RESTORE_ALL

	ALIGN
/// §6.4 信号：有待处理的信号。2.4.0: arch/i386/kernel/entry.S signal_return
/// 先开中断（do_signal 可能很久，甚至调用 do_exit）；do_signal(regs, NULL) 以寄存器方式传参（regparm），regs 就是栈上的框架。
/// （2.4.0 在这里还区分返回 vm86 模式的情形。）
signal_return:
	sti				# we may come from an interrupt handler
	movl	%esp, %eax		# do_signal(regs, NULL), regparm
	xorl	%edx, %edx
	call	SYMBOL_NAME(do_signal)
	jmp	restore_all

	ALIGN
/// 越界的调用号：EAX 槽 = −ENOSYS（−38），与 2.4.0 相同；boot-log 中记录的真实 2.4.0 行为也是 −38。
badsys:
	movl	$-ENOSYS, EAX(%esp)
	jmp	ret_from_sys_call

/*
 * After an exception or an interrupt: only on the way back to user mode
 * (or vm86 mode) may the task be switched or get its signals; the
 * kernel itself is never preempted.
 */
	ALIGN
/// §3.6 页面异常的进入和返回 / §4.7：异常处理程序和中断处理程序返回到这里。2.4.0: arch/i386/kernel/entry.S ret_from_intr
/// 只有回到用户态（或 vm86 模式）时才去 ret_with_reschedule 检查调度和信号；回到内核态就直接恢复现场——
/// 被打断的是内核代码，不能在它中间切换进程。CS 的低两位是被打断代码的特权级，EFLAGS 的 VM 位表示 vm86 模式，
/// 两者拼进一个寄存器一次测试。（2.4.0 的 ret_from_exception 先处理软中断，本移植没有。）
ret_from_exception:
ENTRY(ret_from_intr)
	GET_CURRENT(%ebx)
	movl	EFLAGS(%esp), %eax	# mix EFLAGS and CS
	movb	CS(%esp), %al
	testl	$(VM_MASK | 3), %eax	# to user or vm86 mode?
	jne	ret_with_reschedule
	jmp	restore_all

	ALIGN
/// §4.7 强制性调度：时间片用完（update_process_times）或被唤醒者更好（reschedule_idle）时置的 need_resched，
/// 在这里兑现。2.4.0: arch/i386/kernel/entry.S reschedule
/// schedule 可能换别的进程运行很久；等本进程再被选中，从 schedule 返回，再走一遍返回路径的检查。
reschedule:
	call	SYMBOL_NAME(schedule)
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

/*
 * The first FPU instruction after a task switch (CR0.TS set): load the
 * task's FPU state (lazy FPU switching).  With CR0.EM there is no FPU.
 */
/// §3 中断、异常和系统调用（异常 7，设备不可用）/ §4.6：CR0.TS 或 CR0.EM 置位时执行浮点指令引起。
/// 2.4.0: arch/i386/kernel/entry.S device_not_available
/// 这是懒惰 FPU 切换的另一半：进程切换时 __switch_to 只置 CR0.TS，新进程第一次用 FPU 才来到这里，math_state_restore
/// （traps.c）清 TS、装入它自己的 FPU 状态（第一次用就初始化）。CR0.EM 表示没有 FPU，本移植没有仿真器，math_emulate 结束进程。
/// 不经 error_code：自己 SAVE_ALL，orig_eax 为 −1（不是系统调用）。
ENTRY(device_not_available)
	pushl	$-1			# not a system call
	SAVE_ALL
	GET_CURRENT(%ebx)
	movl	%cr0, %eax
	testl	$0x4, %eax		# EM (math emulation bit)
	jne	device_not_available_emulate
	call	SYMBOL_NAME(math_state_restore)
	jmp	ret_from_exception
device_not_available_emulate:
	pushl	$0
	call	SYMBOL_NAME(math_emulate)
	addl	$4, %esp
	jmp	ret_from_exception

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
 * The system call table, 2.4.0's numbering: slot N is system call N.
 * A slot whose call this port does not have points at sys_ni_syscall
 * (-ENOSYS) and names 2.4.0's function in its comment.
 */
.data
/// §3 中断、异常和系统调用（系统调用跳转表）：按调用号索引的函数指针表，编号与 2.4.0 的 unistd.h 相同，例如 45 是 brk、
/// 90 是 old_mmap、91 是 munmap、125 是 mprotect、192 是 mmap2。
/// 2.4.0: arch/i386/kernel/entry.S sys_call_table（2.4.0 逐项列出各 sys_* 函数直到第 222 项，其后补 NR_syscalls − 221 项
/// sys_ni_syscall，表比 256 项略长，多出的项用不到；本移植照样）。
/// 本移植实现了的调用填真正的函数，其余填 sys_ni_syscall（−ENOSYS），注释里写着 2.4.0 在这个位置的函数名，
/// 以后实现一个就换一项。表后的 sys_call_frame（本移植新增）标出那几个以整个寄存器框架为参数的调用。
ENTRY(sys_call_table)
	.long SYMBOL_NAME(sys_ni_syscall)	/* 0 old setup(): -ENOSYS in 2.4.0 too */
	.long SYMBOL_NAME(sys_exit)	/* 1 */
	.long SYMBOL_NAME(sys_fork)	/* 2 */
	.long SYMBOL_NAME(sys_read)	/* 3 */
	.long SYMBOL_NAME(sys_write)	/* 4 */
	.long SYMBOL_NAME(sys_open)	/* 5 */
	.long SYMBOL_NAME(sys_close)	/* 6 */
	.long SYMBOL_NAME(sys_waitpid)	/* 7 */
	.long SYMBOL_NAME(sys_creat)	/* 8 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 9 sys_link */
	.long SYMBOL_NAME(sys_unlink)	/* 10 */
	.long SYMBOL_NAME(sys_execve)	/* 11 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 12 sys_chdir */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 13 sys_time */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 14 sys_mknod */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 15 sys_chmod */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 16 sys_lchown16 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 17 break: -ENOSYS in 2.4.0 too */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 18 sys_stat */
	.long SYMBOL_NAME(sys_lseek)	/* 19 */
	.long SYMBOL_NAME(sys_getpid)	/* 20 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 21 sys_mount */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 22 sys_oldumount */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 23 sys_setuid16 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 24 sys_getuid16 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 25 sys_stime */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 26 sys_ptrace */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 27 sys_alarm */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 28 sys_fstat */
	.long SYMBOL_NAME(sys_pause)	/* 29 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 30 sys_utime */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 31 stty: -ENOSYS in 2.4.0 too */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 32 gtty: -ENOSYS in 2.4.0 too */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 33 sys_access */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 34 sys_nice */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 35 ftime: -ENOSYS in 2.4.0 too */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 36 sys_sync */
	.long SYMBOL_NAME(sys_kill)	/* 37 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 38 sys_rename */
	.long SYMBOL_NAME(sys_mkdir)	/* 39 */
	.long SYMBOL_NAME(sys_rmdir)	/* 40 */
	.long SYMBOL_NAME(sys_dup)	/* 41 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 42 sys_pipe */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 43 sys_times */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 44 prof: -ENOSYS in 2.4.0 too */
	.long SYMBOL_NAME(sys_brk)	/* 45 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 46 sys_setgid16 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 47 sys_getgid16 */
	.long SYMBOL_NAME(sys_signal)	/* 48 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 49 sys_geteuid16 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 50 sys_getegid16 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 51 sys_acct */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 52 sys_umount */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 53 lock: -ENOSYS in 2.4.0 too */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 54 sys_ioctl */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 55 sys_fcntl */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 56 mpx: -ENOSYS in 2.4.0 too */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 57 sys_setpgid */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 58 ulimit: -ENOSYS in 2.4.0 too */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 59 sys_olduname */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 60 sys_umask */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 61 sys_chroot */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 62 sys_ustat */
	.long SYMBOL_NAME(sys_dup2)	/* 63 */
	.long SYMBOL_NAME(sys_getppid)	/* 64 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 65 sys_getpgrp */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 66 sys_setsid */
	.long SYMBOL_NAME(sys_sigaction)	/* 67 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 68 sys_sgetmask */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 69 sys_ssetmask */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 70 sys_setreuid16 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 71 sys_setregid16 */
	.long SYMBOL_NAME(sys_sigsuspend)	/* 72 */
	.long SYMBOL_NAME(sys_sigpending)	/* 73 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 74 sys_sethostname */
	.long SYMBOL_NAME(sys_setrlimit)		/* 75 */
	.long SYMBOL_NAME(sys_old_getrlimit)	/* 76 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 77 sys_getrusage */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 78 sys_gettimeofday */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 79 sys_settimeofday */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 80 sys_getgroups16 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 81 sys_setgroups16 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 82 old_select */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 83 sys_symlink */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 84 sys_lstat */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 85 sys_readlink */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 86 sys_uselib */
	.long SYMBOL_NAME(sys_swapon)	/* 87 */
	.long SYMBOL_NAME(sys_reboot)	/* 88 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 89 old_readdir */
	.long SYMBOL_NAME(old_mmap)	/* 90 */
	.long SYMBOL_NAME(sys_munmap)	/* 91 */
	.long SYMBOL_NAME(sys_truncate)	/* 92 */
	.long SYMBOL_NAME(sys_ftruncate)	/* 93 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 94 sys_fchmod */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 95 sys_fchown16 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 96 sys_getpriority */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 97 sys_setpriority */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 98 profil: -ENOSYS in 2.4.0 too */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 99 sys_statfs */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 100 sys_fstatfs */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 101 sys_ioperm */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 102 sys_socketcall */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 103 sys_syslog */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 104 sys_setitimer */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 105 sys_getitimer */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 106 sys_newstat */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 107 sys_newlstat */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 108 sys_newfstat */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 109 sys_uname */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 110 sys_iopl */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 111 sys_vhangup */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 112 idle: -ENOSYS in 2.4.0 too */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 113 sys_vm86old */
	.long SYMBOL_NAME(sys_wait4)	/* 114 */
	.long SYMBOL_NAME(sys_swapoff)	/* 115 */
	.long SYMBOL_NAME(sys_sysinfo)	/* 116 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 117 sys_ipc */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 118 sys_fsync */
	.long SYMBOL_NAME(sys_sigreturn)	/* 119 */
	.long SYMBOL_NAME(sys_clone)	/* 120 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 121 sys_setdomainname */
	.long SYMBOL_NAME(sys_newuname)	/* 122 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 123 sys_modify_ldt */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 124 sys_adjtimex */
	.long SYMBOL_NAME(sys_mprotect)	/* 125 */
	.long SYMBOL_NAME(sys_sigprocmask)	/* 126 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 127 sys_create_module */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 128 sys_init_module */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 129 sys_delete_module */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 130 sys_get_kernel_syms */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 131 sys_quotactl */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 132 sys_getpgid */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 133 sys_fchdir */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 134 sys_bdflush */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 135 sys_sysfs */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 136 sys_personality */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 137 afs_syscall: -ENOSYS in 2.4.0 too */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 138 sys_setfsuid16 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 139 sys_setfsgid16 */
	.long SYMBOL_NAME(sys_llseek)	/* 140 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 141 sys_getdents */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 142 sys_select */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 143 sys_flock */
	.long SYMBOL_NAME(sys_msync)		/* 144 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 145 sys_readv */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 146 sys_writev */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 147 sys_getsid */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 148 sys_fdatasync */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 149 sys_sysctl */
	.long SYMBOL_NAME(sys_mlock)	/* 150 */
	.long SYMBOL_NAME(sys_munlock)	/* 151 */
	.long SYMBOL_NAME(sys_mlockall)	/* 152 */
	.long SYMBOL_NAME(sys_munlockall)	/* 153 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 154 sys_sched_setparam */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 155 sys_sched_getparam */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 156 sys_sched_setscheduler */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 157 sys_sched_getscheduler */
	.long SYMBOL_NAME(sys_sched_yield)	/* 158 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 159 sys_sched_get_priority_max */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 160 sys_sched_get_priority_min */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 161 sys_sched_rr_get_interval */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 162 sys_nanosleep */
	.long SYMBOL_NAME(sys_mremap)	/* 163 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 164 sys_setresuid16 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 165 sys_getresuid16 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 166 sys_vm86 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 167 sys_query_module */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 168 sys_poll */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 169 sys_nfsservctl */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 170 sys_setresgid16 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 171 sys_getresgid16 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 172 sys_prctl */
	.long SYMBOL_NAME(sys_rt_sigreturn)	/* 173 */
	.long SYMBOL_NAME(sys_rt_sigaction)	/* 174 */
	.long SYMBOL_NAME(sys_rt_sigprocmask)	/* 175 */
	.long SYMBOL_NAME(sys_rt_sigpending)	/* 176 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 177 sys_rt_sigtimedwait */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 178 sys_rt_sigqueueinfo */
	.long SYMBOL_NAME(sys_rt_sigsuspend)	/* 179 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 180 sys_pread */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 181 sys_pwrite */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 182 sys_chown16 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 183 sys_getcwd */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 184 sys_capget */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 185 sys_capset */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 186 sys_sigaltstack */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 187 sys_sendfile */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 188 getpmsg: -ENOSYS in 2.4.0 too */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 189 putpmsg: -ENOSYS in 2.4.0 too */
	.long SYMBOL_NAME(sys_vfork)	/* 190 */
	.long SYMBOL_NAME(sys_getrlimit)		/* 191 */
	.long SYMBOL_NAME(sys_mmap2)	/* 192 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 193 sys_truncate64 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 194 sys_ftruncate64 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 195 sys_stat64 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 196 sys_lstat64 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 197 sys_fstat64 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 198 sys_lchown */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 199 sys_getuid */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 200 sys_getgid */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 201 sys_geteuid */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 202 sys_getegid */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 203 sys_setreuid */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 204 sys_setregid */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 205 sys_getgroups */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 206 sys_setgroups */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 207 sys_fchown */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 208 sys_setresuid */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 209 sys_getresuid */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 210 sys_setresgid */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 211 sys_getresgid */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 212 sys_chown */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 213 sys_setuid */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 214 sys_setgid */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 215 sys_setfsuid */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 216 sys_setfsgid */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 217 sys_pivot_root */
	.long SYMBOL_NAME(sys_mincore)		/* 218 */
	.long SYMBOL_NAME(sys_madvise)		/* 219 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 220 sys_getdents64 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 221 sys_fcntl64 */
	.long SYMBOL_NAME(sys_ni_syscall)	/* 222 reserved for TUX: -ENOSYS in 2.4.0 too */
	.rept	NR_syscalls - 221
	.long	SYMBOL_NAME(sys_ni_syscall)
	.endr

/*
 * Port: 1 for the system calls that take the saved register frame by
 * value (fork 2, execve 11, sigsuspend 72, sigreturn 119, clone 120,
 * rt_sigreturn 173, rt_sigsuspend 179, vfork 190): system_call does
 * not copy their arguments.
 */
sys_call_frame:
	.byte	0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0	/* 0-15 */
	.byte	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0	/* 16-31 */
	.byte	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0	/* 32-47 */
	.byte	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0	/* 48-63 */
	.byte	0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0	/* 64-79 */
	.byte	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0	/* 80-95 */
	.byte	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0	/* 96-111 */
	.byte	0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0	/* 112-127 */
	.byte	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0	/* 128-143 */
	.byte	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0	/* 144-159 */
	.byte	0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0	/* 160-175 */
	.byte	0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0	/* 176-191 */
	.byte	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0	/* 192-207 */
	.byte	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0	/* 208-223 */
	.byte	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0	/* 224-239 */
	.byte	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0	/* 240-255 */

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
	/// do_IRQ(struct pt_regs regs)：按值传递的参数就是栈上刚保存的这一整块；返回后经 ret_from_intr 返回：
	/// 时钟中断打断的若是用户态，时间片用完的进程就在那里被调度走（§4.7）。
	call	SYMBOL_NAME(do_IRQ)
	jmp	ret_from_intr

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
