/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Swap areas (the on-disk header, swap_info, the swap_map counts), page
 * aging and the LRU lists of 2.4.0's page replacement, and the counters
 * the page allocator keeps for them, and the interfaces of the swap
 * cache (swap_state.c) and of reclaim (vmscan.c).
 * 情景分析 §2.6-§2.9.  Follows Linux 2.4.0 include/linux/swap.h.
 */
#ifndef _LINUX_SWAP_H
#define _LINUX_SWAP_H

#include <linux/spinlock.h>
#include <linux/shmem_fs.h>
#include <asm/page.h>

/* swapon(2) flags: bit 15 asks for the priority in the low 15 bits. */
/// §2.6 swapon(2) 的第二个参数：置了 SWAP_FLAG_PREFER 位时，低 15 位是调用者指定的优先级；否则内核自己给一个负的优先级。
#define SWAP_FLAG_PREFER	0x8000
#define SWAP_FLAG_PRIO_MASK	0x7fff
#define SWAP_FLAG_PRIO_SHIFT	0

/// 最多 8 个交换设备（交换分区或交换文件）。
#define MAX_SWAPFILES 8

/*
 * Page 0 of a swap area.  Either way the signature fills the last ten
 * bytes: "SWAP-SPACE" (old style: the rest of the page is a bitmap of
 * usable pages) or "SWAPSPACE2" (the info view: the area's last page
 * and a list of bad pages after the first kilobyte, kept free for a
 * boot block or a disk label).
 */
/// §2.6 交换设备第 0 页（交换区头部）的两种看法：magic 只关心页面最后 10 个字节的签名；
/// info 是新格式（“SWAPSPACE2”）的头部：前 1 KB 留给引导扇区或磁盘分区表，之后是版本、last_page、
/// 坏页面个数和坏页面表。旧格式（“SWAP-SPACE”）则把整页当作可用页面的位图。
/// 现代 mkswap 在 padding 里还写了 UUID 和卷标，2.4.0 不看它们。
union swap_header {
	struct {
		char reserved[PAGE_SIZE - 10];
		char magic[10];
	} magic;
	struct {
		char bootbits[1024];
		unsigned int version;
		unsigned int last_page;
		unsigned int nr_badpages;
		unsigned int padding[125];
		unsigned int badpages[1];
	} info;
};

/* As many bad-page numbers as fit between badpages[] and the magic. */
#define __swapoffset(x) ((unsigned long)&((union swap_header *)0)->x)
/// 坏页面表从 badpages[] 开始，到签名为止：(4086 - 1536) / 4 = 637 项。
#define MAX_SWAP_BADPAGES \
	((__swapoffset(magic.magic) - __swapoffset(info.badpages)) / sizeof(int))

/* swp_entry_t, where a page lives on swap, is in linux/shmem_fs.h. */
/// §2.6 swp_entry_t 现在定义在 <linux/shmem_fs.h>（2.4.0 也是这样）：fs.h 的 inode 里要放
/// shmem_inode_info，它含 swp_entry_t，而 swap.h 要包含 mm.h，放在这里会形成循环包含。

#ifdef __KERNEL__

#include <linux/mm.h>
#include <linux/swapctl.h>

/* mm/page_alloc.c */
/// §2.7 以下计数器在 mm/page_alloc.c 中定义（活跃、不活跃脏页面是全局计数）。
extern int nr_swap_pages;
extern unsigned int nr_free_pages(void);
extern unsigned int nr_inactive_clean_pages(void);
extern unsigned int nr_free_buffer_pages(void);
extern int nr_active_pages;
extern int nr_inactive_dirty_pages;

extern atomic_t nr_async_pages;
extern atomic_t page_cache_size;
extern atomic_t buffermem_pages;
extern spinlock_t pagecache_lock;

/* Allocations raise it, frees lower it: a measure of VM activity. */
/// §2.7 内存压力（mm/swap.c）：每次 __alloc_pages 加一，每释放一块减一，每秒衰减 1/64；
/// inactive_target 由它算出。不加锁，只是个估计值。
extern int memory_pressure;

/* Guards the active, inactive_dirty and inactive_clean lists. */
extern spinlock_t pagemap_lru_lock;

/// SWP_USED：swap_info[] 中这个位置已被占用；SWP_WRITEOK（包含 SWP_USED 位）：设备已启用，可以分配。
/// swapoff 期间只剩 SWP_USED。
#define SWP_USED	1
#define SWP_WRITEOK	3

/* Pages swap_out works on at a time; also kswapd's minimum tries. */
#define SWAP_CLUSTER_MAX 32

/* swap_map[] values: users of a slot up to MAX (then stuck), or bad. */
/// swap_map 中每个盘上页面的计数：0 空闲，1..0x7fff 为引用数（到 SWAP_MAP_MAX 就饱和不变），0x8000 为坏页面（不可用）。
#define SWAP_MAP_MAX	0x7fff
#define SWAP_MAP_BAD	0x8000

/*
 * One swap area (交换设备): a partition or a file.  swap_map counts the
 * users of each page-sized slot; lowest_bit..highest_bit bound the free
 * slots; cluster_next/cluster_nr keep allocations close together.
 */
/// §2.6 交换设备描述结构，成员顺序与 2.4.0 相同。swap_map 是盘上页面的计数表；lowest_bit/highest_bit
/// 是空闲页面所在范围的上下界（只保证空闲页面都在范围内），cluster_next/cluster_nr 是簇式分配的当前位置和剩余额度；
/// pages 是可用页面数，max 是 swap_map 的项数（设备长度，以页面计）；next 把各设备按优先级串成队列。
struct swap_info_struct {
	unsigned int flags;
	kdev_t swap_device;
	spinlock_t sdev_lock;
	struct dentry *swap_file;
	struct vfsmount *swap_vfsmnt;
	unsigned short *swap_map;
	unsigned int lowest_bit;
	unsigned int highest_bit;
	unsigned int cluster_next;
	unsigned int cluster_nr;
	int prio;			/* higher is used first */
	int pages;			/* usable slots */
	unsigned long max;		/* slots in swap_map */
	int next;			/* next area in swap_list, -1 ends */
};

/* The areas in use, ordered by falling priority (indices, -1 ends). */
/// §2.6 交换设备队列：head 是优先级最高的设备，next 是下一次分配从哪个设备开始（同优先级设备轮流用）。
struct swap_list_t {
	int head;			/* the highest-priority area */
	int next;			/* where the next allocation starts */
};

/* mm/swapfile.c */
/// 以下定义在 mm/swapfile.c。
extern struct swap_info_struct swap_info[];
extern unsigned int nr_swapfiles;
extern struct swap_list_t swap_list;
extern spinlock_t swaplock;

/// 两把锁：swaplock 管队列和 nr_swap_pages，sdev_lock 管一个设备的 swap_map。单 CPU 下都是空操作。
#define swap_list_lock()	spin_lock(&swaplock)
#define swap_list_unlock()	spin_unlock(&swaplock)
#define swap_device_lock(p)	spin_lock(&(p)->sdev_lock)
#define swap_device_unlock(p)	spin_unlock(&(p)->sdev_lock)

extern swp_entry_t __get_swap_page(unsigned short count);
extern void __swap_free(swp_entry_t entry, unsigned short count);
extern int swap_duplicate(swp_entry_t entry);
extern int swap_count(struct page *page);
extern int valid_swaphandles(swp_entry_t entry, unsigned long *offset);
extern void si_swapinfo(struct sysinfo *val);

/// 最常用的形式：计数为 1 的分配与释放。
#define get_swap_page()		__get_swap_page(1)
#define swap_free(entry)	__swap_free((entry), 1)

/// 由交换项找出设备和位移，供 page_io.c 使用。
extern void get_swaphandle_info(swp_entry_t entry, unsigned long *offset,
				kdev_t *dev, struct inode **swapf);

/* mm/page_io.c */
/// mm/page_io.c：交换缓存页面的读写，以及 swapon 读交换区头部用的 _nolock 版本。
extern void rw_swap_page(int rw, struct page *page, int wait);
extern void rw_swap_page_nolock(int rw, swp_entry_t entry, char *buf,
				int wait);

/// §2.9：换入时的预读（mm/memory.c）。放在这里是因为参数类型 swp_entry_t 定义在本文件。
/* mm/memory.c: swap-in read-ahead; port: swap-in fault counts. */
extern void swapin_readahead(swp_entry_t entry);
/// 本移植新增：换入缺页的计数（全部、要读盘的），/proc/stat 的 swapfault 行显示它们。
extern unsigned long swap_faults, swap_fault_reads;

/* mm/swap_state.c: the swap cache, the page cache of swapper_space. */
/// 2.4.0 定义了这个宏，所以交换缓存的统计总是编进内核，show_free_areas 会多打印一行 "Swap cache: ..."。
#define SWAP_CACHE_INFO
#ifdef SWAP_CACHE_INFO
extern void show_swap_cache_info(void);
#endif
/// 交换缓存就是 swapper_space 这个“文件”的页面缓存：页面的 index 是交换项的值。
extern struct address_space swapper_space;
extern void add_to_swap_cache(struct page *page, swp_entry_t entry);
extern void __delete_from_swap_cache(struct page *page);
extern void delete_from_swap_cache(struct page *page);
extern void delete_from_swap_cache_nolock(struct page *page);
extern void free_page_and_swap_cache(struct page *page);
extern struct page *lookup_swap_cache(swp_entry_t entry);
extern struct page *read_swap_cache_async(swp_entry_t entry, int wait);
/// 同步读入，do_swap_page 在预读之后用它取得真正要的那一页。
#define read_swap_cache(entry)	read_swap_cache_async((entry), 1)

/*
 * Does anyone besides the caller use page?  Its count holds every
 * mapping; a swap-cache page is also wanted by every swap pte naming
 * its slot (swap_count less the cache's own slot reference), less the
 * cache's and the buffers' page references.  Reserved pages are always
 * shared.
 */
/// §2.9 页面除了调用者之外还有没有别的使用者。页面计数包含每个映射；交换缓存中的页面还要加上盘上页面的计数（指着这个盘上页面的交换项个数，减去交换缓存自己那一份），再减去交换缓存和缓冲区各自持有的页面引用。do_wp_page 据此决定能否直接写，free_page_and_swap_cache 据此决定能否删除。
/// 2.4.0: include/linux/swap.h is_page_shared()
static inline int is_page_shared(struct page *pg)
{
	int users;

	if (PageReserved(pg))
		return 1;
	users = page_count(pg);
	if (PageSwapCache(pg))
		users += swap_count(pg) - 2 - (pg->buffers != NULL);
	return users > 1;
}

/// §2.6 本移植新增的三个函数（2.4.0: 无，它们是 mm/swapfile.c sys_swapon() 拆出来的步骤）：
/// sys_swapon 本身要打开块设备、读第 0 页，等块设备层就绪后再写；这些不需要磁盘的步骤先拆出来，可以在主机上测试。
/* Page ages: a new page starts at START, a use adds ADV, up to MAX. */
/// §2.6 页面的“寿命”：新进入高速缓存的页面为 2，每被访问一次加 3，最多 64；
/// __free_pages_ok 把释放的页面的 age 重置为 PAGE_AGE_START。
#define PAGE_AGE_START	2
#define PAGE_AGE_ADV	3
#define PAGE_AGE_MAX	64

/*
 * Sanity checks for the LRU list macros below (and for rmqueue): a page
 * is on at most one list, and only a page somebody uses is on any.
 */
/// §2.7 rmqueue 交出页面前的检查：刚从空闲队列取下的页面不应在任何 LRU 队列上。
/// 与 2.4.0 一样，这个宏直接引用名为 page 的变量。
#define DEBUG_ADD_PAGE \
	if (PageActive(page) || PageInactiveDirty(page) || \
	    PageInactiveClean(page)) \
		BUG();

#define ZERO_PAGE_BUG \
	if (page_count(page) == 0) \
		BUG();

/// 本移植新增的帮助宏：与 2.4.0 的 DEBUG_ADD_PAGE 加 ZERO_PAGE_BUG 相同的检查，但用宏参数，
/// 而不是碰巧名为 page 的变量（2.4.0 的写法在参数不叫 page 时会检查错对象）。
#define lru_check_not_listed(page) do { \
		if (PageActive(page) || PageInactiveDirty(page) || \
		    PageInactiveClean(page)) \
			BUG(); \
		if (page_count(page) == 0) \
			BUG(); \
	} while (0)

/* The caller holds pagemap_lru_lock. */
/// §2.6 三个 LRU 队列的进出（调用者持有 pagemap_lru_lock）：页面的 PG_active、PG_inactive_dirty、
/// PG_inactive_clean 标志与它所在的队列保持一致，计数同步增减；
/// 已在某个队列上、或引用计数为 0 的页面再加入就是 BUG。
#define add_page_to_active_list(page) do { \
		lru_check_not_listed(page); \
		SetPageActive(page); \
		list_add(&(page)->lru, &active_list); \
		nr_active_pages++; \
	} while (0)

#define add_page_to_inactive_dirty_list(page) do { \
		lru_check_not_listed(page); \
		SetPageInactiveDirty(page); \
		list_add(&(page)->lru, &inactive_dirty_list); \
		nr_inactive_dirty_pages++; \
		(page)->zone->inactive_dirty_pages++; \
	} while (0)

/// 不活跃干净队列是每个管理区一个，计数也记在管理区里。
#define add_page_to_inactive_clean_list(page) do { \
		lru_check_not_listed(page); \
		SetPageInactiveClean(page); \
		list_add(&(page)->lru, &(page)->zone->inactive_clean_list); \
		(page)->zone->inactive_clean_pages++; \
	} while (0)

#define del_page_from_active_list(page) do { \
		list_del(&(page)->lru); \
		ClearPageActive(page); \
		nr_active_pages--; \
		lru_check_not_listed(page); \
	} while (0)

#define del_page_from_inactive_dirty_list(page) do { \
		list_del(&(page)->lru); \
		ClearPageInactiveDirty(page); \
		nr_inactive_dirty_pages--; \
		(page)->zone->inactive_dirty_pages--; \
		lru_check_not_listed(page); \
	} while (0)

#define del_page_from_inactive_clean_list(page) do { \
		list_del(&(page)->lru); \
		ClearPageInactiveClean(page); \
		(page)->zone->inactive_clean_pages--; \
		lru_check_not_listed(page); \
	} while (0)

/* mm/swap.c: page ages and the LRU lists. */
extern void age_page_up(struct page *);
extern void age_page_up_nolock(struct page *);
extern void age_page_down(struct page *);
extern void age_page_down_nolock(struct page *);
extern void age_page_down_ageonly(struct page *);
extern void deactivate_page(struct page *);
extern void deactivate_page_nolock(struct page *);
extern void activate_page(struct page *);
extern void activate_page_nolock(struct page *);
extern void lru_cache_add(struct page *);
extern void __lru_cache_del(struct page *);
extern void lru_cache_del(struct page *);
extern void recalculate_vm_stats(void);
extern void swap_setup(void);

/* mm/vmscan.c */
extern wait_queue_head_t kswapd_wait;
extern wait_queue_head_t kreclaimd_wait;
extern struct task_struct *kswapd_task;
extern unsigned long kswapd_rounds;
extern struct page *reclaim_page(zone_t *);
extern int page_launder(int, int);
extern int refill_inactive_scan(unsigned int, int);
extern int free_shortage(void);
extern int inactive_shortage(void);
extern void wakeup_kswapd(int);
extern int try_to_free_pages(unsigned int gfp_mask);
extern int kswapd_init(void);

/* mm/shmem.c: swapoff gives a shm object's page back to it. */
/// swapoff 的 try_to_unuse 读回每个盘上页面后调用：交给记着这个交换项的 shm 对象（mm/shmem.c）。
extern void shmem_unuse(swp_entry_t entry, struct page *page);

/* mm/swap_state.c */
extern void add_to_swap_cache(struct page *, swp_entry_t);
extern void __delete_from_swap_cache(struct page *page);

/* mm/oom_kill.c */
extern int out_of_memory(void);
extern void oom_kill(void);

/*
 * A buffer page of a RAM disk (nothing to write it back to).  Port: no
 * block devices, so no page ever is one.
 */
#define page_ramdisk(page)	0

/*
 * How many inactive pages reclaim aims for: 1/64 of the recent
 * allocation pressure, but never more than a quarter of memory.
 */
/// §2.7 回收的目标：不活跃页面数争取达到最近分配压力的 1/64，但不超过物理内存的四分之一。
/// 2.4.0 用 min() 写成；这里展开成条件表达式，结果相同。
#define INACTIVE_SHIFT 6
#define inactive_target \
	((unsigned long) (memory_pressure >> INACTIVE_SHIFT) < \
	 num_physpages / 4 ? \
	 (unsigned long) (memory_pressure >> INACTIVE_SHIFT) : \
	 num_physpages / 4)

#endif /* __KERNEL__ */

#endif /* _LINUX_SWAP_H */
