// SPDX-License-Identifier: GPL-2.0-only
/*
 * The zoned buddy allocator: free physical pages are kept per zone in
 * blocks of 2^order pages, with one bitmap per order recording, for each
 * pair of buddies, whether exactly one of them is free.  Also the zone
 * set-up at boot and the zone fallback lists.
 * 情景分析 §2.3, §2.6, §2.7.  Follows Linux 2.4.0 mm/page_alloc.c.
 */
#include <linux/config.h>
#include <linux/mm.h>
#include <linux/swap.h>
#include <linux/swapctl.h>
#include <linux/sched.h>
#include <linux/threads.h>
#include <linux/highmem.h>
#include <linux/bootmem.h>
#include <linux/init.h>
#include <linux/fs.h>

/// §2.7 全局计数：可用的交换页面数，活跃页面数，不活跃脏页面数（后两者由 swap.h 的 LRU 宏维护）。
int nr_swap_pages;
int nr_active_pages;
int nr_inactive_dirty_pages;
/// 所有存储节点的链表，init_bootmem_core 把节点挂上来；PC 上只有 contig_page_data 一个。
pg_data_t *pgdat_list;

static char *zone_names[MAX_NR_ZONES] = { "DMA", "Normal", "HighMem" };
/// §2.7 水位的比例：pages_min = 管理区页面数 / ratio，再限制在 [min, max] 之间。
/// DMA 管理区的比例是 1/32，比 Normal、HighMem 的 1/128 大得多：它小而珍贵，要多留余量。
/// 这些是 2.4.0 的数值（后来的 2.4.16 改成了 128/128/128 和下限 20）。
/// 启动参数 memfrac= 可以改 ratio（setup_mem_frac）。
static int zone_balance_ratio[MAX_NR_ZONES] = { 32, 128, 128, };
static int zone_balance_min[MAX_NR_ZONES] = { 10, 10, 10, };
static int zone_balance_max[MAX_NR_ZONES] = { 255, 255, 255, };

/// §2.6 活跃队列与不活跃脏队列是全局的（不活跃干净队列在每个管理区里）。
struct list_head active_list;
struct list_head inactive_dirty_list;

/* The free lists are plain lists; these names mark the buddy-system uses. */
/// 空闲队列就是普通的链表；2.4.0 另起这些名字，标明哪些地方是伙伴系统在操作它。
#define memlist_init(x)		INIT_LIST_HEAD(x)
#define memlist_add_head	list_add
#define memlist_add_tail	list_add_tail
#define memlist_del		list_del
#define memlist_entry		list_entry
#define memlist_next(x)		((x)->next)
#define memlist_prev(x)		((x)->prev)

/* Is page x outside zone (wrong zone pointer, or index out of its range)? */
/// §2.7 2.4.0 留下的调试检查：页面不属于这个管理区（zone 指针不对，或下标越出管理区），
/// 说明空闲队列或位图已经乱了，立即 BUG，不让错误扩散。
#define BAD_RANGE(zone, x) (((zone) != (x)->zone) || \
	(((x) - mem_map) < (zone)->offset) || \
	(((x) - mem_map) >= (zone)->offset + (zone)->size))

/*
 * Give a block of 2^order pages back to its zone and merge it with its
 * buddy as long as the buddy is free too.  Page numbers are counted from
 * the zone's first page; at order k the buddy of block i is block i with
 * bit k flipped, and the pair's bit in free_area[k].map is bit i >> (k+1).
 * mask is ~0 << order, so -mask = 2^order.
 */
/// §2.7 物理页面的释放（伙伴算法的合并）：把一个 2^order 页的块还给它的管理区，
/// 只要它的伙伴也空闲就合并成大一阶的块，一直到最高阶。
/// 页号都相对于管理区的第一个页面 base：k 阶块 i 的伙伴是 i 的第 k 位取反，
/// 这一对在 free_area[k].map 中的位是 i >> (k+1)。mask = ~0 << order，所以 -mask = 2^order。
/// 2.4.0: mm/page_alloc.c __free_pages_ok()
static void __free_pages_ok(struct page *page, unsigned long order)
{
	unsigned long index, page_idx, mask, flags;
	free_area_t *area;
	struct page *base, *buddy;
	zone_t *zone;

	/* Still cached, under I/O or on an LRU list: someone still uses it. */
	/// 先检查页面是不是真的没人用了，次序与 2.4.0 相同：还有缓冲区、还在某个文件的页面高速缓存里、
	/// 根本不在 mem_map 范围内；还在交换高速缓存里、还加着锁（I/O 未完成）、还有异步换出的计数；
	/// 还在某个 LRU 队列上。任何一条成立都说明调用者的引用计数出了错，这时释放会让同一页面
	/// 被两处使用，所以宁可 BUG。本移植把同类的检查写在同一个 if 里（|| 从左到右求值，次序不变）。
	if (page->buffers || page->mapping || !VALID_PAGE(page))
		BUG();
	if (PageSwapCache(page) || PageLocked(page) || PageDecrAfter(page))
		BUG();
	/// 三个 LRU 队列：活跃、不活跃脏、不活跃干净。
	if (PageActive(page) || PageInactiveDirty(page))
		BUG();
	if (PageInactiveClean(page))
		BUG();

	/* Handed out again later, it starts as a fresh page. */
	/// 清掉访问、脏标志，寿命回到初值：下次分配出去时是一个“新”页面。
	page->flags &= ~(1UL << PG_referenced | 1UL << PG_dirty);
	page->age = PAGE_AGE_START;

	/// base 是管理区的第一个页面；page_idx 是相对于它的页号。
	zone = page->zone;
	base = mem_map + zone->offset;
	page_idx = page - base;
	mask = ~0UL << order;
	/// 块的起点必须按 2^order 对齐（相对管理区），否则这不是伙伴系统发出去的块，或者阶给错了。
	if (page_idx & ~mask)
		BUG();
	area = &zone->free_area[order];
	/// 这一对伙伴在 order 阶位图中的位号。
	index = page_idx >> (order + 1);

	/// 关中断：中断处理程序里也会分配、释放页面，空闲队列和位图的修改不能被打断。
	spin_lock_irqsave(&zone->lock, flags);
	/// 加上 -mask 就是加上 2^order（2.4.0 写作减去 mask）。
	zone->free_pages += -mask;

	/* An order MAX_ORDER - 1 block has no buddy: merging ends there. */
	/// 循环到 mask 等于 ~0 << (MAX_ORDER-1)，即块升到最高一阶为止：最高一阶的块没有伙伴可以合并。
	/// 若调用者给的 order 本身就 >= MAX_ORDER，mask 永远到不了这个值，下面的 area 检查立即 BUG。
	while (mask != ~0UL << (MAX_ORDER - 1)) {
		/// 阶已经越出 free_area[] 了：order 参数错误（本移植的测试 test_bug_order_too_big 就走到这里）。
		/// 此时 free_pages 已经加上了 2^order，但 BUG 会让这次释放停下来。
		if (area >= zone->free_area + MAX_ORDER)
			BUG();
		/* The old bit says whether the buddy was free. */
		/// 伙伴位图的妙处：每一对伙伴只用一位，记“两块中是否恰有一块空闲”（两块的空闲状态的异或）。
		/// 释放本块时把这一位翻转：原值为 0，说明伙伴不空闲（否则两块都空闲时早已合并），
		/// 翻转后的 1 记下“现在恰有一块（本块）空闲”，本块就留在这一阶，停止合并。
		if (!test_and_change_bit(index, area->map))
			break;
		/// 原值为 1：伙伴正空闲地挂在这一阶的队列上，翻转后的 0 表示“两块都不单独空闲了”（合并了）。
		/// 伙伴的页号是 page_idx 的第 order 位取反（-mask 正好是这一位）。
		buddy = base + (page_idx ^ -mask);
		if (BAD_RANGE(zone, buddy))
			BUG();
		if (BAD_RANGE(zone, base + page_idx))
			BUG();
		/// 空闲队列是双向链表，伙伴在队列中的位置不用查找，直接摘下。
		memlist_del(&buddy->list);

		/* One order up; the pair starts at the lower of the two. */
		/// 升一阶：area 指向下一阶，mask 多一位，page_idx 向下对齐到合并后的大块的起点，位号除以二。
		area++;
		mask <<= 1;
		page_idx &= mask;
		index >>= 1;
	}
	/// 合并到头，把最终的块挂到该阶空闲队列的头上（后进先出）。
	memlist_add_head(&base[page_idx].list, &area->free_list);
	spin_unlock_irqrestore(&zone->lock, flags);

	/* Unlocked and racy; it only must not sink below NR_CPUS. */
	/// 每释放一块，内存压力减一。不加锁，只求别减成负数（多 CPU 时可能有几个同时减）。
	if (memory_pressure > NR_CPUS)
		memory_pressure--;
}

/* Flip the pair bit of the block at zone index index, order order. */
/// §2.7 翻转 order 阶中页号 index 的块所在的那一对的位：index >> (order+1)。
/// 分配和释放都翻转它，所以位值始终是两块空闲状态的异或。
#define MARK_USED(index, order, area) \
	change_bit((index) >> (1 + (order)), (area)->map)

/*
 * Split the block of 2^high pages at page (zone index index) down to
 * 2^low pages.  Each time the lower half goes back on the free list one
 * order down and the upper half is split further, so the caller gets the
 * highest-addressed piece.
 */
/// §2.7 物理页面的分配（伙伴算法的分裂）：要 2^low 页却只找到 2^high 页的块时，
/// 每次对半分，把低地址的一半挂到低一阶的空闲队列上（并翻转那一对的位），
/// 继续分高地址的一半，直到大小合适。所以交出去的是原块中地址最高的那一部分
/// （2.4.0 就是这样，容易出乎读者意料），留下的都是低半部分。
/// 2.4.0: mm/page_alloc.c expand()
static inline struct page *expand(zone_t *zone, struct page *page,
	unsigned long index, int low, int high, free_area_t *area)
{
	/// 每一圈降一阶：half 是降阶后一块的页数，即当前块的一半。
	for (; high > low; high--) {
		unsigned long half = 1UL << (high - 1);

		if (BAD_RANGE(zone, page))
			BUG();
		area--;
		/// 低半部分成为低一阶的一个空闲块；它的伙伴（高半部分）马上要被继续分裂或交出，所以位变为 1。
		memlist_add_head(&page->list, &area->free_list);
		MARK_USED(index, high - 1, area);
		/// 接着处理高半部分。
		page += half;
		index += half;
	}
	if (BAD_RANGE(zone, page))
		BUG();
	return page;
}

/*
 * Take a block of 2^order pages from zone: the first block on the
 * smallest non-empty free list of that order or above, split as needed.
 */
/// §2.7 从一个管理区取一个 2^order 页的块：从 order 阶开始向上找第一个不空的空闲队列，
/// 取队列头上的块（最近释放的），翻转它那一对的位，必要时用 expand 分裂。
/// 2.4.0: mm/page_alloc.c rmqueue()
static struct page *rmqueue(zone_t *zone, unsigned long order)
{
	free_area_t *area = zone->free_area + order;
	unsigned long flags, from;
	struct list_head *first;
	struct page *page;
	unsigned int idx;

	spin_lock_irqsave(&zone->lock, flags);
	page = NULL;
	/// from 是正在查看的阶，area 与它同步前进。找到一块就 break，一块都没有时 page 保持 NULL。
	/// （alloc_pages 已经挡掉了 order >= MAX_ORDER 的请求，这里不会从越界的阶开始找。）
	for (from = order; from < MAX_ORDER; from++, area++) {
		if (list_empty(&area->free_list))
			continue;

		first = memlist_next(&area->free_list);
		page = memlist_entry(first, struct page, list);
		if (BAD_RANGE(zone, page))
			BUG();
		memlist_del(first);
		/// 块在管理区中的页号：位图下标都以管理区起点为基准。
		idx = page - (mem_map + zone->offset);
		/// 这一块不再空闲，它那一对的位翻转。注意在最高阶（9 阶）也会翻转，而释放到 9 阶时不翻转，
		/// 所以 9 阶的位只记录了分配次数的奇偶，没有意义也没人读（2.4.0 如此）。
		MARK_USED(idx, from, area);
		/// 减去的是要交出的页数；分裂后挂回低阶队列的那些页面仍算空闲，所以不减。
		zone->free_pages -= 1UL << order;
		page = expand(zone, page, idx, order, from, area);
		break;
	}
	/// 两条路（找到与没找到）都在这里开锁，之后才设引用计数，与 2.4.0 的次序相同。
	spin_unlock_irqrestore(&zone->lock, flags);
	if (!page)
		return NULL;

	/// 交出的块引用计数为 1（只设第一个页面），调用者是它唯一的用户。
	set_page_count(page, 1);
	if (BAD_RANGE(zone, page))
		BUG();
	/// 刚从空闲队列取下的页面不应在任何 LRU 队列上（swap.h 的检查宏）。
	DEBUG_ADD_PAGE
	return page;
}

/// §2.7 __alloc_pages_limit 的水位选择。
#define PAGES_MIN	0
#define PAGES_LOW	1
#define PAGES_HIGH	2

/*
 * One pass over the zonelist: take from the first zone whose free plus
 * inactive_clean pages exceed the chosen watermark, reclaiming a clean
 * page directly when allowed and the zone is nearly at pages_min.
 */
/// §2.7 按分配策略依次看每个管理区：空闲页面加不活跃干净页面超过所选水位的，
/// 先试着直接收回一个不活跃干净页面（只在允许直接回收、且空闲页面已接近 pages_min 时），
/// 否则 rmqueue。第一个成功的管理区给出页面。（reclaim_page 在 mm/vmscan.c。）
/// 2.4.0: mm/page_alloc.c __alloc_pages_limit()
static struct page *__alloc_pages_limit(zonelist_t *zonelist,
	unsigned long order, int limit, int direct_reclaim)
{
	zone_t **zp;

	/// 分配策略是以 NULL 结尾的管理区指针数组。
	for (zp = zonelist->zones; *zp; zp++) {
		zone_t *z = *zp;
		struct page *page = NULL;
		unsigned long mark;

		/// 分配策略里只放非空的管理区，遇到空的说明策略表坏了。
		if (!z->size)
			BUG();
		/// 不认识的 limit 按 PAGES_MIN 处理（2.4.0 的 switch 把 default 和 PAGES_MIN 放在一起）。
		if (limit == PAGES_HIGH)
			mark = z->pages_high;
		else if (limit == PAGES_LOW)
			mark = z->pages_low;
		else
			mark = z->pages_min;	/* PAGES_MIN or anything else */
		/// 不活跃干净页面随时可以收回，所以和空闲页面一起算；必须严格大于水位。
		if (z->free_pages + z->inactive_clean_pages <= mark)
			continue;

		if (direct_reclaim && z->free_pages < z->pages_min + 8)
			page = reclaim_page(z);
		if (!page)
			page = rmqueue(z, order);
		if (page)
			return page;
	}
	return NULL;
}

/*
 * The allocator proper.  It tries ever harder: zones with plenty free,
 * then free + inactive_clean above pages_high, pages_low, (yield to
 * kswapd) pages_min; then reclaim for itself; finally anything above a
 * quarter of pages_min (PF_MEMALLOC tasks may take even that).
 */
/// §2.7 物理页面的分配，2.4.0 的“分区伙伴分配器”的核心。按分配策略中管理区的次序，一次比一次
/// 更“努力”：(1) 有大量空闲页面（>= pages_low）的管理区直接分配；(2) 空闲加不活跃干净页面
/// 超过 pages_high、再超过 pages_low 的；(3) 唤醒 kswapd、让出 CPU 后，超过 pages_min 的；
/// (4) 还不行就自己动手回收（大块时洗脏页、把不活跃干净页面逐个释放以便合并；
/// 单页时等 kswapd 一轮再从头来）；(5) 最后不论水位，只要空闲页面不少于 pages_min/4 就分配，
/// PF_MEMALLOC 的进程（kswapd 等正在为别人释放内存的进程）连这最后的余量也可以用光。
/// 回收在 mm/vmscan.c：可睡眠的单页分配等 kswapd 一轮后回头重试（2.4.0 如此），直到成功或被 OOM 杀死。
/// 2.4.0: mm/page_alloc.c __alloc_pages()
struct page *__alloc_pages(zonelist_t *zonelist, unsigned long order)
{
	/// 2.4.0 的接口不直接传 gfp_mask，从分配策略里取回（每个 gfp_mask 值有自己的分配策略）。
	unsigned int gfp_mask = zonelist->gfp_mask;
	/// 能否睡眠（__GFP_WAIT）在下面要问好几次，先取出来。
	int can_wait = gfp_mask & __GFP_WAIT;
	int direct_reclaim;
	struct page *page;
	zone_t **zp;

	/// 每次分配都加一点内存压力；它决定 inactive_target，即回收要准备多少不活跃页面。
	memory_pressure++;

	/* Sleeping single-page requests may reclaim a clean page themselves. */
	/// 单个页面、可以睡眠、又不是 PF_MEMALLOC 进程：允许直接从不活跃干净队列收回页面。
	/// PF_MEMALLOC 的进程本身就在回收的路上，不让它再递归进入回收。
	direct_reclaim = order == 0 && can_wait &&
			 !(current->flags & PF_MEMALLOC);

	/* Short of inactive pages and free ones: kswapd; of clean: bdflush. */
	/// 内存快不够、不活跃页面也少：唤醒 kswapd 去老化、换出；若只是脏页太多，唤醒 bdflush 去写回。
	/// （free_shortage/inactive_shortage 在 mm/vmscan.c；本移植没有 bdflush，wakeup_bdflush 是空函数。）
	if (inactive_shortage() > inactive_target / 2 && free_shortage()) {
		wakeup_kswapd(0);
	} else if (free_shortage() &&
		   nr_inactive_dirty_pages > free_shortage() &&
		   nr_inactive_dirty_pages >= freepages.high) {
		wakeup_bdflush(0);
	}

/// 第一关：空闲页面充裕（>= pages_low）的管理区直接分配。先用空闲页面，
/// 因为它们不含任何数据，不必像不活跃页面那样先收回。
try_again:
	/* Pass 1: a zone at or above pages_low gives without question. */
	for (zp = zonelist->zones; *zp; zp++) {
		zone_t *z = *zp;

		if (!z->size)
			BUG();
		/// 低于 pages_low 的管理区这一关不用；若已低于 pages_min 而 kreclaimd 在睡，
		/// 叫醒它去把不活跃干净页面变成空闲页面。
		if (z->free_pages < z->pages_low) {
			if (z->free_pages < z->pages_min &&
			    waitqueue_active(&kreclaimd_wait))
				wake_up_interruptible(&kreclaimd_wait);
			continue;
		}
		page = rmqueue(z, order);
		if (page)
			return page;
	}

	/* Passes 2 and 3: count inactive_clean pages as free as well. */
	/// 第二关：空闲加不活跃干净页面超过 pages_high 的管理区。活动频繁时 inactive_target 大，
	/// 不活跃干净页面多，这一关往往就能成功。第二关失败才试第三关：超过 pages_low 即可。
	page = __alloc_pages_limit(zonelist, order, PAGES_HIGH, direct_reclaim);
	if (!page)
		page = __alloc_pages_limit(zonelist, order, PAGES_LOW,
					   direct_reclaim);
	if (page)
		return page;

	/* Tight: wake kswapd and, if we may sleep, let it run first. */
	/// 内存紧起来了：唤醒 kswapd，能睡眠的调用者再让出一次 CPU（设 SCHED_YIELD、保持可运行、
	/// 调用 schedule），让 kswapd 有机会先干活，也让猛要内存的进程慢下来。
	wakeup_kswapd(0);
	if (can_wait) {
		current->policy |= SCHED_YIELD;
		__set_current_state(TASK_RUNNING);
		schedule();
	}

	/* Pass 4: down to pages_min. */
	/// 第四关：只要超过 pages_min。
	page = __alloc_pages_limit(zonelist, order, PAGES_MIN, direct_reclaim);
	if (page)
		return page;

	/// 普通进程还可以自己想办法；PF_MEMALLOC 进程跳过这一段，直接到最后一关。
	if (!(current->flags & PF_MEMALLOC)) {
		/*
		 * A larger block: launder dirty pages, then free clean ones
		 * one by one, hoping they merge into a block big enough.
		 */
		/// 要的是大块：先洗一批脏页（期间把自己标为 PF_MEMALLOC，免得洗页时的分配又递归回来），
		/// 再把不活跃干净页面一个个收回并释放，让它们与伙伴合并，每释放一个就试一次 rmqueue。
		if (order > 0 && can_wait) {
			current->flags |= PF_MEMALLOC;
			page_launder(gfp_mask, 1);
			current->flags &= ~PF_MEMALLOC;

			for (zp = zonelist->zones; *zp; zp++) {
				zone_t *z = *zp;
				struct page *clean;

				if (!z->size)
					continue;
				while (z->inactive_clean_pages) {
					clean = reclaim_page(z);
					if (!clean)
						break;
					__free_page(clean);
					page = rmqueue(z, order);
					if (page)
						return page;
				}
			}
		}
		/*
		 * Really short of memory: wait for kswapd (or, without
		 * __GFP_IO, free pages ourselves) and start over; only single
		 * pages retry, a large block might never appear.
		 */
		/// 真的缺内存了：能做 I/O 的等 kswapd 完成一轮，不能做 I/O 的（kswapd 可能要用我们占着的 I/O 锁）
		/// 自己同步地释放页面；两种情况都再加一点内存压力，然后单页分配从头再来；大块不再重来，
		/// 因为连续的大块可能永远凑不出来。不能睡眠的分配两样都不做。
		if (can_wait) {
			if (gfp_mask & __GFP_IO)
				wakeup_kswapd(1);
			else
				try_to_free_pages(gfp_mask);
			memory_pressure++;
			if (!order)
				goto try_again;
		}
	}

	/*
	 * Last resort: take anything left, but keep the last quarter of
	 * pages_min for PF_MEMALLOC tasks, which free memory for others.
	 */
	/// 最后一关：不再看三条水位线，只给 PF_MEMALLOC 进程留下 pages_min/4 的余量。
	for (zp = zonelist->zones; *zp; zp++) {
		zone_t *z = *zp;

		if (!z->size)
			BUG();
		/// 能直接回收的先回收一个。在 2.4.0 里，可以直接回收的分配（单页、可睡眠）在上面会 goto try_again
		/// 一直循环，只有在循环中变成了 PF_MEMALLOC（例如被 OOM killer 选中）才会走到这里；
		/// 只有 PF_MEMALLOC 的任务（kswapd、OOM 的受害者）或不可睡眠/多页的分配会走到这里。
		if (direct_reclaim) {
			page = reclaim_page(z);
			if (page)
				return page;
		}
		/// pages_min 的最后四分之一只留给 PF_MEMALLOC 进程：它们是在为大家释放内存，
		/// 若连它们也分配不到，系统就会死锁。所以 GFP_ATOMIC 也只能用到 pages_min/4 为止。
		if (!(current->flags & PF_MEMALLOC) &&
		    z->free_pages < z->pages_min / 4)
			continue;
		page = rmqueue(z, order);
		if (page)
			return page;
	}

	/// 全部失败：打印 2.4.0 原样的消息，返回 NULL。
	printk(KERN_ERR "__alloc_pages: %lu-order allocation failed.\n", order);
	return NULL;
}

/* Allocate and return the block's kernel virtual address (0 on failure). */
/// §2.7 分配并返回内核虚拟地址（page_address）。用于 HighMem 页面时地址为 0，所以调用者不该
/// 带 __GFP_HIGHMEM 调它。
/// 2.4.0: mm/page_alloc.c __get_free_pages()
unsigned long __get_free_pages(int gfp_mask, unsigned long order)
{
	struct page *page = alloc_pages(gfp_mask, order);

	return page ? (unsigned long) page_address(page) : 0;
}

/* One page, filled with zeros. */
/// §2.7 分配一个页面并清零（如页面表、交给用户的匿名页面）。
/// 2.4.0: mm/page_alloc.c get_zeroed_page()
unsigned long get_zeroed_page(int gfp_mask)
{
	struct page *page = alloc_pages(gfp_mask, 0);
	void *kaddr;

	if (!page)
		return 0;
	kaddr = page_address(page);
	clear_page(kaddr);
	return (unsigned long) kaddr;
}

/*
 * Drop a reference; the last one returns the block to the buddy system.
 * Reserved pages are never freed.
 */
/// §2.7 释放入口：保留页面根本不碰（连计数都不减）；否则减引用计数，减到 0 的那一次才真正
/// 交给 __free_pages_ok。由此可知 2.4.0 对错误释放的反应：重复释放一个计数已为 0 的页面
/// 不会被发现（计数变成 -1，队列不变）；若这个页面在两次释放之间又分配给了别人，
/// 第二次释放就会把别人正在用的页面放回空闲队列——无声的破坏，2.4.0 不检查，本移植照样。
/// 2.4.0: mm/page_alloc.c __free_pages()
void __free_pages(struct page *page, unsigned long order)
{
	if (PageReserved(page))
		return;
	/// 最后一步是对 __free_pages_ok 的调用，gcc 把它编成尾调用（jmp），所以在 Bochs 里
	/// __free_pages_ok 返回时直接回到 __free_pages 的调用者（§2.7 的实验里看得到）。
	if (put_page_testzero(page))
		__free_pages_ok(page, order);
}

/* Same, by kernel virtual address; addresses past mem_map are ignored. */
/// §2.7 按内核虚拟地址释放：换算成页面描述结构，越出 mem_map 的地址忽略。
/// 2.4.0: mm/page_alloc.c free_pages()
void free_pages(unsigned long addr, unsigned long order)
{
	struct page *page;

	/// 只有不连续内存（NUMA）的配置才把地址 0 当作“什么也不释放”；PC 上不编译这一句。
#ifdef CONFIG_DISCONTIGMEM
	if (!addr)
		return;
#endif
	page = virt_to_page(addr);
	if (!VALID_PAGE(page))
		return;
	__free_pages(page, order);
}

/* Free pages in all zones of all nodes. */
/// §2.7 所有节点、所有管理区的空闲页面之和。
/// 2.4.0: mm/page_alloc.c nr_free_pages()
unsigned int nr_free_pages(void)
{
	unsigned int pages = 0;
	pg_data_t *node;
	int z;

	for (node = pgdat_list; node; node = node->node_next)
		for (z = 0; z < MAX_NR_ZONES; z++)
			pages += node->node_zones[z].free_pages;
	return pages;
}

/* Pages on the zones' inactive_clean lists: free for the taking, too. */
/// §2.7 所有管理区的不活跃干净页面之和：它们也几乎等于空闲。
/// 2.4.0: mm/page_alloc.c nr_inactive_clean_pages()
unsigned int nr_inactive_clean_pages(void)
{
	unsigned int pages = 0;
	pg_data_t *node;
	zone_t *z;

	for (node = pgdat_list; node; node = node->node_next) {
		zone_t *end = node->node_zones + MAX_NR_ZONES;

		for (z = node->node_zones; z != end; z++)
			pages += z->inactive_clean_pages;
	}
	return pages;
}

/*
 * How much memory the buffer cache may count on: free, inactive_clean
 * and inactive_dirty pages, at least the reclaim target (kswapd will get
 * there), plus a sixteenth of the active pages so some dirty data can
 * stay in the working set.
 */
/// §2.8 缓冲区可以指望的页面数：空闲、不活跃干净、不活跃脏页面之和，但至少按
/// freepages.high + inactive_target 算（kswapd 终会把内存带回到这个水平），
/// 再加上活跃页面的 1/16，让一些脏数据可以留在工作集里而不马上触发写回。
/// 2.4.0: mm/page_alloc.c nr_free_buffer_pages()
unsigned int nr_free_buffer_pages(void)
{
	unsigned long floor = freepages.high + inactive_target;
	unsigned int pages;

	pages = nr_free_pages();
	pages += nr_inactive_clean_pages();
	pages += nr_inactive_dirty_pages;
	if (pages < floor)
		pages = floor;
	return pages + (nr_active_pages >> 4);
}

#ifdef CONFIG_HIGHMEM
/* Free pages in the HighMem zones (<linux/highmem.h> has 0 without HIGHMEM). */
/// §2.7 各节点 HighMem 管理区的空闲页面之和（不配置 HIGHMEM 时 highmem.h 给出恒为 0 的版本）。
/// 2.4.0: mm/page_alloc.c nr_free_highpages()
unsigned int nr_free_highpages(void)
{
	unsigned int pages = 0;
	pg_data_t *node;

	for (node = pgdat_list; node; node = node->node_next)
		pages += node->node_zones[ZONE_HIGHMEM].free_pages;
	return pages;
}
#endif

/// 页面数换算成 kB（页面 4 kB，左移 2 位）。
#define PAGES_TO_KB(n)	((n) << (PAGE_SHIFT - 10))

/*
 * Print the free memory and, for every zone, how many free blocks each
 * order has ("3*4kB 1*8kB ... = 20kB)"); last the swap cache's counts.
 */
/// §2.7 打印空闲内存的概况（Shift+ScrollLock 或 OOM 时用），格式与 2.4.0 相同：
/// 先是总数和 HighMem 的空闲 kB，各队列的页面数和 freepages 的三个目标，
/// 然后每个管理区一行，列出每一阶空闲块的个数，如 “3*4kB 1*8kB … = 20kB)”。
/// 2.4.0: mm/page_alloc.c show_free_areas_core()
void show_free_areas_core(pg_data_t *pgdat)
{
	unsigned int zone_nr;

	printk("Free pages:      %6dkB (%6dkB HighMem)\n",
	       PAGES_TO_KB(nr_free_pages()), PAGES_TO_KB(nr_free_highpages()));
	printk("( Active: %d, inactive_dirty: %d, inactive_clean: %d, free: %d (%d %d %d) )\n",
	       nr_active_pages, nr_inactive_dirty_pages,
	       nr_inactive_clean_pages(), nr_free_pages(),
	       freepages.min, freepages.low, freepages.high);

	for (zone_nr = 0; zone_nr < MAX_NR_ZONES; zone_nr++) {
		zone_t *zone = &pgdat->node_zones[zone_nr];
		unsigned long pages = 0, flags;
		int order;

		/// 空管理区没有空闲队列，只印出“= 0kB)”。数队列时持有管理区的锁，免得边数边变。
		if (zone->size) {
			spin_lock_irqsave(&zone->lock, flags);
			for (order = 0; order < MAX_ORDER; order++) {
				struct list_head *pos;
				unsigned long blocks = 0;

				list_for_each(pos, &zone->free_area[order].free_list)
					blocks++;
				pages += blocks << order;
				printk("%lu*%lukB ", blocks,
				       PAGES_TO_KB(1UL << order));
			}
			spin_unlock_irqrestore(&zone->lock, flags);
		}
		printk("= %lukB)\n", PAGES_TO_KB(pages));
	}
/// 与 2.4.0 相同：最后一行是交换缓存的统计（mm/swap_state.c show_swap_cache_info）：
/// “Swap cache: add A, delete D, find S/T”，即加入、删除交换缓存的页面数，以及查找成功数/查找总数。
/// SWAP_CACHE_INFO 在 include/linux/swap.h 里定义，所以这一行总会印出。
#ifdef SWAP_CACHE_INFO
	show_swap_cache_info();
#endif
}

/// §2.7 单节点的入口。
/// 2.4.0: mm/page_alloc.c show_free_areas()
void show_free_areas(void)
{
	show_free_areas_core(pgdat_list);
}

/*
 * Fill the NR_GFPINDEX zonelists, one per gfp_mask value: __GFP_DMA asks
 * for the DMA zone only, __GFP_HIGHMEM starts at HighMem, everything else
 * at Normal; each list falls back to the lower zones, skipping empty ones.
 */
/// §2.3 为 gfp_mask 的全部 256 个取值各建一个分配策略：带 __GFP_DMA 的只能用 DMA 管理区
/// （DMA 优先于 HIGHMEM）；带 __GFP_HIGHMEM 的依次是 HighMem、Normal、DMA；其余依次是
/// Normal、DMA。次序总是从“便宜”的管理区到“珍贵”的，空管理区不放进去。
/// 2.4.0: mm/page_alloc.c build_zonelists()
static inline void build_zonelists(pg_data_t *pgdat)
{
	int gfp;

	for (gfp = 0; gfp < NR_GFPINDEX; gfp++) {
		zonelist_t *list = &pgdat->node_zonelists[gfp];
		int top, z, n = 0;

		/// 先整个清零，再记下自己对应的 gfp_mask（__alloc_pages 从这里取回它）。
		memset(list, 0, sizeof(*list));
		list->gfp_mask = gfp;

		/* __GFP_DMA wins over __GFP_HIGHMEM. */
		/// 起始管理区 top。不配置 HIGHMEM 时 __GFP_HIGHMEM 为 0，top 不会是 ZONE_HIGHMEM。
		if (gfp & __GFP_DMA)
			top = ZONE_DMA;
		else if (gfp & __GFP_HIGHMEM)
			top = ZONE_HIGHMEM;
		else
			top = ZONE_NORMAL;

		/* From the top zone down to DMA: HighMem, Normal, DMA. */
		/// 管理区的编号正好是 DMA 0、Normal 1、HighMem 2，从 top 往下数就是后备的次序。
		/// 2.4.0 用不写 break 的 switch 一路贯穿下来，效果相同。
		for (z = top; z >= ZONE_DMA; z--) {
			zone_t *zone = &pgdat->node_zones[z];

			if (!zone->size)
				continue;
			/// 没有配置 HIGHMEM 却有非空的 HighMem 管理区是 BUG。但不配置时 top 永远不会是
			/// ZONE_HIGHMEM，这一句其实到达不了——那样的 HighMem 管理区只是没人用
			/// （不带 HIGHMEM 的主机测试 test_highmem_zone_unreachable 验证了这一点）。
#ifndef CONFIG_HIGHMEM
			if (z == ZONE_HIGHMEM)
				BUG();
#endif
			list->zones[n++] = zone;
		}
		/// 以 NULL 结尾（清零时已经是 NULL，这里写明）。
		list->zones[n] = NULL;
	}
}

/// 伙伴位图的字节数凑成 long 的整数倍。
#define LONG_ALIGN(x) (((x) + (sizeof(long)) - 1) & ~((sizeof(long)) - 1))

/*
 * Set up a node at boot: its mem_map (taken from bootmem unless given),
 * every page reserved with count 0, then per zone the bookkeeping, the
 * watermarks, each page's zone and virtual address, and the empty free
 * lists with their bitmaps.  The free lists fill only when mem_init()
 * calls free_all_bootmem().
 */
/// §2.3 引导时建立一个节点的页面管理：从 bootmem 分配 mem_map，把每个页面描述结构初始化为
/// “保留、计数 0”；再为每个管理区设置水位线、页面所属的管理区和虚拟地址，
/// 建立空的空闲队列和各阶位图；最后建立分配策略。此时空闲队列都是空的，
/// 要到 mem_init 调用 free_all_bootmem 时页面才一个个释放进来。
/// 2.4.0: mm/page_alloc.c free_area_init_core()
void __init free_area_init_core(int nid, pg_data_t *pgdat, struct page **gmap,
	unsigned long *zones_size, unsigned long zone_start_paddr,
	unsigned long *zholes_size, struct page *lmem_map)
{
	unsigned long total = 0, present, start, z;
	struct page *page;

	/// total 是各管理区页面数之和（含空洞），present 再减去空洞；PC 上没有空洞表。
	for (z = 0; z < MAX_NR_ZONES; z++)
		total += zones_size[z];
	present = total;
	for (z = 0; zholes_size && z < MAX_NR_ZONES; z++)
		present -= zholes_size[z];
	/// 与 2.4.0 相同的引导信息（32 MB 的 Bochs 上是 8176 页，与真正的 2.4.0 在同样的机器上一致）。
	printk("On node %d totalpages: %lu\n", nid, present);

	memlist_init(&active_list);
	memlist_init(&inactive_dirty_list);

	/*
	 * One spare entry, and the array aligned so that its offset from
	 * PAGE_OFFSET is a multiple of sizeof(struct page).
	 */
	/// mem_map 多分配一项，留给起点按 struct page 大小对齐（MAP_ALIGN）时的挪动。
	/// 它从 bootmem 分配，goal 是 16 MB，所以内存多于 16 MB 时 mem_map 落在 Normal 管理区。
	if (!lmem_map) {
		unsigned long bytes = (total + 1) * sizeof(struct page);
		unsigned long got = (unsigned long)
				    alloc_bootmem_node(pgdat, bytes);

		lmem_map = (struct page *)
			   (PAGE_OFFSET + MAP_ALIGN(got - PAGE_OFFSET));
	}
	/* gmap is &mem_map on a PC: set it before measuring from it. */
	/// gmap 就是 &mem_map：全局的 mem_map 在这里得到值，此后 pfn 与页面描述结构一一对应。
	/// 所以 node_start_mapnr（lmem_map - mem_map）必须在这之后算，PC 上它是 0。
	pgdat->node_mem_map = lmem_map;
	*gmap = lmem_map;
	pgdat->node_size = total;
	pgdat->node_start_paddr = zone_start_paddr;
	pgdat->node_start_mapnr = lmem_map - mem_map;

	/* Everything starts reserved; free_all_bootmem() frees what is RAM. */
	/// 先把所有页面都设为保留、计数为 0：空洞、内核映像、mem_map 本身因此永远不会被释放；
	/// 真正可用的页面由 free_all_bootmem 清掉保留标志并释放。
	for (page = lmem_map; page != lmem_map + total; page++) {
		set_page_count(page, 0);
		SetPageReserved(page);
		init_waitqueue_head(&page->wait);
		memlist_init(&page->list);
	}

	/// start 是当前管理区第一个页面在 mem_map 中的下标，逐个管理区往后推。
	start = lmem_map - mem_map;
	for (z = 0; z < MAX_NR_ZONES; z++) {
		zone_t *zone = &pgdat->node_zones[z];
		unsigned long size = zones_size[z];
		unsigned long present_here = size;
		unsigned long mark, order;

		if (zholes_size)
			present_here -= zholes_size[z];
		printk("zone(%lu): %lu pages.\n", z, size);

		/// 空管理区也要有名字、锁和计数，但没有空闲队列和位图（下面 continue）。
		zone->name = zone_names[z];
		zone->size = size;
		zone->zone_pgdat = pgdat;
		zone->lock = SPIN_LOCK_UNLOCKED;
		zone->inactive_clean_pages = 0;
		zone->inactive_dirty_pages = 0;
		zone->free_pages = 0;
		memlist_init(&zone->inactive_clean_list);
		if (!size)
			continue;

		zone->offset = start;
		/* Watermarks: 1/ratio of the zone, clamped, then x1 x2 x3. */
		/// §2.7 水位：管理区的实有页面数除以比例，限制在 [10, 255] 之内，得到 pages_min，
		/// pages_low、pages_high 分别是它的 2 倍和 3 倍。32 MB 时 DMA 4096 页为 128/256/384，
		/// Normal 4080 页为 31/62/93（4080/128 = 31.9，整数除法舍去小数；见 §2.3 的实验 zones）。
		mark = present_here / zone_balance_ratio[z];
		if (mark < zone_balance_min[z])
			mark = zone_balance_min[z];
		else if (mark > zone_balance_max[z])
			mark = zone_balance_max[z];
		zone->pages_min = mark;
		zone->pages_low = 2 * mark;
		zone->pages_high = 3 * mark;
		/* The global targets are the sums over all zones. */
		/// 全系统的目标是各管理区之和：freepages.high 必须大于各管理区 pages_min 之和，否则回收会停得太早。
		freepages.min += zone->pages_min;
		freepages.low += zone->pages_low;
		freepages.high += zone->pages_high;

		zone->zone_mem_map = mem_map + start;
		zone->zone_start_mapnr = start;
		zone->zone_start_paddr = zone_start_paddr;
		/// 每个页面记住自己的管理区，释放时据此找到伙伴系统。
		/// DMA、Normal 的页面都在内核的线性映射里，虚拟地址就是 __va(物理地址)；HighMem 页面没有，
		/// virtual 保持 NULL（bootmem 分配的内存是清零的），物理地址也不再往后推。
		for (page = zone->zone_mem_map; page != zone->zone_mem_map + size;
		     page++) {
			page->zone = zone;
			if (z == ZONE_HIGHMEM)
				continue;	/* no permanent mapping */
			page->virtual = __va(zone_start_paddr);
			zone_start_paddr += PAGE_SIZE;
		}
		start += size;

		/*
		 * Bitmap of order k: the zone size rounded up to whole pairs
		 * of 2^k blocks, one bit per block (only every other bit is
		 * ever used), rounded up to whole longs.
		 */
		/// 各阶位图的大小：把管理区的页面数向上凑成 2^(k+1) 的倍数（整对的伙伴，pair 页），
		/// 再按每个 2^k 块一位计算，字节数凑成 long 的整数倍。实际只用得到每对一位
		/// （下标是页号右移 k+1 位），所以位图比需要的大一倍，这是 2.4.0 的做法。
		/// 位图由 bootmem 清零，全 0 正是“没有任何块空闲”的状态。各阶依次分配，bootmem 中的位置与 2.4.0 相同。
		for (order = 0; order < MAX_ORDER; order++) {
			unsigned long pair = 2UL << order;
			unsigned long bits = ((size + pair - 1) & ~(pair - 1)) >> order;

			memlist_init(&zone->free_area[order].free_list);
			zone->free_area[order].map = (unsigned int *)
				alloc_bootmem_node(pgdat, LONG_ALIGN((bits + 7) / 8));
		}
	}
	/// 管理区的大小都定了，才能建立跳过空管理区的分配策略。
	build_zonelists(pgdat);
}

/* The one node of a PC: its memory starts at physical address 0. */
/// §2.3 单节点的入口（paging_init 调用）：节点的内存从物理地址 0 开始，没有空洞表，
/// mem_map 由 free_area_init_core 自己从 bootmem 分配。
/// 2.4.0: mm/page_alloc.c free_area_init()
void __init free_area_init(unsigned long *zones_size)
{
	free_area_init_core(0, &contig_page_data, &mem_map, zones_size, 0, 0, 0);
}

/* "memfrac=a,b,c" replaces zone_balance_ratio[] for DMA, Normal, HighMem. */
/// §2.7 启动参数 “memfrac=a,b,c”：依次替换三个管理区的 zone_balance_ratio，然后印出整个数组。
/// 与 2.4.0 一样不检查个数，给多于三个数会写过数组的末尾。解析在 setup_arch（其中
/// free_area_init 已算好水位）之后才进行，所以它其实改变不了本次引导的水位。
/// 2.4.0: mm/page_alloc.c setup_mem_frac()
static int __init setup_mem_frac(char *str)
{
	int *ratio = zone_balance_ratio;
	int z;

	/* No bound: every comma moves on to the next array slot. */
	/// get_option 返回 2 表示数后面跟着逗号，还有下一个数；遇到不是数的字符时它照样往当前项写入 0。
	while (get_option(&str, ratio++) == 2)
		;
	printk("setup_mem_frac: ");
	for (z = 0; z < MAX_NR_ZONES; z++)
		printk("%d  ", zone_balance_ratio[z]);
	printk("\n");
	return 1;
}

__setup("memfrac=", setup_mem_frac);
