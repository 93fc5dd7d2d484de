/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The /proc file system: a tree of proc_dir_entry records for the fixed
 * files (/proc/meminfo), and the <pid> directories made on demand from
 * the task list (/proc/<pid>/maps, /proc/self).
 * Follows Linux 2.4.0 include/linux/proc_fs.h.  Port: only meminfo and
 * <pid>/maps; entries are looked up by fs/namei.c's hook, not mounted.
 */
#ifndef _LINUX_PROC_FS_H
#define _LINUX_PROC_FS_H

#include <linux/types.h>
#include <linux/fs.h>

/* The inode number of /proc itself; pid inodes are (pid << 16) | type. */
#define PROC_ROOT_INO	1

/* Is this a fixed entry's inode (not one of a <pid> directory)? */
#define PROC_INODE_PROPER(inode)	(((inode)->i_ino & ~0xffff) == 0)

/*
 * read_proc fills page with the text from offset off on (at most count
 * bytes), points *start at it and sets *eof at the end of the file.
 */
typedef int (read_proc_t)(char *page, char **start, off_t off, int count,
			  int *eof, void *data);
typedef int (write_proc_t)(struct file *file, const char *buffer,
			   unsigned long count, void *data);
typedef int (get_info_t)(char *, char **, off_t, int);

struct proc_dir_entry {
	unsigned short low_ino;
	unsigned short namelen;
	const char *name;
	mode_t mode;
	unsigned short nlink;		/* nlink_t */
	unsigned long size;
	struct file_operations *proc_fops;
	get_info_t *get_info;
	struct proc_dir_entry *next, *parent, *subdir;
	void *data;
	read_proc_t *read_proc;
	write_proc_t *write_proc;
};

extern struct proc_dir_entry proc_root;

/* fs/proc/root.c, proc_misc.c */
extern void proc_root_init(void);
extern void proc_misc_init(void);
extern struct dentry *proc_root_lookup(struct dentry *, const char *, int);
extern struct dentry *proc_lookup_path(const char *);

/* fs/proc/generic.c */
extern struct proc_dir_entry *create_proc_entry(const char *name,
						mode_t mode,
						struct proc_dir_entry *parent);
extern struct dentry *proc_lookup(struct dentry *, const char *, int);
extern struct file_operations proc_dir_operations;

/* fs/proc/inode.c */
extern struct dentry *proc_new_dentry(struct dentry *, const char *, int);
extern struct dentry *proc_get_inode(struct dentry *, const char *, int,
				     struct proc_dir_entry *);

/* fs/proc/base.c, array.c */
extern struct dentry *proc_pid_lookup(struct dentry *, const char *, int);
extern struct dentry *proc_base_lookup(struct dentry *, const char *, int);
extern ssize_t proc_pid_read_maps(struct task_struct *, struct file *,
				  char *, size_t, loff_t *);

static inline struct proc_dir_entry *
create_proc_read_entry(const char *name, mode_t mode,
		       struct proc_dir_entry *base, read_proc_t *read_proc,
		       void *data)
{
	struct proc_dir_entry *res = create_proc_entry(name, mode, base);

	if (res) {
		res->read_proc = read_proc;
		res->data = data;
	}
	return res;
}

#endif /* _LINUX_PROC_FS_H */
