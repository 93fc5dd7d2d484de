// SPDX-License-Identifier: GPL-2.0-only
/*
 * The fixed /proc entries: registering one (create_proc_entry), finding
 * one by name in its directory (proc_lookup), and reading one through
 * its read_proc method a block at a time (proc_file_read).
 * Follows Linux 2.4.0 fs/proc/generic.c.  Port: no removal, no
 * directories below /proc other than the <pid> ones (base.c).
 */
/// 第5章（文件系统）：/proc 固定表项的登记、查找与读写。2.4.0: fs/proc/generic.c。
/// 与 2.4.0 不同：没有 remove_proc_entry、proc_mkdir、proc_symlink 等，只有本移植用到的部分。
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/stat.h>
#include <linux/fs.h>
#include <linux/proc_fs.h>
#include <asm/uaccess.h>

/* The most one read_proc call is asked for: leaves it slack in a page. */
/// 一次最多向 read_proc 要 3 KB：2.4.0 的 PROC_BLOCK_SIZE，给 read_proc 写过头留下 1 KB 余量。
#define PROC_BLOCK_SIZE	(3 * 1024)

/*
 * read() of a fixed entry: a free page for read_proc to write into;
 * ask it for the text at *ppos, a block at a time, until the caller's
 * count is met or read_proc says the file ends.
 */
/// §5.6 文件的读与写：读一个固定的 /proc 文件。2.4.0: fs/proc/generic.c proc_file_read()
/// 文件的内容不存在任何地方，每次读都由表项的 read_proc（或老式的 get_info）当场写进一个空闲页面，再拷给用户。
/// 每次向 read_proc 要至多 PROC_BLOCK_SIZE 个字节，留出页面余量；read_proc 把 *start 指向页面里从 *ppos 起的那段。
/// *start 为 NULL 是老式约定：整段文字从页面开头写起，这里自己跳过 *ppos 之前的部分。
static ssize_t proc_file_read(struct file *file, char *buf, size_t nbytes,
			      loff_t *ppos)
{
	struct inode *inode = file->f_dentry->d_inode;
	struct proc_dir_entry *dp = inode->u.generic_ip;
	ssize_t done = 0;
	char *page, *start;
	int eof = 0;
	int block, got;

	page = (char *) __get_free_page(GFP_KERNEL);
	if (!page)
		return -ENOMEM;

	while (nbytes > 0 && !eof) {
		block = nbytes < PROC_BLOCK_SIZE ? nbytes : PROC_BLOCK_SIZE;
		start = NULL;
		if (dp->get_info)
			got = dp->get_info(page, &start, *ppos, block);
		else if (dp->read_proc)
			got = dp->read_proc(page, &start, *ppos, block, &eof,
					    dp->data);
		else
			break;
		if (got == 0)
			break;
		if (got < 0) {
			if (done == 0)
				done = got;
			break;
		}
		/* An old-style method wrote the whole text from page on. */
		if (!start) {
			got -= *ppos;
			if (got <= 0)
				break;
			if (got > block)
				got = block;
			start = page + *ppos;
		}
		if (copy_to_user(buf, start, got)) {
			done = -EFAULT;
			break;
		}
		*ppos += got;
		nbytes -= got;
		buf += got;
		done += got;
	}
	free_page((unsigned long) page);
	return done;
}

/* write() of a fixed entry: only through its write_proc. */
/// §5.6：写一个固定的 /proc 文件。2.4.0: fs/proc/generic.c proc_file_write()
/// 没有 write_proc 的表项（如 meminfo）写入得 -EIO：与 2.4.0 相同。
static ssize_t proc_file_write(struct file *file, const char *buffer,
			       size_t count, loff_t *ppos)
{
	struct inode *inode = file->f_dentry->d_inode;
	struct proc_dir_entry *dp = inode->u.generic_ip;

	if (!dp->write_proc)
		return -EIO;
	return dp->write_proc(file, buffer, count, dp->data);
}

/* The text has no known end: SEEK_END is refused. */
/// §5.6：/proc 固定文件的 lseek。2.4.0: fs/proc/generic.c proc_file_lseek()
/// 只认 SEEK_SET 与 SEEK_CUR，结果不能为负；文件没有确定的长度，SEEK_END 得 -EINVAL。
static loff_t proc_file_lseek(struct file *file, loff_t offset, int origin)
{
	switch (origin) {
	case 1:
		offset += file->f_pos;
		/* fall through */
	case 0:
		if (offset < 0)
			break;
		file->f_pos = offset;
		return offset;
	}
	return -EINVAL;
}

static struct file_operations proc_file_operations = {
	.llseek = proc_file_lseek,
	.read = proc_file_read,
	.write = proc_file_write,
};

/* read() of a directory. */
/// §5.6：读目录。2.4.0: fs/read_write.c generic_read_dir()（返回 -EISDIR）
/// 本移植没有 getdents()，目录只能打开、不能列出；read() 与 2.4.0 一样得 -EISDIR。
static ssize_t proc_dir_read(struct file *file, char *buf, size_t count,
			     loff_t *ppos)
{
	return -EISDIR;
}

/* Port: no getdents(), so a directory only refuses to be read. */
struct file_operations proc_dir_operations = {
	.read = proc_dir_read,
};

static unsigned short proc_next_ino = 4096;

/* Hook dp into dir's list of entries, with an inode number of its own. */
/// §5.2：把表项挂进目录。2.4.0: fs/proc/generic.c proc_register()
/// 每个固定表项有自己的索引节点号（2.4.0 从位图里分配，4096 起）；子目录让父目录的链接数加一；
/// 没有指定文件操作的普通文件用 proc_file_operations，读写都经 read_proc/write_proc。
static int proc_register(struct proc_dir_entry *dir,
			 struct proc_dir_entry *dp)
{
	dp->low_ino = proc_next_ino++;
	dp->next = dir->subdir;
	dp->parent = dir;
	dir->subdir = dp;
	if (S_ISDIR(dp->mode))
		dir->nlink++;
	else if (!dp->proc_fops)
		dp->proc_fops = &proc_file_operations;
	return 0;
}

/*
 * A new entry name in parent (NULL: /proc itself), mode S_IRUGO by
 * default for a file; the caller sets read_proc or get_info.
 */
/// §5.2：登记一个新的 /proc 表项。2.4.0: fs/proc/generic.c create_proc_entry()
/// 名字紧跟在表项后面一起分配；没给类型就是普通文件，没给权限：文件 0444，目录 0555。
/// 与 2.4.0 不同：名字里不能有“/”（2.4.0 的 xlate_proc_name 会先找到中间的目录），本移植只在 /proc 下登记。
struct proc_dir_entry *create_proc_entry(const char *name, mode_t mode,
					 struct proc_dir_entry *parent)
{
	struct proc_dir_entry *ent;
	int len = strlen(name);

	if (!parent)
		parent = &proc_root;
	ent = kmalloc(sizeof(*ent) + len + 1, GFP_KERNEL);
	if (!ent)
		return NULL;
	memset(ent, 0, sizeof(*ent));
	memcpy(ent + 1, name, len + 1);
	ent->name = (const char *) (ent + 1);
	ent->namelen = len;

	/* No type: a regular file.  No permissions: readable by all. */
	if (!(mode & S_IFMT))
		mode |= S_IFREG;
	if (!(mode & S_IALLUGO))
		mode |= S_ISDIR(mode) ? S_IRUGO | S_IXUGO : S_IRUGO;
	ent->mode = mode;
	ent->nlink = S_ISDIR(mode) ? 2 : 1;
	if (S_ISDIR(mode))
		ent->proc_fops = &proc_dir_operations;
	proc_register(parent, ent);
	return ent;
}

/* Does de have the name (len bytes, not NUL-ended)? */
/// §5.2：名字比较（名字不以 0 结尾，按长度比）。2.4.0: fs/proc/generic.c proc_match()
static int proc_match(int len, const char *name, struct proc_dir_entry *de)
{
	if (de->namelen != len)
		return 0;
	return !memcmp(name, de->name, len);
}

/* The fixed entry name in the directory dir, or -ENOENT. */
/// §5.2：在一个固定目录里按名字找表项。2.4.0: fs/proc/generic.c proc_lookup()
/// 找到就做一对目录项+索引节点（proc_get_inode）；找不到是 -ENOENT，不留“负”目录项。
struct dentry *proc_lookup(struct dentry *dir, const char *name, int len)
{
	struct proc_dir_entry *de = dir->d_inode->u.generic_ip;

	for (de = de ? de->subdir : NULL; de; de = de->next)
		if (proc_match(len, name, de))
			return proc_get_inode(dir, name, len, de);
	return ERR_PTR(-ENOENT);
}
