/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * exec(): the program being loaded (struct linux_binprm: its file, its
 * first bytes, its argument pages) and the executable formats that can
 * load one (struct linux_binfmt).
 * Chapter 4 (exec).  Follows Linux 2.4.0 include/linux/binfmts.h.
 */
#ifndef _LINUX_BINFMTS_H
#define _LINUX_BINFMTS_H

#include <linux/capability.h>

/*
 * The arguments and environment may take this many pages (128 KB) at
 * the top of the new stack.
 */
#define MAX_ARG_PAGES	32

/* The first bytes of the file, read once for every format to look at. */
#define BINPRM_BUF_SIZE	128

#ifdef __KERNEL__

struct page;
struct file;
struct pt_regs;

struct linux_binprm {
	char buf[BINPRM_BUF_SIZE];
	struct page *page[MAX_ARG_PAGES];
	unsigned long p;		/* current top of the strings */
	int sh_bang;
	struct file *file;
	int e_uid, e_gid;
	kernel_cap_t cap_inheritable, cap_permitted, cap_effective;
	int argc, envc;
	char *filename;			/* name of the binary */
	unsigned long loader, exec;
};

struct linux_binfmt {
	struct linux_binfmt *next;
	struct module *module;
	int (*load_binary)(struct linux_binprm *, struct pt_regs *regs);
	int (*load_shlib)(struct file *);
	int (*core_dump)(long signr, struct pt_regs *regs, struct file *file);
	unsigned long min_coredump;	/* minimal dump size */
};

extern int register_binfmt(struct linux_binfmt *);

extern int prepare_binprm(struct linux_binprm *);
extern int search_binary_handler(struct linux_binprm *, struct pt_regs *);
extern int flush_old_exec(struct linux_binprm *bprm);
extern int setup_arg_pages(struct linux_binprm *bprm);
extern int copy_strings(int argc, char **argv, struct linux_binprm *bprm);
extern int copy_strings_kernel(int argc, char **argv,
			       struct linux_binprm *bprm);
extern void compute_creds(struct linux_binprm *binprm);
extern int do_coredump(long signr, struct pt_regs *regs);
extern void set_binfmt(struct linux_binfmt *new);

#endif /* __KERNEL__ */

#endif /* _LINUX_BINFMTS_H */
