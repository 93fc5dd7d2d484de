// SPDX-License-Identifier: GPL-2.0-only
/*
 * Processes on the host (情景分析 chapter 4): the real kernel/fork.c,
 * kernel/exit.c, kernel/sched.c and kernel/timer.c, #included to reach
 * their static functions, with the real init_task (8 KB aligned here, as
 * the kernel's linker script places it, so that current works on its
 * stack).
 *
 * What they take from the rest of the kernel is stood in for below and
 * recorded in an event log: pages and slab objects come from glibc and
 * are counted (and filled with garbage, as the slab allocator would leave
 * them); copy_page_range(), exit_mmap(), copy_thread(), do_notify_parent()
 * and the others record their calls and can be told to fail; switch_to()
 * records the switch and stays on prev's stack, so that what schedule()
 * chose can be read afterwards.
 *
 * The checks are kernel code too and follow the stand-ins.  test_proc.c
 * runs each one with host_proc_run(), in a fresh process (Check's fork
 * mode), on init_task's stack; code that must run as another task is
 * called on that task's own 8 KB block (run_as).  A failed CHECK ends
 * the check and names its line here.
 */
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <asm/system.h>

/* switch_to: record it, and stay on prev's stack. */
static void host_switch_to(struct task_struct *prev, struct task_struct *next);
#undef switch_to
#define switch_to(prev, next, last) host_switch_to(prev, next)

/* init_task_union, 8 KB aligned like the kernel's .data.init_task. */
extern union task_union init_task_union __attribute__((aligned(8192)));
#include "../../../arch/i386/kernel/init_task.c"
#undef tsk

#include "../../../kernel/fork.c"
#include "../../../kernel/exit.c"
#include "../../../kernel/sched.c"
#include "../../../kernel/timer.c"

#include <linux/dcache.h>
#include "bug.h"
#include "host.h"
#include "proc_host.h"

/* The few glibc functions the shim needs (no glibc headers here). */
extern int posix_memalign(void **memptr, size_t alignment, size_t size);
extern void *malloc(size_t size);
extern void free(void *ptr);

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

/* ---- the event log ------------------------------------------------------ */

enum {
	EV_CPR = 1,	/* copy_page_range: a vm_start, b dst mm */
	EV_OPEN,	/* vm_ops->open: a vm_start, b vm_mm */
	EV_FLUSH,	/* a TLB flush */
	EV_AVL,		/* build_mmap_avl: a map_count, b mm */
	EV_EXIT_MMAP,	/* exit_mmap: a mm, b still on the mmlist, c VMAs,
			   d mm_count */
	EV_SEGS,	/* copy_segments: a task, b mm */
	EV_THREAD,	/* copy_thread: a task */
	EV_REL_THREAD,	/* release_thread: a task, b still hashed */
	EV_EXIT_THREAD,	/* exit_thread: a current */
	EV_SIGHAND,	/* exit_sighand: a task */
	EV_CLOSE,	/* filp_close: a file, b still in files->fd[],
			   c current->files was cleared first */
	EV_NOTIFY,	/* do_notify_parent: a task, b signal, c its state */
	EV_SEND_SIG,	/* send_sig: a task, b signal */
	EV_CR3,		/* load_cr3: a physical address */
	EV_SWITCH,	/* switch_to: a prev, b next */
};

struct event {
	int what;
	unsigned long a, b, c, d;
};

static struct event ev[512];
static int nev;

static void record4(int what, unsigned long a, unsigned long b,
		    unsigned long c, unsigned long d)
{
	if (nev < (int)ARRAY_SIZE(ev)) {
		ev[nev].what = what;
		ev[nev].a = a;
		ev[nev].b = b;
		ev[nev].c = c;
		ev[nev].d = d;
	}
	nev++;
}

static void record(int what, unsigned long a, unsigned long b)
{
	record4(what, a, b, 0, 0);
}

/* Index of the first event what (with a, unless a is ~0) from from on. */
static int ev_find(int what, unsigned long a, int from)
{
	int i;

	for (i = from; i < nev && i < (int)ARRAY_SIZE(ev); i++)
		if (ev[i].what == what && (a == ~0UL || ev[i].a == a))
			return i;
	return -1;
}

static int ev_count(int what)
{
	int i, n = 0;

	for (i = 0; i < nev && i < (int)ARRAY_SIZE(ev); i++)
		if (ev[i].what == what)
			n++;
	return n;
}

/* ---- failing checks ------------------------------------------------------ */

static void *fail_jb[5];
static char fail_msg[512];

static void __attribute__((noreturn, noinline))
failed(int line, const char *what, long got, long want, int values)
{
	if (values)
		sprintf(fail_msg, "proc_host.c:%d: %s (got %ld = %#lx, want "
			"%ld = %#lx)", line, what, got, got, want, want);
	else
		sprintf(fail_msg, "proc_host.c:%d: %s", line, what);
	__builtin_longjmp(fail_jb, 1);
}

#define CHECK(cond) do { \
	if (!(cond)) \
		failed(__LINE__, #cond, 0, 0, 0); \
	} while (0)

#define CHECK_EQ(got, want) do { \
	long __got = (long)(got), __want = (long)(want); \
	if (__got != __want) \
		failed(__LINE__, #got " == " #want, __got, __want, 1); \
	} while (0)

/* ---- what the rest of the kernel provides ------------------------------- */

pgd_t swapper_pg_dir[1024] __attribute__((aligned(PAGE_SIZE)));
struct cpuinfo_x86 boot_cpu_data;
irq_cpustat_t irq_stat[NR_CPUS];
struct desc_struct default_ldt[5];
struct task_struct *child_reaper = &init_task;

void set_ldt_desc(unsigned int n, void *addr, unsigned int size)
{
}

void host_load_cr3(unsigned long phys)
{
	record(EV_CR3, phys, 0);
}

void host_flush_tlb(void)
{
	record(EV_FLUSH, 0, 0);
}

/* 1: fail now; counting down to it otherwise (0: never). */
static int fail_now(int *nth)
{
	return *nth > 0 && --*nth == 0;
}

/* Pages: blocks from glibc, aligned to their size, counted. */
static long pages_live;
static int page_fail_nth;

unsigned long __get_free_pages(int gfp_mask, unsigned long order)
{
	size_t size = PAGE_SIZE << order;
	void *p;

	if (fail_now(&page_fail_nth) || posix_memalign(&p, size, size))
		return 0;
	memset(p, 0x6b, size);
	pages_live += 1 << order;
	return (unsigned long)p;
}

void free_pages(unsigned long addr, unsigned long order)
{
	if (addr) {
		pages_live -= 1 << order;
		free((void *)addr);
	}
}

/* Slab caches: objects from glibc, counted per cache. */
struct kmem_cache_s {
	const char *name;
	size_t size;
	unsigned long flags;
	void *ctor;
	long live;
	int fail_nth;
};

static struct kmem_cache_s caches[8];
static int ncaches, cache_create_fail_nth;

kmem_cache_t *kmem_cache_create(const char *name, size_t size, size_t offset,
		unsigned long flags,
		void (*ctor)(void *, kmem_cache_t *, unsigned long),
		void (*dtor)(void *, kmem_cache_t *, unsigned long))
{
	kmem_cache_t *c;

	if (fail_now(&cache_create_fail_nth) || ncaches == ARRAY_SIZE(caches))
		return NULL;
	c = &caches[ncaches++];
	memset(c, 0, sizeof(*c));
	c->name = name;
	c->size = size;
	c->flags = flags;
	c->ctor = ctor;
	return c;
}

void *kmem_cache_alloc(kmem_cache_t *c, int flags)
{
	void *p;

	if (fail_now(&c->fail_nth))
		return NULL;
	p = malloc(c->size);
	if (p) {
		memset(p, 0x5a, c->size);
		c->live++;
	}
	return p;
}

void kmem_cache_free(kmem_cache_t *c, void *p)
{
	c->live--;
	free(p);
}

/* mm/memory.c, mm/mmap.c */
static int cpr_fail_nth;

int copy_page_range(struct mm_struct *dst, struct mm_struct *src,
		    struct vm_area_struct *vma)
{
	record(EV_CPR, vma->vm_start, (unsigned long)dst);
	return fail_now(&cpr_fail_nth) ? -ENOMEM : 0;
}

static int on_mmlist(struct mm_struct *mm)
{
	struct list_head *l;

	for (l = init_mm.mmlist.next; l != &init_mm.mmlist; l = l->next)
		if (l == &mm->mmlist)
			return 1;
	return 0;
}

/* Frees the VMAs and drops their files, as the real one does. */
void exit_mmap(struct mm_struct *mm)
{
	struct vm_area_struct *v = mm->mmap, *next;
	int n = 0;

	record4(EV_EXIT_MMAP, (unsigned long)mm, on_mmlist(mm), 0,
		atomic_read(&mm->mm_count));
	mm->mmap = mm->mmap_avl = mm->mmap_cache = NULL;
	for (; v; v = next) {
		next = v->vm_next;
		if (v->vm_file)
			atomic_dec(&v->vm_file->f_count);
		kmem_cache_free(vm_area_cachep, v);
		mm->map_count--;
		n++;
	}
	ev[nev - 1].c = n;
}

void build_mmap_avl(struct mm_struct *mm)
{
	record(EV_AVL, mm->map_count, (unsigned long)mm);
}

/* arch/i386/kernel/process.c */
static int thread_fail;
static struct {
	int nr;
	unsigned long flags, esp, size;
	struct task_struct *p;
	struct pt_regs *regs;
} thread_args;

int copy_thread(int nr, unsigned long clone_flags, unsigned long esp,
		unsigned long stack_size, struct task_struct *p,
		struct pt_regs *regs)
{
	record(EV_THREAD, (unsigned long)p, 0);
	thread_args.nr = nr;
	thread_args.flags = clone_flags;
	thread_args.esp = esp;
	thread_args.size = stack_size;
	thread_args.p = p;
	thread_args.regs = regs;
	return thread_fail;
}

void copy_segments(struct task_struct *p, struct mm_struct *mm)
{
	record(EV_SEGS, (unsigned long)p, (unsigned long)mm);
}

void release_thread(struct task_struct *p)
{
	record(EV_REL_THREAD, (unsigned long)p, find_task_by_pid(p->pid) == p);
}

void exit_thread(void)
{
	record(EV_EXIT_THREAD, (unsigned long)current, 0);
}

/* kernel/signal.c: exit_sighand as the real one, the others recorded. */
void exit_sighand(struct task_struct *p)
{
	struct signal_struct *sig = p->sig;

	record(EV_SIGHAND, (unsigned long)p, 0);
	if (sig) {
		p->sig = NULL;
		if (atomic_dec_and_test(&sig->count))
			kmem_cache_free(sigact_cachep, sig);
	}
	p->sigpending = 0;
}

void do_notify_parent(struct task_struct *p, int sig)
{
	record4(EV_NOTIFY, (unsigned long)p, sig, p->state, 0);
}

int send_sig(int sig, struct task_struct *p, int priv)
{
	record(EV_SEND_SIG, (unsigned long)p, sig);
	return 0;
}

/* fs/open.c: drops the table's reference. */
int filp_close(struct file *file, fl_owner_t files)
{
	int i, held = 0;

	for (i = 0; i < files->max_fds; i++)
		if (files->fd[i] == file)
			held = 1;
	record4(EV_CLOSE, (unsigned long)file, held, current->files == NULL,
		0);
	atomic_dec(&file->f_count);
	return 0;
}

/* ---- building tasks, address spaces, files -------------------------------- */

static struct task_struct *mk_task(int pid, struct task_struct *parent)
{
	struct task_struct *p;

	p = (struct task_struct *)__get_free_pages(GFP_KERNEL, 1);
	*p = init_task;
	p->pid = p->pgrp = p->session = p->tgid = pid;
	p->state = TASK_RUNNING;
	p->flags = 0;
	p->counter = DEF_COUNTER;
	p->mm = NULL;
	p->active_mm = NULL;
	p->run_list.next = p->run_list.prev = NULL;
	INIT_LIST_HEAD(&p->thread_group);
	init_waitqueue_head(&p->wait_chldexit);
	init_sigpending(&p->pending);
	p->files = NULL;
	p->sig = NULL;
	p->exit_signal = SIGCHLD;
	p->p_opptr = p->p_pptr = parent;
	p->p_cptr = NULL;
	SET_LINKS(p);
	hash_pid(p);
	nr_threads++;
	return p;
}

static void give_mm(struct task_struct *p, struct mm_struct *mm)
{
	p->mm = mm;
	p->active_mm = mm;
}

/* On the run queue, at the tail. */
static void queue_tail(struct task_struct *p)
{
	p->state = TASK_RUNNING;
	list_add_tail(&p->run_list, &runqueue_head);
	nr_running++;
}

/* A new mm, listed right after init_mm. */
static struct mm_struct *mk_mm(void)
{
	struct mm_struct *mm = mm_alloc();

	list_add(&mm->mmlist, &init_mm.mmlist);
	return mm;
}

static struct vm_area_struct *mk_vma(struct mm_struct *mm, unsigned long start,
				     unsigned long end, unsigned long flags,
				     struct file *file)
{
	struct vm_area_struct *v, **link;

	v = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	memset(v, 0, sizeof(*v));
	v->vm_mm = mm;
	v->vm_start = start;
	v->vm_end = end;
	v->vm_flags = flags;
	v->vm_file = file;
	if (file)
		get_file(file);
	for (link = &mm->mmap; *link; link = &(*link)->vm_next)
		;
	*link = v;
	mm->map_count++;
	return v;
}

static void vma_open(struct vm_area_struct *v)
{
	record(EV_OPEN, v->vm_start, (unsigned long)v->vm_mm);
}

static struct vm_operations_struct open_ops = { .open = vma_open };

struct host_file {
	struct file file;
	struct dentry dentry;
	struct inode inode;
};

static struct host_file hfiles[8];

/* An open file with one reference, its inode's i_writecount given. */
static struct file *mk_file(int i, int writecount)
{
	struct host_file *h = &hfiles[i];

	h->file.f_dentry = &h->dentry;
	h->dentry.d_inode = &h->inode;
	h->inode.i_mapping = &h->inode.i_data;
	atomic_set(&h->file.f_count, 1);
	atomic_set(&h->inode.i_writecount, writecount);
	return &h->file;
}

static struct files_struct *mk_files(void)
{
	struct files_struct *f = kmem_cache_alloc(files_cachep, SLAB_KERNEL);

	memset(f, 0, sizeof(*f));
	atomic_set(&f->count, 1);
	f->file_lock = RW_LOCK_UNLOCKED;
	f->max_fds = NR_OPEN_DEFAULT;
	f->max_fdset = __FD_SETSIZE;
	f->fd = f->fd_array;
	f->open_fds = &f->open_fds_init;
	f->close_on_exec = &f->close_on_exec_init;
	return f;
}

/* fd is open on file (the table holds the file's one reference). */
static void set_fd(struct files_struct *f, int fd, struct file *file)
{
	f->fd[fd] = file;
	f->open_fds->fds_bits[fd / __NFDBITS] |= 1UL << (fd % __NFDBITS);
}

static struct signal_struct *mk_sig(void)
{
	struct signal_struct *s = kmem_cache_alloc(sigact_cachep, SLAB_KERNEL);

	memset(s, 0, sizeof(*s));
	atomic_set(&s->count, 1);
	return s;
}

static int is_child(struct task_struct *parent, struct task_struct *p)
{
	struct task_struct *c;

	for (c = parent->p_cptr; c; c = c->p_osptr)
		if (c == p)
			return 1;
	return 0;
}

static int in_task_list(struct task_struct *p)
{
	struct task_struct *t;

	for_each_task(t)
		if (t == p)
			return 1;
	return 0;
}

/* ---- running as a task ------------------------------------------------------ */

/*
 * proc_call_on_stack(fn, arg, top): switch %esp to top, call fn(arg),
 * switch back (as host_call_on_stack in mm_host.c, not linked here).
 */
extern void proc_call_on_stack(void (*fn)(void *), void *arg, void *top);
__asm__(".text\n"
	".globl proc_call_on_stack\n"
	"proc_call_on_stack:\n\t"
	"pushl %ebp\n\t"
	"movl %esp, %ebp\n\t"
	"movl 16(%ebp), %esp\n\t"
	"subl $12, %esp\n\t"
	"pushl 12(%ebp)\n\t"
	"call *8(%ebp)\n\t"
	"movl %ebp, %esp\n\t"
	"popl %ebp\n\t"
	"ret\n");

/* fn(arg) as t, on t's kernel stack; NULL: as we are (init_task). */
static void run_as(struct task_struct *t, void (*fn)(void *), void *arg)
{
	if (t)
		proc_call_on_stack(fn, arg, (char *)t + 2 * PAGE_SIZE);
	else
		fn(arg);
}

static void *trap_jb[5];

static void __attribute__((noreturn)) trap_bug(const char *file, int line)
{
	__builtin_longjmp(trap_jb, 1);
}

static void __attribute__((noreturn)) trap_panic(const char *msg)
{
	__builtin_longjmp(trap_jb, 1);
}

/* run_as(t, fn, arg); 1 if it hit BUG() or panic(), 0 if it returned. */
static int __attribute__((noinline)) traps(struct task_struct *t,
					   void (*fn)(void *), void *arg)
{
	host_bug_file = NULL;
	host_panic_msg[0] = '\0';
	host_bug_hook = trap_bug;
	host_panic_hook = trap_panic;
	if (__builtin_setjmp(trap_jb) == 0) {
		run_as(t, fn, arg);
		host_bug_hook = NULL;
		host_panic_hook = NULL;
		return 0;
	}
	host_bug_hook = NULL;
	host_panic_hook = NULL;
	return 1;
}

static void (*switch_hook)(struct task_struct *prev, struct task_struct *next);

static void host_switch_to(struct task_struct *prev, struct task_struct *next)
{
	record(EV_SWITCH, (unsigned long)prev, (unsigned long)next);
	if (switch_hook)
		switch_hook(prev, next);
}

static int switched(struct task_struct *prev, struct task_struct *next)
{
	int i = ev_find(EV_SWITCH, (unsigned long)prev, 0);

	return i >= 0 && ev[i].b == (unsigned long)next;
}

static void schedule_step(void *unused)
{
	schedule();
}

/* The tasks, mms and files of the check that runs. */
static struct task_struct *A, *B, *C, *D, *E, *P, *Q, *R, *Z;
static struct mm_struct *M1, *M2;

/* ---- kernel/sched.c ------------------------------------------------------------ */

static void check_goodness(void)
{
	A = mk_task(10, &init_task);
	B = mk_task(11, &init_task);
	M1 = mk_mm();
	M2 = mk_mm();

	/* the slice left, +1 on the same mm (or none), + 20 - nice */
	A->counter = 5;
	A->mm = M1;
	CHECK_EQ(goodness(A, 0, M1), 5 + 1 + 20);
	CHECK_EQ(goodness(A, 0, M2), 5 + 20);
	A->mm = NULL;
	CHECK_EQ(goodness(A, 0, M2), 5 + 1 + 20);
	A->mm = M1;
	A->nice = -5;
	CHECK_EQ(goodness(A, 0, M2), 5 + 20 + 5);
	A->nice = 19;
	CHECK_EQ(goodness(A, 0, M2), 5 + 20 - 19);
	/* a used-up slice is 0 whatever the rest */
	A->counter = 0;
	CHECK_EQ(goodness(A, 0, M1), 0);
	/* a task that yields comes last, real-time or not */
	A->counter = 5;
	A->policy = SCHED_OTHER | SCHED_YIELD;
	CHECK_EQ(goodness(A, 0, M1), -1);
	A->policy = SCHED_RR | SCHED_YIELD;
	CHECK_EQ(goodness(A, 0, M1), -1);
	/* real-time: 1000 + rt_priority, the slice does not count */
	A->policy = SCHED_FIFO;
	A->rt_priority = 10;
	A->counter = 0;
	CHECK_EQ(goodness(A, 0, M1), 1010);
	A->policy = SCHED_RR;
	A->rt_priority = 3;
	CHECK_EQ(goodness(A, 0, M1), 1003);

	/* p against prev, both weighed on prev's active_mm */
	A->policy = SCHED_OTHER;
	A->counter = 5;
	A->nice = 0;
	give_mm(A, M1);
	B->counter = 7;
	give_mm(B, M2);
	CHECK_EQ(preemption_goodness(A, B, 0), (7 + 20) - (5 + 1 + 20));
}

static void check_wake_up_process(void)
{
	M1 = mk_mm();
	A = mk_task(10, &init_task);
	B = mk_task(11, &init_task);
	C = mk_task(12, &init_task);
	give_mm(A, M1);
	give_mm(B, M1);
	give_mm(C, M1);
	A->counter = 5;
	B->counter = 6;
	C->counter = 7;
	queue_tail(A);
	aligned_data[0].curr = A;

	/* queued at the head; better than A by only 1: no preemption */
	B->state = TASK_INTERRUPTIBLE;
	wake_up_process(B);
	CHECK_EQ(B->state, TASK_RUNNING);
	CHECK(task_on_runqueue(B));
	CHECK(runqueue_head.next == &B->run_list);
	CHECK_EQ(nr_running, 2);
	CHECK_EQ(A->need_resched, 0);

	/* better by 2: A is asked to reschedule */
	C->state = TASK_UNINTERRUPTIBLE;
	wake_up_process(C);
	CHECK(runqueue_head.next == &C->run_list);
	CHECK(C->run_list.next == &B->run_list);
	CHECK_EQ(nr_running, 3);
	CHECK_EQ(A->need_resched, 1);

	/* already queued: made runnable, not queued twice, A left alone */
	A->need_resched = 0;
	C->state = TASK_INTERRUPTIBLE;
	wake_up_process(C);
	CHECK_EQ(C->state, TASK_RUNNING);
	CHECK_EQ(nr_running, 3);
	CHECK(runqueue_head.next == &C->run_list);
	CHECK(runqueue_head.prev == &A->run_list);
	CHECK_EQ(A->need_resched, 0);
}

static wait_queue_head_t WQ;
static wait_queue_t W[4];
static struct task_struct *T[4];

/* The queue holds exactly want[0..n-1], in that order, well linked. */
static int queue_is(wait_queue_head_t *q, wait_queue_t **want, int n)
{
	struct list_head *l = &q->task_list;
	int i;

	for (i = 0; i < n; i++) {
		if (l->next != &want[i]->task_list || l->next->prev != l)
			return 0;
		l = l->next;
	}
	return l->next == &q->task_list && q->task_list.prev == l;
}

static void check_wait_queues(void)
{
	wait_queue_t *all[] = { &W[1], &W[0], &W[2], &W[3] };
	wait_queue_t *three[] = { &W[1], &W[2], &W[3] };
	int i;

	init_waitqueue_head(&WQ);
	for (i = 0; i < 4; i++) {
		T[i] = mk_task(20 + i, &init_task);
		init_waitqueue_entry(&W[i], T[i]);
		W[i].flags = 0x55;
	}

	/* plain waiters at the head, exclusive ones at the tail */
	add_wait_queue(&WQ, &W[0]);
	add_wait_queue(&WQ, &W[1]);
	add_wait_queue_exclusive(&WQ, &W[2]);
	add_wait_queue_exclusive(&WQ, &W[3]);
	CHECK(queue_is(&WQ, all, 4));
	CHECK_EQ(W[0].flags, 0);
	CHECK_EQ(W[1].flags, 0);
	CHECK_EQ(W[2].flags, WQ_FLAG_EXCLUSIVE);
	CHECK_EQ(W[3].flags, WQ_FLAG_EXCLUSIVE);

	/*
	 * Interruptible sleepers, one exclusive: T1 sleeps uninterruptibly,
	 * T0 is plain, T2 the first exclusive one: T3 waits on.
	 */
	T[0]->state = T[2]->state = T[3]->state = TASK_INTERRUPTIBLE;
	T[1]->state = TASK_UNINTERRUPTIBLE;
	wake_up_interruptible(&WQ);
	CHECK_EQ(T[0]->state, TASK_RUNNING);
	CHECK_EQ(T[1]->state, TASK_UNINTERRUPTIBLE);
	CHECK_EQ(T[2]->state, TASK_RUNNING);
	CHECK_EQ(T[3]->state, TASK_INTERRUPTIBLE);
	CHECK(task_on_runqueue(T[0]) && task_on_runqueue(T[2]));
	CHECK(!task_on_runqueue(T[1]) && !task_on_runqueue(T[3]));

	/* either kind: running T0 and T2 are passed over, T3 is the one */
	wake_up(&WQ);
	CHECK_EQ(T[1]->state, TASK_RUNNING);
	CHECK_EQ(T[3]->state, TASK_RUNNING);

	/* _all: every sleeper; the queue itself stays as it was */
	for (i = 0; i < 4; i++)
		T[i]->state = TASK_INTERRUPTIBLE;
	wake_up_interruptible_all(&WQ);
	for (i = 0; i < 4; i++)
		CHECK_EQ(T[i]->state, TASK_RUNNING);
	CHECK(queue_is(&WQ, all, 4));

	remove_wait_queue(&WQ, &W[0]);
	CHECK(queue_is(&WQ, three, 3));

	__wake_up(NULL, TASK_INTERRUPTIBLE, 0);
}

static void yield_step(void *unused)
{
	CHECK_EQ(sys_sched_yield(), 0);
}

static void check_sched_yield(void)
{
	A = mk_task(10, &init_task);

	/* alone on the run queue: nothing to yield to */
	nr_running = 1;
	run_as(A, yield_step, NULL);
	CHECK_EQ(A->policy, SCHED_OTHER);
	CHECK_EQ(A->need_resched, 0);

	nr_running = 2;
	run_as(A, yield_step, NULL);
	CHECK_EQ(A->policy, SCHED_OTHER | SCHED_YIELD);
	CHECK_EQ(A->need_resched, 1);

	/* a real-time task only reschedules */
	A->policy = SCHED_FIFO;
	A->need_resched = 0;
	run_as(A, yield_step, NULL);
	CHECK_EQ(A->policy, SCHED_FIFO);
	CHECK_EQ(A->need_resched, 1);
}

static void check_schedule_switch(void)
{
	int cr3, sw;

	M1 = mk_mm();
	M2 = mk_mm();
	A = mk_task(10, &init_task);
	B = mk_task(11, &init_task);
	give_mm(A, M1);
	give_mm(B, M2);
	A->counter = 5;
	B->counter = 10;
	queue_tail(A);
	queue_tail(B);
	aligned_data[0].curr = A;
	M1->cpu_vm_mask = 1;
	A->need_resched = 1;

	nev = 0;
	run_as(A, schedule_step, NULL);
	CHECK_EQ(ev_count(EV_SWITCH), 1);
	CHECK(switched(A, B));
	CHECK(aligned_data[0].curr == B);
	CHECK(task_on_runqueue(A));
	CHECK_EQ(nr_running, 2);
	CHECK_EQ(A->need_resched, 0);
	/* switch_mm(M1, M2) before the switch: CR3 and cpu_vm_mask */
	cr3 = ev_find(EV_CR3, __pa(M2->pgd), 0);
	sw = ev_find(EV_SWITCH, (unsigned long)A, 0);
	CHECK(cr3 >= 0 && cr3 < sw);
	CHECK_EQ(M1->cpu_vm_mask, 0);
	CHECK_EQ(M2->cpu_vm_mask, 1);
	CHECK_EQ(atomic_read(&M1->mm_count), 1);
	CHECK_EQ(atomic_read(&M2->mm_count), 1);

	/* a yielding prev loses, and its yield flag goes after the switch */
	aligned_data[0].curr = A;
	A->counter = 10;
	B->counter = 1;
	A->policy = SCHED_OTHER | SCHED_YIELD;
	nev = 0;
	run_as(A, schedule_step, NULL);
	CHECK(switched(A, B));
	CHECK_EQ(A->policy, SCHED_OTHER);
}

static void check_schedule_choice(void)
{
	M1 = mk_mm();
	A = mk_task(10, &init_task);
	B = mk_task(11, &init_task);
	C = mk_task(12, &init_task);
	give_mm(A, M1);
	give_mm(B, M1);
	give_mm(C, M1);
	A->counter = B->counter = C->counter = 5;
	queue_tail(A);
	queue_tail(B);
	aligned_data[0].curr = A;

	/* a running prev keeps the CPU against an equal */
	nev = 0;
	run_as(A, schedule_step, NULL);
	CHECK_EQ(ev_count(EV_SWITCH), 0);
	CHECK(aligned_data[0].curr == A);

	/* prev goes to sleep: the first of equals in queue order wins */
	list_add(&C->run_list, &runqueue_head);
	nr_running++;
	A->state = TASK_INTERRUPTIBLE;
	jiffies = 1234;
	nev = 0;
	run_as(A, schedule_step, NULL);
	CHECK(switched(A, C));
	CHECK(!task_on_runqueue(A));
	CHECK_EQ(nr_running, 2);
	CHECK_EQ(A->sleep_time, 1234);

	/* interruptible with a signal pending: stays runnable and queued */
	aligned_data[0].curr = C;
	C->state = TASK_INTERRUPTIBLE;
	C->sigpending = 1;
	C->counter = 9;
	nev = 0;
	run_as(C, schedule_step, NULL);
	CHECK_EQ(ev_count(EV_SWITCH), 0);
	CHECK_EQ(C->state, TASK_RUNNING);
	CHECK(task_on_runqueue(C));
	CHECK_EQ(nr_running, 2);

	/* uninterruptible: leaves the queue even with a signal pending */
	C->state = TASK_UNINTERRUPTIBLE;
	nev = 0;
	run_as(C, schedule_step, NULL);
	CHECK(switched(C, B));
	CHECK(!task_on_runqueue(C));
	CHECK_EQ(nr_running, 1);
}

static void check_schedule_lazy_tlb(void)
{
	struct task_struct *K;

	M1 = mk_mm();
	M2 = mk_mm();
	A = mk_task(10, &init_task);
	give_mm(A, M1);
	queue_tail(A);
	A->state = TASK_UNINTERRUPTIBLE;
	aligned_data[0].curr = A;
	init_task.active_mm = NULL;	/* the idle task is not running */
	init_task.counter = -100;

	/* nothing else to run: the idle task, which borrows A's mm */
	nev = 0;
	run_as(A, schedule_step, NULL);
	CHECK(switched(A, &init_task));
	CHECK_EQ(nr_running, 0);
	CHECK(init_task.active_mm == M1);
	CHECK_EQ(atomic_read(&M1->mm_count), 2);
	CHECK_EQ(ev_count(EV_CR3), 0);

	/* back to A from the idle task: the borrowed mm is dropped */
	queue_tail(A);
	aligned_data[0].curr = &init_task;
	nev = 0;
	schedule();
	CHECK(switched(&init_task, A));
	CHECK(init_task.active_mm == NULL);
	CHECK_EQ(atomic_read(&M1->mm_count), 1);
	CHECK_EQ(ev_count(EV_CR3), 0);		/* same mm: CR3 stays */

	/* a kernel thread on M1 switching to B on M2 */
	del_from_runqueue(A);
	K = mk_task(2, &init_task);
	B = mk_task(11, &init_task);
	give_mm(B, M2);
	K->active_mm = M1;
	atomic_inc(&M1->mm_count);
	K->counter = 1;
	B->counter = 10;
	queue_tail(K);
	queue_tail(B);
	aligned_data[0].curr = K;
	nev = 0;
	run_as(K, schedule_step, NULL);
	CHECK(switched(K, B));
	CHECK(ev_find(EV_CR3, __pa(M2->pgd), 0) >= 0);
	CHECK(K->active_mm == NULL);
	CHECK_EQ(atomic_read(&M1->mm_count), 1);
	CHECK(B->active_mm == M2);
	CHECK_EQ(atomic_read(&M2->mm_count), 1);
}

static void check_schedule_recalculate(void)
{
	M1 = mk_mm();
	M2 = mk_mm();
	A = mk_task(10, &init_task);
	B = mk_task(11, &init_task);
	C = mk_task(12, &init_task);
	give_mm(A, M1);
	give_mm(B, M2);
	give_mm(C, M1);
	A->counter = 0;
	B->counter = 0;
	B->nice = -20;
	C->counter = 4;
	C->state = TASK_INTERRUPTIBLE;		/* asleep, not queued */
	init_task.counter = 7;
	queue_tail(A);
	queue_tail(B);
	aligned_data[0].curr = A;

	/* all slices used up: every task gets half its old one + nice */
	nev = 0;
	run_as(A, schedule_step, NULL);
	CHECK_EQ(A->counter, 0 / 2 + NICE_TO_TICKS(0));
	CHECK_EQ(B->counter, 0 / 2 + NICE_TO_TICKS(-20));
	CHECK_EQ(C->counter, 4 / 2 + NICE_TO_TICKS(0));
	CHECK_EQ(init_task.counter, 7);		/* not in the task list */
	CHECK(switched(A, B));
}

static void check_schedule_rr(void)
{
	A = mk_task(10, &init_task);
	B = mk_task(11, &init_task);
	M1 = mk_mm();
	give_mm(A, M1);
	give_mm(B, M1);
	A->policy = SCHED_RR;
	A->rt_priority = 1;
	A->counter = 0;
	B->counter = 5;
	queue_tail(A);
	queue_tail(B);
	aligned_data[0].curr = A;

	/* slice used up: a new one, and to the back of the queue */
	nev = 0;
	run_as(A, schedule_step, NULL);
	CHECK_EQ(A->counter, NICE_TO_TICKS(0));
	CHECK(runqueue_head.next == &B->run_list);
	CHECK(runqueue_head.prev == &A->run_list);
	CHECK_EQ(ev_count(EV_SWITCH), 0);	/* it still wins */

	/* time left: stays where it is */
	list_del(&A->run_list);
	list_add(&A->run_list, &runqueue_head);
	A->counter = 3;
	run_as(A, schedule_step, NULL);
	CHECK_EQ(A->counter, 3);
	CHECK(runqueue_head.next == &A->run_list);
}

static void check_schedule_bugs(void)
{
	M1 = mk_mm();
	A = mk_task(10, &init_task);
	give_mm(A, M1);
	queue_tail(A);
	aligned_data[0].curr = A;

	/* in an interrupt handler */
	host_printk_reset();
	irq_stat[0].__local_irq_count = 1;
	CHECK(traps(A, schedule_step, NULL));
	irq_stat[0].__local_irq_count = 0;
	CHECK(host_bug_file && strstr(host_bug_file, "sched.c"));
	CHECK(strstr(host_printk_log, "Scheduling in interrupt"));

	/* without an active_mm */
	A->active_mm = NULL;
	CHECK(traps(A, schedule_step, NULL));
	CHECK(host_bug_file && strstr(host_bug_file, "sched.c"));
}

static wait_queue_head_t SQ;
static long sleep_state;
static int sleep_queued;

static void sleep_hook(struct task_struct *prev, struct task_struct *next)
{
	struct list_head *l = SQ.task_list.next;
	wait_queue_t *w = list_entry(l, wait_queue_t, task_list);

	sleep_state = prev->state;
	sleep_queued = l != &SQ.task_list && l->next == &SQ.task_list &&
		       w->task == prev && w->flags == 0;
}

static void sleep_step(void *interruptible)
{
	if (interruptible)
		interruptible_sleep_on(&SQ);
	else
		sleep_on(&SQ);
}

static void check_sleep_on(void)
{
	M1 = mk_mm();
	A = mk_task(10, &init_task);
	B = mk_task(11, &init_task);
	give_mm(A, M1);
	give_mm(B, M1);
	queue_tail(A);
	queue_tail(B);
	init_waitqueue_head(&SQ);
	switch_hook = sleep_hook;

	aligned_data[0].curr = A;
	nev = 0;
	run_as(A, sleep_step, (void *)0);
	CHECK(switched(A, B));
	CHECK_EQ(sleep_state, TASK_UNINTERRUPTIBLE);
	CHECK(sleep_queued);
	CHECK(list_empty(&SQ.task_list));
	CHECK(!task_on_runqueue(A));

	queue_tail(A);
	aligned_data[0].curr = A;
	nev = 0;
	run_as(A, sleep_step, (void *)1);
	CHECK(switched(A, B));
	CHECK_EQ(sleep_state, TASK_INTERRUPTIBLE);
	CHECK(sleep_queued);
	CHECK(list_empty(&SQ.task_list));
	switch_hook = NULL;
}

static void init_idle_step(void *unused)
{
	init_idle();
}

static void check_sched_init(void)
{
	int count = atomic_read(&init_mm.mm_count);

	init_task.processor = 3;
	pidhash[5] = &init_task;
	sched_init();
	CHECK_EQ(init_task.processor, 0);
	CHECK(pidhash[5] == NULL);
	CHECK_EQ(atomic_read(&init_mm.mm_count), count + 1);

	/* a queued task that becomes an idle task leaves the queue */
	A = mk_task(10, &init_task);
	queue_tail(A);
	host_printk_reset();
	run_as(A, init_idle_step, NULL);
	CHECK(!task_on_runqueue(A));
	CHECK_EQ(nr_running, 0);
	CHECK(aligned_data[0].curr == A);
	CHECK(strstr(host_printk_log,
		     "UGH! (0:10) was on the runqueue, removing.\n"));
	init_idle();
	CHECK(aligned_data[0].curr == &init_task);
}

/* ---- kernel/timer.c ---------------------------------------------------------------- */

static void tick_step(void *user)
{
	update_process_times((long)user);
}

static struct pt_regs tregs;

static void timer_step(void *unused)
{
	do_timer(&tregs);
}

static void check_timer(void)
{
	unsigned long j = jiffies;

	A = mk_task(10, &init_task);
	A->counter = 2;
	run_as(A, tick_step, (void *)1);
	CHECK_EQ(A->times.tms_utime, 1);
	CHECK_EQ(A->times.tms_stime, 0);
	CHECK_EQ(A->per_cpu_utime[0], 1);
	CHECK_EQ(A->counter, 1);
	CHECK_EQ(A->need_resched, 0);

	run_as(A, tick_step, (void *)0);
	CHECK_EQ(A->times.tms_stime, 1);
	CHECK_EQ(A->per_cpu_stime[0], 1);
	CHECK_EQ(A->counter, 0);
	CHECK_EQ(A->need_resched, 1);

	/* already at 0: stays 0, asks again */
	A->need_resched = 0;
	run_as(A, tick_step, (void *)1);
	CHECK_EQ(A->counter, 0);
	CHECK_EQ(A->need_resched, 1);

	/* the idle task has no slice */
	init_task.counter = 7;
	init_task.need_resched = 0;
	update_process_times(0);
	CHECK_EQ(init_task.counter, 7);
	CHECK_EQ(init_task.need_resched, 0);

	/* do_timer: a tick, user or system by the interrupted mode */
	A->times.tms_utime = A->times.tms_stime = 0;
	A->counter = 5;
	tregs.xcs = __USER_CS;
	run_as(A, timer_step, NULL);
	CHECK_EQ(jiffies, j + 1);
	CHECK_EQ(A->times.tms_utime, 1);
	tregs.xcs = __KERNEL_CS;
	run_as(A, timer_step, NULL);
	CHECK_EQ(A->times.tms_stime, 1);
	tregs.eflags = VM_MASK;
	run_as(A, timer_step, NULL);
	CHECK_EQ(A->times.tms_utime, 2);
	CHECK_EQ(jiffies, j + 3);
	CHECK_EQ(A->counter, 2);
}

/* ---- kernel/fork.c ------------------------------------------------------------------ */

static void check_fork_init(void)
{
	fork_init(8176);
	CHECK_EQ(max_threads, 2044);
	CHECK_EQ(init_task.rlim[RLIMIT_NPROC].rlim_cur, 1022);
	CHECK_EQ(init_task.rlim[RLIMIT_NPROC].rlim_max, 1022);
	fork_init(1001);
	CHECK_EQ(max_threads, 250);
	CHECK_EQ(init_task.rlim[RLIMIT_NPROC].rlim_cur, 125);
}

static int got_pid;

static void get_pid_step(void *flags)
{
	got_pid = get_pid((unsigned long)flags);
}

static void check_get_pid(void)
{
	int i;

	/* CLONE_PID: the caller's own, last_pid untouched */
	A = mk_task(10, &init_task);
	last_pid = 77;
	run_as(A, get_pid_step, (void *)CLONE_PID);
	CHECK_EQ(got_pid, 10);
	CHECK_EQ(last_pid, 77);

	/* before the first wrap nothing is looked up: a collision too */
	B = mk_task(103, A);
	last_pid = 100;
	CHECK_EQ(get_pid(0), 101);
	CHECK_EQ(get_pid(0), 102);
	CHECK_EQ(get_pid(0), 103);

	/* past 0x7fff: from 300, skipping pids, groups and sessions */
	C = mk_task(300, A);
	D = mk_task(50, A);
	D->pgrp = 301;
	E = mk_task(51, A);
	E->session = 302;
	P = mk_task(310, A);
	last_pid = PID_MAX - 1;
	CHECK_EQ(get_pid(0), 303);
	CHECK_EQ(last_pid, 303);

	/*
	 * Up to the lowest value in use above (310) no scan is made, so a
	 * task that appeared meanwhile (305) is not seen; then a scan.
	 */
	Q = mk_task(305, A);
	for (i = 304; i < 310; i++)
		CHECK_EQ(get_pid(0), i);
	CHECK_EQ(get_pid(0), 311);
}

static void check_get_pid_wrap(void)
{
	A = mk_task(10, &init_task);
	B = mk_task(0x7ff0, A);
	C = mk_task(0x7fff, A);
	D = mk_task(300, A);

	last_pid = PID_MAX - 1;
	CHECK_EQ(get_pid(0), 301);
	/* 0x7ff0 was the next one in use: scan */
	last_pid = 0x7fef;
	CHECK_EQ(get_pid(0), 0x7ff1);
	/* 0x7fff in use, the next one past the end: back to 300 and on */
	last_pid = 0x7ffe;
	CHECK_EQ(get_pid(0), 301);
}

static struct task_struct *child;
static int copy_ret;

static void copy_files_step(void *flags)
{
	copy_ret = copy_files((unsigned long)flags, child);
}

static void check_copy_files(void)
{
	struct files_struct *F, *N;
	struct file *f[8];
	int i;

	for (i = 0; i < 8; i++)
		f[i] = mk_file(i, 0);
	A = mk_task(10, &init_task);
	A->files = F = mk_files();
	set_fd(F, 0, f[0]);
	set_fd(F, 1, f[1]);
	set_fd(F, 5, f[5]);
	F->close_on_exec->fds_bits[0] = 1UL << 5;
	F->fd[7] = f[7];			/* a slot not marked open */

	/* whole words of the open set, up to the last one in use */
	CHECK_EQ(count_open_files(F, F->max_fdset), 32);
	F->open_fds->fds_bits[3] = 1;
	CHECK_EQ(count_open_files(F, F->max_fdset), 128);
	CHECK_EQ(count_open_files(F, 64), 32);
	F->open_fds->fds_bits[3] = 0;
	N = mk_files();
	CHECK_EQ(count_open_files(N, N->max_fdset), 32);	/* none */
	kmem_cache_free(files_cachep, N);

	child = mk_task(11, A);
	child->files = F;

	/* CLONE_FILES: shared */
	run_as(A, copy_files_step, (void *)CLONE_FILES);
	CHECK_EQ(copy_ret, 0);
	CHECK(child->files == F);
	CHECK_EQ(atomic_read(&F->count), 2);
	atomic_set(&F->count, 1);

	/* a copy; descriptors past NR_OPEN_DEFAULT are not taken along */
	F->open_fds->fds_bits[1] = 1;
	run_as(A, copy_files_step, (void *)0);
	CHECK_EQ(copy_ret, 0);
	N = child->files;
	CHECK(N && N != F);
	CHECK_EQ(atomic_read(&F->count), 1);
	CHECK_EQ(atomic_read(&N->count), 1);
	CHECK_EQ(N->max_fds, NR_OPEN_DEFAULT);
	CHECK_EQ(N->max_fdset, __FD_SETSIZE);
	CHECK_EQ(N->next_fd, 0);
	CHECK(N->fd == &N->fd_array[0]);
	CHECK(N->open_fds == &N->open_fds_init);
	CHECK(N->close_on_exec == &N->close_on_exec_init);
	CHECK_EQ(N->open_fds->fds_bits[0], (1 << 0) | (1 << 1) | (1 << 5));
	CHECK_EQ(N->close_on_exec->fds_bits[0], 1 << 5);
	for (i = 1; i < __FD_SETSIZE / __NFDBITS; i++) {
		CHECK_EQ(N->open_fds->fds_bits[i], 0);
		CHECK_EQ(N->close_on_exec->fds_bits[i], 0);
	}
	for (i = 0; i < NR_OPEN_DEFAULT; i++) {
		if (i == 0 || i == 1 || i == 5 || i == 7) {
			CHECK(N->fd[i] == f[i]);
			CHECK_EQ(atomic_read(&f[i]->f_count), 2);
		} else {
			CHECK(N->fd[i] == NULL);
		}
	}

	/* a parent without a table leaves the child's alone */
	A->files = NULL;
	child->files = (struct files_struct *)F;
	run_as(A, copy_files_step, (void *)0);
	CHECK_EQ(copy_ret, 0);
	CHECK(child->files == F);

	/* no memory */
	A->files = F;
	files_cachep->fail_nth = 1;
	run_as(A, copy_files_step, (void *)0);
	CHECK_EQ(copy_ret, -ENOMEM);
	CHECK(child->files == NULL);
	CHECK_EQ(atomic_read(&F->count), 1);
}

static void copy_sighand_step(void *flags)
{
	copy_ret = copy_sighand((unsigned long)flags, child);
}

static void check_copy_sighand(void)
{
	struct signal_struct *S;

	A = mk_task(10, &init_task);
	A->sig = S = mk_sig();
	S->action[3].sa.sa_handler = (__sighandler_t)0x1234;
	S->action[_NSIG - 1].sa.sa_flags = 0x5678;
	child = mk_task(11, A);
	child->sig = S;

	run_as(A, copy_sighand_step, (void *)CLONE_SIGHAND);
	CHECK_EQ(copy_ret, 0);
	CHECK(child->sig == S);
	CHECK_EQ(atomic_read(&S->count), 2);
	atomic_set(&S->count, 1);

	run_as(A, copy_sighand_step, (void *)0);
	CHECK_EQ(copy_ret, 0);
	CHECK(child->sig && child->sig != S);
	CHECK_EQ(atomic_read(&child->sig->count), 1);
	CHECK(!memcmp(child->sig->action, S->action, sizeof(S->action)));
	CHECK_EQ(atomic_read(&S->count), 1);

	sigact_cachep->fail_nth = 1;
	run_as(A, copy_sighand_step, (void *)0);
	CHECK_EQ(copy_ret, -1);
	CHECK(child->sig == NULL);
}

static void check_copy_flags(void)
{
	A = mk_task(10, &init_task);
	A->flags = PF_SUPERPRIV | PF_USEDFPU | PF_VFORK | PF_MEMALLOC;
	A->ptrace = PT_PTRACED;
	copy_flags(0, A);
	CHECK_EQ(A->flags, PF_MEMALLOC | PF_FORKNOEXEC);
	CHECK_EQ(A->ptrace, 0);

	A->flags = PF_SUPERPRIV;
	A->ptrace = PT_PTRACED | PT_TRACESYS;
	copy_flags(CLONE_VFORK | CLONE_PTRACE, A);
	CHECK_EQ(A->flags, PF_FORKNOEXEC | PF_VFORK);
	CHECK_EQ(A->ptrace, PT_PTRACED | PT_TRACESYS);
}

static void mmdrop_init_step(void *unused)
{
	__mmdrop(&init_mm);
}

static void check_mm_lifetime(void)
{
	long mm0 = mm_cachep->live, pg0 = pages_live;
	struct mm_struct *M;
	int i;

	swapper_pg_dir[800].pgd = 0x1234067;
	M = mm_alloc();
	CHECK(M);
	CHECK_EQ(atomic_read(&M->mm_users), 1);
	CHECK_EQ(atomic_read(&M->mm_count), 1);
	CHECK_EQ(atomic_read(&M->mmap_sem.count), 1);
	CHECK(M->mmap == NULL && M->map_count == 0 && M->rss == 0);
	CHECK(M->pgd);
	for (i = 0; i < USER_PTRS_PER_PGD; i++)
		CHECK_EQ(M->pgd[i].pgd, 0);
	CHECK_EQ(M->pgd[800].pgd, 0x1234067);
	CHECK_EQ(mm_cachep->live, mm0 + 1);
	CHECK_EQ(pages_live, pg0 + 1);

	/* no page directory, no mm_struct: nothing kept */
	page_fail_nth = 1;
	CHECK(mm_alloc() == NULL);
	CHECK_EQ(mm_cachep->live, mm0 + 1);
	mm_cachep->fail_nth = 1;
	CHECK(mm_alloc() == NULL);
	CHECK_EQ(mm_cachep->live, mm0 + 1);
	CHECK_EQ(pages_live, pg0 + 1);

	/* users: only the last one tears down */
	list_add(&M->mmlist, &init_mm.mmlist);
	atomic_set(&M->mm_users, 2);
	nev = 0;
	mmput(M);
	CHECK_EQ(atomic_read(&M->mm_users), 1);
	CHECK(init_mm.mmlist.next == &M->mmlist);
	CHECK_EQ(ev_count(EV_EXIT_MMAP), 0);

	/* another reference (lazy TLB) keeps the struct after the last user */
	atomic_inc(&M->mm_count);
	mmput(M);
	CHECK_EQ(ev_count(EV_EXIT_MMAP), 1);
	CHECK_EQ(ev[0].a, (unsigned long)M);
	CHECK_EQ(ev[0].b, 0);			/* off the mmlist first */
	CHECK(list_empty(&init_mm.mmlist));
	CHECK_EQ(atomic_read(&M->mm_count), 1);
	CHECK_EQ(mm_cachep->live, mm0 + 1);
	mmdrop(M);
	CHECK_EQ(mm_cachep->live, mm0);
	CHECK_EQ(pages_live, pg0);

	/* init_mm is never freed */
	CHECK(traps(NULL, mmdrop_init_step, NULL));
	CHECK(host_bug_file && strstr(host_bug_file, "fork.c"));
}

static void mm_release_step(void *unused)
{
	mm_release();
}

static struct semaphore vsem;

static void check_mm_release(void)
{
	A = mk_task(10, &init_task);
	C = mk_task(11, A);
	sema_init(&vsem, 0);
	A->vfork_sem = &vsem;

	C->flags = PF_VFORK | PF_MEMALLOC;
	run_as(C, mm_release_step, NULL);
	CHECK_EQ(C->flags, PF_MEMALLOC);
	CHECK_EQ(atomic_read(&vsem.count), 1);

	run_as(C, mm_release_step, NULL);
	CHECK_EQ(atomic_read(&vsem.count), 1);
}

static void copy_mm_step(void *flags)
{
	copy_ret = copy_mm((unsigned long)flags, child);
}

static struct vm_area_struct other_sharer;

/* A with mm M1: VMAs 0x1000 (locked), 0x3000 (DONTCOPY), 0x8000 (file),
   0x10000 (vm_ops); M2 listed after M1. */
static struct vm_area_struct *V[4];
static struct file *F0;

static void setup_copy_mm(void)
{
	A = mk_task(10, &init_task);
	M2 = mk_mm();
	M1 = mk_mm();
	give_mm(A, M1);
	F0 = mk_file(0, -1);
	V[0] = mk_vma(M1, 0x1000, 0x2000,
		      VM_READ | VM_WRITE | VM_MAYWRITE | VM_LOCKED, NULL);
	V[1] = mk_vma(M1, 0x3000, 0x5000, VM_READ | VM_DONTCOPY, NULL);
	V[2] = mk_vma(M1, 0x8000, 0x9000, VM_READ | VM_EXEC | VM_DENYWRITE,
		      F0);
	V[2]->vm_ops = &open_ops;
	V[2]->vm_next_share = &other_sharer;
	other_sharer.vm_pprev_share = &V[2]->vm_next_share;
	V[3] = mk_vma(M1, 0x10000, 0x11000, VM_READ | VM_WRITE, NULL);
	V[3]->vm_ops = &open_ops;
	M1->locked_vm = 1;
	M1->mmap_cache = V[0];
	M1->mmap_avl = V[0];
	M1->cpu_vm_mask = 1;
	M1->swap_cnt = 9;
	M1->swap_address = 0x4000;
	M1->rss = 7;
	M1->start_brk = 0x20000;
	child = mk_task(11, A);
	child->mm = child->active_mm = M1;
	child->min_flt = child->maj_flt = child->nswap = 1;
	child->cmin_flt = child->cmaj_flt = child->cnswap = 1;
}

static void check_copy_mm(void)
{
	struct vm_area_struct *c0, *c2, *c3;
	struct mm_struct *N;
	struct task_struct *K;

	setup_copy_mm();
	nev = 0;
	run_as(A, copy_mm_step, (void *)0);
	CHECK_EQ(copy_ret, 0);
	N = child->mm;
	CHECK(N && N != M1);
	CHECK(child->active_mm == N);
	CHECK_EQ(atomic_read(&N->mm_users), 1);
	CHECK_EQ(atomic_read(&N->mm_count), 1);
	CHECK_EQ(atomic_read(&N->mmap_sem.count), 1);
	CHECK_EQ(atomic_read(&M1->mmap_sem.count), 1);
	CHECK(N->pgd && N->pgd != M1->pgd);
	CHECK(!child->min_flt && !child->maj_flt && !child->nswap);
	CHECK(!child->cmin_flt && !child->cmaj_flt && !child->cnswap);

	/* the copies, in order, without the DONTCOPY one */
	c0 = N->mmap;
	CHECK(c0 && c0 != V[0] && c0->vm_start == 0x1000);
	c2 = c0->vm_next;
	CHECK(c2 && c2 != V[2] && c2->vm_start == 0x8000);
	c3 = c2->vm_next;
	CHECK(c3 && c3 != V[3] && c3->vm_start == 0x10000);
	CHECK(c3->vm_next == NULL);
	CHECK_EQ(N->map_count, 3);
	CHECK_EQ(c0->vm_flags, VM_READ | VM_WRITE | VM_MAYWRITE);
	CHECK_EQ(c2->vm_flags, V[2]->vm_flags);
	CHECK(c0->vm_mm == N && c2->vm_mm == N && c3->vm_mm == N);
	CHECK(c0->vm_end == 0x2000 && c2->vm_file == F0);

	/* what the mm_struct copy must not keep of the parent's */
	CHECK_EQ(N->locked_vm, 0);
	CHECK(N->mmap_avl == NULL && N->mmap_cache == NULL);
	CHECK_EQ(N->cpu_vm_mask, 0);
	CHECK_EQ(N->swap_cnt, 0);
	CHECK_EQ(N->swap_address, 0);
	CHECK_EQ(N->rss, 7);
	CHECK_EQ(N->start_brk, 0x20000);

	/* the file: a reference, a deny-write, a place after the parent's */
	CHECK_EQ(atomic_read(&F0->f_count), 3);
	CHECK_EQ(atomic_read(&F0->f_dentry->d_inode->i_writecount), -2);
	CHECK(V[2]->vm_next_share == c2);
	CHECK(c2->vm_pprev_share == &V[2]->vm_next_share);
	CHECK(c2->vm_next_share == &other_sharer);
	CHECK(other_sharer.vm_pprev_share == &c2->vm_next_share);

	/* right after the parent's mm on the mmlist */
	CHECK(M1->mmlist.next == &N->mmlist);
	CHECK(N->mmlist.next == &M2->mmlist);
	CHECK(M2->mmlist.prev == &N->mmlist);

	/* the steps, in order */
	CHECK_EQ(nev, 7);
	CHECK(ev[0].what == EV_CPR && ev[0].a == 0x1000 && ev[0].b == (long)N);
	CHECK(ev[1].what == EV_CPR && ev[1].a == 0x8000);
	CHECK(ev[2].what == EV_OPEN && ev[2].a == 0x8000 && ev[2].b == (long)N);
	CHECK(ev[3].what == EV_CPR && ev[3].a == 0x10000);
	CHECK(ev[4].what == EV_OPEN && ev[4].a == 0x10000);
	CHECK_EQ(ev[5].what, EV_FLUSH);
	CHECK(ev[6].what == EV_SEGS && ev[6].a == (long)child &&
	      ev[6].b == (long)N);

	/* CLONE_VM: the same mm, one more user */
	child = mk_task(12, A);
	nev = 0;
	run_as(A, copy_mm_step, (void *)CLONE_VM);
	CHECK_EQ(copy_ret, 0);
	CHECK(child->mm == M1 && child->active_mm == M1);
	CHECK_EQ(atomic_read(&M1->mm_users), 2);
	CHECK_EQ(nev, 0);

	/* a kernel thread's child has no mm either */
	K = mk_task(2, &init_task);
	K->active_mm = &init_mm;
	child = mk_task(13, K);
	child->active_mm = &init_mm;
	child->min_flt = 5;
	run_as(K, copy_mm_step, (void *)0);
	CHECK_EQ(copy_ret, 0);
	CHECK(child->mm == NULL && child->active_mm == NULL);
	CHECK_EQ(child->min_flt, 0);
}

static void check_copy_mm_failures(void)
{
	long vma0, mm0, pg0;
	int i;

	setup_copy_mm();
	vma0 = vm_area_cachep->live;
	mm0 = mm_cachep->live;
	pg0 = pages_live;

	/* copy_page_range fails on the second: the copy so far is undone */
	cpr_fail_nth = 2;
	nev = 0;
	run_as(A, copy_mm_step, (void *)0);
	CHECK_EQ(copy_ret, -ENOMEM);
	CHECK(child->mm == NULL && child->active_mm == NULL);
	CHECK_EQ(nev, 4);
	CHECK(ev[0].what == EV_CPR && ev[0].a == 0x1000);
	CHECK(ev[1].what == EV_CPR && ev[1].a == 0x8000);
	CHECK_EQ(ev[2].what, EV_FLUSH);
	CHECK_EQ(ev[3].what, EV_EXIT_MMAP);
	CHECK_EQ(ev[3].b, 0);			/* off the mmlist */
	CHECK_EQ(ev[3].c, 2);			/* the failed copy is listed */
	CHECK_EQ(vm_area_cachep->live, vma0);
	CHECK_EQ(mm_cachep->live, mm0);
	CHECK_EQ(pages_live, pg0);
	CHECK_EQ(atomic_read(&F0->f_count), 2);
	CHECK(M1->mmlist.next == &M2->mmlist);
	CHECK_EQ(atomic_read(&M1->mm_users), 1);

	/* no vm_area_struct for the second copy */
	vm_area_cachep->fail_nth = 2;
	nev = 0;
	run_as(A, copy_mm_step, (void *)0);
	CHECK_EQ(copy_ret, -ENOMEM);
	CHECK_EQ(nev, 3);
	CHECK(ev[0].what == EV_CPR && ev[0].a == 0x1000);
	CHECK_EQ(ev[1].what, EV_FLUSH);
	CHECK(ev[2].what == EV_EXIT_MMAP && ev[2].c == 1);
	CHECK_EQ(vm_area_cachep->live, vma0);
	CHECK_EQ(mm_cachep->live, mm0);

	/* no mm_struct, no page directory */
	mm_cachep->fail_nth = 1;
	nev = 0;
	run_as(A, copy_mm_step, (void *)0);
	CHECK_EQ(copy_ret, -ENOMEM);
	CHECK_EQ(nev, 0);
	CHECK(child->mm == NULL);
	page_fail_nth = 1;
	run_as(A, copy_mm_step, (void *)0);
	CHECK_EQ(copy_ret, -ENOMEM);
	CHECK_EQ(nev, 0);
	CHECK_EQ(mm_cachep->live, mm0);
	CHECK_EQ(pages_live, pg0);

	/* the child's AVL tree: from 32 copied VMAs (DONTCOPY not counted) */
	for (i = 0; i < 28; i++)
		mk_vma(M1, 0x100000 + i * 0x2000, 0x101000 + i * 0x2000,
		       VM_READ, NULL);
	CHECK_EQ(M1->map_count, 32);
	nev = 0;
	run_as(A, copy_mm_step, (void *)0);
	CHECK_EQ(copy_ret, 0);
	CHECK_EQ(child->mm->map_count, 31);
	CHECK_EQ(ev_count(EV_AVL), 0);
	mmput(child->mm);
	mk_vma(M1, 0x200000, 0x201000, VM_READ, NULL);
	nev = 0;
	run_as(A, copy_mm_step, (void *)0);
	CHECK_EQ(copy_ret, 0);
	CHECK_EQ(ev_count(EV_AVL), 1);
	CHECK_EQ(ev[ev_find(EV_AVL, ~0UL, 0)].a, 32);
	CHECK(ev_find(EV_AVL, ~0UL, 0) < ev_find(EV_FLUSH, ~0UL, 0));
}

static struct pt_regs fregs;
static int fork_ret;

static void fork_step(void *flags)
{
	fork_ret = do_fork((unsigned long)flags, 0xbffff000, &fregs, 0);
}

/* A (pid 10, child of init) with mm M1, files with fd 0, handlers. */
static void setup_fork(void)
{
	struct files_struct *F;

	A = mk_task(10, &init_task);
	M1 = mk_mm();
	give_mm(A, M1);
	mk_vma(M1, 0x1000, 0x2000, VM_READ, NULL);
	A->files = F = mk_files();
	F0 = mk_file(0, 0);
	set_fd(F, 0, F0);
	A->sig = mk_sig();
	queue_tail(A);
	aligned_data[0].curr = A;
}

static void check_do_fork(void)
{
	struct task_struct *older;
	long threads0, forks0, running0;

	setup_fork();
	older = mk_task(9, A);
	A->counter = 11;
	A->times.tms_utime = 1;
	A->times.tms_stime = 2;
	A->times.tms_cutime = 3;
	A->times.tms_cstime = 4;
	A->self_exec_id = 7;
	A->flags = PF_SUPERPRIV;
	A->sigpending = 1;
	A->lock_depth = 0;
	A->did_exec = 1;
	A->leader = 1;
	A->tty_old_pgrp = 5;
	A->pdeath_signal = 9;
	A->exit_signal = 17;
	A->pgrp = 8;
	last_pid = 40;
	jiffies = 555;
	threads0 = nr_threads;
	forks0 = total_forks;
	running0 = nr_running;

	nev = 0;
	run_as(A, fork_step, (void *)SIGCHLD);
	CHECK_EQ(fork_ret, 41);
	C = find_task_by_pid(41);
	CHECK(C);
	CHECK_EQ(C->pid, 41);
	CHECK_EQ(C->tgid, 41);
	CHECK_EQ(C->pgrp, 8);
	CHECK_EQ(C->state, TASK_RUNNING);
	CHECK(runqueue_head.next == &C->run_list);
	CHECK_EQ(nr_running, running0 + 1);
	CHECK_EQ(nr_threads, threads0 + 1);
	CHECK_EQ(total_forks, forks0 + 1);

	/* the family: A's youngest child, newest in the task list */
	CHECK(C->p_opptr == A && C->p_pptr == A);
	CHECK(A->p_cptr == C);
	CHECK(C->p_osptr == older && older->p_ysptr == C);
	CHECK(C->p_ysptr == NULL && C->p_cptr == NULL);
	CHECK(init_task.prev_task == C && C->next_task == &init_task);
	CHECK(C->thread_group.next == &C->thread_group);
	CHECK(list_empty(&C->wait_chldexit.task_list));

	/* half the slice each, the child rounded up */
	CHECK_EQ(C->counter, 6);
	CHECK_EQ(A->counter, 5);
	CHECK_EQ(A->need_resched, 0);

	/* what a child starts afresh with */
	CHECK_EQ(C->exit_signal, SIGCHLD);
	CHECK_EQ(C->pdeath_signal, 0);
	CHECK_EQ(C->did_exec, 0);
	CHECK(C->swappable);
	CHECK_EQ(C->sigpending, 0);
	CHECK(C->pending.head == NULL && C->pending.tail == &C->pending.head);
	CHECK_EQ(C->lock_depth, -1);
	CHECK_EQ(C->start_time, 555);
	CHECK(!C->times.tms_utime && !C->times.tms_stime);
	CHECK(!C->times.tms_cutime && !C->times.tms_cstime);
	CHECK_EQ(C->leader, 0);
	CHECK_EQ(C->tty_old_pgrp, 0);
	CHECK(C->vfork_sem == NULL);
	CHECK_EQ(C->flags, PF_FORKNOEXEC);
	CHECK_EQ(C->ptrace, 0);
	CHECK_EQ(C->parent_exec_id, 7);
	CHECK_EQ(C->self_exec_id, 7);

	/* its own copies, and copy_thread after them */
	CHECK(C->mm && C->mm != M1 && C->active_mm == C->mm);
	CHECK(C->files && C->files != A->files);
	CHECK_EQ(atomic_read(&F0->f_count), 2);
	CHECK(C->sig && C->sig != A->sig);
	CHECK_EQ(thread_args.nr, 0);
	CHECK_EQ(thread_args.flags, SIGCHLD);
	CHECK_EQ(thread_args.esp, 0xbffff000);
	CHECK_EQ(thread_args.size, 0);
	CHECK(thread_args.p == C && thread_args.regs == &fregs);
	CHECK(ev_find(EV_CPR, ~0UL, 0) < ev_find(EV_THREAD, ~0UL, 0));
	CHECK(ev_find(EV_SEGS, ~0UL, 0) < ev_find(EV_THREAD, ~0UL, 0));

	/* a parent with 1 tick left gives it away and reschedules */
	A->counter = 1;
	run_as(A, fork_step, (void *)SIGCHLD);
	C = find_task_by_pid(fork_ret);
	CHECK_EQ(C->counter, 1);
	CHECK_EQ(A->counter, 0);
	CHECK_EQ(A->need_resched, 1);
}

static void check_do_fork_clone(void)
{
	struct task_struct *tracer;
	long threads0;

	setup_fork();
	A->tgid = 10;
	last_pid = 40;

	/* a thread: same mm, files, handlers and thread group */
	run_as(A, fork_step, (void *)(CLONE_VM | CLONE_FILES | CLONE_SIGHAND |
				      CLONE_THREAD));
	CHECK_EQ(fork_ret, 41);
	C = find_task_by_pid(41);
	CHECK_EQ(C->tgid, 10);
	CHECK(A->thread_group.next == &C->thread_group);
	CHECK(C->mm == M1 && C->files == A->files && C->sig == A->sig);
	CHECK_EQ(atomic_read(&M1->mm_users), 2);
	CHECK_EQ(atomic_read(&A->files->count), 2);
	CHECK_EQ(atomic_read(&A->sig->count), 2);
	CHECK_EQ(C->exit_signal, 0);

	/* CLONE_PARENT: a sibling, not a child */
	run_as(A, fork_step, (void *)(CLONE_PARENT | SIGCHLD));
	C = find_task_by_pid(fork_ret);
	CHECK(C->p_opptr == &init_task && C->p_pptr == &init_task);
	CHECK(init_task.p_cptr == C);
	CHECK(A->p_cptr != C);

	/* a traced parent: the child is traced too only with CLONE_PTRACE */
	tracer = mk_task(5, &init_task);
	REMOVE_LINKS(A);
	A->p_pptr = tracer;
	SET_LINKS(A);
	A->ptrace = PT_PTRACED;
	run_as(A, fork_step, (void *)(CLONE_PTRACE | SIGCHLD));
	C = find_task_by_pid(fork_ret);
	CHECK_EQ(C->ptrace, PT_PTRACED);
	CHECK(C->p_opptr == A && C->p_pptr == tracer);
	CHECK(tracer->p_cptr == C);
	run_as(A, fork_step, (void *)SIGCHLD);
	C = find_task_by_pid(fork_ret);
	CHECK_EQ(C->ptrace, 0);
	CHECK(C->p_opptr == A && C->p_pptr == A && A->p_cptr == C);

	/* CLONE_PID: refused but for the boot task */
	A->vfork_sem = (struct semaphore *)0x55;
	threads0 = nr_threads;
	run_as(A, fork_step, (void *)(CLONE_PID | SIGCHLD));
	CHECK_EQ(fork_ret, -EPERM);
	CHECK(A->vfork_sem == (struct semaphore *)0x55);
	CHECK_EQ(nr_threads, threads0);
	run_as(NULL, fork_step, (void *)(CLONE_PID | CLONE_VM | CLONE_FILES |
					 CLONE_SIGHAND));
	CHECK_EQ(fork_ret, 0);
	CHECK_EQ(nr_threads, threads0 + 1);
}

static void check_do_fork_failures(void)
{
	long pg0, files0, sig0, mm0, vma0, threads0;

	setup_fork();
	pg0 = pages_live;
	files0 = files_cachep->live;
	sig0 = sigact_cachep->live;
	mm0 = mm_cachep->live;
	vma0 = vm_area_cachep->live;
	threads0 = nr_threads;
	last_pid = 40;

	/* too many tasks: -EAGAIN, before a pid is taken */
	max_threads = nr_threads;
	run_as(A, fork_step, (void *)SIGCHLD);
	CHECK_EQ(fork_ret, -EAGAIN);
	CHECK_EQ(pages_live, pg0);
	CHECK_EQ(last_pid, 40);
	max_threads = 100;

	/* no task_struct */
	page_fail_nth = 1;
	run_as(A, fork_step, (void *)SIGCHLD);
	CHECK_EQ(fork_ret, -ENOMEM);
	CHECK_EQ(last_pid, 40);

	/* no files_struct: the pid is used up all the same */
	files_cachep->fail_nth = 1;
	nev = 0;
	run_as(A, fork_step, (void *)SIGCHLD);
	CHECK_EQ(fork_ret, -ENOMEM);
	CHECK_EQ(last_pid, 41);
	CHECK(find_task_by_pid(41) == NULL);
	CHECK_EQ(pages_live, pg0);
	CHECK_EQ(ev_count(EV_THREAD), 0);

	/* no signal_struct: the files copy is put back */
	sigact_cachep->fail_nth = 1;
	run_as(A, fork_step, (void *)SIGCHLD);
	CHECK_EQ(fork_ret, -ENOMEM);
	CHECK_EQ(files_cachep->live, files0);
	CHECK_EQ(atomic_read(&F0->f_count), 1);
	CHECK_EQ(pages_live, pg0);

	/* copy_mm fails: files and handlers are put back */
	cpr_fail_nth = 1;
	run_as(A, fork_step, (void *)SIGCHLD);
	CHECK_EQ(fork_ret, -ENOMEM);
	CHECK_EQ(files_cachep->live, files0);
	CHECK_EQ(sigact_cachep->live, sig0);
	CHECK_EQ(mm_cachep->live, mm0);
	CHECK_EQ(vm_area_cachep->live, vma0);
	CHECK_EQ(atomic_read(&F0->f_count), 1);
	CHECK_EQ(atomic_read(&A->files->count), 1);
	CHECK_EQ(atomic_read(&A->sig->count), 1);
	CHECK_EQ(atomic_read(&M1->mm_users), 1);
	CHECK_EQ(pages_live, pg0);

	/* copy_thread fails: its error; files and handlers are put back */
	thread_fail = -EINVAL;
	run_as(A, fork_step, (void *)SIGCHLD);
	CHECK_EQ(fork_ret, -EINVAL);
	CHECK_EQ(files_cachep->live, files0);
	CHECK_EQ(sigact_cachep->live, sig0);
	CHECK_EQ(atomic_read(&F0->f_count), 1);
	CHECK_EQ(nr_threads, threads0);
	CHECK(find_task_by_pid(last_pid) == NULL);
}

static void caches_step(void *unused)
{
	proc_caches_init();
}

static void check_proc_caches_init(void)
{
	static const char *const names[] = {
		"signal_act", "files_cache", "vm_area_struct", "mm_struct",
	};
	static const char *const panics[] = {
		"Cannot create signal action SLAB cache",
		"Cannot create files SLAB cache",
		"vma_init: Cannot alloc vm_area_struct SLAB cache",
		"vma_init: Cannot alloc mm_struct SLAB cache",
	};
	const size_t sizes[] = {
		sizeof(struct signal_struct), sizeof(struct files_struct),
		sizeof(struct vm_area_struct), sizeof(struct mm_struct),
	};
	int i;

	/* boot() made them, in this order */
	CHECK_EQ(ncaches, 4);
	CHECK(sigact_cachep == &caches[0] && files_cachep == &caches[1]);
	CHECK(vm_area_cachep == &caches[2] && mm_cachep == &caches[3]);
	for (i = 0; i < 4; i++) {
		CHECK(!strcmp(caches[i].name, names[i]));
		CHECK_EQ(caches[i].size, sizes[i]);
		CHECK_EQ(caches[i].flags, SLAB_HWCACHE_ALIGN);
		CHECK(caches[i].ctor == NULL);
	}
	for (i = 0; i < 4; i++) {
		ncaches = 0;
		cache_create_fail_nth = i + 1;
		CHECK(traps(NULL, caches_step, NULL));
		CHECK(!strcmp(host_panic_msg, panics[i]));
		CHECK_EQ(ncaches, i);
	}
}

/* ---- kernel/exit.c ------------------------------------------------------------------ */

static void release_step(void *p)
{
	release_task(p);
}

static void check_release_task(void)
{
	long threads0, pg0;
	int at;

	A = mk_task(10, &init_task);
	Z = mk_task(11, A);
	Z->state = TASK_ZOMBIE;
	Z->min_flt = 3;
	Z->cmin_flt = 4;
	Z->maj_flt = 5;
	Z->cmaj_flt = 6;
	Z->nswap = 7;
	Z->cnswap = 8;
	Z->counter = 9;
	A->cmin_flt = A->cmaj_flt = A->cnswap = 1;
	A->counter = 15;
	threads0 = nr_threads;
	pg0 = pages_live;

	nev = 0;
	run_as(A, release_step, Z);
	CHECK_EQ(A->cmin_flt, 1 + 3 + 4);
	CHECK_EQ(A->cmaj_flt, 1 + 5 + 6);
	CHECK_EQ(A->cnswap, 1 + 7 + 8);
	CHECK_EQ(A->counter, MAX_COUNTER);	/* 24, cut to 20 */
	CHECK(find_task_by_pid(11) == NULL);
	CHECK(!in_task_list(Z) && A->p_cptr == NULL);
	CHECK_EQ(nr_threads, threads0 - 1);
	CHECK_EQ(pages_live, pg0 - 2);
	at = ev_find(EV_REL_THREAD, ~0UL, 0);
	CHECK(at >= 0 && ev[at].a == (long)Z && ev[at].b == 0);

	Z = mk_task(12, A);
	Z->state = TASK_ZOMBIE;
	Z->counter = 4;
	A->counter = 3;
	run_as(A, release_step, Z);
	CHECK_EQ(A->counter, 7);

	/* releasing oneself only complains */
	host_printk_reset();
	threads0 = nr_threads;
	run_as(A, release_step, A);
	CHECK(strstr(host_printk_log, "task releasing itself\n"));
	CHECK_EQ(nr_threads, threads0);
	CHECK(find_task_by_pid(10) == A);

	/* still on the run queue: BUG */
	Z = mk_task(13, A);
	queue_tail(Z);
	CHECK(traps(A, release_step, Z));
}

static void check_forget_original_parent(void)
{
	struct task_struct *c1, *c2, *c3;
	int at;

	E = mk_task(20, &init_task);
	R = mk_task(1, &init_task);
	child_reaper = R;
	c1 = mk_task(21, E);
	c2 = mk_task(22, E);
	c3 = mk_task(23, R);
	c1->exit_signal = 33;
	c1->self_exec_id = 4;
	c2->pdeath_signal = SIGUSR1;
	c3->exit_signal = 34;
	c3->self_exec_id = 4;

	nev = 0;
	forget_original_parent(E);
	CHECK(c1->p_opptr == R && c2->p_opptr == R);
	CHECK(c1->p_pptr == E && c2->p_pptr == E);
	CHECK_EQ(c1->exit_signal, SIGCHLD);
	CHECK_EQ(c1->self_exec_id, 5);
	CHECK_EQ(c3->exit_signal, 34);
	CHECK_EQ(c3->self_exec_id, 4);
	CHECK_EQ(ev_count(EV_SEND_SIG), 1);
	at = ev_find(EV_SEND_SIG, ~0UL, 0);
	CHECK(ev[at].a == (long)c2 && ev[at].b == SIGUSR1);
}

static void exit_files_step(void *p)
{
	exit_files(p);
}

static void check_exit_files(void)
{
	struct files_struct *F, *G;
	struct file *f[8];
	long files0;
	int i;

	for (i = 0; i < 8; i++)
		f[i] = mk_file(i, 0);
	A = mk_task(10, &init_task);
	A->files = F = mk_files();
	set_fd(F, 0, f[0]);
	set_fd(F, 1, f[1]);
	set_fd(F, 5, f[5]);
	F->open_fds->fds_bits[0] |= 1 << 6;	/* open, no file */
	F->fd[7] = f[7];			/* a file, not open */
	F->open_fds->fds_bits[1] = 1;		/* past max_fds */
	files0 = files_cachep->live;

	/* another user: only the reference goes */
	atomic_set(&F->count, 2);
	nev = 0;
	run_as(A, exit_files_step, A);
	CHECK(A->files == NULL);
	CHECK_EQ(atomic_read(&F->count), 1);
	CHECK_EQ(nev, 0);

	/* the last: every open one closed, in order, slot cleared first */
	A->files = F;
	run_as(A, exit_files_step, A);
	CHECK(A->files == NULL);
	CHECK_EQ(nev, 3);
	CHECK(ev[0].what == EV_CLOSE && ev[0].a == (long)f[0]);
	CHECK(ev[1].what == EV_CLOSE && ev[1].a == (long)f[1]);
	CHECK(ev[2].what == EV_CLOSE && ev[2].a == (long)f[5]);
	for (i = 0; i < 3; i++) {
		CHECK_EQ(ev[i].b, 0);
		CHECK_EQ(ev[i].c, 1);
	}
	CHECK_EQ(atomic_read(&f[7]->f_count), 1);
	CHECK_EQ(files_cachep->live, files0 - 1);

	/* nothing to give up */
	nev = 0;
	run_as(A, exit_files_step, A);
	CHECK_EQ(nev, 0);

	G = mk_files();
	atomic_set(&G->count, 2);
	put_files_struct(G);
	CHECK_EQ(atomic_read(&G->count), 1);
	put_files_struct(G);
	CHECK_EQ(files_cachep->live, files0 - 1);
}

static void exit_mm_step(void *p)
{
	exit_mm(p);
}

static void check_exit_mm(void)
{
	P = mk_task(15, &init_task);
	E = mk_task(20, P);
	M1 = mk_mm();
	M2 = mk_mm();
	give_mm(E, M1);
	atomic_set(&M1->mm_users, 2);
	sema_init(&vsem, 0);
	P->vfork_sem = &vsem;
	E->flags = PF_VFORK;

	/* another user: E keeps M1 as active_mm, pinned */
	nev = 0;
	run_as(E, exit_mm_step, E);
	CHECK(E->mm == NULL && E->active_mm == M1);
	CHECK_EQ(atomic_read(&M1->mm_users), 1);
	CHECK_EQ(atomic_read(&M1->mm_count), 2);
	CHECK_EQ(nev, 0);
	CHECK_EQ(E->flags, 0);
	CHECK_EQ(atomic_read(&vsem.count), 1);

	/* the last user: the mappings go, the struct stays */
	E->mm = M1;
	atomic_set(&M1->mm_count, 1);
	run_as(E, exit_mm_step, E);
	CHECK_EQ(nev, 1);
	CHECK(ev[0].what == EV_EXIT_MMAP && ev[0].a == (long)M1);
	CHECK_EQ(ev[0].d, 2);			/* pinned before mmput */
	CHECK_EQ(atomic_read(&M1->mm_users), 0);
	CHECK_EQ(atomic_read(&M1->mm_count), 1);
	CHECK(E->mm == NULL && E->active_mm == M1);

	/* mm must be the active one */
	E->mm = M2;
	CHECK(traps(E, exit_mm_step, E));
	CHECK(host_bug_file && strstr(host_bug_file, "exit.c"));

	/* no mm: only the vfork parent is released */
	E->mm = NULL;
	E->flags = PF_VFORK;
	sema_init(&vsem, 0);
	nev = 0;
	run_as(E, exit_mm_step, E);
	CHECK_EQ(atomic_read(&vsem.count), 1);
	CHECK_EQ(nev, 0);
}

static void exit_notify_step(void *unused)
{
	exit_notify();
}

static void check_exit_notify(void)
{
	struct task_struct *c1, *c2, *r0, *traced;

	P = mk_task(15, &init_task);
	Q = mk_task(16, &init_task);
	R = mk_task(1, &init_task);
	r0 = mk_task(2, R);
	child_reaper = R;
	E = mk_task(20, P);
	c1 = mk_task(21, E);
	c1->ptrace = PT_PTRACED;
	c2 = mk_task(22, E);
	c2->state = TASK_ZOMBIE;
	c2->exit_signal = 33;
	traced = mk_task(25, E);		/* E traces it for Q */
	traced->p_opptr = Q;
	traced->ptrace = PT_PTRACED;

	nev = 0;
	run_as(E, exit_notify_step, NULL);
	CHECK_EQ(E->state, TASK_ZOMBIE);
	CHECK(E->p_cptr == NULL);
	/* E's parent first (E already a zombie), then the zombie child */
	CHECK_EQ(ev_count(EV_NOTIFY), 2);
	CHECK(ev[0].what == EV_NOTIFY && ev[0].a == (long)E);
	CHECK_EQ(ev[0].b, SIGCHLD);
	CHECK_EQ(ev[0].c, TASK_ZOMBIE);
	CHECK(ev[1].what == EV_NOTIFY && ev[1].a == (long)c2);
	CHECK_EQ(ev[1].b, SIGCHLD);

	/* the traced one back to Q, untraced */
	CHECK(traced->p_pptr == Q && Q->p_cptr == traced);
	CHECK(traced->p_osptr == NULL && traced->p_ysptr == NULL);
	CHECK_EQ(traced->ptrace, 0);

	/* the others to init, youngest first: c1, c2, then r0 */
	CHECK(c1->p_opptr == R && c2->p_opptr == R);
	CHECK(c1->p_pptr == R && c2->p_pptr == R);
	CHECK(R->p_cptr == c1);
	CHECK(c1->p_ysptr == NULL && c1->p_osptr == c2);
	CHECK(c2->p_ysptr == c1 && c2->p_osptr == r0);
	CHECK(r0->p_ysptr == c2 && r0->p_osptr == NULL);
	CHECK_EQ(c1->ptrace, 0);
}

/* E (child of a fresh P) with the given exec ids and capabilities. */
static int exit_signal_after(int sig, u32 parent_self, u32 parent_exec,
			     u32 self, int cap_kill, unsigned long *flags)
{
	P = mk_task(15, &init_task);
	E = mk_task(20, P);
	P->self_exec_id = parent_self;
	E->parent_exec_id = parent_exec;
	E->self_exec_id = self;
	E->exit_signal = sig;
	E->cap_effective = cap_kill ? CAP_TO_MASK(CAP_KILL) : 0;
	nev = 0;
	run_as(E, exit_notify_step, NULL);
	*flags = E->flags;
	CHECK_EQ(ev[0].b, E->exit_signal);
	return E->exit_signal;
}

static void check_exit_signal(void)
{
	unsigned long flags;

	/* same parent, same program: any signal */
	CHECK_EQ(exit_signal_after(33, 5, 5, 5, 0, &flags), 33);
	CHECK_EQ(flags & PF_SUPERPRIV, 0);
	/* the parent has exec'd since, or the task has: SIGCHLD */
	CHECK_EQ(exit_signal_after(33, 6, 5, 5, 0, &flags), SIGCHLD);
	CHECK_EQ(exit_signal_after(33, 5, 5, 6, 0, &flags), SIGCHLD);
	/* unless the task may kill anything */
	CHECK_EQ(exit_signal_after(33, 6, 5, 5, 1, &flags), 33);
	CHECK_EQ(flags & PF_SUPERPRIV, PF_SUPERPRIV);
	/* SIGCHLD needs no capability */
	CHECK_EQ(exit_signal_after(SIGCHLD, 6, 5, 5, 1, &flags), SIGCHLD);
	CHECK_EQ(flags & PF_SUPERPRIV, 0);
}

static void exit_step(void *code)
{
	sys_exit((long)code);
}

static void do_exit_step(void *code)
{
	do_exit((long)code);
}

static void check_do_exit(void)
{
	struct task_struct *init1;
	struct file *f0;
	int mm_at, close_at, sig_at, thr_at, ntf_at, sw_at;

	P = mk_task(15, &init_task);
	E = mk_task(20, P);
	B = mk_task(21, P);
	M1 = mk_mm();
	M2 = mk_mm();
	give_mm(E, M1);
	give_mm(B, M2);
	mk_vma(M1, 0x1000, 0x2000, VM_READ, NULL);
	E->files = mk_files();
	f0 = mk_file(0, 0);
	set_fd(E->files, 0, f0);
	E->sig = mk_sig();
	queue_tail(E);
	queue_tail(B);
	aligned_data[0].curr = E;

	/* it never returns: schedule() coming back is a BUG */
	nev = 0;
	CHECK(traps(E, exit_step, (void *)3));
	CHECK(host_bug_file && strstr(host_bug_file, "exit.c"));
	CHECK(E->flags & PF_EXITING);
	CHECK(E->mm == NULL);
	CHECK(E->files == NULL);
	CHECK(E->sig == NULL);
	CHECK_EQ(E->exit_code, 3 << 8);
	CHECK_EQ(E->state, TASK_ZOMBIE);
	CHECK(!task_on_runqueue(E));
	CHECK(E->active_mm == NULL);		/* dropped in schedule() */

	/* mm, files, handlers, thread, parent, then the switch */
	mm_at = ev_find(EV_EXIT_MMAP, (unsigned long)M1, 0);
	close_at = ev_find(EV_CLOSE, (unsigned long)f0, 0);
	sig_at = ev_find(EV_SIGHAND, (unsigned long)E, 0);
	thr_at = ev_find(EV_EXIT_THREAD, (unsigned long)E, 0);
	ntf_at = ev_find(EV_NOTIFY, (unsigned long)E, 0);
	sw_at = ev_find(EV_SWITCH, (unsigned long)E, 0);
	CHECK(mm_at >= 0 && mm_at < close_at && close_at < sig_at);
	CHECK(sig_at < thr_at && thr_at < ntf_at && ntf_at < sw_at);
	CHECK(switched(E, B));
	CHECK_EQ(ev[ntf_at].b, SIGCHLD);

	/* exit(): the low byte of the status, shifted */
	E = mk_task(22, P);
	give_mm(E, M2);
	atomic_inc(&M2->mm_users);
	queue_tail(E);
	aligned_data[0].curr = E;
	CHECK(traps(E, exit_step, (void *)0x1ff));
	CHECK_EQ(E->exit_code, 0xff00);

	/* do_exit() takes the code as it is */
	E = mk_task(23, P);
	give_mm(E, M2);
	atomic_inc(&M2->mm_users);
	queue_tail(E);
	aligned_data[0].curr = E;
	CHECK(traps(E, do_exit_step, (void *)9));
	CHECK_EQ(E->exit_code, 9);

	/* who may not exit */
	CHECK(traps(NULL, exit_step, (void *)0));
	CHECK(!strcmp(host_panic_msg, "Attempted to kill the idle task!"));
	CHECK_EQ(init_task.flags & PF_EXITING, 0);
	init1 = mk_task(1, &init_task);
	CHECK(traps(init1, exit_step, (void *)0));
	CHECK(!strcmp(host_panic_msg, "Attempted to kill init!"));
	CHECK_EQ(init1->flags & PF_EXITING, 0);
	E = mk_task(24, P);
	irq_stat[0].__local_irq_count = 1;
	CHECK(traps(E, exit_step, (void *)0));
	irq_stat[0].__local_irq_count = 0;
	CHECK(!strcmp(host_panic_msg, "Aiee, killing interrupt handler!"));
	CHECK_EQ(E->flags & PF_EXITING, 0);
}

static long w_pid;
static int w_opts, w_ret, w_null, w_status, w_waitpid;

static void wait_step(void *unused)
{
	unsigned int *st = w_null ? NULL : (unsigned int *)&w_status;

	if (w_waitpid)
		w_ret = sys_waitpid(w_pid, st, w_opts);
	else
		w_ret = sys_wait4(w_pid, st, w_opts, NULL);
}

static int do_wait(struct task_struct *t, long pid, int opts)
{
	w_pid = pid;
	w_opts = opts;
	w_status = -1;
	run_as(t, wait_step, NULL);
	return w_ret;
}

static struct task_struct *zombie(int pid, struct task_struct *parent,
				  int code)
{
	struct task_struct *z = mk_task(pid, parent);

	z->state = TASK_ZOMBIE;
	z->exit_code = code;
	return z;
}

static void check_wait4_basic(void)
{
	struct task_struct *c1, *za, *zb;
	long threads0;

	P = mk_task(30, &init_task);

	/* bad options; no children */
	CHECK_EQ(do_wait(P, -1, 0x10), -EINVAL);
	CHECK_EQ(do_wait(P, -1, 0), -ECHILD);
	CHECK_EQ(P->state, TASK_RUNNING);
	CHECK(list_empty(&P->wait_chldexit.task_list));
	CHECK_EQ(do_wait(P, -1, WNOHANG), -ECHILD);

	/* a running child: WNOHANG 0, a pending signal -ERESTARTSYS */
	c1 = mk_task(31, P);
	c1->pgrp = 30;
	CHECK_EQ(do_wait(P, -1, WNOHANG), 0);
	CHECK_EQ(do_wait(P, 31, WNOHANG), 0);
	CHECK_EQ(do_wait(P, 99, WNOHANG), -ECHILD);
	P->sigpending = 1;
	CHECK_EQ(do_wait(P, -1, 0), -ERESTARTSYS);
	P->sigpending = 0;
	CHECK_EQ(P->state, TASK_RUNNING);
	CHECK(list_empty(&P->wait_chldexit.task_list));

	/* a zombie: its status and times, then it is gone */
	Z = zombie(32, P, 0x300);
	Z->times.tms_utime = 4;
	Z->times.tms_stime = 5;
	Z->times.tms_cutime = 6;
	Z->times.tms_cstime = 7;
	Z->min_flt = 2;
	P->times.tms_cutime = 10;
	P->times.tms_cstime = 20;
	threads0 = nr_threads;
	CHECK_EQ(do_wait(P, -1, 0), 32);
	CHECK_EQ(w_status, 0x300);
	CHECK_EQ(P->times.tms_cutime, 10 + 4 + 6);
	CHECK_EQ(P->times.tms_cstime, 20 + 5 + 7);
	CHECK_EQ(P->cmin_flt, 2);
	CHECK(find_task_by_pid(32) == NULL);
	CHECK_EQ(nr_threads, threads0 - 1);
	CHECK(P->p_cptr == c1);
	CHECK_EQ(P->state, TASK_RUNNING);

	/* no status address: reaped all the same */
	zombie(33, P, 0x100);
	w_null = 1;
	CHECK_EQ(do_wait(P, 33, 0), 33);
	w_null = 0;
	CHECK(find_task_by_pid(33) == NULL);

	/* youngest first */
	za = zombie(34, P, 0x100);
	zb = zombie(35, P, 0x200);
	CHECK_EQ(do_wait(P, -1, 0), 35);
	CHECK_EQ(w_status, 0x200);
	CHECK_EQ(do_wait(P, -1, 0), 34);
	CHECK(za && zb);

	/* pid 0: our process group; below -1: that group */
	zombie(36, P, 0)->pgrp = 99;
	CHECK_EQ(do_wait(P, 0, WNOHANG), 0);
	CHECK_EQ(do_wait(P, -99, 0), 36);
	zombie(37, P, 0)->pgrp = 30;
	CHECK_EQ(do_wait(P, 0, 0), 37);

	/* the old interface */
	zombie(38, P, 0x700);
	w_waitpid = 1;
	CHECK_EQ(do_wait(P, 38, 0), 38);
	w_waitpid = 0;
	CHECK_EQ(w_status, 0x700);
}

static void check_wait4_kinds(void)
{
	struct task_struct *c1, *s, *zt;

	P = mk_task(30, &init_task);
	Q = mk_task(50, &init_task);
	c1 = mk_task(31, P);

	/* clone children (not SIGCHLD) only with __WCLONE or __WALL */
	zombie(38, P, 0)->exit_signal = 0;
	CHECK_EQ(do_wait(P, 38, WNOHANG), -ECHILD);
	CHECK_EQ(do_wait(P, -1, WNOHANG), 0);
	CHECK_EQ(do_wait(P, 31, __WCLONE | WNOHANG), -ECHILD);
	CHECK_EQ(do_wait(P, -1, __WCLONE), 38);
	zombie(39, P, 0)->exit_signal = 0;
	CHECK_EQ(do_wait(P, 39, __WALL), 39);
	zombie(40, P, 0);
	CHECK_EQ(do_wait(P, 40, __WALL | __WCLONE), 40);

	/* stopped: with WUNTRACED, or when traced; not twice */
	s = mk_task(41, P);
	s->state = TASK_STOPPED;
	s->exit_code = 19;
	CHECK_EQ(do_wait(P, 41, WNOHANG), 0);
	CHECK_EQ(do_wait(P, 41, WUNTRACED), 41);
	CHECK_EQ(w_status, (19 << 8) | 0x7f);
	CHECK_EQ(s->exit_code, 0);
	CHECK(find_task_by_pid(41) == s);
	CHECK_EQ(do_wait(P, 41, WUNTRACED | WNOHANG), 0);
	s->exit_code = 5;
	s->ptrace = PT_PTRACED;
	CHECK_EQ(do_wait(P, 41, 0), 41);
	CHECK_EQ(w_status, 0x57f);

	/* a zombie we only trace goes back to its parent, who is told */
	zt = zombie(42, P, 0x900);
	zt->p_opptr = Q;
	nev = 0;
	CHECK_EQ(do_wait(P, 42, 0), 42);
	CHECK_EQ(w_status, 0x900);
	CHECK(find_task_by_pid(42) == zt);
	CHECK(zt->p_pptr == Q && Q->p_cptr == zt);
	CHECK(!is_child(P, zt));
	CHECK_EQ(ev_count(EV_NOTIFY), 1);
	CHECK(ev[0].a == (long)zt && ev[0].b == SIGCHLD);

	/* a status address we may not write: -EFAULT, nothing released */
	Z = zombie(43, P, 0x100);
	Z->times.tms_utime = 1;
	P->times.tms_cutime = 0;
	P->addr_limit.seg = 0x1000;
	CHECK_EQ(do_wait(P, 43, 0), -EFAULT);
	CHECK(find_task_by_pid(43) == Z);
	CHECK_EQ(P->times.tms_cutime, 1);	/* counted all the same */
	s->exit_code = 7;
	CHECK_EQ(do_wait(P, 41, WUNTRACED), -EFAULT);
	CHECK_EQ(s->exit_code, 7);
	P->addr_limit.seg = 0xffffffff;
	CHECK(c1);
}

static long hook_state;
static int hook_queued;
static struct task_struct *hook_child;

/* The parent is asleep in wait4(): now the child exits. */
static void child_exits(struct task_struct *prev, struct task_struct *next)
{
	struct list_head *l = prev->wait_chldexit.task_list.next;

	hook_state = prev->state;
	hook_queued = l != &prev->wait_chldexit.task_list &&
		      list_entry(l, wait_queue_t, task_list)->task == prev;
	hook_child->state = TASK_ZOMBIE;
	hook_child->exit_code = 0x500;
}

static void check_wait4_sleeps(void)
{
	P = mk_task(30, &init_task);
	B = mk_task(11, &init_task);
	M1 = mk_mm();
	give_mm(P, M1);
	give_mm(B, M1);
	hook_child = mk_task(31, P);
	queue_tail(P);
	queue_tail(B);
	aligned_data[0].curr = P;
	switch_hook = child_exits;
	nev = 0;
	CHECK_EQ(do_wait(P, 31, 0), 31);
	switch_hook = NULL;
	CHECK(switched(P, B));
	CHECK_EQ(hook_state, TASK_INTERRUPTIBLE);
	CHECK(hook_queued);
	CHECK_EQ(w_status, 0x500);
	CHECK_EQ(P->state, TASK_RUNNING);
	CHECK(list_empty(&P->wait_chldexit.task_list));
}

static void getpid_step(void *unused)
{
	CHECK_EQ(sys_getpid(), 77);
	CHECK_EQ(sys_getppid(), 15);
}

static void check_getpid(void)
{
	P = mk_task(15, &init_task);
	Q = mk_task(16, &init_task);
	A = mk_task(20, Q);
	A->tgid = 77;
	A->p_opptr = P;
	run_as(A, getpid_step, NULL);
}

/* ---- running the checks ------------------------------------------------------------ */

struct proc_check {
	const char *name;
	void (*fn)(void);
};

static const struct proc_check checks[] = {
	{ "goodness", check_goodness },
	{ "wake_up_process", check_wake_up_process },
	{ "wait_queues", check_wait_queues },
	{ "sched_yield", check_sched_yield },
	{ "schedule_switch", check_schedule_switch },
	{ "schedule_choice", check_schedule_choice },
	{ "schedule_lazy_tlb", check_schedule_lazy_tlb },
	{ "schedule_recalculate", check_schedule_recalculate },
	{ "schedule_rr", check_schedule_rr },
	{ "schedule_bugs", check_schedule_bugs },
	{ "sleep_on", check_sleep_on },
	{ "sched_init", check_sched_init },
	{ "timer", check_timer },
	{ "fork_init", check_fork_init },
	{ "get_pid", check_get_pid },
	{ "get_pid_wrap", check_get_pid_wrap },
	{ "copy_files", check_copy_files },
	{ "copy_sighand", check_copy_sighand },
	{ "copy_flags", check_copy_flags },
	{ "mm_lifetime", check_mm_lifetime },
	{ "mm_release", check_mm_release },
	{ "copy_mm", check_copy_mm },
	{ "copy_mm_failures", check_copy_mm_failures },
	{ "do_fork", check_do_fork },
	{ "do_fork_clone", check_do_fork_clone },
	{ "do_fork_failures", check_do_fork_failures },
	{ "proc_caches_init", check_proc_caches_init },
	{ "release_task", check_release_task },
	{ "forget_original_parent", check_forget_original_parent },
	{ "exit_files", check_exit_files },
	{ "exit_mm", check_exit_mm },
	{ "exit_notify", check_exit_notify },
	{ "exit_signal", check_exit_signal },
	{ "do_exit", check_do_exit },
	{ "wait4_basic", check_wait4_basic },
	{ "wait4_kinds", check_wait4_kinds },
	{ "wait4_sleeps", check_wait4_sleeps },
	{ "getpid", check_getpid },
};

int host_proc_count(void)
{
	return ARRAY_SIZE(checks);
}

const char *host_proc_name(int i)
{
	return checks[i].name;
}

/* The boot steps the checks start from (init/main.c order). */
static void run_check(void *check)
{
	sched_init();
	fork_init(8176);
	proc_caches_init();
	nev = 0;
	((const struct proc_check *)check)->fn();
}

const char *host_proc_run(int i)
{
	fail_msg[0] = '\0';
	if (__builtin_setjmp(fail_jb) == 0) {
		proc_call_on_stack(run_check, (void *)&checks[i],
				   (char *)&init_task_union +
				   sizeof(init_task_union));
		return NULL;
	}
	return fail_msg;
}
