// SPDX-License-Identifier: GPL-2.0-only
/*
 * The root of /proc: its entry, start-up (proc_root_init), and lookups
 * in it: a fixed entry by name first, else a process by pid or "self".
 * Follows Linux 2.4.0 fs/proc/root.c.  Port: /proc is not a mounted
 * file system (no register_filesystem, no kern_mount): fs/namei.c hands
 * any name under "/proc" to proc_lookup_path(), which walks it here.
 */
/// 第5章（文件系统）：/proc 的根目录。2.4.0: fs/proc/root.c。
/// 与 2.4.0 不同：/proc 不是安装上去的文件系统。fs/namei.c 的 lookup_special 把“/proc”开头的名字交给 proc_lookup_path，在这里逐段查找（见 Documentation/deviations.md）。
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/stat.h>
#include <linux/fs.h>
#include <linux/proc_fs.h>

/// /proc 目录本身的表项。2.4.0 的 proc_root 的索引节点号是 PROC_ROOT_INO（1），自己是自己的父项。
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
/// 本移植：/proc 没有被安装，它的目录项静态存在、计数从 1 起，永不释放；它是自己的父目录，
/// 所以 d_path 不会走出 /proc（/proc 的文件又不能被 mmap，maps 里不会出现它们）。
static struct dentry proc_root_dentry = {
	.d_count = ATOMIC_INIT(1),
	.d_inode = &proc_root_inode,
	.d_parent = &proc_root_dentry,
	.d_hash = LIST_HEAD_INIT(proc_root_dentry.d_hash),
	.d_child = LIST_HEAD_INIT(proc_root_dentry.d_child),
	.d_subdirs = LIST_HEAD_INIT(proc_root_dentry.d_subdirs),
	.d_name = { (const unsigned char *) "proc", 4, 0 },
};

/// §5.4（对照文件系统的安装）：/proc 的初始化。2.4.0: fs/proc/root.c proc_root_init()
/// start_kernel 在 kmem_cache_sizes_init 之后、fork_init 之前调用它（kmalloc 已可用）。2.4.0 还在这里 register_filesystem、
/// kern_mount，并建 net、sysvipc、fs、driver 等子目录；本移植只建 proc_misc_init 里的 meminfo。
void __init proc_root_init(void)
{
	proc_misc_init();
}

/* A name in /proc: a fixed entry, or a process directory. */
/// §5.2：在 /proc 目录里查一个名字。2.4.0: fs/proc/root.c proc_root_lookup()
/// 先查固定表项（proc_lookup），查不到再当作进程号（或“self”）查 <pid> 目录：两步的先后与 2.4.0 相同。
struct dentry *proc_root_lookup(struct dentry *dir, const char *name,
				int len)
{
	struct dentry *found = proc_lookup(dir, name, len);

	if (!IS_ERR(found))
		return found;
	return proc_pid_lookup(dir, name, len);
}

/* Port: the lookup method of the directory dir's inode. */
/// §5.2：目录的 lookup 方法。2.4.0: 无（本移植新增），代替 inode->i_op->lookup
/// 本移植的索引节点没有 i_op，这里按目录种类分派：/proc 本身、<pid> 目录（索引节点号高 16 位是 pid）、其它固定目录。
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
/// §5.2：把“/proc”后面的路径逐段查下去。2.4.0: 无（本移植新增），相当于 path_walk 走进 /proc 之后的部分
/// 每一段都由上一级目录查出，得到的新目录项持有上一级的引用，所以查完这一段就可以放掉对上一级的引用。
/// 只差最后一段不存在时返回 NULL（目录在，名字不在），fs/namei.c 据此区分 -ENOENT 与 O_CREAT 时的 -EACCES。
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
			/// 名字以“/”结尾，最后一段却不是目录：-ENOTDIR，和 2.4.0 的 path_walk 一样。
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
