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
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/dcache.h>

kmem_cache_t *filp_cachep;

/* The cache of struct file (2.4.0 creates it in vfs_caches_init). */
void __init files_init(void)
{
	filp_cachep = kmem_cache_create("filp", sizeof(struct file), 0,
					SLAB_HWCACHE_ALIGN, NULL, NULL);
	if (!filp_cachep)
		panic("Cannot create filp SLAB cache");
}

/* A zeroed file with one reference, or NULL. */
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
void fput(struct file *file)
{
	struct file_operations *ops = file->f_op;
	struct dentry *de = file->f_dentry;
	struct inode *ino = de ? de->d_inode : NULL;

	if (!atomic_dec_and_test(&file->f_count))
		return;

	/* The last user is gone: the file system's goodbye first. */
	if (ops && ops->release)
		ops->release(ino, file);
	file->f_dentry = NULL;
	file->f_vfsmnt = NULL;
	if (ino && (file->f_mode & FMODE_WRITE))
		put_write_access(ino);
	dput(de);
	kmem_cache_free(filp_cachep, file);
}

/* The file open on descriptor fd, with a reference taken, or NULL. */
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
void put_filp(struct file *file)
{
	if (!atomic_dec_and_test(&file->f_count))
		return;
	kmem_cache_free(filp_cachep, file);
}
