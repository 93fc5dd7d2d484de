// SPDX-License-Identifier: GPL-2.0-only
/*
 * Buffers: the buffer_head that describes one block of a device in
 * memory, and the page I/O the swap code does through them (brw_page).
 * The buffer cache proper (getblk, bread, the hash and LRU lists, bdflush)
 * is not ported: only the page count buffer_under_min() reads, which
 * stays 0, and the buffers brw_page hangs on a page.
 * Follows Linux 2.4.0 fs/buffer.c.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/swap.h>
#include <linux/fs.h>
#include <linux/blkdev.h>
#include <asm/atomic.h>
#include <asm/bitops.h>
#include <asm/system.h>

/* Pages the buffer cache holds. */
/// §2.6 物理页面的使用和周转：缓冲区（buffer cache）占用的页面数。2.4.0: fs/buffer.c buffermem_pages。
/// 本移植没有块设备，它恒为 0；mm.h 的 buffer_under_min() 与 nr_free_buffer_pages 按 2.4.0 读取它。
atomic_t buffermem_pages = ATOMIC_INIT(0);

#define MAX_BUF_PER_PAGE	(PAGE_SIZE / 512)
/* Buffer heads kept back so that async page I/O can always proceed. */
#define NR_RESERVED		(2 * MAX_BUF_PER_PAGE)

kmem_cache_t *bh_cachep;

/* The reserve: free buffer heads, chained by b_next_free's stand-in. */
static struct buffer_head *unused_list;
static int nr_unused_buffer_heads;
static spinlock_t unused_list_lock = SPIN_LOCK_UNLOCKED;
static DECLARE_WAIT_QUEUE_HEAD(buffer_wait);

/* Serialises the end of I/O of one page's buffers against each other. */
static spinlock_t page_uptodate_lock = SPIN_LOCK_UNLOCKED;

/* Sleep until the buffer is unlocked (its I/O has ended). */
/// §2.9（页面的换入；块设备 I/O 见 §8） 睡眠直到缓冲区解锁（其 I/O 结束）。等待期间增加 b_count，防止缓冲区被释放。2.4.0 每轮还先 run_task_queue(&tq_disk) 拔掉“插头”，本移植没有插头。
/// 2.4.0: fs/buffer.c __wait_on_buffer()
void __wait_on_buffer(struct buffer_head *bh)
{
	DECLARE_WAITQUEUE(waiter, current);

	atomic_inc(&bh->b_count);	/* nobody frees it while we sleep */
	add_wait_queue(&bh->b_wait, &waiter);
	for (;;) {
		__set_current_state(TASK_UNINTERRUPTIBLE);
		if (!test_bit(BH_Lock, &bh->b_state))
			break;
		schedule();
	}
	__set_current_state(TASK_RUNNING);
	remove_wait_queue(&bh->b_wait, &waiter);
	atomic_dec(&bh->b_count);
}

/// §2.9（页面的换入；块设备 I/O 见 §8） 解锁缓冲区并唤醒等待者。2.4.0 在 include/linux/locks.h 中是内联函数；本移植放在这里，因为 fs.h 不能包含 sched.h（wake_up）。
/// 2.4.0: include/linux/locks.h unlock_buffer()
void unlock_buffer(struct buffer_head *bh)
{
	wait_queue_head_t *waiters = &bh->b_wait;

	clear_bit(BH_Lock, &bh->b_state);
	smp_mb__after_clear_bit();
	if (waitqueue_active(waiters))
		wake_up(waiters);
}

/// §2.9（页面的换入；块设备 I/O 见 §8） 设置或清除 BH_Uptodate。2.4.0 在 on 时还检查整页缓冲区是否都已最新以设置页面的 PG_uptodate；本移植的页面 I/O 由 end_buffer_io_async 设置页面标志。
/// 2.4.0: fs/buffer.c mark_buffer_uptodate()
void mark_buffer_uptodate(struct buffer_head *bh, int on)
{
	if (on)
		set_bit(BH_Uptodate, &bh->b_state);
	else
		clear_bit(BH_Uptodate, &bh->b_state);
}

/*
 * A buffer head that is done with: into the reserve while it is short,
 * else back to the slab cache.  Whoever waits for heads is woken.
 */
/// §2.9（页面的换入；块设备 I/O 见 §8） 用完的缓冲区头：储备不足 NR_RESERVED 个时留作储备，否则还给 slab；唤醒等缓冲区头的进程。
/// 2.4.0: fs/buffer.c __put_unused_buffer_head()
static void put_unused_buffer_head(struct buffer_head *bh)
{
	int keep;

	spin_lock(&unused_list_lock);
	keep = nr_unused_buffer_heads < NR_RESERVED;
	if (keep) {
		memset(bh, 0, sizeof(*bh));
		init_waitqueue_head(&bh->b_wait);
		bh->b_this_page = unused_list;
		unused_list = bh;
		nr_unused_buffer_heads++;
	}
	spin_unlock(&unused_list_lock);
	if (!keep)
		kmem_cache_free(bh_cachep, bh);
	wake_up(&buffer_wait);
}

/* One head off the reserve, or NULL when it is empty. */
/// §2.9（页面的换入；块设备 I/O 见 §8） 从储备中取一个缓冲区头，储备空了返回 NULL。
/// 2.4.0: fs/buffer.c get_unused_buffer_head() 中取储备的那一段（本移植拆出为函数）
static struct buffer_head *take_reserved_head(void)
{
	struct buffer_head *first;

	spin_lock(&unused_list_lock);
	first = unused_list;
	if (first) {
		unused_list = first->b_this_page;
		nr_unused_buffer_heads--;
	}
	spin_unlock(&unused_list_lock);
	return first;
}

/*
 * A clean buffer head from the slab cache.  Async I/O (page I/O, which
 * may be what frees memory) falls back on the reserve.
 */
/// §2.9（页面的换入；块设备 I/O 见 §8） 取一个干净的缓冲区头：先从 slab 分配；异步的页面 I/O（可能正是为了腾出内存而换出）在 slab 分配不到时可以动用储备。
/// 2.4.0: fs/buffer.c get_unused_buffer_head()
static struct buffer_head *get_unused_buffer_head(int async)
{
	struct buffer_head *fresh;

	fresh = kmem_cache_alloc(bh_cachep, SLAB_BUFFER);
	if (fresh) {
		memset(fresh, 0, sizeof(*fresh));
		init_waitqueue_head(&fresh->b_wait);
		return fresh;
	}
	return async ? take_reserved_head() : NULL;
}

/* Point bh at offset bytes into page. */
/// §2.9（页面的换入；块设备 I/O 见 §8） 让缓冲区指向页面内 offset 处。本移植不处理高端内存页面（2.4.0 对高端页面只记偏移，I/O 时用弹跳缓冲区）。
/// 2.4.0: fs/buffer.c set_bh_page()
static void set_bh_page(struct buffer_head *bh, struct page *page,
			unsigned long offset)
{
	bh->b_page = page;
	if (offset >= PAGE_SIZE)
		BUG();
	bh->b_data = (char *) page_address(page) + offset;
}

/*
 * The buffer heads covering one page in blocks of size bytes, chained
 * by b_this_page in disk order (not yet a ring).  Async callers wait
 * for heads to come back rather than fail.
 */
/// §2.9（页面的换入；块设备 I/O 见 §8） 为一个页面造一串缓冲区头（每块 size 字节，用 b_this_page 串起，尚未成环）。异步调用者拿不到时等待别的 I/O 归还缓冲区头，而不是失败。
/// 2.4.0: fs/buffer.c create_buffers()
static struct buffer_head *create_buffers(struct page *page,
					  unsigned long size, int async)
{
	struct buffer_head *first, *made;
	int nblocks = PAGE_SIZE / size, i;

	for (;;) {
		DECLARE_WAITQUEUE(waiter, current);

		first = NULL;
		for (i = nblocks - 1; i >= 0; i--) {
			made = get_unused_buffer_head(async);
			if (!made)
				break;
			made->b_size = size;
			made->b_dev = NODEV;
			made->b_end_io = NULL;
			atomic_set(&made->b_count, 0);
			set_bh_page(made, page, i * size);
			made->b_this_page = first;
			first = made;
		}
		if (i < 0)
			return first;

		/* Short of heads: give back what we took. */
		while (first) {
			made = first;
			first = first->b_this_page;
			put_unused_buffer_head(made);
		}
		if (!async)
			return NULL;
		/* Page I/O must go on: wait for heads freed by I/O in flight. */
		add_wait_queue(&buffer_wait, &waiter);
		set_current_state(TASK_UNINTERRUPTIBLE);
		if (nr_unused_buffer_heads < nblocks)
			schedule();
		remove_wait_queue(&buffer_wait, &waiter);
		__set_current_state(TASK_RUNNING);
	}
}

/* Hang a ring of unmapped buffers for dev on page; they hold a reference. */
/// §2.9（页面的换入；块设备 I/O 见 §8） 在页面上挂一圈未映射的缓冲区（page->buffers），并为此增加页面的引用计数：所以 swap_count 等处要把“有缓冲区”多算的那个引用减掉。
/// 2.4.0: fs/buffer.c create_empty_buffers()
void create_empty_buffers(struct page *page, kdev_t dev,
			  unsigned long blocksize)
{
	struct buffer_head *ring, *each;

	ring = create_buffers(page, blocksize, 1);
	if (page->buffers)
		BUG();
	for (each = ring; ; each = each->b_this_page) {
		each->b_dev = dev;
		each->b_blocknr = 0;
		if (each->b_this_page == NULL) {
			each->b_this_page = ring;	/* close the ring */
			break;
		}
	}
	page->buffers = ring;
	get_page(page);
}

/*
 * b_end_io of page I/O: when the last buffer of the page has finished,
 * the page is up to date unless one failed, and it is unlocked: whoever
 * waits in wait_on_page() goes on.  Runs from the disk interrupt.
 */
/// §2.9（页面的换入；块设备 I/O 见 §8） 页面 I/O 中每个缓冲区的完成函数（在磁盘中断里运行）：页面上最后一个缓冲区完成时，若无一出错就置 PG_uptodate，然后 UnlockPage，在 wait_on_page 中等待的进程随之继续。page_uptodate_lock 保证只有一个完成者看到“全部完成”。
/// 2.4.0: fs/buffer.c end_buffer_io_async()
static void end_buffer_io_async(struct buffer_head *bh, int uptodate)
{
	struct page *page = bh->b_page;
	struct buffer_head *other;
	unsigned long flags;
	int busy = 0;

	if (uptodate) {
		set_bit(BH_Uptodate, &bh->b_state);
	} else {
		clear_bit(BH_Uptodate, &bh->b_state);
		SetPageError(page);
	}

	/* Only one completion may find the whole page finished. */
	spin_lock_irqsave(&page_uptodate_lock, flags);
	atomic_dec(&bh->b_count);
	unlock_buffer(bh);
	other = bh->b_this_page;
	while (other != bh && !busy) {
		busy = buffer_locked(other);
		other = other->b_this_page;
	}
	spin_unlock_irqrestore(&page_uptodate_lock, flags);
	if (busy)
		return;

	if (!PageError(page))
		SetPageUptodate(page);
	UnlockPage(page);
}

/// §2.9（页面的换入；块设备 I/O 见 §8） 让缓冲区以 end_buffer_io_async 结束。
/// 2.4.0: fs/buffer.c set_buffer_async_io()
void set_buffer_async_io(struct buffer_head *bh)
{
	bh->b_end_io = end_buffer_io_async;
}

/*
 * Read or write one whole page of dev: the page is cut in blocks of size
 * bytes, block i of the page goes to device block b[i].  The caller has
 * locked the page; this only starts the I/O, and the page is unlocked
 * (up to date, or with PG_error) when the last block is done: wait with
 * wait_on_page().  The buffers stay on page->buffers for the next I/O
 * until try_to_free_buffers() takes them.  Returns 0.
 */
/// §2.9（页面的换入；块设备 I/O 见 §8） 读写设备 dev 上的一整个页面：页面按 size 字节分块，第 i 块对应设备块号 b[i]。调用者已锁住页面；这里只启动 I/O，最后一块完成时页面解锁（成功则 PG_uptodate，否则 PG_error），要等就用 wait_on_page()。缓冲区留在 page->buffers 上，直到 try_to_free_buffers 取下（page_launder 做这件事）。交换设备上 rw_swap_page_base 以 size = PAGE_SIZE、b[0] = 页槽号调用它。
/// 2.4.0: fs/buffer.c brw_page()
int brw_page(int rw, struct page *page, kdev_t dev, int b[], int size)
{
	struct buffer_head *head, *bh, *arr[MAX_BUF_PER_PAGE];
	int nr, i;

	if (!PageLocked(page))
		panic("brw_page: page not locked for I/O");
	ClearPageUptodate(page);
	ClearPageError(page);

	if (!page->buffers)
		create_empty_buffers(page, dev, size);
	head = bh = page->buffers;
	if (bh->b_size != size || bh->b_dev != dev)
		BUG();

	nr = 0;
	do {
		lock_buffer(bh);
		bh->b_blocknr = *(b++);
		set_bit(BH_Mapped, &bh->b_state);
		set_buffer_async_io(bh);
		atomic_inc(&bh->b_count);
		if (rw == WRITE) {
			set_bit(BH_Uptodate, &bh->b_state);
			clear_bit(BH_Dirty, &bh->b_state);
		} else {
			clear_bit(BH_Uptodate, &bh->b_state);
		}
		arr[nr++] = bh;
		bh = bh->b_this_page;
	} while (bh != head);

	/* Every buffer is locked before the first can end. */
	for (i = 0; i < nr; i++)
		submit_bh(rw, arr[i]);
	return 0;
}

/*
 * Take the buffers off a page if none is in use, locked or dirty (the
 * port's buffers are never dirty: writes start at once).  Returns 1 if
 * the page has no buffers left.  wait: the caller may sleep (unused:
 * nothing to write back).
 */
/// §2.9（页面的换入；块设备 I/O 见 §8） 页面上的缓冲区都没人用、没上锁、不脏时全部取下，并释放它们对页面的那个引用；返回 1 表示页面已无缓冲区。2.4.0 在 wait 时还会写回脏缓冲区；本移植的缓冲区不会脏（写是立即发出的）。
/// 2.4.0: fs/buffer.c try_to_free_buffers()
int try_to_free_buffers(struct page *page, int wait)
{
	struct buffer_head *head = page->buffers, *bh, *next;

	if (!head)
		return 1;
	bh = head;
	do {
		if (atomic_read(&bh->b_count) || buffer_locked(bh) ||
		    buffer_dirty(bh))
			return 0;
		bh = bh->b_this_page;
	} while (bh != head);

	bh = head;
	do {
		next = bh->b_this_page;
		put_unused_buffer_head(bh);
		bh = next;
	} while (bh != head);
	page->buffers = NULL;
	put_page(page);
	return 1;
}

/*
 * The page (locked by the caller) is leaving its mapping from byte
 * offset on: its buffers there are forgotten once their I/O is over.
 * From offset 0 the buffers go too.  Returns 1 if they are gone.
 */
/// §2.9（页面的换入；块设备 I/O 见 §8） 页面（调用者已锁住）要离开其映射：offset 以后的缓冲区等 I/O 结束后作废；offset 为 0 时连缓冲区一起取下。交换缓存删除页面时用它。
/// 2.4.0: fs/buffer.c block_flushpage()
int block_flushpage(struct page *page, unsigned long offset)
{
	struct buffer_head *head, *bh, *next;
	unsigned long curr_off = 0;

	if (!PageLocked(page))
		BUG();
	if (!page->buffers)
		return 1;

	head = bh = page->buffers;
	do {
		unsigned long next_off = curr_off + bh->b_size;

		next = bh->b_this_page;
		if (offset <= curr_off) {
			wait_on_buffer(bh);
			clear_bit(BH_Dirty, &bh->b_state);
			clear_bit(BH_Uptodate, &bh->b_state);
			clear_bit(BH_Mapped, &bh->b_state);
			clear_bit(BH_Req, &bh->b_state);
		}
		curr_off = next_off;
		bh = next;
	} while (bh != head);

	if (!offset)
		return try_to_free_buffers(page, 1);
	return 0;
}

/* The buffer head cache and its reserve. */
/// §2.9（页面的换入；块设备 I/O 见 §8） 建立缓冲区头的 slab 缓存并装满储备。2.4.0 还按内存大小分配缓冲区哈希表，
/// 本移植没有缓冲区缓存（getblk/bread），所以不需要。
/// 2.4.0: fs/buffer.c buffer_init()
void __init buffer_init(unsigned long mempages)
{
	int i;

	bh_cachep = kmem_cache_create("buffer_head", sizeof(struct buffer_head),
				      0, SLAB_HWCACHE_ALIGN, NULL, NULL);
	if (!bh_cachep)
		panic("Cannot create buffer head SLAB cache");
	for (i = 0; i < NR_RESERVED; i++) {
		struct buffer_head *bh = kmem_cache_alloc(bh_cachep, SLAB_KERNEL);

		if (!bh)
			panic("buffer_init: no buffer heads");
		put_unused_buffer_head(bh);
	}
}
