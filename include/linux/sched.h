/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Processes: the task structure, the address space (mm_struct), the
 * open-file and signal tables a task points to, the task list and the
 * run queue helpers, and the interface of the scheduler.
 * 情景分析 §2.3 (mm_struct); chapter 4 (processes).
 * Follows Linux 2.4.0 include/linux/sched.h; fields the port does not use
 * are left out, the others keep 2.4.0's names and order.
 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/capability.h>
#include <linux/resource.h>
#include <linux/signal.h>
#include <linux/times.h>
#include <linux/wait.h>
#include <linux/threads.h>
#include <asm/atomic.h>
#include <asm/current.h>
#include <asm/page.h>
#include <asm/mmu.h>
#include <asm/semaphore.h>
#include <asm/processor.h>
#include <asm/param.h>

extern volatile unsigned long jiffies;

/* clone() flags; the low byte is the signal sent to the parent on exit. */
#define CSIGNAL		0x000000ff
#define CLONE_VM	0x00000100	/* share the address space */
#define CLONE_FS	0x00000200
#define CLONE_FILES	0x00000400	/* share the open files */
#define CLONE_SIGHAND	0x00000800	/* share the signal handlers */
#define CLONE_PID	0x00001000
#define CLONE_PTRACE	0x00002000
#define CLONE_VFORK	0x00004000	/* the parent sleeps until release */
#define CLONE_PARENT	0x00008000
#define CLONE_THREAD	0x00010000

#define CLONE_SIGNAL	(CLONE_SIGHAND | CLONE_THREAD)

#define TASK_RUNNING		0
#define TASK_INTERRUPTIBLE	1
#define TASK_UNINTERRUPTIBLE	2
#define TASK_ZOMBIE		4
#define TASK_STOPPED		8

#define __set_task_state(tsk, state_value) \
	do { (tsk)->state = (state_value); } while (0)
#define set_task_state(tsk, state_value) \
	set_mb((tsk)->state, (state_value))
#define __set_current_state(state_value) \
	do { current->state = (state_value); } while (0)
#define set_current_state(state_value) \
	set_mb(current->state, (state_value))

/* Scheduling policies; SCHED_YIELD is a one-shot flag ORed in. */
#define SCHED_OTHER		0
#define SCHED_FIFO		1
#define SCHED_RR		2
#define SCHED_YIELD		0x10

/* The address limit checked by user-copy routines: get_fs()/set_fs(). */
typedef struct {
	unsigned long seg;
} mm_segment_t;

struct file;

/*
 * The open files of a task (shared after clone(CLONE_FILES)).  2.4.0
 * grows the arrays past NR_OPEN_DEFAULT descriptors; the port keeps the
 * embedded ones only.
 */
#define NR_OPEN_DEFAULT	BITS_PER_LONG

struct files_struct {
	atomic_t count;
	rwlock_t file_lock;
	int max_fds;
	int max_fdset;
	int next_fd;
	struct file **fd;		/* current fd array */
	fd_set *close_on_exec;
	fd_set *open_fds;
	fd_set close_on_exec_init;
	fd_set open_fds_init;
	struct file *fd_array[NR_OPEN_DEFAULT];
};

#define INIT_FILES \
{ \
	.count = ATOMIC_INIT(1), \
	.file_lock = RW_LOCK_UNLOCKED, \
	.max_fds = NR_OPEN_DEFAULT, \
	.max_fdset = __FD_SETSIZE, \
	.next_fd = 0, \
	.fd = &init_files.fd_array[0], \
	.close_on_exec = &init_files.close_on_exec_init, \
	.open_fds = &init_files.open_fds_init, \
}

/* Above this many VMAs an address space also keeps them in an AVL tree. */
#define AVL_MIN_MAP_COUNT	32
#define MAX_MAP_COUNT		(65536)

struct vm_area_struct;

/*
 * An address space: its VMAs (sorted list, and AVL tree once there are
 * many), its page directory and the layout of the program in it.
 */
struct mm_struct {
	struct vm_area_struct *mmap;		/* list of VMAs, by address */
	struct vm_area_struct *mmap_avl;	/* tree of VMAs, key vm_end */
	struct vm_area_struct *mmap_cache;	/* last find_vma result */
	pgd_t *pgd;
	atomic_t mm_users;			/* users of the address space */
	atomic_t mm_count;			/* references to this struct */
	int map_count;				/* number of VMAs */
	struct semaphore mmap_sem;
	spinlock_t page_table_lock;

	struct list_head mmlist;		/* all mms, from init_mm */

	unsigned long start_code, end_code, start_data, end_data;
	unsigned long start_brk, brk, start_stack;
	unsigned long arg_start, arg_end, env_start, env_end;
	unsigned long rss, total_vm, locked_vm;
	unsigned long def_flags;
	unsigned long cpu_vm_mask;
	unsigned long swap_cnt;			/* pages left to scan this pass */
	unsigned long swap_address;

	/* Architecture-specific MM context */
	mm_context_t context;
};

extern struct mm_struct init_mm;
extern pgd_t swapper_pg_dir[1024];

#define INIT_MM(name) \
{ \
	.mmap = &init_mmap, \
	.mmap_avl = NULL, \
	.mmap_cache = NULL, \
	.pgd = swapper_pg_dir, \
	.mm_users = ATOMIC_INIT(2), \
	.mm_count = ATOMIC_INIT(1), \
	.map_count = 1, \
	.mmap_sem = __MUTEX_INITIALIZER(name.mmap_sem), \
	.page_table_lock = SPIN_LOCK_UNLOCKED, \
	.mmlist = LIST_HEAD_INIT(name.mmlist), \
}

/* The signal handlers of a task (shared after clone(CLONE_SIGHAND)). */
struct signal_struct {
	atomic_t count;
	struct k_sigaction action[_NSIG];
	spinlock_t siglock;
};

#define INIT_SIGNALS \
{ \
	.count = ATOMIC_INIT(1), \
	.siglock = SPIN_LOCK_UNLOCKED, \
}

/* The time slice a nice value earns per recalculation, in ticks. */
#if HZ < 200
#define TICK_SCALE(x)	((x) >> 2)
#else
#define TICK_SCALE(x)	((x) >> 1)
#endif
#define NICE_TO_TICKS(nice)	(TICK_SCALE(20 - (nice)) + 1)

#define DEF_COUNTER	(10 * HZ / 100)
#define MAX_COUNTER	(20 * HZ / 100)
#define DEF_NICE	(0)

struct linux_binfmt;
struct exec_domain;

/*
 * The first fields are at offsets entry.S relies on: state 0, flags 4,
 * sigpending 8, addr_limit 12, exec_domain 16, need_resched 20,
 * ptrace 24, processor 52.
 */
struct task_struct {
	volatile long state;	/* -1 unrunnable, 0 runnable, >0 stopped */
	unsigned long flags;
	int sigpending;
	mm_segment_t addr_limit;
	struct exec_domain *exec_domain;
	volatile long need_resched;
	unsigned long ptrace;

	int lock_depth;

	/* Scheduling: the time slice left and how nice the task is. */
	long counter;
	long nice;
	unsigned long policy;
	struct mm_struct *mm;
	int has_cpu, processor;
	unsigned long cpus_allowed;
	struct list_head run_list;	/* on the run queue */
	unsigned long sleep_time;

	struct task_struct *next_task, *prev_task;	/* all tasks */
	struct mm_struct *active_mm;	/* the mm in CR3 (borrowed if no mm) */

	struct linux_binfmt *binfmt;
	int exit_code, exit_signal;
	int pdeath_signal;
	unsigned long personality;
	int dumpable:1;
	int did_exec:1;
	pid_t pid;
	pid_t pgrp;
	pid_t tty_old_pgrp;
	pid_t session;
	pid_t tgid;
	int leader;
	/*
	 * Family: original parent, parent, youngest child, younger and
	 * older sibling.
	 */
	struct task_struct *p_opptr, *p_pptr, *p_cptr, *p_ysptr, *p_osptr;
	struct list_head thread_group;

	/* The pid hash chain. */
	struct task_struct *pidhash_next;
	struct task_struct **pidhash_pprev;

	wait_queue_head_t wait_chldexit;	/* for wait4() */
	struct semaphore *vfork_sem;		/* for vfork() */
	unsigned long rt_priority;
	struct tms times;
	unsigned long start_time;
	long per_cpu_utime[NR_CPUS], per_cpu_stime[NR_CPUS];
	/* Page faults: minor (no I/O), major, and the children's. */
	unsigned long min_flt, maj_flt, nswap, cmin_flt, cmaj_flt, cnswap;
	int swappable:1;
	uid_t uid, euid, suid, fsuid;
	gid_t gid, egid, sgid, fsgid;
	kernel_cap_t cap_effective, cap_inheritable, cap_permitted;
	int keep_capabilities:1;
	struct rlimit rlim[RLIM_NLIMITS];
	unsigned short used_math;
	char comm[16];
	struct thread_struct thread;	/* CPU state (processor.h) */
	struct files_struct *files;
	spinlock_t sigmask_lock;
	struct signal_struct *sig;
	/* Signals: blocked, and posted but not yet delivered. */
	sigset_t blocked;
	struct sigpending pending;

	u32 parent_exec_id;
	u32 self_exec_id;
	spinlock_t alloc_lock;		/* task_lock() */
};

/* Per-process flags. */
#define PF_ALIGNWARN	0x00000001
#define PF_STARTING	0x00000002
#define PF_EXITING	0x00000004
#define PF_FORKNOEXEC	0x00000040	/* forked but did not exec */
#define PF_SUPERPRIV	0x00000100	/* used a capability */
#define PF_DUMPCORE	0x00000200
#define PF_SIGNALED	0x00000400	/* killed by a signal */
#define PF_MEMALLOC	0x00000800
#define PF_VFORK	0x00001000
#define PF_USEDFPU	0x00100000	/* the FPU holds this task's state */

/* ptrace flags. */
#define PT_PTRACED	0x00000001
#define PT_TRACESYS	0x00000002

/* init's soft stack limit (see INIT_RLIMITS). */
#define _STK_LIM	(8 * 1024 * 1024)

#define INIT_TASK_SIZE	2048 * sizeof(long)

union task_union {
	struct task_struct task;
	unsigned long stack[INIT_TASK_SIZE / sizeof(long)];
};

extern union task_union init_task_union;
/* One CPU: its idle task is init_task. */
#define idle_task(cpu)	(&init_task)

extern struct files_struct init_files;
extern struct signal_struct init_signals;

/* pid -> task: a small hash of chains. */
#define PIDHASH_SZ	(4096 >> 2)
extern struct task_struct *pidhash[PIDHASH_SZ];

#define pid_hashfn(x)	((((x) >> 8) ^ (x)) & (PIDHASH_SZ - 1))

/* At the head of its chain; pprev points at what points at p. */
static inline void hash_pid(struct task_struct *p)
{
	struct task_struct **chain = &pidhash[pid_hashfn(p->pid)];
	struct task_struct *first = *chain;

	p->pidhash_next = first;
	if (first)
		first->pidhash_pprev = &p->pidhash_next;
	p->pidhash_pprev = chain;
	*chain = p;
}

static inline void unhash_pid(struct task_struct *p)
{
	struct task_struct *after = p->pidhash_next;

	*p->pidhash_pprev = after;
	if (after)
		after->pidhash_pprev = p->pidhash_pprev;
}

static inline struct task_struct *find_task_by_pid(int pid)
{
	struct task_struct *t = pidhash[pid_hashfn(pid)];

	while (t && t->pid != pid)
		t = t->pidhash_next;
	return t;
}

/* The task list: a ring through init_task, newest last. */
extern rwlock_t tasklist_lock;
extern spinlock_t runqueue_lock;
extern spinlock_t mmlist_lock;

#define for_each_task(p) \
	for (p = &init_task; (p = p->next_task) != &init_task; )

#define REMOVE_LINKS(p) do { \
	(p)->next_task->prev_task = (p)->prev_task; \
	(p)->prev_task->next_task = (p)->next_task; \
	if ((p)->p_osptr) \
		(p)->p_osptr->p_ysptr = (p)->p_ysptr; \
	if ((p)->p_ysptr) \
		(p)->p_ysptr->p_osptr = (p)->p_osptr; \
	else \
		(p)->p_pptr->p_cptr = (p)->p_osptr; \
	} while (0)

#define SET_LINKS(p) do { \
	(p)->next_task = &init_task; \
	(p)->prev_task = init_task.prev_task; \
	init_task.prev_task->next_task = (p); \
	init_task.prev_task = (p); \
	(p)->p_ysptr = NULL; \
	if (((p)->p_osptr = (p)->p_pptr->p_cptr) != NULL) \
		(p)->p_osptr->p_ysptr = p; \
	(p)->p_pptr->p_cptr = p; \
	} while (0)

/* The run queue: every runnable task except the idle task. */
extern struct list_head runqueue_head;
extern int nr_running, nr_threads;

/* Off the run queue; run_list.next NULL says so (task_on_runqueue). */
static inline void del_from_runqueue(struct task_struct *p)
{
	list_del(&p->run_list);
	p->run_list.next = NULL;
	p->sleep_time = jiffies;
	nr_running--;
}

static inline int task_on_runqueue(struct task_struct *p)
{
	return (p->run_list.next != NULL);
}

static inline void unhash_process(struct task_struct *p)
{
	if (task_on_runqueue(p))
		BUG();
	write_lock_irq(&tasklist_lock);
	unhash_pid(p);
	REMOVE_LINKS(p);
	list_del(&p->thread_group);
	nr_threads--;
	write_unlock_irq(&tasklist_lock);
}

/* task_lock: guards ->mm, ->files against a reader in another context. */
static inline void task_lock(struct task_struct *p)
{
	spin_lock(&p->alloc_lock);
}

static inline void task_unlock(struct task_struct *p)
{
	spin_unlock(&p->alloc_lock);
}

extern unsigned long total_forks;
extern int last_pid;

/* The scheduler (kernel/sched.c). */
extern void sched_init(void);
asmlinkage void schedule(void);
asmlinkage void schedule_tail(struct task_struct *prev);
extern void wake_up_process(struct task_struct *tsk);
extern void __wake_up(wait_queue_head_t *q, unsigned int mode,
		      unsigned int wq_mode);
extern void sleep_on(wait_queue_head_t *q);
extern void interruptible_sleep_on(wait_queue_head_t *q);
extern long interruptible_sleep_on_timeout(wait_queue_head_t *q,
					   signed long timeout);
#define MAX_SCHEDULE_TIMEOUT	LONG_MAX
extern signed long schedule_timeout(signed long timeout);
extern void update_process_times(int user);
extern void init_idle(void);
extern void cpu_idle(void);

/* wq_mode WQ_FLAG_EXCLUSIVE: wake all non-exclusive waiters and one exclusive. */
#define wake_up(x) \
	__wake_up((x), TASK_UNINTERRUPTIBLE | TASK_INTERRUPTIBLE, WQ_FLAG_EXCLUSIVE)
#define wake_up_all(x) \
	__wake_up((x), TASK_UNINTERRUPTIBLE | TASK_INTERRUPTIBLE, 0)
#define wake_up_interruptible(x) \
	__wake_up((x), TASK_INTERRUPTIBLE, WQ_FLAG_EXCLUSIVE)
#define wake_up_interruptible_all(x) \
	__wake_up((x), TASK_INTERRUPTIBLE, 0)

/* Wait queues (kernel/fork.c). */
extern void add_wait_queue(wait_queue_head_t *q, wait_queue_t *wait);
extern void add_wait_queue_exclusive(wait_queue_head_t *q,
				     wait_queue_t *wait);
extern void remove_wait_queue(wait_queue_head_t *q, wait_queue_t *wait);

/* Signals (kernel/signal.c). */
extern int kill_proc_info(int, struct siginfo *, pid_t);
extern int kill_proc(pid_t, int, int);
extern int kill_something_info(int, struct siginfo *, int);
extern void notify_parent(struct task_struct *, int);
extern void do_notify_parent(struct task_struct *, int);
extern void flush_signals(struct task_struct *);
extern void flush_signal_handlers(struct task_struct *);
extern void exit_sighand(struct task_struct *);
extern int dequeue_signal(sigset_t *mask, siginfo_t *info);
extern int do_sigaction(int sig, const struct k_sigaction *act,
			struct k_sigaction *oact);

static inline int signal_pending(struct task_struct *p)
{
	return (p->sigpending != 0);
}

/* Recompute sigpending: a signal posted and not blocked? */
static inline void recalc_sigpending(struct task_struct *t)
{
	int i, ready = 0;

	for (i = 0; i < _NSIG_WORDS; i++)
		ready |= t->pending.signal.sig[i] & ~t->blocked.sig[i];
	t->sigpending = (ready != 0);
}

/*
 * Does the current task hold capability cap?  A task that uses one is
 * marked PF_SUPERPRIV (for accounting).
 */
static inline int capable(int cap)
{
	if (cap_raised(current->cap_effective, cap)) {
		current->flags |= PF_SUPERPRIV;
		return 1;
	}
	return 0;
}

/* Address spaces (kernel/fork.c). */
extern struct mm_struct *mm_alloc(void);
extern void __mmdrop(struct mm_struct *);
extern void mmput(struct mm_struct *);
extern void mm_release(void);

/* The last reference to the struct itself frees the pgd and the struct. */
static inline void mmdrop(struct mm_struct *mm)
{
	if (atomic_dec_and_test(&mm->mm_count))
		__mmdrop(mm);
}

/* Files (kernel/exit.c, fs/). */
extern void put_files_struct(struct files_struct *fs);
extern void exit_files(struct task_struct *);
extern void exit_mm(struct task_struct *);

struct pt_regs;
extern int copy_thread(int, unsigned long, unsigned long, unsigned long,
		       struct task_struct *, struct pt_regs *);
extern void exit_thread(void);
extern void flush_thread(void);
extern int do_execve(char *, char **, char **, struct pt_regs *);
extern int do_fork(unsigned long, unsigned long, struct pt_regs *,
		   unsigned long);

#endif
