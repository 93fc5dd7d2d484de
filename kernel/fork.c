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
int nr_threads;
int nr_running;
int max_threads;
unsigned long total_forks;
int last_pid;

struct task_struct *pidhash[PIDHASH_SZ];

/* Queue wait on q: a plain waiter, woken with everyone else. */
void add_wait_queue(wait_queue_head_t *q, wait_queue_t *wait)
{
	unsigned long irqstate;

	wq_write_lock_irqsave(&q->lock, irqstate);
	wait->flags = 0;
	__add_wait_queue(q, wait);
	wq_write_unlock_irqrestore(&q->lock, irqstate);
}

/* An exclusive waiter, at the tail: an exclusive wake-up takes one. */
void add_wait_queue_exclusive(wait_queue_head_t *q, wait_queue_t *wait)
{
	unsigned long irqstate;

	wq_write_lock_irqsave(&q->lock, irqstate);
	wait->flags = WQ_FLAG_EXCLUSIVE;
	__add_wait_queue_tail(q, wait);
	wq_write_unlock_irqrestore(&q->lock, irqstate);
}

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
void __init fork_init(unsigned long mempages)
{
	unsigned long pages_per_task = THREAD_SIZE / PAGE_SIZE;
	struct rlimit *nproc = &init_task.rlim[RLIMIT_NPROC];

	max_threads = mempages / pages_per_task / 2;
	nproc->rlim_cur = nproc->rlim_max = max_threads / 2;
}

spinlock_t lastpid_lock = SPIN_LOCK_UNLOCKED;

/* v if it lies strictly between nr and bound, else bound. */
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
static int get_pid(unsigned long flags)
{
	static int next_safe = PID_MAX;
	struct task_struct *t;
	int nr, lowest, clash;

	if (flags & CLONE_PID)
		return current->pid;

	spin_lock(&lastpid_lock);
	nr = last_pid + 1;
	if (nr & 0xffff8000)
		nr = 300;
	else if (nr < next_safe)
		goto found;		/* nothing in use up to next_safe */

	/* Walk the tasks until none uses nr; note the next value in use. */
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
		if (clash && ++nr >= lowest) {
			if (nr & 0xffff8000)
				nr = 300;
			lowest = PID_MAX;
		}
	} while (clash);
	read_unlock(&tasklist_lock);
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
static inline int dup_mmap(struct mm_struct *mm)
{
	struct mm_struct *from = current->mm;
	struct vm_area_struct *src, *copy, **tail = &mm->mmap;
	int err = 0;

	flush_cache_mm(from);
	/* The struct was copied whole: forget the parent's VMAs and counts. */
	mm->mmap = mm->mmap_avl = mm->mmap_cache = NULL;
	mm->map_count = 0;
	mm->locked_vm = 0;
	mm->cpu_vm_mask = 0;
	mm->swap_cnt = mm->swap_address = 0;

	for (src = from->mmap; src; src = src->vm_next) {
		if (src->vm_flags & VM_DONTCOPY)
			continue;
		copy = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
		if (!copy) {
			err = -ENOMEM;
			break;
		}
		*copy = *src;
		copy->vm_mm = mm;
		copy->vm_flags &= ~VM_LOCKED;
		copy->vm_next = NULL;
		mm->map_count++;

		if (copy->vm_file) {
			struct file *f = copy->vm_file;
			struct inode *node = f->f_dentry->d_inode;

			get_file(f);
			if (copy->vm_flags & VM_DENYWRITE)
				atomic_dec(&node->i_writecount);
			/* Into the file's sharing list, after src. */
			spin_lock(&node->i_mapping->i_shared_lock);
			copy->vm_pprev_share = &src->vm_next_share;
			copy->vm_next_share = src->vm_next_share;
			if (copy->vm_next_share)
				copy->vm_next_share->vm_pprev_share =
					&copy->vm_next_share;
			src->vm_next_share = copy;
			spin_unlock(&node->i_mapping->i_shared_lock);
		}

		err = copy_page_range(mm, from, copy);
		if (!err && copy->vm_ops && copy->vm_ops->open)
			copy->vm_ops->open(copy);

		/* Linked even after a failure: exit_mmap() undoes it. */
		*tail = copy;
		tail = &copy->vm_next;
		if (err)
			break;
	}
	if (!err && mm->map_count >= AVL_MIN_MAP_COUNT)
		build_mmap_avl(mm);

	/* The parent's ptes lost their write bit: drop stale TLB entries. */
	flush_tlb_mm(from);
	return err;
}

/* The list of every mm, from init_mm (kswapd's swap_out walks it). */
spinlock_t mmlist_lock = SPIN_LOCK_UNLOCKED;

#define allocate_mm()	(kmem_cache_alloc(mm_cachep, SLAB_KERNEL))
#define free_mm(mm)	(kmem_cache_free(mm_cachep, (mm)))

/* mm joins the mm list right after prev; mm leaves it. */
static inline void mmlist_insert(struct mm_struct *mm, struct mm_struct *prev)
{
	spin_lock(&mmlist_lock);
	list_add(&mm->mmlist, &prev->mmlist);
	spin_unlock(&mmlist_lock);
}

static inline void mmlist_remove(struct mm_struct *mm)
{
	spin_lock(&mmlist_lock);
	list_del(&mm->mmlist);
	spin_unlock(&mmlist_lock);
}

/* One user, one reference, a fresh semaphore, a new page directory. */
static struct mm_struct *mm_init(struct mm_struct *mm)
{
	atomic_set(&mm->mm_users, 1);
	atomic_set(&mm->mm_count, 1);
	sema_init(&mm->mmap_sem, 1);
	spin_lock_init(&mm->page_table_lock);
	mm->pgd = pgd_alloc();
	if (!mm->pgd) {
		free_mm(mm);
		return NULL;
	}
	return mm;
}

/* An empty address space (exec). */
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
void __mmdrop(struct mm_struct *mm)
{
	if (mm != &init_mm) {
		pgd_free(mm->pgd);
		destroy_context(mm);
		free_mm(mm);
		return;
	}
	BUG();		/* the kernel's own mm is never freed */
}

/*
 * A user of the address space is done with it.  The last user tears it
 * down (every VMA, page and page table: exit_mmap) and gives up the
 * users' common reference to the struct.
 */
void mmput(struct mm_struct *mm)
{
	if (!atomic_dec_and_test(&mm->mm_users))
		return;
	mmlist_remove(mm);
	exit_mmap(mm);
	mmdrop(mm);
}

/*
 * The current task no longer uses its mm (exit, exec): a vfork() parent
 * waiting for exactly this may go on.
 */
void mm_release(void)
{
	struct task_struct *me = current;

	if (!(me->flags & PF_VFORK))
		return;
	me->flags &= ~PF_VFORK;
	up(me->p_opptr->vfork_sem);
}

/*
 * The child's address space: none for a kernel thread, the same one for
 * CLONE_VM (one more user), otherwise a copy: the mm_struct copied
 * wholesale, then given a new pgd and its own VMAs (dup_mmap).
 */
static int copy_mm(unsigned long clone_flags, struct task_struct *tsk)
{
	struct mm_struct *parent_mm = current->mm, *mm;
	int err;

	/* Fault and swap counts start from zero. */
	tsk->min_flt = tsk->maj_flt = tsk->nswap = 0;
	tsk->cmin_flt = tsk->cmaj_flt = tsk->cnswap = 0;
	tsk->mm = tsk->active_mm = NULL;

	/* A kernel thread: schedule() lends it an active_mm. */
	if (!parent_mm)
		return 0;

	if (clone_flags & CLONE_VM) {
		atomic_inc(&parent_mm->mm_users);
		mm = parent_mm;
	} else {
		mm = allocate_mm();
		if (!mm)
			return -ENOMEM;
		memcpy(mm, parent_mm, sizeof(*mm));
		if (!mm_init(mm))
			return -ENOMEM;

		down(&parent_mm->mmap_sem);
		err = dup_mmap(mm);
		up(&parent_mm->mmap_sem);
		mmlist_insert(mm, parent_mm);
		if (err)
			goto drop;

		copy_segments(tsk, mm);
		if (init_new_context(tsk, mm))
			goto drop;	/* err is 0 here, as in 2.4.0 */
	}
	tsk->mm = tsk->active_mm = mm;
	return 0;

drop:
	mmput(mm);
	return err;
}

/* The highest open descriptor, rounded up to a whole word of the set. */
static int count_open_files(struct files_struct *files, int size)
{
	int words = size / __NFDBITS;

	/* At least one word, even when nothing is open. */
	if (words == 0)
		words = 1;
	while (words > 1 && !files->open_fds->fds_bits[words - 1])
		words--;
	return words * __NFDBITS;
}

/* dst gets the first nbits of src, the rest of it cleared. */
static inline void copy_fdset(fd_set *dst, fd_set *src, int nbits)
{
	memset(dst->fds_bits, 0, sizeof(fd_set));
	memcpy(dst->fds_bits, src->fds_bits, nbits / 8);
}

/*
 * The child's descriptor table: shared for CLONE_FILES, else a copy in
 * which every open file gains a reference.
 */
static int copy_files(unsigned long clone_flags, struct task_struct *tsk)
{
	struct files_struct *parent = current->files, *copy;
	struct file **from, **to;
	int setsize, nfds, i;

	if (!parent)
		return 0;
	if (clone_flags & CLONE_FILES) {
		atomic_inc(&parent->count);
		return 0;
	}

	tsk->files = NULL;
	copy = kmem_cache_alloc(files_cachep, SLAB_KERNEL);
	if (!copy)
		return -ENOMEM;

	/* A table of the default size, its sets and array built in. */
	atomic_set(&copy->count, 1);
	copy->file_lock = RW_LOCK_UNLOCKED;
	copy->max_fds = NR_OPEN_DEFAULT;
	copy->max_fdset = __FD_SETSIZE;
	copy->next_fd = 0;
	copy->fd = copy->fd_array;
	copy->open_fds = &copy->open_fds_init;
	copy->close_on_exec = &copy->close_on_exec_init;

	setsize = parent->max_fdset;
	read_lock(&parent->file_lock);
	nfds = count_open_files(parent, setsize);
	/* Port: the table never grows past NR_OPEN_DEFAULT. */
	if (nfds > copy->max_fds)
		nfds = copy->max_fds;

	copy_fdset(copy->open_fds, parent->open_fds, nfds);
	copy_fdset(copy->close_on_exec, parent->close_on_exec, nfds);

	from = parent->fd;
	to = copy->fd;
	for (i = 0; i < nfds; i++) {
		if (from[i])
			get_file(from[i]);
		to[i] = from[i];
	}
	read_unlock(&parent->file_lock);

	/* Slots past the copied ones are empty. */
	memset(&to[nfds], 0, (copy->max_fds - nfds) * sizeof(struct file *));
	tsk->files = copy;
	return 0;
}

/* The child's signal handlers: shared for CLONE_SIGHAND, else a copy. */
static inline int copy_sighand(unsigned long clone_flags,
			       struct task_struct *tsk)
{
	struct signal_struct *handlers;

	if (clone_flags & CLONE_SIGHAND) {
		atomic_inc(&current->sig->count);
		return 0;
	}
	handlers = kmem_cache_alloc(sigact_cachep, GFP_KERNEL);
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
static inline void copy_flags(unsigned long clone_flags,
			      struct task_struct *p)
{
	unsigned long f = p->flags & ~(PF_SUPERPRIV | PF_USEDFPU | PF_VFORK);

	f |= PF_FORKNOEXEC;
	if (clone_flags & CLONE_VFORK)
		f |= PF_VFORK;
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
int do_fork(unsigned long clone_flags, unsigned long stack_start,
	    struct pt_regs *regs, unsigned long stack_size)
{
	struct task_struct *child;
	long slice;
	int ret;
	DECLARE_MUTEX_LOCKED(sem);

	/* Only the boot task may clone its own pid. */
	if ((clone_flags & CLONE_PID) && current->pid != 0)
		return -EPERM;

	current->vfork_sem = &sem;

	child = alloc_task_struct();
	if (!child) {
		ret = -ENOMEM;
		goto out;
	}
	*child = *current;

	if (nr_threads >= max_threads) {
		ret = -EAGAIN;
		goto free_child;
	}

	/* Not runnable and not swappable until it is complete. */
	child->did_exec = 0;
	child->swappable = 0;
	child->state = TASK_UNINTERRUPTIBLE;
	copy_flags(clone_flags, child);
	child->pid = get_pid(clone_flags);
	child->run_list.next = child->run_list.prev = NULL;

	/* Our child, unless CLONE_PARENT; a traced one stays its tracer's. */
	if ((clone_flags & CLONE_VFORK) || !(clone_flags & CLONE_PARENT)) {
		child->p_opptr = current;
		if (!(child->ptrace & PT_PTRACED))
			child->p_pptr = current;
	}
	child->p_cptr = NULL;
	init_waitqueue_head(&child->wait_chldexit);
	child->vfork_sem = NULL;
	spin_lock_init(&child->alloc_lock);

	child->sigpending = 0;
	init_sigpending(&child->pending);

	child->leader = 0;
	child->tty_old_pgrp = 0;
	memset(&child->times, 0, sizeof(child->times));
	child->lock_depth = -1;
	child->start_time = jiffies;

	ret = -ENOMEM;
	if (copy_files(clone_flags, child))
		goto free_child;
	if (copy_sighand(clone_flags, child))
		goto put_files;
	if (copy_mm(clone_flags, child))
		goto put_sighand;
	ret = copy_thread(0, clone_flags, stack_start, stack_size, child, regs);
	if (ret)
		goto put_sighand;

	child->parent_exec_id = child->self_exec_id;
	child->swappable = 1;
	child->exit_signal = clone_flags & CSIGNAL;
	child->pdeath_signal = 0;

	/* A yield the parent asked for is its own, not the child's (port fix). */
	child->policy &= ~SCHED_YIELD;

	/* Half the parent's remaining slice, rounded up, to the child. */
	slice = current->counter;
	child->counter = (slice + 1) >> 1;
	current->counter = slice >> 1;
	if (!current->counter)
		current->need_resched = 1;

	/* Visible to the world: thread group, family, task list, pid hash. */
	ret = child->pid;
	child->tgid = ret;
	INIT_LIST_HEAD(&child->thread_group);
	write_lock_irq(&tasklist_lock);
	if (clone_flags & CLONE_THREAD) {
		child->tgid = current->tgid;
		list_add(&child->thread_group, &current->thread_group);
	}
	SET_LINKS(child);
	hash_pid(child);
	nr_threads++;
	write_unlock_irq(&tasklist_lock);

	wake_up_process(child);
	total_forks++;
out:
	if ((clone_flags & CLONE_VFORK) && ret > 0)
		down(&sem);
	return ret;

put_sighand:
	exit_sighand(child);
put_files:
	exit_files(child);
free_child:
	free_task_struct(child);
	goto out;
}

/* Slab caches of the per-process structures. */
kmem_cache_t *sigact_cachep;	/* signal_struct (tsk->sig) */
kmem_cache_t *files_cachep;	/* files_struct (tsk->files) */
kmem_cache_t *vm_area_cachep;
kmem_cache_t *mm_cachep;

/*
 * Create the caches at boot, after kmem_cache_sizes_init.  A failure
 * here leaves no way to run a process: panic, as 2.4.0 does.
 */
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
		if (!*caches[i].cachep)
			panic("%s", caches[i].failure);
	}
}
