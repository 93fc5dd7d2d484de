/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Marks for code and data used only while booting.
 * Follows Linux 2.4.0 include/linux/init.h.
 */
/// §10 系统引导和初始化：标记“只在引导时用”的代码和数据。它们被放进单独的段，链接脚本把这些段集中在
/// __init_begin 和 __init_end 之间（arch/i386/vmlinux.lds）。2.4.0 在 init 进程开始运行前用
/// free_initmem() 把这几个页面还给伙伴系统，能省下几十 K 内存；本移植还没有这一步。
/// 2.4.0: include/linux/init.h
#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H

#ifndef __ASSEMBLY__
/// 初始化函数和退出函数的类型；__initcall_start/__initcall_end 由链接脚本给出，框住 .initcall.init 段。
typedef int (*initcall_t)(void);
typedef void (*exitcall_t)(void);

extern initcall_t __initcall_start, __initcall_end;

/// 把初始化函数的指针放进 .initcall.init 段；2.4.0 的 do_initcalls() 在 init 内核线程里依次调用它们
/// （kswapd 就是这样由 kswapd_init 启动的，§2.8）。__used__ 是本移植加的：gcc 12 会删掉没有被引用的
/// static 变量，2.4.0 当年的 gcc 不会。
#define __initcall(fn) \
	static initcall_t __initcall_##fn \
	__attribute__((__used__, __section__(".initcall.init"))) = fn

/// 引导参数的登记项：参数名前缀（如 "test_oops="）和处理函数。init/main.c 的 parse_options 遍历
/// __setup_start 到 __setup_end 之间的所有登记项。
struct kernel_param {
	const char *str;
	int (*setup_func)(char *);
};

extern struct kernel_param __setup_start, __setup_end;

/// 参数名字符串放在 .data.init，登记项放在 .setup.init，引导完都可以释放。
#define __setup(str, fn) \
	static char __setup_str_##fn[] __initdata = str; \
	static struct kernel_param __setup_##fn \
	__attribute__((__used__, __section__(".setup.init"))) = \
		{ __setup_str_##fn, fn }

/// 本移植新增：主机单元测试不经过内核的链接脚本，段属性没有意义，去掉。
#ifdef HOST_TEST
#define __init
#define __initdata
#else
/// 例：start_kernel 是 __init 函数，System.map 里它的地址在 __init_begin 之后。
#define __init __attribute__((__section__(".text.init")))
#define __initdata __attribute__((__section__(".data.init")))
#endif
/// 模块卸载时才用的代码。内核本体永不卸载，链接脚本直接把 .text.exit、.data.exit 丢掉。
#define __exit __attribute__((unused, __section__(".text.exit")))
#define __exitdata __attribute__((unused, __section__(".data.exit")))

/// 编进内核的“模块”，初始化函数就当作 initcall。
#define module_init(x) __initcall(x)
#define module_exit(x)
#endif /* __ASSEMBLY__ */

/// 汇编文件用的版本："ax" 表示可分配、可执行，"aw" 表示可分配、可写。
#define __INIT .section ".text.init","ax"
#define __FINIT .previous
#define __INITDATA .section ".data.init","aw"

#endif
