// SPDX-License-Identifier: GPL-2.0-only
/*
 * Shared anonymous memory.  A MAP_SHARED|MAP_ANONYMOUS mapping maps an
 * unlinked file of the "shm" file system, "/dev/zero (deleted)": every
 * process sharing the area (fork) faults in the same pages of that
 * file's page cache.  Under memory pressure page_launder hands such a
 * page to shmem_writepage, which moves it into the swap cache and keeps
 * its swap entry in the inode (shmem_inode_info); the next fault brings
 * it back.  The last unmapping frees the pages and the swap entries.
 * 情景分析 §2.9 (swap), §2.13 (mmap).  Follows Linux 2.4.0 mm/shmem.c.
 * Port: no tmpfs mount, no read/write/mmap of the file, no SysV shm, no
 * size limits (see deviations.md).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/dcache.h>
#include <linux/swap.h>
#include <linux/pagemap.h>
#include <linux/highmem.h>
#include <linux/shmem_fs.h>

/// shm 文件系统的魔数（statfs 里的 f_type）。本移植不挂载它，只在超级块里留个记号。
#define SHMEM_MAGIC	0x01021994

/* Slots in one page of the indirect block, and pointers in its root. */
/// 一个页面能放 1024 个 swp_entry_t 或 1024 个指针：间接块是两层，第一层一个页面的指针，
/// 第二层每个页面 1024 个槽位，加上 inode 里直接的 16 个，最多 16 + 1024*1024 个页面（4 GB 多）。
#define ENTRIES_PER_PAGE (PAGE_SIZE / sizeof(unsigned long))

static struct super_operations shmem_ops;
static struct address_space_operations shmem_aops;
static struct file_operations shmem_file_operations;
static struct inode_operations shmem_inode_operations;
static struct vm_operations_struct shmem_shared_vm_ops;

/* The shm file system: never mounted, only its root is needed. */
/// 2.4.0 在启动时 kern_mount 一个 shm 文件系统，shmem_file_setup 在它的根目录下建文件；
/// 本移植没有挂载表，只保留一个静态的超级块和一个根目录项，作用相同：给文件一个父目录项和 delete_inode。
static struct super_block shmem_sb;
static struct dentry *shmem_root;

/* Every shmem inode, for swapoff (shmem_unuse). */
/// swapoff 时 try_to_unuse 读回一个盘上页面后，要问“有没有哪个 shm 对象的槽位记着它”，
/// 所以每个 shm 索引节点都挂在这个队列上（shmem_ilock 保护），shmem_unuse 沿队列查找。
static LIST_HEAD(shmem_inodes);
static spinlock_t shmem_ilock = SPIN_LOCK_UNLOCKED;

/*
 * The slot of page index of the object: one of the 16 in the inode, or
 * one in a page of slots reached through the page of pointers
 * i_indirect.  With alloc, missing pages are allocated (zeroed: no
 * entries); without, NULL means none was ever needed.  NULL also when
 * memory runs out or index is beyond what the two levels can hold.
 */
/// §2.9 页面的交换：shm 对象第 index 个页面的“交换槽位”在哪里。页面在内存时它在页面缓存里，
/// 槽位为 0；页面被换出后，盘上页面的 swp_entry_t 就存在这个槽位里（普通进程的页面存在页面表项里，
/// shm 的页面可能谁也没有映射，只好记在索引节点里）。
/// 2.4.0: mm/shmem.c shmem_swp_entry()
/// alloc 为真时缺的间接页面就地分配（可能睡眠），只有 shmem_nopage 这样做；shmem_writepage
/// 不许分配（它在 page_launder 里，正是内存紧张的时候），所以 nopage 先把槽位准备好。
static swp_entry_t *shmem_swp_entry(struct shmem_inode_info *info,
				    unsigned long index, int alloc)
{
	unsigned long page, top;
	swp_entry_t **leaf;

	/// 前 16 个页面直接在 inode 里，小对象用不着间接块。
	if (index < SHMEM_NR_DIRECT)
		return &info->i_direct[index];
	top = (index - SHMEM_NR_DIRECT) / ENTRIES_PER_PAGE;
	if (top >= ENTRIES_PER_PAGE)
		return NULL;

	/// 第一层：一个页面的指针，用 get_zeroed_page 分配，全 0 表示“这一段还没有槽位页面”。
	if (!info->i_indirect) {
		if (!alloc || !(page = get_zeroed_page(GFP_USER)))
			return NULL;
		info->i_indirect = (swp_entry_t **) page;
	}
	leaf = &info->i_indirect[top];
	if (!*leaf) {
		if (!alloc || !(page = get_zeroed_page(GFP_USER)))
			return NULL;
		*leaf = (swp_entry_t *) page;
	}
	/// 第二层：槽位页面，全 0 就是“没有一个页面在交换设备上”。
	return &(*leaf)[(index - SHMEM_NR_DIRECT) % ENTRIES_PER_PAGE];
}

/*
 * Empty count slots from dir on.  A swap-cache page of an entry leaves
 * the cache first (after any write in flight), while the slot's own use
 * still keeps the entry from being handed out again; then that use is
 * dropped.  Returns how many slots held an entry.
 */
/// §2.9 释放一段槽位里记着的盘上页面。2.4.0: mm/shmem.c shmem_free_swp()
/// 顺序要紧：槽位自己的那份计数要最后才 swap_free。先查交换缓存：页面可能还在里面（换出后还没回收，
/// 或者正在写盘），要先把它从交换缓存删掉（lock_page 会等写完），否则它会一直占着一个页面和一个盘上页面；
/// 要是先 swap_free 了槽位的计数，盘上页面可能已被回收再分给别人，lookup_swap_cache 就会找到别人的页面。
static int shmem_free_swp(swp_entry_t *dir, unsigned int count)
{
	swp_entry_t *slot, entry;
	struct page *page;
	int freed = 0;

	for (slot = dir; slot < dir + count; slot++) {
		entry = *slot;
		if (!entry.val)
			continue;
		slot->val = 0;
		freed++;
		page = lookup_swap_cache(entry);
		if (page) {
			lock_page(page);
			if (PageSwapCache(page) && page->index == entry.val)
				delete_from_swap_cache_nolock(page);
			UnlockPage(page);
			page_cache_release(page);
		}
		swap_free(entry);
	}
	return freed;
}

/* The slots of one page of slots (count of them) from start on. */
/// §2.9 一个槽位页面（或 inode 里的 16 个直接槽位）从 start 起的部分。2.4.0: mm/shmem.c shmem_truncate_part()
static int shmem_truncate_part(swp_entry_t *dir, unsigned long count,
			       unsigned long start)
{
	if (start >= count)
		return 0;
	return shmem_free_swp(dir + start, count - start);
}

/*
 * The object now ends at i_size: the swap entries of the pages beyond
 * go, and the pages of slots that hold nothing any more.  The page
 * cache was truncated by the caller (vmtruncate, clear_inode).
 */
/// §2.9 对象截短到 i_size：超出部分的盘上页面全部释放，整页不再需要的槽位页面和指针页面也释放。
/// 2.4.0: mm/shmem.c shmem_truncate()（inode_operations 的 truncate）
/// 页面缓存里的页面不归这里管：vmtruncate 或 clear_inode 先用 truncate_inode_pages 截掉了。
/// 本移植里 shm 文件没有文件描述符，截短只发生在 shmem_delete_inode（截到 0）。
static void shmem_truncate(struct inode *inode)
{
	struct shmem_inode_info *info = &inode->u.shmem_i;
	unsigned long start, from, base, i;
	int freed;

	start = (inode->i_size + PAGE_CACHE_SIZE - 1) >> PAGE_CACHE_SHIFT;
	freed = shmem_truncate_part(info->i_direct, SHMEM_NR_DIRECT, start);
	if (!info->i_indirect)
		goto out;

	/// from 是间接部分里第一个要释放的槽位；它所在的槽位页面只释放后半，后面的整页释放。
	from = start > SHMEM_NR_DIRECT ? start - SHMEM_NR_DIRECT : 0;
	for (i = from / ENTRIES_PER_PAGE; i < ENTRIES_PER_PAGE; i++) {
		swp_entry_t *leaf = info->i_indirect[i];

		if (!leaf)
			continue;
		base = i * ENTRIES_PER_PAGE;
		freed += shmem_truncate_part(leaf, ENTRIES_PER_PAGE,
					     from > base ? from - base : 0);
		if (from <= base) {
			info->i_indirect[i] = NULL;
			free_page((unsigned long) leaf);
		}
	}
	/// 间接部分全部截掉了，第一层的指针页面也不再需要。
	if (!from) {
		free_page((unsigned long) info->i_indirect);
		info->i_indirect = NULL;
	}
out:
	spin_lock(&info->lock);
	/// swapped 记着有多少槽位存着盘上页面，shmem_unuse 用它跳过不在交换设备上的对象。
	info->swapped -= freed;
	spin_unlock(&info->lock);
}

/*
 * The last reference to an unlinked shm inode went (iput): off the
 * list swapoff walks, the cached pages dropped, then every swap entry.
 * The pages go first: while one is cached, page_launder may still move
 * it to swap (shmem_writepage) and fill a slot, even while we sleep.
 */
/// §2.9 最后一个使用者（最后一个映射它的虚存区间，经 fput、dput、iput）走了：shm 对象整个消失。
/// 2.4.0: mm/shmem.c shmem_delete_inode()（super_operations 的 delete_inode）
/// 先从 shmem_inodes 队列摘下（此后 swapoff 不会再来找它），再截去页面缓存里的页面，最后释放所有盘上页面
/// （截到 0），clear_inode 只剩核对。这样进程退出后页面和盘上页面都一个不少地回来。
/// 次序要紧：页面还在页面缓存里时，page_launder 随时可能经 shmem_writepage 把它转去交换设备、填进一个槽位
/// （truncate_inode_pages 和 shmem_free_swp 都可能睡眠）；先截页面，之后就不会再有新的槽位，
/// 反过来做，已经扫过的槽位可能又被填上，那个盘上页面就永远收不回来了。
static void shmem_delete_inode(struct inode *inode)
{
	struct shmem_inode_info *info = &inode->u.shmem_i;

	spin_lock(&shmem_ilock);
	list_del(&info->list);
	spin_unlock(&shmem_ilock);
	/* Size 0: no page and no slot is kept. */
	inode->i_size = 0;
	truncate_inode_pages(inode->i_mapping, 0);
	shmem_truncate(inode);
	clear_inode(inode);
}

/*
 * page_launder found a dirty page of the object that nobody maps: it
 * goes to swap.  It leaves our page cache for the swap cache under a
 * new swap entry with two uses (the swap cache's and the slot's), and
 * stays dirty, so that page_launder writes it (swap_writepage) on a
 * later look.  No swap left: it stays here, dirty, and 1 asks the
 * caller to keep it active.  The page comes locked, with a reference
 * of the caller's besides the cache's; it is unlocked on return.
 */
/// §2.8 页面的定期换出：page_launder 第二趟扫描不活跃脏页面队列，遇到 shm 对象的脏页面，经
/// mapping->a_ops->writepage 调到这里。2.4.0: mm/shmem.c shmem_writepage()
/// 普通进程的匿名页面在 try_to_swap_out 里就分配盘上页面、进入交换缓存；shm 的页面属于一个“文件”，
/// try_to_swap_out 只把它从页面表项里断开、标成脏。等所有映射都断开、页面只剩页面缓存这一个使用者，
/// 它才来到这里：换一个“户口”，从 shm 的页面缓存转进交换缓存，由交换缓存负责写盘。
static int shmem_writepage(struct page *page)
{
	struct shmem_inode_info *info = &page->mapping->host->u.shmem_i;
	swp_entry_t *slot, entry;
	int refused = 0;

	if (!PageLocked(page))
		BUG();
	/* Port: still mapped (msync's fdatasync): moving it would unshare. */
	/// 移植：计数里只应有页面缓存的一份和调用者（page_launder 或 filemap_fdatasync）的一份。
	/// 更多说明还有页面表项映射着它（msync(MS_SYNC) 经 filemap_fdatasync 也会调 writepage）：
	/// 这时把它挪进交换缓存，try_to_swap_out 会在那些页面表项里留下交换项，共享就断了。所以只标脏，不动。
	if (page_count(page) > 2)
		goto keep;
	slot = shmem_swp_entry(info, page->index, 0);
	if (!slot || slot->val)
		BUG();	/* shmem_nopage made the slot, empty */
	/// 一次要两份计数：一份归交换缓存（页面回收时 __delete_from_swap_cache 释放），一份归槽位
	/// （页面换入或对象消亡时释放）。与 try_to_swap_out 的 get_swap_page + swap_duplicate 效果相同。
	entry = __get_swap_page(2);
	if (!entry.val) {
		/// 交换设备满了：页面留在 shm 的页面缓存里并保持脏；返回 1 让 page_launder 把它送回活跃队列。
		refused = 1;
		goto keep;
	}

	spin_lock(&info->lock);
	/// 页面已在 LRU 队列上（进页面缓存时加入的），add_to_swap_cache 还会再加一次，所以先摘下；
	/// 它的 age 为 0，再加入时 lru_cache_add 会直接把它放回不活跃脏页面队列的头上，下一次就轮到写盘。
	lru_cache_del(page);
	remove_inode_page(page);
	/// 页面缓存的那份引用随页面离开而释放；调用者还持有一份，页面不会在这里被释放。
	page_cache_release(page);	/* our cache's reference */
	add_to_swap_cache(page, entry);
	*slot = entry;
	info->swapped++;
	spin_unlock(&info->lock);

	/// 在交换缓存里标脏：page_launder 下一次遇到它，调 swap_writepage 写到盘上页面 entry。
	set_page_dirty(page);
	UnlockPage(page);
	return 0;

keep:
	/// 只置标志位，不用 set_page_dirty：后者会把页面挪到映射的 dirty_pages 队列，filemap_fdatasync
	/// 正沿着这个队列逐个取页面，会又取到它，永远循环（ramfs_writepage 同理）。
	SetPageDirty(page);	/* the bit only: it stays on the list it is on */
	UnlockPage(page);
	return refused;
}

/*
 * A locked swap-cache page holding entry, page idx of the object, comes
 * home: out of the swap cache, its slot emptied and the slot's use of
 * the entry dropped, into the object's page cache (still locked).  For
 * a fault (shmem_nopage) and for swapoff (shmem_unuse_inode) alike.
 */
/// §2.9：把一个锁着的交换缓存页面“领回”shm 对象：出交换缓存、清空槽位（swapped 减一）、释放槽位那份交换项计数，再放进对象的页面缓存。
/// 2.4.0: 无（本移植新增）——本移植的 shmem_nopage() 和 shmem_unuse_inode() 都要做这几步，合成一个函数供两处调用。
static void shmem_swapin_page(struct inode *inode, swp_entry_t *slot,
			      swp_entry_t entry, struct page *page,
			      unsigned long idx)
{
	struct shmem_inode_info *info = &inode->u.shmem_i;

	delete_from_swap_cache_nolock(page);
	spin_lock(&info->lock);
	slot->val = 0;
	info->swapped--;
	spin_unlock(&info->lock);
	swap_free(entry);
	add_to_page_cache_locked(page, inode->i_mapping, idx);
}

/*
 * A fault in a shared anonymous area: the page at that offset of the
 * object, with a reference for the new pte.  From our page cache if it
 * is there; else from swap if its slot has an entry (the page moves
 * from the swap cache back into ours and the entry is freed); else a
 * new page of zeros.  Pages in our cache are always dirty: they exist
 * nowhere else.  i_sem keeps two faults (and swapoff) from bringing
 * the same page in twice.  A private write fault (no_share) gets a copy.
 */
/// §2.13 共享匿名映射的缺页：do_no_page 调 vma->vm_ops->nopage 取得页面，装进页面表项。
/// 2.4.0: mm/shmem.c shmem_nopage()
/// 三种情况：页面在 shm 的页面缓存里（别的进程已经用过它）；槽位里有交换项（页面被换出了），
/// 从交换缓存或盘上读回，挪回 shm 的页面缓存，释放盘上页面；都没有，就是第一次用到，给一个全 0 的新页面。
/// 这样 fork 以后父子进程、以及同一进程的几段映射，拿到的总是同一个物理页面。
struct page *shmem_nopage(struct vm_area_struct *vma, unsigned long address,
			  int no_share)
{
	struct inode *inode = vma->vm_file->f_dentry->d_inode;
	struct address_space *mapping = inode->i_mapping;
	struct shmem_inode_info *info = &inode->u.shmem_i;
	struct page *page, *copy;
	swp_entry_t *slot, entry;
	unsigned long idx;

	/// 页面在对象中的序号：区间内的页面位移加上区间起点在对象里的位移（munmap、mprotect 分裂区间后，
	/// 后半段的 vm_pgoff 不是 0）。超出对象大小（mremap 把区间扩大了）就是 SIGBUS，和文件映射一样。
	idx = ((address - vma->vm_start) >> PAGE_SHIFT) + vma->vm_pgoff;
	if (idx >= (inode->i_size + PAGE_CACHE_SIZE - 1) >> PAGE_CACHE_SHIFT)
		return NOPAGE_SIGBUS;	/* an mremap grew the area */

	/// 分配页面、读盘都可能睡眠；i_sem 保证两个进程同时对同一页面缺页时只有一个把它带进来，
	/// 另一个醒来后在页面缓存里找到它。shmem_writepage 不取 i_sem（它不睡眠，也不能等：
	/// 持有 i_sem 的进程可能正在分配页面，分配又可能调 page_launder）。
	down(&inode->i_sem);
	/* The slot now: shmem_writepage must never need to allocate. */
	page = NOPAGE_OOM;
	slot = shmem_swp_entry(info, idx, 1);
	if (!slot)
		goto out;
repeat:
	/// 第一种：已在页面缓存里。find_lock_page 带回一份引用，正好给页面表项。
	page = find_lock_page(mapping, idx);
	if (page)
		goto unlock;

	entry = *slot;
	/// 第二种：在交换设备上。先看交换缓存（可能还没写完或还没回收），没有就读盘并等待。
	if (entry.val) {
		page = lookup_swap_cache(entry);
		if (!page)
			page = read_swap_cache(entry);
		if (!page) {
			page = NOPAGE_OOM;
			goto out;
		}
		lock_page(page);
		/// 睡眠期间 swapoff（shmem_unuse）可能已经把这个页面还给了页面缓存、清了槽位：重来一遍。
		if (slot->val != entry.val || !PageSwapCache(page) ||
		    page->index != entry.val) {
			/* swapoff gave it back to us meanwhile */
			UnlockPage(page);
			page_cache_release(page);
			goto repeat;
		}
		if (!Page_Uptodate(page)) {
			/* The read failed: the data is lost. */
			UnlockPage(page);
			page_cache_release(page);
			page = NOPAGE_SIGBUS;
			goto out;
		}
		/// 出交换缓存（释放交换缓存那份盘上计数和页面引用），再释放槽位那份：盘上页面空出来了。
		/// 页面挪进 shm 的页面缓存；之后它又只存在于内存里，所以标脏，免得被当成干净页面回收掉。
		shmem_swapin_page(inode, slot, entry, page, idx);
	} else {
		/// 第三种：从未用过的页面，内容为 0（MAP_ANONYMOUS 的语义）。
		page = page_cache_alloc();
		if (!page) {
			page = NOPAGE_OOM;
			goto out;
		}
		/* We may have slept: swapoff may have filled the place. */
		/// 分配时可能睡眠过，swapoff 可能已经把页面放回来了：那就放弃新页面，重新查找。
		if (slot->val || (copy = find_get_page(mapping, idx))) {
			if (!slot->val)
				page_cache_release(copy);
			page_cache_release(page);
			goto repeat;
		}
		clear_highpage(page);
		add_to_page_cache(page, mapping, idx);
		SetPageUptodate(page);
	}
	/// shm 的页面在页面缓存里时总是脏的：它在别处没有副本，回收它之前必须先经 shmem_writepage 写到交换设备。
	set_page_dirty(page);
unlock:
	UnlockPage(page);
out:
	up(&inode->i_sem);
	/// no_share：私有映射的写缺页要自己的副本（写时拷贝）。共享匿名映射总是 VM_SHARED，
	/// do_no_page 传进来的 no_share 为 0，这一段只是保持 nopage 的约定。
	if (page == NOPAGE_OOM || page == NOPAGE_SIGBUS || !no_share)
		return page;

	copy = alloc_page(GFP_HIGHUSER);
	if (copy)
		copy_user_highpage(copy, page, address);
	page_cache_release(page);
	return copy ? copy : NOPAGE_OOM;
}

/* A new inode of the shm file system, on the list swapoff walks. */
/// §2.13 shm 文件系统的一个新索引节点：页面缓存操作是 shmem_aops（writepage），槽位清零，
/// 挂到 shmem_inodes 队列上。2.4.0: mm/shmem.c shmem_get_inode()
/// 移植：只有普通文件这一种（2.4.0 的 tmpfs 还有目录、符号链接、设备文件）；参数里没有 dev。
static struct inode *shmem_get_inode(struct super_block *sb, int mode)
{
	struct inode *inode = new_inode(sb);
	struct shmem_inode_info *info;

	if (!inode)
		return NULL;
	inode->i_op = &shmem_inode_operations;
	inode->i_fop = &shmem_file_operations;
	inode->i_mapping->a_ops = &shmem_aops;
	inode->i_mode = mode;
	inode->i_blksize = PAGE_CACHE_SIZE;
	inode->i_uid = current->fsuid;
	inode->i_gid = current->fsgid;

	info = &inode->u.shmem_i;
	memset(info, 0, sizeof(*info));
	info->lock = SPIN_LOCK_UNLOCKED;
	spin_lock(&shmem_ilock);
	list_add(&info->list, &shmem_inodes);
	spin_unlock(&shmem_ilock);
	return inode;
}

/*
 * A file of size bytes in the shm file system that has no name (its
 * entry is never hashed, so maps shows it " (deleted)"): it lives as
 * long as the file does.  An ERR_PTR on failure.
 */
/// §2.13 在 shm 文件系统里建一个大小为 size 的“已删除”文件，返回它的 file 结构。
/// 2.4.0: mm/shmem.c shmem_file_setup()
/// 目录项只分配、不挂进杂凑表（d_add），i_nlink 为 0：谁也按名字找不到它，d_path 在名字后面加
/// “ (deleted)”，所以 /proc/<pid>/maps 里它显示成 “/dev/zero (deleted)”。文件的生命期就是
/// 映射它的虚存区间的生命期：最后一个 fput 经 dput、iput 走到 shmem_delete_inode。
struct file *shmem_file_setup(char *name, loff_t size)
{
	struct qstr this;
	struct dentry *dentry;
	struct inode *inode;
	struct file *file = NULL;
	int error = -ENOMEM;

	this.name = (const unsigned char *) name;
	this.len = strlen(name);
	this.hash = 0;
	/// 名字 "dev/zero" 是一个分量（中间的 / 只是字符），父目录是 shm 的根，d_path 在根处停下。
	dentry = d_alloc(shmem_root, &this);
	if (dentry)
		file = get_empty_filp();
	if (!file)
		goto fail;

	inode = shmem_get_inode(&shmem_sb, S_IFREG | S_IRWXUGO);
	if (!inode) {
		put_filp(file);
		error = -ENOSPC;
		goto fail;
	}
	d_instantiate(dentry, inode);
	inode->i_nlink = 0;	/* unlinked from the start */
	inode->i_size = size;

	/// 移植：没有挂载，f_vfsmnt 留空（2.4.0 取 shm 挂载点的引用）。
	file->f_mode = FMODE_WRITE | FMODE_READ;
	file->f_op = &shmem_file_operations;
	file->f_dentry = dentry;
	return file;

fail:
	if (dentry)
		dput(dentry);
	return ERR_PTR(error);
}

/*
 * mmap(MAP_SHARED|MAP_ANONYMOUS): the area maps a new shm file of its
 * own size instead ("dev/zero"), which it holds; a file it had before
 * is let go.
 */
/// §2.13 系统调用mmap()：共享的匿名映射（MAP_SHARED|MAP_ANONYMOUS）。2.4.0: mm/shmem.c shmem_zero_setup()。
/// do_mmap_pgoff 对没有文件的共享映射调用它：建一个与区间一样大的 shm 文件，让区间映射这个文件。
/// 此后它就是一个普通的共享文件映射：插入区间时挂到索引节点的 i_mmap_shared 队列，fork 时 get_file，
/// 拆分、移动区间时各段都引用这个文件，缺页走 shmem_nopage。父子进程因此真正共享页面。
/// 原来若有 vm_file（例如对 /dev/zero 做共享映射时 2.4.0 的驱动也调用这里），先把它放掉。
int shmem_zero_setup(struct vm_area_struct *vma)
{
	struct file *obj;

	obj = shmem_file_setup("dev/zero", vma->vm_end - vma->vm_start);
	if (!IS_ERR(obj)) {
		if (vma->vm_file != NULL)
			fput(vma->vm_file);
		vma->vm_ops = &shmem_shared_vm_ops;
		vma->vm_file = obj;
		return 0;
	}
	return PTR_ERR(obj);
}

/* Where entry sits among count slots from dir, or -1. */
/// §2.9 在一段槽位里找交换项 entry。2.4.0: 无（本移植新增）：shmem_unuse 的查找拆成两个小函数，便于阅读。
static long shmem_find_swp(swp_entry_t entry, swp_entry_t *dir,
			   unsigned long count)
{
	unsigned long i;

	for (i = 0; i < count; i++)
		if (dir[i].val == entry.val)
			return i;
	return -1;
}

/* The page index whose slot in info holds entry, or -1. */
/// §2.9 一个 shm 对象里，哪个页面的槽位存着 entry：先查 16 个直接槽位，再查每个槽位页面。
/// 2.4.0: 无（本移植新增）：2.4.0 在 shmem_unuse 里直接查找。
static long shmem_unuse_find(struct shmem_inode_info *info,
			     swp_entry_t entry)
{
	unsigned long i;
	long at;

	at = shmem_find_swp(entry, info->i_direct, SHMEM_NR_DIRECT);
	if (at >= 0 || !info->i_indirect)
		return at;
	for (i = 0; i < ENTRIES_PER_PAGE; i++) {
		if (!info->i_indirect[i])
			continue;
		at = shmem_find_swp(entry, info->i_indirect[i],
				    ENTRIES_PER_PAGE);
		if (at >= 0)
			return SHMEM_NR_DIRECT + i * ENTRIES_PER_PAGE + at;
	}
	return -1;
}

/*
 * The object of one inode holds entry at idx: page (read in by swapoff,
 * in the swap cache) goes back into its page cache and the entry is
 * freed, unless a fault did so first.
 */
/// §2.9 swapoff 读回的页面还给它所属的 shm 对象：出交换缓存、释放两份盘上计数、清槽位、进页面缓存。
/// 2.4.0: 无（本移植新增）：把 shmem_unuse 找到之后的部分单独写出，在这里取 i_sem 和页面锁
/// （可能睡眠），与 shmem_nopage 的顺序相同，所以两者不会同时把同一页面带进来；复查槽位和页面，
/// 睡眠期间 shmem_nopage 可能已经做完了同样的事。
static void shmem_unuse_inode(struct inode *inode, unsigned long idx,
			      swp_entry_t entry, struct page *page)
{
	struct shmem_inode_info *info = &inode->u.shmem_i;
	swp_entry_t *slot;

	down(&inode->i_sem);
	lock_page(page);
	slot = shmem_swp_entry(info, idx, 0);
	if (slot && slot->val == entry.val && PageSwapCache(page) &&
	    page->index == entry.val) {
		shmem_swapin_page(inode, slot, entry, page, idx);
		set_page_dirty(page);
	}
	UnlockPage(page);
	up(&inode->i_sem);
}

/*
 * swapoff (try_to_unuse) read entry into page: if a shmem object holds
 * that entry, give the page back to it.  The inode is held while we
 * may sleep, so that it cannot go away meanwhile.
 */
/// §2.9 交换设备的关闭：try_to_unuse 读回一个盘上页面、替换了所有进程的页面表项之后，调这里处理
/// shm 对象的槽位。2.4.0: mm/shmem.c shmem_unuse()
/// 找到之后要睡眠（取锁），先给索引节点加一份计数再放开 shmem_ilock：睡眠期间最后一个映射即使
/// 走了，索引节点也还在；我们的 iput 可能就是最后一个，那时 shmem_delete_inode 会把刚放回的页面一起释放。
void shmem_unuse(swp_entry_t entry, struct page *page)
{
	struct list_head *pos;
	struct shmem_inode_info *info;
	struct inode *inode;
	long idx;

	spin_lock(&shmem_ilock);
	list_for_each(pos, &shmem_inodes) {
		info = list_entry(pos, struct shmem_inode_info, list);
		if (!info->swapped)
			continue;
		idx = shmem_unuse_find(info, entry);
		if (idx < 0)
			continue;
		inode = list_entry(info, struct inode, u.shmem_i);
		atomic_inc(&inode->i_count);
		spin_unlock(&shmem_ilock);
		shmem_unuse_inode(inode, idx, entry, page);
		iput(inode);
		return;
	}
	spin_unlock(&shmem_ilock);
}

/* The super block and root of the shm file system (2.4.0: a mount). */
/// §2.13 建立 shm 文件系统：超级块和根目录项。2.4.0: mm/shmem.c init_shmem_fs()
/// 2.4.0 作为 module_init 初始化函数注册 tmpfs/shm 并 kern_mount；本移植在 do_basic_setup 里直接调用，
/// 只准备 shmem_file_setup 需要的父目录项和带 delete_inode 的 super_operations。
int __init init_shmem_fs(void)
{
	struct inode *root;

	/// 移植：引导自检（tests/kernel/shmem_checks.c）在 init 进程之前就要用 shm 文件，会先调用一次；第二次直接返回。
	if (shmem_root)
		return 0;	/* Port: the boot checks made it already */
	shmem_sb.s_blocksize = PAGE_CACHE_SIZE;
	shmem_sb.s_blocksize_bits = PAGE_CACHE_SHIFT;
	shmem_sb.s_magic = SHMEM_MAGIC;
	shmem_sb.s_op = &shmem_ops;
	root = new_inode(&shmem_sb);
	if (!root)
		return -ENOMEM;
	root->i_mode = S_IFDIR | S_IRWXUGO;
	shmem_root = d_alloc_root(root);
	if (!shmem_root) {
		iput(root);
		return -ENOMEM;
	}
	shmem_sb.s_root = shmem_root;
	return 0;
}

static struct super_operations shmem_ops = {
	.delete_inode = shmem_delete_inode,
};

/// 只有 writepage：页面从不需要“读”（新页面由 shmem_nopage 清零，换出的页面经交换缓存读回）。
static struct address_space_operations shmem_aops = {
	.writepage = shmem_writepage,
};

/* Port: no read, write or mmap: only the kernel maps these files. */
static struct file_operations shmem_file_operations = {
};

static struct inode_operations shmem_inode_operations = {
	.truncate = shmem_truncate,
};

/// 共享匿名映射的区间操作：只有 nopage，和 2.4.0 一样没有 swapout（换出走 writepage）。
static struct vm_operations_struct shmem_shared_vm_ops = {
	.nopage = shmem_nopage,
};
