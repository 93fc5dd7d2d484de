/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The task structure.  Only the fields the boot needs are here so far;
 * the memory-manager fields (mm, active_mm, ...) come with processes.
 * 情景分析 §2.3 (mm_struct).  Follows Linux 2.4.0 include/linux/sched.h.
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
#include <asm/atomic.h>
#include <asm/current.h>
#include <asm/page.h>
#include <asm/mmu.h>
#include <asm/semaphore.h>

#define TASK_RUNNING		0
#define TASK_INTERRUPTIBLE	1
#define TASK_UNINTERRUPTIBLE	2
#define TASK_ZOMBIE		4
#define TASK_STOPPED		8

/* The address limit checked by user-copy routines: get_fs()/set_fs(). */
typedef struct {
	unsigned long seg;
} mm_segment_t;

/*
 * The first fields are at offsets entry.S relies on: state 0, flags 4,
 * sigpending 8, addr_limit 12, exec_domain 16, need_resched 20.
 */
struct task_struct {
	volatile long state;
	unsigned long flags;
	int sigpending;
	mm_segment_t addr_limit;
	struct exec_domain *exec_domain;
	volatile long need_resched;
	unsigned long ptrace;

	int lock_depth;
	long counter;
	long nice;
	unsigned long policy;
	struct mm_struct *mm;
	int has_cpu, processor;
	struct mm_struct *active_mm;

	pid_t pid;
	/* Page faults: minor (no I/O), major, and the children's. */
	unsigned long min_flt, maj_flt, nswap, cmin_flt, cmaj_flt, cnswap;
	kernel_cap_t cap_effective, cap_inheritable, cap_permitted;
	struct rlimit rlim[RLIM_NLIMITS];
	char comm[16];
	/* Signals: blocked, and posted but not yet delivered. */
	sigset_t blocked;
	struct sigpending pending;
};

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

#define INIT_TASK_SIZE	2048 * sizeof(long)

union task_union {
	struct task_struct task;
	unsigned long stack[INIT_TASK_SIZE / sizeof(long)];
};

extern union task_union init_task_union;

#define PF_STARTING	0x00000002
#define PF_EXITING	0x00000004
#define PF_SUPERPRIV	0x00000100	/* used a capability */
#define PF_MEMALLOC	0x00000800
#define PF_VFORK	0x00001000

/* init's soft stack limit (see INIT_RLIMITS). */
#define _STK_LIM	(8 * 1024 * 1024)

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

#endif
