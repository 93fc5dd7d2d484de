/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * crt0.S - start-up code and the system call gate of the user tests.
 *
 * At _start the kernel's stack holds argc, argv[0..argc-1], NULL,
 * envp[...], NULL (2.4.0 fs/binfmt_elf.c create_elf_tables()).
 */
	.text
	.globl	_start
_start:
	xorl	%ebp, %ebp		/* outermost frame */
	movl	(%esp), %eax		/* argc */
	leal	4(%esp), %ecx		/* argv */
	leal	8(%esp,%eax,4), %edx	/* envp = argv + argc + 1 */
	andl	$-16, %esp
	subl	$4, %esp		/* 16-byte aligned at the call */
	pushl	%edx
	pushl	%ecx
	pushl	%eax
	call	main
	movl	%eax, (%esp)
	call	exit
	hlt

/*
 * long syscall6(nr, a, b, c, d, e, f): int $0x80 with eax = nr and the
 * arguments in ebx, ecx, edx, esi, edi, ebp; returns eax untouched.
 */
	.globl	syscall6
syscall6:
	pushl	%ebp
	pushl	%edi
	pushl	%esi
	pushl	%ebx
	movl	20(%esp), %eax
	movl	24(%esp), %ebx
	movl	28(%esp), %ecx
	movl	32(%esp), %edx
	movl	36(%esp), %esi
	movl	40(%esp), %edi
	movl	44(%esp), %ebp
	int	$0x80
	popl	%ebx
	popl	%esi
	popl	%edi
	popl	%ebp
	ret

	.section .note.GNU-stack,"",@progbits
