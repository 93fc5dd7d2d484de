// SPDX-License-Identifier: GPL-2.0-only
/*
 * exec(): replace the program of the current process.  The arguments
 * and environment are copied into up to MAX_ARG_PAGES kernel pages
 * (copy_strings), a binary format recognises the file
 * (search_binary_handler: fs/binfmt_elf.c), the old address space is
 * dropped (exec_mmap), the new program is mapped, and the argument pages
 * become the top of the new stack (setup_arg_pages).
 * 情景分析 chapter 4 (execve); §2.3, §2.13 (the new address space).
 * Follows Linux 2.4.0 fs/exec.c (no script or a.out formats, no
 * modules, no core dumps).
 */
/// §4.4 系统调用 execve()；§2.3、§2.13（新的用户空间）。2.4.0 的 fs/exec.c：把参数和环境变量拷进内核页面，
/// 找一种可执行格式（本移植只有 ELF：fs/binfmt_elf.c）来装入程序；装入过程中丢掉旧的用户空间（exec_mmap）、
/// 把参数页面装到新堆栈的顶部（setup_arg_pages）。
/// 与 2.4.0 不同：没有脚本（#!）和 a.out 格式、没有内核模块、不产生 core 文件。
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/file.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <linux/binfmts.h>
#include <asm/uaccess.h>
#include <asm/pgalloc.h>
#include <asm/mmu_context.h>
#include <asm/a.out.h>

/// 已登记的可执行文件格式链表，新登记的在前面。2.4.0 里 ELF、a.out、脚本等格式各自在初始化时登记。
static struct linux_binfmt *formats;
static rwlock_t binfmt_lock = RW_LOCK_UNLOCKED;

/* Add an executable format to the list exec() tries (newest first). */
/// §4.4：登记一种可执行文件格式。2.4.0: fs/exec.c register_binfmt()
int register_binfmt(struct linux_binfmt *fmt)
{
	struct linux_binfmt **tmp = &formats;

	if (!fmt)
		return -EINVAL;
	if (fmt->next)
		return -EBUSY;
	write_lock(&binfmt_lock);
	while (*tmp) {
		if (fmt == *tmp) {
			write_unlock(&binfmt_lock);
			return -EBUSY;
		}
		tmp = &(*tmp)->next;
	}
	fmt->next = formats;
	formats = fmt;
	write_unlock(&binfmt_lock);
	return 0;
}

/* The number of pointers in a user array ending with NULL (at most max). */
/// §4.4：数用户空间里以 NULL 结尾的指针数组（argv、envp）有几项。2.4.0: fs/exec.c count()
static int count(char **argv, int max)
{
	int i = 0;

	if (argv != NULL) {
		for (;;) {
			char *p;
			int error;

			error = get_user(p, argv);
			if (error)
				return error;
			if (!p)
				break;
			argv++;
			if (++i > max)
				return -E2BIG;
		}
	}
	return i;
}

/*
 * Copy argc strings (the last first) from user space to the top of the
 * argument pages, downward from bprm->p, allocating pages as needed.
 * They are laid out exactly as they will be at the top of the stack.
 */
/// §4.4：把 argc 个字符串从用户空间拷进参数页面，从 bprm->p 往下放，最后一个字符串先拷。2.4.0: fs/exec.c copy_strings()
/// 参数页面最多 MAX_ARG_PAGES（32）个，共 128K；页面用到才分配（GFP_HIGHUSER，可以在高端内存，所以用 kmap 访问）。
/// 它们排列得与将来在新堆栈顶部的样子完全一样，setup_arg_pages 只需把页面映射上去，不必再拷贝。
int copy_strings(int argc, char **argv, struct linux_binprm *bprm)
{
	while (argc-- > 0) {
		char *str;
		int len;
		unsigned long pos;

		if (get_user(str, argv + argc) || !str ||
		    !(len = strnlen_user(str, bprm->p)))
			return -EFAULT;
		if (bprm->p < len)
			return -E2BIG;

		bprm->p -= len;

		pos = bprm->p;
		while (len > 0) {
			char *kaddr;
			int i, new, err;
			struct page *page;
			int offset, bytes_to_copy;

			offset = pos % PAGE_SIZE;
			i = pos / PAGE_SIZE;
			page = bprm->page[i];
			new = 0;
			if (!page) {
				page = alloc_page(GFP_HIGHUSER);
				bprm->page[i] = page;
				if (!page)
					return -ENOMEM;
				new = 1;
			}
			kaddr = kmap(page);

			if (new && offset)
				memset(kaddr, 0, offset);
			bytes_to_copy = PAGE_SIZE - offset;
			if (bytes_to_copy > len) {
				bytes_to_copy = len;
				if (new)
					memset(kaddr + offset + len, 0,
					       PAGE_SIZE - offset - len);
			}
			err = copy_from_user(kaddr + offset, str,
					     bytes_to_copy);
			kunmap(page);

			if (err)
				return -EFAULT;

			pos += bytes_to_copy;
			str += bytes_to_copy;
			len -= bytes_to_copy;
		}
	}
	return 0;
}

/* The same with the strings in kernel memory (the file name). */
/// §4.4：参数在内核里（文件名）：临时 set_fs(KERNEL_DS)，让 copy_from_user 接受内核地址。2.4.0: fs/exec.c copy_strings_kernel()
int copy_strings_kernel(int argc, char **argv, struct linux_binprm *bprm)
{
	int r;
	mm_segment_t oldfs = get_fs();

	set_fs(KERNEL_DS);
	r = copy_strings(argc, argv, bprm);
	set_fs(oldfs);
	return r;
}

/*
 * Map an argument page at address in tsk's new address space: present,
 * dirty, writable (a private page of the stack).
 */
/// §4.4 / §2.4：把一个参数页面映射到新用户空间的 address。2.4.0: fs/exec.c put_dirty_page()
/// 页表项直接设为存在、可写、脏：这是堆栈的私有页面，不必走缺页。
void put_dirty_page(struct task_struct *tsk, struct page *page,
		    unsigned long address)
{
	pgd_t *pgd;
	pmd_t *pmd;
	pte_t *pte;

	if (page_count(page) != 1)
		printk("mem_map disagrees with %p at %08lx\n", page, address);
	pgd = pgd_offset(tsk->mm, address);
	pmd = pmd_alloc(pgd, address);
	if (!pmd) {
		__free_page(page);
		force_sig(SIGKILL, tsk);
		return;
	}
	pte = pte_alloc(pmd, address);
	if (!pte) {
		__free_page(page);
		force_sig(SIGKILL, tsk);
		return;
	}
	if (!pte_none(*pte)) {
		pte_ERROR(*pte);
		__free_page(page);
		return;
	}
	flush_page_to_ram(page);
	set_pte(pte, pte_mkdirty(pte_mkwrite(mk_pte(page, PAGE_COPY))));
}

/*
 * The stack of the new program: one VMA from the page holding the
 * lowest argument byte up to STACK_TOP (the end of user space), growing
 * down, and the argument pages mapped at the top MAX_ARG_PAGES pages.
 * bprm->p becomes a user address.
 */
/// §4.4 / §2.5 用户堆栈的扩展：新程序的堆栈。2.4.0: fs/exec.c setup_arg_pages()
/// 建一个虚存区间：从参数所在的最低页面到 STACK_TOP（3G，用户空间的顶端），VM_STACK_FLAGS 含 VM_GROWSDOWN，
/// 以后访问它下面的地址时由 do_page_fault 扩展（§2.5）；权限 PAGE_COPY（私有）。参数页面装到顶端的 32 页里，
/// bprm->p 从此是用户地址。total_vm 从这个区间算起（旧空间已经清掉）。
int setup_arg_pages(struct linux_binprm *bprm)
{
	unsigned long stack_base;
	struct vm_area_struct *mpnt;
	int i;

	stack_base = STACK_TOP - MAX_ARG_PAGES * PAGE_SIZE;

	bprm->p += stack_base;
	if (bprm->loader)
		bprm->loader += stack_base;
	bprm->exec += stack_base;

	mpnt = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (!mpnt)
		return -ENOMEM;

	down(&current->mm->mmap_sem);
	{
		mpnt->vm_mm = current->mm;
		mpnt->vm_start = PAGE_MASK & (unsigned long) bprm->p;
		mpnt->vm_end = STACK_TOP;
		mpnt->vm_page_prot = PAGE_COPY;
		mpnt->vm_flags = VM_STACK_FLAGS;
		mpnt->vm_ops = NULL;
		mpnt->vm_pgoff = 0;
		mpnt->vm_file = NULL;
		mpnt->vm_private_data = (void *) 0;
		insert_vm_struct(current->mm, mpnt);
		current->mm->total_vm = (mpnt->vm_end - mpnt->vm_start) >>
					PAGE_SHIFT;
	}

	for (i = 0; i < MAX_ARG_PAGES; i++) {
		struct page *page = bprm->page[i];

		if (page) {
			bprm->page[i] = NULL;
			current->mm->rss++;
			put_dirty_page(current, page, stack_base);
		}
		stack_base += PAGE_SIZE;
	}
	up(&current->mm->mmap_sem);

	return 0;
}

/*
 * Open the program file: a regular file with an execute bit, opened for
 * reading and denied to writers while it runs.  (2.4.0 walks the path
 * and checks permission(MAY_EXEC); the port's names are flat.)
 */
/// §4.4：打开程序文件：必须是有执行权的普通文件，以只读方式打开，并拒绝别人写它（deny_write_access）。2.4.0: fs/exec.c open_exec()
/// 与 2.4.0 不同：2.4.0 用 path_walk 找到文件再用 permission(MAY_EXEC) 检查权限；本移植的名字是平的，用 open_namei 查找、
/// 只看执行位（进程都是 root）。
struct file *open_exec(const char *name)
{
	struct nameidata nd;
	struct inode *inode;
	struct file *file;
	int err;

	err = open_namei(name, FMODE_READ, 0, &nd);
	file = ERR_PTR(err);
	if (!err) {
		inode = nd.dentry->d_inode;
		file = ERR_PTR(-EACCES);
		if (S_ISREG(inode->i_mode) && (inode->i_mode & 0111)) {
			file = dentry_open(nd.dentry, nd.mnt, O_RDONLY);
			if (!IS_ERR(file)) {
				err = deny_write_access(file);
				if (err) {
					fput(file);
					file = ERR_PTR(err);
				}
			}
			return file;
		}
		atomic_dec(&nd.dentry->d_count);
	}
	return file;
}

/* Read count bytes at offset of file into kernel memory. */
/// §4.4：在内核里读文件（文件头、程序头表）。2.4.0: fs/exec.c kernel_read()
int kernel_read(struct file *file, unsigned long offset, char *addr,
		unsigned long count)
{
	mm_segment_t old_fs;
	loff_t pos = offset;
	int result = -ENOSYS;

	if (!file->f_op->read)
		goto fail;
	old_fs = get_fs();
	set_fs(get_ds());
	result = file->f_op->read(file, addr, count, &pos);
	set_fs(old_fs);
fail:
	return result;
}

/*
 * Drop the old address space for an empty one.  If we are its only
 * user it is simply emptied (exit_mmap) and kept.  Otherwise (vfork's
 * child, a kernel thread borrowing an mm) a new mm is made and loaded,
 * and the old one released: mmput for our own mm, mmdrop for a borrowed
 * active_mm.
 */
/// §4.4 / §2.3：扔掉旧的用户空间，换上空的。2.4.0: fs/exec.c exec_mmap()
/// 若当前进程是旧 mm 唯一的使用者，就地清空（exit_mmap 拆掉所有区间和页表）后继续使用这个 mm_struct；
/// 否则（vfork 出来的子进程借着父进程的 mm，或者是 init 这样的内核线程，根本没有 mm，只借着别人的 active_mm）
/// 分配一个新的 mm，装入 CR3（activate_mm），再放掉旧的：自己的 mm 用 mmput，借来的 active_mm 用 mmdrop。
/// mm_release 在这里唤醒 vfork 中等待的父进程：从此父子不再共用用户空间。
static int exec_mmap(void)
{
	struct mm_struct *mm, *old_mm;

	old_mm = current->mm;
	if (old_mm && atomic_read(&old_mm->mm_users) == 1) {
		flush_cache_mm(old_mm);
		mm_release();
		exit_mmap(old_mm);
		flush_tlb_mm(old_mm);
		return 0;
	}

	mm = mm_alloc();
	if (mm) {
		struct mm_struct *active_mm = current->active_mm;

		if (init_new_context(current, mm)) {
			mmdrop(mm);
			return -ENOMEM;
		}

		spin_lock(&mmlist_lock);
		list_add(&mm->mmlist, &init_mm.mmlist);
		spin_unlock(&mmlist_lock);

		task_lock(current);
		current->mm = mm;
		current->active_mm = mm;
		task_unlock(current);
		activate_mm(active_mm, mm);
		mm_release();
		if (old_mm) {
			if (active_mm != old_mm)
				BUG();
			mmput(old_mm);
			return 0;
		}
		mmdrop(active_mm);
		return 0;
	}
	return -ENOMEM;
}

/*
 * The handler table may be shared (CLONE_SIGHAND); the new program
 * gets one of its own before flush_signal_handlers() resets it.
 */
/// §4.4 / §6.4：处理程序表可能与别的进程共享（CLONE_SIGHAND，init 与 0 号进程就是），exec 前先复制一份自己的，
/// flush_signal_handlers 再改它时才不会影响别人。2.4.0: fs/exec.c make_private_signals()
static inline int make_private_signals(void)
{
	struct signal_struct *newsig;

	if (atomic_read(&current->sig->count) <= 1)
		return 0;
	newsig = kmem_cache_alloc(sigact_cachep, GFP_KERNEL);
	if (newsig == NULL)
		return -ENOMEM;
	spin_lock_init(&newsig->siglock);
	atomic_set(&newsig->count, 1);
	memcpy(newsig->action, current->sig->action, sizeof(newsig->action));
	spin_lock_irq(&current->sigmask_lock);
	current->sig = newsig;
	spin_unlock_irq(&current->sigmask_lock);
	return 0;
}

/* After the point of no return: drop our share of the old table. */
/// §4.4：过了“不归点”，放掉对旧表的引用。2.4.0: fs/exec.c release_old_signals()
static inline void release_old_signals(struct signal_struct *oldsig)
{
	if (current->sig == oldsig)
		return;
	if (atomic_dec_and_test(&oldsig->count))
		kmem_cache_free(sigact_cachep, oldsig);
}

/* Close the descriptors marked close-on-exec. */
/// §4.4 / §5.5：关掉标了 close-on-exec 的描述符。2.4.0: fs/exec.c flush_old_files()
static inline void flush_old_files(struct files_struct *files)
{
	long j = -1;

	write_lock(&files->file_lock);
	for (;;) {
		unsigned long set, i;

		j++;
		i = j * __NFDBITS;
		if (i >= files->max_fds || i >= files->max_fdset)
			break;
		set = files->close_on_exec->fds_bits[j];
		if (!set)
			continue;
		files->close_on_exec->fds_bits[j] = 0;
		write_unlock(&files->file_lock);
		for (; set; i++, set >>= 1) {
			if (set & 1)
				sys_close(i);
		}
		write_lock(&files->file_lock);
	}
	write_unlock(&files->file_lock);
}

/* exec leaves the thread group: the task is its own group again. */
/// §4.4：exec 后的进程自成一个线程组。2.4.0: fs/exec.c de_thread()
/// init 是以 CLONE_SIGNAL（含 CLONE_THREAD）创建的，exec 前它的 tgid 是 0 号进程的 0，这里才变成 1。
static inline void de_thread(struct task_struct *tsk)
{
	if (!list_empty(&tsk->thread_group)) {
		write_lock_irq(&tasklist_lock);
		list_del_init(&tsk->thread_group);
		write_unlock_irq(&tasklist_lock);
	}
	tsk->tgid = tsk->pid;
}

/*
 * Throw away the old program: its address space (exec_mmap), and past
 * that point of no return its name (comm becomes the file's base name),
 * FPU and debug state, caught signal handlers and close-on-exec files.
 */
/// §4.4：清除旧程序的一切痕迹。2.4.0: fs/exec.c flush_old_exec()
/// exec_mmap 之后就是“不归点”：旧的用户空间没有了，装入再失败也回不去了。之后改进程名 comm（文件名去掉路径，最多 15 个字符）、
/// 清 FPU 和调试寄存器、退出线程组、恢复信号处理程序为缺省、关闭 close-on-exec 的文件。
int flush_old_exec(struct linux_binprm *bprm)
{
	char *name;
	int i, ch, retval;
	struct signal_struct *oldsig;

	oldsig = current->sig;
	retval = make_private_signals();
	if (retval)
		goto flush_failed;

	retval = exec_mmap();
	if (retval)
		goto mmap_failed;

	/* The point of no return. */
	release_old_signals(oldsig);

	if (current->euid == current->uid && current->egid == current->gid)
		current->dumpable = 1;
	name = bprm->filename;
	for (i = 0; (ch = *(name++)) != '\0';) {
		if (ch == '/')
			i = 0;
		else if (i < 15)
			current->comm[i++] = ch;
	}
	current->comm[i] = '\0';

	flush_thread();

	de_thread(current);

	if (bprm->e_uid != current->euid || bprm->e_gid != current->egid)
		current->dumpable = 0;

	current->self_exec_id++;

	flush_signal_handlers(current);
	flush_old_files(current->files);

	return 0;

mmap_failed:
flush_failed:
	spin_lock_irq(&current->sigmask_lock);
	if (current->sig != oldsig)
		kmem_cache_free(sigact_cachep, current->sig);
	current->sig = oldsig;
	spin_unlock_irq(&current->sigmask_lock);
	return retval;
}

/*
 * Read the first BINPRM_BUF_SIZE bytes and work out the credentials the
 * program will run with (set-uid/set-gid bits).  Port: every task is
 * root and has every capability; they are left as they are.
 */
/// §4.4：检查执行权限，读入文件开头的 128 字节供各格式辨认，算出程序将以什么身份运行（set-uid/set-gid 位）。
/// 2.4.0: fs/exec.c prepare_binprm()
/// 与 2.4.0 不同：本移植的进程都是 root 并拥有全部权能，权能集合原样沿用。
int prepare_binprm(struct linux_binprm *bprm)
{
	int mode;
	struct inode *inode = bprm->file->f_dentry->d_inode;

	mode = inode->i_mode;
	if (!(mode & 0111))
		return -EACCES;
	if (bprm->file->f_op == NULL)
		return -EACCES;

	bprm->e_uid = current->euid;
	bprm->e_gid = current->egid;

	if (mode & S_ISUID)
		bprm->e_uid = inode->i_uid;
	if ((mode & (S_ISGID | S_IXGRP)) == (S_ISGID | S_IXGRP))
		bprm->e_gid = inode->i_gid;

	bprm->cap_inheritable = current->cap_inheritable;
	bprm->cap_permitted = current->cap_permitted;
	bprm->cap_effective = current->cap_effective;

	memset(bprm->buf, 0, BINPRM_BUF_SIZE);
	return kernel_read(bprm->file, 0, bprm->buf, BINPRM_BUF_SIZE);
}

/* The new ids (2.4.0 also evolves the capability sets here). */
/// §4.4：新的用户号、组号。2.4.0: fs/exec.c compute_creds()（2.4.0 还按文件的权能计算新的权能集合）
void compute_creds(struct linux_binprm *bprm)
{
	current->suid = current->euid = current->fsuid = bprm->e_uid;
	current->sgid = current->egid = current->fsgid = bprm->e_gid;
	current->keep_capabilities = 0;
}

/*
 * Let each format try the file in turn; -ENOEXEC means "not mine".  On
 * success the file's reference is dropped (the mappings hold their own)
 * and writers may open it again once the mappings are gone.
 */
/// §4.4：让各种格式依次尝试装入；-ENOEXEC 表示“不是我的格式”，接着试下一个。2.4.0: fs/exec.c search_binary_handler()
/// 成功后放掉 bprm->file 的引用（映射文件的区间各自持有引用）并恢复写访问——映射本身带着 VM_DENYWRITE。
/// （2.4.0 找不到格式时还会按文件头的魔数 request_module 加载格式模块，再试一轮；本移植没有模块。）
int search_binary_handler(struct linux_binprm *bprm, struct pt_regs *regs)
{
	int retval = 0;
	struct linux_binfmt *fmt;

	read_lock(&binfmt_lock);
	for (fmt = formats; fmt; fmt = fmt->next) {
		int (*fn)(struct linux_binprm *, struct pt_regs *) =
			fmt->load_binary;

		if (!fn)
			continue;
		read_unlock(&binfmt_lock);
		retval = fn(bprm, regs);
		if (retval >= 0) {
			allow_write_access(bprm->file);
			if (bprm->file)
				fput(bprm->file);
			bprm->file = NULL;
			current->did_exec = 1;
			return retval;
		}
		read_lock(&binfmt_lock);
		if (retval != -ENOEXEC)
			break;
		if (!bprm->file) {
			read_unlock(&binfmt_lock);
			return retval;
		}
	}
	read_unlock(&binfmt_lock);
	return retval;
}

/*
 * execve(): open the file, count and copy the file name, environment
 * and arguments (in that order, downward), then let a format load it.
 * regs is the caller's saved frame: a successful load rewrites it to
 * start the new program.  On failure nothing of the old program has
 * been touched (unless a format failed past its point of no return).
 */
/// §4.4 系统调用 execve()：执行一个新程序。2.4.0: fs/exec.c do_execve()
/// 打开文件 → 数 argv、envp → prepare_binprm 读文件头 → 依次拷入文件名、环境变量、参数（从 128K 参数区的顶端往下，
/// 所以在新堆栈上参数在下、环境在上、文件名在最上面）→ search_binary_handler 装入。
/// regs 是调用者进入内核时保存的寄存器框架；装入成功后它已被改写为新程序的入口和堆栈，execve“返回”时进入的是新程序。
/// 失败时（不归点之前）旧程序完好，参数页面和文件都还回去。
int do_execve(char *filename, char **argv, char **envp, struct pt_regs *regs)
{
	struct linux_binprm bprm;
	struct file *file;
	int retval;
	int i;

	file = open_exec(filename);

	retval = PTR_ERR(file);
	if (IS_ERR(file))
		return retval;

	/// 参数区最顶上留一个指针大小的空位，堆栈顶上是一个 NULL。
	bprm.p = PAGE_SIZE * MAX_ARG_PAGES - sizeof(void *);
	memset(bprm.page, 0, MAX_ARG_PAGES * sizeof(bprm.page[0]));

	bprm.file = file;
	bprm.filename = filename;
	bprm.sh_bang = 0;
	bprm.loader = 0;
	bprm.exec = 0;
	if ((bprm.argc = count(argv, bprm.p / sizeof(void *))) < 0) {
		allow_write_access(file);
		fput(file);
		return bprm.argc;
	}

	if ((bprm.envc = count(envp, bprm.p / sizeof(void *))) < 0) {
		allow_write_access(file);
		fput(file);
		return bprm.envc;
	}

	retval = prepare_binprm(&bprm);
	if (retval < 0)
		goto out;

	retval = copy_strings_kernel(1, &bprm.filename, &bprm);
	if (retval < 0)
		goto out;

	bprm.exec = bprm.p;
	retval = copy_strings(bprm.envc, envp, &bprm);
	if (retval < 0)
		goto out;

	retval = copy_strings(bprm.argc, argv, &bprm);
	if (retval < 0)
		goto out;

	retval = search_binary_handler(&bprm, regs);
	if (retval >= 0)
		return retval;

out:
	/* Give back the file and the argument pages. */
	allow_write_access(bprm.file);
	if (bprm.file)
		fput(bprm.file);

	for (i = 0; i < MAX_ARG_PAGES; i++) {
		struct page *page = bprm.page[i];

		if (page)
			__free_page(page);
	}

	return retval;
}

/// §4.4：记下进程的可执行格式（core dump 要用它）。2.4.0: fs/exec.c set_binfmt()（2.4.0 还要维护格式模块的引用计数）
void set_binfmt(struct linux_binfmt *new)
{
	current->binfmt = new;
}

/*
 * A core dump for a process killed by signr.  Port: there is no file
 * system to write it to: never dumped (the wait status has no 0x80).
 */
/// §6.4：被 SIGSEGV 之类杀死时产生 core 文件。2.4.0: fs/exec.c do_coredump()
/// 与 2.4.0 不同：本移植没有可写的文件系统，总是不产生，于是 wait 状态里不会有 0x80。
int do_coredump(long signr, struct pt_regs *regs)
{
	return 0;
}
