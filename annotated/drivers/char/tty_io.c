// SPDX-License-Identifier: GPL-2.0-only
/*
 * console_init: register the consoles printk writes to; and /dev/console
 * as a file user programs read and write (descriptors 0, 1, 2 of init
 * and everything it starts).
 * Follows Linux 2.4.0 drivers/char/tty_io.c.  Port: the tty layer is not
 * ported: writing to /dev/console hands the bytes straight to the
 * console drivers (VGA, serial) without a log level and without the log
 * buffer; reading gives end of file (no keyboard).
 */
/// §5.5 文件的打开与关闭 / §10：控制台。2.4.0 的 drivers/char/tty_io.c 是整个终端层；本移植只有两样东西：
/// console_init 注册 printk 用的控制台驱动，和 /dev/console 这个“文件”——init 打开它作为 0、1、2 号描述符，
/// 所有用户程序的输出都从这里到达 VGA 屏幕和串口（scripts/run-bochs 读串口）。
/// 与 2.4.0 不同：没有终端层、行规程和键盘，写入的字节直接交给控制台驱动，读总是立刻得到文件尾（0）。
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/spinlock.h>
#include <asm/uaccess.h>

extern spinlock_t console_lock;

/* No input device: a read is at end of file at once. */
/// §5.6 文件的读与写：读 /dev/console。2.4.0: drivers/char/tty_io.c tty_read()（本移植没有键盘输入，总是返回 0，表示文件尾）
static ssize_t tty_read(struct file *file, char *buf, size_t count,
			loff_t *ppos)
{
	return 0;
}

/*
 * Copy the user's bytes in a piece at a time and give each piece to
 * every enabled console, as printk does for its lines.
 */
/// §5.6：写 /dev/console。2.4.0: drivers/char/tty_io.c tty_write()
/// 每次从用户空间拷入 128 字节（系统堆栈只有 8K，不能放大缓冲区），交给每个已启用的控制台驱动，与 printk 的做法一样，
/// 但不加日志级别、也不进 printk 的日志缓冲区。console_lock 保证用户程序的输出不会插进 printk 一行的中间。
static ssize_t tty_write(struct file *file, const char *buf, size_t count,
			 loff_t *ppos)
{
	char kbuf[128];
	size_t done = 0;

	while (done < count) {
		size_t n = count - done;
		struct console *c;
		unsigned long flags;

		if (n > sizeof(kbuf))
			n = sizeof(kbuf);
		if (copy_from_user(kbuf, buf + done, n))
			return done ? done : -EFAULT;
		spin_lock_irqsave(&console_lock, flags);
		for (c = console_drivers; c; c = c->next)
			if ((c->flags & CON_ENABLED) && c->write)
				c->write(c, kbuf, n);
		spin_unlock_irqrestore(&console_lock, flags);
		done += n;
	}
	return done;
}

/* A terminal cannot seek. */
/// §5.6：终端不能定位，lseek 返回 -ESPIPE。2.4.0: fs/read_write.c no_llseek()（2.4.0 在 read_write.c 里，供各种设备使用）
static loff_t no_llseek(struct file *file, loff_t offset, int origin)
{
	return -ESPIPE;
}

static struct file_operations console_fops = {
	.llseek = no_llseek,
	.read = tty_read,
	.write = tty_write,
};

/* The device node: a character device (5, 1), read-write for root. */
/// 字符设备 5,1（2.4.0 中 /dev/console 的设备号），只有 root 可读写。
static struct inode console_inode = {
	.i_ino = 1,
	.i_count = ATOMIC_INIT(1),
	.i_mode = S_IFCHR | 0600,
	.i_fop = &console_fops,
};

/// fs/namei.c 查到 “/dev/console” 时返回它。
struct dentry console_dentry = {
	.d_count = ATOMIC_INIT(1),
	.d_inode = &console_inode,
};

/// §10 系统引导和初始化：注册控制台，从此 printk 的内容出现在屏幕上。
/// 2.4.0: drivers/char/tty_io.c console_init()（2.4.0 注册的是虚拟终端的 vt_console 和串口控制台等；本移植注册 VGA 和串口两个）
void __init console_init(void)
{
	vga_console_init();
	serial_console_init();
}
