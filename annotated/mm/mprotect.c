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
/// §2.13 改写一个页面表中一段页面表项的保护位：只处理“存在”的页面表项（包括 PROT_NONE 的，
/// pte_present 也把它们算作存在），用 pte_modify 保留物理页面号和 accessed/dirty 位，换上新的保护位。
/// 不存在的页面表项不用管：以后缺页时会按区间新的 vm_page_prot 建立。
/// 2.4.0: mm/mprotect.c change_pte_range()
static inline void change_pte_range(pmd_t *pmd, unsigned long address,
				    unsigned long size, pgprot_t newprot)
{
	pmd_t entry = *pmd;
	unsigned long offset, limit;
	pte_t *ptep;

	/// 页面目录项只读一次。坏的页面目录项（指向的不像一个页面表）报告后清掉，这一段就不再处理。
	if (pmd_none(entry))
		return;
	if (pmd_bad(entry)) {
		pmd_ERROR(entry);
		pmd_clear(pmd);
		return;
	}

	/* Offsets inside the 4 MB this table covers. */
	/// offset、limit 是在这个页面表所管的 4MB 之内的位移；limit 不超出页面表的末尾。
	/// pte_offset 用的仍是完整的 address。循环开始时 offset 总小于 limit（调用者保证 size 不为 0）。
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
		/// 先原子地读出并清零，再写入新值：在多处理器上，另一个 CPU 可能恰在此时置上 dirty 位，
		/// 直接读改写会把它丢掉。
		old = ptep_get_and_clear(ptep);
		set_pte(ptep, pte_modify(old, newprot));
	}
}

/* The page tables under one page-directory entry. */
/// §2.13 一个页面目录项之下的各个页面表（i386 两级页面表中 pmd 就是页面目录项本身，只有一项）。
/// 2.4.0: mm/mprotect.c change_pmd_range()
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
		/// 两级页面表中 PMD_SIZE 等于 PGDIR_SIZE，这个循环实际上只走一次；写成循环是为了三级页面表。
		offset = (offset + PMD_SIZE) & PMD_MASK;
		if (offset == 0 || offset >= limit)
			break;
	}
}

/* Give every present page of [start, end) of the current mm newprot. */
/// §2.13 把当前进程 [start, end) 中已经建立的映射全部改成 newprot，然后冲刷 TLB，
/// 否则 CPU 可能还在用 TLB 里缓存的旧权限。
/// 2.4.0: mm/mprotect.c change_protection()
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
		/// 下一个 4MB 边界；addr 为 0 说明越过了 4GB，到头了。
		if (addr == 0 || addr >= end)
			break;
	}
	spin_unlock(&mm->page_table_lock);
	/* Old rights may still be cached in the TLB. */
	flush_tlb_range(mm, start, end);
}

/* The whole area changes: no split. */
/// §2.13 整个虚存区间都改：不用分割，只改 vm_flags 和 vm_page_prot。
/// 2.4.0: mm/mprotect.c mprotect_fixup_all()
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
/// §2.13 改的是区间的前一段：新分配一个区间表示前一段（新的权限），原区间的起点后移到 end，
/// 文件位移相应增加。新区间复制原区间的一切，所以要对文件多占一次引用、调用一次 vm_ops->open。
/// 2.4.0: mm/mprotect.c mprotect_fixup_start()
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
/// §2.13 改的是区间的后一段：新区间表示 [start, vm_end)，原区间截短到 start。
/// 原区间在AVL树中的键 vm_end 就地变小而不重插，因为它仍大于前一个区间的键，树的次序不受影响。
/// 2.4.0: mm/mprotect.c mprotect_fixup_end()
static inline int mprotect_fixup_end(struct vm_area_struct *vma,
				     unsigned long start, int newflags,
				     pgprot_t prot)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *tail;

	/// 2.4.0 这一处写的是 GFP_KERNEL 而不是 SLAB_KERNEL，两者数值相同。
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
/// §2.13 改的是区间中间一段：分配两个新区间 lo、hi 保持两头原来的权限，
/// 原区间收缩为中间一段并换上新的权限。两个新区间都引用同一文件，文件引用计数一次加 2。
/// 与 munmap 不同，2.4.0 在这里不检查 MAX_MAP_COUNT。
/// 2.4.0: mm/mprotect.c mprotect_fixup_middle()
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

	/// 先拿文件映射的 i_shared_lock，再拿 page_table_lock；放的时候次序相反。
	/// 原区间的改动和两个新区间的插入在两把锁之内一起完成。
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
/// §2.13 让区间 vma 中的 [start, end) 取得新的 vm_flags：权限没变就什么也不做；
/// 否则按四种情形分割区间，再改写已有的页面表项。注意 2.4.0 不会把相邻的同权限区间合并。
/// 2.4.0: mm/mprotect.c mprotect_fixup()
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
/// §2.13 系统调用 mprotect()：改变 [start, start+len) 的访问权限。
/// 起点不对齐、范围回绕、prot 含有读写执行以外的位都是 -EINVAL；范围中有没映射的地方是 -EFAULT；
/// 要求的权限超出区间的 VM_MAY* 是 -EACCES。出错时，前面已经处理过的区间保持新的权限，不回退。
/// 2.4.0: mm/mprotect.c sys_mprotect()
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
		/// mprotect_fixup 可能分割 vma、在它后面插入新区间，所以下一个区间和本区间的终点要先取出。
		struct vm_area_struct *following = vma->vm_next;
		unsigned long area_end = vma->vm_end;
		unsigned int flags;

		/* The three rights come from prot, every other flag stays. */
		/// 新标志：读、写、执行三位换成 prot，其余（共享、VM_MAY*、锁定等）照旧。
		/// VM_READ/WRITE/EXEC 与 PROT_READ/WRITE/EXEC 数值相同（1、2、4）。
		flags = vma->vm_flags & ~(VM_READ | VM_WRITE | VM_EXEC);
		flags |= prot;
		/* Each VM_MAY* bit sits four above the right it allows. */
		/// VM_MAYREAD/MAYWRITE/MAYEXEC/MAYSHARE 恰好比 VM_READ/WRITE/EXEC/SHARED 高 4 位，
		/// 右移 4 位后取反再与：凡是要求了而不被允许的位都会留下来。
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
		/// 下一个区间必须紧接着上一个，中间有空洞就是 -EFAULT。
		if (!vma || vma->vm_start != addr) {
			err = -EFAULT;
			break;
		}
	}
unlock:
	up(&mm->mmap_sem);
	return err;
}
