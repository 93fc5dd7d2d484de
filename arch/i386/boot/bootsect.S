/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * bootsect.S: the boot sector.  The BIOS loads it at 0x7c00; it moves
 * itself to 0x90000, loads setup behind itself and the kernel image to
 * 1 MB, then jumps to setup.
 * Boot chapter of 情景分析.  Follows Linux 2.4.0 arch/i386/boot/bootsect.S,
 * reading a hard-disk image by LBA instead of floppy tracks.  Setup
 * starts at sector start_sect + 1: 1 on a plain disk, after the swap
 * area when the disk begins with one (tools/build -w).
 */

#include <asm/boot.h>

SETUPSECS	= 4			/* default number of setup sectors */
BOOTSEG		= 0x07C0		/* original address of boot sector */
INITSEG		= DEF_INITSEG		/* we move the boot sector here */
SETUPSEG	= DEF_SETUPSEG		/* setup starts here */
SYSSEG		= DEF_SYSSEG		/* system loaded at 0x10000, 64 KB at a time */
SYSSIZE		= DEF_SYSSIZE		/* system size in 16-byte clicks */
CHUNK		= 64			/* sectors read per BIOS call (32 KB) */

	.code16
	.text
	.globl	_start
_start:
	movw	$BOOTSEG, %ax
	movw	%ax, %ds
	movw	$INITSEG, %ax
	movw	%ax, %es
	movw	$256, %cx
	subw	%si, %si
	subw	%di, %di
	cld
	rep
	movsw
	ljmp	$INITSEG, $go

go:	movw	$0x4000-12, %di		/* stack just below setup's heap */
	movw	%ax, %ds
	movw	%ax, %ss
	movw	%di, %sp
	movb	%dl, boot_drive		/* the BIOS says which disk we came from */

	movw	$msg1, %si
	call	print_str

	cmpb	$0, setup_sects		/* 0 means the old default */
	jne	1f
	movb	$SETUPSECS, setup_sects
1:
/* Setup: LBA start_sect + 1 onward, straight to 0x90200. */
	movl	start_sect, %eax
	incl	%eax
	movzbw	setup_sects, %cx
	movw	$INITSEG, %bx
	movw	%bx, %es
	movw	$0x0200, %bx
	call	read_sectors

/* The kernel image: after setup, moved above 1 MB through setup's helper. */
	movzbl	setup_sects, %eax
	addl	start_sect, %eax
	incl	%eax
	movzwl	syssize, %ebp
	addl	$31, %ebp
	shrl	$5, %ebp		/* 16-byte clicks -> sectors */
	movl	$0x100000, %edi
	call	read_high

/* An initial RAM disk, if the image carries one, goes where setup says. */
	movl	%es:0x21c, %ebp		/* ramdisk_size (es = INITSEG) */
	orl	%ebp, %ebp
	jz	2f
	addl	$511, %ebp
	shrl	$9, %ebp
	movl	%es:0x218, %edi		/* ramdisk_image */
	call	read_high
2:
	movw	$msg2, %si
	call	print_str
	ljmp	$SETUPSEG, $0

/*
 * read_high: read %ebp sectors from LBA %eax to linear address %edi
 * (above 1 MB) in CHUNK-sized pieces through the 64 KB bounce buffer at
 * SYSSEG:0, calling setup's bootsect_helper to move each piece up.
 */
read_high:
	orl	%ebp, %ebp
	jz	9f
	movw	$CHUNK, %cx
	cmpl	$CHUNK, %ebp
	jae	3f
	movw	%bp, %cx
3:	pushl	%eax
	pushw	%cx
	movw	$SYSSEG, %bx
	movw	%bx, %es
	xorw	%bx, %bx
	call	read_sectors
	popw	%cx
	pushw	%cx
	shlw	$8, %cx			/* sectors -> 16-bit words */
	lcall	*bootsect_kludge	/* setup's bootsect_helper */
	movw	$INITSEG, %bx
	movw	%bx, %ds
	movw	%bx, %es
	popw	%cx
	popl	%eax
	movzwl	%cx, %ecx
	addl	%ecx, %eax
	subl	%ecx, %ebp
	shll	$9, %ecx
	addl	%ecx, %edi
	pushl	%eax
	movb	$'.', %al
	call	print_chr
	popl	%eax
	jmp	read_high
9:	ret

/* read_sectors: %cx sectors from LBA %eax to %es:%bx with INT 13h AH=42h. */
read_sectors:
	movw	%cx, dap_count
	movw	%bx, dap_off
	movw	%es, dap_seg
	movl	%eax, dap_lba
	movw	$dap, %si
	movb	boot_drive, %dl
	movb	$0x42, %ah
	int	$0x13
	jc	bad_rt
	ret

bad_rt:	movw	$msg_err, %si
	call	print_str
1:	hlt
	jmp	1b

print_str:
	lodsb
	orb	%al, %al
	jz	1f
	call	print_chr
	jmp	print_str
1:	ret

print_chr:
	pushw	%bx
	movb	$0x0e, %ah
	movw	$7, %bx
	int	$0x10
	popw	%bx
	ret

boot_drive:	.byte 0x80
msg1:		.asciz "Loading"
msg2:		.asciz "\r\n"
msg_err:	.asciz "\r\nRead error, halted.\r\n"

/* Disk address packet for the BIOS extended read. */
	.align	4
dap:		.byte 0x10, 0
dap_count:	.word 0
dap_off:	.word 0
dap_seg:	.word 0
dap_lba:	.long 0, 0

/* Far pointer to setup's helper; the real one is in setup's header. */
bootsect_kludge = 0x220

/* Port: the sector before setup; tools/build fills it in. */
	.org	492
start_sect:	.long 0

/* The fields a boot loader and the kernel read, at 2.4.0's offsets. */
	.org	497
setup_sects:	.byte SETUPSECS
root_flags:	.word 0
syssize:	.word SYSSIZE
swap_dev:	.word 0
ram_size:	.word 0
vid_mode:	.word NORMAL_VGA
root_dev:	.word 0
boot_flag:	.word 0xAA55
