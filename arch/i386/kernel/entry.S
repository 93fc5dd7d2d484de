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

#include <linux/linkage.h>
#include <asm/segment.h>

EBX		= 0x00
ECX		= 0x04
EDX		= 0x08
ESI		= 0x0C
EDI		= 0x10
EBP		= 0x14
EAX		= 0x18
DS		= 0x1C
ES		= 0x20
ORIG_EAX	= 0x24
EIP		= 0x28
CS		= 0x2C
EFLAGS		= 0x30
OLDESP		= 0x34
OLDSS		= 0x38

CF_MASK		= 0x00000001
IF_MASK		= 0x00000200
NT_MASK		= 0x00004000
VM_MASK		= 0x00020000

/* Offsets into struct task_struct. */
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
#define GET_CURRENT(reg) \
	movl $-8192, reg; \
	andl %esp, reg

/*
 * int $0x80: number in %eax, arguments in %ebx %ecx %edx %esi %edi %ebp,
 * result back in %eax.  Numbers outside the table get -ENOSYS.
 */
ENTRY(system_call)
	pushl	%eax			# orig_eax: the call number
	SAVE_ALL
	GET_CURRENT(%ebx)
	cmpl	$(NR_syscalls), %eax
	jae	badsys
	call	*SYMBOL_NAME(sys_call_table)(,%eax,4)
	movl	%eax, EAX(%esp)		# the result goes back in %eax
ENTRY(ret_from_sys_call)
	cli				# no interrupt between here and iret
restore_all:
	RESTORE_ALL

	ALIGN
ret_from_exception:
	GET_CURRENT(%ebx)
	jmp	ret_from_sys_call

badsys:
	movl	$-ENOSYS, EAX(%esp)
	jmp	ret_from_sys_call

ENTRY(divide_error)
	pushl	$0			# no error code
	pushl	$ SYMBOL_NAME(do_divide_error)
	ALIGN
/*
 * The common path of the exceptions.  The stub pushed the handler's
 * address where %es goes and the error code (or 0) where orig_eax goes;
 * swap them into place, then call handler(regs, error_code).
 */
error_code:
	pushl	%ds
	pushl	%eax
	xorl	%eax, %eax
	pushl	%ebp
	pushl	%edi
	pushl	%esi
	pushl	%edx
	decl	%eax			# eax = -1
	pushl	%ecx
	pushl	%ebx
	cld
	movl	%es, %ecx
	movl	ORIG_EAX(%esp), %esi	# the error code
	movl	ES(%esp), %edi		# the handler
	movl	%eax, ORIG_EAX(%esp)	# not a system call: orig_eax = -1
	movl	%ecx, ES(%esp)
	movl	%esp, %edx
	pushl	%esi			# error_code
	pushl	%edx			# regs
	movl	$(__KERNEL_DS), %edx
	movl	%edx, %ds
	movl	%edx, %es
	GET_CURRENT(%ebx)
	call	*%edi
	addl	$8, %esp
	jmp	ret_from_exception

ENTRY(coprocessor_error)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_coprocessor_error)
	jmp	error_code

ENTRY(simd_coprocessor_error)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_simd_coprocessor_error)
	jmp	error_code

ENTRY(device_not_available)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_device_not_available)
	jmp	error_code

ENTRY(debug)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_debug)
	jmp	error_code

ENTRY(nmi)
	pushl	%eax
	SAVE_ALL
	movl	%esp, %edx
	pushl	$0
	pushl	%edx
	call	SYMBOL_NAME(do_nmi)
	addl	$8, %esp
	RESTORE_ALL

ENTRY(int3)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_int3)
	jmp	error_code

ENTRY(overflow)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_overflow)
	jmp	error_code

ENTRY(bounds)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_bounds)
	jmp	error_code

ENTRY(invalid_op)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_invalid_op)
	jmp	error_code

ENTRY(coprocessor_segment_overrun)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_coprocessor_segment_overrun)
	jmp	error_code

ENTRY(double_fault)
	pushl	$ SYMBOL_NAME(do_double_fault)
	jmp	error_code

ENTRY(invalid_TSS)
	pushl	$ SYMBOL_NAME(do_invalid_TSS)
	jmp	error_code

ENTRY(segment_not_present)
	pushl	$ SYMBOL_NAME(do_segment_not_present)
	jmp	error_code

ENTRY(stack_segment)
	pushl	$ SYMBOL_NAME(do_stack_segment)
	jmp	error_code

ENTRY(general_protection)
	pushl	$ SYMBOL_NAME(do_general_protection)
	jmp	error_code

ENTRY(alignment_check)
	pushl	$ SYMBOL_NAME(do_alignment_check)
	jmp	error_code

/* The CPU pushes an error code for page faults; CR2 holds the address. */
ENTRY(page_fault)
	pushl	$ SYMBOL_NAME(do_page_fault)
	jmp	error_code

ENTRY(machine_check)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_machine_check)
	jmp	error_code

ENTRY(spurious_interrupt_bug)
	pushl	$0
	pushl	$ SYMBOL_NAME(do_spurious_interrupt_bug)
	jmp	error_code

/*
 * The system call table, 2.4.0's numbering.  Calls not yet ported point at
 * sys_ni_syscall, which answers -ENOSYS as 2.4.0 does for unknown numbers.
 */
.data
ENTRY(sys_call_table)
	.rept	NR_syscalls
	.long	SYMBOL_NAME(sys_ni_syscall)
	.endr

/*
 * Hardware interrupts: each stub in i8259.c pushes its IRQ number - 256
 * as orig_eax and comes here.
 */
.text
ENTRY(common_interrupt)
	SAVE_ALL
	call	SYMBOL_NAME(do_IRQ)
ENTRY(ret_from_intr)
	GET_CURRENT(%ebx)
	jmp	ret_from_sys_call

/*
 * The call gates of the default LDT (iBCS and Solaris binaries).  This
 * port runs no foreign personalities: answer -ENOSYS.
 */
ENTRY(lcall7)
ENTRY(lcall27)
	movl	$-ENOSYS, %eax
	lret
