// SPDX-License-Identifier: GPL-2.0-only
/*
 * setup_arch: read what setup.S left in the zero page, build the E820
 * memory map, apply mem= and work out how much memory the kernel manages.
 * Boot chapter of 情景分析; background for §2.1.  Follows Linux 2.4.0
 * arch/i386/kernel/setup.c.
 */
/// setup_arch() 中与存储管理有关的部分：§10 系统引导和初始化，也是 §2.1 Linux内存管理的基本框架 的起点——内核管理多少物理
/// 内存、哪些地址可用，都在这里根据 BIOS 的 E820 表和命令行的 mem= 决定；随后初始化引导内存分配器（bootmem），调用
/// paging_init() 建立内核页面表，并保留 initrd。
/// 与 2.4.0 的差别：没有读根设备、显示、APM、ramdisk 标志，没有登记 iomem/ioport 资源，没有 identify_cpu() 等 CPU 识别代码；
/// mem= 的处理和没有 E820 时伪造的内存表与 2.4.0 略有不同（见各处）。
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/bootmem.h>
#include <asm/e820.h>
#include <asm/page.h>
#include <asm/processor.h>
#include <asm/desc.h>
#include <asm/system.h>
#include <asm/pgtable.h>

/// 异常 16 可用时置 1（2.4.0 中由 do_coprocessor_error() 置位），本移植尚未用到。
char ignore_irq13;		/* set if exception 16 works */
/// 初值与 2.4.0 相同：x86、vendor、model、mask 为 0，wp_works_ok = −1（未知，以后由 mem_init() 的 test_wp_bit() 测定），
/// hlt_works_ok = 1，hard_math = 0，cpuid_level = −1。head.S 的 checkCPUtype 随后填写其中几项。
struct cpuinfo_x86 boot_cpu_data = { 0, 0, 0, 0, -1, 1, 0, 0, -1 };

/// 打开分页后要设置的 CR4 位（PSE、PGE）。paging_init() 设置 CR4 时记在这里；2.4.0 的从 CPU 在 head.S 中也按它设置 CR4。
unsigned long mmu_cr4_features;

/// 内核自己的内存布局表：从 BIOS 的表复制、修正而来。setup_arch() 据此确定 max_pfn，并把其中的 RAM 交给引导内存分配器。
struct e820map e820;

/// 参数 0x1FF 处的 PS/2 鼠标标志。本移植的 setup 不写 0x1FF，读到的是引导扇区标志 0xAA55 的高字节 0xAA。
unsigned char aux_device_present;

#define COMMAND_LINE_SIZE 256

/// command_line 是去掉 mem= 选项后交给 start_kernel() 的命令行；saved_command_line 保留原样（2.4.0 用于 /proc/cmdline）。
static char command_line[COMMAND_LINE_SIZE];
char saved_command_line[COMMAND_LINE_SIZE];

/// RAM 的最高页框号加 1。2.4.0 的 setup_arch() 中 max_pfn 和 max_low_pfn 都是局部变量（局部的 max_low_pfn 遮住了 mm/bootmem.c
/// 中的同名全局变量，后者由 init_bootmem() 设置）；本移植把 max_pfn 做成全局变量（boot_checks 要核对它），max_low_pfn
/// 直接使用 bootmem.c 的全局变量，结果相同。
unsigned long max_pfn;		/* highest page frame of RAM, +1 */

extern char _text[], _etext[], _edata[], _end[];

/* The boot parameters setup.S wrote, copied by head.S into the zero page. */
/// head.S 已把 0x90000 起的 2 KB 参数和命令行复制进 empty_zero_page。下面这些宏按固定偏移取出 setup.S、bootsect 留下的字段，
/// 偏移与 2.4.0 完全相同（见 setup.S 头部和 bootsect 尾部的说明）。mem_init() 会把这一页清零，要用的东西必须在那之前读走。
#define PARAM			((unsigned char *)empty_zero_page)
#define SCREEN_INFO		(*(struct screen_info *)(PARAM + 0))
/// 偏移 2：INT 15h AH=88h 给出的 1 MB 以上的 KB 数（16 位，最多 64 MB）。
#define EXT_MEM_K		(*(unsigned short *)(PARAM + 2))
/// 偏移 0x1E0：E801 给出的 1 MB 以上的 KB 数（32 位）。
#define ALT_MEM_K		(*(unsigned long *)(PARAM + 0x1e0))
/// 偏移 0x1E8 是 E820 的项数，0x2D0 起是 E820 表本身（最多 32 项，每项 20 字节）。
#define E820_MAP_NR		(*(char *)(PARAM + E820NR))
#define E820_MAP		((struct e820entry *)(PARAM + E820MAP))
#define APM_BIOS_INFO		(*(struct apm_bios_info *)(PARAM + 0x40))
#define DRIVE_INFO		(*(struct drive_info_struct *)(PARAM + 0x80))
#define SYS_DESC_TABLE		(*(struct sys_desc_table_struct *)(PARAM + 0xa0))
#define MOUNT_ROOT_RDONLY	(*(unsigned short *)(PARAM + 0x1F2))
#define RAMDISK_FLAGS		(*(unsigned short *)(PARAM + 0x1F8))
#define ORIG_ROOT_DEV		(*(unsigned short *)(PARAM + 0x1FC))
#define AUX_DEVICE_INFO		(*(unsigned char *)(PARAM + 0x1FF))
/// 偏移 0x210 type_of_loader：0 表示老式装入程序。本移植的 bootsect/setup/tools/build 都不写它，所以这里总是 0——
/// 见下面 setup_arch() 中 initrd 处的说明。
#define LOADER_TYPE		(*(unsigned char *)(PARAM + 0x210))
#define KERNEL_START		(*(unsigned long *)(PARAM + 0x214))
/// 偏移 0x218 / 0x21C：initrd 的物理地址和字节数，tools/build 写入，bootsect 按它把 initrd 读到那里。
#define INITRD_START		(*(unsigned long *)(PARAM + 0x218))
#define INITRD_SIZE		(*(unsigned long *)(PARAM + 0x21c))
/// 偏移 2048：head.S 复制过来的命令行。
#define COMMAND_LINE		((char *)(PARAM + 2048))

/* Low RAM assumed when the BIOS gives no E820 map: 636 KB. */
/// 没有 E820 表时假定低端 RAM 为 0x9F000（636 KB）：留出 640 KB 之下的最后 4 KB，那里常是 BIOS 扩展数据区。2.4.0 相同。
#define LOWMEMSIZE()		(0x9f000)

/* Append one range to the map; beyond E820MAX entries it is dropped. */
/// §2.1 Linux内存管理的基本框架、§10：在 e820 表末尾加一项（起址、长度、类型）；表满（E820MAX = 32 项）时丢弃并警告。
/// 2.4.0: arch/i386/kernel/setup.c add_memory_region()
void __init add_memory_region(unsigned long long start,
			      unsigned long long size, int type)
{
	struct e820entry *slot;

	/// 表满：2.4.0 打印这句（连拼写“Ooops”也照原样）后丢掉这一段。
	if (e820.nr_map == E820MAX) {
		printk("Ooops! Too many entries in the memory map!\n");
		return;
	}
	/// 填入第 nr_map 项，再把项数加一。
	slot = &e820.map[e820.nr_map];
	slot->addr = start;
	slot->size = size;
	slot->type = type;
	e820.nr_map++;
}

/* " BIOS-e820: <size> @ <start> (type)", 2.4.0's order: size first. */
/// §10 系统引导和初始化：按 2.4.0 的格式打印内存表：先长度后起址，都是 16 位十六进制。同一个 BIOS、同样大小的内存，
/// 本移植打印的这几行应与真实的 2.4.0 内核逐字相同（Bochs 32 MB 时共 6 行）。
/// 2.4.0: arch/i386/kernel/setup.c print_memory_map()
static void __init print_memory_map(char *who)
{
	struct e820entry *e;
	const char *kind;

	/// 每项一行：先印“ 来源: 长度 @ 起址 ”，再印类型。来源是 BIOS-e820、BIOS-e801、BIOS-88 或 user。
	for (e = e820.map; e < e820.map + e820.nr_map; e++) {
		printk(" %s: %016Lx @ %016Lx ", who, e->size, e->addr);
		/// 四种已知类型印成括号里的名字；不认识的类型印“type N”，没有括号（2.4.0 的格式）。
		switch (e->type) {
		case E820_RAM:
			kind = "usable";
			break;
		case E820_RESERVED:
			kind = "reserved";
			break;
		case E820_ACPI:
			kind = "ACPI data";
			break;
		case E820_NVS:
			kind = "ACPI NVS";
			break;
		default:
			printk("type %lu\n", e->type);
			continue;
		}
		printk("(%s)\n", kind);
	}
}

/*
 * Take the BIOS map over.  A map of fewer than two entries is not
 * trusted (the caller falls back to E801/88h).  RAM that straddles the
 * 640 KB - 1 MB hole is cut: the part below 640 KB is kept and the rest
 * restarts at 1 MB.
 */
/// §2.1 Linux内存管理的基本框架（物理内存从哪里来）、§10：检查并复制 BIOS 的 E820 表。不足 2 项的表不可信——正常的 PC
/// 至少有 640 KB 以下和 1 MB 以上两段 RAM——返回 −1 让调用者改用 E801/88h；起址加长度在 64 位内溢出的表也不可信。
/// 2.4.0: arch/i386/kernel/setup.c copy_e820_map()
static int __init copy_e820_map(struct e820entry *biosmap, int nr_map)
{
	struct e820entry *entry;

	/// 不足 2 项：不可信，什么也不复制。
	if (nr_map < 2)
		return -1;
	/// 逐项复制（2.4.0 写成 do-while，nr_map 已保证至少为 2）。
	for (entry = biosmap; entry < biosmap + nr_map; entry++) {
		unsigned long long start = entry->addr;
		unsigned long long size = entry->size;
		unsigned long long end = start + size;

		/// 64 位加法溢出（end 绕回到比 start 还小）说明这一项是垃圾，整张表都不用。此前复制进去的项留在 e820 里，
		/// 由调用者（setup_memory_region）清掉。
		/* Wrapped around 64 bits: distrust the whole map. */
		if (end < start)
			return -1;
		/// 有的 BIOS 把 640 KB–1 MB（显存和 ROM 所在的“洞”）也报成 RAM。修正：0xA0000 以下的部分保留，1 MB（HIGH_MEMORY）
		/// 以上的部分从 0x100000 重新开始，中间丢掉；整个落在洞里的 RAM 项就整个丢掉。
		/* RAM reaching into the hole: keep what lies outside it. */
		if (entry->type == E820_RAM &&
		    start < 0x100000ULL && end > 0xA0000ULL) {
			if (start < 0xA0000ULL)
				add_memory_region(start, 0xA0000ULL - start,
						  entry->type);
			if (end <= HIGH_MEMORY)
				continue;
			start = HIGH_MEMORY;
			size = end - HIGH_MEMORY;
		}
		/// 非 RAM 项（保留、ACPI）也原样加入：它们不参与分配，但留在表中供打印。
		add_memory_region(start, size, entry->type);
	}
	return 0;
}

/* Use the BIOS E820 map, or make one from the E801 or 88h sizes. */
/// §2.1 Linux内存管理的基本框架、§10：决定物理内存的布局。优先用 E820 表；不可用时取 E801 与 88h 两个结果中较大的一个，
/// 伪造一张两项的表：[0, 636 KB) 与从 1 MB 起的一段。
/// 2.4.0: arch/i386/kernel/setup.c setup_memory_region()
void __init setup_memory_region(void)
{
	char *who = "BIOS-e820";
	unsigned long mem_k;

	/// E820_MAP/E820_MAP_NR 是 setup.S 用 int 15h/E820h 取得、留在参数页里的原始表。
	if (copy_e820_map(E820_MAP, E820_MAP_NR) < 0) {
		/// 两种老方法报的都是 1 MB 以上的 KB 数：ALT_MEM_K 来自 E801，EXT_MEM_K 来自 88h（最多 64 MB）。
		/// 取较大者（相等时取 E801），并在打印时标出来源（BIOS-e801 或 BIOS-88）。
		/* KB of RAM above 1 MB: E801's answer unless 88h's is larger. */
		if (ALT_MEM_K >= EXT_MEM_K) {
			mem_k = ALT_MEM_K;
			who = "BIOS-e801";
		} else {
			mem_k = EXT_MEM_K;
			who = "BIOS-88";
		}
		/// copy_e820_map 可能已经复制了一部分，先清空，再伪造两项。
		e820.nr_map = 0;
		add_memory_region(0, LOWMEMSIZE(), E820_RAM);
		/// 与 2.4.0 不同：2.4.0 这里的长度是 (mem_size << 10) − HIGH_MEMORY，即 1 MB 以上那段在 mem_size KB 处就结束，少算了 1 MB
		/// （后来的 2.4.x 改成了这里的写法）。mem_size 是“1 MB 以上”的 KB 数，所以本移植的长度才是实际大小；但行为与 2.4.0 不同，
		/// 只在没有 E820 的机器上看得出来。
		add_memory_region(HIGH_MEMORY, mem_k << 10, E820_RAM);
	}
	/// 例如 Bochs 32 MB 时第 4 行是“ BIOS-e820: 0000000001ef0000 @ 0000000000100000 (usable)”：1 MB 起 0x1EF0000 字节可用。
	printk("BIOS-provided physical RAM map:\n");
	print_memory_map(who);
}

/* End of the highest usable RAM range the current map describes. */
/// §10 系统引导和初始化：当前内存表中可用 RAM 的最高结束地址。
/// 2.4.0: 无（本移植新增）：供 parse_mem_cmdline() 判断 mem= 给出的大小是否超过了 BIOS 报告的内存（见那里的说明）。
static unsigned long long __init e820_ram_end(void)
{
	unsigned long long end = 0;
	int i;

	for (i = 0; i < e820.nr_map; i++)
		if (e820.map[i].type == E820_RAM &&
		    e820.map[i].addr + e820.map[i].size > end)
			end = e820.map[i].addr + e820.map[i].size;
	return end;
}

/*
 * mem=nopentium: no 4 MB pages.  mem=exactmap: forget the BIOS map and
 * take mem=size@start ranges.  mem=size: RAM is 0-640 KB and 1 MB-size.
 */
/// §10 系统引导和初始化（命令行的 mem= 选项）：复制命令行，同时处理 mem=：mem=nopentium 不用 4 MB 页面；mem=exactmap
/// 清空内存表，完全由随后的 mem=大小@起址 给出；mem=大小 表示 RAM 为 0–636 KB 加上 1 MB 到“大小”。这些选项不出现在交给
/// start_kernel() 的命令行中。
/// 2.4.0: arch/i386/kernel/setup.c parse_mem_cmdline()（与 2.4.0 的不同见下面几处：mem=大小@起址 不先清表；单独的 mem=大小
/// 之后也打印用户内存表；超过 BIOS 内存的 mem=大小 被拒绝）
static void __init parse_mem_cmdline(char **cmdline_p)
{
	/// 先记下当前表中 RAM 的最高地址：循环中表可能被清空，之后就查不到了。
	unsigned long long bios_end = e820_ram_end();
	char *src = COMMAND_LINE, *dst = command_line;
	int copied = 0, usermem = 0;
	/// prev 是刚读过的那个字符；初值为空格，所以行首的 mem= 也算在单词开头。
	char prev = ' ';

	/// 原样保存一份未经解析的命令行，并保证以 0 结尾。
	memcpy(saved_command_line, COMMAND_LINE, COMMAND_LINE_SIZE);
	saved_command_line[COMMAND_LINE_SIZE - 1] = '\0';

	for (;;) {
		/// 只在单词开头（前一个字符是空格）匹配 mem=。找到后把已复制的那个空格退回去，整个 mem=... 选项就不会出现在
		/// 输出的命令行中；选项之后的空格照常复制（所以行首的选项会留下一个前导空格，与 2.4.0 相同）。
		/* A word starting "mem=" is acted on and left out. */
		if (prev == ' ' && memcmp(src, "mem=", 4) == 0) {
			if (dst > command_line)
				dst--;		/* and the blank before it */
			src += 4;
			/// mem=nopentium：清掉 boot_cpu_data 中的 PSE 特征位，paging_init() 就不会用 4 MB 页面映射内核空间（§2.2）。
			if (memcmp(src, "nopentium", 9) == 0) {
				src += 9;
				boot_cpu_data.x86_capability[0] &=
					~(1 << X86_FEATURE_PSE);
			/// mem=exactmap：丢掉 BIOS 的表，之后应当用 mem=大小@起址 逐段给出 RAM。
			} else if (memcmp(src, "exactmap", 8) == 0) {
				src += 8;
				e820.nr_map = 0;
				usermem = 1;
			} else {
				unsigned long long bytes, base;

				/// memparse() 解析带 K/M/G 后缀的大小，并把 src 移到数字之后。
				bytes = memparse(src, &src);
				/// mem=大小@起址：在表中追加一段 RAM。与 2.4.0 不同：2.4.0 第一次遇到这类 mem= 时先清空表并放入 0–636 KB 一段，再追加；
				/// 本移植直接追加到现有的表（BIOS 的表，或 exactmap 清空后的表）上。
				if (*src == '@') {
					base = memparse(src + 1, &src);
					add_memory_region(base, bytes, E820_RAM);
				/// 本移植新增：mem=大小 超过 BIOS 报告的 RAM 时打印一条消息并忽略它。2.4.0 照单全收，内核随后就会去使用并不存在的物理内存。
				} else if (bytes > bios_end) {
					/* Port: 2.4.0 would trust it. */
					printk("mem=%LuK is more than the %LuK "
					       "of RAM the BIOS reports: "
					       "ignored\n", bytes >> 10,
					       bios_end >> 10);
				/// mem=大小：清空表，只留 [0, 636 KB) 和 [1 MB, 大小)。2.4.0 也是这两段，但它随后把 usermem 复位为 0，所以单独的 mem=大小
				/// 不打印“user-defined physical RAM map”，本移植会打印；另外 2.4.0 的 start_at、mem_size 是 32 位的 unsigned long，本移植用 64 位。
				} else {
					/* 0-636 KB, and 1 MB up to bytes. */
					e820.nr_map = 0;
					add_memory_region(0, LOWMEMSIZE(),
							  E820_RAM);
					add_memory_region(HIGH_MEMORY,
							  bytes - HIGH_MEMORY,
							  E820_RAM);
				}
				usermem = 1;
			}
		}
		/// 逐字符复制到 command_line，遇到 0 结束；连同被跳过的选项在内最多读 COMMAND_LINE_SIZE 个字符，
		/// 所以输出最多 COMMAND_LINE_SIZE−1（255）个字符。
		/* Copy one character; the line ends at NUL or the size. */
		prev = *src++;
		if (prev == '\0' || ++copied >= COMMAND_LINE_SIZE)
			break;
		*dst++ = prev;
	}
	*dst = '\0';
	*cmdline_p = command_line;
	/// 用户改过内存表就把新表打印出来（标为“user”）。
	if (!usermem)
		return;
	printk("user-defined physical RAM map:\n");
	print_memory_map("user");
}

/// 页框号（PFN）= 物理地址 >> 12。PFN_UP 向上取整（部分占用的页不能用），PFN_DOWN 向下取整，PFN_PHYS 反过来由页框号得到地址。
#define PFN_UP(x)	(((x) + PAGE_SIZE - 1) >> PAGE_SHIFT)
#define PFN_DOWN(x)	((x) >> PAGE_SHIFT)
#define PFN_PHYS(x)	((x) << PAGE_SHIFT)

/* 128 MB of kernel virtual space kept for vmalloc, fixmaps and the like. */
/// 内核空间共 1 GB（0xC0000000 以上；−PAGE_OFFSET 在 32 位无符号运算中就是 0x40000000），从中留出 128 MB 给 vmalloc、
/// fixmap 等，其余 896 MB（MAXMEM = 0x38000000，MAXMEM_PFN = 0x38000）是内核能直接映射的物理内存的上限——§2.1 讲的
/// “物理地址 = 虚拟地址 − 3 GB”只对这部分成立。
#define VMALLOC_RESERVE	(unsigned long)(128 << 20)
#define MAXMEM		(unsigned long)(-PAGE_OFFSET - VMALLOC_RESERVE)
#define MAXMEM_PFN	PFN_DOWN(MAXMEM)
/// 4 GB 对应的页框数（2^20）：不用 PAE 时物理地址只有 32 位。
#define MAX_NONPAE_PFN	(1 << 20)

/// ZONE_HIGHMEM 的页框范围 [highstart_pfn, highend_pfn)，只在 CONFIG_HIGHMEM 时设置（本移植的配置是 CONFIG_HIGHMEM4G）。
/// 2.4.0 把这两个变量定义在 arch/i386/mm/init.c 中。
unsigned long highstart_pfn, highend_pfn;	/* ZONE_HIGHMEM: [start, end) */

/// initrd 在内核虚拟空间中的起止地址，0 表示没有 initrd。2.4.0 把它们定义在 drivers/block/rd.c 中。
unsigned long initrd_start, initrd_end;	/* kernel virtual, 0 if none */

/* Highest RAM page frame (+1) in the E820 map. */
/// §2.1 Linux内存管理的基本框架：找出内存表中可用 RAM 的最高页框号（加 1）。每段 RAM 的起址向上、终址向下取整到页边界，
/// 不足一整页的零头不算。
/// 2.4.0: 无（本移植新增）：2.4.0 把这个循环直接写在 setup_arch() 里，本移植提出来成为函数，计算方法相同。
static unsigned long __init find_max_pfn(void)
{
	unsigned long top = 0;
	struct e820entry *e;

	for (e = e820.map; e < e820.map + e820.nr_map; e++) {
		unsigned long first, last;

		/// 只看 RAM；保留区、ACPI 区再高也不算。
		if (e->type != E820_RAM)
			continue;
		first = PFN_UP(e->addr);
		last = PFN_DOWN(e->addr + e->size);
		/// 取整之后一页也不剩（first >= last）的零头不算；其余取最大的结束页框号。
		/* A range holding no whole page does not count. */
		if (first < last && last > top)
			top = last;
	}
	return top;
}

/*
 * Hand every E820 RAM range below max_low_pfn to the boot-time
 * allocator: whole pages only, clipped at the end of low memory.
 */
/// §10 系统引导和初始化（引导内存分配器）：把 e820 表中 max_low_pfn 以下的每段 RAM 交给 bootmem：init_bootmem() 先把
/// 0..max_low_pfn−1 的位图全部置 1（都算已占用），这里用 free_bootmem() 把真正存在的 RAM 清成 0（可分配）。空洞、保留区、
/// ACPI 区从来不会被清，所以永远不会被分配出去。
/// 2.4.0: 无（本移植新增）：2.4.0 把这个循环直接写在 setup_arch() 里，本移植提出来成为函数，步骤相同。
static void __init register_bootmem_low_pages(void)
{
	struct e820entry *e;

	for (e = e820.map; e < e820.map + e820.nr_map; e++) {
		unsigned long first, last;

		if (e->type != E820_RAM)
			continue;
		/// 起址向上、终址向下取整到整页：只交出完整的页框；超过 max_low_pfn 的部分（896 MB 以上）不归 bootmem 管。
		first = PFN_UP(e->addr);
		if (first >= max_low_pfn)
			continue;
		last = PFN_DOWN(e->addr + e->size);
		if (last > max_low_pfn)
			last = max_low_pfn;
		/// 还剩至少一页才交给 free_bootmem（起址和长度都换回字节）。
		if (first < last)
			free_bootmem(PFN_PHYS(first), PFN_PHYS(last - first));
	}
}

/// §10 系统引导和初始化（为 §2.1 准备物理内存）：start_kernel() 最先调用的体系结构相关初始化。依次：建立 e820 内存表，
/// 记录内核映像的范围，处理命令行的 mem=，算出 max_pfn 与 max_low_pfn，初始化引导内存分配器并交出可用的 RAM、保留内核映像
/// 和第 0 页，调用 paging_init() 建立内核页面表（§2.2），最后保留 initrd。
/// 2.4.0: arch/i386/kernel/setup.c setup_arch()（2.4.0 还读出根设备、显示、APM、ramdisk 标志，并在最后登记 iomem/ioport 资源；
/// 本移植省略了这些与存储管理无关的部分）
void __init setup_arch(char **cmdline_p)
{
	/// kernel_mm 就是 &init_mm：0 号进程和内核线程的 mm_struct。
	struct mm_struct *kernel_mm = &init_mm;
	unsigned long start_pfn, bootmap_size, image_end;

	/// 从参数页读出 PS/2 鼠标标志（见上面 aux_device_present 的说明）。
	aux_device_present = AUX_DEVICE_INFO;
	/// 第 1 步：建立 e820 表，打印“BIOS-provided physical RAM map”。
	setup_memory_region();

	/// 第 2 步：把内核映像的代码段、数据段和末尾记进 init_mm，与 2.4.0 相同；这几个符号由链接脚本给出。
	/* The kernel's own address space: where its image lies. */
	kernel_mm->start_code = (unsigned long) _text;
	kernel_mm->end_code = (unsigned long) _etext;
	kernel_mm->end_data = (unsigned long) _edata;
	kernel_mm->brk = (unsigned long) _end;

	/// 第 3 步：命令行里的 mem= 可能改写这张表。
	parse_mem_cmdline(cmdline_p);

	/* The first page frame after the kernel image: the bootmem bitmap. */
	/// 内核映像（含 BSS）之后的第一个完整页框：引导内存分配器的位图就放在这里。
	start_pfn = PFN_UP(__pa(_end));

	/* The highest page frame of RAM, and the part the kernel maps. */
	/// 第 4 步：max_pfn。Bochs 32 MB 时最高一段 RAM 从 1 MB 起、长 0x1EF0000 字节，结束于 0x1FF0000，所以 max_pfn = 0x1FF0 = 8176，
	/// 与 2.4.0 在同样条件下打印的“totalpages: 8176”一致。
	max_pfn = find_max_pfn();
	max_low_pfn = max_pfn;
	/// 内核能直接映射的只有 896 MB（MAXMEM_PFN）：max_low_pfn 以此为限。没有 HIGHMEM 的内核还要给出警告（超过 4 GB 时提示要用 PAE，
	/// 否则提示要用 HIGHMEM 内核；两行消息的文字与 2.4.0 相同，这里用一个 printk 选词）。
	/// HIGHMEM 而不用 PAE 的内核（本移植的配置）：两级页面表只能表示 4 GB 的物理地址，4 GB 以上的内存丢掉，并照 2.4.0 打印两行警告。
	if (max_pfn > MAXMEM_PFN) {
		max_low_pfn = MAXMEM_PFN;
#ifndef CONFIG_HIGHMEM
		printk(KERN_WARNING "Warning only %ldMB will be used.\n",
		       MAXMEM >> 20);
		printk(KERN_WARNING "Use a %s enabled kernel.\n",
		       max_pfn > MAX_NONPAE_PFN ? "PAE" : "HIGHMEM");
#elif !defined(CONFIG_X86_PAE)
		/* Two-level page tables reach 4 GB of physical memory. */
		if (max_pfn > MAX_NONPAE_PFN) {
			max_pfn = MAX_NONPAE_PFN;
			printk(KERN_WARNING "Warning only 4GB will be used.\n"
			       KERN_WARNING "Use a PAE enabled kernel.\n");
		}
#endif
	}

/// HIGHMEM 内核中 896 MB 以上的内存成为 ZONE_HIGHMEM，不映射在内核空间，用到时才经 kmap() 临时映射。
/// highend_pfn 总是 max_pfn；highstart_pfn 是 MAXMEM_PFN 与 max_pfn 中较小的一个。两者不等（真有高端内存）时才打印
/// “NNNMB HIGHMEM available.”；内存不到 896 MB 时高端管理区是空的。
#ifdef CONFIG_HIGHMEM
	/* ZONE_HIGHMEM: whatever lies above the part the kernel maps. */
	highend_pfn = max_pfn;
	highstart_pfn = max_pfn > MAXMEM_PFN ? MAXMEM_PFN : max_pfn;
	if (highstart_pfn < highend_pfn)
		printk(KERN_NOTICE "%ldMB HIGHMEM available.\n",
		       pages_to_mb(highend_pfn - highstart_pfn));
#endif

	/* Everything below max_low_pfn starts out reserved ... */
	/// 第 5 步：初始化引导内存分配器（mm/bootmem.c）：位图放在 start_pfn 处，每个页框 1 位，覆盖 0..max_low_pfn−1，初始全部为 1；
	/// 同时设置全局的 min_low_pfn = start_pfn、max_low_pfn。返回位图的字节数。
	bootmap_size = init_bootmem(start_pfn, max_low_pfn);

	/* ... the RAM the E820 map names is released ... */
	/// 第 6 步：把 e820 中的 RAM 标为可分配（见 register_bootmem_low_pages()）。
	register_bootmem_low_pages();

	/*
	 * ... and the kernel image plus the bootmem bitmap behind it, and
	 * page 0 (BIOS data), are taken back.
	 */
	/// 第 7 步：把 1 MB 到位图末尾（内核映像加 bootmem 位图）重新标为占用，再保留第 0 页（BIOS 数据区；2.4.0 的 SMP 内核还保留第 1 页）。
	/// image_end 照 2.4.0 先加上 PAGE_SIZE − 1，reserve_bootmem 又向上取整一次，所以位图之后往往多保留一页（32 MB 时位图只有 1 KB，
	/// 却保留了两页）。注意 1 MB 以下除第 0 页外都交了出去，包括 0x90000 的引导参数区——所以 head.S 必须早早把参数复制走。
	image_end = PFN_PHYS(start_pfn) + bootmap_size + PAGE_SIZE - 1;
	reserve_bootmem(HIGH_MEMORY, image_end - HIGH_MEMORY);
	reserve_bootmem(0, PAGE_SIZE);

	/// 第 8 步：paging_init()（arch/i386/mm/init.c）：在 swapper_pg_dir 中为全部低端内存建立内核页面表（§2.2），重新装入 CR3，
	/// 再按 DMA/NORMAL/HIGHMEM 计算各管理区的大小，调用 free_area_init() 建立 mem_map 与伙伴系统的数据结构（§2.3）。
	paging_init();

	/* The initial RAM disk the boot sector loaded, if it is in low memory. */
	/// 第 9 步：保留 initrd，与 2.4.0 的条件相同——只有 LOADER_TYPE（引导程序的代号）不为 0、INITRD_START 也不为 0 时才认 initrd。
	if (LOADER_TYPE && INITRD_START) {
		/// initrd 必须整个落在内核能直接映射的低端内存里（结束地址不超过 max_low_pfn 处），才能用 PAGE_OFFSET + 物理地址 访问它；
		/// 否则打印 2.4.0 的那两行消息，放弃 initrd。
		unsigned long rd_end = INITRD_START + INITRD_SIZE;
		unsigned long low_end = max_low_pfn << PAGE_SHIFT;

		if (rd_end > low_end) {
			printk(KERN_ERR "initrd extends beyond end of memory "
			       "(0x%08lx > 0x%08lx)\ndisabling initrd\n",
			       rd_end, low_end);
			initrd_start = 0;
		} else {
			/// 在 bootmem 中保留 initrd 占的页面，记下它的内核虚拟地址（__va：物理地址 + PAGE_OFFSET）。
			/// 2.4.0 在这里还写了一个多余的“INITRD_START 为 0 时取 0”的判断——外层的条件已经排除了这种情况。
			reserve_bootmem(INITRD_START, INITRD_SIZE);
			initrd_start = (unsigned long) __va(INITRD_START);
			initrd_end = initrd_start + INITRD_SIZE;
		}
	}
}

/*
 * Per-CPU state: reload the descriptor tables, set up the TSS (esp0 is
 * the kernel stack used on entry from user mode) and the default LDT.
 */
/// §2.2 地址映射的全过程（TSS、LDT 与 GDT）、§10：每个 CPU 的初始化：重新装入 GDTR/IDTR，清 EFLAGS.NT，设置并装入 TSS，
/// 装入默认 LDT，清调试寄存器，置 CR0.TS。trap_init() 的最后调用它。
/// 2.4.0: arch/i386/kernel/setup.c cpu_init()（2.4.0 还记录“这个 CPU 已初始化”、打印“Initializing CPU#0”、在 CPU 支持时清 CR4 的
/// VME/PVI/TSD/DE 位；本移植省略了这几步。让当前进程以 init_mm 为 active_mm（增加 init_mm.mm_count）这一步与 2.4.0 相同）
void __init cpu_init(void)
{
	/// 单 CPU：只有 0 号 CPU，它的 TSS 是 init_tss[0]。
	int cpu = 0;
	struct tss_struct *tss = init_tss + cpu;

	/// 重新装入 GDTR、IDTR（值与 head.S 装入的相同）；在多 CPU 的 2.4.0 中，从 CPU 靠这里装入它们。
	__asm__ __volatile__("lgdt %0" : : "m" (gdt_descr));
	__asm__ __volatile__("lidt %0" : : "m" (idt_descr));

	/* Clear NT, so that a later iret does not try a task return. */
	/// 清 EFLAGS.NT（嵌套任务，第 14 位）：NT 置位时 iret 会被当作任务返回，按 TSS 的 back_link 切换任务。
	__asm__("pushfl ; andl $0xffffbfff,(%esp) ; popfl");

	/// 0 号进程没有自己的用户空间，借用 init_mm；active_mm 引用它，所以 mm_count 加一。
	/* The boot task runs on the kernel's own address space. */
	atomic_inc(&init_mm.mm_count);
	current->active_mm = &init_mm;

	/// TSS 的 esp0 = 0 号进程 8 KB 块的顶端：从用户态进入内核态（中断、异常、int $0x80）时，CPU 从当前 TSS 取 ss0:esp0 作为内核栈。
	/// Linux 不用 TSS 做任务切换，切换进程时只改写 esp0（2.4.0 的 __switch_to()）。
	/* Entries from user mode switch to the top of the boot task's stack. */
	tss->esp0 = (unsigned long) &init_task_union + sizeof(init_task_union);
	/// GDT 第 12 项（选择子 0x60）指向 init_tss[0]。
	set_tss_desc(cpu, tss);
	/// 清 TSS 描述符的“忙”位（第 2 个字的第 9 位，类型 0x8B → 0x89）：ltr 要求描述符是可用的 TSS，否则引起一般保护异常；
	/// ltr 之后 CPU 自己会把它置成忙（boot_checks 检查 GDT[12] 是“忙”的 TSS）。
	gdt_table[__TSS(cpu)].b &= ~0x200;	/* TSS type: available, not busy */
	/// ltr 0x60：任务寄存器指向这个 TSS。Bochs 中 `sreg` 的 tr 一行可以看到。
	load_TR(cpu);
	/// 让 GDT 第 13 项指向 default_ldt（5 项），并 lldt 0x68。
	clear_LDT();

	/* No hardware breakpoints: DR0-DR3, DR6 and DR7 all zero. */
#define CD(register) __asm__("movl %0,%%db" #register : : "r" (0))
	/// 清调试寄存器 DR0–DR3（断点地址）、DR6（状态）和 DR7（控制），以免残留的硬件断点引起调试异常。
	CD(0); CD(1); CD(2); CD(3); CD(6); CD(7);
#undef CD

	/* Mark the FPU unused: the first FPU use traps (CR0.TS). */
	/// 先清 TS，再置 CR0.TS（第 3 位）：此后第一条浮点指令会引起异常 7（设备不可用）。2.4.0 靠它实现 FPU 状态的“懒惰”恢复（进程第一次用浮点时才在异常 7 中装入它的 FPU 状态）；
	/// 本移植的内核不用浮点，万一用了就会 oops（见 entry.S 的 device_not_available）。
	__asm__ __volatile__("clts");
	__asm__ __volatile__("movl %%cr0,%%eax; orl $8,%%eax; movl %%eax,%%cr0"
			     : : : "ax");
}
