// SPDX-License-Identifier: GPL-2.0-only
/*
 * /proc inodes: made for a lookup, given back with the last reference.
 * An inode of a fixed entry points at its proc_dir_entry; an inode of a
 * <pid> directory holds a reference on the task_struct (base.c).
 * Follows Linux 2.4.0 fs/proc/inode.c.  Port: no super block and no
 * inode cache: each lookup makes a dentry and its inode in one block
 * (proc_new_dentry) that dput() frees when the last user is gone.
 */
/// 第5章（文件系统）：/proc 的索引节点。2.4.0: fs/proc/inode.c。
/// 与 2.4.0 不同：没有超级块和索引节点缓存，每次查找新做一对目录项+索引节点，最后一个引用放掉时释放。
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/proc_fs.h>

/* Port: one allocation for an entry, its inode and its name. */
struct proc_node {
	struct dentry dentry;
	struct inode inode;
	char name[16];
};

/* Unused /proc entries are never kept: a pid may go away. */
/// §5.5：/proc 的目录项不留缓存。2.4.0: fs/proc/base.c pid_delete_dentry()、fs/proc/root.c 的 proc_dentry_operations
/// 进程随时可能消失，留着它的目录项没有意义；返回 1 让 dput 在最后一个引用消失时就释放。
static int proc_delete_dentry(struct dentry *dentry)
{
	return 1;
}

/* The last reference is gone: drop the task, free the block. */
/// §5.5：释放 /proc 的目录项与索引节点。2.4.0: fs/proc/inode.c proc_delete_inode()
/// 2.4.0 在 iput 的最后一步区分两种索引节点：固定表项（PROC_INODE_PROPER）放掉表项的引用，<pid> 下的放掉 task_struct 的引用（free_task_struct）。
/// 与 2.4.0 不同：目录项和索引节点在同一块内存里（proc_node），一起 kfree。
static void proc_release_dentry(struct dentry *dentry)
{
	struct proc_node *node = (struct proc_node *) dentry;
	struct inode *inode = &node->inode;

	if (!PROC_INODE_PROPER(inode) && inode->u.proc_i.task)
		free_task_struct(inode->u.proc_i.task);
	kfree(node);
}

static struct dentry_operations proc_dentry_operations = {
	.d_delete = proc_delete_dentry,
	.d_release = proc_release_dentry,
};

/*
 * A new entry called name (len bytes) in directory parent, with an
 * empty inode, one reference, and a reference held on the parent.
 */
/// §5.2：为一次查找做一个新的目录项和索引节点。2.4.0: 无（本移植新增），相当于 d_alloc + get_empty_inode + d_add
/// 新目录项持有父目录的一个引用（与 2.4.0 的 d_alloc 一样），名字拷进块里自带的 name[]；/proc 的名字都很短（“meminfo”、pid、“maps”）。
struct dentry *proc_new_dentry(struct dentry *parent, const char *name,
			       int len)
{
	struct proc_node *node;
	struct inode *inode;

	if (len >= (int) sizeof(node->name))
		return ERR_PTR(-ENAMETOOLONG);
	node = kmalloc(sizeof(*node), GFP_KERNEL);
	if (!node)
		return ERR_PTR(-ENOMEM);
	memset(node, 0, sizeof(*node));
	memcpy(node->name, name, len);

	inode = &node->inode;
	atomic_set(&inode->i_count, 1);
	inode->i_mapping = &inode->i_data;
	INIT_LIST_HEAD(&inode->i_data.clean_pages);
	INIT_LIST_HEAD(&inode->i_data.dirty_pages);
	INIT_LIST_HEAD(&inode->i_data.locked_pages);
	inode->i_data.host = inode;
	inode->i_data.i_shared_lock = SPIN_LOCK_UNLOCKED;

	atomic_set(&node->dentry.d_count, 1);
	node->dentry.d_inode = inode;
	node->dentry.d_parent = dget(parent);
	node->dentry.d_name.name = (unsigned char *) node->name;
	node->dentry.d_name.len = len;
	node->dentry.d_op = &proc_dentry_operations;
	return &node->dentry;
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
