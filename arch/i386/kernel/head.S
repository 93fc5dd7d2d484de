/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * head.S: the 32-bit entry of the kernel.  setup.S jumps here at physical
 * 1 MB with paging off; we build the boot page tables (the first 8 MB
 * mapped both at 0 and at PAGE_OFFSET), turn paging on, load gdt_table and
 * idt_table and call start_kernel.
 * 情景分析 §2.2 (GDT), boot chapter.  Follows Linux 2.4.0
 * arch/i386/kernel/head.S.
 */

#include <linux/linkage.h>
#include <asm/segment.h>
#include <asm/page.h>
#include <asm/desc.h>

#define OLD_CL_MAGIC_ADDR	0x90020
#define OLD_CL_MAGIC		0xA33F
#define OLD_CL_BASE_ADDR	0x90000
#define OLD_CL_OFFSET		0x90022
#define NEW_CL_POINTER		0x228	/* cmd_line_ptr in the zero page */

#define NR_CPUS			1
#define BOOT_USER_PGD_PTRS	(__PAGE_OFFSET >> 22)
#define BOOT_KERNEL_PGD_PTRS	(1024 - BOOT_USER_PGD_PTRS)
#define IDT_ENTRIES		256
#define GDT_ENTRIES		(__TSS(NR_CPUS))

/* Fields of boot_cpu_data (struct cpuinfo_x86) that we fill in here. */
#define X86		SYMBOL_NAME(boot_cpu_data)+0
#define X86_VENDOR	SYMBOL_NAME(boot_cpu_data)+1
#define X86_MODEL	SYMBOL_NAME(boot_cpu_data)+2
#define X86_MASK	SYMBOL_NAME(boot_cpu_data)+3
#define X86_HARD_MATH	SYMBOL_NAME(boot_cpu_data)+6
#define X86_CPUID	SYMBOL_NAME(boot_cpu_data)+8
#define X86_CAPABILITY	SYMBOL_NAME(boot_cpu_data)+12
#define X86_VENDOR_ID	SYMBOL_NAME(boot_cpu_data)+28

/* Until paging is on, a symbol's physical address is its link address minus PAGE_OFFSET. */
#define PHYS(x)		((x) - __PAGE_OFFSET)

	.section .text.head, "ax"
	.globl	startup_32
ENTRY(stext)
ENTRY(_stext)
startup_32:
	cld
	movl	$(__KERNEL_DS), %eax
	movl	%eax, %ds
	movl	%eax, %es
	movl	%eax, %fs
	movl	%eax, %gs

/*
 * pg0 and pg1 map physical 0-8 MB; swapper_pg_dir points at them from
 * both slot 0/1 (identity, needed while EIP is still low) and 768/769.
 */
	movl	$PHYS(pg0), %edi
	movl	$0x007, %eax		/* present, writable, user */
2:	stosl
	addl	$0x1000, %eax
	cmpl	$PHYS(empty_zero_page), %edi
	jne	2b

/* Paging on. */
	movl	$PHYS(swapper_pg_dir), %eax
	movl	%eax, %cr3
	movl	%cr0, %eax
	orl	$0x80000000, %eax
	movl	%eax, %cr0
	jmp	1f			/* flush the prefetch queue */
1:
	movl	$1f, %eax
	jmp	*%eax			/* from here on at 0xC01xxxxx */
1:
	lss	stack_start, %esp

/* Clear BSS. */
	xorl	%eax, %eax
	movl	$SYMBOL_NAME(__bss_start), %edi
	movl	$SYMBOL_NAME(_end), %ecx
	subl	%edi, %ecx
	rep
	stosb

	call	setup_idt
	pushl	$0
	popfl

/*
 * Keep the boot parameters: 2 KB from setup's zero page (%esi, still
 * identity-mapped) to empty_zero_page, then the command line after them.
 */
	movl	$SYMBOL_NAME(empty_zero_page), %edi
	movl	$512, %ecx
	cld
	rep
	movsl
	xorl	%eax, %eax
	movl	$512, %ecx
	rep
	stosl
	movl	SYMBOL_NAME(empty_zero_page)+NEW_CL_POINTER, %esi
	andl	%esi, %esi
	jnz	2f			/* the new protocol: a pointer */
	cmpw	$(OLD_CL_MAGIC), OLD_CL_MAGIC_ADDR
	jne	1f
	movzwl	OLD_CL_OFFSET, %esi	/* the old protocol: magic + offset */
	addl	$(OLD_CL_BASE_ADDR), %esi
2:
	movl	$SYMBOL_NAME(empty_zero_page)+2048, %edi
	movl	$512, %ecx
	rep
	movsl
1:

/* What CPU is this?  386 if EFLAGS.AC cannot be toggled. */
checkCPUtype:
	movl	$-1, X86_CPUID		/* -1: no CPUID */
	movb	$3, X86
	pushfl
	popl	%eax
	movl	%eax, %ecx
	xorl	$0x40000, %eax		/* AC */
	pushl	%eax
	popfl
	pushfl
	popl	%eax
	xorl	%ecx, %eax
	andl	$0x40000, %eax
	jz	is386

	movb	$4, X86			/* 486: is there CPUID (EFLAGS.ID)? */
	movl	%ecx, %eax
	xorl	$0x200000, %eax
	pushl	%eax
	popfl
	pushfl
	popl	%eax
	xorl	%ecx, %eax
	pushl	%ecx
	popfl
	andl	$0x200000, %eax
	jz	is486

	xorl	%eax, %eax		/* CPUID 0: vendor and max level */
	cpuid
	movl	%eax, X86_CPUID
	movl	%ebx, X86_VENDOR_ID
	movl	%edx, X86_VENDOR_ID+4
	movl	%ecx, X86_VENDOR_ID+8
	orl	%eax, %eax
	jz	is486

	movl	$1, %eax		/* CPUID 1: family, model, features */
	cpuid
	movb	%al, %cl
	andb	$0x0f, %ah
	movb	%ah, X86
	andb	$0xf0, %al
	shrb	$4, %al
	movb	%al, X86_MODEL
	andb	$0x0f, %cl
	movb	%cl, X86_MASK
	movl	%edx, X86_CAPABILITY

is486:
	movl	%cr0, %eax		/* keep PG, PE, ET; set AM WP NE MP */
	andl	$0x80000011, %eax
	orl	$0x50022, %eax
	jmp	2f

is386:
	pushl	%ecx			/* restore EFLAGS */
	popfl
	movl	%cr0, %eax
	andl	$0x80000011, %eax
	orl	$2, %eax		/* MP */
2:	movl	%eax, %cr0
	call	check_x87

/* The real GDT and IDT, and the segment registers reloaded from them. */
	lgdt	gdt_descr
	lidt	idt_descr
	ljmp	$(__KERNEL_CS), $1f
1:	movl	$(__KERNEL_DS), %eax
	movl	%eax, %ds
	movl	%eax, %es
	movl	%eax, %fs
	movl	%eax, %gs
	lss	stack_start, %esp
	xorl	%eax, %eax
	lldt	%ax
	cld
	call	SYMBOL_NAME(start_kernel)
L6:
	jmp	L6			/* start_kernel never returns */

/* Is there an FPU?  Without one, set CR0.EM so that FPU use traps. */
check_x87:
	movb	$0, X86_HARD_MATH
	clts
	fninit
	fstsw	%ax
	cmpb	$0, %al
	je	1f
	movl	%cr0, %eax
	xorl	$4, %eax		/* EM */
	movl	%eax, %cr0
	ret
	ALIGN
1:	movb	$1, X86_HARD_MATH
	.byte	0xDB, 0xE4		/* fsetpm: a no-op except on a 287 */
	ret

/*
 * setup_idt: every one of the 256 gates becomes an interrupt gate to
 * ignore_int.  trap_init() and init_IRQ() overwrite the real ones later.
 */
setup_idt:
	lea	ignore_int, %edx
	movl	$(__KERNEL_CS << 16), %eax
	movw	%dx, %ax		/* selector:offset low */
	movw	$0x8E00, %dx		/* present, DPL 0, 32-bit interrupt gate */

	lea	SYMBOL_NAME(idt_table), %edi
	mov	$IDT_ENTRIES, %ecx
rp_sidt:
	movl	%eax, (%edi)
	movl	%edx, 4(%edi)
	addl	$8, %edi
	dec	%ecx
	jne	rp_sidt
	ret

/*
 * The fixed pages of the boot: page directory, the two boot page tables,
 * the zero page (boot parameters until mem_init clears it) and the pages
 * that stand in for a broken page table.
 */
.org 0x1000
ENTRY(swapper_pg_dir)
	.long	0x00102007		/* pg0: 0-4 MB, identity */
	.long	0x00103007		/* pg1: 4-8 MB, identity */
	.fill	BOOT_USER_PGD_PTRS-2, 4, 0
	.long	0x00102007		/* 0xC0000000: pg0 again */
	.long	0x00103007		/* 0xC0400000: pg1 again */
	.fill	BOOT_KERNEL_PGD_PTRS-2, 4, 0

.org 0x2000
ENTRY(pg0)

.org 0x3000
ENTRY(pg1)

.org 0x4000
ENTRY(empty_zero_page)

.org 0x5000
ENTRY(empty_bad_page)

.org 0x6000
ENTRY(empty_bad_pte_table)

.org 0x7000
ENTRY(stack_start)
	.long	SYMBOL_NAME(init_task_union)+8192
	.long	__KERNEL_DS

int_msg:
	.asciz	"Unknown interrupt\n"
	ALIGN
ignore_int:
	cld
	pushl	%eax
	pushl	%ecx
	pushl	%edx
	pushl	%es
	pushl	%ds
	movl	$(__KERNEL_DS), %eax
	movl	%eax, %ds
	movl	%eax, %es
	pushl	$int_msg
	call	SYMBOL_NAME(printk)
	popl	%eax
	popl	%ds
	popl	%es
	popl	%edx
	popl	%ecx
	popl	%eax
	iret

/* lidt/lgdt operands: a 16-bit limit then the 32-bit base (see desc.h). */
	ALIGN
	.word	0
idt_descr:
	.word	IDT_ENTRIES*8-1
SYMBOL_NAME(idt):
	.long	SYMBOL_NAME(idt_table)

	.word	0
gdt_descr:
	.word	GDT_ENTRIES*8-1
SYMBOL_NAME(gdt):
	.long	SYMBOL_NAME(gdt_table)
	.globl	idt, gdt, idt_descr, gdt_descr

/*
 * The GDT.  All four flat segments have base 0 and limit 4 GB, so a
 * logical address is the linear address: segmentation does nothing.
 */
	.data
	ALIGN
ENTRY(gdt_table)
	.quad	0x0000000000000000	/* 0x00: null */
	.quad	0x0000000000000000	/* 0x08: unused */
	.quad	0x00cf9a000000ffff	/* 0x10: __KERNEL_CS, DPL 0, code */
	.quad	0x00cf92000000ffff	/* 0x18: __KERNEL_DS, DPL 0, data */
	.quad	0x00cffa000000ffff	/* 0x23: __USER_CS, DPL 3, code */
	.quad	0x00cff2000000ffff	/* 0x2b: __USER_DS, DPL 3, data */
	.quad	0x0000000000000000	/* 0x30: unused */
	.quad	0x0000000000000000	/* 0x38: unused */
	.quad	0x0040920000000000	/* 0x40: APM data, set at run time */
	.quad	0x00409a0000000000	/* 0x48: APM 32-bit code */
	.quad	0x00009a0000000000	/* 0x50: APM 16-bit code */
	.quad	0x0040920000000000	/* 0x58: APM data */
	.fill	NR_CPUS*4, 8, 0		/* TSS, LDT and two spare per CPU */
