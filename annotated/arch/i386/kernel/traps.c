// SPDX-License-Identifier: GPL-2.0-only
/*
 * Exception handling: the IDT, the handlers for the CPU exceptions 0-19
 * (a signal for a fault in user mode), lazy FPU switching, and the oops
 * report for a fault inside the kernel.
 * 情景分析 §2.4 (exceptions, die); chapter 3.  Follows Linux 2.4.0
 * arch/i386/kernel/traps.c.
 */
/// 异常处理的 C 部分：建立 IDT（trap_init()）、各 CPU 异常的处理程序，以及内核自己出错时的 oops 报告（die()）。
/// §2.4 越界访问：do_page_fault() 处理不了的内核错误最终走到 die()；其余是第 3 章（中断、异常和系统调用）的内容。
/// 与 2.4.0 的差别：oops 的调用轨迹沿帧指针回溯并借 kallsyms 表印出函数名；没有 vm86、浮点仿真和 F00F 绕过；
/// 浮点错误（16、19）不分析状态字；_set_gate 等写成 C 函数而不是内联汇编宏。
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/kallsyms.h>
#include <linux/spinlock.h>
#include <linux/console.h>
#include <asm/system.h>
#include <asm/segment.h>
#include <asm/desc.h>
#include <asm/ptrace.h>
#include <asm/processor.h>
#include <asm/uaccess.h>
#include <asm/i387.h>

/// 这些入口都在 entry.S 中，这里只声明，以便把它们的地址填进 IDT 和 LDT。
asmlinkage int system_call(void);
asmlinkage void lcall7(void);
asmlinkage void lcall27(void);

/* Entries 0 and 4 become call gates to lcall7/lcall27 (iBCS, Solaris). */
/// 默认 LDT：5 项，所有没有私有 LDT 的进程共用。第 0、4 项由 trap_init() 设成 DPL 3 的调用门（lcall7、lcall27），其余为 0。
/// cpu_init() 中的 clear_LDT() 让 GDT 第 13 项（__LDT(0)，选择子 0x68）指向它并执行 lldt。
struct desc_struct default_ldt[] = { { 0, 0 }, { 0, 0 }, { 0, 0 },
				     { 0, 0 }, { 0, 0 } };

/* The IDT gets a page-aligned section of its own, as 2.4.0 has it. */
/// IDT 本身：256 项，每项 8 字节，共 2 KB。放在单独的 .data.idt 节，链接脚本让它按页对齐（2.4.0 的 F00F 绕过要求 IDT
/// 独占一页）。head.S 的 setup_idt 先把每一项都填成指向 ignore_int 的中断门，trap_init() 和 init_IRQ() 再改写有用的项。
struct desc_struct idt_table[256] __attribute__((__section__(".data.idt"))) =
	{ { 0, 0 }, };

asmlinkage void divide_error(void);
asmlinkage void debug(void);
asmlinkage void nmi(void);
asmlinkage void int3(void);
asmlinkage void overflow(void);
asmlinkage void bounds(void);
asmlinkage void invalid_op(void);
asmlinkage void device_not_available(void);
asmlinkage void double_fault(void);
asmlinkage void coprocessor_segment_overrun(void);
asmlinkage void invalid_TSS(void);
asmlinkage void segment_not_present(void);
asmlinkage void stack_segment(void);
asmlinkage void general_protection(void);
asmlinkage void page_fault(void);
asmlinkage void coprocessor_error(void);
asmlinkage void simd_coprocessor_error(void);
asmlinkage void alignment_check(void);
asmlinkage void spurious_interrupt_bug(void);
asmlinkage void machine_check(void);

/// oops 时打印多少个栈上的字（24 个，每行 8 个），与 2.4.0 相同。
int kstack_depth_to_print = 24;

/*
 * Call trace: follow the saved frame pointers (the kernel is built with
 * -fno-omit-frame-pointer) and name each return address.
 */
/// §2.4 越界访问（oops 报告）：沿栈帧链打印调用轨迹。内核用 -fno-omit-frame-pointer 编译，每个函数开头都是
/// push %ebp; mov %esp,%ebp，所以 [ebp] 是上一帧的 ebp，[ebp+4] 是返回地址。从出错时的 EBP 开始逐帧回溯，
/// 返回地址不在内核代码中、离开本 8 KB 栈块或帧指针不再向高地址走时停止，最多 16 帧。
/// 2.4.0: arch/i386/kernel/traps.c show_trace()（2.4.0 逐字扫描整个栈，凡是落在 _stext.._etext 或 vmalloc 区（模块）的值
/// 都当作可能的返回地址，以十六进制印出，其中会有假的；本移植沿帧指针走，并通过 kallsyms 表印成“函数名+偏移”）
void show_trace(unsigned long *stack)
{
	unsigned long *frame = stack;
	/// 栈块的底（也是 task_struct 的地址）：8 KB 对齐，与 entry.S 的 GET_CURRENT 同理。
	unsigned long base = (unsigned long)stack & ~8191UL;
	int i = 0;

	printk("Call Trace:");
	/// 帧指针必须落在本栈块之内（留出读 frame[0]、frame[1] 的 8 字节），防止沿着损坏的链读到别处，在 oops 中再出错。
	while ((unsigned long)frame > base &&
	       (unsigned long)frame < base + 8192 - 8 && i < 16) {
		unsigned long ret = frame[1];

		/// 返回地址不在内核代码（含 .text.init）里，说明已经走出内核的调用链，或者链坏了。
		if (!kernel_text(ret))
			break;
		print_symbol("\n [<%s>]", ret);
		/// 栈向低地址增长，调用者的帧一定在更高的地址；不升反降说明链坏了，停下。
		if ((unsigned long *)frame[0] <= frame)
			break;
		frame = (unsigned long *)frame[0];
		i++;
	}
	printk("\n");
}

/* Raw words from the stack, as 2.4.0 prints them before the trace. */
/// §2.4 越界访问（oops 报告）：从出错时的栈指针起打印 kstack_depth_to_print 个字，每行 8 个，到 8 KB 栈块的顶端为止。
/// 2.4.0: arch/i386/kernel/traps.c show_stack()（2.4.0 打印完接着调用 show_trace(esp)；本移植由 show_registers() 另外
/// 用 EBP 调用 show_trace()）
void show_stack(unsigned long *esp)
{
	unsigned long *word = esp;
	int n = 0;

	/* No further than the end of the 8 KB task block. */
	/// 到了 8 KB 块的顶端（地址低 13 位为 0）就停：再往上是别的内存，不是这个栈。
	while (n < kstack_depth_to_print && ((unsigned long) word & 8191)) {
		if (n != 0 && n % 8 == 0)
			printk("\n       ");
		printk("%08lx ", *word);
		word++;
		n++;
	}
	printk("\n");
}

/* The register dump of an oops. */
/// §2.4 越界访问（oops 报告）：打印寄存器、当前进程、内核栈、调用轨迹和出错处的 20 个代码字节。
/// 2.4.0: arch/i386/kernel/traps.c show_registers()（2.4.0 中是 static；本移植多印一行“EIP is at 函数名+偏移”，
/// 并且读代码字节时没有 __get_user 的保护）
void show_registers(struct pt_regs *regs)
{
	/// CS 的低 2 位是出错时的特权级：0 为内核态，3 为用户态。
	int from_user = regs->xcs & 3;
	/// 在内核态出错时没有特权级变化，CPU 不压入 ESP/SS：出错时的栈顶恰好就是 pt_regs 中 esp 字段所在的位置。
	unsigned long esp = (unsigned long) &regs->esp;
	unsigned short ss = __KERNEL_DS;
	unsigned char *code;
	int n;

	/// 从用户态进入时才去读 pt_regs 里保存的用户 ESP/SS。
	/* Only a trap from user mode has esp and ss in the frame. */
	if (from_user) {
		esp = regs->esp;
		ss = regs->xss & 0xffff;
	}

	/// 单 CPU，CPU 号总是 0（2.4.0 印的是 smp_processor_id()）。EIP 前面是 CS 的值：0010 表示内核代码段，0023 表示用户代码段。
	printk("CPU:    0\nEIP:    %04x:[<%08lx>]\nEFLAGS: %08lx\n",
	       0xffff & regs->xcs, regs->eip, regs->eflags);
	/// 本移植新增：借 kallsyms 表把出错地址印成函数名，不必再去 System.map 里查。
	print_symbol("EIP is at %s\n", regs->eip);
	printk("eax: %08lx   ebx: %08lx   ecx: %08lx   edx: %08lx\n"
	       "esi: %08lx   edi: %08lx   ebp: %08lx   esp: %08lx\n",
	       regs->eax, regs->ebx, regs->ecx, regs->edx,
	       regs->esi, regs->edi, regs->ebp, esp);
	/// 两行合在一次 printk 里，印出来与 2.4.0 分两次印的完全一样。
	/// stackpage 是 task_struct 所在 8 KB 块的第二页（current + 4096），内核栈从它的顶端向下长。
	printk("ds: %04x   es: %04x   ss: %04x\n"
	       "Process %s (pid: %d, stackpage=%08lx)\n",
	       regs->xds & 0xffff, regs->xes & 0xffff, ss,
	       current->comm, current->pid, 4096 + (unsigned long) current);

	/// 只有内核态的错误才打印内核栈和代码；用户态的栈和代码在用户空间，与内核无关。
	if (!from_user) {
		printk("\nStack: ");
		show_stack((unsigned long *) esp);
		/// 从出错时的 EBP 开始回溯：那是出错的函数自己的栈帧，第一个返回地址就是它的调用者。
		show_trace((unsigned long *) regs->ebp);
		printk("\nCode: ");
		/// EIP 在用户空间（3 GB 以下）时不读代码。2.4.0 用 __get_user 逐字节读，读不到就印“Bad EIP value”；本移植直接读，
		/// EIP 指向未映射的内核地址时会在 oops 中再引起一次缺页异常。
		if (regs->eip < PAGE_OFFSET) {
			printk(" Bad EIP value.\n");
			return;
		}
		code = (unsigned char *) regs->eip;
		for (n = 0; n < 20; n++)
			printk("%02x ", code[n]);
	}
	printk("\n");
}

spinlock_t die_lock = SPIN_LOCK_UNLOCKED;

/* An oops: report and end the current task (for the boot task: panic). */
/// §2.4 越界访问：内核自己出错（“Oops”）的归宿。do_page_fault() 在异常表里找不到修复代码，或其他异常发生在内核态时，
/// 都调用它：打印出错原因和出错代码，显示寄存器、栈和调用轨迹，然后以 SIGSEGV 结束当前进程。引导期间（0 号进程）
/// do_exit() 会因为“要结束 idle 进程”而 panic，在 init 里则因“要结束 init”而 panic，和 2.4.0 一样；
/// 用户进程在内核里出的错只结束这个进程，系统照常运行。
/// 2.4.0: arch/i386/kernel/traps.c die()
void die(const char *str, struct pt_regs *regs, long err)
{
	unsigned long code = err & 0xffff;

	/// 相当于 2.4.0 的 console_verbose()：把控制台日志级别开到最大，保证 oops 信息全部显示。
	console_loglevel = 15;		/* everything to the console */
	/// die_lock 防止几个 CPU 同时 oops 时输出交错；本移植单 CPU，实际效果是关中断。
	spin_lock_irq(&die_lock);
	/// 例如“Oops: 0002”：页面异常的出错代码 2 表示内核态写一个不存在的页面。
	printk("%s: %04lx\n", str, code);
	show_registers(regs);
	spin_unlock_irq(&die_lock);
	/// 以 SIGSEGV（11）结束当前进程，不会返回。
	do_exit(SIGSEGV);
}

/// §2.4 越界访问：只在内核态出错（不是 vm86，CS 的特权级为 0）时才 oops；用户态的错误应当变成信号。
/// 2.4.0: arch/i386/kernel/traps.c die_if_kernel()（本移植目前没有调用者，保留下来与 2.4.0 对应）
static inline void die_if_kernel(const char *str, struct pt_regs *regs,
				 long err)
{
	if (!(regs->eflags & VM_MASK) && !(3 & regs->xcs))
		die(str, regs, err);
}

/// traps_ready：trap_init() 装好异常处理程序后置 1，do_BUG() 据此判断 ud2 能否被正常处理。
/* Set once trap_init() has installed the exception handlers. */
static int traps_ready;

/*
 * Where BUG() reports.  2.4.0 prints this line inside the BUG() macro;
 * the port calls out of line so the file and line need not be inlined.
 * Before trap_init() the ud2 that follows would only reach ignore_int
 * and loop there unseen (as in 2.4.0): the port shows the report on the
 * consoles and panics instead.
 */
/// §2.4 越界访问（内核自检）：BUG() 报告出错的源文件和行号。
/// 2.4.0: 无（本移植新增）：2.4.0 的 BUG() 宏就地 printk("kernel BUG at %s:%d!") 再执行 ud2；本移植的 BUG() 先调用 do_BUG()
/// 打印同样的一行，再 ud2 引起非法操作码异常（invalid_op → do_invalid_op() → die()）。不内联 printk，每处 BUG() 的展开更短。
/// 与 2.4.0 的另一处差别：trap_init() 之前（如 setup_arch 里 bootmem 发现重叠的 E820 内存区时）IDT 还全是 ignore_int，
/// ud2 只会打印 "Unknown interrupt" 后返回、再次执行 ud2，永远循环，而控制台也还没注册，屏幕上什么都看不到。
/// 本移植在这种情况下先注册控制台把日志（含 BUG 行）显示出来，再 panic 结束运行——结果同样是停机，但看得见。
void do_BUG(const char *file, int line)
{
	printk("kernel BUG at %s:%d!\n", file, line);
	if (!traps_ready) {
		if (!console_drivers)
			console_init();
		panic("BUG() before trap_init()");
	}
}

/*
 * The handlers for the exceptions that simply report.  A fault in user
 * mode becomes the signal of the table below (SIGFPE for a divide
 * error, SIGSEGV for a bad segment ...), with the trap number and error
 * code kept in the thread for the signal frame.  In the kernel, an
 * instruction listed in the exception table (a bad segment value in
 * RESTORE_ALL, a user access) jumps to its fix-up; anything else oopses.
 */
/// §3 中断、异常和系统调用：DO_ERROR 生成的各异常处理程序的共同部分。
/// 2.4.0: arch/i386/kernel/traps.c do_trap()（2.4.0 分三种情况：vm86 模式交给 handle_vm86_trap()；用户态把 trapnr、error_code
/// 记进 current->thread 并向当前进程发 signr 号信号；内核态先查异常表，有修复代码就改 EIP 返回，没有才 die()。
/// 本移植没有 vm86 模式，其余两支与 2.4.0 相同）
static void do_trap(int trapnr, int signr, const char *str,
		    struct pt_regs *regs, long error_code, siginfo_t *info)
{
	struct task_struct *tsk = current;
	unsigned long fixup;

	/// 出错时 CPU 在用户态（CS 的低两位是 3）：用户程序的错，给它发信号（§6.4），异常返回用户空间时 do_signal
	/// 按缺省动作结束它（例如除以 0 得 SIGFPE，wait 状态为 8）。trap_no、error_code 记在 thread 里，信号框架要用。
	if (regs->xcs & 3) {
		/* Kept for the signal frame's sigcontext. */
		tsk->thread.error_code = error_code;
		tsk->thread.trap_no = trapnr;
		if (info != NULL)
			force_sig_info(signr, info, tsk);
		else
			force_sig(signr, tsk);
		return;
	}

	fixup = search_exception_table(regs->eip);
	if (fixup != 0) {
		/// 内核态先查异常表（§2.4）：entry.S 的 RESTORE_ALL 恢复用户段寄存器出错、copy_from_user 访问坏地址，
		/// 都在异常表里登记了修复代码；找到就把返回地址改成修复代码，异常返回后从那里继续，不会 oops。
		regs->eip = fixup;
		return;
	}
	die(str, regs, error_code);
}

/// DO_ERROR 为每个“只需报告”的异常生成 asmlinkage 的 do_xxx(regs, error_code)，entry.S 的入口把它的地址压栈后经 error_code
/// 调用。signr 是出错在用户态时发给进程的信号（SIGFPE 8、SIGTRAP 5、SIGSEGV 11、SIGILL 4、SIGBUS 7）。
#define DO_ERROR(trapnr, signr, str, name) \
asmlinkage void do_##name(struct pt_regs *regs, long error_code) \
{ \
	do_trap(trapnr, signr, str, regs, error_code, NULL); \
}

/// 与 2.4.0 的对应关系：0、3、4、5、6、8–12、17 同 2.4.0。7（设备不可用）与 2.4.0 一样由 entry.S 自己处理（math_state_restore），
/// 13 与 2.4.0 一样不在这里，是下面单独的 do_general_protection()；16 也不在这里，是下面的 do_coprocessor_error()
/// （同 2.4.0，经 math_error 分析浮点状态字）；19 在 2.4.0 同样经 math_error 一类的分析再发带 siginfo 的 SIGFPE，
/// 本移植直接发 SIGFPE；18 在 2.4.0 由 bluesmoke.c 读机器检查寄存器。
DO_ERROR(0, SIGFPE, "divide error", divide_error)
DO_ERROR(3, SIGTRAP, "int3", int3)
DO_ERROR(4, SIGSEGV, "overflow", overflow)
DO_ERROR(5, SIGSEGV, "bounds", bounds)
DO_ERROR(6, SIGILL, "invalid operand", invalid_op)
DO_ERROR(8, SIGSEGV, "double fault", double_fault)
DO_ERROR(9, SIGFPE, "coprocessor segment overrun", coprocessor_segment_overrun)
DO_ERROR(10, SIGSEGV, "invalid TSS", invalid_TSS)
DO_ERROR(11, SIGBUS, "segment not present", segment_not_present)
DO_ERROR(12, SIGBUS, "stack segment", stack_segment)
DO_ERROR(17, SIGBUS, "alignment check", alignment_check)
DO_ERROR(18, SIGBUS, "machine check", machine_check)
DO_ERROR(19, SIGFPE, "simd coprocessor error", simd_coprocessor_error)

/*
 * A general protection fault: SIGSEGV in user mode (a privileged
 * instruction, a bad segment); in the kernel the exception table first,
 * as in do_trap.
 */
/// §2.4 越界访问：一般保护异常（向量 13）。2.4.0: arch/i386/kernel/traps.c do_general_protection()。
/// 2.4.0 单独写这个函数（不用 DO_ERROR）：vm86 模式另行处理，用户态发 SIGSEGV；内核态先查异常表，
/// 找不到修复代码才 die("general protection fault")。本移植没有 vm86，其余相同。用户程序执行特权指令（如 hlt、cli）、
/// 装入坏的段选择子都到这里，得到 SIGSEGV。
asmlinkage void do_general_protection(struct pt_regs *regs, long error_code)
{
	struct task_struct *tsk = current;
	unsigned long fixup;

	if (regs->xcs & 3) {
		tsk->thread.error_code = error_code;
		tsk->thread.trap_no = 13;
		force_sig(SIGSEGV, tsk);
		return;
	}

	/* In the kernel: a user access or a bad segment has a fix-up. */
	fixup = search_exception_table(regs->eip);
	if (fixup == 0)
		die("general protection fault", regs, error_code);
	else
		regs->eip = fixup;
}

/*
 * An x87 exception reported at a waiting FPU instruction (#MF).  Save
 * the FPU state, which leaves the FPU clean, and post SIGFPE with the
 * cause read from the saved words: the exceptions that are both raised
 * (status) and unmasked (control), or a stack fault.  If several or
 * none match, the program did not wait on its FPU in time; si_code
 * then stays bare.
 */
/// §3 中断、异常和系统调用（浮点异常）。2.4.0: arch/i386/kernel/traps.c math_error()
/// x87 的异常是“延迟”的：1/0 之类的运算只在状态字里置上标志，要到下一条“等待型”浮点指令（fwait 或大多数浮点指令）
/// 才引起 16 号异常 #MF。这里先把 FPU 状态保存下来（fnsave 同时把 FPU 复位，清掉了悬而未决的异常），
/// 再据保存的控制字和状态字判断原因，发 SIGFPE。
void math_error(void *eip)
{
	struct task_struct *tsk = current;
	unsigned short cwd, swd, cause;
	siginfo_t info;

	/// 保存后 PF_USEDFPU 清零、CR0.TS 置位：下次用 FPU 时由 math_state_restore 装回这份状态。
	save_init_fpu(tsk);
	/// trap_no/error_code 供信号帧的 sigcontext（trapno 16，err 0），t_fpu 检查这两项。
	tsk->thread.trap_no = 16;
	tsk->thread.error_code = 0;
	/// si_code 先只有 __SI_FAULT（说明 siginfo 里有效的是 si_addr），找到确定的原因再改成 FPE_xxx。
	/// 本移植的信号不排队 siginfo（kernel/signal.c），用户只看得到 si_signo；这里仍照 2.4.0 构造完整的 siginfo。
	info.si_signo = SIGFPE;
	info.si_errno = 0;
	info.si_code = __SI_FAULT;
	info.si_addr = eip;

	/// 控制字低 6 位是各异常的屏蔽位（1 = 屏蔽），状态字低 6 位是已发生的异常；~cwd & swd 就是“发生了且没屏蔽”的。
	/// 0x040 是栈错（SF），这时 C1（0x200）区分上溢/下溢，二者都算无效操作。
	cwd = get_fpu_cwd(tsk);
	swd = get_fpu_swd(tsk);
	/* 0x3f: the six exception flags; 0x240: stack fault and C1. */
	cause = (swd & ~cwd & 0x3f) | (swd & 0x240);
	/// 恰好一种原因时才给出具体的 si_code（与 2.4.0 的对应相同：无效/栈错 -> FPE_FLTINV，非规格化/下溢 -> FPE_FLTUND，
	/// 除零 -> FPE_FLTDIV，上溢 -> FPE_FLTOVF，精度 -> FPE_FLTRES）；多种或一种也没有时保持 __SI_FAULT。
	if (cause == 0x001 || cause == 0x040 || cause == 0x240)
		info.si_code = FPE_FLTINV;	/* invalid op, stack fault */
	else if (cause == 0x002 || cause == 0x010)
		info.si_code = FPE_FLTUND;	/* denormal, underflow */
	else if (cause == 0x004)
		info.si_code = FPE_FLTDIV;
	else if (cause == 0x008)
		info.si_code = FPE_FLTOVF;
	else if (cause == 0x020)
		info.si_code = FPE_FLTRES;	/* precision */
	/// 强制发送：即使进程阻塞或忽略了 SIGFPE 也要送达。在内核态（exec、sigreturn 的 clear_fpu）发生时，
	/// 信号要等回到用户态才处理：exec 之后新程序在第一条指令前就死于 SIGFPE。
	force_sig_info(SIGFPE, &info, tsk);
}

/// 2.4.0 的 ignore_irq13 定义在 setup.c；本移植在用到它的这里就地声明。
extern char ignore_irq13;

/*
 * Vector 16 works, so the 387's IRQ 13 is not needed for errors.  Port:
 * from clear_fpu's fwait in the kernel, resume after it; 2.4.0 returns
 * to the fwait, whose #NM reloads the pending state, and loops.
 */
/// §3 中断、异常和系统调用（浮点异常）。2.4.0: arch/i386/kernel/traps.c do_coprocessor_error()（entry.S coprocessor_error 入口调用）
/// 16 号异常能用，就说明不必再靠 386 时代的 IRQ 13 报告浮点错误，置 ignore_irq13。
/// 本移植的偏差（见 Documentation/deviations.md）：2.4.0 到此就返回。若 #MF 发生在内核里 clear_fpu 的 fwait 上
/// （exec 的 flush_thread、sigreturn 的 restore_i387，用户留下了悬而未决的异常），返回后 fwait 因 CR0.TS 引起
/// 设备不可用异常，math_state_restore 又把带着异常的状态装回 FPU，fwait 再次 #MF……内核永远在这里打转
/// （sigreturn 一路在 Bochs 中实测如此）。本移植给那条 fwait 登记了异常表项（include/asm-i386/i387.h），
/// 内核态的 #MF 在 math_error 之后跳到 fwait 的下一条指令，与后来内核的做法相同。
asmlinkage void do_coprocessor_error(struct pt_regs *regs, long error_code)
{
	unsigned long fixup;

	ignore_irq13 = 1;
	math_error((void *) regs->eip);
	/// 只在内核态查异常表；用户态的 #MF 照 2.4.0 回到原指令，信号在返回用户态时处理。
	if (!(regs->xcs & 3)) {
		fixup = search_exception_table(regs->eip);
		if (fixup != 0)
			regs->eip = fixup;
	}
}

/*
 * The FPU was touched after a task switch (CR0.TS): give it to the
 * current task, with its saved state or, the first time, initialised.
 * From now on switch_to saves it (PF_USEDFPU).
 */
/// §4.6 进程的调度与切换（懒惰 FPU 切换）：进程切换后第一次用 FPU（CR0.TS 引起设备不可用异常，entry.S
/// device_not_available）。2.4.0: arch/i386/kernel/traps.c math_state_restore()
/// clts 之后 FPU 归当前进程：用过 FPU 的装入它保存的状态（restore_fpu），第一次用的初始化（init_fpu）；
/// PF_USEDFPU 表示 FPU 里是它的状态，下次切换走时 __switch_to 要保存（unlazy_fpu）。参数 regs 不用，只是入口的习惯。
asmlinkage void math_state_restore(struct pt_regs regs)
{
	struct task_struct *tsk = current;

	clts();		/* the FPU may be used again */
	if (!tsk->used_math)
		init_fpu();
	else
		restore_fpu(tsk);
	tsk->flags |= PF_USEDFPU;
}

/* No FPU and no emulator: the program cannot go on. */
/// §4.6：CR0.EM 置位（没有 FPU）而进程执行了浮点指令。2.4.0: arch/i386/kernel/traps.c math_emulate()
/// （没有配置 CONFIG_MATH_EMULATION 时的版本：打印信息，发 SIGFPE，本移植相同）
asmlinkage void math_emulate(long arg)
{
	struct task_struct *tsk = current;

	printk("math-emulation not enabled and no coprocessor found.\n");
	printk("killing %s.\n", tsk->comm);
	force_sig(SIGFPE, tsk);
	schedule();
}

/* Debug exceptions: nothing sets breakpoints in this port; ignore. */
/// §3 中断、异常和系统调用（异常 1，调试）：单步或硬件断点触发。
/// 2.4.0: arch/i386/kernel/traps.c do_debug()（2.4.0 读 DR6 判断原因，给被调试的进程发 SIGTRAP，并滤掉惰性清除 TF、DR7
/// 造成的假陷阱；本移植没有 ptrace，也不设断点，直接忽略）
asmlinkage void do_debug(struct pt_regs *regs, long error_code)
{
}

/* A parity or I/O check NMI: say so and go on. */
/// §3 中断、异常和系统调用（NMI）：不可屏蔽中断通常表示内存奇偶错或 I/O 通道错。
/// 2.4.0: arch/i386/kernel/traps.c do_nmi()（2.4.0 读端口 0x61 区分内存奇偶错、I/O 检查错和原因不明，分别处理后重新使能 NMI；
/// 本移植只打印一行与 2.4.0 相同的提示）
asmlinkage void do_nmi(struct pt_regs *regs, long error_code)
{
	printk("Uhhuh. NMI received. Dazed and confused, but trying to continue\n");
}

/* Vector 15 is reserved; an old Pentium erratum can raise it. Ignore. */
/// §3 中断、异常和系统调用（向量 15）：Intel 保留的向量，个别 CPU 会误送来，忽略。
/// 2.4.0: arch/i386/kernel/traps.c do_spurious_interrupt_bug()（2.4.0 同样什么也不做）
asmlinkage void do_spurious_interrupt_bug(struct pt_regs *regs,
					  long error_code)
{
}

/* Build one gate: type 14 interrupt, 15 trap, 12 call; dpl 0 or 3. */
/// §3 中断、异常和系统调用（门描述符）：构造一个门。低 32 位 = 段选择子 __KERNEL_CS（0x10）<< 16 | 入口偏移的低 16 位；
/// 高 32 位 = 入口偏移的高 16 位 | P 位（0x8000）| DPL << 13 | 类型 << 8。
/// 类型 14 是 32 位中断门（穿过时 CPU 清 IF，即关中断），15 是 32 位陷阱门（不关中断），12 是 32 位调用门（参数个数为 0）。
/// DPL 决定哪一级的代码可以用 int n 主动穿过这个门：0 只有内核态，3 用户态也可以；硬件中断和 CPU 异常不检查门的 DPL。
/// 2.4.0: arch/i386/kernel/traps.c _set_gate（2.4.0 是内联汇编的宏，分两个双字写入；本移植写成 C 函数，结果逐位相同）
static void _set_gate(struct desc_struct *gate_addr, unsigned int type,
		      unsigned int dpl, void *addr)
{
	unsigned long a = (unsigned long)addr;

	/// 门里的选择子总是 __KERNEL_CS：穿过门后 CPU 在内核代码段中执行，CPL 变为 0；从用户态穿过时还会按 TSS 的 ss0:esp0 换到内核栈。
	gate_addr->a = (__KERNEL_CS << 16) | (a & 0xffff);
	gate_addr->b = (a & 0xffff0000) | 0x8000 | (dpl << 13) | (type << 8);
}

/// §3 中断、异常和系统调用：中断门，DPL 0。用于 NMI 和外部中断（init_IRQ()）：穿过时自动关中断，处理程序开头不会被别的中断打断。
/// 2.4.0: arch/i386/kernel/traps.c set_intr_gate()（写 idt_table 而不是 idt：后者在 F00F 绕过后可能是只读映射）
void set_intr_gate(unsigned int n, void *addr)
{
	_set_gate(&idt_table[n], 14, 0, addr);
}

/// §3 中断、异常和系统调用：陷阱门，DPL 0。用于大多数异常，包括 14 号页面异常（§2.4 越界访问）。陷阱门不关中断，
/// do_page_fault() 运行时中断仍开着——所以它第一件事就是读 CR2，免得被中断处理中的另一次缺页异常覆盖。
/// 2.4.0: arch/i386/kernel/traps.c set_trap_gate()
static void __init set_trap_gate(unsigned int n, void *addr)
{
	_set_gate(&idt_table[n], 15, 0, addr);
}

/// §3 中断、异常和系统调用：“系统门”：DPL 3 的陷阱门，用户态可以用 int 指令穿过它。用于 int3（3）、into（4）、bound（5）
/// 和系统调用 int $0x80。
/// 2.4.0: arch/i386/kernel/traps.c set_system_gate()
static void __init set_system_gate(unsigned int n, void *addr)
{
	_set_gate(&idt_table[n], 15, 3, addr);
}

/// §3 中断、异常和系统调用：调用门，DPL 3，放在默认 LDT 中供 lcall 指令使用（iBCS 和 Solaris 二进制程序的系统调用方式）。
/// 2.4.0: arch/i386/kernel/traps.c set_call_gate()
static void __init set_call_gate(void *a, void *addr)
{
	_set_gate(a, 12, 3, addr);
}

/* A system-segment descriptor (TSS or LDT) at gdt_table[n]. */
/// §2.2 地址映射的全过程（系统段描述符）：在 GDT 中构造 TSS 或 LDT 描述符。32 位基地址分在描述符的 16–39 位和 56–63 位，
/// 20 位界限分在 0–15 位和 48–51 位，类型字节在 40–47 位；G 位为 0，界限以字节计。
/// 2.4.0: arch/i386/kernel/traps.c _set_tssldt_desc（2.4.0 是逐字节写入的内联汇编宏；本移植写成 C 函数）
static void _set_tssldt_desc(struct desc_struct *d, unsigned long addr,
			     unsigned int limit, unsigned int type)
{
	d->a = ((addr & 0xffff) << 16) | (limit & 0xffff);
	/// 高双字：基地址 31..24 位、界限 19..16 位、类型字节（8..15 位）、基地址 23..16 位。
	d->b = (addr & 0xff000000) | ((addr >> 16) & 0xff) |
	       (limit & 0xf0000) | (type << 8);
}

/// §2.2 地址映射的全过程：TSS 描述符在 GDT 第 __TSS(n) = 12+4n 项（CPU 0 为选择子 0x60）。界限 235：硬件 TSS 的 104 字节
/// 加上 I/O 位图数组 132 字节，共 236 字节；类型字节 0x89 = 存在、DPL 0、32 位可用 TSS。Linux 2.4 不用 TSS 做任务切换，
/// 只用它的 esp0/ss0 给出从用户态进入内核时的内核栈。
/// 2.4.0: arch/i386/kernel/traps.c set_tss_desc()
void set_tss_desc(unsigned int n, void *addr)
{
	_set_tssldt_desc(gdt_table + __TSS(n), (unsigned long)addr, 235, 0x89);
}

/// §2.2 地址映射的全过程：LDT 描述符在 GDT 第 __LDT(n) = 13+4n 项（CPU 0 为选择子 0x68），界限 = 项数×8−1，
/// 类型字节 0x82 = 存在、DPL 0、LDT。cpu_init() 经 clear_LDT() 让它指向 5 项的 default_ldt；2.4.0 中进程有私有 LDT
/// （modify_ldt）时，切换进程也用它换 LDT。
/// 2.4.0: arch/i386/kernel/traps.c set_ldt_desc()
void set_ldt_desc(unsigned int n, void *addr, unsigned int size)
{
	_set_tssldt_desc(gdt_table + __LDT(n), (unsigned long)addr,
			 ((size << 3) - 1), 0x82);
}

extern void cpu_init(void);

/// §3 中断、异常和系统调用（IDT 的初始化）：把 CPU 异常 0–19 和系统调用 0x80 的门装进 idt_table，填写默认 LDT 的两个调用门，
/// 最后调用 cpu_init() 装入 TSS 和 LDT。head.S 早已 lidt，这里改写的是表的内容，立即生效。start_kernel() 在 setup_arch() 之后调用它。
/// 2.4.0: arch/i386/kernel/traps.c trap_init()（2.4.0 还检测 EISA 总线，并为 VISWS 机器做额外的初始化）
/// Bochs 中停在 trap_init() 之后（例如 `lb` 加上 scripts/sym init_IRQ 给出的地址），`info idt 0 20` 列出各项的门类型和 DPL。
void __init trap_init(void)
{
	/*
	 * Vectors 0-19 in order.  Trap gates, but an interrupt gate for
	 * NMI, and dpl 3 for int3, into and bound, which user mode may use.
	 */
	static const struct {
		void *entry;
		char gate;		/* 't' trap, 'i' interrupt, 's' system */
	} vec[20] = {
		/// 0 除法错、1 调试：陷阱门，DPL 0。
		/// 2 NMI 用中断门：穿过时关中断。
		/// 3、4、5 用系统门（DPL 3）：用户程序的 int3、into、bound 指令要能引起它们；若是 DPL 0 的门，用户态的 int3 会变成一般保护异常。
		/// 6–19 都是 DPL 0 的陷阱门。这些异常由 CPU 自己产生，不受门 DPL 的限制；DPL 0 只是不许用户用 int 指令冒充它们。
		/// 14 页面异常：§2.4 越界访问 的起点。陷阱门，DPL 0。
		{ divide_error, 't' },		{ debug, 't' },
		{ nmi, 'i' },			{ int3, 's' },
		{ overflow, 's' },		{ bounds, 's' },
		{ invalid_op, 't' },		{ device_not_available, 't' },
		{ double_fault, 't' },		{ coprocessor_segment_overrun, 't' },
		{ invalid_TSS, 't' },		{ segment_not_present, 't' },
		{ stack_segment, 't' },		{ general_protection, 't' },
		{ page_fault, 't' },		{ spurious_interrupt_bug, 't' },
		{ coprocessor_error, 't' },	{ alignment_check, 't' },
		{ machine_check, 't' },		{ simd_coprocessor_error, 't' },
	};
	unsigned int n;

	/// 按表的顺序（向量 0 到 19）逐项装门，与 2.4.0 逐条调用 set_*_gate 的顺序和结果相同。
	for (n = 0; n < 20; n++) {
		void *entry = vec[n].entry;

		if (vec[n].gate == 'i')
			set_intr_gate(n, entry);
		else if (vec[n].gate == 's')
			set_system_gate(n, entry);
		else
			set_trap_gate(n, entry);
	}

	/* int $0x80 from user mode. */
	/// 0x80 系统调用：系统门（DPL 3 的陷阱门），用户态进入内核态的正门。init_IRQ() 给外部中断装门时会跳过这一项。
	set_system_gate(0x80, &system_call);

	/* The default LDT: call gates for the iBCS and Solaris entries. */
	/// 默认 LDT 第 0、4 项：用户选择子 0x07、0x27 经调用门分别进入 lcall7、lcall27。
	set_call_gate(&default_ldt[0], lcall7);
	set_call_gate(&default_ldt[4], lcall27);

	/// 装入 TSS（给出从用户态进入时的内核栈）和默认 LDT，并重新 lgdt/lidt，见 setup.c 的 cpu_init()。
	cpu_init();
	/// 从此 BUG() 的 ud2 会进入 do_invalid_op()，打印 oops。
	traps_ready = 1;
}
