// SPDX-License-Identifier: GPL-2.0-only
/*
 * read(), write() and lseek(): check the descriptor and the file's mode,
 * then hand over to the file's own methods at its current position.
 * Chapter 5 (files).  Follows Linux 2.4.0 fs/read_write.c (no mandatory
 * locks, no directory notification, no readv/writev/pread/pwrite).
 * _llseek too.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <asm/uaccess.h>

/* SEEK_SET 0, SEEK_CUR 1, SEEK_END 2; a negative result is refused. */
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
	if (file->f_pos != pos)
		file->f_pos = pos;
	return pos;
}

static inline loff_t llseek(struct file *file, loff_t offset, int origin)
{
	struct file_operations *ops = file->f_op;

	if (ops && ops->llseek)
		return ops->llseek(file, offset, origin);
	return default_llseek(file, offset, origin);
}

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
