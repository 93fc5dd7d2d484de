// SPDX-License-Identifier: GPL-2.0-only
/*
 * Page reclaim.  Three stages move a page towards being free again:
 * aging on the active list (refill_inactive_scan, and swap_out, which
 * unmaps pages from processes' page tables and puts anonymous ones in
 * the swap cache), cleaning on the inactive_dirty list (page_launder
 * writes dirty pages back), and taking clean pages off a zone's
 * inactive_clean list (reclaim_page).  kswapd runs the first two when
 * the free or inactive page counts fall short; kreclaimd the third when
 * a zone runs below pages_min.
 * 情景分析 §2.8.  Follows Linux 2.4.0 mm/vmscan.c.
 */
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/swap.h>
#include <linux/swapctl.h>
#include <linux/pagemap.h>
#include <linux/highmem.h>
#include <linux/sched.h>
#include <linux/timer.h>
#include <linux/string.h>
#include <asm/pgalloc.h>

/*
 * One pte of mm: unmap its page if it has not been used lately.  A page
 * referenced since the last look is aged up and kept; otherwise its age
 * decays (here only for pages no LRU list ages), and at age 0 the
 * mapping goes: a swap-cache page leaves a swap entry in the pte, a
 * clean or file-backed page needs nothing, an anonymous dirty page gets
 * a swap slot and enters the swap cache.  No I/O starts here;
 * page_launder writes the page when it reaches the inactive_dirty list.
 * Returns 1 when mm's quota for this pass is used up, else 0.
 */
static int try_to_swap_out(struct mm_struct *mm, struct vm_area_struct *vma,
	unsigned long address, pte_t *page_table, int gfp_mask)
{
	pte_t old;
	struct page *page;
	swp_entry_t entry;
	int was_active;

	old = *page_table;
	if (!pte_present(old))
		return 0;
	page = pte_page(old);
	if (!VALID_PAGE(page) || PageReserved(page))
		return 0;

	if (!mm->swap_cnt)
		return 1;
	mm->swap_cnt--;

	was_active = PageActive(page);
	if (ptep_test_and_clear_young(page_table)) {
		age_page_up(page);
		return 0;
	}
	if (!was_active)
		age_page_down_ageonly(page);
	if (page->age > 0)
		return 0;
	if (TryLockPage(page))
		return 0;

	/* From here the page is no longer reachable through this pte. */
	old = ptep_get_and_clear(page_table);
	flush_tlb_page(vma, address);

	if (PageSwapCache(page)) {
		entry.val = page->index;
		if (pte_dirty(old))
			set_page_dirty(page);
		goto leave_swap_entry;
	}

	/* Clean: whoever needs it reads it again from its file. */
	if (!pte_dirty(old))
		goto unmapped;

	/* Dirty page of a file: the cache page carries the change. */
	if (page->mapping) {
		set_page_dirty(page);
		goto unmapped;
	}

	/* Dirty anonymous memory: give it a home on swap, if any is left. */
	entry = get_swap_page();
	if (!entry.val) {
		set_pte(page_table, old);
		UnlockPage(page);
		return 0;
	}
	add_to_swap_cache(page, entry);
	set_page_dirty(page);

leave_swap_entry:
	/* The pte holds one use of the slot, the swap cache another. */
	swap_duplicate(entry);
	set_pte(page_table, swp_entry_to_pte(entry));
unmapped:
	UnlockPage(page);
	mm->rss--;
	deactivate_page(page);
	page_cache_release(page);
	return 0;
}

/* The ptes of one page table from address to end (within this pmd). */
static int swap_out_pmd(struct mm_struct *mm, struct vm_area_struct *vma,
	pmd_t *dir, unsigned long address, unsigned long end, int gfp_mask)
{
	unsigned long table_end;
	pte_t *pte;
	int done;

	if (pmd_none(*dir))
		return 0;
	if (pmd_bad(*dir))
		goto bad_table;

	table_end = (address + PMD_SIZE) & PMD_MASK;
	if (end > table_end)
		end = table_end;
	pte = pte_offset(dir, address);

	while (address < end) {
		/* Resume after this page next time, whatever happens. */
		mm->swap_address = address + PAGE_SIZE;
		done = try_to_swap_out(mm, vma, address, pte, gfp_mask);
		if (done)
			return done;
		address += PAGE_SIZE;
		pte++;
	}
	return 0;

bad_table:
	pmd_ERROR(*dir);
	pmd_clear(dir);
	return 0;
}

/* The page tables under one page-directory entry. */
static int swap_out_pgd(struct mm_struct *mm, struct vm_area_struct *vma,
	pgd_t *dir, unsigned long address, unsigned long end, int gfp_mask)
{
	unsigned long dir_end;
	pmd_t *pmd;
	int done;

	if (pgd_none(*dir))
		return 0;
	if (pgd_bad(*dir))
		goto bad_dir;

	dir_end = (address + PGDIR_SIZE) & PGDIR_MASK;
	if (!dir_end || end < dir_end)
		dir_end = end;
	pmd = pmd_offset(dir, address);

	while (address < dir_end) {
		done = swap_out_pmd(mm, vma, pmd, address, dir_end, gfp_mask);
		if (done)
			return done;
		address = (address + PMD_SIZE) & PMD_MASK;
		pmd++;
	}
	return 0;

bad_dir:
	pgd_ERROR(*dir);
	pgd_clear(dir);
	return 0;
}

/* One VMA from address on; locked and reserved areas stay in memory. */
static int swap_out_vma(struct mm_struct *mm, struct vm_area_struct *vma,
	unsigned long address, int gfp_mask)
{
	unsigned long end = vma->vm_end;
	pgd_t *pgdir;
	int done;

	if (vma->vm_flags & (VM_LOCKED | VM_RESERVED))
		return 0;

	pgdir = pgd_offset(mm, address);
	while (address < end) {
		done = swap_out_pgd(mm, vma, pgdir, address, end, gfp_mask);
		if (done)
			return done;
		address = (address + PGDIR_SIZE) & PGDIR_MASK;
		if (!address)
			break;
		pgdir++;
	}
	return 0;
}

/*
 * Scan mm from where the last scan stopped (swap_address) towards the
 * end of its address space.  Getting to the end starts the next scan
 * at the bottom, with a fresh quota.
 */
static int swap_out_mm(struct mm_struct *mm, int gfp_mask)
{
	struct vm_area_struct *vma;
	unsigned long address;
	int done = 0;

	spin_lock(&mm->page_table_lock);
	address = mm->swap_address;
	vma = find_vma(mm, address);
	for (; vma; vma = vma->vm_next) {
		if (address < vma->vm_start)
			address = vma->vm_start;
		done = swap_out_vma(mm, vma, address, gfp_mask);
		if (done)
			goto unlock;
	}
	mm->swap_address = 0;
	mm->swap_cnt = 0;
unlock:
	spin_unlock(&mm->page_table_lock);
	return done;
}

/* A new pass gives each mm a quota of rss/32 ptes, at least SWAP_MIN. */
#define SWAP_SHIFT	5
#define SWAP_MIN	8

/*
 * Pick the address space with the most quota left and scan it.  When
 * every quota is spent, hand out new ones (a pass) and pick again.
 */
static int swap_out(unsigned int priority, int gfp_mask)
{
	struct list_head *pos;
	struct mm_struct *mm, *victim;
	unsigned long most;
	int refill = 0;
	int done;

	spin_lock(&mmlist_lock);
pick:
	victim = NULL;
	most = 0;
	list_for_each(pos, &init_mm.mmlist) {
		mm = list_entry(pos, struct mm_struct, mmlist);
		if (mm->rss == 0)
			continue;
		if (refill) {
			mm->swap_cnt = mm->rss >> SWAP_SHIFT;
			if (mm->swap_cnt < SWAP_MIN)
				mm->swap_cnt = SWAP_MIN;
		}
		if (mm->swap_cnt > most) {
			most = mm->swap_cnt;
			victim = mm;
		}
	}
	if (!victim && !refill) {
		refill = 1;
		goto pick;
	}
	if (victim)
		atomic_inc(&victim->mm_users);
	spin_unlock(&mmlist_lock);
	if (!victim)
		return 0;

	done = swap_out_mm(victim, gfp_mask);
	mmput(victim);
	return done;
}

/*
 * Take a clean page out of zone's inactive_clean list and out of the
 * cache it belongs to, and give it to the caller as its own (count 1).
 * Pages found used again go back to the active list, pages that became
 * dirty or busy to the inactive_dirty list.  Returns NULL if none.
 */
struct page *reclaim_page(zone_t *zone)
{
	struct list_head *lru;
	struct page *page = NULL;
	int budget, wanted;

	spin_lock(&pagecache_lock);
	spin_lock(&pagemap_lru_lock);
	budget = zone->inactive_clean_pages;
	while (budget-- > 0) {
		lru = zone->inactive_clean_list.prev;
		if (lru == &zone->inactive_clean_list)
			break;
		page = list_entry(lru, struct page, lru);

		if (!PageInactiveClean(page)) {
			printk("VM: reclaim_page, wrong page on list.\n");
			list_del(lru);
			zone->inactive_clean_pages--;
			page = NULL;
			continue;
		}
		wanted = PageTestandClearReferenced(page) || page->age;
		if (!page->buffers && page_count(page) > 1)
			wanted = 1;
		if (wanted) {
			del_page_from_inactive_clean_list(page);
			add_page_to_active_list(page);
			page = NULL;
			continue;
		}
		if (page->buffers || PageDirty(page) || TryLockPage(page)) {
			del_page_from_inactive_clean_list(page);
			add_page_to_inactive_dirty_list(page);
			page = NULL;
			continue;
		}

		/* Ours: out of the swap cache or the file's cache. */
		if (PageSwapCache(page)) {
			__delete_from_swap_cache(page);
			goto got_one;
		}
		if (page->mapping) {
			__remove_inode_page(page);
			goto got_one;
		}
		printk("VM: reclaim_page, found unknown page\n");
		list_del(lru);
		zone->inactive_clean_pages--;
		UnlockPage(page);
		page = NULL;
	}
	spin_unlock(&pagemap_lru_lock);
	spin_unlock(&pagecache_lock);
	memory_pressure++;
	return NULL;

got_one:
	del_page_from_inactive_clean_list(page);
	spin_unlock(&pagemap_lru_lock);
	spin_unlock(&pagecache_lock);
	memory_pressure++;
	if (page_count(page) != 1)
		printk("VM: reclaim_page, found page with count %d!\n",
		       page_count(page));
	UnlockPage(page);
	page->age = PAGE_AGE_START;
	return page;
}

/* How many buffer pages page_launder writes before it waits (sync). */
#define MAX_LAUNDER	(4 * (1 << page_cluster))

/*
 * Clean the inactive_dirty list from its tail.  The first pass only
 * sorts: used pages back to active, clean cache pages on to their
 * zone's inactive_clean list, dirty ones rotated.  If that left a free
 * shortage and I/O is allowed, a second pass writes dirty pages out
 * (writepage) and frees buffers.  Returns the pages made clean or free.
 */
int page_launder(int gfp_mask, int sync)
{
	int io_ok = gfp_mask & __GFP_IO;
	int second_pass = 0, write_budget = 0, cleaned = 0;
	struct list_head *lru;
	struct page *page;
	int budget, wanted;

again:
	spin_lock(&pagemap_lru_lock);
	budget = nr_inactive_dirty_pages;
	while (budget-- > 0) {
		lru = inactive_dirty_list.prev;
		if (lru == &inactive_dirty_list)
			break;
		page = list_entry(lru, struct page, lru);

		if (!PageInactiveDirty(page)) {
			printk("VM: page_launder, wrong page on list.\n");
			list_del(lru);
			nr_inactive_dirty_pages--;
			page->zone->inactive_dirty_pages--;
			continue;
		}

		/* Wanted again: not a candidate any more. */
		wanted = PageTestandClearReferenced(page) || page->age;
		if (page->buffers ? page_ramdisk(page) : page_count(page) > 1)
			wanted = 1;
		if (wanted) {
			del_page_from_inactive_dirty_list(page);
			add_page_to_active_list(page);
			continue;
		}

		/* Under I/O: look again later. */
		if (TryLockPage(page)) {
			list_del(lru);
			list_add(lru, &inactive_dirty_list);
			continue;
		}

		if (PageDirty(page)) {
			int (*writepage)(struct page *) =
				page->mapping->a_ops->writepage;
			int refused;

			if (!writepage)
				goto to_active;
			if (!second_pass) {
				list_del(lru);
				list_add(lru, &inactive_dirty_list);
				UnlockPage(page);
				continue;
			}
			/* writepage unlocks the page, now or when done. */
			page_cache_get(page);
			ClearPageDirty(page);
			spin_unlock(&pagemap_lru_lock);
			refused = writepage(page) == 1;
			page_cache_release(page);
			spin_lock(&pagemap_lru_lock);
			if (refused && PageInactiveDirty(page)) {
				set_page_dirty(page);
				del_page_from_inactive_dirty_list(page);
				add_page_to_active_list(page);
			}
			continue;
		}

		if (page->buffers) {
			int wait, freed, gone = 0;

			del_page_from_inactive_dirty_list(page);
			page_cache_get(page);
			spin_unlock(&pagemap_lru_lock);
			if (second_pass && write_budget == 0 && sync)
				wait = 2;
			else if (second_pass && write_budget-- > 0)
				wait = 1;
			else
				wait = 0;
			freed = try_to_free_buffers(page, wait);
			spin_lock(&pagemap_lru_lock);

			if (!freed) {
				add_page_to_inactive_dirty_list(page);
			} else if (!page->mapping) {
				/* A buffer-only page: our release frees it. */
				atomic_dec(&buffermem_pages);
				gone = 1;
				cleaned++;
			} else if (page_count(page) > 2) {
				add_page_to_active_list(page);
			} else {
				add_page_to_inactive_clean_list(page);
				cleaned++;
			}
			UnlockPage(page);
			page_cache_release(page);
			if (gone && !free_shortage())
				break;
			continue;
		}

		if (page->mapping && !PageDirty(page)) {
			del_page_from_inactive_dirty_list(page);
			add_page_to_inactive_clean_list(page);
			UnlockPage(page);
			cleaned++;
			continue;
		}
to_active:
		del_page_from_inactive_dirty_list(page);
		add_page_to_active_list(page);
		UnlockPage(page);
	}
	spin_unlock(&pagemap_lru_lock);

	if (io_ok && !second_pass && free_shortage()) {
		second_pass = 1;
		/* Something is clean already: do not wait for the writes. */
		if (cleaned)
			sync = 0;
		write_budget = MAX_LAUNDER;
		wakeup_bdflush(0);
		goto again;
	}
	return cleaned;
}

/*
 * Age the active list from its tail: nr_active_pages >> priority pages.
 * A referenced page is aged up; otherwise its age halves, and a page of
 * age 0 that only the cache holds goes to the inactive_dirty list.
 * Pages that stay active move to the head.  Returns 1 if some page was
 * deactivated; oneshot stops at the first.
 */
int refill_inactive_scan(unsigned int priority, int oneshot)
{
	struct list_head *lru, *next;
	struct page *page;
	int budget, keep, moved = 0;

	spin_lock(&pagemap_lru_lock);
	budget = nr_active_pages >> priority;
	for (lru = active_list.prev; budget-- > 0 && lru != &active_list;
	     lru = next) {
		next = lru->prev;
		page = list_entry(lru, struct page, lru);

		if (!PageActive(page)) {
			printk("VM: refill_inactive, wrong page on list.\n");
			list_del(lru);
			nr_active_pages--;
			continue;
		}

		keep = 1;
		if (PageTestandClearReferenced(page)) {
			age_page_up_nolock(page);
		} else {
			age_page_down_ageonly(page);
			if (page->age == 0 &&
			    page_count(page) <= (page->buffers ? 2 : 1)) {
				deactivate_page_nolock(page);
				keep = 0;
			}
		}

		if (keep || PageActive(page)) {
			list_del(lru);
			list_add(lru, &active_list);
		} else {
			moved = 1;
			if (oneshot)
				break;
		}
	}
	spin_unlock(&pagemap_lru_lock);
	return moved;
}

/*
 * Pages short of the free target: freepages.high plus a third of the
 * inactive target, counting clean inactive pages as free; if the whole
 * is fine, the sum of what zones lack to stay above pages_min.
 */
int free_shortage(void)
{
	int target = freepages.high + inactive_target / 3;
	int have = nr_free_pages() + nr_inactive_clean_pages();
	int lack = 0;
	pg_data_t *node;
	int z;

	if (have < target)
		return target - have;

	for (node = pgdat_list; node; node = node->node_next) {
		for (z = 0; z < MAX_NR_ZONES; z++) {
			zone_t *zone = node->node_zones + z;
			int zone_have;

			if (!zone->size)
				continue;
			zone_have = zone->free_pages +
				    zone->inactive_clean_pages;
			if (zone_have < (int) zone->pages_min + 1)
				lack += zone->pages_min + 1 - zone_have;
		}
	}
	return lack;
}

/* Pages short of freepages.high + inactive_target among all non-active. */
int inactive_shortage(void)
{
	int lack = freepages.high + inactive_target;

	lack -= nr_free_pages();
	lack -= nr_inactive_clean_pages();
	lack -= nr_inactive_dirty_pages;
	return lack > 0 ? lack : 0;
}

/*
 * Move pages to the inactive lists until both shortages are met (a
 * user process only asks for one read-ahead cluster's worth): age the
 * active list and unmap pages from processes, more thoroughly at each
 * lower priority that made no progress.  Returns whether anything moved.
 */
static int refill_inactive(unsigned int gfp_mask, int user)
{
	int priority = 6;
	int want, start, progress;

	want = inactive_shortage() + free_shortage();
	if (user)
		want = 1 << page_cluster;
	start = want;

	kmem_cache_reap(gfp_mask);

	for (; priority >= 0; ) {
		progress = 0;
		if (current->need_resched) {
			__set_current_state(TASK_RUNNING);
			schedule();
		}

		while (refill_inactive_scan(priority, 1)) {
			progress = 1;
			if (--want <= 0)
				goto out;
		}

		while (swap_out(priority, gfp_mask)) {
			progress = 1;
			if (--want <= 0)
				goto out;
		}

		if (!inactive_shortage() || !free_shortage())
			goto out;
		if (!progress)
			priority--;
	}

	/* Last: everything on the active list, at priority 0. */
	while (refill_inactive_scan(0, 1)) {
		if (--want <= 0)
			goto out;
	}
out:
	return want < start;
}

/*
 * One round of reclaim: launder when free memory is short (or the dirty
 * list outweighs free and clean pages), then refill the inactive lists
 * if either shortage remains, else just give slab pages back.
 */
static int do_try_to_free_pages(unsigned int gfp_mask, int user)
{
	int got = 0;

	if (free_shortage() || nr_inactive_dirty_pages >
	    nr_free_pages() + nr_inactive_clean_pages())
		got += page_launder(gfp_mask, user);

	if (!free_shortage() && !inactive_shortage()) {
		kmem_cache_reap(gfp_mask);
		return 1;
	}
	got += refill_inactive(gfp_mask, user);
	return got;
}

DECLARE_WAIT_QUEUE_HEAD(kswapd_wait);
DECLARE_WAIT_QUEUE_HEAD(kswapd_done);
struct task_struct *kswapd_task;

/* Port: kswapd's passes, for show_mem and the tests. */
unsigned long kswapd_rounds;

/*
 * The swap daemon.  Each round: reclaim while something is short, age
 * 1/64 of the active list in the background, decay memory_pressure once
 * a second, and tell the tasks waiting for a round.  Then sleep up to a
 * second if the shortage is over; if it is not and nothing is left
 * anywhere, kill a process.
 */
int kswapd(void *unused)
{
	struct task_struct *me = current;
	unsigned long stats_time = jiffies;

	me->session = 1;
	me->pgrp = 1;
	strcpy(me->comm, "kswapd");
	sigfillset(&me->blocked);
	kswapd_task = me;

	/* Reclaim's own allocations may use the reserves. */
	me->flags |= PF_MEMALLOC;

	for (;;) {
		if (inactive_shortage() || free_shortage())
			do_try_to_free_pages(GFP_KSWAPD,
					     waitqueue_active(&kswapd_done));

		refill_inactive_scan(6, 0);

		if (time_after(jiffies, stats_time + HZ)) {
			stats_time = jiffies;
			recalculate_vm_stats();
		}
		kswapd_rounds++;

		wake_up_all(&kswapd_done);

		if (!free_shortage() || !inactive_shortage())
			interruptible_sleep_on_timeout(&kswapd_wait, HZ);
		else if (out_of_memory())
			oom_kill();
	}
}

/*
 * Nudge kswapd; with block, also wait until it has finished a round.
 * kswapd itself never waits for itself.
 */
void wakeup_kswapd(int block)
{
	DECLARE_WAITQUEUE(wait, current);

	if (current == kswapd_task)
		return;
	/* Port: before kswapd runs, nobody would wake a waiter. */
	if (block && !kswapd_task)
		return;

	if (block) {
		__set_current_state(TASK_UNINTERRUPTIBLE);
		add_wait_queue(&kswapd_done, &wait);
	}
	if (waitqueue_active(&kswapd_wait))
		wake_up(&kswapd_wait);
	if (!block)
		return;

	schedule();
	remove_wait_queue(&kswapd_done, &wait);
	__set_current_state(TASK_RUNNING);
}

/*
 * Reclaim in the caller's own context (allocations that may sleep but
 * not start I/O through kswapd).  PF_MEMALLOC keeps the allocations
 * made on the way from recursing into reclaim.
 */
int try_to_free_pages(unsigned int gfp_mask)
{
	int got = 1;

	if (gfp_mask & __GFP_WAIT) {
		current->flags |= PF_MEMALLOC;
		got = do_try_to_free_pages(gfp_mask, 1);
		current->flags &= ~PF_MEMALLOC;
	}
	return got;
}

DECLARE_WAIT_QUEUE_HEAD(kreclaimd_wait);

/*
 * The clean-page daemon: woken by the allocator when a zone falls below
 * pages_min, it turns inactive_clean pages into free ones until every
 * zone is back at pages_low, so that interrupts find free pages.
 */
int kreclaimd(void *unused)
{
	struct task_struct *me = current;
	pg_data_t *node;
	int z;

	me->session = 1;
	me->pgrp = 1;
	strcpy(me->comm, "kreclaimd");
	sigfillset(&me->blocked);
	me->flags |= PF_MEMALLOC;

	for (;;) {
		interruptible_sleep_on(&kreclaimd_wait);

		for (node = pgdat_list; node; node = node->node_next) {
			for (z = 0; z < MAX_NR_ZONES; z++) {
				zone_t *zone = node->node_zones + z;
				struct page *page;

				if (!zone->size)
					continue;
				while (zone->free_pages < zone->pages_low) {
					page = reclaim_page(zone);
					if (!page)
						break;
					__free_page(page);
				}
			}
		}
	}
}

/* Boot: choose the read-ahead cluster and start both daemons. */
int __init kswapd_init(void)
{
	unsigned long share = CLONE_FS | CLONE_FILES | CLONE_SIGNAL;

	printk("Starting kswapd v1.8\n");
	swap_setup();
	kernel_thread(kswapd, NULL, share);
	kernel_thread(kreclaimd, NULL, share);
	return 0;
}
