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
	long available;

	if (sysctl_overcommit_memory)
		return 1;

	available = atomic_read(&buffermem_pages) +
		    atomic_read(&page_cache_size) +
		    nr_free_pages() + nr_swap_pages;
	return available > pages;
}

/*
 * Unlink vma from its file's list of mappings (i_mmap or i_mmap_shared)
 * and give back the write denial a MAP_DENYWRITE area holds.  The
 * caller holds the mapping's i_shared_lock.
 */
static inline void __remove_shared_vm_struct(struct vm_area_struct *vma)
{
	struct file *file = vma->vm_file;
	struct vm_area_struct *next;

	if (file == NULL)
		return;
	if (vma->vm_flags & VM_DENYWRITE)
		atomic_inc(&file->f_dentry->d_inode->i_writecount);
	/* vm_pprev_share points into whichever list holds vma. */
	next = vma->vm_next_share;
	if (next)
		next->vm_pprev_share = vma->vm_pprev_share;
	*vma->vm_pprev_share = next;
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
	struct file *file = vma->vm_file;
	struct address_space *mapping;

	if (file == NULL)
		return;
	mapping = file->f_dentry->d_inode->i_mapping;
	if (mapping != NULL)
		spin_lock(&mapping->i_shared_lock);
}

void unlock_vma_mappings(struct vm_area_struct *vma)
{
	struct file *file = vma->vm_file;
	struct address_space *mapping;

	if (file == NULL)
		return;
	mapping = file->f_dentry->d_inode->i_mapping;
	if (mapping != NULL)
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
	struct mm_struct *mm = current->mm;
	unsigned long old_end, new_end, data_limit, answer;

	down(&mm->mmap_sem);

	/* Not into the program text; brk(0) lands here to ask. */
	if (brk < mm->end_code)
		goto done;
	old_end = PAGE_ALIGN(mm->brk);
	new_end = PAGE_ALIGN(brk);
	/* Within the last page: no area changes. */
	if (new_end == old_end)
		goto accept;

	if (brk <= mm->brk) {
		/* Shrinking: the pages above the new end go. */
		if (do_munmap(mm, new_end, old_end - new_end) == 0)
			goto accept;
		goto done;
	}

	data_limit = current->rlim[RLIMIT_DATA].rlim_cur;
	if (data_limit < RLIM_INFINITY && brk - mm->start_data > data_limit)
		goto done;
	/* The heap may not run into (or right up to) another mapping. */
	if (find_vma_intersection(mm, old_end, new_end + PAGE_SIZE) != NULL)
		goto done;
	if (!vm_enough_memory((new_end - old_end) >> PAGE_SHIFT))
		goto done;
	if (do_brk(old_end, new_end - old_end) != old_end)
		goto done;
accept:
	mm->brk = brk;
done:
	answer = mm->brk;
	up(&mm->mmap_sem);
	return answer;
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

	unsigned long vmf = 0;

	vmf |= _trans(prot, PROT_READ, VM_READ);
	vmf |= _trans(prot, PROT_WRITE, VM_WRITE);
	vmf |= _trans(prot, PROT_EXEC, VM_EXEC);
	vmf |= _trans(flags, MAP_GROWSDOWN, VM_GROWSDOWN);
	vmf |= _trans(flags, MAP_DENYWRITE, VM_DENYWRITE);
	vmf |= _trans(flags, MAP_EXECUTABLE, VM_EXECUTABLE);
	return vmf;
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
	unsigned long npages, vmf, start, end;
	int denied_write = 0;
	int error;

	if (file != NULL && (file->f_op == NULL || file->f_op->mmap == NULL))
		return -ENODEV;

	len = PAGE_ALIGN(len);
	/* Nothing to map: 2.4.0 hands the address back. */
	if (len == 0)
		return addr;
	if (len > TASK_SIZE || addr > TASK_SIZE - len)
		return -EINVAL;
	npages = len >> PAGE_SHIFT;
	/* The last page's file offset must not wrap around. */
	if (pgoff + npages < pgoff)
		return -EINVAL;
	if (mm->map_count > MAX_MAP_COUNT)
		return -ENOMEM;
	/* After mlockall(MCL_FUTURE) the new pages count as locked. */
	if ((mm->def_flags & VM_LOCKED) &&
	    (mm->locked_vm << PAGE_SHIFT) + len >
	    current->rlim[RLIMIT_MEMLOCK].rlim_cur)
		return -EAGAIN;

	/* What the open file allows; the open itself checked permissions. */
	if (file != NULL) {
		struct inode *inode = file->f_dentry->d_inode;
		unsigned long type = flags & MAP_TYPE;

		if (type != MAP_SHARED && type != MAP_PRIVATE)
			return -EINVAL;
		if (type == MAP_SHARED) {
			/* Stores through the mapping reach the file. */
			if ((prot & PROT_WRITE) &&
			    !(file->f_mode & FMODE_WRITE))
				return -EACCES;
			if ((file->f_mode & FMODE_WRITE) && IS_APPEND(inode))
				return -EACCES;
			if (locks_verify_locked(inode))
				return -EAGAIN;
		}
		if (!(file->f_mode & FMODE_READ))
			return -EACCES;
	}

	if (!(flags & MAP_FIXED)) {
		addr = get_unmapped_area(addr, len);
		if (addr == 0)
			return -ENOMEM;
	} else if (addr & ~PAGE_MASK) {
		return -EINVAL;
	}

	/* The flags the area will have. */
	vmf = vm_flags(prot, flags) | mm->def_flags;
	if (file == NULL || (file->f_mode & FMODE_READ))
		vmf |= VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;
	if (flags & MAP_SHARED) {
		vmf |= VM_SHARED | VM_MAYSHARE;
		/*
		 * A file not open for writing cannot be written through
		 * the mapping either: it behaves as a private one
		 * (VM_MAYSHARE stays, for the record).
		 */
		if (file != NULL && !(file->f_mode & FMODE_WRITE))
			vmf &= ~(VM_MAYWRITE | VM_SHARED);
	}

	vma = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (vma == NULL)
		return -ENOMEM;
	vma->vm_mm = mm;
	vma->vm_flags = vmf;
	vma->vm_page_prot = protection_map[vmf & 0x0f];
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	vma->vm_pgoff = pgoff;
	/* The file and its methods come only once the checks pass. */
	vma->vm_file = NULL;
	vma->vm_ops = NULL;
	vma->vm_private_data = NULL;
	if (file != NULL) {
		VM_ClearReadHint(vma);
		vma->vm_raend = 0;
	}

	/* Make room (MAP_FIXED over existing areas). */
	error = -ENOMEM;
	if (do_munmap(mm, addr, len) != 0)
		goto fail_free;
	if ((mm->total_vm << PAGE_SHIFT) + len >
	    current->rlim[RLIMIT_AS].rlim_cur)
		goto fail_free;
	/* Private writable pages may all need memory of their own. */
	if ((vmf & (VM_SHARED | VM_WRITE)) == VM_WRITE &&
	    !(flags & MAP_NORESERVE) && !vm_enough_memory(npages))
		goto fail_free;

	if (file != NULL) {
		if (vmf & VM_DENYWRITE) {
			error = deny_write_access(file);
			if (error)
				goto fail_free;
			denied_write = 1;
		}
		vma->vm_file = file;
		get_file(file);
		error = file->f_op->mmap(file, vma);
		if (error)
			goto fail_unmap;
	} else if (flags & MAP_SHARED) {
		error = shmem_zero_setup(vma);
		if (error)
			goto fail_free;
	}

	/* A driver's mmap method may have moved the area or changed flags. */
	addr = vma->vm_start;
	vmf = vma->vm_flags;
	insert_vm_struct(mm, vma);
	/* The insert took its own write denial; drop deny_write_access's. */
	if (denied_write)
		atomic_inc(&file->f_dentry->d_inode->i_writecount);

	mm->total_vm += npages;
	if (vmf & VM_LOCKED) {
		mm->locked_vm += npages;
		make_pages_present(addr, addr + len);
	}
	return addr;

fail_unmap:
	if (denied_write)
		atomic_inc(&file->f_dentry->d_inode->i_writecount);
	vma->vm_file = NULL;
	fput(file);
	/* The driver may have mapped some pages before failing. */
	start = vma->vm_start;
	end = vma->vm_end;
	flush_cache_range(mm, start, end);
	zap_page_range(mm, start, end - start);
	flush_tlb_range(mm, start, end);
fail_free:
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
	struct vm_area_struct *next;

	if (len > TASK_SIZE)
		return 0;
	addr = PAGE_ALIGN(addr ? addr : TASK_UNMAPPED_BASE);

	/* Step over each area in the way, upward from addr. */
	next = find_vma(current->mm, addr);
	for (;;) {
		if (addr > TASK_SIZE - len)
			return 0;
		if (next == NULL || addr + len <= next->vm_start)
			return addr;
		addr = next->vm_end;
		next = next->vm_next;
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
	struct vm_area_struct *vma, *found = NULL;

	if (mm == NULL)
		return NULL;

	vma = mm->mmap_cache;
	if (vma && vma->vm_start <= addr && addr < vma->vm_end)
		return vma;

	if (mm->mmap_avl == NULL) {
		for (vma = mm->mmap; vma != NULL; vma = vma->vm_next) {
			if (vma->vm_end > addr) {
				found = vma;
				break;
			}
		}
	} else {
		vma = mm->mmap_avl;
		while (vma != vm_avl_empty) {
			if (vma->vm_end <= addr) {
				vma = vma->vm_avl_right;
				continue;
			}
			/* A candidate; a lower one may hang to its left. */
			found = vma;
			if (vma->vm_start <= addr)
				break;
			vma = vma->vm_avl_left;
		}
	}
	if (found != NULL)
		mm->mmap_cache = found;
	return found;
}

/*
 * find_vma(), also giving the area before the result in the list (NULL
 * if the result is the first).  It neither uses nor fills mmap_cache.
 */
struct vm_area_struct *find_vma_prev(struct mm_struct *mm, unsigned long addr,
				     struct vm_area_struct **pprev)
{
	struct vm_area_struct *vma, *before = NULL;
	struct vm_area_struct *node, *last_right;

	*pprev = NULL;
	if (mm == NULL)
		return NULL;

	if (mm->mmap_avl == NULL) {
		/* The list: the area before is the one walked last. */
		for (vma = mm->mmap; vma && vma->vm_end <= addr;
		     vma = vma->vm_next)
			before = vma;
		*pprev = before;
		return vma;
	}

	vma = NULL;
	last_right = NULL;
	node = mm->mmap_avl;
	while (node != vm_avl_empty) {
		if (node->vm_end <= addr) {
			last_right = node;
			node = node->vm_avl_right;
			continue;
		}
		/* Lower areas hang off the last right turn ... */
		vma = node;
		before = last_right;
		if (node->vm_start <= addr)
			break;
		node = node->vm_avl_left;
	}
	if (vma == NULL)
		return NULL;
	/* ... unless vma has a left subtree of its own. */
	for (node = vma->vm_avl_left; node != vm_avl_empty;
	     node = node->vm_avl_right)
		before = node;
	if ((before ? before->vm_next : mm->mmap) != vma)
		printk("find_vma_prev: tree inconsistent with list\n");
	*pprev = before;
	return vma;
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
	unsigned long old_start;

	addr &= PAGE_MASK;
	vma = find_vma(mm, addr);
	if (vma == NULL || vma->vm_start <= addr)
		return vma;
	/* addr lies in the gap below vma: only a stack grows into it. */
	if (!(vma->vm_flags & VM_GROWSDOWN))
		return NULL;
	old_start = vma->vm_start;
	if (expand_stack(vma, addr) != 0)
		return NULL;
	if (vma->vm_flags & VM_LOCKED)
		make_pages_present(addr, old_start);
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
	unsigned long end = addr + len;
	unsigned long npages = len >> PAGE_SHIFT;
	struct vm_area_struct *upper = NULL;

	area->vm_mm->total_vm -= npages;
	if (area->vm_flags & VM_LOCKED)
		area->vm_mm->locked_vm -= npages;

	/* Nothing left of it. */
	if (area->vm_start == addr && area->vm_end == end) {
		if (area->vm_ops != NULL && area->vm_ops->close != NULL)
			area->vm_ops->close(area);
		if (area->vm_file != NULL)
			fput(area->vm_file);
		kmem_cache_free(vm_area_cachep, area);
		return extra;
	}

	if (area->vm_end == end) {
		/* The tail went. */
		area->vm_end = addr;
	} else if (area->vm_start == addr) {
		/* The head went: the file offset follows the start. */
		area->vm_pgoff += (end - area->vm_start) >> PAGE_SHIFT;
		area->vm_start = end;
	} else {
		/* A hole: extra becomes the part above it. */
		upper = extra;
		extra = NULL;
		upper->vm_mm = area->vm_mm;
		upper->vm_start = end;
		upper->vm_end = area->vm_end;
		upper->vm_flags = area->vm_flags;
		upper->vm_page_prot = area->vm_page_prot;
		upper->vm_pgoff = area->vm_pgoff +
				  ((end - area->vm_start) >> PAGE_SHIFT);
		upper->vm_raend = 0;
		upper->vm_file = area->vm_file;
		upper->vm_ops = area->vm_ops;
		upper->vm_private_data = area->vm_private_data;
		if (upper->vm_file)
			get_file(upper->vm_file);
		if (upper->vm_ops && upper->vm_ops->open)
			upper->vm_ops->open(upper);
		area->vm_end = addr;
	}

	/* Same file for both pieces: one lock covers them. */
	lock_vma_mappings(area);
	spin_lock(&mm->page_table_lock);
	if (upper != NULL)
		__insert_vm_struct(mm, upper);
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
	unsigned long first, last, first_slot, last_slot;
	struct vm_area_struct *next;

	/* From the 4 MB slot holding start to the one holding end - 1. */
	first = start & PGDIR_MASK;
	last = end + PGDIR_SIZE - 1;
	if (prev == NULL) {
		prev = mm->mmap;
		if (prev != NULL && prev->vm_end > start) {
			/* No area below the gap; this one is above it. */
			if (last > prev->vm_start)
				last = prev->vm_start;
			prev = NULL;
		}
	}
	if (prev != NULL) {
		/* Pass what was put back below the gap. */
		while ((next = prev->vm_next) != NULL && next->vm_start < start)
			prev = next;
		if (next != NULL && last > next->vm_start)
			last = next->vm_start;
		if (prev->vm_end > first)
			first = prev->vm_end + PGDIR_SIZE - 1;
	}

	first_slot = pgd_index(first);
	last_slot = pgd_index(last);
	if (last_slot > first_slot) {
		clear_page_tables(mm, first_slot, last_slot - first_slot);
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
	struct vm_area_struct *vma, *prev, **link, *detached, *spare;
	unsigned long end;

	if ((addr & ~PAGE_MASK) || addr > TASK_SIZE || len > TASK_SIZE - addr)
		return -EINVAL;
	len = PAGE_ALIGN(len);
	if (len == 0)
		return -EINVAL;
	end = addr + len;

	vma = find_vma_prev(mm, addr, &prev);
	/* Nothing mapped in [addr, end). */
	if (vma == NULL || vma->vm_start >= end)
		return 0;

	/* A hole in the middle of an area makes one area more. */
	if (vma->vm_start < addr && end < vma->vm_end &&
	    mm->map_count >= MAX_MAP_COUNT)
		return -ENOMEM;

	/* The spare for a split; after this nothing may fail. */
	spare = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (spare == NULL)
		return -ENOMEM;

	/* Take every area starting below end off the list and tree. */
	link = prev ? &prev->vm_next : &mm->mmap;
	detached = NULL;
	spin_lock(&mm->page_table_lock);
	while (vma != NULL && vma->vm_start < end) {
		*link = vma->vm_next;
		vma->vm_next = detached;
		detached = vma;
		if (mm->mmap_avl)
			avl_remove(vma, &mm->mmap_avl);
		vma = *link;
	}
	mm->mmap_cache = NULL;
	spin_unlock(&mm->page_table_lock);

	/* Now each of them, the highest first. */
	while ((vma = detached) != NULL) {
		unsigned long from, to;
		struct file *held = NULL;

		detached = vma->vm_next;
		from = vma->vm_start > addr ? vma->vm_start : addr;
		to = vma->vm_end < end ? vma->vm_end : end;

		/*
		 * A part that stays is re-inserted by unmap_fixup(), which
		 * takes a write denial again: keep the count from passing
		 * through zero (and letting a writer in) meanwhile.
		 */
		if ((vma->vm_flags & VM_DENYWRITE) && vma->vm_file &&
		    (from != vma->vm_start || to != vma->vm_end)) {
			held = vma->vm_file;
			atomic_dec(&held->f_dentry->d_inode->i_writecount);
		}
		remove_shared_vm_struct(vma);
		mm->map_count--;

		flush_cache_range(mm, from, to);
		zap_page_range(mm, from, to - from);
		flush_tlb_range(mm, from, to);

		spare = unmap_fixup(mm, vma, from, to - from, spare);
		if (held != NULL)
			atomic_inc(&held->f_dentry->d_inode->i_writecount);
	}

	if (spare != NULL)
		kmem_cache_free(vm_area_cachep, spare);
	free_pgtables(mm, prev, addr, end);
	return 0;
}

asmlinkage long sys_munmap(unsigned long addr, size_t len)
{
	struct mm_struct *mm = current->mm;
	long result;

	down(&mm->mmap_sem);
	result = do_munmap(mm, addr, len);
	up(&mm->mmap_sem);
	return result;
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
	unsigned long npages, vmf;
	int error;

	len = PAGE_ALIGN(len);
	if (len == 0)
		return addr;
	npages = len >> PAGE_SHIFT;

	if ((mm->def_flags & VM_LOCKED) &&
	    (mm->locked_vm << PAGE_SHIFT) + len >
	    current->rlim[RLIMIT_MEMLOCK].rlim_cur)
		return -EAGAIN;

	/* Also checks addr and len. */
	error = do_munmap(mm, addr, len);
	if (error)
		return error;

	if ((mm->total_vm << PAGE_SHIFT) + len >
	    current->rlim[RLIMIT_AS].rlim_cur ||
	    mm->map_count > MAX_MAP_COUNT ||
	    !vm_enough_memory(npages))
		return -ENOMEM;

	vmf = vm_flags(PROT_READ | PROT_WRITE | PROT_EXEC,
		       MAP_FIXED | MAP_PRIVATE) | mm->def_flags |
	      VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;

	/* An anonymous area just like it ending at addr just grows. */
	if (addr != 0) {
		vma = find_vma(mm, addr - 1);
		if (vma != NULL && vma->vm_end == addr &&
		    vma->vm_file == NULL && vma->vm_flags == vmf) {
			vma->vm_end = addr + len;
			goto account;
		}
	}

	vma = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (vma == NULL)
		return -ENOMEM;
	vma->vm_mm = mm;
	vma->vm_flags = vmf;
	vma->vm_page_prot = protection_map[vmf & 0x0f];
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	/* Anonymous memory: no file, no methods. */
	vma->vm_pgoff = 0;
	vma->vm_file = NULL;
	vma->vm_ops = NULL;
	vma->vm_private_data = NULL;
	insert_vm_struct(mm, vma);

account:
	mm->total_vm += npages;
	if (vmf & VM_LOCKED) {
		mm->locked_vm += npages;
		make_pages_present(addr, addr + len);
	}
	return addr;
}

/* Build mm's AVL tree from scratch out of its area list. */
void build_mmap_avl(struct mm_struct *mm)
{
	struct vm_area_struct *vma = mm->mmap;

	mm->mmap_avl = vm_avl_empty;
	while (vma != NULL) {
		avl_insert(vma, &mm->mmap_avl);
		vma = vma->vm_next;
	}
}

/*
 * Remove every area of mm and free the user page tables: the address
 * space's last user is gone (exit, or exec replacing it).
 */
void exit_mmap(struct mm_struct *mm)
{
	struct vm_area_struct *vma, *next;

	release_segments(mm);

	/* Detach the whole list; the mm no longer has any area. */
	spin_lock(&mm->page_table_lock);
	vma = mm->mmap;
	mm->mmap = NULL;
	mm->mmap_avl = NULL;
	mm->mmap_cache = NULL;
	spin_unlock(&mm->page_table_lock);
	mm->rss = 0;
	mm->total_vm = 0;
	mm->locked_vm = 0;

	for (; vma != NULL; vma = next) {
		unsigned long start = vma->vm_start;
		unsigned long end = vma->vm_end;

		next = vma->vm_next;
		if (vma->vm_ops && vma->vm_ops->close)
			vma->vm_ops->close(vma);
		mm->map_count--;
		remove_shared_vm_struct(vma);
		flush_cache_range(mm, start, end);
		zap_page_range(mm, start, end - start);
		if (vma->vm_file)
			fput(vma->vm_file);
		kmem_cache_free(vm_area_cachep, vma);
	}

	/* Only a debugging aid: every area was counted once. */
	if (mm->map_count != 0)
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
	struct vm_area_struct **link;
	struct file *file = vmp->vm_file;

	if (mm->mmap_avl == NULL) {
		/* After every area that starts at or below vmp. */
		link = &mm->mmap;
		while (*link != NULL && (*link)->vm_start <= vmp->vm_start)
			link = &(*link)->vm_next;
	} else {
		struct vm_area_struct *left, *right;

		/* The tree gives the neighbours: link in after the left one. */
		avl_insert_neighbours(vmp, &mm->mmap_avl, &left, &right);
		link = left ? &left->vm_next : &mm->mmap;
		if (*link != right)
			printk("insert_vm_struct: tree inconsistent with list\n");
	}
	vmp->vm_next = *link;
	*link = vmp;

	/* From now on the tree is kept, even if the count drops again. */
	mm->map_count++;
	if (mm->mmap_avl == NULL && mm->map_count >= AVL_MIN_MAP_COUNT)
		build_mmap_avl(mm);

	if (file != NULL) {
		struct inode *inode = file->f_dentry->d_inode;
		struct vm_area_struct **head;

		if (vmp->vm_flags & VM_DENYWRITE)
			atomic_dec(&inode->i_writecount);

		/* Push vmp at the head of the file's shared or private list. */
		if (vmp->vm_flags & VM_SHARED)
			head = &inode->i_mapping->i_mmap_shared;
		else
			head = &inode->i_mapping->i_mmap;
		vmp->vm_next_share = *head;
		if (*head != NULL)
			(*head)->vm_pprev_share = &vmp->vm_next_share;
		*head = vmp;
		vmp->vm_pprev_share = head;
	}
}

void insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vmp)
{
	/* 2.4.0 takes the current task's page_table_lock, not mm's. */
	spinlock_t *ptl = &current->mm->page_table_lock;

	lock_vma_mappings(vmp);
	spin_lock(ptl);
	__insert_vm_struct(mm, vmp);
	spin_unlock(ptl);
	unlock_vma_mappings(vmp);
}
