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
/// 第5章（文件系统）、§2.3：/proc/<pid> 目录与其中的文件。2.4.0: fs/proc/base.c。
/// 与 2.4.0 不同：目录里只有 maps（2.4.0 还有 status、stat、statm、mem、cmdline、environ、cwd、root、exe、fd 等）；
/// “self”在查找时直接解析（见 Documentation/deviations.md）。
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/stat.h>
#include <linux/fs.h>
#include <linux/proc_fs.h>

/* The low 16 bits of a <pid> inode's number (port's values). */
/// <pid> 索引节点号的低 16 位。2.4.0 的 enum 还有 status、mem、cwd、exe、fd 等项，本移植只有目录本身和 maps，数值是本移植自定的。
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
/// §5.2：<pid> 索引节点所属的进程。2.4.0: fs/proc/base.c 的 inode->u.proc_i.task（proc_task 宏）
static inline struct task_struct *proc_task(struct inode *inode)
{
	return inode->u.proc_i.task;
}

/* read() of /proc/<pid>/maps. */
/// §5.6：读 /proc/<pid>/maps。2.4.0: fs/proc/base.c 的 proc_maps_operations（read 指向 array.c 的 proc_pid_read_maps）
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
/// §5.2：<pid> 目录里的一个索引节点。2.4.0: fs/proc/base.c proc_pid_make_inode()
/// 索引节点号 = (pid << 16) | 类型，所以 PROC_INODE_PROPER（高 16 位为 0）能把它和固定表项区分开；
/// get_task_struct 给进程的 task_struct 所在页面加一个引用：进程退出后结构仍在，读 maps 得到空文件而不是野指针。
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
/// §5.2：在 <pid> 目录里查一个文件。2.4.0: fs/proc/base.c proc_base_lookup()
/// 按 base_stuff 表比名字；本移植只有“maps”。找不到是 -ENOENT。
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
/// §5.2：名字到进程号。2.4.0: fs/proc/base.c proc_pid_lookup() 的前半
/// “self”是调用者自己；否则必须是不以 0 开头的十进制数，溢出就不是进程号。
/// 与 2.4.0 不同：2.4.0 的“self”是一个符号链接，readlink 得到“<pid>”，跟随它再查；本移植没有 readlink()，查找时直接换成调用者的进程号。
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
/// §5.2：/proc/<pid> 目录。2.4.0: fs/proc/base.c proc_pid_lookup()
/// 在 tasklist_lock 下按 pid 杂凑表找进程并先拿一个 task_struct 引用，放锁后再分配（分配可能睡眠）；
/// proc_pid_make_inode 自己又拿一个，这里放掉先拿的那个。找不到进程：-ENOENT。
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
