// SPDX-License-Identifier: GPL-2.0-only
/*
 * Loading an ELF executable: check the header, map every PT_LOAD
 * segment from the file (do_mmap: private, copy-on-write; text read-only
 * as its p_flags say), map the bss with do_brk and clear the partial
 * page after the file data, set the break, build argc/argv/envp and the
 * auxiliary vector on the new stack, and point the saved registers at
 * the entry point.  Pages come in on demand (filemap_nopage).
 * 情景分析 chapter 4 (execve); §2.12 (brk), §2.13 (mmap).
 * Follows Linux 2.4.0 fs/binfmt_elf.c.  Port: static programs only: a
 * program interpreter (PT_INTERP, a dynamic program) is refused with
 * -ENOEXEC; no a.out interpreters, no ELF libraries (uselib), no core
 * dumps.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/binfmts.h>
#include <linux/utsname.h>
#include <linux/elf.h>
#include <asm/uaccess.h>
#include <asm/param.h>
#include <asm/pgalloc.h>
#include <asm/ptrace.h>
#include <asm/segment.h>

/* Aux vector entries for a program with an interpreter (2.4.0's count). */
#define DLINFO_ITEMS	13

static int load_elf_binary(struct linux_binprm *bprm, struct pt_regs *regs);

#define elf_addr_t	unsigned long
#define elf_caddr_t	char *

#if ELF_EXEC_PAGESIZE > PAGE_SIZE
#define ELF_MIN_ALIGN	ELF_EXEC_PAGESIZE
#else
#define ELF_MIN_ALIGN	PAGE_SIZE
#endif

#define ELF_PAGESTART(_v)	((_v) & ~(unsigned long) (ELF_MIN_ALIGN - 1))
#define ELF_PAGEOFFSET(_v)	((_v) & (ELF_MIN_ALIGN - 1))
#define ELF_PAGEALIGN(_v) \
	(((_v) + ELF_MIN_ALIGN - 1) & ~(ELF_MIN_ALIGN - 1))

static struct linux_binfmt elf_format = {
	.load_binary = load_elf_binary,
	.min_coredump = ELF_EXEC_PAGESIZE,
};

/* Anonymous zero pages for [start, end), page-rounded: the bss. */
static void set_brk(unsigned long start, unsigned long end)
{
	start = ELF_PAGEALIGN(start);
	end = ELF_PAGEALIGN(end);
	if (end <= start)
		return;
	do_brk(start, end - start);
}

/*
 * The page holding the end of the file data is mapped from the file:
 * whatever follows in the file must read as zero bss.  Clearing it
 * writes, so the page gets its private copy.
 */
static void padzero(unsigned long elf_bss)
{
	unsigned long nbyte;

	nbyte = ELF_PAGEOFFSET(elf_bss);
	if (nbyte) {
		nbyte = ELF_MIN_ALIGN - nbyte;
		clear_user((void *) elf_bss, nbyte);
	}
}

/*
 * Below the strings at the top of the stack (p): the platform string,
 * then, 16-byte aligned, the aux vector (ending with AT_NULL), envp[]
 * and argv[] (each NULL-terminated) and argc at the new stack pointer,
 * which is returned.  exec is the ELF header when there is an
 * interpreter to tell about the program (AT_PHDR ... AT_EGID); for a
 * static program 2.4.0 passes NULL and the vector has only AT_HWCAP,
 * AT_PAGESZ, AT_CLKTCK and AT_PLATFORM.
 */
static elf_addr_t *create_elf_tables(char *p, int argc, int envc,
				     struct elfhdr *exec,
				     unsigned long load_addr,
				     unsigned long load_bias,
				     unsigned long interp_load_addr, int ibcs)
{
	elf_caddr_t *argv;
	elf_caddr_t *envp;
	elf_addr_t *sp, *csp;
	char *k_platform, *u_platform;
	long hwcap;
	size_t platform_len = 0;

	hwcap = ELF_HWCAP;
	k_platform = ELF_PLATFORM;

	if (k_platform) {
		platform_len = strlen(k_platform) + 1;
		u_platform = p - platform_len;
		__copy_to_user(u_platform, k_platform, platform_len);
	} else
		u_platform = p;

	/* Make the final stack pointer 16-byte aligned. */
	sp = (elf_addr_t *) ((~15UL & (unsigned long) (u_platform)) - 16UL);
	csp = sp;
	csp -= ((exec ? DLINFO_ITEMS * 2 : 4) + (k_platform ? 2 : 0));
	csp -= envc + 1;
	csp -= argc + 1;
	csp -= (!ibcs ? 3 : 1);	/* argc itself */
	if ((unsigned long) csp & 15UL)
		sp -= ((unsigned long) csp & 15UL) / sizeof(*sp);

#define NEW_AUX_ENT(nr, id, val) \
	__put_user((id), sp + (nr * 2)); \
	__put_user((val), sp + (nr * 2 + 1));

	sp -= 2;
	NEW_AUX_ENT(0, AT_NULL, 0);
	if (k_platform) {
		sp -= 2;
		NEW_AUX_ENT(0, AT_PLATFORM,
			    (elf_addr_t) (unsigned long) u_platform);
	}
	sp -= 3 * 2;
	NEW_AUX_ENT(0, AT_HWCAP, hwcap);
	NEW_AUX_ENT(1, AT_PAGESZ, ELF_EXEC_PAGESIZE);
	NEW_AUX_ENT(2, AT_CLKTCK, HZ);

	if (exec) {
		sp -= 10 * 2;

		NEW_AUX_ENT(0, AT_PHDR, load_addr + exec->e_phoff);
		NEW_AUX_ENT(1, AT_PHENT, sizeof(struct elf_phdr));
		NEW_AUX_ENT(2, AT_PHNUM, exec->e_phnum);
		NEW_AUX_ENT(3, AT_BASE, interp_load_addr);
		NEW_AUX_ENT(4, AT_FLAGS, 0);
		NEW_AUX_ENT(5, AT_ENTRY, load_bias + exec->e_entry);
		NEW_AUX_ENT(6, AT_UID, (elf_addr_t) current->uid);
		NEW_AUX_ENT(7, AT_EUID, (elf_addr_t) current->euid);
		NEW_AUX_ENT(8, AT_GID, (elf_addr_t) current->gid);
		NEW_AUX_ENT(9, AT_EGID, (elf_addr_t) current->egid);
	}
#undef NEW_AUX_ENT

	sp -= envc + 1;
	envp = (elf_caddr_t *) sp;
	sp -= argc + 1;
	argv = (elf_caddr_t *) sp;
	if (!ibcs) {
		__put_user((elf_addr_t) (unsigned long) envp, --sp);
		__put_user((elf_addr_t) (unsigned long) argv, --sp);
	}

	__put_user((elf_addr_t) argc, --sp);
	current->mm->arg_start = (unsigned long) p;
	while (argc-- > 0) {
		__put_user((elf_caddr_t) (unsigned long) p, argv++);
		p += strlen_user(p);
	}
	__put_user(NULL, argv);
	current->mm->arg_end = current->mm->env_start = (unsigned long) p;
	while (envc-- > 0) {
		__put_user((elf_caddr_t) (unsigned long) p, envp++);
		p += strlen_user(p);
	}
	__put_user(NULL, envp);
	current->mm->env_end = (unsigned long) p;
	return sp;
}

/*
 * Map the file part of a segment: from the page holding p_vaddr, the
 * file bytes up to p_vaddr + p_filesz, at the matching file offset.
 */
static inline unsigned long elf_map(struct file *filep, unsigned long addr,
				    struct elf_phdr *eppnt, int prot,
				    int type)
{
	unsigned long map_addr;

	down(&current->mm->mmap_sem);
	map_addr = do_mmap(filep, ELF_PAGESTART(addr),
			   eppnt->p_filesz + ELF_PAGEOFFSET(eppnt->p_vaddr),
			   prot, type,
			   eppnt->p_offset - ELF_PAGEOFFSET(eppnt->p_vaddr));
	up(&current->mm->mmap_sem);
	return map_addr;
}

/*
 * The ELF loader proper.  Before flush_old_exec() every failure leaves
 * the old program intact (-ENOEXEC lets another format try); after it
 * there is no way back.  The break starts at the end of the highest
 * segment's memory image (p_vaddr + p_memsz), not page-aligned.
 */
static int load_elf_binary(struct linux_binprm *bprm, struct pt_regs *regs)
{
	unsigned long load_addr = 0, load_bias;
	int load_addr_set = 0;
	unsigned long error;
	struct elf_phdr *elf_ppnt, *elf_phdata;
	unsigned long elf_bss, k, elf_brk;
	int elf_exec_fileno;
	int retval, size, i;
	unsigned long elf_entry;
	unsigned long start_code, end_code, start_data, end_data;
	struct elfhdr elf_ex;
	mm_segment_t old_fs;

	elf_ex = *((struct elfhdr *) bprm->buf);

	retval = -ENOEXEC;
	if (memcmp(elf_ex.e_ident, ELFMAG, SELFMAG) != 0)
		goto out;

	if (elf_ex.e_type != ET_EXEC && elf_ex.e_type != ET_DYN)
		goto out;
	if (!elf_check_arch(&elf_ex))
		goto out;
	if (!bprm->file->f_op || !bprm->file->f_op->mmap)
		goto out;

	/* The program headers. */
	retval = -ENOMEM;
	size = elf_ex.e_phentsize * elf_ex.e_phnum;
	if (size > 65536)
		goto out;
	elf_phdata = kmalloc(size, GFP_KERNEL);
	if (!elf_phdata)
		goto out;

	retval = kernel_read(bprm->file, elf_ex.e_phoff, (char *) elf_phdata,
			     size);
	if (retval < 0)
		goto out_free_ph;

	/* The binary is open on a descriptor while it loads. */
	retval = get_unused_fd();
	if (retval < 0)
		goto out_free_ph;
	get_file(bprm->file);
	fd_install(elf_exec_fileno = retval, bprm->file);

	elf_ppnt = elf_phdata;
	elf_bss = 0;
	elf_brk = 0;

	start_code = ~0UL;
	end_code = 0;
	start_data = 0;
	end_data = 0;

	/* Port: a dynamic program cannot be started (no interpreter). */
	retval = -ENOEXEC;
	for (i = 0; i < elf_ex.e_phnum; i++, elf_ppnt++)
		if (elf_ppnt->p_type == PT_INTERP)
			goto out_free_file;

	retval = flush_old_exec(bprm);
	if (retval)
		goto out_free_file;

	/* The point of no return. */
	current->mm->start_data = 0;
	current->mm->end_data = 0;
	current->mm->end_code = 0;
	current->mm->mmap = NULL;
	current->flags &= ~PF_FORKNOEXEC;
	elf_entry = (unsigned long) elf_ex.e_entry;

	current->mm->rss = 0;
	setup_arg_pages(bprm);
	current->mm->start_stack = bprm->p;

	/* An ET_DYN program goes above the mmap base, out of the way. */
	load_bias = ELF_PAGESTART(elf_ex.e_type == ET_DYN ?
				  ELF_ET_DYN_BASE : 0);

	old_fs = get_fs();
	set_fs(get_ds());
	for (i = 0, elf_ppnt = elf_phdata; i < elf_ex.e_phnum;
	     i++, elf_ppnt++) {
		int elf_prot = 0, elf_flags;
		unsigned long vaddr;

		if (elf_ppnt->p_type != PT_LOAD)
			continue;

		if (elf_ppnt->p_flags & PF_R)
			elf_prot |= PROT_READ;
		if (elf_ppnt->p_flags & PF_W)
			elf_prot |= PROT_WRITE;
		if (elf_ppnt->p_flags & PF_X)
			elf_prot |= PROT_EXEC;

		elf_flags = MAP_PRIVATE | MAP_DENYWRITE | MAP_EXECUTABLE;

		vaddr = elf_ppnt->p_vaddr;
		if (elf_ex.e_type == ET_EXEC || load_addr_set)
			elf_flags |= MAP_FIXED;

		error = elf_map(bprm->file, load_bias + vaddr, elf_ppnt,
				elf_prot, elf_flags);

		if (!load_addr_set) {
			load_addr_set = 1;
			load_addr = (elf_ppnt->p_vaddr - elf_ppnt->p_offset);
			if (elf_ex.e_type == ET_DYN) {
				load_bias += error -
					     ELF_PAGESTART(load_bias + vaddr);
				load_addr += error;
			}
		}
		k = elf_ppnt->p_vaddr;
		if (k < start_code)
			start_code = k;
		if (start_data < k)
			start_data = k;

		k = elf_ppnt->p_vaddr + elf_ppnt->p_filesz;

		if (k > elf_bss)
			elf_bss = k;
		if ((elf_ppnt->p_flags & PF_X) && end_code < k)
			end_code = k;
		if (end_data < k)
			end_data = k;
		k = elf_ppnt->p_vaddr + elf_ppnt->p_memsz;
		if (k > elf_brk)
			elf_brk = k;
	}
	set_fs(old_fs);

	elf_entry += load_bias;
	elf_bss += load_bias;
	elf_brk += load_bias;
	start_code += load_bias;
	end_code += load_bias;
	start_data += load_bias;
	end_data += load_bias;

	kfree(elf_phdata);

	sys_close(elf_exec_fileno);

	set_binfmt(&elf_format);

	compute_creds(bprm);
	current->flags &= ~PF_FORKNOEXEC;
	bprm->p = (unsigned long) create_elf_tables((char *) bprm->p,
						    bprm->argc, bprm->envc,
						    NULL, load_addr,
						    load_bias, 0, 1);
	current->mm->start_brk = current->mm->brk = elf_brk;
	current->mm->end_code = end_code;
	current->mm->start_code = start_code;
	current->mm->start_data = start_data;
	current->mm->end_data = end_data;
	current->mm->start_stack = bprm->p;

	/* The bss and the start of the heap: anonymous zero pages. */
	set_brk(elf_bss, elf_brk);

	padzero(elf_bss);

	ELF_PLAT_INIT(regs);

	start_thread(regs, elf_entry, bprm->p);
	retval = 0;
out:
	return retval;

	/* error cleanup */
out_free_file:
	sys_close(elf_exec_fileno);
out_free_ph:
	kfree(elf_phdata);
	goto out;
}

/* Make ELF a format exec() tries (2.4.0: an initcall). */
int __init init_elf_binfmt(void)
{
	return register_binfmt(&elf_format);
}
