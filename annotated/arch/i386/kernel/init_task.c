// SPDX-License-Identifier: GPL-2.0-only
/*
 * The first task (pid 0, later the idle task): its task_struct and
 * kernel stack share one 8 KB block, 8 KB aligned so that "current"
 * works from the stack pointer; its open files and signal handlers,
 * which init (pid 1) starts out sharing; the kernel's address space.
 * Follows Linux 2.4.0 arch/i386/kernel/init_task.c (and INIT_TASK of
 * include/linux/sched.h).
 */
/// 0 号进程（swapper）的静态数据：它的 task_struct 和内核栈、它的已打开文件表和信号处理表、内核自己的 mm_struct 与虚存区间，
/// 以及每个 CPU 的 TSS。§10 系统引导和初始化（head.S 用 init_task_union 的栈顶作为最初的内核栈），§2.3（mm_struct、
/// vm_area_struct），§4.1 进程四要素。2.4.0: arch/i386/kernel/init_task.c（2.4.0 还有 init_fs，本移植没有 fs_struct）。
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <asm/desc.h>

/*
 * The kernel's own address space: one VMA standing for the whole of it,
 * and swapper_pg_dir.  Kernel threads borrow it.
 */
/// init_mm 唯一的虚存区间：vm_mm 指回 init_mm，起止都是 0，权限 PAGE_SHARED，标志 VM_READ|VM_WRITE|VM_EXEC，AVL 树高 1。
/// 它只是为了让 init_mm 的 mmap 链表不空，内核空间的映射并不靠它——内核页面表直接建在 swapper_pg_dir 里。
static struct vm_area_struct init_mmap = INIT_MMAP;
/// 0 号进程的已打开文件表。init 以 CLONE_FILES 创建，与它共享这张表，在里面打开 /dev/console 作为 0、1、2 号描述符；
/// 此后 fork 出的进程各自复制一份。
struct files_struct init_files = INIT_FILES;
/// 全部为 SIG_DFL。init 以 CLONE_SIGNAL 创建，与 0 号进程共享这张表，exec 时 make_private_signals 给它复制一份；
/// SIGCHLD 保持缺省，init 的 waitpid 才能等到子进程（见 kernel/signal.c signal_type 的说明）。
struct signal_struct init_signals = INIT_SIGNALS;
/// 内核自己的 mm_struct（§2.3）：pgd 就是 head.S 中的页面目录 swapper_pg_dir；mm_users 为 2、mm_count 为 1，mmlist 指向自己。
/// 内核线程没有自己的 mm，运行时借用前一个进程的 active_mm，最初借的就是它；setup_arch() 在这里记下内核映像的
/// start_code、end_code、end_data、brk。
struct mm_struct init_mm = INIT_MM(init_mm);

#define tsk	init_task_union.task

/*
 * INIT_TASK: runnable, at the lowest slice, its own parent, KERNEL_DS
 * (it may pass kernel addresses to user-copy routines), the kernel's
 * mm as active_mm, every capability but CAP_SETPCAP.
 */
/// task_struct 与 8 KB 内核栈共用一个 union（task 在低端，栈从高端往下长），放进 .data.init_task 节，由链接脚本按 8 KB 对齐，
/// 这样 GET_CURRENT（ESP 与 −8192 相与）才能得到 current。head.S 的 stack_start 和 TSS 的 esp0 都指向它的顶端。
/// 字段的初值就是 2.4.0 的 INIT_TASK 宏：可运行、时间片 DEF_COUNTER、自己是自己的父进程、进程链表的环只有它一个、
/// mm 为 NULL 而 active_mm 是 init_mm（它是内核线程）。
union task_union init_task_union
	__attribute__((__section__(".data.init_task"))) = {
	.task = {
		.state = TASK_RUNNING,
		.flags = 0,
		.sigpending = 0,
		/// addr_limit = 0xFFFFFFFF 即 KERNEL_DS：0 号进程是内核线程，copy_from_user 之类的地址检查对它放行整个 4 GB。
		/// init 继承了它，所以能在内核里用字符串常量调用 execve；exec 的 start_thread 再 set_fs(USER_DS)。
		.addr_limit = { 0xffffffff },	/* KERNEL_DS */
		.lock_depth = -1,
		.counter = DEF_COUNTER,
		.nice = DEF_NICE,
		.policy = SCHED_OTHER,
		.mm = NULL,
		.active_mm = &init_mm,
		.cpus_allowed = -1,
		/// 0 号进程从不挂进运行队列，schedule 在没有别的可运行进程时直接选它（idle_task）。
		.run_list = LIST_HEAD_INIT(tsk.run_list),
		.next_task = &tsk,
		.prev_task = &tsk,
		.p_opptr = &tsk,
		.p_pptr = &tsk,
		.thread_group = LIST_HEAD_INIT(tsk.thread_group),
		.wait_chldexit = __WAIT_QUEUE_HEAD_INITIALIZER(tsk.wait_chldexit),
		.pid = 0,
		.cap_effective = CAP_INIT_EFF_SET,
		.cap_inheritable = CAP_INIT_INH_SET,
		.cap_permitted = CAP_FULL_SET,
		.keep_capabilities = 0,
		.rlim = INIT_RLIMITS,
		.comm = "swapper",
		.thread = {
			.esp0 = sizeof(init_task_union) +
				(unsigned long) &init_task_union,
		},
		.files = &init_files,
		.sigmask_lock = SPIN_LOCK_UNLOCKED,
		.sig = &init_signals,
		.pending = { NULL, &tsk.pending.head, { { 0 } } },
		.blocked = { { 0 } },
		.alloc_lock = SPIN_LOCK_UNLOCKED,
	}
};

/*
 * One TSS per CPU: esp0/ss0 give the kernel stack used on entry from user
 * mode; no I/O bitmap (offset past the limit), so user port access traps.
 */
/// 每个 CPU 一个 TSS。Linux 不用 TSS 做任务切换，只用其中的 esp0/ss0：从用户态进入内核态时 CPU 从这里取得内核栈，
/// __switch_to 每次切换都把它改成下一个进程的系统堆栈顶端。cpu_init() 让 GDT 第 12 项指向它并 ltr。
struct tss_struct init_tss[NR_CPUS] = {
	{
		.esp0 = sizeof(init_task_union) + (long)&init_task_union,
		.ss0 = __KERNEL_DS,
		/// TSS 中的 LDT 选择子 0x68（GDT 第 13 项），与 cpu_init() 中 lldt 装入的相同。
		.ldt = __LDT(0) << 3,
		/// I/O 位图偏移 0x8000 超出 TSS 的界限（235），CPU 认为没有 I/O 位图：用户态（IOPL 为 0 时）访问任何端口都会引起一般保护异常。
		.bitmap = INVALID_IO_BITMAP_OFFSET,
		/// 位图本身全 1（全部禁止），多出的最后一个字是 CPU 要求的结尾全 1 字节所在；2.4.0 的 ioperm() 会改这张位图并把偏移改成有效值。
		.io_bitmap = { [0 ... IO_BITMAP_SIZE] = ~0UL },
	}
};
