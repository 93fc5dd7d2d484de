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
	unsigned long lo = ELF_PAGEALIGN(start);
	unsigned long hi = ELF_PAGEALIGN(end);

	if (hi > lo)
		do_brk(lo, hi - lo);
}

/*
 * The page holding the end of the file data is mapped from the file:
 * whatever follows in the file must read as zero bss.  Clearing it
 * writes, so the page gets its private copy.
 */
static void padzero(unsigned long elf_bss)
{
	unsigned long used = ELF_PAGEOFFSET(elf_bss);

	if (used)
		clear_user((void *) elf_bss, ELF_MIN_ALIGN - used);
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
	struct mm_struct *mm = current->mm;
	char *plat = ELF_PLATFORM;
	char *lowest = p;		/* the lowest byte in use so far */
	elf_caddr_t *uargv;	/* elf_caddr_t is a macro: one per line */
	elf_caddr_t *uenvp;
	elf_addr_t *sp, *bottom;
	int words, i;

	/* The platform name ("i686") goes right under the strings. */
	if (plat) {
		size_t n = strlen(plat) + 1;

		lowest -= n;
		__copy_to_user(lowest, plat, n);
	}

	/*
	 * Start 16 bytes under the 16-byte boundary below it, then go lower
	 * until argc would sit on a 16-byte boundary, by 2.4.0's count of
	 * the words between (4 aux words when there is no interpreter).
	 */
	sp = (elf_addr_t *) (((unsigned long) lowest & ~15UL) - 16UL);
	words = (exec ? DLINFO_ITEMS * 2 : 4) + (plat ? 2 : 0);
	words += (envc + 1) + (argc + 1) + (ibcs ? 1 : 3);
	bottom = sp - words;
	sp -= ((unsigned long) bottom & 15UL) / sizeof(*sp);

	/* The aux vector, pushed from its AT_NULL end downward. */
#define PUSH_AUX(id, val) \
	do { \
		sp -= 2; \
		__put_user((id), sp); \
		__put_user((val), sp + 1); \
	} while (0)

	PUSH_AUX(AT_NULL, 0);
	if (plat)
		PUSH_AUX(AT_PLATFORM, (elf_addr_t) (unsigned long) lowest);
	PUSH_AUX(AT_CLKTCK, HZ);
	PUSH_AUX(AT_PAGESZ, ELF_EXEC_PAGESIZE);
	PUSH_AUX(AT_HWCAP, ELF_HWCAP);
	if (exec) {
		/* What an interpreter needs to know about the program. */
		PUSH_AUX(AT_EGID, (elf_addr_t) current->egid);
		PUSH_AUX(AT_GID, (elf_addr_t) current->gid);
		PUSH_AUX(AT_EUID, (elf_addr_t) current->euid);
		PUSH_AUX(AT_UID, (elf_addr_t) current->uid);
		PUSH_AUX(AT_ENTRY, load_bias + exec->e_entry);
		PUSH_AUX(AT_FLAGS, 0);
		PUSH_AUX(AT_BASE, interp_load_addr);
		PUSH_AUX(AT_PHNUM, exec->e_phnum);
		PUSH_AUX(AT_PHENT, sizeof(struct elf_phdr));
		PUSH_AUX(AT_PHDR, load_addr + exec->e_phoff);
	}
#undef PUSH_AUX

	/* Room for envp[] and argv[]; iBCS2 gets no pointers to them. */
	sp -= envc + 1;
	uenvp = (elf_caddr_t *) sp;
	sp -= argc + 1;
	uargv = (elf_caddr_t *) sp;
	if (!ibcs) {
		__put_user((elf_addr_t) (unsigned long) uenvp, --sp);
		__put_user((elf_addr_t) (unsigned long) uargv, --sp);
	}
	__put_user((elf_addr_t) argc, --sp);

	/* The strings lie in order from p: each starts where one ends. */
	mm->arg_start = (unsigned long) p;
	for (i = 0; i < argc; i++) {
		__put_user((elf_caddr_t) (unsigned long) p, uargv + i);
		p += strlen_user(p);
	}
	__put_user(NULL, uargv + argc);
	mm->arg_end = (unsigned long) p;
	mm->env_start = (unsigned long) p;
	for (i = 0; i < envc; i++) {
		__put_user((elf_caddr_t) (unsigned long) p, uenvp + i);
		p += strlen_user(p);
	}
	__put_user(NULL, uenvp + envc);
	mm->env_end = (unsigned long) p;
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
	unsigned long skew = ELF_PAGEOFFSET(eppnt->p_vaddr);
	unsigned long where;

	down(&current->mm->mmap_sem);
	where = do_mmap(filep, ELF_PAGESTART(addr), eppnt->p_filesz + skew,
			prot, type, eppnt->p_offset - skew);
	up(&current->mm->mmap_sem);
	return where;
}

/*
 * The ELF loader proper.  Before flush_old_exec() every failure leaves
 * the old program intact (-ENOEXEC lets another format try); after it
 * there is no way back.  The break starts at the end of the highest
 * segment's memory image (p_vaddr + p_memsz), not page-aligned.
 */
static int load_elf_binary(struct linux_binprm *bprm, struct pt_regs *regs)
{
	struct elfhdr hdr = *(struct elfhdr *) bprm->buf;
	struct elf_phdr *phdrs, *ph, *ph_end;
	struct mm_struct *mm;
	unsigned long base = 0, bias, entry;
	unsigned long file_end = 0, mem_end = 0;
	unsigned long code_lo = ~0UL, code_hi = 0, data_lo = 0, data_hi = 0;
	int base_known = 0;
	int fileno, table_size, ret;
	mm_segment_t saved_fs;

	/* Ours?  Anything else is -ENOEXEC: the next format may try. */
	if (memcmp(hdr.e_ident, ELFMAG, SELFMAG) != 0)
		return -ENOEXEC;
	if (hdr.e_type != ET_EXEC && hdr.e_type != ET_DYN)
		return -ENOEXEC;
	if (!elf_check_arch(&hdr))
		return -ENOEXEC;
	if (!bprm->file->f_op || !bprm->file->f_op->mmap)
		return -ENOEXEC;

	/* The program header table, read whole. */
	table_size = hdr.e_phentsize * hdr.e_phnum;
	if (table_size > 65536)
		return -ENOMEM;
	phdrs = kmalloc(table_size, GFP_KERNEL);
	if (!phdrs)
		return -ENOMEM;
	ret = kernel_read(bprm->file, hdr.e_phoff, (char *) phdrs, table_size);
	if (ret < 0)
		goto free_phdrs;
	ph_end = phdrs + hdr.e_phnum;

	/* The binary sits on a descriptor of its own while it loads. */
	ret = get_unused_fd();
	if (ret < 0)
		goto free_phdrs;
	fileno = ret;
	get_file(bprm->file);
	fd_install(fileno, bprm->file);

	/* Port: there is no program interpreter to run a dynamic program. */
	ret = -ENOEXEC;
	for (ph = phdrs; ph < ph_end; ph++)
		if (ph->p_type == PT_INTERP)
			goto close_file;

	ret = flush_old_exec(bprm);
	if (ret)
		goto close_file;

	/* Past the point of no return: the old program is gone. */
	mm = current->mm;
	mm->start_data = 0;
	mm->end_data = 0;
	mm->end_code = 0;
	mm->mmap = NULL;
	current->flags &= ~PF_FORKNOEXEC;
	entry = hdr.e_entry;

	mm->rss = 0;
	setup_arg_pages(bprm);
	mm->start_stack = bprm->p;

	/* An ET_DYN program goes above the mmap base, out of the way. */
	bias = ELF_PAGESTART(hdr.e_type == ET_DYN ? ELF_ET_DYN_BASE : 0);

	saved_fs = get_fs();
	set_fs(get_ds());
	for (ph = phdrs; ph < ph_end; ph++) {
		unsigned long va = ph->p_vaddr, at, end;
		int prot, how;

		if (ph->p_type != PT_LOAD)
			continue;

		prot = (ph->p_flags & PF_R ? PROT_READ : 0) |
		       (ph->p_flags & PF_W ? PROT_WRITE : 0) |
		       (ph->p_flags & PF_X ? PROT_EXEC : 0);
		how = MAP_PRIVATE | MAP_DENYWRITE | MAP_EXECUTABLE;
		/* ET_DYN: the first segment goes where mmap puts it. */
		if (hdr.e_type == ET_EXEC || base_known)
			how |= MAP_FIXED;
		at = elf_map(bprm->file, bias + va, ph, prot, how);

		if (!base_known) {
			base_known = 1;
			base = va - ph->p_offset;
			if (hdr.e_type == ET_DYN) {
				bias += at - ELF_PAGESTART(bias + va);
				base += at;
			}
		}

		/* Code from the lowest segment, data from the highest. */
		if (va < code_lo)
			code_lo = va;
		if (va > data_lo)
			data_lo = va;
		end = va + ph->p_filesz;
		if (end > file_end)
			file_end = end;
		if ((ph->p_flags & PF_X) && end > code_hi)
			code_hi = end;
		if (end > data_hi)
			data_hi = end;
		end = va + ph->p_memsz;
		if (end > mem_end)
			mem_end = end;
	}
	set_fs(saved_fs);

	entry += bias;
	file_end += bias;
	mem_end += bias;
	code_lo += bias;
	code_hi += bias;
	data_lo += bias;
	data_hi += bias;

	kfree(phdrs);
	sys_close(fileno);

	set_binfmt(&elf_format);
	compute_creds(bprm);
	current->flags &= ~PF_FORKNOEXEC;
	bprm->p = (unsigned long) create_elf_tables((char *) bprm->p,
						    bprm->argc, bprm->envc,
						    NULL, base, bias, 0, 1);
	mm->start_brk = mm->brk = mem_end;
	mm->end_code = code_hi;
	mm->start_code = code_lo;
	mm->start_data = data_lo;
	mm->end_data = data_hi;
	mm->start_stack = bprm->p;

	/* The bss and the start of the heap: anonymous zero pages. */
	set_brk(file_end, mem_end);
	padzero(file_end);

	ELF_PLAT_INIT(regs);
	start_thread(regs, entry, bprm->p);
	return 0;

close_file:
	sys_close(fileno);
free_phdrs:
	kfree(phdrs);
	return ret;
}

/* Make ELF a format exec() tries (2.4.0: an initcall). */
int __init init_elf_binfmt(void)
{
	return register_binfmt(&elf_format);
}
