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
static int proc_delete_dentry(struct dentry *dentry)
{
	return 1;
}

/* The entry's inode is let go: a <pid> inode drops its task first. */
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
