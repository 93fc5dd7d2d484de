// SPDX-License-Identifier: GPL-2.0-only
/*
 * Search the kernel's exception table (sorted by the linker in the
 * order the entries were emitted; 2.4.0 relies on that order too).
 * 情景分析 §2.4.  Follows Linux 2.4.0 arch/i386/mm/extable.c (no modules).
 */
/// 异常表的查找：§2.4 越界访问。可能因为用户给的坏地址而出错的内核指令（__get_user、copy_from_user 等宏中的那条）
/// 都在 __ex_table 节里登记一项（出错指令的地址，修复代码的地址），修复代码放在 .fixup 节。
#include <linux/kernel.h>
#include <asm/uaccess.h>

/// 链接脚本给出的异常表起止；每项是两个 32 位地址 insn 和 fixup。
extern const struct exception_table_entry __start___ex_table[];
extern const struct exception_table_entry __stop___ex_table[];

/*
 * Binary search between first and last, both inclusive.  Entries are
 * compared by the signed distance of their insn from value.
 */
/// §2.4 越界访问：在 [first, last]（含两端）中按指令地址二分查找，找到就返回修复代码的地址，找不到返回 0。
/// 2.4.0: arch/i386/mm/extable.c search_one_table()
static inline unsigned long
search_one_table(const struct exception_table_entry *first,
		 const struct exception_table_entry *last,
		 unsigned long value)
{
	const struct exception_table_entry *probe;
	long off;

	/// 每轮把区间 [first, last] 缩小一半；区间变空（first 越过 last）就说明表里没有这条指令。
	while (first <= last) {
		/// 取区间中点：先算两指针之差的一半再加到 first 上（两个指针不能直接相加）。
		probe = first + (last - first) / 2;
		/// 与 2.4.0 一样用有符号的差来比较；内核地址都在 3G 以上，彼此相差不到 2G，符号总是对的。
		/// 二分查找要求表按 insn 升序排列。2.4.0 并不在运行时排序，而是依靠各目标文件按链接顺序排列、每个文件内的表项又按代码顺序生成；
		/// 本移植同样依赖这一点，并由 boot_checks 在启动时核对表是有序的。把可能出错的指令放进 .text.init、.text.unlikely 之类排在
		/// 后面的节，就可能打乱这个顺序。
		off = probe->insn - value;
		/// 中点的指令地址偏小：要找的项只可能在右半边。
		if (off < 0) {
			first = probe + 1;
			continue;
		}
		/// 偏大：只可能在左半边。
		if (off > 0) {
			last = probe - 1;
			continue;
		}
		/// 正好相等：这条指令登记过，返回它的修复代码地址。
		return probe->fixup;
	}
	return 0;
}

/// §2.4 越界访问：do_page_fault() 用出错时的 EIP 调用它；找到修复代码就不算内核错误。
/// 2.4.0: arch/i386/mm/extable.c search_exception_table()（2.4.0 配置了模块时还要持锁遍历每个模块自己的异常表；
/// 本移植没有模块，只查内核这一张表）
unsigned long search_exception_table(unsigned long addr)
{
	/// last 是最后一项（__stop___ex_table 的前一项）；表为空时 last < first，循环一次也不执行，返回 0。
	return search_one_table(__start___ex_table, __stop___ex_table - 1,
				addr);
}
