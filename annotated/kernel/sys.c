// SPDX-License-Identifier: GPL-2.0-only
/*
 * System calls that are not implemented answer -ENOSYS.
 * Follows sys_ni_syscall() of Linux 2.4.0 kernel/sys.c.
 */
#include <linux/kernel.h>
#include <linux/errno.h>

/// §3 中断、异常和系统调用：系统调用表里没有实现的号码（包括 0 号和已废弃的号码）都指向它。
/// 存储管理的系统调用 brk（45 号，§2.12）、mmap（90/192 号，§2.13）等将来填进同一张表。
/// 2.4.0: kernel/sys.c sys_ni_syscall()
/// asmlinkage：由 entry.S 的 system_call 经系统调用表调用，参数在堆栈上（这里不需要参数）。
asmlinkage long sys_ni_syscall(void)
{
	/// 系统调用出错一律返回负的错误码，-ENOSYS 即 -38；用户空间的 C 库把它取反放进 errno。
	/// 在真正的 2.4.0 上，对未实现的号码执行 int $0x80 得到的也是 -38。
	return -ENOSYS;
}
