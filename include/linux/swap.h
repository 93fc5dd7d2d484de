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
#define SWAP_FLAG_PREFER	0x8000
#define SWAP_FLAG_PRIO_MASK	0x7fff
#define SWAP_FLAG_PRIO_SHIFT	0

#define MAX_SWAPFILES 8

/*
 * Page 0 of a swap area.  Either way the signature fills the last ten
 * bytes: "SWAP-SPACE" (old style: the rest of the page is a bitmap of
 * usable pages) or "SWAPSPACE2" (the info view: the area's last page
 * and a list of bad pages after the first kilobyte, kept free for a
 * boot block or a disk label).
 */
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
#define MAX_SWAP_BADPAGES \
	((__swapoffset(magic.magic) - __swapoffset(info.badpages)) / sizeof(int))

/* swp_entry_t, where a page lives on swap, is in linux/shmem_fs.h. */

#ifdef __KERNEL__

#include <linux/mm.h>
#include <linux/swapctl.h>

/* mm/page_alloc.c */
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
extern int memory_pressure;

/* Guards the active, inactive_dirty and inactive_clean lists. */
extern spinlock_t pagemap_lru_lock;

#define SWP_USED	1
#define SWP_WRITEOK	3

/* Pages swap_out works on at a time; also kswapd's minimum tries. */
#define SWAP_CLUSTER_MAX 32

/* swap_map[] values: users of a slot up to MAX (then stuck), or bad. */
#define SWAP_MAP_MAX	0x7fff
#define SWAP_MAP_BAD	0x8000

/*
 * One swap area (交换设备): a partition or a file.  swap_map counts the
 * users of each page-sized slot; lowest_bit..highest_bit bound the free
 * slots; cluster_next/cluster_nr keep allocations close together.
 */
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
struct swap_list_t {
	int head;			/* the highest-priority area */
	int next;			/* where the next allocation starts */
};

/* mm/swapfile.c */
extern struct swap_info_struct swap_info[];
extern unsigned int nr_swapfiles;
extern struct swap_list_t swap_list;
extern spinlock_t swaplock;

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

#define get_swap_page()		__get_swap_page(1)
#define swap_free(entry)	__swap_free((entry), 1)

extern void get_swaphandle_info(swp_entry_t entry, unsigned long *offset,
				kdev_t *dev, struct inode **swapf);

/* mm/page_io.c */
extern void rw_swap_page(int rw, struct page *page, int wait);
extern void rw_swap_page_nolock(int rw, swp_entry_t entry, char *buf,
				int wait);

/* mm/memory.c: swap-in read-ahead; port: swap-in fault counts. */
extern void swapin_readahead(swp_entry_t entry);
extern unsigned long swap_faults, swap_fault_reads;

/* mm/swap_state.c: the swap cache, the page cache of swapper_space. */
#define SWAP_CACHE_INFO
#ifdef SWAP_CACHE_INFO
extern void show_swap_cache_info(void);
#endif
extern struct address_space swapper_space;
extern void add_to_swap_cache(struct page *page, swp_entry_t entry);
extern void __delete_from_swap_cache(struct page *page);
extern void delete_from_swap_cache(struct page *page);
extern void delete_from_swap_cache_nolock(struct page *page);
extern void free_page_and_swap_cache(struct page *page);
extern struct page *lookup_swap_cache(swp_entry_t entry);
extern struct page *read_swap_cache_async(swp_entry_t entry, int wait);
#define read_swap_cache(entry)	read_swap_cache_async((entry), 1)

/*
 * Does anyone besides the caller use page?  Its count holds every
 * mapping; a swap-cache page is also wanted by every swap pte naming
 * its slot (swap_count less the cache's own slot reference), less the
 * cache's and the buffers' page references.  Reserved pages are always
 * shared.
 */
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

/* Page ages: a new page starts at START, a use adds ADV, up to MAX. */
#define PAGE_AGE_START	2
#define PAGE_AGE_ADV	3
#define PAGE_AGE_MAX	64

/*
 * Sanity checks for the LRU list macros below (and for rmqueue): a page
 * is on at most one list, and only a page somebody uses is on any.
 */
#define DEBUG_ADD_PAGE \
	if (PageActive(page) || PageInactiveDirty(page) || \
	    PageInactiveClean(page)) \
		BUG();

#define ZERO_PAGE_BUG \
	if (page_count(page) == 0) \
		BUG();

#define lru_check_not_listed(page) do { \
		if (PageActive(page) || PageInactiveDirty(page) || \
		    PageInactiveClean(page)) \
			BUG(); \
		if (page_count(page) == 0) \
			BUG(); \
	} while (0)

/* The caller holds pagemap_lru_lock. */
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
#define INACTIVE_SHIFT 6
#define inactive_target \
	((unsigned long) (memory_pressure >> INACTIVE_SHIFT) < \
	 num_physpages / 4 ? \
	 (unsigned long) (memory_pressure >> INACTIVE_SHIFT) : \
	 num_physpages / 4)

#endif /* __KERNEL__ */

#endif /* _LINUX_SWAP_H */
