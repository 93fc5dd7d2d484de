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

#define SHMEM_MAGIC	0x01021994

/* Slots in one page of the indirect block, and pointers in its root. */
#define ENTRIES_PER_PAGE (PAGE_SIZE / sizeof(unsigned long))

static struct super_operations shmem_ops;
static struct address_space_operations shmem_aops;
static struct file_operations shmem_file_operations;
static struct inode_operations shmem_inode_operations;
static struct vm_operations_struct shmem_shared_vm_ops;

/* The shm file system: never mounted, only its root is needed. */
static struct super_block shmem_sb;
static struct dentry *shmem_root;

/* Every shmem inode, for swapoff (shmem_unuse). */
static LIST_HEAD(shmem_inodes);
static spinlock_t shmem_ilock = SPIN_LOCK_UNLOCKED;

/*
 * The slot of page index of the object: one of the 16 in the inode, or
 * one in a page of slots reached through the page of pointers
 * i_indirect.  With alloc, missing pages are allocated (zeroed: no
 * entries); without, NULL means none was ever needed.  NULL also when
 * memory runs out or index is beyond what the two levels can hold.
 */
static swp_entry_t *shmem_swp_entry(struct shmem_inode_info *info,
				    unsigned long index, int alloc)
{
	unsigned long page, top;
	swp_entry_t **leaf;

	if (index < SHMEM_NR_DIRECT)
		return &info->i_direct[index];
	top = (index - SHMEM_NR_DIRECT) / ENTRIES_PER_PAGE;
	if (top >= ENTRIES_PER_PAGE)
		return NULL;

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
	return &(*leaf)[(index - SHMEM_NR_DIRECT) % ENTRIES_PER_PAGE];
}

/*
 * Empty count slots from dir on.  A swap-cache page of an entry leaves
 * the cache first (after any write in flight), while the slot's own use
 * still keeps the entry from being handed out again; then that use is
 * dropped.  Returns how many slots held an entry.
 */
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
static void shmem_truncate(struct inode *inode)
{
	struct shmem_inode_info *info = &inode->u.shmem_i;
	unsigned long start, from, base, i;
	int freed;

	start = (inode->i_size + PAGE_CACHE_SIZE - 1) >> PAGE_CACHE_SHIFT;
	freed = shmem_truncate_part(info->i_direct, SHMEM_NR_DIRECT, start);
	if (!info->i_indirect)
		goto out;

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
	if (!from) {
		free_page((unsigned long) info->i_indirect);
		info->i_indirect = NULL;
	}
out:
	spin_lock(&info->lock);
	info->swapped -= freed;
	spin_unlock(&info->lock);
}

/*
 * The last reference to an unlinked shm inode went (iput): off the
 * list swapoff walks, the cached pages dropped, then every swap entry.
 * The pages go first: while one is cached, page_launder may still move
 * it to swap (shmem_writepage) and fill a slot, even while we sleep.
 */
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
static int shmem_writepage(struct page *page)
{
	struct shmem_inode_info *info = &page->mapping->host->u.shmem_i;
	swp_entry_t *slot, entry;
	int refused = 0;

	if (!PageLocked(page))
		BUG();
	/* Port: still mapped (msync's fdatasync): moving it would unshare. */
	if (page_count(page) > 2)
		goto keep;
	slot = shmem_swp_entry(info, page->index, 0);
	if (!slot || slot->val)
		BUG();	/* shmem_nopage made the slot, empty */
	entry = __get_swap_page(2);
	if (!entry.val) {
		refused = 1;
		goto keep;
	}

	spin_lock(&info->lock);
	lru_cache_del(page);
	remove_inode_page(page);
	page_cache_release(page);	/* our cache's reference */
	add_to_swap_cache(page, entry);
	*slot = entry;
	info->swapped++;
	spin_unlock(&info->lock);

	set_page_dirty(page);
	UnlockPage(page);
	return 0;

keep:
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
struct page *shmem_nopage(struct vm_area_struct *vma, unsigned long address,
			  int no_share)
{
	struct inode *inode = vma->vm_file->f_dentry->d_inode;
	struct address_space *mapping = inode->i_mapping;
	struct shmem_inode_info *info = &inode->u.shmem_i;
	struct page *page, *copy;
	swp_entry_t *slot, entry;
	unsigned long idx;

	idx = ((address - vma->vm_start) >> PAGE_SHIFT) + vma->vm_pgoff;
	if (idx >= (inode->i_size + PAGE_CACHE_SIZE - 1) >> PAGE_CACHE_SHIFT)
		return NOPAGE_SIGBUS;	/* an mremap grew the area */

	down(&inode->i_sem);
	/* The slot now: shmem_writepage must never need to allocate. */
	page = NOPAGE_OOM;
	slot = shmem_swp_entry(info, idx, 1);
	if (!slot)
		goto out;
repeat:
	page = find_lock_page(mapping, idx);
	if (page)
		goto unlock;

	entry = *slot;
	if (entry.val) {
		page = lookup_swap_cache(entry);
		if (!page)
			page = read_swap_cache(entry);
		if (!page) {
			page = NOPAGE_OOM;
			goto out;
		}
		lock_page(page);
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
		shmem_swapin_page(inode, slot, entry, page, idx);
	} else {
		page = page_cache_alloc();
		if (!page) {
			page = NOPAGE_OOM;
			goto out;
		}
		/* We may have slept: swapoff may have filled the place. */
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
	set_page_dirty(page);
unlock:
	UnlockPage(page);
out:
	up(&inode->i_sem);
	if (page == NOPAGE_OOM || page == NOPAGE_SIGBUS || !no_share)
		return page;

	copy = alloc_page(GFP_HIGHUSER);
	if (copy)
		copy_user_highpage(copy, page, address);
	page_cache_release(page);
	return copy ? copy : NOPAGE_OOM;
}

/* A new inode of the shm file system, on the list swapoff walks. */
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
int __init init_shmem_fs(void)
{
	struct inode *root;

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

static struct address_space_operations shmem_aops = {
	.writepage = shmem_writepage,
};

/* Port: no read, write or mmap: only the kernel maps these files. */
static struct file_operations shmem_file_operations = {
};

static struct inode_operations shmem_inode_operations = {
	.truncate = shmem_truncate,
};

static struct vm_operations_struct shmem_shared_vm_ops = {
	.nopage = shmem_nopage,
};
