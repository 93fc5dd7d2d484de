/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Open files by descriptor: the current task's table (files_struct),
 * taking and dropping references.
 * 情景分析 §2.13; chapter 5 (files).  Follows Linux 2.4.0
 * include/linux/file.h.
 */
#ifndef __LINUX_FILE_H
#define __LINUX_FILE_H

#include <linux/sched.h>

struct file;

/* Drop a reference; the last one closes the file. */
extern void fput(struct file *);

/* The file open on descriptor fd with a reference taken, or NULL. */
extern struct file *fget(unsigned int fd);

/* fs/open.c: the lowest free descriptor, marked in use (or -EMFILE). */
extern int get_unused_fd(void);

/* The file on fd in files, no reference taken (the caller holds the lock). */
static inline struct file *fcheck_files(struct files_struct *files,
					unsigned int fd)
{
	if (fd >= files->max_fds)
		return NULL;
	return files->fd[fd];
}

static inline struct file *fcheck(unsigned int fd)
{
	return fcheck_files(current->files, fd);
}

/* Give back a descriptor that get_unused_fd() handed out but never got a file. */
static inline void put_unused_fd(unsigned int fd)
{
	struct files_struct *table = current->files;

	write_lock(&table->file_lock);
	FD_CLR(fd, table->open_fds);
	/* the next search for a free slot may start this low again */
	table->next_fd = fd < table->next_fd ? fd : table->next_fd;
	write_unlock(&table->file_lock);
}

/* Bind file to a descriptor from get_unused_fd() (the reference moves in). */
static inline void fd_install(unsigned int fd, struct file *file)
{
	struct files_struct *table = current->files;
	struct file **slot;

	write_lock(&table->file_lock);
	slot = &table->fd[fd];
	if (*slot != NULL)
		BUG();	/* get_unused_fd() hands out empty slots only */
	*slot = file;
	write_unlock(&table->file_lock);
}

#endif /* __LINUX_FILE_H */
