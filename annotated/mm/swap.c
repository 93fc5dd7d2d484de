// SPDX-License-Identifier: GPL-2.0-only
/*
 * The tunables of page replacement and the memory-pressure estimate.
 * The page ages and the three LRU lists every page-cache page is on:
 * pages enter on the active list (lru_cache_add) and leave from
 * whichever list holds them (lru_cache_del).  Moving pages between the
 * lists as they age is reclaim's work (mm/vmscan.c: kswapd).
 * 情景分析 §2.6.  Follows Linux 2.4.0 mm/swap.c.
 */
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/swap.h>
#include <linux/swapctl.h>
#include <linux/pagemap.h>
#include <asm/page.h>

/* How many pages one swap-in reads ahead: 2^page_cluster. */
/// §2.6 物理页面的使用和周转：换入时的“预读”簇大小。2.4.0: mm/swap.c（全局变量 page_cluster）。
/// 换入一页时顺带读入 2^page_cluster 页（swapin_readahead），由 swap_setup() 按内存大小设定。
int page_cluster;

/*
 * The system's free-page targets.  Zero here; free_area_init_core adds
 * every zone's watermarks in.
 */
/// 全系统的空闲页面目标值 {min, low, high}。2.4.0 初值全 0，free_area_init_core() 把每个管理区的
/// pages_min/low/high 累加进来：32 MB 时是 {159, 318, 477}，启动时 show_free_areas() 打印在括号里。
freepages_t freepages = {
	0,	/* min */
	0,	/* low */
	0,	/* high */
};

/* How hard the allocator has been pushed lately: +1 per allocation. */
/// “内存压力”：__alloc_pages() 每被调用一次加 1，__free_pages_ok() 释放时减 1，每秒衰减 1/64。
/// 2.4.0 用它估计 inactive_target（需要多少不活跃页面）：memory_pressure >> 6。
int memory_pressure;

/* Asynchronous swap I/O in flight (rw_swap_page_base, end_buffer_io_async). */
/// 正在进行中的异步交换 I/O 页面数：rw_swap_page_base() 发出异步读写时加一（并置 PG_decr_after），I/O 完成时（fs/buffer.c）减一。
/// 超过 pager_daemon.swap_cluster << page_cluster 时，新的换出改为同步写，换入的预读（swapin_readahead）也就此停下。
atomic_t nr_async_pages = ATOMIC_INIT(0);

/* Share of memory for the buffer cache: min, borrow, max percent. */
/// 缓冲区（buffer cache）可占内存的百分比：最少 2%、可借用 10%、最多 60%（2.4.0 的值）。
buffer_mem_t buffer_mem = {
	2,	/* minimum percent buffer */
	10,	/* borrow percent buffer */
	60	/* maximum percent buffer */
};

/* Same for the page cache. */
/// 页面高速缓存（page cache）的同样三个百分比：2%、15%、75%。
buffer_mem_t page_cache = {
	2,	/* minimum percent page cache */
	15,	/* borrow percent page cache */
	75	/* maximum */
};

/* kswapd's parameters: tries, minimum tries, pages per swap-out batch. */
/// kswapd 的参数：尝试次数的基数 512、最少尝试次数 SWAP_CLUSTER_MAX（32）、每批换出 8 页。
/// 本移植用到的是 swap_cluster：它乘以 2^page_cluster 就是异步交换 I/O 的上限（见上面的 nr_async_pages）。
pager_daemon_t pager_daemon = {
	512,			/* base number for calculating the number of tries */
	SWAP_CLUSTER_MAX,	/* minimum number of tries */
	8,			/* do swap I/O in clusters of this size */
};

/*
 * Called once a second (by kswapd in 2.4.0): let memory_pressure decay
 * by 1/64, so it tracks a moving average of allocations per second.
 */
/// §2.6：内存压力的衰减。2.4.0: mm/swap.c recalculate_vm_stats()。
/// 每秒调用一次（2.4.0 由 kswapd 调用），减去 1/64，于是 memory_pressure 近似“每秒分配次数”的滑动平均。
void recalculate_vm_stats(void)
{
	memory_pressure -= (memory_pressure >> INACTIVE_SHIFT);
}

/*
 * A page was used: it earns PAGE_AGE_ADV more age, up to PAGE_AGE_MAX.
 * A page of age 0 sits on an inactive list; its use brings it back.
 * The caller holds pagemap_lru_lock.
 */
/// §2.8 页面的换出（页面的“寿命”）：页面被用了一次，寿命加 PAGE_AGE_ADV（3），最多 PAGE_AGE_MAX（64）。2.4.0: mm/swap.c age_page_up_nolock()。
/// 寿命为 0 的页面在不活跃队列上，被用到就先回到活跃队列。调用者持有 pagemap_lru_lock。
void age_page_up_nolock(struct page *pg)
{
	if (pg->age == 0)
		activate_page_nolock(pg);
	pg->age += PAGE_AGE_ADV;
	if (pg->age > PAGE_AGE_MAX)
		pg->age = PAGE_AGE_MAX;
}

/// §2.8：同上，自己加 pagemap_lru_lock。2.4.0: mm/swap.c age_page_up()。页面高速缓存查找命中（__find_page_nolock）时调用。
void age_page_up(struct page *pg)
{
	spin_lock(&pagemap_lru_lock);
	age_page_up_nolock(pg);
	spin_unlock(&pagemap_lru_lock);
}

/* Unused for a while: its age halves, and nothing else. */
/// §2.8：一段时间没被用：寿命减半，不动队列。2.4.0: mm/swap.c age_page_down_ageonly()。
void age_page_down_ageonly(struct page *pg)
{
	pg->age /= 2;
}

/* Halve the age; at 0 the page is a candidate for the inactive list. */
/// §2.8：寿命减半，到 0 就让它变为不活跃（deactivate_page_nolock）。2.4.0: mm/swap.c age_page_down_nolock()。
void age_page_down_nolock(struct page *pg)
{
	pg->age /= 2;
	if (pg->age == 0)
		deactivate_page_nolock(pg);
}

/// §2.8：同上，自己加锁。2.4.0: mm/swap.c age_page_down()。
void age_page_down(struct page *pg)
{
	spin_lock(&pagemap_lru_lock);
	age_page_down_nolock(pg);
	spin_unlock(&pagemap_lru_lock);
}

/*
 * Make the page old at once.  An active page that nobody but the cache
 * and the caller holds (one more with buffers) goes to the inactive
 * dirty list, where page_launder will clean it.
 */
/// §2.8：让页面立即“变老”：寿命清零、清 PG_referenced；若它在活跃队列上、且除了页面高速缓存和调用者之外没人用
/// （引用计数不超过 2，有缓冲区时 3），就从活跃队列移到 inactive_dirty 队列，等 page_launder 把它洗干净。
/// 2.4.0: mm/swap.c deactivate_page_nolock()。被进程映射着的页面引用计数更大，留在活跃队列上。
void deactivate_page_nolock(struct page *pg)
{
	int most = pg->buffers ? 3 : 2;

	pg->age = 0;
	ClearPageReferenced(pg);
	if (!PageActive(pg) || page_count(pg) > most)
		return;
	if (page_ramdisk(pg))
		return;
	del_page_from_active_list(pg);
	add_page_to_inactive_dirty_list(pg);
}

/// §2.8：同上，自己加锁。2.4.0: mm/swap.c deactivate_page()。
void deactivate_page(struct page *pg)
{
	spin_lock(&pagemap_lru_lock);
	deactivate_page_nolock(pg);
	spin_unlock(&pagemap_lru_lock);
}

/* Back to the active list from either inactive one, aged at least START. */
/// §2.8：从两个不活跃队列之一回到活跃队列，寿命至少为 PAGE_AGE_START（2）。2.4.0: mm/swap.c activate_page_nolock()。
void activate_page_nolock(struct page *pg)
{
	if (PageInactiveDirty(pg)) {
		del_page_from_inactive_dirty_list(pg);
		add_page_to_active_list(pg);
	} else if (PageInactiveClean(pg)) {
		del_page_from_inactive_clean_list(pg);
		add_page_to_active_list(pg);
	}
	if (pg->age < PAGE_AGE_START)
		pg->age = PAGE_AGE_START;
}

/// §2.8：同上，自己加锁。2.4.0: mm/swap.c activate_page()。
void activate_page(struct page *pg)
{
	spin_lock(&pagemap_lru_lock);
	activate_page_nolock(pg);
	spin_unlock(&pagemap_lru_lock);
}

/*
 * A page enters the page cache (it is locked): onto the active list.
 * A page that comes with no age left goes inactive at once.
 */
/// §2.8 / §2.13：页面进入页面高速缓存时挂上活跃队列（页面必须已锁住）。2.4.0: mm/swap.c lru_cache_add()。
/// 新页面的寿命是 __free_pages_ok 设的 PAGE_AGE_START；万一寿命为 0，就立刻转入不活跃队列。
/// 此后页面在高速缓存里的整个期间都恰好在三个 LRU 队列之一上（主机测试逐页核对这一点）。
void lru_cache_add(struct page *pg)
{
	spin_lock(&pagemap_lru_lock);
	if (!PageLocked(pg))
		BUG();
	add_page_to_active_list(pg);
	if (pg->age == 0)
		deactivate_page_nolock(pg);
	spin_unlock(&pagemap_lru_lock);
}

/*
 * The page leaves the cache: off whichever LRU list holds it.  The
 * caller holds pagemap_lru_lock and has the page locked.
 */
/// §2.8：页面离开页面高速缓存时，从它所在的那个 LRU 队列摘下（调用者持有 pagemap_lru_lock）。2.4.0: mm/swap.c __lru_cache_del()。
/// 三个标志都没有说明页面不在任何队列上，是不该发生的情况，打印一行提示。
void __lru_cache_del(struct page *pg)
{
	if (PageActive(pg))
		del_page_from_active_list(pg);
	else if (PageInactiveDirty(pg))
		del_page_from_inactive_dirty_list(pg);
	else if (PageInactiveClean(pg))
		del_page_from_inactive_clean_list(pg);
	else
		printk("lru_cache_del: page %p is on no LRU list\n", pg);
}

/// §2.8：同上，自己加锁；页面必须已锁住（截断、移出高速缓存时）。2.4.0: mm/swap.c lru_cache_del()。
void lru_cache_del(struct page *pg)
{
	if (!PageLocked(pg))
		BUG();
	spin_lock(&pagemap_lru_lock);
	__lru_cache_del(pg);
	spin_unlock(&pagemap_lru_lock);
}

/* Read-ahead cluster by memory size: small machines read less ahead. */
/// §2.6：按物理内存大小决定 page_cluster。2.4.0: mm/swap.c swap_setup()。
/// 小于 16 MB 预读 4 页，小于 32 MB 预读 8 页，否则 16 页：内存越少，预读越保守。
/// 由 kswapd_init()（mm/vmscan.c）在启动时调用一次，所以 kswapd 启动之前 page_cluster 是 0，预读只读一页。
void __init swap_setup(void)
{
	/// 页数换算成 MB（一 MB 是 2^(20-PAGE_SHIFT) = 256 页），向下取整；
	/// 所以“小于 16 MB”恰好就是 num_physpages < 4096。
	unsigned long megabytes = num_physpages >> (20 - PAGE_SHIFT);

	/// 先按内存充裕的情形取 4，再逐级往小里改：三档的边界与 2.4.0 相同。
	page_cluster = 4;
	if (megabytes < 32)
		page_cluster = 3;
	if (megabytes < 16)
		page_cluster = 2;
}
