// SPDX-License-Identifier: GPL-2.0-only
/*
 * Process creation: fork(), vfork(), clone() all end in do_fork(), which
 * copies the task structure and then, unless shared, the open files,
 * the signal handlers and the address space.  The address space copy is
 * dup_mmap(): every VMA is copied and copy_page_range() makes the
 * private writable pages copy-on-write.  Also the lifetime of an
 * mm_struct (mm_users, mm_count), wait-queue helpers, and the slab
 * caches of the structures a process owns.
 * 情景分析 §2.3 (mm_struct, vm_area_struct), chapter 4 (fork).
 * Follows Linux 2.4.0 kernel/fork.c.
 */
/// §4.3 系统调用 fork()、vfork() 与 clone()；§2.3 mm_struct 的生命期。2.4.0 的 kernel/fork.c：创建进程的公共部分
/// do_fork()、复制用户空间的 copy_mm()/dup_mmap()、mm_struct 的两个引用计数、等待队列的挂入与摘除，
/// 以及进程所拥有的各种结构的 slab 缓存。
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/vmalloc.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>
#include <asm/uaccess.h>
#include <asm/mmu_context.h>

/* Tasks other than the idle task; runnable tasks; the most allowed. */
/// nr_threads：除 0 号进程外的进程数（fork 时加、release_task 时减）；nr_running：运行队列上的进程数；
/// max_threads 由 fork_init 按内存大小算出。
int nr_threads;
int nr_running;
int max_threads;
unsigned long total_forks;
int last_pid;

/// pid 杂凑表（linux/sched.h 的 hash_pid、find_task_by_pid），kill()、waitpid(pid) 靠它按 pid 找进程。
struct task_struct *pidhash[PIDHASH_SZ];

/* Queue wait on q: a plain waiter, woken with everyone else. */
/// §4.5 进程的睡眠与唤醒：把 wait 挂进等待队列 q。2.4.0: kernel/fork.c add_wait_queue()
/// （2.4.0 把这三个函数放在 fork.c 里，本移植照搬位置。）普通等待者挂在队首，唤醒时都会被叫醒。
void add_wait_queue(wait_queue_head_t *q, wait_queue_t *wait)
{
	unsigned long flags;

	wq_write_lock_irqsave(&q->lock, flags);
	wait->flags = 0;
	__add_wait_queue(q, wait);
	wq_write_unlock_irqrestore(&q->lock, flags);
}

/* An exclusive waiter, at the tail: an exclusive wake-up takes one. */
/// §4.5：独占的等待者挂在队尾，wake_up 只唤醒其中一个（信号量用它）。2.4.0: kernel/fork.c add_wait_queue_exclusive()
void add_wait_queue_exclusive(wait_queue_head_t *q, wait_queue_t *wait)
{
	unsigned long flags;

	wq_write_lock_irqsave(&q->lock, flags);
	wait->flags = WQ_FLAG_EXCLUSIVE;
	__add_wait_queue_tail(q, wait);
	wq_write_unlock_irqrestore(&q->lock, flags);
}

/// §4.5：醒来后把自己从等待队列摘下。2.4.0: kernel/fork.c remove_wait_queue()
void remove_wait_queue(wait_queue_head_t *q, wait_queue_t *wait)
{
	unsigned long flags;

	wq_write_lock_irqsave(&q->lock, flags);
	__remove_wait_queue(q, wait);
	wq_write_unlock_irqrestore(&q->lock, flags);
}

/*
 * Task structures (8 KB each) may take at most half of memory; a user
 * may have half of that many processes.
 */
/// §4.3 / §10：按物理页面数限制进程总数。2.4.0: kernel/fork.c fork_init()
/// 每个进程的 task_struct 加系统堆栈占 8K（两个页面），最多允许它们占掉一半内存；0 号进程的 RLIMIT_NPROC
/// 再取其一半（这个限制随 rlim 继承给所有进程，但本移植没有 user_struct，不按用户计数，只检查 max_threads）。
void __init fork_init(unsigned long mempages)
{
	max_threads = mempages / (THREAD_SIZE / PAGE_SIZE) / 2;

	init_task.rlim[RLIMIT_NPROC].rlim_cur = max_threads / 2;
	init_task.rlim[RLIMIT_NPROC].rlim_max = max_threads / 2;
}

spinlock_t lastpid_lock = SPIN_LOCK_UNLOCKED;

/*
 * The next free pid: last_pid + 1, skipping any value in use as a pid,
 * process group or session.  next_safe remembers the lowest such value
 * above last_pid, so the task list is walked only when it is reached.
 * After PID_MAX the count starts again at 300 (daemons keep the low ones).
 */
/// §4.3：为新进程分配 pid。2.4.0: kernel/fork.c get_pid()
/// 从 last_pid+1 往上找一个既不是任何进程的 pid、也不是进程组号或会话号的数；超过 0x7fff 就从 300 重来
/// （低号码留给开机时启动的守护进程）。next_safe 记住“last_pid 之上最小的已用号码”，在到达它之前不必每次扫描进程链表。
static int get_pid(unsigned long flags)
{
	static int next_safe = PID_MAX;
	struct task_struct *p;

	if (flags & CLONE_PID)
		return current->pid;

	spin_lock(&lastpid_lock);
	if ((++last_pid) & 0xffff8000) {
		last_pid = 300;
		goto inside;
	}
	if (last_pid >= next_safe) {
inside:
		next_safe = PID_MAX;
		read_lock(&tasklist_lock);
	repeat:
		for_each_task(p) {
			if (p->pid == last_pid ||
			    p->pgrp == last_pid ||
			    p->session == last_pid) {
				if (++last_pid >= next_safe) {
					if (last_pid & 0xffff8000)
						last_pid = 300;
					next_safe = PID_MAX;
				}
				goto repeat;
			}
			if (p->pid > last_pid && next_safe > p->pid)
				next_safe = p->pid;
			if (p->pgrp > last_pid && next_safe > p->pgrp)
				next_safe = p->pgrp;
			if (p->session > last_pid && next_safe > p->session)
				next_safe = p->session;
		}
		read_unlock(&tasklist_lock);
	}
	spin_unlock(&lastpid_lock);

	return last_pid;
}

/*
 * Copy the parent's VMAs into mm.  A copy is not locked (locks are not
 * inherited); a file mapping takes a reference to the file and joins the
 * file's sharing list right after the parent's VMA.  copy_page_range()
 * shares the pages, write-protecting private writable ones in both
 * (copy-on-write).  A VMA is linked in even when its page copy failed,
 * so that exit_mmap() frees what was copied.
 */
/// §4.3 / §2.3：复制父进程的用户空间。2.4.0: kernel/fork.c dup_mmap()
/// 逐个复制虚存区间 vm_area_struct：子进程不继承 mlock 的锁定（清 VM_LOCKED）；映射文件的区间给文件加一个引用，
/// 并插入该文件共享链表中父进程区间的后面；然后 copy_page_range（mm/memory.c）复制页表：
/// 页面本身不复制，私有可写的页面在父子两边都改成只读，谁先写谁在 do_wp_page 里得到自己的副本（写时拷贝，COW）。
/// 即使 copy_page_range 失败，区间也先挂进子进程的链表，让调用者的 mmput → exit_mmap 统一清理。
static inline int dup_mmap(struct mm_struct *mm)
{
	struct vm_area_struct *mpnt, *tmp, **pprev;
	int retval;

	flush_cache_mm(current->mm);
	/// memcpy 整个 mm_struct 复制来的链表、AVL 树、统计都属于父进程，先清掉，下面重新建立。
	mm->locked_vm = 0;
	mm->mmap = NULL;
	mm->mmap_avl = NULL;
	mm->mmap_cache = NULL;
	mm->map_count = 0;
	mm->cpu_vm_mask = 0;
	mm->swap_cnt = 0;
	mm->swap_address = 0;
	pprev = &mm->mmap;
	for (mpnt = current->mm->mmap; mpnt; mpnt = mpnt->vm_next) {
		struct file *file;

		retval = -ENOMEM;
		if (mpnt->vm_flags & VM_DONTCOPY)
			continue;
		tmp = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
		if (!tmp)
			goto fail_nomem;
		*tmp = *mpnt;
		tmp->vm_flags &= ~VM_LOCKED;
		tmp->vm_mm = mm;
		mm->map_count++;
		tmp->vm_next = NULL;
		file = tmp->vm_file;
		if (file) {
			struct inode *inode = file->f_dentry->d_inode;

			get_file(file);
			/// 可执行文件的映射带 VM_DENYWRITE：i_writecount 为负数表示有这么多“拒绝写入”的映射，多一个区间就再减 1。
			if (tmp->vm_flags & VM_DENYWRITE)
				atomic_dec(&inode->i_writecount);

			/* Into the file's sharing list, after mpnt. */
			spin_lock(&inode->i_mapping->i_shared_lock);
			if ((tmp->vm_next_share = mpnt->vm_next_share) != NULL)
				mpnt->vm_next_share->vm_pprev_share =
					&tmp->vm_next_share;
			mpnt->vm_next_share = tmp;
			tmp->vm_pprev_share = &mpnt->vm_next_share;
			spin_unlock(&inode->i_mapping->i_shared_lock);
		}

		retval = copy_page_range(mm, current->mm, tmp);
		if (!retval && tmp->vm_ops && tmp->vm_ops->open)
			tmp->vm_ops->open(tmp);

		*pprev = tmp;
		pprev = &tmp->vm_next;

		if (retval)
			goto fail_nomem;
	}
	retval = 0;
	if (mm->map_count >= AVL_MIN_MAP_COUNT)
		build_mmap_avl(mm);

fail_nomem:
	/* The parent's ptes lost their write bit: drop stale TLB entries. */
	/// 父进程的页表项刚被改成只读，TLB 里可能还留着可写的旧项，必须刷新，否则父进程写入时不会引起写时拷贝。
	flush_tlb_mm(current->mm);
	return retval;
}

/* The list of every mm, from init_mm (kswapd's swap_out walks it). */
/// 所有 mm_struct 通过 mmlist 串在 init_mm 上，2.4.0 的 kswapd（swap_out）沿着它挑选换出的进程；本移植还没有页面换出，
/// 链表照样维护。
spinlock_t mmlist_lock = SPIN_LOCK_UNLOCKED;

#define allocate_mm()	(kmem_cache_alloc(mm_cachep, SLAB_KERNEL))
#define free_mm(mm)	(kmem_cache_free(mm_cachep, (mm)))

/* One user, one reference, a fresh semaphore, a new page directory. */
/// §2.3：新 mm_struct 的初始状态。2.4.0: kernel/fork.c mm_init()
/// mm_users = 1（一个使用者）、mm_count = 1（所有使用者合起来算一个引用）；页目录 pgd_alloc：用户部分 768 项清零，
/// 内核部分 256 项从 swapper_pg_dir 复制，所以任何进程进入内核后看到的内核空间都一样。
static struct mm_struct *mm_init(struct mm_struct *mm)
{
	atomic_set(&mm->mm_users, 1);
	atomic_set(&mm->mm_count, 1);
	init_MUTEX(&mm->mmap_sem);
	mm->page_table_lock = SPIN_LOCK_UNLOCKED;
	mm->pgd = pgd_alloc();
	if (mm->pgd)
		return mm;
	free_mm(mm);
	return NULL;
}

/* An empty address space (exec). */
/// §4.4 execve / §2.3：分配一个空的用户空间（exec 用）。2.4.0: kernel/fork.c mm_alloc()
struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm;

	mm = allocate_mm();
	if (mm) {
		memset(mm, 0, sizeof(*mm));
		return mm_init(mm);
	}
	return NULL;
}

/*
 * The last reference to the mm_struct is gone (mm_count 0): a task that
 * used it or a lazy-TLB kernel thread that borrowed it.  Free the page
 * directory and the structure.
 */
/// §2.3：mm_struct 的最后一个引用没了。2.4.0: kernel/fork.c __mmdrop()
/// 此时不再有进程使用它，也不再有内核线程借用它（CR3 已不指向它的页目录），可以释放页目录和结构本身。
void __mmdrop(struct mm_struct *mm)
{
	if (mm == &init_mm)
		BUG();
	pgd_free(mm->pgd);
	destroy_context(mm);
	free_mm(mm);
}

/*
 * A user of the address space is done with it.  The last user tears it
 * down (every VMA, page and page table: exit_mmap) and gives up the
 * users' common reference to the struct.
 */
/// §2.3 / §4.5：一个使用者不再使用这个用户空间。2.4.0: kernel/fork.c mmput()
/// mm_users 减到 0（最后一个使用者，线程共享时要等所有线程）：从 mmlist 摘下，exit_mmap 拆掉全部虚存区间、页面和页表，
/// 再放掉使用者们共同持有的那一个 mm_count 引用。两个计数分开，是因为 mm_struct 和页目录在使用者全走后
/// 可能还被借用着（懒惰 TLB 的内核线程、正在退出还没切换走的进程）。
void mmput(struct mm_struct *mm)
{
	if (atomic_dec_and_test(&mm->mm_users)) {
		spin_lock(&mmlist_lock);
		list_del(&mm->mmlist);
		spin_unlock(&mmlist_lock);
		exit_mmap(mm);
		mmdrop(mm);
	}
}

/*
 * The current task no longer uses its mm (exit, exec): a vfork() parent
 * waiting for exactly this may go on.
 */
/// §4.3 vfork：当前进程不再使用它的 mm（exec 或 exit）。2.4.0: kernel/fork.c mm_release()
/// vfork 的子进程借用父进程的用户空间，父进程一直睡在 vfork_sem 上，到这里才被唤醒继续运行。
void mm_release(void)
{
	struct task_struct *tsk = current;

	if (tsk->flags & PF_VFORK) {
		tsk->flags &= ~PF_VFORK;
		up(tsk->p_opptr->vfork_sem);
	}
}

/*
 * The child's address space: none for a kernel thread, the same one for
 * CLONE_VM (one more user), otherwise a copy: the mm_struct copied
 * wholesale, then given a new pgd and its own VMAs (dup_mmap).
 */
/// §4.3 / §2.3：子进程的用户空间。2.4.0: kernel/fork.c copy_mm()
/// 内核线程（父进程没有 mm）不需要；CLONE_VM（线程、vfork）共享同一个 mm，mm_users 加 1；否则复制：
/// 先整体复制 mm_struct 结构，再 mm_init 换上新的页目录和计数，在父进程的 mmap_sem 保护下 dup_mmap。
static int copy_mm(unsigned long clone_flags, struct task_struct *tsk)
{
	struct mm_struct *mm, *oldmm;
	int retval;

	/// 缺页统计从零开始（*tsk = *current 时复制了父进程的）。
	tsk->min_flt = tsk->maj_flt = 0;
	tsk->cmin_flt = tsk->cmaj_flt = 0;
	tsk->nswap = tsk->cnswap = 0;

	tsk->mm = NULL;
	tsk->active_mm = NULL;

	/* A kernel thread: schedule() lends it an active_mm. */
	oldmm = current->mm;
	if (!oldmm)
		return 0;

	if (clone_flags & CLONE_VM) {
		atomic_inc(&oldmm->mm_users);
		mm = oldmm;
		goto good_mm;
	}

	retval = -ENOMEM;
	mm = allocate_mm();
	if (!mm)
		goto fail_nomem;

	memcpy(mm, oldmm, sizeof(*mm));
	if (!mm_init(mm))
		goto fail_nomem;

	down(&oldmm->mmap_sem);
	retval = dup_mmap(mm);
	up(&oldmm->mmap_sem);

	/* Right after the parent in the mm list. */
	spin_lock(&mmlist_lock);
	/// 挂在父进程 mm 的后面：2.4.0 的 swap_out 按 mmlist 顺序扫描，这样父子相邻。
	list_add(&mm->mmlist, &oldmm->mmlist);
	spin_unlock(&mmlist_lock);

	if (retval)
		goto free_pt;

	/// 父进程若有私有 LDT（modify_ldt），给子进程复制一份（process.c）。
	copy_segments(tsk, mm);

	if (init_new_context(tsk, mm))
		goto free_pt;

good_mm:
	tsk->mm = mm;
	tsk->active_mm = mm;
	return 0;

free_pt:
	mmput(mm);
fail_nomem:
	return retval;
}

/* The highest open descriptor, rounded up to a whole word of the set. */
/// §5.5 文件的打开与关闭 / §4.3：已打开文件位图中最后一个非零的字。2.4.0: kernel/fork.c count_open_files()
static int count_open_files(struct files_struct *files, int size)
{
	int i;

	for (i = size / (8 * sizeof(long)); i > 0; ) {
		if (files->open_fds->fds_bits[--i])
			break;
	}
	i = (i + 1) * 8 * sizeof(long);
	return i;
}

/*
 * The child's descriptor table: shared for CLONE_FILES, else a copy in
 * which every open file gains a reference.
 */
/// §4.3：子进程的已打开文件表。2.4.0: kernel/fork.c copy_files()
/// CLONE_FILES 时共享（计数加 1）；否则复制一份：描述符位图照抄，每个已打开的 struct file 引用计数加 1，
/// 所以父子进程的同一个描述符指向同一个打开文件（共享读写位置）。
/// 与 2.4.0 不同：本移植的描述符表固定为 NR_OPEN_DEFAULT（32）项，不会像 2.4.0 那样扩充（expand_fdset 等）。
static int copy_files(unsigned long clone_flags, struct task_struct *tsk)
{
	struct files_struct *oldf, *newf;
	struct file **old_fds, **new_fds;
	int open_files, size, i, error = 0;

	oldf = current->files;
	if (!oldf)
		goto out;

	if (clone_flags & CLONE_FILES) {
		atomic_inc(&oldf->count);
		goto out;
	}

	tsk->files = NULL;
	error = -ENOMEM;
	newf = kmem_cache_alloc(files_cachep, SLAB_KERNEL);
	if (!newf)
		goto out;

	atomic_set(&newf->count, 1);

	newf->file_lock = RW_LOCK_UNLOCKED;
	newf->next_fd = 0;
	newf->max_fds = NR_OPEN_DEFAULT;
	newf->max_fdset = __FD_SETSIZE;
	newf->close_on_exec = &newf->close_on_exec_init;
	newf->open_fds = &newf->open_fds_init;
	newf->fd = &newf->fd_array[0];

	size = oldf->max_fdset;
	read_lock(&oldf->file_lock);

	open_files = count_open_files(oldf, size);
	/* Port: the table never grows past NR_OPEN_DEFAULT. */
	if (open_files > newf->max_fds)
		open_files = newf->max_fds;

	old_fds = oldf->fd;
	new_fds = newf->fd;

	memset(newf->open_fds->fds_bits, 0, sizeof(fd_set));
	memset(newf->close_on_exec->fds_bits, 0, sizeof(fd_set));
	memcpy(newf->open_fds->fds_bits, oldf->open_fds->fds_bits,
	       open_files / 8);
	memcpy(newf->close_on_exec->fds_bits, oldf->close_on_exec->fds_bits,
	       open_files / 8);

	for (i = open_files; i != 0; i--) {
		struct file *f = *old_fds++;

		if (f)
			get_file(f);
		*new_fds++ = f;
	}
	read_unlock(&oldf->file_lock);

	size = (newf->max_fds - open_files) * sizeof(struct file *);
	memset(new_fds, 0, size);

	tsk->files = newf;
	error = 0;
out:
	return error;
}

/* The child's signal handlers: shared for CLONE_SIGHAND, else a copy. */
/// §6.4 信号 / §4.3：子进程的信号处理程序表。2.4.0: kernel/fork.c copy_sighand()
/// CLONE_SIGHAND 时共享，否则复制一份处理程序设置。
static inline int copy_sighand(unsigned long clone_flags,
			       struct task_struct *tsk)
{
	struct signal_struct *sig;

	if (clone_flags & CLONE_SIGHAND) {
		atomic_inc(&current->sig->count);
		return 0;
	}
	sig = kmem_cache_alloc(sigact_cachep, GFP_KERNEL);
	tsk->sig = sig;
	if (!sig)
		return -1;
	spin_lock_init(&sig->siglock);
	atomic_set(&sig->count, 1);
	memcpy(tsk->sig->action, current->sig->action,
	       sizeof(tsk->sig->action));
	return 0;
}

/* Flags that must not pass to the child; a child has not exec'd yet. */
/// §4.3：子进程的 flags。2.4.0: kernel/fork.c copy_flags()
/// PF_SUPERPRIV（用过特权）、PF_USEDFPU（FPU 里装着本进程的状态）不能继承；PF_FORKNOEXEC 记下“fork 后还没 exec”；
/// vfork 的子进程带 PF_VFORK，mm_release 据此唤醒父进程。
static inline void copy_flags(unsigned long clone_flags,
			      struct task_struct *p)
{
	unsigned long new_flags = p->flags;

	new_flags &= ~(PF_SUPERPRIV | PF_USEDFPU | PF_VFORK);
	new_flags |= PF_FORKNOEXEC;
	if (!(clone_flags & CLONE_PTRACE))
		p->ptrace = 0;
	if (clone_flags & CLONE_VFORK)
		new_flags |= PF_VFORK;
	p->flags = new_flags;
}

/*
 * Create a child of the current task.  The child's task_struct starts
 * as a copy of the parent's, in a new 8 KB block with its own kernel
 * stack; it gets a pid, a place in the family, and copies (or shares,
 * by clone_flags) of files, signal handlers and address space.
 * copy_thread() builds its kernel stack so that it returns from the
 * system call with 0.  The parent's remaining time slice is split
 * between the two.  Returns the child's pid.  With CLONE_VFORK the
 * parent sleeps until the child releases the address space.
 */
/// §4.3 系统调用 fork()、vfork() 与 clone()：创建子进程。2.4.0: kernel/fork.c do_fork()
/// 步骤与 2.4.0 相同：分配 8K 的 task_struct + 系统堆栈 → 整体复制父进程的 task_struct → 设置新的 pid、家族关系、
/// 等待队列、信号 → 按 clone_flags 复制或共享 files、sighand、mm → copy_thread 建立子进程的系统堆栈
/// （子进程从 ret_from_fork 返回用户空间，eax 为 0）→ 父进程剩余的时间片分一半给子进程 → 挂进进程链表和 pid 杂凑表
/// → wake_up_process 放进运行队列。父进程得到子进程的 pid。
/// 与 2.4.0 不同：没有 fs_struct（当前目录、根目录，本移植没有目录树）、没有 user_struct（不按用户限制进程数）、
/// 没有定时器和 exec_domain 的处理。
int do_fork(unsigned long clone_flags, unsigned long stack_start,
	    struct pt_regs *regs, unsigned long stack_size)
{
	int retval = -ENOMEM;
	struct task_struct *p;
	/// vfork 用的信号量，初值 0：父进程最后 down(&sem) 就睡下，直到子进程 mm_release 时 up。它在父进程的堆栈上，
	/// 子进程通过 p_opptr->vfork_sem 找到它。
	DECLARE_MUTEX_LOCKED(sem);

	if (clone_flags & CLONE_PID) {
		/* Only the boot task may clone its own pid. */
		if (current->pid)
			return -EPERM;
	}

	current->vfork_sem = &sem;

	/// 两个连续的页面（order 1），8K 对齐：task_struct 在低端，其余是系统堆栈（asm/processor.h）。
	p = alloc_task_struct();
	if (!p)
		goto fork_out;

	/// 整个结构先照抄父进程，下面再逐项改掉不该继承的。
	*p = *current;

	retval = -EAGAIN;
	if (nr_threads >= max_threads)
		goto bad_fork_free;

	p->did_exec = 0;
	p->swappable = 0;
	/// 在一切准备好之前子进程不能被调度，也不能被信号唤醒，最后由 wake_up_process 改成 TASK_RUNNING。
	p->state = TASK_UNINTERRUPTIBLE;

	copy_flags(clone_flags, p);
	p->pid = get_pid(clone_flags);

	/// run_list.next 为 NULL 表示不在运行队列上（task_on_runqueue）。
	p->run_list.next = NULL;
	p->run_list.prev = NULL;

	/// p_opptr 是“原始”父进程，p_pptr 是当前父进程（被跟踪时是跟踪者）；CLONE_PARENT 让子进程成为兄弟（与当前进程同父）。
	if ((clone_flags & CLONE_VFORK) || !(clone_flags & CLONE_PARENT)) {
		p->p_opptr = current;
		if (!(p->ptrace & PT_PTRACED))
			p->p_pptr = current;
	}
	p->p_cptr = NULL;
	init_waitqueue_head(&p->wait_chldexit);
	p->vfork_sem = NULL;
	spin_lock_init(&p->alloc_lock);

	/// 挂着的信号不继承。
	p->sigpending = 0;
	init_sigpending(&p->pending);

	p->leader = 0;
	p->tty_old_pgrp = 0;
	p->times.tms_utime = p->times.tms_stime = 0;
	p->times.tms_cutime = p->times.tms_cstime = 0;
	p->lock_depth = -1;
	p->start_time = jiffies;

	retval = -ENOMEM;
	if (copy_files(clone_flags, p))
		goto bad_fork_cleanup;
	if (copy_sighand(clone_flags, p))
		goto bad_fork_cleanup_files;
	if (copy_mm(clone_flags, p))
		goto bad_fork_cleanup_sighand;
	retval = copy_thread(0, clone_flags, stack_start, stack_size, p, regs);
	if (retval)
		goto bad_fork_cleanup_sighand;

	p->parent_exec_id = p->self_exec_id;

	p->swappable = 1;
	/// clone_flags 的低 8 位是子进程退出时发给父进程的信号，fork 是 SIGCHLD。
	p->exit_signal = clone_flags & CSIGNAL;
	p->pdeath_signal = 0;

	/// 与 2.4.0 的偏差（修正）：*p = *current 把父进程 policy 里的 SCHED_YIELD 也抄给了子进程。
	/// __alloc_pages() 的慢路径置上 SCHED_YIELD 后调 schedule()；若没有别的进程可换，
	/// 标志一直留着（只有真正切换后 __schedule_tail 才清除）。子进程带着它出生，
	/// goodness() 给两者都是 -1，schedule() 永远留在父进程上：4 MB 内存时，
	/// 引导自检把内存耗尽过一次的 0 号进程创建的 init 从来得不到运行。
	/// 让出 CPU 是父进程那一次调用的请求，不属于子进程，所以清掉。见 Documentation/deviations.md。
	/* A yield the parent asked for is its own, not the child's (port fix). */
	p->policy &= ~SCHED_YIELD;

	/* Half the parent's remaining slice, rounded up, to the child. */
	/// 时间片一分为二：总量不变，创建子进程不能成为多占 CPU 的手段。父进程的时间片若因此为 0，就请求调度。
	p->counter = (current->counter + 1) >> 1;
	current->counter >>= 1;
	if (!current->counter)
		current->need_resched = 1;

	retval = p->pid;
	p->tgid = retval;
	INIT_LIST_HEAD(&p->thread_group);
	write_lock_irq(&tasklist_lock);
	if (clone_flags & CLONE_THREAD) {
		p->tgid = current->tgid;
		list_add(&p->thread_group, &current->thread_group);
	}
	/// 挂进进程链表（init_task 的环）并成为父进程最年轻的子进程（p_cptr）。
	SET_LINKS(p);
	hash_pid(p);
	nr_threads++;
	write_unlock_irq(&tasklist_lock);

	/// 最后一步才放进运行队列：从此子进程随时可能被调度。
	wake_up_process(p);
	++total_forks;

fork_out:
	if ((clone_flags & CLONE_VFORK) && (retval > 0))
		down(&sem);
	return retval;

bad_fork_cleanup_sighand:
	exit_sighand(p);
bad_fork_cleanup_files:
	exit_files(p);
bad_fork_cleanup:
bad_fork_free:
	free_task_struct(p);
	goto fork_out;
}

/* Slab caches of the per-process structures. */
/// §2.10 / §4.3：进程拥有的各种结构的专用 slab 缓存。2.4.0: kernel/fork.c（sigact_cachep、files_cachep、vm_area_cachep、mm_cachep）
/// 2.4.0 还有 fs_cachep（本移植没有 fs_struct）。
kmem_cache_t *sigact_cachep;	/* signal_struct (tsk->sig) */
kmem_cache_t *files_cachep;	/* files_struct (tsk->files) */
kmem_cache_t *vm_area_cachep;
kmem_cache_t *mm_cachep;

/*
 * Create the caches at boot, after kmem_cache_sizes_init.  A failure
 * here leaves no way to run a process: panic, as 2.4.0 does.
 */
/// §2.10：创建上述专用缓冲区队列。2.4.0: kernel/fork.c proc_caches_init()
/// start_kernel() 在 kmem_cache_sizes_init() 之后调用它（2.4.0 的顺序）；SLAB_HWCACHE_ALIGN 让每个对象按 cache 行对齐。
void __init proc_caches_init(void)
{
	sigact_cachep = kmem_cache_create("signal_act",
			sizeof(struct signal_struct), 0,
			SLAB_HWCACHE_ALIGN, NULL, NULL);
	if (!sigact_cachep)
		/// 创建失败就无从运行任何进程，2.4.0 直接 panic，本移植相同。
		panic("Cannot create signal action SLAB cache");

	files_cachep = kmem_cache_create("files_cache",
			sizeof(struct files_struct), 0,
			SLAB_HWCACHE_ALIGN, NULL, NULL);
	if (!files_cachep)
		panic("Cannot create files SLAB cache");

	vm_area_cachep = kmem_cache_create("vm_area_struct",
			sizeof(struct vm_area_struct), 0,
			SLAB_HWCACHE_ALIGN, NULL, NULL);
	if (!vm_area_cachep)
		panic("vma_init: Cannot alloc vm_area_struct SLAB cache");

	mm_cachep = kmem_cache_create("mm_struct",
			sizeof(struct mm_struct), 0,
			SLAB_HWCACHE_ALIGN, NULL, NULL);
	if (!mm_cachep)
		panic("vma_init: Cannot alloc mm_struct SLAB cache");
}
