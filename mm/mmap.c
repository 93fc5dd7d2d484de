// SPDX-License-Identifier: GPL-2.0-only
/*
 * A process's virtual memory areas: finding them (find_vma, through the
 * mmap_cache, the sorted list or the AVL tree), creating them (mmap, brk),
 * removing them (munmap, splitting an area when a hole is punched in it)
 * and tearing the whole address space down (exit_mmap).
 * 情景分析 §2.3, §2.12, §2.13.  Follows Linux 2.4.0 mm/mmap.c.
 */
#include <linux/slab.h>
#include <linux/mman.h>
#include <linux/swap.h>
#include <linux/swapctl.h>
#include <linux/init.h>
#include <linux/fs.h>
#include <linux/file.h>

#include <asm/uaccess.h>
#include <asm/pgalloc.h>

/*
 * The hardware protection of a page, by vm_flags & 0xf (read, write,
 * exec, shared).  i386 pages cannot be write-only or exec-only: write
 * and exec imply read.  Private writable pages start read-only so the
 * first write faults and copies the page.
 */
pgprot_t protection_map[16] = {
	__P000, __P001, __P010, __P011, __P100, __P101, __P110, __P111,
	__S000, __S001, __S010, __S011, __S100, __S101, __S110, __S111
};

/* Set (by sysctl) to promise memory without checking. */
int sysctl_overcommit_memory;

/*
 * May a new private writable mapping of pages pages be promised?  A
 * rough count of what could be freed for it: the buffer cache, the page
 * cache, the free pages and the free swap.
 */
int vm_enough_memory(long pages)
{
	long free;

	if (sysctl_overcommit_memory)
		return 1;

	free = atomic_read(&buffermem_pages);
	free += atomic_read(&page_cache_size);
	free += nr_free_pages();
	free += nr_swap_pages;
	return free > pages;
}

/*
 * Unlink vma from its file's list of mappings (i_mmap or i_mmap_shared)
 * and give back the write denial a MAP_DENYWRITE area holds.  The
 * caller holds the mapping's i_shared_lock.
 */
static inline void __remove_shared_vm_struct(struct vm_area_struct *vma)
{
	struct file *file = vma->vm_file;

	if (file) {
		struct inode *inode = file->f_dentry->d_inode;

		if (vma->vm_flags & VM_DENYWRITE)
			atomic_inc(&inode->i_writecount);
		if (vma->vm_next_share)
			vma->vm_next_share->vm_pprev_share =
				vma->vm_pprev_share;
		*vma->vm_pprev_share = vma->vm_next_share;
	}
}

static inline void remove_shared_vm_struct(struct vm_area_struct *vma)
{
	lock_vma_mappings(vma);
	__remove_shared_vm_struct(vma);
	unlock_vma_mappings(vma);
}

/* Take the lock of the file mapping's area lists, if vma maps a file. */
void lock_vma_mappings(struct vm_area_struct *vma)
{
	struct address_space *mapping = NULL;

	if (vma->vm_file)
		mapping = vma->vm_file->f_dentry->d_inode->i_mapping;
	if (mapping)
		spin_lock(&mapping->i_shared_lock);
}

void unlock_vma_mappings(struct vm_area_struct *vma)
{
	struct address_space *mapping = NULL;

	if (vma->vm_file)
		mapping = vma->vm_file->f_dentry->d_inode->i_mapping;
	if (mapping)
		spin_unlock(&mapping->i_shared_lock);
}

/*
 * brk(): move the end of the data segment (the heap).  Returns the new
 * break, or the old one if the request was refused; it never returns an
 * error code.  Shrinking always works; growing must stay within
 * RLIMIT_DATA, keep a page clear of the next area and find memory.
 */
asmlinkage unsigned long sys_brk(unsigned long brk)
{
	unsigned long rlim, retval;
	unsigned long newbrk, oldbrk;
	struct mm_struct *mm = current->mm;

	down(&mm->mmap_sem);

	if (brk < mm->end_code)
		goto out;
	newbrk = PAGE_ALIGN(brk);
	oldbrk = PAGE_ALIGN(mm->brk);
	/* Within the last page: no area changes. */
	if (oldbrk == newbrk)
		goto set_brk;

	if (brk <= mm->brk) {
		if (!do_munmap(mm, newbrk, oldbrk - newbrk))
			goto set_brk;
		goto out;
	}

	rlim = current->rlim[RLIMIT_DATA].rlim_cur;
	if (rlim < RLIM_INFINITY && brk - mm->start_data > rlim)
		goto out;

	/* The heap may not run into (or right up to) another mapping. */
	if (find_vma_intersection(mm, oldbrk, newbrk + PAGE_SIZE))
		goto out;

	if (!vm_enough_memory((newbrk - oldbrk) >> PAGE_SHIFT))
		goto out;

	if (do_brk(oldbrk, newbrk - oldbrk) != oldbrk)
		goto out;
set_brk:
	mm->brk = brk;
out:
	retval = mm->brk;
	up(&mm->mmap_sem);
	return retval;
}

/*
 * The vm_flags bits that mmap()'s prot and flags arguments ask for.
 * PROT_READ/WRITE/EXEC and MAP_GROWSDOWN/DENYWRITE/EXECUTABLE have the
 * same values as their VM_ bits; any other bit is dropped.
 */
static inline unsigned long vm_flags(unsigned long prot, unsigned long flags)
{
#define _trans(x, bit1, bit2) \
	((bit1) == (bit2) ? ((x) & (bit1)) : ((x) & (bit1)) ? (bit2) : 0)

	unsigned long prot_bits, flag_bits;

	prot_bits = _trans(prot, PROT_READ, VM_READ) |
		    _trans(prot, PROT_WRITE, VM_WRITE) |
		    _trans(prot, PROT_EXEC, VM_EXEC);
	flag_bits = _trans(flags, MAP_GROWSDOWN, VM_GROWSDOWN) |
		    _trans(flags, MAP_DENYWRITE, VM_DENYWRITE) |
		    _trans(flags, MAP_EXECUTABLE, VM_EXECUTABLE);
	return prot_bits | flag_bits;
#undef _trans
}

/*
 * Map len bytes of file (from page pgoff on), or anonymous memory if
 * file is NULL, into the current address space: at addr exactly with
 * MAP_FIXED (whatever was there is unmapped first), else at the first
 * hole from addr (or TASK_UNMAPPED_BASE) up.  Returns the address, or a
 * negative error.  The caller holds mmap_sem.
 */
unsigned long do_mmap_pgoff(struct file *file, unsigned long addr,
			    unsigned long len, unsigned long prot,
			    unsigned long flags, unsigned long pgoff)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	int correct_wcount = 0;
	int error;

	if (file && (!file->f_op || !file->f_op->mmap))
		return -ENODEV;

	/* Nothing to map: 2.4.0 hands the address back. */
	if ((len = PAGE_ALIGN(len)) == 0)
		return addr;

	if (len > TASK_SIZE || addr > TASK_SIZE - len)
		return -EINVAL;

	/* The last page's file offset must not wrap around. */
	if ((pgoff + (len >> PAGE_SHIFT)) < pgoff)
		return -EINVAL;

	if (mm->map_count > MAX_MAP_COUNT)
		return -ENOMEM;

	/* After mlockall(MCL_FUTURE) the new pages count as locked. */
	if (mm->def_flags & VM_LOCKED) {
		unsigned long locked = mm->locked_vm << PAGE_SHIFT;

		locked += len;
		if (locked > current->rlim[RLIMIT_MEMLOCK].rlim_cur)
			return -EAGAIN;
	}

	/* What the open file allows; the open itself checked permissions. */
	if (file != NULL) {
		switch (flags & MAP_TYPE) {
		case MAP_SHARED:
			if ((prot & PROT_WRITE) &&
			    !(file->f_mode & FMODE_WRITE))
				return -EACCES;
			if (IS_APPEND(file->f_dentry->d_inode) &&
			    (file->f_mode & FMODE_WRITE))
				return -EACCES;
			if (locks_verify_locked(file->f_dentry->d_inode))
				return -EAGAIN;
			/* fall through */
		case MAP_PRIVATE:
			if (!(file->f_mode & FMODE_READ))
				return -EACCES;
			break;
		default:
			return -EINVAL;
		}
	}

	if (flags & MAP_FIXED) {
		if (addr & ~PAGE_MASK)
			return -EINVAL;
	} else {
		addr = get_unmapped_area(addr, len);
		if (!addr)
			return -ENOMEM;
	}

	vma = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (!vma)
		return -ENOMEM;

	vma->vm_mm = mm;
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	vma->vm_flags = vm_flags(prot, flags) | mm->def_flags;

	if (file) {
		VM_ClearReadHint(vma);
		vma->vm_raend = 0;

		if (file->f_mode & FMODE_READ)
			vma->vm_flags |= VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;
		if (flags & MAP_SHARED) {
			vma->vm_flags |= VM_SHARED | VM_MAYSHARE;
			/*
			 * A file not open for writing cannot be written
			 * through the mapping either: it behaves as a
			 * private one (VM_MAYSHARE stays, for the record).
			 */
			if (!(file->f_mode & FMODE_WRITE))
				vma->vm_flags &= ~(VM_MAYWRITE | VM_SHARED);
		}
	} else {
		vma->vm_flags |= VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;
		if (flags & MAP_SHARED)
			vma->vm_flags |= VM_SHARED | VM_MAYSHARE;
	}
	vma->vm_page_prot = protection_map[vma->vm_flags & 0x0f];
	vma->vm_ops = NULL;
	vma->vm_pgoff = pgoff;
	vma->vm_file = NULL;
	vma->vm_private_data = NULL;

	/* Make room (MAP_FIXED over existing areas). */
	error = -ENOMEM;
	if (do_munmap(mm, addr, len))
		goto free_vma;

	if ((mm->total_vm << PAGE_SHIFT) + len >
	    current->rlim[RLIMIT_AS].rlim_cur)
		goto free_vma;

	/* Private writable pages may all need memory of their own. */
	if ((vma->vm_flags & (VM_SHARED | VM_WRITE)) == VM_WRITE &&
	    !(flags & MAP_NORESERVE) &&
	    !vm_enough_memory(len >> PAGE_SHIFT))
		goto free_vma;

	if (file) {
		if (vma->vm_flags & VM_DENYWRITE) {
			error = deny_write_access(file);
			if (error)
				goto free_vma;
			correct_wcount = 1;
		}
		vma->vm_file = file;
		get_file(file);
		error = file->f_op->mmap(file, vma);
		if (error)
			goto unmap_and_free_vma;
	} else if (flags & MAP_SHARED) {
		error = shmem_zero_setup(vma);
		if (error)
			goto free_vma;
	}

	/* A driver's mmap method may have moved the area or changed flags. */
	flags = vma->vm_flags;
	addr = vma->vm_start;

	insert_vm_struct(mm, vma);
	/* The insert took its own write denial; drop deny_write_access's. */
	if (correct_wcount)
		atomic_inc(&file->f_dentry->d_inode->i_writecount);

	mm->total_vm += len >> PAGE_SHIFT;
	if (flags & VM_LOCKED) {
		mm->locked_vm += len >> PAGE_SHIFT;
		make_pages_present(addr, addr + len);
	}
	return addr;

unmap_and_free_vma:
	if (correct_wcount)
		atomic_inc(&file->f_dentry->d_inode->i_writecount);
	vma->vm_file = NULL;
	fput(file);
	/* The driver may have mapped some pages before failing. */
	flush_cache_range(mm, vma->vm_start, vma->vm_end);
	zap_page_range(mm, vma->vm_start, vma->vm_end - vma->vm_start);
	flush_tlb_range(mm, vma->vm_start, vma->vm_end);
free_vma:
	kmem_cache_free(vm_area_cachep, vma);
	return error;
}

/*
 * The lowest page-aligned address at or above addr (TASK_UNMAPPED_BASE
 * if addr is 0) where len bytes fit between the areas of the current
 * process, below TASK_SIZE: first fit, upward.  0 means there is none.
 */
#ifndef HAVE_ARCH_UNMAPPED_AREA
unsigned long get_unmapped_area(unsigned long addr, unsigned long len)
{
	struct vm_area_struct *vmm;

	if (len > TASK_SIZE)
		return 0;
	if (!addr)
		addr = TASK_UNMAPPED_BASE;
	addr = PAGE_ALIGN(addr);

	for (vmm = find_vma(current->mm, addr); ; vmm = vmm->vm_next) {
		/* Here addr < vmm->vm_end, or there is no area above. */
		if (TASK_SIZE - len < addr)
			return 0;
		if (!vmm || addr + len <= vmm->vm_start)
			return addr;
		addr = vmm->vm_end;
	}
}
#endif

#define vm_avl_empty	(struct vm_area_struct *) NULL

#include "mmap_avl.c"

/*
 * The first area that ends above addr (it may start above addr too), or
 * NULL.  The last answer is kept in mm->mmap_cache and tried first; then
 * the list is walked, or the AVL tree descended once there is one.
 */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma = NULL;

	if (mm) {
		vma = mm->mmap_cache;
		if (!(vma && vma->vm_end > addr && vma->vm_start <= addr)) {
			if (!mm->mmap_avl) {
				vma = mm->mmap;
				while (vma && vma->vm_end <= addr)
					vma = vma->vm_next;
			} else {
				struct vm_area_struct *tree = mm->mmap_avl;

				vma = NULL;
				while (tree != vm_avl_empty) {
					if (tree->vm_end > addr) {
						/* A candidate; covers addr? */
						vma = tree;
						if (tree->vm_start <= addr)
							break;
						tree = tree->vm_avl_left;
					} else {
						tree = tree->vm_avl_right;
					}
				}
			}
			if (vma)
				mm->mmap_cache = vma;
		}
	}
	return vma;
}

/*
 * find_vma(), also giving the area before the result in the list (NULL
 * if the result is the first).  It neither uses nor fills mmap_cache.
 */
struct vm_area_struct *find_vma_prev(struct mm_struct *mm, unsigned long addr,
				     struct vm_area_struct **pprev)
{
	if (mm) {
		if (!mm->mmap_avl) {
			struct vm_area_struct *prev = NULL;
			struct vm_area_struct *vma = mm->mmap;

			while (vma && vma->vm_end <= addr) {
				prev = vma;
				vma = vma->vm_next;
			}
			*pprev = prev;
			return vma;
		} else {
			struct vm_area_struct *vma = NULL;
			struct vm_area_struct *last_turn_right = NULL;
			struct vm_area_struct *prev = NULL;
			struct vm_area_struct *tree = mm->mmap_avl;

			while (tree != vm_avl_empty) {
				if (tree->vm_end > addr) {
					vma = tree;
					/* Lower areas hang off the last right turn. */
					prev = last_turn_right;
					if (tree->vm_start <= addr)
						break;
					tree = tree->vm_avl_left;
				} else {
					last_turn_right = tree;
					tree = tree->vm_avl_right;
				}
			}
			if (vma) {
				/* ... unless vma has a left subtree of its own. */
				if (vma->vm_avl_left != vm_avl_empty) {
					prev = vma->vm_avl_left;
					while (prev->vm_avl_right != vm_avl_empty)
						prev = prev->vm_avl_right;
				}
				if ((prev ? prev->vm_next : mm->mmap) != vma)
					printk("find_vma_prev: tree inconsistent with list\n");
				*pprev = prev;
				return vma;
			}
		}
	}
	*pprev = NULL;
	return NULL;
}

/*
 * The area covering addr, growing a stack area down to it if addr lies
 * just below one.  For kernel code that touches user memory of another
 * process (ptrace, access_process_vm).
 */
struct vm_area_struct *find_extend_vma(struct mm_struct *mm,
				       unsigned long addr)
{
	struct vm_area_struct *vma;
	unsigned long start;

	addr &= PAGE_MASK;
	vma = find_vma(mm, addr);
	if (!vma)
		return NULL;
	if (vma->vm_start <= addr)
		return vma;
	if (!(vma->vm_flags & VM_GROWSDOWN))
		return NULL;
	start = vma->vm_start;
	if (expand_stack(vma, addr))
		return NULL;
	if (vma->vm_flags & VM_LOCKED)
		make_pages_present(addr, start);
	return vma;
}

/*
 * do_munmap() has taken area off the list and tree and zapped [addr,
 * addr + len) of it.  Put back what is left, one of four cases:
 *  - nothing (the whole area went): close and free it;
 *  - the part before addr (the tail went): truncate;
 *  - the part after (the head went): move the start and the file offset;
 *  - both (a hole in the middle): extra, the spare area do_munmap
 *    allocated beforehand, becomes the upper part.
 * Returns extra, or NULL if it was used.
 */
static struct vm_area_struct *unmap_fixup(struct mm_struct *mm,
	struct vm_area_struct *area, unsigned long addr, size_t len,
	struct vm_area_struct *extra)
{
	struct vm_area_struct *mpnt;
	unsigned long end = addr + len;

	area->vm_mm->total_vm -= len >> PAGE_SHIFT;
	if (area->vm_flags & VM_LOCKED)
		area->vm_mm->locked_vm -= len >> PAGE_SHIFT;

	if (addr == area->vm_start && end == area->vm_end) {
		if (area->vm_ops && area->vm_ops->close)
			area->vm_ops->close(area);
		if (area->vm_file)
			fput(area->vm_file);
		kmem_cache_free(vm_area_cachep, area);
		return extra;
	}

	if (end == area->vm_end) {
		area->vm_end = addr;
		lock_vma_mappings(area);
		spin_lock(&mm->page_table_lock);
	} else if (addr == area->vm_start) {
		area->vm_pgoff += (end - area->vm_start) >> PAGE_SHIFT;
		area->vm_start = end;
		lock_vma_mappings(area);
		spin_lock(&mm->page_table_lock);
	} else {
		/* area->vm_start < addr < end < area->vm_end */
		mpnt = extra;
		extra = NULL;

		mpnt->vm_mm = area->vm_mm;
		mpnt->vm_start = end;
		mpnt->vm_end = area->vm_end;
		mpnt->vm_page_prot = area->vm_page_prot;
		mpnt->vm_flags = area->vm_flags;
		mpnt->vm_raend = 0;
		mpnt->vm_ops = area->vm_ops;
		mpnt->vm_pgoff = area->vm_pgoff +
				 ((end - area->vm_start) >> PAGE_SHIFT);
		mpnt->vm_file = area->vm_file;
		mpnt->vm_private_data = area->vm_private_data;
		if (mpnt->vm_file)
			get_file(mpnt->vm_file);
		if (mpnt->vm_ops && mpnt->vm_ops->open)
			mpnt->vm_ops->open(mpnt);
		area->vm_end = addr;

		/* Same file for both pieces: one lock covers them. */
		lock_vma_mappings(area);
		spin_lock(&mm->page_table_lock);
		__insert_vm_struct(mm, mpnt);
	}

	__insert_vm_struct(mm, area);
	spin_unlock(&mm->page_table_lock);
	unlock_vma_mappings(area);
	return extra;
}

/*
 * Free the page tables that nothing maps any more after [start, end)
 * was unmapped: only whole page-directory slots (4 MB each) lying in the
 * gap between the area before (prev, or one found from it) and the area
 * after.  Tables shared with a neighbour stay.
 */
static void free_pgtables(struct mm_struct *mm, struct vm_area_struct *prev,
			  unsigned long start, unsigned long end)
{
	unsigned long first = start & PGDIR_MASK;
	unsigned long last = end + PGDIR_SIZE - 1;
	unsigned long start_index, end_index;

	if (!prev) {
		prev = mm->mmap;
		if (!prev)
			goto no_mmaps;
		if (prev->vm_end > start) {
			/* The first area lies above the gap. */
			if (last > prev->vm_start)
				last = prev->vm_start;
			goto no_mmaps;
		}
	}
	for (;;) {
		struct vm_area_struct *next = prev->vm_next;

		if (next) {
			if (next->vm_start < start) {
				prev = next;
				continue;
			}
			if (last > next->vm_start)
				last = next->vm_start;
		}
		if (prev->vm_end > first)
			first = prev->vm_end + PGDIR_SIZE - 1;
		break;
	}
no_mmaps:
	start_index = pgd_index(first);
	end_index = pgd_index(last);
	if (end_index > start_index) {
		clear_page_tables(mm, start_index, end_index - start_index);
		flush_tlb_pgtables(mm, first & PGDIR_MASK, last & PGDIR_MASK);
	}
}

/*
 * Unmap [addr, addr + len) from mm.  Every area overlapping the range is
 * taken off the list and tree first; then each loses its pages in the
 * range and unmap_fixup() puts back what is left of it.  Unmapping where
 * nothing is mapped is not an error.
 */
int do_munmap(struct mm_struct *mm, unsigned long addr, size_t len)
{
	struct vm_area_struct *mpnt, *prev, **npp, *free, *extra;

	if ((addr & ~PAGE_MASK) || addr > TASK_SIZE || len > TASK_SIZE - addr)
		return -EINVAL;

	if ((len = PAGE_ALIGN(len)) == 0)
		return -EINVAL;

	mpnt = find_vma_prev(mm, addr, &prev);
	if (!mpnt)
		return 0;
	/* Now addr < mpnt->vm_end. */
	if (mpnt->vm_start >= addr + len)
		return 0;

	/* A hole in the middle of an area makes one area more. */
	if ((mpnt->vm_start < addr && mpnt->vm_end > addr + len) &&
	    mm->map_count >= MAX_MAP_COUNT)
		return -ENOMEM;

	/* The spare for a split; after this nothing may fail. */
	extra = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (!extra)
		return -ENOMEM;

	npp = (prev ? &prev->vm_next : &mm->mmap);
	free = NULL;
	spin_lock(&mm->page_table_lock);
	for (; mpnt && mpnt->vm_start < addr + len; mpnt = *npp) {
		*npp = mpnt->vm_next;
		mpnt->vm_next = free;
		free = mpnt;
		if (mm->mmap_avl)
			avl_remove(mpnt, &mm->mmap_avl);
	}
	mm->mmap_cache = NULL;
	spin_unlock(&mm->page_table_lock);

	while ((mpnt = free) != NULL) {
		unsigned long st, end, size;
		struct file *file = NULL;

		free = free->vm_next;

		st = addr < mpnt->vm_start ? mpnt->vm_start : addr;
		end = addr + len;
		end = end > mpnt->vm_end ? mpnt->vm_end : end;
		size = end - st;

		/*
		 * A part that stays is re-inserted by unmap_fixup(), which
		 * takes a write denial again: keep the count from passing
		 * through zero (and letting a writer in) meanwhile.
		 */
		if (mpnt->vm_flags & VM_DENYWRITE &&
		    (st != mpnt->vm_start || end != mpnt->vm_end) &&
		    (file = mpnt->vm_file) != NULL)
			atomic_dec(&file->f_dentry->d_inode->i_writecount);
		remove_shared_vm_struct(mpnt);
		mm->map_count--;

		flush_cache_range(mm, st, end);
		zap_page_range(mm, st, size);
		flush_tlb_range(mm, st, end);

		extra = unmap_fixup(mm, mpnt, st, size, extra);
		if (file)
			atomic_inc(&file->f_dentry->d_inode->i_writecount);
	}

	if (extra)
		kmem_cache_free(vm_area_cachep, extra);

	free_pgtables(mm, prev, addr, addr + len);

	return 0;
}

asmlinkage long sys_munmap(unsigned long addr, size_t len)
{
	int ret;
	struct mm_struct *mm = current->mm;

	down(&mm->mmap_sem);
	ret = do_munmap(mm, addr, len);
	up(&mm->mmap_sem);
	return ret;
}

/*
 * Map len bytes of anonymous read/write/exec memory at addr exactly, for
 * brk(): a do_mmap_pgoff() with everything known in advance.  If the area
 * just below ends at addr with the same flags and no file, it is
 * extended instead (the only merging of areas 2.4.0 does).
 */
unsigned long do_brk(unsigned long addr, unsigned long len)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	unsigned long flags, retval;

	len = PAGE_ALIGN(len);
	if (!len)
		return addr;

	if (mm->def_flags & VM_LOCKED) {
		unsigned long locked = mm->locked_vm << PAGE_SHIFT;

		locked += len;
		if (locked > current->rlim[RLIMIT_MEMLOCK].rlim_cur)
			return -EAGAIN;
	}

	/* Also checks addr and len. */
	retval = do_munmap(mm, addr, len);
	if (retval != 0)
		return retval;

	if ((mm->total_vm << PAGE_SHIFT) + len >
	    current->rlim[RLIMIT_AS].rlim_cur)
		return -ENOMEM;

	if (mm->map_count > MAX_MAP_COUNT)
		return -ENOMEM;

	if (!vm_enough_memory(len >> PAGE_SHIFT))
		return -ENOMEM;

	flags = vm_flags(PROT_READ | PROT_WRITE | PROT_EXEC,
			 MAP_FIXED | MAP_PRIVATE) | mm->def_flags;
	flags |= VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;

	if (addr) {
		vma = find_vma(mm, addr - 1);
		if (vma && vma->vm_end == addr && !vma->vm_file &&
		    vma->vm_flags == flags) {
			vma->vm_end = addr + len;
			goto out;
		}
	}

	vma = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (!vma)
		return -ENOMEM;

	vma->vm_mm = mm;
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	vma->vm_flags = flags;
	vma->vm_page_prot = protection_map[flags & 0x0f];
	vma->vm_ops = NULL;
	vma->vm_pgoff = 0;
	vma->vm_file = NULL;
	vma->vm_private_data = NULL;

	insert_vm_struct(mm, vma);

out:
	mm->total_vm += len >> PAGE_SHIFT;
	if (flags & VM_LOCKED) {
		mm->locked_vm += len >> PAGE_SHIFT;
		make_pages_present(addr, addr + len);
	}
	return addr;
}

/* Build mm's AVL tree from scratch out of its area list. */
void build_mmap_avl(struct mm_struct *mm)
{
	struct vm_area_struct *vma;

	mm->mmap_avl = NULL;
	for (vma = mm->mmap; vma; vma = vma->vm_next)
		avl_insert(vma, &mm->mmap_avl);
}

/*
 * Remove every area of mm and free the user page tables: the address
 * space's last user is gone (exit, or exec replacing it).
 */
void exit_mmap(struct mm_struct *mm)
{
	struct vm_area_struct *mpnt;

	release_segments(mm);
	spin_lock(&mm->page_table_lock);
	mpnt = mm->mmap;
	mm->mmap = mm->mmap_avl = mm->mmap_cache = NULL;
	spin_unlock(&mm->page_table_lock);
	mm->rss = 0;
	mm->total_vm = 0;
	mm->locked_vm = 0;
	while (mpnt) {
		struct vm_area_struct *next = mpnt->vm_next;
		unsigned long start = mpnt->vm_start;
		unsigned long end = mpnt->vm_end;
		unsigned long size = end - start;

		if (mpnt->vm_ops) {
			if (mpnt->vm_ops->close)
				mpnt->vm_ops->close(mpnt);
		}
		mm->map_count--;
		remove_shared_vm_struct(mpnt);
		flush_cache_range(mm, start, end);
		zap_page_range(mm, start, size);
		if (mpnt->vm_file)
			fput(mpnt->vm_file);
		kmem_cache_free(vm_area_cachep, mpnt);
		mpnt = next;
	}

	/* Only a debugging aid: every area was counted once. */
	if (mm->map_count)
		printk("exit_mmap: map count is %d\n", mm->map_count);

	clear_page_tables(mm, FIRST_USER_PGD_NR, USER_PTRS_PER_PGD);
}

/*
 * Link vmp into mm: into the address-sorted list (found by walking it,
 * or from its neighbours in the AVL tree), into the tree once there are
 * AVL_MIN_MAP_COUNT areas, and onto its file's list of mappings.  The
 * caller holds page_table_lock and, for a file, the mapping's
 * i_shared_lock.
 */
void __insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vmp)
{
	struct vm_area_struct **pprev;
	struct file *file;

	if (!mm->mmap_avl) {
		pprev = &mm->mmap;
		while (*pprev && (*pprev)->vm_start <= vmp->vm_start)
			pprev = &(*pprev)->vm_next;
	} else {
		struct vm_area_struct *prev, *next;

		avl_insert_neighbours(vmp, &mm->mmap_avl, &prev, &next);
		pprev = (prev ? &prev->vm_next : &mm->mmap);
		if (*pprev != next)
			printk("insert_vm_struct: tree inconsistent with list\n");
	}
	vmp->vm_next = *pprev;
	*pprev = vmp;

	mm->map_count++;
	/* From now on the tree is kept, even if the count drops again. */
	if (mm->map_count >= AVL_MIN_MAP_COUNT && !mm->mmap_avl)
		build_mmap_avl(mm);

	file = vmp->vm_file;
	if (file) {
		struct inode *inode = file->f_dentry->d_inode;
		struct address_space *mapping = inode->i_mapping;
		struct vm_area_struct **head;

		if (vmp->vm_flags & VM_DENYWRITE)
			atomic_dec(&inode->i_writecount);

		head = &mapping->i_mmap;
		if (vmp->vm_flags & VM_SHARED)
			head = &mapping->i_mmap_shared;

		/* Push vmp at the head of the file's list. */
		if ((vmp->vm_next_share = *head) != NULL)
			(*head)->vm_pprev_share = &vmp->vm_next_share;
		*head = vmp;
		vmp->vm_pprev_share = head;
	}
}

void insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vmp)
{
	lock_vma_mappings(vmp);
	spin_lock(&current->mm->page_table_lock);
	__insert_vm_struct(mm, vmp);
	spin_unlock(&current->mm->page_table_lock);
	unlock_vma_mappings(vmp);
}
