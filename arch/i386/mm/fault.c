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
extern int out_of_memory(void);
extern void oom_kill(void);

/*
 * For CPUs that ignore the WP bit in kernel mode (the 386): before the
 * kernel writes to [addr, addr + size) of user space, fault every page
 * in for writing by hand, so copy-on-write happens.  Returns 1 if the
 * whole range may be written, 0 if not.
 */
int __verify_write(const void *addr, unsigned long size)
{
	struct vm_area_struct *vma;
	unsigned long start = (unsigned long) addr;

	if (!size)
		return 1;

	vma = find_vma(current->mm, start);
	if (!vma)
		goto bad_area;
	if (vma->vm_start > start)
		goto check_stack;

good_area:
	if (!(vma->vm_flags & VM_WRITE))
		goto bad_area;
	/* Pages to do after the first one. */
	size--;
	size += start & ~PAGE_MASK;
	size >>= PAGE_SHIFT;
	start &= PAGE_MASK;

	for (;;) {
		if (handle_mm_fault(current->mm, vma, start, 1) <= 0)
			goto bad_area;
		if (!size)
			break;
		size--;
		start += PAGE_SIZE;
		if (start < vma->vm_end)
			continue;
		/* The range goes on in the next area, which must follow. */
		vma = vma->vm_next;
		if (!vma || vma->vm_start != start)
			goto bad_area;
		if (!(vma->vm_flags & VM_WRITE))
			goto bad_area;
	}
	return 1;

check_stack:
	if (!(vma->vm_flags & VM_GROWSDOWN))
		goto bad_area;
	if (expand_stack(vma, start) == 0)
		goto good_area;

bad_area:
	return 0;
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
extern struct desc_struct idt_table[];

/*
 * Exception 14.  error_code bits: 0 not present (0) / protection (1),
 * 1 read (0) / write (1), 2 kernel (0) / user mode (1).  Vector 14 is
 * a trap gate, so interrupts are still as they were at the fault.
 */
asmlinkage void do_page_fault(struct pt_regs *regs, unsigned long error_code)
{
	struct task_struct *tsk;
	struct mm_struct *mm;
	struct vm_area_struct *vma;
	unsigned long address;
	unsigned long page;
	unsigned long fixup;
	int write;
	siginfo_t info;

	/* CR2 first: a later fault would overwrite it. */
	__asm__("movl %%cr2,%0" : "=r" (address));

	tsk = current;

	/*
	 * Kernel addresses: only a vmalloc mapping this page directory
	 * has not seen yet can be repaired.  No locks: this may be an
	 * interrupt handler.
	 */
	if (address >= TASK_SIZE)
		goto vmalloc_fault;

	mm = tsk->mm;
	info.si_code = SEGV_MAPERR;

	/* Interrupts and kernel threads have no user space to fault in. */
	if (in_interrupt() || !mm)
		goto no_context;

	down(&mm->mmap_sem);

	vma = find_vma(mm, address);
	if (!vma)
		goto bad_area;
	if (vma->vm_start <= address)
		goto good_area;
	/* Below an area: only a stack may grow down to it (§2.5). */
	if (!(vma->vm_flags & VM_GROWSDOWN))
		goto bad_area;
	if (error_code & 4) {
		/*
		 * A user access below %esp is a bug, except just below:
		 * pusha and friends store before moving %esp (32 bytes).
		 */
		if (address + 32 < regs->esp)
			goto bad_area;
	}
	if (expand_stack(vma, address))
		goto bad_area;

good_area:
	/* The address is mapped: is this kind of access allowed? */
	info.si_code = SEGV_ACCERR;
	write = 0;
	switch (error_code & 3) {
	default:	/* 3: write to a present page */
		/* fall through */
	case 2:		/* write to a missing page */
		if (!(vma->vm_flags & VM_WRITE))
			goto bad_area;
		write++;
		break;
	case 1:		/* read of a present page: a protection fault */
		goto bad_area;
	case 0:		/* read of a missing page */
		if (!(vma->vm_flags & (VM_READ | VM_EXEC)))
			goto bad_area;
	}

	/* Bring the page in; never retry a fault that cannot be handled. */
	switch (handle_mm_fault(mm, vma, address, write)) {
	case 1:
		tsk->min_flt++;
		break;
	case 2:
		tsk->maj_flt++;
		break;
	case 0:
		goto do_sigbus;
	default:
		goto out_of_memory;
	}

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
	if (error_code & 4) {
		/* User mode: SIGSEGV, the details kept for a signal frame. */
		tsk->thread.cr2 = address;
		tsk->thread.error_code = error_code;
		tsk->thread.trap_no = 14;
		info.si_signo = SIGSEGV;
		info.si_errno = 0;
		info.si_addr = (void *) address;
		force_sig_info(SIGSEGV, &info, tsk);
		return;
	}

	/*
	 * Pentium "F0 0F" erratum: with the IDT mapped read-only the
	 * lock-up becomes a page fault on IDT entry 6; make it the
	 * invalid-opcode exception it should have been.  (f00f_bug is
	 * never set yet: nothing detects it.)
	 */
	if (boot_cpu_data.f00f_bug) {
		unsigned long nr;

		nr = (address - (unsigned long) idt_table) >> 3;
		if (nr == 6) {
			do_invalid_op(regs, 0);
			return;
		}
	}

no_context:
	/* Are we prepared to handle this kernel fault? */
	fixup = search_exception_table(regs->eip);
	if (fixup) {
		regs->eip = fixup;
		return;
	}

	/* No: oops, with the page-directory and page-table entries. */
	bust_spinlocks();

	if (address < PAGE_SIZE)
		printk(KERN_ALERT "Unable to handle kernel NULL pointer "
		       "dereference");
	else
		printk(KERN_ALERT "Unable to handle kernel paging request");
	printk(" at virtual address %08lx\n", address);
	printk(" printing eip:\n");
	printk("%08lx\n", regs->eip);
	__asm__("movl %%cr3,%0" : "=r" (page));
	page = ((unsigned long *)__va(page))[address >> 22];
	printk(KERN_ALERT "*pde = %08lx\n", page);
	if ((page & 1) && !(page & 0x80)) {	/* not a 4 MB page */
		page &= PAGE_MASK;
		address &= 0x003ff000;
		page = ((unsigned long *)__va(page))[address >> PAGE_SHIFT];
		printk(KERN_ALERT "*pte = %08lx\n", page);
	}
	die("Oops", regs, error_code);
	do_exit(SIGKILL);

	/*
	 * No memory for the page (or the page table).  Port: 2.4.0's
	 * OOM killer runs in kswapd, which this port does not have; a
	 * user fault that finds memory really exhausted runs it here and
	 * retries the access once the victim (perhaps this task: SIGKILL
	 * is pending then) is gone.  Otherwise 2.4.0's answer: the
	 * faulting task dies.
	 */
out_of_memory:
	up(&mm->mmap_sem);
	if ((error_code & 4) && out_of_memory()) {
		oom_kill();
		return;
	}
	printk("VM: killing process %s\n", tsk->comm);
	if (error_code & 4)
		do_exit(SIGKILL);
	goto no_context;

	/* The area's nopage method had no page (e.g. beyond the file). */
do_sigbus:
	up(&mm->mmap_sem);

	/* Sent in both modes; the kernel then also tries its fix-up. */
	tsk->thread.cr2 = address;
	tsk->thread.error_code = error_code;
	tsk->thread.trap_no = 14;
	info.si_signo = SIGBUS;
	info.si_errno = 0;
	info.si_code = BUS_ADRERR;
	info.si_addr = (void *) address;
	force_sig_info(SIGBUS, &info, tsk);

	if (!(error_code & 4))
		goto no_context;
	return;

vmalloc_fault:
	{
		/*
		 * Copy the missing entry from the reference page directory
		 * (init_mm's, swapper_pg_dir), where vmalloc() put it.
		 */
		int offset = __pgd_offset(address);
		pgd_t *pgd, *pgd_k;
		pmd_t *pmd, *pmd_k;

		pgd = tsk->active_mm->pgd + offset;
		pgd_k = init_mm.pgd + offset;

		/* Never true with two-level paging: pgds are always present. */
		if (!pgd_present(*pgd)) {
			if (!pgd_present(*pgd_k))
				goto bad_area_nosemaphore;
			set_pgd(pgd, *pgd_k);
			return;
		}

		pmd = pmd_offset(pgd, address);
		pmd_k = pmd_offset(pgd_k, address);

		/* Already there (a real fault), or not vmalloc'ed at all. */
		if (pmd_present(*pmd) || !pmd_present(*pmd_k))
			goto bad_area_nosemaphore;
		set_pmd(pmd, *pmd_k);
		return;
	}
}
