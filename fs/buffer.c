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

void unlock_buffer(struct buffer_head *bh)
{
	wait_queue_head_t *waiters = &bh->b_wait;

	clear_bit(BH_Lock, &bh->b_state);
	smp_mb__after_clear_bit();
	if (waitqueue_active(waiters))
		wake_up(waiters);
}

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
