/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Console drivers that printk writes to.
 * Follows Linux 2.4.0 include/linux/console.h (struct console part).
 */
/// §10 系统引导和初始化：printk 的输出经 struct console 交给具体的设备（本移植是 VGA 屏幕和 COM1 串口）。
/// 2.4.0: include/linux/console.h（struct console 这一部分）
#ifndef _LINUX_CONSOLE_H_
#define _LINUX_CONSOLE_H_

#include <linux/types.h>

/// 注册时把 log_buf 里已有的内容补打给它：console_init 之前的横幅、内存图因此不会丢。
#define CON_PRINTBUFFER	(1)
/// 2.4.0 中标记 /dev/console 对应的那个控制台（命令行上最后一个 console=）；本移植没有 /dev/console，不用。
#define CON_CONSDEV	(2)	/* last on the command line */
/// register_console 置上，printk 只写启用了的控制台。
#define CON_ENABLED	(4)

/// 字段顺序与 2.4.0 相同。
struct console {
	/// 设备名，加上 index 就是 ttyS0、tty0 这样的名字。
	char name[8];
	/// 必须提供：printk 在持 console_lock、关中断的情况下调用它，所以不能睡眠，只能忙等。
	void (*write)(struct console *, const char *, unsigned);
	/// 下面几个回调本移植都不用：read 读控制台；device 给出 /dev/console 对应的设备号；wait_key 等用户
	/// 按键；unblank 让屏幕从屏保中恢复（panic 时用）。
	int (*read)(struct console *, const char *, unsigned);
	kdev_t (*device)(struct console *);
	int (*wait_key)(struct console *);
	void (*unblank)(void);
	/// 注册时调用，第二个参数是 console= 里逗号后面的选项（本移植总是 NULL）；返回负数则不注册。
	int (*setup)(struct console *, char *);
	short flags;
	/// 同名设备的编号。2.4.0 里 -1 表示“由命令行的 console= 决定”。
	short index;
	/// 串口的 termios 控制标志（波特率、数据位），给以后的 tty 层用。
	int cflag;
	/// console_drivers 单链表的链接。
	struct console *next;
};

extern void register_console(struct console *);
extern int unregister_console(struct console *);
extern struct console *console_drivers;

/// 与 2.4.0 不同：2.4.0 的 linux/console.h 不声明这三个函数（它们的原型散在 tty 层的头文件和
/// 使用者自己的 extern 声明里）；本移植把它们集中放在这里。vga_console_init 是本移植新增的，
/// 代替 2.4.0 虚拟终端的 con_init()。
extern void console_init(void);
extern void serial_console_init(void);
extern void vga_console_init(void);

#endif /* _LINUX_CONSOLE_H_ */
