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

/// 2.4.0 没有把 vm_enough_memory 放进头文件，mremap.c 自己声明它。
extern int vm_enough_memory(long pages);

/* The page-table entry of addr if it holds something, else NULL. */
/// §2.13 找出 addr 的页表项；页面表不存在或页表项为空时返回 NULL，表示这一页没有什么可搬的。
/// 2.4.0: mm/mremap.c get_one_pte()
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
/// §2.13 目标地址的页表项，必要时分配页面表；分配不到时返回 NULL。
/// 2.4.0: mm/mremap.c alloc_one_pte()
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
/// §2.13 把一个页表项从 src 搬到 dst：物理页面本身不动，只是换到新的虚拟地址上。
/// 没有 dst（页面表分配失败）时把页表项放回原处并返回 1。
/// 2.4.0: mm/mremap.c copy_one_pte()
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

/// §2.13 搬一个页面的映射。2.4.0: mm/mremap.c move_one_page()
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
/// §2.13 把旧范围的页表项逐页搬到新范围，从最后一页往前搬。
/// 一页一页地搬虽然不高明，但大多数 mremap 只涉及几页，而且出错处理因此很简单：
/// 分配不到页面表时，把已经搬过去的页表项搬回来（旧的页面表都还在，一定搬得回来），
/// 再清掉新范围，返回 -1。
/// 2.4.0: mm/mremap.c move_page_tables()
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
/// §2.13 把区间的 [addr, addr+old_len) 迁移到 new_addr 处并改为 new_len 长：
/// 新建一个与原区间相同的虚存区间，搬过页表项，插入进程，再解除旧范围的映射。
/// do_munmap 从 total_vm 中减去了 old_len，这里再加上 new_len。
/// 2.4.0: mm/mremap.c move_vma()
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
/// §2.13 系统调用 mremap() 的主体：缩小、原地扩大或迁移一个虚存区间，调用者持有 mmap_sem。
/// 缩小总是可以的（只是解除尾部的映射）；扩大时若上面有足够的空闲地址就原地扩大；
/// 否则在允许移动（MREMAP_MAYMOVE）时迁移到别处。旧范围必须整个落在一个区间之内，否则 -EFAULT。
/// 2.4.0 的几个细节照原样保留：MREMAP_FIXED 且缩小时，先解除了尾部的映射，
/// 随后又用原来的 old_len 检查，通常得到 -EFAULT；old_len 为 0 时相当于为同一位置再建一个映射；
/// 两个长度都为 0 的 FIXED 迁移会插入一个长度为 0 的区间。
/// 2.4.0: mm/mremap.c do_mremap()
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

	/// MREMAP_FIXED：迁移到 new_addr，必须同时允许移动，新旧范围不能有任何重叠；
	/// new_addr 处原有的映射先拆掉（拆不掉也不报告，2.4.0 就不看返回值）。
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
	/// 缩小：解除 [addr+new_len, addr+old_len) 的映射。长度相等时这一步的 do_munmap 长度为 0，
	/// 返回 -EINVAL 而被忽略。
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
	/// 不能跨越区间的边界：旧范围必须在这一个区间之内。
	if (old_len > vma->vm_end - addr)
		goto out;
	/// 有的驱动的映射不允许扩大（VM_DONTEXPAND），缩小则在上面已经完成了。
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
	/// 私有可写映射的增长部分也可能各需一个物理页面，和 mmap 一样估算一下。
	if ((vma->vm_flags & (VM_SHARED | VM_WRITE)) == VM_WRITE &&
	    !(flags & MAP_NORESERVE) &&
	    !vm_enough_memory((new_len - old_len) >> PAGE_SHIFT))
		goto out;

	/*
	 * The range runs to the end of the area and no move is asked for:
	 * grow in place if nothing is mapped above.
	 */
	/// 旧范围一直延伸到区间末尾、又没有要求迁移：看上面有没有足够的空闲地址，有就原地扩大，
	/// 只改 vm_end（AVL树的键就地增大，仍小于下一个区间的键）。
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
	/// 只能迁移了：没有指定地址就像 mmap 一样从 TASK_UNMAPPED_BASE 向上找一个空洞。
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

/// §2.13 系统调用 mremap()：在 mmap_sem 保护下调用 do_mremap()。
/// 2.4.0: mm/mremap.c sys_mremap()
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
