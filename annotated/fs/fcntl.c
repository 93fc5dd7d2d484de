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
	unsigned long limit;
	unsigned int fd;
	int from;

	write_lock(&files->file_lock);
	limit = current->rlim[RLIMIT_NOFILE].rlim_cur;
	if (orig_start >= limit)
		return -EINVAL;

	/* Nothing below next_fd is free: begin the search there at least. */
	/// next_fd 以下没有空闲的描述符，所以搜索起点取 orig_start 与 next_fd 中大的一个。
	from = orig_start < files->next_fd ? files->next_fd : orig_start;
	fd = from;
	if (from < files->max_fdset)
		fd = find_next_zero_bit(files->open_fds->fds_bits,
					files->max_fdset, from);
	if (fd >= limit)
		return -EMFILE;
	/* 2.4.0 grows the table here (expand_files). */
	if (fd >= files->max_fds)
		return -EMFILE;

	/* Searched from next_fd: everything up to fd is now taken. */
	/// 只有从 next_fd 开始搜索时，才知道 fd 以下全被占用，可以把 next_fd 推到 fd + 1。
	if (from <= files->next_fd)
		files->next_fd = fd + 1;
	return fd;
}

/// §5.7：占用描述符 fd 并装入文件。2.4.0: fs/fcntl.c allocate_fd()
static inline void allocate_fd(struct files_struct *files,
			       struct file *file, int fd)
{
	/* A fresh descriptor: kept across exec, and in use. */
	FD_CLR(fd, files->close_on_exec);
	FD_SET(fd, files->open_fds);
	write_unlock(&files->file_lock);	/* taken in locate_fd() */
	fd_install(fd, file);
}

/* file (with a reference the caller took) on a new descriptor >= start. */
/// §5.7：把 file（调用者已为它加了引用）装到 >= start 的新描述符上。2.4.0: fs/fcntl.c dupfd()
static int dupfd(struct file *file, int start)
{
	struct files_struct *table = current->files;
	int fd;

	fd = locate_fd(table, file, start);
	if (fd >= 0) {
		allocate_fd(table, file, fd);
		return fd;
	}
	/// 失败时 locate_fd 也是带着锁返回的，在这里解锁，并放掉 sys_dup 用 fget 取得的引用。
	/* No slot: the lock locate_fd() took, and the caller's reference. */
	write_unlock(&table->file_lock);
	fput(file);
	return fd;
}

/* dup2(oldfd, newfd): newfd now names oldfd's file; it was closed first. */
/// §5.7：系统调用 dup2（63）：让 newfd 也指向 oldfd 的文件，newfd 原来开着的文件先关掉。2.4.0: fs/fcntl.c sys_dup2()
asmlinkage long sys_dup2(unsigned int oldfd, unsigned int newfd)
{
	struct files_struct *table = current->files;
	struct file *src, *victim;
	long ret;

	write_lock(&table->file_lock);
	src = fcheck(oldfd);
	if (!src)
		ret = -EBADF;
	else if (newfd == oldfd)
		ret = newfd;		/* nothing to do: oldfd is open */
	/// 先检查 oldfd：oldfd 无效时即使 newfd == oldfd 也是 -EBADF。
	else if (newfd >= INR_OPEN)
		ret = -EBADF;
	else
		goto take;
	write_unlock(&table->file_lock);
	return ret;

take:
	get_file(src);
	/* 2.4.0 grows the table here (expand_files). */
	if (newfd >= table->max_fds) {
		ret = -EMFILE;
		goto drop;
	}
	victim = table->fd[newfd];
	/* Reserved by an open() that has not installed its file yet. */
	/// 位图里占着而指针还空：另一个线程的 open 刚用 get_unused_fd 占住它、还没 fd_install，返回 -EBUSY。
	if (!victim && FD_ISSET(newfd, table->open_fds)) {
		ret = -EBUSY;
		goto drop;
	}
	table->fd[newfd] = src;
	FD_SET(newfd, table->open_fds);
	FD_CLR(newfd, table->close_on_exec);
	write_unlock(&table->file_lock);

	/* What newfd named before is closed outside the lock. */
	/// newfd 原来的文件在解锁之后才关闭：flush、release 方法可能睡眠。
	if (victim)
		filp_close(victim, table);
	return newfd;

drop:
	write_unlock(&table->file_lock);
	fput(src);
	return ret;
}

/* dup(fd): the lowest free descriptor names fd's file too. */
/// §5.7：系统调用 dup（41）：最小的空闲描述符。2.4.0: fs/fcntl.c sys_dup()
asmlinkage long sys_dup(unsigned int fildes)
{
	struct file *f = fget(fildes);

	if (!f)
		return -EBADF;
	return dupfd(f, 0);
}
