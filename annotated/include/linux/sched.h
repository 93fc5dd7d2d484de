/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The task structure.  Only the fields the boot needs are here so far;
 * the memory-manager fields (mm, active_mm, ...) come with processes.
 * 情景分析 §2.3 (mm_struct).  Follows Linux 2.4.0 include/linux/sched.h.
 */
/// §2.3 几个重要的数据结构和函数：进程控制块 task_struct 和描述进程用户空间的 mm_struct。
/// 2.4.0: include/linux/sched.h
/// 与 2.4.0 不同：task_struct 现在只有引导和存储管理已用到的字段；thread（esp0 等）、
/// times、uid 等随进程一起加入。已有的字段按 2.4.0 的先后顺序排列，中间暂缺的字段
/// 以后插回原位。
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
#include <asm/atomic.h>
#include <asm/current.h>
#include <asm/page.h>
#include <asm/mmu.h>
#include <asm/semaphore.h>

/// 进程状态，数值与 2.4.0 相同（按位取值，可以一次测试几种状态）。
#define TASK_RUNNING		0
#define TASK_INTERRUPTIBLE	1
#define TASK_UNINTERRUPTIBLE	2
#define TASK_ZOMBIE		4
#define TASK_STOPPED		8

/* The address limit checked by user-copy routines: get_fs()/set_fs(). */
/// §2.4：addr_limit 的类型。copy_from_user 等允许访问的地址上限：普通进程是 TASK_SIZE（0xC0000000），
/// 内核线程或调用了 set_fs(KERNEL_DS) 之后是 0xFFFFFFFF。access_ok 检查“地址 + 长度 ≤ addr_limit”，
/// 挡住用户把 3G 以上的内核地址当参数传给系统调用。init_task 的 addr_limit 是 0xffffffff
/// （arch/i386/kernel/init_task.c）。2.4.0 把 mm_segment_t 定义在 asm-i386/processor.h。
typedef struct {
	unsigned long seg;
} mm_segment_t;

/*
 * The first fields are at offsets entry.S relies on: state 0, flags 4,
 * sigpending 8, addr_limit 12, exec_domain 16, need_resched 20.
 */
/// 头几个字段的偏移 entry.S 直接使用（state 0、flags 4、sigpending 8、addr_limit 12、
/// exec_domain 16、need_resched 20），与 2.4.0 相同，所以顺序不能动。
struct task_struct {
	/// volatile：别的 CPU 或中断处理程序（wake_up）会改它。
	volatile long state;
	/// PF_* 标志，见文件末尾。
	unsigned long flags;
	/// 从系统调用或中断返回用户态之前，entry.S 检查它决定是否处理信号。
	int sigpending;
	/// 偏移 12。见上面 mm_segment_t 的说明。
	mm_segment_t addr_limit;
	struct exec_domain *exec_domain;
	/// 非 0 时 entry.S 在返回用户态前调用 schedule()。
	volatile long need_resched;
	unsigned long ptrace;

	/// 大内核锁的嵌套深度，-1 表示没有持有。
	int lock_depth;
	/// counter、nice、policy：调度用的时间片、优先级和调度策略（书第 4 章）。
	long counter;
	long nice;
	unsigned long policy;
	/// §2.3：指向进程的用户空间 mm_struct（虚存区间链、页目录 pgd）。内核线程没有用户空间，mm 为 NULL，
	/// 运行时借用前一个进程的 active_mm；2.4.0 的 0 号进程也是 mm 为 NULL、active_mm 为 &init_mm。
	/// do_page_fault 发现 current->mm 为空（或在中断里）就不处理用户空间的缺页（§2.4）。
	struct mm_struct *mm;
	/// SMP 用：是否正在某个 CPU 上运行、在哪个 CPU 上。
	int has_cpu, processor;
	struct mm_struct *active_mm;

	/// 进程号；引导时的 0 号进程就是空转进程 swapper。
	pid_t pid;
	/* Page faults: minor (no I/O), major, and the children's. */
	/// §2.4/§2.5：缺页次数。do_page_fault 按 handle_mm_fault 的返回值给 min_flt（次要：不需 I/O，如零页、写时拷贝）
	/// 或 maj_flt（主要：nopage 可能读了文件）加一；nswap 是换出的页数，c 开头的三个是已结束的子进程的累计。
	/// 在 2.4.0 中它们位于 times/start_time 之后、uid 之前，这里按相对顺序放在 pid 之后（中间的字段尚未移植）。
	unsigned long min_flt, maj_flt, nswap, cmin_flt, cmaj_flt, cnswap;
	kernel_cap_t cap_effective, cap_inheritable, cap_permitted;
	/// 资源限制：brk() 查 RLIMIT_DATA，mmap()/brk()/mremap() 查 RLIMIT_AS 和 RLIMIT_MEMLOCK，
	/// 堆栈扩展查 RLIMIT_STACK。权能和资源限制在 2.4.0 中都排在 comm 之前。
	struct rlimit rlim[RLIM_NLIMITS];
	/// 进程名，oops 报告打印 "Process 名字 (pid: ...)" 时用。
	char comm[16];
	/* Signals: blocked, and posted but not yet delivered. */
	/// §2.4：被屏蔽的信号，和已发出但还没处理的信号（pending.signal 位图，队列暂不用）。越界访问时 do_page_fault 经
	/// force_sig_info 发 SIGSEGV：先从 blocked 中去掉它，再挂到 pending 上并置 sigpending。2.4.0 中这两项在
	/// sig（信号处理程序表）之后，本移植还没有 sig。
	sigset_t blocked;
	struct sigpending pending;
};

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
	/// §2.2：这个空间的页目录（内核虚拟地址）。切换到这个进程时 switch_mm 把 __pa(pgd) 装进 CR3。
	pgd_t *pgd;
	/// mm_users：有多少个用户（共享这个空间的线程）；降到 0 时 mmput 拆掉所有映射（exit_mmap）。
	/// mm_count：对结构本身的引用数，所有用户合算 1 个，借用它的内核线程（lazy TLB）另外加；
	/// 降到 0 时 mmdrop 才释放页目录和结构。分成两个计数，是为了让内核线程借用时不必保留用户映射。
	atomic_t mm_users;			/* users of the address space */
	atomic_t mm_count;			/* references to this struct */
	/// 虚存区间的个数。
	int map_count;				/* number of VMAs */
	/// 保护虚存区间链（mmap、munmap、brk、缺页处理都要先拿它）。2.4.0 里是普通信号量，
	/// 后来的 2.4 才改成读写信号量。
	struct semaphore mmap_sem;
	/// 保护页表和 rss 的修改（swap_out 与缺页处理之间）。
	spinlock_t page_table_lock;

	/// 所有 mm_struct 链在以 init_mm.mmlist 为头的全局链表上，swap_out 轮流扫描它们（§2.8）。
	struct list_head mmlist;		/* all mms, from init_mm */

	/// 程序各部分在用户空间中的位置，由 exec 装入程序时设置。start_brk/brk 是堆的起止，
	/// brk 系统调用移动 brk（§2.12）；start_stack 是用户堆栈的起点。0 号进程的 init_mm 由 setup.c
	/// 填上内核映像的边界（_text、_etext、_edata、_end）。
	unsigned long start_code, end_code, start_data, end_data;
	unsigned long start_brk, brk, start_stack;
	unsigned long arg_start, arg_end, env_start, env_end;
	/// rss：驻留在内存中的页面数；total_vm：虚存区间的总页数；locked_vm：mlock 锁住的页数。
	unsigned long rss, total_vm, locked_vm;
	/// 新建虚存区间的缺省标志；mlockall(MCL_FUTURE) 后为 VM_LOCKED。
	unsigned long def_flags;
	/// 哪些 CPU 的 TLB 里可能有这个空间的项（SMP 刷新 TLB 时用）。
	unsigned long cpu_vm_mask;
	/// swap_out 的这一轮里，这个空间还该扫描多少页；swap_address 是下次接着扫描的地址（§2.8）。
	unsigned long swap_cnt;			/* pages left to scan this pass */
	unsigned long swap_address;

	/* Architecture-specific MM context */
	/// 体系结构相关的部分：i386 上是进程私有 LDT 的指针（asm/mmu.h）。
	mm_context_t context;
};

/// 0 号进程的“空间”：页目录就是 swapper_pg_dir，它只含内核部分的映射。所有进程页目录里 3G 以上的
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

/// 进程标志（task_struct.flags）。
#define PF_STARTING	0x00000002
#define PF_EXITING	0x00000004
#define PF_SUPERPRIV	0x00000100	/* used a capability */
/// §2.7、§2.8：这个进程正在为回收内存而分配内存（如 kswapd）。__alloc_pages 允许它动用 pages_min
/// 以下的保留页面，而且不再递归地进入回收流程，否则会为了释放内存而无止境地申请内存。
#define PF_MEMALLOC	0x00000800
/// vfork 出来的子进程：它退出或 exec 时（mm_release）要唤醒等着的父进程。
#define PF_VFORK	0x00001000

/* init's soft stack limit (see INIT_RLIMITS). */
/// init 的堆栈软限制 8MB，供 INIT_RLIMITS 使用。
#define _STK_LIM	(8 * 1024 * 1024)

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

#endif
