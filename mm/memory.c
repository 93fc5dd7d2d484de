// SPDX-License-Identifier: GPL-2.0-only
/*
 * The page tables of user address spaces: demand paging (a page is
 * found only when it is first touched), copy-on-write after fork,
 * unmapping, and freeing the page tables themselves.
 * 情景分析 §2.4, §2.5 (the fault side), §2.12 (zap_page_range); fork's
 * copy_page_range is chapter 4.  Follows Linux 2.4.0 mm/memory.c.
 */
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/swap.h>
#include <linux/highmem.h>
#include <linux/fs.h>
#include <linux/smp_lock.h>
#include <linux/pagemap.h>
#include <asm/uaccess.h>
#include <asm/pgalloc.h>

/* Page frames up to max_mapnr have a struct page in mem_map. */
unsigned long max_mapnr;
/* Page frames of RAM. */
unsigned long num_physpages;
/* Kernel virtual address of the end of the directly mapped memory. */
void *high_memory;
/* The struct page of the first high-memory page frame. */
struct page *highmem_start_page;

/*
 * Fill the private copy "to" of "from" for a write at address.  Copying
 * the zero page is clearing: no need to read it.
 */
static inline void copy_cow_page(struct page *from, struct page *to,
				 unsigned long address)
{
	if (from != ZERO_PAGE(address))
		copy_user_highpage(to, from, address);
	else
		clear_user_highpage(to, address);
}

/* One struct page per page frame (2.4.0's mem_map_t array). */
mem_map_t *mem_map;

/*
 * Free the page table a pmd entry points to (the pages it mapped were
 * released before, when the areas were unmapped).
 */
static inline void free_one_pmd(pmd_t *dir)
{
	pte_t *table;

	if (pmd_none(*dir))
		return;
	if (!pmd_bad(*dir)) {
		table = pte_offset(dir, 0);
		pmd_clear(dir);
		pte_free(table);
		return;
	}
	/* Not a page table: report it, and do not free what it names. */
	pmd_ERROR(*dir);
	pmd_clear(dir);
}

/* The same one level up: every pmd of a pgd slot, then the pmd page. */
static inline void free_one_pgd(pgd_t *dir)
{
	pmd_t *first, *mid;

	if (pgd_none(*dir))
		return;
	if (!pgd_bad(*dir)) {
		first = pmd_offset(dir, 0);
		pgd_clear(dir);
		for (mid = first; mid < first + PTRS_PER_PMD; mid++)
			free_one_pmd(mid);
		pmd_free(first);
		return;
	}
	pgd_ERROR(*dir);
	pgd_clear(dir);
}

/* The page-table quicklists are trimmed to [low, high] entries. */
int pgt_cache_water[2] = { 25, 50 };

/* Returns the number of cached page-table pages given back. */
int check_pgt_cache(void)
{
	return do_check_pgt_cache(pgt_cache_water[0], pgt_cache_water[1]);
}

/*
 * Free the page tables of nr pgd slots of mm from slot first on (exit,
 * exec, and munmap for slots no area uses any more).
 */
void clear_page_tables(struct mm_struct *mm, unsigned long first, int nr)
{
	pgd_t *dir = mm->pgd + first;

	/* nr is at least 1: the slot at first is always done. */
	for (;;) {
		free_one_pgd(dir++);
		if (--nr == 0)
			break;
	}
	check_pgt_cache();
}

/*
 * Copy one pte of a fork.  Private writable (cow) areas: the parent's
 * pte loses RW first and the child gets the same read-only value.
 */
static inline void copy_one_pte(struct vm_area_struct *vma, int cow,
				pte_t *src_pte, pte_t *dst_pte)
{
	pte_t val = *src_pte;
	struct page *page;

	if (pte_none(val))
		return;
	if (!pte_present(val)) {
		/* A swap entry: the child's pte is one more user of the slot. */
		swap_duplicate(pte_to_swp_entry(val));
		set_pte(dst_pte, val);
		return;
	}
	page = pte_page(val);
	/* Device memory and the zero page are mapped with no count. */
	if (!VALID_PAGE(page) || PageReserved(page)) {
		set_pte(dst_pte, val);
		return;
	}
	if (cow) {
		ptep_set_wrprotect(src_pte);
		val = *src_pte;
	}
	/* The child has written nothing to a shared page yet. */
	if (vma->vm_flags & VM_SHARED)
		val = pte_mkclean(val);
	get_page(page);
	set_pte(dst_pte, pte_mkold(val));
}

/*
 * fork: give dst the same pages as src over vma, whose range in dst has
 * no page tables yet.  A private area that may be written becomes
 * copy-on-write: the ptes of both sides lose their write permission and
 * every page gains a reference.  rss is the caller's (copy_mm copies
 * the whole mm_struct).  Returns 0 or -ENOMEM.
 * Port: 2.4.0 writes the three levels (copy_pmd_range, copy_pte_range,
 * copy_one_pte) inline in this one function; the pte level is a helper
 * here, the walk is the same.
 */
int copy_page_range(struct mm_struct *dst, struct mm_struct *src,
		    struct vm_area_struct *vma)
{
	unsigned long address = vma->vm_start;
	unsigned long end = vma->vm_end;
	int cow = (vma->vm_flags & (VM_SHARED | VM_MAYWRITE)) == VM_MAYWRITE;
	pgd_t *src_pgd = pgd_offset(src, address);
	pgd_t *dst_pgd = pgd_offset(dst, address);

	/* User areas end at or below TASK_SIZE: address cannot wrap. */
	for (; address < end; src_pgd++, dst_pgd++) {
		unsigned long pgd_end = (address + PGDIR_SIZE) & PGDIR_MASK;
		pmd_t *src_pmd, *dst_pmd;

		if (pgd_end > end)
			pgd_end = end;
		if (pgd_none(*src_pgd) || pgd_bad(*src_pgd)) {
			if (pgd_bad(*src_pgd)) {
				pgd_ERROR(*src_pgd);
				pgd_clear(src_pgd);
			}
			address = pgd_end;
			continue;
		}
		if (pgd_none(*dst_pgd) && !pmd_alloc(dst_pgd, 0))
			return -ENOMEM;
		src_pmd = pmd_offset(src_pgd, address);
		dst_pmd = pmd_offset(dst_pgd, address);

		for (; address < pgd_end; src_pmd++, dst_pmd++) {
			unsigned long pmd_end = (address + PMD_SIZE) & PMD_MASK;
			pte_t *src_pte, *dst_pte;

			if (pmd_end > pgd_end)
				pmd_end = pgd_end;
			if (pmd_none(*src_pmd) || pmd_bad(*src_pmd)) {
				/* pmd_bad() is true of an empty entry too. */
				if (!pmd_none(*src_pmd)) {
					pmd_ERROR(*src_pmd);
					pmd_clear(src_pmd);
				}
				address = pmd_end;
				continue;
			}
			if (pmd_none(*dst_pmd) && !pte_alloc(dst_pmd, 0))
				return -ENOMEM;
			src_pte = pte_offset(src_pmd, address);
			dst_pte = pte_offset(dst_pmd, address);

			for (; address < pmd_end; address += PAGE_SIZE)
				copy_one_pte(vma, cow, src_pte++, dst_pte++);
		}
	}
	return 0;
}

/*
 * Drop what a cleared pte held.  Returns 1 if it was a page counted in
 * rss (present, real, not reserved), so the caller can lower rss.
 */
static inline int free_pte(pte_t pte)
{
	struct page *page;

	if (!pte_present(pte)) {
		/* A swap entry: this pte's claim on the slot goes. */
		swap_free(pte_to_swp_entry(pte));
		return 0;
	}
	page = pte_page(pte);
	if (!VALID_PAGE(page) || PageReserved(page))
		return 0;
	/* A dirty file page must reach its file later. */
	if (pte_dirty(pte) && page->mapping)
		set_page_dirty(page);
	/* Also out of the swap cache if nobody else wants its slot. */
	free_page_and_swap_cache(page);
	return 1;
}

/* A slot about to be overwritten should have been empty. */
static inline void forget_pte(pte_t page)
{
	if (pte_none(page))
		return;
	printk("forget_pte: old mapping existed!\n");
	free_pte(page);
}

/* Clear the ptes for [address, address + size) inside one page table. */
static inline int zap_pte_range(struct mm_struct *mm, pmd_t *pmd,
				unsigned long address, unsigned long size)
{
	unsigned long offset, pages;
	pte_t *slot;
	int freed = 0;

	/* pmd_bad() is true of an empty entry too: report only the others. */
	if (pmd_none(*pmd) || pmd_bad(*pmd)) {
		if (!pmd_none(*pmd)) {
			pmd_ERROR(*pmd);
			pmd_clear(pmd);
		}
		return 0;
	}
	slot = pte_offset(pmd, address);
	/* Stop at the end of this page table. */
	offset = address & ~PMD_MASK;
	if (offset + size > PMD_SIZE)
		size = PMD_SIZE - offset;
	for (pages = size >> PAGE_SHIFT; pages != 0; pages--, slot++) {
		/* Read and clear at once: the CPU may set D meanwhile. */
		pte_t old = ptep_get_and_clear(slot);

		if (!pte_none(old))
			freed += free_pte(old);
	}
	return freed;
}

/* The same for the pmds under one pgd slot. */
static inline int zap_pmd_range(struct mm_struct *mm, pgd_t *dir,
				unsigned long address, unsigned long size)
{
	unsigned long from, to;
	pmd_t *mid;
	int freed = 0;

	if (pgd_none(*dir) || pgd_bad(*dir)) {
		if (!pgd_none(*dir)) {
			pgd_ERROR(*dir);
			pgd_clear(dir);
		}
		return 0;
	}
	mid = pmd_offset(dir, address);
	/* Offsets within this pgd slot, clipped to its end. */
	from = address & ~PGDIR_MASK;
	to = from + size;
	if (to > PGDIR_SIZE)
		to = PGDIR_SIZE;
	do {
		freed += zap_pte_range(mm, mid++, from, to - from);
		from = (from + PMD_SIZE) & PMD_MASK;
	} while (from < to);
	return freed;
}

/*
 * Unmap the user pages of [address, address + size) in mm and lower its
 * rss.  The page tables stay (clear_page_tables frees them).  The
 * caller flushes the TLB.
 */
void zap_page_range(struct mm_struct *mm, unsigned long address,
		    unsigned long size)
{
	unsigned long end = address + size;
	pgd_t *dir = pgd_offset(mm, address);
	int freed = 0;

	if (address >= end)
		BUG();
	spin_lock(&mm->page_table_lock);
	for (;;) {
		freed += zap_pmd_range(mm, dir++, address, end - address);
		address = (address + PGDIR_SIZE) & PGDIR_MASK;
		if (address == 0 || address >= end)
			break;
	}
	spin_unlock(&mm->page_table_lock);

	/* rss is unsigned: never below zero. */
	mm->rss = mm->rss > freed ? mm->rss - freed : 0;
}

/* Map the zero page, read-only, over part of one page table. */
static inline void zeromap_pte_range(pte_t *pte, unsigned long address,
				     unsigned long size, pgprot_t prot)
{
	unsigned long from = address & ~PMD_MASK;
	unsigned long to = from + size;

	if (to > PMD_SIZE)
		to = PMD_SIZE;
	for (;;) {
		pte_t old = ptep_get_and_clear(pte);

		set_pte(pte, pte_wrprotect(mk_pte(ZERO_PAGE(from), prot)));
		forget_pte(old);
		from += PAGE_SIZE;
		pte++;
		if (from == 0 || from >= to)
			break;
	}
}

static inline int zeromap_pmd_range(pmd_t *pmd, unsigned long address,
				    unsigned long size, pgprot_t prot)
{
	unsigned long from = address & ~PGDIR_MASK;
	unsigned long to = from + size;
	pte_t *table;

	if (to > PGDIR_SIZE)
		to = PGDIR_SIZE;
	for (;;) {
		table = pte_alloc(pmd, from);
		if (table == NULL)
			return -ENOMEM;
		zeromap_pte_range(table, from, to - from, prot);
		from = (from + PMD_SIZE) & PMD_MASK;
		pmd++;
		if (from == 0 || from >= to)
			return 0;
	}
}

/*
 * Make [address, address + size) of the current process read zeros (a
 * read of /dev/zero into a mapping).  Writes will copy the zero page.
 */
int zeromap_page_range(unsigned long address, unsigned long size,
		       pgprot_t prot)
{
	struct mm_struct *mm = current->mm;
	unsigned long end = address + size;
	pgd_t *dir = pgd_offset(mm, address);
	pmd_t *mid;
	int err;

	flush_cache_range(mm, address, end);
	if (address >= end)
		BUG();
	for (;;) {
		mid = pmd_alloc(dir, address);
		if (mid == NULL) {
			err = -ENOMEM;
			break;
		}
		err = zeromap_pmd_range(mid, address, end - address, prot);
		if (err)
			break;
		address = (address + PGDIR_SIZE) & PGDIR_MASK;
		dir++;
		if (address == 0 || address >= end)
			break;
	}
	flush_tlb_range(mm, end - size, end);
	return err;
}

/*
 * Map physical pages from phys_addr on over part of one page table.
 * Only frames the allocator does not own (no struct page, or reserved,
 * such as device memory) are mapped; the other slots are left empty.
 */
static inline void remap_pte_range(pte_t *pte, unsigned long address,
				   unsigned long size,
				   unsigned long phys_addr, pgprot_t prot)
{
	unsigned long from = address & ~PMD_MASK;
	unsigned long to = from + size;

	if (to > PMD_SIZE)
		to = PMD_SIZE;
	for (;;) {
		pte_t old = ptep_get_and_clear(pte);
		struct page *frame = virt_to_page(__va(phys_addr));

		if (!VALID_PAGE(frame) || PageReserved(frame))
			set_pte(pte, mk_pte_phys(phys_addr, prot));
		forget_pte(old);
		from += PAGE_SIZE;
		phys_addr += PAGE_SIZE;
		pte++;
		if (from == 0 || from >= to)
			break;
	}
}

static inline int remap_pmd_range(pmd_t *pmd, unsigned long address,
				  unsigned long size,
				  unsigned long phys_addr, pgprot_t prot)
{
	unsigned long from = address & ~PGDIR_MASK;
	unsigned long to = from + size;
	pte_t *table;

	if (to > PGDIR_SIZE)
		to = PGDIR_SIZE;
	/* From here phys_addr + from is the frame for from. */
	phys_addr -= from;
	for (;;) {
		table = pte_alloc(pmd, from);
		if (table == NULL)
			return -ENOMEM;
		remap_pte_range(table, from, to - from, phys_addr + from,
				prot);
		from = (from + PMD_SIZE) & PMD_MASK;
		pmd++;
		if (from == 0 || from >= to)
			return 0;
	}
}

/*
 * Map [phys_addr, phys_addr + size) at user address from in the current
 * process (a driver's mmap method).  The caller holds mmap_sem.
 */
int remap_page_range(unsigned long from, unsigned long phys_addr,
		     unsigned long size, pgprot_t prot)
{
	struct mm_struct *mm = current->mm;
	unsigned long end = from + size;
	pgd_t *dir;
	pmd_t *mid;
	int err;

	/* From here phys_addr + from is the frame for from. */
	phys_addr -= from;
	dir = pgd_offset(mm, from);
	flush_cache_range(mm, from, end);
	if (from >= end)
		BUG();
	for (;;) {
		mid = pmd_alloc(dir, from);
		if (mid == NULL) {
			err = -ENOMEM;
			break;
		}
		err = remap_pmd_range(mid, from, end - from, phys_addr + from,
				      prot);
		if (err)
			break;
		from = (from + PGDIR_SIZE) & PGDIR_MASK;
		dir++;
		if (from == 0 || from >= end)
			break;
	}
	flush_tlb_range(mm, end - size, end);
	return err;
}

/* Replace a present pte: store it, then drop the old TLB entry. */
static inline void establish_pte(struct vm_area_struct *vma,
				 unsigned long address, pte_t *page_table,
				 pte_t entry)
{
	set_pte(page_table, entry);
	flush_tlb_page(vma, address);
	update_mmu_cache(vma, address, entry);
}

/* Give the writer its own copy: fill new_page, map it writable. */
static inline void break_cow(struct vm_area_struct *vma,
			     struct page *old_page, struct page *new_page,
			     unsigned long address, pte_t *page_table)
{
	pte_t entry = mk_pte(new_page, vma->vm_page_prot);

	copy_cow_page(old_page, new_page, address);
	flush_page_to_ram(new_page);
	flush_cache_page(vma, address);
	establish_pte(vma, address, page_table,
		      pte_mkwrite(pte_mkdirty(entry)));
}

/*
 * A write to a present, write-protected page of an area that may be
 * written: copy-on-write.  If nobody else holds the page (count 1) it is
 * simply made writable; otherwise the writer gets a copy and drops its
 * reference to the old page (the zero page is never counted, so it is
 * always copied).  Entered with page_table_lock held, leaves without it.
 * Returns 1 (minor fault) or -1 (out of memory).
 */
static int do_wp_page(struct mm_struct *mm, struct vm_area_struct *vma,
		      unsigned long address, pte_t *page_table, pte_t pte)
{
	struct page *old_page = pte_page(pte);
	struct page *copy;
	int reuse;

	if (!VALID_PAGE(old_page)) {
		spin_unlock(&mm->page_table_lock);
		printk("do_wp_page: bogus page at address %08lx (page 0x%lx)\n",
		       address, (unsigned long) old_page);
		return -1;
	}

	/*
	 * Nobody else holds the page: write in place.  Count 2 may be us
	 * and the swap cache: if no other pte or swap entry wants the
	 * slot (is_page_shared, asked with the page locked), reuse it too.
	 */
	reuse = page_count(old_page) == 1;
	if (page_count(old_page) == 2 && PageSwapCache(old_page) &&
	    !TryLockPage(old_page)) {
		reuse = !is_page_shared(old_page);
		UnlockPage(old_page);
	}
	if (reuse) {
		flush_cache_page(vma, address);
		establish_pte(vma, address, page_table,
			      pte_mkyoung(pte_mkdirty(pte_mkwrite(pte))));
		spin_unlock(&mm->page_table_lock);
		return 1;
	}

	/* Copy.  The allocation may sleep: not under the lock. */
	spin_unlock(&mm->page_table_lock);
	copy = alloc_page(GFP_HIGHUSER);	/* page_cache_alloc() */
	if (copy == NULL)
		return -1;
	spin_lock(&mm->page_table_lock);
	if (!pte_same(*page_table, pte)) {
		/* Changed while we slept: the copy is not wanted. */
		spin_unlock(&mm->page_table_lock);
		__free_page(copy);		/* page_cache_release() */
		return 1;
	}
	/* The zero page was not in rss; the copy is. */
	if (PageReserved(old_page))
		++mm->rss;
	break_cow(vma, old_page, copy, address, page_table);
	spin_unlock(&mm->page_table_lock);
	/* Our reference to the old page goes. */
	__free_page(old_page);
	return 1;
}

/*
 * Unmap, in each area of the list, the pages at file page pgoff and
 * beyond.  An area wholly past the new end loses all its pages; one
 * that straddles it keeps those before.
 */
static void vmtruncate_list(struct vm_area_struct *mpnt,
			    unsigned long pgoff, unsigned long partial)
{
	for (; mpnt; mpnt = mpnt->vm_next_share) {
		struct mm_struct *mm = mpnt->vm_mm;
		unsigned long from = mpnt->vm_start;
		unsigned long to = mpnt->vm_end;
		unsigned long pages = (to - from) >> PAGE_SHIFT;
		unsigned long keep;

		if (mpnt->vm_pgoff < pgoff) {
			keep = pgoff - mpnt->vm_pgoff;
			if (keep >= pages)
				continue;	/* all of it before the end */
			from += keep << PAGE_SHIFT;
		}
		flush_cache_range(mm, from, to);
		zap_page_range(mm, from, to - from);
		flush_tlb_range(mm, from, to);
	}
}

/*
 * The file's size becomes offset (the caller holds i_sem).  Shrinking:
 * every mapping loses its pages wholly beyond the new end (touching
 * them again is SIGBUS), then the page cache drops them and clears the
 * tail of the last page.  Growing is only the new size, within
 * RLIMIT_FSIZE (SIGXFSZ beyond it).
 */
void vmtruncate(struct inode *inode, loff_t offset)
{
	struct address_space *mapping = inode->i_mapping;
	unsigned long pgoff, partial, limit;

	if (inode->i_size < offset)
		goto do_expand;
	inode->i_size = offset;
	pgoff = (offset + PAGE_SIZE - 1) >> PAGE_SHIFT;
	partial = (unsigned long) offset & (PAGE_SIZE - 1);

	spin_lock(&mapping->i_shared_lock);
	if (mapping->i_mmap)
		vmtruncate_list(mapping->i_mmap, pgoff, partial);
	if (mapping->i_mmap_shared)
		vmtruncate_list(mapping->i_mmap_shared, pgoff, partial);
	spin_unlock(&mapping->i_shared_lock);
	truncate_inode_pages(mapping, offset);
	goto out_truncate;

do_expand:
	limit = current->rlim[RLIMIT_FSIZE].rlim_cur;
	if (limit != RLIM_INFINITY && offset > limit) {
		/* Past the limit: the signal, and no growth beyond it. */
		send_sig(SIGXFSZ, current, 0);
		if (inode->i_size >= limit)
			return;
		offset = limit;
	}
	inode->i_size = offset;

out_truncate:
	if (inode->i_op && inode->i_op->truncate)
		inode->i_op->truncate(inode);
}

/*
 * Start reading, without waiting, the slots around entry that are in
 * use (valid_swaphandles: an aligned window of 2^page_cluster, each
 * slot lent an extra user meanwhile).  Stop early when enough
 * asynchronous swap I/O is already in flight.
 */
void swapin_readahead(swp_entry_t entry)
{
	unsigned long slot, type = SWP_TYPE(entry);
	unsigned long limit = pager_daemon.swap_cluster << page_cluster;
	struct page *ahead;
	int left;

	left = valid_swaphandles(entry, &slot);
	for (; left > 0; left--, slot++) {
		if (atomic_read(&nr_async_pages) >= limit)
			break;
		ahead = read_swap_cache_async(SWP_ENTRY(type, slot), 0);
		/* It stays in the swap cache; only our reference goes. */
		if (ahead)
			page_cache_release(ahead);
		swap_free(SWP_ENTRY(type, slot));
	}
	/* Too busy: give back the loans of the slots not read. */
	for (; left > 0; left--, slot++)
		swap_free(SWP_ENTRY(type, slot));
}

/* Port: swap-in faults, and those that had to read, for /proc/stat. */
unsigned long swap_faults, swap_fault_reads;

/*
 * A pte holding a swap entry: find the page in the swap cache, or read
 * it (with its neighbours, ahead) into the cache.  The pte takes the
 * page and gives up its use of the slot; the page stays in the swap
 * cache.  Only a write, with nobody else wanting the page, maps it
 * writable at once.  Returns 1 (even after I/O) or -1 (no page).
 * 2.4.0 does not look at the pte again after sleeping.
 */
static int do_swap_page(struct mm_struct *mm, struct vm_area_struct *vma,
			unsigned long address, pte_t *page_table,
			swp_entry_t entry, int write_access)
{
	struct page *pg;
	pte_t mapped;

	swap_faults++;
	pg = lookup_swap_cache(entry);
	if (!pg) {
		/* Not cached: read it, and its neighbours ahead, under BKL. */
		swap_fault_reads++;
		lock_kernel();
		swapin_readahead(entry);
		pg = read_swap_cache(entry);
		unlock_kernel();
		if (!pg)
			return -1;
	}
	++mm->rss;
	mapped = mk_pte(pg, vma->vm_page_prot);
	/* The lookup's page reference now belongs to the pte. */
	lock_page(pg);
	swap_free(entry);
	if (write_access && !is_page_shared(pg))
		mapped = pte_mkdirty(pte_mkwrite(mapped));
	UnlockPage(pg);
	set_pte(page_table, mapped);
	/* The pte was not present: the TLB cannot hold it. */
	update_mmu_cache(vma, address, mapped);
	return 1;
}

/*
 * First touch of an anonymous page.  A read maps the shared zero page
 * read-only; only a write costs a page of its own, zeroed.  The caller
 * holds mmap_sem, which is all that is needed.  Returns 1 or -1.
 */
static int do_anonymous_page(struct mm_struct *mm, struct vm_area_struct *vma,
			     pte_t *page_table, int write_access,
			     unsigned long addr)
{
	struct page *page;
	pte_t entry;

	if (!write_access) {
		/* A read: the shared zero page, read-only. */
		entry = pte_wrprotect(mk_pte(ZERO_PAGE(addr),
					     vma->vm_page_prot));
	} else {
		page = alloc_page(GFP_HIGHUSER);
		if (page == NULL)
			return -1;
		clear_user_highpage(page, addr);
		entry = mk_pte(page, vma->vm_page_prot);
		entry = pte_mkwrite(pte_mkdirty(entry));
		mm->rss++;
		flush_page_to_ram(page);
	}
	set_pte(page_table, entry);
	/* The pte was empty: the TLB cannot hold it. */
	update_mmu_cache(vma, addr, entry);
	return 1;
}

/*
 * First touch of a page of an area: ask the area's nopage method for the
 * page (anonymous areas have none).  For a write to a private area the
 * method is asked for a private copy at once (early COW), so the write
 * does not fault again.  Returns 2 (major), 0 (SIGBUS) or -1 (OOM).
 */
static int do_no_page(struct mm_struct *mm, struct vm_area_struct *vma,
		      unsigned long address, int write_access,
		      pte_t *page_table)
{
	struct page *page;
	int no_share;
	pte_t entry;

	if (vma->vm_ops == NULL || vma->vm_ops->nopage == NULL)
		return do_anonymous_page(mm, vma, page_table, write_access,
					 address);

	/* A write to a private area asks for a copy of its own at once. */
	no_share = write_access;
	if (vma->vm_flags & VM_SHARED)
		no_share = 0;
	page = vma->vm_ops->nopage(vma, address & PAGE_MASK, no_share);
	if (page == NOPAGE_SIGBUS)
		return 0;
	if (page == NOPAGE_OOM)
		return -1;

	++mm->rss;
	flush_page_to_ram(page);
	flush_icache_page(vma, page);
	entry = mk_pte(page, vma->vm_page_prot);
	if (write_access) {
		entry = pte_mkdirty(pte_mkwrite(entry));
	} else if (page_count(page) > 1 &&
		   !(vma->vm_flags & VM_SHARED)) {
		/* Others hold it and the area is private: COW later. */
		entry = pte_wrprotect(entry);
	}
	set_pte(page_table, entry);
	update_mmu_cache(vma, address, entry);
	return 2;
}

/*
 * The pte for address exists (maybe empty).  Not present: bring the
 * page in.  Present: a write to a read-only pte is copy-on-write;
 * otherwise the CPU only needs the accessed/dirty bits set.
 * page_table_lock guards against reclaim taking the page meanwhile.
 */
static inline int handle_pte_fault(struct mm_struct *mm,
				   struct vm_area_struct *vma,
				   unsigned long address, int write_access,
				   pte_t *pte)
{
	pte_t val;

	spin_lock(&mm->page_table_lock);
	val = *pte;
	if (!pte_present(val)) {
		/* Nobody else fills in a missing page: drop the lock. */
		spin_unlock(&mm->page_table_lock);
		if (pte_none(val))
			return do_no_page(mm, vma, address, write_access, pte);
		return do_swap_page(mm, vma, address, pte,
				    pte_to_swp_entry(val), write_access);
	}

	/* Present.  Writing a read-only pte is copy-on-write. */
	if (write_access && !pte_write(val))
		return do_wp_page(mm, vma, address, pte, val);
	/* Otherwise only the accessed (and for a write, dirty) bit. */
	val = pte_mkyoung(val);
	if (write_access)
		val = pte_mkdirty(val);
	establish_pte(vma, address, pte, val);
	spin_unlock(&mm->page_table_lock);
	return 1;
}

/*
 * Resolve a fault at address in vma of mm (the caller holds mmap_sem and
 * has checked the access against vma): make sure a page table exists,
 * then handle the pte.  Returns 1 minor fault, 2 major fault, 0 SIGBUS,
 * -1 out of memory.
 */
int handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma,
		    unsigned long address, int write_access)
{
	pgd_t *dir = pgd_offset(mm, address);
	pmd_t *mid = pmd_alloc(dir, address);
	pte_t *slot;

	if (mid == NULL)
		return -1;
	slot = pte_alloc(mid, address);
	if (slot == NULL)
		return -1;
	return handle_pte_fault(mm, vma, address, write_access, slot);
}

/*
 * Fault in every page of [addr, end) of the current process, for write
 * if the area is writable (mlock, MAP_LOCKED).  The range lies in one
 * area.  Returns 0, or -1 if a fault could not be handled.
 */
int make_pages_present(unsigned long addr, unsigned long end)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma = find_vma(mm, addr);
	int write = (vma->vm_flags & VM_WRITE) != 0;

	if (addr >= end)
		BUG();
	for (; addr < end; addr += PAGE_SIZE)
		if (handle_mm_fault(mm, vma, addr, write) < 0)
			return -1;
	return 0;
}
