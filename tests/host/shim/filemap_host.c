// SPDX-License-Identifier: GPL-2.0-only
/*
 * The real mm/filemap.c for the filemap suite, #included so the test can
 * tell file_private_mmap from file_shared_mmap.  One pretend file: an
 * inode (regular or a device), its dentry and struct file, and the
 * address_space operations the test asks for; readpage fills the page
 * with its index.  filemap_nopage() runs as mm_host.c's task, whose mm
 * is set to the area's own or to another one (the ptrace case).
 * Below, stand-ins for what filemap.c calls outside the page cache
 * (wait queues: one task never waits here; the VMA calls of madvise),
 * and the page-cache checks of the pagecache tests.
 */
#include "../../../mm/filemap.c"

/* swap.c's LRU side; its two globals mm_host.c has are renamed (oom_host.c). */
#define freepages	swap_c_freepages
#define memory_pressure	swap_c_memory_pressure
#include "../../../mm/swap.c"
#undef freepages
#undef memory_pressure

#include <linux/string.h>
#include <linux/sched.h>
#include <linux/stat.h>
#include "host.h"
#include "mm_host.h"
#include "filemap_host.h"

static struct inode fm_inode;
static struct dentry fm_dentry;
static struct file fm_file;
static struct address_space_operations fm_aops;
static int fm_how, fm_readpage_calls, fm_readpage_file_ok;

static int fm_readpage(struct file *file, struct page *page)
{
	fm_readpage_calls++;
	fm_readpage_file_ok = file == &fm_file;
	if (fm_how & HOST_FM_READ_FAILS) {
		SetPageError(page);
		UnlockPage(page);
		return -EIO;
	}
	/* No HighMem in the test's RAM: the page is mapped already. */
	memset(page_address(page), (int)(page->index & 0xff), PAGE_SIZE);
	SetPageUptodate(page);
	UnlockPage(page);
	return 0;
}

static int fm_writepage(struct page *page)
{
	return 0;
}

void host_fm_file(int how, unsigned long i_size)
{
	/* The old file's cached pages go first. */
	if (fm_inode.i_mapping && page_hash_table)
		truncate_inode_pages(fm_inode.i_mapping, 0);
	memset(&fm_inode, 0, sizeof(fm_inode));
	memset(&fm_dentry, 0, sizeof(fm_dentry));
	memset(&fm_file, 0, sizeof(fm_file));
	memset(&fm_aops, 0, sizeof(fm_aops));
	fm_how = how;
	fm_inode.i_mode = (how & HOST_FM_REGULAR ? S_IFREG : S_IFCHR) | 0644;
	fm_inode.i_size = i_size;
	fm_inode.i_mapping = &fm_inode.i_data;
	INIT_LIST_HEAD(&fm_inode.i_data.clean_pages);
	INIT_LIST_HEAD(&fm_inode.i_data.dirty_pages);
	INIT_LIST_HEAD(&fm_inode.i_data.locked_pages);
	fm_inode.i_data.a_ops = &fm_aops;
	fm_inode.i_data.host = &fm_inode;
	if (how & HOST_FM_READPAGE)
		fm_aops.readpage = fm_readpage;
	if (how & HOST_FM_WRITEPAGE)
		fm_aops.writepage = fm_writepage;
	fm_dentry.d_inode = &fm_inode;
	fm_file.f_dentry = &fm_dentry;
}

int host_fm_mmap(unsigned long vm_flags, int *ops)
{
	struct vm_area_struct vma;
	int ret;

	memset(&vma, 0, sizeof(vma));
	vma.vm_flags = vm_flags;
	ret = generic_file_mmap(&fm_file, &vma);
	if (vma.vm_ops == NULL)
		*ops = HOST_FM_OPS_NONE;
	else if (vma.vm_ops == &file_private_mmap)
		*ops = HOST_FM_OPS_PRIVATE;
	else if (vma.vm_ops == &file_shared_mmap)
		*ops = HOST_FM_OPS_SHARED;
	else
		*ops = -1;
	if (vma.vm_ops && vma.vm_ops->nopage != filemap_nopage)
		*ops = -2;
	return ret;
}

struct fm_nopage_args {
	struct vm_area_struct *vma;
	unsigned long address;
	int no_share;
	struct mm_struct *mm;
	struct page *page;
};

static void fm_do_nopage(void *p)
{
	struct fm_nopage_args *a = p;
	struct mm_struct *saved = current->mm;

	current->mm = a->mm;
	a->page = filemap_nopage(a->vma, a->address, a->no_share);
	current->mm = saved;
}

void host_fm_nopage(unsigned long start, unsigned long end,
		    unsigned long pgoff, unsigned long address, int own,
		    int no_share, struct host_fm_nopage *r)
{
	static struct mm_struct mine, other;
	struct vm_area_struct vma;
	struct fm_nopage_args a;
	struct page *page;

	memset(&vma, 0, sizeof(vma));
	memset(r, 0, sizeof(*r));
	vma.vm_mm = &mine;
	vma.vm_start = start;
	vma.vm_end = end;
	vma.vm_pgoff = pgoff;
	vma.vm_file = &fm_file;
	a.vma = &vma;
	a.address = address;
	a.no_share = no_share;
	a.mm = own ? &mine : &other;
	fm_readpage_calls = fm_readpage_file_ok = 0;
	r->free_before = nr_free_pages();
	host_call_as_task(fm_do_nopage, &a);
	page = a.page;
	r->readpage_calls = fm_readpage_calls;
	r->file_ok = fm_readpage_file_ok;
	if (page == NULL) {
		r->null = 1;
	} else if (page == NOPAGE_OOM) {
		r->oom = 1;
	} else {
		r->cached = page->mapping == &fm_inode.i_data;
		r->index = r->cached ? page->index : ~0UL;
		r->count = page_count(page);
		r->first_byte = *(unsigned char *) page_address(page);
		__free_page(page);
	}
	r->nrpages = fm_inode.i_data.nrpages;
	r->in_cache = page_cache_size.counter;
	/* Empty the cache again, so that free pages can be compared. */
	truncate_inode_pages(&fm_inode.i_data, 0);
	r->free_after = nr_free_pages();
}

static LIST_HEAD(fm_drained);

static void fm_do_drain(void *p)
{
	unsigned long *n = p;
	struct page *page;

	while ((page = alloc_page(GFP_HIGHUSER)) != NULL) {
		list_add(&page->list, &fm_drained);
		(*n)++;
	}
}

unsigned long host_fm_drain(void)
{
	unsigned long n = 0;

	host_call_as_task(fm_do_drain, &n);
	return n;
}

void host_fm_undrain(void)
{
	while (!list_empty(&fm_drained)) {
		struct page *page = list_entry(fm_drained.next, struct page,
					       list);

		list_del(&page->list);
		__free_page(page);
	}
}

static struct page fm_pages[HOST_FM_PAGES];

void host_fm_pages_reset(void)
{
	int i;

	INIT_LIST_HEAD(&fm_inode.i_data.clean_pages);
	INIT_LIST_HEAD(&fm_inode.i_data.dirty_pages);
	memset(fm_pages, 0, sizeof(fm_pages));
	for (i = 0; i < HOST_FM_PAGES; i++) {
		fm_pages[i].mapping = &fm_inode.i_data;
		fm_pages[i].index = i;
		list_add_tail(&fm_pages[i].list, &fm_inode.i_data.clean_pages);
	}
}

void host_fm_set_dirty(int i)
{
	__set_page_dirty(&fm_pages[i]);
}

/* The page numbers on list head, -1 ended; -1 if its prev links are off. */
static int fm_list(struct list_head *head, int out[HOST_FM_PAGES + 1])
{
	struct list_head *pos, *prev = head;
	int n = 0;

	list_for_each(pos, head) {
		if (pos->prev != prev || n >= HOST_FM_PAGES)
			return -1;
		out[n++] = list_entry(pos, struct page, list) - fm_pages;
		prev = pos;
	}
	out[n] = -1;
	return head->prev == prev ? 0 : -1;
}

int host_fm_lists(int clean[HOST_FM_PAGES + 1], int dirty[HOST_FM_PAGES + 1])
{
	if (fm_list(&fm_inode.i_data.clean_pages, clean) < 0)
		return -1;
	return fm_list(&fm_inode.i_data.dirty_pages, dirty);
}

/* ---- stand-ins for what the page cache calls beyond mm/ ---- */

void add_wait_queue(wait_queue_head_t *q, wait_queue_t *wait)
{
}

void add_wait_queue_exclusive(wait_queue_head_t *q, wait_queue_t *wait)
{
}

void remove_wait_queue(wait_queue_head_t *q, wait_queue_t *wait)
{
}

int send_sig(int sig, struct task_struct *p, int priv)
{
	return 0;
}

/* The test's RAM is the host process's own: copying cannot fault. */
unsigned long __generic_copy_to_user(void *to, const void *from,
				     unsigned long n)
{
	memcpy(to, from, n);
	return 0;
}

struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	return NULL;
}

void lock_vma_mappings(struct vm_area_struct *vma)
{
}

void unlock_vma_mappings(struct vm_area_struct *vma)
{
}

void __insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma)
{
}

void zap_page_range(struct mm_struct *mm, unsigned long address,
		    unsigned long size)
{
}

kmem_cache_t *vm_area_cachep;

void *kmem_cache_alloc(kmem_cache_t *cachep, int flags)
{
	return NULL;
}

void kmem_cache_free(kmem_cache_t *cachep, void *objp)
{
}

/* ---- the page cache itself ---- */

static void fm_do_init(void *unused)
{
	/* No HighMem in the test's RAM: kmap is page_address for all. */
	highmem_start_page = mem_map + max_mapnr;
	page_cache_init(num_physpages);
}

void host_fm_init(void)
{
	memset(&fm_inode, 0, sizeof(fm_inode));
	host_call_as_task(fm_do_init, NULL);
}

unsigned int host_fm_hash_bits(void)
{
	return page_hash_bits;
}

struct fm_op {
	unsigned long index;
	long ret;
};

/* A new page for index (0), unless the cache has one (1); -1 no memory. */
static void fm_do_add(void *p)
{
	struct fm_op *op = p;
	struct page *page = page_cache_alloc();

	if (!page) {
		op->ret = -1;
		return;
	}
	op->ret = add_to_page_cache_unique(page, &fm_inode.i_data, op->index,
					   page_hash(&fm_inode.i_data,
						     op->index));
	if (op->ret == 0) {
		memset(page_address(page), (int)(op->index & 0xff), PAGE_SIZE);
		SetPageUptodate(page);
		UnlockPage(page);
	}
	page_cache_release(page);
}

int host_fm_add(unsigned long index)
{
	struct fm_op op = { index, 0 };

	host_call_as_task(fm_do_add, &op);
	return op.ret;
}

/* find_get_page: 1 if found (and right), 0 if not, -1 if wrong page. */
static void fm_do_find(void *p)
{
	struct fm_op *op = p;
	struct page *page = find_get_page(&fm_inode.i_data, op->index);

	op->ret = 0;
	if (!page)
		return;
	op->ret = 1;
	if (page->mapping != &fm_inode.i_data || page->index != op->index ||
	    *(unsigned char *) page_address(page) != (op->index & 0xff))
		op->ret = -1;
	page_cache_release(page);
}

int host_fm_find(unsigned long index)
{
	struct fm_op op = { index, 0 };

	host_call_as_task(fm_do_find, &op);
	return op.ret;
}

/* Take page index out of the cache as truncate does; 1 done, 0 none. */
static void fm_do_remove(void *p)
{
	struct fm_op *op = p;
	struct page *page = find_lock_page(&fm_inode.i_data, op->index);

	op->ret = 0;
	if (!page)
		return;
	lru_cache_del(page);
	remove_inode_page(page);
	UnlockPage(page);
	page_cache_release(page);	/* the cache's */
	page_cache_release(page);	/* ours */
	op->ret = 1;
}

int host_fm_remove(unsigned long index)
{
	struct fm_op op = { index, 0 };

	host_call_as_task(fm_do_remove, &op);
	return op.ret;
}

static void fm_do_truncate(void *p)
{
	struct fm_op *op = p;

	truncate_inode_pages(&fm_inode.i_data, (loff_t) op->index);
}

void host_fm_truncate(unsigned long bytes)
{
	struct fm_op op = { bytes, 0 };

	host_call_as_task(fm_do_truncate, &op);
}

/* Hold a reference on cached page index, as a mapping would. */
static struct page *fm_held;

static void fm_do_hold(void *p)
{
	struct fm_op *op = p;

	fm_held = find_get_page(&fm_inode.i_data, op->index);
	op->ret = fm_held != NULL;
}

int host_fm_hold(unsigned long index)
{
	struct fm_op op = { index, 0 };

	host_call_as_task(fm_do_hold, &op);
	return op.ret;
}

/* Drop it: 1 if that was the last reference (the page went free). */
int host_fm_unhold(void)
{
	int last = page_count(fm_held) == 1;

	page_cache_release(fm_held);
	fm_held = NULL;
	return last;
}

/* Byte at offset of cached page index, or -1 if not cached. */
int host_fm_byte(unsigned long index, unsigned long offset)
{
	struct fm_op op = { index, 0 };
	struct page **chain = page_hash(&fm_inode.i_data, index);
	struct page *page;

	for (page = *chain; page; page = page->next_hash)
		if (page->mapping == &fm_inode.i_data && page->index == index)
			return ((unsigned char *) page_address(page))[offset];
	(void) op;
	return -1;
}

/* Does list l hold p (via lru)? */
static int fm_on_list(struct list_head *l, struct page *p)
{
	struct list_head *pos;

	list_for_each(pos, l)
		if (pos == &p->lru)
			return 1;
	return 0;
}

/*
 * The page cache's invariants; 0 if they hold, else a negative code:
 * every hashed page's pprev_hash points at the link to it, it sits in
 * the chain page_hash() names, it is the file's, on its clean or dirty
 * list, on exactly one LRU list (its flag says which and the list holds
 * it), holds the cache's reference; the counts agree.
 */
int host_fm_check(struct host_fm_counts *c)
{
	struct address_space *as = &fm_inode.i_data;
	unsigned long i, hashed = 0, listed = 0, longest = 0;
	struct list_head *pos;

	memset(c, 0, sizeof(*c));
	for (i = 0; i < (1UL << page_hash_bits); i++) {
		struct page **link = &page_hash_table[i], *p;
		unsigned long len = 0;

		for (p = *link; p; link = &p->next_hash, p = *link) {
			int lists;

			len++;
			if (p->pprev_hash != link)
				return -1;
			if (page_hash(p->mapping, p->index) !=
			    &page_hash_table[i])
				return -2;
			if (p->mapping != as)
				return -3;
			lists = !!PageActive(p) + !!PageInactiveDirty(p) +
				!!PageInactiveClean(p);
			if (lists != 1)
				return -4;
			if (PageActive(p) && !fm_on_list(&active_list, p))
				return -5;
			if (PageInactiveDirty(p) &&
			    !fm_on_list(&inactive_dirty_list, p))
				return -6;
			if (page_count(p) < 1)
				return -7;
			if (PageLocked(p))
				c->locked++;
			hashed++;
		}
		if (len)
			c->chains++;
		if (len > longest)
			longest = len;
	}
	list_for_each(pos, &as->clean_pages)
		listed++;
	list_for_each(pos, &as->dirty_pages)
		listed++;
	list_for_each(pos, &as->locked_pages)
		listed++;
	c->hashed = hashed;
	c->listed = listed;
	c->nrpages = as->nrpages;
	c->page_cache_size = page_cache_size.counter;
	c->active = nr_active_pages;
	c->inactive_dirty = nr_inactive_dirty_pages;
	c->longest = longest;
	c->free = nr_free_pages();
	if (hashed != listed || hashed != as->nrpages)
		return -8;
	if ((unsigned long) page_cache_size.counter != hashed)
		return -9;
	if ((unsigned long) (nr_active_pages + nr_inactive_dirty_pages) !=
	    hashed)
		return -10;
	return 0;
}
