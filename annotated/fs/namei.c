// SPDX-License-Identifier: GPL-2.0-only
/*
 * Names: copying a path name in from user space (getname), looking it up
 * (open_namei), and the write/deny-write arbitration on an inode: a
 * running program's file (MAP_DENYWRITE) cannot be opened for writing
 * and the other way round.
 * Chapter 5 (files); §2.13 (MAP_DENYWRITE).
 * Follows Linux 2.4.0 fs/namei.c.  Port: there is no directory tree:
 * the names are "/dev/console" and the files of the initrd (fs/initrd.c),
 * looked up with or without a leading "/"; everything is read-only
 * except the console.
 */
/// §5.2 从路径名到目标节点；§2.13（MAP_DENYWRITE）。2.4.0 的 fs/namei.c：把用户给的路径名拷进内核（getname）、
/// 查找（open_namei），以及写入与“拒绝写入”的仲裁：正在运行的程序文件（以 MAP_DENYWRITE 映射）不能以写方式打开，反之亦然。
/// 与 2.4.0 不同：没有目录树和 dentry 缓存。名字空间只有 “/dev/console” 和 initrd 里的文件（fs/initrd.c），
/// 名字前面有没有 “/” 都可以；除了控制台，一切都是只读的。
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/proc_fs.h>
#include <linux/spinlock.h>
#include <asm/uaccess.h>

#define PATH_MAX	4095	/* chars in a path name, without the NUL */

/* The access an open asks for: MAY_READ 4, MAY_WRITE 2, by O_ACCMODE. */
#define MAY_WRITE	2
#define ACC_MODE(x)	("\000\004\002\006"[(x) & O_ACCMODE])

extern struct dentry *initrd_lookup(const char *name);
extern struct dentry console_dentry;

static spinlock_t arbitration_lock = SPIN_LOCK_UNLOCKED;

/*
 * i_writecount > 0: that many writers; < 0: that many deny-write
 * mappers.  Refuse with -ETXTBSY while someone writes.
 */
/// §2.13：以 MAP_DENYWRITE 映射可执行文件前调用。2.4.0: fs/namei.c deny_write_access()
/// i_writecount 大于 0 表示有这么多写者，小于 0 表示有这么多“拒绝写入”的映射；有写者时返回 -ETXTBSY。
int deny_write_access(struct file *file)
{
	struct inode *ino = file->f_dentry->d_inode;
	int err = 0;

	spin_lock(&arbitration_lock);
	if (atomic_read(&ino->i_writecount) > 0)
		err = -ETXTBSY;
	else
		atomic_dec(&ino->i_writecount);	/* one more denier */
	spin_unlock(&arbitration_lock);
	return err;
}

/* A writer: refused while the file is mapped MAP_DENYWRITE (running). */
/// §5.5：以写方式打开文件前调用：文件正被当作程序运行（i_writecount < 0）就拒绝。2.4.0: fs/namei.c get_write_access()
int get_write_access(struct inode *inode)
{
	int err = 0;

	spin_lock(&arbitration_lock);
	if (atomic_read(&inode->i_writecount) < 0)
		err = -ETXTBSY;
	else
		atomic_inc(&inode->i_writecount);	/* one more writer */
	spin_unlock(&arbitration_lock);
	return err;
}

/*
 * Copy a path name from user space into a page.  A name may not run
 * into the kernel's addresses unless the caller is the kernel (set_fs).
 */
/// §5.2：把路径名从用户空间拷进一个页面。2.4.0: fs/namei.c do_getname()
/// 名字不能伸进 3G 以上的内核空间，除非调用者是内核自己（set_fs(KERNEL_DS)，如 init 用字符串常量执行 execve）。
static inline int do_getname(const char *filename, char *page)
{
	unsigned long from = (unsigned long) filename;
	unsigned long room = PATH_MAX;
	long copied;

	if (from >= TASK_SIZE) {
		/* only a caller that did set_fs(KERNEL_DS) */
		if (!segment_eq(get_fs(), KERNEL_DS))
			return -EFAULT;
	/// 离 3G 边界不到一个页面时只拷到边界为止，免得 strncpy_from_user 读进内核空间。
	} else if (TASK_SIZE - from < PAGE_SIZE) {
		/* near the top of user space: stop at TASK_SIZE */
		room = TASK_SIZE - from;
	}

	/// 拷满 room 个字节还没遇到结尾的 0，就是名字太长（-ENAMETOOLONG）；一个字节都没有是空名字（-ENOENT）。
	copied = strncpy_from_user(page, filename, room);
	if (copied < 0)
		return copied;
	if (copied == 0)
		return -ENOENT;		/* the empty name */
	if (copied >= room)
		return -ENAMETOOLONG;	/* no NUL within room */
	return 0;
}

/* The kernel's copy of a user path name (putname frees it), or ERR_PTR. */
/// §5.2：路径名的内核副本（用完 putname）。2.4.0: fs/namei.c getname()
/// 与 2.4.0 不同：2.4.0 从 names_cachep（slab）取一块 PATH_MAX 大小的内存，本移植直接用一个页面（linux/fs.h 的 __getname）。
char *getname(const char *filename)
{
	char *name;
	int err;

	name = __getname();
	if (!name)
		return ERR_PTR(-ENOMEM);
	err = do_getname(filename, name);
	if (err < 0) {
		putname(name);
		return ERR_PTR(err);
	}
	return name;
}

/*
 * Port: the whole name space.  *create_err is what creating the name
 * would give: the initrd is read-only, and /proc's directories have no
 * create method.  A /proc name comes back with a reference or ERR_PTR.
 */
/// §5.2：在本移植的名字空间里查找。2.4.0: 无（本移植新增）：代替 2.4.0 的 path_walk 逐级查目录。
/// 返回的目录项已带一个引用（dget），由 open_namei 交给 nameidata 或在出错时 dput 放掉，与 2.4.0 的 path_walk/path_release 一样成对。
/// *create_err 是“要创建这个名字”时的答复：initrd 只读是 -EROFS；/proc 的目录没有 create 方法，2.4.0 的 vfs_create 答 -EACCES。
static struct dentry *lookup_root(const char *name, int *create_err)
{
	while (*name == '/')
		name++;
	*create_err = -EROFS;
	/// 本移植的 /proc 挂钩：没有安装表，“/proc”开头的名字整个交给 fs/proc/root.c 的 proc_lookup_path 逐段查找。
	/// 它返回带引用的目录项；只差最后一段不存在时返回 NULL；其余错误（上级目录不存在、-ENOTDIR）是 ERR_PTR。
	if (!strncmp(name, "proc", 4) && (!name[4] || name[4] == '/')) {
		*create_err = -EACCES;
		return proc_lookup_path(name + 4);
	}
	if (!strcmp(name, "dev/console"))
		return dget(&console_dentry);
	return dget(initrd_lookup(name));
}

/*
 * Look pathname up for open(); flag has the FMODE bits in its low two
 * bits (filp_open adjusted them).  Nothing can be created, and the
 * initrd is a read-only file system; /proc files open for writing (the
 * port's processes are all root), their write() answers.  The lookup's
 * reference goes to nd, or is dropped on an error.
 */
/// §5.5 文件的打开：为 open() 查找路径名。2.4.0: fs/namei.c open_namei()
/// flag 的低两位已经是 FMODE 位（filp_open 把 O_RDONLY/O_WRONLY/O_RDWR 加了 1）。找不到：带 O_CREAT 时本应创建，
/// 但 initrd 只读，返回 -EROFS，否则 -ENOENT；要写 initrd 里的文件或截断它：-EROFS。
/// /proc 的文件：本移植的进程都是 root（没有 permission() 检查，相当于 CAP_DAC_OVERRIDE），2.4.0 下 root 可以
/// 以写方式打开 0444 的 /proc 文件，写的时候才被拒绝（meminfo 得 -EIO，maps 没有 write 方法得 -EINVAL）。
int open_namei(const char *pathname, int flag, int mode,
	       struct nameidata *nd)
{
	struct dentry *dentry;
	struct inode *inode;
	int acc_mode = ACC_MODE(flag);
	int create_err, err;

	dentry = lookup_root(pathname, &create_err);
	if (IS_ERR(dentry))
		return PTR_ERR(dentry);
	if (!dentry) {
		if (flag & O_CREAT)
			return create_err;
		return -ENOENT;
	}
	err = -EEXIST;
	if ((flag & O_CREAT) && (flag & O_EXCL))
		goto exit;

	inode = dentry->d_inode;
	err = -EISDIR;
	if (S_ISDIR(inode->i_mode) && (flag & FMODE_WRITE))
		goto exit;
	err = -EROFS;
	/// 只有 initrd 的普通文件是只读文件系统上的（create_err 为 -EROFS 正说明名字属于 initrd）。
	if (S_ISREG(inode->i_mode) && create_err == -EROFS &&
	    ((acc_mode & MAY_WRITE) || (flag & O_TRUNC)))
		goto exit;

	nd->dentry = dentry;
	nd->mnt = NULL;
	return 0;
exit:
	/// 出错时放掉查找拿到的引用：/proc 的目录项由此释放（见 fs/dcache.c 的 dput）。
	dput(dentry);
	return err;
}

/*
 * Look up a user path name for a system call that works on the object
 * itself (swapon, swapoff): nd gets a counted reference to its dentry,
 * which path_release gives back.  flags: 2.4.0's LOOKUP_* bits, unused
 * here (no links, no mounts).
 */
/// §2.9 按用户给的路径名找到目录项，供 swapon/swapoff 这类直接作用于对象本身（而不是打开文件）的系统调用使用；结果放在 nd 中，并持有目录项的一份引用，用完由 path_release 放掉。
/// 2.4.0: fs/namei.c __user_walk()
/// 本移植的名字空间只有 initrd 中的文件、/dev/console 和 /dev/hda，没有目录、符号链接和安装点，所以 flags（2.4.0 的 LOOKUP_* 位）不起作用。
int __user_walk(const char *name, unsigned flags, struct nameidata *nd)
{
	struct dentry *found;
	char *kname = getname(name);
	int unused;

	if (IS_ERR(kname))
		return PTR_ERR(kname);
	found = lookup_root(kname, &unused);
	putname(kname);
	if (IS_ERR(found))
		return PTR_ERR(found);
	if (found == NULL)
		return -ENOENT;
	nd->dentry = found;
	nd->mnt = NULL;
	return 0;
}

/* Drop what __user_walk took. */
/// §2.9 放掉 __user_walk 拿到的目录项引用（2.4.0 还要放掉安装点的引用，本移植没有安装点）。
/// 2.4.0: fs/namei.c path_release()
void path_release(struct nameidata *nd)
{
	dput(nd->dentry);
}
