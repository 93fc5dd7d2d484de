/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the oom suite sees of mm/oom_kill.c (情景分析 §2.8) and mm/swap.c
 * (§2.6): shim/oom_host.c #includes both, so the static badness(),
 * int_sqrt() and select_bad_process() can be called, and runs them on a
 * task list of pretend tasks hung off a pretend init_task.  Plain C
 * types only (included by the shim and by the test program).
 */
#ifndef _TESTS_HOST_OOM_HOST_H
#define _TESTS_HOST_OOM_HOST_H

#define HOST_HZ			100
#define HOST_SHIFT_HZ		7
#define HOST_PF_MEMALLOC	0x00000800UL
#define HOST_SCHED_YIELD	0x10
#define HOST_SIGKILL		9
#define HOST_SIGTERM		15
#define HOST_NR_OOM_TASKS	16

/* One pretend task; the list holds them in the order given. */
struct host_task_cfg {
	int pid;
	int has_mm;			/* 0: a kernel thread */
	unsigned long total_vm;		/* pages */
	long utime, stime;		/* ticks */
	unsigned long start_time;	/* jiffies */
	long nice;
	unsigned int uid, euid;
	int sys_admin, sys_rawio;	/* those capabilities effective */
	const char *comm;
};

/* Build the task list (init_task, then t[0..n)); set jiffies. */
extern void host_oom_tasks(const struct host_task_cfg *t, int n);
extern void host_oom_jiffies(unsigned long j);

extern unsigned int host_int_sqrt(unsigned int x);
extern int host_badness(int i);			/* of task i */
extern int host_badness_init_task(void);
extern int host_select_bad_process(void);	/* task index, -1: NULL */

/* What oom_kill() did, and in which order. */
struct host_oom_result {
	int victim;			/* task index that got the signal, -1 */
	int signals;			/* force_sig calls */
	int sig;
	long counter;			/* the victim's, after the call */
	unsigned long flags;		/* the victim's, after the call */
	int set_before_signal;		/* counter and PF_MEMALLOC set before force_sig */
	int logged_before_signal;	/* the printk came before force_sig */
	int schedules;			/* schedule() calls */
	int yield_at_schedule;		/* current had SCHED_YIELD when it ran */
	int signal_before_schedule;
};
/* oom_kill() as the host task; *r filled unless it panicked. */
extern void host_oom_kill(struct host_oom_result *r);

/* out_of_memory() with freepages.min/low, swap and inactive_clean set. */
extern int host_out_of_memory(unsigned int min, unsigned int low,
			      int swap_pages, unsigned int inactive_clean);

/* mm/swap.c */
extern int host_swap_setup(unsigned long physpages);	/* page_cluster */
extern int host_recalculate_vm_stats(int pressure);	/* new pressure */
struct host_swap_tunables {
	unsigned int freepages[3];
	unsigned int buffer_mem[3], page_cache[3], pager_daemon[3];
	int nr_async_pages;
};
extern void host_swap_tunables_get(struct host_swap_tunables *t);

#endif /* _TESTS_HOST_OOM_HOST_H */
