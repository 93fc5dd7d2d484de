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
	unsigned long flags;

	wq_write_lock_irqsave(&q->lock, flags);
	wait->flags = 0;
	__add_wait_queue(q, wait);
	wq_write_unlock_irqrestore(&q->lock, flags);
}

/* An exclusive waiter, at the tail: an exclusive wake-up takes one. */
void add_wait_queue_exclusive(wait_queue_head_t *q, wait_queue_t *wait)
{
	unsigned long flags;

	wq_write_lock_irqsave(&q->lock, flags);
	wait->flags = WQ_FLAG_EXCLUSIVE;
	__add_wait_queue_tail(q, wait);
	wq_write_unlock_irqrestore(&q->lock, flags);
}

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
static inline int dup_mmap(struct mm_struct *mm)
{
	struct vm_area_struct *mpnt, *tmp, **pprev;
	int retval;

	flush_cache_mm(current->mm);
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
	flush_tlb_mm(current->mm);
	return retval;
}

/* The list of every mm, from init_mm (kswapd's swap_out walks it). */
spinlock_t mmlist_lock = SPIN_LOCK_UNLOCKED;

#define allocate_mm()	(kmem_cache_alloc(mm_cachep, SLAB_KERNEL))
#define free_mm(mm)	(kmem_cache_free(mm_cachep, (mm)))

/* One user, one reference, a fresh semaphore, a new page directory. */
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
static int copy_mm(unsigned long clone_flags, struct task_struct *tsk)
{
	struct mm_struct *mm, *oldmm;
	int retval;

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
	list_add(&mm->mmlist, &oldmm->mmlist);
	spin_unlock(&mmlist_lock);

	if (retval)
		goto free_pt;

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
int do_fork(unsigned long clone_flags, unsigned long stack_start,
	    struct pt_regs *regs, unsigned long stack_size)
{
	int retval = -ENOMEM;
	struct task_struct *p;
	DECLARE_MUTEX_LOCKED(sem);

	if (clone_flags & CLONE_PID) {
		/* Only the boot task may clone its own pid. */
		if (current->pid)
			return -EPERM;
	}

	current->vfork_sem = &sem;

	p = alloc_task_struct();
	if (!p)
		goto fork_out;

	*p = *current;

	retval = -EAGAIN;
	if (nr_threads >= max_threads)
		goto bad_fork_free;

	p->did_exec = 0;
	p->swappable = 0;
	p->state = TASK_UNINTERRUPTIBLE;

	copy_flags(clone_flags, p);
	p->pid = get_pid(clone_flags);

	p->run_list.next = NULL;
	p->run_list.prev = NULL;

	if ((clone_flags & CLONE_VFORK) || !(clone_flags & CLONE_PARENT)) {
		p->p_opptr = current;
		if (!(p->ptrace & PT_PTRACED))
			p->p_pptr = current;
	}
	p->p_cptr = NULL;
	init_waitqueue_head(&p->wait_chldexit);
	p->vfork_sem = NULL;
	spin_lock_init(&p->alloc_lock);

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
	p->exit_signal = clone_flags & CSIGNAL;
	p->pdeath_signal = 0;

	/* A yield the parent asked for is its own, not the child's (port fix). */
	p->policy &= ~SCHED_YIELD;

	/* Half the parent's remaining slice, rounded up, to the child. */
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
	SET_LINKS(p);
	hash_pid(p);
	nr_threads++;
	write_unlock_irq(&tasklist_lock);

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
	sigact_cachep = kmem_cache_create("signal_act",
			sizeof(struct signal_struct), 0,
			SLAB_HWCACHE_ALIGN, NULL, NULL);
	if (!sigact_cachep)
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
