/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * setup.S: real-mode setup.  Asks the BIOS for the memory map (E820,
 * then E801, then 88h), enables A20, loads a temporary GDT, switches to
 * protected mode and jumps to startup_32 at 1 MB.
 * Boot chapter of 情景分析.  Follows Linux 2.4.0 arch/i386/boot/setup.S.
 */

/// 实地址模式的 setup：《情景分析》第 10 章（系统引导和初始化）。bootsect 把它读到 0x90200 并跳过来。
/// 它向 BIOS 询问内存布局，打开 A20，装入临时 GDT，进入保护模式，再跳到 1 MB 处的 startup_32（head.S）。
/// 与 2.4.0 相比省略了与存储管理无关的部分：video.S 的显示模式选择、硬盘参数表、MCA、PS/2 鼠标、APM 的探测，
/// 以及为老式装入程序准备的搬移（把 zImage 从 0x10000 挪到 0x1000、把 setup 自己挪回 0x90200）。
#include <asm/segment.h>
#include <asm/boot.h>
#include <asm/e820.h>

/// 引导参数区所在的段：setup 探测到的结果都按相对 0x90000 的偏移存放，head.S 再把这 2 KB 整个复制进 empty_zero_page。
INITSEG		= DEF_INITSEG		/* 0x9000: the boot parameters */
SYSSEG		= DEF_SYSSEG		/* 0x1000: bounce buffer of bootsect */
SETUPSEG	= DEF_SETUPSEG		/* 0x9020: this code */

/// loadflags 第 0 位：内核装在 1 MB（bzImage 方式）。本移植只有这一种装法。
LOADED_HIGH	= 1			/* loadflags: kernel at 1 MB */
/// loadflags 第 7 位：heap_end_ptr 有效。本移植不用 setup 的堆，这个位不置。
CAN_USE_HEAP	= 0x80			/* loadflags: heap_end_ptr valid */

/// setup 末尾的两个签名字，用来确认 setup 的所有扇区都已读入。
SIG1		= 0xAA55
SIG2		= 0x5A5A

	.code16
	/// §10 系统引导和初始化：setup 在实地址模式下向 BIOS 询问内存布局（E820、E801、88h 三种方法）并存入引导参数区，
	/// 打开 A20，装入临时 GDT 和空 IDT，置 CR0.PE 进入保护模式，最后远跳转到 1 MB 处的 startup_32。
	/// 2.4.0: arch/i386/boot/setup.S start（begtext 只是 setup 起点的标号；本移植只保留与引导和内存探测有关的步骤，
	/// 因为本移植只有 bootsect 这一个装入程序，也不需要控制台以外的外设信息）
	.text
	.globl	begtext
begtext:
start:
	/// 第一条指令是越过头部的 2 字节短跳转：引导协议规定头部从 setup 偏移 2（参数偏移 0x202）开始。
	/// 手工写出字节，保证汇编器一定生成 2 字节的短跳转。
	.byte	0xeb			/* short jmp: the header starts at 2 */
	.byte	trampoline - 1f
1:

/* The boot protocol header (version 2.02), at 0x90202. */
		/// 头部签名“HdrS”和协议版本 0x0202：告诉引导装入程序这个 setup 支持 cmd_line_ptr 等 2.02 版字段。
		/// tools/build 也检查这 4 个字节。
		.ascii	"HdrS"
		.word	0x0202
/// 0x208 realmode_swtch：装入程序可以放一个离开实地址模式前调用的钩子。2.4.0 检查它，为空时调用 default_switch
/// （关中断、关 NMI）；本移植不检查，直接做 default_switch 的工作（见下面的 cli）。
realmode_swtch:	.word	0, 0		/* hook called before leaving real mode */
/// 0x20C start_sys_seg：系统映像的装入段，只对 zImage 有意义；0x20E 是指向内核版本串的指针。
start_sys_seg:	.word	SYSSEG
		.word	kernel_version	/* pointer to the version string */
/// 0x210 type_of_loader：0 表示“老式装入程序”。2.4.0 的 bootsect_helper 第一次被调用时把它改成 0x20（bootsect）；
/// 本移植的 helper 和 tools/build 都不写它，所以内核看到的 LOADER_TYPE 为 0。2.4.0 的 setup_arch() 只在 LOADER_TYPE
/// 不为 0 时才接受 initrd，以后移植 initrd 的保留时要注意这一点。
type_of_loader:	.byte	0
/// 0x211 loadflags = LOADED_HIGH：内核在 1 MB，不必像 zImage 那样从 0x10000 搬到 0x1000。
loadflags:	.byte	LOADED_HIGH	/* the kernel is at 1 MB (bzImage) */
/// 0x212 setup_move_size：老装入程序把 setup 放在别处时要搬回 0x90000 的字节数。本移植不搬自己，只为保持头部布局。
setup_move_size: .word	0x8000
/// 0x214 code32_start：32 位入口的物理地址，bzImage 是 0x100000。2.4.0 进入保护模式前把它抄到下面的 code32 处
/// （装入程序可以改它）；本移植的 code32 固定为 0x100000，不读这个字段。
code32_start:	.long	0x100000	/* where the 32-bit kernel starts */
/// 0x218 / 0x21C：initrd 的物理地址和字节数。tools/build（扮演 LILO）写入，bootsect 按它读入 initrd，
/// setup.c 的 INITRD_START / INITRD_SIZE 读的就是它们。
ramdisk_image:	.long	0		/* physical address of the initrd */
ramdisk_size:	.long	0		/* its size in bytes */
/// 0x220 bootsect_kludge：bootsect 远调用 bootsect_helper 用的 偏移:段。
bootsect_kludge: .word	bootsect_helper, SETUPSEG
/// 0x224 heap_end_ptr：本移植为 0（没有 CAN_USE_HEAP）；2.4.0 指向 video.S 模式表之后的堆。
heap_end_ptr:	.word	0
pad1:		.word	0
/// 0x228 cmd_line_ptr：命令行的 32 位线性地址（2.02 版协议）。tools/build 把命令行写进下面的 cmdline_buf，
/// 并让它指向 0x90240；head.S 按它把命令行复制到 empty_zero_page+2048。
cmd_line_ptr:	.long	0		/* set by tools/build with the line below */

/// 用 call 而不是 jmp 只是沿用 2.4.0 的写法，压栈的返回地址从不使用。2.4.0 在这之后留了 1024 字节空白，
/// 正好盖住 E820 表在 setup 中的位置；本移植换成了 .org 0x40 加 256 字节的命令行缓冲区，这块空白没有了（见 meme820）。
trampoline:
	call	start_of_setup
/// 与 2.4.0 一样在 call 之后留 1024 字节空档：setup 映像的这一段（0x9022F 起）会被探测内存时写入的 E820 表
/// （E820MAP = 0x902D0，最多 32×20 字节）覆盖，所以这里不能放任何代码或数据。
/*
 * Room for the E820 map: the BIOS writes it at 0x902d0-0x9054f, which is
 * inside this part of setup's own image (setup starts at 0x90200).
 */
	.space	1024

/*
 * The kernel command line.  tools/build, which plays the boot loader's
 * part here, writes it into this buffer and points cmd_line_ptr at it.
 */
		/// 本移植新增：命令行缓冲区在 setup 偏移 0x440..0x53F（线性地址 0x90640..0x9073F）。2.4.0 由 LILO 把命令行放在它
		/// 自己选的地方。它必须放在上面 1024 字节空档之后：E820 表（0x902D0..0x9054F）正写在那个空档里，放在前面会被 BIOS 覆盖。
		.org	0x440
cmdline_buf:	.fill	256, 1, 0

/// DS = ES = CS = 0x9020：先访问 setup 自己的变量。
start_of_setup:
	movw	%cs, %ax
	movw	%ax, %ds
	movw	%ax, %es

/* Was all of setup loaded?  The signature sits at its very end. */
	/// 检查 setup 末尾的两个签名字：bootsect 少读了扇区时它们对不上。2.4.0 在这里还会尝试从 SYSSEG 处找回 LILO 只读了
	/// 4 个扇区时剩下的部分；本移植的 bootsect 总按 setup_sects 读全，对不上就停机。
	cmpw	$SIG1, setup_sig1
	jne	bad_sig
	cmpw	$SIG2, setup_sig2
	jne	bad_sig

/* Remember the cursor, so the kernel's VGA console continues below it. */
	/// 本移植新增：INT 10h AH=03h 读光标位置（DH 行、DL 列），存到参数偏移 0（screen_info 的 orig_x / orig_y），
	/// 内核的 VGA 控制台从光标处接着写，不覆盖 BIOS 和引导时的输出。2.4.0 由 video.S 填写整个 screen_info。
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
	/// 内存探测：第 2 章讲的物理内存，最初就是这里问 BIOS 得来的。三种方法的结果都存入引导参数区（DS = ES = INITSEG）：
	/// E820 表在 E820MAP（0x2D0），项数在 E820NR（0x1E8）；E801 的 KB 数在 0x1E0；88h 的 KB 数在 0x2。
	/// setup.c 的 setup_memory_region() 优先用 E820 表，表不可用时才用后两者中较大的一个。
	pushw	%ds
	movw	$INITSEG, %ax
	movw	%ax, %ds
	movw	%ax, %es
	xorl	%eax, %eax
	/// 先把 ALT_MEM_K 和 E820 项数清零：BIOS 不支持某种调用时，内核看到的是 0 而不是随机值。
	movl	%eax, (0x1e0)
	movb	%al, (E820NR)

#define SMAP 0x534d4150
/// E820（INT 15h AX=E820h）是唯一能报告空洞和保留区的方法：每次调用返回一项 20 字节的记录——64 位起址、64 位长度、
/// 32 位类型（1 可用 RAM，2 保留，3 ACPI 数据，4 ACPI NVS）。
/// 在 Bochs 中 setup 跑完后用 `xp /30 0x902d0` 可以看到 BIOS 写入的表（32 MB 时共 6 项）。
meme820:
	/// EBX 是“继续值”：第一次为 0，BIOS 每次返回取下一项用的值，返回 0 表示这是最后一项。
	xorl	%ebx, %ebx		/* continuation value, 0 to start */
	/// 让 BIOS 直接把记录写进 ES:DI = 0x9000:0x2D0，省去复制。
	/// 本移植的问题：0x902D0 是 setup 偏移 0xD0，在 cmdline_buf 里面（2.4.0 那里是 1024 字节的空白）。每项覆盖 20 字节：
	/// 第 0 项从命令行的偏移 144 处开始，所以超过 144 个字符的命令行会被截断（Bochs 中实测如此）；第 5 项起压到
	/// start_of_setup 的代码；多于 8 项时会覆盖正在执行的 jmpe820 循环本身。Bochs 和 QEMU 只给 6 项，真实机器可能出错。
	movw	$E820MAP, %di		/* records go straight into the map */
jmpe820:
	/// EAX = E820h（高半字须为 0），EDX = 'SMAP' 签名，ECX = 20 是缓冲区大小。
	movl	$0x0000e820, %eax
	movl	$SMAP, %edx
	movl	$20, %ecx
	/// ES = DS = INITSEG，缓冲区地址为 ES:DI。
	pushw	%ds
	popw	%es
	int	$0x15
	/// CF = 1：BIOS 不支持 E820，或者已经越过最后一项；转去试 E801。
	jc	bail820			/* no E820, or past the end */
	/// BIOS 必须在 EAX 中回送 'SMAP'，否则不是真正的 E820 实现。
	cmpl	$SMAP, %eax
	jne	bail820
good820:
	/// 最多记 E820MAX = 32 项（内核的 struct e820map 也只有 32 项）。判断在 BIOS 写完之后：第 33 项已经写到表尾之外
	/// （0x550..0x563），只是不计数——2.4.0 也是这样，那里是引导参数区中的空闲部分。
	movb	(E820NR), %al
	cmpb	$E820MAX, %al
	jnl	bail820			/* table full */
	incb	(E820NR)
	/// DI 前进 20 字节，指向下一项的位置。
	movw	%di, %ax
	addw	$20, %ax
	movw	%ax, %di
again820:
	/// EBX 回到 0 表示刚才那项是最后一项。
	cmpl	$0, %ebx		/* 0 after the last record */
	jne	jmpe820
bail820:

/// E801（INT 15h AX=E801h）：CX（或 AX）= 1 MB 到 16 MB 之间的 KB 数，DX（或 BX）= 16 MB 以上的 64 KB 块数。
/// 合计可以超过 64 MB，所以存成 32 位的 ALT_MEM_K。
meme801:
	/// 本移植比 2.4.0 多了：预先置 CF、清零 CX/DX，以及 CX、DX 都为 0 时改用 AX/BX（后来的 2.4.x 才这样做）——
	/// 有的 BIOS 不清 CF，有的只在 AX/BX 中返回结果。
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
	/// 16 MB 以上的 64 KB 块数 ×64 得 KB，再加 1–16 MB 之间的 KB 数，得到 1 MB 以上的总 KB 数，存入参数偏移 0x1E0（ALT_MEM_K）。
	andl	$0xffff, %edx		/* 64 KB blocks above 16 MB */
	shll	$6, %edx
	movl	%edx, (0x1e0)
	andl	$0xffff, %ecx		/* KB between 1 MB and 16 MB */
	addl	%ecx, (0x1e0)

mem88:
	/// 最老的 INT 15h AH=88h：返回 1 MB 以上的 KB 数，只有 16 位，最多 64 MB。存入参数偏移 2（EXT_MEM_K）。
	movb	$0x88, %ah		/* the oldest call: KB above 1 MB */
	int	$0x15
	movw	%ax, (2)
	/// 恢复 DS = SETUPSEG，下面又访问 setup 自己的数据。
	popw	%ds

/* Mask every interrupt: the kernel programs the PICs itself. */
	/// 从这里起不再调用 BIOS：关中断，并置 CMOS 端口 0x70 的最高位屏蔽 NMI。进入保护模式而 IDT 还没建好的这段时间里，
	/// 任何中断都会引起三重错误而复位。这正是 2.4.0 default_switch 做的事。
	cli
	movb	$0x80, %al		/* and NMIs */
	outb	%al, $0x70

/* A20 through the keyboard controller, then the "fast A20" port. */
	/// 打开 A20 地址线：8086 兼容状态下第 20 位地址线被强制为 0，地址在 1 MB 处回绕，装在 1 MB 的内核就访问不到。
	/// 先走键盘控制器 8042：等它的输入缓冲区空，写命令 0xD1（写输出端口），再写数据 0xDF（其中含 A20 使能位）。
	call	empty_8042
	movb	$0xD1, %al		/* command write */
	outb	%al, $0x64
	call	empty_8042
	movb	$0xDF, %al		/* A20 on */
	outb	%al, $0x60
	call	empty_8042

	/// 再用“快速 A20”端口 0x92 的第 1 位，有的机器只支持这一种。其余位保持不变，以免误触发复位等功能。
	inb	$0x92, %al
	orb	$02, %al
	outb	%al, $0x92

/* Wait until 0:0200 and ffff:0210 stop being the same byte. */
	/// 等 A20 真正打开：0000:0200 和 FFFF:0210 的线性地址相差 1 MB（0x200 与 0x100200）。A20 关闭时二者是同一个字节，
	/// 不断改写前者，直到后者不再跟着变。0x200 是 INT 80h 的实地址中断向量，借用无妨。
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
	/// 向端口 0xF0/0xF1 写 0，复位可能存在的协处理器（287 时代的做法，与 2.4.0 相同）。
	outb	%al, $0xf0
	call	delay
	outb	%al, $0xf1
	call	delay

/* Mask all IRQs except the cascade; the PICs keep their BIOS vectors. */
	/// 屏蔽两片 8259A 的全部中断，主片只留 IRQ2 级联线。这里不重新编程 8259A：它们仍按 BIOS 的设置把 IRQ0–7 送到向量
	/// 8–15，与 CPU 异常的向量冲突，直到 init_IRQ() 把它们改到 0x20–0x2F（i8259.c init_8259A()）。
	movb	$0xFF, %al
	outb	%al, $0xA1
	call	delay
	movb	$0xFB, %al
	outb	%al, $0x21

/* The base of the temporary GDT is only known now: fix up gdt_48. */
	/// 临时 GDT 的基地址必须是线性地址，而 2.4.0 允许 setup 在别处运行，所以用 DS×16 + gdt 在运行时算出，填进 gdt_48。
	/// 在 Bochs 中停在 startup_32 时 `info gdt 0 3` 显示 base=0x90520，即 0x90200 + gdt 的偏移。
	xorl	%eax, %eax
	movw	%ds, %ax
	shll	$4, %eax
	addl	$gdt, %eax
	movl	%eax, (gdt_48+2)

	/// 装入界限为 0 的空 IDT：保护模式下一旦有中断或异常，CPU 找不到门，最终三重错误复位——总比按实地址模式的向量表
	/// 乱跳好。真正的 idt_table 到 head.S 才装入。
	lidt	idt_48			/* empty IDT: any interrupt resets */
	/// 装入临时 GDT：其中 0x10、0x18 两项与内核 gdt_table 中的 __KERNEL_CS、__KERNEL_DS 完全一样，所以 head.S 在换 GDT 之前
	/// 一直可以使用这两个选择子。
	lgdt	gdt_48

/* Into protected mode.  %esi points at the boot parameters, %bx = 0. */
	/// 置 CR0.PE = 1：从实地址模式进入保护模式，段式映射开始起作用；分页还没打开（CR0.PG = 0），线性地址就是物理地址。
	/// 用 lmsw 只改 CR0 的低 16 位，与 2.4.0 相同。
	movw	$1, %ax
	lmsw	%ax
	/// 一条近跳转，丢掉预取队列中按实地址模式译码的指令。
	jmp	flush_instr
flush_instr:
	/// BX = 0 表示这是引导 CPU（2.4.0 的 SMP 代码用非 0 的 BX 标记从 CPU）。ESI = 0x90000 是引导参数区的线性地址，
	/// head.S 从这里复制 2 KB 到 empty_zero_page。2.4.0 由 CS 算出这个地址，结果相同。
	xorw	%bx, %bx
	movl	$(INITSEG << 4), %esi
	/// 手工编码的 32 位远跳转：此时 CS 还是 16 位段，必须加操作数大小前缀 0x66 才能带 32 位偏移 0x100000。
	/// 跳转同时装入 CS = __KERNEL_CS（0x10），从此在 32 位平坦代码段里执行 startup_32。
	/// 在 Bochs 中 `lb 0x100000` 停在目标指令上，`sreg` 可见 CS=0x10 而 DS/ES/SS 仍是实地址模式留下的值，
	/// `creg` 可见 CR0=0x60000011（PE=1，PG=0）。
	.byte	0x66, 0xea		/* ljmpl $__KERNEL_CS, $code32_start */
/// 2.4.0 在进入保护模式前用 code32_start 改写这个偏移；本移植固定为 0x100000。
code32:	.long	0x100000
	.word	__KERNEL_CS

/// 签名不对说明 setup 没读全：打印消息后停机。这时还没有 cli，hlt 会被时钟中断唤醒，所以要循环。
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
/// bootsect_helper：bootsect 远调用它，把中转缓冲区 0x10000 中的 %cx 个字，借 BIOS INT 15h AH=87h 块搬移复制到线性地址
/// %edi。实地址模式访问不到 1 MB 以上，BIOS 内部会临时进入保护模式完成复制。
/// 2.4.0 的 bootsect_helper 自己记着目标地址，每搬满 64 KB 后加 64 KB，第一次调用时还把 type_of_loader 设为 0x20；
/// 本移植由调用者在 %edi 中给出目标，每块 32 KB，也不设 type_of_loader。
bootsect_helper:
	movb	$0x20, %cs:type_of_loader	/* loader type: bootsect-loader */
	pushw	%ds
	pushw	%es
	pushw	%si
	pushl	%edi
	/// DS = ES = CS：下面要改写 setup 自己的 bootsect_gdt，并让 ES:SI 指向它（INT 15h AH=87h 的参数）。
	movw	%cs, %ax
	movw	%ax, %ds
	movw	%ax, %es
	/// 把 24 位目标地址拆成低 16 位、中 8 位、高 8 位，填进目标段描述符的基地址字段（高 8 位在描述符的第 7 字节）。
	movl	%edi, %eax
	movw	%ax, (bootsect_dst_base_lo)
	shrl	$16, %eax
	movb	%al, (bootsect_dst_base_mid)
	movb	%ah, (bootsect_dst_base_hi)
	movw	$bootsect_gdt, %si
	movb	$0x87, %ah
	/// AH = 87h：ES:SI 指向描述符表，CX 为字数（最多 0x8000，即 64 KB）。
	int	$0x15
	/// BIOS 拒绝访问高端内存：停机。
	jc	bootsect_panic
	popl	%edi
	popw	%si
	popw	%es
	popw	%ds
	/// 远返回，回到 bootsect 的 read_high。
	lret

bootsect_panic:
	movw	$move_msg, %si
	call	prtstr
1:	hlt
	jmp	1b

/* Descriptor table handed to the BIOS block move. */
/// INT 15h AH=87h 要求的 6 项描述符表（48 字节）：前两项为空（BIOS 自用），第 3 项是源段，第 4 项是目标段，最后两项
/// 留给 BIOS 的代码段和栈段。格式与 GDT 中的段描述符相同，基地址就是要复制的物理地址。
bootsect_gdt:
	.word	0, 0, 0, 0
	.word	0, 0, 0, 0
	/// 源段：界限 0xFFFF，基地址 0x010000（中转缓冲区 SYSSEG:0），类型 0x93（存在、DPL 0、可读写数据段）。
	.word	0xffff			/* source: SYSSEG:0 = 0x10000 */
	.word	0x0000
	.byte	0x01, 0x93
	.word	0
	/// 目标段：界限 0xFFFF，基地址初值 0x100000（1 MB），每次调用时由上面的代码按 %edi 改写。
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

/// empty_8042：等 8042 键盘控制器可以接受命令。输出缓冲区有数据就读出扔掉，输入缓冲区满就再等；最多循环 100000 次，
/// 所以没有键盘控制器的机器也不会死等。与 2.4.0 的同名子程序相同。
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

/// 向端口 0x80（POST 诊断端口，没有设备应答）写一个字节，作为两次慢速 I/O 之间的短延时。
delay:
	outb	%al, $0x80
	ret

/// 用 INT 10h AH=0Eh 打印 DS:SI 处以 0 结尾的字符串。
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
	/// 临时 GDT，与 2.4.0 setup 中的相同。只有 0x10（代码）和 0x18（数据）两项有用，都是基地址 0、界限 4 GB 的平坦段，
	/// 所以进入保护模式后逻辑地址 = 线性地址——这就是 §2.2 地址映射的全过程 中 Linux 让段式映射“形同虚设”的做法。
	.align	16
gdt:
	.word	0, 0, 0, 0		/* null */
	.word	0, 0, 0, 0		/* unused */

	/// 界限低 16 位 0xFFFF，加上 0x00CF 中的 0xF 共 0xFFFFF 个单位；G = 1 时单位是 4 KB，合计 4 GB。
	.word	0xFFFF			/* 4 GB, granularity 4096 */
	.word	0			/* base 0 */
	/// 访问字节 0x9A：存在、DPL 0、代码段、可执行可读。
	.word	0x9A00			/* code, read/exec */
	/// 0xC：G = 1（4 KB 粒度）、D = 1（32 位段）。
	.word	0x00CF			/* 386, 4 KB granularity */

	.word	0xFFFF
	.word	0
	/// 访问字节 0x92：存在、DPL 0、数据段、可读写。
	.word	0x9200			/* data, read/write */
	.word	0x00CF

/// lidt 的操作数：界限 0、基地址 0，即空 IDT。
idt_48:
	.word	0			/* limit 0 */
	.word	0, 0			/* base 0 */

/// lgdt 的操作数：16 位界限加 32 位基地址。界限 0x8000 沿用 2.4.0，是 32 KB 即 4096 项，远多于实际的 4 项
/// （源注释“2048 entries”不准确）。多出来的只是用不到的垃圾项，Bochs 的 `info gdt` 会把它们全都列出来。
gdt_48:
	.word	0x8000			/* limit: 4096 entries */
	.word	0, 0			/* base, set at run time */

/// 头部偏移 0x20E 指向这里。2.4.0 的版本串还带有编译者、主机名和编译时间。
kernel_version:	.asciz	"2.4.0"
sig_msg:	.asciz	"setup: not all of setup was loaded, halted.\r\n"
move_msg:	.asciz	"setup: BIOS block move failed, halted.\r\n"

/* The end-of-setup signature that start_of_setup looks for. */
/// setup 的最后两个字：start_of_setup 检查它们来确认 setup 已全部读入。
setup_sig1:	.word	SIG1
setup_sig2:	.word	SIG2
	/// §10 系统引导和初始化：setup 的结束标号，本身不是代码，只标出 setup 的末尾。
	/// 2.4.0: arch/i386/boot/setup.S endtext（2.4.0 还有 begdata、enddata、begbss、endbss；本移植只有 .text 一个节）
	.globl	endtext
endtext:
