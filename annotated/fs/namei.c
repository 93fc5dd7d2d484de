// SPDX-License-Identifier: GPL-2.0-only
/*
 * Names: copying a path name in from user space (getname), looking it up
 * (open_namei), and the write/deny-write arbitration on an inode: a
 * running program's file (MAP_DENYWRITE) cannot be opened for writing
 * and the other way round.
 * Chapter 5 (files); §2.13 (MAP_DENYWRITE).
 * Path walking over the dentry cache (the root is ramfs, fs/super.c),
 * creating, truncating and removing names: open(O_CREAT), unlink,
 * mkdir, rmdir.
 * Follows Linux 2.4.0 fs/namei.c.  Port: no mounts, no symbolic links,
 * no permission bits (every caller is root), no umask; "/dev/console"
 * is the console's own entry, outside the tree, and names under
 * "/proc" are walked by /proc itself (lookup_special).
 */
/// §5.2 从路径名到目标节点；§5.5 文件的打开；§5.7 其他文件操作；§2.13（MAP_DENYWRITE）。2.4.0 的 fs/namei.c：把路径名拷进内核（getname），
/// 沿目录项高速缓存逐级查找（path_walk），创建（open 的 O_CREAT、mkdir）和删除（unlink、rmdir）名字，以及写入与“拒绝写入”的仲裁。
/// 与 2.4.0 不同：根总是 ramfs（fs/super.c 的 root_dentry 代替 current->fs->root），没有安装点、符号链接、权限位和 umask；
/// “/dev/console” 是控制台自己的目录项，不在树里；“/proc” 开头的名字由 /proc 自己查（都在 lookup_special）。见 deviations.md。
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
#define MAY_APPEND	8
#define ACC_MODE(x)	("\000\004\002\006"[(x) & O_ACCMODE])

extern struct dentry console_dentry;

#define MAY_EXEC	1
#define MAY_READ	4

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
	} else if (TASK_SIZE - from < PAGE_SIZE) {
		/* near the top of user space: stop at TASK_SIZE */
		room = TASK_SIZE - from;
	}

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

/* The entry of name under dir from the cache, with a count, or NULL. */
/// §5.2 先在目录项高速缓存里找（d_lookup）。2.4.0: fs/namei.c cached_lookup()。移植：没有 d_op->d_revalidate。
static struct dentry *cached_lookup(struct dentry *parent, struct qstr *name)
{
	return d_lookup(parent, name);
}

/*
 * Not cached: make an entry and ask the directory (which may fill in an
 * inode, or leave it negative).  The directory's i_sem is held.
 */
/// §5.2 缓存里没有：分配一个目录项，交给目录的 i_op->lookup（ramfs 只是把它挂成负目录项）。调用者持有目录的 i_sem。2.4.0: fs/namei.c real_lookup()
static struct dentry *real_lookup(struct dentry *parent, struct qstr *name)
{
	struct inode *dir = parent->d_inode;
	struct dentry *result, *found;

	result = d_alloc(parent, name);
	if (!result)
		return ERR_PTR(-ENOMEM);
	found = dir->i_op->lookup(dir, result);
	if (found) {
		dput(result);
		result = found;
	}
	return result;
}

/* One step: the entry name under base, negative if there is none. */
/// §5.2 查一级：先缓存，后文件系统；结果可能是负目录项。不是目录：-ENOTDIR。2.4.0: fs/namei.c lookup_hash()（移植没有 name 的 d_hash 方法和权限检查）
static struct dentry *lookup_hash(struct qstr *name, struct dentry *base)
{
	struct inode *dir = base->d_inode;
	struct dentry *dentry;

	if (!dir->i_op || !dir->i_op->lookup)
		return ERR_PTR(-ENOTDIR);
	dentry = cached_lookup(base, name);
	if (!dentry)
		dentry = real_lookup(base, name);
	return dentry;
}

/*
 * Port: names outside the tree, found whole: the console, and /proc
 * (not mounted: proc_lookup_path walks it).  NULL for any other name.
 * A missing last name in /proc is -ENOENT, or -EACCES for a caller
 * about to create it (/proc's directories have no create method).
 */
/// §5.2 本移植新增：树外的两类名字整个查出，不走逐级查找。2.4.0: 无（本移植新增）。2.4.0 的 /dev/console 是 /dev 目录里的设备文件，/proc 是安装在 /proc 上的文件系统，path_walk 越过安装点进入它。
/// “/dev/console” 直接给出控制台的目录项；“/proc” 开头的名字交给 proc_lookup_path 在 /proc 里逐段查（本移植没有安装表）。
static struct dentry *lookup_special(const char *name, unsigned int flags)
{
	struct dentry *found;

	while (*name == '/')
		name++;
	if (!strcmp(name, "dev/console"))
		return dget(&console_dentry);
	if (strncmp(name, "proc", 4) || (name[4] && name[4] != '/'))
		return NULL;
	/// 只差最后一段不存在（NULL）：要在 /proc 里建文件的调用者（LOOKUP_PARENT）得到 -EACCES——/proc 的目录没有 create 方法，2.4.0 的 vfs_create 也这样答；只是查找的得到 -ENOENT。
	found = proc_lookup_path(name + 4);
	if (!found)
		found = ERR_PTR((flags & LOOKUP_PARENT) ? -EACCES : -ENOENT);
	return found;
}

/*
 * Walk name from the root, component by component.  With LOOKUP_PARENT
 * stop before the last one: nd->dentry is its directory, nd->last its
 * name.  Otherwise nd->dentry is the (positive) entry of the whole name.
 */
/// §5.2 从根开始逐个分量查找：“.” 跳过，“..” 回到父目录，其余先 d_lookup 后 i_op->lookup；中间分量必须是目录（-ENOTDIR）、必须存在（-ENOENT）。
/// 带 LOOKUP_PARENT 时停在最后一个分量之前，nd->last 是它的名字，last_type 说明它是普通名字、“.” 还是 “..”。2.4.0: fs/namei.c path_walk()/link_path_walk()
/// 与 2.4.0 不同：没有符号链接和安装点；最后一个分量为负目录项时总是返回 -ENOENT（2.4.0 只在 LOOKUP_POSITIVE 时如此，本移植的调用者都要求存在）。
int path_walk(const char *name, struct nameidata *nd)
{
	struct dentry *base, *next;
	struct qstr this;
	unsigned long hash;
	int err;

	nd->mnt = NULL;
	nd->last_type = LAST_ROOT;
	nd->last.name = (const unsigned char *) name;
	nd->last.len = 0;
	base = lookup_special(name, nd->flags);
	if (base) {
		if (IS_ERR(base))
			return PTR_ERR(base);
		nd->dentry = base;
		/// LAST_BIND：整个名字已经找到（2.4.0 用它表示 /proc 里“魔术链接”之类绑定的结果）。open_namei 据此直接打开它，mkdir 得到 -EEXIST，unlink/rmdir 得到 -EPERM。
		nd->last_type = LAST_BIND;	/* the whole name, found */
		return 0;
	}
	base = dget(root_dentry);
	while (*name == '/')
		name++;

	while (*name) {
		if (!base->d_inode->i_op || !base->d_inode->i_op->lookup) {
			err = -ENOTDIR;
			goto fail;
		}
		this.name = (const unsigned char *) name;
		hash = init_name_hash();
		while (*name && *name != '/')
			hash = partial_name_hash((unsigned char) *name++, hash);
		this.len = name - (const char *) this.name;
		this.hash = end_name_hash(hash);
		while (*name == '/')
			name++;

		if ((nd->flags & LOOKUP_PARENT) && !*name) {
			nd->last = this;
			nd->last_type = LAST_NORM;
			if (this.len == 1 && this.name[0] == '.')
				nd->last_type = LAST_DOT;
			else if (this.len == 2 && this.name[0] == '.' &&
				 this.name[1] == '.')
				nd->last_type = LAST_DOTDOT;
			break;
		}
		if (this.len == 1 && this.name[0] == '.')
			continue;
		if (this.len == 2 && this.name[0] == '.' &&
		    this.name[1] == '.') {
			next = dget(base->d_parent);
			dput(base);
			base = next;
			continue;
		}

		down(&base->d_inode->i_sem);
		next = lookup_hash(&this, base);
		up(&base->d_inode->i_sem);
		dput(base);
		if (IS_ERR(next))
			return PTR_ERR(next);
		base = next;
		if (!base->d_inode) {
			err = -ENOENT;
			goto fail;
		}
	}
	/* "name/" must be a directory. */
	if (!(nd->flags & LOOKUP_PARENT) && name[-1] == '/' &&
	    !S_ISDIR(base->d_inode->i_mode)) {
		err = -ENOTDIR;
		goto fail;
	}
	nd->dentry = base;
	return 0;
fail:
	dput(base);
	return err;
}

/* Walk to the directory of name's last component (nd->last). */
/// §5.2 查到最后一个分量所在的目录（LOOKUP_PARENT）。2.4.0: 无（本移植新增）。2.4.0 在各处直接调用 path_walk 并带上 LOOKUP_PARENT。
static inline int walk_parent(const char *name, struct nameidata *nd)
{
	nd->flags = LOOKUP_PARENT;
	return path_walk(name, nd);
}

/* The checks before a new name goes into dir. */
/// §5.3 在目录里建新名字之前的检查：名字已存在 -EEXIST；目录已被删除 -ENOENT。2.4.0: fs/namei.c may_create()（移植没有权限检查）
static inline int may_create(struct inode *dir, struct dentry *child)
{
	if (child->d_inode)
		return -EEXIST;
	if (!dir->i_nlink)
		return -ENOENT;		/* the directory was removed */
	return 0;
}

/* The checks before the name of victim is removed from dir. */
/// §5.3 删除名字之前的检查：不存在 -ENOENT，只能追加的目录 -EPERM，rmdir 的对象不是目录 -ENOTDIR、是根 -EBUSY，unlink 的对象是目录 -EISDIR。2.4.0: fs/namei.c may_delete()
static inline int may_delete(struct inode *dir, struct dentry *victim,
			     int isdir)
{
	if (!victim->d_inode || victim->d_parent->d_inode != dir)
		return -ENOENT;
	if (IS_APPEND(dir))
		return -EPERM;
	if (isdir) {
		if (!S_ISDIR(victim->d_inode->i_mode))
			return -ENOTDIR;
		if (victim == victim->d_parent)
			return -EBUSY;
	} else if (S_ISDIR(victim->d_inode->i_mode)) {
		return -EISDIR;
	}
	return 0;
}

/* A new regular file for the negative dentry in dir. */
/// §5.5 在目录里为负目录项建一个普通文件，交给目录的 i_op->create（ramfs_create）。没有 create 方法：-EACCES。2.4.0: fs/namei.c vfs_create()
int vfs_create(struct inode *dir, struct dentry *dentry, int mode)
{
	int error;

	mode &= S_IALLUGO;
	mode |= S_IFREG;
	error = may_create(dir, dentry);
	if (error)
		return error;
	if (!dir->i_op || !dir->i_op->create)
		return -EACCES;
	return dir->i_op->create(dir, dentry, mode);
}

/*
 * Look pathname up for open(); flag has the FMODE bits in its low two
 * bits (filp_open adjusted them).  O_CREAT makes the file if missing
 * (O_EXCL: it must be missing); O_TRUNC empties it.
 */
/// §5.5 文件的打开：为 open() 查找路径名。2.4.0: fs/namei.c open_namei()
/// 不带 O_CREAT：直接 path_walk。带 O_CREAT：先查到父目录，在其 i_sem 保护下查最后一个名字；不存在就 vfs_create 新建（新文件不必截断），
/// 已存在时 O_EXCL 返回 -EEXIST，是目录返回 -EISDIR。最后统一检查：目录不能以写方式打开（-EISDIR）；设备文件不截断；
/// O_TRUNC 要先取得写权（正在运行的程序：-ETXTBSY），再 do_truncate 到 0（经 vmtruncate 截去页面高速缓存中的页面）。
int open_namei(const char *pathname, int flag, int mode,
	       struct nameidata *nd)
{
	int acc_mode = ACC_MODE(flag);
	struct inode *inode, *dirino;
	struct dentry *dentry;
	int error;

	if (flag & O_TRUNC)
		acc_mode |= MAY_WRITE;
	if (flag & O_APPEND)
		acc_mode |= MAY_APPEND;

	if (!(flag & O_CREAT)) {
		nd->flags = LOOKUP_FOLLOW;
		error = path_walk(pathname, nd);
		if (error)
			return error;
		dentry = nd->dentry;
		goto ok;
	}

	/* O_CREAT: find the directory, then the last name in it. */
	error = walk_parent(pathname, nd);
	if (error)
		return error;
	/// 本移植：控制台或 /proc 里已有的名字。O_CREAT|O_EXCL 是 -EEXIST（t_proc 检查），只有 O_CREAT 就当普通打开。
	if (nd->last_type == LAST_BIND) {
		/* Port: the console or a /proc name, already there. */
		error = -EEXIST;
		if (flag & O_EXCL)
			goto exit;
		dentry = nd->dentry;
		goto ok;
	}
	if (nd->last_type != LAST_NORM || nd->last.name[nd->last.len]) {
		error = -EISDIR;	/* "/", ".", ".." or "name/" */
		goto exit;
	}

	dirino = nd->dentry->d_inode;
	down(&dirino->i_sem);
	dentry = lookup_hash(&nd->last, nd->dentry);
	if (IS_ERR(dentry)) {
		up(&dirino->i_sem);
		error = PTR_ERR(dentry);
		goto exit;
	}
	if (!dentry->d_inode) {
		/* A new file: nothing to check or truncate. */
		error = vfs_create(dirino, dentry, mode);
		up(&dirino->i_sem);
		dput(nd->dentry);
		nd->dentry = dentry;
		if (error)
			goto exit;
		flag &= ~O_TRUNC;
		acc_mode = 0;
		goto ok;
	}
	up(&dirino->i_sem);
	error = -EEXIST;
	if (flag & O_EXCL)
		goto exit_dput;
	error = -EISDIR;
	if (S_ISDIR(dentry->d_inode->i_mode))
		goto exit_dput;
	dput(nd->dentry);
	nd->dentry = dentry;

ok:
	inode = dentry->d_inode;
	error = -ENOENT;
	if (!inode)
		goto exit;
	error = -EISDIR;
	if (S_ISDIR(inode->i_mode) && (flag & FMODE_WRITE))
		goto exit;
	/* Devices and fifos are never truncated. */
	if (S_ISCHR(inode->i_mode) || S_ISBLK(inode->i_mode) ||
	    S_ISFIFO(inode->i_mode) || S_ISSOCK(inode->i_mode))
		flag &= ~O_TRUNC;
	/* An append-only file: writes only with O_APPEND, never O_TRUNC. */
	error = -EPERM;
	if (IS_APPEND(inode) && (flag & FMODE_WRITE) &&
	    (!(flag & O_APPEND) || (flag & O_TRUNC)))
		goto exit;

	if (flag & O_TRUNC) {
		error = get_write_access(inode);
		if (error)
			goto exit;
		error = locks_verify_locked(inode);
		if (!error)
			error = do_truncate(dentry, 0);
		put_write_access(inode);
		if (error)
			goto exit;
	}
	return 0;

exit_dput:
	dput(dentry);
exit:
	dput(nd->dentry);
	return error;
}

/*
 * The negative or positive entry for the last name of nd, with the
 * directory's i_sem held (the caller ups it).  -EEXIST for "." or "..".
 */
/// §5.7 mkdir 等建名字的调用：在父目录 i_sem 下查最后一个名字（调用者负责 up）。“.”“..”：-EEXIST；非目录的 “name/”：-ENOENT。2.4.0: fs/namei.c lookup_create()
struct dentry *lookup_create(struct nameidata *nd, int is_dir)
{
	struct dentry *dentry;

	down(&nd->dentry->d_inode->i_sem);
	dentry = ERR_PTR(-EEXIST);
	if (nd->last_type != LAST_NORM)
		return dentry;
	dentry = lookup_hash(&nd->last, nd->dentry);
	if (IS_ERR(dentry))
		return dentry;
	/* "name/" can only make a directory. */
	if (!is_dir && nd->last.name[nd->last.len] && !dentry->d_inode) {
		dput(dentry);
		dentry = ERR_PTR(-ENOENT);
	}
	return dentry;
}

/* A device node (or fifo) for the negative dentry in dir. */
/// §5.7 在目录里为负目录项建一个设备文件（或 FIFO）：与 vfs_create 同样先查 may_create，再调用目录的 i_op->mknod；没有这个方法就是 -EPERM。2.4.0: fs/namei.c vfs_mknod()
/// 本移植只有解包 initrd 时用它建 /dev/hda（dev 是 int，与 i_op->mknod 的参数一致）；没有 sys_mknod。
int vfs_mknod(struct inode *dir, struct dentry *dentry, int mode, int dev)
{
	int error = may_create(dir, dentry);

	if (error)
		return error;
	if (!dir->i_op || !dir->i_op->mknod)
		return -EPERM;
	return dir->i_op->mknod(dir, dentry, mode, dev);
}

/// §5.7 建目录：检查后交给 i_op->mkdir（ramfs_mkdir），模式只留权限位和 S_ISVTX。没有 mkdir 方法：-EPERM。2.4.0: fs/namei.c vfs_mkdir()
int vfs_mkdir(struct inode *dir, struct dentry *dentry, int mode)
{
	int error = may_create(dir, dentry);

	if (error)
		return error;
	if (!dir->i_op || !dir->i_op->mkdir)
		return -EPERM;
	mode &= (S_IRWXUGO | S_ISVTX);
	return dir->i_op->mkdir(dir, dentry, mode);
}

/// §5.7 系统调用 mkdir（39）。2.4.0: fs/namei.c sys_mkdir()。移植：没有 umask。
asmlinkage long sys_mkdir(const char *pathname, int mode)
{
	struct nameidata nd;
	struct dentry *dentry;
	struct inode *dir;
	char *name;
	int error;

	name = getname(pathname);
	if (IS_ERR(name))
		return PTR_ERR(name);
	error = walk_parent(name, &nd);
	if (error)
		goto out;
	dir = nd.dentry->d_inode;
	dentry = lookup_create(&nd, 1);
	if (IS_ERR(dentry)) {
		error = PTR_ERR(dentry);
	} else {
		error = vfs_mkdir(dir, dentry, mode);
		dput(dentry);
	}
	up(&dir->i_sem);
	dput(nd.dentry);
out:
	putname(name);
	return error;
}

/* Remove the empty directory dentry from dir. */
/// §5.7 删除空目录：i_op->rmdir（ramfs 的 rmdir 就是 ramfs_unlink，目录非空时 -ENOTEMPTY），成功后 d_delete。2.4.0: fs/namei.c vfs_rmdir()
int vfs_rmdir(struct inode *dir, struct dentry *dentry)
{
	int error = may_delete(dir, dentry, 1);

	if (error)
		return error;
	if (!dir->i_op || !dir->i_op->rmdir)
		return -EPERM;
	error = dir->i_op->rmdir(dir, dentry);
	if (!error)
		d_delete(dentry);
	return error;
}

/// §5.7 系统调用 rmdir（40）：最后一个分量是 “..” 返回 -ENOTEMPTY，“.” 返回 -EINVAL，根返回 -EBUSY。2.4.0: fs/namei.c sys_rmdir()
asmlinkage long sys_rmdir(const char *pathname)
{
	struct nameidata nd;
	struct dentry *dentry;
	struct inode *dir;
	char *name;
	int error;

	name = getname(pathname);
	if (IS_ERR(name))
		return PTR_ERR(name);
	error = walk_parent(name, &nd);
	if (error)
		goto out;
	/* "..": not empty; ".": invalid; "/": busy. */
	if (nd.last_type == LAST_DOTDOT)
		error = -ENOTEMPTY;
	else if (nd.last_type == LAST_DOT)
		error = -EINVAL;
	else if (nd.last_type == LAST_ROOT)
		error = -EBUSY;
	else if (nd.last_type == LAST_BIND)
		/// 本移植：控制台和 /proc 的名字不能删除（rmdir）。
		error = -EPERM;		/* port: the console, /proc */
	if (error)
		goto drop;
	dir = nd.dentry->d_inode;
	down(&dir->i_sem);
	dentry = lookup_hash(&nd.last, nd.dentry);
	if (IS_ERR(dentry)) {
		error = PTR_ERR(dentry);
	} else {
		error = vfs_rmdir(dir, dentry);
		dput(dentry);
	}
	up(&dir->i_sem);
drop:
	dput(nd.dentry);
out:
	putname(name);
	return error;
}

/*
 * Remove the name dentry from dir.  The inode (and its pages) stays
 * while the file is open or mapped: d_delete only unhashes a busy entry.
 */
/// §5.7 删除名字：i_op->unlink 之后 d_delete。若文件仍被打开或映射，目录项只是从杂凑表摘下，索引节点和它在页面高速缓存中的页面
/// 一直留到最后一个用户离开（fput → dput → iput → truncate_inode_pages）。2.4.0: fs/namei.c vfs_unlink()
int vfs_unlink(struct inode *dir, struct dentry *dentry)
{
	int error = may_delete(dir, dentry, 0);

	if (error)
		return error;
	if (!dir->i_op || !dir->i_op->unlink)
		return -EPERM;
	error = dir->i_op->unlink(dir, dentry);
	if (!error)
		d_delete(dentry);
	return error;
}

/// §5.7 系统调用 unlink（10）。最后一个分量不是普通名字：-EISDIR；“name/”：不存在 -ENOENT，是目录 -EISDIR，否则 -ENOTDIR。2.4.0: fs/namei.c sys_unlink()
asmlinkage long sys_unlink(const char *pathname)
{
	struct nameidata nd;
	struct dentry *dentry;
	struct inode *dir;
	char *name;
	int error;

	name = getname(pathname);
	if (IS_ERR(name))
		return PTR_ERR(name);
	error = walk_parent(name, &nd);
	if (error)
		goto out;
	if (nd.last_type != LAST_NORM) {
		error = -EISDIR;
		if (nd.last_type == LAST_BIND)
			/// 本移植：控制台和 /proc 的名字不能删除（unlink）。
			error = -EPERM;	/* port: the console, /proc */
		goto drop;
	}
	dir = nd.dentry->d_inode;
	down(&dir->i_sem);
	dentry = lookup_hash(&nd.last, nd.dentry);
	if (IS_ERR(dentry)) {
		error = PTR_ERR(dentry);
	} else {
		/* "name/" is never a file. */
		if (!nd.last.name[nd.last.len])
			error = vfs_unlink(dir, dentry);
		else if (!dentry->d_inode)
			error = -ENOENT;
		else if (S_ISDIR(dentry->d_inode->i_mode))
			error = -EISDIR;
		else
			error = -ENOTDIR;
		dput(dentry);
	}
	up(&dir->i_sem);
drop:
	dput(nd.dentry);
out:
	putname(name);
	return error;
}

/*
 * Look up a user path name for a system call that works on the object
 * itself (swapon, swapoff): nd gets a counted reference to its dentry,
 * which path_release gives back.  flags: 2.4.0's LOOKUP_* bits.
 */
/// §2.9 按用户给的路径名找到目录项，供 swapon/swapoff 这类直接作用于对象本身（而不是打开文件）的系统调用使用；结果放在 nd 中，并持有目录项的一份引用，用完由 path_release 放掉。
/// 2.4.0: fs/namei.c __user_walk()
/// 本移植的名字空间只有 initrd 中的文件、/dev/console 和 /dev/hda，没有目录、符号链接和安装点，所以 flags（2.4.0 的 LOOKUP_* 位）不起作用。
int __user_walk(const char *name, unsigned flags, struct nameidata *nd)
{
	char *kname = getname(name);
	int err;

	if (IS_ERR(kname))
		return PTR_ERR(kname);
	nd->flags = flags;
	err = path_walk(kname, nd);
	putname(kname);
	return err;
}

/* Drop what __user_walk took. */
/// §2.9 放掉 __user_walk 拿到的目录项引用（2.4.0 还要放掉安装点的引用，本移植没有安装点）。
/// 2.4.0: fs/namei.c path_release()
void path_release(struct nameidata *nd)
{
	dput(nd->dentry);
}
