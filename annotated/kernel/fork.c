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
/// 队列也会在中断处理程序里被唤醒，所以操作队列时要关中断（irqsave），完了恢复原来的中断状态。
void add_wait_queue(wait_queue_head_t *q, wait_queue_t *wait)
{
	unsigned long irqstate;

	wq_write_lock_irqsave(&q->lock, irqstate);
	wait->flags = 0;
	__add_wait_queue(q, wait);
	wq_write_unlock_irqrestore(&q->lock, irqstate);
}

/* An exclusive waiter, at the tail: an exclusive wake-up takes one. */
/// §4.5：独占的等待者挂在队尾，wake_up 只唤醒其中一个（信号量用它）。2.4.0: kernel/fork.c add_wait_queue_exclusive()
/// 挂在队尾，保证独占的等待者总排在普通等待者后面：__wake_up_common 从队首走起，先叫醒所有普通的，遇到第一个独占的就停。
void add_wait_queue_exclusive(wait_queue_head_t *q, wait_queue_t *wait)
{
	unsigned long irqstate;

	wq_write_lock_irqsave(&q->lock, irqstate);
	wait->flags = WQ_FLAG_EXCLUSIVE;
	__add_wait_queue_tail(q, wait);
	wq_write_unlock_irqrestore(&q->lock, irqstate);
}

/// §4.5：醒来后把自己从等待队列摘下。2.4.0: kernel/fork.c remove_wait_queue()
void remove_wait_queue(wait_queue_head_t *q, wait_queue_t *wait)
{
	unsigned long irqstate;

	wq_write_lock_irqsave(&q->lock, irqstate);
	__remove_wait_queue(q, wait);
	wq_write_unlock_irqrestore(&q->lock, irqstate);
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
	unsigned long pages_per_task = THREAD_SIZE / PAGE_SIZE;
	struct rlimit *nproc = &init_task.rlim[RLIMIT_NPROC];

	/// 32MB 内存时 mempages = 8176，max_threads = 8176 / 2 / 2 = 2044。
	max_threads = mempages / pages_per_task / 2;
	nproc->rlim_cur = nproc->rlim_max = max_threads / 2;
}

spinlock_t lastpid_lock = SPIN_LOCK_UNLOCKED;

/* v if it lies strictly between nr and bound, else bound. */
/// §4.3：get_pid() 的小帮手：v 落在 (nr, bound) 之间就取 v，否则仍是 bound。
/// 2.4.0: 无（本移植新增）：2.4.0 在 get_pid() 里对 pid、pgrp、session 各写一条同样的比较，本移植写成一个函数调用三次。
static inline int tighter(int bound, int v, int nr)
{
	return (v > nr && v < bound) ? v : bound;
}

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
	struct task_struct *t;
	int nr, lowest, clash;

	/// CLONE_PID 只有 0 号进程能用（do_fork 已检查），子进程与它同号，不必分配。
	if (flags & CLONE_PID)
		return current->pid;

	/// nr 是候选号码，找定之后才写回 last_pid；last_pid 与 next_safe 都只在 lastpid_lock 下读写。
	spin_lock(&lastpid_lock);
	nr = last_pid + 1;
	/// 0xffff8000 检查的是 nr 是否已到 PID_MAX（0x8000）：回绕到 300，并且一定要扫描，因为低号码可能还有进程在用。
	if (nr & 0xffff8000)
		nr = 300;
	else if (nr < next_safe)
		/// 开机后第一次回绕之前 next_safe 一直是 PID_MAX，所以号码只是顺序递增，从不扫描进程链表——
		/// 这时也不会有冲突，因为比 last_pid 大的号码还没有发出去过（CLONE_PID 与 0 号进程除外）。
		goto found;		/* nothing in use up to next_safe */

	/* Walk the tasks until none uses nr; note the next value in use. */
	/// 扫描：从头走一遍进程链表。遇到占用 nr 的进程就换下一个号码，从链表头重新走；
	/// 一遍走完没有冲突，nr 就可用，同时 lowest 记下了 nr 之上最小的已用号码，作为新的 next_safe。
	lowest = PID_MAX;
	read_lock(&tasklist_lock);
	do {
		clash = 0;
		for_each_task(t) {
			if (t->pid == nr || t->pgrp == nr || t->session == nr) {
				clash = 1;
				break;
			}
			lowest = tighter(lowest, t->pid, nr);
			lowest = tighter(lowest, t->pgrp, nr);
			lowest = tighter(lowest, t->session, nr);
		}
		/// 换号码时越过了 lowest，说明前面记下的界限已经作废：清回 PID_MAX 重新统计；需要时同样回绕到 300。
		/// 注意重新走链表时 lowest 并不清零：上一遍已经记下的、比新 nr 大的值仍然有效。
		if (clash && ++nr >= lowest) {
			if (nr & 0xffff8000)
				nr = 300;
			lowest = PID_MAX;
		}
	} while (clash);
	read_unlock(&tasklist_lock);
	/// 在 next_safe 之前的号码都没有进程用，下次分配可以直接递增，不必扫描（见 host 测试 get_pid 的例子：
	/// 其间新出现的进程不会被看到，这是 2.4.0 算法本来的性质）。
	next_safe = lowest;
found:
	last_pid = nr;
	spin_unlock(&lastpid_lock);
	return nr;
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
/// 并插入该文件共享链表中父进程区间的后面；然后 copy_page_range（mm/memory.c）复制页面表：
/// 页面本身不复制，私有可写的页面在父子两边都改成只读，谁先写谁在 do_wp_page 里得到自己的副本（写时拷贝，COW）。
/// 即使 copy_page_range 失败，区间也先挂进子进程的链表，让调用者的 mmput → exit_mmap 统一清理。
static inline int dup_mmap(struct mm_struct *mm)
{
	struct mm_struct *from = current->mm;
	struct vm_area_struct *src, *copy, **tail = &mm->mmap;
	int err = 0;

	flush_cache_mm(from);
	/* The struct was copied whole: forget the parent's VMAs and counts. */
	/// memcpy 整个 mm_struct 复制来的链表、AVL 树、统计都属于父进程，先清掉，下面重新建立。
	/// rss 等其余字段照抄父进程的值（2.4.0 相同）。
	mm->mmap = mm->mmap_avl = mm->mmap_cache = NULL;
	mm->map_count = 0;
	mm->locked_vm = 0;
	mm->cpu_vm_mask = 0;
	mm->swap_cnt = mm->swap_address = 0;

	for (src = from->mmap; src; src = src->vm_next) {
		/// VM_DONTCOPY 的区间（madvise 设的，本移植没有设它的途径）不进入子进程，也不计入 map_count。
		if (src->vm_flags & VM_DONTCOPY)
			continue;
		/// 分配失败就停下返回 -ENOMEM；已经复制的区间都已挂在子进程的链表上。
		copy = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
		if (!copy) {
			err = -ENOMEM;
			break;
		}
		*copy = *src;
		copy->vm_mm = mm;
		/// mlock 的锁定是父进程的，子进程的页面可以换出（locked_vm 上面也已清零）。
		copy->vm_flags &= ~VM_LOCKED;
		copy->vm_next = NULL;
		mm->map_count++;

		/// 文件映射：文件多一个引用（子进程退出时 exit_mmap 里 fput）。
		if (copy->vm_file) {
			struct file *f = copy->vm_file;
			struct inode *node = f->f_dentry->d_inode;

			get_file(f);
			if (copy->vm_flags & VM_DENYWRITE)
				/// 可执行文件的映射带 VM_DENYWRITE：i_writecount 为负数表示有这么多“拒绝写入”的映射，多一个区间就再减 1。
				atomic_dec(&node->i_writecount);
			/* Into the file's sharing list, after src. */
			/// 插在父进程区间的后面：vm_pprev_share 指向前一个的 vm_next_share，这样摘除时不必知道链表头。
			spin_lock(&node->i_mapping->i_shared_lock);
			copy->vm_pprev_share = &src->vm_next_share;
			copy->vm_next_share = src->vm_next_share;
			if (copy->vm_next_share)
				copy->vm_next_share->vm_pprev_share =
					&copy->vm_next_share;
			src->vm_next_share = copy;
			spin_unlock(&node->i_mapping->i_shared_lock);
		}

		/// 复制页面表成功才调用 vm_ops->open（例如共享内存的引用计数）；失败的区间不算打开过。
		err = copy_page_range(mm, from, copy);
		if (!err && copy->vm_ops && copy->vm_ops->open)
			copy->vm_ops->open(copy);

		/* Linked even after a failure: exit_mmap() undoes it. */
		/// tail 指向上一个区间的 vm_next（开始时是 mm->mmap），新区间接在链表末尾，次序与父进程相同。
		*tail = copy;
		tail = &copy->vm_next;
		if (err)
			break;
	}
	/// 区间多了（32 个以上）就建 AVL 树，查找快；这里数的是子进程实际复制到的区间数。
	if (!err && mm->map_count >= AVL_MIN_MAP_COUNT)
		build_mmap_avl(mm);

	/* The parent's ptes lost their write bit: drop stale TLB entries. */
	/// 父进程的页面表项刚被改成只读，TLB 里可能还留着可写的旧项，必须刷新，否则父进程写入时不会引起写时拷贝。
	/// 失败时也要刷新：失败之前的区间已经写保护过了。
	flush_tlb_mm(from);
	return err;
}

/* The list of every mm, from init_mm (kswapd's swap_out walks it). */
/// 所有 mm_struct 通过 mmlist 串在 init_mm 上，kswapd 的 swap_out()（mm/vmscan.c，§2.8）沿着它挑选换出的进程。
spinlock_t mmlist_lock = SPIN_LOCK_UNLOCKED;

#define allocate_mm()	(kmem_cache_alloc(mm_cachep, SLAB_KERNEL))
#define free_mm(mm)	(kmem_cache_free(mm_cachep, (mm)))

/* mm joins the mm list right after prev; mm leaves it. */
/// §2.3：把 mm 挂进所有 mm_struct 的链表（mmlist），紧接在 prev 后面。
/// 2.4.0: 无（本移植新增）：2.4.0 在 copy_mm() 和 mmput() 里直接写加锁、链表操作、解锁三行，
/// 本移植写成一对小函数，加锁次序不变。
static inline void mmlist_insert(struct mm_struct *mm, struct mm_struct *prev)
{
	spin_lock(&mmlist_lock);
	list_add(&mm->mmlist, &prev->mmlist);
	spin_unlock(&mmlist_lock);
}

/// §2.3：把 mm 从 mmlist 摘下（最后一个使用者离开时）。2.4.0: 无（本移植新增），见 mmlist_insert。
static inline void mmlist_remove(struct mm_struct *mm)
{
	spin_lock(&mmlist_lock);
	list_del(&mm->mmlist);
	spin_unlock(&mmlist_lock);
}

/* One user, one reference, a fresh semaphore, a new page directory. */
/// §2.3：新 mm_struct 的初始状态。2.4.0: kernel/fork.c mm_init()
/// mm_users = 1（一个使用者）、mm_count = 1（所有使用者合起来算一个引用）；页面目录 pgd_alloc：用户部分 768 项清零，
/// 内核部分 256 项从 swapper_pg_dir 复制，所以任何进程进入内核后看到的内核空间都一样。
static struct mm_struct *mm_init(struct mm_struct *mm)
{
	atomic_set(&mm->mm_users, 1);
	atomic_set(&mm->mm_count, 1);
	/// mmap_sem 初值 1（互斥），page_table_lock 开锁：复制来的值可能正被父进程持有。
	/// 2.4.0 用 init_MUTEX 和直接赋值 SPIN_LOCK_UNLOCKED 写这两步，效果相同。
	sema_init(&mm->mmap_sem, 1);
	spin_lock_init(&mm->page_table_lock);
	mm->pgd = pgd_alloc();
	/// 没有页面做页面目录：结构本身也还给缓存，调用者得到 NULL。
	if (!mm->pgd) {
		free_mm(mm);
		return NULL;
	}
	return mm;
}

/* An empty address space (exec). */
/// §4.4 execve / §2.3：分配一个空的用户空间（exec 用）。2.4.0: kernel/fork.c mm_alloc()
/// 全部清零之后再 mm_init：没有任何区间，mmlist 由调用者（exec_mmap）挂入。
struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm = allocate_mm();

	if (!mm)
		return NULL;
	memset(mm, 0, sizeof(*mm));
	return mm_init(mm);
}

/*
 * The last reference to the mm_struct is gone (mm_count 0): a task that
 * used it or a lazy-TLB kernel thread that borrowed it.  Free the page
 * directory and the structure.
 */
/// §2.3：mm_struct 的最后一个引用没了。2.4.0: kernel/fork.c __mmdrop()
/// 此时不再有进程使用它，也不再有内核线程借用它（CR3 已不指向它的页面目录），可以释放页面目录和结构本身。
void __mmdrop(struct mm_struct *mm)
{
	if (mm != &init_mm) {
		pgd_free(mm->pgd);
		destroy_context(mm);
		free_mm(mm);
		return;
	}
	/// init_mm 是静态的，页面目录是 swapper_pg_dir，永远不能释放；走到这里说明引用计数出了错。
	BUG();		/* the kernel's own mm is never freed */
}

/*
 * A user of the address space is done with it.  The last user tears it
 * down (every VMA, page and page table: exit_mmap) and gives up the
 * users' common reference to the struct.
 */
/// §2.3 / §4.5：一个使用者不再使用这个用户空间。2.4.0: kernel/fork.c mmput()
/// mm_users 减到 0（最后一个使用者，线程共享时要等所有线程）：从 mmlist 摘下，exit_mmap 拆掉全部虚存区间、页面和页面表，
/// 再放掉使用者们共同持有的那一个 mm_count 引用。两个计数分开，是因为 mm_struct 和页面目录在使用者全走后
/// 可能还被借用着（懒惰 TLB 的内核线程、正在退出还没切换走的进程）。
void mmput(struct mm_struct *mm)
{
	if (!atomic_dec_and_test(&mm->mm_users))
		return;
	/// 先摘下，kswapd 的 swap_out 就不会再挑中一个正在拆除的用户空间。
	mmlist_remove(mm);
	exit_mmap(mm);
	mmdrop(mm);
}

/*
 * The current task no longer uses its mm (exit, exec): a vfork() parent
 * waiting for exactly this may go on.
 */
/// §4.3 vfork：当前进程不再使用它的 mm（exec 或 exit）。2.4.0: kernel/fork.c mm_release()
/// vfork 的子进程借用父进程的用户空间，父进程一直睡在 vfork_sem 上，到这里才被唤醒继续运行。
void mm_release(void)
{
	struct task_struct *me = current;

	if (!(me->flags & PF_VFORK))
		return;
	me->flags &= ~PF_VFORK;
	/// 信号量在父进程 do_fork 的堆栈上，通过原始父进程 p_opptr 找到它；PF_VFORK 先清掉，保证只 up 一次。
	up(me->p_opptr->vfork_sem);
}

/*
 * The child's address space: none for a kernel thread, the same one for
 * CLONE_VM (one more user), otherwise a copy: the mm_struct copied
 * wholesale, then given a new pgd and its own VMAs (dup_mmap).
 */
/// §4.3 / §2.3：子进程的用户空间。2.4.0: kernel/fork.c copy_mm()
/// 内核线程（父进程没有 mm）不需要；CLONE_VM（线程、vfork）共享同一个 mm，mm_users 加 1；否则复制：
/// 先整体复制 mm_struct 结构，再 mm_init 换上新的页面目录和计数，在父进程的 mmap_sem 保护下 dup_mmap。
static int copy_mm(unsigned long clone_flags, struct task_struct *tsk)
{
	struct mm_struct *parent_mm = current->mm, *mm;
	int err;

	/* Fault and swap counts start from zero. */
	/// 缺页和换出统计从零开始（*tsk = *current 时复制了父进程的）。
	tsk->min_flt = tsk->maj_flt = tsk->nswap = 0;
	tsk->cmin_flt = tsk->cmaj_flt = tsk->cnswap = 0;
	/// 先清空：下面任何一步失败，调用者看到的子进程都没有 mm。
	tsk->mm = tsk->active_mm = NULL;

	/* A kernel thread: schedule() lends it an active_mm. */
	/// 内核线程创建的子进程也是内核线程，没有自己的 mm；第一次被调度时 schedule() 借给它上一个进程的 active_mm。
	if (!parent_mm)
		return 0;

	if (clone_flags & CLONE_VM) {
		atomic_inc(&parent_mm->mm_users);
		mm = parent_mm;
	} else {
		mm = allocate_mm();
		if (!mm)
			return -ENOMEM;
		/// 整体复制：start_code、brk、start_stack 等布局信息都和父进程一样；计数、锁、页面目录由 mm_init 换成新的，
		/// 区间链表由 dup_mmap 重建。
		memcpy(mm, parent_mm, sizeof(*mm));
		/// mm_init 失败时已经把结构还给缓存，这里直接返回。
		if (!mm_init(mm))
			return -ENOMEM;

		/// 持有父进程的 mmap_sem：复制期间父进程的其他线程不能改动区间。
		down(&parent_mm->mmap_sem);
		err = dup_mmap(mm);
		up(&parent_mm->mmap_sem);
		/// 无论 dup_mmap 成功与否都先挂进 mmlist（紧跟在父进程的 mm 后面，2.4.0 的 swap_out 按这个次序扫描），
		/// 因为失败时要靠 mmput 统一拆除，而 mmput 要把它从链表上摘下。
		mmlist_insert(mm, parent_mm);
		if (err)
			goto drop;

		/// 父进程若有私有 LDT（modify_ldt），给子进程复制一份（process.c）。
		copy_segments(tsk, mm);
		/// i386 的 init_new_context 恒为 0，这一支实际走不到；保留 2.4.0 的样子：此时 err 仍是 0，返回值也是 0。
		if (init_new_context(tsk, mm))
			goto drop;	/* err is 0 here, as in 2.4.0 */
	}
	/// 子进程有了自己的 mm，active_mm 就是它。
	tsk->mm = tsk->active_mm = mm;
	return 0;

drop:
	/// 拆掉做了一半的副本：mm_users 1 → 0，exit_mmap 释放已复制的区间和页面表，再释放页面目录和结构。
	mmput(mm);
	return err;
}

/* The highest open descriptor, rounded up to a whole word of the set. */
/// §5.5 文件的打开与关闭 / §4.3：已打开文件位图中最后一个非零的字。2.4.0: kernel/fork.c count_open_files()
/// 返回值以整字（32 个描述符）为单位，至少一个字：即使什么都没打开，也返回 32。
static int count_open_files(struct files_struct *files, int size)
{
	int words = size / __NFDBITS;

	/* At least one word, even when nothing is open. */
	if (words == 0)
		words = 1;
	/// 从最高的字往下找第一个非零的字；第 0 个字不必看，结果反正至少是一个字。
	while (words > 1 && !files->open_fds->fds_bits[words - 1])
		words--;
	return words * __NFDBITS;
}

/* dst gets the first nbits of src, the rest of it cleared. */
/// §4.3：复制描述符位图的前 nbits 位，其余清零。
/// 2.4.0: 无（本移植新增）：2.4.0 在 copy_files() 里对 open_fds 和 close_on_exec 各写一遍清零和复制，本移植合成一个函数。
static inline void copy_fdset(fd_set *dst, fd_set *src, int nbits)
{
	memset(dst->fds_bits, 0, sizeof(fd_set));
	memcpy(dst->fds_bits, src->fds_bits, nbits / 8);
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
	struct files_struct *parent = current->files, *copy;
	struct file **from, **to;
	int setsize, nfds, i;

	/// 父进程没有文件表（内核线程可以这样）：子进程的 files 保持 *tsk = *current 复制来的值。
	if (!parent)
		return 0;
	if (clone_flags & CLONE_FILES) {
		atomic_inc(&parent->count);
		return 0;
	}

	/// 先清空：分配失败时调用者据此知道没有文件表可释放。
	tsk->files = NULL;
	copy = kmem_cache_alloc(files_cachep, SLAB_KERNEL);
	if (!copy)
		return -ENOMEM;

	/* A table of the default size, its sets and array built in. */
	/// 新表用内嵌的位图和指针数组（fd_array），大小都是默认值。
	atomic_set(&copy->count, 1);
	copy->file_lock = RW_LOCK_UNLOCKED;
	copy->max_fds = NR_OPEN_DEFAULT;
	copy->max_fdset = __FD_SETSIZE;
	copy->next_fd = 0;
	copy->fd = copy->fd_array;
	copy->open_fds = &copy->open_fds_init;
	copy->close_on_exec = &copy->close_on_exec_init;

	setsize = parent->max_fdset;
	/// 在父进程表的读锁下复制：另一个线程不能同时打开或关闭文件。
	read_lock(&parent->file_lock);
	/// 只需复制到最后一个已打开的描述符所在的字为止。
	nfds = count_open_files(parent, setsize);
	/* Port: the table never grows past NR_OPEN_DEFAULT. */
	if (nfds > copy->max_fds)
		nfds = copy->max_fds;

	copy_fdset(copy->open_fds, parent->open_fds, nfds);
	copy_fdset(copy->close_on_exec, parent->close_on_exec, nfds);

	from = parent->fd;
	to = copy->fd;
	/// 每个非空的槽位都给文件加一个引用——也包括位图里没有标记为打开的槽位（2.4.0 一样）。
	for (i = 0; i < nfds; i++) {
		if (from[i])
			get_file(from[i]);
		to[i] = from[i];
	}
	read_unlock(&parent->file_lock);

	/* Slots past the copied ones are empty. */
	/// 没有复制到的槽位清空（kmem_cache_alloc 给的内存不是零）。
	memset(&to[nfds], 0, (copy->max_fds - nfds) * sizeof(struct file *));
	tsk->files = copy;
	return 0;
}

/* The child's signal handlers: shared for CLONE_SIGHAND, else a copy. */
/// §6.4 信号 / §4.3：子进程的信号处理程序表。2.4.0: kernel/fork.c copy_sighand()
/// CLONE_SIGHAND 时共享，否则复制一份处理程序设置。
static inline int copy_sighand(unsigned long clone_flags,
			       struct task_struct *tsk)
{
	struct signal_struct *handlers;

	if (clone_flags & CLONE_SIGHAND) {
		atomic_inc(&current->sig->count);
		return 0;
	}
	handlers = kmem_cache_alloc(sigact_cachep, GFP_KERNEL);
	/// 失败时 tsk->sig 为 NULL，返回 -1（do_fork 只看是否非 0，自己返回 -ENOMEM）。
	tsk->sig = handlers;
	if (!handlers)
		return -1;
	spin_lock_init(&handlers->siglock);
	atomic_set(&handlers->count, 1);
	memcpy(handlers->action, current->sig->action,
	       sizeof(handlers->action));
	return 0;
}

/* Flags that must not pass to the child; a child has not exec'd yet. */
/// §4.3：子进程的 flags。2.4.0: kernel/fork.c copy_flags()
/// PF_SUPERPRIV（用过特权）、PF_USEDFPU（FPU 里装着本进程的状态）不能继承；PF_FORKNOEXEC 记下“fork 后还没 exec”；
/// vfork 的子进程带 PF_VFORK，mm_release 据此唤醒父进程。
static inline void copy_flags(unsigned long clone_flags,
			      struct task_struct *p)
{
	unsigned long f = p->flags & ~(PF_SUPERPRIV | PF_USEDFPU | PF_VFORK);

	f |= PF_FORKNOEXEC;
	if (clone_flags & CLONE_VFORK)
		f |= PF_VFORK;
	/// 被跟踪的进程创建的子进程，只有带 CLONE_PTRACE 时才继续被跟踪。
	if (!(clone_flags & CLONE_PTRACE))
		p->ptrace = 0;
	p->flags = f;
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
	struct task_struct *child;
	long slice;
	int ret;
	/// vfork 用的信号量，初值 0：父进程最后 down(&sem) 就睡下，直到子进程 mm_release 时 up。它在父进程的堆栈上，
	/// 子进程通过 p_opptr->vfork_sem 找到它。
	DECLARE_MUTEX_LOCKED(sem);

	/* Only the boot task may clone its own pid. */
	/// 与父进程同号只用于 0 号进程（2.4.0 在 SMP 上为每个 CPU 创建空转进程）；其他进程要求它就是 -EPERM，什么也不分配。
	if ((clone_flags & CLONE_PID) && current->pid != 0)
		return -EPERM;

	current->vfork_sem = &sem;

	/// 两个连续的页面（order 1），8K 对齐：task_struct 在低端，其余是系统堆栈（asm/processor.h）。
	child = alloc_task_struct();
	if (!child) {
		ret = -ENOMEM;
		goto out;
	}
	/// 整个结构先照抄父进程，下面再逐项改掉不该继承的。
	*child = *current;

	/// 进程总数的上限（fork_init 按内存算出）：-EAGAIN，这时还没有分配 pid。
	if (nr_threads >= max_threads) {
		ret = -EAGAIN;
		goto free_child;
	}

	/* Not runnable and not swappable until it is complete. */
	child->did_exec = 0;
	child->swappable = 0;
	/// 在一切准备好之前子进程不能被调度，也不能被信号唤醒，最后由 wake_up_process 改成 TASK_RUNNING；
	/// swappable 为 0 同理：还不完整的进程不能被换出。
	child->state = TASK_UNINTERRUPTIBLE;
	copy_flags(clone_flags, child);
	/// 从这里起 pid 就算用掉了：后面任何一步失败，这个号码也不会再回收（last_pid 已前进）。
	child->pid = get_pid(clone_flags);
	/// run_list.next 为 NULL 表示不在运行队列上（task_on_runqueue）。
	child->run_list.next = child->run_list.prev = NULL;

	/* Our child, unless CLONE_PARENT; a traced one stays its tracer's. */
	/// p_opptr 是“原始”父进程，p_pptr 是当前父进程（被跟踪时是跟踪者）；CLONE_PARENT 让子进程成为兄弟（与当前进程同父），
	/// 这时两个指针都保留照抄来的值。子进程若继承了被跟踪的状态（CLONE_PTRACE），p_pptr 仍是跟踪者。
	if ((clone_flags & CLONE_VFORK) || !(clone_flags & CLONE_PARENT)) {
		child->p_opptr = current;
		if (!(child->ptrace & PT_PTRACED))
			child->p_pptr = current;
	}
	child->p_cptr = NULL;
	init_waitqueue_head(&child->wait_chldexit);
	child->vfork_sem = NULL;
	spin_lock_init(&child->alloc_lock);

	/// 挂着的信号不继承。
	child->sigpending = 0;
	init_sigpending(&child->pending);

	child->leader = 0;
	child->tty_old_pgrp = 0;
	/// 本进程和已回收子进程的 CPU 时间（struct tms 的四项）都从零算起。
	memset(&child->times, 0, sizeof(child->times));
	child->lock_depth = -1;
	child->start_time = jiffies;

	/// 三种资源依次复制；失败时按相反的次序释放已经得到的（下面的标号依次往下落）。
	ret = -ENOMEM;
	if (copy_files(clone_flags, child))
		goto free_child;
	if (copy_sighand(clone_flags, child))
		goto put_files;
	if (copy_mm(clone_flags, child))
		goto put_sighand;
	/// copy_thread 失败时返回它自己的错误码，并释放信号处理表和文件表；已复制的 mm 不在释放之列。
	/// i386 的 copy_thread（process.c）总是返回 0，这条路径实际走不到。
	ret = copy_thread(0, clone_flags, stack_start, stack_size, child, regs);
	if (ret)
		goto put_sighand;

	child->parent_exec_id = child->self_exec_id;
	child->swappable = 1;
	/// clone_flags 的低 8 位是子进程退出时发给父进程的信号，fork 是 SIGCHLD。
	child->exit_signal = clone_flags & CSIGNAL;
	child->pdeath_signal = 0;

	/// 与 2.4.0 的偏差（修正）：*p = *current 把父进程 policy 里的 SCHED_YIELD 也抄给了子进程。
	/// __alloc_pages() 的慢路径置上 SCHED_YIELD 后调 schedule()；若没有别的进程可换，
	/// 标志一直留着（只有真正切换后 __schedule_tail 才清除）。子进程带着它出生，
	/// goodness() 给两者都是 -1，schedule() 永远留在父进程上：4 MB 内存时，
	/// 引导自检把内存耗尽过一次的 0 号进程创建的 init 从来得不到运行。
	/// 让出 CPU 是父进程那一次调用的请求，不属于子进程，所以清掉。见 Documentation/deviations.md。
	/* A yield the parent asked for is its own, not the child's (port fix). */
	child->policy &= ~SCHED_YIELD;

	/* Half the parent's remaining slice, rounded up, to the child. */
	/// 时间片一分为二：总量不变，创建子进程不能成为多占 CPU 的手段。奇数时多的一个给子进程；
	/// 父进程的时间片若因此为 0，就请求调度。
	slice = current->counter;
	child->counter = (slice + 1) >> 1;
	current->counter = slice >> 1;
	if (!current->counter)
		current->need_resched = 1;

	/* Visible to the world: thread group, family, task list, pid hash. */
	/// 线程组号默认就是自己的 pid；CLONE_THREAD 则加入父进程的线程组。
	ret = child->pid;
	child->tgid = ret;
	INIT_LIST_HEAD(&child->thread_group);
	write_lock_irq(&tasklist_lock);
	if (clone_flags & CLONE_THREAD) {
		child->tgid = current->tgid;
		list_add(&child->thread_group, &current->thread_group);
	}
	/// 挂进进程链表（init_task 的环）并成为父进程最年轻的子进程（p_cptr）。
	SET_LINKS(child);
	hash_pid(child);
	nr_threads++;
	write_unlock_irq(&tasklist_lock);

	/// 最后一步才放进运行队列：从此子进程随时可能被调度。
	wake_up_process(child);
	total_forks++;
out:
	/// vfork：父进程在这里睡到子进程 exec 或 exit（mm_release）为止；出错时不睡。
	if ((clone_flags & CLONE_VFORK) && ret > 0)
		down(&sem);
	return ret;

put_sighand:
	/// 出错路径：信号处理程序表、文件表（引用计数减 1，复制来的就释放），最后释放 8K 的 task_struct。
	exit_sighand(child);
put_files:
	exit_files(child);
free_child:
	free_task_struct(child);
	goto out;
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
/// 2.4.0 对四个缓存各写一段创建和检查，本移植用一张表依次创建，名字、大小、次序和出错信息都与 2.4.0 相同。
void __init proc_caches_init(void)
{
	static struct {
		kmem_cache_t **cachep;
		const char *name;
		size_t size;
		const char *failure;
	} const caches[] = {
		{ &sigact_cachep, "signal_act", sizeof(struct signal_struct),
		  "Cannot create signal action SLAB cache" },
		{ &files_cachep, "files_cache", sizeof(struct files_struct),
		  "Cannot create files SLAB cache" },
		{ &vm_area_cachep, "vm_area_struct",
		  sizeof(struct vm_area_struct),
		  "vma_init: Cannot alloc vm_area_struct SLAB cache" },
		{ &mm_cachep, "mm_struct", sizeof(struct mm_struct),
		  "vma_init: Cannot alloc mm_struct SLAB cache" },
	};
	unsigned int i;

	for (i = 0; i < sizeof(caches) / sizeof(caches[0]); i++) {
		*caches[i].cachep = kmem_cache_create(caches[i].name,
				caches[i].size, 0, SLAB_HWCACHE_ALIGN,
				NULL, NULL);
		/// 创建失败就无从运行任何进程，2.4.0 直接 panic，本移植相同。
		if (!*caches[i].cachep)
			panic("%s", caches[i].failure);
	}
}
