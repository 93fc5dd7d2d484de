// SPDX-License-Identifier: GPL-2.0-only
/*
 * Address to name lookup over the table scripts/kallsyms generates from
 * the linked kernel (sorted addresses plus NUL-separated names).
 * Port addition: 2.4.0 had no in-kernel symbol table.
 */
/// 本移植新增的文件。2.4.0 的 oops 只打印十六进制地址，由用户在用户空间运行 ksymoops，对照
/// System.map 把地址翻译成函数名。本移植在无头的模拟器里运行，没有人手工翻译，所以把符号表
/// 直接链接进内核，oops 里的 "EIP is at ..." 和调用链就能显示函数名（做法类似后来 2.6 的 kallsyms）。
/// 符号表怎么来的：scripts/kallsyms 读 `nm -n vmlinux` 的输出，只取代码段符号（t/T/w/W），
/// 生成一个汇编文件，其中有 kallsyms_num、按地址排好序的 kallsyms_addresses[] 和首尾相接的
/// 以 '\0' 结尾的名字串 kallsyms_names。顶层 Makefile 链接三遍：第一遍空表，后两遍用上一遍的
/// 地址重新生成，最后检查表已不再变化（表的大小会挪动它后面的 .data 和 .text.init 的地址）。
#include <linux/kernel.h>
#include <linux/kallsyms.h>

/// 这三个符号在生成的汇编里定义，放在 .kallsyms 段（链接脚本把它放在 .rodata 之后）。
extern const unsigned long kallsyms_num;
extern const unsigned long kallsyms_addresses[];
extern const char kallsyms_names[];
/// 链接脚本和 head.S 给出的边界：[_stext, _etext) 是常驻代码，[__init_begin, __init_end)
/// 是引导后可释放的 __init 代码和数据。
extern char _stext[], _etext[], __init_begin[], __init_end[];

/* Kernel text: the main text, or the boot-only text of __init functions. */
/// §2.4 越界访问（oops 报告的支撑）：判断一个地址是不是内核代码里的地址。
/// 2.4.0: 无（本移植新增）：traps.c 的 show_trace() 沿帧指针回溯调用链时，用它判断堆栈里的值
/// 像不像返回地址。2.4.0 的调用链打印只认 _stext 到 _etext（以及模块）范围内的值。
int kernel_text(unsigned long addr)
{
	/// 常驻代码，或者 __init 代码：引导期间出错时 EIP 多半就在 .text.init 里（start_kernel 等都是
	/// __init 函数），必须认得。[__init_begin, __init_end) 里还夹着 .data.init 和 .setup.init
	/// 这些数据，这里一并算进去，粗略但无害。将来 free_initmem() 释放了这些页面以后，
	/// 这一半判断就应当去掉。
	return (addr >= (unsigned long)_stext && addr < (unsigned long)_etext) ||
	       (addr >= (unsigned long)__init_begin &&
		addr < (unsigned long)__init_end);
}

/* The i-th name: walk over i NUL-terminated strings. */
/// §2.4 越界访问（oops 报告的支撑）：取第 i 个符号的名字。
/// 2.4.0: 无（本移植新增）：名字表是一串首尾相接的 C 字符串，第 i 个名字要从头跳过 i 个 '\0'。
/// 线性扫描，但只在打印 oops 时用，符号不过几百个，不值得再存一张偏移表。
static const char *kallsyms_name(unsigned long i)
{
	const char *p = kallsyms_names;

	while (i--)
		while (*p++)
			;
	return p;
}

/// §2.4 越界访问（oops 报告的支撑）：地址 → 所在函数的名字、函数内偏移和函数大小。
/// 2.4.0: 无（本移植新增），原因见文件开头：代替用户空间的 ksymoops。
const char *kallsyms_lookup(unsigned long addr, unsigned long *offset,
			    unsigned long *size)
{
	unsigned long lo = 0, hi = kallsyms_num, mid, end;

	/// 不在内核代码里、表为空（第一遍链接时）或地址比第一个符号还小：认不出，返回 NULL。
	if (!kernel_text(addr) || !kallsyms_num ||
	    addr < kallsyms_addresses[0])
		return NULL;
	/// 二分查找，不变式：addresses[lo] ≤ addr，而 hi 要么是表尾之后，要么 addresses[hi] > addr。
	/// 结束时 lo 就是“起始地址 ≤ addr 的最后一个符号”，即包含 addr 的函数
	/// （前提是函数之间没有未列入表的代码）。
	while (hi - lo > 1) {		/* last entry with address <= addr */
		mid = (lo + hi) / 2;
		if (kallsyms_addresses[mid] <= addr)
			lo = mid;
		else
			hi = mid;
	}
	/// 函数大小取“下一个符号的起始地址 - 本符号的起始地址”；最后一个符号就算到 __init_end。
	end = lo + 1 < kallsyms_num ? kallsyms_addresses[lo + 1]
				    : (unsigned long)__init_end;
	/// 常驻代码的最后一个函数，下一个符号已在 .text.init 里（中间隔着 .rodata、.data 等），
	/// 不截到 _etext 的话，算出的大小会大得离谱。
	if (addr < (unsigned long)_etext && end > (unsigned long)_etext)
		end = (unsigned long)_etext;
	/// 输出 "函数名+0x偏移/0x大小"：与 ksymoops 和后来内核的写法一样，对着反汇编就能找到出错的指令。
	*offset = addr - kallsyms_addresses[lo];
	*size = end - kallsyms_addresses[lo];
	return kallsyms_name(lo);
}

/// §2.4 越界访问（oops 报告的支撑）：按 fmt 打印一个地址的符号形式。
/// 2.4.0: 无（本移植新增）：traps.c 用它打印 "EIP is at ..." 和调用链的每一项。
/// fmt 里必须恰好有一个 %s，它被替换成 "函数名+0x偏移/0x大小"。
void print_symbol(const char *fmt, unsigned long addr)
{
	unsigned long offset, size;
	const char *name = kallsyms_lookup(addr, &offset, &size);
	/// 局部缓冲放在系统堆栈上；函数名都远短于 100 个字符，sprintf 不会写出界。
	char buf[128];

	if (name)
		sprintf(buf, "%s+0x%lx/0x%lx", name, offset, size);
	else
		/// 认不出就打印十六进制地址。注意 linux/kallsyms.h 里的注释说这时“什么也不打印”，
		/// 与这里的实现不一致（已在报告中指出）。
		sprintf(buf, "0x%08lx", addr);
	printk(fmt, buf);
}
