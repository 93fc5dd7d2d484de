// SPDX-License-Identifier: GPL-2.0-only
/*
 * read(), write() and lseek(): check the descriptor and the file's mode,
 * then hand over to the file's own methods at its current position.
 * Chapter 5 (files).  Follows Linux 2.4.0 fs/read_write.c (no mandatory
 * locks, no directory notification, no readv/writev/pread/pwrite).
 * _llseek too.
 */
/// §5.6 文件的写与读：2.4.0 的 fs/read_write.c 中的 read()、write()、lseek()。检查描述符和打开方式，然后交给文件自己的方法，
/// 从 f_pos 处读写。与 2.4.0 不同：没有强制锁检查和目录通知，没有 readv/writev/pread/pwrite。
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <asm/uaccess.h>

/* SEEK_SET 0, SEEK_CUR 1, SEEK_END 2; a negative result is refused. */
/// §5.6：文件的缺省定位：从头（0）、从当前位置（1）、从文件尾（2）算起；结果不能为负。2.4.0: fs/read_write.c default_llseek()
/// （2.4.0 还清零预读窗口 f_reada、更新 f_version；本移植没有预读。）
loff_t default_llseek(struct file *file, loff_t offset, int origin)
{
	loff_t pos = offset;

	if (origin == 2)
		pos += file->f_dentry->d_inode->i_size;
	else if (origin == 1)
		pos += file->f_pos;
	/* anything else counts from the start */

	if (pos < 0)
		return -EINVAL;
	/// 位置真的变了才写 f_pos：2.4.0 在同一处还清零预读窗口、递增 f_version。
	if (file->f_pos != pos)
		file->f_pos = pos;
	return pos;
}

/// §5.6：文件有自己的 llseek 就用它（控制台的返回 -ESPIPE），否则用缺省的。2.4.0: fs/read_write.c llseek()
static inline loff_t llseek(struct file *file, loff_t offset, int origin)
{
	struct file_operations *ops = file->f_op;

	if (ops && ops->llseek)
		return ops->llseek(file, offset, origin);
	return default_llseek(file, offset, origin);
}

/// §5.6：系统调用 lseek（19）。结果超出 off_t（32 位）时返回 -EOVERFLOW。2.4.0: fs/read_write.c sys_lseek()
asmlinkage off_t sys_lseek(unsigned int fd, off_t offset, unsigned int origin)
{
	struct file *f;
	loff_t pos;
	off_t ret = -EINVAL;

	f = fget(fd);
	if (!f)
		return -EBADF;
	if (origin <= 2) {
		pos = llseek(f, offset, origin);
		ret = (off_t) pos;
		/* the new position does not fit the 32-bit answer */
		/// loff_t 是 64 位，系统调用 lseek 的返回值 off_t 只有 32 位：截断后不相等说明装不下。
		if ((loff_t) ret != pos)
			ret = -EOVERFLOW;
	}
	fput(f);
	return ret;
}

/*
 * _llseek(fd, high, low, result, origin): the 64-bit offset high:low;
 * the new position is stored at *result, the call returns 0.
 */
/// §5.6 系统调用 _llseek（140）：位置由高低两个 32 位字拼成 64 位，结果写到用户的 *result，返回 0；origin 大于 2 为 -EINVAL。2.4.0: fs/read_write.c sys_llseek()
asmlinkage long sys_llseek(unsigned int fd, unsigned long offset_high,
			   unsigned long offset_low, loff_t *result,
			   unsigned int origin)
{
	struct file *f;
	loff_t pos;
	long ret;

	f = fget(fd);
	if (!f)
		return -EBADF;
	ret = -EINVAL;
	if (origin > 2)
		goto out_putf;
	pos = llseek(f, ((loff_t) offset_high << 32) | offset_low, origin);
	ret = (long) pos;
	if (pos >= 0) {
		ret = -EFAULT;
		if (!copy_to_user(result, &pos, sizeof(pos)))
			ret = 0;
	}
out_putf:
	fput(f);
	return ret;
}

/* read(fd, buf, count): the bytes read (0 at the end), or an error. */
/// §5.6：系统调用 read（3）。2.4.0: fs/read_write.c sys_read()
/// 读 initrd 里的文件时 initrd_read 直接从内存里的映像拷贝；读控制台（0 号描述符）立即得到 0（文件尾）。
asmlinkage ssize_t sys_read(unsigned int fd, char *buf, size_t count)
{
	struct file *f;
	ssize_t got;

	f = fget(fd);
	if (!f)
		return -EBADF;
	if (!(f->f_mode & FMODE_READ))
		got = -EBADF;		/* not opened for reading */
	else if (!f->f_op || !f->f_op->read)
		got = -EINVAL;
	else
		got = f->f_op->read(f, buf, count, &f->f_pos);
	fput(f);
	return got;
}

/* write(fd, buf, count): the bytes written, or an error. */
/// §5.6：系统调用 write（4）。2.4.0: fs/read_write.c sys_write()
/// 写 1、2 号描述符（控制台）时 tty_write 把字节交给 VGA 和串口；initrd 里的文件是以只读方式打开的，写它得到 -EBADF。
asmlinkage ssize_t sys_write(unsigned int fd, const char *buf, size_t count)
{
	struct file *f;
	ssize_t put;

	f = fget(fd);
	if (!f)
		return -EBADF;
	if (!(f->f_mode & FMODE_WRITE))
		put = -EBADF;		/* not opened for writing */
	else if (!f->f_op || !f->f_op->write)
		put = -EINVAL;
	else
		put = f->f_op->write(f, buf, count, &f->f_pos);
	fput(f);
	return put;
}
