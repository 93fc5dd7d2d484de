// SPDX-License-Identifier: GPL-2.0-only
/*
 * The fixed /proc entries: registering one (create_proc_entry), finding
 * one by name in its directory (proc_lookup), and reading one through
 * its read_proc method a block at a time (proc_file_read).
 * Follows Linux 2.4.0 fs/proc/generic.c.  Port: no removal, no
 * directories below /proc other than the <pid> ones (base.c).
 */
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
#define PROC_BLOCK_SIZE	(3 * 1024)

/*
 * read() of a fixed entry: a free page for read_proc to write into;
 * ask it for the text at *ppos, a block at a time, until the caller's
 * count is met or read_proc says the file ends.
 */
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
static int proc_match(int len, const char *name, struct proc_dir_entry *de)
{
	if (de->namelen != len)
		return 0;
	return !memcmp(name, de->name, len);
}

/* The fixed entry name in the directory dir, or -ENOENT. */
struct dentry *proc_lookup(struct dentry *dir, const char *name, int len)
{
	struct proc_dir_entry *de = dir->d_inode->u.generic_ip;

	for (de = de ? de->subdir : NULL; de; de = de->next)
		if (proc_match(len, name, de))
			return proc_get_inode(dir, name, len, de);
	return ERR_PTR(-ENOENT);
}
