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
/// §2.8 页面的定期换出：检查一个页面表项，最近没被访问、寿命已到 0 的页面就断开映射。
/// 2.4.0: mm/vmscan.c try_to_swap_out()。这里不启动任何 I/O：匿名脏页只是进入交换缓存，
/// 由 page_launder() 在不活跃脏页队列上把它写出去。返回 1 表示这个 mm 本轮配额用完。
static int try_to_swap_out(struct mm_struct *mm, struct vm_area_struct *vma,
	unsigned long address, pte_t *page_table, int gfp_mask)
{
	pte_t old;
	struct page *page;
	swp_entry_t entry;
	int was_active;

	/// 第一步：先看表项本身。不在位的（空表项，或已经是交换项）无事可做；page 结构不在 mem_map 里的（例如 ioremap 映射的设备内存）
	/// 和保留页面（零页面、内核自己的页面）都不参与换出。
	old = *page_table;
	if (!pte_present(old))
		return 0;
	page = pte_page(old);
	if (!VALID_PAGE(page) || PageReserved(page))
		return 0;

	/// 配额：swap_out() 每一遍给每个 mm 一个 swap_cnt，每检查一个在位的表项减一。用完就返回 1，
	/// 让 swap_out() 下次换一个地址空间，免得一个大进程被一口气扫完、别的进程却从不受检查。
	if (!mm->swap_cnt)
		return 1;
	mm->swap_cnt--;

	/// 页面在不在活跃队列上，决定下面由谁来给它减寿命：活跃队列上的页面由 refill_inactive_scan() 老化，这里不重复。
	was_active = PageActive(page);
	/// “已访问”位由 CPU 在进程访问这一页时自动置上。为 1 说明自上次扫描以来进程用过它：清掉这一位、寿命增加，页面留下。
	/// 下次再扫到时这一位若还是 0，就说明这段时间里没人碰过它。
	if (ptep_test_and_clear_young(page_table)) {
		age_page_up(page);
		return 0;
	}
	/// 没有被访问：寿命减半（活跃队列上的除外），寿命没到 0 的仍然留下。所以一个页面要连续几次扫描都没人用，才会被换出。
	if (!was_active)
		age_page_down_ageonly(page);
	if (page->age > 0)
		return 0;
	/// 页面被锁着（正在读写盘，或别人正在处理它）：这次不动它。
	if (TryLockPage(page))
		return 0;

	/* From here the page is no longer reachable through this pte. */
	/// 决定换出。原子地取出并清除表项（取出的值带着最新的脏位），再冲刷这一页的 TLB：此后进程访问这一页就会缺页。
	old = ptep_get_and_clear(page_table);
	flush_tlb_page(vma, address);

	/// 情形一：页面已在交换缓冲里（换入以后没有再离开交换缓冲，或者几个进程共享着它）。它在盘上的位置就是 page->index；
	/// 表项的脏位转给页面，page_launder() 就知道盘上的内容过时了、要重写。
	if (PageSwapCache(page)) {
		entry.val = page->index;
		if (pte_dirty(old))
			set_page_dirty(page);
		goto leave_swap_entry;
	}

	/* Clean: whoever needs it reads it again from its file. */
	/// 情形二：干净、又不在交换缓冲里的页面，是文件映射的页面，内容与页面缓冲里的一样：断开映射就够了，
	/// 以后缺页时由 filemap_nopage() 从页面缓冲（或文件）里再取。匿名页面读出来的是零页面，是保留页面，前面已经跳过。
	if (!pte_dirty(old))
		goto unmapped;

	/* Dirty page of a file: the cache page carries the change. */
	/// 情形三：文件映射的脏页面（写过的共享映射）。修改记到页面缓冲里的这一页上（标脏），由 page_launder() 经文件的 writepage 写回。
	if (page->mapping) {
		set_page_dirty(page);
		goto unmapped;
	}

	/* Dirty anonymous memory: give it a home on swap, if any is left. */
	/// 情形四：匿名的脏页面，它的内容只在这一页里。先分配一个页面槽：交换区满了或没有交换区，就把表项原样写回，放弃这一页。
	entry = get_swap_page();
	if (!entry.val) {
		set_pte(page_table, old);
		UnlockPage(page);
		return 0;
	}
	/// get_swap_page() 已把槽的计数置为 1，这一份属于交换缓冲。add_to_swap_cache() 把页面以交换项为 index 放进 swapper_space；
	/// 它的寿命是 0，lru_cache_add() 直接把它挂到不活跃脏队列。再标脏：盘上的槽里还什么都没有。
	add_to_swap_cache(page, entry);
	set_page_dirty(page);

leave_swap_entry:
	/* The pte holds one use of the slot, the swap cache another. */
	/// 情形一和四：表项里存放交换项，槽多了一个用户（这个表项），计数加一。以后 do_swap_page() 凭它把页面找回来（§2.9）。
	swap_duplicate(entry);
	set_pte(page_table, swp_entry_to_pte(entry));
unmapped:
	/// 各种情形都到这里：解锁，rss 减一；deactivate_page() 让页面“变老”（寿命清 0，若在活跃队列上而且只剩缓冲和我们在用，
	/// 就移到不活跃脏队列）；最后放掉原来表项占的那份引用。返回 0：这个 mm 的配额还没用完，扫描继续。
	UnlockPage(page);
	mm->rss--;
	deactivate_page(page);
	page_cache_release(page);
	return 0;
}

/* The ptes of one page table from address to end (within this pmd). */
/// §2.8 扫描一个页面表里 address..end 的页面表项。2.4.0: mm/vmscan.c swap_out_pmd()。
/// 每检查一项之前先把 swap_address 推到下一页，下次从断点继续。
static int swap_out_pmd(struct mm_struct *mm, struct vm_area_struct *vma,
	pmd_t *dir, unsigned long address, unsigned long end, int gfp_mask)
{
	unsigned long table_end;
	pte_t *pte;
	int done;

	/// 这个目录项下没有页面表，没有什么可扫；损坏的目录项报告一次，然后清掉。
	if (pmd_none(*dir))
		return 0;
	if (pmd_bad(*dir))
		goto bad_table;

	/// 一张页面表管 4 MB（i386 两级页面表，pmd 折叠在页面目录项里）：扫描不越过这张表的末尾，剩下的交给上一层的下一个目录项。
	table_end = (address + PMD_SIZE) & PMD_MASK;
	if (end > table_end)
		end = table_end;
	pte = pte_offset(dir, address);

	while (address < end) {
		/* Resume after this page next time, whatever happens. */
		mm->swap_address = address + PAGE_SIZE;
		/// 返回 1 表示这个 mm 本遍的配额用完：一层层原样返回，停止扫描；下次从 swap_address 接着扫。
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
/// §2.8 扫描一个页面目录项之下的各个页面表。2.4.0: mm/vmscan.c swap_out_pgd()。
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

	/// 这个页面目录项管到下一个 4 MB 边界为止；地址空间的最后一个目录项算出来会回绕成 0，这时就以区间的末尾为界。
	dir_end = (address + PGDIR_SIZE) & PGDIR_MASK;
	if (!dir_end || end < dir_end)
		dir_end = end;
	pmd = pmd_offset(dir, address);

	/// i386 两级页面表：pmd_offset() 给出的就是目录项本身，PMD_SIZE 等于 PGDIR_SIZE，这个循环只转一次；三级页面表（PAE）时才有多个 pmd。
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
/// §2.8 扫描一个虚存区间；VM_LOCKED（mlock）与 VM_RESERVED 的区间不换出。2.4.0: mm/vmscan.c swap_out_vma()。
static int swap_out_vma(struct mm_struct *mm, struct vm_area_struct *vma,
	unsigned long address, int gfp_mask)
{
	unsigned long end = vma->vm_end;
	pgd_t *pgdir;
	int done;

	if (vma->vm_flags & (VM_LOCKED | VM_RESERVED))
		return 0;

	/// 从区间里的 address 起，一个页面目录项一个页面目录项地扫到区间末尾。
	pgdir = pgd_offset(mm, address);
	while (address < end) {
		done = swap_out_pgd(mm, vma, pgdir, address, end, gfp_mask);
		if (done)
			return done;
		address = (address + PGDIR_SIZE) & PGDIR_MASK;
		/// 加到 4 GB 时地址回绕成 0，到此为止，免得死循环。
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
/// §2.8 从 mm->swap_address 开始扫描一个地址空间；扫到末尾则归零，下轮从头开始。
/// 2.4.0: mm/vmscan.c swap_out_mm()。
static int swap_out_mm(struct mm_struct *mm, int gfp_mask)
{
	struct vm_area_struct *vma;
	unsigned long address;
	int done = 0;

	/// 持有 page_table_lock：扫描期间别的路径（缺页、munmap）不能同时改这个 mm 的页面表。
	spin_lock(&mm->page_table_lock);
	address = mm->swap_address;
	/// 从上次停下的地址接着扫：同一个进程的页面轮流受到检查，而不是每次都从低地址开始、高地址的页面永远轮不到。
	vma = find_vma(mm, address);
	for (; vma; vma = vma->vm_next) {
		if (address < vma->vm_start)
			address = vma->vm_start;
		done = swap_out_vma(mm, vma, address, gfp_mask);
		if (done)
			goto unlock;
	}
	/// 扫完最后一个区间，配额还没用完：这一遍结束。下一遍从地址 0 开始，配额清 0，等 swap_out() 重新分配。
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
/// §2.8 选一个 swap_cnt 最大的 mm 来扫描；全都为 0 时按 rss>>5（至少 8）重新分配配额。
/// 2.4.0: mm/vmscan.c swap_out()。
static int swap_out(unsigned int priority, int gfp_mask)
{
	struct list_head *pos;
	struct mm_struct *mm, *victim;
	unsigned long most;
	int refill = 0;
	int done;

	/// 所有的 mm_struct 经 mmlist 串在 init_mm 上（fork 时加入，mmput 最后一次时摘下），mmlist_lock 保护这个队列。
	/// 参数 priority 在这里没有用到：每次调用只挑一个 mm，扫到它的配额用完为止。
	spin_lock(&mmlist_lock);
pick:
	victim = NULL;
	most = 0;
	/// 挑本遍剩余配额（swap_cnt）最大的地址空间；rss 为 0 的（没有页面在内存里）不必扫。
	/// 第二次（refill）时先重新发配额：rss 的 1/32，至少 SWAP_MIN 页。大进程每遍多受检查，但每个进程都会轮到。
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
	/// 增加 mm_users 钉住选中的 mm：放开 mmlist_lock 以后，即使进程退出，它的 mm 也不会在扫描途中被释放；扫完由 mmput() 放掉。
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
/// §2.6/§2.8 从管理区的不活跃干净队列尾部回收一个页面，脱离交换缓存或文件缓存后交给调用者（计数 1）。
/// 2.4.0: mm/vmscan.c reclaim_page()。又被用到的页面回活跃队列，变脏或被锁的回不活跃脏队列。
struct page *reclaim_page(zone_t *zone)
{
	struct list_head *lru;
	struct page *page = NULL;
	int budget, wanted;

	/// 先 pagecache_lock 后 pagemap_lru_lock，与页面缓冲的其他代码加锁的次序相同，免得互相等死。
	spin_lock(&pagecache_lock);
	spin_lock(&pagemap_lru_lock);
	/// 最多看队列上现有的那么多个页面，从尾部（进入队列最早的）开始；看过而不要的页面都离开了这个队列，不会重复。
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
		/// 又被用到（PG_referenced，或寿命不为 0），或者除了缓冲还有别人持有它（没有缓冲区头而计数大于 1）：不该收回，送回活跃队列。
		wanted = PageTestandClearReferenced(page) || page->age;
		if (!page->buffers && page_count(page) > 1)
			wanted = 1;
		if (wanted) {
			del_page_from_inactive_clean_list(page);
			add_page_to_active_list(page);
			page = NULL;
			continue;
		}
		/// 有缓冲区头、又变脏了、或者被锁住（正在 I/O）：已经不是“干净、随时可收回”的页面，退回不活跃脏队列，由 page_launder() 处理。
		if (page->buffers || PageDirty(page) || TryLockPage(page)) {
			del_page_from_inactive_clean_list(page);
			add_page_to_inactive_dirty_list(page);
			page = NULL;
			continue;
		}

		/* Ours: out of the swap cache or the file's cache. */
		/// 收下这一页：先让它脱离所在的缓冲。交换缓冲的页面连同缓冲对页面槽的那一份计数一起放掉
		/// （若已没有页面表项引用这个槽，槽就空闲了）；文件的页面从文件的页面缓冲中删除。
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
	/// 页面已离开不活跃干净队列和一切缓冲，只属于调用者（计数 1）：寿命重置为 PAGE_AGE_START，与刚分配的页面一样。
	/// 无论找到与否都给 memory_pressure 加一：需要回收本身就说明内存紧张。
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
/// §2.8 “洗净”不活跃脏页面：第一遍只分类，若仍缺空闲页面且允许 I/O，第二遍调用 writepage 写出脏页。
/// 2.4.0: mm/vmscan.c page_launder()。没有 writepage 的映射，其脏页只能回到活跃队列；ramfs（initrd）的 writepage 只是重新标脏，它的页面不会被收回。
int page_launder(int gfp_mask, int sync)
{
	/// 只有 gfp_mask 带 __GFP_IO 才允许写盘（kswapd 的 GFP_KSWAPD 带它）。second_pass 为 0 是第一遍：只分类、不写。
	int io_ok = gfp_mask & __GFP_IO;
	int second_pass = 0, write_budget = 0, cleaned = 0;
	struct list_head *lru;
	struct page *page;
	int budget, wanted;

again:
	spin_lock(&pagemap_lru_lock);
	/// 每一遍最多看队列上现有的那么多个页面，从尾部开始；留在队列上的被移到队列头，不会在同一遍里看两次。
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
		/// 又被访问、寿命不为 0、或者还有别人在用（没有缓冲区头时计数大于 1）：它不是回收的对象，送回活跃队列。
		wanted = PageTestandClearReferenced(page) || page->age;
		if (page->buffers ? page_ramdisk(page) : page_count(page) > 1)
			wanted = 1;
		if (wanted) {
			del_page_from_inactive_dirty_list(page);
			add_page_to_active_list(page);
			continue;
		}

		/* Under I/O: look again later. */
		/// 锁不住，多半正在写盘：移到队列头，以后再看。
		if (TryLockPage(page)) {
			list_del(lru);
			list_add(lru, &inactive_dirty_list);
			continue;
		}

		/// 脏页面（交换缓冲的页面、写过的共享文件映射）要经所属 mapping 的 writepage 写出去；没有 writepage 的只能送回活跃队列。
		/// ramfs 的 writepage 只是把页面重新标脏（内存就是它的存储），所以 initrd 的文件页面不会被收回。
		if (PageDirty(page)) {
			int (*writepage)(struct page *) =
				page->mapping->a_ops->writepage;
			int refused;

			if (!writepage)
				goto to_active;
			/// 第一遍不写，只把它移到队列头：先看看不写盘能收回多少。
			if (!second_pass) {
				list_del(lru);
				list_add(lru, &inactive_dirty_list);
				UnlockPage(page);
				continue;
			}
			/* writepage unlocks the page, now or when done. */
			/// 第二遍：先拿一份引用，写的期间页面不会消失；先清脏位再写，写的过程中若又被写脏，脏位会重新置上，修改不会丢。
			/// writepage（交换缓冲是 swap_writepage()，异步写盘）可能睡眠，所以先放开 pagemap_lru_lock。
			page_cache_get(page);
			ClearPageDirty(page);
			spin_unlock(&pagemap_lru_lock);
			refused = writepage(page) == 1;
			page_cache_release(page);
			spin_lock(&pagemap_lru_lock);
			/// writepage 返回 1 表示这一页写不了：恢复脏位，送回活跃队列。写成功的页面留在队列上，写完解锁后下一次扫描把它移到干净队列。
			if (refused && PageInactiveDirty(page)) {
				set_page_dirty(page);
				del_page_from_inactive_dirty_list(page);
				add_page_to_active_list(page);
			}
			continue;
		}

		/// 带缓冲区头的页面（块设备 I/O 留下的）：试着释放缓冲区头。第一遍不等 I/O；第二遍在 write_budget（MAX_LAUNDER）之内
		/// 启动写而不等待，预算用完而且 sync 时同步等待写完。
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

			/// 四种结果：缓冲区头没放掉，回不活跃脏队列；只有缓冲区头、不属于任何文件的页面，我们放掉引用它就空闲了；
			/// 还有别人在用，回活跃队列；否则是干净的缓冲页面，移到不活跃干净队列。
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

		/// 干净的缓冲页面（例如已经写到盘上的交换缓冲页面）：移到所在管理区的不活跃干净队列，“洗净”了一页。
		if (page->mapping && !PageDirty(page)) {
			del_page_from_inactive_dirty_list(page);
			add_page_to_inactive_clean_list(page);
			UnlockPage(page);
			cleaned++;
			continue;
		}
		/// 其余的（没有 writepage 的脏页面；既无 mapping 又无缓冲区头的页面）送回活跃队列。
to_active:
		del_page_from_inactive_dirty_list(page);
		add_page_to_active_list(page);
		UnlockPage(page);
	}
	spin_unlock(&pagemap_lru_lock);

	/// 第一遍完了仍缺空闲页面、又允许 I/O：开始第二遍，真正写盘。已经洗出了干净页面就不必同步等待；
	/// 同时唤醒 bdflush（本移植没有 bdflush，wakeup_bdflush() 是空的）。
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
/// §2.8 从活跃队列尾部扫描 nr_active_pages>>priority 个页面：被访问过的寿命增加，
/// 否则寿命减半，到 0 且只有页面缓存在用的转入不活跃脏队列。2.4.0: mm/vmscan.c refill_inactive_scan()。
int refill_inactive_scan(unsigned int priority, int oneshot)
{
	struct list_head *lru, *next;
	struct page *page;
	int budget, keep, moved = 0;

	spin_lock(&pagemap_lru_lock);
	/// priority 6 只看 1/64 的活跃页面，0 看整个队列。从尾部开始：那里是最久没有被移到队列头的页面。
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
		/// PG_referenced 由页面缓冲的查找命中等置上：用过就寿命增加。进程经页面表的访问记在表项的“已访问”位上，
		/// 由 try_to_swap_out() 检查，不在这里。
		if (PageTestandClearReferenced(page)) {
			age_page_up_nolock(page);
		} else {
			/// 没用过：寿命减半。到 0 而且只有页面缓冲持有它（计数 1，有缓冲区头时 2；进程映射着的页面计数更大），就移到不活跃脏队列。
			age_page_down_ageonly(page);
			if (page->age == 0 &&
			    page_count(page) <= (page->buffers ? 2 : 1)) {
				deactivate_page_nolock(page);
				keep = 0;
			}
		}

		/// 仍然活跃的移到队列头，下次从尾部扫描时先看别的页面。oneshot 时移走一页就返回，让调用者一页一页地计数。
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
/// §2.8 空闲页面的缺口：目标 freepages.high + inactive_target/3（干净不活跃页面也算空闲）；
/// 总量够时再看各管理区是否低于 pages_min。2.4.0: mm/vmscan.c free_shortage()。
int free_shortage(void)
{
	int target = freepages.high + inactive_target / 3;
	int have = nr_free_pages() + nr_inactive_clean_pages();
	int lack = 0;
	pg_data_t *node;
	int z;

	/// 不活跃干净页面算作空闲：reclaim_page() 不经 I/O 就能把它们变成空闲页面。
	if (have < target)
		return target - have;

	/// 总数够了，还要每个管理区都在 pages_min 之上：只能用某个管理区的分配（例如 DMA）不能因为别的管理区宽裕就失败。
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
/// §2.8 不活跃页面的缺口：freepages.high + inactive_target 减去空闲、不活跃干净和不活跃脏页面。
/// 2.4.0: mm/vmscan.c inactive_shortage()。
int inactive_shortage(void)
{
	int lack = freepages.high + inactive_target;

	/// 空闲、不活跃干净、不活跃脏的页面都算“有着落”。目标比 free_shortage() 的高出 inactive_target：
	/// 不活跃页面要在空闲页面用完之前就准备好，回收不必临时抱佛脚。
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
/// §2.8 按优先级 6 到 0 逐步加大力度，交替老化活跃队列（refill_inactive_scan）和扫描进程页面表（swap_out），
/// 直到缺口补上；某一轮毫无进展才降低优先级。2.4.0: mm/vmscan.c refill_inactive()。
/// 本移植没有 dentry/inode 缓存可收缩（shrink_dcache_memory 等），见 deviations.md。
static int refill_inactive(unsigned int gfp_mask, int user)
{
	int priority = 6;
	int want, start, progress;

	/// 目标：两种缺口之和。user 为真（调用者自己在回收，或有进程在等 kswapd 这一轮）时只要一簇（2^page_cluster 页），
	/// 让等待的进程尽快继续，剩下的留给 kswapd 以后慢慢做。
	want = inactive_shortage() + free_shortage();
	if (user)
		want = 1 << page_cluster;
	start = want;

	/// 先向 slab 要：专用缓冲区里完全空闲的 slab 可以直接还给伙伴系统，不需要 I/O。
	kmem_cache_reap(gfp_mask);

	for (; priority >= 0; ) {
		progress = 0;
		/// 回收可能持续很久：该让出 CPU 时先让出。
		if (current->need_resched) {
			__set_current_state(TASK_RUNNING);
			schedule();
		}

		/// 先老化活跃队列，每移走一页算一页进展。
		while (refill_inactive_scan(priority, 1)) {
			progress = 1;
			if (--want <= 0)
				goto out;
		}

		/// 再扫进程的页面表：swap_out() 返回 1 表示一个 mm 的配额用完了，算一次进展。
		/// 2.4.0 在这两步之间还按同一优先级收缩目录项和索引节点的缓冲，本移植没有。
		while (swap_out(priority, gfp_mask)) {
			progress = 1;
			if (--want <= 0)
				goto out;
		}

		/// 任一种缺口消除就收手；这一级毫无进展才降低优先级，下一级扫得更多。
		if (!inactive_shortage() || !free_shortage())
			goto out;
		if (!progress)
			priority--;
	}

	/* Last: everything on the active list, at priority 0. */
	/// 优先级降到 0 还不够：最后把整个活跃队列再扫一遍。返回值只说明做没做成事，不说明做了多少。
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
/// §2.8 一轮回收：先 page_launder，再视缺口 refill_inactive，否则只回收 slab 的空闲页面。
/// 2.4.0: mm/vmscan.c do_try_to_free_pages()。
static int do_try_to_free_pages(unsigned int gfp_mask, int user)
{
	int got = 0;

	/// 先“洗”不活跃脏页面：缺空闲页面，或者脏页面已经比空闲加干净页面还多（写盘刻不容缓）。
	/// user 为真（有人在等）时 page_launder() 可以同步等写完。
	if (free_shortage() || nr_inactive_dirty_pages >
	    nr_free_pages() + nr_inactive_clean_pages())
		got += page_launder(gfp_mask, user);

	/// 洗完以后两种短缺都没有了：只顺手收回 slab 的空闲页面，报告成功。
	if (!free_shortage() && !inactive_shortage()) {
		kmem_cache_reap(gfp_mask);
		return 1;
	}
	/// 否则补充不活跃页面（2.4.0 在这之前还收缩目录项和索引节点的缓冲，本移植没有）。
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
/// §2.8 kswapd 内核线程的主循环。2.4.0: mm/vmscan.c kswapd()。PF_MEMALLOC 让它的分配可以动用储备；
/// 缺口消除后最多睡一秒（interruptible_sleep_on_timeout），否则在 out_of_memory() 时调用 oom_kill()。
/// kswapd_rounds 是本移植加的计数，每做完一轮加一，供测试和调试器确认 kswapd 在工作。
int kswapd(void *unused)
{
	struct task_struct *me = current;
	unsigned long stats_time = jiffies;

	/// 内核线程：与 init 同一会话和进程组，屏蔽所有信号；记下自己（kswapd_task），wakeup_kswapd() 据此认出 kswapd 自己的调用。
	me->session = 1;
	me->pgrp = 1;
	strcpy(me->comm, "kswapd");
	sigfillset(&me->blocked);
	kswapd_task = me;

	/* Reclaim's own allocations may use the reserves. */
	me->flags |= PF_MEMALLOC;

	for (;;) {
		/// 第一步：任一种短缺就做一轮回收。有进程在 kswapd_done 上等这一轮时 user 为真，refill_inactive() 只要一簇就返回，好让它们早点醒。
		if (inactive_shortage() || free_shortage())
			do_try_to_free_pages(GFP_KSWAPD,
					     waitqueue_active(&kswapd_done));

		/// 第二步：不论是否短缺，都在后台老化活跃队列的 1/64（oneshot 为 0：扫完这 1/64 才停）。
		/// 页面的寿命因此随时间衰减，真要回收时已经有现成的候选。
		refill_inactive_scan(6, 0);

		/// 第三步：每过一秒，让 memory_pressure 衰减 1/64（recalculate_vm_stats()）。
		if (time_after(jiffies, stats_time + HZ)) {
			stats_time = jiffies;
			recalculate_vm_stats();
		}
		kswapd_rounds++;

		/// 第四步：唤醒等这一轮的进程（wakeup_kswapd(1) 的调用者）。2.4.0 还在这里运行 tq_disk 启动积攒的磁盘请求；
		/// 本移植的 I/O 请求一进队列就开始，没有这一步。
		wake_up_all(&kswapd_done);

		/// 第五步：有一种短缺已经消除就睡，最多一秒（HZ 个时钟中断），时间到了自己醒来再查——这就是“定期”换出。
		/// 两种都还在就不睡、马上再来一轮；若内存确已耗尽（out_of_memory()：空闲页面极少、交换区也满了），先杀掉一个进程。
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
/// §2.8 唤醒 kswapd；block 为真时在 kswapd_done 上等它完成一轮。2.4.0: mm/vmscan.c wakeup_kswapd()。
/// 本移植：kswapd 尚未启动（引导自检期间）时不等待，否则无人唤醒。
void wakeup_kswapd(int block)
{
	DECLARE_WAITQUEUE(wait, current);

	if (current == kswapd_task)
		return;
	/* Port: before kswapd runs, nobody would wake a waiter. */
	if (block && !kswapd_task)
		return;

	/// 要等：先把自己挂到 kswapd_done 上、状态设为不可中断，再去唤醒 kswapd，然后 schedule()；kswapd 做完一轮 wake_up_all() 时才回来。
	/// 先挂上队列再唤醒，唤醒就不会在挂上之前发生而被错过。
	if (block) {
		__set_current_state(TASK_UNINTERRUPTIBLE);
		add_wait_queue(&kswapd_done, &wait);
	}
	/// kswapd 只在 kswapd_wait 上睡；它没在睡（正在回收）就不必唤醒。
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
/// §2.8 调用者自己回收（可以睡眠但不经 kswapd）。2.4.0: mm/vmscan.c try_to_free_pages()。
int try_to_free_pages(unsigned int gfp_mask)
{
	int got = 1;

	/// 只有能睡眠的调用者才自己回收（回收可能要等 I/O）。PF_MEMALLOC 让回收途中的分配可以动用储备，也不会再递归地回收。
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
/// §2.8 kreclaimd 内核线程：管理区低于 pages_min 时被 __alloc_pages 唤醒，把不活跃干净页面
/// 变成空闲页面直到回到 pages_low。2.4.0: mm/vmscan.c kreclaimd()。
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
		/// 平时睡着；__alloc_pages() 看到某个管理区的空闲页面低于 pages_min 时唤醒它。
		interruptible_sleep_on(&kreclaimd_wait);

		for (node = pgdat_list; node; node = node->node_next) {
			for (z = 0; z < MAX_NR_ZONES; z++) {
				zone_t *zone = node->node_zones + z;
				struct page *page;

				if (!zone->size)
					continue;
				/// 醒来后对每个管理区：只要空闲页面低于 pages_low，就从不活跃干净队列收回一页、释放成空闲页面。
				/// 这些页面本来就是干净的，不需要 I/O，所以很快；中断里不能等待的分配因此总能拿到页面。
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
/// §2.8 打印 “Starting kswapd v1.8”，按内存大小设 page_cluster，启动两个守护线程。
/// 2.4.0: mm/vmscan.c kswapd_init()（module_init 初始化调用）；本移植由 do_basic_setup 直接调用。
int __init kswapd_init(void)
{
	unsigned long share = CLONE_FS | CLONE_FILES | CLONE_SIGNAL;

	printk("Starting kswapd v1.8\n");
	/// 按内存大小设 page_cluster：换入时预读多少页、page_launder() 第二遍的写预算（MAX_LAUNDER）都由它决定。
	swap_setup();
	/// 两个内核线程与 init 共享文件系统信息、打开的文件和信号处理（CLONE_FS | CLONE_FILES | CLONE_SIGNAL），不必各复制一份。
	kernel_thread(kswapd, NULL, share);
	kernel_thread(kreclaimd, NULL, share);
	return 0;
}
