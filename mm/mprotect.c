// SPDX-License-Identifier: GPL-2.0-only
/*
 * mprotect(): change the access rights of a range of the address space.
 * The areas in the range get the new vm_flags (split where the range
 * starts or ends inside one) and the pages already present get the new
 * hardware protection in their page-table entries.
 * 情景分析 §2.13.  Follows Linux 2.4.0 mm/mprotect.c.
 */
#include <linux/slab.h>
#include <linux/mman.h>
#include <linux/fs.h>

#include <asm/uaccess.h>
#include <asm/pgalloc.h>
#include <asm/pgtable.h>

/*
 * The entries of one page table from address for size bytes (not past
 * the table's end): each present one gets newprot, keeping its frame and
 * its accessed and dirty bits.
 */
static inline void change_pte_range(pmd_t *pmd, unsigned long address,
				    unsigned long size, pgprot_t newprot)
{
	pmd_t entry = *pmd;
	unsigned long offset, limit;
	pte_t *ptep;

	if (pmd_none(entry))
		return;
	if (pmd_bad(entry)) {
		pmd_ERROR(entry);
		pmd_clear(pmd);
		return;
	}

	/* Offsets inside the 4 MB this table covers. */
	offset = address & ~PMD_MASK;
	limit = offset + size;
	if (limit > PMD_SIZE)
		limit = PMD_SIZE;
	for (ptep = pte_offset(pmd, address); offset < limit;
	     offset += PAGE_SIZE, ptep++) {
		pte_t old;

		if (!pte_present(*ptep))
			continue;
		/* Clear, then write: a dirty bit set meanwhile is kept. */
		old = ptep_get_and_clear(ptep);
		set_pte(ptep, pte_modify(old, newprot));
	}
}

/* The page tables under one page-directory entry. */
static inline void change_pmd_range(pgd_t *pgd, unsigned long address,
				    unsigned long size, pgprot_t newprot)
{
	pgd_t entry = *pgd;
	unsigned long offset, limit;
	pmd_t *pmdp;

	if (pgd_none(entry))
		return;
	if (pgd_bad(entry)) {
		pgd_ERROR(entry);
		pgd_clear(pgd);
		return;
	}

	/* Offsets inside the part of the address space this entry maps. */
	offset = address & ~PGDIR_MASK;
	limit = offset + size;
	if (limit > PGDIR_SIZE)
		limit = PGDIR_SIZE;
	pmdp = pmd_offset(pgd, address);
	for (;;) {
		change_pte_range(pmdp, offset, limit - offset, newprot);
		pmdp++;
		/* On to the next pmd boundary; 0 means we wrapped. */
		offset = (offset + PMD_SIZE) & PMD_MASK;
		if (offset == 0 || offset >= limit)
			break;
	}
}

/* Give every present page of [start, end) of the current mm newprot. */
static void change_protection(unsigned long start, unsigned long end,
			      pgprot_t newprot)
{
	struct mm_struct *mm = current->mm;
	pgd_t *pgdp = pgd_offset(mm, start);
	unsigned long addr = start;

	flush_cache_range(mm, start, end);
	if (start >= end)
		BUG();
	spin_lock(&mm->page_table_lock);
	for (;;) {
		change_pmd_range(pgdp, addr, end - addr, newprot);
		pgdp++;
		addr = (addr + PGDIR_SIZE) & PGDIR_MASK;
		if (addr == 0 || addr >= end)
			break;
	}
	spin_unlock(&mm->page_table_lock);
	/* Old rights may still be cached in the TLB. */
	flush_tlb_range(mm, start, end);
}

/* The whole area changes: no split. */
static inline int mprotect_fixup_all(struct vm_area_struct *vma,
				     int newflags, pgprot_t prot)
{
	struct mm_struct *mm = vma->vm_mm;

	spin_lock(&mm->page_table_lock);
	vma->vm_flags = newflags;
	vma->vm_page_prot = prot;
	spin_unlock(&mm->page_table_lock);
	return 0;
}

/*
 * [vm_start, end) changes: a new area takes that part with the new
 * rights; vma keeps the rest and now starts at end.
 */
static inline int mprotect_fixup_start(struct vm_area_struct *vma,
				       unsigned long end, int newflags,
				       pgprot_t prot)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *head;
	unsigned long moved = (end - vma->vm_start) >> PAGE_SHIFT;

	head = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (!head)
		return -ENOMEM;

	*head = *vma;
	head->vm_end = end;
	head->vm_flags = newflags;
	head->vm_page_prot = prot;
	head->vm_raend = 0;
	/* One more area holds the file. */
	if (head->vm_file)
		get_file(head->vm_file);
	if (head->vm_ops && head->vm_ops->open)
		head->vm_ops->open(head);

	lock_vma_mappings(vma);
	spin_lock(&mm->page_table_lock);
	vma->vm_pgoff += moved;
	vma->vm_start = end;
	__insert_vm_struct(current->mm, head);
	spin_unlock(&mm->page_table_lock);
	unlock_vma_mappings(vma);
	return 0;
}

/*
 * [start, vm_end) changes: a new area takes that part; vma is cut off
 * at start.  (vma's key in the AVL tree, vm_end, shrinks in place: it
 * stays above the area before, so the tree stays ordered.)
 */
static inline int mprotect_fixup_end(struct vm_area_struct *vma,
				     unsigned long start, int newflags,
				     pgprot_t prot)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *tail;

	tail = kmem_cache_alloc(vm_area_cachep, GFP_KERNEL);
	if (!tail)
		return -ENOMEM;

	*tail = *vma;
	tail->vm_start = start;
	tail->vm_pgoff += (start - vma->vm_start) >> PAGE_SHIFT;
	tail->vm_flags = newflags;
	tail->vm_page_prot = prot;
	tail->vm_raend = 0;
	if (tail->vm_file)
		get_file(tail->vm_file);
	if (tail->vm_ops && tail->vm_ops->open)
		tail->vm_ops->open(tail);

	lock_vma_mappings(vma);
	spin_lock(&mm->page_table_lock);
	vma->vm_end = start;
	__insert_vm_struct(current->mm, tail);
	spin_unlock(&mm->page_table_lock);
	unlock_vma_mappings(vma);
	return 0;
}

/*
 * [start, end) inside the area changes: two new areas keep the parts on
 * either side with the old rights; vma shrinks to the middle and takes
 * the new ones.
 */
static inline int mprotect_fixup_middle(struct vm_area_struct *vma,
					unsigned long start, unsigned long end,
					int newflags, pgprot_t prot)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *lo, *hi;
	unsigned long first = vma->vm_start;

	lo = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (!lo)
		return -ENOMEM;
	hi = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (!hi) {
		kmem_cache_free(vm_area_cachep, lo);
		return -ENOMEM;
	}

	/* lo = [vm_start, start), hi = [end, vm_end), both as they were. */
	*lo = *vma;
	*hi = *vma;
	lo->vm_end = start;
	lo->vm_raend = 0;
	hi->vm_start = end;
	hi->vm_pgoff += (end - first) >> PAGE_SHIFT;
	hi->vm_raend = 0;
	/* Two more areas hold the file. */
	if (vma->vm_file)
		atomic_add(2, &vma->vm_file->f_count);
	if (vma->vm_ops && vma->vm_ops->open) {
		vma->vm_ops->open(lo);
		vma->vm_ops->open(hi);
	}

	lock_vma_mappings(vma);
	spin_lock(&mm->page_table_lock);
	vma->vm_flags = newflags;
	vma->vm_page_prot = prot;
	vma->vm_raend = 0;
	vma->vm_pgoff += (start - first) >> PAGE_SHIFT;
	vma->vm_start = start;
	vma->vm_end = end;
	__insert_vm_struct(current->mm, lo);
	__insert_vm_struct(current->mm, hi);
	spin_unlock(&mm->page_table_lock);
	unlock_vma_mappings(vma);
	return 0;
}

/*
 * Give [start, end), which lies inside vma, the flags newflags: split
 * vma as needed, then rewrite the page-table entries.
 */
static int mprotect_fixup(struct vm_area_struct *vma, unsigned long start,
			  unsigned long end, unsigned int newflags)
{
	int at_head = (start == vma->vm_start);
	int at_tail = (end == vma->vm_end);
	pgprot_t prot;
	int err;

	if (vma->vm_flags == newflags)
		return 0;
	prot = protection_map[newflags & 0xf];
	if (at_head && at_tail)
		err = mprotect_fixup_all(vma, newflags, prot);
	else if (at_head)
		err = mprotect_fixup_start(vma, end, newflags, prot);
	else if (at_tail)
		err = mprotect_fixup_end(vma, start, newflags, prot);
	else
		err = mprotect_fixup_middle(vma, start, end, newflags, prot);
	if (err)
		return err;
	change_protection(start, end, prot);
	return 0;
}

/*
 * mprotect(start, len, prot).  The whole range must be mapped without a
 * gap (else -EFAULT), and no area may be given a right its VM_MAY* bits
 * refuse (-EACCES).  Areas before a failure keep their new rights.
 */
asmlinkage long sys_mprotect(unsigned long start, size_t len,
			     unsigned long prot)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	unsigned long stop, addr;
	long err;

	if (start & ~PAGE_MASK)
		return -EINVAL;
	stop = start + PAGE_ALIGN(len);
	if (stop < start)
		return -EINVAL;
	if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC))
		return -EINVAL;
	if (stop == start)
		return 0;

	down(&mm->mmap_sem);
	vma = find_vma(mm, start);
	if (!vma || vma->vm_start > start) {
		err = -EFAULT;
		goto unlock;
	}

	addr = start;
	for (;;) {
		/* Taken before the fixup, which may split vma. */
		struct vm_area_struct *following = vma->vm_next;
		unsigned long area_end = vma->vm_end;
		unsigned int flags;

		/* The three rights come from prot, every other flag stays. */
		flags = vma->vm_flags & ~(VM_READ | VM_WRITE | VM_EXEC);
		flags |= prot;
		/* Each VM_MAY* bit sits four above the right it allows. */
		if (flags & ~(flags >> 4) & 0xf) {
			err = -EACCES;
			break;
		}
		if (area_end >= stop) {
			err = mprotect_fixup(vma, addr, stop, flags);
			break;
		}
		err = mprotect_fixup(vma, addr, area_end, flags);
		if (err)
			break;
		addr = area_end;
		vma = following;
		if (!vma || vma->vm_start != addr) {
			err = -EFAULT;
			break;
		}
	}
unlock:
	up(&mm->mmap_sem);
	return err;
}
