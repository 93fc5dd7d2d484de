// SPDX-License-Identifier: GPL-2.0-only
/*
 * Persistent kernel mappings of HighMem pages (kmap_high/kunmap_high):
 * LAST_PKMAP addresses from PKMAP_BASE up, handed out round-robin and
 * unmapped lazily, all at once, with one TLB flush.
 * 情景分析 §2.1 (HIGHMEM).  Follows Linux 2.4.0 mm/highmem.c (the bounce
 * buffers for block I/O are left out: this port has no block I/O).
 */
/// §2.1（高端内存）：kmap() 借给高端页面的“持久”内核地址。pkmap 窗口 0xfe000000 起 1024 页，一张页面表（pkmap_page_table）。
/// 槽位循环分配；用完归还时并不立即拆除映射，而是等分配指针绕回槽位 0 时一次性拆除所有已归还的槽位，只刷一次 TLB——
/// 刷 TLB 很贵，这样平均下来每次 kmap 几乎不用刷。
/// 与 2.4.0 的差别：2.4.0 的这个文件还有块设备 I/O 的“弹跳缓冲区”（copy_from_high_bh、bounce_end_io_*、create_bounce 等）：
/// DMA 够不着高端页面时，先在低端内存里复制一份。本移植没有块设备 I/O，不包括它们。
/// 2.4.0: mm/highmem.c
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/wait.h>
#include <linux/spinlock.h>
#include <linux/highmem.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>

/*
 * Per pkmap slot: 0 free and not in any TLB, 1 free but maybe still in
 * a TLB (needs a flush before reuse), n > 1 mapped with n - 1 users.
 * Port: not static, so the boot checks can read it.
 */
/// 每个槽位的状态：0 空闲且不在任何 TLB 中，可以直接用；1 已无人使用，但映射还在、TLB 里可能还有，要等下一次集中刷新后才能
/// 再用；n > 1 表示有 n − 1 个使用者。与 2.4.0 的差别：2.4.0 中它是 static 的；本移植去掉 static，让引导检查
/// （tests/kernel/mm_phys_checks.c）能核对使用计数。
int pkmap_count[LAST_PKMAP];
/// 上一次分配出去的槽位号，下次从它的下一个开始找（循环）。
static unsigned int last_pkmap_nr;
/// 保护 pkmap_count[]、last_pkmap_nr 和高端页面的 page->virtual。
static spinlock_t kmap_lock = SPIN_LOCK_UNLOCKED;

/// pkmap 窗口的页面表，pagetable_init() 分配并记在这里；槽位号就是这张页面表的下标。
pte_t *pkmap_page_table;

/// 所有槽位都有人在用时，kmap 的调用者在这里睡眠，等 kunmap 腾出一个。
static DECLARE_WAIT_QUEUE_HEAD(pkmap_map_wait);

#ifdef HOST_TEST
/*
 * Stand-ins for the host tests, not 2.4.0: they run one task with no
 * scheduler (kernel/sched.c, kernel/fork.c are not linked), so nobody
 * could free a slot while we sleep, and "sleeping" with every slot
 * taken is a dead end: say so and stop.  A test may set
 * host_kmap_sleeper to play the other task that runs meanwhile.
 */
void (*host_kmap_sleeper)(void);

/// §2.1：只在主机单元测试（HOST_TEST）中使用的替身；内核里用的是 kernel/fork.c 的 add_wait_queue()。
/// 2.4.0: 无（本移植新增）：主机测试只链接 mm/ 的几个文件，没有调度器，map_new_virtual() 的睡眠路径靠这几个替身编译和测试。
static inline void host_add_wait_queue(wait_queue_head_t *q,
				       wait_queue_t *wait)
{
	wait->flags &= ~WQ_FLAG_EXCLUSIVE;
	__add_wait_queue(q, wait);
}

/// §2.1：主机测试中的替身，对应 kernel/fork.c 的 remove_wait_queue()。
/// 2.4.0: 无（本移植新增）：同 add_wait_queue。
static inline void host_remove_wait_queue(wait_queue_head_t *q,
					  wait_queue_t *wait)
{
	__remove_wait_queue(q, wait);
}

/// §2.1：主机测试中的替身。只有一个任务时，睡下去就没有人能 kunmap 腾出槽位，永远醒不来；所以在这里明确地 panic，说明原因，
/// 而不是悄悄死锁（tests/host 的 test_paging 检查这条信息）。测试可以事先设好 host_kmap_sleeper，
/// 扮演“睡眠期间运行的另一个任务”（放掉一个映射、或者替我们映射这个页面），只演一次，
/// 这样醒来之后的两条路（页面已被别人映射；重新找槽位）都能测到（test_kmap_sleep）。
/// 内核里 map_new_virtual() 真的在 pkmap_map_wait 上睡眠，等 kunmap_high 腾出槽位后唤醒，与 2.4.0 相同。
/// 2.4.0: 无（本移植新增）。
static inline void host_kmap_schedule(void)
{
	void (*other)(void) = host_kmap_sleeper;

	if (other) {
		host_kmap_sleeper = NULL;
		other();
		return;
	}
	panic("kmap_high: all %d pkmap slots in use, no other task to "
	      "release one", LAST_PKMAP);
}

#define add_wait_queue		host_add_wait_queue
#define remove_wait_queue	host_remove_wait_queue
#define schedule		host_kmap_schedule
#undef wake_up
/// 替身：没有睡眠的任务可唤醒（见上）。
#define wake_up(q)	do { (void) (q); } while (0)
#endif

/*
 * Unmap every slot whose count is 1 (no users, possibly in the TLB),
 * making it 0; the pages lose their virtual address.  One flush for all.
 */
/// §2.1（高端内存）：集中回收。把所有计数为 1（已无人使用）的槽位计数置 0、页面表项清除、页面的 virtual 置 NULL（页面从此没有内核
/// 地址），最后刷新一次全部 TLB。之后这些槽位都是“0 状态”，可以直接分配。
/// 2.4.0: mm/highmem.c flush_all_zero_pkmaps()
static void flush_all_zero_pkmaps(void)
{
	int slot;

	flush_cache_all();
	for (slot = 0; slot < LAST_PKMAP; slot++) {
		pte_t old;

		/// 计数 0（空闲且已刷新）和 >= 2（有人在用）的槽位都不动。
		if (pkmap_count[slot] != 1)
			continue;
		pkmap_count[slot] = 0;
		old = ptep_get_and_clear(&pkmap_page_table[slot]);
		/// 计数为 1 的槽位一定还有映射；没有说明计数和页面表不一致。
		if (pte_none(old))
			BUG();
		/// 从清掉的页面表项找回页面，让它忘掉这个地址：下次 kmap 它要重新分配槽位。
		pte_page(old)->virtual = NULL;
	}
	/// 所有槽位清完才刷一次 TLB：这就是“懒惰”解除映射省下的开销。
	flush_tlb_all();
}

/*
 * Find a free slot for page, cycling from the last one used; each wrap
 * to slot 0 first flushes the slots that were released.  Called with
 * kmap_lock held.
 */
/// §2.1（高端内存）：为 page 找一个空闲槽位（计数为 0）并建立映射。在 kmap_lock 下调用。
/// 2.4.0: mm/highmem.c map_new_virtual()
static inline unsigned long map_new_virtual(struct page *page)
{
	unsigned long vaddr;
	unsigned int nr;
	int tries;

	/// 外层每一圈是“找一遍，找不到就睡一觉”。
	for (;;) {
		/// 从上次用过的槽位往后循环查找，最多看 LAST_PKMAP 个。
		tries = LAST_PKMAP;
		do {
			last_pkmap_nr = (last_pkmap_nr + 1) & LAST_PKMAP_MASK;
			/// 绕回到 0：先把已归还的槽位（计数 1）全部回收，再重新数满一圈（tries 复位）。
			if (last_pkmap_nr == 0) {
				/* Wrapped: reclaim released slots, look again. */
				flush_all_zero_pkmaps();
				tries = LAST_PKMAP;
			}
			if (pkmap_count[last_pkmap_nr] == 0)
				goto found;
		} while (--tries);

		/* Every slot is busy: sleep until kunmap_high() frees one. */
		{
			/// 整整一圈都没有空槽：当前进程睡眠等待。先设好状态、挂上等待队列，再放锁、让出 CPU——次序不能反，否则在放锁和睡眠之间
			/// 发生的 kunmap 唤醒会丢失。醒来后先重新加锁再看。
			DECLARE_WAITQUEUE(waiter, current);

			__set_current_state(TASK_UNINTERRUPTIBLE);
			add_wait_queue(&pkmap_map_wait, &waiter);
			spin_unlock(&kmap_lock);
			schedule();
			remove_wait_queue(&pkmap_map_wait, &waiter);
			spin_lock(&kmap_lock);
		}
		/* Someone may have mapped our page while we slept. */
		/// 睡眠期间别的进程可能已经为同一页面 kmap 过了，直接用它的地址（调用者 kmap_high 会给计数加 1）。
		/// 否则回到外层，从刚才停下的位置接着找。
		if (page->virtual)
			return (unsigned long) page->virtual;
	}

found:
	/// 找到了：写页面表项（mk_pte(page, kmap_prot)），计数置 1（“已映射、无人使用”，调用者马上加 1），记下页面的虚拟地址。
	/// 这个槽位的计数是 0，说明上次集中刷新后没人用过它，TLB 里不可能有旧的转换，不用刷。
	nr = last_pkmap_nr;
	vaddr = PKMAP_ADDR(nr);
	set_pte(&pkmap_page_table[nr], mk_pte(page, kmap_prot));
	pkmap_count[nr] = 1;
	page->virtual = (void *) vaddr;
	return vaddr;
}

/*
 * kmap() of a HighMem page: reuse its slot if it still has one, else
 * take a new one; count one more user.  May sleep: not from interrupts.
 */
/// §2.1（高端内存）：kmap() 对高端页面的处理。页面已经有地址（别人正映射着，或者归还后还没被集中回收）就直接用，否则分配新槽位；
/// 计数加 1。可能睡眠，不能在中断中调用。
/// 2.4.0: mm/highmem.c kmap_high()
void *kmap_high(struct page *page)
{
	void *vaddr;

	/* page->virtual of a HighMem page is only stable under kmap_lock. */
	spin_lock(&kmap_lock);
	vaddr = page->virtual;
	if (!vaddr)
		vaddr = (void *) map_new_virtual(page);
	/* A mapped slot counts its users plus one. */
	/// 加 1 之后至少是 2（1 表示无人使用）；否则计数已乱。
	if (++pkmap_count[PKMAP_NR((unsigned long) vaddr)] < 2)
		BUG();
	spin_unlock(&kmap_lock);
	return vaddr;
}

/*
 * One user less.  The mapping stays (count 1) until the next
 * flush_all_zero_pkmaps: dropping to 0 here would need a TLB flush.
 */
/// §2.1（高端内存）：kunmap() 对高端页面的处理：计数减 1。减到 1 时映射仍然保留（lazy），留到下次 flush_all_zero_pkmaps()；期间
/// 再 kmap 同一页面可以直接复用这个地址，不必重建映射。减到 1 也意味着多了一个可回收的槽位，唤醒等槽位的进程。
/// 2.4.0: mm/highmem.c kunmap_high()
void kunmap_high(struct page *page)
{
	unsigned long vaddr;
	int left;

	spin_lock(&kmap_lock);
	vaddr = (unsigned long) page->virtual;
	/// 页面根本没有被 kmap 过。
	if (!vaddr)
		BUG();
	/// left 是减 1 之后的计数。减到 0 是错误：计数 0 表示“不在 TLB 中”，而这个映射还没有刷掉，
	/// 只有集中刷新才能把计数从 1 变成 0。
	left = --pkmap_count[PKMAP_NR(vaddr)];
	if (!left)
		BUG();
	/* Back to 1: the slot is reusable now; wake whoever waits for one. */
	if (left == 1)
		wake_up(&pkmap_map_wait);
	spin_unlock(&kmap_lock);
}
