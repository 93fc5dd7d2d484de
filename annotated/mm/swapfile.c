// SPDX-License-Identifier: GPL-2.0-only
/*
 * Swap space bookkeeping: the table of swap areas, the use count of
 * every page-sized slot on them (swap_map), handing slots out and
 * taking them back, and the checks swapon makes of an area's header.
 * Opening the device, reading its first page, swapoff and try_to_unuse
 * come with the block path and the swap cache.
 * 情景分析 §2.6, §2.9.  Follows Linux 2.4.0 mm/swapfile.c.
 */
#include <linux/mm.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/vmalloc.h>
#include <linux/swap.h>
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
/// 表示只有一个页表项或交换缓存页指着它），返回它在设备上的序号（位移）；0 表示没有（0 号是交换区头部，永不分配）。
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
 * One more user of the slot of entry (a fork copying a swap pte, the
 * swap cache).  Returns 1, or 0 if the entry names no slot in use.
 */
/// §2.9 给一个盘上页面多加一个引用：fork 时 copy_page_range 复制一个指向盘上页面的页表项，
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

/* Priorities given to areas swapped on without one: -1, -2, ... */
/// 不指定优先级的 swapon 依次得到 -1、-2……，先启用的设备优先级更高。2.4.0 中它是 sys_swapon 里的静态变量，
/// 本移植把 sys_swapon 拆成几个函数（见下），所以放到文件一级。
static int least_priority;

/*
 * sys_swapon, first step: the first unused entry of swap_info, marked
 * SWP_USED and given its priority.  NULL if all MAX_SWAPFILES are in
 * use (sys_swapon's -EPERM).
 */
/// §2.6 sys_swapon 的第一步：在 swap_info[] 中找第一个空位，标记 SWP_USED，定下优先级。
/// 2.4.0: mm/swapfile.c sys_swapon() 的开头部分。本移植新增的函数边界：sys_swapon 中打开设备、读交换区头部
/// 要等块设备层（brw_page、IDE 驱动）就绪后才能写，这里先把不依赖磁盘的几步拆成函数，可以在主机单元测试中运行；
/// 以后的 sys_swapon 依次调用 swapon_claim、（打开设备、读第 0 页）、swapon_setup，出错时调用 swapon_undo。
struct swap_info_struct *swapon_claim(int swap_flags)
{
	struct swap_info_struct *si;
	unsigned int type;

	for (type = 0; type < nr_swapfiles; type++)
		if (!(swap_info[type].flags & SWP_USED))
			break;
	/// 8 个位置都被占用：sys_swapon 返回 -EPERM（2.4.0 用的就是这个错误码）。
	if (type >= MAX_SWAPFILES)
		return NULL;
	if (type >= nr_swapfiles)
		nr_swapfiles = type + 1;
	si = swap_info + type;
	/* No file, no device, no map, no free slots yet. */
	/// 清空整个结构：没有文件、没有设备、没有 swap_map。max 先设为 1，next 为 -1（还不在队列里）。
	memset(si, 0, sizeof(*si));
	si->sdev_lock = SPIN_LOCK_UNLOCKED;
	si->flags = SWP_USED;
	si->max = 1;
	si->next = -1;
	/// 调用者指定优先级（SWAP_FLAG_PREFER 位）时取低 15 位，否则用递减的负数。
	if (swap_flags & SWAP_FLAG_PREFER)
		si->prio = (swap_flags & SWAP_FLAG_PRIO_MASK) >>
			  SWAP_FLAG_PRIO_SHIFT;
	else
		si->prio = --least_priority;
	return si;
}

/*
 * sys_swapon, once page 0 of the area (swapfilesize pages long, 0 if
 * not known) is in swap_header: check the signature, build swap_map
 * from the header, and put the area on swap_list by priority.  0, or
 * -EINVAL/-ENOMEM with si to be released by swapon_undo.
 */
/// §2.6 sys_swapon 读到交换区第 0 页之后的步骤：检查签名，按头部建立 swap_map，启用设备并按优先级插入 swap_list。
/// 2.4.0: mm/swapfile.c sys_swapon() 的中后部分（本移植拆出的函数，理由见 swapon_claim）。
/// swapfilesize 是设备或文件的页面数，0 表示不知道（2.4.0 中块设备没有 blk_size 时就是 0），此时不做长度检查。
int swapon_setup(struct swap_info_struct *si, union swap_header *header,
		 unsigned long swapfilesize)
{
	unsigned long i, bad, limit;
	int version, good, prev, at;

	/// 签名在第 0 页的最后 10 个字节。“SWAP-SPACE”是旧格式（2.4.0 内部称版本 1），“SWAPSPACE2”是新格式（版本 2），
	/// util-linux 的 mkswap 只写新格式。
	if (!memcmp("SWAP-SPACE", header->magic.magic, 10)) {
		version = 1;
	} else if (!memcmp("SWAPSPACE2", header->magic.magic, 10)) {
		version = 2;
	} else {
		printk("Unable to find swap-space signature\n");
		return -EINVAL;
	}

	/// 旧格式：整个页面是一张位图，第 i 位为 1 表示第 i 个盘上页面可用。先把签名的 10 个字节清零，
	/// 免得签名的各位被当成可用页面。最大的可用位决定 max。
	if (version == 1) {
		/* A bitmap: bit i set means slot i is good.  Not the magic. */
		memset(header->magic.magic, 0, 10);
		si->lowest_bit = 0;
		si->highest_bit = 0;
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
		/// 新格式：头部 info 部分给出 last_page 和坏页面表。可用的是 1 到 last_page-1，
		/// last_page 本身（交换区的最后一页）从不使用：32 MiB 的交换区 mkswap 写 last_page = 8191，
		/// 可用 8190 页，正是 2.4.0 打印的 “Adding Swap: 32760k swap-space”。
		/* Slots 1 .. last_page-1 less the bad ones; never last_page. */
		if (header->info.version != 1) {
			printk(KERN_WARNING
			       "Unable to handle swap header version %d\n",
			       header->info.version);
			return -EINVAL;
		}
		/// 与 2.4.0 的差异：last_page 为 0 时 2.4.0 会 vmalloc(0) 而触发 BUG()（内核出错）；这里按空交换区处理，返回 -EINVAL。见 deviations.md。
		/* Port: 2.4.0 goes on to vmalloc(0), which BUGs. */
		if (!header->info.last_page) {
			printk(KERN_WARNING "Empty swap-file\n");
			return -EINVAL;
		}
		/// 页面表项中位移只有 24 位（第 8-31 位），再大的盘上页面无法表示；max 最多取到 2^24-2。
		/* No further than the largest offset a swap pte holds. */
		limit = SWP_OFFSET(SWP_ENTRY(0, ~0UL));
		si->lowest_bit = 1;
		si->max = header->info.last_page < limit ?
			  header->info.last_page : limit - 1;
		/// 与 2.4.0 的差异：2.4.0 的 highest_bit 总是 last_page-1，max 被截短时它会超出 swap_map，
		/// scan_swap_map 就会越界；可用页面数也照旧按 last_page 计算。这里都按截短后的 max 计算（需要 64 GiB 以上的交换区才会遇到）。
		/* Port: 2.4.0 takes last_page - 1 even when max was cut. */
		si->highest_bit = si->max - 1;
		/// 坏页面表最多 637 项（从 badpages[] 到签名之间放得下的个数），再多就是头部损坏。
		if (header->info.nr_badpages > MAX_SWAP_BADPAGES)
			return -EINVAL;
		good = si->max - 1;
	}

	/// 头部声称的大小不能超过设备或文件的实际大小。与 2.4.0 的差异：2.4.0 在建好 swap_map 之后才检查，
	/// 这里提前到 vmalloc 之前，免得为一个损坏的头部先分配（可能很大的）swap_map；错误码和信息相同。
	/* Port: checked before the vmalloc, not after the map is built. */
	if (swapfilesize && si->max > swapfilesize) {
		printk(KERN_WARNING
		       "Swap area shorter than signature indicates\n");
		return -EINVAL;
	}
	/// swap_map 每个盘上页面一个 unsigned short 计数，32 MiB 的交换区只要 16 KB，但大交换区可达数 MB，所以用 vmalloc。
	/// 失败时由 swapon_undo 释放已分配的部分。
	si->swap_map = vmalloc(si->max * sizeof(short));
	if (!si->swap_map)
		return -ENOMEM;

	/// 按位图填计数：可用为 0（空闲），不可用标为 SWAP_MAP_BAD。
	if (version == 1) {
		for (i = 1; i < si->max; i++)
			si->swap_map[i] = test_bit(i, (void *) header) ?
					 0 : SWAP_MAP_BAD;
	} else {
		/// 新格式：全部先置空闲，再把坏页面表中的页面标为 SWAP_MAP_BAD；
		/// 坏页面号为 0（头部）或不小于 last_page 都说明头部损坏，返回 -EINVAL。
		memset(si->swap_map, 0, si->max * sizeof(short));
		for (i = 0; i < header->info.nr_badpages; i++) {
			bad = header->info.badpages[i];
			if (bad == 0 || bad >= header->info.last_page)
				return -EINVAL;
			/// 只在 max 被截短时才会遇到：截短部分本来就不用，不必标记，也不从可用数中扣除（2.4.0 会写到 swap_map 之外）。
			/* Port: past a cut max there is no slot to mark. */
			if (bad >= si->max)
				continue;
			si->swap_map[bad] = SWAP_MAP_BAD;
			good--;
		}
	}
	/// 一个可用页面也没有。
	if (!good) {
		printk(KERN_WARNING "Empty swap-file\n");
		return -EINVAL;
	}
	/// 0 号页面是交换区头部，永远标为坏页面；所以值为 0 的 swp_entry_t 不会指向任何合法的盘上页面。
	/* Slot 0 is the header itself. */
	si->swap_map[0] = SWAP_MAP_BAD;
	si->pages = good;
	si->flags = SWP_WRITEOK;

	/// 设备启用：计入全系统空闲盘上页面数，打印 2.4.0 的那一行信息（以 KB 为单位）。
	swap_list_lock();
	nr_swap_pages += si->pages;
	printk(KERN_INFO "Adding Swap: %dk swap-space (priority %d)\n",
	       good << (PAGE_SHIFT - 10), si->prio);
	/// 按优先级从高到低插入队列；与已有设备优先级相同时插在它们前面。插在队首时 swap_list.next 也指向它，
	/// 新设备（优先级最高）立刻就开始被使用。
	/* In front of the first area of the same or a lower priority. */
	prev = -1;
	for (at = swap_list.head; at >= 0; at = swap_info[at].next) {
		if (si->prio >= swap_info[at].prio)
			break;
		prev = at;
	}
	si->next = at;
	if (prev < 0)
		swap_list.head = swap_list.next = si - swap_info;
	else
		swap_info[prev].next = si - swap_info;
	swap_list_unlock();
	return 0;
}

/* sys_swapon's failure path: give the swap_info entry back. */
/// §2.6 sys_swapon 失败时的收尾：把 swap_info[] 中的位置还回去，释放 swap_map。
/// 2.4.0: mm/swapfile.c sys_swapon() 的出错路径（本移植拆出的函数，理由见 swapon_claim）。
void swapon_undo(struct swap_info_struct *si, int swap_flags)
{
	unsigned short *map;

	swap_list_lock();
	map = si->swap_map;
	si->swap_map = NULL;
	si->swap_file = NULL;
	si->swap_vfsmnt = NULL;
	si->swap_device = 0;
	si->flags = 0;
	/// 没有指定优先级的失败尝试把用掉的负优先级还回去，下一个设备仍从同一个数开始。
	if (!(swap_flags & SWAP_FLAG_PREFER))
		++least_priority;
	swap_list_unlock();
	if (map)
		vfree(map);
}
