/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The BIOS INT 15h E820 memory map, as setup.S stores it in the zero page.
 * Follows Linux 2.4.0 include/asm-i386/e820.h.
 */
/// §10 系统引导和初始化；§2.1 的物理内存从哪里来：setup.S 在实模式下调用 BIOS 的 INT 15h、AX=E820h，
/// 得到整个物理地址空间的分布（哪些是可用的 RAM，哪些被 BIOS、ACPI、设备占用），存进引导参数块；
/// setup_arch 把它复制到 e820 结构里并打印出来。以后 bootmem 和 paging_init 只把 E820_RAM 的区间
/// 当作可以分配的物理页面。
/// 2.4.0: include/asm-i386/e820.h
#ifndef __E820_HEADER
#define __E820_HEADER

/// 表在引导参数块里的偏移。head.S 把参数块复制到 empty_zero_page，所以内核在
/// empty_zero_page + 0x2d0 处读它；32 项 × 20 字节，到 0x550 为止。
#define E820MAP	0x2d0		/* our map */
#define E820MAX	32		/* number of entries in E820MAP */
/// 表项个数（一个字节）在参数块里的偏移。
#define E820NR	0x1e8		/* # entries in E820MAP */

/// 类型：1 可用 RAM（打印为 usable）；2 保留（BIOS、设备，reserved）；3 ACPI 表（ACPI data，
/// 系统读完后可以回收）；4 ACPI NVS（必须一直保留）。
#define E820_RAM	1
#define E820_RESERVED	2
#define E820_ACPI	3
#define E820_NVS	4

/// 1M：“扩展内存”的起点。BIOS 不支持 E820 时，setup_memory_region 用 E801 或 88h 报告的大小
/// 从这里开始凑一个 RAM 区间。
#define HIGH_MEMORY	(1024 * 1024)

#ifndef __ASSEMBLY__

/// 每项 20 字节：8 字节起始地址、8 字节长度、4 字节类型，与 BIOS 返回的记录格式完全相同，
/// setup.S 可以把结果原样存下。地址和长度用 64 位，是因为物理地址空间可能超过 4G。
/// 注意 2.4.0 打印时先长度后起始地址，例如在 Bochs 32M 内存下：
///  BIOS-e820: 0000000001ef0000 @ 0000000000100000 (usable)
/// 即从 1M 开始有 0x1ef0000 字节可用的 RAM。
struct e820map {
	int nr_map;
	struct e820entry {
		unsigned long long addr;	/* start of memory segment */
		unsigned long long size;	/* size of memory segment */
		unsigned long type;		/* type of memory segment */
	} map[E820MAX];
};

extern struct e820map e820;
#endif /* __ASSEMBLY__ */

#endif /* __E820_HEADER */
