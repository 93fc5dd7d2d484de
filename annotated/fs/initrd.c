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
/// §5.4 文件系统的安装 / §10 系统引导和初始化：把初始 RAM 盘解包进根 ramfs。2.4.0: 无（本移植新增）。
/// 2.4.0 的 initrd 是 RAM 块设备（drivers/block/rd.c）上的文件系统映像，由真正的文件系统代码挂载；本移植没有块设备层，
/// initrd 是“newc”格式的 cpio 档案（scripts/mkinitrd 生成，后来的内核称之为 initramfs）。启动时逐项 mkdir、创建并 write 进 ramfs，
/// 于是每个文件的数据都在页面高速缓存的页面里——这是 ramfs 文件唯一的“家”。解包后映像本身的页面由 free_initrd_mem 还给伙伴系统，
/// 打印 2.4.0 的“Freeing initrd memory: Nk freed”。此后 read() 是 generic_file_read，mmap() 是 generic_file_mmap，
/// 缺页时 filemap_nopage 在页面高速缓存里找到的就是这些页面，两个进程运行同一程序时共用代码段的同一批页面。
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
/// §10 解析 newc 头里的一个 8 位十六进制字段。2.4.0: 无（本移植新增）。
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
/// §5.7 在 ramfs 里建档案中的一个目录：与 sys_mkdir 走同样的路（walk_parent 的等价物、lookup_create、vfs_mkdir）。2.4.0: 无（本移植新增）。
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
/// §5.7 在 ramfs 里建档案中的一个设备文件（/dev/hda）：与 initrd_mkdir 同样走 LOOKUP_PARENT、lookup_create，再 vfs_mknod；ramfs_mknod 用 init_special_inode 让它的 i_fop 成为 def_blk_fops。2.4.0: 无（本移植新增）。
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
/// §5.6 建一个普通文件并把档案里的数据 write 进去：filp_open(O_CREAT|O_WRONLY|O_TRUNC) 后调用文件的 write 方法，
/// 即 generic_file_write → grab_cache_page → ramfs_prepare_write/commit_write，数据落进页面高速缓存。2.4.0: 无（本移植新增）。
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
/// §10 读 cpio 档案：110 字节的头（“070701”和 13 个字段）、文件名、数据，文件名和数据各自从 4 字节边界开始；“TRAILER!!!”结束。
/// 建目录、普通文件和块设备文件，其他类型跳过；名字前的 “./”“/” 去掉后加上 “/”。2.4.0: 无（本移植新增）。
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
			/// 块设备文件：设备号取自 newc 头的 rdevmajor（偏移 78）、rdevminor（偏移 86），拼成内核的设备号。/dev 目录本身由档案里在它之前的“dev”目录项先建好。
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
/// §10 在 init 进程里、mount_root 之后调用：以 KERNEL_DS 把内核地址当作“用户”缓冲区解包，然后 free_initrd_mem 释放映像的页面。
/// 2.4.0: 无（本移植新增）。2.4.0 在 initrd 用完后（rd.c 的 initrd_release）调用同一个 free_initrd_mem。
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
