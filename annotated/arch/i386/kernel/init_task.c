// SPDX-License-Identifier: GPL-2.0-only
/*
 * The first task: its task_struct and kernel stack share one 8 KB block,
 * 8 KB aligned so that "current" works from the stack pointer.
 * Follows Linux 2.4.0 arch/i386/kernel/init_task.c.
 */
/// 0 号进程（swapper）的静态数据：它的 task_struct 和内核栈、内核自己的 mm_struct 与虚存区间，以及每个 CPU 的 TSS。
/// §10 系统引导和初始化（head.S 用 init_task_union 的栈顶作为最初的内核栈），§2.3 几个重要的数据结构和函数（mm_struct、
/// vm_area_struct）。2.4.0: arch/i386/kernel/init_task.c（2.4.0 还有 init_fs、init_files、init_signals，随进程一起移植）。
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
/// 它只是为了让 init_mm 的 mmap 链表不空，内核空间的映射并不靠它——内核页表直接建在 swapper_pg_dir 里。
static struct vm_area_struct init_mmap = INIT_MMAP;
/// 内核自己的 mm_struct（§2.3）：pgd 就是 head.S 中的页目录 swapper_pg_dir；mm_users 为 2、mm_count 为 1，mmlist 指向自己。
/// 内核线程没有自己的 mm，运行时借用前一个进程的 active_mm，最初借的就是它；setup_arch() 在这里记下内核映像的
/// start_code、end_code、end_data、brk。
struct mm_struct init_mm = INIT_MM(init_mm);

/// task_struct 与 8 KB 内核栈共用一个 union（task 在低端，栈从高端往下长），放进 .data.init_task 节，由链接脚本按 8 KB 对齐，
/// 这样 GET_CURRENT（ESP 与 −8192 相与）才能得到 current。head.S 的 stack_start 和 TSS 的 esp0 都指向它的顶端。
union task_union init_task_union
	__attribute__((__section__(".data.init_task"))) = {
	.task = {
		.state = TASK_RUNNING,
		/// addr_limit = 0xFFFFFFFF 即 KERNEL_DS：0 号进程是内核线程，copy_from_user 之类的地址检查对它放行整个 4 GB。
		.addr_limit = { 0xffffffff },
		.active_mm = &init_mm,
		.pid = 0,
		.cap_effective = CAP_INIT_EFF_SET,
		.cap_inheritable = CAP_INIT_INH_SET,
		.cap_permitted = CAP_FULL_SET,
		.rlim = INIT_RLIMITS,
		/// 2.4.0 用 INIT_TASK 宏填写全部字段，其中 mm = NULL、active_mm = &init_mm；本移植的 task_struct 还没有 active_mm 字段，
		/// 只初始化这几个。以后加上 active_mm 时要让它指向 init_mm（2.4.0 的 cpu_init() 还会为此增加 init_mm.mm_count）。
		.comm = "swapper",
	}
};

/*
 * One TSS per CPU: esp0/ss0 give the kernel stack used on entry from user
 * mode; no I/O bitmap (offset past the limit), so user port access traps.
 */
/// 每个 CPU 一个 TSS。Linux 不用 TSS 做任务切换，只用其中的 esp0/ss0：从用户态进入内核态时 CPU 从这里取得内核栈。
/// cpu_init() 让 GDT 第 12 项指向它并 ltr。2.4.0 中它还要按缓存行对齐（__cacheline_aligned）。
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
