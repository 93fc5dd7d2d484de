// SPDX-License-Identifier: GPL-2.0-only
/*
 * The swap cache: pages on their way to or from a swap slot live in the
 * page cache of one pretend file, swapper_space, at index = the swap
 * entry.  A page swapped out by one process and still mapped by another,
 * or read in ahead of the fault that wants it, is found here instead of
 * being read twice.
 * 情景分析 §2.6, §2.9.  Follows Linux 2.4.0 mm/swap_state.c.
 */
#include <linux/mm.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/fs.h>
#include <linux/swap.h>
#include <linux/pagemap.h>
#include <asm/pgtable.h>

/* The mapping's writepage: page_launder sends dirty swap pages here. */
static int swap_writepage(struct page *pg)
{
	rw_swap_page(WRITE, pg, 0);
	return 0;
}

static struct address_space_operations swap_aops = {
	.writepage = swap_writepage,
	.sync_page = block_sync_page,
};

struct address_space swapper_space = {
	.clean_pages = LIST_HEAD_INIT(swapper_space.clean_pages),
	.dirty_pages = LIST_HEAD_INIT(swapper_space.dirty_pages),
	.locked_pages = LIST_HEAD_INIT(swapper_space.locked_pages),
	.nrpages = 0,
	.a_ops = &swap_aops,
};

#ifdef SWAP_CACHE_INFO
/* How often the swap cache was asked, for show_free_areas. */
unsigned long swap_cache_add_total;
unsigned long swap_cache_del_total;
unsigned long swap_cache_find_total;
unsigned long swap_cache_find_success;

void show_swap_cache_info(void)
{
	printk("Swap cache: add %ld, delete %ld, find %ld/%ld\n",
	       swap_cache_add_total, swap_cache_del_total,
	       swap_cache_find_success, swap_cache_find_total);
}
#define count_swap_cache(what)	((what)++)
#else
#define count_swap_cache(what)	do { } while (0)
#endif

/*
 * A locked page that belongs to no cache becomes the swap cache's copy
 * of slot ent.  It counts as up to date (a read clears that until it
 * completes).
 */
void add_to_swap_cache(struct page *pg, swp_entry_t ent)
{
	unsigned long drop = (1UL << PG_error) | (1UL << PG_arch_1);

	count_swap_cache(swap_cache_add_total);
	if (!PageLocked(pg) || PageTestandSetSwapCache(pg) || pg->mapping)
		BUG();
	pg->flags &= ~drop;
	SetPageUptodate(pg);
	add_to_page_cache_locked(pg, &swapper_space, ent.val);
}

/*
 * Off the swap cache's hash chain and mapping; the slot is untouched.
 * The page is locked and the caller holds pagecache_lock.  Once the
 * page has no slot its dirty bit means nothing (and would trip
 * __remove_inode_page).
 */
static inline void remove_from_swap_cache(struct page *pg)
{
	if (pg->mapping != &swapper_space)
		BUG();
	if (!(PageSwapCache(pg) && PageLocked(pg)))
		PAGE_BUG(pg);

	PageClearSwapCache(pg);
	ClearPageDirty(pg);
	__remove_inode_page(pg);
}

/*
 * As above, and the cache's reference on the slot goes with it: the
 * slot is free unless some pte still holds its entry.  Same locking.
 */
void __delete_from_swap_cache(struct page *pg)
{
	swp_entry_t ent = { pg->index };

	count_swap_cache(swap_cache_del_total);
	remove_from_swap_cache(pg);
	swap_free(ent);
}

/*
 * The same for a caller outside the cache's locks that has the page
 * locked: its buffers go, then it leaves the LRU list and the cache,
 * and the cache's page reference is dropped.
 */
void delete_from_swap_cache_nolock(struct page *pg)
{
	if (!PageLocked(pg))
		BUG();

	/* Buffers still busy: leave it to reclaim to find on its list. */
	if (block_flushpage(pg, 0))
		lru_cache_del(pg);

	spin_lock(&pagecache_lock);
	__delete_from_swap_cache(pg);
	spin_unlock(&pagecache_lock);
	page_cache_release(pg);
}

/* The same for a page nobody has locked. */
void delete_from_swap_cache(struct page *pg)
{
	lock_page(pg);
	delete_from_swap_cache_nolock(pg);
	UnlockPage(pg);
}

/*
 * A mapping of the page goes (zap_page_range).  A swap-cache page that
 * no other pte and no swap entry wants leaves the cache now, freeing
 * its slot; a locked one is somebody else's business.  Then the
 * mapping's own reference is dropped.
 */
void free_page_and_swap_cache(struct page *pg)
{
	int locked_here = PageSwapCache(pg) && !TryLockPage(pg);

	if (locked_here) {
		if (!is_page_shared(pg))
			delete_from_swap_cache_nolock(pg);
		UnlockPage(pg);
	}
	page_cache_release(pg);
}

/*
 * The swap cache's page for slot ent, unlocked, with a reference for
 * the caller; NULL if the slot has none.  It is locked only long enough
 * to be sure it is still the swap cache's page.
 */
struct page *lookup_swap_cache(swp_entry_t ent)
{
	struct page *hit;

	count_swap_cache(swap_cache_find_total);
	for (;;) {
		hit = find_lock_page(&swapper_space, ent.val);
		if (hit == NULL)
			return NULL;
		if (PageSwapCache(hit))
			break;
		/* It left the swap cache while we slept on its lock. */
		UnlockPage(hit);
		page_cache_release(hit);
	}
	if (hit->mapping == &swapper_space) {
		count_swap_cache(swap_cache_find_success);
		UnlockPage(hit);
		return hit;
	}
	printk(KERN_ERR "VM: swap entry %08lx: page %p is no swap-cache "
	       "page\n", ent.val, hit);
	UnlockPage(hit);
	page_cache_release(hit);
	return NULL;
}

/*
 * The page of slot ent, from the swap cache, or a new page put there
 * and read from the slot: the read is started, and waited for only if
 * wait.  The caller gets a page reference; NULL if the slot is not in
 * use or no page can be had.
 */
struct page *read_swap_cache_async(swp_entry_t ent, int wait)
{
	struct page *pg, *fresh;
	unsigned long addr;

	/* Taken now for the cache; dropped below if it is not needed. */
	if (!swap_duplicate(ent))
		return NULL;

	pg = lookup_swap_cache(ent);
	if (pg != NULL)
		goto drop_slot_ref;

	addr = __get_free_page(GFP_USER);
	if (addr == 0)
		goto drop_slot_ref;
	fresh = virt_to_page(addr);

	/* We may have slept in the allocator; look once more. */
	pg = lookup_swap_cache(ent);
	if (pg != NULL) {
		page_cache_release(fresh);
		goto drop_slot_ref;
	}

	lock_page(fresh);
	add_to_swap_cache(fresh, ent);
	rw_swap_page(READ, fresh, wait);
	return fresh;

drop_slot_ref:
	swap_free(ent);
	return pg;
}
