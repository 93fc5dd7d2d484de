// SPDX-License-Identifier: GPL-2.0-only
/*
 * Helpers for parsing kernel command-line options such as "mem=64M".
 * Support for boot-time option parsing (book §10).
 * Follows Linux 2.4.0 lib/cmdline.c.
 */
#include <linux/kernel.h>
#include <linux/string.h>

/*
 * Read one integer (any base simple_strtol accepts) from *str and move *str
 * past it.  Returns 0 if there was no number, 1 if the number ended the
 * list, 2 if a comma followed (then *str is moved past the comma too).
 */
/// §10 系统引导和初始化（引导命令行解析）：从逗号分隔的列表中取一个整数，
/// 例如引导参数 "ether=10,0x300" 的值部分。
/// 2.4.0: lib/cmdline.c get_option()
int get_option(char **str, int *pint)
{
	char *start = *str;

	if (!start || *start == '\0')
		return 0;
	/* Stored even when no digits follow: then it is 0. */
	/// 先写 *pint 再检查：即使这里不是数字，*pint 也已被写成 0（2.4.0 如此，调用者看返回值）。
	*pint = simple_strtol(start, str, 0);
	/// simple_strtol() 一个字符也没读，说明这里不是数字。
	if (*str == start)
		return 0;
	/// 返回值告诉调用者后面还有没有：1 表示这是最后一项；2 表示逗号后面还有下一项，并跳过逗号。
	if (**str != ',')
		return 1;
	++*str;
	return 2;
}

/*
 * Read a comma-separated list of at most nints - 1 integers into ints[1..];
 * ints[0] gets the count.  Returns where parsing stopped.
 */
/// §10 系统引导和初始化（引导命令行解析）：把整个列表读进 ints[1..]，
/// ints[0] 存读到的个数——2.4.0 里各驱动程序的 setup 函数通用这个约定。
/// 2.4.0: lib/cmdline.c get_options()
char *get_options(char *str, int nints, int *ints)
{
	int *slot = ints + 1, *end = ints + nints;
	int res = 2;

	/* Go on while the last number was followed by a comma. */
	/// slot 是下一个数要放的位置，最多放到 ints[nints-1]。读到数（返回 1 或 2）才前进；
	/// 返回 1（列表结束）或 0（不是数）都停下。个数就是 slot 走过的格数。
	while (res == 2 && slot < end) {
		res = get_option(&str, slot);
		if (res)
			slot++;
	}
	ints[0] = slot - (ints + 1);
	return str;
}

/*
 * Parse a size such as "64M", "128k" or "1G": a number (base as for
 * simple_strtoull) with an optional K, M or G suffix in either case.
 * *retptr is set past what was used.
 */
/// §10 系统引导和初始化（引导命令行解析）：解析 "64M"、"128k"、"1G" 这样的大小。
/// 2.4.0 i386 setup_arch() 中的 parse_mem_cmdline() 用它处理 "mem=" 参数，
/// 从而决定内核管理多少物理内存。
/// 2.4.0: lib/cmdline.c memparse()
unsigned long long memparse(char *ptr, char **retptr)
{
	unsigned long long size = simple_strtoull(ptr, retptr, 0);
	int shift;

	/// 单位决定左移的位数：G 30 位、M 20 位、K 10 位（2.4.0 用不写 break 的 case 每层左移 10 位，结果相同）。
	/// 结果是 64 位，"4G" 也不会溢出。没有单位时原样返回，也不动 *retptr。
	switch (**retptr) {
	case 'G':
	case 'g':
		shift = 30;
		break;
	case 'M':
	case 'm':
		shift = 20;
		break;
	case 'K':
	case 'k':
		shift = 10;
		break;
	default:
		return size;
	}
	/// 吃掉单位字母，调用者接着从它后面继续解析。
	++*retptr;
	return size << shift;
}
