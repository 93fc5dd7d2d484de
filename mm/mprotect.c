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
	pte_t *pte;
	unsigned long end;

	if (pmd_none(*pmd))
		return;
	if (pmd_bad(*pmd)) {
		pmd_ERROR(*pmd);
		pmd_clear(pmd);
		return;
	}
	pte = pte_offset(pmd, address);
	address &= ~PMD_MASK;
	end = address + size;
	if (end > PMD_SIZE)
		end = PMD_SIZE;
	do {
		if (pte_present(*pte)) {
			pte_t entry;

			/*
			 * Clear first, then write: a dirty bit the CPU sets
			 * in between is not lost.
			 */
			entry = ptep_get_and_clear(pte);
			set_pte(pte, pte_modify(entry, newprot));
		}
		address += PAGE_SIZE;
		pte++;
	} while (address && (address < end));
}

/* The page tables under one page-directory entry. */
static inline void change_pmd_range(pgd_t *pgd, unsigned long address,
				    unsigned long size, pgprot_t newprot)
{
	pmd_t *pmd;
	unsigned long end;

	if (pgd_none(*pgd))
		return;
	if (pgd_bad(*pgd)) {
		pgd_ERROR(*pgd);
		pgd_clear(pgd);
		return;
	}
	pmd = pmd_offset(pgd, address);
	address &= ~PGDIR_MASK;
	end = address + size;
	if (end > PGDIR_SIZE)
		end = PGDIR_SIZE;
	do {
		change_pte_range(pmd, address, end - address, newprot);
		address = (address + PMD_SIZE) & PMD_MASK;
		pmd++;
	} while (address && (address < end));
}

/* Give every present page of [start, end) of the current mm newprot. */
static void change_protection(unsigned long start, unsigned long end,
			      pgprot_t newprot)
{
	pgd_t *dir;
	unsigned long beg = start;

	dir = pgd_offset(current->mm, start);
	flush_cache_range(current->mm, beg, end);
	if (start >= end)
		BUG();
	spin_lock(&current->mm->page_table_lock);
	do {
		change_pmd_range(dir, start, end - start, newprot);
		start = (start + PGDIR_SIZE) & PGDIR_MASK;
		dir++;
	} while (start && (start < end));
	spin_unlock(&current->mm->page_table_lock);
	/* Old rights may still be cached in the TLB. */
	flush_tlb_range(current->mm, beg, end);
}

/* The whole area changes: no split. */
static inline int mprotect_fixup_all(struct vm_area_struct *vma,
				     int newflags, pgprot_t prot)
{
	spin_lock(&vma->vm_mm->page_table_lock);
	vma->vm_flags = newflags;
	vma->vm_page_prot = prot;
	spin_unlock(&vma->vm_mm->page_table_lock);
	return 0;
}

/*
 * [vm_start, end) changes: a new area n takes that part with the new
 * rights; vma keeps the rest and now starts at end.
 */
static inline int mprotect_fixup_start(struct vm_area_struct *vma,
				       unsigned long end, int newflags,
				       pgprot_t prot)
{
	struct vm_area_struct *n;

	n = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (!n)
		return -ENOMEM;
	*n = *vma;
	n->vm_end = end;
	n->vm_flags = newflags;
	n->vm_raend = 0;
	n->vm_page_prot = prot;
	if (n->vm_file)
		get_file(n->vm_file);
	if (n->vm_ops && n->vm_ops->open)
		n->vm_ops->open(n);
	lock_vma_mappings(vma);
	spin_lock(&vma->vm_mm->page_table_lock);
	vma->vm_pgoff += (end - vma->vm_start) >> PAGE_SHIFT;
	vma->vm_start = end;
	__insert_vm_struct(current->mm, n);
	spin_unlock(&vma->vm_mm->page_table_lock);
	unlock_vma_mappings(vma);
	return 0;
}

/*
 * [start, vm_end) changes: a new area n takes that part; vma is cut off
 * at start.  (vma's key in the AVL tree, vm_end, shrinks in place: it
 * stays above the area before, so the tree stays ordered.)
 */
static inline int mprotect_fixup_end(struct vm_area_struct *vma,
				     unsigned long start, int newflags,
				     pgprot_t prot)
{
	struct vm_area_struct *n;

	n = kmem_cache_alloc(vm_area_cachep, GFP_KERNEL);
	if (!n)
		return -ENOMEM;
	*n = *vma;
	n->vm_start = start;
	n->vm_pgoff += (n->vm_start - vma->vm_start) >> PAGE_SHIFT;
	n->vm_flags = newflags;
	n->vm_raend = 0;
	n->vm_page_prot = prot;
	if (n->vm_file)
		get_file(n->vm_file);
	if (n->vm_ops && n->vm_ops->open)
		n->vm_ops->open(n);
	lock_vma_mappings(vma);
	spin_lock(&vma->vm_mm->page_table_lock);
	vma->vm_end = start;
	__insert_vm_struct(current->mm, n);
	spin_unlock(&vma->vm_mm->page_table_lock);
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
	struct vm_area_struct *left, *right;

	left = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (!left)
		return -ENOMEM;
	right = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (!right) {
		kmem_cache_free(vm_area_cachep, left);
		return -ENOMEM;
	}
	*left = *vma;
	*right = *vma;
	left->vm_end = start;
	right->vm_start = end;
	right->vm_pgoff += (right->vm_start - left->vm_start) >> PAGE_SHIFT;
	left->vm_raend = 0;
	right->vm_raend = 0;
	/* Two more areas hold the file. */
	if (vma->vm_file)
		atomic_add(2, &vma->vm_file->f_count);
	if (vma->vm_ops && vma->vm_ops->open) {
		vma->vm_ops->open(left);
		vma->vm_ops->open(right);
	}
	lock_vma_mappings(vma);
	spin_lock(&vma->vm_mm->page_table_lock);
	vma->vm_pgoff += (start - vma->vm_start) >> PAGE_SHIFT;
	vma->vm_start = start;
	vma->vm_end = end;
	vma->vm_flags = newflags;
	vma->vm_raend = 0;
	vma->vm_page_prot = prot;
	__insert_vm_struct(current->mm, left);
	__insert_vm_struct(current->mm, right);
	spin_unlock(&vma->vm_mm->page_table_lock);
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
	pgprot_t newprot;
	int error;

	if (newflags == vma->vm_flags)
		return 0;
	newprot = protection_map[newflags & 0xf];
	if (start == vma->vm_start) {
		if (end == vma->vm_end)
			error = mprotect_fixup_all(vma, newflags, newprot);
		else
			error = mprotect_fixup_start(vma, end, newflags,
						     newprot);
	} else if (end == vma->vm_end) {
		error = mprotect_fixup_end(vma, start, newflags, newprot);
	} else {
		error = mprotect_fixup_middle(vma, start, end, newflags,
					      newprot);
	}

	if (error)
		return error;

	change_protection(start, end, newprot);
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
	unsigned long nstart, end, tmp;
	struct vm_area_struct *vma, *next;
	int error = -EINVAL;

	if (start & ~PAGE_MASK)
		return -EINVAL;
	len = PAGE_ALIGN(len);
	end = start + len;
	if (end < start)
		return -EINVAL;
	if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC))
		return -EINVAL;
	if (end == start)
		return 0;

	down(&current->mm->mmap_sem);

	vma = find_vma(current->mm, start);
	error = -EFAULT;
	if (!vma || vma->vm_start > start)
		goto out;

	for (nstart = start; ; ) {
		unsigned int newflags;

		/* Here vma->vm_start <= nstart < vma->vm_end. */
		newflags = prot | (vma->vm_flags &
				   ~(PROT_READ | PROT_WRITE | PROT_EXEC));
		/* Each VM_MAY* bit sits four above the right it allows. */
		if ((newflags & ~(newflags >> 4)) & 0xf) {
			error = -EACCES;
			break;
		}

		if (vma->vm_end >= end) {
			error = mprotect_fixup(vma, nstart, end, newflags);
			break;
		}

		tmp = vma->vm_end;
		next = vma->vm_next;
		error = mprotect_fixup(vma, nstart, tmp, newflags);
		if (error)
			break;
		nstart = tmp;
		vma = next;
		if (!vma || vma->vm_start != nstart) {
			error = -EFAULT;
			break;
		}
	}
out:
	up(&current->mm->mmap_sem);
	return error;
}
