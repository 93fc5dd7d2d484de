/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * setup.S: real-mode setup.  Asks the BIOS for the memory map (E820,
 * then E801, then 88h), enables A20, loads a temporary GDT, switches to
 * protected mode and jumps to startup_32 at 1 MB.
 * Boot chapter of 情景分析.  Follows Linux 2.4.0 arch/i386/boot/setup.S.
 */

#include <asm/segment.h>
#include <asm/boot.h>
#include <asm/e820.h>

INITSEG		= DEF_INITSEG		/* 0x9000: the boot parameters */
SYSSEG		= DEF_SYSSEG		/* 0x1000: bounce buffer of bootsect */
SETUPSEG	= DEF_SETUPSEG		/* 0x9020: this code */

LOADED_HIGH	= 1			/* loadflags: kernel at 1 MB */
CAN_USE_HEAP	= 0x80			/* loadflags: heap_end_ptr valid */

SIG1		= 0xAA55
SIG2		= 0x5A5A

	.code16
	.text
	.globl	begtext
begtext:
start:
	.byte	0xeb			/* short jmp: the header starts at 2 */
	.byte	trampoline - 1f
1:

/* The boot protocol header (version 2.02), at 0x90202. */
		.ascii	"HdrS"
		.word	0x0202
realmode_swtch:	.word	0, 0		/* hook called before leaving real mode */
start_sys_seg:	.word	SYSSEG
		.word	kernel_version	/* pointer to the version string */
type_of_loader:	.byte	0
loadflags:	.byte	LOADED_HIGH	/* the kernel is at 1 MB (bzImage) */
setup_move_size: .word	0x8000
code32_start:	.long	0x100000	/* where the 32-bit kernel starts */
ramdisk_image:	.long	0		/* physical address of the initrd */
ramdisk_size:	.long	0		/* its size in bytes */
bootsect_kludge: .word	bootsect_helper, SETUPSEG
heap_end_ptr:	.word	0
pad1:		.word	0
cmd_line_ptr:	.long	0		/* set by tools/build with the line below */

trampoline:
	call	start_of_setup
/*
 * Room for the E820 map: the BIOS writes it at 0x902d0-0x9054f, which is
 * inside this part of setup's own image (setup starts at 0x90200).
 */
	.space	1024

/*
 * The kernel command line.  tools/build, which plays the boot loader's
 * part here, writes it into this buffer and points cmd_line_ptr at it.
 */
		.org	0x440
cmdline_buf:	.fill	256, 1, 0

start_of_setup:
	movw	%cs, %ax
	movw	%ax, %ds
	movw	%ax, %es

/* Was all of setup loaded?  The signature sits at its very end. */
	cmpw	$SIG1, setup_sig1
	jne	bad_sig
	cmpw	$SIG2, setup_sig2
	jne	bad_sig

/* Remember the cursor, so the kernel's VGA console continues below it. */
	movb	$0x03, %ah
	xorb	%bh, %bh
	int	$0x10
	pushw	%ds
	movw	$INITSEG, %ax
	movw	%ax, %ds
	movw	%dx, (0)		/* orig_x, orig_y */
	popw	%ds

/*
 * Memory probing.  Results go to the zero page at 0x90000: the E820 map
 * at E820MAP, its length at E820NR, E801 in 0x1e0 and 88h in 0x2.
 */
	pushw	%ds
	movw	$INITSEG, %ax
	movw	%ax, %ds
	movw	%ax, %es
	xorl	%eax, %eax
	movl	%eax, (0x1e0)
	movb	%al, (E820NR)

#define SMAP 0x534d4150
meme820:
	xorl	%ebx, %ebx		/* continuation value, 0 to start */
	movw	$E820MAP, %di		/* records go straight into the map */
jmpe820:
	movl	$0x0000e820, %eax
	movl	$SMAP, %edx
	movl	$20, %ecx
	pushw	%ds
	popw	%es
	int	$0x15
	jc	bail820			/* no E820, or past the end */
	cmpl	$SMAP, %eax
	jne	bail820
good820:
	movb	(E820NR), %al
	cmpb	$E820MAX, %al
	jnl	bail820			/* table full */
	incb	(E820NR)
	movw	%di, %ax
	addw	$20, %ax
	movw	%ax, %di
again820:
	cmpl	$0, %ebx		/* 0 after the last record */
	jne	jmpe820
bail820:

meme801:
	stc				/* some BIOSes forget to clear CF */
	xorw	%cx, %cx
	xorw	%dx, %dx
	movw	$0xe801, %ax
	int	$0x15
	jc	mem88
	cmpw	$0, %cx			/* some BIOSes answer in CX/DX ... */
	jne	e801usecxdx
	cmpw	$0, %dx
	jne	e801usecxdx
	movw	%ax, %cx		/* ... others in AX/BX */
	movw	%bx, %dx
e801usecxdx:
	andl	$0xffff, %edx		/* 64 KB blocks above 16 MB */
	shll	$6, %edx
	movl	%edx, (0x1e0)
	andl	$0xffff, %ecx		/* KB between 1 MB and 16 MB */
	addl	%ecx, (0x1e0)

mem88:
	movb	$0x88, %ah		/* the oldest call: KB above 1 MB */
	int	$0x15
	movw	%ax, (2)
	popw	%ds

/* Mask every interrupt: the kernel programs the PICs itself. */
	cli
	movb	$0x80, %al		/* and NMIs */
	outb	%al, $0x70

/* A20 through the keyboard controller, then the "fast A20" port. */
	call	empty_8042
	movb	$0xD1, %al		/* command write */
	outb	%al, $0x64
	call	empty_8042
	movb	$0xDF, %al		/* A20 on */
	outb	%al, $0x60
	call	empty_8042

	inb	$0x92, %al
	orb	$02, %al
	outb	%al, $0x92

/* Wait until 0:0200 and ffff:0210 stop being the same byte. */
	pushw	%fs
	pushw	%gs
	xorw	%ax, %ax
	movw	%ax, %fs
	decw	%ax
	movw	%ax, %gs
a20_wait:
	incw	%ax
	movw	%ax, %fs:(0x200)
	cmpw	%gs:(0x210), %ax
	je	a20_wait
	popw	%gs
	popw	%fs

/* Reset the coprocessor. */
	xorw	%ax, %ax
	outb	%al, $0xf0
	call	delay
	outb	%al, $0xf1
	call	delay

/* Mask all IRQs except the cascade; the PICs keep their BIOS vectors. */
	movb	$0xFF, %al
	outb	%al, $0xA1
	call	delay
	movb	$0xFB, %al
	outb	%al, $0x21

/* The base of the temporary GDT is only known now: fix up gdt_48. */
	xorl	%eax, %eax
	movw	%ds, %ax
	shll	$4, %eax
	addl	$gdt, %eax
	movl	%eax, (gdt_48+2)

	lidt	idt_48			/* empty IDT: any interrupt resets */
	lgdt	gdt_48

/* Into protected mode.  %esi points at the boot parameters, %bx = 0. */
	movw	$1, %ax
	lmsw	%ax
	jmp	flush_instr
flush_instr:
	xorw	%bx, %bx
	movl	$(INITSEG << 4), %esi
	.byte	0x66, 0xea		/* ljmpl $__KERNEL_CS, $code32_start */
code32:	.long	0x100000
	.word	__KERNEL_CS

bad_sig:
	movw	$sig_msg, %si
	call	prtstr
1:	hlt
	jmp	1b

/*
 * bootsect_helper: bootsect calls this (far) after reading a piece of the
 * image into SYSSEG:0.  It copies %cx words to linear address %edi with
 * the BIOS block move, INT 15h AH=87h.
 */
bootsect_helper:
	movb	$0x20, %cs:type_of_loader	/* loader type: bootsect-loader */
	pushw	%ds
	pushw	%es
	pushw	%si
	pushl	%edi
	movw	%cs, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movl	%edi, %eax
	movw	%ax, (bootsect_dst_base_lo)
	shrl	$16, %eax
	movb	%al, (bootsect_dst_base_mid)
	movb	%ah, (bootsect_dst_base_hi)
	movw	$bootsect_gdt, %si
	movb	$0x87, %ah
	int	$0x15
	jc	bootsect_panic
	popl	%edi
	popw	%si
	popw	%es
	popw	%ds
	lret

bootsect_panic:
	movw	$move_msg, %si
	call	prtstr
1:	hlt
	jmp	1b

/* Descriptor table handed to the BIOS block move. */
bootsect_gdt:
	.word	0, 0, 0, 0
	.word	0, 0, 0, 0
	.word	0xffff			/* source: SYSSEG:0 = 0x10000 */
	.word	0x0000
	.byte	0x01, 0x93
	.word	0
	.word	0xffff			/* destination, filled in above */
bootsect_dst_base_lo:
	.word	0x0000
bootsect_dst_base_mid:
	.byte	0x10, 0x93
	.byte	0x00
bootsect_dst_base_hi:
	.byte	0x00
	.word	0, 0, 0, 0
	.word	0, 0, 0, 0

empty_8042:
	pushl	%ecx
	movl	$100000, %ecx
1:	decl	%ecx
	jz	2f
	call	delay
	inb	$0x64, %al		/* 8042 status */
	testb	$1, %al			/* output buffer full? */
	jz	3f
	call	delay
	inb	$0x60, %al		/* read and drop it */
	jmp	1b
3:	testb	$2, %al			/* input buffer full? */
	jnz	1b
2:	popl	%ecx
	ret

delay:
	outb	%al, $0x80
	ret

prtstr:
	lodsb
	andb	%al, %al
	jz	1f
	movb	$0x0e, %ah
	movw	$7, %bx
	int	$0x10
	jmp	prtstr
1:	ret

/* The temporary GDT: null, unused, then flat 4 GB code and data. */
	.align	16
gdt:
	.word	0, 0, 0, 0		/* null */
	.word	0, 0, 0, 0		/* unused */

	.word	0xFFFF			/* 4 GB, granularity 4096 */
	.word	0			/* base 0 */
	.word	0x9A00			/* code, read/exec */
	.word	0x00CF			/* 386, 4 KB granularity */

	.word	0xFFFF
	.word	0
	.word	0x9200			/* data, read/write */
	.word	0x00CF

idt_48:
	.word	0			/* limit 0 */
	.word	0, 0			/* base 0 */

gdt_48:
	.word	0x8000			/* limit: 4096 entries */
	.word	0, 0			/* base, set at run time */

kernel_version:	.asciz	"2.4.0"
sig_msg:	.asciz	"setup: not all of setup was loaded, halted.\r\n"
move_msg:	.asciz	"setup: BIOS block move failed, halted.\r\n"

/* The end-of-setup signature that start_of_setup looks for. */
setup_sig1:	.word	SIG1
setup_sig2:	.word	SIG2
	.globl	endtext
endtext:
