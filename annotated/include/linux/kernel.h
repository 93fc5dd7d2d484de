/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * printk, panic, the vsprintf family and small helpers every file uses.
 * Follows Linux 2.4.0 include/linux/kernel.h.
 */
/// 几乎每个内核文件都包含它：printk、panic、vsprintf 一族、引导参数解析函数的原型，以及日志级别。
/// 2.4.0: include/linux/kernel.h
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

/// stdarg.h 来自 gcc 自己的头文件目录（编译选项 -isystem $(gcc -print-file-name=include)），
/// 它只是 gcc 内建的 va_list 机制，不属于 C 库，内核可以放心用。
#include <stdarg.h>
#include <linux/linkage.h>
#include <linux/stddef.h>
#include <linux/types.h>

/// 内核不用 C 库的 limits.h，自己定义这些极值。
#define INT_MAX		((int)(~0U >> 1))
#define INT_MIN		(-INT_MAX - 1)
#define UINT_MAX	(~0U)
#define LONG_MAX	((long)(~0UL >> 1))
#define LONG_MIN	(-LONG_MAX - 1)
#define ULONG_MAX	(~0UL)

/// 日志级别就是三个字符的字符串，靠相邻字符串自动拼接贴在格式串前面：printk(KERN_ERR "...") 等于
/// printk("<3>...")。printk 从行首读出级别（kernel/printk.c has_level）。数值越小越紧急，
/// 只有级别小于 console_loglevel 的行才显示在控制台上；没写级别的按 KERN_WARNING(4) 处理。
#define KERN_EMERG	"<0>"	/* system is unusable */
#define KERN_ALERT	"<1>"	/* action must be taken immediately */
#define KERN_CRIT	"<2>"	/* critical conditions */
#define KERN_ERR	"<3>"	/* error conditions */
#define KERN_WARNING	"<4>"	/* warning conditions */
#define KERN_NOTICE	"<5>"	/* normal but significant condition */
#define KERN_INFO	"<6>"	/* informational */
#define KERN_DEBUG	"<7>"	/* debug-level messages */

/// traps.c 的 die() 在打印 oops 前把它调到 15，保证 oops 的每一行都显示出来。
extern int console_loglevel;

/// NORET_AND 展开成 "noreturn,"，与 format(printf, 1, 2) 合写在一个属性表里：声明 panic 不返回，
/// 并让编译器按 printf 的规则检查参数（%lx 配 unsigned long 等），格式写错了编译时就能发现。
NORET_TYPE void panic(const char *fmt, ...)
	__attribute__((NORET_AND format(printf, 1, 2)));
/// 同样声明为不返回：die() 调用 do_exit 之后不必再写任何代码。
NORET_TYPE void do_exit(long error_code) ATTRIB_NORET;

/// lib/vsprintf.c：把字符串转成整数，解析引导参数时用。
extern unsigned long simple_strtoul(const char *, char **, unsigned int);
extern long simple_strtol(const char *, char **, unsigned int);
extern unsigned long long simple_strtoull(const char *, char **, unsigned int);
extern long long simple_strtoll(const char *, char **, unsigned int);
/// 没有 snprintf：2.4.0 同样没有，调用者自己保证缓冲区够大。
extern int sprintf(char *buf, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
extern int vsprintf(char *buf, const char *, va_list);

/// lib/cmdline.c：引导参数的解析。memparse 认识 K、M、G 后缀，setup.c 用它解析 mem=32M。
extern int get_option(char **str, int *pint);
extern char *get_options(char *str, int nints, int *ints);
extern unsigned long long memparse(char *ptr, char **retptr);

/// asmlinkage：head.S 的 ignore_int 等汇编代码也会调用 printk，参数一律经堆栈传递。
asmlinkage int printk(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

/// 把 IP 地址逐字节取出，配合 "%u.%u.%u.%u" 打印。2.4.0 的同名宏，网络代码用；本移植暂时没有用户。
#define NIPQUAD(addr) \
	((unsigned char *)&addr)[0], ((unsigned char *)&addr)[1], \
	((unsigned char *)&addr)[2], ((unsigned char *)&addr)[3]

/// sysinfo 系统调用（116 号）的返回结构，totalram、freeram、totalswap 等由存储管理提供
/// （2.4.0 的 si_meminfo、si_swapinfo）。mem_unit 表示上面那些数以多少字节为单位。
struct sysinfo {
	long uptime;			/* seconds since boot */
	unsigned long loads[3];		/* 1, 5 and 15 minute load averages */
	unsigned long totalram;		/* total usable main memory size */
	unsigned long freeram;		/* available memory size */
	unsigned long sharedram;	/* amount of shared memory */
	unsigned long bufferram;	/* memory used by buffers */
	unsigned long totalswap;	/* total swap space size */
	unsigned long freeswap;		/* swap space still available */
	unsigned short procs;		/* number of current processes */
	unsigned long totalhigh;	/* total high memory size */
	unsigned long freehigh;		/* available high memory size */
	unsigned int mem_unit;		/* memory unit size in bytes */
	/// 填充到整个结构 64 字节，与用户空间约定的布局一致。
	char _f[20 - 2 * sizeof(long) - sizeof(int)];	/* padding */
};

#endif
