// SPDX-License-Identifier: GPL-2.0-only
/*
 * The <pid> directories of /proc: "/proc/123" for a live process,
 * "/proc/self" for the caller, and the files in such a directory
 * (here only "maps").  Each inode of a <pid> directory holds a
 * reference on the process's task_struct, so the text can still be
 * asked for after the process is gone (it is then empty).
 * Follows Linux 2.4.0 fs/proc/base.c.  Port: only "maps"; "self" is
 * resolved to the caller's directory during the lookup (2.4.0 makes it
 * a symbolic link, and the port has no readlink()).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/stat.h>
#include <linux/fs.h>
#include <linux/proc_fs.h>

/* The low 16 bits of a <pid> inode's number (port's values). */
enum pid_directory_inos {
	PROC_PID_INO = 2,	/* the directory itself */
	PROC_PID_MAPS,
};

struct pid_entry {
	int type;
	int len;
	const char *name;
	mode_t mode;
};

#define E(type, name, mode)	{ (type), sizeof(name) - 1, (name), (mode) }
static struct pid_entry base_stuff[] = {
	E(PROC_PID_MAPS, "maps", S_IFREG | S_IRUGO),
	{ 0, 0, NULL, 0 }
};
#undef E

/* The process a <pid> inode belongs to. */
static inline struct task_struct *proc_task(struct inode *inode)
{
	return inode->u.proc_i.task;
}

/* read() of /proc/<pid>/maps. */
static ssize_t pid_maps_read(struct file *file, char *buf, size_t count,
			     loff_t *ppos)
{
	struct inode *inode = file->f_dentry->d_inode;

	return proc_pid_read_maps(proc_task(inode), file, buf, count, ppos);
}

static struct file_operations proc_maps_operations = {
	.read = pid_maps_read,
};

/*
 * An entry of task's directory (or the directory itself): the inode
 * number says which, and the inode keeps task's task_struct alive.
 */
static struct dentry *proc_pid_make_inode(struct dentry *parent,
					  const char *name, int len,
					  struct task_struct *task, int ino)
{
	struct dentry *dentry = proc_new_dentry(parent, name, len);
	struct inode *inode;

	if (IS_ERR(dentry))
		return dentry;
	inode = dentry->d_inode;
	inode->i_ino = (task->pid << 16) | ino;
	inode->u.proc_i.task = task;
	inode->u.proc_i.type = ino;
	get_task_struct(task);
	return dentry;
}

/* A file in a <pid> directory: one of base_stuff, else -ENOENT. */
struct dentry *proc_base_lookup(struct dentry *dir, const char *name,
				int len)
{
	struct task_struct *task = proc_task(dir->d_inode);
	struct pid_entry *p;
	struct dentry *dentry;
	struct inode *inode;

	for (p = base_stuff; p->name; p++)
		if (p->len == len && !memcmp(name, p->name, len))
			break;
	if (!p->name)
		return ERR_PTR(-ENOENT);

	dentry = proc_pid_make_inode(dir, name, len, task, p->type);
	if (IS_ERR(dentry))
		return dentry;
	inode = dentry->d_inode;
	inode->i_mode = p->mode;
	switch (p->type) {
	case PROC_PID_MAPS:
		inode->i_fop = &proc_maps_operations;
		break;
	}
	return dentry;
}

/*
 * A decimal pid with no leading zero and no overflow, or "self" for the
 * caller; 0 if name is neither.
 */
static int proc_name_to_pid(const char *name, int len)
{
	int pid = 0;
	int i;

	if (len == 4 && !memcmp(name, "self", 4))
		return current->pid;
	if (len == 0 || name[0] == '0')
		return 0;
	for (i = 0; i < len; i++) {
		if (name[i] < '0' || name[i] > '9')
			return 0;
		if (pid > (0x7fffffff - 9) / 10)
			return 0;
		pid = pid * 10 + name[i] - '0';
	}
	return pid;
}

/* The directory of a live process, or -ENOENT. */
struct dentry *proc_pid_lookup(struct dentry *dir, const char *name,
			       int len)
{
	struct task_struct *task = NULL;
	struct dentry *dentry;
	int pid = proc_name_to_pid(name, len);

	if (pid) {
		read_lock(&tasklist_lock);
		task = find_task_by_pid(pid);
		if (task != NULL)
			get_task_struct(task);	/* held while we allocate */
		read_unlock(&tasklist_lock);
	}
	if (task == NULL)
		return ERR_PTR(-ENOENT);

	dentry = proc_pid_make_inode(dir, name, len, task, PROC_PID_INO);
	free_task_struct(task);
	if (IS_ERR(dentry))
		return dentry;
	dentry->d_inode->i_mode = S_IFDIR | S_IRUGO | S_IXUGO;
	dentry->d_inode->i_fop = &proc_dir_operations;
	return dentry;
}
