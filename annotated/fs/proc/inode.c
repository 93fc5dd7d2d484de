// SPDX-License-Identifier: GPL-2.0-only
/*
 * /proc inodes: made for a lookup, given back with the last reference.
 * An inode of a fixed entry points at its proc_dir_entry; an inode of a
 * <pid> directory holds a reference on the task_struct (base.c).
 * Follows Linux 2.4.0 fs/proc/inode.c.  Port: no super block and no
 * inode hash: each lookup makes a dentry (d_alloc) and a new
 * inode (new_inode), and dput() frees both when the last user is gone;
 * a <pid> inode's task goes through the entry's d_iput.
 */
/// 第5章（文件系统）：/proc 的索引节点。2.4.0: fs/proc/inode.c。
/// 与 2.4.0 不同：没有超级块和索引节点的杂凑表，每次查找用公共的 d_alloc 与 new_inode 新做一对目录项+索引节点，最后一个引用放掉时经 d_op 一起释放。
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/proc_fs.h>

/* Unused /proc entries are never kept: a pid may go away. */
/// §5.5：/proc 的目录项不留缓存。2.4.0: fs/proc/base.c pid_delete_dentry()、fs/proc/root.c 的 proc_dentry_operations
/// 进程随时可能消失，留着它的目录项没有意义；返回 1 让 dput 在最后一个引用消失时就释放。
static int proc_delete_dentry(struct dentry *dentry)
{
	return 1;
}

/* The entry's inode is let go: a <pid> inode drops its task first. */
/// §5.5：放掉 /proc 目录项的索引节点。2.4.0: fs/proc/inode.c proc_delete_inode()
/// 2.4.0 在 iput 的最后一步区分两种索引节点：固定表项（PROC_INODE_PROPER）放掉表项的引用，<pid> 下的放掉 task_struct 的引用（free_task_struct）。
/// 与 2.4.0 不同：本移植的 iput 不认识文件系统（没有 super_operations），所以这一步放在目录项的 d_iput 里，由 dentry_iput 调用，然后才 iput。
static void proc_dentry_iput(struct dentry *dentry, struct inode *inode)
{
	if (!PROC_INODE_PROPER(inode) && inode->u.proc_i.task)
		free_task_struct(inode->u.proc_i.task);
	inode->u.proc_i.task = NULL;
	iput(inode);
}

static struct dentry_operations proc_dentry_operations = {
	.d_delete = proc_delete_dentry,
	.d_iput = proc_dentry_iput,
};

/*
 * A new entry called name (len bytes) in directory parent, with an
 * empty inode, one reference, and a reference held on the parent.
 * Hashed while in use; its last dput frees it (proc_delete_dentry).
 */
/// §5.2：为一次查找做一个新的目录项和索引节点。2.4.0: 无（本移植新增），相当于 d_alloc + get_empty_inode + d_add
/// 目录项来自公共的目录项缓存（d_alloc，持有父目录的一个引用），挂进杂凑表；d_op 的 d_delete 答 1，所以最后一个 dput 就把它摘下并释放。
struct dentry *proc_new_dentry(struct dentry *parent, const char *name,
			       int len)
{
	struct qstr this;
	struct dentry *dentry;
	struct inode *inode;

	this.name = (const unsigned char *) name;
	this.len = len;
	this.hash = full_name_hash(this.name, len);
	dentry = d_alloc(parent, &this);
	if (!dentry)
		return ERR_PTR(-ENOMEM);
	inode = new_inode(NULL);
	if (!inode) {
		dput(dentry);
		return ERR_PTR(-ENOMEM);
	}
	dentry->d_op = &proc_dentry_operations;
	d_add(dentry, inode);
	return dentry;
}

/* The entry for a fixed /proc file or directory de. */
/// §5.2：固定表项（proc_dir_entry）的索引节点。2.4.0: fs/proc/inode.c proc_get_inode()
/// 索引节点号、模式、大小、文件操作都取自表项，u.generic_ip 指回表项，读的时候 proc_file_read 由它找到 read_proc。
struct dentry *proc_get_inode(struct dentry *parent, const char *name,
			      int len, struct proc_dir_entry *de)
{
	struct dentry *dentry = proc_new_dentry(parent, name, len);
	struct inode *inode;

	if (IS_ERR(dentry))
		return dentry;
	inode = dentry->d_inode;
	inode->i_ino = de->low_ino;
	inode->i_mode = de->mode;
	inode->i_size = de->size;
	inode->i_fop = de->proc_fops;
	inode->u.generic_ip = de;
	return dentry;
}
