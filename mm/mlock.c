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
static inline int mlock_fixup_all(struct vm_area_struct *vma, int newflags)
{
	struct mm_struct *mm = vma->vm_mm;

	spin_lock(&mm->page_table_lock);
	vma->vm_flags = newflags;
	spin_unlock(&mm->page_table_lock);
	return 0;
}

/* [vm_start, end) changes: a new area takes it, vma starts at end. */
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
static inline int mlock_fixup_middle(struct vm_area_struct *vma,
				     unsigned long start, unsigned long end,
				     int newflags)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *before, *after;
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
	vma->vm_mm->locked_vm += npages;
	return 0;
}

/*
 * Lock (on) or unlock [start, start + len) of the current process.  The
 * range must be mapped without a gap (else -ENOMEM).  Locking needs
 * CAP_IPC_LOCK.
 */
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
			return -ENOMEM;
	}
}

/*
 * mlock(start, len): start is rounded down to its page and len grown to
 * match.  The locked total may not pass RLIMIT_MEMLOCK, nor half of
 * physical memory.
 */
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

asmlinkage long sys_munlockall(void)
{
	struct mm_struct *mm = current->mm;
	long ret;

	down(&mm->mmap_sem);
	ret = do_mlockall(0);
	up(&mm->mmap_sem);
	return ret;
}
