// SPDX-License-Identifier: GPL-2.0-only
/*
 * Checks of the block path on the first IDE disk (group "block", only
 * when hda was found): page I/O through brw_page, one buffer through
 * ll_rw_block, requests merged and ended buffer by buffer, a transfer
 * past the end refused, and, when the disk begins with a swap area
 * (make SWAP=N), its header read, a page of its unused last slot
 * written, read back and restored, and a long run of page writes queued
 * at once (merged only up to MAX_SECTORS: one IDE command carries 256).
 * Not part of 2.4.0: test code linked into the kernel.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/blkdev.h>
#include <linux/ide.h>
#include <asm/param.h>
#include <asm/system.h>
#include "kcheck.h"

#define HDA	MKDEV(IDE0_MAJOR, 0)

/*
 * The boot checks run as the idle task, which cannot sleep: spin with
 * interrupts on until the I/O ends (at most 5 seconds).
 */
static int spin_until_clear(unsigned long *flags, int bit)
{
	unsigned long end = jiffies + 5 * HZ;

	while (test_bit(bit, flags)) {
		if ((long) (jiffies - end) > 0)
			return 0;
		barrier();
	}
	return 1;
}

/* brw_page of one page of hda in blocks of size, then wait for it. */
static int page_io(int rw, struct page *page, int first_block, int size)
{
	int blocks[PAGE_SIZE / 512], i;

	for (i = 0; i < PAGE_SIZE / size; i++)
		blocks[i] = first_block + i;
	LockPage(page);
	brw_page(rw, page, HDA, blocks, size);
	return spin_until_clear(&page->flags, PG_locked);
}

static int ring_length(struct buffer_head *head)
{
	struct buffer_head *bh = head;
	int n = 0;

	do {
		n++;
		bh = bh->b_this_page;
	} while (bh && bh != head && n < 100);
	return n;
}

/* The unused last page of the swap area: write, read back, restore. */
static void check_swap_tail(unsigned long last_page)
{
	struct page *save = alloc_page(GFP_KERNEL);
	struct page *pat = alloc_page(GFP_KERNEL);
	struct page *back = alloc_page(GFP_KERNEL);
	unsigned long *p;
	int i, ok;

	if (!save || !pat || !back) {
		kcheck(0, "swap tail: three pages for the write test");
		goto out;
	}
	ok = page_io(READ, save, last_page, PAGE_SIZE) && Page_Uptodate(save);
	kcheck(ok, "swap tail: read page %lu (the area's last, never used)",
	       last_page);
	p = page_address(pat);
	for (i = 0; i < PAGE_SIZE / sizeof(long); i++)
		p[i] = 0x5a000000 ^ (last_page << 12) ^ i;
	ok = page_io(WRITE, pat, last_page, PAGE_SIZE) && !PageError(pat);
	kcheck(ok, "swap tail: write a pattern to page %lu", last_page);
	ok = page_io(READ, back, last_page, PAGE_SIZE) && Page_Uptodate(back);
	kcheck(ok && !memcmp(page_address(back), page_address(pat), PAGE_SIZE),
	       "swap tail: the pattern reads back");
	try_to_free_buffers(back, 0);
	try_to_free_buffers(save, 0);
	/* written back in 1 KB blocks: four buffers, one merged request */
	ok = page_io(WRITE, save, last_page * 4, 1024) && !PageError(save);
	kcheck(ok && ring_length(save->buffers) == 4,
	       "swap tail: old contents written back in four 1 KB blocks");
	ok = page_io(READ, back, last_page, PAGE_SIZE) && Page_Uptodate(back);
	kcheck(ok && !memcmp(page_address(back), page_address(save), PAGE_SIZE),
	       "swap tail: old contents restored");
out:
	if (save) {
		try_to_free_buffers(save, 0);
		__free_page(save);
	}
	if (pat) {
		try_to_free_buffers(pat, 0);
		__free_page(pat);
	}
	if (back) {
		try_to_free_buffers(back, 0);
		__free_page(back);
	}
}

/* Pages of one run of writes: 320 sectors, more than one IDE command. */
#define RUN_PAGES	40

static void driver_held(request_queue_t *q)
{
}

/* The word i of the run's page at disk page n. */
static unsigned long run_word(unsigned long n, int i)
{
	return 0x6b000000 ^ (n << 12) ^ i;
}

/*
 * Queue the writes of RUN_PAGES + 1 consecutive pages while the driver
 * is held back, as page_launder queues swap writes behind a busy disk:
 * the first page is the head request, the others join a second one for
 * as long as MAX_SECTORS lets it grow.  A request of more
 * than 256 sectors cannot be told to the drive (NSECTOR is one byte):
 * the drive stopped after 256 and the rest of the request failed, its
 * pages never reached the disk.
 */
static void queue_run(struct page **pages, unsigned long first)
{
	request_queue_t *q = BLK_DEFAULT_QUEUE(IDE0_MAJOR);
	request_fn_proc *driver = q->request_fn;
	struct list_head *entry;
	unsigned long most = 0;
	int i, block, nreq = 0;

	q->request_fn = driver_held;
	for (i = 0; i <= RUN_PAGES; i++) {
		block = first + i;
		LockPage(pages[i]);
		brw_page(WRITE, pages[i], HDA, &block, PAGE_SIZE);
	}
	spin_lock_irq(&io_request_lock);
	list_for_each(entry, &q->queue_head) {
		struct request *rq = blkdev_entry_to_request(entry);

		nreq++;
		if (rq->nr_sectors > most)
			most = rq->nr_sectors;
	}
	q->request_fn = driver;
	driver(q);
	spin_unlock_irq(&io_request_lock);
	kcheck(nreq >= 3 && most <= MAX_SECTORS,
	       "%d pages queued at once: %d requests, the largest %lu "
	       "sectors (MAX_SECTORS %d)", RUN_PAGES + 1, nreq, most,
	       MAX_SECTORS);
}

/* Write the run from disk page first on, then read each page back. */
static void check_long_run(unsigned long first)
{
	struct page *pages[RUN_PAGES + 1], *back = alloc_page(GFP_KERNEL);
	unsigned long *p;
	int i, j, failed = 0, wrong = 0, got = 0;

	for (i = 0; i <= RUN_PAGES; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			break;
		got++;
		p = page_address(pages[i]);
		for (j = 0; j < PAGE_SIZE / sizeof(long); j++)
			p[j] = run_word(first + i, j);
	}
	if (!back || got <= RUN_PAGES) {
		kcheck(0, "long run: %d pages to write", RUN_PAGES + 2);
		goto out;
	}
	queue_run(pages, first);
	for (i = 0; i <= RUN_PAGES; i++) {
		if (!spin_until_clear(&pages[i]->flags, PG_locked) ||
		    PageError(pages[i]))
			failed++;
	}
	kcheck(!failed, "every page of the run written (%d failed)", failed);
	for (i = 0; i <= RUN_PAGES; i++) {
		if (!page_io(READ, back, first + i, PAGE_SIZE) ||
		    memcmp(page_address(back), page_address(pages[i]),
			   PAGE_SIZE))
			wrong++;
		try_to_free_buffers(back, 0);
	}
	kcheck(!wrong, "every page of the run reads back (%d wrong)", wrong);
out:
	for (i = 0; i < got; i++) {
		try_to_free_buffers(pages[i], 0);
		__free_page(pages[i]);
	}
	if (back)
		__free_page(back);
}

/* The swap header mkswap -p 4096 wrote (make SWAP=N): v1, sane size. */
static void check_swap_header(const unsigned char *page0,
			      unsigned long capacity)
{
	const unsigned int *info = (const unsigned int *) (page0 + 1024);
	unsigned int version = info[0], last_page = info[1];

	kinfo("swap header: version %u, last_page %u, nr_badpages %u\n",
	      version, last_page, info[2]);
	kcheck(!memcmp(page0 + PAGE_SIZE - 10, "SWAPSPACE2", 10),
	       "page 0 of hda holds \"SWAPSPACE2\" at offset 4086");
	KCHECK_EQ(version, 1, "swap header version 1");
	kcheck(last_page > 1 &&
	       (last_page + 1) * (PAGE_SIZE / 512) <= capacity,
	       "swap area (%u pages) fits on the disk (%lu sectors)",
	       last_page + 1, capacity);
	if (version != 1 || last_page <= 1 ||
	    (last_page + 1) * (PAGE_SIZE / 512) > capacity)
		return;
	check_swap_tail(last_page);
	/* Unused slots just below it (every boot makes a fresh area). */
	if (last_page > RUN_PAGES + 2)
		check_long_run(last_page - RUN_PAGES - 1);
}

void block_checks(void)
{
	ide_drive_t *drive = &ide_hwifs[0].drives[0];
	struct page *page, *again;
	struct buffer_head *bh, *one;
	unsigned long irqs, capacity;
	unsigned char *data;
	int ok;

	if (!drive->present || !blk_size[IDE0_MAJOR])
		return;
	kcheck_group("block (IDE hda, brw_page)");
	capacity = drive->capacity;
	KCHECK_EQ(blk_size[IDE0_MAJOR][0], capacity / 2,
		  "blk_size[3][0] is hda's size in KB");
	KCHECK_EQ(get_blkfops(IDE0_MAJOR), &ide_fops, "major 3 is the IDE driver");

	page = alloc_page(GFP_KERNEL);
	again = alloc_page(GFP_KERNEL);
	one = kmalloc(sizeof(*one), GFP_KERNEL);
	if (!page || !again || !one) {
		kcheck(0, "block: two pages and a buffer head");
		return;
	}
	memset(page_address(page), 0xee, PAGE_SIZE);

	/* Page 0 in one 4 KB block: eight sectors, eight interrupts. */
	irqs = ide_irq_count;
	ok = page_io(READ, page, 0, PAGE_SIZE);
	kcheck(ok, "brw_page(READ) of page 0: the page is unlocked when done");
	kcheck(Page_Uptodate(page) && !PageError(page),
	       "page 0: PG_uptodate set, PG_error clear");
	KCHECK_EQ(ide_irq_count - irqs, 8, "one interrupt per sector");
	data = page_address(page);
	kcheck(data[510] == 0x55 && data[511] == 0xaa,
	       "page 0 holds the boot sector's 0xAA55 flag");
	bh = page->buffers;
	kcheck(bh && bh->b_this_page == bh && bh->b_size == PAGE_SIZE &&
	       bh->b_dev == HDA && bh->b_page == page &&
	       atomic_read(&bh->b_count) == 0 && !buffer_locked(bh) &&
	       buffer_uptodate(bh) && buffer_mapped(bh),
	       "one 4 KB buffer stays on page->buffers, idle and up to date");
	KCHECK_EQ(page_count(page), 2, "the buffers hold a page reference");
	kcheck(try_to_free_buffers(page, 0) && !page->buffers &&
	       page_count(page) == 1,
	       "try_to_free_buffers takes them and their reference");

	/* The same page in 512-byte blocks: eight buffers, one request. */
	ok = page_io(READ, again, 0, 512);
	kcheck(ok && Page_Uptodate(again) && ring_length(again->buffers) == 8,
	       "brw_page in 512-byte blocks: a ring of eight buffers");
	kcheck(!memcmp(page_address(again), data, PAGE_SIZE),
	       "the same bytes as the 4 KB read");
	try_to_free_buffers(again, 0);

	/* One 1 KB buffer through ll_rw_block. */
	memset(one, 0, sizeof(*one));
	init_waitqueue_head(&one->b_wait);
	one->b_dev = HDA;
	one->b_blocknr = 1;
	one->b_size = BLOCK_SIZE;
	one->b_page = again;
	one->b_data = page_address(again);
	memset(one->b_data, 0, BLOCK_SIZE);
	ll_rw_block(READ, 1, &one);
	ok = spin_until_clear(&one->b_state, BH_Lock);
	kcheck(ok && buffer_uptodate(one) &&
	       !memcmp(one->b_data, data + BLOCK_SIZE, BLOCK_SIZE),
	       "ll_rw_block(READ) of block 1 (1 KB) gives bytes 1024-2047");

	/* Past the end of the disk: refused, the page ends in error. */
	ok = page_io(READ, again, capacity / (PAGE_SIZE / 512), PAGE_SIZE);
	kcheck(ok && PageError(again) && !Page_Uptodate(again),
	       "a page past the end of hda: PG_error, not up to date");
	try_to_free_buffers(again, 0);

	if (!memcmp(data + PAGE_SIZE - 10, "SWAPSPACE2", 10))
		check_swap_header(data, capacity);
	else
		kinfo("hda has no swap area (make SWAP=N): no write test\n");

	kfree(one);
	__free_page(again);
	__free_page(page);
}
