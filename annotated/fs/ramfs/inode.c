// SPDX-License-Identifier: GPL-2.0-only
/*
 * ramfs: a file system with no backing store at all.  A file's data is
 * its pages in the page cache and nothing else; a directory is its
 * entries in the dentry cache, each pinned by an extra count so that
 * it never goes away while the name exists.
 * Chapter 5 (files); §2.13 (the page cache behind file mappings).
 * Follows Linux 2.4.0 fs/ramfs/inode.c.  Port: no statfs, symlink, link
 * or rename; no file-system type to register (fs/super.c mounts it as
 * the root).  writepage unlocks the page (see ramfs_writepage).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/highmem.h>
#include <linux/pagemap.h>

#define RAMFS_MAGIC	0x858458f6

static struct address_space_operations ramfs_aops;
static struct file_operations ramfs_dir_operations;
static struct file_operations ramfs_file_operations;
static struct inode_operations ramfs_file_inode_operations;
static struct inode_operations ramfs_dir_inode_operations;

/*
 * Every name not in the dentry cache does not exist: remember that
 * (a negative entry) and answer "no such file".
 */
/// §5.2 ramfs 的目录就是目录项高速缓存本身：缓存里没有的名字就不存在，挂一个负目录项即可。 2.4.0: fs/ramfs/inode.c ramfs_lookup()
static struct dentry *ramfs_lookup(struct inode *dir, struct dentry *dentry)
{
	d_add(dentry, NULL);
	return NULL;
}

/*
 * A page the cache does not have yet is a hole (or a new page): zeros.
 * Nothing to wait for, so it is ready and unlocked at once.
 */
/// §2.13 页面缓冲中还没有的页面就是“空洞”：清零、标记为最新、解锁。没有 I/O 可等。 2.4.0: fs/ramfs/inode.c ramfs_readpage()
static int ramfs_readpage(struct file *file, struct page *page)
{
	if (Page_Uptodate(page))
		goto unlock;
	clear_highpage(page);
	SetPageUptodate(page);
	flush_dcache_page(page);
unlock:
	UnlockPage(page);
	return 0;
}

/*
 * "Writing back" a page that has nowhere to go: it only becomes dirty
 * again, so reclaim never drops it.  Port: 2.4.0 returns 0 with the
 * page still locked, and msync(MS_SYNC) then waits for that lock for
 * ever (filemap_fdatawait); here the page is unlocked, as a writepage
 * must, and the answer is 1 (refused): page_launder then moves it to
 * the active list.  Unlocked, dirty and answering 0, it stayed at the
 * tail of inactive_dirty and page_launder's second pass spent its
 * whole budget writing this one page, round after round, while the
 * dirty swap pages behind it were never written (t_swap_anon hung).
 */
/// §2.13 ramfs 的页面无处可写：只是重新标记为脏，使页面回收永远不会丢掉它。偏离 2.4.0：2.4.0 在这里返回时页面仍然锁着，msync(MS_SYNC) 的 filemap_fdatawait 会永远等待这个锁；这里解锁（见 deviations.md，t_shared 验证 msync 返回）。 2.4.0: fs/ramfs/inode.c ramfs_writepage()
/// 偏离 2.4.0 的第二处：返回 1（“拒绝写出”），而 2.4.0 返回 0。page_launder 对返回 1 的页面重新置脏并移到活跃队列。若解锁后仍返回 0，这个脏页面就停在 inactive_dirty 队列尾部，page_launder 第二遍扫描把整个预算都花在反复“写”这一个页面上，后面等待写出的脏交换页面永远轮不到，申请页面的进程和 kswapd 一轮又一轮空转（t_swap_anon 在 8 MB + 交换区时曾因此挂住）。
static int ramfs_writepage(struct page *page)
{
	SetPageDirty(page);
	UnlockPage(page);
	return 1;
}

/*
 * Before write() copies into the locked page: a page not read yet is
 * all zeros around the new bytes.  The page stays mapped (kmap) until
 * commit_write, and is dirty from now on.
 */
/// §5.6 generic_file_write 拷贝之前：尚未读入的页面整页清零并标记为最新；页面从此是脏的，kmap 保持到 commit_write。 2.4.0: fs/ramfs/inode.c ramfs_prepare_write()
static int ramfs_prepare_write(struct file *file, struct page *page,
			       unsigned offset, unsigned to)
{
	void *kaddr = kmap(page);

	if (!Page_Uptodate(page)) {
		memset(kaddr, 0, PAGE_CACHE_SIZE);
		flush_dcache_page(page);
		SetPageUptodate(page);
	}
	SetPageDirty(page);
	return 0;
}

/* The bytes are in: the file now reaches at least their end. */
/// §5.6 数据已拷入：若写到了文件末尾之外，i_size 随之增长。 2.4.0: fs/ramfs/inode.c ramfs_commit_write()
static int ramfs_commit_write(struct file *file, struct page *page,
			      unsigned offset, unsigned to)
{
	struct inode *inode = page->mapping->host;
	loff_t end = ((loff_t) page->index << PAGE_CACHE_SHIFT) + to;

	kunmap(page);
	if (end > inode->i_size)
		inode->i_size = end;
	return 0;
}

/* An inode of the given type; its only data will be page-cache pages. */
/// §5.5 按类型建立 ramfs 的索引节点：普通文件用 generic_file_read/write/mmap，目录用 ramfs 的目录操作；页面的 a_ops 都是 ramfs_aops。移植：没有设备文件。 2.4.0: fs/ramfs/inode.c ramfs_get_inode()
struct inode *ramfs_get_inode(struct super_block *sb, int mode, int dev)
{
	struct inode *ino = new_inode(sb);

	if (!ino)
		return NULL;
	/* i_blocks stays 0: nothing is ever allocated on a device. */
	ino->i_mode = mode;
	ino->i_uid = current->fsuid;
	ino->i_gid = current->fsgid;
	ino->i_blksize = PAGE_CACHE_SIZE;
	ino->i_mapping->a_ops = &ramfs_aops;
	if (S_ISREG(mode)) {
		ino->i_op = &ramfs_file_inode_operations;
		ino->i_fop = &ramfs_file_operations;
	} else if (S_ISDIR(mode)) {
		ino->i_op = &ramfs_dir_inode_operations;
		ino->i_fop = &ramfs_dir_operations;
	} else {
		/// 其他类型（本移植实际只有块设备 /dev/hda）交给 init_special_inode，与 2.4.0 的 ramfs_get_inode 相同：设备文件的数据不在页面缓冲里，读写经 def_blk_fops 到块设备。
		init_special_inode(ino, mode, dev);	/* /dev/hda */
	}
	return ino;
}

/*
 * Give the negative dentry an inode.  The extra count pins the entry
 * in the dentry cache: it is the file's only record.
 */
/// §5.5 给负目录项装上新索引节点，并多加一次计数把目录项“钉”在缓存里：它就是这个文件的唯一记录。 2.4.0: fs/ramfs/inode.c ramfs_mknod()
static int ramfs_mknod(struct inode *dir, struct dentry *dentry, int mode,
		       int dev)
{
	struct inode *fresh;

	fresh = ramfs_get_inode(dir->i_sb, mode, dev);
	if (!fresh)
		return -ENOSPC;
	d_instantiate(dentry, fresh);
	dget(dentry);		/* the pin: this entry is the file */
	return 0;
}

/// §5.7 mkdir 即创建一个目录类型的节点。 2.4.0: fs/ramfs/inode.c ramfs_mkdir()
static int ramfs_mkdir(struct inode *dir, struct dentry *dentry, int mode)
{
	return ramfs_mknod(dir, dentry, S_IFDIR | mode, 0);
}

/// §5.5 open(O_CREAT)/creat 即创建一个普通文件类型的节点。 2.4.0: fs/ramfs/inode.c ramfs_create()
static int ramfs_create(struct inode *dir, struct dentry *dentry, int mode)
{
	return ramfs_mknod(dir, dentry, S_IFREG | mode, 0);
}

/* A directory is empty when none of its entries names an inode. */
/// §5.7 目录为空：没有一个子目录项指向索引节点（负目录项不算）。 2.4.0: fs/ramfs/inode.c ramfs_empty()
static int ramfs_empty(struct dentry *dentry)
{
	struct list_head *pos;
	struct dentry *child;

	for (pos = dentry->d_subdirs.next; pos != &dentry->d_subdirs;
	     pos = pos->next) {
		child = list_entry(pos, struct dentry, d_child);
		if (child->d_inode && !d_unhashed(child))
			return 0;
	}
	return 1;
}

/*
 * Remove the name: the inode loses a link and the entry its pin.  The
 * pages stay while anyone still has the file open or mapped (the
 * inode's count), and go with the last iput.  Also rmdir: a directory
 * must be empty first.
 */
/// §5.7 删除名字：链接数减一，去掉 mknod 加的那次“钉”。页面仍随索引节点留给打开或映射着它的进程，最后一个 iput 时才释放。rmdir 也是它（目录须为空）。 2.4.0: fs/ramfs/inode.c ramfs_unlink()
static int ramfs_unlink(struct inode *dir, struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	if (!ramfs_empty(dentry))
		return -ENOTEMPTY;
	inode->i_nlink--;
	dput(dentry);
	return 0;
}

#define ramfs_rmdir ramfs_unlink

/* Nothing is ever anywhere but in memory. */
/// §5.6 数据永远只在内存中，fsync 无事可做。 2.4.0: fs/ramfs/inode.c ramfs_sync_file()
static int ramfs_sync_file(struct file *file, struct dentry *dentry,
			   int datasync)
{
	return 0;
}

static struct address_space_operations ramfs_aops = {
	.readpage = ramfs_readpage,
	.writepage = ramfs_writepage,
	.prepare_write = ramfs_prepare_write,
	.commit_write = ramfs_commit_write,
};

static struct file_operations ramfs_file_operations = {
	.read = generic_file_read,
	.write = generic_file_write,
	.mmap = generic_file_mmap,
	.fsync = ramfs_sync_file,
};

/* Port: no readdir (there is no getdents). */
static struct file_operations ramfs_dir_operations = {
	.fsync = ramfs_sync_file,
};

static struct inode_operations ramfs_dir_inode_operations = {
	.create = ramfs_create,
	.lookup = ramfs_lookup,
	.unlink = ramfs_unlink,
	.mkdir = ramfs_mkdir,
	.rmdir = ramfs_rmdir,
	.mknod = ramfs_mknod,
};

/* Fill in the super block: a page-sized block, the magic, a root "/". */
/// §5.4 填写超级块：块大小为一个页面，魔数，根目录“/”。 2.4.0: fs/ramfs/inode.c ramfs_read_super()
struct super_block *ramfs_read_super(struct super_block *sb, void *data,
				     int silent)
{
	struct inode *root;
	struct dentry *dentry;

	sb->s_blocksize = PAGE_CACHE_SIZE;
	sb->s_blocksize_bits = PAGE_CACHE_SHIFT;
	sb->s_magic = RAMFS_MAGIC;
	root = ramfs_get_inode(sb, S_IFDIR | 0755, 0);
	if (!root)
		return NULL;
	dentry = d_alloc_root(root);
	if (!dentry) {
		iput(root);
		return NULL;
	}
	sb->s_root = dentry;
	return sb;
}
