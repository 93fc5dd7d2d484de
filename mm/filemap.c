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
atomic_t page_cache_size = ATOMIC_INIT(0);

spinlock_t pagecache_lock = SPIN_LOCK_UNLOCKED;

/*
 * A page of a file mapping was dirtied (set_page_dirty saw the bit go
 * from 0 to 1): put it on its mapping's dirty list for writeback.
 */
void __set_page_dirty(struct page *page)
{
	struct address_space *mapping = page->mapping;

	spin_lock(&pagecache_lock);
	list_del(&page->list);
	list_add(&page->list, &mapping->dirty_pages);
	spin_unlock(&pagecache_lock);
}
