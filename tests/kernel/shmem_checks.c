// SPDX-License-Identifier: GPL-2.0-only
/*
 * In-kernel checks of mm/shmem.c (情景分析 §2.9, §2.13) before any
 * process runs and with no swap: a shm file of 1042 pages, faulted at
 * pages 0, 16 and 1040 through shmem_nopage on a pretend area: zero
 * pages that stay in the file's page cache, dirty; the slot blocks
 * appear exactly when the index needs them (16 direct slots, then the
 * pointer page and its first and second pages of slots); SIGBUS past
 * the size; a private fault gets a copy; shmem_writepage with no swap
 * refuses (1) and keeps the page, and keeps a mapped page without
 * trying; the last fput gives every page back.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/dcache.h>
#include <linux/swap.h>
#include <linux/highmem.h>
#include <linux/pagemap.h>
#include "kcheck.h"

#define P		PAGE_SIZE
#define SHM_PAGES	1042UL
#define SHM_BASE	0x40000000UL

extern int init_shmem_fs(void);

static struct vm_area_struct shm_vma;
static char shm_path[64];

static int shm_zero(struct page *page)
{
	unsigned long *w = kmap(page);
	unsigned long i, bad = 0;

	for (i = 0; i < P / sizeof(*w); i++)
		bad |= w[i];
	kunmap(page);
	return bad == 0;
}

static struct page *shm_fault(unsigned long idx, int no_share)
{
	return shmem_nopage(&shm_vma, SHM_BASE + idx * P, no_share);
}

/* writepage as page_launder calls it: locked, dirty bit cleared. */
static int shm_writepage(struct page *page)
{
	lock_page(page);
	ClearPageDirty(page);
	return page->mapping->a_ops->writepage(page);
}

static void check_slots(struct file *file)
{
	struct inode *inode = file->f_dentry->d_inode;
	struct shmem_inode_info *info = &inode->u.shmem_i;
	struct address_space *as = inode->i_mapping;
	struct page *p0, *again, *p16, *p1040, *copy;
	int r;

	p0 = shm_fault(0, 0);
	kcheck(p0 && p0 != NOPAGE_OOM && shm_zero(p0) &&
	       find_get_page(as, 0) == p0 && page_count(p0) == 3 &&
	       PageDirty(p0), "page 0: zeros, in the cache, dirty");
	page_cache_release(p0);		/* find_get_page's */
	again = shm_fault(0, 0);
	kcheck(again == p0 && page_count(p0) == 3,
	       "a second fault on page 0 gets the same page");
	page_cache_release(again);
	kcheck(!info->i_indirect, "pages 0-15 need no indirect block");

	p16 = shm_fault(16, 0);
	kcheck(p16 && p16 != NOPAGE_OOM && info->i_indirect &&
	       info->i_indirect[0] && !info->i_indirect[1],
	       "page 16: the pointer page and the first page of slots");
	p1040 = shm_fault(1040, 0);
	kcheck(p1040 && p1040 != NOPAGE_OOM && info->i_indirect[1] &&
	       !info->i_indirect[2] && as->nrpages == 3,
	       "page 1040 (16 + 1024): the second page of slots");
	kcheck(shm_fault(SHM_PAGES, 0) == NOPAGE_SIGBUS,
	       "page 1042, past the size: SIGBUS");

	memset(kmap(p0), 0xab, P);
	kunmap(p0);
	copy = shm_fault(0, 1);
	if (copy && copy != NOPAGE_OOM) {
		r = !memcmp(kmap(copy), kmap(p0), P);
		kunmap(p0);
		kunmap(copy);
		kcheck(r && copy != p0 && page_count(copy) == 1 &&
		       !copy->mapping, "a private fault gets a copy of the page");
		__free_page(copy);
	} else {
		kcheck(0, "a private fault gets a copy of the page");
	}

	/* No swap at boot: writepage refuses and the page stays. */
	r = shm_writepage(p16);
	kcheck(r == 1 && p16->mapping == as && PageDirty(p16) &&
	       !PageLocked(p16) && !info->swapped,
	       "writepage without swap: refused (%d), page kept dirty", r);
	page_cache_get(p16);
	r = shm_writepage(p16);
	kcheck(r == 0 && p16->mapping == as && PageDirty(p16),
	       "writepage of a page someone maps: kept (%d)", r);
	page_cache_release(p16);

	page_cache_release(p0);
	page_cache_release(p16);
	page_cache_release(p1040);
}

void mm_shmem_checks(void)
{
	struct file *file;
	char *path;
	unsigned long before;

	kcheck(init_shmem_fs() == 0, "init_shmem_fs");
	/* Warm the slab caches up: file, dentry, inode. */
	file = shmem_file_setup("dev/zero", P);
	if (!IS_ERR(file))
		fput(file);

	before = nr_free_pages();
	file = shmem_file_setup("dev/zero", SHM_PAGES * P);
	if (!kcheck(!IS_ERR(file), "shmem_file_setup of 1042 pages"))
		return;
	path = d_path(file->f_dentry, NULL, shm_path, sizeof(shm_path));
	kcheck(!strcmp(path, "/dev/zero (deleted)") &&
	       file->f_dentry->d_inode->i_size == SHM_PAGES * P &&
	       file->f_dentry->d_inode->i_nlink == 0,
	       "an unlinked file \"%s\" of the size asked", path);

	shm_vma.vm_start = SHM_BASE;
	shm_vma.vm_end = SHM_BASE + SHM_PAGES * P;
	shm_vma.vm_flags = VM_READ | VM_WRITE | VM_SHARED | VM_MAYSHARE;
	shm_vma.vm_file = file;
	check_slots(file);

	shm_vma.vm_file = NULL;
	fput(file);
	kcheck(nr_free_pages() == before,
	       "the last fput frees the pages and the slot blocks "
	       "(%lu free before, %u after)", before, nr_free_pages());
}
