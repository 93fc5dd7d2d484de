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
	if (from == ZERO_PAGE(address)) {
		clear_user_highpage(to, address);
		return;
	}
	copy_user_highpage(to, from, address);
}

/* One struct page per page frame (2.4.0's mem_map_t array). */
mem_map_t *mem_map;

/*
 * Free the page table a pmd entry points to (the pages it mapped were
 * released before, when the areas were unmapped).
 */
static inline void free_one_pmd(pmd_t *dir)
{
	pte_t *pte;

	if (pmd_none(*dir))
		return;
	if (pmd_bad(*dir)) {
		pmd_ERROR(*dir);
		pmd_clear(dir);
		return;
	}
	pte = pte_offset(dir, 0);
	pmd_clear(dir);
	pte_free(pte);
}

/* The same one level up: every pmd of a pgd slot, then the pmd page. */
static inline void free_one_pgd(pgd_t *dir)
{
	pmd_t *pmd;
	int j;

	if (pgd_none(*dir))
		return;
	if (pgd_bad(*dir)) {
		pgd_ERROR(*dir);
		pgd_clear(dir);
		return;
	}
	pmd = pmd_offset(dir, 0);
	pgd_clear(dir);
	for (j = 0; j < PTRS_PER_PMD; j++)
		free_one_pmd(pmd + j);
	pmd_free(pmd);
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
	pgd_t *page_dir = mm->pgd + first;

	do {
		free_one_pgd(page_dir);
		page_dir++;
	} while (--nr);

	check_pgt_cache();
}

/*
 * Copy one pte of a fork.  Private writable (cow) areas: the parent's
 * pte loses RW first and the child gets the same read-only value.
 */
static inline void copy_one_pte(struct vm_area_struct *vma, int cow,
				pte_t *src_pte, pte_t *dst_pte)
{
	pte_t pte = *src_pte;
	struct page *ptepage;

	if (pte_none(pte))
		return;
	if (!pte_present(pte)) {
		/* Port: no swap, so no swap entry to swap_duplicate(). */
		pte_ERROR(pte);
		set_pte(dst_pte, pte);
		return;
	}
	ptepage = pte_page(pte);
	if (VALID_PAGE(ptepage) && !PageReserved(ptepage)) {
		if (cow) {
			ptep_set_wrprotect(src_pte);
			pte = *src_pte;
		}
		/* The child has written nothing to a shared page yet. */
		if (vma->vm_flags & VM_SHARED)
			pte = pte_mkclean(pte);
		pte = pte_mkold(pte);
		get_page(ptepage);
	}
	/* Device memory and the zero page are mapped with no count. */
	set_pte(dst_pte, pte);
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
	if (pte_present(pte)) {
		struct page *page = pte_page(pte);

		if (!VALID_PAGE(page) || PageReserved(page))
			return 0;
		/* A dirty file page must reach its file later. */
		if (pte_dirty(pte) && page->mapping)
			set_page_dirty(page);
		/* Port: no swap cache, so free_page_and_swap_cache() is this. */
		__free_page(page);
		return 1;
	}
	/* Port: no swap yet; 2.4.0 would swap_free() the entry here. */
	pte_ERROR(pte);
	return 0;
}

/* A slot about to be overwritten should have been empty. */
static inline void forget_pte(pte_t page)
{
	if (!pte_none(page)) {
		printk("forget_pte: old mapping existed!\n");
		free_pte(page);
	}
}

/* Clear the ptes for [address, address + size) inside one page table. */
static inline int zap_pte_range(struct mm_struct *mm, pmd_t *pmd,
				unsigned long address, unsigned long size)
{
	pte_t *pte;
	int freed;

	if (pmd_none(*pmd))
		return 0;
	if (pmd_bad(*pmd)) {
		pmd_ERROR(*pmd);
		pmd_clear(pmd);
		return 0;
	}
	pte = pte_offset(pmd, address);
	address &= ~PMD_MASK;
	if (address + size > PMD_SIZE)
		size = PMD_SIZE - address;
	freed = 0;
	for (size >>= PAGE_SHIFT; size; size--, pte++) {
		/* Read and clear at once: the CPU may set D meanwhile. */
		pte_t page = ptep_get_and_clear(pte);

		if (!pte_none(page))
			freed += free_pte(page);
	}
	return freed;
}

/* The same for the pmds under one pgd slot. */
static inline int zap_pmd_range(struct mm_struct *mm, pgd_t *dir,
				unsigned long address, unsigned long size)
{
	pmd_t *pmd;
	unsigned long end;
	int freed;

	if (pgd_none(*dir))
		return 0;
	if (pgd_bad(*dir)) {
		pgd_ERROR(*dir);
		pgd_clear(dir);
		return 0;
	}
	pmd = pmd_offset(dir, address);
	address &= ~PGDIR_MASK;
	end = address + size;
	if (end > PGDIR_SIZE)
		end = PGDIR_SIZE;
	freed = 0;
	do {
		freed += zap_pte_range(mm, pmd, address, end - address);
		address = (address + PMD_SIZE) & PMD_MASK;
		pmd++;
	} while (address < end);
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
	pgd_t *dir;
	unsigned long end = address + size;
	int freed = 0;

	dir = pgd_offset(mm, address);

	if (address >= end)
		BUG();
	spin_lock(&mm->page_table_lock);
	do {
		freed += zap_pmd_range(mm, dir, address, end - address);
		address = (address + PGDIR_SIZE) & PGDIR_MASK;
		dir++;
	} while (address && (address < end));
	spin_unlock(&mm->page_table_lock);

	/* rss is unsigned: never below zero. */
	if (mm->rss > freed)
		mm->rss -= freed;
	else
		mm->rss = 0;
}

/* Map the zero page, read-only, over part of one page table. */
static inline void zeromap_pte_range(pte_t *pte, unsigned long address,
				     unsigned long size, pgprot_t prot)
{
	unsigned long end;

	address &= ~PMD_MASK;
	end = address + size;
	if (end > PMD_SIZE)
		end = PMD_SIZE;
	do {
		pte_t zero_pte = pte_wrprotect(mk_pte(ZERO_PAGE(address), prot));
		pte_t oldpage = ptep_get_and_clear(pte);

		set_pte(pte, zero_pte);
		forget_pte(oldpage);
		address += PAGE_SIZE;
		pte++;
	} while (address && (address < end));
}

static inline int zeromap_pmd_range(pmd_t *pmd, unsigned long address,
				    unsigned long size, pgprot_t prot)
{
	unsigned long end;

	address &= ~PGDIR_MASK;
	end = address + size;
	if (end > PGDIR_SIZE)
		end = PGDIR_SIZE;
	do {
		pte_t *pte = pte_alloc(pmd, address);

		if (!pte)
			return -ENOMEM;
		zeromap_pte_range(pte, address, end - address, prot);
		address = (address + PMD_SIZE) & PMD_MASK;
		pmd++;
	} while (address && (address < end));
	return 0;
}

/*
 * Make [address, address + size) of the current process read zeros (a
 * read of /dev/zero into a mapping).  Writes will copy the zero page.
 */
int zeromap_page_range(unsigned long address, unsigned long size,
		       pgprot_t prot)
{
	int error = 0;
	pgd_t *dir;
	unsigned long end = address + size;

	dir = pgd_offset(current->mm, address);
	flush_cache_range(current->mm, address, end);
	if (address >= end)
		BUG();
	do {
		pmd_t *pmd = pmd_alloc(dir, address);

		error = -ENOMEM;
		if (!pmd)
			break;
		error = zeromap_pmd_range(pmd, address, end - address, prot);
		if (error)
			break;
		address = (address + PGDIR_SIZE) & PGDIR_MASK;
		dir++;
	} while (address && (address < end));
	flush_tlb_range(current->mm, end - size, end);
	return error;
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
	unsigned long end;

	address &= ~PMD_MASK;
	end = address + size;
	if (end > PMD_SIZE)
		end = PMD_SIZE;
	do {
		struct page *page;
		pte_t oldpage;

		oldpage = ptep_get_and_clear(pte);
		page = virt_to_page(__va(phys_addr));
		if (!VALID_PAGE(page) || PageReserved(page))
			set_pte(pte, mk_pte_phys(phys_addr, prot));
		forget_pte(oldpage);
		address += PAGE_SIZE;
		phys_addr += PAGE_SIZE;
		pte++;
	} while (address && (address < end));
}

static inline int remap_pmd_range(pmd_t *pmd, unsigned long address,
				  unsigned long size,
				  unsigned long phys_addr, pgprot_t prot)
{
	unsigned long end;

	address &= ~PGDIR_MASK;
	end = address + size;
	if (end > PGDIR_SIZE)
		end = PGDIR_SIZE;
	/* From here phys_addr + address is the frame for address. */
	phys_addr -= address;
	do {
		pte_t *pte = pte_alloc(pmd, address);

		if (!pte)
			return -ENOMEM;
		remap_pte_range(pte, address, end - address,
				address + phys_addr, prot);
		address = (address + PMD_SIZE) & PMD_MASK;
		pmd++;
	} while (address && (address < end));
	return 0;
}

/*
 * Map [phys_addr, phys_addr + size) at user address from in the current
 * process (a driver's mmap method).  The caller holds mmap_sem.
 */
int remap_page_range(unsigned long from, unsigned long phys_addr,
		     unsigned long size, pgprot_t prot)
{
	int error = 0;
	pgd_t *dir;
	unsigned long end = from + size;

	phys_addr -= from;
	dir = pgd_offset(current->mm, from);
	flush_cache_range(current->mm, from, end);
	if (from >= end)
		BUG();
	do {
		pmd_t *pmd = pmd_alloc(dir, from);

		error = -ENOMEM;
		if (!pmd)
			break;
		error = remap_pmd_range(pmd, from, end - from,
					phys_addr + from, prot);
		if (error)
			break;
		from = (from + PGDIR_SIZE) & PGDIR_MASK;
		dir++;
	} while (from && (from < end));
	flush_tlb_range(current->mm, end - size, end);
	return error;
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
	copy_cow_page(old_page, new_page, address);
	flush_page_to_ram(new_page);
	flush_cache_page(vma, address);
	establish_pte(vma, address, page_table,
		      pte_mkwrite(pte_mkdirty(mk_pte(new_page,
						     vma->vm_page_prot))));
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
	struct page *old_page, *new_page;

	old_page = pte_page(pte);
	if (!VALID_PAGE(old_page))
		goto bad_wp_page;

	switch (page_count(old_page)) {
	case 2:
		/*
		 * 2.4.0 reuses the page here too if the other reference is
		 * the swap cache's and no other pte maps it (PageSwapCache,
		 * TryLockPage, is_page_shared).  Port: no swap cache yet, so
		 * 2 always means another mapping: copy.
		 */
		break;
	case 1:
		/* We are the only user: write in place. */
		flush_cache_page(vma, address);
		establish_pte(vma, address, page_table,
			      pte_mkyoung(pte_mkdirty(pte_mkwrite(pte))));
		spin_unlock(&mm->page_table_lock);
		return 1;
	}

	/* Copy.  The allocation may sleep: not under the lock. */
	spin_unlock(&mm->page_table_lock);
	new_page = alloc_page(GFP_HIGHUSER);	/* page_cache_alloc() */
	if (!new_page)
		return -1;
	spin_lock(&mm->page_table_lock);

	/* Unchanged while we slept?  Then install the copy. */
	if (pte_same(*page_table, pte)) {
		/* The zero page was not in rss; the copy is. */
		if (PageReserved(old_page))
			++mm->rss;
		break_cow(vma, old_page, new_page, address, page_table);
		/* What is released below is now our old reference. */
		new_page = old_page;
	}
	spin_unlock(&mm->page_table_lock);
	__free_page(new_page);			/* page_cache_release() */
	return 1;

bad_wp_page:
	spin_unlock(&mm->page_table_lock);
	printk("do_wp_page: bogus page at address %08lx (page 0x%lx)\n",
	       address, (unsigned long) old_page);
	return -1;
}

/*
 * A pte holding a swap entry.  Port: swapping (情景分析 §2.9) is not
 * ported, so no such pte can exist; 2.4.0 would fail to read the entry
 * from a swap area that does not exist and return -1 (out of memory),
 * and so does this.  2.4.0 passes the entry as a swp_entry_t.
 */
static int do_swap_page(struct mm_struct *mm, struct vm_area_struct *vma,
			unsigned long address, pte_t *page_table,
			pte_t entry, int write_access)
{
	pte_ERROR(entry);
	return -1;
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
	struct page *page = NULL;
	pte_t entry = pte_wrprotect(mk_pte(ZERO_PAGE(addr), vma->vm_page_prot));

	if (write_access) {
		page = alloc_page(GFP_HIGHUSER);
		if (!page)
			return -1;
		clear_user_highpage(page, addr);
		entry = pte_mkwrite(pte_mkdirty(mk_pte(page, vma->vm_page_prot)));
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
	struct page *new_page;
	pte_t entry;

	if (!vma->vm_ops || !vma->vm_ops->nopage)
		return do_anonymous_page(mm, vma, page_table, write_access,
					 address);

	new_page = vma->vm_ops->nopage(vma, address & PAGE_MASK,
				       (vma->vm_flags & VM_SHARED) ? 0 :
				       write_access);
	if (new_page == NULL)		/* NOPAGE_SIGBUS */
		return 0;
	if (new_page == NOPAGE_OOM)
		return -1;
	++mm->rss;

	flush_page_to_ram(new_page);
	flush_icache_page(vma, new_page);
	entry = mk_pte(new_page, vma->vm_page_prot);
	if (write_access)
		entry = pte_mkwrite(pte_mkdirty(entry));
	else if (page_count(new_page) > 1 && !(vma->vm_flags & VM_SHARED))
		entry = pte_wrprotect(entry);	/* shared with others: COW */
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
	pte_t entry;

	spin_lock(&mm->page_table_lock);
	entry = *pte;
	if (!pte_present(entry)) {
		/* Nobody else fills in a missing page: drop the lock. */
		spin_unlock(&mm->page_table_lock);
		if (pte_none(entry))
			return do_no_page(mm, vma, address, write_access, pte);
		return do_swap_page(mm, vma, address, pte, entry,
				    write_access);
	}

	if (write_access) {
		if (!pte_write(entry))
			return do_wp_page(mm, vma, address, pte, entry);
		entry = pte_mkdirty(entry);
	}
	entry = pte_mkyoung(entry);
	establish_pte(vma, address, pte, entry);
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
	int ret = -1;
	pgd_t *pgd;
	pmd_t *pmd;

	pgd = pgd_offset(mm, address);
	pmd = pmd_alloc(pgd, address);

	if (pmd) {
		pte_t *pte = pte_alloc(pmd, address);

		if (pte)
			ret = handle_pte_fault(mm, vma, address, write_access,
					       pte);
	}
	return ret;
}

/*
 * Fault in every page of [addr, end) of the current process, for write
 * if the area is writable (mlock, MAP_LOCKED).  The range lies in one
 * area.  Returns 0, or -1 if a fault could not be handled.
 */
int make_pages_present(unsigned long addr, unsigned long end)
{
	int write;
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;

	vma = find_vma(mm, addr);
	write = (vma->vm_flags & VM_WRITE) != 0;
	if (addr >= end)
		BUG();
	do {
		if (handle_mm_fault(mm, vma, addr, write) < 0)
			return -1;
		addr += PAGE_SIZE;
	} while (addr < end);
	return 0;
}
