/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * printk, panic, the vsprintf family and small helpers every file uses.
 * Follows Linux 2.4.0 include/linux/kernel.h.
 */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#include <stdarg.h>
#include <linux/linkage.h>
#include <linux/stddef.h>
#include <linux/types.h>

#define INT_MAX		((int)(~0U >> 1))
#define INT_MIN		(-INT_MAX - 1)
#define UINT_MAX	(~0U)
#define LONG_MAX	((long)(~0UL >> 1))
#define LONG_MIN	(-LONG_MAX - 1)
#define ULONG_MAX	(~0UL)

#define KERN_EMERG	"<0>"	/* system is unusable */
#define KERN_ALERT	"<1>"	/* action must be taken immediately */
#define KERN_CRIT	"<2>"	/* critical conditions */
#define KERN_ERR	"<3>"	/* error conditions */
#define KERN_WARNING	"<4>"	/* warning conditions */
#define KERN_NOTICE	"<5>"	/* normal but significant condition */
#define KERN_INFO	"<6>"	/* informational */
#define KERN_DEBUG	"<7>"	/* debug-level messages */

extern int console_loglevel;

NORET_TYPE void panic(const char *fmt, ...)
	__attribute__((NORET_AND format(printf, 1, 2)));
NORET_TYPE void do_exit(long error_code) ATTRIB_NORET;

extern unsigned long simple_strtoul(const char *, char **, unsigned int);
extern long simple_strtol(const char *, char **, unsigned int);
extern unsigned long long simple_strtoull(const char *, char **, unsigned int);
extern long long simple_strtoll(const char *, char **, unsigned int);
extern int sprintf(char *buf, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
extern int vsprintf(char *buf, const char *, va_list);

extern int get_option(char **str, int *pint);
extern char *get_options(char *str, int nints, int *ints);
extern unsigned long long memparse(char *ptr, char **retptr);

asmlinkage int printk(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

#define NIPQUAD(addr) \
	((unsigned char *)&addr)[0], ((unsigned char *)&addr)[1], \
	((unsigned char *)&addr)[2], ((unsigned char *)&addr)[3]

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
	char _f[20 - 2 * sizeof(long) - sizeof(int)];	/* padding */
};

#endif
