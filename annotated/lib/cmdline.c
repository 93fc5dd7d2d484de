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
	char *cur = *str;

	if (!cur || !(*cur))
		return 0;
	*pint = simple_strtol(cur, str, 0);
	/// simple_strtol() 一个字符也没读，说明这里不是数字。
	if (cur == *str)
		return 0;
	/// 返回值告诉调用者后面还有没有：2 表示逗号后面还有下一项，1 表示这是最后一项。
	if (**str == ',') {
		(*str)++;
		return 2;
	}
	return 1;
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
	int res, i = 1;

	while (i < nints) {
		res = get_option(&str, ints + i);
		if (res == 0)
			break;
		i++;
		if (res == 1)
			break;
	}
	ints[0] = i - 1;
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
	unsigned long long ret = simple_strtoull(ptr, retptr, 0);

	/// 各 case 之间故意不写 break：G 左移 30 位、M 20 位、K 10 位，每往下落一层多移 10 位。
	/// 结果是 64 位，"4G" 也不会溢出。没有单位时原样返回。
	switch (**retptr) {
	case 'G':
	case 'g':
		ret <<= 10;
		/* fall through */
	case 'M':
	case 'm':
		ret <<= 10;
		/* fall through */
	case 'K':
	case 'k':
		ret <<= 10;
		/// 吃掉单位字母，调用者接着从它后面继续解析。
		(*retptr)++;
		/* fall through */
	default:
		break;
	}
	return ret;
}
