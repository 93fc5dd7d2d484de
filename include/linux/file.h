/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Finding an open file by descriptor and dropping a reference to it.
 * 情景分析 §2.13.  Follows Linux 2.4.0 include/linux/file.h.
 */
#ifndef __LINUX_FILE_H
#define __LINUX_FILE_H

struct file;

/* Drop a reference; the last one closes the file. */
extern void fput(struct file *);

/* The file open on descriptor fd with a reference taken, or NULL. */
extern struct file *fget(unsigned int fd);

#endif /* __LINUX_FILE_H */
