// SPDX-License-Identifier: GPL-2.0-only
/*
 * Duplicating descriptors: dup() takes the lowest free one, dup2() the
 * one asked for (closing what was there).  Both share the struct file.
 * Chapter 5 (files).  Follows Linux 2.4.0 fs/fcntl.c (fcntl() itself is
 * not ported).
 */
/// §5.5 / §5.7 其他文件操作：2.4.0 的 fs/fcntl.c 中的 dup() 和 dup2()。新描述符与旧描述符指向同一个 struct file
/// （引用计数加 1），共享读写位置。init 就是用 dup(0) 两次得到 1、2 号描述符的。fcntl() 本身没有移植。
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <asm/bitops.h>

/*
 * The lowest free descriptor at or above orig_start.  Returns it with
 * file_lock held (the caller installs the file), or an error.
 */
/// §5.7：从 orig_start 起找最小的空闲描述符，成功时带着 file_lock 返回。2.4.0: fs/fcntl.c locate_fd()
/// 与 2.4.0 不同：描述符表不扩充（expand_files），超过 32 项就是 -EMFILE。
static int locate_fd(struct files_struct *files, struct file *file,
		     int orig_start)
{
	unsigned int newfd;
	int error;
	int start;

	write_lock(&files->file_lock);

	error = -EINVAL;
	if (orig_start >= current->rlim[RLIMIT_NOFILE].rlim_cur)
		goto out;

	start = orig_start;
	if (start < files->next_fd)
		start = files->next_fd;

	newfd = start;
	if (start < files->max_fdset)
		newfd = find_next_zero_bit(files->open_fds->fds_bits,
					   files->max_fdset, start);

	error = -EMFILE;
	if (newfd >= current->rlim[RLIMIT_NOFILE].rlim_cur)
		goto out;
	/* 2.4.0 grows the table here (expand_files). */
	if (newfd >= files->max_fds)
		goto out;

	if (start <= files->next_fd)
		files->next_fd = newfd + 1;

	error = newfd;
out:
	return error;
}

/// §5.7：占用描述符 fd 并装入文件。2.4.0: fs/fcntl.c allocate_fd()
static inline void allocate_fd(struct files_struct *files,
			       struct file *file, int fd)
{
	FD_SET(fd, files->open_fds);
	FD_CLR(fd, files->close_on_exec);
	write_unlock(&files->file_lock);
	fd_install(fd, file);
}

/* file (with a reference the caller took) on a new descriptor >= start. */
/// §5.7：把 file（调用者已为它加了引用）装到 >= start 的新描述符上。2.4.0: fs/fcntl.c dupfd()
static int dupfd(struct file *file, int start)
{
	struct files_struct *files = current->files;
	int ret;

	ret = locate_fd(files, file, start);
	if (ret < 0)
		goto out_putf;
	allocate_fd(files, file, ret);
	return ret;

out_putf:
	write_unlock(&files->file_lock);
	fput(file);
	return ret;
}

/* dup2(oldfd, newfd): newfd now names oldfd's file; it was closed first. */
/// §5.7：系统调用 dup2（63）：让 newfd 也指向 oldfd 的文件，newfd 原来开着的文件先关掉。2.4.0: fs/fcntl.c sys_dup2()
asmlinkage long sys_dup2(unsigned int oldfd, unsigned int newfd)
{
	int err = -EBADF;
	struct file *file, *tofree;
	struct files_struct *files = current->files;

	write_lock(&files->file_lock);
	if (!(file = fcheck(oldfd)))
		goto out_unlock;
	err = newfd;
	if (newfd == oldfd)
		goto out_unlock;
	err = -EBADF;
	if (newfd >= INR_OPEN)
		goto out_unlock;
	get_file(file);

	/* 2.4.0 grows the table here (expand_files). */
	err = -EMFILE;
	if (newfd >= files->max_fds)
		goto out_fput;

	err = -EBUSY;
	tofree = files->fd[newfd];
	if (!tofree && FD_ISSET(newfd, files->open_fds))
		goto out_fput;

	files->fd[newfd] = file;
	FD_SET(newfd, files->open_fds);
	FD_CLR(newfd, files->close_on_exec);
	write_unlock(&files->file_lock);

	if (tofree)
		filp_close(tofree, files);
	err = newfd;
out:
	return err;
out_unlock:
	write_unlock(&files->file_lock);
	goto out;

out_fput:
	write_unlock(&files->file_lock);
	fput(file);
	goto out;
}

/* dup(fd): the lowest free descriptor names fd's file too. */
/// §5.7：系统调用 dup（41）：最小的空闲描述符。2.4.0: fs/fcntl.c sys_dup()
asmlinkage long sys_dup(unsigned int fildes)
{
	int ret = -EBADF;
	struct file *file = fget(fildes);

	if (file)
		ret = dupfd(file, 0);
	return ret;
}
