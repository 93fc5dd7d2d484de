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
/// §2.13 系统调用 mmap()：把文件映射进用户空间；页面高速缓存（书第 5 章）。2.4.0 的 mm/filemap.c 中本移植需要的部分：
/// 页面高速缓存的计数和脏页队列、generic_file_mmap 与缺页时取文件页面的 filemap_nopage。
/// 与 2.4.0 不同：没有移植页面高速缓存本身（按 mapping 和 index 查找页面的杂凑表、预读、同一文件的所有映射共用一个页面）。
/// filemap_nopage 每次缺页都通过文件的 readpage 读出一个新页面，所以每个映射（每个进程）各有一份副本；
/// 私有映射的语义不变（写时拷贝只是提前发生了），只是多占一些内存。
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/swap.h>
#include <linux/spinlock.h>
#include <linux/highmem.h>

/* Pages in the page cache. */
/// §2.6：页面高速缓存（page cache）中的页面数。2.4.0: mm/filemap.c page_cache_size。
/// vm_enough_memory() 把它算作可回收的页面；本移植没有页面高速缓存，它为 0。
atomic_t page_cache_size = ATOMIC_INIT(0);

/// 保护页面高速缓存的杂凑表和各 address_space 的三个页面队列（单处理器上为空锁）。
spinlock_t pagecache_lock = SPIN_LOCK_UNLOCKED;

/*
 * A page of a file mapping was dirtied (set_page_dirty saw the bit go
 * from 0 to 1): put it on its mapping's dirty list for writeback.
 */
/// §2.6：文件映射的页面第一次被写脏时（set_page_dirty 发现 PG_dirty 由 0 变 1），把它从 mapping 的干净队列移到 dirty_pages 队列，
/// 等待写回。2.4.0: mm/filemap.c __set_page_dirty()。2.4.0 最后还调用 mark_inode_dirty_pages(mapping->host)，
/// 本移植没有 inode 写回机制，省去这一步。
void __set_page_dirty(struct page *page)
{
	struct list_head *dirty_list = &page->mapping->dirty_pages;

	spin_lock(&pagecache_lock);
	/// 先从所在的队列（通常是 clean_pages）摘下，再插到 dirty_pages 的最前面；
	/// 已经在 dirty_pages 上的页面也照此移到队首。
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
/// §2.13：文件映射区间的 nopage 方法：do_no_page（mm/memory.c）在第一次访问一个页面时调用它。2.4.0: mm/filemap.c filemap_nopage()
/// 页面在文件中的位置 = 区间内的页面号 + vm_pgoff。超出文件尾（按页面向上取整）返回 NULL，do_no_page 据此给进程发 SIGBUS；
/// 程序的最后一页若只有一部分在文件里，其余部分由 readpage 补零。
/// 2.4.0 的做法：在页面高速缓存里找这个页面，不在就读入（连同后面几页的预读），私有映射又是写访问（no_share）时
/// 复制一份交出去；本移植直接分配新页面、readpage 填好，它本来就是私有的，no_share 因此不必区分。
/// 分配失败返回 NOPAGE_OOM，do_page_fault 走 out_of_memory 的路。
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
/// 共享映射和私有映射各有一套区间操作。2.4.0 的共享映射还有 sync、swapout（把脏页写回文件）；本移植没有可写的文件系统，
/// 可写的共享文件映射在 generic_file_mmap 里就因没有 writepage 而被拒绝。
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
/// §2.13：文件系统的 mmap 方法（do_mmap_pgoff 调用 file->f_op->mmap）。2.4.0: mm/filemap.c generic_file_mmap()
/// 只检查能否这样映射、挂上区间操作，并不读任何页面：页面在第一次访问时才由 filemap_nopage 读入（按需调页）。
/// 以可写方式共享映射需要文件系统能写回（writepage）；只能映射普通文件；文件系统必须有 readpage。
/// （2.4.0 还要求有超级块 i_sb，并更新访问时间 UPDATE_ATIME；本移植没有超级块。）
int generic_file_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct inode *inode = file->f_dentry->d_inode;
	struct address_space *mapping = inode->i_mapping;
	/// 共享并且（现在或将来经 mprotect）可写的映射，写进页面的内容最终要写回文件。
	/// 只读打开的文件做共享映射时 do_mmap_pgoff 已去掉 VM_MAYWRITE，这里就按私有映射处理。
	int writes_back = (vma->vm_flags & VM_SHARED) &&
			  (vma->vm_flags & VM_MAYWRITE);

	/// 三项检查的次序与 2.4.0 相同：先 writepage（-EINVAL），再是否普通文件（-EACCES），
	/// 最后 readpage（-ENOEXEC）；所以一个没有 writepage 的设备文件做可写共享映射得到的是 -EINVAL。
	/* Stores through a shared writable mapping reach the file. */
	if (writes_back && mapping->a_ops->writepage == NULL)
		return -EINVAL;
	if (!S_ISREG(inode->i_mode))
		return -EACCES;
	/* Every page comes in through readpage (filemap_nopage). */
	if (mapping->a_ops->readpage == NULL)
		return -ENOEXEC;
	/// 检查都通过以后才挂上区间操作；失败时 vm_ops 保持原样（NULL）。
	vma->vm_ops = writes_back ? &file_shared_mmap : &file_private_mmap;
	return 0;
}
