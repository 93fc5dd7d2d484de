/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Kernel symbol names for oops traces.  Not in 2.4.0 (its users ran the
 * oops through ksymoops); the port adds the table so a headless boot
 * prints readable traces.
 */
/// 2.4.0: 无（本移植新增）：oops 里把地址翻译成函数名。2.4.0 的用户要在用户空间用 ksymoops 对照
/// System.map 翻译；本移植在无头模拟器里自动测试，没人手工翻译，所以把符号表链进内核。
/// 实现和符号表的来历见 kernel/kallsyms.c。
#ifndef _LINUX_KALLSYMS_H
#define _LINUX_KALLSYMS_H

/* Name of the function holding addr, offset into it and its size; NULL if none. */
/// 认不出（不在内核代码里或表为空）时返回 NULL，*offset、*size 不动。
extern const char *kallsyms_lookup(unsigned long addr, unsigned long *offset,
				   unsigned long *size);

/* Is addr inside the kernel's text (boot-only text included)? */
/// traps.c 的 show_trace 用它判断堆栈里的一个值像不像返回地址。
extern int kernel_text(unsigned long addr);

/* Print fmt with "name+0xoff/0xsize" for addr, or its hex value if unknown. */
/// 注意：上面的注释与实现不完全一致。实际上认不出地址时打印的是 "0x%08lx" 形式的十六进制地址，
/// 而不是什么都不打印；认得出时 %s 换成 "名字+0x偏移/0x大小"，前面也没有空格
/// （traps.c 自己在格式里写 "\n [<%s>]"）。已在报告中指出。
extern void print_symbol(const char *fmt, unsigned long addr);

#endif
