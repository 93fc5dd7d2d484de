// SPDX-License-Identifier: GPL-2.0-only
/*
 * The VGA text screen as a console: 80x25 characters at physical 0xB8000,
 * reached through the kernel mapping at PAGE_OFFSET.  Continues below the
 * cursor position setup.S saved, scrolls, and moves the hardware cursor.
 * Replaces Linux 2.4.0 drivers/video/vgacon.c + the virtual-terminal
 * layer, which this port does not have.
 */
/// §10 系统引导和初始化（控制台）。与 2.4.0 不同：2.4.0 的屏幕输出要经过虚拟终端层
/// （drivers/char/console.c、vt.c：转义序列、多个虚拟终端、字符属性），再调用
/// drivers/video/vgacon.c 提供的底层操作。本移植没有 tty/VT 层，这个文件直接把字符写进 VGA 文本
/// 显存，只处理 \n、\r、\t、自动换行、卷屏和硬件光标，对 printk 已经足够。
/// 存储管理上的看点：显存在物理地址 0xB8000，内核却是通过 3G 以上的内核虚拟地址去写它的（§2.1）。
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/init.h>
#include <linux/string.h>
#include <asm/io.h>

/// 彩色文本模式显存的物理地址，位于 640K–1M 的 ISA 空洞里。内核不直接用物理地址访问，而是用
/// __va() 换成 0xC00B8000：head.S 的页面表把物理 0–8M 同时映射在 0 和 0xC0000000 两处，
/// 前者（恒等映射）只在开启分页的过渡期使用，2.4.0 在 mem_init 的末尾由 zap_low_mappings 拆掉；
/// 后者是内核空间的线性映射，永远有效。2.4.0 的 vgacon 同样经 PAGE_OFFSET 处的映射访问显存
/// （asm/io.h 的 __ISA_IO_base）。
#define VGA_BASE	0xB8000
#define VGA_COLS	80
#define VGA_ROWS	25
/// 每个字符在显存里占 16 位：低 8 位是字符码，高 8 位是属性（高 4 位背景色、低 4 位前景色）；
/// 0x07 是黑底浅灰字，BIOS 的缺省属性。
#define VGA_ATTR	0x0700		/* light grey on black */
/// CRT 控制器的索引端口（彩色模式），数据端口是 0x3d5。单色显示卡在 0x3b4、显存在 0xB0000，
/// 本移植不支持；2.4.0 的 vgacon 按 setup.S 报告的显示模式区分两者。
#define VGA_CRTC	0x3d4

/// head.S 把 setup.S 留下的 2 KB 引导参数复制到 empty_zero_page（0xC0104000）。偏移 0、1 是
/// setup.S 向 BIOS 问来的光标列号和行号（screen_info 的 orig_x、orig_y）。
extern unsigned char empty_zero_page[];

/// 显存的内核虚拟地址（0xC00B8000）和当前光标位置（列、行）。
static unsigned short *vga_mem;
static int vga_x, vga_y;

/// §10 系统引导和初始化（VGA 控制台）：把屏幕上闪烁的硬件光标移到 (vga_x, vga_y)。
/// 2.4.0: 无（本移植新增）：2.4.0 由 VT 层调用 vgacon.c 的 vgacon_cursor() 做这件事，
/// 同样是写 CRT 控制器的 14、15 号寄存器。
static void vga_set_cursor(void)
{
	/// 光标位置以字符为单位（行 × 80 + 列），不是字节偏移。
	unsigned pos = vga_y * VGA_COLS + vga_x;

	/// 先往索引端口写寄存器号，再往数据端口写值：14 号是光标位置的高字节，15 号是低字节。
	outb(14, VGA_CRTC);
	outb(pos >> 8, VGA_CRTC + 1);
	outb(15, VGA_CRTC);
	outb(pos & 0xff, VGA_CRTC + 1);
}

/// §10 系统引导和初始化（VGA 控制台）：屏幕写满时整体上卷一行。
/// 2.4.0: 无（本移植新增）：2.4.0 的卷屏由 VT 层和 vgacon_scroll() 完成，还能改显示起始地址
/// 寄存器来实现不搬数据的快速卷屏；这里只用最简单的搬移法。
static void vga_scroll(void)
{
	int i;

	/// 把第 1–24 行搬到第 0–23 行。源、目的区域重叠，必须用 memmove 而不是 memcpy
	/// （lib/string.c 的 memmove 在目的地址较低时从前往后拷）。
	memmove(vga_mem, vga_mem + VGA_COLS,
		(VGA_ROWS - 1) * VGA_COLS * sizeof(*vga_mem));
	/// 最后一行填成“属性 + 空格”，而不是 0：保持统一的颜色属性。
	for (i = 0; i < VGA_COLS; i++)
		vga_mem[(VGA_ROWS - 1) * VGA_COLS + i] = VGA_ATTR | ' ';
	/// 光标留在最后一行，下一个字符从这一行写起。
	vga_y = VGA_ROWS - 1;
}

/// §10 系统引导和初始化（VGA 控制台）：在光标处输出一个字符并推进光标。
/// 2.4.0: 无（本移植新增）：2.4.0 中这是 VT 层 do_con_write() 的工作，它还要解释转义序列。
static void vga_putc(char c)
{
	switch (c) {
	/// 换行同时回到行首（相当于 CR + LF）：内核字符串只用 '\n'。2.4.0 的 vt_console_print 遇到 '\n'
	/// 也是既换行又回车。
	case '\n':
		vga_x = 0;
		vga_y++;
		break;
	case '\r':
		vga_x = 0;
		break;
	/// 跳到下一个 8 的倍数列；若跳到第 80 列，下面的检查会换行。
	case '\t':
		vga_x = (vga_x + 8) & ~7;
		break;
	default:
		/// 字符码和属性拼成一个 16 位字写进显存，写下去屏幕上立刻就能看到。先转成 unsigned char：
		/// char 是有符号的，≥ 0x80 的字符若直接参与运算会符号扩展，把属性字节也变成 0xFF。
		/// 在 Bochs 调试器里，x /16hx 0xc00b8000（线性地址）和 xp /16hx 0xb8000（物理地址）
		/// 看到的是同样的内容：每个半字的低字节是字符码，高字节是 0x07。
		vga_mem[vga_y * VGA_COLS + vga_x] = VGA_ATTR | (unsigned char)c;
		vga_x++;
	}
	/// 写满一行自动折到下一行。
	if (vga_x >= VGA_COLS) {
		vga_x = 0;
		vga_y++;
	}
	/// 走出最后一行就卷屏，光标留在最后一行。
	if (vga_y >= VGA_ROWS)
		vga_scroll();
}

/// §10 系统引导和初始化（VGA 控制台）：printk 经 console->write 调到这里（持 console_lock、关中断）。
/// 2.4.0: 无（本移植新增）：2.4.0 中起同样作用的是 drivers/char/console.c 的 vt_console_print()。
static void vgacon_write(struct console *co, const char *s, unsigned count)
{
	while (count--)
		vga_putc(*s++);
	/// 整段写完才移动一次硬件光标：端口 I/O 在模拟器里代价较高，逐字符移动没有必要。
	vga_set_cursor();
}

/* Start where the BIOS left its cursor (orig_x, orig_y in the zero page). */
/// §10 系统引导和初始化（VGA 控制台）：register_console 注册时调用。
/// 2.4.0: 无（本移植新增）：2.4.0 在 vgacon_startup() 里根据 screen_info 确定显存位置和屏幕尺寸。
static int __init vgacon_setup(struct console *co, char *options)
{
	/// 物理地址 → 内核虚拟地址（§2.1 的 __va：加上 PAGE_OFFSET）。在 Bochs 调试器里用
	/// page 0xc00b8000 可以看到这个线性地址经页面目录、页面表（pg0）映射到物理页面 0xb8000。
	vga_mem = (unsigned short *)__va(VGA_BASE);
	/// 从 BIOS 和引导程序留下的光标处接着写，不覆盖屏幕上已有的文字。必须在 mem_init() 之前读：
	/// 2.4.0 的 mem_init 会把 empty_zero_page 清零（它以后要当全零页面用）。console_init 早于
	/// mem_init，所以没问题。
	vga_x = empty_zero_page[0];
	vga_y = empty_zero_page[1];
	/// 参数不合理（比如不是 80x25 的模式）就从左上角开始，免得写出显存的范围。
	if (vga_x >= VGA_COLS || vga_y >= VGA_ROWS)
		vga_x = vga_y = 0;
	return 0;
}

/// VGA 控制台的描述：名字 "tty" 加 index 0，即 tty0；CON_PRINTBUFFER 让它注册时补打此前的日志。
static struct console vgacons = {
	.name	= "tty",
	.write	= vgacon_write,
	.setup	= vgacon_setup,
	.flags	= CON_PRINTBUFFER,
	.index	= 0,
};

/// §10 系统引导和初始化（VGA 控制台）：由 console_init() 调用。
/// 2.4.0: 无（本移植新增）：代替 2.4.0 con_init()（drivers/char/console.c）里
/// 注册 VT 控制台的那一步。
void __init vga_console_init(void)
{
	register_console(&vgacons);
}
