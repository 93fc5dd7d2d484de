// SPDX-License-Identifier: GPL-2.0-only
/*
 * The page cache: pages of files kept in memory, found by (mapping,
 * index) through one hash table, listed on their mapping's clean, dirty
 * or locked list and on one LRU list.  read(), write() and the mappings
 * of files all go through it, so every process mapping a page of a file
 * maps the same page.  Also msync, madvise and mincore.
 * 情景分析 §2.13 (filemap_nopage), chapter 5.  Follows Linux 2.4.0
 * mm/filemap.c.  Port: no block devices, so no read-ahead beyond
 * read_cluster_nonblocking and no buffer heads (see deviations.md).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/mman.h>
#include <linux/slab.h>
#include <linux/swap.h>
#include <linux/spinlock.h>
#include <linux/highmem.h>
#include <linux/pagemap.h>
#include <linux/file.h>
#include <asm/uaccess.h>
#include <asm/pgalloc.h>

/* Pages in the page cache. */
atomic_t page_cache_size = ATOMIC_INIT(0);

unsigned int page_hash_bits;
struct page **page_hash_table;

/* Guards the hash chains and the mappings' page lists. */
spinlock_t pagecache_lock = SPIN_LOCK_UNLOCKED;

/* Guards the LRU lists (taken inside pagecache_lock, never around it). */
spinlock_t pagemap_lru_lock = SPIN_LOCK_UNLOCKED;

#define CLUSTER_PAGES		(1 << page_cluster)
#define CLUSTER_OFFSET(x)	(((x) >> page_cluster) << page_cluster)

/* Push page onto the front of hash chain *p. */
static inline void add_page_to_hash_queue(struct page *pg, struct page **p)
{
	struct page *first = *p;

	*p = pg;
	pg->next_hash = first;
	pg->pprev_hash = p;
	if (first)
		first->pprev_hash = &pg->next_hash;
	if (pg->buffers)
		PAGE_BUG(pg);
	atomic_inc(&page_cache_size);
}

/* The page belongs to mapping now: on its clean list, counted. */
static inline void add_page_to_inode_queue(struct address_space *as,
					   struct page *pg)
{
	list_add(&pg->list, &as->clean_pages);
	pg->mapping = as;
	as->nrpages++;
}

static inline void remove_page_from_inode_queue(struct page *pg)
{
	struct address_space *as = pg->mapping;

	as->nrpages--;
	list_del(&pg->list);
	pg->mapping = NULL;
}

/* Unlink from the chain: pprev_hash is the link that points at page. */
static inline void remove_page_from_hash_queue(struct page *pg)
{
	struct page *after = pg->next_hash;
	struct page **link = pg->pprev_hash;

	if (after)
		after->pprev_hash = link;
	*link = after;
	pg->pprev_hash = NULL;
	atomic_dec(&page_cache_size);
}

/*
 * Take the page out of the cache (hash and mapping); the caller holds
 * pagecache_lock.  A dirty page would lose its data: a bug.
 */
void __remove_inode_page(struct page *pg)
{
	if (PageDirty(pg))
		BUG();
	remove_page_from_inode_queue(pg);
	remove_page_from_hash_queue(pg);
	pg->mapping = NULL;
}

/* The same with the lock taken here; the page must be locked. */
void remove_inode_page(struct page *pg)
{
	if (!PageLocked(pg))
		PAGE_BUG(pg);

	spin_lock(&pagecache_lock);
	__remove_inode_page(pg);
	spin_unlock(&pagecache_lock);
}

/* Ask the mapping to get the page's I/O going (if it has such a call). */
static inline int sync_page(struct page *pg)
{
	struct address_space *as = pg->mapping;

	if (as && as->a_ops && as->a_ops->sync_page)
		return as->a_ops->sync_page(pg);
	return 0;
}

/*
 * A page of a file mapping was dirtied (set_page_dirty saw the bit go
 * from 0 to 1): move it to the front of its mapping's dirty list.
 * Port: no inode dirty lists to mark (no writeback daemon).
 */
void __set_page_dirty(struct page *pg)
{
	struct address_space *as = pg->mapping;

	spin_lock(&pagecache_lock);
	list_del(&pg->list);
	list_add(&pg->list, &as->dirty_pages);
	spin_unlock(&pagecache_lock);
}

/*
 * Drop the clean, unlocked pages of the inode that nobody but the cache
 * holds.  Pages in use stay.
 */
void invalidate_inode_pages(struct inode *ino)
{
	struct list_head *head = &ino->i_mapping->clean_pages;
	struct list_head *pos;
	struct page *pg;

	spin_lock(&pagecache_lock);
	spin_lock(&pagemap_lru_lock);
	pos = head->next;
	while (pos != head) {
		pg = list_entry(pos, struct page, list);
		pos = pos->next;

		if (TryLockPage(pg))
			continue;
		if (pg->buffers || page_count(pg) != 1) {
			UnlockPage(pg);
			continue;
		}
		__lru_cache_del(pg);
		__remove_inode_page(pg);
		UnlockPage(pg);
		page_cache_release(pg);
	}
	spin_unlock(&pagemap_lru_lock);
	spin_unlock(&pagecache_lock);
}

/* Clear the bytes of the page from offset to its end. */
static inline void truncate_partial_page(struct page *pg, unsigned partial)
{
	memclear_highpage_flush(pg, partial, PAGE_CACHE_SIZE - partial);
}

/* Take a locked page out of the cache for good (truncate). */
static void truncate_complete_page(struct page *pg)
{
	lru_cache_del(pg);
	ClearPageDirty(pg);
	remove_inode_page(pg);
	page_cache_release(pg);
}

/*
 * One pass over one of the mapping's lists: the first page at or after
 * start is taken out.  Returns 1 when it did (pagecache_lock was dropped
 * meanwhile, so the list must be walked again), 0 when none is left.
 */
static int truncate_list_pages(struct list_head *head, unsigned long start)
{
	struct list_head *pos;
	struct page *pg;

	for (pos = head->next; pos != head; pos = pos->next) {
		pg = list_entry(pos, struct page, list);
		if (pg->index < start)
			continue;

		page_cache_get(pg);
		spin_unlock(&pagecache_lock);
		lock_page(pg);
		/* Someone else may have taken it out while we slept. */
		if (pg->mapping)
			truncate_complete_page(pg);
		UnlockPage(pg);
		page_cache_release(pg);
		spin_lock(&pagecache_lock);
		return 1;
	}
	return 0;
}

/*
 * The file ends at lstart now: clear the tail of the page that holds
 * the new end, and drop every cached page wholly beyond it.  The
 * mappings of those pages were zapped first (vmtruncate).
 */
void truncate_inode_pages(struct address_space *as, loff_t lstart)
{
	unsigned long start = (lstart + PAGE_CACHE_SIZE - 1) >> PAGE_CACHE_SHIFT;
	unsigned partial = lstart & (PAGE_CACHE_SIZE - 1);
	struct page *pg;

	if (partial) {
		pg = find_lock_page(as, start - 1);
		if (pg) {
			truncate_partial_page(pg, partial);
			UnlockPage(pg);
			page_cache_release(pg);
		}
	}

	spin_lock(&pagecache_lock);
	while (truncate_list_pages(&as->clean_pages, start) ||
	       truncate_list_pages(&as->dirty_pages, start) ||
	       truncate_list_pages(&as->locked_pages, start))
		;
	spin_unlock(&pagecache_lock);
}

/*
 * Walk the hash chain from page for (mapping, offset); the caller holds
 * pagecache_lock.  A hit is a use of the page: it ages up (and comes
 * back to the active list if it had gone inactive).  Port: 2.4.0 may
 * also wake kswapd here when memory runs short; this port does not.
 */
static inline struct page *__find_page_nolock(struct address_space *as,
					      unsigned long idx,
					      struct page *pg)
{
	for (; pg; pg = pg->next_hash) {
		if (pg->mapping == as && pg->index == idx)
			break;
	}
	if (pg)
		age_page_up(pg);
	return pg;
}

/*
 * Sleep until the page is unlocked, nudging its I/O along on each
 * wake-up (sync_page).
 */
void ___wait_on_page(struct page *pg)
{
	struct task_struct *tsk = current;
	DECLARE_WAITQUEUE(wait, tsk);

	add_wait_queue(&pg->wait, &wait);
	for (;;) {
		sync_page(pg);
		set_task_state(tsk, TASK_UNINTERRUPTIBLE);
		if (!PageLocked(pg))
			break;
		schedule();
	}
	tsk->state = TASK_RUNNING;
	remove_wait_queue(&pg->wait, &wait);
}

/* Sleep as an exclusive waiter until we are the one who locks the page. */
static void __lock_page(struct page *pg)
{
	struct task_struct *tsk = current;
	DECLARE_WAITQUEUE(wait, tsk);

	add_wait_queue_exclusive(&pg->wait, &wait);
	for (;;) {
		sync_page(pg);
		set_task_state(tsk, TASK_UNINTERRUPTIBLE);
		if (PageLocked(pg)) {
			schedule();
			continue;
		}
		if (!TryLockPage(pg))
			break;
	}
	tsk->state = TASK_RUNNING;
	remove_wait_queue(&pg->wait, &wait);
}

/* Lock the page, sleeping while someone else holds it. */
void lock_page(struct page *pg)
{
	if (TryLockPage(pg))
		__lock_page(pg);
}

/* The cached page (mapping, offset) with a reference taken, or NULL. */
struct page *__find_get_page(struct address_space *as,
			     unsigned long idx, struct page **chain)
{
	struct page *pg;

	spin_lock(&pagecache_lock);
	pg = __find_page_nolock(as, idx, *chain);
	if (pg)
		page_cache_get(pg);
	spin_unlock(&pagecache_lock);
	return pg;
}

/*
 * The same, locked.  Locking may sleep, and meanwhile the page may be
 * truncated out of the cache: then look again.
 */
struct page *__find_lock_page(struct address_space *as,
			      unsigned long idx, struct page **chain)
{
	struct page *pg;

	for (;;) {
		spin_lock(&pagecache_lock);
		pg = __find_page_nolock(as, idx, *chain);
		if (!pg)
			break;
		page_cache_get(pg);
		spin_unlock(&pagecache_lock);

		lock_page(pg);
		if (pg->mapping == as && pg->index == idx)
			return pg;
		/* Truncated (or reused) while we slept. */
		UnlockPage(pg);
		page_cache_release(pg);
	}
	spin_unlock(&pagecache_lock);
	return NULL;
}

/*
 * Put a locked page into the cache at index of mapping: the cache takes
 * a reference; the page goes on the mapping's clean list, on its hash
 * chain and on the active list.
 */
void add_to_page_cache_locked(struct page *pg,
			      struct address_space *as,
			      unsigned long index)
{
	if (!PageLocked(pg))
		BUG();

	page_cache_get(pg);
	spin_lock(&pagecache_lock);
	pg->index = index;
	add_page_to_inode_queue(as, pg);
	add_page_to_hash_queue(pg, page_hash(as, index));
	lru_cache_add(pg);
	spin_unlock(&pagecache_lock);
}

/*
 * A fresh page enters the cache (caller holds pagecache_lock): its old
 * state bits go, it comes in locked (its contents are not read yet).
 */
static inline void __add_to_page_cache(struct page *pg,
				       struct address_space *as,
				       unsigned long idx,
				       struct page **chain)
{
	unsigned long stale = (1UL << PG_uptodate) | (1UL << PG_error) |
			      (1UL << PG_dirty) | (1UL << PG_referenced) |
			      (1UL << PG_arch_1);

	if (PageLocked(pg))
		BUG();
	pg->flags = (pg->flags & ~stale) | (1UL << PG_locked);
	page_cache_get(pg);
	pg->index = idx;
	add_page_to_inode_queue(as, pg);
	add_page_to_hash_queue(pg, chain);
	lru_cache_add(pg);
}

void add_to_page_cache(struct page *pg, struct address_space *as,
		       unsigned long idx)
{
	spin_lock(&pagecache_lock);
	__add_to_page_cache(pg, as, idx, page_hash(as, idx));
	spin_unlock(&pagecache_lock);
}

/*
 * Add the page unless the cache has one at that place already: 0 when
 * added, 1 when another page was there first.
 */
static int add_to_page_cache_unique(struct page *pg,
				    struct address_space *as,
				    unsigned long idx,
				    struct page **chain)
{
	struct page *there;
	int busy = 1;

	spin_lock(&pagecache_lock);
	there = __find_page_nolock(as, idx, *chain);
	if (!there) {
		__add_to_page_cache(pg, as, idx, chain);
		busy = 0;
	}
	spin_unlock(&pagecache_lock);
	return busy;
}

/*
 * Make sure page offset of the file is in the cache, starting its read
 * if it was not (readpage unlocks the page when the data is in).
 * 0, -ENOMEM, or readpage's error.
 */
static inline int page_cache_read(struct file *fp, unsigned long idx)
{
	struct inode *ino = fp->f_dentry->d_inode;
	struct address_space *as = ino->i_mapping;
	struct page **chain = page_hash(as, idx);
	struct page *pg;
	int rc;

	spin_lock(&pagecache_lock);
	pg = __find_page_nolock(as, idx, *chain);
	spin_unlock(&pagecache_lock);
	if (pg)
		return 0;

	pg = page_cache_alloc();
	if (!pg)
		return -ENOMEM;

	if (!add_to_page_cache_unique(pg, as, idx, chain)) {
		rc = as->a_ops->readpage(fp, pg);
		page_cache_release(pg);
		return rc;
	}
	/* Someone added the page meanwhile: ours is not needed. */
	page_cache_release(pg);
	return 0;
}

/*
 * Read the aligned cluster of CLUSTER_PAGES pages around offset into the
 * cache, stopping at the end of the file (filesize, in pages).
 */
static int read_cluster_nonblocking(struct file *fp, unsigned long idx,
				    unsigned long filesize)
{
	unsigned long left = CLUSTER_PAGES;
	int rc;

	idx = CLUSTER_OFFSET(idx);
	while (left-- && idx < filesize) {
		rc = page_cache_read(fp, idx);
		if (rc < 0)
			return rc;
		idx++;
	}
	return 0;
}

/*
 * The page at index of mapping, locked and with a reference, made and
 * added if the cache had none (then not up to date).  NULL without
 * memory.
 */
struct page *grab_cache_page(struct address_space *as,
			     unsigned long index)
{
	struct page **chain = page_hash(as, index);
	struct page *pg, *fresh;

	for (;;) {
		pg = __find_lock_page(as, index, chain);
		if (pg)
			return pg;
		fresh = page_cache_alloc();
		if (!fresh)
			return NULL;
		if (!add_to_page_cache_unique(fresh, as, index, chain))
			return fresh;
		/* Lost a race: use the one that got in. */
		page_cache_release(fresh);
	}
}

/*
 * Find or add the page at index and, if it was new, let filler read it.
 * Returns the page with a reference (maybe still being read), or an
 * error pointer.
 */
static struct page *__read_cache_page(struct address_space *as,
				      unsigned long index,
				      filler_t *filler, void *data)
{
	struct page **chain = page_hash(as, index);
	struct page *pg, *spare = NULL;
	int err;

	for (;;) {
		pg = __find_get_page(as, index, chain);
		if (pg)
			break;
		if (!spare) {
			spare = page_cache_alloc();
			if (!spare)
				return ERR_PTR(-ENOMEM);
			continue;
		}
		if (add_to_page_cache_unique(spare, as, index, chain))
			continue;
		pg = spare;
		spare = NULL;
		err = filler(data, pg);
		if (err < 0) {
			page_cache_release(pg);
			pg = ERR_PTR(err);
		}
		break;
	}
	if (spare)
		page_cache_release(spare);
	return pg;
}

/*
 * The page at index, up to date: read through filler unless it is in
 * the cache with its data already.  An error pointer if filler fails.
 */
struct page *read_cache_page(struct address_space *as,
			     unsigned long index, filler_t *filler,
			     void *data)
{
	struct page *pg;
	int err;

	for (;;) {
		pg = __read_cache_page(as, index, filler, data);
		if (IS_ERR(pg) || Page_Uptodate(pg))
			return pg;

		lock_page(pg);
		if (!pg->mapping) {
			/* Truncated meanwhile: start over. */
			UnlockPage(pg);
			page_cache_release(pg);
			continue;
		}
		if (Page_Uptodate(pg)) {
			UnlockPage(pg);
			return pg;
		}
		err = filler(data, pg);
		if (err < 0) {
			page_cache_release(pg);
			pg = ERR_PTR(err);
		}
		return pg;
	}
}

/*
 * The read loop of read() on a page-cache file: page by page from
 * *ppos, each found in the cache or read into it, handed to actor,
 * until desc->count is done, the file ends or an error.
 */
void do_generic_file_read(struct file *fp, loff_t *ppos,
			  read_descriptor_t *desc, read_actor_t actor)
{
	struct inode *ino = fp->f_dentry->d_inode;
	struct address_space *as = ino->i_mapping;
	unsigned long index = *ppos >> PAGE_CACHE_SHIFT;
	unsigned long idx = *ppos & ~PAGE_CACHE_MASK;
	struct page *cached_page = NULL;
	struct page **chain, *pg;
	unsigned long end_index, nr;
	int rc;

	for (;;) {
		end_index = ino->i_size >> PAGE_CACHE_SHIFT;
		if (index > end_index)
			break;
		nr = PAGE_CACHE_SIZE;
		if (index == end_index) {
			nr = ino->i_size & ~PAGE_CACHE_MASK;
			if (nr <= idx)
				break;
		}
		nr -= idx;

		chain = page_hash(as, index);
		spin_lock(&pagecache_lock);
		pg = __find_page_nolock(as, index, *chain);
		if (!pg) {
			spin_unlock(&pagecache_lock);
			/* Not cached: get a page, then look once more. */
			if (!cached_page) {
				cached_page = page_cache_alloc();
				if (!cached_page) {
					desc->error = -ENOMEM;
					break;
				}
				continue;
			}
			spin_lock(&pagecache_lock);
			pg = __find_page_nolock(as, index, *chain);
			if (!pg) {
				pg = cached_page;
				cached_page = NULL;
				__add_to_page_cache(pg, as, index, chain);
				spin_unlock(&pagecache_lock);
				goto readpage;
			}
		}
		page_cache_get(pg);
		spin_unlock(&pagecache_lock);

		if (Page_Uptodate(pg))
			goto page_ok;

		/* Being read, or its read failed: take the lock and look. */
		lock_page(pg);
		if (!pg->mapping) {
			UnlockPage(pg);
			page_cache_release(pg);
			continue;
		}
		if (Page_Uptodate(pg)) {
			UnlockPage(pg);
			goto page_ok;
		}

readpage:
		rc = as->a_ops->readpage(fp, pg);
		if (!rc) {
			wait_on_page(pg);
			if (Page_Uptodate(pg))
				goto page_ok;
			rc = -EIO;
		}
		desc->error = rc;
		page_cache_release(pg);
		break;

page_ok:
		nr = actor(desc, pg, idx, nr);
		idx += nr;
		index += idx >> PAGE_CACHE_SHIFT;
		idx &= ~PAGE_CACHE_MASK;
		page_cache_release(pg);
		if (!nr || !desc->count)
			break;
	}

	*ppos = ((loff_t) index << PAGE_CACHE_SHIFT) + idx;
	if (cached_page)
		page_cache_release(cached_page);
}

/* Copy from the page to the reader's buffer; a fault ends with -EFAULT. */
int file_read_actor(read_descriptor_t *desc, struct page *pg,
		    unsigned long idx, unsigned long size)
{
	unsigned long left;
	char *kaddr;

	if (size > desc->count)
		size = desc->count;
	kaddr = kmap(pg);
	left = __copy_to_user(desc->buf, kaddr + idx, size);
	kunmap(pg);
	if (left) {
		size -= left;
		desc->error = -EFAULT;
	}
	desc->count -= size;
	desc->written += size;
	desc->buf += size;
	return size;
}

/* read() of a page-cache file: the bytes read, or the first error. */
ssize_t generic_file_read(struct file *fp, char *buf, size_t count,
			  loff_t *ppos)
{
	read_descriptor_t desc;

	if (!access_ok(VERIFY_WRITE, buf, count))
		return -EFAULT;
	if (!count)
		return 0;

	desc.buf = buf;
	desc.count = count;
	desc.written = 0;
	desc.error = 0;
	do_generic_file_read(fp, ppos, &desc, file_read_actor);
	if (desc.written)
		return desc.written;
	return desc.error;
}

/* Fault in the first and last byte a copy will read; -EFAULT if bad. */
static inline int fault_in_source(const char *buf, unsigned long bytes)
{
	char c;
	int bad = __get_user(c, buf);

	if (!bad)
		bad = __get_user(c, buf + bytes - 1);
	(void) c;
	return bad;
}

/*
 * write() of a page-cache file, page by page: grab the cache page
 * (locked), let the file system prepare it, copy the user's bytes in,
 * let it commit them (which may grow i_size).  One writer at a time
 * (i_sem).  O_APPEND writes at the end.
 */
ssize_t generic_file_write(struct file *fp, const char *buf,
			   size_t count, loff_t *ppos)
{
	struct inode *ino = fp->f_dentry->d_inode;
	struct address_space *as = ino->i_mapping;
	unsigned long limit = current->rlim[RLIMIT_FSIZE].rlim_cur;
	unsigned long index, idx, bytes;
	ssize_t written = 0;
	loff_t pos;
	struct page *pg;
	char *kaddr;
	int status = 0;

	down(&ino->i_sem);
	pos = *ppos;
	if (pos < 0) {
		status = -EINVAL;
		goto out;
	}
	if (fp->f_flags & O_APPEND)
		pos = ino->i_size;

	/* Not past the file-size limit: SIGXFSZ and -EFBIG at it. */
	if (limit != RLIM_INFINITY) {
		if (pos >= limit) {
			send_sig(SIGXFSZ, current, 0);
			status = -EFBIG;
			goto out;
		}
		if (count > limit - (unsigned long) pos)
			count = limit - (unsigned long) pos;
	}

	while (count) {
		idx = pos & (PAGE_CACHE_SIZE - 1);
		index = pos >> PAGE_CACHE_SHIFT;
		bytes = PAGE_CACHE_SIZE - idx;
		if (bytes > count)
			bytes = count;

		/* Touch the source first: a fault with the page locked
		 * could need this very page. */
		if (fault_in_source(buf, bytes)) {
			status = -EFAULT;
			break;
		}

		pg = grab_cache_page(as, index);
		if (!pg) {
			status = -ENOMEM;
			break;
		}
		if (!PageLocked(pg))
			PAGE_BUG(pg);

		status = as->a_ops->prepare_write(fp, pg, idx,
						       idx + bytes);
		if (!status) {
			kaddr = page_address(pg);
			status = __copy_from_user(kaddr + idx, buf, bytes) ?
				 -EFAULT : 0;
			flush_dcache_page(pg);
			if (!status)
				status = as->a_ops->commit_write(fp,
						pg, idx, idx + bytes);
		}
		if (!status)
			status = bytes;
		UnlockPage(pg);
		page_cache_release(pg);
		if (status < 0)
			break;
		buf += status;
		pos += status;
		written += status;
		count -= status;
	}
	*ppos = pos;
out:
	up(&ino->i_sem);
	return written ? written : status;
}

/*
 * The first touch of a page of a file mapping (§2.13).  The page at the
 * file offset of address comes from the page cache, read in (with the
 * pages around it) if missing.  A shared mapping, or a read, gets the
 * cache page itself; a write to a private mapping (no_share) gets a
 * copy at once.  Wholly beyond the end of the file there is nothing:
 * NULL, and do_no_page() sends SIGBUS (not for another process's mm:
 * ptrace may look there).
 */
struct page *filemap_nopage(struct vm_area_struct *vm,
			    unsigned long address, int no_share)
{
	struct file *fp = vm->vm_file;
	struct inode *ino = fp->f_dentry->d_inode;
	struct address_space *as = ino->i_mapping;
	struct page *pg, **chain, *copy;
	unsigned long size, pgoff;
	int rc;

	pgoff = ((address - vm->vm_start) >> PAGE_CACHE_SHIFT) +
		vm->vm_pgoff;

retry_all:
	size = (ino->i_size + PAGE_CACHE_SIZE - 1) >> PAGE_CACHE_SHIFT;
	if ((pgoff >= size) && (vm->vm_mm == current->mm))
		return NULL;

	chain = page_hash(as, pgoff);
retry_find:
	pg = __find_get_page(as, pgoff, chain);
	if (!pg)
		goto no_cached_page;

	if (!Page_Uptodate(pg))
		goto page_not_uptodate;

success:
	/* Port: no sequential read-ahead (nopage_sequential_readahead). */
	if (no_share) {
		copy = alloc_page(GFP_HIGHUSER);
		if (copy)
			copy_user_highpage(copy, pg, address);
		page_cache_release(pg);
		return copy ? copy : NOPAGE_OOM;
	}
	flush_page_to_ram(pg);
	return pg;

no_cached_page:
	/*
	 * A random-read hint reads only this page, else a whole cluster.
	 * Port: past the end (a ptrace access) the cluster read stops at
	 * once, so read just this page, or the lookup would never succeed.
	 */
	if (VM_RandomReadHint(vm) || pgoff >= size)
		rc = page_cache_read(fp, pgoff);
	else
		rc = read_cluster_nonblocking(fp, pgoff, size);
	if (rc >= 0)
		goto retry_find;
	if (rc == -ENOMEM)
		return NOPAGE_OOM;
	return NULL;

page_not_uptodate:
	lock_page(pg);
	if (!pg->mapping) {
		/* Truncated while we slept. */
		UnlockPage(pg);
		page_cache_release(pg);
		goto retry_all;
	}
	if (Page_Uptodate(pg)) {
		UnlockPage(pg);
		goto success;
	}
	if (!as->a_ops->readpage(fp, pg)) {
		wait_on_page(pg);
		if (Page_Uptodate(pg))
			goto success;
	}

	/* The read failed: clear the error and try once more, then give up. */
	lock_page(pg);
	if (!pg->mapping) {
		UnlockPage(pg);
		page_cache_release(pg);
		goto retry_all;
	}
	if (Page_Uptodate(pg)) {
		UnlockPage(pg);
		goto success;
	}
	ClearPageError(pg);
	if (!as->a_ops->readpage(fp, pg)) {
		wait_on_page(pg);
		if (Page_Uptodate(pg))
			goto success;
	}
	page_cache_release(pg);
	return NULL;
}

/*
 * Write back the dirty pages of the mapping.  Port: each page on the
 * dirty list goes to writepage (2.4.0 walks the list the same way); a
 * page whose writepage fails goes back to the dirty list.
 */
int filemap_fdatasync(struct address_space *as)
{
	int (*writepage)(struct page *) = as->a_ops->writepage;
	struct page *pg;
	int ret = 0, err;

	spin_lock(&pagecache_lock);
	while (!list_empty(&as->dirty_pages)) {
		pg = list_entry(as->dirty_pages.next, struct page, list);
		list_del(&pg->list);
		list_add(&pg->list, &as->locked_pages);
		if (!PageDirty(pg))
			continue;

		page_cache_get(pg);
		spin_unlock(&pagecache_lock);
		lock_page(pg);
		if (PageDirty(pg)) {
			ClearPageDirty(pg);
			err = writepage(pg);
			if (err && !ret)
				ret = err;
		} else {
			UnlockPage(pg);
		}
		page_cache_release(pg);
		spin_lock(&pagecache_lock);
	}
	spin_unlock(&pagecache_lock);
	return ret;
}

/*
 * Wait for the writes filemap_fdatasync started: every page on the
 * locked list goes back to the clean list once unlocked.
 */
int filemap_fdatawait(struct address_space *as)
{
	struct page *pg;
	int ret = 0;

	spin_lock(&pagecache_lock);
	while (!list_empty(&as->locked_pages)) {
		pg = list_entry(as->locked_pages.next, struct page,
				  list);
		list_del(&pg->list);
		list_add(&pg->list, &as->clean_pages);
		if (!PageLocked(pg))
			continue;

		page_cache_get(pg);
		spin_unlock(&pagecache_lock);
		___wait_on_page(pg);
		if (PageError(pg))
			ret = -EIO;
		page_cache_release(pg);
		spin_lock(&pagecache_lock);
	}
	spin_unlock(&pagecache_lock);
	return ret;
}

/*
 * msync's page-table walk: a present, dirty pte of a file page is made
 * clean and its page marked dirty in the page cache instead.
 */
static inline int filemap_sync_pte(pte_t *ptep, struct vm_area_struct *vm,
				   unsigned long address, unsigned int flags)
{
	pte_t pte = *ptep;
	struct page *pg;

	if (!pte_present(pte) || !pte_dirty(pte))
		return 0;
	flush_page_to_ram(pte_page(pte));
	pg = pte_page(pte);
	if (!VALID_PAGE(pg) || PageReserved(pg))
		return 0;
	flush_cache_page(vm, address);
	set_pte(ptep, pte_mkclean(pte));
	flush_tlb_page(vm, address);
	set_page_dirty(pg);
	return 0;
}

static inline int filemap_sync_pte_range(pmd_t *pmd, unsigned long address,
					 unsigned long size,
					 struct vm_area_struct *vm,
					 unsigned long base,
					 unsigned int flags)
{
	unsigned long from = address & ~PMD_MASK;
	unsigned long to = from + size;
	pte_t *pte;
	int rc = 0;

	if (pmd_none(*pmd))
		return 0;
	if (pmd_bad(*pmd)) {
		pmd_ERROR(*pmd);
		pmd_clear(pmd);
		return 0;
	}
	base += address & PMD_MASK;
	if (to > PMD_SIZE)
		to = PMD_SIZE;
	for (pte = pte_offset(pmd, address); from < to; pte++) {
		rc |= filemap_sync_pte(pte, vm, base + from, flags);
		from += PAGE_SIZE;
	}
	return rc;
}

static inline int filemap_sync_pmd_range(pgd_t *pgd, unsigned long address,
					 unsigned long size,
					 struct vm_area_struct *vm,
					 unsigned int flags)
{
	unsigned long base = address & PGDIR_MASK;
	unsigned long from = address & ~PGDIR_MASK;
	unsigned long to = from + size;
	pmd_t *pmd;
	int rc = 0;

	if (pgd_none(*pgd))
		return 0;
	if (pgd_bad(*pgd)) {
		pgd_ERROR(*pgd);
		pgd_clear(pgd);
		return 0;
	}
	if (to > PGDIR_SIZE)
		to = PGDIR_SIZE;
	for (pmd = pmd_offset(pgd, address); from < to; pmd++) {
		rc |= filemap_sync_pte_range(pmd, from, to - from, vm, base,
					     flags);
		from = (from + PMD_SIZE) & PMD_MASK;
		if (!from)
			break;
	}
	return rc;
}

/* Move the dirty bits of [address, address + size) into the page cache. */
int filemap_sync(struct vm_area_struct *vm, unsigned long address,
		 size_t size, unsigned int flags)
{
	struct mm_struct *mm = vm->vm_mm;
	unsigned long end = address + size;
	pgd_t *dir;
	int rc = 0;

	spin_lock(&mm->page_table_lock);
	dir = pgd_offset(mm, address);
	flush_cache_range(mm, end - size, end);
	if (address >= end)
		BUG();
	do {
		rc |= filemap_sync_pmd_range(dir, address, end - address,
						vm, flags);
		address = (address + PGDIR_SIZE) & PGDIR_MASK;
		dir++;
	} while (address && (address < end));
	flush_tlb_range(mm, end - size, end);
	spin_unlock(&mm->page_table_lock);
	return rc;
}

/*
 * The VMA methods of file mappings.  Both find pages through
 * filemap_nopage; 2.4.0's shared kind also writes dirty pages back on
 * unmap and swap-out (sync, swapout), which comes with reclaim.
 */
static struct vm_operations_struct file_shared_mmap = {
	.nopage = filemap_nopage,
};

static struct vm_operations_struct file_private_mmap = {
	.nopage = filemap_nopage,
};

/*
 * A file's mmap method for file systems whose pages come through
 * readpage: check the file can be mapped that way and attach the nopage
 * method.  A shared writable mapping needs writepage too.
 */
int generic_file_mmap(struct file *fp, struct vm_area_struct *vm)
{
	struct inode *ino = fp->f_dentry->d_inode;
	struct address_space *as = ino->i_mapping;
	int writes_back = (vm->vm_flags & VM_SHARED) &&
			  (vm->vm_flags & VM_MAYWRITE);

	/* Stores through a shared writable mapping reach the file. */
	if (writes_back && as->a_ops->writepage == NULL)
		return -EINVAL;
	if (!S_ISREG(ino->i_mode))
		return -EACCES;
	/* Every page comes in through readpage (filemap_nopage). */
	if (as->a_ops->readpage == NULL)
		return -ENOEXEC;
	vm->vm_ops = writes_back ? &file_shared_mmap : &file_private_mmap;
	return 0;
}

/*
 * msync over [start, end) of one area: only shared file mappings have
 * anything to push.  MS_SYNC also writes the file's dirty pages and
 * waits for them.
 */
static int msync_interval(struct vm_area_struct *vm, unsigned long start,
			  unsigned long end, int flags)
{
	struct file *fp = vm->vm_file;
	struct inode *ino;
	int rc;

	if (!fp || !(vm->vm_flags & VM_SHARED))
		return 0;
	rc = filemap_sync(vm, start, end - start, flags);
	if (rc || !(flags & MS_SYNC))
		return rc;

	ino = fp->f_dentry->d_inode;
	down(&ino->i_sem);
	filemap_fdatasync(ino->i_mapping);
	if (fp->f_op && fp->f_op->fsync)
		rc = fp->f_op->fsync(fp, fp->f_dentry, 1);
	filemap_fdatawait(ino->i_mapping);
	up(&ino->i_sem);
	return rc;
}

/*
 * msync(start, len, flags): start page aligned, flags among MS_ASYNC,
 * MS_INVALIDATE, MS_SYNC (else -EINVAL).  Holes in the range are
 * skipped but make the answer -EFAULT.
 */
asmlinkage long sys_msync(unsigned long start, size_t len, int flags)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vm;
	unsigned long end;
	int rc = -EINVAL, hole = 0;

	end = start + PAGE_ALIGN(len);
	down(&mm->mmap_sem);
	/* Unaligned, wrapping, or flags it does not know: -EINVAL. */
	if ((start & ~PAGE_MASK) || end < start ||
	    (flags & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC)))
		goto out;
	rc = 0;
	if (end == start)
		goto out;

	vm = find_vma(mm, start);
	for (;;) {
		rc = -EFAULT;
		if (!vm)
			goto out;
		if (start < vm->vm_start) {
			hole = -EFAULT;
			start = vm->vm_start;
		}
		if (end <= vm->vm_end) {
			rc = 0;
			if (start < end)
				rc = msync_interval(vm, start, end, flags);
			if (!rc)
				rc = hole;
			goto out;
		}
		rc = msync_interval(vm, start, vm->vm_end, flags);
		if (rc)
			goto out;
		start = vm->vm_end;
		vm = vm->vm_next;
	}
out:
	up(&mm->mmap_sem);
	return rc;
}

/* The read-ahead hint bits of vma for an madvise behavior. */
static inline void setup_read_behavior(struct vm_area_struct *vm,
				       int behavior)
{
	VM_ClearReadHint(vm);
	if (behavior == MADV_SEQUENTIAL)
		vm->vm_flags |= VM_SEQ_READ;
	else if (behavior == MADV_RANDOM)
		vm->vm_flags |= VM_RAND_READ;
}

/*
 * madvise's splits: the hint covers only part of vma, which becomes two
 * or three areas (as mprotect splits them).  The new area is made with
 * the new flags; vma keeps the rest.  Port: 2.4.0 deadlocks here on
 * the caller's own mmap_sem (deviations.md); these take only the locks
 * mprotect's fixups take.
 */
static int madvise_fixup_start(struct vm_area_struct *vm,
			       unsigned long end, int behavior)
{
	struct mm_struct *mm = vm->vm_mm;
	struct vm_area_struct *head;

	head = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (!head)
		return -ENOMEM;
	*head = *vm;
	head->vm_end = end;
	setup_read_behavior(head, behavior);
	head->vm_raend = 0;
	if (head->vm_file)
		get_file(head->vm_file);
	if (head->vm_ops && head->vm_ops->open)
		head->vm_ops->open(head);

	lock_vma_mappings(vm);
	spin_lock(&mm->page_table_lock);
	vm->vm_pgoff += (end - vm->vm_start) >> PAGE_SHIFT;
	vm->vm_start = end;
	__insert_vm_struct(mm, head);
	spin_unlock(&mm->page_table_lock);
	unlock_vma_mappings(vm);
	return 0;
}

static int madvise_fixup_end(struct vm_area_struct *vm,
			     unsigned long start, int behavior)
{
	struct mm_struct *mm = vm->vm_mm;
	struct vm_area_struct *tail;

	tail = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (!tail)
		return -ENOMEM;
	*tail = *vm;
	tail->vm_start = start;
	tail->vm_pgoff += (start - vm->vm_start) >> PAGE_SHIFT;
	setup_read_behavior(tail, behavior);
	tail->vm_raend = 0;
	if (tail->vm_file)
		get_file(tail->vm_file);
	if (tail->vm_ops && tail->vm_ops->open)
		tail->vm_ops->open(tail);

	lock_vma_mappings(vm);
	spin_lock(&mm->page_table_lock);
	vm->vm_end = start;
	__insert_vm_struct(mm, tail);
	spin_unlock(&mm->page_table_lock);
	unlock_vma_mappings(vm);
	return 0;
}

static int madvise_fixup_middle(struct vm_area_struct *vm,
				unsigned long start, unsigned long end,
				int behavior)
{
	struct mm_struct *mm = vm->vm_mm;
	struct vm_area_struct *left, *right;

	left = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	right = left ? kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL) : NULL;
	if (!right) {
		if (left)
			kmem_cache_free(vm_area_cachep, left);
		return -ENOMEM;
	}
	*left = *vm;
	*right = *vm;
	left->vm_end = start;
	right->vm_start = end;
	right->vm_pgoff += (end - vm->vm_start) >> PAGE_SHIFT;
	left->vm_raend = 0;
	right->vm_raend = 0;
	if (vm->vm_file)
		atomic_add(2, &vm->vm_file->f_count);
	if (vm->vm_ops && vm->vm_ops->open) {
		vm->vm_ops->open(left);
		vm->vm_ops->open(right);
	}

	lock_vma_mappings(vm);
	spin_lock(&mm->page_table_lock);
	vm->vm_pgoff += (start - vm->vm_start) >> PAGE_SHIFT;
	vm->vm_start = start;
	vm->vm_end = end;
	setup_read_behavior(vm, behavior);
	vm->vm_raend = 0;
	__insert_vm_struct(mm, left);
	__insert_vm_struct(mm, right);
	spin_unlock(&mm->page_table_lock);
	unlock_vma_mappings(vm);
	return 0;
}

/* Set the read-ahead hint of [start, end) of vma, splitting it if need be. */
static long madvise_behavior(struct vm_area_struct *vm, unsigned long start,
			     unsigned long end, int behavior)
{
	int rc = 0;

	if (start == vm->vm_start) {
		if (end == vm->vm_end)
			setup_read_behavior(vm, behavior);
		else
			rc = madvise_fixup_start(vm, end, behavior);
	} else {
		if (end == vm->vm_end)
			rc = madvise_fixup_end(vm, start, behavior);
		else
			rc = madvise_fixup_middle(vm, start, end,
						     behavior);
	}
	return rc;
}

/*
 * MADV_WILLNEED: read the file pages of [start, end) into the cache
 * now, a cluster at a time.  Only file mappings (-EBADF otherwise).
 */
static long madvise_willneed(struct vm_area_struct *vm, unsigned long start,
			     unsigned long end)
{
	struct file *fp = vm->vm_file;
	unsigned long size, rlim_rss;

	if (!fp)
		return -EBADF;
	start = ((start - vm->vm_start) >> PAGE_SHIFT) + vm->vm_pgoff;
	end = ((end - vm->vm_start) >> PAGE_SHIFT) + vm->vm_pgoff;
	size = (fp->f_dentry->d_inode->i_size + PAGE_CACHE_SIZE - 1) >>
	       PAGE_CACHE_SHIFT;
	if (end > size)
		end = size;

	/* Not more than the resident-set limit allows. */
	rlim_rss = current->rlim[RLIMIT_RSS].rlim_cur;
	if (rlim_rss != RLIM_INFINITY &&
	    (vm->vm_mm->rss + (end - start)) > (rlim_rss >> PAGE_SHIFT))
		return -EIO;

	while (start < end) {
		read_cluster_nonblocking(fp, start, size);
		start += CLUSTER_PAGES;
	}
	return 0;
}

/*
 * MADV_DONTNEED: the pages of [start, end) go; the next touch brings
 * them back (from the file, or zero-filled).  Not for locked areas.
 */
static long madvise_dontneed(struct vm_area_struct *vm,
			     unsigned long start, unsigned long end)
{
	if (vm->vm_flags & VM_LOCKED)
		return -EINVAL;

	flush_cache_range(vm->vm_mm, start, end);
	zap_page_range(vm->vm_mm, start, end - start);
	flush_tlb_range(vm->vm_mm, start, end);
	return 0;
}

static long madvise_vma(struct vm_area_struct *vm, unsigned long start,
			unsigned long end, int behavior)
{
	switch (behavior) {
	case MADV_NORMAL:
	case MADV_SEQUENTIAL:
	case MADV_RANDOM:
		return madvise_behavior(vm, start, end, behavior);
	case MADV_WILLNEED:
		return madvise_willneed(vm, start, end);
	case MADV_DONTNEED:
		return madvise_dontneed(vm, start, end);
	}
	return -EINVAL;
}

/*
 * madvise(start, len, behavior): start page aligned (-EINVAL); each area
 * in the range gets the advice; holes are skipped but make the answer
 * -EFAULT; a behavior it does not know is -EINVAL.
 */
asmlinkage long sys_madvise(unsigned long start, size_t len, int behavior)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vm;
	unsigned long end;
	int rc = -EINVAL, hole = 0;

	end = start + PAGE_ALIGN(len);
	down(&mm->mmap_sem);
	if ((start & ~PAGE_MASK) || end < start)
		goto out;
	rc = 0;
	if (end == start)
		goto out;

	vm = find_vma(mm, start);
	for (;;) {
		rc = -EFAULT;
		if (!vm)
			goto out;
		if (start < vm->vm_start) {
			hole = -EFAULT;
			start = vm->vm_start;
		}
		if (end <= vm->vm_end) {
			rc = 0;
			if (start < end)
				rc = madvise_vma(vm, start, end, behavior);
			if (!rc)
				rc = hole;
			goto out;
		}
		rc = madvise_vma(vm, start, vm->vm_end, behavior);
		if (rc)
			goto out;
		start = vm->vm_end;
		vm = vm->vm_next;
	}
out:
	up(&mm->mmap_sem);
	return rc;
}

/* 1 if the file page under start is in the cache and up to date. */
static unsigned char mincore_page(struct vm_area_struct *vm,
				  unsigned long pgoff)
{
	struct address_space *as = vm->vm_file->f_dentry->d_inode->i_mapping;
	struct page *pg;
	unsigned char present = 0;

	spin_lock(&pagecache_lock);
	pg = __find_page_nolock(as, pgoff, *page_hash(as, pgoff));
	if (pg && Page_Uptodate(pg))
		present = 1;
	spin_unlock(&pagecache_lock);
	return present;
}

/*
 * One byte per page of [start, end) of a file mapping into vec, a page
 * of bytes at a time.  An anonymous area has no page cache: -ENOMEM.
 * The copy to vec runs without mmap_sem: a fault on vec takes it.
 */
static long mincore_vma(struct vm_area_struct *vm, unsigned long start,
			unsigned long end, unsigned char *vec)
{
	struct mm_struct *mm = current->mm;
	unsigned long pgoff, left, chunk, i, fail;
	unsigned char *buf;
	long rc = -ENOMEM;

	if (!vm->vm_file)
		return rc;
	buf = (unsigned char *) __get_free_page(GFP_KERNEL);
	if (!buf)
		return rc;

	pgoff = ((start - vm->vm_start) >> PAGE_SHIFT) + vm->vm_pgoff;
	left = (end - start) >> PAGE_SHIFT;
	rc = 0;
	while (left) {
		chunk = left < PAGE_SIZE ? left : PAGE_SIZE;
		for (i = 0; i < chunk; i++)
			buf[i] = mincore_page(vm, pgoff + i);
		up(&mm->mmap_sem);
		fail = copy_to_user(vec, buf, chunk);
		down(&mm->mmap_sem);
		if (fail) {
			rc = -EFAULT;
			break;
		}
		vec += chunk;
		pgoff += chunk;
		left -= chunk;
		start += chunk << PAGE_SHIFT;
		/* The lock was dropped: look the area up again. */
		vm = find_vma(mm, start);
		if (left && (!vm || start < vm->vm_start || !vm->vm_file)) {
			rc = -ENOMEM;
			break;
		}
		if (left)
			pgoff = ((start - vm->vm_start) >> PAGE_SHIFT) +
				vm->vm_pgoff;
	}
	free_page((unsigned long) buf);
	return rc;
}

/*
 * mincore(start, len, vec): which pages of the file mappings in the
 * range are in the page cache.  start page aligned (-EINVAL); a hole or
 * an anonymous area in the range is -ENOMEM; a bad vec -EFAULT.
 */
asmlinkage long sys_mincore(unsigned long start, size_t len,
			    unsigned char *vec)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vm;
	unsigned long end, next, done = 0;
	long rc = -EINVAL, hole = 0;

	end = start + PAGE_CACHE_ALIGN(len);
	down(&mm->mmap_sem);
	if ((start & ~PAGE_CACHE_MASK) || end < start)
		goto out;
	rc = 0;
	if (end == start)
		goto out;

	vm = find_vma(mm, start);
	for (;;) {
		rc = -ENOMEM;
		if (!vm)
			goto out;
		if (start < vm->vm_start) {
			hole = -ENOMEM;
			start = vm->vm_start;
		}
		if (end <= vm->vm_end) {
			rc = 0;
			if (start < end)
				rc = mincore_vma(vm, start, end,
						    vec + done);
			if (!rc)
				rc = hole;
			goto out;
		}
		next = vm->vm_end;
		rc = mincore_vma(vm, start, next, vec + done);
		if (rc)
			goto out;
		done += (next - start) >> PAGE_CACHE_SHIFT;
		start = next;
		vm = find_vma(mm, start);	/* mmap_sem was dropped */
	}
out:
	up(&mm->mmap_sem);
	return rc;
}

/*
 * The hash table: one pointer per page of RAM, rounded up to a power of
 * two pages; smaller orders are tried if that much is not free.
 */
void __init page_cache_init(unsigned long mempages)
{
	unsigned long bytes = mempages * sizeof(struct page *);
	unsigned long order = 0, entries;

	while ((PAGE_SIZE << order) < bytes)
		order++;

	for (;;) {
		entries = (PAGE_SIZE << order) / sizeof(struct page *);
		for (page_hash_bits = 0; entries > 1; entries >>= 1)
			page_hash_bits++;
		page_hash_table = (struct page **)
			__get_free_pages(GFP_ATOMIC, order);
		if (page_hash_table || order == 0)
			break;
		order--;
	}

	printk("Page-cache hash table entries: %d (order: %ld, %ld bytes)\n",
	       (1 << page_hash_bits), order, (PAGE_SIZE << order));
	if (!page_hash_table)
		panic("page_cache_init: no memory for the hash table\n");
	memset((void *) page_hash_table, 0,
	       PAGE_HASH_SIZE * sizeof(struct page *));
}
