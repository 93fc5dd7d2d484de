// SPDX-License-Identifier: GPL-2.0-only
/*
 * Miscellaneous system calls: the answer for the ones not implemented,
 * reboot() (init ends a run with it), uname() and the resource limits.
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
#include <linux/resource.h>
#include <linux/fs.h>
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

/* One of the caller's resource limits, as it is. */
/// §2.12：系统调用 getrlimit（191）：把当前进程 rlim[resource] 原样拷给用户；resource 超出 RLIM_NLIMITS（11）为 -EINVAL，
/// 拷贝失败为 -EFAULT。这些限额正是 brk（RLIMIT_DATA）、栈的扩展（RLIMIT_STACK）、mlock（RLIMIT_MEMLOCK）、
/// 文件长度（RLIMIT_FSIZE，generic_file_write 和 vmtruncate）所查的值。2.4.0: kernel/sys.c sys_getrlimit()
asmlinkage long sys_getrlimit(unsigned int resource, struct rlimit *rlim)
{
	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	if (copy_to_user(rlim, &current->rlim[resource], sizeof(*rlim)))
		return -EFAULT;
	return 0;
}

/*
 * The old call (76): the same, but a value above 0x7fffffff reads as
 * 0x7fffffff, for programs of the time that held limits in a signed long.
 */
/// §2.12：旧的 getrlimit（76）：同上，但大于 0x7fffffff 的值（包括 RLIM_INFINITY）读作 0x7fffffff，
/// 照顾当年把限额存在有符号 long 里的程序。2.4.0: kernel/sys.c sys_old_getrlimit()
asmlinkage long sys_old_getrlimit(unsigned int resource, struct rlimit *rlim)
{
	struct rlimit val;

	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	val = current->rlim[resource];
	if (val.rlim_cur > 0x7fffffff)
		val.rlim_cur = 0x7fffffff;
	if (val.rlim_max > 0x7fffffff)
		val.rlim_max = 0x7fffffff;
	return copy_to_user(rlim, &val, sizeof(val)) ? -EFAULT : 0;
}

/*
 * Set a resource limit: either value above the present hard limit only
 * with CAP_SYS_RESOURCE; open files never past NR_OPEN.  (2.4.0 does not
 * compare the new soft limit with the new hard one.)
 */
/// §2.12：系统调用 setrlimit（75）：新的软、硬限额任何一个超过现在的硬限额，都要有 CAP_SYS_RESOURCE，否则 -EPERM；
/// RLIMIT_NOFILE 不得超过 NR_OPEN（1024×1024）。2.4.0 不比较新的软限额和新的硬限额。2.4.0: kernel/sys.c sys_setrlimit()
/// 用户程序 tests/user/t_rlimit.c 检验这些回答，以及 RLIMIT_FSIZE 对写文件的作用（-EFBIG、SIGXFSZ）。
asmlinkage long sys_setrlimit(unsigned int resource, struct rlimit *rlim)
{
	struct rlimit want, *old;

	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	if (copy_from_user(&want, rlim, sizeof(want)))
		return -EFAULT;
	old = &current->rlim[resource];
	if ((want.rlim_cur > old->rlim_max || want.rlim_max > old->rlim_max) &&
	    !capable(CAP_SYS_RESOURCE))
		return -EPERM;
	if (resource == RLIMIT_NOFILE &&
	    (want.rlim_cur > NR_OPEN || want.rlim_max > NR_OPEN))
		return -EPERM;
	*old = want;
	return 0;
}
