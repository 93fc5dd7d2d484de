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
	struct task_struct *parent = current;
	long slice;

	if (p == parent) {
		printk("task releasing itself\n");
		return;
	}
	unhash_process(p);
	release_thread(p);

	parent->cmin_flt += p->min_flt + p->cmin_flt;
	parent->cmaj_flt += p->maj_flt + p->cmaj_flt;
	parent->cnswap += p->nswap + p->cnswap;
	slice = parent->counter + p->counter;
	parent->counter = slice < MAX_COUNTER ? slice : MAX_COUNTER;

	free_task_struct(p);
}

/*
 * father is exiting: every task whose original parent it was now
 * reports to init, with SIGCHLD (nobody may signal init otherwise).
 */
static inline void forget_original_parent(struct task_struct *father)
{
	struct task_struct *t;

	read_lock(&tasklist_lock);
	for_each_task(t) {
		if (t->p_opptr != father)
			continue;
		t->p_opptr = child_reaper;
		t->exit_signal = SIGCHLD;
		t->self_exec_id++;
		if (t->pdeath_signal)
			send_sig(t->pdeath_signal, t, 0);
	}
	read_unlock(&tasklist_lock);
}

/* Close every descriptor still open in a table nobody uses any more. */
static inline void close_files(struct files_struct *files)
{
	unsigned long open;
	int word, fd;

	for (word = 0; ; word++) {
		fd = word * __NFDBITS;
		if (fd >= files->max_fdset || fd >= files->max_fds)
			break;
		/* One bit per descriptor, lowest first. */
		for (open = files->open_fds->fds_bits[word]; open;
		     open >>= 1, fd++) {
			struct file *f;

			if (!(open & 1))
				continue;
			f = files->fd[fd];
			files->fd[fd] = NULL;
			if (f)
				filp_close(f, files);
		}
	}
}

/* Drop a reference to a descriptor table; the last one closes all. */
void put_files_struct(struct files_struct *files)
{
	if (!atomic_dec_and_test(&files->count))
		return;
	close_files(files);
	kmem_cache_free(files_cachep, files);
}

static inline void __exit_files(struct task_struct *tsk)
{
	struct files_struct *table = tsk->files;

	if (!table)
		return;
	task_lock(tsk);
	tsk->files = NULL;
	task_unlock(tsk);
	put_files_struct(table);
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
	int cpu = smp_processor_id();

	mm_release();
	if (!mm)
		return;
	atomic_inc(&mm->mm_count);
	if (tsk->active_mm != mm)
		BUG();
	task_lock(tsk);
	tsk->mm = NULL;
	task_unlock(tsk);
	enter_lazy_tlb(mm, current, cpu);
	mmput(mm);
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
	struct task_struct *me = current, *kid, *adopter;

	forget_original_parent(me);

	/* A changed parent or program may only be told with SIGCHLD. */
	if (me->exit_signal != SIGCHLD) {
		int same_parent = me->parent_exec_id == me->p_pptr->self_exec_id;
		int same_program = me->self_exec_id == me->parent_exec_id;

		if (!(same_parent && same_program) && !capable(CAP_KILL))
			me->exit_signal = SIGCHLD;
	}

	write_lock_irq(&tasklist_lock);
	me->state = TASK_ZOMBIE;
	do_notify_parent(me, me->exit_signal);

	/* Each child, youngest first, becomes the youngest of its adopter. */
	while ((kid = me->p_cptr) != NULL) {
		me->p_cptr = kid->p_osptr;
		kid->ptrace = 0;
		kid->p_ysptr = NULL;

		adopter = kid->p_opptr;
		kid->p_pptr = adopter;
		kid->p_osptr = adopter->p_cptr;
		if (kid->p_osptr)
			kid->p_osptr->p_ysptr = kid;
		adopter->p_cptr = kid;

		if (kid->state == TASK_ZOMBIE)
			do_notify_parent(kid, kid->exit_signal);
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
	struct task_struct *me = current;

	if (in_interrupt())
		panic("Aiee, killing interrupt handler!");
	if (me->pid == 0)
		panic("Attempted to kill the idle task!");
	if (me->pid == 1)
		panic("Attempted to kill init!");
	me->flags |= PF_EXITING;

	for (;;) {
		__exit_mm(me);
		__exit_files(me);
		exit_sighand(me);
		exit_thread();

		me->exit_code = code;
		exit_notify();
		schedule();
		/* A zombie is never chosen again: should it be, retry. */
		BUG();
	}
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
	struct task_struct *me = current, *kid;
	DECLARE_WAITQUEUE(wait, current);
	int have_kids;
	long ret;

	if (options & ~(WNOHANG | WUNTRACED | __WNOTHREAD | __WCLONE | __WALL))
		return -EINVAL;

	add_wait_queue(&me->wait_chldexit, &wait);
	for (;;) {
		have_kids = 0;
		me->state = TASK_INTERRUPTIBLE;
		read_lock(&tasklist_lock);
		for (kid = me->p_cptr; kid; kid = kid->p_osptr) {
			/* Which children: by pid, by process group, or all. */
			if (pid > 0 && kid->pid != pid)
				continue;
			if (pid == 0 && kid->pgrp != me->pgrp)
				continue;
			if (pid < -1 && kid->pgrp != -pid)
				continue;
			/* Clone children (not SIGCHLD) only with __WCLONE. */
			if (!(options & __WALL) &&
			    (kid->exit_signal != SIGCHLD) !=
			    ((options & __WCLONE) != 0))
				continue;
			have_kids = 1;

			if (kid->state == TASK_STOPPED) {
				if (!kid->exit_code)
					continue;
				if (!(options & WUNTRACED) &&
				    !(kid->ptrace & PT_PTRACED))
					continue;
				read_unlock(&tasklist_lock);
				ret = stat_addr ? put_user((kid->exit_code << 8) |
							   0x7f, stat_addr) : 0;
				if (!ret) {
					kid->exit_code = 0;
					ret = kid->pid;
				}
				goto done;
			}
			if (kid->state != TASK_ZOMBIE)
				continue;

			/* A zombie: its times join our children's. */
			me->times.tms_cutime += kid->times.tms_utime +
						kid->times.tms_cutime;
			me->times.tms_cstime += kid->times.tms_stime +
						kid->times.tms_cstime;
			read_unlock(&tasklist_lock);
			ret = stat_addr ? put_user(kid->exit_code, stat_addr) : 0;
			if (ret)
				goto done;
			ret = kid->pid;
			if (kid->p_opptr == kid->p_pptr) {
				release_task(kid);
				goto done;
			}
			/* We only traced it: back to its real parent. */
			write_lock_irq(&tasklist_lock);
			REMOVE_LINKS(kid);
			kid->p_pptr = kid->p_opptr;
			SET_LINKS(kid);
			do_notify_parent(kid, SIGCHLD);
			write_unlock_irq(&tasklist_lock);
			goto done;
		}
		read_unlock(&tasklist_lock);

		ret = -ECHILD;
		if (!have_kids)
			break;
		ret = 0;
		if (options & WNOHANG)
			break;
		ret = -ERESTARTSYS;
		if (signal_pending(me))
			break;
		schedule();
	}
done:
	me->state = TASK_RUNNING;
	remove_wait_queue(&me->wait_chldexit, &wait);
	return ret;
}

/* The old interface: wait4 without the resource usage. */
asmlinkage long sys_waitpid(pid_t pid, unsigned int *stat_addr, int options)
{
	return sys_wait4(pid, stat_addr, options, NULL);
}
