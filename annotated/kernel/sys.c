// SPDX-License-Identifier: GPL-2.0-only
/*
 * Miscellaneous system calls: the answer for the ones not implemented,
 * reboot() (init ends a run with it) and uname().
 * Follows Linux 2.4.0 kernel/sys.c (no reboot notifiers, no
 * Ctrl-Alt-Del handling beyond the flag).
 */
/// §3.8 系统调用：2.4.0 的 kernel/sys.c 里杂七杂八的系统调用。本移植有未实现号码的统一出口、reboot 和 uname。
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/reboot.h>
#include <linux/utsname.h>
#include <asm/uaccess.h>
#include <asm/system.h>

/* Ctrl-Alt-Del reboots at once (1) or signals init (0). */
int C_A_D = 1;

/// §3.8 系统调用：系统调用表里没有实现的号码（包括 0 号和已废弃的号码）都指向它。
/// 2.4.0: kernel/sys.c sys_ni_syscall()
asmlinkage long sys_ni_syscall(void)
{
	/// 系统调用出错一律返回负的错误码，-ENOSYS 即 -38；用户空间的 C 库把它取反放进 errno。
	/// 在真正的 2.4.0 上，对未实现的号码执行 int $0x80 得到的也是 -38。
	return -ENOSYS;
}

/*
 * Restart, halt or power off the machine (root only, with the magic
 * numbers).  Port: all three leave the emulator (process.c).
 */
/// §3.8：系统调用 reboot（88）。2.4.0: kernel/sys.c sys_reboot()
/// 要 CAP_SYS_BOOT，还要两个“魔数”防止误调用。本移植的 init 跑完测试程序后用 LINUX_REBOOT_CMD_POWER_OFF 结束运行：
/// 打印 “Power down.”，machine_power_off 让模拟器退出。
/// 与 2.4.0 不同：没有重启通知链（reboot_notifier_list），也不持有 kernel_lock。
asmlinkage long sys_reboot(int magic1, int magic2, unsigned int cmd,
			   void *arg)
{
	char cmdline[256];

	/// 先查权限（-EPERM），再查魔数（-EINVAL）：没有权限的进程得不到魔数对不对的任何信息。
	if (!capable(CAP_SYS_BOOT))
		return -EPERM;

	/* Both magic numbers; the second has three accepted values. */
	/// 第一个魔数是 0xfee1dead；第二个有三个可选值（都是 Linus 和孩子们的生日），2.4.0 只认这三个。
	/// 不认识的命令同样是 -EINVAL（tests/user/t_syscall.c 检查这几种情形）。
	if (magic1 != LINUX_REBOOT_MAGIC1)
		return -EINVAL;
	switch (magic2) {
	case LINUX_REBOOT_MAGIC2:
	case LINUX_REBOOT_MAGIC2A:
	case LINUX_REBOOT_MAGIC2B:
		break;
	default:
		return -EINVAL;
	}

	switch (cmd) {
	case LINUX_REBOOT_CMD_RESTART:
		printk(KERN_EMERG "Restarting system.\n");
		machine_restart(NULL);
		break;

	case LINUX_REBOOT_CMD_CAD_ON:
		C_A_D = 1;
		break;

	case LINUX_REBOOT_CMD_CAD_OFF:
		C_A_D = 0;
		break;

	case LINUX_REBOOT_CMD_HALT:
		printk(KERN_EMERG "System halted.\n");
		machine_halt();
		do_exit(0);
		break;

	case LINUX_REBOOT_CMD_POWER_OFF:
		printk(KERN_EMERG "Power down.\n");
		machine_power_off();
		do_exit(0);
		break;

	/// 带命令字符串的重启：从用户空间最多取 255 个字节，保证以 0 结尾。
	case LINUX_REBOOT_CMD_RESTART2:
		if (strncpy_from_user(cmdline, (char *) arg,
				      sizeof(cmdline) - 1) < 0)
			return -EFAULT;
		cmdline[sizeof(cmdline) - 1] = '\0';
		printk(KERN_EMERG "Restarting system with command '%s'.\n",
		       cmdline);
		machine_restart(cmdline);
		break;

	default:
		return -EINVAL;
	}
	return 0;
}

/* uname(): the names in system_utsname. */
/// §3.8：系统调用 uname（122）：复制 system_utsname（init/version.c）。2.4.0: kernel/sys.c sys_newuname()
asmlinkage long sys_newuname(struct new_utsname *name)
{
	int errno = 0;

	if (copy_to_user(name, &system_utsname, sizeof *name))
		errno = -EFAULT;
	return errno;
}
