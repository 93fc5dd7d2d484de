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
/// §2.8 交换缓存这个“文件”的写页面操作：page_launder 在不活跃脏页面队列里遇到交换缓存中的脏页面时，经 mapping->a_ops->writepage 调到这里，发起异步写（wait=0），页面在写完时由块设备层解锁。
/// 2.4.0: mm/swap_state.c swap_writepage()
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

/// §2.6 交换缓存的统计：加入、删除的次数与查找命中/查找总数，由 show_free_areas_core 在末尾打印成一行 "Swap cache: add N, delete N, find N/N"（2.4.0 就有这一行）。
/// 2.4.0: mm/swap_state.c show_swap_cache_info()
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
/// §2.6 把一个已上锁、还不属于任何缓存的页面挂进交换缓存：它成为盘上页面 ent 在内存中的副本，index 就是交换项的值，mapping 是 swapper_space。
/// 2.4.0: mm/swap_state.c add_to_swap_cache()
/// 换出时（try_to_swap_out）页面内容是有效的，所以先置 uptodate；换入时随后的 brw_page 会先清掉它，读完再置上。
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
/// §2.6 把页面从交换缓存的杂凑队列和 swapper_space 的页面队列上摘下，但不动盘上页面的计数；调用者持有 pagecache_lock 并已锁住页面。
/// 2.4.0: mm/swap_state.c remove_from_swap_cache()
/// 页面既然离开了交换缓存，它的“脏”就不再有意义（没有地方可写了），而 __remove_inode_page 见到脏页面会 BUG，所以先清掉 PG_dirty。
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
/// §2.6 从交换缓存删除页面，并且释放交换缓存对盘上页面的那一份引用（swap_free）：若再没有页面表项指着这个盘上页面，它就空闲了。
/// 2.4.0: mm/swap_state.c __delete_from_swap_cache()
/// reclaim_page 在持有 pagecache_lock 时直接调用这个带下划线的版本。
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
/// §2.6 供不持有页面缓存锁的调用者使用（页面已由调用者锁住）：先丢掉页面上的缓冲区，再离开 LRU 队列和交换缓存，最后释放交换缓存对页面的那一份引用。
/// 2.4.0: mm/swap_state.c delete_from_swap_cache_nolock()
void delete_from_swap_cache_nolock(struct page *pg)
{
	if (!PageLocked(pg))
		BUG();

	/* Buffers still busy: leave it to reclaim to find on its list. */
	/// 页面上若还挂着缓冲区（换入、换出时 brw_page 留下的），先设法拆掉；拆不掉（I/O 还在进行）就不把页面从 LRU 队列摘下，留给回收时再处理。
	if (block_flushpage(pg, 0))
		lru_cache_del(pg);

	spin_lock(&pagecache_lock);
	__delete_from_swap_cache(pg);
	spin_unlock(&pagecache_lock);
	page_cache_release(pg);
}

/* The same for a page nobody has locked. */
/// §2.6 同上，页面还没有上锁时用：先 lock_page（可能睡眠），做完再解锁。
/// 2.4.0: mm/swap_state.c delete_from_swap_cache()
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
/// §2.9 解除一个映射时（zap_page_range）释放页面：若它在交换缓存中且再没有别的使用者（别的页面表项、别的交换项），就顺便把它从交换缓存删除，盘上页面也随之释放；最后释放映射自己的那一份引用。
/// 2.4.0: mm/swap_state.c free_page_and_swap_cache()
/// 用 TryLockPage 而不是 lock_page：锁不上说明别人（如正在进行的换出写）正在处理它，就留给别人处理，不在这里等。
void free_page_and_swap_cache(struct page *pg)
{
	int locked_here = PageSwapCache(pg) && !TryLockPage(pg);

	if (locked_here) {
		/// is_page_shared 把页面计数和盘上页面计数合起来看：除了我们这个映射和交换缓存自己之外，若没有别的页面表项或交换项指着它，它就没有保留的必要了。
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
/// §2.9 在交换缓存中查找盘上页面 ent 的副本：找到就返回（不上锁、带一份引用），找不到返回 NULL。
/// 2.4.0: mm/swap_state.c lookup_swap_cache()
/// 之所以要先 find_lock_page 锁住再检查，是因为在等锁的时候页面可能已被 reclaim_page 等从交换缓存删除、甚至挪作他用。
struct page *lookup_swap_cache(swp_entry_t ent)
{
	struct page *hit;

	count_swap_cache(swap_cache_find_total);
	for (;;) {
		hit = find_lock_page(&swapper_space, ent.val);
		if (hit == NULL)
			return NULL;
		/// 等锁期间页面可能已离开交换缓存（find_lock_page 只保证 mapping 和 index 未变）；若已离开就放掉它重新查找。
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
/// §2.9 取得盘上页面 ent 的内存副本：交换缓存里有就直接用；没有就分配一个新页面挂进交换缓存并从盘上读入。wait 为 0 时只发起读操作（预读用），为 1 时等读完（read_swap_cache）。
/// 2.4.0: mm/swap_state.c read_swap_cache_async()
struct page *read_swap_cache_async(swp_entry_t ent, int wait)
{
	struct page *pg, *fresh;
	unsigned long addr;

	/* Taken now for the cache; dropped below if it is not needed. */
	/// 先为将来挂进交换缓存的页面拿一份盘上页面的引用：swap_duplicate 失败说明这个交换项已经无效（例如已被释放），那就什么也不做。
	if (!swap_duplicate(ent))
		return NULL;

	/// 交换缓存里已有这个盘上页面的副本（例如别的进程刚换入，或预读已读进来）：用它，并退还刚才多拿的那份盘上页面引用。
	pg = lookup_swap_cache(ent);
	if (pg != NULL)
		goto drop_slot_ref;

	addr = __get_free_page(GFP_USER);
	if (addr == 0)
		goto drop_slot_ref;
	fresh = virt_to_page(addr);

	/* We may have slept in the allocator; look once more. */
	/// 分配页面可能睡眠，期间别的进程可能已把同一个盘上页面读进交换缓存，所以分配之后要再查一次，避免同一盘上页面在交换缓存中出现两个副本。
	pg = lookup_swap_cache(ent);
	if (pg != NULL) {
		page_cache_release(fresh);
		goto drop_slot_ref;
	}

	lock_page(fresh);
	add_to_swap_cache(fresh, ent);
	/// 读操作完成时由块设备层的 end_buffer_io_async 解锁页面并置 uptodate；调用者要用页面内容时须 wait_on_page。
	rw_swap_page(READ, fresh, wait);
	return fresh;

drop_slot_ref:
	swap_free(ent);
	return pg;
}
