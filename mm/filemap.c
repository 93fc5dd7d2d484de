// SPDX-License-Identifier: GPL-2.0-only
/*
 * The page cache's count and dirty list, and the mapping of files into
 * address spaces: generic_file_mmap() gives a file VMA the nopage
 * method filemap_nopage(), which brings a page of the file in on the
 * first touch (the mmap of an executable's text and data, §2.13).
 * Port: the page cache itself (the hash of pages by mapping and index,
 * read-ahead, sharing one page among all mappings of a file, chapter 5)
 * is not ported: filemap_nopage() reads a fresh page through the
 * file's readpage on every fault, so every mapping gets its own copy.
 * 情景分析 §2.13 (filemap_nopage), chapter 5.  Follows Linux 2.4.0
 * mm/filemap.c.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/swap.h>
#include <linux/spinlock.h>
#include <linux/highmem.h>

/* Pages in the page cache. */
atomic_t page_cache_size = ATOMIC_INIT(0);

spinlock_t pagecache_lock = SPIN_LOCK_UNLOCKED;

/*
 * A page of a file mapping was dirtied (set_page_dirty saw the bit go
 * from 0 to 1): put it on its mapping's dirty list for writeback.
 */
void __set_page_dirty(struct page *page)
{
	struct list_head *dirty_list = &page->mapping->dirty_pages;

	spin_lock(&pagecache_lock);
	list_del(&page->list);
	list_add(&page->list, dirty_list);
	spin_unlock(&pagecache_lock);
}

/*
 * The first touch of a page of a file mapping: the page at the file
 * offset of address.  Beyond the end of the file (rounded up to a page)
 * there is nothing: NULL makes do_no_page() send SIGBUS.  2.4.0 finds
 * the page in the page cache (reading it and the next ones if missing)
 * and, for a private write (no_share), returns a copy; here the page is
 * read fresh through the mapping's readpage, so it is private already.
 */
struct page *filemap_nopage(struct vm_area_struct *area,
			    unsigned long address, int no_share)
{
	struct file *file = area->vm_file;
	struct inode *inode = file->f_dentry->d_inode;
	struct address_space *mapping = inode->i_mapping;
	struct page *page;
	unsigned long size, pgoff;

	pgoff = ((address - area->vm_start) >> PAGE_CACHE_SHIFT) +
		area->vm_pgoff;

	size = (inode->i_size + PAGE_CACHE_SIZE - 1) >> PAGE_CACHE_SHIFT;
	if ((pgoff >= size) && (area->vm_mm == current->mm))
		return NULL;

	page = alloc_page(GFP_HIGHUSER);
	if (!page)
		return NOPAGE_OOM;
	page->index = pgoff;
	if (mapping->a_ops->readpage(file, page)) {
		__free_page(page);
		return NULL;
	}
	flush_page_to_ram(page);
	return page;
}

/*
 * The VMA methods of file mappings.  2.4.0's shared kind also writes
 * dirty pages back (sync, swapout); no file system of this port can be
 * written, so a shared writable file mapping cannot be made.
 */
static struct vm_operations_struct file_shared_mmap = {
	.nopage = filemap_nopage,
};

static struct vm_operations_struct file_private_mmap = {
	.nopage = filemap_nopage,
};

/*
 * A file's mmap method for file systems whose pages come through
 * readpage: check the file can be mapped that way and attach the nopage
 * method.  A shared writable mapping needs writepage too.
 */
int generic_file_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct inode *inode = file->f_dentry->d_inode;
	struct address_space *mapping = inode->i_mapping;
	int writes_back = (vma->vm_flags & VM_SHARED) &&
			  (vma->vm_flags & VM_MAYWRITE);

	/* Stores through a shared writable mapping reach the file. */
	if (writes_back && mapping->a_ops->writepage == NULL)
		return -EINVAL;
	if (!S_ISREG(inode->i_mode))
		return -EACCES;
	/* Every page comes in through readpage (filemap_nopage). */
	if (mapping->a_ops->readpage == NULL)
		return -ENOEXEC;
	vma->vm_ops = writes_back ? &file_shared_mmap : &file_private_mmap;
	return 0;
}
