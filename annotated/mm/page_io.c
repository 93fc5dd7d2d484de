// SPDX-License-Identifier: GPL-2.0-only
/*
 * Swap I/O: one page to or from its slot on a swap area, through
 * brw_page.  On a swap device the slot number is the block number (in
 * page-sized blocks); on a swap file the file system maps the file's
 * blocks (bmap).
 * 情景分析 §2.8, §2.9.  Follows Linux 2.4.0 mm/page_io.c.
 */
#include <linux/mm.h>
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/swap.h>
#include <linux/swapctl.h>
#include <linux/pagemap.h>
#include <linux/kernel_stat.h>
#include <asm/pgtable.h>

/*
 * Start the I/O of pg to or from the slot of ent; with wait, also wait
 * for it.  pg is locked and stays so until the I/O ends (brw_page's
 * completion unlocks it).  1 if the I/O went out, 0 if the entry names
 * nowhere to read or write (the caller unlocks pg then).
 * Port: the port's inodes have no super block, so a swap file's blocks
 * are taken to be page-sized.
 */
/// §2.9 交换 I/O 的核心：由交换项找到设备和盘上位置，经 brw_page 发起一个页面的读或写。
/// 2.4.0: mm/page_io.c rw_swap_page_base()
/// 交换设备上第 n 个盘上页面就是以页面为单位的第 n 块；交换文件则要经文件系统的 bmap 把文件内的页面号换成设备块号。本移植的 inode 没有超级块，交换文件的块大小按一个页面计（见 deviations.md）。
static int rw_swap_page_base(int rw, swp_entry_t ent, struct page *pg,
			     int wait)
{
	int blocks[PAGE_SIZE / 512], nblocks, bsize;
	unsigned long slot;
	struct inode *file_ino = NULL;
	kdev_t where = 0;

	/* Too much asynchronous swap I/O in flight: this one is synchronous. */
	/// 正在进行中的异步交换 I/O 太多（超过 swap_cluster·2^page_cluster 个页面）时，把这一次改为同步，免得无限制地占用内存和缓冲区头。
	if (atomic_read(&nr_async_pages) >
	    pager_daemon.swap_cluster << page_cluster)
		wait = 1;

	/// 与 2.4.0 相同：每个交换页面的读写在这里计一次，不论同步还是异步，也不论后面能否找到设备；
	/// swapon 用 rw_swap_page_nolock 读交换区头部也算一次读入。
	/* /proc/stat's "swap" line: every page read in or written out. */
	if (rw == READ) {
		ClearPageUptodate(pg);
		kstat.pswpin++;
	} else {
		kstat.pswpout++;
	}

	get_swaphandle_info(ent, &slot, &where, &file_ino);
	if (where) {
		/* A device: slot n is its page-sized block n. */
		nblocks = 1;
		bsize = PAGE_SIZE;
		blocks[0] = slot;
	} else if (file_ino != NULL) {
		struct address_space *fmap = file_ino->i_mapping;
		int (*map_block)(struct address_space *, long) =
			fmap->a_ops ? fmap->a_ops->bmap : NULL;

		nblocks = 1;
		bsize = PAGE_SIZE;
		blocks[0] = map_block ? map_block(fmap, slot) : 0;
		if (blocks[0] == 0) {
			printk("rw_swap_page: bad swap file\n");
			return 0;
		}
		where = file_ino->i_rdev;
	} else {
		return 0;
	}

	/* Asynchronous: end_buffer_io_async counts it out again. */
	if (!wait) {
		/// 异步 I/O：计入 nr_async_pages，并打上 PG_decr_after 标记，I/O 完成时 end_buffer_io_async 见到这个标记就把计数减回去。
		SetPageDecrAfter(pg);
		atomic_inc(&nr_async_pages);
	}
	brw_page(rw, pg, where, blocks, bsize);
	if (wait)
		wait_on_page(pg);
	return 1;
}

/*
 * I/O of a swap-cache page, whose index is its slot.  It must be
 * locked, in the swap cache, and in no other mapping.
 */
/// §2.9 交换缓存中页面的读写入口：页面的 index 就是交换项。页面必须已上锁、在交换缓存中、mapping 是 swapper_space。
/// 2.4.0: mm/page_io.c rw_swap_page()
void rw_swap_page(int rw, struct page *pg, int wait)
{
	swp_entry_t ent = { pg->index };

	if (!PageLocked(pg) || !PageSwapCache(pg) ||
	    pg->mapping != &swapper_space)
		PAGE_BUG(pg);
	if (rw_swap_page_base(rw, ent, pg, wait) == 0)
		UnlockPage(pg);
}

/*
 * I/O of a kernel buffer (a locked page of no cache) to or from a slot:
 * swapon reads an area's header this way.  While the I/O runs the page
 * pretends to be swapper_space's, so that a waiter kicks the I/O along.
 * Port: after a synchronous I/O the buffers brw_page left on the page
 * are taken off, since no cache will ever drop them.
 */
/// §2.9 读写一个不在任何缓存中的内核缓冲页面，swapon 用它读交换区的第 0 页（交换区头部）。
/// 2.4.0: mm/page_io.c rw_swap_page_nolock()
/// I/O 期间把页面的 mapping 暂时设成 swapper_space，这样等待页面的进程在 ___wait_on_page 中能经 sync_page 推动 I/O。
/// 本移植：同步读写完成后立即拆掉 brw_page 挂在页面上的缓冲区，否则这个页面永远带着缓冲区，释放时就少还一页（见 deviations.md）。
void rw_swap_page_nolock(int rw, swp_entry_t ent, char *buf, int wait)
{
	struct page *pg = virt_to_page(buf);

	if (!PageLocked(pg) || PageSwapCache(pg) || pg->mapping)
		PAGE_BUG(pg);
	/// I/O 期间临时冒充交换缓存的页面，以便等待者经 sync_page 推动 I/O；结束后恢复为 NULL。
	pg->mapping = &swapper_space;
	if (rw_swap_page_base(rw, ent, pg, wait) == 0)
		UnlockPage(pg);
	pg->mapping = NULL;
	if (wait && pg->buffers)
		try_to_free_buffers(pg, 0);
}
