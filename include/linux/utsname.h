/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The system's names as uname() reports them.
 * Follows Linux 2.4.0 include/linux/utsname.h (new_utsname only).
 */
#ifndef _LINUX_UTSNAME_H
#define _LINUX_UTSNAME_H

#define __NEW_UTS_LEN 64

struct new_utsname {
	char sysname[65];
	char nodename[65];
	char release[65];
	char version[65];
	char machine[65];
	char domainname[65];
};

extern struct new_utsname system_utsname;

#endif
