// SPDX-License-Identifier: GPL-2.0-only
/*
 * mlock() and mlockall(): keep a range, or the whole address space, in
 * memory.  A locked area has VM_LOCKED (the swapper passes it by) and its
 * pages are faulted in at once; the range's areas are split like
 * mprotect() splits them.
 * 情景分析 §2.13.  Follows Linux 2.4.0 mm/mlock.c.
 */
#include <linux/slab.h>
#include <linux/mman.h>
#include <linux/fs.h>

#include <asm/uaccess.h>
#include <asm/pgtable.h>

/* The whole area changes: only the flags. */
/// §2.13 整个区间加锁或解锁：只改 vm_flags 中的 VM_LOCKED。
/// 2.4.0: mm/mlock.c mlock_fixup_all()
static inline int mlock_fixup_all(struct vm_area_struct *vma, int newflags)
{
	struct mm_struct *mm = vma->vm_mm;

	spin_lock(&mm->page_table_lock);
	vma->vm_flags = newflags;
	spin_unlock(&mm->page_table_lock);
	return 0;
}

/* [vm_start, end) changes: a new area takes it, vma starts at end. */
/// §2.13 区间的前一段加锁或解锁：分割方法与 mprotect_fixup_start 相同，
/// 只是 vm_page_prot 不变（锁定不影响访问权限）。分配失败时 2.4.0 返回 -EAGAIN，不是 -ENOMEM。
/// 2.4.0: mm/mlock.c mlock_fixup_start()
static inline int mlock_fixup_start(struct vm_area_struct *vma,
				    unsigned long end, int newflags)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *head;

	head = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (head == NULL)
		return -EAGAIN;

	/* The new area is the front of the old one, with newflags. */
	*head = *vma;
	head->vm_end = end;
	head->vm_flags = newflags;
	head->vm_raend = 0;
	if (head->vm_file != NULL)
		get_file(head->vm_file);
	if (head->vm_ops != NULL && head->vm_ops->open != NULL)
		head->vm_ops->open(head);

	/* The old one keeps the back: its file offset moves along. */
	lock_vma_mappings(vma);
	spin_lock(&mm->page_table_lock);
	vma->vm_pgoff += (end - vma->vm_start) >> PAGE_SHIFT;
	vma->vm_start = end;
	__insert_vm_struct(current->mm, head);
	spin_unlock(&mm->page_table_lock);
	unlock_vma_mappings(vma);
	return 0;
}

/* [start, vm_end) changes: a new area takes it, vma ends at start. */
/// §2.13 区间的后一段加锁或解锁。2.4.0: mm/mlock.c mlock_fixup_end()
static inline int mlock_fixup_end(struct vm_area_struct *vma,
				  unsigned long start, int newflags)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *tail;

	tail = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (tail == NULL)
		return -EAGAIN;

	/* The new area is the back of the old one, with newflags. */
	*tail = *vma;
	tail->vm_start = start;
	tail->vm_pgoff += (start - vma->vm_start) >> PAGE_SHIFT;
	tail->vm_flags = newflags;
	tail->vm_raend = 0;
	if (tail->vm_file != NULL)
		get_file(tail->vm_file);
	if (tail->vm_ops != NULL && tail->vm_ops->open != NULL)
		tail->vm_ops->open(tail);

	/* The old one keeps the front. */
	lock_vma_mappings(vma);
	spin_lock(&mm->page_table_lock);
	vma->vm_end = start;
	__insert_vm_struct(current->mm, tail);
	spin_unlock(&mm->page_table_lock);
	unlock_vma_mappings(vma);
	return 0;
}

/*
 * [start, end) inside the area changes: new areas keep both sides with
 * the old flags, vma becomes the middle.
 */
/// §2.13 区间中间一段加锁或解锁：两头各用一个新区间保持原状，原区间收缩为中间一段。
/// 2.4.0: mm/mlock.c mlock_fixup_middle()
static inline int mlock_fixup_middle(struct vm_area_struct *vma,
				     unsigned long start, unsigned long end,
				     int newflags)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *before, *after;
	/// 中间一段在文件中的起点比原区间后移 skip 页；在 vm_start 改动之前算好。
	unsigned long skip = (start - vma->vm_start) >> PAGE_SHIFT;

	before = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (before == NULL)
		return -EAGAIN;
	after = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (after == NULL) {
		kmem_cache_free(vm_area_cachep, before);
		return -EAGAIN;
	}

	/* Two copies of the old area, cut down to the parts outside. */
	*before = *vma;
	before->vm_end = start;
	before->vm_raend = 0;
	*after = *vma;
	after->vm_start = end;
	after->vm_pgoff += (end - vma->vm_start) >> PAGE_SHIFT;
	after->vm_raend = 0;
	if (vma->vm_file != NULL)
		atomic_add(2, &vma->vm_file->f_count);
	if (vma->vm_ops != NULL && vma->vm_ops->open != NULL) {
		vma->vm_ops->open(before);
		vma->vm_ops->open(after);
	}

	/* The old area takes newflags and shrinks to [start, end). */
	lock_vma_mappings(vma);
	spin_lock(&mm->page_table_lock);
	/// vm_flags 在两把锁之内才改。2.4.0 在分配和复制之后、加锁之前还多赋了一次 vma->vm_flags，
	/// 那次赋值不影响任何结果（before、after 在它之前已复制好），这里省去。
	vma->vm_flags = newflags;
	vma->vm_raend = 0;
	vma->vm_pgoff += skip;
	vma->vm_start = start;
	vma->vm_end = end;
	__insert_vm_struct(current->mm, before);
	__insert_vm_struct(current->mm, after);
	spin_unlock(&mm->page_table_lock);
	unlock_vma_mappings(vma);
	return 0;
}

/*
 * Give [start, end), inside vma, the flags newflags (VM_LOCKED set or
 * cleared), keep locked_vm up to date, and fault the pages in when
 * locking.
 */
/// §2.13 让 [start, end) 加锁或解锁，并维护 mm->locked_vm；加锁时立即调入其中所有页面
/// （make_pages_present），被锁住的页面以后不会被换出。
/// 2.4.0: mm/mlock.c mlock_fixup()
static int mlock_fixup(struct vm_area_struct *vma, unsigned long start,
		       unsigned long end, unsigned int newflags)
{
	unsigned long npages;
	int err;

	if (vma->vm_flags == newflags)
		return 0;

	if (start == vma->vm_start && end == vma->vm_end)
		err = mlock_fixup_all(vma, newflags);
	else if (start == vma->vm_start)
		err = mlock_fixup_start(vma, end, newflags);
	else if (end == vma->vm_end)
		err = mlock_fixup_end(vma, start, newflags);
	else
		err = mlock_fixup_middle(vma, start, end, newflags);
	if (err)
		return err;

	npages = (end - start) >> PAGE_SHIFT;
	if (!(newflags & VM_LOCKED)) {
		vma->vm_mm->locked_vm -= npages;
		return 0;
	}
	make_pages_present(start, end);
	/// 先调入页面，再把这些页面计入 locked_vm，先后与 2.4.0 相同。解锁时只减计数，页面留在内存里，
	/// 以后可以被换出。
	vma->vm_mm->locked_vm += npages;
	return 0;
}

/*
 * Lock (on) or unlock [start, start + len) of the current process.  The
 * range must be mapped without a gap (else -ENOMEM).  Locking needs
 * CAP_IPC_LOCK.
 */
/// §2.13 对 [start, start+len) 中的各个区间逐个加锁（on）或解锁。加锁需要 CAP_IPC_LOCK 权能，
/// 解锁不需要；范围中有没映射的地方返回 -ENOMEM（mprotect 在同样情况下返回 -EFAULT）。
/// 2.4.0: mm/mlock.c do_mlock()
static int do_mlock(unsigned long start, size_t len, int on)
{
	struct vm_area_struct *vma;
	unsigned long addr, stop;
	int err;

	if (on && !capable(CAP_IPC_LOCK))
		return -EPERM;
	stop = start + PAGE_ALIGN(len);
	if (stop < start)
		return -EINVAL;
	if (stop == start)
		return 0;
	vma = find_vma(current->mm, start);
	if (vma == NULL || vma->vm_start > start)
		return -ENOMEM;

	addr = start;
	for (;;) {
		/* Read both before the fixup splits vma. */
		/// mlock_fixup 可能分割 vma、在它后面插入新区间，所以下一个区间和本区间的终点都要在调用前取出。
		struct vm_area_struct *following = vma->vm_next;
		unsigned long area_end = vma->vm_end;
		unsigned int flags = vma->vm_flags & ~VM_LOCKED;

		if (on)
			flags |= VM_LOCKED;
		if (area_end >= stop)
			return mlock_fixup(vma, addr, stop, flags);
		err = mlock_fixup(vma, addr, area_end, flags);
		if (err)
			return err;
		/* The next area must start where this one ended. */
		addr = area_end;
		vma = following;
		if (vma == NULL || vma->vm_start != addr)
			/// 下一个区间必须紧接着本区间，中间有空洞就以 -ENOMEM 结束；已经处理过的区间保持新的状态。
			return -ENOMEM;
	}
}

/*
 * mlock(start, len): start is rounded down to its page and len grown to
 * match.  The locked total may not pass RLIMIT_MEMLOCK, nor half of
 * physical memory.
 */
/// §2.13 系统调用 mlock()：起点向下对齐到页，长度相应增加。锁定总量不得超过 RLIMIT_MEMLOCK，
/// 也不得超过物理内存的一半（一道粗略的保险），否则 -ENOMEM。
/// 2.4.0: mm/mlock.c sys_mlock()
asmlinkage long sys_mlock(unsigned long start, size_t len)
{
	struct mm_struct *mm = current->mm;
	unsigned long total, limit;
	long ret;

	down(&mm->mmap_sem);
	len = PAGE_ALIGN((start & ~PAGE_MASK) + len);
	start &= PAGE_MASK;

	/* What would be locked afterwards, in pages. */
	total = mm->locked_vm + (len >> PAGE_SHIFT);
	limit = current->rlim[RLIMIT_MEMLOCK].rlim_cur >> PAGE_SHIFT;
	if (total > limit)
		ret = -ENOMEM;
	else if (total > num_physpages / 2)	/* 2.4.0's crude guard */
		ret = -ENOMEM;
	else
		ret = do_mlock(start, len, 1);
	up(&mm->mmap_sem);
	return ret;
}

/// §2.13 系统调用 munlock()：解锁没有数量限制。2.4.0: mm/mlock.c sys_munlock()
asmlinkage long sys_munlock(unsigned long start, size_t len)
{
	struct mm_struct *mm = current->mm;
	long ret;

	down(&mm->mmap_sem);
	len = PAGE_ALIGN((start & ~PAGE_MASK) + len);
	ret = do_mlock(start & PAGE_MASK, len, 0);
	up(&mm->mmap_sem);
	return ret;
}

/*
 * Lock (MCL_CURRENT) or unlock every area, and make future mappings
 * locked (MCL_FUTURE sets def_flags) or not.  Needs CAP_IPC_LOCK even to
 * unlock.
 */
/// §2.13 对所有区间加锁（MCL_CURRENT）或解锁，并用 mm->def_flags 决定以后新建的映射是否锁定
/// （MCL_FUTURE）。2.4.0 在这里无条件检查 CAP_IPC_LOCK，所以没有权能的进程连 munlockall() 也会得到 -EPERM。
/// 2.4.0: mm/mlock.c do_mlockall()
static int do_mlockall(int flags)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	int err = 0;

	if (!capable(CAP_IPC_LOCK))
		return -EPERM;

	mm->def_flags = (flags & MCL_FUTURE) ? VM_LOCKED : 0;

	for (vma = mm->mmap; vma != NULL && err == 0; vma = vma->vm_next) {
		unsigned int want = vma->vm_flags & ~VM_LOCKED;

		if (flags & MCL_CURRENT)
			want |= VM_LOCKED;
		err = mlock_fixup(vma, vma->vm_start, vma->vm_end, want);
	}
	return err;
}

/// §2.13 系统调用 mlockall()：flags 必须是 MCL_CURRENT、MCL_FUTURE 的非空组合；
/// 整个地址空间的大小不得超过 RLIMIT_MEMLOCK 和物理内存的一半。
/// 2.4.0: mm/mlock.c sys_mlockall()
asmlinkage long sys_mlockall(int flags)
{
	struct mm_struct *mm = current->mm;
	unsigned long limit;
	long ret = -EINVAL;

	down(&mm->mmap_sem);
	if (flags == 0 || (flags & ~(MCL_CURRENT | MCL_FUTURE)) != 0)
		goto done;

	/* Everything mapped now would be locked: check it all. */
	limit = current->rlim[RLIMIT_MEMLOCK].rlim_cur >> PAGE_SHIFT;
	ret = -ENOMEM;
	if (mm->total_vm > limit || mm->total_vm > num_physpages / 2)
		goto done;
	ret = do_mlockall(flags);
done:
	up(&mm->mmap_sem);
	return ret;
}

/// §2.13 系统调用 munlockall()：全部解锁，以后的映射也不再锁定。2.4.0: mm/mlock.c sys_munlockall()
asmlinkage long sys_munlockall(void)
{
	struct mm_struct *mm = current->mm;
	long ret;

	down(&mm->mmap_sem);
	ret = do_mlockall(0);
	up(&mm->mmap_sem);
	return ret;
}
