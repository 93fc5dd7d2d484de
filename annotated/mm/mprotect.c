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
/// §2.13 改写一个页面表中一段页表项的保护位：只处理“存在”的页表项（包括 PROT_NONE 的，
/// pte_present 也把它们算作存在），用 pte_modify 保留物理页面号和 accessed/dirty 位，换上新的保护位。
/// 不存在的页表项不用管：以后缺页时会按区间新的 vm_page_prot 建立。
/// 2.4.0: mm/mprotect.c change_pte_range()
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
			/// 先原子地读出并清零，再写入新值：在多处理器上，另一个 CPU 可能恰在此时置上 dirty 位，
			/// 直接读改写会把它丢掉。
			entry = ptep_get_and_clear(pte);
			set_pte(pte, pte_modify(entry, newprot));
		}
		address += PAGE_SIZE;
		pte++;
	} while (address && (address < end));
}

/* The page tables under one page-directory entry. */
/// §2.13 一个页目录项之下的各个页面表（i386 两级页表中 pmd 就是页目录项本身，只有一项）。
/// 2.4.0: mm/mprotect.c change_pmd_range()
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
/// §2.13 把当前进程 [start, end) 中已经建立的映射全部改成 newprot，然后冲刷 TLB，
/// 否则 CPU 可能还在用 TLB 里缓存的旧权限。
/// 2.4.0: mm/mprotect.c change_protection()
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
/// §2.13 整个虚存区间都改：不用分割，只改 vm_flags 和 vm_page_prot。
/// 2.4.0: mm/mprotect.c mprotect_fixup_all()
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
/// §2.13 改的是区间的前一段：新分配一个区间表示前一段（新的权限），原区间的起点后移到 end，
/// 文件位移相应增加。新区间复制原区间的一切，所以要对文件多占一次引用、调用一次 vm_ops->open。
/// 2.4.0: mm/mprotect.c mprotect_fixup_start()
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
/// §2.13 改的是区间的后一段：新区间表示 [start, vm_end)，原区间截短到 start。
/// 原区间在AVL树中的键 vm_end 就地变小而不重插，因为它仍大于前一个区间的键，树的次序不受影响。
/// 2.4.0: mm/mprotect.c mprotect_fixup_end()
static inline int mprotect_fixup_end(struct vm_area_struct *vma,
				     unsigned long start, int newflags,
				     pgprot_t prot)
{
	struct vm_area_struct *n;

	/// 2.4.0 这一处写的是 GFP_KERNEL 而不是 SLAB_KERNEL，两者数值相同。
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
/// §2.13 改的是区间中间一段：分配两个新区间 left、right 保持两头原来的权限，
/// 原区间收缩为中间一段并换上新的权限。两个新区间都引用同一文件，文件引用计数一次加 2。
/// 与 munmap 不同，2.4.0 在这里不检查 MAX_MAP_COUNT。
/// 2.4.0: mm/mprotect.c mprotect_fixup_middle()
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
/// §2.13 让区间 vma 中的 [start, end) 取得新的 vm_flags：权限没变就什么也不做；
/// 否则按四种情形分割区间，再改写已有的页表项。注意 2.4.0 不会把相邻的同权限区间合并。
/// 2.4.0: mm/mprotect.c mprotect_fixup()
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
/// §2.13 系统调用 mprotect()：改变 [start, start+len) 的访问权限。
/// 起点不对齐、范围回绕、prot 含有读写执行以外的位都是 -EINVAL；范围中有没映射的地方是 -EFAULT；
/// 要求的权限超出区间的 VM_MAY* 是 -EACCES。出错时，前面已经处理过的区间保持新的权限，不回退。
/// 2.4.0: mm/mprotect.c sys_mprotect()
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
		/// 新标志：读、写、执行三位换成 prot，其余（共享、VM_MAY*、锁定等）照旧。
		newflags = prot | (vma->vm_flags &
				   ~(PROT_READ | PROT_WRITE | PROT_EXEC));
		/* Each VM_MAY* bit sits four above the right it allows. */
		/// VM_MAYREAD/MAYWRITE/MAYEXEC/MAYSHARE 恰好比 VM_READ/WRITE/EXEC/SHARED 高 4 位，
		/// 右移 4 位后取反再与：凡是要求了而不被允许的位都会留下来。
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
		/// 下一个区间必须紧接着上一个，中间有空洞就是 -EFAULT。
		if (!vma || vma->vm_start != nstart) {
			error = -EFAULT;
			break;
		}
	}
out:
	up(&current->mm->mmap_sem);
	return error;
}
