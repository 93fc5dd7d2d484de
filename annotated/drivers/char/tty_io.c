// SPDX-License-Identifier: GPL-2.0-only
/*
 * console_init: register the consoles printk writes to.
 * Follows console_init() of Linux 2.4.0 drivers/char/tty_io.c (the tty
 * layer itself is not ported).
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/init.h>

/// §10 系统引导和初始化（控制台）：start_kernel 在 time_init() 之后调用，从此 printk 的输出
/// 才真正出现在屏幕和串口上（此前的内容由 CON_PRINTBUFFER 补打）。
/// 2.4.0: drivers/char/tty_io.c console_init()
/// 与 2.4.0 不同：2.4.0 先登记 N_TTY 行规程、准备缺省的 termios，再按配置调用 con_init()
/// （虚拟终端控制台，底层就是 vgacon）和 serial_console_init() 等。本移植没有 tty 层，
/// 只注册两个控制台，先屏幕后串口的顺序与 2.4.0 相同。
void __init console_init(void)
{
	/// 先注册 VGA：log_buf 里已有的横幅和内存图先补打在屏幕上。
	/// 这一步代替 2.4.0 的 con_init()（drivers/char/console.c），本移植没有虚拟终端层。
	vga_console_init();
	/// 后注册的串口插在 console_drivers 表头，此后每次 printk 先写串口、再写屏幕。
	serial_console_init();
}
