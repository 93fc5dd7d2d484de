// SPDX-License-Identifier: GPL-2.0-only
/*
 * The tunables of page replacement and the memory-pressure estimate.
 * 情景分析 §2.6.  Follows Linux 2.4.0 mm/swap.c; the page-aging and LRU
 * list functions of that file come with page reclaim (kswapd), which
 * this port does not have yet.
 */
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/swap.h>
#include <linux/swapctl.h>
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

/* Swap-out pages in flight (the I/O is not ported). */
/// 正在进行中的异步换出页面数。本移植还没有交换设备的 I/O，它恒为 0。
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
/// 本移植还没有 kswapd（页面回收留给后续工作），这里先按 2.4.0 给出数值。
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

/* Read-ahead cluster by memory size: small machines read less ahead. */
/// §2.6：按物理内存大小决定 page_cluster。2.4.0: mm/swap.c swap_setup()。
/// 小于 16 MB 预读 4 页，小于 32 MB 预读 8 页，否则 16 页：内存越少，预读越保守。
/// 2.4.0 由 kswapd_init() 在启动时调用一次；本移植还没有 kswapd，暂时没有调用者。
/// 2.4.0 的 age_page_up/down、activate_page、deactivate_page、lru_cache_add/del
/// 要等页面回收（三个 LRU 队列）移植时再加入本文件。
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
