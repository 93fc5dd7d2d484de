// SPDX-License-Identifier: GPL-2.0-only
/*
 * The page cache.  So far its page count and the move of a page to its
 * mapping's dirty list; reading files through the page cache (nopage,
 * read-ahead) comes with files.
 * 情景分析 §2.13 (filemap_nopage), chapter 5.  Follows Linux 2.4.0
 * mm/filemap.c.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/swap.h>
#include <linux/spinlock.h>

/* Pages in the page cache. */
/// §2.6：页面高速缓存（page cache）中的页面数。2.4.0: mm/filemap.c page_cache_size。
/// vm_enough_memory() 把它算作可回收的页面；本移植还没有文件页面，它为 0。
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
	struct address_space *mapping = page->mapping;

	spin_lock(&pagecache_lock);
	list_del(&page->list);
	list_add(&page->list, &mapping->dirty_pages);
	spin_unlock(&pagecache_lock);
}
