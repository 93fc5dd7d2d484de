// SPDX-License-Identifier: GPL-2.0-only
/*
 * The initial RAM disk as a read-only file system.  The boot sector
 * loads the image, setup_arch() reserves it (initrd_start, initrd_end);
 * it is a "newc" cpio archive (scripts/mkinitrd) whose regular files
 * become inodes here, looked up by their archive name.  Their pages
 * live in the page cache: readpage copies a page of the image into a
 * cache page, read() is generic_file_read() and mmap() is
 * generic_file_mmap(), so every process running a program maps the
 * same cache pages of its text, demand-paged like from a disk.  When
 * the last open file of an inode closes, its pages leave the cache.
 * Port addition (2.4.0 has no initramfs: its initrd is a block device,
 * drivers/block/rd.c, holding a file system image).
 * Chapter 5 (files); §2.13 (file mappings).
 */
/// §5.1 概述（文件系统）/ §10 系统引导和初始化：初始 RAM 盘作为一个只读的“文件系统”。
/// 2.4.0: 无（本移植新增）。2.4.0 的 initrd 是 RAM 块设备（drivers/block/rd.c）上的一个文件系统映像（如 ext2），
/// 由真正的文件系统代码挂载；本移植没有块设备层和磁盘文件系统，就把 initrd 做成“newc”格式的 cpio 档案
/// （scripts/mkinitrd 生成，后来的内核称之为 initramfs），启动时逐项登记成索引节点，按名字查找。
/// 文件内容留在引导扇区装入的内存里（setup_arch 用 reserve_bootmem 保留着，永不释放），相当于“磁盘”；
/// 文件的页面则在页面高速缓存里：read() 是 generic_file_read，mmap() 是 generic_file_mmap，缺页时 filemap_nopage
/// 在高速缓存里找，找不到才由 readpage 从映像拷进一个高速缓存页面。两个进程运行同一程序时共用代码段的同一批页面。
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/highmem.h>
#include <linux/pagemap.h>
#include <asm/uaccess.h>

extern unsigned long initrd_start, initrd_end;

/* One file of the archive: its dentry, its inode, where its data is. */
struct initrd_file {
	struct initrd_file *next;
	struct dentry dentry;
	struct inode inode;
	const char *name;
	const char *data;
	int opened;		/* open files of this inode */
};

static struct initrd_file *initrd_files;

/* The directory every file of the archive is in: "/", its own parent. */
/// initrd 的文件都在这个“/”目录下：各文件的 d_parent 指向它，它是自己的父目录（IS_ROOT），
/// 于是 d_path 给 initrd 里的程序拼出“/名字”，/proc/<pid>/maps 的文件映射行就打印这个路径。
static struct dentry initrd_root = {
	.d_count = ATOMIC_INIT(1),
	.d_parent = &initrd_root,
	.d_name = { (const unsigned char *) "/", 1, 0 },
};

/*
 * Fill the locked cache page number page->index of the file from the
 * image (past the end zeros), mark it up to date and unlock it.
 */
/// §2.13：填一个页面高速缓存页面：第 page->index 页，文件尾之后补零。2.4.0: 无（本移植新增）。相当于磁盘文件系统的
/// readpage（2.4.0 经 block_read_full_page 从磁盘读入）。page_cache_read、do_generic_file_read 调用它。
/// 约定与 2.4.0 的 readpage 相同：进来时页面已锁住，读好后置 PG_uptodate 并解锁，等在 wait_on_page 上的进程随之醒来。
static int initrd_readpage(struct file *file, struct page *page)
{
	struct inode *inode = file->f_dentry->d_inode;
	struct initrd_file *f = inode->u.generic_ip;
	const char *data = f->data;
	unsigned long off = page->index << PAGE_CACHE_SHIFT;
	unsigned long n = 0;
	char *kaddr;

	if (off < inode->i_size) {
		n = inode->i_size - off;
		if (n > PAGE_CACHE_SIZE)
			n = PAGE_CACHE_SIZE;
	}
	kaddr = kmap(page);
	memcpy(kaddr, data + off, n);
	memset(kaddr + n, 0, PAGE_CACHE_SIZE - n);
	kunmap(page);
	SetPageUptodate(page);
	UnlockPage(page);
	return 0;
}

/// §5.6：打开文件时记一次数。2.4.0: 无（本移植新增），配合下面的 initrd_release。
static int initrd_open(struct inode *inode, struct file *file)
{
	struct initrd_file *f = inode->u.generic_ip;

	f->opened++;
	return 0;
}

/*
 * The last file of the inode closed (its mappings are gone too: each
 * holds the file): its pages leave the page cache.  Port: 2.4.0 keeps
 * them until reclaim or until the inode is freed; here they go at once,
 * so a run gives back every page it took (tests/user/init.c).
 */
/// §2.13：最后一个打开的文件关闭时（映射也都没了：每个映射都持有文件），把它的页面移出页面高速缓存。
/// 2.4.0: 无（本移植新增）。2.4.0 的页面留在高速缓存里，直到页面回收或 inode 被释放；本移植还没有页面回收，
/// 若一直留着，init 的“free pages before/after”就对不上。见 deviations.md。
static int initrd_release(struct inode *inode, struct file *file)
{
	struct initrd_file *f = inode->u.generic_ip;

	if (--f->opened == 0)
		truncate_inode_pages(inode->i_mapping, 0);
	return 0;
}

static struct file_operations initrd_fops = {
	.read = generic_file_read,
	.mmap = generic_file_mmap,
	.open = initrd_open,
	.release = initrd_release,
};

static struct address_space_operations initrd_aops = {
	.readpage = initrd_readpage,
};

/* Eight hex digits of a newc header field. */
/// §10：解析 newc 头里的一个 8 位十六进制字段。2.4.0: 无（本移植新增）。
static unsigned long hex8(const char *p)
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

/* Make the inode and dentry of one regular file. */
/// §10：为档案里的一个普通文件建立 dentry 和索引节点。2.4.0: 无（本移植新增）。
/// 档案里的名字去掉开头的 “./” 和 “/”；i_writecount 为 0（没有写者，也没有拒绝写入的映射）。
static int __init initrd_add(const char *name, unsigned long mode,
			     const char *data, unsigned long size,
			     unsigned long ino)
{
	struct initrd_file *f;
	struct inode *inode;

	f = kmalloc(sizeof(*f), GFP_KERNEL);
	if (!f)
		return -ENOMEM;
	memset(f, 0, sizeof(*f));
	while (name[0] == '.' && name[1] == '/')
		name += 2;
	while (*name == '/')
		name++;
	f->name = name;
	f->data = data;

	inode = &f->inode;
	inode->i_ino = ino;
	atomic_set(&inode->i_count, 1);
	inode->i_mode = mode;
	inode->i_size = size;
	sema_init(&inode->i_sem, 1);
	inode->i_fop = &initrd_fops;
	inode->i_mapping = &inode->i_data;
	INIT_LIST_HEAD(&inode->i_data.clean_pages);
	INIT_LIST_HEAD(&inode->i_data.dirty_pages);
	INIT_LIST_HEAD(&inode->i_data.locked_pages);
	inode->i_data.a_ops = &initrd_aops;
	inode->i_data.host = inode;
	inode->i_data.i_shared_lock = SPIN_LOCK_UNLOCKED;
	atomic_set(&inode->i_writecount, 0);
	inode->u.generic_ip = f;

	atomic_set(&f->dentry.d_count, 1);
	f->dentry.d_inode = inode;
	f->dentry.d_parent = &initrd_root;
	f->dentry.d_name.name = (const unsigned char *) name;
	f->dentry.d_name.len = strlen(name);

	f->next = initrd_files;
	initrd_files = f;
	return 0;
}

/*
 * Read the archive: a 110-byte header ("070701" and 13 eight-digit hex
 * fields), the name (namesize bytes with the NUL), then the data; name
 * and data each start on a 4-byte boundary.  "TRAILER!!!" ends it.
 * Regular files and block device nodes (/dev/hda) are kept.  Returns
 * the number of regular files.
 */
/// §10：读 cpio 档案。2.4.0: 无（本移植新增），它的位置相当于 2.4.0 init() 中挂载根文件系统的 mount_root()。
/// 每项：110 字节的头（“070701”和 13 个字段）、文件名、数据，文件名和数据各自从 4 字节边界开始；“TRAILER!!!”结束。
/// 只登记普通文件。它在 init 进程里、free_initmem 之前调用（本身是 __init 代码）。
int __init initrd_fs_init(void)
{
	const char *p = (const char *) initrd_start;
	const char *end = (const char *) initrd_end;
	int nr = 0;

	if (!initrd_start)
		return 0;
	while (p + 110 <= end) {
		unsigned long mode, size, namesize, ino;
		const char *name, *data;

		if (memcmp(p, "070701", 6) && memcmp(p, "070702", 6)) {
			printk(KERN_ERR "initrd: no cpio header at offset %ld\n",
			       (long) (p - (const char *) initrd_start));
			break;
		}
		ino = hex8(p + 6);
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
		if (S_ISREG(mode)) {
			if (initrd_add(name, mode, data, size, ino))
				break;
			nr++;
		/// 块设备节点（mkinitrd.py 放入的 dev/hda，主设备号 3、次设备号 0）：cpio newc 头部偏移 78、86 处是
		/// rdevmajor、rdevminor。init_special_inode 给它 def_blk_fops 和 i_rdev，swapon("/dev/hda") 据此找到 IDE 硬盘。
		} else if (S_ISBLK(mode)) {
			/* a device node: rdevmajor, rdevminor */
			if (initrd_add(name, mode, NULL, 0, ino))
				break;
			init_special_inode(&initrd_files->inode, mode,
					   kdev_t_to_nr(MKDEV(hex8(p + 78),
							      hex8(p + 86))));
		}
		p = (const char *) ALIGN4((unsigned long) data + size);
	}
	printk("initrd: %d files\n", nr);
	return nr;
}

/* The dentry of the file called name (no leading "/"), or NULL. */
/// §5.2 从路径名到目标节点：按名字找文件（名字已去掉开头的 “/”）。2.4.0: 无（本移植新增），由 fs/namei.c 调用。
struct dentry *initrd_lookup(const char *name)
{
	struct initrd_file *f;

	for (f = initrd_files; f; f = f->next)
		if (!strcmp(f->name, name))
			return &f->dentry;
	return NULL;
}
