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
 * A new task's first instructions (copy_thread set thread.eip here):
 * finish the switch for the task it replaced (%ebx, from switch_to),
 * then return from fork/clone through the copied frame with eax 0.
 */
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
ENTRY(system_call)
	pushl	%eax			# orig_eax: the call number
	SAVE_ALL
	GET_CURRENT(%ebx)
	cmpl	$(NR_syscalls), %eax
	jae	badsys
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
	movl	%eax, EAX(%esp)		# the result goes back in %eax
/*
 * The way back to user mode: first a reschedule if the time slice is
 * over or a better task woke up (need_resched), then the pending
 * signals.  Port: interrupts are off from the checks to the iret, so
 * a wake-up cannot slip in between.
 */
ENTRY(ret_from_sys_call)
ret_with_reschedule:
	cli
	cmpl	$0, need_resched(%ebx)
	jne	reschedule
	cmpl	$0, sigpending(%ebx)
	jne	signal_return
restore_all:
	RESTORE_ALL

	ALIGN
signal_return:
	sti				# we may come from an interrupt handler
	movl	%esp, %eax		# do_signal(regs, NULL), regparm
	xorl	%edx, %edx
	call	SYMBOL_NAME(do_signal)
	jmp	restore_all

	ALIGN
badsys:
	movl	$-ENOSYS, EAX(%esp)
	jmp	ret_from_sys_call

/*
 * After an exception or an interrupt: only on the way back to user mode
 * (or vm86 mode) may the task be switched or get its signals; the
 * kernel itself is never preempted.
 */
	ALIGN
ret_from_exception:
ENTRY(ret_from_intr)
	GET_CURRENT(%ebx)
	movl	EFLAGS(%esp), %eax	# mix EFLAGS and CS
	movb	CS(%esp), %al
	testl	$(VM_MASK | 3), %eax	# to user or vm86 mode?
	jne	ret_with_reschedule
	jmp	restore_all

	ALIGN
reschedule:
	call	SYMBOL_NAME(schedule)
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

/*
 * The first FPU instruction after a task switch (CR0.TS set): load the
 * task's FPU state (lazy FPU switching).  With CR0.EM there is no FPU.
 */
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
 * The system call table, 2.4.0's numbering: slot N is system call N.
 * A slot whose call this port does not have points at sys_ni_syscall
 * (-ENOSYS) and names 2.4.0's function in its comment.
 */
.data
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
ENTRY(common_interrupt)
	SAVE_ALL
	call	SYMBOL_NAME(do_IRQ)
	jmp	ret_from_intr

/*
 * The call gates of the default LDT (iBCS and Solaris binaries).  This
 * port runs no foreign personalities: answer -ENOSYS.
 */
ENTRY(lcall7)
ENTRY(lcall27)
	movl	$-ENOSYS, %eax
	lret
