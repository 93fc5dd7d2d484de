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
static ssize_t tty_read(struct file *file, char *buf, size_t count,
			loff_t *ppos)
{
	return 0;
}

/*
 * Copy the user's bytes in a piece at a time and give each piece to
 * every enabled console, as printk does for its lines.
 */
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
static struct inode console_inode = {
	.i_ino = 1,
	.i_count = ATOMIC_INIT(1),
	.i_mode = S_IFCHR | 0600,
	.i_fop = &console_fops,
};

struct dentry console_dentry = {
	.d_count = ATOMIC_INIT(1),
	.d_inode = &console_inode,
};

void __init console_init(void)
{
	vga_console_init();
	serial_console_init();
}
