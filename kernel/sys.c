// SPDX-License-Identifier: GPL-2.0-only
/*
 * Miscellaneous system calls: the answer for the ones not implemented,
 * reboot() (init ends a run with it) and uname().
 * Follows Linux 2.4.0 kernel/sys.c (no reboot notifiers, no
 * Ctrl-Alt-Del handling beyond the flag).
 */
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

asmlinkage long sys_ni_syscall(void)
{
	return -ENOSYS;
}

/*
 * Restart, halt or power off the machine (root only, with the magic
 * numbers).  Port: all three leave the emulator (process.c).
 */
asmlinkage long sys_reboot(int magic1, int magic2, unsigned int cmd,
			   void *arg)
{
	char cmdline[256];

	if (!capable(CAP_SYS_BOOT))
		return -EPERM;

	/* Both magic numbers; the second has three accepted values. */
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
asmlinkage long sys_newuname(struct new_utsname *name)
{
	int errno = 0;

	if (copy_to_user(name, &system_utsname, sizeof *name))
		errno = -EFAULT;
	return errno;
}
