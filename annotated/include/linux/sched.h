/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Processes: the task structure, the address space (mm_struct), the
 * open-file and signal tables a task points to, the task list and the
 * run queue helpers, and the interface of the scheduler.
 * 情景分析 §2.3 (mm_struct); chapter 4 (processes).
 * Follows Linux 2.4.0 include/linux/sched.h; fields the port does not use
 * are left out, the others keep 2.4.0's names and order.
 */
/// §2.3 几个重要的数据结构和函数 / §4.1 进程四要素：进程控制块 task_struct、描述进程用户空间的 mm_struct、
/// 进程的已打开文件表和信号处理表，进程链表、pid 杂凑表和运行队列的操作，以及调度器的接口。
/// 2.4.0: include/linux/sched.h
/// 与 2.4.0 不同：task_struct 只有本移植用到的字段（没有 fs、user、tty、定时器、间隔定时器、System V 信号量、
/// 组列表、替换信号栈等），有的字段按 2.4.0 的先后顺序排列；files_struct 不能扩充。
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/capability.h>
#include <linux/resource.h>
/// §2.4：task_struct 的 blocked、pending（信号）要用 sigset_t 和 struct sigpending。
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
/// clone() 的标志（§4.3）：低 8 位是子进程退出时发给父进程的信号（fork 是 SIGCHLD），其余各位决定哪些资源共享。
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

/// init 就是以 CLONE_FS | CLONE_FILES | CLONE_SIGNAL 创建的内核线程（init/main.c）。
#define CLONE_SIGNAL	(CLONE_SIGHAND | CLONE_THREAD)

/// 进程状态，数值与 2.4.0 相同（按位取值，可以一次测试几种状态）。TASK_RUNNING 表示可运行（不一定正在运行）；
/// 两种睡眠的区别在于信号能否唤醒；TASK_ZOMBIE 是已经退出、等父进程收尸的僵尸。
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
/// 调度策略：普通分时进程、实时的先进先出和时间片轮转；SCHED_YIELD 是 sched_yield 临时或上的一位（§4.6）。
#define SCHED_OTHER		0
#define SCHED_FIFO		1
#define SCHED_RR		2
#define SCHED_YIELD		0x10

/* The address limit checked by user-copy routines: get_fs()/set_fs(). */
/// §2.4：addr_limit 的类型。copy_from_user 等允许访问的地址上限：普通进程是 TASK_SIZE（0xC0000000），
/// 内核线程或调用了 set_fs(KERNEL_DS) 之后是 0xFFFFFFFF。access_ok 检查“地址 + 长度 ≤ addr_limit”，
/// 挡住用户把 3G 以上的内核地址当参数传给系统调用。init_task 的 addr_limit 是 0xffffffff
/// （arch/i386/kernel/init_task.c）。2.4.0 把 mm_segment_t 定义在 asm-i386/processor.h。
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

/// §5.5 文件的打开与关闭：进程的已打开文件表（clone(CLONE_FILES) 时共享）。fd 数组以描述符为下标指向 struct file，
/// open_fds、close_on_exec 两个位图记着哪些描述符在用、哪些在 exec 时关闭。2.4.0 在描述符用完时把数组和位图
/// 换成更大的（expand_files），本移植只用结构里自带的 32 项。
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
/// §2.3：虚存区间少的时候 find_vma 顺着 mmap 链表线性查找就够快；区间数达到 32 个，2.4.0 再为它们
/// 建一棵以 vm_end 为键的 AVL 树（mm/mmap_avl.c）。2.4.10 以后改成了红黑树，这是 2.4.0 的特色。
#define AVL_MIN_MAP_COUNT	32
/// 一个进程最多 65536 个虚存区间，mmap 超过时返回 -ENOMEM。
#define MAX_MAP_COUNT		(65536)

struct vm_area_struct;

/*
 * An address space: its VMAs (sorted list, and AVL tree once there are
 * many), its page directory and the layout of the program in it.
 */
/// §2.3：一个进程的用户空间。字段顺序与 2.4.0 相同。线程共享同一个 mm_struct。
struct mm_struct {
	/// 按地址从低到高排列的虚存区间单链表。
	struct vm_area_struct *mmap;		/* list of VMAs, by address */
	/// AVL 树的根，区间数不到 AVL_MIN_MAP_COUNT 时为 NULL。
	struct vm_area_struct *mmap_avl;	/* tree of VMAs, key vm_end */
	/// 上一次 find_vma 的结果：相邻的几次缺页常落在同一个区间里，先看它能省掉一次查找。
	struct vm_area_struct *mmap_cache;	/* last find_vma result */
	/// §2.2：这个空间的页面目录（内核虚拟地址）。切换到这个进程时 switch_mm 把 __pa(pgd) 装进 CR3。
	pgd_t *pgd;
	/// mm_users：有多少个用户（共享这个空间的线程）；降到 0 时 mmput 拆掉所有映射（exit_mmap）。
	/// mm_count：对结构本身的引用数，所有用户合算 1 个，借用它的内核线程（lazy TLB）、正在退出的进程另外加；
	/// 降到 0 时 mmdrop 才释放页面目录和结构。分成两个计数，是为了让内核线程借用时不必保留用户映射。
	atomic_t mm_users;			/* users of the address space */
	atomic_t mm_count;			/* references to this struct */
	/// 虚存区间的个数。
	int map_count;				/* number of VMAs */
	/// 保护虚存区间链（mmap、munmap、brk、缺页处理都要先拿它）。2.4.0 里是普通信号量，
	/// 后来的 2.4 才改成读写信号量。
	struct semaphore mmap_sem;
	/// 保护页面表和 rss 的修改（swap_out 与缺页处理之间）。
	spinlock_t page_table_lock;

	/// 所有 mm_struct 链在以 init_mm.mmlist 为头的全局链表上，swap_out 轮流扫描它们（§2.8）。
	struct list_head mmlist;		/* all mms, from init_mm */

	/// 程序各部分在用户空间中的位置，由 exec 装入程序时设置（fs/binfmt_elf.c）。start_brk/brk 是堆的起止，
	/// brk 系统调用移动 brk（§2.12）；start_stack 是用户堆栈的起点；arg、env 是参数和环境字符串所在的范围。
	/// 0 号进程的 init_mm 由 setup.c 填上内核映像的边界（_text、_etext、_edata、_end）。
	unsigned long start_code, end_code, start_data, end_data;
	unsigned long start_brk, brk, start_stack;
	unsigned long arg_start, arg_end, env_start, env_end;
	/// rss：驻留在内存中的页面数；total_vm：虚存区间的总页数；locked_vm：mlock 锁住的页数。
	unsigned long rss, total_vm, locked_vm;
	/// 新建虚存区间的缺省标志；mlockall(MCL_FUTURE) 后为 VM_LOCKED。
	unsigned long def_flags;
	/// 哪些 CPU 的 TLB 里可能有这个空间的项（SMP 刷新 TLB 时用；switch_mm 维护）。
	unsigned long cpu_vm_mask;
	/// swap_out 的这一轮里，这个空间还该扫描多少页；swap_address 是下次接着扫描的地址（§2.8）。
	unsigned long swap_cnt;			/* pages left to scan this pass */
	unsigned long swap_address;

	/* Architecture-specific MM context */
	/// 体系结构相关的部分：i386 上是进程私有 LDT 的指针（asm/mmu.h）。
	mm_context_t context;
};

/// 0 号进程的“空间”：页面目录就是 swapper_pg_dir，它只含内核部分的映射。所有进程页面目录里 3G 以上的
/// 256 项都是从 swapper_pg_dir 复制来的（get_pgd_slow）。
extern struct mm_struct init_mm;
extern pgd_t swapper_pg_dir[1024];

/// init_mm 的初值，在 arch/i386/kernel/init_task.c 展开。mm_users 从 2 开始、mm_count 从 1 开始，
/// 与 2.4.0 相同，保证它永远不会被释放。
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
/// §6.4 信号：进程的信号处理程序表，每个信号一项 k_sigaction（clone(CLONE_SIGHAND) 时共享）。
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
/// §4.6：时间片的长短。HZ = 100 时 nice 为 0 的进程每次得到 (20 >> 2) + 1 = 6 个滴答（60 毫秒），nice 越小越长。
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
/// §4.1 进程四要素：进程控制块。每个进程一个，与它的系统堆栈合在一个 8K 的块里（见下面的 task_union）。
/// 头几个字段的偏移 entry.S 直接使用（state 0、flags 4、sigpending 8、addr_limit 12、
/// exec_domain 16、need_resched 20、ptrace 24、processor 52），与 2.4.0 相同，所以顺序不能动。
struct task_struct {
	/// volatile：中断处理程序（wake_up）会改它。
	volatile long state;	/* -1 unrunnable, 0 runnable, >0 stopped */
	/// PF_* 标志，见结构后面。
	unsigned long flags;
	/// 有未屏蔽的信号待处理：从系统调用或中断返回用户态之前，entry.S 检查它决定是否调用 do_signal。
	int sigpending;
	/// 偏移 12。见上面 mm_segment_t 的说明。
	mm_segment_t addr_limit;
	struct exec_domain *exec_domain;
	/// 非 0 时 entry.S 在返回用户态前调用 schedule()（§4.7 强制性调度）。
	volatile long need_resched;
	unsigned long ptrace;

	/// 大内核锁的嵌套深度，-1 表示没有持有（本移植单 CPU，没有大内核锁）。
	int lock_depth;

	/* Scheduling: the time slice left and how nice the task is. */
	/// 剩余时间片（滴答数）、nice 值和调度策略（§4.6）：goodness 由它们算出。
	long counter;
	long nice;
	unsigned long policy;
	/// §2.3：指向进程的用户空间 mm_struct（虚存区间链、页面目录 pgd）。内核线程没有用户空间，mm 为 NULL，
	/// 运行时借用前一个进程的 active_mm；0 号进程也是 mm 为 NULL、active_mm 为 &init_mm。
	/// do_page_fault 发现 current->mm 为空（或在中断里）就不处理用户空间的缺页（§2.4）。
	struct mm_struct *mm;
	/// SMP 用：是否正在某个 CPU 上运行、在哪个 CPU 上。
	int has_cpu, processor;
	unsigned long cpus_allowed;
	/// 挂在运行队列上；不在队列上时 run_list.next 为 NULL。
	struct list_head run_list;	/* on the run queue */
	unsigned long sleep_time;

	/// 所有进程串成一个以 init_task 为头的双向环（for_each_task）。
	struct task_struct *next_task, *prev_task;	/* all tasks */
	/// §2.3：当前实际使用（CR3 指向其页面目录）的 mm。用户进程等于 mm；内核线程是借来的（懒惰 TLB，见 kernel/sched.c）。
	struct mm_struct *active_mm;	/* the mm in CR3 (borrowed if no mm) */

	struct linux_binfmt *binfmt;
	/// exit_code：退出时交给父进程 wait 的状态；exit_signal：退出时发给父进程的信号（fork 的是 SIGCHLD）。
	int exit_code, exit_signal;
	int pdeath_signal;
	unsigned long personality;
	int dumpable:1;
	int did_exec:1;
	/// 进程号；引导时的 0 号进程就是空转进程 swapper，1 号是 init。tgid 是线程组号，getpid 返回它。
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
	/// 家族关系：原始父进程、父进程（被跟踪时是跟踪者）、最年轻的子进程、比自己年轻的和年长的兄弟（§4.3、§4.5）。
	struct task_struct *p_opptr, *p_pptr, *p_cptr, *p_ysptr, *p_osptr;
	struct list_head thread_group;

	/* The pid hash chain. */
	struct task_struct *pidhash_next;
	struct task_struct **pidhash_pprev;

	/// 父进程在 wait4 中睡在这里，子进程退出时 do_notify_parent 唤醒它。
	wait_queue_head_t wait_chldexit;	/* for wait4() */
	/// vfork 时指向父进程堆栈上的信号量，子进程 exec 或 exit 时 up 它（mm_release）。
	struct semaphore *vfork_sem;		/* for vfork() */
	unsigned long rt_priority;
	/// 用户态、内核态时间（滴答），及已收尸的子进程的累计（times()、OOM killer 用）。
	struct tms times;
	unsigned long start_time;
	long per_cpu_utime[NR_CPUS], per_cpu_stime[NR_CPUS];
	/* Page faults: minor (no I/O), major, and the children's. */
	/// §2.4/§2.5：缺页次数。do_page_fault 按 handle_mm_fault 的返回值给 min_flt（次要：不需 I/O，如零页、写时拷贝）
	/// 或 maj_flt（主要：nopage 可能读了文件）加一；nswap 是换出的页数，c 开头的三个是已收尸的子进程的累计（release_task）。
	unsigned long min_flt, maj_flt, nswap, cmin_flt, cmaj_flt, cnswap;
	int swappable:1;
	/// 用户号、组号。本移植的进程都是 root（0）。
	uid_t uid, euid, suid, fsuid;
	gid_t gid, egid, sgid, fsgid;
	/// 权能（capable()）：mlock 要 CAP_IPC_LOCK，reboot 要 CAP_SYS_BOOT……root 进程拥有全部。
	kernel_cap_t cap_effective, cap_inheritable, cap_permitted;
	int keep_capabilities:1;
	/// 资源限制：brk() 查 RLIMIT_DATA，mmap()/brk()/mremap() 查 RLIMIT_AS 和 RLIMIT_MEMLOCK，
	/// 堆栈扩展查 RLIMIT_STACK，打开文件数查 RLIMIT_NOFILE。
	struct rlimit rlim[RLIM_NLIMITS];
	/// 用过 FPU（thread.i387 里有它的状态）。
	unsigned short used_math;
	/// 进程名（exec 时取文件名），oops 报告打印 "Process 名字 (pid: ...)" 时用。
	char comm[16];
	/// 切换时保存的 CPU 状态：系统堆栈指针 esp、恢复点 eip、esp0、FPU（asm/processor.h）。
	struct thread_struct thread;	/* CPU state (processor.h) */
	struct files_struct *files;
	spinlock_t sigmask_lock;
	/// §6.4：信号处理程序表；blocked 是被屏蔽的信号，pending 是已发出但还没处理的信号（pending.signal 位图）。
	/// 越界访问时 do_page_fault 经 force_sig_info 发 SIGSEGV：先从 blocked 中去掉它，再挂到 pending 上并置 sigpending。
	struct signal_struct *sig;
	/* Signals: blocked, and posted but not yet delivered. */
	sigset_t blocked;
	struct sigpending pending;

	u32 parent_exec_id;
	u32 self_exec_id;
	/// task_lock() 用：保护 mm、files 等指针的更换。
	spinlock_t alloc_lock;		/* task_lock() */
};

/* Per-process flags. */
/// 进程标志（task_struct.flags）。
#define PF_ALIGNWARN	0x00000001
#define PF_STARTING	0x00000002
#define PF_EXITING	0x00000004
#define PF_FORKNOEXEC	0x00000040	/* forked but did not exec */
#define PF_SUPERPRIV	0x00000100	/* used a capability */
#define PF_DUMPCORE	0x00000200
#define PF_SIGNALED	0x00000400	/* killed by a signal */
/// §2.7、§2.8：这个进程正在为回收内存而分配内存（如 kswapd），或是 OOM killer 选中、要赶快退出的进程。
/// __alloc_pages 允许它动用 pages_min 以下的保留页面，而且不再递归地进入回收流程。
#define PF_MEMALLOC	0x00000800
/// vfork 出来的子进程：它退出或 exec 时（mm_release）要唤醒等着的父进程。
#define PF_VFORK	0x00001000
/// FPU 里装着这个进程的状态，切换走时要保存（懒惰 FPU 切换）。
#define PF_USEDFPU	0x00100000	/* the FPU holds this task's state */

/* ptrace flags. */
#define PT_PTRACED	0x00000001
#define PT_TRACESYS	0x00000002

/* init's soft stack limit (see INIT_RLIMITS). */
/// init 的堆栈软限制 8MB，供 INIT_RLIMITS 使用。
#define _STK_LIM	(8 * 1024 * 1024)

/// 2048 个 long = 8K，与 THREAD_SIZE 相同。
#define INIT_TASK_SIZE	2048 * sizeof(long)

/// task_struct 在低端，联合体剩下的部分就是系统堆栈，从高端向下生长。堆栈用得太深会踩坏
/// task_struct，而这里没有任何保护页，所以内核代码里不能有大的局部数组和深递归。
union task_union {
	struct task_struct task;
	unsigned long stack[INIT_TASK_SIZE / sizeof(long)];
};

/// 0 号进程：head.S 的 stack_start 指向 init_task_union + 8192，start_kernel 就在这块堆栈上运行，
/// current 由 %esp 算出来正是它（asm/current.h）。
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
/// §4.3：把进程挂进 pid 杂凑表。2.4.0: include/linux/sched.h hash_pid()
/// 挂在链头。pidhash_pprev 指向“指向本进程的那个指针”（链头槽位或前一个进程的 pidhash_next），
/// 这样摘下时不必从链头找起，也不必区分是不是第一个。
static inline void hash_pid(struct task_struct *p)
{
	struct task_struct **chain = &pidhash[pid_hashfn(p->pid)];
	struct task_struct *first = *chain;

	/// 原来的第一个（若有）退到第二，它的 pprev 改指本进程的 pidhash_next。
	p->pidhash_next = first;
	if (first)
		first->pidhash_pprev = &p->pidhash_next;
	p->pidhash_pprev = chain;
	*chain = p;
}

/// §4.5：从 pid 杂凑表摘下。2.4.0: include/linux/sched.h unhash_pid()
static inline void unhash_pid(struct task_struct *p)
{
	struct task_struct *after = p->pidhash_next;

	/// 让指向本进程的指针改指后继，后继（若有）的 pprev 接上本进程的 pprev。
	*p->pidhash_pprev = after;
	if (after)
		after->pidhash_pprev = p->pidhash_pprev;
}

/// §6.4：按 pid 找进程（kill、wait4 用）。2.4.0: include/linux/sched.h find_task_by_pid()
/// 沿杂凑链找，找不到返回 NULL。调用者持 tasklist_lock。
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

/// 从进程链表和家族关系中摘下（§4.5 收尸时）；SET_LINKS 挂进链表尾部、成为父进程最年轻的子进程（§4.3 fork 时）。
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
/// §4.6：从运行队列摘下（进程睡眠、停止或退出时 schedule 调用）。2.4.0: include/linux/sched.h del_from_runqueue()
/// 调用者持 runqueue_lock。sleep_time 记下开始睡眠的时刻（2.4.0 留给 SMP 调度参考）。
static inline void del_from_runqueue(struct task_struct *p)
{
	list_del(&p->run_list);
	/// list_del 不清指针，所以要自己把 next 置空：task_on_runqueue 靠它判断。
	p->run_list.next = NULL;
	p->sleep_time = jiffies;
	nr_running--;
}

/// §4.6：是否在运行队列上。2.4.0: include/linux/sched.h task_on_runqueue()
static inline int task_on_runqueue(struct task_struct *p)
{
	return (p->run_list.next != NULL);
}

/// §4.5：收尸时把进程从 pid 杂凑表、进程链表、线程组中摘下。2.4.0: include/linux/sched.h unhash_process()
static inline void unhash_process(struct task_struct *p)
{
	/// 僵尸早已离开运行队列；还在上面说明状态乱了。
	if (task_on_runqueue(p))
		BUG();
	/// 在 tasklist_lock 写锁下一次摘干净：pid 杂凑、进程链表与家族链表（REMOVE_LINKS）、线程组，再减少进程数。
	write_lock_irq(&tasklist_lock);
	unhash_pid(p);
	REMOVE_LINKS(p);
	list_del(&p->thread_group);
	nr_threads--;
	write_unlock_irq(&tasklist_lock);
}

/* task_lock: guards ->mm, ->files against a reader in another context. */
/// §4.5：task_lock/task_unlock：改 mm、files 这些指针时持有。2.4.0: include/linux/sched.h task_lock()
static inline void task_lock(struct task_struct *p)
{
	spin_lock(&p->alloc_lock);
}

/// §4.5：见 task_lock。2.4.0: include/linux/sched.h task_unlock()
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
/// wake_up 唤醒所有普通等待者和一个独占等待者（§4.5）；_all 全部唤醒；interruptible 只唤醒可中断睡眠的。
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

/// §6.4：有没有待处理的信号。2.4.0: include/linux/sched.h signal_pending()
static inline int signal_pending(struct task_struct *p)
{
	return (p->sigpending != 0);
}

/* Recompute sigpending: a signal posted and not blocked? */
/// §6.4：重新计算 sigpending：有没有已到达且未被屏蔽的信号。2.4.0: include/linux/sched.h recalc_sigpending()
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
/// §2.13 当前进程是否具有权能 cap（mlock()/mlockall() 要求 CAP_IPC_LOCK）。用过特权的进程
/// 打上 PF_SUPERPRIV 标记，供进程记账使用。
/// 2.4.0: include/linux/sched.h capable()
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
/// §2.3：放掉对 mm_struct 本身的一个引用，最后一个引用释放页面目录和结构（__mmdrop）。2.4.0: include/linux/sched.h mmdrop()
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
