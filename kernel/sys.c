// SPDX-License-Identifier: GPL-2.0-only
/*
 * Miscellaneous system calls: the answer for the ones not implemented,
 * reboot() (init ends a run with it), uname() and the resource limits.
 * Follows Linux 2.4.0 kernel/sys.c (no reboot notifiers, no
 * Ctrl-Alt-Del handling beyond the flag).
 */
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

/* One of the caller's resource limits, as it is. */
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
