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
	pgd_t *dir = pgd_offset(mm, addr);
	pmd_t *mid;
	pte_t *slot;

	if (pgd_none(*dir))
		return NULL;
	if (pgd_bad(*dir)) {
		pgd_ERROR(*dir);
		pgd_clear(dir);
		return NULL;
	}
	mid = pmd_offset(dir, addr);
	if (pmd_none(*mid))
		return NULL;
	if (pmd_bad(*mid)) {
		pmd_ERROR(*mid);
		pmd_clear(mid);
		return NULL;
	}
	slot = pte_offset(mid, addr);
	return pte_none(*slot) ? NULL : slot;
}

/* The entry for addr, making a page table if needed; NULL if out of memory. */
static inline pte_t *alloc_one_pte(struct mm_struct *mm, unsigned long addr)
{
	pmd_t *mid = pmd_alloc(pgd_offset(mm, addr), addr);

	return mid ? pte_alloc(mid, addr) : NULL;
}

/*
 * Move the entry *src to *dst.  Without a dst (no memory for a page
 * table) the entry goes back where it was and 1 is returned.
 */
static inline int copy_one_pte(struct mm_struct *mm, pte_t *src, pte_t *dst)
{
	int failed = 0;

	spin_lock(&mm->page_table_lock);
	if (!pte_none(*src)) {
		pte_t moving = ptep_get_and_clear(src);

		if (dst == NULL) {
			dst = src;
			failed = 1;
		}
		set_pte(dst, moving);
	}
	spin_unlock(&mm->page_table_lock);
	return failed;
}

/* Move what maps old_addr to new_addr; 1 if no page table could be had. */
static int move_one_page(struct mm_struct *mm, unsigned long old_addr,
			 unsigned long new_addr)
{
	pte_t *src = get_one_pte(mm, old_addr);

	if (src == NULL)
		return 0;
	return copy_one_pte(mm, src, alloc_one_pte(mm, new_addr));
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
	unsigned long off = len;

	flush_cache_range(mm, old_addr, old_addr + len);
	while (off != 0) {
		off -= PAGE_SIZE;
		if (move_one_page(mm, old_addr + off, new_addr + off))
			goto undo;
	}
	flush_tlb_range(mm, old_addr, old_addr + len);
	return 0;

undo:
	/* The pages above off had moved: send them back, lowest first. */
	flush_cache_range(mm, new_addr, new_addr + len);
	for (off += PAGE_SIZE; off < len; off += PAGE_SIZE)
		move_one_page(mm, new_addr + off, old_addr + off);
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
	struct mm_struct *mm = current->mm;
	unsigned long pages = new_len >> PAGE_SHIFT;
	struct vm_area_struct *moved;

	moved = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (moved == NULL)
		return -ENOMEM;
	if (move_page_tables(mm, new_addr, addr, old_len) != 0) {
		kmem_cache_free(vm_area_cachep, moved);
		return -ENOMEM;
	}

	/* A copy of the old area at its new place and file offset. */
	*moved = *vma;
	moved->vm_start = new_addr;
	moved->vm_end = new_addr + new_len;
	moved->vm_pgoff += (addr - vma->vm_start) >> PAGE_SHIFT;
	moved->vm_raend = 0;
	if (moved->vm_file)
		get_file(moved->vm_file);
	if (moved->vm_ops && moved->vm_ops->open)
		moved->vm_ops->open(moved);
	insert_vm_struct(mm, moved);

	/* This also takes old_len off total_vm (and locked_vm). */
	do_munmap(mm, addr, old_len);
	mm->total_vm += pages;
	if (moved->vm_flags & VM_LOCKED) {
		mm->locked_vm += pages;
		make_pages_present(moved->vm_start, moved->vm_end);
	}
	return new_addr;
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
	struct mm_struct *mm = current->mm;
	int fixed = flags & MREMAP_FIXED;
	struct vm_area_struct *vma;
	unsigned long extra;

	if (flags & ~(MREMAP_FIXED | MREMAP_MAYMOVE))
		return -EINVAL;
	if (addr & ~PAGE_MASK)
		return -EINVAL;
	old_len = PAGE_ALIGN(old_len);
	new_len = PAGE_ALIGN(new_len);

	if (fixed) {
		if ((new_addr & ~PAGE_MASK) || !(flags & MREMAP_MAYMOVE))
			return -EINVAL;
		if (new_len > TASK_SIZE || new_addr > TASK_SIZE - new_len)
			return -EINVAL;
		/* The new range may not overlap the old one at all. */
		if (new_addr <= addr && new_addr + new_len > addr)
			return -EINVAL;
		if (addr <= new_addr && addr + old_len > new_addr)
			return -EINVAL;
		do_munmap(mm, new_addr, new_len);
	}

	/* Shrinking always works: it only unmaps the tail. */
	if (new_len <= old_len) {
		do_munmap(mm, addr + new_len, old_len - new_len);
		if (!fixed || new_addr == addr)
			return addr;
	}

	/* Growing, or moving: the old range must lie within one area. */
	vma = find_vma(mm, addr);
	if (vma == NULL || addr < vma->vm_start)
		return -EFAULT;
	if (old_len > vma->vm_end - addr)
		return -EFAULT;
	if ((vma->vm_flags & VM_DONTEXPAND) && new_len > old_len)
		return -EFAULT;

	/* Limits, on the (unsigned) change in size. */
	extra = new_len - old_len;
	if ((vma->vm_flags & VM_LOCKED) &&
	    (mm->locked_vm << PAGE_SHIFT) + extra >
	    current->rlim[RLIMIT_MEMLOCK].rlim_cur)
		return -EAGAIN;
	if ((mm->total_vm << PAGE_SHIFT) + extra >
	    current->rlim[RLIMIT_AS].rlim_cur)
		return -ENOMEM;
	/* Private writable growth needs memory of its own. */
	if ((vma->vm_flags & (VM_SHARED | VM_WRITE)) == VM_WRITE &&
	    !(flags & MAP_NORESERVE) && !vm_enough_memory(extra >> PAGE_SHIFT))
		return -ENOMEM;

	/*
	 * The range runs to the end of the area and no move is asked for:
	 * grow in place if nothing is mapped above.
	 */
	if (old_len == vma->vm_end - addr && !(fixed && new_addr != addr) &&
	    (old_len != new_len || !(flags & MREMAP_MAYMOVE))) {
		unsigned long room = TASK_SIZE;

		if (vma->vm_next)
			room = vma->vm_next->vm_start;
		if (room - addr >= new_len) {
			unsigned long pages = extra >> PAGE_SHIFT;

			spin_lock(&mm->page_table_lock);
			vma->vm_end = addr + new_len;
			spin_unlock(&mm->page_table_lock);
			mm->total_vm += pages;
			if (vma->vm_flags & VM_LOCKED) {
				mm->locked_vm += pages;
				make_pages_present(addr + old_len,
						   addr + new_len);
			}
			return addr;
		}
	}

	/* It cannot stay where it is: move it, if allowed. */
	if (!(flags & MREMAP_MAYMOVE))
		return -ENOMEM;
	/* Port fix: moving nothing would make an empty area (later 2.4). */
	if (!new_len)
		return -EINVAL;
	if (!fixed) {
		new_addr = get_unmapped_area(0, new_len);
		if (new_addr == 0)
			return -ENOMEM;
	}
	return move_vma(vma, addr, old_len, new_len, new_addr);
}

asmlinkage unsigned long sys_mremap(unsigned long addr,
				    unsigned long old_len,
				    unsigned long new_len,
				    unsigned long flags,
				    unsigned long new_addr)
{
	struct mm_struct *mm = current->mm;
	unsigned long result;

	down(&mm->mmap_sem);
	result = do_mremap(addr, old_len, new_len, flags, new_addr);
	up(&mm->mmap_sem);
	return result;
}
