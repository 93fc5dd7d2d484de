// SPDX-License-Identifier: GPL-2.0-only
/*
 * In-kernel checks of the page-fault side of virtual memory on the real
 * machine (情景分析 §2.4 越界访问, §2.5 用户堆栈的扩展, copy-on-write):
 * a test address space is made current (its pgd in CR3), areas are
 * mapped with do_mmap_pgoff, and user addresses are touched from kernel
 * mode with get_user/put_user/copy_*_user, so every fault goes through
 * do_page_fault: demand-zero pages (the zero page for reads), COW after
 * copy_page_range, mprotect, munmap splitting, stack growth, the
 * exception table for bad pointers, the vmalloc_fault path.  The
 * user-mode branches (the 32-bytes-below-%esp rule, SIGSEGV) are
 * reached by calling do_page_fault with a user-mode pt_regs after
 * loading CR2.  Everything is torn down at the end and the free page
 * count must come back.  Each check prints one line (kcheck.h).
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/swap.h>
#include <linux/highmem.h>
#include <linux/vmalloc.h>
#include <asm/page.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>
#include <asm/uaccess.h>
#include <asm/segment.h>
#include <asm/system.h>
#include <asm/ptrace.h>
#include "kcheck.h"

extern asmlinkage long sys_mprotect(unsigned long start, size_t len,
				    unsigned long prot);
extern asmlinkage void do_page_fault(struct pt_regs *regs,
				     unsigned long error_code);
extern int __verify_write(const void *addr, unsigned long size);

#define P	PAGE_SIZE

/*
 * get_user/put_user, then a compiler barrier: the fault they may take
 * changes page tables, areas and counters, and their asm tells gcc of
 * no memory change.
 */
#define vget(x, ptr)	({ int __r = get_user(x, ptr); barrier(); __r; })
#define vput(x, ptr)	({ int __r = put_user(x, ptr); barrier(); __r; })

/* mm_structs of their own: kernel/fork.c's mm_cachep is not ported. */
static struct mm_struct vm_mm1, vm_mm2;

/* What the checks change in the boot task, put back at the end. */
static struct mm_struct *saved_mm, *saved_active_mm;
static mm_segment_t saved_fs;
static struct rlimit saved_rlim[RLIM_NLIMITS];

/* 2.4.0's mm_init(): one user, one reference, an empty page directory. */
static int vm_mm_init(struct mm_struct *mm)
{
	memset(mm, 0, sizeof(*mm));
	atomic_set(&mm->mm_users, 1);
	atomic_set(&mm->mm_count, 1);
	init_MUTEX(&mm->mmap_sem);
	mm->page_table_lock = SPIN_LOCK_UNLOCKED;
	INIT_LIST_HEAD(&mm->mmlist);
	mm->pgd = pgd_alloc();
	return mm->pgd != NULL;
}

/* Make mm the current address space, as switch_mm() would (CR3). */
static void vm_use_mm(struct mm_struct *mm)
{
	current->mm = mm;
	current->active_mm = mm;
	load_cr3(mm->pgd);
}

/* The pte mapping addr in mm, or NULL if there is no page table. */
static pte_t *vm_pte(struct mm_struct *mm, unsigned long addr)
{
	pmd_t *pmd = pmd_offset(pgd_offset(mm, addr), addr);

	if (pmd_none(*pmd) || pmd_bad(*pmd))
		return NULL;
	return pte_offset(pmd, addr);
}

static pte_t vm_pteval(struct mm_struct *mm, unsigned long addr)
{
	pte_t *pte = vm_pte(mm, addr);

	return pte ? *pte : __pte(0);
}

/* The page mapped at addr, or NULL. */
static struct page *vm_page(struct mm_struct *mm, unsigned long addr)
{
	pte_t pte = vm_pteval(mm, addr);

	return pte_present(pte) ? pte_page(pte) : NULL;
}

/* Byte off of page, read through its kernel address. */
static unsigned char vm_peek(struct page *page, unsigned long off)
{
	unsigned char c, *p = kmap(page);

	c = p[off];
	kunmap(page);
	return c;
}

/* Are all bytes of page zero, except those in [skip, skip + n)? */
static int vm_zero_except(struct page *page, unsigned long skip,
			  unsigned long n)
{
	unsigned char *p = kmap(page);
	unsigned long i;
	int ok = 1;

	for (i = 0; i < P; i++)
		if (p[i] && (i < skip || i >= skip + n))
			ok = 0;
	kunmap(page);
	return ok;
}

static unsigned long vm_mmap(unsigned long addr, unsigned long len,
			     unsigned long prot, unsigned long flags)
{
	struct mm_struct *mm = current->mm;
	unsigned long ret;

	down(&mm->mmap_sem);
	ret = do_mmap_pgoff(NULL, addr, len, prot, flags, 0);
	up(&mm->mmap_sem);
	return ret;
}

/*
 * Enter do_page_fault as if user code at %esp = esp had faulted at
 * address: CR2 is writable, so load it and pass a user-mode frame.
 */
static void vm_user_fault(unsigned long address, unsigned long esp,
			  unsigned long error_code)
{
	struct pt_regs regs;
	unsigned long flags;

	memset(&regs, 0, sizeof(regs));
	regs.xcs = __USER_CS;
	regs.xds = regs.xes = regs.xss = __USER_DS;
	regs.esp = esp;
	regs.eip = 0x08048000;
	save_flags(flags);
	cli();
	__asm__ __volatile__("movl %0, %%cr2" : : "r" (address));
	do_page_fault(&regs, error_code | 4);
	restore_flags(flags);
}

/* Was sig posted to current?  Clears it. */
static int vm_took_signal(int sig)
{
	int got = sigismember(&current->pending.signal, sig) &&
		  current->sigpending;

	sigdelset(&current->pending.signal, sig);
	current->sigpending = 0;
	return got;
}

/* §2.5: read faults map the zero page, write faults a page of their own. */
static void check_demand_paging(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma = find_vma(mm, addr);
	unsigned long flt = current->min_flt;
	unsigned char c = 0xff;
	struct page *page, *zero = ZERO_PAGE(addr);
	pte_t pte;
	int r;

	kcheck(addr == TASK_UNMAPPED_BASE && vma && vma->vm_start == addr &&
	       vma->vm_end == addr + 4 * P,
	       "do_mmap_pgoff: 4 anonymous pages at TASK_UNMAPPED_BASE "
	       "(%08lx)", addr);
	kcheck(vma && vma->vm_flags == (VM_READ | VM_WRITE | VM_MAYREAD |
					VM_MAYWRITE | VM_MAYEXEC) &&
	       pgprot_val(vma->vm_page_prot) == pgprot_val(PAGE_COPY),
	       "private writable area: flags 0x73, PAGE_COPY (read-only ptes)");
	kcheck(pte_none(vm_pteval(mm, addr)) && mm->rss == 0,
	       "nothing is mapped before the first touch");

	r = vget(c, (unsigned char *) addr);
	pte = vm_pteval(mm, addr);
	kcheck(r == 0 && c == 0, "read fault: get_user returns 0 and reads 0");
	kcheck(pte_present(pte) && pte_page(pte) == zero && !pte_write(pte) &&
	       mm->rss == 0,
	       "read fault maps the zero page read-only, rss 0 (pte %08lx)",
	       pte_val(pte));
	kcheck(current->min_flt == flt + 1,
	       "it counted as one minor fault (min_flt)");

	r = vput(0x5a, (unsigned char *) (addr + P + 10));
	pte = vm_pteval(mm, addr + P);
	page = vm_page(mm, addr + P);
	kcheck(r == 0 && page && page != zero && page_count(page) == 1 &&
	       pte_write(pte) && pte_dirty(pte) && mm->rss == 1,
	       "write fault on a missing page: a page of its own, writable "
	       "and dirty, count 1, rss 1 (pte %08lx)", pte_val(pte));
	kcheck(page && vm_peek(page, 10) == 0x5a &&
	       vm_zero_except(page, 10, 1),
	       "the new page was zeroed, then written");

	r = vput(0x11, (unsigned char *) (addr + 5));
	pte = vm_pteval(mm, addr);
	page = vm_page(mm, addr);
	kcheck(r == 0 && page && page != zero && pte_write(pte) &&
	       mm->rss == 2 && vm_peek(page, 5) == 0x11 &&
	       vm_zero_except(page, 5, 1) && vm_zero_except(zero, 0, 0),
	       "write to the zero page: do_wp_page copies it (rss 2), the "
	       "zero page stays zero");
	flt = current->min_flt;
	r = vput(0x12, (unsigned char *) (addr + 6));
	kcheck(r == 0 && current->min_flt == flt,
	       "a second write to the now writable page does not fault");
}

/* mprotect: the kernel honours read-only ptes too (CR0.WP). */
static void check_mprotect(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma;
	struct page *page = vm_page(mm, addr + P);
	unsigned char c = 0, buf[8] = "abcdefg";
	long r;

	r = sys_mprotect(addr, 4 * P, PROT_READ);
	vma = find_vma(mm, addr);
	kcheck(r == 0 && vma && !(vma->vm_flags & VM_WRITE) &&
	       !pte_write(vm_pteval(mm, addr + P)),
	       "mprotect(PROT_READ): area and ptes read-only");
	kcheck(copy_to_user((void *) (addr + P), buf, 8) == 8 &&
	       vm_peek(page, 0) == 0,
	       "copy_to_user into it copies nothing (returns 8): WP fault, "
	       "bad area, exception table");
	kcheck(vput(1, (int *) (addr + P)) == -EFAULT,
	       "put_user into it returns -EFAULT");
	kcheck(vget(c, (unsigned char *) (addr + P + 10)) == 0 &&
	       c == 0x5a, "get_user from it still works");

	r = sys_mprotect(addr, 4 * P, PROT_READ | PROT_WRITE);
	kcheck(r == 0 && vput(0x5b, (unsigned char *) (addr + P + 11)) == 0 &&
	       vm_page(mm, addr + P) == page &&
	       pte_write(vm_pteval(mm, addr + P)) && page_count(page) == 1,
	       "mprotect back to read-write: a write reuses the page in place "
	       "(count 1, no copy)");
}

/* munmap of the middle page splits the area in two. */
static void check_munmap_split(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *lo, *hi;
	unsigned char c = 0xff;
	int r;

	down(&mm->mmap_sem);
	r = do_munmap(mm, addr + P, P);
	up(&mm->mmap_sem);
	lo = find_vma(mm, addr);
	hi = find_vma(mm, addr + P);
	kcheck(r == 0 && mm->map_count == 2 && lo && hi && lo != hi &&
	       lo->vm_start == addr && lo->vm_end == addr + P &&
	       hi->vm_start == addr + 2 * P && hi->vm_end == addr + 4 * P,
	       "do_munmap of the 2nd page splits the area: [%08lx,%08lx) "
	       "[%08lx,%08lx)", lo ? lo->vm_start : 0, lo ? lo->vm_end : 0,
	       hi ? hi->vm_start : 0, hi ? hi->vm_end : 0);
	kcheck(mm->rss == 1 && pte_none(vm_pteval(mm, addr + P)),
	       "its page is gone: pte clear, rss 1");
	kcheck(vget(c, (unsigned char *) (addr + P)) == -EFAULT && c == 0,
	       "get_user in the hole: -EFAULT, value 0");
	kcheck(vget(c, (unsigned char *) (addr + 5)) == 0 && c == 0x11,
	       "the page before the hole is intact");
}

/* fork's copy_page_range, then copy-on-write on both sides. */
static void check_cow(struct mm_struct *mm1, struct mm_struct *mm2,
		      unsigned long addr)
{
	struct vm_area_struct *vma;
	struct page *old, *zero = ZERO_PAGE(addr);
	unsigned char c = 0;
	int ok = 1, zc = page_count(zero);

	/* Read page 3 first: the zero page is shared without a count. */
	vget(c, (unsigned char *) (addr + 3 * P));
	old = vm_page(mm1, addr);

	/* dup_mmap: each area copied, then its page tables. */
	for (vma = mm1->mmap; vma; vma = vma->vm_next) {
		struct vm_area_struct *tmp;

		tmp = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
		if (!tmp) {
			ok = 0;
			break;
		}
		*tmp = *vma;
		tmp->vm_flags &= ~VM_LOCKED;
		tmp->vm_mm = mm2;
		tmp->vm_next = NULL;
		insert_vm_struct(mm2, tmp);
		if (copy_page_range(mm2, mm1, tmp))
			ok = 0;
	}
	mm2->rss = mm1->rss;		/* copy_mm copied the whole struct */
	mm2->total_vm = mm1->total_vm;
	flush_tlb_mm(mm1);

	kcheck(ok && mm2->map_count == mm1->map_count,
	       "copy_page_range for each of the %d areas", mm1->map_count);
	kcheck(!pte_write(vm_pteval(mm1, addr)) &&
	       !pte_write(vm_pteval(mm2, addr)) &&
	       vm_page(mm2, addr) == old && page_count(old) == 2,
	       "private writable page: write-protected on both sides, one "
	       "page, count 2");
	kcheck(vm_page(mm2, addr + 3 * P) == zero && page_count(zero) == zc,
	       "a zero-page mapping is copied without a count");

	/* The parent (current) writes: it gets the copy. */
	kcheck(vput(0x22, (unsigned char *) (addr + 5)) == 0 &&
	       vm_page(mm1, addr) != old && pte_write(vm_pteval(mm1, addr)) &&
	       page_count(old) == 1 && vm_peek(vm_page(mm1, addr), 5) == 0x22 &&
	       vm_peek(vm_page(mm1, addr), 6) == 0x12 && vm_peek(old, 5) == 0x11,
	       "write in the parent: COW gives it a copy, the old page is "
	       "back to count 1, the child still sees the old data");

	/* The child writes: last user of the old page, so no copy. */
	vm_use_mm(mm2);
	kcheck(vput(0x33, (unsigned char *) (addr + 5)) == 0 &&
	       vm_page(mm2, addr) == old && pte_write(vm_pteval(mm2, addr)) &&
	       page_count(old) == 1 && vm_peek(old, 5) == 0x33 &&
	       vm_peek(vm_page(mm1, addr), 5) == 0x22,
	       "write in the child: count 1, do_wp_page reuses the page in "
	       "place");
	kcheck(vput(0x44, (unsigned char *) (addr + 3 * P)) == 0 &&
	       vm_page(mm2, addr + 3 * P) != zero && mm2->rss == mm1->rss + 1,
	       "write to the shared zero page in the child: a private copy, "
	       "rss + 1");
	vm_use_mm(mm1);
}

/* §2.5: a VM_GROWSDOWN area grows down to a faulting address. */
static void check_stack(struct mm_struct *mm)
{
	unsigned long top = TASK_SIZE - P, a;
	struct vm_area_struct *vma;
	unsigned long flt;
	int v = 0, r;

	a = vm_mmap(top, P, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_GROWSDOWN);
	vma = find_vma(mm, top);
	kcheck(a == top && vma && (vma->vm_flags & VM_GROWSDOWN),
	       "MAP_GROWSDOWN area [%08lx,%08lx) is VM_GROWSDOWN", top,
	       TASK_SIZE);
	if (!vma)
		return;

	/*
	 * Kernel mode: no %esp rule, expand_stack at once.
	 */
	r = vput(7, (int *) (top - P + 100));
	kcheck(r == 0 && vma->vm_start == top - P &&
	       vget(v, (int *) (top - P + 100)) == 0 && v == 7,
	       "put_user one page below it: expand_stack, vm_start %08lx",
	       vma->vm_start);

	/* User mode, %esp far above the address: a bug, not growth. */
	a = top - 3 * P + 8;
	vm_user_fault(a, a + 64, 2);
	kcheck(vma->vm_start == top - P && vm_took_signal(SIGSEGV),
	       "user write 64 bytes below %%esp under the stack: bad area, "
	       "SIGSEGV, no growth");

	/* Within 32 bytes below %esp (pusha): the stack grows. */
	flt = current->min_flt;
	vm_user_fault(a, a + 16, 2);
	kcheck(vma->vm_start == (a & PAGE_MASK) && !vm_took_signal(SIGSEGV) &&
	       current->min_flt == flt + 1 && vm_page(mm, a) != NULL,
	       "user write 16 bytes below %%esp: expand_stack to %08lx and "
	       "a page", vma->vm_start);
}

/* The other user-mode bad areas: SIGSEGV, never an oops. */
static void check_user_segv(struct mm_struct *mm, unsigned long addr)
{
	vm_user_fault(0x1000, 0xbffff000, 0);
	kcheck(vm_took_signal(SIGSEGV),
	       "user read of an unmapped address: SIGSEGV (SEGV_MAPERR)");
	vm_user_fault(addr + 2 * P, 0xbffff000, 0);
	kcheck(!vm_took_signal(SIGSEGV) && vm_page(mm, addr + 2 * P),
	       "user read of a mapped page: no signal, the page is there");
	vm_user_fault(PAGE_OFFSET + 0x1000, 0xbffff000, 1);
	kcheck(vm_took_signal(SIGSEGV),
	       "user read of a kernel address: vmalloc_fault finds nothing "
	       "to copy, SIGSEGV");
}

/*
 * A nopage method for check_fault_paths: by the page's index in its
 * area, 0 gives a zeroed page of its own, 1 has none (SIGBUS), 2 no
 * memory (OOM).
 */
static struct page *vm_test_nopage(struct vm_area_struct *vma,
				   unsigned long address, int no_share)
{
	struct page *page;

	switch ((address - vma->vm_start) >> PAGE_SHIFT) {
	case 1:
		return NOPAGE_SIGBUS;
	case 2:
		return NOPAGE_OOM;
	}
	page = alloc_page(GFP_HIGHUSER);
	if (!page)
		return NOPAGE_OOM;
	clear_user_highpage(page, address);
	return page;
}

static struct vm_operations_struct vm_test_ops = {
	nopage: vm_test_nopage,
};

/* mmap_sem is free again (every path of do_page_fault let it go). */
static int vm_sem_free(struct mm_struct *mm)
{
	return atomic_read(&mm->mmap_sem.count) == 1;
}

/* Did the last fault leave cr2, error_code and trap 14 in thread? */
static int vm_thread_saw(unsigned long address, unsigned long error_code)
{
	return current->thread.cr2 == address &&
	       current->thread.error_code == error_code &&
	       current->thread.trap_no == 14;
}

/*
 * do_page_fault's other answers: the access checks of good_area for
 * each error code, major faults, SIGBUS and out of memory from a
 * nopage method (kernel and user mode), mmap_sem released on every
 * path; and __verify_write, which the 386 would use.
 */
static void check_fault_paths(struct mm_struct *mm)
{
	unsigned long rw, ro, none, xo, np, two, a, maj, min;
	struct vm_area_struct *vma, *stack;
	unsigned char c = 0;
	unsigned long rss;
	int r;

	rw = vm_mmap(0, 2 * P, PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS);
	ro = vm_mmap(0, 2 * P, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS);
	none = vm_mmap(0, P, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS);
	xo = vm_mmap(0, P, PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS);
	np = vm_mmap(0, 3 * P, PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS);
	two = vm_mmap(0, 2 * P, PROT_READ | PROT_WRITE,
		      MAP_PRIVATE | MAP_ANONYMOUS);
	vma = find_vma(mm, np);
	if (!kcheck(vma && vma->vm_start == np && vma->vm_end == np + 3 * P &&
		    (!find_vma(mm, two + 2 * P) ||
		     find_vma(mm, two + 2 * P)->vm_start > two + 2 * P),
		    "six more test areas for the fault paths"))
		return;
	vma->vm_ops = &vm_test_ops;

	/* good_area: which error codes each area allows (user mode). */
	vm_user_fault(ro + 8, 0xbffff000, 2);
	kcheck(vm_took_signal(SIGSEGV) && vm_thread_saw(ro + 8, 6) &&
	       pte_none(vm_pteval(mm, ro)) && vm_sem_free(mm),
	       "user write to a read-only area: SIGSEGV; cr2, error code 6, "
	       "trap 14 kept in thread");
	vm_user_fault(ro + P, 0xbffff000, 0);
	kcheck(!vm_took_signal(SIGSEGV) && vm_page(mm, ro + P) != NULL,
	       "user read of it: the page is mapped, no signal");
	vm_user_fault(ro + P, 0xbffff000, 3);
	kcheck(vm_took_signal(SIGSEGV) && vm_thread_saw(ro + P, 7),
	       "user write to its present page (error 7): SIGSEGV");
	vm_user_fault(rw, 0xbffff000, 1);
	kcheck(vm_took_signal(SIGSEGV) && vm_page(mm, rw) == NULL &&
	       vm_sem_free(mm),
	       "a read protection fault (error 5) is always a bad area");
	vm_user_fault(none, 0xbffff000, 0);
	kcheck(vm_took_signal(SIGSEGV) && vm_page(mm, none) == NULL,
	       "user read of a PROT_NONE area: SIGSEGV");
	kcheck(vget(c, (unsigned char *) none) == -EFAULT &&
	       !vm_took_signal(SIGSEGV) && vm_sem_free(mm),
	       "kernel read of it: -EFAULT through the exception table");
	vm_user_fault(xo + 4, 0xbffff000, 0);
	kcheck(!vm_took_signal(SIGSEGV) && vm_page(mm, xo) != NULL,
	       "user read of an exec-only area: allowed (VM_EXEC), mapped");
	min = current->min_flt;
	vm_user_fault(rw + P, 0xbffff000, 2);
	kcheck(!vm_took_signal(SIGSEGV) && pte_write(vm_pteval(mm, rw + P)) &&
	       current->min_flt == min + 1,
	       "user write to a missing page of a writable area: a writable "
	       "page, one minor fault");

	/* A nopage method: major faults, SIGBUS, out of memory. */
	maj = current->maj_flt;
	min = current->min_flt;
	rss = mm->rss;
	kcheck(vget(c, (unsigned char *) (np + 5)) == 0 && c == 0 &&
	       current->maj_flt == maj + 1 && current->min_flt == min &&
	       mm->rss == rss + 1,
	       "nopage gives a page: a major fault (maj_flt), rss + 1");
	r = vget(c, (unsigned char *) (np + P + 6));
	kcheck(r == -EFAULT && vm_took_signal(SIGBUS) &&
	       vm_thread_saw(np + P + 6, 0) && vm_sem_free(mm),
	       "kernel read where nopage has no page: SIGBUS, then the "
	       "exception table (-EFAULT)");
	vm_user_fault(np + P, 0xbffff000, 0);
	kcheck(vm_took_signal(SIGBUS) && vm_thread_saw(np + P, 4) &&
	       vm_sem_free(mm), "user read of it: SIGBUS");
	r = vget(c, (unsigned char *) (np + 2 * P));
	kcheck(r == -EFAULT && !vm_took_signal(SIGKILL) &&
	       !vm_took_signal(SIGBUS) && vm_sem_free(mm),
	       "kernel read where nopage is out of memory: no_context, "
	       "-EFAULT, no signal");

	/* __verify_write (the 386's write check), on the same areas. */
	kcheck(__verify_write((void *) 0, 0) == 1,
	       "__verify_write of 0 bytes: 1 without looking");
	a = rw + P - 3;
	vm_took_signal(SIGSEGV);
	kcheck(__verify_write((void *) (rw + 10), 4) == 1 &&
	       pte_write(vm_pteval(mm, rw)) && vm_page(mm, rw) != NULL,
	       "__verify_write in a writable area: 1, the page faulted in "
	       "for writing");
	kcheck(ro == rw + 2 * P && __verify_write((void *) a, 6) == 1 &&
	       __verify_write((void *) (rw + 2 * P - 3), 6) == 0 &&
	       vm_sem_free(mm),
	       "__verify_write running on into a read-only area: 0");
	kcheck(sys_mprotect(two + P, P, PROT_READ | PROT_WRITE | PROT_EXEC)
	       == 0 && find_vma(mm, two) != find_vma(mm, two + P) &&
	       __verify_write((void *) (two + P - 3), 6) == 1 &&
	       pte_write(vm_pteval(mm, two + P)),
	       "__verify_write across two adjacent writable areas: 1");
	kcheck(__verify_write((void *) (two + 2 * P - 3), 6) == 0,
	       "__verify_write running on into a hole: 0");
	kcheck(__verify_write((void *) (ro + 4), 1) == 0 &&
	       __verify_write((void *) none, 1) == 0,
	       "__verify_write in a read-only or PROT_NONE area: 0");
	kcheck(__verify_write((void *) (np + P - 4), 8) == 0 &&
	       vm_took_signal(SIGBUS) == 0,
	       "__verify_write into a page nopage cannot give: 0");
	kcheck(__verify_write((void *) TASK_SIZE, 4) == 0,
	       "__verify_write above every area: 0");

	stack = find_vma(mm, TASK_SIZE - P);
	if (stack && (stack->vm_flags & VM_GROWSDOWN)) {
		a = stack->vm_start;
		kcheck(__verify_write((void *) (a - P - 8), 2 * P) == 1 &&
		       stack->vm_start == a - 2 * P &&
		       vm_page(mm, a - 2 * P) && vm_page(mm, a - P),
		       "__verify_write below the stack: expand_stack, 1, "
		       "the pages faulted in");
	}
	kcheck(vm_sem_free(mm) && !vm_took_signal(SIGSEGV),
	       "no signal and mmap_sem free after the __verify_write calls");
}

/* §2.4: bad user pointers given to the kernel: -EFAULT, never an oops. */
static void check_bad_pointers(struct mm_struct *mm, unsigned long addr)
{
	unsigned char buf[16];
	char str[16];
	int x = 5, i, ok;
	unsigned short h = 5;
	unsigned long end0 = addr + P;	/* page 1 is the hole */

	memset(buf, 0xaa, sizeof(buf));
	kcheck(copy_from_user(buf, (void *) 0x1000, 16) == 16 &&
	       buf[0] == 0 && buf[15] == 0,
	       "copy_from_user from an unmapped address: 16 not copied, the "
	       "buffer zeroed");
	kcheck(vget(x, (int *) 0x1000) == -EFAULT && x == 0,
	       "get_user from an unmapped address: -EFAULT, value 0");
	kcheck(vput(1, (int *) 0x1000) == -EFAULT,
	       "put_user to an unmapped address: -EFAULT");

	/*
	 * Across the end of page 0: the first two longwords are copied,
	 * the third faults.  (A longword straddling the end is not copied
	 * at all: 2.4.0's counts are in whole longwords, plus the tail.)
	 */
	memset(buf, 0xaa, sizeof(buf));
	copy_to_user((void *) (end0 - 8), "01234567", 8);
	ok = copy_from_user(buf, (void *) (end0 - 8), 16) == 8;
	for (i = 0; i < 16; i++)
		if (buf[i] != (i < 8 ? '0' + i : 0))
			ok = 0;
	kcheck(ok, "copy_from_user across the end of a mapping: 8 copied, 8 "
	       "not, the rest of the buffer zeroed");
	kcheck(copy_to_user((void *) (end0 - 8), "abcdefghijklmnop", 16) == 8 &&
	       vget(buf[0], (unsigned char *) (end0 - 8)) == 0 &&
	       buf[0] == 'a' && vget(buf[1], (unsigned char *) (end0 - 1))
	       == 0 && buf[1] == 'h',
	       "copy_to_user across the end of a mapping: 8 copied, 8 not");

	kcheck(!access_ok(VERIFY_READ, (void *) (TASK_SIZE - 4), 8) &&
	       access_ok(VERIFY_READ, (void *) (TASK_SIZE - 8), 8) &&
	       !access_ok(VERIFY_READ, (void *) 0xfffffff0, 0x20),
	       "access_ok: ranges must end at or below TASK_SIZE, no wrap");
	kcheck(copy_from_user(buf, (void *) PAGE_OFFSET, 4) == 4 &&
	       vget(x, (int *) PAGE_OFFSET) == -EFAULT &&
	       vput(0, (int *) PAGE_OFFSET) == -EFAULT,
	       "under USER_DS kernel addresses are refused before any access");
	kcheck(vget(h, (unsigned short *) (TASK_SIZE - 1)) == -EFAULT &&
	       vget(x, (int *) (TASK_SIZE - 2)) == -EFAULT,
	       "getuser.S: an object straddling TASK_SIZE is refused");
	{
		int r;

		__put_user_x(4, r, 0x01020304, (int *) (addr + 8));
		kcheck(r == 0 && vget(x, (int *) (addr + 8)) == 0 &&
		       x == 0x01020304, "putuser.S __put_user_4 stores");
		__put_user_x(2, r, 1, (short *) 0x1000);
		kcheck(r == -EFAULT, "putuser.S __put_user_2 to a hole: -EFAULT");
	}

	set_fs(KERNEL_DS);
	x = 0;
	kcheck(vget(x, (int *) &saved_fs) == 0 &&
	       x == (int) saved_fs.seg,
	       "under KERNEL_DS get_user reads kernel memory");
	x = 5;
	kcheck(vget(x, (int *) (VMALLOC_START - P)) == -EFAULT && x == 0,
	       "an unmapped kernel address: vmalloc_fault, no_context, "
	       "exception table: -EFAULT");
	set_fs(USER_DS);

	copy_to_user((void *) (addr + 100), "hello", 6);
	kcheck(strncpy_from_user(str, (char *) (addr + 100), 16) == 5 &&
	       !strcmp(str, "hello"), "strncpy_from_user: length 5, copied");
	kcheck(strncpy_from_user(str, (char *) (addr + 100), 3) == 3 &&
	       strncpy_from_user(str, (char *) 0x1000, 3) == -EFAULT &&
	       strncpy_from_user(str, (char *) PAGE_OFFSET, 3) == -EFAULT,
	       "strncpy_from_user: count reached gives count; bad pointers "
	       "-EFAULT");
	kcheck(strnlen_user((char *) (addr + 100), 16) == 6 &&
	       strnlen_user((char *) (addr + 100), 3) == 4 &&
	       strnlen_user((char *) 0x1000, 3) == 0 &&
	       strnlen_user((char *) PAGE_OFFSET, 3) == 0,
	       "strnlen_user: 6 with the NUL, n+1 if longer, 0 if bad");
	kcheck(clear_user((void *) (addr + 100), 6) == 0 &&
	       strnlen_user((char *) (addr + 100), 16) == 1 &&
	       clear_user((void *) (end0 - 8), 16) == 8 &&
	       vget(buf[0], (unsigned char *) (end0 - 1)) == 0 &&
	       buf[0] == 0,
	       "clear_user: clears, and stops at the hole (8 left)");
}

/* A kernel fault in vmalloc space repairs a stale page directory. */
static void check_vmalloc_fault(struct mm_struct *mm)
{
	int *v = vmalloc(P);
	unsigned long i;
	pgd_t saved;
	int x = 0;

	if (!v) {
		kcheck(0, "vmalloc for the vmalloc_fault check");
		return;
	}
	*v = 0x5a5a;
	i = pgd_index((unsigned long) v);
	saved = mm->pgd[i];
	mm->pgd[i] = __pgd(0);
	__flush_tlb_one(v);
	x = *(volatile int *) v;
	kcheck(x == 0x5a5a && pgd_val(mm->pgd[i]) ==
	       pgd_val(swapper_pg_dir[i]) && pgd_val(saved) == pgd_val(mm->pgd[i]),
	       "vmalloc_fault: a missing kernel pgd entry is copied from "
	       "swapper_pg_dir (slot %lu)", i);
	vfree(v);
}

void mm_vm_checks(void)
{
	struct mm_struct *mm1 = &vm_mm1, *mm2 = &vm_mm2;
	unsigned int free0, zc;
	unsigned long addr;
	int i, ok;

	printk("vm checks: page faults, COW, user access (§2.4, §2.5)\n");

	/* Stand-in for proc_caches_init() (kernel/fork.c not ported). */
	if (!vm_area_cachep)
		vm_area_cachep = kmem_cache_create("vm_area_struct",
						   sizeof(struct vm_area_struct),
						   0, SLAB_HWCACHE_ALIGN,
						   NULL, NULL);
	if (!kcheck(vm_area_cachep != NULL, "vm_area_struct cache exists"))
		return;
	/* Warm up what stays allocated afterwards (slabs, kernel tables). */
	vfree(vmalloc(P));
	kmem_cache_shrink(vm_area_cachep);
	free0 = nr_free_pages();
	zc = page_count(ZERO_PAGE(0));

	saved_mm = current->mm;
	saved_active_mm = current->active_mm;
	saved_fs = get_fs();
	memcpy(saved_rlim, current->rlim, sizeof(saved_rlim));
	for (i = 0; i < RLIM_NLIMITS; i++)
		current->rlim[i].rlim_cur = current->rlim[i].rlim_max =
			RLIM_INFINITY;
	current->rlim[RLIMIT_STACK].rlim_cur = _STK_LIM;
	set_fs(USER_DS);

	if (!vm_mm_init(mm1) || !vm_mm_init(mm2)) {
		kcheck(0, "pgd_alloc for two test address spaces");
		goto out;
	}
	ok = 1;
	for (i = 0; i < USER_PTRS_PER_PGD; i++)
		if (pgd_val(mm1->pgd[i]))
			ok = 0;
	for (; i < PTRS_PER_PGD; i++)
		if (pgd_val(mm1->pgd[i]) != pgd_val(swapper_pg_dir[i]))
			ok = 0;
	kcheck(ok, "pgd_alloc: 768 empty user entries, the kernel's 256 "
	       "copied from swapper_pg_dir");
	vm_use_mm(mm1);

	addr = vm_mmap(0, 4 * P, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS);
	check_demand_paging(mm1, addr);
	check_mprotect(mm1, addr);
	check_munmap_split(mm1, addr);
	check_cow(mm1, mm2, addr);
	check_stack(mm1);
	check_user_segv(mm1, addr);
	check_fault_paths(mm1);
	check_bad_pointers(mm1, addr);
	check_vmalloc_fault(mm1);

	exit_mmap(mm2);
	exit_mmap(mm1);
	ok = 1;
	for (i = 0; i < USER_PTRS_PER_PGD; i++)
		if (pgd_val(mm1->pgd[i]) || pgd_val(mm2->pgd[i]))
			ok = 0;
	kcheck(ok && !mm1->mmap && !mm2->mmap && !mm1->map_count &&
	       !mm2->map_count && !mm1->rss && !mm2->rss,
	       "exit_mmap: no areas, rss 0, every user page table freed");
out:
	current->mm = saved_mm;
	current->active_mm = saved_active_mm;
	load_cr3(swapper_pg_dir);
	set_fs(saved_fs);
	memcpy(current->rlim, saved_rlim, sizeof(saved_rlim));
	if (mm1->pgd)
		pgd_free(mm1->pgd);
	if (mm2->pgd)
		pgd_free(mm2->pgd);
	kmem_cache_shrink(vm_area_cachep);
	kcheck(nr_free_pages() == free0 && page_count(ZERO_PAGE(0)) == zc,
	       "every page came back: nr_free_pages %u (before %u), zero page "
	       "count unchanged", nr_free_pages(), free0);
}
