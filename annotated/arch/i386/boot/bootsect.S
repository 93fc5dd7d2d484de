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

/// 引导扇区：《情景分析》第 10 章（系统引导和初始化）讲的引导过程的第一步。
/// 2.4.0 的 bootsect 从软盘逐磁道读入 setup 和压缩过的内核映像；本移植从硬盘映像按 LBA（INT 13h 扩展读，AH=42h）
/// 读入 setup 和未压缩的内核（以及可选的 initrd），这些由 tools/build 拼成一个磁盘映像。
/// 在 Bochs 调试器里观察：`lb 0x7c00` 然后 `c`，停在第一条指令；`r` 可以看到 BIOS 在 DL 里给出的盘号 0x80。
#include <asm/boot.h>

/// 老的引导协议约定 setup 占 4 个扇区；引导扇区里的 setup_sects 为 0 时就按 4 算（见 go 后面的判断）。
SETUPSECS	= 4			/* default number of setup sectors */
/// BIOS 总是把引导扇区读到物理地址 0x7C00（段 0x07C0），并在 DL 中告诉它是从哪个盘引导的。
BOOTSEG		= 0x07C0		/* original address of boot sector */
/// INITSEG = 0x9000：引导扇区把自己搬到 0x90000。这 512 字节以后就是“引导参数”（zero page）的前一部分：
/// head.S 把 0x90000 起的 2 KB 复制进 empty_zero_page，setup.c 再按固定偏移取用（0x1F1 setup_sects、0x1FC root_dev……）。
INITSEG		= DEF_INITSEG		/* we move the boot sector here */
/// setup 紧跟在引导扇区后面，位于 0x90200（段 0x9020），所以 setup 头部各字段在引导参数中的偏移从 0x200 起。
SETUPSEG	= DEF_SETUPSEG		/* setup starts here */
/// SYSSEG = 0x1000：2.4.0 的 zImage 就读到 0x10000；bzImage 也是先读到这里，再由 setup 中的 bootsect_helper 借 BIOS 搬到
/// 1 MB 以上。本移植同样把 0x10000 当作中转缓冲区。
SYSSEG		= DEF_SYSSEG		/* system loaded at 0x10000, 64 KB at a time */
/// syssize 以 16 字节（一“节”）为单位，默认 0x7F00 节约 508 KB；真实值由 tools/build 写进本扇区偏移 0x1F4。
SYSSIZE		= DEF_SYSSIZE		/* system size in 16-byte clicks */
/// 本移植新增：每次 BIOS 调用读 64 个扇区（32 KB），既低于有些 BIOS 对 AH=42h 一次最多 127 个扇区的限制，
/// 也不会越过中转缓冲区 0x10000 所在 64 KB 段的边界。
CHUNK		= 64			/* sectors read per BIOS call (32 KB) */

	.code16
	/// §10 系统引导和初始化：BIOS 自检后把硬盘的第一个扇区（引导扇区）读到 0x7C00，在实地址模式下跳到这里。
	/// 它只做三件事：把自己搬到 0x90000，把 setup 读到 0x90200，把内核映像读到 1 MB，然后跳进 setup。
	/// 2.4.0: arch/i386/boot/bootsect.S _start（2.4.0 按软盘的磁道/磁头/扇区逐道读；本移植改为按 LBA 读硬盘映像，
	/// 因为 Bochs 和 QEMU 从一个硬盘映像启动最方便，也省去了探测每道扇区数的那段代码）
	.text
	.globl	_start
_start:
	/// 先把自己（256 个字 = 512 字节）从 0x7C00 复制到 0x90000：0x90000 在 640 KB 常规内存的高端，
	/// 后面读入的内核映像、中转缓冲区都碰不到它。
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
	/// 远跳转同时装入 CS = 0x9000，从此在副本中执行 go。实地址模式下 地址 = 段×16 + 偏移，
	/// 所以同一段代码换一个段值就能在新地址上继续运行。
	ljmp	$INITSEG, $go

/// 栈设在 0x9000:0x3FF4，在引导扇区和 setup 之上、0xA0000 之下。2.4.0 的“0x4000-12”中那 12 字节是给复制来的软盘
/// 参数表留的；本移植不碰软盘，保留这个值只为与 2.4.0 一致。注意 setup 与这个栈同在 0x90000 起的 16 KB 里，
/// setup 若超过约 30 个扇区就会压到栈上（tools/build 却允许到 63 个扇区）。
go:	movw	$0x4000-12, %di		/* stack just below setup's heap */
	/// 此时 AX 仍是 INITSEG：DS = SS = 0x9000，下面访问的 boot_drive、setup_sects 都是搬迁后的那份。
	movw	%ax, %ds
	movw	%ax, %ss
	movw	%di, %sp
	/// 2.4.0 没有这一步（它只读软驱 0）；本移植从硬盘引导，要记住 BIOS 在 DL 中给出的盘号（通常 0x80），以后每次 INT 13h 都用它。
	movb	%dl, boot_drive		/* the BIOS says which disk we came from */

	/// 打印“Loading”，以后每读完一块打印一个点，和 2.4.0 的提示一样。
	movw	$msg1, %si
	call	print_str

	/// 引导协议：setup_sects 为 0 表示老式的 4 个扇区。tools/build 总会写入实际值，这里只为兼容。
	cmpb	$0, setup_sects		/* 0 means the old default */
	jne	1f
	movb	$SETUPSECS, setup_sects
1:
/* Setup: LBA start_sect + 1 onward, straight to 0x90200. */
	/// setup 从 LBA start_sect+1 开始（普通磁盘上 start_sect 为 0，即紧接引导扇区的 LBA 1），一次读 setup_sects 个扇区，
	/// 直接放到 0x9000:0x0200。本移植新增 start_sect：make SWAP=N 时磁盘开头是 N MB 的交换区，setup 排在交换区之后。
	movl	start_sect, %eax
	incl	%eax
	movzbw	setup_sects, %cx
	movw	$INITSEG, %bx
	movw	%bx, %es
	movw	$0x0200, %bx
	call	read_sectors

/* The kernel image: after setup, moved above 1 MB through setup's helper. */
	/// 内核映像从 LBA 1+setup_sects 开始。这里读的是未压缩的 vmlinux.bin（objcopy 得到的纯二进制）；2.4.0 读的是压缩过的
	/// zImage/bzImage，进入保护模式后先由 compressed/head.S 解压。本移植没有解压这一步，startup_32 直接就在 1 MB 处。
	movzbl	setup_sects, %eax
	/// 同样加上 start_sect：有交换区时内核映像也在交换区之后。
	addl	start_sect, %eax
	incl	%eax
	/// syssize 以 16 字节为单位，(syssize+31)/32 换算成 512 字节的扇区数（向上取整）。
	movzwl	syssize, %ebp
	addl	$31, %ebp
	shrl	$5, %ebp		/* 16-byte clicks -> sectors */
	/// 目标是物理地址 1 MB（0x100000），与 2.4.0 的 bzImage 一样“高装载”。实地址模式下 CPU 访问不到 1 MB 以上，
	/// 所以要借助 read_high 和 setup 里的 bootsect_helper（BIOS INT 15h AH=87h 块搬移）。
	movl	$0x100000, %edi
	call	read_high

/* An initial RAM disk, if the image carries one, goes where setup says. */
	/// 本移植新增：像 LILO 那样装入初始 RAM 盘。tools/build 已在 setup 头部写好 ramdisk_image（参数偏移 0x218）和
	/// ramdisk_size（0x21C）；大小不为 0 就把内核之后的扇区读到 ramdisk_image 指定的物理地址。2.4.0 的 bootsect 不管 initrd，
	/// 那是 LILO 之类引导装入程序的事。
	movl	%es:0x21c, %ebp		/* ramdisk_size (es = INITSEG) */
	orl	%ebp, %ebp
	jz	2f
	addl	$511, %ebp
	shrl	$9, %ebp
	movl	%es:0x218, %edi		/* ramdisk_image */
	call	read_high
2:
	/// 全部读完：换行，然后远跳转到 setup（0x9020:0000）。此时 DS = ES = SS = 0x9000，setup 一开头会重设段寄存器。
	/// 在 Bochs 里 `vb 0x9020:0` 可以停在 setup 的第一条指令上。
	movw	$msg2, %si
	call	print_str
	ljmp	$SETUPSEG, $0

/*
 * read_high: read %ebp sectors from LBA %eax to linear address %edi
 * (above 1 MB) in CHUNK-sized pieces through the 64 KB bounce buffer at
 * SYSSEG:0, calling setup's bootsect_helper to move each piece up.
 */
/// read_high（本移植新增的局部子程序）：把 %ebp 个扇区从 LBA %eax 读到 1 MB 以上的线性地址 %edi。
/// 每次至多 CHUNK 个扇区，先读进 SYSSEG:0（0x10000）这块低端缓冲区，再远调用 setup 的 bootsect_helper 搬上去。
/// 对应 2.4.0 的做法：read_it 每读一段就远调用一次 bootsect_helper，后者等 64 KB 的缓冲区读满时再把它整块搬上去。
read_high:
	orl	%ebp, %ebp
	jz	9f
	/// 最后一块可能不足 CHUNK 个扇区，这时只读剩下的。
	movw	$CHUNK, %cx
	cmpl	$CHUNK, %ebp
	jae	3f
	movw	%bp, %cx
/// 保存 LBA 和本块的扇区数：BIOS 调用和 bootsect_helper 都会改动寄存器。
3:	pushl	%eax
	pushw	%cx
	movw	$SYSSEG, %bx
	movw	%bx, %es
	xorw	%bx, %bx
	call	read_sectors
	popw	%cx
	pushw	%cx
	/// INT 15h AH=87h 以“字”计数：一个扇区 512 字节 = 256 字，所以左移 8 位。
	shlw	$8, %cx			/* sectors -> 16-bit words */
	/// 远调用 setup 头部 bootsect_kludge 字段（0x90220）里存放的 偏移:段，即 SETUPSEG:bootsect_helper。此时 DS = INITSEG，
	/// 所以 *0x220 取到的正是 setup 头部。2.4.0 用同一个字段做同样的事：引导扇区只有 512 字节，放不下搬移代码，只好借 setup 的地方。
	lcall	*bootsect_kludge	/* setup's bootsect_helper */
	/// BIOS 调用之后重新装入 DS/ES，不依赖 BIOS 保留它们。
	movw	$INITSEG, %bx
	movw	%bx, %ds
	movw	%bx, %es
	popw	%cx
	popl	%eax
	/// 向前推进：LBA 加上本块的扇区数，剩余数减去它，目标地址加上 扇区数×512。
	movzwl	%cx, %ecx
	addl	%ecx, %eax
	subl	%ecx, %ebp
	shll	$9, %ecx
	addl	%ecx, %edi
	pushl	%eax
	/// 每读完一块打印一个点，显示进度。
	movb	$'.', %al
	call	print_chr
	popl	%eax
	jmp	read_high
9:	ret

/* read_sectors: %cx sectors from LBA %eax to %es:%bx with INT 13h AH=42h. */
/// read_sectors：用 INT 13h 扩展读（AH=42h）把 %cx 个扇区从 LBA %eax 读到 %es:%bx，参数放在下面的磁盘地址包（DAP）里，
/// DS:SI 指向它。2.4.0 用 AH=02h 按柱面/磁头/扇区读软盘，要自己处理跨磁道；LBA 读没有这些麻烦。
/// 本移植没有先用 AH=41h 检查扩展读是否存在：Bochs 和 QEMU 的 BIOS 都支持。
read_sectors:
	/// 把参数填进 DAP：扇区数、缓冲区的偏移和段、起始 LBA（高 32 位保持 0，磁盘映像远小于 2 TB）。
	movw	%cx, dap_count
	movw	%bx, dap_off
	movw	%es, dap_seg
	movl	%eax, dap_lba
	movw	$dap, %si
	/// DL = 盘号，AH = 42h 扩展读，DS:SI 指向 DAP。
	movb	boot_drive, %dl
	movb	$0x42, %ah
	int	$0x13
	/// CF 置位表示读失败：打印消息后停机。2.4.0 读软盘出错会复位驱动器再试；磁盘映像读错只能是映像本身坏了，重试无益。
	jc	bad_rt
	ret

bad_rt:	movw	$msg_err, %si
	call	print_str
1:	hlt
	jmp	1b

/// print_str / print_chr：用 BIOS INT 10h AH=0Eh（电传打字方式）输出字符，这是实地址模式下最简单的显示手段。
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

/// 默认 0x80（第一个硬盘）；go 里会用 BIOS 给的 DL 覆盖它。
boot_drive:	.byte 0x80
msg1:		.asciz "Loading"
msg2:		.asciz "\r\n"
msg_err:	.asciz "\r\nRead error, halted.\r\n"

/* Disk address packet for the BIOS extended read. */
	/// 磁盘地址包：字节 0 为包长 0x10，字节 1 保留为 0，然后是扇区数、缓冲区偏移、缓冲区段、64 位起始 LBA。
	.align	4
dap:		.byte 0x10, 0
dap_count:	.word 0
dap_off:	.word 0
dap_seg:	.word 0
dap_lba:	.long 0, 0

/* Far pointer to setup's helper; the real one is in setup's header. */
/// 这不是本文件里的变量，而是 setup 头部 bootsect_kludge 字段在引导参数区（段 INITSEG）中的偏移 0x220。
bootsect_kludge = 0x220

/* Port: the sector before setup; tools/build fills it in. */
/// 本移植新增字段（2.4.0 的引导扇区没有）：setup 前一个扇区的号，由 tools/build -w 写入。放在 492，避开从 497 起的
/// 引导参数。交换区头部（union swap_header）的前 1024 字节是留给引导代码的 bootbits，引导扇区正好放得下，
/// 签名 SWAPSPACE2 在第 0 页末尾（偏移 4086），互不冲突。见 Documentation/disk.md。
	.org	492
start_sect:	.long 0

/* The fields a boot loader and the kernel read, at 2.4.0's offsets. */
	/// 从偏移 497（0x1F1）起是引导扇区尾部的参数，位置与 2.4.0 完全相同：引导装入程序、tools/build 和内核
	/// （setup.c 中的 PARAM+0x1F2、PARAM+0x1FC 等）都按这些固定偏移读写。
	.org	497
/// 0x1F1 setup_sects：setup 的扇区数，tools/build 写入。
setup_sects:	.byte SETUPSECS
/// 0x1F2 root_flags（MOUNT_ROOT_RDONLY）、0x1F4 syssize、0x1F6 swap_dev、0x1F8 ram_size（RAMDISK_FLAGS）、
/// 0x1FC root_dev（ORIG_ROOT_DEV）。本移植还没有文件系统，这些只是按 2.4.0 的位置占位。
root_flags:	.word 0
syssize:	.word SYSSIZE
swap_dev:	.word 0
ram_size:	.word 0
/// 0x1FA vid_mode = NORMAL_VGA（0xFFFF）：不切换显示模式。2.4.0 的 video.S 按它选择模式；本移植没有 video.S。
vid_mode:	.word NORMAL_VGA
root_dev:	.word 0
/// 0x1FE 的 0xAA55 是 BIOS 判断“可引导”的标志，tools/build 也检查它。它的高字节 0xAA 正好落在偏移 0x1FF
/// （AUX_DEVICE_INFO）：本移植的 setup 不探测 PS/2 鼠标、不改写 0x1FF，所以 setup_arch() 读到的 aux_device_present
/// 总是 0xAA；2.4.0 的 setup 会在这里写 0 或 0xAA。
boot_flag:	.word 0xAA55
