// SPDX-License-Identifier: GPL-2.0-only
/*
 * The low-level block layer: buffers locked by their owner are handed
 * to submit_bh(), become requests on the queue of their device's major,
 * and the driver ends them with end_that_request_first/_last, which
 * call each buffer's b_end_io.
 * Follows Linux 2.4.0 drivers/block/ll_rw_blk.c.  Port: one queue per
 * major, no elevator and no plugging: a new request goes to the tail of
 * the queue and the driver is started if it was idle; only a buffer
 * that continues the last request on the disk joins it.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/blkdev.h>
#include <asm/system.h>

/* Guards every queue and its requests; drivers run under it. */
spinlock_t io_request_lock = SPIN_LOCK_UNLOCKED;

struct blk_dev_struct blk_dev[MAX_BLKDEV];

/*
 * Per major, per minor: the size in KB (blk_size), the block size the
 * device is used with (blksize_size) and its sector size (hardsect_size).
 * A NULL row means "not known".
 */
int *blk_size[MAX_BLKDEV];
int *blksize_size[MAX_BLKDEV];
int *hardsect_size[MAX_BLKDEV];

/* The queue of dev: the major's own finder, else its default queue. */
request_queue_t *blk_get_queue(kdev_t dev)
{
	struct blk_dev_struct *bdev = blk_dev + MAJOR(dev);

	if (bdev->queue)
		return bdev->queue(dev);
	return &bdev->request_queue;
}

void blk_queue_headactive(request_queue_t *q, int active)
{
	q->head_active = active;
}

/* Give the queue its requests, all free. */
static void blk_init_free_list(request_queue_t *q)
{
	struct request *rq;
	int i;

	INIT_LIST_HEAD(&q->request_freelist);
	rq = kmalloc(QUEUE_NR_REQUESTS * sizeof(*rq), GFP_KERNEL);
	if (!rq)
		panic("blk_init_free_list: no memory for requests");
	for (i = 0; i < QUEUE_NR_REQUESTS; i++, rq++) {
		memset(rq, 0, sizeof(*rq));
		rq->rq_status = RQ_INACTIVE;
		list_add(&rq->table, &q->request_freelist);
	}
	init_waitqueue_head(&q->wait_for_request);
}

static int __make_request(request_queue_t *q, int rw,
			  struct buffer_head *bh);

/*
 * Make q the queue of a driver whose request_fn takes requests from its
 * head; by default the driver works on the head in place (head_active).
 */
void blk_init_queue(request_queue_t *q, request_fn_proc *rfn)
{
	INIT_LIST_HEAD(&q->queue_head);
	blk_init_free_list(q);
	q->request_fn = rfn;
	q->make_request_fn = __make_request;
	q->queuedata = NULL;
	q->head_active = 1;
}

void blk_cleanup_queue(request_queue_t *q)
{
	q->request_fn = NULL;
}

/* A free request of q, or NULL; io_request_lock held. */
static struct request *get_request(request_queue_t *q, int rw)
{
	struct request *rq;

	if (list_empty(&q->request_freelist))
		return NULL;
	rq = list_entry(q->request_freelist.next, struct request, table);
	list_del(&rq->table);
	rq->rq_status = RQ_ACTIVE;
	rq->q = q;
	return rq;
}

/* Sleep until q has a free request; called and returns with the lock. */
static struct request *get_request_wait(request_queue_t *q, int rw)
{
	DECLARE_WAITQUEUE(wait, current);
	struct request *rq;

	add_wait_queue_exclusive(&q->wait_for_request, &wait);
	for (;;) {
		__set_current_state(TASK_UNINTERRUPTIBLE);
		rq = get_request(q, rw);
		if (rq)
			break;
		spin_unlock_irq(&io_request_lock);
		schedule();
		spin_lock_irq(&io_request_lock);
	}
	remove_wait_queue(&q->wait_for_request, &wait);
	current->state = TASK_RUNNING;
	return rq;
}

/* A finished request back to its queue's free list; lock held. */
void blkdev_release_request(struct request *req)
{
	request_queue_t *q = req->q;

	req->rq_status = RQ_INACTIVE;
	req->q = NULL;
	if (q) {
		list_add(&req->table, &q->request_freelist);
		wake_up(&q->wait_for_request);
	}
}

/*
 * Queue one locked buffer: join the last request if the buffer goes
 * right after it on the disk in the same direction, the request stays
 * within MAX_SECTORS and the driver is not already working on it, else
 * take a new request for it.  Start
 * the driver when the queue was empty.
 */
static int __make_request(request_queue_t *q, int rw,
			  struct buffer_head *bh)
{
	unsigned long sector = bh->b_rsector;
	unsigned int count = bh->b_size >> 9;
	struct request *req;
	int was_empty;

	if (rw == READA)
		rw = READ;
	if (rw != READ && rw != WRITE)
		BUG();

	spin_lock_irq(&io_request_lock);
	was_empty = list_empty(&q->queue_head);
	if (!was_empty) {
		req = blkdev_entry_to_request(q->queue_head.prev);
		if (req->cmd == rw && req->rq_dev == bh->b_rdev &&
		    req->sector + req->nr_sectors == sector &&
		    req->nr_sectors + count <= MAX_SECTORS &&
		    !(q->head_active && req->queue.prev == &q->queue_head)) {
			req->bhtail->b_reqnext = bh;
			req->bhtail = bh;
			req->nr_sectors += count;
			spin_unlock_irq(&io_request_lock);
			return 0;
		}
	}

	req = get_request(q, rw);
	if (!req)
		req = get_request_wait(q, rw);
	req->cmd = rw;
	req->errors = 0;
	req->sector = sector;
	req->nr_sectors = count;
	req->current_nr_sectors = count;
	req->buffer = bh->b_data;
	req->bh = bh;
	req->bhtail = bh;
	req->rq_dev = bh->b_rdev;
	bh->b_reqnext = NULL;
	list_add_tail(&req->queue, &q->queue_head);
	/* get_request_wait may have slept while the driver emptied it */
	if (was_empty || req->queue.prev == &q->queue_head)
		q->request_fn(q);
	spin_unlock_irq(&io_request_lock);
	return 0;
}

/*
 * Send a buffer to its device's queue.  A device without a driver, or a
 * transfer past its end, fails at once through b_end_io.
 */
void generic_make_request(int rw, struct buffer_head *bh)
{
	unsigned int major = MAJOR(bh->b_rdev);
	unsigned long sector = bh->b_rsector;
	unsigned long count = bh->b_size >> 9;
	request_queue_t *q;

	if (blk_size[major]) {
		unsigned long maxsector =
			(blk_size[major][MINOR(bh->b_rdev)] << 1) + 1;

		if (maxsector < count || maxsector - count < sector) {
			bh->b_state &= (1 << BH_Lock) | (1 << BH_Mapped);
			printk(KERN_INFO "attempt to access beyond end of device\n");
			printk(KERN_INFO "%02x:%02x: rw=%d, want=%ld, limit=%d\n",
			       major, MINOR(bh->b_rdev), rw,
			       (sector + count) >> 1,
			       blk_size[major][MINOR(bh->b_rdev)]);
			bh->b_end_io(bh, 0);
			return;
		}
	}

	/* A driver may remap the buffer to another device and loop. */
	do {
		q = blk_get_queue(bh->b_rdev);
		if (!q || !q->make_request_fn) {
			printk(KERN_ERR "generic_make_request: Trying to "
			       "access nonexistent block-device %02x:%02x (%ld)\n",
			       MAJOR(bh->b_rdev), MINOR(bh->b_rdev),
			       bh->b_rsector);
			bh->b_end_io(bh, 0);
			break;
		}
	} while (q->make_request_fn(q, rw, bh));
}

/*
 * Submit one buffer that its owner has locked, mapped and given a
 * b_end_io: b_blocknr counts b_size blocks, the driver wants sectors.
 */
void submit_bh(int rw, struct buffer_head *bh)
{
	unsigned int sectors_per_block = bh->b_size >> 9;

	if (!buffer_locked(bh))
		BUG();
	bh->b_rsector = bh->b_blocknr * sectors_per_block;
	bh->b_rdev = bh->b_dev;
	set_bit(BH_Req, &bh->b_state);
	generic_make_request(rw, bh);
}

/* b_end_io of ll_rw_block's buffers: record the result, unlock. */
static void end_buffer_io_sync(struct buffer_head *bh, int uptodate)
{
	mark_buffer_uptodate(bh, uptodate != 0);
	unlock_buffer(bh);
}

/*
 * Read or write nr buffers and return without waiting (wait_on_buffer
 * waits).  A buffer already locked is under I/O and left alone; a READ
 * skips buffers that are up to date, a WRITE those that are clean.
 */
void ll_rw_block(int rw, int nr, struct buffer_head *bhs[])
{
	int want = BLOCK_SIZE, i;
	int *sizes;
	kdev_t dev;

	if (nr <= 0)
		return;
	/* every buffer must have the block size the device is used with */
	dev = bhs[0]->b_dev;
	sizes = blksize_size[MAJOR(dev)];
	if (sizes && sizes[MINOR(dev)])
		want = sizes[MINOR(dev)];
	for (i = 0; i < nr; i++) {
		if (bhs[i]->b_size == want)
			continue;
		printk(KERN_NOTICE "ll_rw_block: device %02x:%02x: "
		       "only %d-char blocks implemented (%u)\n",
		       MAJOR(dev), MINOR(dev), want, bhs[i]->b_size);
		goto sorry;
	}

	for (i = 0; i < nr; i++) {
		struct buffer_head *bh = bhs[i];
		int needed;

		if (test_and_set_bit(BH_Lock, &bh->b_state))
			continue;	/* I/O already in flight */
		bh->b_end_io = end_buffer_io_sync;
		if (rw == WRITE)
			needed = test_and_clear_bit(BH_Dirty, &bh->b_state);
		else
			needed = !buffer_uptodate(bh);
		if (needed)
			submit_bh(rw, bh);
		else
			bh->b_end_io(bh, buffer_uptodate(bh));
	}
	return;

sorry:
	for (i = 0; i < nr; i++)
		mark_buffer_uptodate(bhs[i], 0);
}

/*
 * The driver has moved the first buffer of req (or failed it): end that
 * buffer and point req at the next.  Returns 1 while buffers remain,
 * 0 when the request is done (the driver then dequeues it and calls
 * end_that_request_last).
 */
int end_that_request_first(struct request *req, int uptodate, char *name)
{
	struct buffer_head *done = req->bh, *next;

	req->errors = 0;
	if (!uptodate)
		printk("end_request: I/O error, dev %02x:%02x (%s), sector %lu\n",
		       MAJOR(req->rq_dev), MINOR(req->rq_dev), name,
		       req->sector);
	if (done == NULL)
		return 0;
	next = done->b_reqnext;
	req->bh = next;
	done->b_reqnext = NULL;
	done->b_end_io(done, uptodate);
	if (next == NULL)
		return 0;

	/* The driver goes on with the next buffer, at its own address. */
	req->buffer = next->b_data;
	req->current_nr_sectors = next->b_size >> 9;
	if (req->current_nr_sectors > req->nr_sectors) {
		printk("end_request: buffer-list destroyed\n");
		req->nr_sectors = req->current_nr_sectors;
	}
	return 1;
}

void end_that_request_last(struct request *req)
{
	blkdev_release_request(req);
}

extern int ide_init(void);

/*
 * Every major starts without a queue function; then the drivers built
 * in probe their hardware (here the IDE disk).
 */
int __init blk_dev_init(void)
{
	struct blk_dev_struct *dev;

	for (dev = blk_dev + MAX_BLKDEV; dev-- != blk_dev;)
		dev->queue = NULL;
	memset(blk_size, 0, sizeof(blk_size));
	memset(blksize_size, 0, sizeof(blksize_size));
	memset(hardsect_size, 0, sizeof(hardsect_size));
	ide_init();
	return 0;
}
