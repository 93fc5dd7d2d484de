// SPDX-License-Identifier: GPL-2.0-only
/*
 * open() and close(): a free descriptor, the name looked up, a struct
 * file made for the inode (dentry_open), the two bound together; close
 * unbinds and drops the reference.
 * Also truncate, ftruncate and creat.
 * Chapter 5 (files).  Follows Linux 2.4.0 fs/open.c.  Port: the
 * descriptor table does not grow past NR_OPEN_DEFAULT (32).
 */
/// §5.5 文件的打开与关闭：2.4.0 的 fs/open.c 中的 open()、close() 和分配描述符。
/// 与 2.4.0 不同：描述符表不会扩充，一个进程最多同时打开 NR_OPEN_DEFAULT（32）个文件。
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/dcache.h>
#include <asm/uaccess.h>
#include <asm/bitops.h>

/*
 * Set the file's size under its i_sem.  Port: 2.4.0 goes through
 * notify_change() and inode_setattr() (attributes, time stamps) to
 * vmtruncate(); there are no attributes here, so straight to it.
 */
/// §5.7 在 i_sem 保护下把文件长度改为 length。与 2.4.0 不同：2.4.0 经 notify_change/inode_setattr（属性、时间戳）到 vmtruncate，本移植没有属性，直接调用 vmtruncate。2.4.0: fs/open.c do_truncate()
int do_truncate(struct dentry *dentry, loff_t length)
{
	struct inode *inode = dentry->d_inode;

	if (length < 0)
		return -EINVAL;
	down(&inode->i_sem);
	vmtruncate(inode, length);
	up(&inode->i_sem);
	return 0;
}

/*
 * truncate(path, length): a regular file not running as a program.
 * The length is unsigned here, as in 2.4.0: -1 asks for 4 GB - 1.
 */
/// §5.7 truncate 的主体：长度为负 -EINVAL，目录 -EISDIR，非普通文件 -EINVAL，只能追加 -EPERM，正在运行的程序 -ETXTBSY。2.4.0: fs/open.c do_sys_truncate()
static inline long do_sys_truncate(const char *path, loff_t length)
{
	struct nameidata nd;
	struct inode *inode;
	char *name;
	long error;

	if (length < 0)
		return -EINVAL;
	name = getname(path);
	if (IS_ERR(name))
		return PTR_ERR(name);
	nd.flags = LOOKUP_FOLLOW;
	error = path_walk(name, &nd);
	putname(name);
	if (error)
		return error;

	inode = nd.dentry->d_inode;
	if (S_ISDIR(inode->i_mode))
		error = -EISDIR;
	else if (!S_ISREG(inode->i_mode))
		error = -EINVAL;
	else if (IS_APPEND(inode))
		error = -EPERM;
	/* Not while it runs (MAP_DENYWRITE): -ETXTBSY. */
	else if (!(error = get_write_access(inode))) {
		error = locks_verify_locked(inode);
		if (!error)
			error = do_truncate(nd.dentry, length);
		put_write_access(inode);
	}
	dput(nd.dentry);
	return error;
}

/// §5.7 系统调用 truncate（92）：长度是 unsigned long，与 2.4.0 相同，-1 即 4 GB - 1。2.4.0: fs/open.c sys_truncate()
asmlinkage long sys_truncate(const char *path, unsigned long length)
{
	return do_sys_truncate(path, length);
}

/* ftruncate(fd, length): the file must be regular and open for writing. */
/// §5.7 ftruncate 的主体：坏描述符 -EBADF；不是普通文件或没有以写方式打开 -EINVAL；只能追加 -EPERM。2.4.0: fs/open.c do_sys_ftruncate()
static inline long do_sys_ftruncate(unsigned int fd, loff_t length)
{
	struct inode *inode;
	struct file *file;
	long error;

	if (length < 0)
		return -EINVAL;
	file = fget(fd);
	if (!file)
		return -EBADF;
	inode = file->f_dentry->d_inode;
	if (!S_ISREG(inode->i_mode) || !(file->f_mode & FMODE_WRITE))
		error = -EINVAL;
	else if (IS_APPEND(inode))
		error = -EPERM;
	else if (!(error = locks_verify_locked(inode)))
		error = do_truncate(file->f_dentry, length);
	fput(file);
	return error;
}

/// §5.7 系统调用 ftruncate（93）。2.4.0: fs/open.c sys_ftruncate()
asmlinkage long sys_ftruncate(unsigned int fd, unsigned long length)
{
	return do_sys_ftruncate(fd, length);
}

/*
 * The lowest free descriptor from next_fd up, marked in use and not
 * close-on-exec.  -EMFILE beyond RLIMIT_NOFILE or the table's size.
 */
/// §5.5：分配最小的空闲描述符。2.4.0: fs/open.c get_unused_fd()
/// 从 next_fd 开始在 open_fds 位图里找第一个 0 位，置位、清掉 close_on_exec，next_fd 前移。超过 RLIMIT_NOFILE
/// 或表的大小返回 -EMFILE。描述符先占住，等 struct file 准备好再 fd_install 装进去。
int get_unused_fd(void)
{
	struct files_struct *table = current->files;
	int fd;

	write_lock(&table->file_lock);
	fd = find_next_zero_bit(table->open_fds, table->max_fdset,
				table->next_fd);
	/*
	 * Beyond RLIMIT_NOFILE, or beyond the table (where 2.4.0 grows
	 * it: expand_fdset, expand_fd_array).
	 */
	if (fd >= current->rlim[RLIMIT_NOFILE].rlim_cur ||
	    fd >= table->max_fdset || fd >= table->max_fds) {
		fd = -EMFILE;
		goto unlock;
	}

	FD_SET(fd, table->open_fds);
	FD_CLR(fd, table->close_on_exec);
	table->next_fd = fd + 1;
	/* A free bit with a file still in its slot: complain, forget it. */
	/// 位图说空闲、指针却不空，说明别处出了错：报告一下，丢掉那个指针。
	if (table->fd[fd]) {
		printk("get_unused_fd: slot %d not NULL!\n", fd);
		table->fd[fd] = NULL;
	}
unlock:
	write_unlock(&table->file_lock);
	return fd;
}

/*
 * Open a file by name: flags O_RDONLY/O_WRONLY/O_RDWR become the FMODE
 * bits (+1) that open_namei() checks.
 */
/// §5.5：按名字打开文件，返回 struct file。2.4.0: fs/open.c filp_open()
/// O_RDONLY/O_WRONLY/O_RDWR 是 0/1/2，加 1 后正好是 FMODE_READ/FMODE_WRITE 的组合（1/2/3），open_namei 用它判断权限。
struct file *filp_open(const char *filename, int flags, int mode)
{
	struct nameidata nd;
	int lookup = flags;
	int err;

	/* 0, 1, 2 become FMODE_READ, FMODE_WRITE, both; 3 stays 3. */
	/// 与“(flags + 1) & O_ACCMODE 非 0 就加 1”等价：访问方式 3 保持为 3（读写两种权限都要查）。
	if ((flags & O_ACCMODE) != O_ACCMODE)
		lookup++;
	/* Truncating is writing. */
	if (lookup & O_TRUNC)
		lookup |= FMODE_WRITE;

	err = open_namei(filename, lookup, mode, &nd);
	if (err)
		return ERR_PTR(err);
	return dentry_open(nd.dentry, nd.mnt, flags);
}

/*
 * A struct file for the inode of dentry: its mode from the flags, its
 * operations from the inode, then the file's own open method.
 */
/// §5.5：为 dentry 的索引节点造一个 struct file。2.4.0: fs/open.c dentry_open()
/// f_mode 由打开方式决定；f_op 来自索引节点的 i_fop（initrd 文件的读和 mmap、控制台的读写），然后调用文件自己的 open 方法。
/// （2.4.0 还把它挂进超级块的文件链表，本移植没有超级块。）
struct file *dentry_open(struct dentry *dentry, struct vfsmount *mnt,
			 int flags)
{
	struct inode *inode = dentry->d_inode;
	struct file *filp;
	int err;

	filp = get_empty_filp();
	if (!filp) {
		err = -ENFILE;
		goto drop_dentry;
	}
	filp->f_flags = flags;
	filp->f_mode = (flags + 1) & O_ACCMODE;	/* FMODE_READ/WRITE */
	if (filp->f_mode & FMODE_WRITE) {
		err = get_write_access(inode);
		if (err)
			goto free_filp;
	}

	filp->f_dentry = dentry;
	filp->f_vfsmnt = mnt;
	filp->f_pos = 0;
	filp->f_op = inode->i_fop;
	if (filp->f_op && filp->f_op->open) {
		err = filp->f_op->open(inode, filp);
		if (err)
			goto undo_write;
	}
	/* These only mattered to the open itself. */
	filp->f_flags &= ~(O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC);
	return filp;

/// 出错时按相反的次序撤销：写访问、struct file、对 dentry 的引用。
undo_write:
	if (filp->f_mode & FMODE_WRITE)
		put_write_access(inode);
	filp->f_dentry = NULL;
	filp->f_vfsmnt = NULL;
free_filp:
	put_filp(filp);
drop_dentry:
	dput(dentry);
	return ERR_PTR(err);
}

/*
 * open(filename, flags, mode): the new descriptor, or -ENOENT (no such
 * name), -EEXIST (O_CREAT | O_EXCL), -EISDIR, -ETXTBSY, -EMFILE ...
 */
/// §5.5：系统调用 open（5）。2.4.0: fs/open.c sys_open()
/// 先占描述符再打开，打开失败就把描述符还回去。
asmlinkage long sys_open(const char *filename, int flags, int mode)
{
	struct file *filp;
	char *name;
	int fd;

	name = getname(filename);
	if (IS_ERR(name))
		return PTR_ERR(name);

	fd = get_unused_fd();
	if (fd >= 0) {
		filp = filp_open(name, flags, mode);
		if (IS_ERR(filp)) {
			put_unused_fd(fd);	/* the slot goes back */
			fd = PTR_ERR(filp);
		} else {
			fd_install(fd, filp);
		}
	}
	putname(name);
	return fd;
}

/* creat(): open for writing, made if missing, emptied if not. */
/// §5.5 系统调用 creat（8）：即 open(O_CREAT|O_WRONLY|O_TRUNC)。2.4.0: fs/open.c sys_creat()
asmlinkage long sys_creat(const char *pathname, int mode)
{
	return sys_open(pathname, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

/*
 * A descriptor is closed: let the file flush (2.4.0 also drops POSIX
 * locks and directory notifications here), then drop the reference.
 */
/// §5.5：关闭一个描述符所指的文件：先让文件 flush，再放掉描述符持有的引用。2.4.0: fs/open.c filp_close()
/// （2.4.0 还在这里释放该进程在这个文件上的 POSIX 锁和目录通知，本移植没有文件锁。）
int filp_close(struct file *filp, fl_owner_t id)
{
	int err = 0;

	if (file_count(filp) == 0) {
		printk("VFS: Close: file count is 0\n");
		return 0;
	}
	if (filp->f_op && filp->f_op->flush)
		err = filp->f_op->flush(filp);
	fput(filp);
	return err;
}

/* close(fd): the descriptor is free again at once. */
/// §5.5：系统调用 close（6）。2.4.0: fs/open.c sys_close()
/// 描述符立即可以重用，struct file 本身要等最后一个引用（例如 mmap 出来的区间）放掉才释放。
asmlinkage long sys_close(unsigned int fd)
{
	struct files_struct *table = current->files;
	struct file *filp;

	write_lock(&table->file_lock);
	/// fd 超出表的范围或者没有打开，fcheck_files 都返回 NULL：-EBADF。
	filp = fcheck_files(table, fd);
	if (!filp) {
		write_unlock(&table->file_lock);
		return -EBADF;
	}
	table->fd[fd] = NULL;
	FD_CLR(fd, table->close_on_exec);
	FD_CLR(fd, table->open_fds);
	if (table->next_fd > fd)
		table->next_fd = fd;	/* the lowest free slot may be this */
	write_unlock(&table->file_lock);
	return filp_close(filp, table);
}
