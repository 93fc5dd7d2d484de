// SPDX-License-Identifier: GPL-2.0-only
/*
 * mremap(): shrink, grow or move an area.  Shrinking unmaps the tail;
 * growing extends the area in place when the addresses above are free;
 * otherwise, if the caller allows it, a new area is made elsewhere and
 * the page-table entries are moved over to it one page at a time.
 * 情景分析 §2.13.  Follows Linux 2.4.0 mm/mremap.c.
 */
#include <linux/slab.h>
#include <linux/mman.h>
#include <linux/swap.h>
#include <linux/fs.h>

#include <asm/uaccess.h>
#include <asm/pgalloc.h>

extern int vm_enough_memory(long pages);

/* The page-table entry of addr if it holds something, else NULL. */
static inline pte_t *get_one_pte(struct mm_struct *mm, unsigned long addr)
{
	pgd_t *pgd;
	pmd_t *pmd;
	pte_t *pte = NULL;

	pgd = pgd_offset(mm, addr);
	if (pgd_none(*pgd))
		goto end;
	if (pgd_bad(*pgd)) {
		pgd_ERROR(*pgd);
		pgd_clear(pgd);
		goto end;
	}

	pmd = pmd_offset(pgd, addr);
	if (pmd_none(*pmd))
		goto end;
	if (pmd_bad(*pmd)) {
		pmd_ERROR(*pmd);
		pmd_clear(pmd);
		goto end;
	}

	pte = pte_offset(pmd, addr);
	if (pte_none(*pte))
		pte = NULL;
end:
	return pte;
}

/* The entry for addr, making a page table if needed; NULL if out of memory. */
static inline pte_t *alloc_one_pte(struct mm_struct *mm, unsigned long addr)
{
	pmd_t *pmd;
	pte_t *pte = NULL;

	pmd = pmd_alloc(pgd_offset(mm, addr), addr);
	if (pmd)
		pte = pte_alloc(pmd, addr);
	return pte;
}

/*
 * Move the entry *src to *dst.  Without a dst (no memory for a page
 * table) the entry goes back where it was and 1 is returned.
 */
static inline int copy_one_pte(struct mm_struct *mm, pte_t *src, pte_t *dst)
{
	int error = 0;
	pte_t pte;

	spin_lock(&mm->page_table_lock);
	if (!pte_none(*src)) {
		pte = ptep_get_and_clear(src);
		if (!dst) {
			dst = src;
			error++;
		}
		set_pte(dst, pte);
	}
	spin_unlock(&mm->page_table_lock);
	return error;
}

static int move_one_page(struct mm_struct *mm, unsigned long old_addr,
			 unsigned long new_addr)
{
	int error = 0;
	pte_t *src;

	src = get_one_pte(mm, old_addr);
	if (src)
		error = copy_one_pte(mm, src, alloc_one_pte(mm, new_addr));
	return error;
}

/*
 * Move the entries of [old_addr, old_addr + len) to new_addr, last page
 * first.  If a page table cannot be had, the pages moved so far are put
 * back (their old tables still exist) and the new range is cleared:
 * returns -1.
 */
static int move_page_tables(struct mm_struct *mm, unsigned long new_addr,
			    unsigned long old_addr, unsigned long len)
{
	unsigned long offset = len;

	flush_cache_range(mm, old_addr, old_addr + len);

	while (offset) {
		offset -= PAGE_SIZE;
		if (move_one_page(mm, old_addr + offset, new_addr + offset))
			goto oops_we_failed;
	}
	flush_tlb_range(mm, old_addr, old_addr + len);
	return 0;

oops_we_failed:
	flush_cache_range(mm, new_addr, new_addr + len);
	while ((offset += PAGE_SIZE) < len)
		move_one_page(mm, new_addr + offset, old_addr + offset);
	zap_page_range(mm, new_addr, len);
	flush_tlb_range(mm, new_addr, new_addr + len);
	return -1;
}

/*
 * Move [addr, addr + old_len) of vma to a new area [new_addr, new_addr +
 * new_len) with the same flags and backing, then unmap the old range.
 * Returns new_addr, or -ENOMEM with nothing changed.
 */
static inline unsigned long move_vma(struct vm_area_struct *vma,
				     unsigned long addr, unsigned long old_len,
				     unsigned long new_len,
				     unsigned long new_addr)
{
	struct vm_area_struct *new_vma;

	new_vma = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (new_vma) {
		if (!move_page_tables(current->mm, new_addr, addr, old_len)) {
			*new_vma = *vma;
			new_vma->vm_start = new_addr;
			new_vma->vm_end = new_addr + new_len;
			new_vma->vm_pgoff += (addr - vma->vm_start) >> PAGE_SHIFT;
			new_vma->vm_raend = 0;
			if (new_vma->vm_file)
				get_file(new_vma->vm_file);
			if (new_vma->vm_ops && new_vma->vm_ops->open)
				new_vma->vm_ops->open(new_vma);
			insert_vm_struct(current->mm, new_vma);
			/* This also takes old_len off total_vm. */
			do_munmap(current->mm, addr, old_len);
			current->mm->total_vm += new_len >> PAGE_SHIFT;
			if (new_vma->vm_flags & VM_LOCKED) {
				current->mm->locked_vm += new_len >> PAGE_SHIFT;
				make_pages_present(new_vma->vm_start,
						   new_vma->vm_end);
			}
			return new_addr;
		}
		kmem_cache_free(vm_area_cachep, new_vma);
	}
	return -ENOMEM;
}

/*
 * Resize [addr, addr + old_len) to new_len bytes.  MREMAP_MAYMOVE lets
 * the area move if it cannot grow where it is; MREMAP_FIXED (which needs
 * MAYMOVE) moves it to new_addr, unmapping whatever was there.  The
 * caller holds mmap_sem.
 */
unsigned long do_mremap(unsigned long addr, unsigned long old_len,
			unsigned long new_len, unsigned long flags,
			unsigned long new_addr)
{
	struct vm_area_struct *vma;
	unsigned long ret = -EINVAL;

	if (flags & ~(MREMAP_FIXED | MREMAP_MAYMOVE))
		goto out;

	if (addr & ~PAGE_MASK)
		goto out;

	old_len = PAGE_ALIGN(old_len);
	new_len = PAGE_ALIGN(new_len);

	if (flags & MREMAP_FIXED) {
		if (new_addr & ~PAGE_MASK)
			goto out;
		if (!(flags & MREMAP_MAYMOVE))
			goto out;

		if (new_len > TASK_SIZE || new_addr > TASK_SIZE - new_len)
			goto out;

		/* The new range may not overlap the old one at all. */
		if ((new_addr <= addr) && (new_addr + new_len) > addr)
			goto out;

		if ((addr <= new_addr) && (addr + old_len) > new_addr)
			goto out;

		do_munmap(current->mm, new_addr, new_len);
	}

	/* Shrinking always works: it only unmaps the tail. */
	ret = addr;
	if (old_len >= new_len) {
		do_munmap(current->mm, addr + new_len, old_len - new_len);
		if (!(flags & MREMAP_FIXED) || (new_addr == addr))
			goto out;
	}

	/* Growing, or moving. */
	ret = -EFAULT;
	vma = find_vma(current->mm, addr);
	if (!vma || vma->vm_start > addr)
		goto out;
	/* The old range must lie within one area. */
	if (old_len > vma->vm_end - addr)
		goto out;
	if (vma->vm_flags & VM_DONTEXPAND) {
		if (new_len > old_len)
			goto out;
	}
	if (vma->vm_flags & VM_LOCKED) {
		unsigned long locked = current->mm->locked_vm << PAGE_SHIFT;

		locked += new_len - old_len;
		ret = -EAGAIN;
		if (locked > current->rlim[RLIMIT_MEMLOCK].rlim_cur)
			goto out;
	}
	ret = -ENOMEM;
	if ((current->mm->total_vm << PAGE_SHIFT) + (new_len - old_len) >
	    current->rlim[RLIMIT_AS].rlim_cur)
		goto out;
	/* Private writable growth needs memory of its own. */
	if ((vma->vm_flags & (VM_SHARED | VM_WRITE)) == VM_WRITE &&
	    !(flags & MAP_NORESERVE) &&
	    !vm_enough_memory((new_len - old_len) >> PAGE_SHIFT))
		goto out;

	/*
	 * The range runs to the end of the area and no move is asked for:
	 * grow in place if nothing is mapped above.
	 */
	if (old_len == vma->vm_end - addr &&
	    !((flags & MREMAP_FIXED) && (addr != new_addr)) &&
	    (old_len != new_len || !(flags & MREMAP_MAYMOVE))) {
		unsigned long max_addr = TASK_SIZE;

		if (vma->vm_next)
			max_addr = vma->vm_next->vm_start;
		if (max_addr - addr >= new_len) {
			int pages = (new_len - old_len) >> PAGE_SHIFT;

			spin_lock(&vma->vm_mm->page_table_lock);
			vma->vm_end = addr + new_len;
			spin_unlock(&vma->vm_mm->page_table_lock);
			current->mm->total_vm += pages;
			if (vma->vm_flags & VM_LOCKED) {
				current->mm->locked_vm += pages;
				make_pages_present(addr + old_len,
						   addr + new_len);
			}
			ret = addr;
			goto out;
		}
	}

	/* It cannot stay where it is: move it, if allowed. */
	ret = -ENOMEM;
	if (flags & MREMAP_MAYMOVE) {
		if (!(flags & MREMAP_FIXED)) {
			new_addr = get_unmapped_area(0, new_len);
			if (!new_addr)
				goto out;
		}
		ret = move_vma(vma, addr, old_len, new_len, new_addr);
	}
out:
	return ret;
}

asmlinkage unsigned long sys_mremap(unsigned long addr,
				    unsigned long old_len,
				    unsigned long new_len,
				    unsigned long flags,
				    unsigned long new_addr)
{
	unsigned long ret;

	down(&current->mm->mmap_sem);
	ret = do_mremap(addr, old_len, new_len, flags, new_addr);
	up(&current->mm->mmap_sem);
	return ret;
}
