// SPDX-License-Identifier: GPL-2.0-only
/*
 * Duplicating descriptors: dup() takes the lowest free one, dup2() the
 * one asked for (closing what was there).  Both share the struct file.
 * Chapter 5 (files).  Follows Linux 2.4.0 fs/fcntl.c (fcntl() itself is
 * not ported).
 */
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
	if (from <= files->next_fd)
		files->next_fd = fd + 1;
	return fd;
}

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
static int dupfd(struct file *file, int start)
{
	struct files_struct *table = current->files;
	int fd;

	fd = locate_fd(table, file, start);
	if (fd >= 0) {
		allocate_fd(table, file, fd);
		return fd;
	}
	/* No slot: the lock locate_fd() took, and the caller's reference. */
	write_unlock(&table->file_lock);
	fput(file);
	return fd;
}

/* dup2(oldfd, newfd): newfd now names oldfd's file; it was closed first. */
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
	if (!victim && FD_ISSET(newfd, table->open_fds)) {
		ret = -EBUSY;
		goto drop;
	}
	table->fd[newfd] = src;
	FD_SET(newfd, table->open_fds);
	FD_CLR(newfd, table->close_on_exec);
	write_unlock(&table->file_lock);

	/* What newfd named before is closed outside the lock. */
	if (victim)
		filp_close(victim, table);
	return newfd;

drop:
	write_unlock(&table->file_lock);
	fput(src);
	return ret;
}

/* dup(fd): the lowest free descriptor names fd's file too. */
asmlinkage long sys_dup(unsigned int fildes)
{
	struct file *f = fget(fildes);

	if (!f)
		return -EBADF;
	return dupfd(f, 0);
}
