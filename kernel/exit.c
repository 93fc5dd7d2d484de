// SPDX-License-Identifier: GPL-2.0-only
/*
 * Process exit: do_exit() gives back the address space (the last user
 * tears it down: exit_mmap), the open files and the signal handlers,
 * hands the children to init, becomes a zombie and tells the parent
 * (SIGCHLD and a wake-up).  wait4() reports a zombie child's status and
 * frees what is left of it: its task_struct and kernel stack.
 * 情景分析 chapter 4 (exit, wait4); §2.3 (mm_users, mm_count).
 * Follows Linux 2.4.0 kernel/exit.c.
 */
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <asm/uaccess.h>
#include <asm/pgtable.h>
#include <asm/mmu_context.h>
#include <asm/hardirq.h>

/* The task that adopts orphans: init (pid 1), once it runs. */
extern struct task_struct *child_reaper;

/*
 * A zombie child has been waited for: unlink it, add its fault counts
 * to the parent's, give back the time slice it still had (it was the
 * parent's to begin with), and free the 8 KB block.
 */
static void release_task(struct task_struct *p)
{
	if (p != current) {
		unhash_process(p);

		release_thread(p);
		current->cmin_flt += p->min_flt + p->cmin_flt;
		current->cmaj_flt += p->maj_flt + p->cmaj_flt;
		current->cnswap += p->nswap + p->cnswap;
		current->counter += p->counter;
		if (current->counter >= MAX_COUNTER)
			current->counter = MAX_COUNTER;
		free_task_struct(p);
	} else {
		printk("task releasing itself\n");
	}
}

/*
 * father is exiting: every task whose original parent it was now
 * reports to init, with SIGCHLD (nobody may signal init otherwise).
 */
static inline void forget_original_parent(struct task_struct *father)
{
	struct task_struct *p;

	read_lock(&tasklist_lock);
	for_each_task(p) {
		if (p->p_opptr == father) {
			p->exit_signal = SIGCHLD;
			p->self_exec_id++;
			p->p_opptr = child_reaper;
			if (p->pdeath_signal)
				send_sig(p->pdeath_signal, p, 0);
		}
	}
	read_unlock(&tasklist_lock);
}

/* Close every descriptor still open in a table nobody uses any more. */
static inline void close_files(struct files_struct *files)
{
	int i, j;

	j = 0;
	for (;;) {
		unsigned long set;

		i = j * __NFDBITS;
		if (i >= files->max_fdset || i >= files->max_fds)
			break;
		set = files->open_fds->fds_bits[j++];
		while (set) {
			if (set & 1) {
				struct file *file = files->fd[i];

				files->fd[i] = NULL;
				if (file)
					filp_close(file, files);
			}
			i++;
			set >>= 1;
		}
	}
}

/* Drop a reference to a descriptor table; the last one closes all. */
void put_files_struct(struct files_struct *files)
{
	if (atomic_dec_and_test(&files->count)) {
		close_files(files);
		kmem_cache_free(files_cachep, files);
	}
}

static inline void __exit_files(struct task_struct *tsk)
{
	struct files_struct *files = tsk->files;

	if (files) {
		task_lock(tsk);
		tsk->files = NULL;
		task_unlock(tsk);
		put_files_struct(files);
	}
}

void exit_files(struct task_struct *tsk)
{
	__exit_files(tsk);
}

/*
 * Give up the address space.  The task keeps it as active_mm (CR3
 * still points at its page directory until the next switch), so
 * mm_count is raised first: mmput() may tear down the mappings
 * (mm_users 0) but the mm_struct and the pgd stay until schedule()
 * drops this last reference.
 */
static inline void __exit_mm(struct task_struct *tsk)
{
	struct mm_struct *mm = tsk->mm;

	mm_release();
	if (mm) {
		atomic_inc(&mm->mm_count);
		if (mm != tsk->active_mm)
			BUG();
		task_lock(tsk);
		tsk->mm = NULL;
		task_unlock(tsk);
		enter_lazy_tlb(mm, current, smp_processor_id());
		mmput(mm);
	}
}

void exit_mm(struct task_struct *tsk)
{
	__exit_mm(tsk);
}

/*
 * Tell the family: the children go to init, the task becomes a zombie
 * and its parent gets exit_signal (SIGCHLD) and is woken in wait4().
 * Zombie children are announced to init at once.  (2.4.0 also checks
 * here for process groups orphaned with stopped jobs: no job control in
 * this port.)
 */
static void exit_notify(void)
{
	struct task_struct *p, *t;

	forget_original_parent(current);

	t = current->p_pptr;

	/* A changed parent or program may only be told with SIGCHLD. */
	if (current->exit_signal != SIGCHLD &&
	    (current->parent_exec_id != t->self_exec_id ||
	     current->self_exec_id != current->parent_exec_id) &&
	    !capable(CAP_KILL))
		current->exit_signal = SIGCHLD;

	write_lock_irq(&tasklist_lock);
	current->state = TASK_ZOMBIE;
	do_notify_parent(current, current->exit_signal);
	while (current->p_cptr != NULL) {
		p = current->p_cptr;
		current->p_cptr = p->p_osptr;
		p->p_ysptr = NULL;
		p->ptrace = 0;

		p->p_pptr = p->p_opptr;
		p->p_osptr = p->p_pptr->p_cptr;
		if (p->p_osptr)
			p->p_osptr->p_ysptr = p;
		p->p_pptr->p_cptr = p;
		if (p->state == TASK_ZOMBIE)
			do_notify_parent(p, p->exit_signal);
	}
	write_unlock_irq(&tasklist_lock);
}

/*
 * End the current task with code (the wait status: exit value << 8, or
 * the signal number).  It never returns: the last schedule() leaves the
 * zombie for good; its parent frees it in wait4().
 */
NORET_TYPE void do_exit(long code)
{
	struct task_struct *tsk = current;

	if (in_interrupt())
		panic("Aiee, killing interrupt handler!");
	if (!tsk->pid)
		panic("Attempted to kill the idle task!");
	if (tsk->pid == 1)
		panic("Attempted to kill init!");
	tsk->flags |= PF_EXITING;

fake_volatile:
	__exit_mm(tsk);

	__exit_files(tsk);
	exit_sighand(tsk);
	exit_thread();

	tsk->exit_code = code;
	exit_notify();
	schedule();
	BUG();
	/* Should schedule() ever come back, try again. */
	goto fake_volatile;
}

/* exit(status): only the low 8 bits, in the second byte of the status. */
asmlinkage long sys_exit(int error_code)
{
	do_exit((error_code & 0xff) << 8);
}

/*
 * Wait for a child to change state.  pid > 0: that child; 0: any in
 * our process group; -1: any; < -1: any in group -pid.  A zombie is
 * reported (status as do_exit() got it) and released; a stopped child
 * only with WUNTRACED, as (signal << 8) | 0x7f.  With no such child at
 * all: -ECHILD; with WNOHANG and none ready: 0; else sleep until a
 * child exits (do_notify_parent wakes us) or a signal arrives.
 * 2.4.0 also fills *ru (getrusage) and looks at the children of the
 * other threads of the group; this port leaves *ru alone.
 */
asmlinkage long sys_wait4(pid_t pid, unsigned int *stat_addr, int options,
			  void *ru)
{
	int flag, retval;
	DECLARE_WAITQUEUE(wait, current);
	struct task_struct *p;

	if (options & ~(WNOHANG | WUNTRACED | __WNOTHREAD | __WCLONE | __WALL))
		return -EINVAL;

	add_wait_queue(&current->wait_chldexit, &wait);
repeat:
	flag = 0;
	current->state = TASK_INTERRUPTIBLE;
	read_lock(&tasklist_lock);
	for (p = current->p_cptr; p; p = p->p_osptr) {
		if (pid > 0) {
			if (p->pid != pid)
				continue;
		} else if (!pid) {
			if (p->pgrp != current->pgrp)
				continue;
		} else if (pid != -1) {
			if (p->pgrp != -pid)
				continue;
		}
		/* Clone children (not SIGCHLD) only with __WCLONE. */
		if (((p->exit_signal != SIGCHLD) ^ ((options & __WCLONE) != 0))
		    && !(options & __WALL))
			continue;
		flag = 1;
		switch (p->state) {
		case TASK_STOPPED:
			if (!p->exit_code)
				continue;
			if (!(options & WUNTRACED) && !(p->ptrace & PT_PTRACED))
				continue;
			read_unlock(&tasklist_lock);
			retval = 0;
			if (stat_addr)
				retval = put_user((p->exit_code << 8) | 0x7f,
						  stat_addr);
			if (!retval) {
				p->exit_code = 0;
				retval = p->pid;
			}
			goto end_wait4;
		case TASK_ZOMBIE:
			current->times.tms_cutime += p->times.tms_utime +
						     p->times.tms_cutime;
			current->times.tms_cstime += p->times.tms_stime +
						     p->times.tms_cstime;
			read_unlock(&tasklist_lock);
			retval = 0;
			if (stat_addr)
				retval = put_user(p->exit_code, stat_addr);
			if (retval)
				goto end_wait4;
			retval = p->pid;
			if (p->p_opptr != p->p_pptr) {
				/* A tracer had it: back to the real parent. */
				write_lock_irq(&tasklist_lock);
				REMOVE_LINKS(p);
				p->p_pptr = p->p_opptr;
				SET_LINKS(p);
				do_notify_parent(p, SIGCHLD);
				write_unlock_irq(&tasklist_lock);
			} else
				release_task(p);
			goto end_wait4;
		default:
			continue;
		}
	}
	read_unlock(&tasklist_lock);
	if (flag) {
		retval = 0;
		if (options & WNOHANG)
			goto end_wait4;
		retval = -ERESTARTSYS;
		if (signal_pending(current))
			goto end_wait4;
		schedule();
		goto repeat;
	}
	retval = -ECHILD;
end_wait4:
	current->state = TASK_RUNNING;
	remove_wait_queue(&current->wait_chldexit, &wait);
	return retval;
}

/* The old interface: wait4 without the resource usage. */
asmlinkage long sys_waitpid(pid_t pid, unsigned int *stat_addr, int options)
{
	return sys_wait4(pid, stat_addr, options, NULL);
}
