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
/// §2.13 找出 addr 的页面表项；页面表不存在或页面表项为空时返回 NULL，表示这一页没有什么可搬的。
/// 2.4.0: mm/mremap.c get_one_pte()
static inline pte_t *get_one_pte(struct mm_struct *mm, unsigned long addr)
{
	pgd_t *dir = pgd_offset(mm, addr);
	pmd_t *mid;
	pte_t *slot;

	/// 逐级往下走：目录项为空说明这 4 MB 里什么也没映射。
	if (pgd_none(*dir))
		return NULL;
	/// 目录项被破坏：报告并清掉它，当作没有映射（两级映射下 pgd_none/pgd_bad 恒为假，实际的判断在 pmd 这一级）。
	if (pgd_bad(*dir)) {
		pgd_ERROR(*dir);
		pgd_clear(dir);
		return NULL;
	}
	mid = pmd_offset(dir, addr);
	/// 两级映射下 pmd 就是目录项本身：没有页面表，或页面表指针被破坏（同样报告并清掉）。
	if (pmd_none(*mid))
		return NULL;
	if (pmd_bad(*mid)) {
		pmd_ERROR(*mid);
		pmd_clear(mid);
		return NULL;
	}
	/// 页面表在：取出这一项，空的页面表项也算“没什么可搬”。
	slot = pte_offset(mid, addr);
	return pte_none(*slot) ? NULL : slot;
}

/* The entry for addr, making a page table if needed; NULL if out of memory. */
/// §2.13 目标地址的页面表项，必要时分配页面表；分配不到时返回 NULL。
/// 2.4.0: mm/mremap.c alloc_one_pte()
static inline pte_t *alloc_one_pte(struct mm_struct *mm, unsigned long addr)
{
	/// 两级映射下 pmd_alloc 不会失败（直接返回目录项）；真正可能分配页面的是 pte_alloc。
	pmd_t *mid = pmd_alloc(pgd_offset(mm, addr), addr);

	return mid ? pte_alloc(mid, addr) : NULL;
}

/*
 * Move the entry *src to *dst.  Without a dst (no memory for a page
 * table) the entry goes back where it was and 1 is returned.
 */
/// §2.13 把一个页面表项从 src 搬到 dst：物理页面本身不动，只是换到新的虚拟地址上。
/// 没有 dst（页面表分配失败）时把页面表项放回原处并返回 1。
/// 2.4.0: mm/mremap.c copy_one_pte()
static inline int copy_one_pte(struct mm_struct *mm, pte_t *src, pte_t *dst)
{
	int failed = 0;

	/// 改动页面表项要持 page_table_lock（页面换出等路径也会读写页面表项）。
	spin_lock(&mm->page_table_lock);
	/// 取锁之前（分配页面表时可能睡眠）src 可能已被清掉，所以持锁后再看一次。
	if (!pte_none(*src)) {
		/// 取出并清除原页面表项（ptep_get_and_clear 一步完成，不会漏掉 CPU 同时置上的 D 位）。
		pte_t moving = ptep_get_and_clear(src);

		/// 没有目标页面表项：原样放回，并报告失败。
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
/// §2.13 搬一个页面的映射。2.4.0: mm/mremap.c move_one_page()
static int move_one_page(struct mm_struct *mm, unsigned long old_addr,
			 unsigned long new_addr)
{
	pte_t *src = get_one_pte(mm, old_addr);

	/// 旧地址上本来就没有映射：没有可搬的，也不为新地址分配页面表，算成功。
	if (src == NULL)
		return 0;
	/// 先为新地址找到（或分配）页面表项，再在锁内搬动。
	return copy_one_pte(mm, src, alloc_one_pte(mm, new_addr));
}

/*
 * Move the entries of [old_addr, old_addr + len) to new_addr, last page
 * first.  If a page table cannot be had, the pages moved so far are put
 * back (their old tables still exist) and the new range is cleared:
 * returns -1.
 */
/// §2.13 把旧范围的页面表项逐页搬到新范围，从最后一页往前搬。
/// 一页一页地搬虽然不高明，但大多数 mremap 只涉及几页，而且出错处理因此很简单：
/// 分配不到页面表时，把已经搬过去的页面表项搬回来（旧的页面表都还在，一定搬得回来），
/// 再清掉新范围，返回 -1。
/// 2.4.0: mm/mremap.c move_page_tables()
static int move_page_tables(struct mm_struct *mm, unsigned long new_addr,
			    unsigned long old_addr, unsigned long len)
{
	/// off 是当前这一页在范围内的偏移，从末尾开始往前减。
	unsigned long off = len;

	/// i386 的高速缓存不按虚拟地址索引，flush_cache_range 是空操作，照 2.4.0 保留调用。
	flush_cache_range(mm, old_addr, old_addr + len);
	while (off != 0) {
		off -= PAGE_SIZE;
		if (move_one_page(mm, old_addr + off, new_addr + off))
			goto undo;
	}
	/// 旧地址上的映射都没了：TLB 里残留的旧表项必须作废。
	flush_tlb_range(mm, old_addr, old_addr + len);
	return 0;

	/// 出错（2.4.0 的标号叫 oops_we_failed）：失败的那一页已由 copy_one_pte 放回原处，
	/// 它上面（偏移更大）的各页已经搬到了新地址，从低往高逐页搬回去。
undo:
	/* The pages above off had moved: send them back, lowest first. */
	flush_cache_range(mm, new_addr, new_addr + len);
	for (off += PAGE_SIZE; off < len; off += PAGE_SIZE)
		move_one_page(mm, new_addr + off, old_addr + off);
	/// 新范围里搬回时分配的页面表还在，其中的页面表项已空；zap_page_range 再清一遍整个新范围。
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
/// 新建一个与原区间相同的虚存区间，搬过页面表项，插入进程，再解除旧范围的映射。
/// do_munmap 从 total_vm 中减去了 old_len，这里再加上 new_len。
/// 2.4.0: mm/mremap.c move_vma()
static inline unsigned long move_vma(struct vm_area_struct *vma,
				     unsigned long addr, unsigned long old_len,
				     unsigned long new_len,
				     unsigned long new_addr)
{
	struct mm_struct *mm = current->mm;
	unsigned long pages = new_len >> PAGE_SHIFT;
	struct vm_area_struct *moved;

	/// 先要到新区间的 vm_area_struct，再搬页面表项：任何一步失败都原样返回 -ENOMEM，什么也没改变。
	moved = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (moved == NULL)
		return -ENOMEM;
	/// 只搬 old_len 的部分；扩大出来的部分没有页面表项，以后访问时按需缺页。
	if (move_page_tables(mm, new_addr, addr, old_len) != 0) {
		kmem_cache_free(vm_area_cachep, moved);
		return -ENOMEM;
	}

	/* A copy of the old area at its new place and file offset. */
	/// 整个结构照抄（标志、保护、文件、vm_ops），再改起止地址；
	/// 文件内的起点要加上 addr 在原区间中的页数，预读窗口 vm_raend 清零。
	*moved = *vma;
	moved->vm_start = new_addr;
	moved->vm_end = new_addr + new_len;
	moved->vm_pgoff += (addr - vma->vm_start) >> PAGE_SHIFT;
	moved->vm_raend = 0;
	/// 新区间也引用着文件，文件的引用计数加 1；有 open 操作的（如共享内存）也要告诉它多了一个区间。
	if (moved->vm_file)
		get_file(moved->vm_file);
	if (moved->vm_ops && moved->vm_ops->open)
		moved->vm_ops->open(moved);
	/// 插入进程的区间链表和 AVL 树。
	insert_vm_struct(mm, moved);

	/* This also takes old_len off total_vm (and locked_vm). */
	/// 旧范围已经没有页面表项了，do_munmap 只是拆掉（或分割）旧区间。
	do_munmap(mm, addr, old_len);
	mm->total_vm += pages;
	/// 锁定的区间要求页面常驻：计入 locked_vm，并把整个新范围的页面都预先缺页进来。
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
	struct mm_struct *mm = current->mm;
	int fixed = flags & MREMAP_FIXED;
	struct vm_area_struct *vma;
	unsigned long extra;

	/// 参数检查：只认 MREMAP_FIXED 和 MREMAP_MAYMOVE 两个标志，起点必须页对齐，两个长度向上取整到页。
	if (flags & ~(MREMAP_FIXED | MREMAP_MAYMOVE))
		return -EINVAL;
	if (addr & ~PAGE_MASK)
		return -EINVAL;
	old_len = PAGE_ALIGN(old_len);
	new_len = PAGE_ALIGN(new_len);

	/// MREMAP_FIXED：迁移到 new_addr，必须同时允许移动，new_addr 页对齐且新范围在用户空间之内，新旧范围不能有任何重叠；
	/// new_addr 处原有的映射先拆掉（拆不掉也不报告，2.4.0 就不看返回值）。
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

	/// 缩小：解除 [addr+new_len, addr+old_len) 的映射。长度相等时这一步的 do_munmap 长度为 0，
	/// 返回 -EINVAL 而被忽略。没有要求迁移到别处，就到此为止，返回 addr。
	/* Shrinking always works: it only unmaps the tail. */
	if (new_len <= old_len) {
		do_munmap(mm, addr + new_len, old_len - new_len);
		if (!fixed || new_addr == addr)
			return addr;
	}

	/// 到这里是扩大，或是（FIXED 的）迁移。addr 必须落在某个区间之内，否则 -EFAULT。
	/* Growing, or moving: the old range must lie within one area. */
	vma = find_vma(mm, addr);
	if (vma == NULL || addr < vma->vm_start)
		return -EFAULT;
	/// 不能跨越区间的边界：旧范围必须在这一个区间之内。
	if (old_len > vma->vm_end - addr)
		return -EFAULT;
	/// 有的驱动的映射不允许扩大（VM_DONTEXPAND），缩小则在上面已经完成了。
	if ((vma->vm_flags & VM_DONTEXPAND) && new_len > old_len)
		return -EFAULT;

	/// extra 是长度的增量，按无符号数计算，与 2.4.0 的 (new_len - old_len) 一致（缩小时它是一个很大的数，但缩小的
	/// FIXED 迁移在上面的 old_len 检查里已经 -EFAULT 了）。
	/// 锁定的区间：锁定总量不能超过 RLIMIT_MEMLOCK，超了是 -EAGAIN；整个地址空间不能超过 RLIMIT_AS，超了是 -ENOMEM。
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
	/// 私有可写映射的增长部分也可能各需一个物理页面，和 mmap 一样估算一下。
	/// 2.4.0 在这里检查的是 MAP_NORESERVE——一个 mmap 的标志，mremap 的 flags 里不会有它（前面只放行了两个标志），
	/// 所以这个条件恒为真；照 2.4.0 保留。
	if ((vma->vm_flags & (VM_SHARED | VM_WRITE)) == VM_WRITE &&
	    !(flags & MAP_NORESERVE) && !vm_enough_memory(extra >> PAGE_SHIFT))
		return -ENOMEM;

	/*
	 * The range runs to the end of the area and no move is asked for:
	 * grow in place if nothing is mapped above.
	 */
	/// 旧范围一直延伸到区间末尾、又没有要求迁移：看上面有没有足够的空闲地址，有就原地扩大，
	/// 只改 vm_end（AVL树的键就地增大，仍小于下一个区间的键）。
	if (old_len == vma->vm_end - addr && !(fixed && new_addr != addr) &&
	    (old_len != new_len || !(flags & MREMAP_MAYMOVE))) {
		/// room 是可以扩大到的上限：下一个区间的起点，没有下一个区间就是 TASK_SIZE。
		unsigned long room = TASK_SIZE;

		if (vma->vm_next)
			room = vma->vm_next->vm_start;
		if (room - addr >= new_len) {
			unsigned long pages = extra >> PAGE_SHIFT;

			/// 2.4.0 在 page_table_lock 下修改 vm_end（与换出时扫描区间的代码互斥）。
			spin_lock(&mm->page_table_lock);
			vma->vm_end = addr + new_len;
			spin_unlock(&mm->page_table_lock);
			mm->total_vm += pages;
			/// 锁定的区间：新增的部分也要计入 locked_vm 并立即缺页进来。
			if (vma->vm_flags & VM_LOCKED) {
				mm->locked_vm += pages;
				make_pages_present(addr + old_len,
						   addr + new_len);
			}
			return addr;
		}
	}

	/// 原地不行（或者要求迁移）：不许移动就是 -ENOMEM。
	/* It cannot stay where it is: move it, if allowed. */
	if (!(flags & MREMAP_MAYMOVE))
		return -ENOMEM;
	/// 与 2.4.0 的偏差（修正）：mremap(addr, 0, 0, MREMAP_MAYMOVE | MREMAP_FIXED, new) 在 2.4.0 里
	/// 走到 move_vma()，在 new 处插入一个空区间 [new, new)；之后 mlockall 的
	/// make_pages_present() 或退出时 exit_mmap() 的 zap_page_range() 都会 BUG()，进程死在
	/// do_exit 中途，页面、页面表和页面目录全部泄漏。后来的 2.4 内核对此返回 -EINVAL，这里照做。
	/// 原地缩到 0（不移动）仍按 2.4.0：拆掉整个区间、返回原地址。tests/user/t_mremap 检查两者。
	/* Port fix: moving nothing would make an empty area (later 2.4). */
	if (!new_len)
		return -EINVAL;
	/// 只能迁移了：没有指定地址就像 mmap 一样从 TASK_UNMAPPED_BASE 向上找一个空洞，找不到也是 -ENOMEM。
	if (!fixed) {
		new_addr = get_unmapped_area(0, new_len);
		if (new_addr == 0)
			return -ENOMEM;
	}
	return move_vma(vma, addr, old_len, new_len, new_addr);
}

/// §2.13 系统调用 mremap()：在 mmap_sem 保护下调用 do_mremap()。
/// 2.4.0: mm/mremap.c sys_mremap()
asmlinkage unsigned long sys_mremap(unsigned long addr,
				    unsigned long old_len,
				    unsigned long new_len,
				    unsigned long flags,
				    unsigned long new_addr)
{
	struct mm_struct *mm = current->mm;
	unsigned long result;

	/// 整个 mremap 在 mmap_sem 之下进行：同一地址空间的其他线程此时不能 mmap/munmap，也不能处理缺页。
	down(&mm->mmap_sem);
	result = do_mremap(addr, old_len, new_len, flags, new_addr);
	up(&mm->mmap_sem);
	return result;
}
