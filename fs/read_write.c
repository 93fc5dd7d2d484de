// SPDX-License-Identifier: GPL-2.0-only
/*
 * read(), write() and lseek(): check the descriptor and the file's mode,
 * then hand over to the file's own methods at its current position.
 * Chapter 5 (files).  Follows Linux 2.4.0 fs/read_write.c (no mandatory
 * locks, no directory notification, no readv/writev/pread/pwrite).
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

static inline loff_t llseek(struct file *file, loff_t offset, int origin)
{
	loff_t (*fn)(struct file *, loff_t, int);

	fn = default_llseek;
	if (file->f_op && file->f_op->llseek)
		fn = file->f_op->llseek;
	return fn(file, offset, origin);
}

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
