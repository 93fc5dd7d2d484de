// SPDX-License-Identifier: GPL-2.0-only
/*
 * Swap space bookkeeping: the table of swap areas, the use count of
 * every page-sized slot on them (swap_map), handing slots out and
 * taking them back; swapon (open the area, check its header, build
 * swap_map) and swapoff (bring every page back in, then forget the
 * area).
 * 情景分析 §2.6, §2.9.  Follows Linux 2.4.0 mm/swapfile.c.
 */
#include <linux/mm.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/vmalloc.h>
#include <linux/swap.h>
#include <linux/swapctl.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/sched.h>
#include <linux/capability.h>
#include <linux/pagemap.h>
#include <linux/smp_lock.h>
#include <asm/uaccess.h>
#include <asm/pgtable.h>

/// §2.6 swaplock 保护交换设备队列 swap_list 以及 nr_swap_pages；每个交换设备自己的 swap_map 另由 sdev_lock 保护。
/// 单 CPU 下两者都不花代价，但加锁的位置与 2.4.0 相同，读者可以据此看出哪些数据由哪把锁保护。
spinlock_t swaplock = SPIN_LOCK_UNLOCKED;
/// nr_swapfiles 是 swap_info[] 中曾经用到的最高下标加一（“高水位”），不是正在使用的设备个数：
/// swapoff 或失败的 swapon 留下的空位仍算在内，所以各处都要再看 flags 的 SWP_USED。
unsigned int nr_swapfiles;

/// 按优先级从高到低串起各交换设备的队列；head 是优先级最高的一个，next 是下一次分配从哪里开始。
/// 开机时没有任何交换设备，两者都是 -1。
struct swap_list_t swap_list = { -1, -1 };

/// 最多 8 个交换设备（MAX_SWAPFILES）；页面表项里的类型域有 6 位，但 2.4.0 只开了 8 个。
struct swap_info_struct swap_info[MAX_SWAPFILES];

/* Slots handed out in a row before looking for a fresh empty run. */
/// 一个“簇”内连续分配 256 个盘上页面，之后再去找新的整片空闲区：换出的页面在盘上挨在一起，磁头少来回跑。
#define SWAPFILE_CLUSTER 256

/*
 * Find a free slot on si and give it count users; 0 if there is none.
 * Caller holds swap_device_lock(si).
 */
/// §2.6 在一个交换设备上找一个空闲的盘上页面，把它的 swap_map 计数设为 count（通常是 1，
/// 表示只有一个页面表项或交换缓存页指着它），返回它在设备上的序号（位移）；0 表示没有（0 号是交换区头部，永不分配）。
/// 2.4.0: mm/swapfile.c scan_swap_map()
/// 调用者已持有这个设备的 sdev_lock。
static inline int scan_swap_map(struct swap_info_struct *si,
				unsigned short count)
{
	unsigned long slot, end, run;

	/* Keep going where the last slot was taken while the cluster lasts. */
	/// 第一步：当前簇的额度还没用完，就从上次分配处（cluster_next）往后顺序找，
	/// 途中遇到已用的盘上页面直接跳过（cluster_next 照样前进），找到空闲的就用掉一份额度。
	if (si->cluster_nr) {
		while (si->cluster_next <= si->highest_bit) {
			slot = si->cluster_next++;
			if (si->swap_map[slot] == 0) {
				si->cluster_nr--;
				goto take;
			}
		}
	}
	/// 第二步：额度用完（或往后已无空位），开一个新簇：重置额度，然后从 lowest_bit 起找连续 256 个全空闲的盘上页面，
	/// 不要求对齐；遇到已用的页面就从它后面重新数起。注意新簇的第一个页面不扣额度，所以一个簇实际能连续分配 257 个。
	si->cluster_nr = SWAPFILE_CLUSTER;

	/* A new cluster: the first run of SWAPFILE_CLUSTER free slots. */
	slot = si->lowest_bit;
	while (slot + SWAPFILE_CLUSTER - 1 <= si->highest_bit) {
		end = slot + SWAPFILE_CLUSTER;
		for (run = slot; run < end; run++)
			if (si->swap_map[run])
				break;
		if (run == end)
			goto take;
		slot = run + 1;
	}

	/// 第三步：没有这样一整片空闲区，就退而求其次，从 lowest_bit 到 highest_bit 找第一个空闲的。
	/* No such run: any free slot will do. */
	for (slot = si->lowest_bit; slot <= si->highest_bit; slot++)
		if (si->swap_map[slot] == 0)
			goto take;
	return 0;

/// lowest_bit/highest_bit 只是空闲页面所在范围的界限，不一定精确：这里只在拿走的正好是边界时把边界往里收一格，
/// 下一次扫描自会跳过已用的页面。全部用完时 lowest_bit 会超过 highest_bit，上面的循环就都不执行了。
take:
	if (slot == si->lowest_bit)
		si->lowest_bit++;
	if (slot == si->highest_bit)
		si->highest_bit--;
	/// 计数从 count 开始；nr_swap_pages 是全系统空闲盘上页面总数，这里减一。
	si->swap_map[slot] = count;
	nr_swap_pages--;
	si->cluster_next = slot + 1;
	return slot;
}

/*
 * A free slot with count users, from the first area of the highest
 * priority that has one; areas of equal priority take turns.  Entry 0
 * if swap is full.
 */
/// §2.6 分配一个盘上页面：按优先级从高到低试各个交换设备，同一优先级的几个设备轮流使用（分散 I/O），
/// 返回 swp_entry_t（设备类型 + 位移）；交换空间已满时返回 0。get_swap_page() 就是 __get_swap_page(1)。
/// 2.4.0: mm/swapfile.c __get_swap_page()
swp_entry_t __get_swap_page(unsigned short count)
{
	struct swap_info_struct *si;
	swp_entry_t entry;
	unsigned long slot;
	int type, after, wrapped = 0;

	entry.val = 0;
	/// 计数到 SWAP_MAP_MAX 就“卡死”不再变化，一开始就要这么大的计数没有道理，当作调用错误拒绝。
	if (count >= SWAP_MAP_MAX) {
		printk(KERN_ERR "get_swap_page: count %u too large\n", count);
		return entry;
	}
	swap_list_lock();
	type = swap_list.next;
	/// 没有交换设备，或者所有设备都满了：不必一个个去扫。
	if (type < 0 || nr_swap_pages == 0)
		goto out;
	for (;;) {
		si = swap_info + type;
		slot = 0;
		/// 只用可写的设备：正在 swapoff 的设备 flags 只剩 SWP_USED，不能再往上面分配。
		if ((si->flags & SWP_WRITEOK) == SWP_WRITEOK) {
			swap_device_lock(si);
			slot = scan_swap_map(si, count);
			swap_device_unlock(si);
		}
		if (slot) {
			entry = SWP_ENTRY(type, slot);
			/* Round robin within this priority. */
			/// 分配成功后决定下一次从哪里开始：队列中下一个设备若优先级相同，就轮到它（轮流使用）；
			/// 否则回到队首，即优先级最高的设备——高优先级设备一旦有了空位，总是先用它。
			after = si->next;
			if (after >= 0 && swap_info[after].prio == si->prio)
				swap_list.next = after;
			else
				swap_list.next = swap_list.head;
			break;
		}
		/// 这个设备没有空位，看队列中的下一个。同一优先级的都试过以后，回到队首再完整地走一遍（wrapped），
		/// 因为轮转起点可能在队列中间，前面还有没试过的设备；第二遍走到队尾还没有，就是真的满了。
		type = si->next;
		if (wrapped) {
			if (type < 0)
				break;	/* swap is full */
		} else if (type < 0 || swap_info[type].prio != si->prio) {
			/* This priority is full: once more from the top. */
			type = swap_list.head;
			wrapped = 1;
		}
	}
out:
	swap_list_unlock();
	return entry;
}

/*
 * Drop count users of the slot of entry; a slot nobody uses any more
 * is free again.  A saturated count (SWAP_MAP_MAX) is never lowered.
 */
/// §2.6 §2.9 释放一个盘上页面的 count 个引用（swap_free(entry) 即 count 为 1），计数减到 0 时这个盘上页面重新空闲。
/// 2.4.0: mm/swapfile.c __swap_free()
/// 各种非法的 entry 只打印错误信息，不改动任何数据。
void __swap_free(swp_entry_t entry, unsigned short count)
{
	struct swap_info_struct *si;
	unsigned long off;
	unsigned int type;
	unsigned short *users;

	/// 值为 0 的 entry 表示“没有”，静静地忽略：0 号盘上页面是交换区头部，不会出现在合法的 entry 里。
	if (!entry.val)
		return;
	type = SWP_TYPE(entry);
	if (type >= nr_swapfiles)
		goto no_area;
	si = &swap_info[type];
	/// type 在 nr_swapfiles 之内但这个位置已空（设备已经 swapoff 或 swapon 失败）。
	if (!(si->flags & SWP_USED))
		goto no_device;
	off = SWP_OFFSET(entry);
	if (off >= si->max)
		goto past_end;
	users = &si->swap_map[off];
	if (*users == 0)
		goto not_used;

	swap_list_lock();
	/// 若被释放页面所在设备的优先级高于 swap_list.next 所指的设备，就让下一次分配从它开始，
	/// 这样高优先级设备一有空位就先用它。
	/// 与 2.4.0 的差异：队列里没有设备时 swap_list.next 为 -1，2.4.0 会读 swap_info[-1]（数组之外）；
	/// 这里先判断 next 是否有效（只在最后一个设备 swapoff 的过程中才会出现）。见 Documentation/deviations.md。
	/* Port: 2.4.0 reads swap_info[-1] when no area is on the list. */
	if (swap_list.next >= 0 && si->prio > swap_info[swap_list.next].prio)
		swap_list.next = type;
	swap_device_lock(si);
	/// 计数已经饱和（SWAP_MAP_MAX）的盘上页面不再减：谁也不知道真正的引用数了，只能一直占着直到 swapoff。
	/// 坏页面的值 SWAP_MAP_BAD 也大于 SWAP_MAP_MAX，同样不动。
	if (*users < SWAP_MAP_MAX) {
		if (*users < count)
			goto too_many;
		*users -= count;
		/// 空闲了：把它重新纳入 lowest_bit..highest_bit 范围，空闲总数加一。
		if (!*users) {
			/* Free again: the bounds must take it in. */
			if (si->lowest_bit > off)
				si->lowest_bit = off;
			if (si->highest_bit < off)
				si->highest_bit = off;
			nr_swap_pages++;
		}
	}
	swap_device_unlock(si);
	swap_list_unlock();
	return;

/// 要释放的引用比现有的还多：说明调用者的账记错了，不动计数，只报告。
too_many:
	swap_device_unlock(si);
	swap_list_unlock();
	printk(KERN_ERR "swap_free: entry %08lx has %u users, not %u\n",
	       entry.val, *users, count);
	return;
no_area:
	printk(KERN_ERR "swap_free: no swap area for entry %08lx\n",
	       entry.val);
	return;
no_device:
	printk(KERN_ERR "swap_free: entry %08lx on an unused area\n",
	       entry.val);
	return;
past_end:
	printk(KERN_ERR "swap_free: entry %08lx past the area's end\n",
	       entry.val);
	return;
not_used:
	printk(KERN_ERR "swap_free: entry %08lx already free\n", entry.val);
}

/*
 * swapoff's walk, pte level: a pte naming entry gets page instead
 * (dirty: the slot is about to go, so the page is the only copy), with
 * the pte's slot reference traded for a page reference.  A pte already
 * mapping page (a swap-cache page) only becomes dirty.
 */
/// §2.9 swapoff 逐个页面表项检查：指向盘上页面 entry 的页面表项改为指向内存页面 page，并标为脏（盘上页面马上就不存在了，内存页面是唯一的副本）；页面表项对盘上页面的引用换成对内存页面的引用，进程的 rss 加一。
/// 2.4.0: mm/swapfile.c unuse_pte()
/// 已经映射着这个交换缓存页面的页面表项也要标脏：页面即将离开交换缓存，只有脏的页面才会在日后被重新换出写盘。
static inline void unuse_pte(struct vm_area_struct *vma, unsigned long address,
			     pte_t *dir, swp_entry_t entry, struct page *page)
{
	pte_t old = *dir;

	if (pte_none(old))
		return;
	if (pte_present(old)) {
		if (pte_page(old) == page)
			set_pte(dir, pte_mkdirty(old));
		return;
	}
	if (pte_to_swp_entry(old).val != entry.val)
		return;
	set_pte(dir, pte_mkdirty(mk_pte(page, vma->vm_page_prot)));
	swap_free(entry);
	get_page(page);
	vma->vm_mm->rss++;
}

/* The ptes of one page table from address for size bytes. */
/// §2.9 一个页面表（中间目录项指向的那一页）里落在范围内的页面表项逐个交给 unuse_pte。offset 是这个页面表之前的地址部分，两者相加得到用户空间地址。
/// 2.4.0: mm/swapfile.c unuse_pmd()
static inline void unuse_pmd(struct vm_area_struct *vma, pmd_t *pmdp,
			     unsigned long address, unsigned long size,
			     unsigned long offset, swp_entry_t entry,
			     struct page *page)
{
	unsigned long from, to;
	pte_t *slotp;

	/* pmd_bad() is true of an empty entry too: report only the others. */
	if (pmd_none(*pmdp) || pmd_bad(*pmdp)) {
		if (!pmd_none(*pmdp)) {
			pmd_ERROR(*pmdp);
			pmd_clear(pmdp);
		}
		return;
	}
	slotp = pte_offset(pmdp, address);
	/* offset + from is the user address of *slotp. */
	offset += address & PMD_MASK;
	from = address & ~PMD_MASK;
	to = from + size < PMD_SIZE ? from + size : PMD_SIZE;
	for (; from < to; from += PAGE_SIZE, slotp++)
		unuse_pte(vma, offset + from, slotp, entry, page);
}

/* The page tables under one pgd slot. */
/// §2.9 一个页面目录项之下（i386 两级映射时中间目录折叠为一项）的各个页面表。
/// 2.4.0: mm/swapfile.c unuse_pgd()
static inline void unuse_pgd(struct vm_area_struct *vma, pgd_t *pgdp,
			     unsigned long address, unsigned long size,
			     swp_entry_t entry, struct page *page)
{
	unsigned long base, from, to;
	pmd_t *pmdp;

	if (pgd_none(*pgdp) || pgd_bad(*pgdp)) {
		if (!pgd_none(*pgdp)) {
			pgd_ERROR(*pgdp);
			pgd_clear(pgdp);
		}
		return;
	}
	pmdp = pmd_offset(pgdp, address);
	base = address & PGDIR_MASK;
	from = address & ~PGDIR_MASK;
	to = from + size < PGDIR_SIZE ? from + size : PGDIR_SIZE;
	if (from >= to)
		BUG();
	while (from < to) {
		unuse_pmd(vma, pmdp++, from, to - from, base, entry, page);
		from = (from + PMD_SIZE) & PMD_MASK;
	}
}

/* Every pte of one area. */
/// §2.9 一个虚存区间覆盖的全部页面表项，按页面目录项一段一段地走。
/// 2.4.0: mm/swapfile.c unuse_vma()
static void unuse_vma(struct vm_area_struct *vma, pgd_t *pgdir,
		      swp_entry_t entry, struct page *page)
{
	unsigned long at = vma->vm_start, stop = vma->vm_end;

	if (at >= stop)
		BUG();
	while (at && at < stop) {
		unuse_pgd(vma, pgdir++, at, stop - at, entry, page);
		at = (at + PGDIR_SIZE) & PGDIR_MASK;
	}
}

/* Every area of one address space, under its page_table_lock. */
/// §2.9 一个进程的全部虚存区间；持有 page_table_lock，防止 kswapd 同时改动页面表。
/// 2.4.0: mm/swapfile.c unuse_process()
static void unuse_process(struct mm_struct *mm, swp_entry_t entry,
			  struct page *page)
{
	struct vm_area_struct *vma;

	/* A kernel thread: nothing mapped. */
	if (!mm)
		return;
	spin_lock(&mm->page_table_lock);
	for (vma = mm->mmap; vma; vma = vma->vm_next)
		unuse_vma(vma, pgd_offset(mm, vma->vm_start), entry, page);
	spin_unlock(&mm->page_table_lock);
}

/*
 * Empty area type (already off swap_list, so no slot of it is handed
 * out again): for each slot in use, read it into the swap cache, give
 * its page to every pte naming it, then take it out of the swap cache.
 * A count left over (saturated at SWAP_MAP_MAX, the users unknown) is
 * forced to 0.  0, or -ENOMEM if a slot could not be read in.
 */
/// §2.9 swapoff 的主体：把交换设备 type 上所有在用的盘上页面读回内存，交给每一个指向它的页面表项，再把它从交换缓存删除，最后这个设备上不再有任何在用的盘上页面。
/// 2.4.0: mm/swapfile.c try_to_unuse()
/// 调用前设备已从 swap_list 摘下、不再是 SWP_WRITEOK，不会再分配出新的盘上页面，所以从头到尾扫一遍就够了（2.4.0 每处理一个页面都从头再找一遍，结果相同，只是更慢）。
static int try_to_unuse(unsigned int type)
{
	struct swap_info_struct *si = &swap_info[type];
	struct task_struct *tsk;
	struct page *page;
	swp_entry_t entry;
	unsigned long slot;

	/* No slot can become used again: one pass is enough. */
	for (slot = 1; slot < si->max; slot++) {
		if (si->swap_map[slot] == 0 ||
		    si->swap_map[slot] == SWAP_MAP_BAD)
			continue;
		entry = SWP_ENTRY(type, slot);
		/// 同步读入（经交换缓存，若已在交换缓存中就不必读盘）；读不进来时若盘上页面在此期间已被释放，就跳过，否则只能失败返回 -ENOMEM，由 sys_swapoff 把设备放回队列。
		page = read_swap_cache(entry);
		if (!page) {
			/* Freed while we slept in the read: nothing to do. */
			if (si->swap_map[slot] == 0)
				continue;
			return -ENOMEM;
		}

		read_lock(&tasklist_lock);
		/// 逐个进程替换页面表项：父子进程 fork 后共享同一个盘上页面时，它们都会指向同一个内存页面（写时再各自复制）。
		for_each_task(tsk)
			unuse_process(tsk->mm, entry, page);
		read_unlock(&tasklist_lock);
		/* A shm object's page goes back into its page cache. */
		/// shm 对象的页面不在任何页面表项里，而是记在它的索引节点的槽位里：shmem_unuse 找到那个槽位，
		/// 把页面从交换缓存挪回对象的页面缓存、释放槽位的那份计数。之后 PageSwapCache 为假，下面就不再删除。
		shmem_unuse(entry, page);

		/* The ptes hold the page now; the swap cache lets go. */
		if (PageSwapCache(page))
			delete_from_swap_cache(page);
		page_cache_release(page);

		/// 计数还不是 0：要么是饱和的计数（SWAP_MAP_MAX，谁还在用已无从得知），要么账目有误（打印出来）；都强行清零，空闲盘上页面数加一，与 swapoff 随后减去的 pages 对得上。
		if (si->swap_map[slot]) {
			if (si->swap_map[slot] != SWAP_MAP_MAX)
				printk(KERN_ERR "try_to_unuse: slot %lu of area "
				       "%u still has %u users\n", slot, type,
				       si->swap_map[slot]);
			si->swap_map[slot] = 0;
			nr_swap_pages++;
		}
	}
	return 0;
}

/*
 * swapoff(2): take the area named by specialfile out of use.  Every
 * page on it is read back in first; if that fails the area is put back
 * as it was.  -EPERM without CAP_SYS_ADMIN, the lookup's error, -EINVAL
 * if the area is not in use, -ENOMEM from try_to_unuse.
 */
/// §2.9 系统调用 swapoff(2)：停止使用一个交换设备或交换文件。先把它从 swap_list 摘下、从 nr_swap_pages 中减去，再经 try_to_unuse 把上面的页面全部读回内存；失败就原样放回。
/// 2.4.0: mm/swapfile.c sys_swapoff()
/// 错误码同 2.4.0：没有 CAP_SYS_ADMIN 为 -EPERM，路径不存在为 -ENOENT，不是正在使用的交换设备为 -EINVAL。
asmlinkage long sys_swapoff(const char *specialfile)
{
	struct swap_info_struct *si = NULL;
	struct nameidata nd;
	struct block_device_operations *bdops;
	unsigned short *old_map;
	int type, before, at, err;

	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;

	lock_kernel();
	err = user_path_walk(specialfile, &nd);
	if (err)
		goto out;

	/* Find it on swap_list, remembering the one before it. */
	before = -1;
	swap_list_lock();
	for (type = swap_list.head; type >= 0; type = swap_info[type].next) {
		si = swap_info + type;
		if ((si->flags & SWP_WRITEOK) == SWP_WRITEOK) {
			/// swapon 对块设备和普通文件都记下了目录项 swap_file，所以按目录项比较就能认出同一个设备。
			if (si->swap_file == nd.dentry)
				break;
			if (!si->swap_file &&
			    S_ISBLK(nd.dentry->d_inode->i_mode) &&
			    si->swap_device == nd.dentry->d_inode->i_rdev)
				break;
		}
		before = type;
	}
	err = -EINVAL;
	if (type < 0) {
		swap_list_unlock();
		goto out_dput;
	}
	if (before < 0)
		swap_list.head = si->next;
	else
		swap_info[before].next = si->next;
	if (type == swap_list.next)
		swap_list.next = swap_list.head;
	nr_swap_pages -= si->pages;
	swap_list_unlock();
	/// 先标记 SWP_USED 占住这个位置（但还不能分配），max 先设为 1，next 为 -1（还不在队列里）；读交换区头部时 get_swaphandle_info 要看到一个“在用”的设备。
	si->flags = SWP_USED;

	/// 只剩 SWP_USED：不再分配，但 swap_info 中这个位置仍被占着，swapon 不会拿走它。
	err = try_to_unuse(type);
	if (err) {
		/* Back in, in front of the first of no higher priority. */
		swap_list_lock();
		before = -1;
		for (at = swap_list.head; at >= 0; at = swap_info[at].next) {
			if (si->prio >= swap_info[at].prio)
				break;
			before = at;
		}
		si->next = at;
		if (before < 0)
			swap_list.head = swap_list.next = type;
		else
			swap_info[before].next = type;
		nr_swap_pages += si->pages;
		swap_list_unlock();
		si->flags = SWP_WRITEOK;
		goto out_dput;
	}

	if (si->swap_device) {
		bdops = get_blkfops(MAJOR(si->swap_device));
		if (bdops && bdops->release)
			bdops->release(si->swap_file->d_inode, NULL);
	}
	/* Our lookup's reference goes below; this drops swapon's. */
	path_release(&nd);
	nd.dentry = si->swap_file;
	nd.mnt = si->swap_vfsmnt;

	swap_list_lock();
	si->swap_file = NULL;
	si->swap_vfsmnt = NULL;
	si->swap_device = 0;
	old_map = si->swap_map;
	si->swap_map = NULL;
	si->flags = 0;
	swap_list_unlock();
	vfree(old_map);
	err = 0;

out_dput:
	path_release(&nd);
out:
	unlock_kernel();
	return err;
}

/// 不指定优先级的 swapon 依次得到 -1、-2……，先启用的设备优先级更高。2.4.0 中它是 sys_swapon 里的静态变量；
/// 本移植放到文件一级，主机单元测试在两次测试之间可以把它清零（见 deviations.md）。
/* Priorities given to areas swapped on without one: -1, -2, ... */
static int least_priority;

/*
 * swapon(2): start swapping to specialfile, a block device or a regular
 * file holding a swap area.  Its page 0 is read and checked, swap_map
 * is built from it, and the area joins swap_list by priority (the low
 * 15 bits of swap_flags with SWAP_FLAG_PREFER, else -1, -2, ... in
 * order of swapon).  -EPERM without CAP_SYS_ADMIN or with all
 * MAX_SWAPFILES areas in use; the lookup's error (-ENOENT); -EBUSY if
 * it is in use already; -EINVAL if it is neither a block device nor a
 * regular file, or its header is not a good one; -ENOMEM.
 */
/// §2.6 系统调用 swapon(2)：启用一个交换设备或交换文件。步骤与 2.4.0 相同：占 swap_info[] 的一个位置、定优先级，查找路径，打开块设备（或确认是普通文件），读第 0 页，检查签名，按头部建立 swap_map，计入 nr_swap_pages 并按优先级插入 swap_list。
/// 2.4.0: mm/swapfile.c sys_swapon()
/// 错误码同 2.4.0：-EPERM（没有 CAP_SYS_ADMIN，或 8 个位置都已占用）、-ENOENT（路径不存在）、-EBUSY（已经在用）、-EINVAL（既不是块设备也不是普通文件，或头部不对）、-ENOMEM。
asmlinkage long sys_swapon(const char *specialfile, int swap_flags)
{
	struct swap_info_struct *si;
	struct nameidata nd;
	struct inode *node;
	struct block_device_operations *bdops;
	union swap_header *header = NULL;
	int *sizes;
	unsigned long i, bad, limit, swapfilesize;
	unsigned int type;
	int version, good, prev, at, error;

	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	lock_kernel();

	/* The first unused entry of swap_info. */
	for (type = 0; type < nr_swapfiles; type++)
		if (!(swap_info[type].flags & SWP_USED))
			break;
	/// 8 个位置都被占用：返回 -EPERM（2.4.0 用的就是这个错误码）。
	if (type >= MAX_SWAPFILES) {
		error = -EPERM;
		goto out;
	}
	if (nr_swapfiles < type + 1)
		nr_swapfiles = type + 1;	/* a new high-water mark */
	si = swap_info + type;
	si->swap_file = NULL;
	si->swap_vfsmnt = NULL;
	si->swap_device = 0;
	si->swap_map = NULL;
	si->lowest_bit = 0;
	si->highest_bit = 0;
	si->cluster_nr = 0;
	si->cluster_next = 1;
	si->sdev_lock = SPIN_LOCK_UNLOCKED;
	si->max = 1;
	si->next = -1;
	si->flags = SWP_USED;
	/// 调用者指定优先级（SWAP_FLAG_PREFER 位）时取低 15 位，否则用递减的负数。
	if (swap_flags & SWAP_FLAG_PREFER)
		si->prio = (swap_flags & SWAP_FLAG_PRIO_MASK) >>
			   SWAP_FLAG_PRIO_SHIFT;
	else
		si->prio = --least_priority;

	error = user_path_walk(specialfile, &nd);
	if (error)
		goto bad_swap_2;
	si->swap_file = nd.dentry;
	si->swap_vfsmnt = nd.mnt;
	node = nd.dentry->d_inode;

	error = -EINVAL;
	/// 块设备：经驱动的 open 打开它（2.4.0 用 blkdev_get，本移植没有 struct block_device，直接调驱动的 open）；同一个设备已经在用就是 -EBUSY；设备大小从 blk_size（KB）换算成页面数。
	if (S_ISBLK(node->i_mode)) {
		kdev_t dev = node->i_rdev;

		error = -ENODEV;
		bdops = get_blkfops(MAJOR(dev));
		if (!bdops)
			goto bad_swap;
		if (bdops->open) {
			error = bdops->open(node, NULL);
			if (error)
				goto bad_swap;
		}
		si->swap_device = dev;
		/* No such disk, or one of size 0. */
		sizes = blk_size[MAJOR(dev)];
		error = -ENODEV;
		if (!dev || (sizes && sizes[MINOR(dev)] == 0))
			goto bad_swap;
		error = -EBUSY;
		for (i = 0; i < nr_swapfiles; i++)
			if (i != type && dev == swap_info[i].swap_device)
				goto bad_swap;
		/* blk_size is in KB. */
		swapfilesize = sizes ?
			sizes[MINOR(dev)] >> (PAGE_SHIFT - 10) : 0;
	/// 普通文件：同一个文件已经在用就是 -EBUSY；大小取文件长度。
	} else if (S_ISREG(node->i_mode)) {
		error = -EBUSY;
		for (i = 0; i < nr_swapfiles; i++) {
			struct dentry *other = swap_info[i].swap_file;

			if (i != type && other && other->d_inode == node)
				goto bad_swap;
		}
		swapfilesize = node->i_size >> PAGE_SHIFT;
	} else {
		goto bad_swap;
	}

	header = (void *) __get_free_page(GFP_USER);
	if (!header) {
		printk("Unable to start swapping: out of memory :-)\n");
		error = -ENOMEM;
		goto bad_swap;
	}
	/// 读第 0 页：交换区头部。rw_swap_page_nolock 要求页面已上锁，同步读完时页面已解锁。
	lock_page(virt_to_page(header));
	rw_swap_page_nolock(READ, SWP_ENTRY(type, 0), (char *) header, 1);

	/* Port: a page the read never reached holds no signature. */
	/// 与 2.4.0 的差异：读操作没能发出（例如交换文件没有 bmap，本移植 initrd 中的文件都是这样）时，页面里是分配来时的旧内容，2.4.0 照样去比较签名——若这个页面上次恰好装过一个交换区头部，就会把一个根本没读的文件当成交换区。这里把没读到的页面当作没有签名，错误码仍是 -EINVAL。
	/// 签名在第 0 页的最后 10 个字节。“SWAP-SPACE”是旧格式（2.4.0 内部称版本 1），“SWAPSPACE2”是新格式（版本 2），util-linux 的 mkswap 只写新格式。
	if (!Page_Uptodate(virt_to_page(header)))
		version = 0;
	else if (!memcmp("SWAP-SPACE", header->magic.magic, 10))
		version = 1;
	else if (!memcmp("SWAPSPACE2", header->magic.magic, 10))
		version = 2;
	else
		version = 0;
	if (!version) {
		printk("Unable to find swap-space signature\n");
		error = -EINVAL;
		goto bad_swap;
	}

	if (version == 1) {
		/* A bitmap: bit i set means slot i is good.  Not the magic. */
		/// 旧格式：整个页面是一张位图，第 i 位为 1 表示第 i 个盘上页面可用。先把签名的 10 个字节清零，免得签名的各位被当成可用页面。最大的可用位决定 max。
		memset(header->magic.magic, 0, 10);
		good = 0;
		for (i = 1; i < 8 * PAGE_SIZE; i++) {
			if (!test_bit(i, (void *) header))
				continue;
			if (!si->lowest_bit)
				si->lowest_bit = i;
			si->highest_bit = i;
			si->max = i + 1;
			good++;
		}
	} else {
		/* Slots 1 .. last_page-1 less the bad ones; never last_page. */
		/// 新格式：头部 info 部分给出 last_page 和坏页面表。可用的是 1 到 last_page-1，last_page 本身（交换区的最后一页）从不使用：32 MiB 的交换区 mkswap 写 last_page = 8191，可用 8190 页，正是 2.4.0 打印的 “Adding Swap: 32760k swap-space”。
		if (header->info.version != 1) {
			printk(KERN_WARNING
			       "Unable to handle swap header version %d\n",
			       header->info.version);
			error = -EINVAL;
			goto bad_swap;
		}
		/* Port: 2.4.0 goes on to vmalloc(0), which BUGs. */
		/// 与 2.4.0 的差异：last_page 为 0 时 2.4.0 会 vmalloc(0) 而触发 BUG()；这里按空交换区处理，返回 -EINVAL。
		if (!header->info.last_page) {
			printk(KERN_WARNING "Empty swap-file\n");
			error = -EINVAL;
			goto bad_swap;
		}
		/* No further than the largest offset a swap pte holds. */
		/// 页面表项中位移只有 24 位（第 8-31 位），再大的盘上页面无法表示；max 最多取到 2^24-2。
		limit = SWP_OFFSET(SWP_ENTRY(0, ~0UL));
		si->lowest_bit = 1;
		si->max = header->info.last_page < limit ?
			  header->info.last_page : limit - 1;
		/* Port: 2.4.0 takes last_page - 1 even when max was cut. */
		/// 与 2.4.0 的差异：2.4.0 的 highest_bit 总是 last_page-1，max 被截短时会超出 swap_map。这里按截短后的 max 计算（需要 64 GiB 以上的交换区才会遇到）。
		si->highest_bit = si->max - 1;
		error = -EINVAL;
		if (header->info.nr_badpages > MAX_SWAP_BADPAGES)
			goto bad_swap;
		good = si->max - 1;
	}

	/* Port: checked before the vmalloc, not after the map is built. */
	error = -EINVAL;
	/// 头部声称的大小不能超过设备或文件的实际大小。与 2.4.0 的差异：2.4.0 在建好 swap_map 之后才检查，这里提前到 vmalloc 之前；错误码和信息相同。
	if (swapfilesize && si->max > swapfilesize) {
		printk(KERN_WARNING "Swap area shorter than signature "
		       "indicates\n");
		goto bad_swap;
	}
	/// swap_map 每个盘上页面一个 unsigned short 计数，32 MiB 的交换区只要 16 KB，但大交换区可达数 MB，所以用 vmalloc。
	si->swap_map = vmalloc(si->max * sizeof(short));
	error = -ENOMEM;
	if (!si->swap_map)
		goto bad_swap;

	error = -EINVAL;
	if (version == 1) {
		for (i = 1; i < si->max; i++)
			si->swap_map[i] = test_bit(i, (void *) header) ?
					 0 : SWAP_MAP_BAD;
	} else {
		memset(si->swap_map, 0, si->max * sizeof(short));
		for (i = 0; i < header->info.nr_badpages; i++) {
			bad = header->info.badpages[i];
			/// 坏页面号为 0（头部）或不小于 last_page 都说明头部损坏，返回 -EINVAL。
			if (bad == 0 || bad >= header->info.last_page)
				goto bad_swap;
			/* Port: past a cut max there is no slot to mark. */
			if (bad >= si->max)
				continue;
			si->swap_map[bad] = SWAP_MAP_BAD;
			good--;
		}
	}
	if (!good) {
		printk(KERN_WARNING "Empty swap-file\n");
		goto bad_swap;
	}
	/* Slot 0 is the header itself. */
	/// 0 号页面是交换区头部，永远标为坏页面；所以值为 0 的 swp_entry_t 不会指向任何合法的盘上页面。
	si->swap_map[0] = SWAP_MAP_BAD;
	si->pages = good;
	si->flags = SWP_WRITEOK;

	swap_list_lock();
	/// 设备启用：计入全系统空闲盘上页面数，打印 2.4.0 的那一行信息（以 KB 为单位）。
	nr_swap_pages += si->pages;
	printk(KERN_INFO "Adding Swap: %dk swap-space (priority %d)\n",
	       good << (PAGE_SHIFT - 10), si->prio);
	/* In front of the first area of the same or a lower priority. */
	prev = -1;
	/// 按优先级从高到低插入队列；与已有设备优先级相同时插在它们前面。插在队首时 swap_list.next 也指向它，新设备（优先级最高）立刻就开始被使用。
	for (at = swap_list.head; at >= 0; at = swap_info[at].next) {
		if (si->prio >= swap_info[at].prio)
			break;
		prev = at;
	}
	si->next = at;
	if (prev < 0)
		swap_list.head = swap_list.next = type;
	else
		swap_info[prev].next = type;
	swap_list_unlock();
	error = 0;
	goto out;

/// 出错路径：先关掉已打开的块设备、放掉路径的引用；bad_swap_2 再把 swap_info[] 的位置还回去、释放 swap_map。
bad_swap:
	if (si->swap_device) {
		bdops = get_blkfops(MAJOR(si->swap_device));
		if (bdops && bdops->release)
			bdops->release(node, NULL);
	}
	path_release(&nd);
bad_swap_2:
	swap_list_lock();
	vfree(si->swap_map);
	si->swap_map = NULL;
	si->swap_file = NULL;
	si->swap_vfsmnt = NULL;
	si->swap_device = 0;
	si->flags = 0;
	/// 没有指定优先级的失败尝试把用掉的负优先级还回去，下一个设备仍从同一个数开始。
	if (!(swap_flags & SWAP_FLAG_PREFER))
		++least_priority;
	swap_list_unlock();
out:
	if (header)
		free_page((unsigned long) header);
	unlock_kernel();
	return error;
}

/*
 * One more user of the slot of entry (a fork copying a swap pte, the
 * swap cache).  Returns 1, or 0 if the entry names no slot in use.
 */
/// §2.9 给一个盘上页面多加一个引用：fork 时 copy_page_range 复制一个指向盘上页面的页面表项，
/// 或者交换缓存（read_swap_cache_async）要占一份，都要调用它。成功返回 1，entry 无效返回 0。
/// 2.4.0: mm/swapfile.c swap_duplicate()
int swap_duplicate(swp_entry_t entry)
{
	struct swap_info_struct *si;
	unsigned long offset;
	unsigned int type;
	static int overflows;

	if (!entry.val)
		return 0;
	type = SWP_TYPE(entry);
	if (type >= nr_swapfiles) {
		printk(KERN_ERR "swap_dup: no swap area for entry %08lx\n",
		       entry.val);
		return 0;
	}
	si = &swap_info[type];
	offset = SWP_OFFSET(entry);
	/// 越过设备末尾的位移不打印信息，只是失败。
	if (offset >= si->max)
		return 0;
	if (!si->swap_map[offset]) {
		printk(KERN_ERR "swap_dup: entry %08lx not in use\n",
		       entry.val);
		return 0;
	}
	swap_device_lock(si);
	/// 计数最多到 SWAP_MAP_MAX（0x7fff），再加就饱和：此后这个盘上页面永远不会被释放（直到 swapoff），
	/// 宁可浪费一个页面，也不能让计数回绕成 0 而被错误地再分配出去。只在前 5 次饱和时打印警告，免得刷屏。
	if (si->swap_map[offset] < SWAP_MAP_MAX) {
		si->swap_map[offset]++;
	} else {
		/* From here on the slot stays in use until swapoff. */
		if (overflows++ < 5)
			printk(KERN_WARNING "VM: swap entry overflow\n");
		si->swap_map[offset] = SWAP_MAP_MAX;
	}
	swap_device_unlock(si);
	return 1;
}

/*
 * The swap_map count of the slot a swap-cache page stands for (its
 * index is the entry); 0 after a complaint if the entry is not valid.
 */
/// §2.6 一个交换缓存页面所对应盘上页面的引用计数。交换缓存页面的 index 就是它的 swp_entry_t 值。
/// 2.4.0: mm/swapfile.c swap_count()
/// is_page_shared() 用它判断页面是否被多处共享（计数减去交换缓存自己的一份）。
int swap_count(struct page *page)
{
	struct swap_info_struct *si;
	unsigned long offset;
	unsigned int type;
	swp_entry_t entry;

	entry.val = page->index;
	if (!entry.val) {
		printk(KERN_ERR "swap_count: page has no swap entry\n");
		return 0;
	}
	type = SWP_TYPE(entry);
	if (type >= nr_swapfiles) {
		printk(KERN_ERR "swap_count: no swap area for entry %08lx\n",
		       entry.val);
		return 0;
	}
	si = &swap_info[type];
	offset = SWP_OFFSET(entry);
	if (offset >= si->max) {
		printk(KERN_ERR "swap_count: entry %08lx past the area's end\n",
		       entry.val);
		return 0;
	}
	if (!si->swap_map[offset]) {
		printk(KERN_ERR "swap_count: entry %08lx not in use\n",
		       entry.val);
		return 0;
	}
	return si->swap_map[offset];
}

/*
 * Swap totals for sysinfo(2), in pages: slots free, and slots free or
 * in use (bad slots are neither), over the areas open for writing.
 */
/// §2.6 sysinfo(2) 的交换空间部分：空闲的盘上页面数和总数（页面为单位），坏页面不计。
/// 2.4.0: mm/swapfile.c si_swapinfo()
/// 只统计可写（SWP_WRITEOK）的设备：正在 swapoff 的设备的页面已经从 nr_swap_pages 中减去，这里也不算，两者一致。
void si_swapinfo(struct sysinfo *val)
{
	unsigned long nfree = 0, nused = 0, slot;
	struct swap_info_struct *si;
	unsigned int i;

	for (i = 0; i < nr_swapfiles; i++) {
		si = &swap_info[i];
		if ((si->flags & SWP_WRITEOK) != SWP_WRITEOK)
			continue;
		for (slot = 0; slot < si->max; slot++) {
			if (si->swap_map[slot] == SWAP_MAP_BAD)
				continue;
			if (si->swap_map[slot] == 0)
				nfree++;
			else
				nused++;
		}
	}
	val->freeswap = nfree;
	val->totalswap = nfree + nused;
}

/*
 * Where the slot of entry is: its offset, and the device it is a block
 * of or the swap file it is a page of (*dev and *swapf are left alone
 * if the entry is bad, with a complaint).  swapon reads the header of
 * an area before it has a swap_map.
 */
/// §2.9 由交换项找出盘上页面在哪里：在设备上的位移，以及所在的交换设备（块设备号）或交换文件（inode）。交换项无效时打印出错信息，*dev 和 *swapf 保持不变，调用者据此不发起 I/O。
/// 2.4.0: mm/swapfile.c get_swaphandle_info()
/// swapon 读交换区头部时还没有 swap_map，所以只在 swap_map 存在时才检查该盘上页面是否在用。
void get_swaphandle_info(swp_entry_t entry, unsigned long *offset,
			 kdev_t *dev, struct inode **swapf)
{
	struct swap_info_struct *si;
	unsigned long type = SWP_TYPE(entry);

	if (type >= nr_swapfiles) {
		printk(KERN_ERR "rw_swap_page: no swap area %lu\n", type);
		return;
	}
	si = &swap_info[type];
	*offset = SWP_OFFSET(entry);
	if (*offset >= si->max) {
		printk(KERN_ERR "rw_swap_page: offset %lu past the area\n",
		       *offset);
		return;
	}
	if (si->swap_map && !si->swap_map[*offset]) {
		printk(KERN_ERR "VM: swap entry %08lx is not in use\n",
		       entry.val);
		return;
	}
	if (!(si->flags & SWP_USED)) {
		printk(KERN_ERR "rw_swap_page: swap area %lu is not in use\n",
		       type);
		return;
	}
	if (si->swap_device)
		*dev = si->swap_device;
	else if (si->swap_file)
		*swapf = si->swap_file->d_inode;
	else
		printk(KERN_ERR "rw_swap_page: area %lu has no file or device\n",
		       type);
}

/*
 * The read-ahead window of swapin_readahead around entry: from its
 * offset rounded down to 2^page_cluster, the slots in use up to the
 * first free or bad one or the area's end, at most 2^page_cluster.
 * Each gets an extra user (the caller drops it); returns how many,
 * the first in *offset.
 */
/// §2.9 预读窗口：swapin_readahead 换入一个页面时顺便把盘上相邻的几个页面也读进来。
/// 窗口从 entry 的位移向下对齐到 2^page_cluster 开始，最多 2^page_cluster 个，遇到空闲页面、坏页面或设备末尾就停。
/// 2.4.0: mm/swapfile.c valid_swaphandles()
int valid_swaphandles(swp_entry_t entry, unsigned long *offset)
{
	struct swap_info_struct *si = &swap_info[SWP_TYPE(entry)];
	unsigned long slot, window = 1UL << page_cluster;
	int n = 0;

	slot = SWP_OFFSET(entry) & ~(window - 1);
	*offset = slot;
	swap_device_lock(si);
	/// 窗口中每个盘上页面都先加一个引用，保证预读期间它不会被释放、被另作他用；预读发出后由调用者逐个 swap_free。
	/// 注意对齐后的起点可能是 0 号页面（交换区头部，标为坏页面），这时第一个窗口什么也不读，2.4.0 就是这样。
	while (n < window) {
		if (slot >= si->max)
			break;
		if (si->swap_map[slot] == 0 || si->swap_map[slot] == SWAP_MAP_BAD)
			break;
		/// 与 swap_duplicate 一样，饱和的计数保持不变（直接加一会变成 0x8000，即 SWAP_MAP_BAD）。见 deviations.md。
		/* Port: a saturated count stays, as in swap_duplicate. */
		if (si->swap_map[slot] < SWAP_MAP_MAX)
			si->swap_map[slot]++;
		slot++;
		n++;
	}
	swap_device_unlock(si);
	return n;
}
