// SPDX-License-Identifier: GPL-2.0-only
/*
 * start_kernel: the first C code.  Brings the subsystems up in 2.4.0's
 * order, then starts the first process, init (pid 1), and becomes the
 * idle task.  init opens the console and executes the first user
 * program from the initial RAM disk.  Port: before init starts, the
 * kernel's self-checks run (tests/kernel/); without an initrd the
 * machine is powered off after them.
 * Boot chapter of 情景分析; chapter 4 (the first process).
 * Follows Linux 2.4.0 init/main.c.
 */
#define __KERNEL_SYSCALLS__

/// 本文件对应书第 10 章“系统引导和初始化”中 start_kernel() 的那一部分：head.S 打开分页、
/// 装好 GDT/IDT、把 %esp 指向 0 号进程的系统堆栈之后，就跳到这里，从此进入 C 语言。存储管理的
/// 各步初始化（setup_arch 里的 paging_init、kmem_cache_init、mem_init、kmem_cache_sizes_init……）
/// 都由 start_kernel 按 2.4.0 的固定顺序调用，顺序错了就会在还没有分配器的时候去分配内存。
/// 最后 start_kernel 创建 1 号进程 init（§4.3），自己变成空转进程；init 打开控制台，执行初始 RAM 盘上的
/// 第一个用户程序（§4.4）。__KERNEL_SYSCALLS__ 让 asm/unistd.h 给出内核自己用的 open、dup、execve 系统调用桩。
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/proc_fs.h>
#include <linux/string.h>
#include <linux/console.h>
#include <linux/interrupt.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/blkdev.h>
#include <linux/pagemap.h>
#include <linux/swap.h>
#include <asm/system.h>
#include <asm/param.h>
#include <asm/delay.h>
#include <asm/bugs.h>
#include <asm/unistd.h>
#include <asm/hw_irq.h>
#include <linux/bootmem.h>

/// linux_banner 在 init/version.c；saved_command_line 在 arch/i386/kernel/setup.c，是命令行的
/// 完整副本（只用于打印和自检），真正被切分的是 setup_arch 交回来的工作副本（start_kernel 的 options）。
extern const char linux_banner[];
extern char saved_command_line[];
extern char _etext[];

extern void setup_arch(char **);
extern void trap_init(void);
extern void init_IRQ(void);
extern void time_init(void);
/// boot_checks() 不属于 2.4.0：它在 tests/kernel/boot_checks.c，是链接进内核的自检，用 sgdt、
/// sidt、读 CR0/CR3、按页面目录和页面表逐级查找等办法核对引导后的状态，最后打印
/// "checks: N passed, M failed"，无头运行（scripts/run-bochs）就凭这一行判断成败。
extern void boot_checks(char *command_line);
extern void swapin_checks(void);
extern void fork_init(unsigned long);
extern void proc_caches_init(void);
extern void free_initmem(void);
extern int init_elf_binfmt(void);
extern int init_shmem_fs(void);
extern int initrd_fs_init(void);
extern unsigned long initrd_start, initrd_end;
extern unsigned long min_low_pfn;

/* init's arguments and environment. */
#define MAX_INIT_ARGS	8
#define MAX_INIT_ENVS	8

/// init 的参数和环境变量，与 2.4.0 相同：argv[0] 是 "init"，环境是 HOME=/ 和 TERM=linux。
static char *execute_command;	/* init= */
static char *argv_init[MAX_INIT_ARGS + 2] = { "init", NULL, };
static char *envp_init[MAX_INIT_ENVS + 2] = { "HOME=/", "TERM=linux", NULL, };

/* The task that adopts orphans (exit.c): init once it runs. */
/// 收养孤儿进程的进程（kernel/exit.c）：init 运行后把自己登记在这里。
struct task_struct *child_reaper = &init_task;

/// 一个时钟滴答（1/HZ 秒）之内 __delay() 能空转多少圈，udelay() 靠它把微秒换算成圈数。
/// 初值 4096 只是校准之前 udelay 能凑合用的保守值；calibrate_delay() 会把它量准。2.4.0 同名同初值。
unsigned long loops_per_jiffy = (1 << 12);

/// 二分细化时试探的位数：在“第一次超过一个滴答”的那一位之下再逐位试 8 位，
/// 精度约为 1/256，对 udelay 已经足够，再多只会拖长引导时间（每试一位要等两个滴答）。
#define LPS_PREC 8

/*
 * Measure how many __delay() loops fit in one timer tick: double until a
 * tick passes, then refine bit by bit.  Needs the timer interrupt.
 */
/// §10 系统引导和初始化：校准延时循环，算出 BogoMIPS。
/// 2.4.0: init/main.c calibrate_delay()
/// 为什么要量：驱动程序里的 udelay() 必须按真实时间忙等，而 CPU 速度千差万别，只能在引导时
/// 用时钟中断当尺子量一次。前提是 time_init() 已挂上 IRQ0、sti() 已开中断，否则 jiffies 不动，
/// 下面的等待循环永远出不来——这就是 start_kernel 把它放在 sti() 之后的原因。
void __init calibrate_delay(void)
{
	unsigned long tick, bit, whole, hundredths;
	int refine = LPS_PREC;

	/// 从 4096 开始；下面的循环先左移一次，所以第一次试的是 8192 圈。
	loops_per_jiffy = (1 << 12);
	/// 没有换行：结果 "xx.xx BogoMIPS" 稍后打在同一行。printk 的行级别一直保持到换行符，
	/// 两次 printk 拼成的这一行在 log_buf 里只有一个 "<4>" 前缀（见 kernel/printk.c）。
	printk("Calibrating delay loop... ");

	/* Coarse: double until one __delay() run outlasts a tick. */
	/// 第一阶段：圈数每次加倍，直到某一次 __delay 跨过了一个滴答。只有左移溢出成 0 时循环才会
	/// 自然结束，实际上远不会走到那一步。
	for (;;) {
		loops_per_jiffy <<= 1;
		if (loops_per_jiffy == 0)
			break;
		/// 先等到一个新滴答刚开始的时刻再计时：否则起点可能落在滴答中间，同样的圈数有时跨过边界、
		/// 有时不跨，测出的值就不稳定。jiffies 是 volatile（kernel/timer.c），每次比较都真去读内存。
		tick = jiffies;		/* start right at a tick */
		while (jiffies == tick)
			;
		tick = jiffies;
		/// 空转指定圈数，然后看 jiffies 走了没有；走了就说明这么多圈已超过一个滴答。
		__delay(loops_per_jiffy);
		if (jiffies != tick)
			break;
	}

	/* Fine: try the bits below, highest first; keep those that fit. */
	/// 第二阶段：退回最后一个“没超过一个滴答”的值，把它的最高位当起点，
	/// 从高到低逐位决定每一位该不该是 1（逐位逼近，相当于二分查找）。
	loops_per_jiffy >>= 1;
	bit = loops_per_jiffy;
	/// 最多试 LPS_PREC（8）位；bit 移到 0 就没有更低的位可试了。
	while (refine-- > 0) {
		bit >>= 1;
		if (bit == 0)
			break;
		/// 先假设这一位为 1，再用与第一阶段相同的方法量一次。
		loops_per_jiffy |= bit;
		tick = jiffies;
		while (jiffies == tick)
			;
		tick = jiffies;
		__delay(loops_per_jiffy);
		/// 超过了一个滴答，说明这一位设多了，清掉它。
		if (jiffies != tick)		/* too long: not this bit */
			loops_per_jiffy &= ~bit;
	}

	/// BogoMIPS = loops_per_jiffy × HZ / 500000：__delay 的每一圈按两条指令（decl、jns）算，
	/// 每秒圈数 ×2 ÷ 10^6 就是“每秒百万条指令”。整数部分和两位小数分开用整数算，
	/// 因为内核里不用浮点（编译时还加了 -mno-sse -mno-mmx）。在 Bochs 里（cpu: ips=50000000、
	/// clock: sync=none）时间按执行的指令数推进，所以结果约为 50，与宿主机快慢无关。
	/// whole 是整数部分，hundredths 是两位小数。
	/* One BogoMIPS is 500000 loops a second, shown to 1/100. */
	whole = loops_per_jiffy / (500000 / HZ);
	hundredths = (loops_per_jiffy / (5000 / HZ)) % 100;
	printk("%lu.%02lu BogoMIPS\n", whole, hundredths);
}

/*
 * Split the command line into words and hand each "name=value" word to
 * the __setup() handler registered for "name=".  (2.4.0 also passes
 * the other words to init as arguments and environment.)
 */
/// §10 系统引导和初始化：把内核命令行切成单词，交给用 __setup() 登记过的处理函数。
/// 2.4.0: init/main.c parse_options()
/// 与 2.4.0 不同：2.4.0 的 parse_options 还认双引号（引号里的空格不算分隔），特殊处理 "init="，
/// 把 __setup() 匹配（它单独写成 checksetup() 函数）不认领的 "名字=值" 放进 init 进程的环境变量、
/// 其余单词放进 init 的参数表。本移植只保留 __setup() 匹配这一部分（"init=" 也用 __setup() 登记，
/// 见下面的 init_setup），并把 checksetup() 并进了这里，不认识的单词直接忽略。2.4.0 的 "ro"、"rw"、
/// "debug"、"quiet" 也是用 __setup() 登记的，本移植还没有登记它们。
/// mem= 已经在 setup_arch() 的 parse_mem_cmdline() 里处理并从工作副本中删掉了：
/// 内存大小必须在建立页面表之前知道，等不到这里。
static void __init parse_options(char *line)
{
	char *next;

	/// 空命令行（Bochs 默认就是空的）直接返回。
	if (!*line)
		return;
	for (; line; line = next) {
		struct kernel_param *p;

		/// 按空格切词：就地把空格改成 '\0'，所以 line 必须是可写的工作副本，
		/// 这也是 setup.c 要另留一份完整的 saved_command_line 供打印的原因。
		next = strchr(line, ' ');
		if (next)
			*next++ = 0;
		/// __setup_start/__setup_end 是链接脚本（arch/i386/vmlinux.lds）放在 .setup.init 段两头的符号。
		/// 每个 __setup("名字=", 函数) 都往这个段里放一个 struct kernel_param，于是各文件的参数处理函数
		/// 不必在这里登记，链接器自动把它们收成一张表；表在 __init_begin–__init_end 之间，
		/// 引导完成后可以和其他 __init 代码一起释放。
		for (p = &__setup_start; p < &__setup_end; p++) {
			int n = strlen(p->str);

			/// 只比较前缀 "名字="，把等号后面的部分交给处理函数；处理函数返回非 0 表示“认领了”，
			/// 就不再往下找（与 2.4.0 checksetup() 的规则相同）。例：test_oops=ADDR，
			/// 由 tests/kernel/boot_checks.c 登记，用来在自检后故意触发一次内核态页面异常。
			if (!strncmp(line, p->str, n) &&
			    p->setup_func(line + n))
				break;
		}
	}
}

/* init=PROGRAM: run that instead of the usual init programs. */
/// §10：命令行选项 init=程序，代替通常的 init 程序。2.4.0: init/main.c init_setup()
static int __init init_setup(char *str)
{
	int i;

	execute_command = str;
	/* Arguments after it belong to init; the port has none. */
	for (i = 1; i < MAX_INIT_ARGS; i++)
		argv_init[i] = NULL;
	return 1;
}
__setup("init=", init_setup);

/* profile=N: sample the kernel's text in buckets of 1 << N bytes. */
/// §10 系统引导和初始化（命令行选项）：profile=N 把 prof_shift 设为 N，打开内核剖析器；N 为 0 等于不开。\n2.4.0: init/main.c profile_setup()
static int __init profile_setup(char *str)
{
	int shift;

	if (get_option(&str, &shift))
		prof_shift = shift;
	return 1;
}
__setup("profile=", profile_setup);

/*
 * What 2.4.0 does in do_basic_setup() through the initcalls and
 * mount_root(): here, starting kswapd and kreclaimd, registering the
 * ELF format, making the shm file system (shared anonymous memory) and
 * reading the initrd's files.
 */
/// §10：init 进程里的初始化。2.4.0: init/main.c do_basic_setup()
/// 2.4.0 在这里做 PCI、网络、启动 kswapd 等内核线程，执行所有初始化调用（其中有 init_elf_binfmt），最后 mount_root 挂上根文件系统。
/// 本移植只登记 ELF 格式，并读出 initrd 里的文件（fs/initrd.c，代替挂载根文件系统）。
static void __init do_basic_setup(void)
{
	kswapd_init();
	init_elf_binfmt();
	/// 2.4.0 里 shm 文件系统的 init_shmem_fs 是一个 module_init 初始化函数；这里直接调用，之后共享匿名映射才能建立。
	init_shmem_fs();
	mount_root();
	initrd_fs_init();
}

/*
 * The first process, pid 1, a kernel thread until it calls execve():
 * finish the setup, free the boot-only code and data, make the console
 * descriptors 0, 1 and 2, and execute the first program.  A successful
 * execve() does not return: its system call frame now returns to the
 * new program in user mode.  Port: the initrd has no directories, so
 * "/init" is tried last, after 2.4.0's list.
 */
/// §4.3 / §4.4 / §10：1 号进程。2.4.0: init/main.c init()
/// 它先是内核线程：做完剩下的初始化，释放只在引导时用的代码和数据（free_initmem），打开 /dev/console 作为 0 号
/// 描述符、dup 两次得到 1、2，然后依次试着 execve 几个 init 程序。execve 是在内核里经 int $0x80 调用的：系统调用保存的
/// 寄存器框架被 start_thread 改写成用户态的入口，于是这次系统调用“返回”到了用户空间，1 号进程从此是普通的用户进程，
/// 不再回到这里。所有程序都找不到就 panic。
/// 与 2.4.0 不同：本移植的 initrd 没有目录，所以在 2.4.0 的那几个路径之后再试 "/init"（在 initrd 里就是 "init"）。
static int init(void *unused)
{
	/* 2.4.0's list, then the port's "/init". */
	static char *const programs[] = {
		"/sbin/init", "/etc/init", "/bin/init", "/bin/sh", "/init",
	};
	int i;

	child_reaper = current;
	do_basic_setup();
	/// 本移植新增（不属于 2.4.0）：§2.9 页面换入的内核自检（tests/kernel/swapin_checks.c）。它要通过 /dev/hda
	/// 打开交换区，而设备节点来自 initrd，所以放在读完 initrd 的 do_basic_setup 之后；只在 initrd 带有 /swap
	/// （make SWAP=N，盘上有交换区）时运行：swapon，手工换出一个用户页面再由 do_swap_page 换入、比较内容，
	/// fork 时交换项的 swap_duplicate，最后 swapoff，并打印第二行 "checks: N passed, M failed"。
	/* Port: the swap-in checks need /dev/hda, so they run here. */
	swapin_checks();

	/// __init 的代码和数据从此没有了：initrd_fs_init 等必须在这之前调用。
	free_initmem();

	/* Descriptors 0, 1 and 2: the console. */
	/// 进程的第一个文件：open 得到 0 号描述符，两次 dup(0) 得到 1、2 号（标准输出、标准错误）。
	if (open("/dev/console", O_RDWR, 0) < 0)
		printk("Warning: unable to open an initial console.\n");
	for (i = 1; i <= 2; i++)
		(void) dup(0);

	/* Each execve() that works does not return. */
	if (execute_command)
		execve(execute_command, argv_init, envp_init);
	/// 按 programs[] 的次序逐个试；2.4.0 是连写的几句 execve，次序相同。
	for (i = 0; i < sizeof(programs) / sizeof(programs[0]); i++)
		execve(programs[i], argv_init, envp_init);
	panic("No init found.  Try passing init= option to kernel.");
}

/// §10 系统引导和初始化：内核的第一个 C 函数。head.S 的 startup_32 打开分页、装入 GDT 和 IDT、
/// 用 lss stack_start 把 %esp 指向 init_task_union 顶端（0 号进程的系统堆栈）后跳到这里。
/// 2.4.0: init/main.c start_kernel()
/// asmlinkage：由汇编调用；__init：本身放在 .text.init 段，引导完就不再需要。
/// 与 2.4.0 的差别：2.4.0 一开始先 lock_kernel()（大内核锁），本移植单 CPU、没有其他进程，省略；
/// 其余步骤按 2.4.0 的顺序排列，存储管理的几步（kmem_cache_init、mem_init、
/// kmem_cache_sizes_init、proc_caches_init、page_cache_init……）随 mm/ 的移植插到原来的位置；
/// 2.4.0 的结尾：创建 init 内核线程并进入 cpu_idle()，本移植相同，只是之前先运行内核自检（见下）。
asmlinkage void __init start_kernel(void)
{
	/// options 由 setup_arch 指向 setup.c 里的工作副本（已去掉 mem= 选项）。
	char *options;		/* for parse_options() */
	unsigned long initrd_floor;

	/// 第一行输出。此时还没有任何控制台（console_init 在后面），文字只进入 printk 的环形缓冲区
	/// log_buf；控制台注册时带 CON_PRINTBUFFER，会把缓冲区里的内容从头补打出来，所以屏幕和串口上
	/// 仍能看到这一行。在 Bochs 调试器里于 console_init 之前停下，用 x 命令查看 log_buf
	/// （地址见 System.map），能看到带 "<4>" 前缀的横幅已经在里面。
	/// 横幅直接当格式串用（2.4.0 也如此），前提是其中没有 '%'。
	printk(linux_banner);
	/// 体系结构相关的初始化：读 setup.S 留在 empty_zero_page 里的引导参数，建立 e820 物理内存图
	/// （"BIOS-provided physical RAM map:" 那几行），处理 mem=，算出 max_pfn、max_low_pfn
	/// （最多 896M 可以线性映射到 3G 以上，§2.1）。2.4.0 的 setup_arch 接着初始化 bootmem 分配器
	/// 并调用 paging_init() 建立正式的内核页面表；本移植这几步随 mm/ 的移植加进 setup.c。
	setup_arch(&options);
	/// 打印完整副本；此时工作副本已被 parse_mem_cmdline 改过、又将被 parse_options 切开。
	printk("Kernel command line: %s\n", saved_command_line);
	/// 此时 __setup() 的处理函数才会被调用，所以它们只能做简单的记录，不能依赖后面才初始化的子系统。
	parse_options(options);

	/* Traps and interrupts, the scheduler, the clock, the console. */
	/// 填 IDT：0–19 号异常门（14 号页面异常进入 page_fault → do_page_fault，是 §2.4 越界访问的入口）
	/// 和 0x80 号系统调用门；最后调用 cpu_init() 重新装载 GDT/IDT，装入 TSS（esp0/ss0，
	/// 见 asm/processor.h）和默认 LDT。
	trap_init();
	/// 重新编程两片 8259，把 IRQ0–15 移到 0x20–0x2f 号向量（避开 CPU 异常占用的 0–31），
	/// 并为它们装好中断门（asm/hw_irq.h）。
	init_IRQ();
	/// §4.6：调度器初始化（kernel/sched.c），2.4.0 的位置：init_IRQ 与 time_init 之间。
	sched_init();
	/// 把时钟中断 IRQ0 挂上，处理程序调用 do_timer() 让 jiffies 每 1/HZ 秒加一，
	/// 并记账、递减当前进程的时间片（kernel/timer.c）。2.4.0 之后还有 softirq_init()，本移植没有软中断。
	time_init();
	/// 注册 VGA 和串口两个控制台；注册时补打 log_buf，所以前面的横幅、内存图在这一步才第一次
	/// 真正出现在屏幕和串口上。2.4.0 在 console_init 之后还有 init_modules()、
	/// 为内核剖析分配缓冲区（alloc_bootmem）和 kmem_cache_init()（建立 slab 的 cache_cache，§2.10）。
	console_init();

	/* profile=: one counter per bucket of the text, zeroed by bootmem. */
	/// §10：剖析缓冲区只能在这里用 bootmem 分配——mem_init() 之前伙伴系统还不能用，而 kmem_cache_init() 之后马上就要开中断，\n时钟一走 x86_do_profile() 就会用到它。大小按 _stext.._etext 的正文计算，每个桶一个 unsigned int，再加不到一页的余量，与 2.4.0 相同。\nalloc_bootmem() 返回的内存已清零，所以计数从 0 开始。
	if (prof_shift) {
		unsigned int bytes;

		prof_len = (unsigned long)_etext - (unsigned long)_stext;
		prof_len >>= prof_shift;
		bytes = prof_len * sizeof(unsigned int) + PAGE_SIZE - 1;
		prof_buffer = (unsigned int *)alloc_bootmem(bytes);
	}

	/* The slab allocator's own cache; then the timer may tick. */
	/// §2.10：建立 slab 的 cache_cache（专门分配 kmem_cache_t 的缓冲区队列）。
	kmem_cache_init();
	/// 到这里才开中断：IDT、8259 和时钟处理程序都已就绪。若更早开，第一个时钟中断会落到
	/// head.S 的 ignore_int 上，只打印一行“未知中断”的提示，jiffies 不会增加。
	sti();
	/// 需要 jiffies 在走，所以必须在 sti() 之后。2.4.0 接下来就是 mem_init()：把 bootmem
	/// 管理的空闲页面交给伙伴系统（§2.7），从此 alloc_pages 可用。
	calibrate_delay();

	/* An initrd that the boot's allocations have overwritten is useless. */
	/// min_low_pfn 是内核映像之后第一个空闲页框：bootmem 从那里开始分配。初始 RAM 盘若放在它下面，
	/// 已被内核映像和 bootmem 的位图覆盖，不能再用（2.4.0 同样的检查和同样的话）。
	initrd_floor = min_low_pfn << PAGE_SHIFT;
	if (initrd_start && initrd_start < initrd_floor) {
		printk(KERN_CRIT "initrd overwritten (0x%08lx < 0x%08lx) "
		       "- disabling it.\n", initrd_start, initrd_floor);
		initrd_start = 0;
	}

	/* All memory to the buddy allocator, then the general caches. */
	/// §2.7：mem_init() 把 bootmem 管理的空闲页面交给伙伴系统，打印 "Memory:" 一行（arch/i386/mm/init.c）。
	mem_init();
	/// §2.10：kmalloc 用的各种大小的通用缓冲区队列（size-32 … size-131072）。
	kmem_cache_sizes_init();
	/// 2.4.0 的次序：kmalloc 可用之后（kmem_cache_sizes_init）、fork_init 之前登记 /proc（fs/proc/root.c）。
	proc_root_init();
	/// §4.3：按内存大小算出最多允许多少个进程（kernel/fork.c）。2.4.0 先把 num_physpages 存进局部变量
	/// mempages 再传进去，值相同。
	fork_init(num_physpages);
	/// 2.4.0 的顺序：通用缓冲区之后建立 vm_area_struct、mm_struct 的专用缓冲区队列（kernel/fork.c）。
	proc_caches_init();
	dcache_init();
	inode_init();
	/// struct file 的 slab 缓存（2.4.0 在 vfs_caches_init 里创建）。2.4.0 在这之后还有 buffer_init、page_cache_init、
	/// signals_init、inode_init 等，本移植没有这些子系统。
	files_init();
	buffer_init(num_physpages);
	page_cache_init(num_physpages);
	/// 2.4.0 在这里检查 CPU 的缺陷；本移植只记下 CPU 系列作为 uname 的机器名（asm/bugs.h）。
	check_bugs();

	/* Port: the disk is probed here, before the checks that use it. */
	blk_dev_init();

	/// 本移植新增：内核自检（tests/kernel/），打印 "checks: N passed, M failed"。用 scripts/run-bochs --debugger
	/// 运行时，自检末尾的 xchg %bx,%bx 是 Bochs 的魔术断点，机器会停在调试器里，此时可以用 info gdt、creg、
	/// page 0xc0000000 等命令亲眼看引导完成后的 GDT、控制寄存器和地址映射。自检在 0 号进程里、init 进程出现之前运行。
	boot_checks(saved_command_line);
	/// 与 2.4.0 不同：没有初始 RAM 盘（make run 不带 USER_PROGS）就没有用户程序可运行，自检之后直接关机：
	/// process.c 向 Bochs 的 0x8900 端口写 "Shutdown"、向 QEMU 的 isa-debug-exit 端口写一个字节，让无头运行立即结束。
	if (!initrd_start)
		machine_power_off();

	/// §4.3 / §10：创建 1 号进程 init（一个内核线程，在 init() 里 execve 成为用户进程）。
	/// CLONE_FILES、CLONE_SIGNAL：与 0 号进程共享已打开文件表和信号处理表，init 打开的控制台就在 init_files 里；
	/// CLONE_FS 在 2.4.0 里共享当前目录和根目录（本移植没有 fs_struct，这一位不起作用）。
	kernel_thread(init, NULL, CLONE_FS | CLONE_FILES | CLONE_SIGNAL);
	/// 0 号进程从此成为空转进程：请求一次调度（init 在运行队列上等着），然后进入 cpu_idle 永不返回。
	current->need_resched = 1;
	cpu_idle();
}
