// SPDX-License-Identifier: GPL-2.0-only
/*
 * The version banner start_kernel prints first, and the names uname()
 * reports.
 * Follows Linux 2.4.0 init/version.c.
 */
/// §10 系统引导和初始化：start_kernel 打印的第一行就是这里的 linux_banner。
/// 2.4.0: init/version.c（linux_banner 和 system_utsname）
/// 与 2.4.0 不同：2.4.0 的横幅由 "Linux version " 加 UTS_RELEASE、"(编译者@主机)"、"(编译器)"、
/// UTS_VERSION（"#编译次数 日期"）拼成，这些宏来自构建时生成的 linux/version.h 和 linux/compile.h。
/// 本移植不生成这两个文件：版本号直接写 2.4.0，并在括号里注明这是 mm24 移植，以免读者把输出
/// 当成真正的 2.4.0 内核。system_utsname 是 uname 系统调用（kernel/sys.c）返回的名字，
/// machine 字段由 check_bugs 改成 CPU 系列（"i686"），exec 也把它作为 AT_PLATFORM 交给新程序。
#include <linux/kernel.h>
#include <linux/utsname.h>

/// 顶层 Makefile 用 -DLINUX_COMPILER='"gcc --version 的第一行"' 传入编译器名字；
/// 单独编译这个文件（比如主机测试）时没有这个 -D，就退回 "gcc"。
#ifndef LINUX_COMPILER
#define LINUX_COMPILER "gcc"
#endif
/// 编译时刻由预处理器的 __DATE__、__TIME__ 给出（2.4.0 也把编译时间写进横幅，只是格式不同）。
#ifndef LINUX_COMPILE_TIME
#define LINUX_COMPILE_TIME __DATE__ " " __TIME__
#endif

#define UTS_VERSION	"#1 " LINUX_COMPILE_TIME

struct new_utsname system_utsname = {
	"Linux", "(none)", "2.4.0", UTS_VERSION, "i386", "(none)"
};

/// Bochs 里引导的第一行就是它，例如：
/// Linux version 2.4.0 (mm24 port of the 2.4.0 memory manager) (gcc (Debian 12.2.0-...) 12.2.0) #1 日期 时间
/// "#1" 是固定的，2.4.0 中这里是构建次数。字符串里不能有 '%'：start_kernel 把它直接当格式串交给 printk。
const char linux_banner[] =
	"Linux version 2.4.0 (mm24 port of the 2.4.0 memory manager) ("
	LINUX_COMPILER ") " UTS_VERSION "\n";
