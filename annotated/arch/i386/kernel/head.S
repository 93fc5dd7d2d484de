/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * head.S: the 32-bit entry of the kernel.  setup.S jumps here at physical
 * 1 MB with paging off; we build the boot page tables (the first 8 MB
 * mapped both at 0 and at PAGE_OFFSET), turn paging on, load gdt_table and
 * idt_table and call start_kernel.
 * 情景分析 §2.2 (GDT), boot chapter.  Follows Linux 2.4.0
 * arch/i386/kernel/head.S.
 */

/// 内核的 32 位入口：§2.2 地址映射的全过程（临时页面表、GDT）与 §10 系统引导和初始化（从 setup 到 start_kernel）。
/// 与 2.4.0 的差别：startup_32 放在 .text.head 节；只有单 CPU（没有 BX≠0 的从 CPU 入口）；stack_start、ignore_int 和两个
/// 描述符操作数放在固定页面之后；NR_CPUS 等几个常数在本文件中直接定义。
#include <linux/linkage.h>
#include <asm/segment.h>
#include <asm/page.h>
#include <asm/desc.h>

/// 老协议的命令行：0x90020 处有魔数 0xA33F 时，命令行在 0x90000 加上 0x90022 处那个字给出的偏移。
/// 新协议（2.02 版起）改用参数偏移 0x228 的 32 位指针 cmd_line_ptr。
#define OLD_CL_MAGIC_ADDR	0x90020
#define OLD_CL_MAGIC		0xA33F
#define OLD_CL_BASE_ADDR	0x90000
#define OLD_CL_OFFSET		0x90022
#define NEW_CL_POINTER		0x228	/* cmd_line_ptr in the zero page */

/// 本移植只有一个 CPU。2.4.0 从 <linux/threads.h> 取 NR_CPUS（SMP 配置为 32，那时 GDT 有 140 项）。
/// 这里的值必须与 C 代码里的 NR_CPUS 一致，否则 gdt_descr 的界限与 gdt_table 的实际大小对不上。
#define NR_CPUS			1
/// 0xC0000000 >> 22 = 768：页面目录的前 768 项对应用户空间（0–3 GB），后 256 项对应内核空间（3–4 GB）。
/// 2.4.0 在 pgtable.h 中定义这两个数。
#define BOOT_USER_PGD_PTRS	(__PAGE_OFFSET >> 22)
#define BOOT_KERNEL_PGD_PTRS	(1024 - BOOT_USER_PGD_PTRS)
#define IDT_ENTRIES		256
/// __TSS(1) = 16 项：12 个固定项，加上每个 CPU 4 项（TSS、LDT 和两个空项）。
#define GDT_ENTRIES		(__TSS(NR_CPUS))

/* Fields of boot_cpu_data (struct cpuinfo_x86) that we fill in here. */
/// boot_cpu_data（struct cpuinfo_x86）中各字段的字节偏移：x86 0、x86_vendor 1、x86_model 2、x86_mask 3、hard_math 6、
/// cpuid_level 8、x86_capability 12、x86_vendor_id 28。汇编里没有结构体，只能这样按偏移写。
#define X86		SYMBOL_NAME(boot_cpu_data)+0
#define X86_VENDOR	SYMBOL_NAME(boot_cpu_data)+1
#define X86_MODEL	SYMBOL_NAME(boot_cpu_data)+2
#define X86_MASK	SYMBOL_NAME(boot_cpu_data)+3
#define X86_HARD_MATH	SYMBOL_NAME(boot_cpu_data)+6
#define X86_CPUID	SYMBOL_NAME(boot_cpu_data)+8
#define X86_CAPABILITY	SYMBOL_NAME(boot_cpu_data)+12
/// 2.4.0 这里写的是 +16，可那时 x86_capability 已经是 4 个 32 位字的数组，+16 会把厂商串写进 x86_capability[1..3]
/// （2.4.0 的 identify_cpu() 随后重新读一遍，所以没出问题）；本移植按实际结构用 +28。
#define X86_VENDOR_ID	SYMBOL_NAME(boot_cpu_data)+28

/* Until paging is on, a symbol's physical address is its link address minus PAGE_OFFSET. */
/// 打开分页之前，所有访问都是物理地址，而符号的链接地址在 0xC0100000 以上：减去 __PAGE_OFFSET 才是它们实际所在的
/// 物理地址，与 __pa() 同理。2.4.0 直接写“符号 − __PAGE_OFFSET”。
#define PHYS(x)		((x) - __PAGE_OFFSET)

	/// §10 系统引导和初始化：stext 是内核正文的起点，与 startup_32 同一地址（虚拟 0xC0100000，物理 0x100000）。
	/// 2.4.0: arch/i386/kernel/head.S stext（本移植把它放进 .text.head 节，由链接脚本保证排在最前）
	.section .text.head, "ax"
	.globl	startup_32
ENTRY(stext)
/// §10 系统引导和初始化：_stext 同样标出内核正文的起点；链接脚本以它为 ELF 入口。
/// 2.4.0: arch/i386/kernel/head.S _stext
ENTRY(_stext)
/// §2.2 地址映射的全过程、§10 系统引导和初始化：setup 以 CS = 0x10 远跳转到这里。此时是保护模式、分页未开、
/// 线性地址 = 物理地址，ESI = 0x90000（引导参数），BX = 0。这段代码建立临时页面表、打开分页、从物理地址“跳”到
/// 0xC01xxxxx 的虚拟地址，换上内核自己的 GDT 和 IDT，最后调用 start_kernel()。
/// 2.4.0: arch/i386/kernel/head.S startup_32（本移植只有单 CPU，没有 BX≠0 时从 CPU 走的那条路）
startup_32:
	/// 第 1 步：清方向标志，把 DS/ES/FS/GS 装成 __KERNEL_DS（0x18）。setup 留下的是实地址模式的段值（Bochs 中 `sreg`
	/// 可见 DS=0x9020），在保护模式下必须重新装入，才会从临时 GDT 取得基地址 0、界限 4 GB 的描述符。
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
	/// 第 2 步：填写 pg0、pg1 两个页面表（物理 0x102000 起的 2048 项），第 i 项 = i×4096 | 0x007，把物理 0–8 MB 一一映射。
	/// 0x007 = 存在（P）| 可写（R/W）| 用户（U/S）。页面目录 swapper_pg_dir 是静态写好的，不用在这里填。
	/// 2.4.0 在这一步之前有 SMP 从 CPU 的分支：从 CPU 不重填页面表，而是按 mmu_cr4_features 设置 CR4。
	/// Bochs 中 `xp /4 0x102000` 可见 0x00000007 0x00001007 0x00002007 0x00003007。
	movl	$PHYS(pg0), %edi
	movl	$0x007, %eax		/* present, writable, user */
2:	stosl
	addl	$0x1000, %eax
	/// empty_zero_page 紧跟在 pg1 之后（0x104000），写指针到达它时两张页面表正好填满——所以下面几个 .org 的次序不能改。
	cmpl	$PHYS(empty_zero_page), %edi
	jne	2b

/* Paging on. */
	/// 第 3 步：CR3 ← 页面目录的物理地址 0x101000，置 CR0.PG（第 31 位）打开页式映射。从下一条指令起，每个线性地址都要经过
	/// 页面目录 → 页面表 → 物理页面 的转换。这时 EIP 还是 0x1000xx，能继续执行全靠 swapper_pg_dir 第 0、1 项的恒等映射。
	/// Bochs 中停在下面的 lss（`lb 0xc0100042`，地址以 System.map 为准）时，`creg` 可见 CR0=0xe0000011、CR3=0x101000；
	/// `info tab` 列出两段映射：0x00000000-0x007fffff 与 0xc0000000-0xc07fffff 都对应物理 0–8 MB。
	movl	$PHYS(swapper_pg_dir), %eax
	movl	%eax, %cr3
	movl	%cr0, %eax
	orl	$0x80000000, %eax
	movl	%eax, %cr0
	/// 一次跳转，丢掉按旧方式预取的指令（386/486 需要）。
	jmp	1f			/* flush the prefetch queue */
1:
	/// 第 4 步：$1f 是标号的链接地址 0xC01000xx，经寄存器间接跳转把 EIP 换成高端的虚拟地址。此后靠 swapper_pg_dir
	/// 第 768、769 项的映射执行；低端的恒等映射只保留到 zap_low_mappings()。
	movl	$1f, %eax
	jmp	*%eax			/* from here on at 0xC01xxxxx */
1:
	/// 第 5 步：SS:ESP ← stack_start，即 init_task_union + 8 KB，0 号进程（swapper）的内核栈顶。从此可以 call。
	lss	stack_start, %esp

/* Clear BSS. */
	/// 第 6 步：清 BSS（__bss_start 到 _end，由链接脚本给出）。C 代码假定未初始化的全局变量为 0，必须在调用任何 C 函数之前清零。
	xorl	%eax, %eax
	movl	$SYMBOL_NAME(__bss_start), %edi
	movl	$SYMBOL_NAME(_end), %ecx
	subl	%edi, %ecx
	rep
	stosb

	/// 第 7 步：把 idt_table 的 256 项都填成指向 ignore_int 的中断门（还不装入）；再把 EFLAGS 清零，有的 BIOS 会留下 NT 等标志。
	call	setup_idt
	pushl	$0
	popfl

/*
 * Keep the boot parameters: 2 KB from setup's zero page (%esi, still
 * identity-mapped) to empty_zero_page, then the command line after them.
 */
	/// 第 8 步：保存引导参数。ESI 仍是 0x90000，靠低端恒等映射读得到。先复制 512 个双字（2 KB）到 empty_zero_page，
	/// 把后 2 KB 清零，再把命令行复制到 empty_zero_page+2048。0x90000 一带以后会当作普通内存分配出去，所以要尽早复制。
	/// Bochs 中可用 `xp /8 0x104000` 查看复制后的参数页。
	movl	$SYMBOL_NAME(empty_zero_page), %edi
	movl	$512, %ecx
	cld
	rep
	movsl
	xorl	%eax, %eax
	movl	$512, %ecx
	rep
	stosl
	/// 新协议：参数偏移 0x228 的 cmd_line_ptr 不为 0 就从它指的地方复制（本移植的 tools/build 让它指向 0x90240）；
	/// 否则看 0x90020 是否有老协议的魔数；两者都没有就不复制，命令行为空。
	movl	SYMBOL_NAME(empty_zero_page)+NEW_CL_POINTER, %esi
	andl	%esi, %esi
	jnz	2f			/* the new protocol: a pointer */
	cmpw	$(OLD_CL_MAGIC), OLD_CL_MAGIC_ADDR
	jne	1f
	movzwl	OLD_CL_OFFSET, %esi	/* the old protocol: magic + offset */
	addl	$(OLD_CL_BASE_ADDR), %esi
2:
	/// 固定复制 2048 字节，不管命令行多长；setup.c 只用前 COMMAND_LINE_SIZE（256）个字节。
	movl	$SYMBOL_NAME(empty_zero_page)+2048, %edi
	movl	$512, %ecx
	rep
	movsl
1:

/* What CPU is this?  386 if EFLAGS.AC cannot be toggled. */
/// 第 9 步：识别 CPU，结果填进 boot_cpu_data。先假定是 386、没有 CPUID（cpuid_level = −1）。486 起 EFLAGS 的 AC 位
/// （第 18 位）可以翻转，386 不行。2.4.0 用 movl 写 X86 这个字节字段（顺带把后三个字节清零），本移植用 movb。
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

	/// 能翻转 EFLAGS.ID（第 21 位）的 CPU 才有 CPUID 指令；翻转不了的是早期 486。
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

	/// CPUID 0：EAX 返回最大功能号，EBX、EDX、ECX 是 12 字节的厂商串（如“GenuineIntel”），依次存入 x86_vendor_id。
	xorl	%eax, %eax		/* CPUID 0: vendor and max level */
	cpuid
	movl	%eax, X86_CPUID
	movl	%ebx, X86_VENDOR_ID
	movl	%edx, X86_VENDOR_ID+4
	movl	%ecx, X86_VENDOR_ID+8
	orl	%eax, %eax
	jz	is486

	/// CPUID 1：EAX 的第 8–11 位是家族（x86），4–7 位是型号，0–3 位是步进；EDX 是特征位，存入 x86_capability[0]，
	/// 其中第 3 位 PSE（4 MB 页面）、第 13 位 PGE（全局页面）以后由 paging_init() 使用。
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
	/// 第 10 步：设置 CR0。保留 PG、PE、ET（0x80000011）；486 以上再置 AM、WP、NE、MP（OR 0x50022）。WP（第 16 位）让内核态
	/// 写只读页面也引起页面异常，内核替进程写用户空间（copy_to_user）时才会触发写时拷贝；386 没有 WP，只置 MP
	/// （2.4.0 为此准备了 __verify_write()）。
	movl	%cr0, %eax		/* keep PG, PE, ET; set AM WP NE MP */
	andl	$0x80000011, %eax
	orl	$0x50022, %eax
	jmp	2f

/// 386：恢复原来的 EFLAGS（刚才翻转 AC 位的试验改过它）。
is386:
	pushl	%ecx			/* restore EFLAGS */
	popfl
	movl	%cr0, %eax
	andl	$0x80000011, %eax
	orl	$2, %eax		/* MP */
2:	movl	%eax, %cr0
	/// 检查有没有 FPU，见下面的 check_x87。
	call	check_x87

/* The real GDT and IDT, and the segment registers reloaded from them. */
	/// 第 11 步：换上内核自己的 GDT（gdt_table）和 IDT（idt_table）。gdt_descr/idt_descr 中是链接地址 0xC01xxxxx，
	/// 所以只能在分页打开以后装入。
	lgdt	gdt_descr
	lidt	idt_descr
	/// 远跳转重新装入 CS：段描述符缓存在段寄存器的隐藏部分，只有重新装入段寄存器才会从新 GDT 取描述符；DS/ES/FS/GS/SS 同理。
	/// Bochs 中停在 start_kernel（地址用 scripts/sym start_kernel 查）时，`sreg` 和 `info gdt 0 5` 可以核对。
	ljmp	$(__KERNEL_CS), $1f
1:	movl	$(__KERNEL_DS), %eax
	movl	%eax, %ds
	movl	%eax, %es
	movl	%eax, %fs
	movl	%eax, %gs
	/// 重新装入 SS:ESP，栈指针回到栈顶（先前压栈的东西都不再需要）。
	lss	stack_start, %esp
	/// LDTR ← 0：暂时不用 LDT，cpu_init() 会装入默认 LDT（default_ldt）。再 cld：gcc 生成的代码假定 DF = 0。
	xorl	%eax, %eax
	lldt	%ax
	cld
	/// 第 12 步：进入 C 语言世界。init/main.c 的 start_kernel() 不会返回；万一返回就在 L6 原地空转。
	call	SYMBOL_NAME(start_kernel)
L6:
	jmp	L6			/* start_kernel never returns */

/* Is there an FPU?  Without one, set CR0.EM so that FPU use traps. */
/// check_x87（局部子程序）：fninit 之后读状态字，有 FPU 时低字节为 0。没有 FPU 就置 CR0.EM，让浮点指令引起
/// “设备不可用”异常（交给仿真程序）；有 FPU 则 hard_math = 1。0xDB 0xE4 是 fsetpm 的机器码，只对 287 有意义。
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
/// setup_idt（局部子程序）：构造一个中断门——低双字为 __KERNEL_CS << 16 | 偏移低 16 位，高双字为 偏移高 16 位 | 0x8E00
/// （存在、DPL 0、类型 14 即 32 位中断门）——填满 256 项。此时还没有 lidt；trap_init() 和 init_IRQ() 以后改写有用的项。
/// Bochs 中刚进入 start_kernel 时，`info idt 14` 显示的正是指向 ignore_int 的中断门。
setup_idt:
	/// EDX = ignore_int 的地址：这是链接地址 0xC01xxxxx，分页已经打开，可以直接使用。
	lea	ignore_int, %edx
	movl	$(__KERNEL_CS << 16), %eax
	movw	%dx, %ax		/* selector:offset low */
	movw	$0x8E00, %dx		/* present, DPL 0, 32-bit interrupt gate */

	/// 循环 256 次，每次写一个 8 字节的门。
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
/// 下面几个页面在 head.S 正文中用 .org 按固定偏移放置，相对 1 MB 的偏移为 0x1000、0x2000……，所以物理地址固定为
/// 0x101000、0x102000……。页面目录和页面表必须按 4 KB 对齐，放在正文里是最简单的办法，2.4.0 也是这样。
.org 0x1000
/// §2.2 地址映射的全过程：swapper_pg_dir 是内核的页面目录（物理 0x101000），1024 项，每项管 4 MB。引导时只有 4 项不为 0：
/// 第 0、1 项（线性 0–8 MB）和第 768、769 项（0xC0000000–0xC07FFFFF）都指向 pg0、pg1，于是物理 0–8 MB 同时出现在
/// 线性地址 0 和 3 GB 处。以后 paging_init() 在这张表里建立全部内核页面表，init_mm.pgd 也指向它。
/// 2.4.0: arch/i386/kernel/head.S swapper_pg_dir
/// Bochs 中 `xp /4 0x101000` 看第 0–3 项（CPU 用过后第 0 项带上 A 位，变成 0x00102027），`xp /2 0x101c00` 看第 768、769 项
/// （0x101000 + 768×4）；`page 0xc0100000` 显示经 PDE 0x102027（CPU 走过这一项，A 位已置）、PTE 0x100027 映射到物理 0x100000。
ENTRY(swapper_pg_dir)
	/// 第 0、1 项：恒等映射。打开分页时 EIP 还在低端，没有它下一条指令就会引起缺页异常，而 IDT 还没建好，结果是三重错误复位。
	.long	0x00102007		/* pg0: 0-4 MB, identity */
	.long	0x00103007		/* pg1: 4-8 MB, identity */
	/// 第 2–767 项为 0（不存在）：用户空间，0 号进程没有用户空间。
	.fill	BOOT_USER_PGD_PTRS-2, 4, 0
	/// 第 768、769 项：0xC0000000 起的 8 MB 映射到物理 0–8 MB，正是 __pa()/__va() 的“物理 = 虚拟 − PAGE_OFFSET”。
	/// 内核映像、引导参数和这几张表都在这 8 MB 以内。
	.long	0x00102007		/* 0xC0000000: pg0 again */
	.long	0x00103007		/* 0xC0400000: pg1 again */
	/// 第 770–1023 项为 0：其余内核空间的页面表由 paging_init() 按实际内存大小建立。
	.fill	BOOT_KERNEL_PGD_PTRS-2, 4, 0

.org 0x2000
/// §2.2 地址映射的全过程：第一个引导页面表（物理 0x102000），映射物理 0–4 MB，内容由 startup_32 第 2 步填写。
/// 2.4.0: arch/i386/kernel/head.S pg0
ENTRY(pg0)

.org 0x3000
/// §2.2 地址映射的全过程：第二个引导页面表（物理 0x103000），映射物理 4–8 MB。
/// 2.4.0: arch/i386/kernel/head.S pg1
ENTRY(pg1)

.org 0x4000
/// §10 系统引导和初始化、§2.2：物理 0x104000 的这一页先存放引导参数（前 2 KB 是 setup 留下的参数，后 2 KB 是命令行），
/// setup_arch() 从这里读取；mem_init() 以后把它清零，成为全 0 的共享页面（例如只读访问匿名页面时映射到它）。
/// 2.4.0: arch/i386/kernel/head.S empty_zero_page
ENTRY(empty_zero_page)

.org 0x5000
/// §2.2 地址映射的全过程：坏页面的占位页。2.4.0 在分配页面表失败时让页面表项指向它，而不让内核立刻崩溃。
/// 2.4.0: arch/i386/kernel/head.S empty_bad_page
ENTRY(empty_bad_page)

.org 0x6000
/// §2.2 地址映射的全过程：坏页面表的占位页。get_bad_pte_table() 把它填满指向 empty_bad_page 的页面表项，分配页面表失败时
/// 让页面目录项指向它。
/// 2.4.0: arch/i386/kernel/head.S empty_bad_pte_table（PAE 配置还有 empty_bad_pmd_table，本移植只有两级页面表）
ENTRY(empty_bad_pte_table)

.org 0x7000
/// §10 系统引导和初始化：lss 的操作数（32 位偏移加 16 位选择子）：ESP = init_task_union + 8192，即 0 号进程 8 KB 块的顶端；
/// SS = __KERNEL_DS。
/// 2.4.0: arch/i386/kernel/head.S stack_start（2.4.0 把它和 ignore_int、两个描述符操作数放在 .org 0x1000 之前；
/// 本移植放在固定页面之后，物理 0x107000 起，功能相同）
ENTRY(stack_start)
	.long	SYMBOL_NAME(init_task_union)+8192
	.long	__KERNEL_DS

/// ignore_int：IDT 中还没有装上真正处理程序的向量都指向这里。它保存会被 printk 破坏的寄存器（按 C 调用约定 EAX、ECX、
/// EDX 由被调用者随意使用）和 DS/ES，打印“Unknown interrupt”后 iret。trap_init()/init_IRQ() 之后只有没用到的向量还会来。
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
	/// 中断可能发生在 DS/ES 不是内核数据段的时候，调用 C 函数之前要换成 __KERNEL_DS。
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
/// §3 中断、异常和系统调用：lidt 的操作数。界限 256×8−1 = 0x7FF，基地址 idt_table；前面的 .word 0 让 32 位基地址
/// 按 4 字节对齐。
/// 2.4.0: arch/i386/kernel/head.S idt_descr
idt_descr:
	.word	IDT_ENTRIES*8-1
/// 符号 idt 就是描述符中的基地址字段：改它再 lidt 就能把 IDT 换到别处，2.4.0 的 trap_init_f00f_bug() 就是这样把 IDT
/// 换成一个只读映射的。
SYMBOL_NAME(idt):
	.long	SYMBOL_NAME(idt_table)

	.word	0
/// §2.2 地址映射的全过程：lgdt 的操作数。界限 GDT_ENTRIES×8−1 = 16×8−1 = 0x7F，基地址 gdt_table；
/// boot_checks 用 sgdt 读出并核对这两个值。
/// 2.4.0: arch/i386/kernel/head.S gdt_descr
gdt_descr:
	.word	GDT_ENTRIES*8-1
SYMBOL_NAME(gdt):
	.long	SYMBOL_NAME(gdt_table)
	/// desc.h 导出 idt_descr/gdt_descr，setup.c 的 cpu_init() 用它们重新 lgdt/lidt。
	.globl	idt, gdt, idt_descr, gdt_descr

/*
 * The GDT.  All four flat segments have base 0 and limit 4 GB, so a
 * logical address is the linear address: segmentation does nothing.
 */
	.data
	/// §2.2 地址映射的全过程：全局描述符表 GDT。Linux 常用的四个段（内核代码/数据、用户代码/数据）基地址都是 0、界限都是
	/// 4 GB，所以段式映射把逻辑地址原样变成线性地址，真正起作用的是页式映射；内核态和用户态的区别只在描述符的 DPL（0 或 3）
	/// 和选择子的 RPL。
	/// 2.4.0: arch/i386/kernel/head.S gdt_table
	/// Bochs 中 `info gdt 0 15` 列出各项；boot_checks 开机时逐项打印并核对前 12 项。
	ALIGN
ENTRY(gdt_table)
	/// 第 0 项：空描述符，CPU 规定不能用；用选择子 0 访问内存会引起一般保护异常。
	.quad	0x0000000000000000	/* 0x00: null */
	/// 第 1 项（0x08）：不用。
	.quad	0x0000000000000000	/* 0x08: unused */
	/// 第 2 项 __KERNEL_CS = 0x10：基地址 0，界限 0xFFFFF 个 4 KB（G = 1）即 4 GB，D = 1（32 位）；访问字节 0x9A = 存在、
	/// DPL 0、代码段、可执行可读。CPU 装入后会置“已访问”位，所以运行时读到的是 0x9B（boot_checks 打印 00cf9b000000ffff）。
	.quad	0x00cf9a000000ffff	/* 0x10: __KERNEL_CS, DPL 0, code */
	/// 第 3 项 __KERNEL_DS = 0x18：同上，访问字节 0x92 = 存在、DPL 0、可读写数据段；内核的 DS/ES/SS 都用它。
	.quad	0x00cf92000000ffff	/* 0x18: __KERNEL_DS, DPL 0, data */
	/// 第 4 项 __USER_CS = 0x23（索引 4×8 = 0x20，加 RPL 3）：访问字节 0xFA = 存在、DPL 3、代码段，与内核代码段只差 DPL。
	.quad	0x00cffa000000ffff	/* 0x23: __USER_CS, DPL 3, code */
	/// 第 5 项 __USER_DS = 0x2B：访问字节 0xF2 = 存在、DPL 3、可读写数据段，用户进程的 DS/ES/SS 都用它。基地址同样是 0，
	/// 用户态的逻辑地址也直接就是线性地址，用户空间与内核空间的隔离完全交给页面表项的 U/S 位。
	.quad	0x00cff2000000ffff	/* 0x2b: __USER_DS, DPL 3, data */
	/// 第 6、7 项不用。
	.quad	0x0000000000000000	/* 0x30: unused */
	.quad	0x0000000000000000	/* 0x38: unused */
	/// 第 8–11 项（0x40–0x58）留给 APM BIOS 调用：字节粒度，基地址和界限在运行时由 APM 驱动填写。本移植没有 APM，
	/// 保留它们只为让后面 TSS/LDT 的项号与 2.4.0 相同。
	.quad	0x0040920000000000	/* 0x40: APM data, set at run time */
	.quad	0x00409a0000000000	/* 0x48: APM 32-bit code */
	.quad	0x00009a0000000000	/* 0x50: APM 16-bit code */
	.quad	0x0040920000000000	/* 0x58: APM data */
	/// 从第 12 项起每个 CPU 4 项：TSS（__TSS(0) = 12，选择子 0x60）、LDT（__LDT(0) = 13，选择子 0x68）和两个空项，
	/// 由 cpu_init() 通过 set_tss_desc()、set_ldt_desc() 填写。`info gdt 12 13` 可以看到它们。
	.fill	NR_CPUS*4, 8, 0		/* TSS, LDT and two spare per CPU */
