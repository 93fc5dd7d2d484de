// SPDX-License-Identifier: GPL-2.0-only
/*
 * The real mm/oom_kill.c and mm/swap.c for the oom suite, #included so
 * that oom_kill.c's static functions can be called.  mm_host.c already
 * stands in for two globals of swap.c (freepages, memory_pressure: the
 * allocator suites need them without swap.c); swap.c's own two are
 * renamed here so that both can be linked.  The tasks are pretend
 * task_structs on a ring through a pretend init_task; oom_kill() itself
 * runs as mm_host.c's task (it yields through current).  The link wraps
 * schedule() to see when oom_kill() calls it.
 */
#include "../../../mm/oom_kill.c"

#define freepages	swap_c_freepages
#define memory_pressure	swap_c_memory_pressure
#include "../../../mm/swap.c"
#undef freepages
#undef memory_pressure

#include <linux/string.h>
#include "host.h"
#include "mm_host.h"
#include "oom_host.h"

/* kernel/sched.c, kernel/timer.c, arch/i386/kernel/init_task.c */
union task_union init_task_union;
rwlock_t tasklist_lock = RW_LOCK_UNLOCKED;
volatile unsigned long jiffies;

static struct task_struct host_tasks[HOST_NR_OOM_TASKS];
static int host_ntasks;

static struct {
	int victim, signals, sig, set_before, logged_before;
	int schedules, yield_at_schedule, signal_before_schedule;
} host_oom;

static int host_task_index(struct task_struct *p)
{
	int i;

	for (i = 0; i < host_ntasks; i++)
		if (p == &host_tasks[i])
			return i;
	return -1;
}

void host_oom_tasks(const struct host_task_cfg *t, int n)
{
	static struct mm_struct mms[HOST_NR_OOM_TASKS];
	struct task_struct *prev = &init_task;
	int i;

	memset(&init_task_union, 0, sizeof(init_task_union));
	memset(host_tasks, 0, sizeof(host_tasks));
	memset(mms, 0, sizeof(mms));
	init_task.pid = 0;
	init_task.mm = NULL;
	host_ntasks = n;
	for (i = 0; i < n; i++) {
		struct task_struct *p = &host_tasks[i];

		p->pid = t[i].pid;
		if (t[i].has_mm) {
			mms[i].total_vm = t[i].total_vm;
			p->mm = &mms[i];
		}
		p->times.tms_utime = t[i].utime;
		p->times.tms_stime = t[i].stime;
		p->start_time = t[i].start_time;
		p->nice = t[i].nice;
		p->uid = t[i].uid;
		p->euid = t[i].euid;
		p->cap_effective = 0;
		if (t[i].sys_admin)
			p->cap_effective |= CAP_TO_MASK(CAP_SYS_ADMIN);
		if (t[i].sys_rawio)
			p->cap_effective |= CAP_TO_MASK(CAP_SYS_RAWIO);
		p->counter = 1;
		strncpy(p->comm, t[i].comm ? t[i].comm : "task",
			sizeof(p->comm) - 1);
		prev->next_task = p;
		p->prev_task = prev;
		prev = p;
	}
	prev->next_task = &init_task;
	init_task.prev_task = prev;
}

void host_oom_jiffies(unsigned long j)
{
	jiffies = j;
}

unsigned int host_int_sqrt(unsigned int x)
{
	return int_sqrt(x);
}

int host_badness(int i)
{
	return badness(&host_tasks[i]);
}

int host_badness_init_task(void)
{
	return badness(&init_task);
}

int host_select_bad_process(void)
{
	struct task_struct *p = select_bad_process();

	return p ? host_task_index(p) : -1;
}

/* kernel/signal.c */
void force_sig(int sig, struct task_struct *p)
{
	host_oom.signals++;
	host_oom.sig = sig;
	host_oom.victim = host_task_index(p);
	host_oom.set_before = p->counter == 5 * HZ &&
			      (p->flags & PF_MEMALLOC);
	host_oom.logged_before = strstr(host_printk_log,
					"Out of Memory: Killed process") != NULL;
}

extern asmlinkage void __real_schedule(void);

asmlinkage void __wrap_schedule(void)
{
	host_oom.schedules++;
	host_oom.yield_at_schedule = (current->policy & SCHED_YIELD) != 0;
	host_oom.signal_before_schedule = host_oom.signals > 0;
	__real_schedule();
}

static void host_do_oom_kill(void *unused)
{
	current->policy = SCHED_OTHER;
	oom_kill();
}

void host_oom_kill(struct host_oom_result *r)
{
	memset(&host_oom, 0, sizeof(host_oom));
	host_oom.victim = -1;
	host_printk_reset();
	host_call_as_task(host_do_oom_kill, NULL);
	r->victim = host_oom.victim;
	r->signals = host_oom.signals;
	r->sig = host_oom.sig;
	r->counter = r->victim >= 0 ? host_tasks[r->victim].counter : 0;
	r->flags = r->victim >= 0 ? host_tasks[r->victim].flags : 0;
	r->set_before_signal = host_oom.set_before;
	r->logged_before_signal = host_oom.logged_before;
	r->schedules = host_oom.schedules;
	r->yield_at_schedule = host_oom.yield_at_schedule;
	r->signal_before_schedule = host_oom.signal_before_schedule;
}

int host_out_of_memory(unsigned int min, unsigned int low, int swap_pages,
		       unsigned int inactive_clean)
{
	zone_t *zone = contig_page_data.node_zones + ZONE_NORMAL;
	unsigned long saved = zone->inactive_clean_pages;
	int ret;

	freepages.min = min;
	freepages.low = low;
	nr_swap_pages = swap_pages;
	zone->inactive_clean_pages = inactive_clean;
	ret = out_of_memory();
	zone->inactive_clean_pages = saved;
	nr_swap_pages = 0;
	return ret;
}

int host_swap_setup(unsigned long physpages)
{
	unsigned long saved = num_physpages;

	num_physpages = physpages;
	page_cluster = -1;
	swap_setup();
	num_physpages = saved;
	return page_cluster;
}

int host_recalculate_vm_stats(int pressure)
{
	swap_c_memory_pressure = pressure;
	recalculate_vm_stats();
	return swap_c_memory_pressure;
}

void host_swap_tunables_get(struct host_swap_tunables *t)
{
	t->freepages[0] = swap_c_freepages.min;
	t->freepages[1] = swap_c_freepages.low;
	t->freepages[2] = swap_c_freepages.high;
	t->buffer_mem[0] = buffer_mem.min_percent;
	t->buffer_mem[1] = buffer_mem.borrow_percent;
	t->buffer_mem[2] = buffer_mem.max_percent;
	t->page_cache[0] = page_cache.min_percent;
	t->page_cache[1] = page_cache.borrow_percent;
	t->page_cache[2] = page_cache.max_percent;
	t->pager_daemon[0] = pager_daemon.tries_base;
	t->pager_daemon[1] = pager_daemon.tries_min;
	t->pager_daemon[2] = pager_daemon.swap_cluster;
	t->nr_async_pages = atomic_read(&nr_async_pages);
}
