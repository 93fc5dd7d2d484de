// SPDX-License-Identifier: GPL-2.0-only
/*
 * The page-fault handler: find the area the faulting address lies in,
 * grow a stack down to it, check the access against the area, and let
 * handle_mm_fault() bring the page in.  An access outside every area or
 * against its protection is 越界访问: SIGSEGV in user mode, the
 * exception table or an oops in the kernel.
 * 情景分析 §2.4, §2.5.  Follows Linux 2.4.0 arch/i386/mm/fault.c.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/spinlock.h>
#include <asm/system.h>
#include <asm/uaccess.h>
#include <asm/pgalloc.h>
#include <asm/page.h>
#include <asm/ptrace.h>
#include <asm/processor.h>
#include <asm/desc.h>
#include <asm/hardirq.h>

extern void die(const char *, struct pt_regs *, long);

/*
 * For CPUs that ignore the WP bit in kernel mode (the 386): before the
 * kernel writes to [addr, addr + size) of user space, fault every page
 * in for writing by hand, so copy-on-write happens.  Returns 1 if the
 * whole range may be written, 0 if not.
 */
int __verify_write(const void *addr, unsigned long size)
{
	struct mm_struct *mm = current->mm;
	unsigned long page = (unsigned long) addr;
	struct vm_area_struct *area;
	unsigned long more;

	if (size == 0)
		return 1;
	area = find_vma(mm, page);
	if (area == NULL)
		return 0;
	if (page < area->vm_start) {
		/* In the gap below the area: only a stack may grow into it. */
		if (!(area->vm_flags & VM_GROWSDOWN))
			return 0;
		if (expand_stack(area, page) != 0)
			return 0;
	}
	if (!(area->vm_flags & VM_WRITE))
		return 0;

	/* How many pages follow the one holding the first byte. */
	more = ((page & ~PAGE_MASK) + size - 1) >> PAGE_SHIFT;
	page &= PAGE_MASK;
	for (;;) {
		if (handle_mm_fault(mm, area, page, 1) <= 0)
			return 0;
		if (more == 0)
			return 1;
		more--;
		page += PAGE_SIZE;
		if (page < area->vm_end)
			continue;
		/* The range runs on into the next area: it must start here. */
		area = area->vm_next;
		if (area == NULL || area->vm_start != page)
			return 0;
		if (!(area->vm_flags & VM_WRITE))
			return 0;
	}
}

extern spinlock_t console_lock;

/*
 * An oops may come while the console lock is held: free it so the
 * report gets out.  (2.4.0 also resets timerlist_lock.)
 */
void bust_spinlocks(void)
{
	spin_lock_init(&console_lock);
}

asmlinkage void do_invalid_op(struct pt_regs *, long);

/*
 * Exception 14.  error_code bits: 0 not present (0) / protection (1),
 * 1 read (0) / write (1), 2 kernel (0) / user mode (1).  Vector 14 is
 * a trap gate, so interrupts are still as they were at the fault.
 */
asmlinkage void do_page_fault(struct pt_regs *regs, unsigned long error_code)
{
	int user = error_code & 4;
	struct task_struct *task;
	struct vm_area_struct *area;
	struct mm_struct *mm;
	unsigned long addr, fix, entry;
	siginfo_t info;
	int write, fault;

	/* CR2 first: a later fault would overwrite it. */
	__asm__("movl %%cr2,%0" : "=r" (addr));
	task = current;

	/*
	 * Kernel addresses: only a vmalloc mapping this page directory
	 * has not seen yet can be repaired.  No locks: this may be an
	 * interrupt handler.
	 */
	if (addr >= TASK_SIZE)
		goto vmalloc_fault;

	mm = task->mm;
	info.si_code = SEGV_MAPERR;
	/* Interrupts and kernel threads have no user space to fault in. */
	if (in_interrupt() || mm == NULL)
		goto no_context;

	down(&mm->mmap_sem);
	area = find_vma(mm, addr);
	if (area == NULL)
		goto bad_area;
	if (addr < area->vm_start) {
		/* Below an area: only a stack may grow down to it (§2.5). */
		if (!(area->vm_flags & VM_GROWSDOWN))
			goto bad_area;
		/*
		 * From user mode, touching below %esp is a bug, except just
		 * below: pusha stores 32 bytes before it moves %esp.
		 */
		if (user && regs->esp > addr + 32)
			goto bad_area;
		if (expand_stack(area, addr) != 0)
			goto bad_area;
	}

	/* 2.4.0's good_area: mapped, but is this kind of access allowed? */
	info.si_code = SEGV_ACCERR;
	write = (error_code & 2) != 0;
	if (write) {
		if (!(area->vm_flags & VM_WRITE))
			goto bad_area;
	} else {
		/* A read of a present page faults only on protection. */
		if (error_code & 1)
			goto bad_area;
		if (!(area->vm_flags & (VM_READ | VM_EXEC)))
			goto bad_area;
	}

	/* Bring the page in; never retry a fault that cannot be handled. */
	fault = handle_mm_fault(mm, area, addr, write);
	if (fault == 1)
		task->min_flt++;
	else if (fault == 2)
		task->maj_flt++;
	else if (fault == 0)
		goto do_sigbus;
	else
		goto out_of_memory;

	/*
	 * Port: 2.4.0 here notes vm86 writes to the VGA window
	 * (thread.screen_bitmap); there is no vm86 mode.
	 */
	up(&mm->mmap_sem);
	return;

	/* 越界访问: no area, or the area forbids this access. */
bad_area:
	up(&mm->mmap_sem);
bad_area_nosemaphore:
	if (user) {
		/* SIGSEGV, with what a signal frame will want to show. */
		task->thread.cr2 = addr;
		task->thread.error_code = error_code;
		task->thread.trap_no = 14;
		info.si_signo = SIGSEGV;
		info.si_errno = 0;
		info.si_addr = (void *) addr;
		force_sig_info(SIGSEGV, &info, task);
		return;
	}

	/*
	 * Pentium "F0 0F" erratum: with the IDT mapped read-only the
	 * lock-up becomes a page fault on IDT entry 6; make it the
	 * invalid-opcode exception it should have been.  (f00f_bug is
	 * never set yet: nothing detects it.)
	 */
	if (boot_cpu_data.f00f_bug &&
	    ((addr - (unsigned long) idt) >> 3) == 6) {
		do_invalid_op(regs, 0);
		return;
	}

no_context:
	/* A kernel access that was allowed to fault: resume at its fix-up. */
	fix = search_exception_table(regs->eip);
	if (fix != 0) {
		regs->eip = fix;
		return;
	}

	/* None: oops, showing the page-directory and page-table entries. */
	bust_spinlocks();
	printk(KERN_ALERT "Unable to handle kernel %s at virtual address "
	       "%08lx\n", addr < PAGE_SIZE ? "NULL pointer dereference" :
	       "paging request", addr);
	printk(" printing eip:\n%08lx\n", regs->eip);
	__asm__("movl %%cr3,%0" : "=r" (entry));
	entry = ((unsigned long *) __va(entry))[pgd_index(addr)];
	printk(KERN_ALERT "*pde = %08lx\n", entry);
	if ((entry & _PAGE_PRESENT) && !(entry & _PAGE_PSE)) {
		entry = ((unsigned long *) __va(entry & PAGE_MASK))
			[__pte_offset(addr)];
		printk(KERN_ALERT "*pte = %08lx\n", entry);
	}
	die("Oops", regs, error_code);
	do_exit(SIGKILL);

	/*
	 * No memory for the page (or its page table): the faulting task
	 * dies, it never retries.  The OOM killer proper is kswapd's.
	 */
out_of_memory:
	up(&mm->mmap_sem);
	printk("VM: killing process %s\n", task->comm);
	if (user)
		do_exit(SIGKILL);
	goto no_context;

	/* The area's nopage method had no page (e.g. beyond the file). */
do_sigbus:
	up(&mm->mmap_sem);
	/* Sent in both modes; the kernel then also tries its fix-up. */
	task->thread.cr2 = addr;
	task->thread.error_code = error_code;
	task->thread.trap_no = 14;
	info.si_signo = SIGBUS;
	info.si_errno = 0;
	info.si_code = BUS_ADRERR;
	info.si_addr = (void *) addr;
	force_sig_info(SIGBUS, &info, task);
	if (user)
		return;
	goto no_context;

vmalloc_fault:
	{
		/*
		 * vmalloc() filled in the reference directory (init_mm's,
		 * swapper_pg_dir); copy the entry this one lacks.
		 */
		int slot = __pgd_offset(addr);
		pgd_t *dir = task->active_mm->pgd + slot;
		pgd_t *ref = init_mm.pgd + slot;
		pmd_t *mid, *ref_mid;

		/* Never true with two-level paging: pgds are always present. */
		if (!pgd_present(*dir)) {
			if (!pgd_present(*ref))
				goto bad_area_nosemaphore;
			set_pgd(dir, *ref);
			return;
		}
		mid = pmd_offset(dir, addr);
		ref_mid = pmd_offset(ref, addr);
		/* Already there (a real fault), or not vmalloc'ed at all. */
		if (pmd_present(*mid) || !pmd_present(*ref_mid))
			goto bad_area_nosemaphore;
		set_pmd(mid, *ref_mid);
	}
}
