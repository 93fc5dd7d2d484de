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
/// §4.4 系统调用 execve()：ELF 可执行文件的装入；§2.12（brk）、§2.13（mmap）。2.4.0 的 fs/binfmt_elf.c。
/// 程序并不读进内存：每个 PT_LOAD 段用 do_mmap 映射到它的虚拟地址（私有映射，写时拷贝），页面在第一次访问时由
/// filemap_nopage 从文件读入（按需调页）；bss 是匿名映射（do_brk）；最后在新堆栈上放好 argc、argv、envp 和辅助向量，
/// 把保存的寄存器框架指向程序入口。
/// 与 2.4.0 不同：只装静态程序：带 PT_INTERP（要动态链接器）的程序返回 -ENOEXEC（2.4.0 会装入解释器）；
/// 没有 a.out 解释器、uselib 装入的库和 core dump。
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
/// §2.12 / §4.4：为 [start, end) 按页面建立匿名映射，即 bss 和堆的起点。2.4.0: fs/binfmt_elf.c set_brk()
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
/// §4.4：文件数据结束的那个页面是从文件映射来的，页内其余部分是文件里后面的内容，而程序认为那是 bss，应为 0；
/// 清零它（这次写入使该页面产生私有副本，文件本身不受影响）。2.4.0: fs/binfmt_elf.c padzero()
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
/// §4.4：在新堆栈上排好程序启动时看到的东西。2.4.0: fs/binfmt_elf.c create_elf_tables()
/// 从高到低：参数和环境字符串（setup_arg_pages 已经放好）、平台字符串（“i686”）、16 字节对齐后的辅助向量（以 AT_NULL 结尾）、
/// envp[]、argv[]（都以 NULL 结尾）、argc。返回新的栈指针，也就是程序入口处 esp 指向的 argc。
/// 与 2.4.0 完全相同的一点：静态程序（没有解释器）时 exec 参数是 NULL，辅助向量只有 AT_HWCAP、AT_PAGESZ、AT_CLKTCK、
/// AT_PLATFORM 和 AT_NULL；AT_PHDR、AT_ENTRY 等只给有解释器的程序（解释器要靠它们找到程序）。
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
	/// 平台字符串（ELF_PLATFORM，即 system_utsname.machine，如“i686”）紧贴在参数字符串下面，动态链接器按它挑选为该处理器优化的库。
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
	/// 先从平台字符串下面的 16 字节边界再往下 16 字节，再按最终要放的字数算出 argc 的位置，让它 16 字节对齐。
	/// 2.4.0 按“没有解释器时辅助向量 4 个字”计数，实际却写了 6 个字加 AT_NULL 的 2 个字：多出的 16 字节不破坏对齐，
	/// argc 仍在 16 字节边界上，只是下面多空了 16 字节（t_exec 逐字检查这个位置）。
	sp = (elf_addr_t *) (((unsigned long) lowest & ~15UL) - 16UL);
	words = (exec ? DLINFO_ITEMS * 2 : 4) + (plat ? 2 : 0);
	words += (envc + 1) + (argc + 1) + (ibcs ? 1 : 3);
	bottom = sp - words;
	sp -= ((unsigned long) bottom & 15UL) / sizeof(*sp);

	/* The aux vector, pushed from its AT_NULL end downward. */
/// 辅助向量从 AT_NULL 那一端往下压，每压一项 sp 减 2 个字，所以内存里从低到高的次序与压入的次序相反：
/// AT_HWCAP、AT_PAGESZ、AT_CLKTCK、AT_PLATFORM、AT_NULL，与 2.4.0 的排列相同。
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
	/// 有解释器时（本移植不会有）再压 10 项，内存里从低到高是 AT_PHDR、AT_PHENT……AT_EGID。
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
	/// 给 envp[] 和 argv[] 留出位置（各带一个 NULL）。load_elf_binary 总是传 ibcs = 1，于是不再压指向它们的两个指针，
	/// 程序入口处 esp 指向 argc，紧接着就是 argv[]——crt0 正是这样取 argv 的。
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
	/// 字符串已由 setup_arg_pages 映射到用户空间，依次排列：argv 的在前，envp 的随后；strlen_user 给出含结尾 0 的长度，
	/// 加上它就到了下一个字符串。顺便记下 arg_start、arg_end、env_start、env_end。
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
/// §2.13：把段的文件部分映射进来：从 p_vaddr 所在页面的起点开始，长度到 p_vaddr + p_filesz，文件位置相应地向前对齐。2.4.0: fs/binfmt_elf.c elf_map()
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
/// §4.4：ELF 装入程序。2.4.0: fs/binfmt_elf.c load_elf_binary()
/// 检查文件头（魔数、ET_EXEC/ET_DYN、i386）→ 读程序头表 → flush_old_exec（不归点：旧程序的用户空间没了）→ setup_arg_pages
/// 建新堆栈 → 逐个映射 PT_LOAD 段，权限按 p_flags（代码段只读可执行，数据段可写）→ set_brk 映射 bss → padzero →
/// create_elf_tables → start_thread。
/// 堆的起点 start_brk = brk = 最高段的 p_vaddr + p_memsz，不按页面对齐（与真正的 2.4.0 一样，见 boot-log 的记录）；
/// sys_brk 以后在它之上扩展。
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
	/// hdr 是 prepare_binprm 读入的文件开头 128 字节（bprm->buf）。哪一项不符都返回 -ENOEXEC，意思是“不是我的格式”，
	/// search_binary_handler 接着试下一种格式。
	if (memcmp(hdr.e_ident, ELFMAG, SELFMAG) != 0)
		return -ENOEXEC;
	if (hdr.e_type != ET_EXEC && hdr.e_type != ET_DYN)
		return -ENOEXEC;
	if (!elf_check_arch(&hdr))
		return -ENOEXEC;
	if (!bprm->file->f_op || !bprm->file->f_op->mmap)
		return -ENOEXEC;

	/* The program header table, read whole. */
	/// 程序头表超过 64K 当作不合理（-ENOMEM）。kernel_read 读到的字节数不足时并不检查，与 2.4.0 相同。
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
	/// 2.4.0 装入时让程序文件临时占一个描述符（a.out 解释器要用它），装完再关掉；本移植照做。
	ret = get_unused_fd();
	if (ret < 0)
		goto free_phdrs;
	fileno = ret;
	get_file(bprm->file);
	fd_install(fileno, bprm->file);

	/* Port: there is no program interpreter to run a dynamic program. */
	/// 本移植新增的检查：要动态链接器的程序装不了。检查放在不归点之前，旧程序不受影响。
	ret = -ENOEXEC;
	for (ph = phdrs; ph < ph_end; ph++)
		if (ph->p_type == PT_INTERP)
			goto close_file;

	ret = flush_old_exec(bprm);
	if (ret)
		goto close_file;

	/* Past the point of no return: the old program is gone. */
	/// flush_old_exec 之后 current->mm 才是新的（清空了的或新分配的）用户空间，所以在这之后才取。此后再出错也回不到旧程序了。
	mm = current->mm;
	mm->start_data = 0;
	mm->end_data = 0;
	mm->end_code = 0;
	mm->mmap = NULL;
	current->flags &= ~PF_FORKNOEXEC;
	entry = hdr.e_entry;

	/// setup_arg_pages 建立堆栈区间并装上参数页面（rss 随之增加），bprm->p 从此是用户地址；它的返回值 2.4.0 也不检查。
	mm->rss = 0;
	setup_arg_pages(bprm);
	mm->start_stack = bprm->p;

	/* An ET_DYN program goes above the mmap base, out of the way. */
	/// 可执行文件（ET_EXEC）装在它自己指定的地址；共享目标（ET_DYN）当程序运行时装在 ELF_ET_DYN_BASE（2G），
	/// 避开 mmap 从 1G（TASK_UNMAPPED_BASE）开始分配的区域。bias 就是 2.4.0 的 load_bias。
	bias = ELF_PAGESTART(hdr.e_type == ET_DYN ? ELF_ET_DYN_BASE : 0);

	saved_fs = get_fs();
	set_fs(get_ds());
	for (ph = phdrs; ph < ph_end; ph++) {
		unsigned long va = ph->p_vaddr, at, end;
		int prot, how;

		if (ph->p_type != PT_LOAD)
			continue;

		/// 段的权限来自 p_flags：PF_R、PF_W、PF_X 分别对应 PROT_READ、PROT_WRITE、PROT_EXEC（代码段只读可执行，数据段可写）。
		prot = (ph->p_flags & PF_R ? PROT_READ : 0) |
		       (ph->p_flags & PF_W ? PROT_WRITE : 0) |
		       (ph->p_flags & PF_X ? PROT_EXEC : 0);
		/// 私有映射：对数据段的写只改自己的副本；MAP_DENYWRITE：程序运行期间文件不能被写（-ETXTBSY）。
		how = MAP_PRIVATE | MAP_DENYWRITE | MAP_EXECUTABLE;
		/* ET_DYN: the first segment goes where mmap puts it. */
		if (hdr.e_type == ET_EXEC || base_known)
			how |= MAP_FIXED;
		/// elf_map 的结果不检查错误（与 2.4.0 相同）：没映射上的段要到运行时访问才出错。
		at = elf_map(bprm->file, bias + va, ph, prot, how);

		/// 第一个 PT_LOAD 段定下 load_addr（这里的 base）= p_vaddr - p_offset，即文件开头在内存里的位置；
		/// ET_DYN 还要按 do_mmap 实际给的地址修正 bias 和 base。
		if (!base_known) {
			base_known = 1;
			base = va - ph->p_offset;
			if (hdr.e_type == ET_DYN) {
				bias += at - ELF_PAGESTART(bias + va);
				base += at;
			}
		}

		/* Code from the lowest segment, data from the highest. */
		/// start_code 取最低的段起点，start_data 却取最高的段起点（与 2.4.0 相同）；end_code 只看可执行的段。
		if (va < code_lo)
			code_lo = va;
		if (va > data_lo)
			data_lo = va;
		/// file_end（2.4.0 的 elf_bss）：文件数据的末尾；mem_end（elf_brk）：段在内存中的末尾（含 bss）。
		/// 两者之间就是要补零、要匿名映射的 bss。
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

	/// ET_EXEC 的 bias 是 0，这组加法对它不起作用。
	entry += bias;
	file_end += bias;
	mem_end += bias;
	code_lo += bias;
	code_hi += bias;
	data_lo += bias;
	data_hi += bias;

	/// 程序头表用完了；临时占用的描述符也关掉（区间各自持有文件的引用）。
	kfree(phdrs);
	sys_close(fileno);

	set_binfmt(&elf_format);
	compute_creds(bprm);
	current->flags &= ~PF_FORKNOEXEC;
	/// PF_FORKNOEXEC 在上面清了第二次，与 2.4.0 相同。create_elf_tables 的 exec 参数传 NULL、ibcs 传 1，见那里的说明。
	bprm->p = (unsigned long) create_elf_tables((char *) bprm->p,
						    bprm->argc, bprm->envc,
						    NULL, base, bias, 0, 1);
	/// 堆从最高段在内存中的末尾开始，不按页面对齐；sys_brk 以后在它之上扩展。
	mm->start_brk = mm->brk = mem_end;
	mm->end_code = code_hi;
	mm->start_code = code_lo;
	mm->start_data = data_lo;
	mm->end_data = data_hi;
	mm->start_stack = bprm->p;

	/* The bss and the start of the heap: anonymous zero pages. */
	/// set_brk 把 [file_end, mem_end) 按页取整后用 do_brk 建匿名映射；padzero 清掉 file_end 所在页面里文件数据之后的部分。
	set_brk(file_end, mem_end);
	padzero(file_end);

	/// i386 的 ABI 要求程序入口处通用寄存器为 0（%edx 非 0 时是要登记的退出函数）。
	ELF_PLAT_INIT(regs);
	/// 改写保存的寄存器框架：用户代码段、数据段、堆栈段，eip 为入口，esp 为新栈指针（asm/processor.h）。
	start_thread(regs, entry, bprm->p);
	return 0;

/// 不归点之前的失败：关掉临时描述符、释放程序头表，旧程序完好。
close_file:
	sys_close(fileno);
free_phdrs:
	kfree(phdrs);
	return ret;
}

/* Make ELF a format exec() tries (2.4.0: an initcall). */
/// §4.4：登记 ELF 格式。2.4.0: fs/binfmt_elf.c init_elf_binfmt()（2.4.0 是初始化调用 module_init，本移植由 init/main.c 的 do_basic_setup 直接调用）
int __init init_elf_binfmt(void)
{
	return register_binfmt(&elf_format);
}
