// SPDX-License-Identifier: GPL-2.0-only
/*
 * Open files (struct file): allocating one for open(), finding one by
 * descriptor (fget) and dropping references (fput); the last reference
 * releases the file.
 * Chapter 5 (files); §2.13 (an mmap'ed file holds a reference).
 * Follows Linux 2.4.0 fs/file_table.c.  Port: files come straight from
 * their slab cache (2.4.0 keeps a free list and counts files against a
 * limit, files_stat).
 */
/// §5.5 文件的打开与关闭；§2.13（映射文件的虚存区间持有 struct file 的一个引用）。2.4.0 的 fs/file_table.c：
/// struct file 的分配、按描述符查找（fget）、引用计数（fput）。
/// 与 2.4.0 不同：直接从 slab 缓存分配和释放，2.4.0 还维护一个空闲 file 链表并按 files_stat 限制总数。
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/dcache.h>

kmem_cache_t *filp_cachep;

/* The cache of struct file (2.4.0 creates it in vfs_caches_init). */
/// §5.5 / §2.10：创建 struct file 的 slab 缓存 "filp"。2.4.0: fs/dcache.c vfs_caches_init()（2.4.0 在那里创建 filp_cachep，本移植放在这里）
void __init files_init(void)
{
	filp_cachep = kmem_cache_create("filp", sizeof(struct file), 0,
					SLAB_HWCACHE_ALIGN, NULL, NULL);
	if (!filp_cachep)
		panic("Cannot create filp SLAB cache");
}

/* A zeroed file with one reference, or NULL. */
/// §5.5：一个新的 struct file，引用计数 1。2.4.0: fs/file_table.c get_empty_filp()
struct file *get_empty_filp(void)
{
	struct file *f;

	f = kmem_cache_alloc(filp_cachep, SLAB_KERNEL);
	if (f) {
		memset(f, 0, sizeof(*f));
		atomic_set(&f->f_count, 1);
		INIT_LIST_HEAD(&f->f_list);
	}
	return f;
}

/*
 * Drop a reference; the last one calls the release method, gives back
 * write access and frees the file.
 */
/// §5.5 / §2.13：放掉一个引用，最后一个引用关闭文件。2.4.0: fs/file_table.c fput()
/// 引用来自描述符表（close 时放掉）和每个映射它的虚存区间（munmap、exit_mmap 时放掉），所以 close 了描述符，
/// 只要文件还映射着，它就还开着。以写方式打开的文件在这里归还写访问权（i_writecount）。
void fput(struct file *file)
{
	struct file_operations *ops = file->f_op;
	struct dentry *de = file->f_dentry;
	struct inode *ino = de ? de->d_inode : NULL;

	/// 还有别的引用（另一个描述符、映射着它的区间）就到此为止；dentry、inode 在减计数之前就取好了。
	if (!atomic_dec_and_test(&file->f_count))
		return;

	/* The last user is gone: the file system's goodbye first. */
	if (ops && ops->release)
		ops->release(ino, file);
	file->f_dentry = NULL;
	file->f_vfsmnt = NULL;
	if (ino && (file->f_mode & FMODE_WRITE))
		put_write_access(ino);
	/// 与 2.4.0 一样由 dput 放掉文件对目录项的引用：/proc 的目录项在最后一个引用消失时就此释放（连同进程的 task_struct 引用）。
	dput(de);
	kmem_cache_free(filp_cachep, file);
}

/* The file open on descriptor fd, with a reference taken, or NULL. */
/// §5.6：按描述符取 struct file 并加一个引用，read、write、mmap 用它。2.4.0: fs/file_table.c fget()
struct file *fget(unsigned int fd)
{
	struct files_struct *table = current->files;
	struct file *found;

	read_lock(&table->file_lock);
	found = fcheck_files(table, fd);
	if (found)
		get_file(found);	/* before the lock goes */
	read_unlock(&table->file_lock);
	return found;
}

/* An open that failed after get_empty_filp(): free the file unused. */
/// §5.5：打开失败时丢掉还没用过的 struct file。2.4.0: fs/file_table.c put_filp()
void put_filp(struct file *file)
{
	if (!atomic_dec_and_test(&file->f_count))
		return;
	kmem_cache_free(filp_cachep, file);
}
