// SPDX-License-Identifier: GPL-2.0-only
/*
 * The real mm/filemap.c for the filemap suite, #included so the test can
 * tell file_private_mmap from file_shared_mmap.  One pretend file: an
 * inode (regular or a device), its dentry and struct file, and the
 * address_space operations the test asks for; readpage fills the page
 * with its index.  filemap_nopage() runs as mm_host.c's task, whose mm
 * is set to the area's own or to another one (the ptrace case).
 */
#include "../../../mm/filemap.c"

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
	if (fm_how & HOST_FM_READ_FAILS)
		return -EIO;
	/* No HighMem in the test's RAM: the page is mapped already. */
	memset(page_address(page), (int)(page->index & 0xff), PAGE_SIZE);
	return 0;
}

static int fm_writepage(struct page *page)
{
	return 0;
}

void host_fm_file(int how, unsigned long i_size)
{
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
	fm_inode.i_data.a_ops = &fm_aops;
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
		r->index = page->index;
		r->count = page_count(page);
		r->first_byte = *(unsigned char *) page_address(page);
		__free_page(page);
	}
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
