// SPDX-License-Identifier: GPL-2.0-only
/*
 * read(), write() and lseek(): check the descriptor and the file's mode,
 * then hand over to the file's own methods at its current position.
 * Chapter 5 (files).  Follows Linux 2.4.0 fs/read_write.c (no mandatory
 * locks, no directory notification, no readv/writev/pread/pwrite).
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
	long long retval;

	switch (origin) {
	case 2:
		offset += file->f_dentry->d_inode->i_size;
		break;
	case 1:
		offset += file->f_pos;
	}
	retval = -EINVAL;
	if (offset >= 0) {
		if (offset != file->f_pos)
			file->f_pos = offset;
		retval = offset;
	}
	return retval;
}

/// §5.6：文件有自己的 llseek 就用它（控制台的返回 -ESPIPE），否则用缺省的。2.4.0: fs/read_write.c llseek()
static inline loff_t llseek(struct file *file, loff_t offset, int origin)
{
	loff_t (*fn)(struct file *, loff_t, int);

	fn = default_llseek;
	if (file->f_op && file->f_op->llseek)
		fn = file->f_op->llseek;
	return fn(file, offset, origin);
}

/// §5.6：系统调用 lseek（19）。结果超出 off_t（32 位）时返回 -EOVERFLOW。2.4.0: fs/read_write.c sys_lseek()
asmlinkage off_t sys_lseek(unsigned int fd, off_t offset, unsigned int origin)
{
	off_t retval;
	struct file *file;

	retval = -EBADF;
	file = fget(fd);
	if (!file)
		goto bad;
	retval = -EINVAL;
	if (origin <= 2) {
		loff_t res = llseek(file, offset, origin);

		retval = res;
		if (res != (loff_t) retval)
			retval = -EOVERFLOW;
	}
	fput(file);
bad:
	return retval;
}

/* read(fd, buf, count): the bytes read (0 at the end), or an error. */
/// §5.6：系统调用 read（3）。2.4.0: fs/read_write.c sys_read()
/// 读 initrd 里的文件时 initrd_read 直接从内存里的映像拷贝；读控制台（0 号描述符）立即得到 0（文件尾）。
asmlinkage ssize_t sys_read(unsigned int fd, char *buf, size_t count)
{
	ssize_t ret;
	struct file *file;

	ret = -EBADF;
	file = fget(fd);
	if (file) {
		if (file->f_mode & FMODE_READ) {
			ssize_t (*read)(struct file *, char *, size_t, loff_t *);

			ret = -EINVAL;
			if (file->f_op && (read = file->f_op->read) != NULL)
				ret = read(file, buf, count, &file->f_pos);
		}
		fput(file);
	}
	return ret;
}

/* write(fd, buf, count): the bytes written, or an error. */
/// §5.6：系统调用 write（4）。2.4.0: fs/read_write.c sys_write()
/// 写 1、2 号描述符（控制台）时 tty_write 把字节交给 VGA 和串口；initrd 里的文件是以只读方式打开的，写它得到 -EBADF。
asmlinkage ssize_t sys_write(unsigned int fd, const char *buf, size_t count)
{
	ssize_t ret;
	struct file *file;

	ret = -EBADF;
	file = fget(fd);
	if (file) {
		if (file->f_mode & FMODE_WRITE) {
			ssize_t (*write)(struct file *, const char *, size_t,
					 loff_t *);

			ret = -EINVAL;
			if (file->f_op && (write = file->f_op->write) != NULL)
				ret = write(file, buf, count, &file->f_pos);
		}
		fput(file);
	}
	return ret;
}
