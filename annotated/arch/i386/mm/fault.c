// SPDX-License-Identifier: GPL-2.0-only
/*
 * The page-fault handler: find the area the faulting address lies in,
 * grow a stack down to it, check the access against the area, and let
 * handle_mm_fault() bring the page in.  An access outside every area or
 * against its protection is 越界访问: SIGSEGV in user mode, the
 * exception table or an oops in the kernel.
 * 情景分析 §2.4, §2.5.  Follows Linux 2.4.0 arch/i386/mm/fault.c.
 */
/// 页面异常（异常 14）的 C 处理程序：§2.4 越界访问、§2.5 用户堆栈的扩展 两节的主角。
/// 一次页面异常可能是“正常的”（页面还没建立映射——缺页，或写一个写时拷贝的页面），也可能是越界访问
/// （地址不在任何虚存区间里，或者违反区间的访问权限）。前者交给 mm/memory.c 的 handle_mm_fault 补上映射，
/// 异常返回后重新执行那条指令；后者在用户态发 SIGSEGV，在内核态查异常表（§2.4 的“修复”机制），查不到就 oops。
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

/// die() 在 traps.c 中：打印 oops 并结束当前进程。
extern void die(const char *, struct pt_regs *, long);
/// mm/oom_kill.c：内存耗尽时挑一个进程杀掉（见下面 out_of_memory 标号处）。in_interrupt() 来自 asm/hardirq.h。
extern int out_of_memory(void);
extern void oom_kill(void);

/*
 * For CPUs that ignore the WP bit in kernel mode (the 386): before the
 * kernel writes to [addr, addr + size) of user space, fault every page
 * in for writing by hand, so copy-on-write happens.  Returns 1 if the
 * whole range may be written, 0 if not.
 */
/// §2.4 越界访问：给“内核态写用户空间时不理会页面写保护”的 CPU（386）用的。2.4.0: arch/i386/mm/fault.c __verify_write()
/// 486 以后的 CPU 有 CR0.WP 位：置位后内核态写只读页面也会引起页面异常，写时拷贝照常发生；386 没有，
/// 内核会直接写进与别的进程共享的页面。所以在 386 上 access_ok(VERIFY_WRITE) 要先调用本函数：
/// 逐页检查区间可写（必要时扩展堆栈），并用 handle_mm_fault(..., 1) 把每页预先按写访问处理一遍。
/// 返回 1 可写，0 不可写。本移植的配置 CONFIG_X86_WP_WORKS_OK 打开，access_ok 不调用它，但照 2.4.0 保留。
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

/// 按出错码的低两位检查访问与区间权限是否相符。
good_area:
	if (!(vma->vm_flags & VM_WRITE))
		goto bad_area;
	/* Pages to do after the first one. */
	/// 换算成“第一页之后还有几页”：末字节所在页减去首字节所在页。
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
	/// 地址落在一个区间下面的空洞里。只有堆栈区间（VM_GROWSDOWN）可以向下伸展过来——§2.5 用户堆栈的扩展；否则就是越界访问。
	if (!(vma->vm_flags & VM_GROWSDOWN))
		goto bad_area;
	if (expand_stack(vma, start) == 0)
		goto good_area;

/// 越界访问。
bad_area:
	return 0;
}

/// printk 的锁，在 kernel/printk.c。
extern spinlock_t console_lock;

/*
 * An oops may come while the console lock is held: free it so the
 * report gets out.  (2.4.0 also resets timerlist_lock.)
 */
/// §2.4：oops 之前把可能正被持有的锁强行重置，保证 oops 的信息能打印出来。2.4.0: arch/i386/mm/fault.c bust_spinlocks()
/// 比如在 printk 持有 console_lock 的时候出了错，再调用 printk 就会死锁。2.4.0 还重置 timerlist_lock
/// （控制台解除空白时会用到）；本移植没有这个锁。单 CPU 下自旋锁本是空操作，这里只是留下 2.4.0 的样子。
void bust_spinlocks(void)
{
	spin_lock_init(&console_lock);
}

/// F00F 修补用到的两个外部符号：无效操作码异常的处理程序（traps.c）和 IDT 的位置。
asmlinkage void do_invalid_op(struct pt_regs *, long);
extern struct desc_struct idt_table[];

/*
 * Exception 14.  error_code bits: 0 not present (0) / protection (1),
 * 1 read (0) / write (1), 2 kernel (0) / user mode (1).  Vector 14 is
 * a trap gate, so interrupts are still as they were at the fault.
 */
/// §2.4 越界访问、§2.5 用户堆栈的扩展：页面异常（异常 14）的处理程序。2.4.0: arch/i386/mm/fault.c do_page_fault()
/// entry.S 的 page_fault 把 do_page_fault 的地址压栈后跳到 error_code，以 (regs, error_code) 调用它。
/// 出错码（CPU 压入）：bit 0 = 0 页面不在位 / 1 保护性错误；bit 1 = 0 读 / 1 写；bit 2 = 0 内核态 / 1 用户态。
/// 流程：读 CR2 → 内核空间地址走 vmalloc_fault → 中断中或没有用户空间（内核线程）转 no_context → 取 mmap_sem、
/// find_vma → 地址在区间内则 good_area；在区间下方且区间是堆栈（VM_GROWSDOWN）则检查 %esp、expand_stack（§2.5）；
/// 否则 bad_area → 按出错码检查访问权限 → handle_mm_fault → 统计缺页次数。
/// 中断：向量 14 是陷阱门（traps.c 的 set_trap_gate），进来时 IF 保持原样——出错前开着中断，处理时就仍开着，
/// 所以 2.4.0 这里不需要（也没有）显式的 sti；2.4 后期改成中断门以后才在这里按 regs->eflags 重新开中断。
/// 与 2.4.0 的差别：没有 vm86 的 screen_bitmap；内存耗尽时调用 OOM killer（见 out_of_memory 标号）。
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
	/// CR2 中是引起异常的线性地址。必须最先读：页面异常走的是陷阱门，进来时中断仍开着，若中断处理中又发生一次缺页异常，
	/// CR2 就被改写了。Bochs 中在这里停下（`lb` 加上 scripts/sym do_page_fault 给的地址）后用 `creg` 可以看到 CR2。
	__asm__("movl %%cr2,%0" : "=r" (address));

	tsk = current;

	/*
	 * Kernel addresses: only a vmalloc mapping this page directory
	 * has not seen yet can be repaired.  No locks: this may be an
	 * interrupt handler.
	 */
	/// 3 GB 以上是内核空间。用户态访问它，或内核访问了一个没有映射的内核地址，都到 vmalloc_fault 去判断：
	/// 只有“vmalloc 区新建的映射还没同步到这个进程的页面目录”这一种情况可以修复。2.4.0 不论出错码都走这一支
	/// （2.4 后期只对内核态、不在位的情形才走）。这一支不取任何锁：可能正在中断服务程序里。
	if (address >= TASK_SIZE)
		goto vmalloc_fault;

	/// si_code 先假定 SEGV_MAPERR（地址没有映射），到了 good_area 再改为 SEGV_ACCERR（有映射但权限不对）。
	mm = tsk->mm;
	info.si_code = SEGV_MAPERR;

	/* Interrupts and kernel threads have no user space to fault in. */
	/// 中断服务程序不能因为缺页而睡眠；内核线程（mm 为 NULL，借用别人的 active_mm）没有用户空间可言。
	/// 这两种情况只可能是内核的错误，或者是带异常表的访问（如 copy_from_user）碰到了坏地址。
	if (in_interrupt() || !mm)
		goto no_context;

	/// 对虚存区间的查找和修改都要在 mmap_sem 保护下：另一个线程（共用 mm）可能正在 munmap。
	/// 2.4.0 的 mmap_sem 是普通信号量（不是读写信号量）。
	down(&mm->mmap_sem);

	/// find_vma 返回第一个结束地址大于 address 的区间：它要么包含 address，要么整个在 address 之上（中间是空洞）。
	vma = find_vma(mm, address);
	if (!vma)
		goto bad_area;
	if (vma->vm_start <= address)
		goto good_area;
	/* Below an area: only a stack may grow down to it (§2.5). */
	if (!(vma->vm_flags & VM_GROWSDOWN))
		goto bad_area;
	/// §2.5 的“32 字节”规则（只对用户态）：栈顶 %esp 之下的地址还没被压栈使用，正常程序不会访问；
	/// 但 pusha（压 8 个寄存器，32 字节）这类指令先访问内存、后修改 %esp，出错时 %esp 还是旧值，所以容许 32 字节的余量。
	/// 地址低于 %esp 超过 32 字节就按越界访问处理。内核态（copy_to_user 等）的访问没有这项检查。
	if (error_code & 4) {
		/*
		 * A user access below %esp is a bug, except just below:
		 * pusha and friends store before moving %esp (32 bytes).
		 */
		if (address + 32 < regs->esp)
			goto bad_area;
	}
	/// expand_stack（linux/mm.h）把区间的 vm_start 下移到 address 所在页，检查 RLIMIT_STACK 与 RLIMIT_AS；
	/// 它并不分配页面——接着走 good_area，由 handle_mm_fault 分配。
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
	/// 读一个在位的页面却报保护性错误：只有页面是系统页（表项没有 U/S 位）而访问来自用户态时才会这样，一律算越界。
	/// （PROT_NONE 的页面表项 P 位为 0，CPU 看来是“不在位”，出错码是 0 或 4，到 case 0 去被拒绝。）
	case 1:		/* read of a present page: a protection fault */
		goto bad_area;
	/// 读一个不在位的页面：区间可读或可执行即可（i386 的页面无法区分读与执行）。
	case 0:		/* read of a missing page */
		if (!(vma->vm_flags & (VM_READ | VM_EXEC)))
			goto bad_area;
	}

	/* Bring the page in; never retry a fault that cannot be handled. */
	/// 真正建立映射（mm/memory.c）：1 次要缺页（不需 I/O），2 主要缺页（nopage 可能读了文件），
	/// 0 要发 SIGBUS（如访问超出了文件末尾的映射），-1 内存不足。计数 min_flt/maj_flt 在 task_struct 中（getrusage 报告）。
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
	/// 用户态：给进程发 SIGSEGV（force_sig_info：进程不能屏蔽）。si_addr 是出错地址，si_code 说明是没映射还是没权限；
	/// cr2、error_code、trap_no 记在 thread 里，信号处理程序能在信号框架的 sigcontext 中看到。异常返回用户空间时
	/// （entry.S ret_from_exception）do_signal 处理这个信号：缺省动作结束进程，父进程 wait 得到状态 11。
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
	/// 奔腾的 F00F 错误（指令 F0 0F C7 C8 使 CPU 锁死）：2.4.0 在有这个错误的 CPU 上把 IDT 映射成只读，
	/// 让锁死变成对 IDT 第 6 项（无效操作码）的页面异常，这里再把它还原成无效操作码异常。
	/// 本移植没有检测 F00F（f00f_bug 恒为 0），IDT 也不重映射，用的是 idt_table 本身的地址；照 2.4.0 保留这段判断。
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
	/// no_context：出错的指令若在异常表中登记过（例如 copy_from_user 中读用户空间的那条指令，或 RESTORE_ALL 中弹段寄存器的指令），
	/// 说明内核预料到这里可能出错：把返回地址 EIP 改成对应的修复代码，异常返回后就在修复代码里继续（通常是让系统调用返回 −EFAULT）。
	/// 这就是 §2.4 讲的异常表机制——内核不必事先逐一检查用户给的地址，出了错再修补。
	fixup = search_exception_table(regs->eip);
	if (fixup) {
		regs->eip = fixup;
		return;
	}

	/* No: oops, with the page-directory and page-table entries. */
	/// oops：先放开可能挡住输出的锁。下面的输出格式与 2.4.0 一致。
	bust_spinlocks();

	/// 查不到：这是内核自身的错误。地址落在第 0 页（0–4095）几乎总是空指针引用——第 0 页从不映射，正是为了让这种访问引起缺页异常。
	if (address < PAGE_SIZE)
		printk(KERN_ALERT "Unable to handle kernel NULL pointer "
		       "dereference");
	else
		printk(KERN_ALERT "Unable to handle kernel paging request");
	printk(" at virtual address %08lx\n", address);
	printk(" printing eip:\n");
	printk("%08lx\n", regs->eip);
	/// 替读者顺着页式映射查一遍：CR3 是页目录的物理地址，经 __va() 换成内核虚拟地址，取第 address>>22 项页目录项（PDE）。
	__asm__("movl %%cr3,%0" : "=r" (page));
	page = ((unsigned long *)__va(page))[address >> 22];
	printk(KERN_ALERT "*pde = %08lx\n", page);
	/// 页目录项存在（P 位）且不是 4 MB 大页（PS 位，第 7 位）时，它指向一个页表：再取第 (address>>12) & 0x3FF 项页表项（PTE）。
	/// 2.4.0 不检查 PS 位，遇到 4 MB 页时会把大页的开头当作页表，印出无意义的“*pte”；本移植多了这个判断。
	if ((page & 1) && !(page & 0x80)) {	/* not a 4 MB page */
		page &= PAGE_MASK;
		address &= 0x003ff000;
		page = ((unsigned long *)__va(page))[address >> PAGE_SHIFT];
		printk(KERN_ALERT "*pte = %08lx\n", page);
	}
	/// 打印寄存器、栈和调用轨迹，结束当前进程（见 traps.c 的 die()）。前面已调用 bust_spinlocks()，免得 oops 的输出
	/// 被某个锁挡住；die() 之后的 do_exit(SIGKILL) 照 2.4.0 保留（本移植的 die() 本来就不返回）。
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
/// 内存不足（handle_mm_fault 返回 -1）：2.4.0 在这里并不调用 OOM killer（那只在 kswapd 里），而是直接杀掉
/// 出错的进程——打印 “VM: killing process <名字>”；若是内核态则转 no_context（通常是 copy_*_user，返回 -EFAULT）。
/// 与 2.4.0 不同：本移植没有 kswapd，于是用户态的缺页在 out_of_memory() 确认内存真的耗尽时，先在这里调用 oom_kill()：
/// 它挑 badness 最大的进程发信号并让出 CPU，返回后这条指令重新执行——受害者若是别人，它退出后内存就有了；
/// 若就是本进程，返回用户空间时信号先把它结束。内存并未真正耗尽（只是这一次分配失败）时，照 2.4.0 杀掉出错的进程。
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
/// 区间有映射但 nopage 给不出页面：发 SIGBUS（BUS_ADRERR），用户态和内核态都发；内核态还要再试异常表。
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

/// §2.4（以及 §2.11 vmalloc）：内核空间的页面异常。vmalloc/ioremap 只修改参照页面目录 swapper_pg_dir（init_mm.pgd），
/// 而每个进程的页面目录只在创建时（pgd_alloc）复制了一份内核部分；此后新建的页面表不会出现在旧进程的目录里。
/// 所以访问时缺了就从参照目录补上一项，不必在每次 vmalloc 时去改所有进程的目录。
/// 用的是 active_mm 而不是 mm：内核线程没有 mm，但用着别人的页面目录。
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
		/// 两级映射下 pgd_present 恒为 1，这一段永远不会执行；三级（PAE）映射时页面目录项才可能不在位。
		if (!pgd_present(*pgd)) {
			if (!pgd_present(*pgd_k))
				goto bad_area_nosemaphore;
			set_pgd(pgd, *pgd_k);
			return;
		}

		pmd = pmd_offset(pgd, address);
		pmd_k = pmd_offset(pgd_k, address);

		/* Already there (a real fault), or not vmalloc'ed at all. */
		/// 本进程的目录项已经在位（那就是真正的非法访问，比如访问了 vmalloc 区的空洞），或者参照目录里也没有
		/// （根本没有这个映射）：都算越界，转 bad_area_nosemaphore。
		if (pmd_present(*pmd) || !pmd_present(*pmd_k))
			goto bad_area_nosemaphore;
		set_pmd(pmd, *pmd_k);
		return;
	}
}
