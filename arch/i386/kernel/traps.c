// SPDX-License-Identifier: GPL-2.0-only
/*
 * Exception handling: the IDT, the handlers for the CPU exceptions 0-19
 * (a signal for a fault in user mode), lazy FPU switching, and the oops
 * report for a fault inside the kernel.
 * 情景分析 §2.4 (exceptions, die); chapter 3.  Follows Linux 2.4.0
 * arch/i386/kernel/traps.c.
 */
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

asmlinkage int system_call(void);
asmlinkage void lcall7(void);
asmlinkage void lcall27(void);

/* Entries 0 and 4 become call gates to lcall7/lcall27 (iBCS, Solaris). */
struct desc_struct default_ldt[] = { { 0, 0 }, { 0, 0 }, { 0, 0 },
				     { 0, 0 }, { 0, 0 } };

/* The IDT gets a page-aligned section of its own, as 2.4.0 has it. */
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

int kstack_depth_to_print = 24;

/*
 * Call trace: follow the saved frame pointers (the kernel is built with
 * -fno-omit-frame-pointer) and name each return address.
 */
void show_trace(unsigned long *stack)
{
	unsigned long *frame = stack;
	unsigned long base = (unsigned long)stack & ~8191UL;
	int i = 0;

	printk("Call Trace:");
	while ((unsigned long)frame > base &&
	       (unsigned long)frame < base + 8192 - 8 && i < 16) {
		unsigned long ret = frame[1];

		if (!kernel_text(ret))
			break;
		print_symbol("\n [<%s>]", ret);
		if ((unsigned long *)frame[0] <= frame)
			break;
		frame = (unsigned long *)frame[0];
		i++;
	}
	printk("\n");
}

/* Raw words from the stack, as 2.4.0 prints them before the trace. */
void show_stack(unsigned long *esp)
{
	unsigned long *word = esp;
	int n = 0;

	/* No further than the end of the 8 KB task block. */
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
void show_registers(struct pt_regs *regs)
{
	int from_user = regs->xcs & 3;
	unsigned long esp = (unsigned long) &regs->esp;
	unsigned short ss = __KERNEL_DS;
	unsigned char *code;
	int n;

	/* Only a trap from user mode has esp and ss in the frame. */
	if (from_user) {
		esp = regs->esp;
		ss = regs->xss & 0xffff;
	}

	printk("CPU:    0\nEIP:    %04x:[<%08lx>]\nEFLAGS: %08lx\n",
	       0xffff & regs->xcs, regs->eip, regs->eflags);
	print_symbol("EIP is at %s\n", regs->eip);
	printk("eax: %08lx   ebx: %08lx   ecx: %08lx   edx: %08lx\n"
	       "esi: %08lx   edi: %08lx   ebp: %08lx   esp: %08lx\n",
	       regs->eax, regs->ebx, regs->ecx, regs->edx,
	       regs->esi, regs->edi, regs->ebp, esp);
	printk("ds: %04x   es: %04x   ss: %04x\n"
	       "Process %s (pid: %d, stackpage=%08lx)\n",
	       regs->xds & 0xffff, regs->xes & 0xffff, ss,
	       current->comm, current->pid, 4096 + (unsigned long) current);

	if (!from_user) {
		printk("\nStack: ");
		show_stack((unsigned long *) esp);
		show_trace((unsigned long *) regs->ebp);
		printk("\nCode: ");
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
void die(const char *str, struct pt_regs *regs, long err)
{
	unsigned long code = err & 0xffff;

	console_loglevel = 15;		/* everything to the console */
	spin_lock_irq(&die_lock);
	printk("%s: %04lx\n", str, code);
	show_registers(regs);
	spin_unlock_irq(&die_lock);
	do_exit(SIGSEGV);
}

static inline void die_if_kernel(const char *str, struct pt_regs *regs,
				 long err)
{
	if (!(regs->eflags & VM_MASK) && !(3 & regs->xcs))
		die(str, regs, err);
}

/* Set once trap_init() has installed the exception handlers. */
static int traps_ready;

/*
 * Where BUG() reports.  2.4.0 prints this line inside the BUG() macro;
 * the port calls out of line so the file and line need not be inlined.
 * Before trap_init() the ud2 that follows would only reach ignore_int
 * and loop there unseen (as in 2.4.0): the port shows the report on the
 * consoles and panics instead.
 */
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
static void do_trap(int trapnr, int signr, const char *str,
		    struct pt_regs *regs, long error_code, siginfo_t *info)
{
	struct task_struct *tsk = current;
	unsigned long fixup;

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
		regs->eip = fixup;
		return;
	}
	die(str, regs, error_code);
}

#define DO_ERROR(trapnr, signr, str, name) \
asmlinkage void do_##name(struct pt_regs *regs, long error_code) \
{ \
	do_trap(trapnr, signr, str, regs, error_code, NULL); \
}

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
void math_error(void *eip)
{
	struct task_struct *tsk = current;
	unsigned short cwd, swd, cause;
	siginfo_t info;

	save_init_fpu(tsk);
	tsk->thread.trap_no = 16;
	tsk->thread.error_code = 0;
	info.si_signo = SIGFPE;
	info.si_errno = 0;
	info.si_code = __SI_FAULT;
	info.si_addr = eip;

	cwd = get_fpu_cwd(tsk);
	swd = get_fpu_swd(tsk);
	/* 0x3f: the six exception flags; 0x240: stack fault and C1. */
	cause = (swd & ~cwd & 0x3f) | (swd & 0x240);
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
	force_sig_info(SIGFPE, &info, tsk);
}

extern char ignore_irq13;

/*
 * Vector 16 works, so the 387's IRQ 13 is not needed for errors.  Port:
 * from clear_fpu's fwait in the kernel, resume after it; 2.4.0 returns
 * to the fwait, whose #NM reloads the pending state, and loops.
 */
asmlinkage void do_coprocessor_error(struct pt_regs *regs, long error_code)
{
	unsigned long fixup;

	ignore_irq13 = 1;
	math_error((void *) regs->eip);
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
asmlinkage void math_emulate(long arg)
{
	struct task_struct *tsk = current;

	printk("math-emulation not enabled and no coprocessor found.\n");
	printk("killing %s.\n", tsk->comm);
	force_sig(SIGFPE, tsk);
	schedule();
}

/* Debug exceptions: nothing sets breakpoints in this port; ignore. */
asmlinkage void do_debug(struct pt_regs *regs, long error_code)
{
}

/* A parity or I/O check NMI: say so and go on. */
asmlinkage void do_nmi(struct pt_regs *regs, long error_code)
{
	printk("Uhhuh. NMI received. Dazed and confused, but trying to continue\n");
}

/* Vector 15 is reserved; an old Pentium erratum can raise it. Ignore. */
asmlinkage void do_spurious_interrupt_bug(struct pt_regs *regs,
					  long error_code)
{
}

/* Build one gate: type 14 interrupt, 15 trap, 12 call; dpl 0 or 3. */
static void _set_gate(struct desc_struct *gate_addr, unsigned int type,
		      unsigned int dpl, void *addr)
{
	unsigned long a = (unsigned long)addr;

	gate_addr->a = (__KERNEL_CS << 16) | (a & 0xffff);
	gate_addr->b = (a & 0xffff0000) | 0x8000 | (dpl << 13) | (type << 8);
}

void set_intr_gate(unsigned int n, void *addr)
{
	_set_gate(&idt_table[n], 14, 0, addr);
}

static void __init set_trap_gate(unsigned int n, void *addr)
{
	_set_gate(&idt_table[n], 15, 0, addr);
}

static void __init set_system_gate(unsigned int n, void *addr)
{
	_set_gate(&idt_table[n], 15, 3, addr);
}

static void __init set_call_gate(void *a, void *addr)
{
	_set_gate(a, 12, 3, addr);
}

/* A system-segment descriptor (TSS or LDT) at gdt_table[n]. */
static void _set_tssldt_desc(struct desc_struct *d, unsigned long addr,
			     unsigned int limit, unsigned int type)
{
	d->a = ((addr & 0xffff) << 16) | (limit & 0xffff);
	d->b = (addr & 0xff000000) | ((addr >> 16) & 0xff) |
	       (limit & 0xf0000) | (type << 8);
}

void set_tss_desc(unsigned int n, void *addr)
{
	_set_tssldt_desc(gdt_table + __TSS(n), (unsigned long)addr, 235, 0x89);
}

void set_ldt_desc(unsigned int n, void *addr, unsigned int size)
{
	_set_tssldt_desc(gdt_table + __LDT(n), (unsigned long)addr,
			 ((size << 3) - 1), 0x82);
}

extern void cpu_init(void);

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
	set_system_gate(0x80, &system_call);

	/* The default LDT: call gates for the iBCS and Solaris entries. */
	set_call_gate(&default_ldt[0], lcall7);
	set_call_gate(&default_ldt[4], lcall27);

	cpu_init();
	traps_ready = 1;
}
