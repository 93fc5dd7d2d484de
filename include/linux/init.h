/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Marks for code and data used only while booting.
 * Follows Linux 2.4.0 include/linux/init.h.
 */
#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H

#ifndef __ASSEMBLY__
typedef int (*initcall_t)(void);
typedef void (*exitcall_t)(void);

extern initcall_t __initcall_start, __initcall_end;

#define __initcall(fn) \
	static initcall_t __initcall_##fn \
	__attribute__((__used__, __section__(".initcall.init"))) = fn

struct kernel_param {
	const char *str;
	int (*setup_func)(char *);
};

extern struct kernel_param __setup_start, __setup_end;

#define __setup(str, fn) \
	static char __setup_str_##fn[] __initdata = str; \
	static struct kernel_param __setup_##fn \
	__attribute__((__used__, __section__(".setup.init"))) = \
		{ __setup_str_##fn, fn }

#ifdef HOST_TEST
#define __init
#define __initdata
#else
#define __init __attribute__((__section__(".text.init")))
#define __initdata __attribute__((__section__(".data.init")))
#endif
#define __exit __attribute__((unused, __section__(".text.exit")))
#define __exitdata __attribute__((unused, __section__(".data.exit")))

#define module_init(x) __initcall(x)
#define module_exit(x)
#endif /* __ASSEMBLY__ */

#define __INIT .section ".text.init","ax"
#define __FINIT .previous
#define __INITDATA .section ".data.init","aw"

#endif
