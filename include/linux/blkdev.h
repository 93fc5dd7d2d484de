/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Requests and request queues of the block layer: buffers submitted to
 * a device become requests on its major's queue, and the driver's
 * request_fn works the queue from its head.
 * Follows Linux 2.4.0 include/linux/blkdev.h.  Port: no elevator, no
 * plugging, no scatter-gather segment counts; a request grows only by
 * buffers that follow it on the disk (back merges).
 */
#ifndef _LINUX_BLKDEV_H
#define _LINUX_BLKDEV_H

#include <linux/major.h>
#include <linux/list.h>
#include <linux/wait.h>
#include <linux/fs.h>

struct request_queue;
typedef struct request_queue request_queue_t;

/* rq_status */
#define RQ_INACTIVE	(-1)
#define RQ_ACTIVE	1

/*
 * One transfer between memory and consecutive sectors: the buffers
 * bh..bhtail, each b_size bytes, chained by b_reqnext.  sector and
 * nr_sectors count what is left; current_nr_sectors what is left of
 * the first buffer, whose data is at buffer.
 */
struct request {
	struct list_head queue;		/* on q->queue_head */
	struct list_head table;		/* on q->request_freelist */
	volatile int rq_status;
	kdev_t rq_dev;
	int cmd;			/* READ or WRITE */
	int errors;
	unsigned long sector;
	unsigned long nr_sectors;
	unsigned long current_nr_sectors;
	char *buffer;
	struct buffer_head *bh;
	struct buffer_head *bhtail;
	request_queue_t *q;
};

typedef void (request_fn_proc)(request_queue_t *q);
typedef int (make_request_fn)(request_queue_t *q, int rw,
			      struct buffer_head *bh);

/*
 * The most sectors one request may grow to by merging (2.4.0's default
 * per-device limit): an IDE command counts at most 256 sectors.
 */
#define MAX_SECTORS		254

/* Requests one queue owns (2.4.0 sizes its free lists by memory). */
#define QUEUE_NR_REQUESTS	64

struct request_queue {
	struct list_head request_freelist;
	struct list_head queue_head;	/* the requests, first served first */
	request_fn_proc *request_fn;	/* the driver */
	make_request_fn *make_request_fn;
	void *queuedata;
	char head_active;	/* the driver works on the first request in place */
	wait_queue_head_t wait_for_request;
};

/* One per block major: its queue, or a function that finds one. */
struct blk_dev_struct {
	request_queue_t request_queue;
	request_queue_t *(*queue)(kdev_t dev);
	void *data;
};

extern struct blk_dev_struct blk_dev[MAX_BLKDEV];
extern spinlock_t io_request_lock;

#define BLK_DEFAULT_QUEUE(major)	(&blk_dev[major].request_queue)

extern request_queue_t *blk_get_queue(kdev_t dev);
extern void blk_init_queue(request_queue_t *, request_fn_proc *);
extern void blk_cleanup_queue(request_queue_t *);
extern void blk_queue_headactive(request_queue_t *, int);
extern void generic_make_request(int rw, struct buffer_head *bh);
extern void blkdev_release_request(struct request *);
extern int end_that_request_first(struct request *, int, char *);
extern void end_that_request_last(struct request *);
extern int blk_dev_init(void);

#define blkdev_entry_to_request(entry)	list_entry((entry), struct request, queue)
#define blkdev_next_request(req)	blkdev_entry_to_request((req)->queue.next)

/* The request the driver should work on next (queue not empty). */
#define blkdev_entry_next_request(entry) blkdev_entry_to_request((entry)->next)

static inline void blkdev_dequeue_request(struct request *req)
{
	list_del(&req->queue);
}

#endif
