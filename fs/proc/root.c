// SPDX-License-Identifier: GPL-2.0-only
/*
 * The root of /proc: its entry, start-up (proc_root_init), and lookups
 * in it: a fixed entry by name first, else a process by pid or "self".
 * Follows Linux 2.4.0 fs/proc/root.c.  Port: /proc is not a mounted
 * file system (no register_filesystem, no kern_mount): fs/namei.c hands
 * any name under "/proc" to proc_lookup_path(), which walks it here.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/stat.h>
#include <linux/fs.h>
#include <linux/proc_fs.h>

struct proc_dir_entry proc_root = {
	.low_ino = PROC_ROOT_INO,
	.namelen = 5,
	.name = "/proc",
	.mode = S_IFDIR | S_IRUGO | S_IXUGO,
	.nlink = 2,
	.proc_fops = &proc_dir_operations,
	.parent = &proc_root,
};

static struct inode proc_root_inode = {
	.i_ino = PROC_ROOT_INO,
	.i_count = ATOMIC_INIT(1),
	.i_mode = S_IFDIR | S_IRUGO | S_IXUGO,
	.i_fop = &proc_dir_operations,
	.u.generic_ip = &proc_root,
};

/* Port: the directory /proc, kept for ever (dput never frees it). */
static struct dentry proc_root_dentry = {
	.d_count = ATOMIC_INIT(1),
	.d_inode = &proc_root_inode,
	.d_parent = &proc_root_dentry,
	.d_hash = LIST_HEAD_INIT(proc_root_dentry.d_hash),
	.d_child = LIST_HEAD_INIT(proc_root_dentry.d_child),
	.d_subdirs = LIST_HEAD_INIT(proc_root_dentry.d_subdirs),
	.d_name = { (const unsigned char *) "proc", 4, 0 },
};

void __init proc_root_init(void)
{
	proc_misc_init();
}

/* A name in /proc: a fixed entry, or a process directory. */
struct dentry *proc_root_lookup(struct dentry *dir, const char *name,
				int len)
{
	struct dentry *found = proc_lookup(dir, name, len);

	if (!IS_ERR(found))
		return found;
	return proc_pid_lookup(dir, name, len);
}

/* Port: the lookup method of the directory dir's inode. */
static struct dentry *proc_dir_lookup(struct dentry *dir, const char *name,
				      int len)
{
	struct inode *inode = dir->d_inode;

	if (!S_ISDIR(inode->i_mode))
		return ERR_PTR(-ENOTDIR);
	if (dir == &proc_root_dentry)
		return proc_root_lookup(dir, name, len);
	if (!PROC_INODE_PROPER(inode))
		return proc_base_lookup(dir, name, len);
	return proc_lookup(dir, name, len);
}

/*
 * Port: walk path (what follows "/proc" in a name) one component at a
 * time from /proc.  Returns the entry with one reference; NULL if only
 * the last name is missing (its directory is there); else ERR_PTR:
 * -ENOENT, or -ENOTDIR when a component that is not a directory is
 * followed by more.
 */
struct dentry *proc_lookup_path(const char *path)
{
	struct dentry *dir = dget(&proc_root_dentry);
	struct dentry *next;
	int len;

	for (;;) {
		const char *name = path;

		while (*path == '/')
			path++;
		if (!*path) {
			/* "meminfo/": only a directory may end in a slash */
			if (path != name && !S_ISDIR(dir->d_inode->i_mode)) {
				dput(dir);
				return ERR_PTR(-ENOTDIR);
			}
			return dir;
		}
		for (len = 0; path[len] && path[len] != '/'; len++)
			;
		next = proc_dir_lookup(dir, path, len);
		dput(dir);
		path += len;
		if (IS_ERR(next)) {
			while (*path == '/')
				path++;
			if (PTR_ERR(next) == -ENOENT && !*path)
				return NULL;
			return next;
		}
		dir = next;
	}
}
