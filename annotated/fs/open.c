// SPDX-License-Identifier: GPL-2.0-only
/*
 * open() and close(): a free descriptor, the name looked up, a struct
 * file made for the inode (dentry_open), the two bound together; close
 * unbinds and drops the reference.
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
 * The lowest free descriptor from next_fd up, marked in use and not
 * close-on-exec.  -EMFILE beyond RLIMIT_NOFILE or the table's size.
 */
/// §5.5：分配最小的空闲描述符。2.4.0: fs/open.c get_unused_fd()
/// 从 next_fd 开始在 open_fds 位图里找第一个 0 位，置位、清掉 close_on_exec，next_fd 前移。超过 RLIMIT_NOFILE
/// 或表的大小返回 -EMFILE。描述符先占住，等 struct file 准备好再 fd_install 装进去。
int get_unused_fd(void)
{
	struct files_struct *files = current->files;
	int fd, error;

	error = -EMFILE;
	write_lock(&files->file_lock);

	fd = find_next_zero_bit(files->open_fds, files->max_fdset,
				files->next_fd);

	if (fd >= current->rlim[RLIMIT_NOFILE].rlim_cur)
		goto out;

	/* 2.4.0 grows the table here (expand_fdset, expand_fd_array). */
	if (fd >= files->max_fdset || fd >= files->max_fds)
		goto out;

	FD_SET(fd, files->open_fds);
	FD_CLR(fd, files->close_on_exec);
	files->next_fd = fd + 1;
	if (files->fd[fd] != NULL) {
		printk("get_unused_fd: slot %d not NULL!\n", fd);
		files->fd[fd] = NULL;
	}
	error = fd;

out:
	write_unlock(&files->file_lock);
	return error;
}

/*
 * Open a file by name: flags O_RDONLY/O_WRONLY/O_RDWR become the FMODE
 * bits (+1) that open_namei() checks.
 */
/// §5.5：按名字打开文件，返回 struct file。2.4.0: fs/open.c filp_open()
/// O_RDONLY/O_WRONLY/O_RDWR 是 0/1/2，加 1 后正好是 FMODE_READ/FMODE_WRITE 的组合（1/2/3），open_namei 用它判断权限。
struct file *filp_open(const char *filename, int flags, int mode)
{
	int namei_flags, error;
	struct nameidata nd;

	namei_flags = flags;
	if ((namei_flags + 1) & O_ACCMODE)
		namei_flags++;
	if (namei_flags & O_TRUNC)
		namei_flags |= 2;

	error = open_namei(filename, namei_flags, mode, &nd);
	if (!error)
		return dentry_open(nd.dentry, nd.mnt, flags);

	return ERR_PTR(error);
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
	struct file *f;
	struct inode *inode;
	int error;

	error = -ENFILE;
	f = get_empty_filp();
	if (!f)
		goto cleanup_dentry;
	f->f_flags = flags;
	f->f_mode = (flags + 1) & O_ACCMODE;
	inode = dentry->d_inode;
	if (f->f_mode & FMODE_WRITE) {
		error = get_write_access(inode);
		if (error)
			goto cleanup_file;
	}

	f->f_dentry = dentry;
	f->f_vfsmnt = mnt;
	f->f_pos = 0;
	f->f_op = inode->i_fop;
	if (f->f_op && f->f_op->open) {
		error = f->f_op->open(inode, f);
		if (error)
			goto cleanup_all;
	}
	f->f_flags &= ~(O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC);

	return f;

cleanup_all:
	if (f->f_mode & FMODE_WRITE)
		put_write_access(inode);
	f->f_dentry = NULL;
	f->f_vfsmnt = NULL;
cleanup_file:
	put_filp(f);
cleanup_dentry:
	atomic_dec(&dentry->d_count);
	return ERR_PTR(error);
}

/*
 * open(filename, flags, mode): the new descriptor, or -ENOENT (no such
 * name), -EROFS (the initrd cannot be written), -EMFILE ...
 */
/// §5.5：系统调用 open（5）。2.4.0: fs/open.c sys_open()
/// 先占描述符再打开，打开失败就把描述符还回去。
asmlinkage long sys_open(const char *filename, int flags, int mode)
{
	char *tmp;
	int fd, error;

	tmp = getname(filename);
	fd = PTR_ERR(tmp);
	if (!IS_ERR(tmp)) {
		fd = get_unused_fd();
		if (fd >= 0) {
			struct file *f = filp_open(tmp, flags, mode);

			error = PTR_ERR(f);
			if (IS_ERR(f))
				goto out_error;
			fd_install(fd, f);
		}
out:
		putname(tmp);
	}
	return fd;

out_error:
	put_unused_fd(fd);
	fd = error;
	goto out;
}

/*
 * A descriptor is closed: let the file flush (2.4.0 also drops POSIX
 * locks and directory notifications here), then drop the reference.
 */
/// §5.5：关闭一个描述符所指的文件：先让文件 flush，再放掉描述符持有的引用。2.4.0: fs/open.c filp_close()
/// （2.4.0 还在这里释放该进程在这个文件上的 POSIX 锁和目录通知，本移植没有文件锁。）
int filp_close(struct file *filp, fl_owner_t id)
{
	int retval;

	if (!file_count(filp)) {
		printk("VFS: Close: file count is 0\n");
		return 0;
	}
	retval = 0;
	if (filp->f_op && filp->f_op->flush)
		retval = filp->f_op->flush(filp);
	fput(filp);
	return retval;
}

/* close(fd): the descriptor is free again at once. */
/// §5.5：系统调用 close（6）。2.4.0: fs/open.c sys_close()
/// 描述符立即可以重用，struct file 本身要等最后一个引用（例如 mmap 出来的区间）放掉才释放。
asmlinkage long sys_close(unsigned int fd)
{
	struct file *filp;
	struct files_struct *files = current->files;

	write_lock(&files->file_lock);
	if (fd >= files->max_fds)
		goto out_unlock;
	filp = files->fd[fd];
	if (!filp)
		goto out_unlock;
	files->fd[fd] = NULL;
	FD_CLR(fd, files->close_on_exec);
	FD_CLR(fd, files->open_fds);
	if (fd < files->next_fd)
		files->next_fd = fd;
	write_unlock(&files->file_lock);
	return filp_close(filp, files);

out_unlock:
	write_unlock(&files->file_lock);
	return -EBADF;
}
