// SPDX-License-Identifier: GPL-2.0-only
/*
 * The page cache: pages of files kept in memory, found by (mapping,
 * index) through one hash table, listed on their mapping's clean, dirty
 * or locked list and on one LRU list.  read(), write() and the mappings
 * of files all go through it, so every process mapping a page of a file
 * maps the same page.  Also msync, madvise and mincore.
 * 情景分析 §2.13 (filemap_nopage), chapter 5.  Follows Linux 2.4.0
 * mm/filemap.c.  Port: no block devices, so no read-ahead beyond
 * read_cluster_nonblocking and no buffer heads (see deviations.md).
 */
/// §2.13 系统调用 mmap() 与书第 5 章：页面高速缓存（page cache）。2.4.0 的 mm/filemap.c 中与存储管理相关的部分。
/// 文件的每个页面在内存里只有一份：按 (mapping, index) 挂在杂凑表 page_hash_table 的一条链上，
/// 同时挂在所属 address_space 的 clean_pages/dirty_pages/locked_pages 之一，并且恰好在一个 LRU 队列上。
/// read()、write() 和文件映射都经过它，所以两个进程运行同一个程序时共用代码段的物理页面。
/// 与 2.4.0 的不同见 Documentation/deviations.md：没有块设备，没有缓冲区首部，预读只有 read_cluster_nonblocking。
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/mman.h>
#include <linux/slab.h>
#include <linux/swap.h>
#include <linux/spinlock.h>
#include <linux/highmem.h>
#include <linux/pagemap.h>
#include <linux/file.h>
#include <asm/uaccess.h>
#include <asm/pgalloc.h>

/* Pages in the page cache. */
/// §2.6：页面高速缓存中的页面总数（含将来的交换缓存）。2.4.0: mm/filemap.c page_cache_size。
/// 加入杂凑表时加一、离开时减一；vm_enough_memory() 把它算作可回收的页面。
atomic_t page_cache_size = ATOMIC_INIT(0);

/// 杂凑表有 2^page_hash_bits 条链，由 page_cache_init() 按内存大小决定。
unsigned int page_hash_bits;
struct page **page_hash_table;

/* Guards the hash chains and the mappings' page lists. */
/// 保护页面高速缓存的杂凑表和各 address_space 的三个页面队列（单处理器上为空锁）。
spinlock_t pagecache_lock = SPIN_LOCK_UNLOCKED;

/* Guards the LRU lists (taken inside pagecache_lock, never around it). */
/// 保护三个 LRU 队列（active_list、inactive_dirty_list、各管理区的 inactive_clean_list）。
/// 加锁次序：先 pagecache_lock，后 pagemap_lru_lock（__find_page_nolock 命中时在前者之内调用 age_page_up）。
spinlock_t pagemap_lru_lock = SPIN_LOCK_UNLOCKED;

/// 预读的“簇”：2^page_cluster 个页面，起点按簇大小对齐（swap_setup 按内存大小设 page_cluster）。
#define CLUSTER_PAGES		(1 << page_cluster)
#define CLUSTER_OFFSET(x)	(((x) >> page_cluster) << page_cluster)

/* Push page onto the front of hash chain *p. */
/// §2.13 页面高速缓存：把页面插到杂凑链 *p 的链首。2.4.0: mm/filemap.c add_page_to_hash_queue()。
/// pprev_hash 指向“指向本页面的那个指针”（链头或前一页面的 next_hash），这样摘链时不必知道前驱是谁。
static inline void add_page_to_hash_queue(struct page *pg, struct page **p)
{
	struct page *first = *p;

	*p = pg;
	pg->next_hash = first;
	pg->pprev_hash = p;
	if (first)
		first->pprev_hash = &pg->next_hash;
	if (pg->buffers)
		PAGE_BUG(pg);
	atomic_inc(&page_cache_size);
}

/* The page belongs to mapping now: on its clean list, counted. */
/// §2.13：页面归属 mapping：挂到它的 clean_pages 队列，nrpages 加一。2.4.0: mm/filemap.c add_page_to_inode_queue()。
/// 新页面总是先算“干净”的；写脏以后由 __set_page_dirty 移到 dirty_pages。
static inline void add_page_to_inode_queue(struct address_space *as,
					   struct page *pg)
{
	list_add(&pg->list, &as->clean_pages);
	pg->mapping = as;
	as->nrpages++;
}

/// §2.13：上一函数的逆操作。2.4.0: mm/filemap.c remove_page_from_inode_queue()。
static inline void remove_page_from_inode_queue(struct page *pg)
{
	struct address_space *as = pg->mapping;

	as->nrpages--;
	list_del(&pg->list);
	pg->mapping = NULL;
}

/* Unlink from the chain: pprev_hash is the link that points at page. */
/// §2.13：从杂凑链上摘下页面：后继的 pprev_hash 改指原来指向本页面的那个指针。2.4.0: mm/filemap.c remove_page_from_hash_queue()。
static inline void remove_page_from_hash_queue(struct page *pg)
{
	struct page *after = pg->next_hash;
	struct page **link = pg->pprev_hash;

	if (after)
		after->pprev_hash = link;
	*link = after;
	pg->pprev_hash = NULL;
	atomic_dec(&page_cache_size);
}

/*
 * Take the page out of the cache (hash and mapping); the caller holds
 * pagecache_lock.  A dirty page would lose its data: a bug.
 */
/// §2.13：把页面移出页面高速缓存（杂凑链和 mapping 的队列），调用者持有 pagecache_lock。2.4.0: mm/filemap.c __remove_inode_page()。
/// 脏页面若就这样移出，写进去的数据就丢了，所以是内核错误（BUG）；截断时先清掉 PG_dirty。
void __remove_inode_page(struct page *pg)
{
	if (PageDirty(pg))
		BUG();
	remove_page_from_inode_queue(pg);
	remove_page_from_hash_queue(pg);
	pg->mapping = NULL;
}

/* The same with the lock taken here; the page must be locked. */
/// §2.13：同上，自己加锁；页面必须已被锁住（PG_locked），防止别人同时在读写它。2.4.0: mm/filemap.c remove_inode_page()。
void remove_inode_page(struct page *pg)
{
	if (!PageLocked(pg))
		PAGE_BUG(pg);

	spin_lock(&pagecache_lock);
	__remove_inode_page(pg);
	spin_unlock(&pagecache_lock);
}

/* Ask the mapping to get the page's I/O going (if it has such a call). */
/// §2.13：请 mapping 推动这个页面上正在进行的 I/O（块设备上是启动请求队列）。2.4.0: mm/filemap.c sync_page()。
/// 本移植的文件系统都没有 sync_page，所以它什么也不做。
static inline int sync_page(struct page *pg)
{
	struct address_space *as = pg->mapping;

	if (as && as->a_ops && as->a_ops->sync_page)
		return as->a_ops->sync_page(pg);
	return 0;
}

/*
 * A page of a file mapping was dirtied (set_page_dirty saw the bit go
 * from 0 to 1): move it to the front of its mapping's dirty list.
 * Port: no inode dirty lists to mark (no writeback daemon).
 */
/// §2.6：文件映射的页面第一次被写脏时（set_page_dirty 发现 PG_dirty 由 0 变 1），把它从 mapping 的干净队列移到 dirty_pages 队列，
/// 等待写回。2.4.0: mm/filemap.c __set_page_dirty()。2.4.0 最后还调用 mark_inode_dirty_pages(mapping->host)，
/// 本移植没有 inode 写回机制，省去这一步。
void __set_page_dirty(struct page *pg)
{
	struct address_space *as = pg->mapping;

	spin_lock(&pagecache_lock);
	list_del(&pg->list);
	list_add(&pg->list, &as->dirty_pages);
	spin_unlock(&pagecache_lock);
}

/*
 * Drop the clean, unlocked pages of the inode that nobody but the cache
 * holds.  Pages in use stay.
 */
/// §2.13：丢弃一个文件在页面高速缓存里所有“没人用”的干净页面。2.4.0: mm/filemap.c invalidate_inode_pages()。
/// 锁不住的（正在 I/O）、有缓冲区的、除高速缓存自己之外还有人引用的（例如被映射着的）页面都留下。
void invalidate_inode_pages(struct inode *ino)
{
	struct list_head *head = &ino->i_mapping->clean_pages;
	struct list_head *pos;
	struct page *pg;

	spin_lock(&pagecache_lock);
	spin_lock(&pagemap_lru_lock);
	pos = head->next;
	while (pos != head) {
		pg = list_entry(pos, struct page, list);
		pos = pos->next;

		if (TryLockPage(pg))
			continue;
		if (pg->buffers || page_count(pg) != 1) {
			UnlockPage(pg);
			continue;
		}
		__lru_cache_del(pg);
		__remove_inode_page(pg);
		UnlockPage(pg);
		page_cache_release(pg);
	}
	spin_unlock(&pagemap_lru_lock);
	spin_unlock(&pagecache_lock);
}

/* Clear the bytes of the page from offset to its end. */
/// §2.13：文件新的结尾落在这一页中间时，把结尾之后的部分清零，免得以后又从映射或 read() 里看到旧数据。
/// 2.4.0: mm/filemap.c truncate_partial_page()（2.4.0 还要处理缓冲区，本移植没有）。
static inline void truncate_partial_page(struct page *pg, unsigned partial)
{
	memclear_highpage_flush(pg, partial, PAGE_CACHE_SIZE - partial);
}

/* Take a locked page out of the cache for good (truncate). */
/// §2.13：把一个已锁住的页面彻底移出高速缓存：先离开 LRU 队列，再离开杂凑链和 mapping，最后放掉高速缓存的那一次引用。
/// 2.4.0: mm/filemap.c 中 truncate_inode_pages() 对整页做的那几步（本移植把它们放进一个小函数，供三个队列共用）。
static void truncate_complete_page(struct page *pg)
{
	lru_cache_del(pg);
	ClearPageDirty(pg);
	remove_inode_page(pg);
	page_cache_release(pg);
}

/*
 * One pass over one of the mapping's lists: the first page at or after
 * start is taken out.  Returns 1 when it did (pagecache_lock was dropped
 * meanwhile, so the list must be walked again), 0 when none is left.
 */
/// §2.13：在 mapping 的一个页面队列上找第一个位于新结尾之后的页面并移出。2.4.0: mm/filemap.c truncate_inode_pages() 的循环体。
/// 锁页面可能睡眠，所以要先放开 pagecache_lock；醒来后队列可能变了，于是返回 1 让调用者从头再扫。
/// 睡眠期间页面可能已被别人移出（mapping 变成 NULL），那就只放掉自己的引用。
static int truncate_list_pages(struct list_head *head, unsigned long start)
{
	struct list_head *pos;
	struct page *pg;

	for (pos = head->next; pos != head; pos = pos->next) {
		pg = list_entry(pos, struct page, list);
		if (pg->index < start)
			continue;

		page_cache_get(pg);
		spin_unlock(&pagecache_lock);
		lock_page(pg);
		/* Someone else may have taken it out while we slept. */
		if (pg->mapping)
			truncate_complete_page(pg);
		UnlockPage(pg);
		page_cache_release(pg);
		spin_lock(&pagecache_lock);
		return 1;
	}
	return 0;
}

/*
 * The file ends at lstart now: clear the tail of the page that holds
 * the new end, and drop every cached page wholly beyond it.  The
 * mappings of those pages were zapped first (vmtruncate).
 */
/// §2.13：文件截短到 lstart 字节：结尾所在页面的尾部清零，其后的整页全部移出高速缓存。2.4.0: mm/filemap.c truncate_inode_pages()。
/// 调用者（vmtruncate）已先拆掉进程对这些页面的映射；否则被映射的页面移出高速缓存后仍会留在进程的页面表里。
/// 干净、脏、正在写回三个队列都要扫；每移出一页就从头再来，直到三个队列上都没有结尾之后的页面。
void truncate_inode_pages(struct address_space *as, loff_t lstart)
{
	unsigned long start = (lstart + PAGE_CACHE_SIZE - 1) >> PAGE_CACHE_SHIFT;
	unsigned partial = lstart & (PAGE_CACHE_SIZE - 1);
	struct page *pg;

	if (partial) {
		pg = find_lock_page(as, start - 1);
		if (pg) {
			truncate_partial_page(pg, partial);
			UnlockPage(pg);
			page_cache_release(pg);
		}
	}

	spin_lock(&pagecache_lock);
	while (truncate_list_pages(&as->clean_pages, start) ||
	       truncate_list_pages(&as->dirty_pages, start) ||
	       truncate_list_pages(&as->locked_pages, start))
		;
	spin_unlock(&pagecache_lock);
}

/*
 * Walk the hash chain from page for (mapping, offset); the caller holds
 * pagecache_lock.  A hit is a use of the page: it ages up (and comes
 * back to the active list if it had gone inactive).  Port: 2.4.0 may
 * also wake kswapd here when memory runs short; here only the allocator
 * wakes it.
 */
/// §2.13：沿杂凑链找 (mapping, offset) 的页面，调用者持有 pagecache_lock。2.4.0: mm/filemap.c __find_page_nolock()。
/// 命中就是一次“使用”：age_page_up 让页面的寿命增加 PAGE_AGE_ADV，已进入不活跃队列的页面回到活跃队列（§2.8 页面的周转）。
/// 与 2.4.0 不同：2.4.0 命中后若内存紧张还会唤醒 kswapd；本移植在这里不唤醒，kswapd 只由 __alloc_pages() 唤醒（§2.8）。
static inline struct page *__find_page_nolock(struct address_space *as,
					      unsigned long idx,
					      struct page *pg)
{
	for (; pg; pg = pg->next_hash) {
		if (pg->mapping == as && pg->index == idx)
			break;
	}
	if (pg)
		age_page_up(pg);
	return pg;
}

/*
 * Sleep until the page is unlocked, nudging its I/O along on each
 * wake-up (sync_page).
 */
/// §2.13：睡眠等待页面解锁（例如等它从磁盘读进来）。2.4.0: mm/filemap.c ___wait_on_page()。
/// 先挂进 page->wait 再设状态、再看 PG_locked：UnlockPage 在清位之后唤醒，这个次序保证唤醒不会丢失。
void ___wait_on_page(struct page *pg)
{
	struct task_struct *tsk = current;
	DECLARE_WAITQUEUE(wait, tsk);

	add_wait_queue(&pg->wait, &wait);
	for (;;) {
		sync_page(pg);
		set_task_state(tsk, TASK_UNINTERRUPTIBLE);
		if (!PageLocked(pg))
			break;
		schedule();
	}
	tsk->state = TASK_RUNNING;
	remove_wait_queue(&pg->wait, &wait);
}

/* Sleep as an exclusive waiter until we are the one who locks the page. */
/// §2.13：lock_page 的慢路径：以“独占”方式等待（一次只唤醒一个），直到自己抢到 PG_locked。2.4.0: mm/filemap.c __lock_page()。
static void __lock_page(struct page *pg)
{
	struct task_struct *tsk = current;
	DECLARE_WAITQUEUE(wait, tsk);

	add_wait_queue_exclusive(&pg->wait, &wait);
	for (;;) {
		sync_page(pg);
		set_task_state(tsk, TASK_UNINTERRUPTIBLE);
		if (PageLocked(pg)) {
			schedule();
			continue;
		}
		if (!TryLockPage(pg))
			break;
	}
	tsk->state = TASK_RUNNING;
	remove_wait_queue(&pg->wait, &wait);
}

/* Lock the page, sleeping while someone else holds it. */
/// §2.13：锁住页面；已被别人锁住时睡眠等待。2.4.0: mm/filemap.c lock_page()。
void lock_page(struct page *pg)
{
	if (TryLockPage(pg))
		__lock_page(pg);
}

/* The cached page (mapping, offset) with a reference taken, or NULL. */
/// §2.13：在页面高速缓存里找页面，找到就加一次引用（page_cache_get）再返回，调用者用完要 page_cache_release。
/// 2.4.0: mm/filemap.c __find_get_page()。
struct page *__find_get_page(struct address_space *as,
			     unsigned long idx, struct page **chain)
{
	struct page *pg;

	spin_lock(&pagecache_lock);
	pg = __find_page_nolock(as, idx, *chain);
	if (pg)
		page_cache_get(pg);
	spin_unlock(&pagecache_lock);
	return pg;
}

/*
 * The same, locked.  Locking may sleep, and meanwhile the page may be
 * truncated out of the cache: then look again.
 */
/// §2.13：找到页面并锁住它。2.4.0: mm/filemap.c __find_lock_page()。
/// lock_page 可能睡眠，其间页面可能被截断移出高速缓存（甚至被另作他用），所以锁住后要核对 mapping 和 index，不对就重找。
struct page *__find_lock_page(struct address_space *as,
			      unsigned long idx, struct page **chain)
{
	struct page *pg;

	for (;;) {
		spin_lock(&pagecache_lock);
		pg = __find_page_nolock(as, idx, *chain);
		if (!pg)
			break;
		page_cache_get(pg);
		spin_unlock(&pagecache_lock);

		lock_page(pg);
		if (pg->mapping == as && pg->index == idx)
			return pg;
		/* Truncated (or reused) while we slept. */
		UnlockPage(pg);
		page_cache_release(pg);
	}
	spin_unlock(&pagecache_lock);
	return NULL;
}

/*
 * Put a locked page into the cache at index of mapping: the cache takes
 * a reference; the page goes on the mapping's clean list, on its hash
 * chain and on the active list.
 */
/// §2.13：把一个已锁住的页面放进高速缓存。2.4.0: mm/filemap.c add_to_page_cache_locked()。
/// 高速缓存持有一次引用；页面挂到 mapping 的 clean_pages、杂凑链，并经 lru_cache_add 进入活跃队列（初始寿命 PAGE_AGE_START）。
void add_to_page_cache_locked(struct page *pg,
			      struct address_space *as,
			      unsigned long index)
{
	if (!PageLocked(pg))
		BUG();

	page_cache_get(pg);
	spin_lock(&pagecache_lock);
	pg->index = index;
	add_page_to_inode_queue(as, pg);
	add_page_to_hash_queue(pg, page_hash(as, index));
	lru_cache_add(pg);
	spin_unlock(&pagecache_lock);
}

/*
 * A fresh page enters the cache (caller holds pagecache_lock): its old
 * state bits go, it comes in locked (its contents are not read yet).
 */
/// §2.13：把一个新页面放进高速缓存（调用者持有 pagecache_lock）。2.4.0: mm/filemap.c __add_to_page_cache()。
/// 页面以“锁住、尚未读入”的状态进入：清掉旧的 uptodate/error/dirty/referenced 等位、置 PG_locked，
/// readpage 读完后置 PG_uptodate 并解锁，在此期间别的进程找到它会在 lock_page/wait_on_page 上等。
static inline void __add_to_page_cache(struct page *pg,
				       struct address_space *as,
				       unsigned long idx,
				       struct page **chain)
{
	unsigned long stale = (1UL << PG_uptodate) | (1UL << PG_error) |
			      (1UL << PG_dirty) | (1UL << PG_referenced) |
			      (1UL << PG_arch_1);

	if (PageLocked(pg))
		BUG();
	pg->flags = (pg->flags & ~stale) | (1UL << PG_locked);
	page_cache_get(pg);
	pg->index = idx;
	add_page_to_inode_queue(as, pg);
	add_page_to_hash_queue(pg, chain);
	lru_cache_add(pg);
}

/// §2.13：加锁后调用 __add_to_page_cache。2.4.0: mm/filemap.c add_to_page_cache()。
void add_to_page_cache(struct page *pg, struct address_space *as,
		       unsigned long idx)
{
	spin_lock(&pagecache_lock);
	__add_to_page_cache(pg, as, idx, page_hash(as, idx));
	spin_unlock(&pagecache_lock);
}

/*
 * Add the page unless the cache has one at that place already: 0 when
 * added, 1 when another page was there first.
 */
/// §2.13：“查了再加”在同一把锁内完成：若别人已经放进了同一位置的页面，就不加，返回 1。2.4.0: mm/filemap.c add_to_page_cache_unique()。
static int add_to_page_cache_unique(struct page *pg,
				    struct address_space *as,
				    unsigned long idx,
				    struct page **chain)
{
	struct page *there;
	int busy = 1;

	spin_lock(&pagecache_lock);
	there = __find_page_nolock(as, idx, *chain);
	if (!there) {
		__add_to_page_cache(pg, as, idx, chain);
		busy = 0;
	}
	spin_unlock(&pagecache_lock);
	return busy;
}

/*
 * Make sure page offset of the file is in the cache, starting its read
 * if it was not (readpage unlocks the page when the data is in).
 * 0, -ENOMEM, or readpage's error.
 */
/// §2.13：保证文件第 offset 页在高速缓存中：不在就分配一页放进去并调用 readpage 启动读入（不等它读完）。
/// 2.4.0: mm/filemap.c page_cache_read()。放进高速缓存后高速缓存自己持有引用，所以这里放掉分配时的那一次。
static inline int page_cache_read(struct file *fp, unsigned long idx)
{
	struct inode *ino = fp->f_dentry->d_inode;
	struct address_space *as = ino->i_mapping;
	struct page **chain = page_hash(as, idx);
	struct page *pg;
	int rc;

	spin_lock(&pagecache_lock);
	pg = __find_page_nolock(as, idx, *chain);
	spin_unlock(&pagecache_lock);
	if (pg)
		return 0;

	pg = page_cache_alloc();
	if (!pg)
		return -ENOMEM;

	if (!add_to_page_cache_unique(pg, as, idx, chain)) {
		rc = as->a_ops->readpage(fp, pg);
		page_cache_release(pg);
		return rc;
	}
	/* Someone added the page meanwhile: ours is not needed. */
	page_cache_release(pg);
	return 0;
}

/*
 * Read the aligned cluster of CLUSTER_PAGES pages around offset into the
 * cache, stopping at the end of the file (filesize, in pages).
 */
/// §2.13：把 offset 所在的、按簇对齐的 CLUSTER_PAGES 个页面读进高速缓存（不等待），到文件尾为止。
/// 2.4.0: mm/filemap.c read_cluster_nonblocking()。filemap_nopage 缺页时用它做“预读”；本移植唯一的预读就是它。
static int read_cluster_nonblocking(struct file *fp, unsigned long idx,
				    unsigned long filesize)
{
	unsigned long left = CLUSTER_PAGES;
	int rc;

	idx = CLUSTER_OFFSET(idx);
	while (left-- && idx < filesize) {
		rc = page_cache_read(fp, idx);
		if (rc < 0)
			return rc;
		idx++;
	}
	return 0;
}

/*
 * The page at index of mapping, locked and with a reference, made and
 * added if the cache had none (then not up to date).  NULL without
 * memory.
 */
/// §2.13：取得 mapping 第 index 页并锁住；高速缓存里没有就新分配一页加进去（此时内容尚未读入）。2.4.0: mm/filemap.c grab_cache_page()。
/// generic_file_write 用它：写之前先拿到锁住的页面。
struct page *grab_cache_page(struct address_space *as,
			     unsigned long index)
{
	struct page **chain = page_hash(as, index);
	struct page *pg, *fresh;

	for (;;) {
		pg = __find_lock_page(as, index, chain);
		if (pg)
			return pg;
		fresh = page_cache_alloc();
		if (!fresh)
			return NULL;
		if (!add_to_page_cache_unique(fresh, as, index, chain))
			return fresh;
		/* Lost a race: use the one that got in. */
		page_cache_release(fresh);
	}
}

/*
 * Find or add the page at index and, if it was new, let filler read it.
 * Returns the page with a reference (maybe still being read), or an
 * error pointer.
 */
/// §2.13：read_cache_page 的前半：找页面，没有就加一页并让 filler 读。2.4.0: mm/filemap.c __read_cache_page()。
/// 先分配再重查，是因为分配可能睡眠，其间别人可能已经加进了同一页面。
static struct page *__read_cache_page(struct address_space *as,
				      unsigned long index,
				      filler_t *filler, void *data)
{
	struct page **chain = page_hash(as, index);
	struct page *pg, *spare = NULL;
	int err;

	for (;;) {
		pg = __find_get_page(as, index, chain);
		if (pg)
			break;
		if (!spare) {
			spare = page_cache_alloc();
			if (!spare)
				return ERR_PTR(-ENOMEM);
			continue;
		}
		if (add_to_page_cache_unique(spare, as, index, chain))
			continue;
		pg = spare;
		spare = NULL;
		err = filler(data, pg);
		if (err < 0) {
			page_cache_release(pg);
			pg = ERR_PTR(err);
		}
		break;
	}
	if (spare)
		page_cache_release(spare);
	return pg;
}

/*
 * The page at index, up to date: read through filler unless it is in
 * the cache with its data already.  An error pointer if filler fails.
 */
/// §2.13：得到一个内容有效的页面（供文件系统读目录、符号链接等用）。2.4.0: mm/filemap.c read_cache_page()。
/// 页面已在但还不是最新的（上次读失败）：锁住后再让 filler 读一次；锁住前被截断的话从头再来。
struct page *read_cache_page(struct address_space *as,
			     unsigned long index, filler_t *filler,
			     void *data)
{
	struct page *pg;
	int err;

	for (;;) {
		pg = __read_cache_page(as, index, filler, data);
		if (IS_ERR(pg) || Page_Uptodate(pg))
			return pg;

		lock_page(pg);
		if (!pg->mapping) {
			/* Truncated meanwhile: start over. */
			UnlockPage(pg);
			page_cache_release(pg);
			continue;
		}
		if (Page_Uptodate(pg)) {
			UnlockPage(pg);
			return pg;
		}
		err = filler(data, pg);
		if (err < 0) {
			page_cache_release(pg);
			pg = ERR_PTR(err);
		}
		return pg;
	}
}

/*
 * The read loop of read() on a page-cache file: page by page from
 * *ppos, each found in the cache or read into it, handed to actor,
 * until desc->count is done, the file ends or an error.
 */
/// §2.13 / 第 5 章文件的读：read() 经页面高速缓存读文件的主循环。2.4.0: mm/filemap.c do_generic_file_read()。
/// 一页一页地：算出文件在这一页里还剩多少字节；在高速缓存里找，找不到就加一页并 readpage；
/// 不是最新的就锁住页面再看（可能别人正在读它）；最后交给 actor（file_read_actor）拷贝给用户。
/// 与 2.4.0 不同：没有 generic_file_readahead 的文件预读窗口（f_ramax 等），因为 readpage 是内存到内存的拷贝，预读没有意义。
void do_generic_file_read(struct file *fp, loff_t *ppos,
			  read_descriptor_t *desc, read_actor_t actor)
{
	struct inode *ino = fp->f_dentry->d_inode;
	struct address_space *as = ino->i_mapping;
	unsigned long index = *ppos >> PAGE_CACHE_SHIFT;
	unsigned long idx = *ppos & ~PAGE_CACHE_MASK;
	struct page *cached_page = NULL;
	struct page **chain, *pg;
	unsigned long end_index, nr;
	int rc;

	for (;;) {
		end_index = ino->i_size >> PAGE_CACHE_SHIFT;
		if (index > end_index)
			break;
		nr = PAGE_CACHE_SIZE;
		if (index == end_index) {
			nr = ino->i_size & ~PAGE_CACHE_MASK;
			if (nr <= idx)
				break;
		}
		nr -= idx;

		chain = page_hash(as, index);
		spin_lock(&pagecache_lock);
		pg = __find_page_nolock(as, index, *chain);
		if (!pg) {
			spin_unlock(&pagecache_lock);
			/* Not cached: get a page, then look once more. */
			if (!cached_page) {
				cached_page = page_cache_alloc();
				if (!cached_page) {
					desc->error = -ENOMEM;
					break;
				}
				continue;
			}
			spin_lock(&pagecache_lock);
			pg = __find_page_nolock(as, index, *chain);
			if (!pg) {
				pg = cached_page;
				cached_page = NULL;
				__add_to_page_cache(pg, as, index, chain);
				spin_unlock(&pagecache_lock);
				goto readpage;
			}
		}
		page_cache_get(pg);
		spin_unlock(&pagecache_lock);

		if (Page_Uptodate(pg))
			goto page_ok;

		/* Being read, or its read failed: take the lock and look. */
		lock_page(pg);
		if (!pg->mapping) {
			UnlockPage(pg);
			page_cache_release(pg);
			continue;
		}
		if (Page_Uptodate(pg)) {
			UnlockPage(pg);
			goto page_ok;
		}

readpage:
		rc = as->a_ops->readpage(fp, pg);
		if (!rc) {
			wait_on_page(pg);
			if (Page_Uptodate(pg))
				goto page_ok;
			rc = -EIO;
		}
		desc->error = rc;
		page_cache_release(pg);
		break;

page_ok:
		nr = actor(desc, pg, idx, nr);
		idx += nr;
		index += idx >> PAGE_CACHE_SHIFT;
		idx &= ~PAGE_CACHE_MASK;
		page_cache_release(pg);
		if (!nr || !desc->count)
			break;
	}

	*ppos = ((loff_t) index << PAGE_CACHE_SHIFT) + idx;
	if (cached_page)
		page_cache_release(cached_page);
}

/* Copy from the page to the reader's buffer; a fault ends with -EFAULT. */
/// §2.13：把页面中 offset 起 size 字节拷到用户缓冲区，更新读描述符。2.4.0: mm/filemap.c file_read_actor()。
/// 拷贝中途出错（用户缓冲区坏）时只算已拷贝的部分，并记下 -EFAULT。
int file_read_actor(read_descriptor_t *desc, struct page *pg,
		    unsigned long idx, unsigned long size)
{
	unsigned long left;
	char *kaddr;

	if (size > desc->count)
		size = desc->count;
	kaddr = kmap(pg);
	left = __copy_to_user(desc->buf, kaddr + idx, size);
	kunmap(pg);
	if (left) {
		size -= left;
		desc->error = -EFAULT;
	}
	desc->count -= size;
	desc->written += size;
	desc->buf += size;
	return size;
}

/* read() of a page-cache file: the bytes read, or the first error. */
/// §5.6 文件的读与写：文件系统的通用 read 方法。2.4.0: mm/filemap.c generic_file_read()。
/// 先检查整个用户缓冲区（access_ok），再用读描述符驱动 do_generic_file_read；读到了就返回字节数，一点也没读到才返回错误。
ssize_t generic_file_read(struct file *fp, char *buf, size_t count,
			  loff_t *ppos)
{
	read_descriptor_t desc;

	if (!access_ok(VERIFY_WRITE, buf, count))
		return -EFAULT;
	if (!count)
		return 0;

	desc.buf = buf;
	desc.count = count;
	desc.written = 0;
	desc.error = 0;
	do_generic_file_read(fp, ppos, &desc, file_read_actor);
	if (desc.written)
		return desc.written;
	return desc.error;
}

/* Fault in the first and last byte a copy will read; -EFAULT if bad. */
/// §2.13：写之前先碰一下用户缓冲区的首尾字节，让缺页在锁住高速缓存页面之前发生。2.4.0: 无（本移植新增）——2.4.0 在 mm/filemap.c 的 generic_file_write 里直接这样做。
/// 否则拷贝时缺页、而缺的恰好是这个锁住的页面（把文件自己映射进来再写），就会自己等自己。
static inline int fault_in_source(const char *buf, unsigned long bytes)
{
	char c;
	int bad = __get_user(c, buf);

	if (!bad)
		bad = __get_user(c, buf + bytes - 1);
	(void) c;
	return bad;
}

/*
 * write() of a page-cache file, page by page: grab the cache page
 * (locked), let the file system prepare it, copy the user's bytes in,
 * let it commit them (which may grow i_size).  One writer at a time
 * (i_sem).  O_APPEND writes at the end.
 */
/// §5.6 文件的读与写：文件系统的通用 write 方法。2.4.0: mm/filemap.c generic_file_write()。
/// 持有 i_sem 保证同一文件一次只有一个写者（截断也拿它）。O_APPEND 从文件尾写；超过 RLIMIT_FSIZE 发 SIGXFSZ 并返回 -EFBIG。
/// 每页：grab_cache_page 拿到锁住的页面，prepare_write 让文件系统准备（必要时先读入旧内容），拷入用户数据，commit_write 提交（可能增大 i_size）。
/// 与 2.4.0 不同：没有 O_SYNC、remove_suid 和时间戳（本移植没有这些 inode 字段）。
ssize_t generic_file_write(struct file *fp, const char *buf,
			   size_t count, loff_t *ppos)
{
	struct inode *ino = fp->f_dentry->d_inode;
	struct address_space *as = ino->i_mapping;
	unsigned long limit = current->rlim[RLIMIT_FSIZE].rlim_cur;
	unsigned long index, idx, bytes;
	ssize_t written = 0;
	loff_t pos;
	struct page *pg;
	char *kaddr;
	int status = 0;

	down(&ino->i_sem);
	pos = *ppos;
	if (pos < 0) {
		status = -EINVAL;
		goto out;
	}
	if (fp->f_flags & O_APPEND)
		pos = ino->i_size;

	/* Not past the file-size limit: SIGXFSZ and -EFBIG at it. */
	if (limit != RLIM_INFINITY) {
		if (pos >= limit) {
			send_sig(SIGXFSZ, current, 0);
			status = -EFBIG;
			goto out;
		}
		if (count > limit - (unsigned long) pos)
			count = limit - (unsigned long) pos;
	}

	while (count) {
		idx = pos & (PAGE_CACHE_SIZE - 1);
		index = pos >> PAGE_CACHE_SHIFT;
		bytes = PAGE_CACHE_SIZE - idx;
		if (bytes > count)
			bytes = count;

		/* Touch the source first: a fault with the page locked
		 * could need this very page. */
		if (fault_in_source(buf, bytes)) {
			status = -EFAULT;
			break;
		}

		pg = grab_cache_page(as, index);
		if (!pg) {
			status = -ENOMEM;
			break;
		}
		if (!PageLocked(pg))
			PAGE_BUG(pg);

		status = as->a_ops->prepare_write(fp, pg, idx,
						       idx + bytes);
		if (!status) {
			kaddr = page_address(pg);
			status = __copy_from_user(kaddr + idx, buf, bytes) ?
				 -EFAULT : 0;
			flush_dcache_page(pg);
			if (!status)
				status = as->a_ops->commit_write(fp,
						pg, idx, idx + bytes);
		}
		if (!status)
			status = bytes;
		UnlockPage(pg);
		page_cache_release(pg);
		if (status < 0)
			break;
		buf += status;
		pos += status;
		written += status;
		count -= status;
	}
	*ppos = pos;
out:
	up(&ino->i_sem);
	return written ? written : status;
}

/*
 * The first touch of a page of a file mapping (§2.13).  The page at the
 * file offset of address comes from the page cache, read in (with the
 * pages around it) if missing.  A shared mapping, or a read, gets the
 * cache page itself; a write to a private mapping (no_share) gets a
 * copy at once.  Wholly beyond the end of the file there is nothing:
 * NULL, and do_no_page() sends SIGBUS (not for another process's mm:
 * ptrace may look there).
 */
/// §2.13：文件映射区间的 nopage 方法：do_no_page（mm/memory.c）在第一次访问一个页面时调用它。2.4.0: mm/filemap.c filemap_nopage()
/// 页面在文件中的位置 = 区间内的页面号 + vm_pgoff。整页在文件尾之后（且是进程自己的访问）返回 NULL，do_no_page 据此发 SIGBUS。
/// 先在页面高速缓存里找；不在就读一簇（有随机读提示时只读这一页），再找。找到的页面不是最新的，就锁住后再调用 readpage，失败再试一次。
/// 私有映射的写访问（no_share）拿到的是副本（提前的写时拷贝）；共享映射和读访问拿到高速缓存里的页面本身，
/// 所以两个进程映射同一文件页面时共用同一个物理页面，页面的引用计数同时算上两者。
struct page *filemap_nopage(struct vm_area_struct *vm,
			    unsigned long address, int no_share)
{
	struct file *fp = vm->vm_file;
	struct inode *ino = fp->f_dentry->d_inode;
	struct address_space *as = ino->i_mapping;
	struct page *pg, **chain, *copy;
	unsigned long size, pgoff;
	int rc;

	pgoff = ((address - vm->vm_start) >> PAGE_CACHE_SHIFT) +
		vm->vm_pgoff;

retry_all:
	size = (ino->i_size + PAGE_CACHE_SIZE - 1) >> PAGE_CACHE_SHIFT;
	if ((pgoff >= size) && (vm->vm_mm == current->mm))
		return NULL;

	chain = page_hash(as, pgoff);
retry_find:
	pg = __find_get_page(as, pgoff, chain);
	if (!pg)
		goto no_cached_page;

	if (!Page_Uptodate(pg))
		goto page_not_uptodate;

success:
	/* Port: no sequential read-ahead (nopage_sequential_readahead). */
	if (no_share) {
		copy = alloc_page(GFP_HIGHUSER);
		if (copy)
			copy_user_highpage(copy, pg, address);
		page_cache_release(pg);
		return copy ? copy : NOPAGE_OOM;
	}
	flush_page_to_ram(pg);
	return pg;

no_cached_page:
	/*
	 * A random-read hint reads only this page, else a whole cluster.
	 /// 与 2.4.0 不同：文件尾之后（别的进程经 ptrace 访问时才会走到这里）read_cluster_nonblocking 一页也不读，
	 /// 再找仍然找不到，会一直循环；本移植此时只读这一页（readpage 补零）。见 deviations.md。
	 * Port: past the end (a ptrace access) the cluster read stops at
	 * once, so read just this page, or the lookup would never succeed.
	 */
	if (VM_RandomReadHint(vm) || pgoff >= size)
		rc = page_cache_read(fp, pgoff);
	else
		rc = read_cluster_nonblocking(fp, pgoff, size);
	if (rc >= 0)
		goto retry_find;
	if (rc == -ENOMEM)
		return NOPAGE_OOM;
	return NULL;

page_not_uptodate:
	lock_page(pg);
	if (!pg->mapping) {
		/* Truncated while we slept. */
		UnlockPage(pg);
		page_cache_release(pg);
		goto retry_all;
	}
	if (Page_Uptodate(pg)) {
		UnlockPage(pg);
		goto success;
	}
	if (!as->a_ops->readpage(fp, pg)) {
		wait_on_page(pg);
		if (Page_Uptodate(pg))
			goto success;
	}

	/* The read failed: clear the error and try once more, then give up. */
	lock_page(pg);
	if (!pg->mapping) {
		UnlockPage(pg);
		page_cache_release(pg);
		goto retry_all;
	}
	if (Page_Uptodate(pg)) {
		UnlockPage(pg);
		goto success;
	}
	ClearPageError(pg);
	if (!as->a_ops->readpage(fp, pg)) {
		wait_on_page(pg);
		if (Page_Uptodate(pg))
			goto success;
	}
	page_cache_release(pg);
	return NULL;
}

/*
 * Write back the dirty pages of the mapping.  Port: each page on the
 * dirty list goes to writepage (2.4.0 walks the list the same way); a
 * page whose writepage fails goes back to the dirty list.
 */
/// §2.13：把 mapping 的脏页写回：逐个从 dirty_pages 移到 locked_pages，锁住后清 PG_dirty 再调用 writepage（由它在写完后解锁）。
/// 2.4.0: mm/filemap.c filemap_fdatasync()。writepage 不解锁页面的文件系统会让随后的 filemap_fdatawait 永远等下去。
int filemap_fdatasync(struct address_space *as)
{
	int (*writepage)(struct page *) = as->a_ops->writepage;
	struct page *pg;
	int ret = 0, err;

	spin_lock(&pagecache_lock);
	while (!list_empty(&as->dirty_pages)) {
		pg = list_entry(as->dirty_pages.next, struct page, list);
		list_del(&pg->list);
		list_add(&pg->list, &as->locked_pages);
		if (!PageDirty(pg))
			continue;

		page_cache_get(pg);
		spin_unlock(&pagecache_lock);
		lock_page(pg);
		if (PageDirty(pg)) {
			ClearPageDirty(pg);
			err = writepage(pg);
			if (err && !ret)
				ret = err;
		} else {
			UnlockPage(pg);
		}
		page_cache_release(pg);
		spin_lock(&pagecache_lock);
	}
	spin_unlock(&pagecache_lock);
	return ret;
}

/*
 * Wait for the writes filemap_fdatasync started: every page on the
 * locked list goes back to the clean list once unlocked.
 */
/// §2.13：等 filemap_fdatasync 启动的写回结束：locked_pages 上的页面逐个等它解锁并移回 clean_pages；有页面出错就返回 -EIO。
/// 2.4.0: mm/filemap.c filemap_fdatawait()。
int filemap_fdatawait(struct address_space *as)
{
	struct page *pg;
	int ret = 0;

	spin_lock(&pagecache_lock);
	while (!list_empty(&as->locked_pages)) {
		pg = list_entry(as->locked_pages.next, struct page,
				  list);
		list_del(&pg->list);
		list_add(&pg->list, &as->clean_pages);
		if (!PageLocked(pg))
			continue;

		page_cache_get(pg);
		spin_unlock(&pagecache_lock);
		___wait_on_page(pg);
		if (PageError(pg))
			ret = -EIO;
		page_cache_release(pg);
		spin_lock(&pagecache_lock);
	}
	spin_unlock(&pagecache_lock);
	return ret;
}

/*
 * msync's page-table walk: a present, dirty pte of a file page is made
 * clean and its page marked dirty in the page cache instead.
 */
/// §2.13 msync：一个页面表项若“在内存且脏”，就把脏位从页面表项转到页面上（set_page_dirty），页面表项改为干净。
/// 2.4.0: mm/filemap.c filemap_sync_pte()。这样页面就上了 mapping 的 dirty_pages，写回时能找到它。
static inline int filemap_sync_pte(pte_t *ptep, struct vm_area_struct *vm,
				   unsigned long address, unsigned int flags)
{
	pte_t pte = *ptep;
	struct page *pg;

	if (!pte_present(pte) || !pte_dirty(pte))
		return 0;
	flush_page_to_ram(pte_page(pte));
	pg = pte_page(pte);
	if (!VALID_PAGE(pg) || PageReserved(pg))
		return 0;
	flush_cache_page(vm, address);
	set_pte(ptep, pte_mkclean(pte));
	flush_tlb_page(vm, address);
	set_page_dirty(pg);
	return 0;
}

/// §2.13：在一个页面表覆盖的范围内逐项调用 filemap_sync_pte。2.4.0: mm/filemap.c filemap_sync_pte_range()。
/// base 是本页面表覆盖的虚拟地址起点，用它还原每一项的完整地址（刷新 TLB 用）。
static inline int filemap_sync_pte_range(pmd_t *pmd, unsigned long address,
					 unsigned long size,
					 struct vm_area_struct *vm,
					 unsigned long base,
					 unsigned int flags)
{
	unsigned long from = address & ~PMD_MASK;
	unsigned long to = from + size;
	pte_t *pte;
	int rc = 0;

	if (pmd_none(*pmd))
		return 0;
	if (pmd_bad(*pmd)) {
		pmd_ERROR(*pmd);
		pmd_clear(pmd);
		return 0;
	}
	base += address & PMD_MASK;
	if (to > PMD_SIZE)
		to = PMD_SIZE;
	for (pte = pte_offset(pmd, address); from < to; pte++) {
		rc |= filemap_sync_pte(pte, vm, base + from, flags);
		from += PAGE_SIZE;
	}
	return rc;
}

/// §2.13：在一个页面目录项覆盖的范围内逐个中间目录项处理。2.4.0: mm/filemap.c filemap_sync_pmd_range()。i386 两级分页时中间目录只有一项。
static inline int filemap_sync_pmd_range(pgd_t *pgd, unsigned long address,
					 unsigned long size,
					 struct vm_area_struct *vm,
					 unsigned int flags)
{
	unsigned long base = address & PGDIR_MASK;
	unsigned long from = address & ~PGDIR_MASK;
	unsigned long to = from + size;
	pmd_t *pmd;
	int rc = 0;

	if (pgd_none(*pgd))
		return 0;
	if (pgd_bad(*pgd)) {
		pgd_ERROR(*pgd);
		pgd_clear(pgd);
		return 0;
	}
	if (to > PGDIR_SIZE)
		to = PGDIR_SIZE;
	for (pmd = pmd_offset(pgd, address); from < to; pmd++) {
		rc |= filemap_sync_pte_range(pmd, from, to - from, vm, base,
					     flags);
		from = (from + PMD_SIZE) & PMD_MASK;
		if (!from)
			break;
	}
	return rc;
}

/* Move the dirty bits of [address, address + size) into the page cache. */
/// §2.13：把 [address, address+size) 中页面表项的脏位推到页面高速缓存里。2.4.0: mm/filemap.c filemap_sync()。
/// 持有 page_table_lock，以免换出等同时改动这些页面表项；做完一次性刷新整个范围的 TLB。
int filemap_sync(struct vm_area_struct *vm, unsigned long address,
		 size_t size, unsigned int flags)
{
	struct mm_struct *mm = vm->vm_mm;
	unsigned long end = address + size;
	pgd_t *dir;
	int rc = 0;

	spin_lock(&mm->page_table_lock);
	dir = pgd_offset(mm, address);
	flush_cache_range(mm, end - size, end);
	if (address >= end)
		BUG();
	do {
		rc |= filemap_sync_pmd_range(dir, address, end - address,
						vm, flags);
		address = (address + PGDIR_SIZE) & PGDIR_MASK;
		dir++;
	} while (address && (address < end));
	flush_tlb_range(mm, end - size, end);
	spin_unlock(&mm->page_table_lock);
	return rc;
}

/*
 * The VMA methods of file mappings.  Both find pages through
 * filemap_nopage; 2.4.0's shared kind also writes dirty pages back on
 * unmap and swap-out (sync, swapout), which comes with reclaim.
 */
/// 共享映射和私有映射各有一套区间操作，nopage 都是 filemap_nopage。2.4.0 的共享映射还有 sync、swapout（把脏页写回文件），
/// 它们和页面回收一起移植（下一个议题）。
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
int generic_file_mmap(struct file *fp, struct vm_area_struct *vm)
{
	struct inode *ino = fp->f_dentry->d_inode;
	struct address_space *as = ino->i_mapping;
	/// 共享并且（现在或将来经 mprotect）可写的映射，写进页面的内容最终要写回文件。
	/// 只读打开的文件做共享映射时 do_mmap_pgoff 已去掉 VM_MAYWRITE，这里就按私有映射处理。
	int writes_back = (vm->vm_flags & VM_SHARED) &&
			  (vm->vm_flags & VM_MAYWRITE);

	/* Stores through a shared writable mapping reach the file. */
	/// 三项检查的次序与 2.4.0 相同：先 writepage（-EINVAL），再是否普通文件（-EACCES），
	/// 最后 readpage（-ENOEXEC）；所以一个没有 writepage 的设备文件做可写共享映射得到的是 -EINVAL。
	if (writes_back && as->a_ops->writepage == NULL)
		return -EINVAL;
	if (!S_ISREG(ino->i_mode))
		return -EACCES;
	/* Every page comes in through readpage (filemap_nopage). */
	if (as->a_ops->readpage == NULL)
		return -ENOEXEC;
	vm->vm_ops = writes_back ? &file_shared_mmap : &file_private_mmap;
	return 0;
}

/*
 * msync over [start, end) of one area: only shared file mappings have
 * anything to push.  MS_SYNC also writes the file's dirty pages and
 * waits for them.
 */
/// §2.13 msync：对一个区间内的一段做同步。只有共享的文件映射才有东西可推：私有映射写的是副本，与文件无关。
/// 2.4.0: mm/filemap.c msync_interval()。MS_SYNC 还要在 i_sem 下写回文件的脏页、调用 fsync、等写回结束。
static int msync_interval(struct vm_area_struct *vm, unsigned long start,
			  unsigned long end, int flags)
{
	struct file *fp = vm->vm_file;
	struct inode *ino;
	int rc;

	if (!fp || !(vm->vm_flags & VM_SHARED))
		return 0;
	rc = filemap_sync(vm, start, end - start, flags);
	if (rc || !(flags & MS_SYNC))
		return rc;

	ino = fp->f_dentry->d_inode;
	down(&ino->i_sem);
	filemap_fdatasync(ino->i_mapping);
	if (fp->f_op && fp->f_op->fsync)
		rc = fp->f_op->fsync(fp, fp->f_dentry, 1);
	filemap_fdatawait(ino->i_mapping);
	up(&ino->i_sem);
	return rc;
}

/*
 * msync(start, len, flags): start page aligned, flags among MS_ASYNC,
 * MS_INVALIDATE, MS_SYNC (else -EINVAL).  Holes in the range are
 * skipped but make the answer -EFAULT.
 */
/// §2.13 系统调用 msync(start, len, flags)（144 号）。2.4.0: mm/filemap.c sys_msync()。
/// start 不按页面对齐、范围回绕、flags 含三个标志以外的位：-EINVAL；len 为 0：0。
/// 范围中有空洞（没有映射的地址）时跳过空洞继续做，最后返回 -EFAULT（后来的内核改为 -ENOMEM，主机上的 Linux 即如此）。
asmlinkage long sys_msync(unsigned long start, size_t len, int flags)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vm;
	unsigned long end;
	int rc = -EINVAL, hole = 0;

	end = start + PAGE_ALIGN(len);
	down(&mm->mmap_sem);
	/* Unaligned, wrapping, or flags it does not know: -EINVAL. */
	if ((start & ~PAGE_MASK) || end < start ||
	    (flags & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC)))
		goto out;
	rc = 0;
	if (end == start)
		goto out;

	vm = find_vma(mm, start);
	for (;;) {
		rc = -EFAULT;
		if (!vm)
			goto out;
		if (start < vm->vm_start) {
			hole = -EFAULT;
			start = vm->vm_start;
		}
		if (end <= vm->vm_end) {
			rc = 0;
			if (start < end)
				rc = msync_interval(vm, start, end, flags);
			if (!rc)
				rc = hole;
			goto out;
		}
		rc = msync_interval(vm, start, vm->vm_end, flags);
		if (rc)
			goto out;
		start = vm->vm_end;
		vm = vm->vm_next;
	}
out:
	up(&mm->mmap_sem);
	return rc;
}

/* The read-ahead hint bits of vma for an madvise behavior. */
/// §2.13 madvise：按建议设置区间的读提示位 VM_SEQ_READ / VM_RAND_READ（NORMAL 两者都清）。2.4.0: mm/filemap.c setup_read_behavior()。
static inline void setup_read_behavior(struct vm_area_struct *vm,
				       int behavior)
{
	VM_ClearReadHint(vm);
	if (behavior == MADV_SEQUENTIAL)
		vm->vm_flags |= VM_SEQ_READ;
	else if (behavior == MADV_RANDOM)
		vm->vm_flags |= VM_RAND_READ;
}

/*
 * madvise's splits: the hint covers only part of vma, which becomes two
 * or three areas (as mprotect splits them).  The new area is made with
 * the new flags; vma keeps the rest.  Port: 2.4.0 deadlocks here on
 * the caller's own mmap_sem (deviations.md); these take only the locks
 * mprotect's fixups take.
 */
/// §2.13 madvise：建议只覆盖区间的前一部分：新建一个区间承担 [vm_start, end) 并带上新的提示，原区间从 end 开始。
/// 2.4.0: mm/filemap.c madvise_fixup_start()。做法与 mprotect_fixup_start 相同：新区间多引用一次文件、调用 open，
/// 在 lock_vma_mappings 和 page_table_lock 之下改原区间并插入新区间。
/// 与 2.4.0 不同：2.4.0 的这三个 madvise_fixup_* 在对匿名映射的一部分做 NORMAL/SEQUENTIAL/RANDOM 时
/// 会在调用者自己已持有的 mmap_sem 上死锁；本移植只取 mprotect 的拆分所取的那些锁。见 deviations.md，t_filemap 验证调用能返回。
static int madvise_fixup_start(struct vm_area_struct *vm,
			       unsigned long end, int behavior)
{
	struct mm_struct *mm = vm->vm_mm;
	struct vm_area_struct *head;

	head = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (!head)
		return -ENOMEM;
	*head = *vm;
	head->vm_end = end;
	setup_read_behavior(head, behavior);
	head->vm_raend = 0;
	if (head->vm_file)
		get_file(head->vm_file);
	if (head->vm_ops && head->vm_ops->open)
		head->vm_ops->open(head);

	lock_vma_mappings(vm);
	spin_lock(&mm->page_table_lock);
	vm->vm_pgoff += (end - vm->vm_start) >> PAGE_SHIFT;
	vm->vm_start = end;
	__insert_vm_struct(mm, head);
	spin_unlock(&mm->page_table_lock);
	unlock_vma_mappings(vm);
	return 0;
}

/// §2.13 madvise：建议覆盖区间的后一部分：新区间承担 [start, vm_end)，其 vm_pgoff 相应后移；原区间截到 start。
/// 2.4.0: mm/filemap.c madvise_fixup_end()。
static int madvise_fixup_end(struct vm_area_struct *vm,
			     unsigned long start, int behavior)
{
	struct mm_struct *mm = vm->vm_mm;
	struct vm_area_struct *tail;

	tail = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (!tail)
		return -ENOMEM;
	*tail = *vm;
	tail->vm_start = start;
	tail->vm_pgoff += (start - vm->vm_start) >> PAGE_SHIFT;
	setup_read_behavior(tail, behavior);
	tail->vm_raend = 0;
	if (tail->vm_file)
		get_file(tail->vm_file);
	if (tail->vm_ops && tail->vm_ops->open)
		tail->vm_ops->open(tail);

	lock_vma_mappings(vm);
	spin_lock(&mm->page_table_lock);
	vm->vm_end = start;
	__insert_vm_struct(mm, tail);
	spin_unlock(&mm->page_table_lock);
	unlock_vma_mappings(vm);
	return 0;
}

/// §2.13 madvise：建议落在区间中间：分成左、中、右三段，原区间变成中间一段并带上新提示，左右两段是新区间，保持原来的提示。
/// 2.4.0: mm/filemap.c madvise_fixup_middle()。两个新区间都要先分配好，任一失败就什么也不改，返回 -ENOMEM。
static int madvise_fixup_middle(struct vm_area_struct *vm,
				unsigned long start, unsigned long end,
				int behavior)
{
	struct mm_struct *mm = vm->vm_mm;
	struct vm_area_struct *left, *right;

	left = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	right = left ? kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL) : NULL;
	if (!right) {
		if (left)
			kmem_cache_free(vm_area_cachep, left);
		return -ENOMEM;
	}
	*left = *vm;
	*right = *vm;
	left->vm_end = start;
	right->vm_start = end;
	right->vm_pgoff += (end - vm->vm_start) >> PAGE_SHIFT;
	left->vm_raend = 0;
	right->vm_raend = 0;
	if (vm->vm_file)
		atomic_add(2, &vm->vm_file->f_count);
	if (vm->vm_ops && vm->vm_ops->open) {
		vm->vm_ops->open(left);
		vm->vm_ops->open(right);
	}

	lock_vma_mappings(vm);
	spin_lock(&mm->page_table_lock);
	vm->vm_pgoff += (start - vm->vm_start) >> PAGE_SHIFT;
	vm->vm_start = start;
	vm->vm_end = end;
	setup_read_behavior(vm, behavior);
	vm->vm_raend = 0;
	__insert_vm_struct(mm, left);
	__insert_vm_struct(mm, right);
	spin_unlock(&mm->page_table_lock);
	unlock_vma_mappings(vm);
	return 0;
}

/* Set the read-ahead hint of [start, end) of vma, splitting it if need be. */
/// §2.13 madvise：设置读提示，按建议范围与区间的关系决定是否以及怎样拆分区间。2.4.0: mm/filemap.c madvise_behavior()。
static long madvise_behavior(struct vm_area_struct *vm, unsigned long start,
			     unsigned long end, int behavior)
{
	int rc = 0;

	if (start == vm->vm_start) {
		if (end == vm->vm_end)
			setup_read_behavior(vm, behavior);
		else
			rc = madvise_fixup_start(vm, end, behavior);
	} else {
		if (end == vm->vm_end)
			rc = madvise_fixup_end(vm, start, behavior);
		else
			rc = madvise_fixup_middle(vm, start, end,
						     behavior);
	}
	return rc;
}

/*
 * MADV_WILLNEED: read the file pages of [start, end) into the cache
 * now, a cluster at a time.  Only file mappings (-EBADF otherwise).
 */
/// §2.13 MADV_WILLNEED：现在就把这段文件读进页面高速缓存（一次一簇，不等待）。2.4.0: mm/filemap.c madvise_willneed()。
/// 匿名映射没有文件：-EBADF；超过 RLIMIT_RSS 允许的驻留页面数：-EIO；超出文件尾的部分不读。
static long madvise_willneed(struct vm_area_struct *vm, unsigned long start,
			     unsigned long end)
{
	struct file *fp = vm->vm_file;
	unsigned long size, rlim_rss;

	if (!fp)
		return -EBADF;
	start = ((start - vm->vm_start) >> PAGE_SHIFT) + vm->vm_pgoff;
	end = ((end - vm->vm_start) >> PAGE_SHIFT) + vm->vm_pgoff;
	size = (fp->f_dentry->d_inode->i_size + PAGE_CACHE_SIZE - 1) >>
	       PAGE_CACHE_SHIFT;
	if (end > size)
		end = size;

	/* Not more than the resident-set limit allows. */
	rlim_rss = current->rlim[RLIMIT_RSS].rlim_cur;
	if (rlim_rss != RLIM_INFINITY &&
	    (vm->vm_mm->rss + (end - start)) > (rlim_rss >> PAGE_SHIFT))
		return -EIO;

	while (start < end) {
		read_cluster_nonblocking(fp, start, size);
		start += CLUSTER_PAGES;
	}
	return 0;
}

/*
 * MADV_DONTNEED: the pages of [start, end) go; the next touch brings
 * them back (from the file, or zero-filled).  Not for locked areas.
 */
/// §2.13 MADV_DONTNEED：拆掉这段的页面映射（zap_page_range），下次访问重新缺页：文件映射从文件（高速缓存）重新取，匿名映射得到全零页面。
/// 2.4.0: mm/filemap.c madvise_dontneed()。锁定（VM_LOCKED）的区间不允许：-EINVAL。
static long madvise_dontneed(struct vm_area_struct *vm,
			     unsigned long start, unsigned long end)
{
	if (vm->vm_flags & VM_LOCKED)
		return -EINVAL;

	flush_cache_range(vm->vm_mm, start, end);
	zap_page_range(vm->vm_mm, start, end - start);
	flush_tlb_range(vm->vm_mm, start, end);
	return 0;
}

/// §2.13：按 behavior 分派到上面各函数；不认识的建议 -EINVAL。2.4.0: mm/filemap.c madvise_vma()。
static long madvise_vma(struct vm_area_struct *vm, unsigned long start,
			unsigned long end, int behavior)
{
	switch (behavior) {
	case MADV_NORMAL:
	case MADV_SEQUENTIAL:
	case MADV_RANDOM:
		return madvise_behavior(vm, start, end, behavior);
	case MADV_WILLNEED:
		return madvise_willneed(vm, start, end);
	case MADV_DONTNEED:
		return madvise_dontneed(vm, start, end);
	}
	return -EINVAL;
}

/*
 * madvise(start, len, behavior): start page aligned (-EINVAL); each area
 * in the range gets the advice; holes are skipped but make the answer
 * -EFAULT; a behavior it does not know is -EINVAL.
 */
/// §2.13 系统调用 madvise(start, len, behavior)（219 号）。2.4.0: mm/filemap.c sys_madvise()。
/// 检查与 msync 相同：start 不对齐或范围回绕 -EINVAL，len 为 0 返回 0；对范围内每个区间执行建议，空洞跳过、最后返回 -EFAULT。
/// 注意 behavior 只在遇到第一个区间时才检查，所以对完全没有映射的范围，非法的 behavior 也得到 -EFAULT。
asmlinkage long sys_madvise(unsigned long start, size_t len, int behavior)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vm;
	unsigned long end;
	int rc = -EINVAL, hole = 0;

	end = start + PAGE_ALIGN(len);
	down(&mm->mmap_sem);
	if ((start & ~PAGE_MASK) || end < start)
		goto out;
	rc = 0;
	if (end == start)
		goto out;

	vm = find_vma(mm, start);
	for (;;) {
		rc = -EFAULT;
		if (!vm)
			goto out;
		if (start < vm->vm_start) {
			hole = -EFAULT;
			start = vm->vm_start;
		}
		if (end <= vm->vm_end) {
			rc = 0;
			if (start < end)
				rc = madvise_vma(vm, start, end, behavior);
			if (!rc)
				rc = hole;
			goto out;
		}
		rc = madvise_vma(vm, start, vm->vm_end, behavior);
		if (rc)
			goto out;
		start = vm->vm_end;
		vm = vm->vm_next;
	}
out:
	up(&mm->mmap_sem);
	return rc;
}

/* 1 if the file page under start is in the cache and up to date. */
/// §2.13 mincore：文件的这一页是否在页面高速缓存里且内容有效。2.4.0: mm/filemap.c mincore_page()。
static unsigned char mincore_page(struct vm_area_struct *vm,
				  unsigned long pgoff)
{
	struct address_space *as = vm->vm_file->f_dentry->d_inode->i_mapping;
	struct page *pg;
	unsigned char present = 0;

	spin_lock(&pagecache_lock);
	pg = __find_page_nolock(as, pgoff, *page_hash(as, pgoff));
	if (pg && Page_Uptodate(pg))
		present = 1;
	spin_unlock(&pagecache_lock);
	return present;
}

/*
 * One byte per page of [start, end) of a file mapping into vec, a page
 * of bytes at a time.  An anonymous area has no page cache: -ENOMEM.
 * The copy to vec runs without mmap_sem: a fault on vec takes it.
 */
/// §2.13 mincore：对一个文件映射区间的一段，每页一个字节写进用户的 vec，一次最多一页（4096 个字节）地经内核缓冲区拷贝。
/// 2.4.0: mm/filemap.c mincore_vma()。匿名映射没有页面高速缓存可查：-ENOMEM；vec 不可写：-EFAULT。
static long mincore_vma(struct vm_area_struct *vm, unsigned long start,
			unsigned long end, unsigned char *vec)
{
	struct mm_struct *mm = current->mm;
	unsigned long pgoff, left, chunk, i, fail;
	unsigned char *buf;
	long rc = -ENOMEM;

	if (!vm->vm_file)
		return rc;
	buf = (unsigned char *) __get_free_page(GFP_KERNEL);
	if (!buf)
		return rc;

	pgoff = ((start - vm->vm_start) >> PAGE_SHIFT) + vm->vm_pgoff;
	left = (end - start) >> PAGE_SHIFT;
	rc = 0;
	while (left) {
		chunk = left < PAGE_SIZE ? left : PAGE_SIZE;
		for (i = 0; i < chunk; i++)
			buf[i] = mincore_page(vm, pgoff + i);
	/// 【与 2.4.0 不同】2.4.0 持着 mmap_sem（普通信号量）做 copy_to_user：vec 无映射时缺页异常处理
	/// do_page_fault 再 down 同一个 mmap_sem，进程永远睡眠（模糊测试 SEED=7 的 mincore(..,..,0x37)）。
	/// 这里在拷贝前 up、拷贝后再 down，见 Documentation/deviations.md 与 tests/user/t_mincore.c。
		up(&mm->mmap_sem);
		fail = copy_to_user(vec, buf, chunk);
		down(&mm->mmap_sem);
		if (fail) {
			rc = -EFAULT;
			break;
		}
		vec += chunk;
		pgoff += chunk;
		left -= chunk;
		start += chunk << PAGE_SHIFT;
		/* The lock was dropped: look the area up again. */
		/// 锁放开过，虚存区间可能已被别的线程改动：按地址重新查找，不再是覆盖 start 的文件映射就当空洞（-ENOMEM）。
		vm = find_vma(mm, start);
		if (left && (!vm || start < vm->vm_start || !vm->vm_file)) {
			rc = -ENOMEM;
			break;
		}
		if (left)
			pgoff = ((start - vm->vm_start) >> PAGE_SHIFT) +
				vm->vm_pgoff;
	}
	free_page((unsigned long) buf);
	return rc;
}

/*
 * mincore(start, len, vec): which pages of the file mappings in the
 * range are in the page cache.  start page aligned (-EINVAL); a hole or
 * an anonymous area in the range is -ENOMEM; a bad vec -EFAULT.
 */
/// §2.13 系统调用 mincore(start, len, vec)（218 号）。2.4.0: mm/filemap.c sys_mincore()。
/// start 不对齐或范围回绕 -EINVAL；len 为 0 返回 0；范围里有空洞或匿名映射 -ENOMEM（空洞跳过、做完其余再返回）。
asmlinkage long sys_mincore(unsigned long start, size_t len,
			    unsigned char *vec)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vm;
	unsigned long end, next, done = 0;
	long rc = -EINVAL, hole = 0;

	end = start + PAGE_CACHE_ALIGN(len);
	down(&mm->mmap_sem);
	if ((start & ~PAGE_CACHE_MASK) || end < start)
		goto out;
	rc = 0;
	if (end == start)
		goto out;

	vm = find_vma(mm, start);
	for (;;) {
		rc = -ENOMEM;
		if (!vm)
			goto out;
		if (start < vm->vm_start) {
			hole = -ENOMEM;
			start = vm->vm_start;
		}
		if (end <= vm->vm_end) {
			rc = 0;
			if (start < end)
				rc = mincore_vma(vm, start, end,
						    vec + done);
			if (!rc)
				rc = hole;
			goto out;
		}
		/// mincore_vma 中放开过 mmap_sem：先记下区间终点，之后用 find_vma 重新找下一个区间，而不沿用 vm->vm_next。
		next = vm->vm_end;
		rc = mincore_vma(vm, start, next, vec + done);
		if (rc)
			goto out;
		done += (next - start) >> PAGE_CACHE_SHIFT;
		start = next;
		vm = find_vma(mm, start);	/* mmap_sem was dropped */
	}
out:
	up(&mm->mmap_sem);
	return rc;
}

/*
 * The hash table: one pointer per page of RAM, rounded up to a power of
 * two pages; smaller orders are tried if that much is not free.
 */
/// §10 系统初始化 / §2.13：建立页面高速缓存的杂凑表。2.4.0: mm/filemap.c page_cache_init()，由 start_kernel 在 files_init 之后调用。
/// 表的大小按内存算：每个物理页面一个指针，向上取整到 2 的幂个页面（阶 order）；分配不到就逐阶减小。
/// 32 MB 时 8192 个页面 × 4 字节 = 32768 字节 = 8 页，阶 3，8192 条链，与真实 2.4.0 打印的一行相同。
/// 链数与内存页面数相当，平均每条链不到一个页面；只要杂凑把页面散开（一个大文件，或 inode 彼此隔开的许多文件），
/// 查找读的链指针几乎与高速缓存的大小无关（make bench：100,000 页对 1,000 页不到 2 倍）。
/// 许多小文件的 inode 紧挨着时也一样：本移植的 struct inode 是 204 字节，除数是 4，相邻文件的页面相隔几十条链
/// （见 include/linux/pagemap.h 的 _page_hashfn()），100,000 页时每条在用的链约 1.2 页。
void __init page_cache_init(unsigned long mempages)
{
	unsigned long bytes = mempages * sizeof(struct page *);
	unsigned long order = 0, entries;

	while ((PAGE_SIZE << order) < bytes)
		order++;

	for (;;) {
		entries = (PAGE_SIZE << order) / sizeof(struct page *);
		for (page_hash_bits = 0; entries > 1; entries >>= 1)
			page_hash_bits++;
		page_hash_table = (struct page **)
			__get_free_pages(GFP_ATOMIC, order);
		if (page_hash_table || order == 0)
			break;
		order--;
	}

	printk("Page-cache hash table entries: %d (order: %ld, %ld bytes)\n",
	       (1 << page_hash_bits), order, (PAGE_SIZE << order));
	if (!page_hash_table)
		panic("page_cache_init: no memory for the hash table\n");
	memset((void *) page_hash_table, 0,
	       PAGE_HASH_SIZE * sizeof(struct page *));
}
