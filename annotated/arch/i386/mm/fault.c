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

/// die() 在 traps.c 中：打印 oops 并结束当前进程。in_interrupt() 来自 asm/hardirq.h。
/// 2.4.0 的缺页处理不调用 mm/oom_kill.c（见下面 out_of_memory 标号处）。
extern void die(const char *, struct pt_regs *, long);

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
	struct mm_struct *mm = current->mm;
	unsigned long page = (unsigned long) addr;
	struct vm_area_struct *area;
	unsigned long more;

	/// 长度为 0：什么也不写，直接算可写（不查区间）。
	if (size == 0)
		return 1;
	/// find_vma 返回第一个结束地址大于 page 的区间：它要么包含 page，要么整个在 page 之上。
	area = find_vma(mm, page);
	if (area == NULL)
		return 0;
	/// 起点落在这个区间下面的空洞里。只有堆栈区间（VM_GROWSDOWN）可以向下伸展过来——§2.5 用户堆栈的扩展；
	/// 否则就是越界访问。这里没有 do_page_fault() 那条“%esp 之下 32 字节”的规则：写用户空间的是内核自己。
	if (page < area->vm_start) {
		/* In the gap below the area: only a stack may grow into it. */
		if (!(area->vm_flags & VM_GROWSDOWN))
			return 0;
		if (expand_stack(area, page) != 0)
			return 0;
	}
	/// 这里相当于 2.4.0 的 good_area 标号：第一个区间必须可写。
	if (!(area->vm_flags & VM_WRITE))
		return 0;

	/// 换算成“第一页之后还有几页”：末字节 (page + size - 1) 所在页减去首字节所在页，再把 page 对齐到页的起点。
	/* How many pages follow the one holding the first byte. */
	more = ((page & ~PAGE_MASK) + size - 1) >> PAGE_SHIFT;
	page &= PAGE_MASK;
	/// 逐页模拟一次写访问引起的缺页：不在位的页面分配进来，写保护的页面做写时拷贝。返回 0（SIGBUS）或 -1（内存不足）都算不可写。
	for (;;) {
		if (handle_mm_fault(mm, area, page, 1) <= 0)
			return 0;
		if (more == 0)
			return 1;
		more--;
		page += PAGE_SIZE;
		if (page < area->vm_end)
			continue;
		/// 下一页超出了当前区间：范围必须紧接着落进下一个区间（中间不能有空洞），而且那个区间也要可写。
		/* The range runs on into the next area: it must start here. */
		area = area->vm_next;
		if (area == NULL || area->vm_start != page)
			return 0;
		if (!(area->vm_flags & VM_WRITE))
			return 0;
	}
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

/// F00F 修补用到的外部符号：无效操作码异常的处理程序（traps.c）；IDT 的位置用 desc.h 的 idt。
asmlinkage void do_invalid_op(struct pt_regs *, long);

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
/// 与 2.4.0 的差别：没有 vm86 的 screen_bitmap。内存耗尽时照 2.4.0 杀掉出错的进程（见 out_of_memory 标号）。
asmlinkage void do_page_fault(struct pt_regs *regs, unsigned long error_code)
{
	/// 出错码 bit 2：出错时 CPU 是否在用户态。下面有好几处按它分两路走，先取出来。
	int user = error_code & 4;
	struct task_struct *task;
	struct vm_area_struct *area;
	struct mm_struct *mm;
	unsigned long addr, fix, entry;
	siginfo_t info;
	int write, fault;

	/* CR2 first: a later fault would overwrite it. */
	/// CR2 中是引起异常的线性地址。必须最先读：页面异常走的是陷阱门，进来时中断仍开着，若中断处理中又发生一次缺页异常，
	/// CR2 就被改写了。Bochs 中在这里停下（`lb` 加上 scripts/sym do_page_fault 给的地址）后用 `creg` 可以看到 CR2。
	__asm__("movl %%cr2,%0" : "=r" (addr));
	task = current;

	/*
	 * Kernel addresses: only a vmalloc mapping this page directory
	 * has not seen yet can be repaired.  No locks: this may be an
	 * interrupt handler.
	 */
	/// 3 GB 以上是内核空间。用户态访问它，或内核访问了一个没有映射的内核地址，都到 vmalloc_fault 去判断：
	/// 只有“vmalloc 区新建的映射还没同步到这个进程的页面目录”这一种情况可以修复。2.4.0 不论出错码都走这一支
	/// （2.4 后期只对内核态、不在位的情形才走）。这一支不取任何锁：可能正在中断服务程序里。
	/// 注意这一跳发生在给 si_code 赋初值之前（与 2.4.0 的语句次序相同），所以从这里走到 bad_area_nosemaphore 时 si_code 没有初值。
	if (addr >= TASK_SIZE)
		goto vmalloc_fault;

	/// si_code 先假定 SEGV_MAPERR（地址没有映射），到了 good_area 再改为 SEGV_ACCERR（有映射但权限不对）。
	mm = task->mm;
	info.si_code = SEGV_MAPERR;
	/* Interrupts and kernel threads have no user space to fault in. */
	/// 中断服务程序不能因为缺页而睡眠；内核线程（mm 为 NULL，借用别人的 active_mm）没有用户空间可言。
	/// 这两种情况只可能是内核的错误，或者是带异常表的访问（如 copy_from_user）碰到了坏地址。
	if (in_interrupt() || mm == NULL)
		goto no_context;

	/// 对虚存区间的查找和修改都要在 mmap_sem 保护下：另一个线程（共用 mm）可能正在 munmap。
	/// 2.4.0 的 mmap_sem 是普通信号量（不是读写信号量）。从这里起，每条出路都要先 up() 再离开。
	down(&mm->mmap_sem);
	/// find_vma 返回第一个结束地址大于 addr 的区间：它要么包含 addr，要么整个在 addr 之上（中间是空洞）。
	area = find_vma(mm, addr);
	/// addr 之上再没有区间：越界访问。
	if (area == NULL)
		goto bad_area;
	/// addr 落在区间下面的空洞里（在区间之内则直接去检查访问权限，即 2.4.0 的 good_area）。
	if (addr < area->vm_start) {
		/* Below an area: only a stack may grow down to it (§2.5). */
		/// 只有堆栈区间（VM_GROWSDOWN）可以向下伸展过来；否则就是越界访问。
		if (!(area->vm_flags & VM_GROWSDOWN))
			goto bad_area;
		/*
		 * From user mode, touching below %esp is a bug, except just
		 * below: pusha stores 32 bytes before it moves %esp.
		 */
		/// §2.5 的“32 字节”规则（只对用户态）：栈顶 %esp 之下的地址还没被压栈使用，正常程序不会访问；
		/// 但 pusha（压 8 个寄存器，32 字节）这类指令先访问内存、后修改 %esp，出错时 %esp 还是旧值，所以容许 32 字节的余量。
		/// 地址低于 %esp 超过 32 字节（即 addr + 32 < %esp）就按越界访问处理。内核态（copy_to_user 等）的访问没有这项检查。
		if (user && regs->esp > addr + 32)
			goto bad_area;
		/// expand_stack（linux/mm.h）把区间的 vm_start 下移到 addr 所在页，检查 RLIMIT_STACK 与 RLIMIT_AS；
		/// 它并不分配页面——接着检查访问权限，由 handle_mm_fault 分配。
		if (expand_stack(area, addr) != 0)
			goto bad_area;
	}

	/// 以下是 2.4.0 的 good_area：地址有映射了，再按出错码的低两位看这种访问是否合乎区间的权限。
	/// 从这里失败的 SIGSEGV 带 SEGV_ACCERR。
	/* 2.4.0's good_area: mapped, but is this kind of access allowed? */
	info.si_code = SEGV_ACCERR;
	/// bit 1 是写：不论页面在不在位（出错码 2 或 3），区间都必须可写；handle_mm_fault 按写访问处理。
	write = (error_code & 2) != 0;
	if (write) {
		if (!(area->vm_flags & VM_WRITE))
			goto bad_area;
	} else {
		/* A read of a present page faults only on protection. */
		/// 出错码 1：读一个在位的页面却报保护性错误。只有页面是系统页（表项没有 U/S 位）而访问来自用户态时才会这样，一律算越界。
		/// （PROT_NONE 的页面表项 P 位为 0，CPU 看来是“不在位”，出错码是 0 或 4，由下一个判断拒绝。）
		if (error_code & 1)
			goto bad_area;
		/// 出错码 0：读一个不在位的页面，区间可读或可执行即可（i386 的页面无法区分读与执行）。
		if (!(area->vm_flags & (VM_READ | VM_EXEC)))
			goto bad_area;
	}

	/* Bring the page in; never retry a fault that cannot be handled. */
	/// 真正建立映射（mm/memory.c）：1 次要缺页（不需 I/O），2 主要缺页（nopage 可能读了文件），
	/// 0 要发 SIGBUS（如访问超出了文件末尾的映射），-1 内存不足。计数 min_flt/maj_flt 在 task_struct 中（getrusage 报告）。
	/// 1、2 以外的值里，只有 0 走 SIGBUS，其余一律按内存不足处理（与 2.4.0 的 switch 的 default 分支相同）。
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
	/// 正常结束：放开 mmap_sem，异常返回后 CPU 重新执行出错的那条指令，这一次页面已经在了。
	up(&mm->mmap_sem);
	return;

	/* 越界访问: no area, or the area forbids this access. */
bad_area:
	up(&mm->mmap_sem);
	/// 从 vmalloc_fault 来的没有取 mmap_sem，从这里进入。
bad_area_nosemaphore:
	/// 用户态：给进程发 SIGSEGV（force_sig_info：进程不能屏蔽）。si_addr 是出错地址，si_code 说明是没映射还是没权限；
	/// cr2、error_code、trap_no 记在 thread 里，信号处理程序能在信号框架的 sigcontext 中看到。异常返回用户空间时
	/// （entry.S ret_from_exception）do_signal 处理这个信号：缺省动作结束进程，父进程 wait 得到状态 11。
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
	/// 奔腾的 F00F 错误（指令 F0 0F C7 C8 使 CPU 锁死）：2.4.0 在有这个错误的 CPU 上把 IDT 映射成只读，
	/// 让锁死变成对 IDT 第 6 项（无效操作码）的页面异常，这里再把它还原成无效操作码异常。每个门 8 字节，所以右移 3 位得到项号。
	/// 比较的是 idt（head.S 中 idt_descr 的基址字，2.4.0 打上 F00F 修补后它指向 IDT 的只读映射），
	/// 不是 idt_table：出错地址落在只读别名里，拿 idt_table 比就永远对不上。
	/// 本移植没有检测 F00F（f00f_bug 恒为 0），IDT 也不重映射（idt 就等于 idt_table）；照 2.4.0 保留这段判断。
	if (boot_cpu_data.f00f_bug &&
	    ((addr - (unsigned long) idt) >> 3) == 6) {
		do_invalid_op(regs, 0);
		return;
	}

no_context:
	/* A kernel access that was allowed to fault: resume at its fix-up. */
	/// no_context：出错的指令若在异常表中登记过（例如 copy_from_user 中读用户空间的那条指令，或 RESTORE_ALL 中弹段寄存器的指令），
	/// 说明内核预料到这里可能出错：把返回地址 EIP 改成对应的修复代码，异常返回后就在修复代码里继续（通常是让系统调用返回 −EFAULT）。
	/// 这就是 §2.4 讲的异常表机制——内核不必事先逐一检查用户给的地址，出了错再修补。
	fix = search_exception_table(regs->eip);
	if (fix != 0) {
		regs->eip = fix;
		return;
	}

	/* None: oops, showing the page-directory and page-table entries. */
	/// oops：先放开可能挡住输出的锁。下面的输出格式与 2.4.0 一致。
	bust_spinlocks();
	/// 查不到：这是内核自身的错误。地址落在第 0 页（0–4095）几乎总是空指针引用——第 0 页从不映射，正是为了让这种访问引起缺页异常。
	/// 两种说法各印一行：“Unable to handle kernel NULL pointer dereference / paging request at virtual address ...”。
	printk(KERN_ALERT "Unable to handle kernel %s at virtual address "
	       "%08lx\n", addr < PAGE_SIZE ? "NULL pointer dereference" :
	       "paging request", addr);
	/// 再印出错指令的地址（EIP），文字与 2.4.0 的两行相同。
	printk(" printing eip:\n%08lx\n", regs->eip);
	/// 替读者顺着页式映射查一遍：CR3 是页目录的物理地址，经 __va() 换成内核虚拟地址，取第 pgd_index(addr)（addr>>22）项页目录项（PDE）。
	__asm__("movl %%cr3,%0" : "=r" (entry));
	entry = ((unsigned long *) __va(entry))[pgd_index(addr)];
	printk(KERN_ALERT "*pde = %08lx\n", entry);
	/// 页目录项存在（P 位）且不是 4 MB 大页（PS 位，第 7 位）时，它指向一个页表：再取第 __pte_offset(addr)（(addr>>12) & 0x3FF）项页表项（PTE）。
	/// 2.4.0 不检查 PS 位，遇到 4 MB 页时会把大页的开头当作页表，印出无意义的“*pte”；本移植多了这个判断。
	if ((entry & _PAGE_PRESENT) && !(entry & _PAGE_PSE)) {
		entry = ((unsigned long *) __va(entry & PAGE_MASK))
			[__pte_offset(addr)];
		printk(KERN_ALERT "*pte = %08lx\n", entry);
	}
	/// 打印寄存器、栈和调用轨迹，结束当前进程（见 traps.c 的 die()）。前面已调用 bust_spinlocks()，免得 oops 的输出
	/// 被某个锁挡住；die() 之后的 do_exit(SIGKILL) 照 2.4.0 保留（本移植的 die() 本来就不返回）。
	die("Oops", regs, error_code);
	do_exit(SIGKILL);

	/*
	 * No memory for the page (or its page table): the faulting task
	 * dies, it never retries.  The OOM killer proper is kswapd's.
	 */
/// 内存不足（handle_mm_fault 返回 -1）：2.4.0 在这里并不调用 OOM killer（那只在 kswapd 里），而是直接杀掉
/// 出错的进程——打印 “VM: killing process <名字>”；若是内核态则转 no_context（通常是 copy_*_user，返回 -EFAULT）。
/// 绝不“杀掉别人再重试”：早先本移植在这里调用 oom_kill() 后返回重试，出过三个毛病（issue 11 #1 #2 #8）：
/// 页面表分配失败时 get_pte_slow 已把目录项指向 empty_bad_pte_table，重试便让整个 4 MB 都映射到同一个
/// empty_bad_page 上；选中的若是 init（它不理会 SIGKILL），就永远重试；被 SCHED_YIELD 拖住时则活锁。
/// 现在与 2.4.0 完全一致：出错的进程退出，它的页面、页面表（连同指向坏页面表的目录项）都由 exit_mmap 收回。
/// init 自己在这里缺页失败时，do_exit 会 panic（“Attempted to kill init!”），这也是 2.4.0 的行为。
out_of_memory:
	up(&mm->mmap_sem);
	printk("VM: killing process %s\n", task->comm);
	if (user)
		do_exit(SIGKILL);
	goto no_context;

	/* The area's nopage method had no page (e.g. beyond the file). */
/// 区间有映射但 nopage 给不出页面：发 SIGBUS（BUS_ADRERR），用户态和内核态都发；内核态还要再试异常表。
do_sigbus:
	up(&mm->mmap_sem);
	/* Sent in both modes; the kernel then also tries its fix-up. */
	/// 与 SIGSEGV 一样把 cr2、出错码和 14 号陷阱记进 thread，再填 siginfo：这一次 si_code 是 BUS_ADRERR。
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

/// §2.4（以及 §2.11 vmalloc）：内核空间的页面异常。vmalloc/ioremap 只修改参照页面目录 swapper_pg_dir（init_mm.pgd），
/// 而每个进程的页面目录只在创建时（pgd_alloc）复制了一份内核部分；此后新建的页面表不会出现在旧进程的目录里。
/// 所以访问时缺了就从参照目录补上一项，不必在每次 vmalloc 时去改所有进程的目录。
/// 用的是 active_mm 而不是 mm：内核线程没有 mm，但用着别人的页面目录。
vmalloc_fault:
	{
		/*
		 * vmalloc() filled in the reference directory (init_mm's,
		 * swapper_pg_dir); copy the entry this one lacks.
		 */
		/// slot 是 addr 在页面目录中的下标；dir 是当前（CR3 中的）目录里的那一项，ref 是参照目录里的同一项。
		int slot = __pgd_offset(addr);
		pgd_t *dir = task->active_mm->pgd + slot;
		pgd_t *ref = init_mm.pgd + slot;
		pmd_t *mid, *ref_mid;

		/* Never true with two-level paging: pgds are always present. */
		/// 两级映射下 pgd_present 恒为 1，这一段永远不会执行；三级（PAE）映射时页面目录项才可能不在位。
		if (!pgd_present(*dir)) {
			if (!pgd_present(*ref))
				goto bad_area_nosemaphore;
			set_pgd(dir, *ref);
			return;
		}
		/// 两级映射下 pmd 就是目录项本身（pmd_offset 只是换个类型），真正的比较在这一级。
		mid = pmd_offset(dir, addr);
		ref_mid = pmd_offset(ref, addr);
		/* Already there (a real fault), or not vmalloc'ed at all. */
		/// 本进程的目录项已经在位（那就是真正的非法访问，比如访问了 vmalloc 区的空洞），或者参照目录里也没有
		/// （根本没有这个映射）：都算越界，转 bad_area_nosemaphore。
		if (pmd_present(*mid) || !pmd_present(*ref_mid))
			goto bad_area_nosemaphore;
		/// 补上这一项后返回；出错的指令重新执行，这次就能通过新抄来的页表找到页面。
		set_pmd(mid, *ref_mid);
	}
}
