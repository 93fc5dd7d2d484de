// SPDX-License-Identifier: GPL-2.0-only
/*
 * Unpacking the initial RAM disk into the root ramfs.  The boot sector
 * loads the image and setup_arch() reserves it (initrd_start,
 * initrd_end); it is a "newc" cpio archive (scripts/mkinitrd).  Each
 * directory is made with mkdir and each regular file created and
 * written with write(), so its data ends up in page-cache pages, the
 * only home a ramfs file has.  Then the image's own pages are freed
 * (free_initrd_mem).  Every file a program sees lives in the page
 * cache: read() is generic_file_read(), mmap() generic_file_mmap().
 * Port addition: 2.4.0 has no initramfs; its initrd is a block device
 * (drivers/block/rd.c) holding a file-system image, which it also frees
 * with free_initrd_mem once done with.
 * Chapter 5 (files); §2.13 (file mappings).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/dcache.h>
#include <asm/uaccess.h>

extern unsigned long initrd_start, initrd_end;
extern void free_initrd_mem(unsigned long, unsigned long);

/* Eight hex digits of a newc header field. */
static unsigned long __init hex8(const char *p)
{
	unsigned long v = 0;
	int i;

	for (i = 0; i < 8; i++) {
		char c = p[i];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
	}
	return v;
}

#define ALIGN4(x)	(((x) + 3) & ~3UL)

/* Make directory name (an absolute path). */
static int __init initrd_mkdir(const char *name, int mode)
{
	struct nameidata nd;
	struct dentry *dentry;
	int err;

	nd.flags = LOOKUP_PARENT;
	err = path_walk(name, &nd);
	if (err)
		return err;
	dentry = lookup_create(&nd, 1);
	err = PTR_ERR(dentry);
	if (!IS_ERR(dentry)) {
		err = vfs_mkdir(nd.dentry->d_inode, dentry, mode);
		dput(dentry);
	}
	up(&nd.dentry->d_inode->i_sem);
	dput(nd.dentry);
	return err;
}

/* Make device node name (dev: the kernel's number for it). */
static int __init initrd_mknod(const char *name, int mode, int dev)
{
	struct nameidata nd;
	struct dentry *dentry;
	int err;

	nd.flags = LOOKUP_PARENT;
	err = path_walk(name, &nd);
	if (err)
		return err;
	dentry = lookup_create(&nd, 0);
	err = PTR_ERR(dentry);
	if (!IS_ERR(dentry)) {
		err = vfs_mknod(nd.dentry->d_inode, dentry, mode, dev);
		dput(dentry);
	}
	up(&nd.dentry->d_inode->i_sem);
	dput(nd.dentry);
	return err;
}

/* Create regular file name and write its size bytes of data. */
static int __init initrd_write(const char *name, int mode,
			       const char *data, unsigned long size)
{
	struct file *f;
	ssize_t n = 0;

	f = filp_open(name, O_CREAT | O_WRONLY | O_TRUNC, mode);
	if (IS_ERR(f))
		return PTR_ERR(f);
	if (size)
		n = f->f_op->write(f, data, size, &f->f_pos);
	fput(f);
	if (n < 0)
		return n;
	return n == size ? 0 : -ENOSPC;
}

/*
 * Read the archive: a 110-byte header ("070701" and 13 eight-digit hex
 * fields), the name (namesize bytes with the NUL), then the data; name
 * and data each start on a 4-byte boundary.  "TRAILER!!!" ends it.
 * Directories, regular files and block device nodes (/dev/hda) are
 * made; other types are skipped.  Returns the number of regular files.
 */
static int __init unpack_initrd(const char *p, const char *end)
{
	static char path[256] __initdata;
	int nr = 0, err = 0;

	while (p + 110 <= end) {
		unsigned long mode, size, namesize;
		const char *name, *data;

		if (memcmp(p, "070701", 6) && memcmp(p, "070702", 6)) {
			printk(KERN_ERR "initrd: no cpio header at offset %ld\n",
			       (long) (p - (const char *) initrd_start));
			break;
		}
		mode = hex8(p + 14);
		size = hex8(p + 54);
		namesize = hex8(p + 94);
		name = p + 110;
		data = (const char *) ALIGN4((unsigned long) name + namesize);
		if (name + namesize > end || data + size > end || !namesize ||
		    name[namesize - 1]) {
			printk(KERN_ERR "initrd: truncated cpio archive\n");
			break;
		}
		if (!strcmp(name, "TRAILER!!!"))
			break;
		while (name[0] == '.' && name[1] == '/')
			name += 2;
		while (*name == '/')
			name++;
		if (*name && strlen(name) < sizeof(path) - 1) {
			path[0] = '/';
			strcpy(path + 1, name);
			if (S_ISDIR(mode)) {
				err = initrd_mkdir(path, mode & 07777);
			} else if (S_ISREG(mode)) {
				err = initrd_write(path, mode & 07777, data,
						   size);
				if (!err)
					nr++;
			} else if (S_ISBLK(mode)) {
				/* rdevmajor, rdevminor */
				err = initrd_mknod(path, mode,
					kdev_t_to_nr(MKDEV(hex8(p + 78),
							   hex8(p + 86))));
			}
			if (err && err != -EEXIST)
				printk(KERN_ERR "initrd: %s: error %d\n",
				       path, err);
		}
		p = (const char *) ALIGN4((unsigned long) data + size);
	}
	return nr;
}

/*
 * Unpack the initrd into the root ramfs (with the kernel's own
 * addresses as "user" buffers), then give its pages back.
 */
int __init initrd_fs_init(void)
{
	mm_segment_t old_fs;
	int nr;

	if (!initrd_start)
		return 0;
	old_fs = get_fs();
	set_fs(KERNEL_DS);
	nr = unpack_initrd((const char *) initrd_start,
			   (const char *) initrd_end);
	set_fs(old_fs);
	printk("initrd: %d files\n", nr);
	free_initrd_mem(initrd_start, initrd_end);
	initrd_start = 0;
	return nr;
}
