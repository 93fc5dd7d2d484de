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
	struct linux_binfmt *f;
	int ret = 0;

	if (fmt == NULL)
		return -EINVAL;
	/// next 不为空说明它已经在某个链表上。
	if (fmt->next != NULL)
		return -EBUSY;		/* on a list already */

	write_lock(&binfmt_lock);
	/// 在 binfmt_lock 写锁下查重，再把它插到链表头上：后登记的格式先被尝试。
	for (f = formats; f != NULL; f = f->next)
		if (f == fmt)
			break;
	if (f != NULL) {
		ret = -EBUSY;
	} else {
		fmt->next = formats;
		formats = fmt;
	}
	write_unlock(&binfmt_lock);
	return ret;
}

/* The number of pointers in a user array ending with NULL (at most max). */
/// §4.4：数用户空间里以 NULL 结尾的指针数组（argv、envp）有几项。2.4.0: fs/exec.c count()
static int count(char **argv, int max)
{
	int n = 0;

	if (argv == NULL)
		return 0;
	for (;;) {
		char *s;
		/// 逐个读用户空间的指针：读不到是 -EFAULT；遇到 NULL 就数完了；超过 max（参数区放得下的指针数）是 -E2BIG。
		int err = get_user(s, argv + n);

		if (err)
			return err;
		if (s == NULL)
			return n;
		if (++n > max)
			return -E2BIG;
	}
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
	while (argc > 0) {
		unsigned long dst;
		char *src;
		int left;

		argc--;
		if (get_user(src, argv + argc) || src == NULL)
			return -EFAULT;
		/// strnlen_user 给出含结尾 0 的长度，读不到时为 0（-EFAULT）；最多看 bprm->p 个字节，更长就放不下了（-E2BIG）。
		left = strnlen_user(src, bprm->p);	/* with its NUL */
		if (left == 0)
			return -EFAULT;
		if (bprm->p < left)
			return -E2BIG;
		/// bprm->p 是参数区（128K）里的偏移，从顶端往下走：先拷的在上面。这个字符串占 [bprm->p, bprm->p + left)。
		bprm->p -= left;

		/* dst is an offset into the area; copy up to a page at a time. */
		for (dst = bprm->p; left > 0; ) {
			struct page **slot = &bprm->page[dst / PAGE_SIZE];
			unsigned long in_page = dst % PAGE_SIZE;
			int chunk = PAGE_SIZE - in_page;
			int fresh = 0;
			unsigned long missed;
			char *kaddr;

			/// 参数页面用到才分配，可以在高端内存（GFP_HIGHUSER），所以要 kmap 才能访问。
			if (*slot == NULL) {
				*slot = alloc_page(GFP_HIGHUSER);
				if (*slot == NULL)
					return -ENOMEM;
				fresh = 1;
			}
			kaddr = kmap(*slot);
			/* A new page: zero what this string does not cover. */
			/// 新页面里这个字符串盖不到的部分先清零：页面将原样成为用户堆栈的一页，不能带着旧数据。
			if (fresh && in_page)
				memset(kaddr, 0, in_page);
			if (chunk > left) {
				chunk = left;
				if (fresh)
					memset(kaddr + in_page + chunk, 0,
					       PAGE_SIZE - in_page - chunk);
			}
			/// copy_from_user 返回没拷成的字节数，非 0 即 -EFAULT；已分配的页面留在 bprm->page[] 里，由 do_execve 统一释放。
			missed = copy_from_user(kaddr + in_page, src, chunk);
			kunmap(*slot);
			if (missed)
				return -EFAULT;

			dst += chunk;
			src += chunk;
			left -= chunk;
		}
	}
	return 0;
}

/* The same with the strings in kernel memory (the file name). */
/// §4.4：参数在内核里（文件名）：临时 set_fs(KERNEL_DS)，让 copy_from_user 接受内核地址。2.4.0: fs/exec.c copy_strings_kernel()
int copy_strings_kernel(int argc, char **argv, struct linux_binprm *bprm)
{
	mm_segment_t saved = get_fs();
	int ret;

	/// 文件名在内核里：临时放宽地址检查，copy_strings 里的 get_user、strnlen_user、copy_from_user 才肯接受内核地址。
	set_fs(KERNEL_DS);	/* let copy_from_user read kernel addresses */
	ret = copy_strings(argc, argv, bprm);
	set_fs(saved);
	return ret;
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
	pmd_t *pmd;
	pte_t *pte;

	/// 参数页面只应被 bprm 持有（计数 1），否则报告一下，照样映射。
	if (page_count(page) != 1)
		printk("mem_map disagrees with %p at %08lx\n", page, address);
	/// 页表不够时分配（§2.3），分配不到就放掉页面、用 SIGKILL 结束进程：不归点已过，无法返回错误。
	pmd = pmd_alloc(pgd_offset(tsk->mm, address), address);
	if (pmd == NULL)
		goto out_of_memory;
	pte = pte_alloc(pmd, address);
	if (pte == NULL)
		goto out_of_memory;
	/// 那里已经映射了页面，不应发生：报告，保留原来的，丢掉这一页。
	if (!pte_none(*pte)) {
		/* Something is mapped there already: keep it, drop ours. */
		pte_ERROR(*pte);
		__free_page(page);
		return;
	}
	flush_page_to_ram(page);
	/// PAGE_COPY 本是只读的私有映射权限（写时拷贝）；这一页只属于这个进程，直接置为可写、脏，以后写它不必再经过 do_wp_page。
	set_pte(pte, pte_mkdirty(pte_mkwrite(mk_pte(page, PAGE_COPY))));
	return;

out_of_memory:
	__free_page(page);
	force_sig(SIGKILL, tsk);
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
	struct mm_struct *mm = current->mm;
	unsigned long base = STACK_TOP - MAX_ARG_PAGES * PAGE_SIZE;
	struct vm_area_struct *stack;
	int i;

	/* Offsets into the argument area become user addresses. */
	/// 参数区的偏移加上 base（STACK_TOP 下面 32 页处）就成了新用户空间里的地址。loader、exec 是 a.out 和脚本格式用的位置，一起换算。
	bprm->p += base;
	if (bprm->loader)
		bprm->loader += base;
	bprm->exec += base;

	stack = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (stack == NULL)
		return -ENOMEM;

	/// 在 mmap_sem 保护下插入堆栈区间：从最低参数所在页面到 3G，VM_STACK_FLAGS 含 VM_GROWSDOWN。
	/// 旧空间已经清空，total_vm 就从这个区间算起。
	down(&mm->mmap_sem);
	stack->vm_mm = mm;
	stack->vm_start = bprm->p & PAGE_MASK;
	stack->vm_end = STACK_TOP;
	stack->vm_page_prot = PAGE_COPY;
	stack->vm_flags = VM_STACK_FLAGS;
	stack->vm_ops = NULL;
	stack->vm_pgoff = 0;
	stack->vm_file = NULL;
	stack->vm_private_data = NULL;
	insert_vm_struct(mm, stack);
	mm->total_vm = (stack->vm_end - stack->vm_start) >> PAGE_SHIFT;

	/* Page i of the area is the page at base + i * PAGE_SIZE. */
	/// 第 i 个参数页面就映射在 base + i 页处。参数只占顶端几页，低处没分配的页面不映射；新程序用到更低的地址时按缺页处理（§2.5）。
	for (i = 0; i < MAX_ARG_PAGES; i++) {
		struct page *pg = bprm->page[i];

		if (pg == NULL)
			continue;
		bprm->page[i] = NULL;	/* the page table owns it now */
		mm->rss++;
		put_dirty_page(current, pg, base + i * PAGE_SIZE);
	}
	up(&mm->mmap_sem);
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
	struct file *filp;
	umode_t mode;
	int err;

	/// 以读方式查找；找到后 nd.dentry 上带着一个引用。
	err = open_namei(name, FMODE_READ, 0, &nd);
	if (err)
		return ERR_PTR(err);

	mode = nd.dentry->d_inode->i_mode;
	/// 不是普通文件或者没有任何执行位：-EACCES，并放掉查找时取得的引用。
	if (!S_ISREG(mode) || !(mode & 0111)) {
		/* Not a program: give back the lookup's reference. */
		dput(nd.dentry);
		return ERR_PTR(-EACCES);
	}
	/* dentry_open() keeps the reference, or drops it if it fails. */
	filp = dentry_open(nd.dentry, nd.mnt, O_RDONLY);
	if (IS_ERR(filp))
		return filp;
	/// 程序运行期间不许别人写这个文件：已有写者时返回 -ETXTBSY。装入结束时（search_binary_handler 或 do_execve 的出错路径）由 allow_write_access 归还，
	/// 此后各区间的 VM_DENYWRITE 接着维持这个禁止。
	err = deny_write_access(filp);
	if (err) {
		fput(filp);
		return ERR_PTR(err);
	}
	return filp;
}

/* Read count bytes at offset of file into kernel memory. */
/// §4.4：在内核里读文件（文件头、程序头表）。2.4.0: fs/exec.c kernel_read()
int kernel_read(struct file *file, unsigned long offset, char *addr,
		unsigned long count)
{
	mm_segment_t saved;
	loff_t pos = offset;
	int got;

	if (file->f_op->read == NULL)
		return -ENOSYS;
	saved = get_fs();
	/// 文件的 read 方法把数据 copy_to_user 到 addr；addr 在内核里，所以临时 set_fs(KERNEL_DS)。pos 是局部的，不动文件的读写位置。
	set_fs(get_ds());	/* addr is a kernel buffer */
	got = file->f_op->read(file, addr, count, &pos);
	set_fs(saved);
	return got;
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
	struct mm_struct *old = current->mm;
	struct mm_struct *fresh, *was_active;

	/// 只有自己在用旧 mm：拆掉所有区间和用户页表（exit_mmap），mm_struct 和页目录留着继续用。
	/// mm_release 唤醒 vfork 中等待的父进程（这里一般没有）。
	if (old != NULL && atomic_read(&old->mm_users) == 1) {
		/* Ours alone: empty it and go on using it. */
		flush_cache_mm(old);
		mm_release();
		exit_mmap(old);
		flush_tlb_mm(old);
		return 0;
	}

	/// 否则另起一个 mm：vfork 出来的子进程与父进程共用 mm（mm_users 为 2），内核线程（如 init 第一次 exec）根本没有 mm。
	fresh = mm_alloc();
	if (fresh == NULL)
		return -ENOMEM;
	was_active = current->active_mm;
	if (init_new_context(current, fresh)) {
		mmdrop(fresh);
		return -ENOMEM;
	}
	spin_lock(&mmlist_lock);
	list_add(&fresh->mmlist, &init_mm.mmlist);
	spin_unlock(&mmlist_lock);

	/// 换上新 mm 并装入 CR3（activate_mm）；从此父子不再共用用户空间，mm_release 随即唤醒 vfork 的父进程。
	task_lock(current);
	current->mm = fresh;
	current->active_mm = fresh;
	task_unlock(current);
	activate_mm(was_active, fresh);
	mm_release();

	/// 原来没有 mm 的内核线程借用的是别人的 active_mm（只加了 mm_count），用 mmdrop 还回去；
	/// 自己的 mm 则用 mmput 放掉一个使用者（父进程还在用）。
	if (old == NULL) {
		/* A kernel thread gives back the mm it was borrowing. */
		mmdrop(was_active);
		return 0;
	}
	if (was_active != old)
		BUG();
	mmput(old);		/* vfork: the parent keeps it */
	return 0;
}

/*
 * The handler table may be shared (CLONE_SIGHAND); the new program
 * gets one of its own before flush_signal_handlers() resets it.
 */
/// §4.4 / §6.4：处理程序表可能与别的进程共享（CLONE_SIGHAND，init 与 0 号进程就是），exec 前先复制一份自己的，
/// flush_signal_handlers 再改它时才不会影响别人。2.4.0: fs/exec.c make_private_signals()
static inline int make_private_signals(void)
{
	struct signal_struct *shared = current->sig;
	struct signal_struct *own;

	/// count 是共享这张表的进程数。只有自己在用就不必复制。
	if (atomic_read(&shared->count) <= 1)
		return 0;		/* ours alone already */
	own = kmem_cache_alloc(sigact_cachep, GFP_KERNEL);
	if (own == NULL)
		return -ENOMEM;
	spin_lock_init(&own->siglock);
	atomic_set(&own->count, 1);
	memcpy(own->action, shared->action, sizeof(own->action));

	/// 换表在 sigmask_lock 下进行；旧表的引用先留着，出错时 flush_old_exec 还要换回去。
	spin_lock_irq(&current->sigmask_lock);
	current->sig = own;
	spin_unlock_irq(&current->sigmask_lock);
	return 0;
}

/* After the point of no return: drop our share of the old table. */
/// §4.4：过了“不归点”，放掉对旧表的引用。2.4.0: fs/exec.c release_old_signals()
static inline void release_old_signals(struct signal_struct *oldsig)
{
	/* Only if make_private_signals() gave us a copy. */
	/// current->sig 与 oldsig 不同，说明 make_private_signals 复制过：放掉对旧表的引用，最后一个使用者释放它。
	if (current->sig != oldsig && atomic_dec_and_test(&oldsig->count))
		kmem_cache_free(sigact_cachep, oldsig);
}

/* Close the descriptors marked close-on-exec. */
/// §4.4 / §5.5：关掉标了 close-on-exec 的描述符。2.4.0: fs/exec.c flush_old_files()
static inline void flush_old_files(struct files_struct *files)
{
	unsigned long word, first;

	write_lock(&files->file_lock);
	/// close_on_exec 位图一次看一个 unsigned long（32 个描述符）；first 是这一组的第一个描述符号。
	for (word = 0, first = 0;
	     first < files->max_fds && first < files->max_fdset;
	     word++, first += __NFDBITS) {
		unsigned long bits = files->close_on_exec->fds_bits[word];
		unsigned long fd;

		if (bits == 0)
			continue;
		files->close_on_exec->fds_bits[word] = 0;
		/* sys_close() takes the lock itself. */
		/// 先清掉这一组的位，解锁后再逐个 sys_close：sys_close 自己要拿 file_lock。
		write_unlock(&files->file_lock);
		for (fd = first; bits != 0; fd++, bits >>= 1)
			if (bits & 1)
				sys_close(fd);
		write_lock(&files->file_lock);
	}
	write_unlock(&files->file_lock);
}

/* exec leaves the thread group: the task is its own group again. */
/// §4.4：exec 后的进程自成一个线程组。2.4.0: fs/exec.c de_thread()
/// init 是以 CLONE_SIGNAL（含 CLONE_THREAD）创建的，exec 前它的 tgid 是 0 号进程的 0，这里才变成 1。
static inline void de_thread(struct task_struct *tsk)
{
	struct list_head *group = &tsk->thread_group;

	/// 线程组链表由 tasklist_lock 保护。离开后 tgid 就是自己的 pid，getpid() 也就返回它。
	if (!list_empty(group)) {
		write_lock_irq(&tasklist_lock);
		list_del_init(group);
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
	struct task_struct *tsk = current;
	struct signal_struct *prev_sig = tsk->sig;
	unsigned int len;
	char *s;
	int err;

	/// 先做可能失败的两步：复制信号处理程序表、换掉用户空间。exec_mmap 成功就是“不归点”。
	err = make_private_signals();
	if (err)
		goto undo_signals;
	err = exec_mmap();
	if (err)
		goto undo_signals;

	/* The point of no return. */
	/// 不归点已过：放掉对旧信号表的引用。
	release_old_signals(prev_sig);

	/// 身份没有变化的进程允许产生 core 文件（dumpable）；下面遇到 set-uid/set-gid 再清掉。
	if (tsk->euid == tsk->uid && tsk->egid == tsk->gid)
		tsk->dumpable = 1;

	/* comm: the last component of the file name, 15 characters at most. */
	/// 进程名 comm 取文件名最后一个“/”之后的部分，最多 15 个字符（comm 有 16 字节）。
	len = 0;
	for (s = bprm->filename; *s != '\0'; s++) {
		if (*s == '/')
			len = 0;
		else if (len < sizeof(tsk->comm) - 1)
			tsk->comm[len++] = *s;
	}
	tsk->comm[len] = '\0';

	/// flush_thread 清掉调试寄存器和 FPU 状态（arch/i386/kernel/process.c）；de_thread 让进程离开线程组。
	flush_thread();
	de_thread(tsk);

	/* Set-uid or set-gid: no core dump of what the user may not read. */
	if (bprm->e_uid != tsk->euid || bprm->e_gid != tsk->egid)
		tsk->dumpable = 0;

	/// self_exec_id 加 1：此前创建的子进程记下的 parent_exec_id 与它不再相等，它们退出时若没有 CAP_KILL 权能就只能发 SIGCHLD，
/// 不能再发 clone 时指定的别的信号（kernel/exit.c exit_notify；本移植的进程都是 root，有全部权能）。
	/// 然后把捕获的信号恢复为缺省处理，关闭 close-on-exec 的文件。
	tsk->self_exec_id++;
	flush_signal_handlers(tsk);
	flush_old_files(tsk->files);
	return 0;

/// 不归点之前的失败：换回原来的信号表，复制出来的那份释放掉。
undo_signals:
	/* Back to the table we had; free the private copy if one was made. */
	spin_lock_irq(&tsk->sigmask_lock);
	if (tsk->sig != prev_sig)
		kmem_cache_free(sigact_cachep, tsk->sig);
	tsk->sig = prev_sig;
	spin_unlock_irq(&tsk->sigmask_lock);
	return err;
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
	struct inode *ino = bprm->file->f_dentry->d_inode;
	umode_t mode = ino->i_mode;

	/// 至少要有一个执行位，文件要有操作方法。
	if (!(mode & 0111) || bprm->file->f_op == NULL)
		return -EACCES;

	/* Set-uid: the owner's uid; set-gid only with group execute. */
	/// set-uid 位：以文件主人的身份运行；set-gid 位只在同时有组执行位时才算（只有 S_ISGID 表示强制锁）。
	bprm->e_uid = (mode & S_ISUID) ? ino->i_uid : current->euid;
	bprm->e_gid = ((mode & S_ISGID) && (mode & S_IXGRP)) ?
		      ino->i_gid : current->egid;

	/// 与 2.4.0 不同：权能集合原样沿用（2.4.0 按文件的权能重新计算）。
	bprm->cap_inheritable = current->cap_inheritable;
	bprm->cap_permitted = current->cap_permitted;
	bprm->cap_effective = current->cap_effective;

	/* The first bytes, for every format to recognise its own. */
	/// 读文件开头 BINPRM_BUF_SIZE（128）字节供各种格式辨认（ELF 看魔数 \177ELF）；文件不足 128 字节时其余为 0。
	memset(bprm->buf, 0, sizeof(bprm->buf));
	return kernel_read(bprm->file, 0, bprm->buf, sizeof(bprm->buf));
}

/* The new ids (2.4.0 also evolves the capability sets here). */
/// §4.4：新的用户号、组号。2.4.0: fs/exec.c compute_creds()（2.4.0 还按文件的权能计算新的权能集合）
void compute_creds(struct linux_binprm *bprm)
{
	/// 有效、保存、文件系统三种用户号（组号）都换成 prepare_binprm 算出的身份。
	current->euid = current->suid = current->fsuid = bprm->e_uid;
	current->egid = current->sgid = current->fsgid = bprm->e_gid;
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
	struct linux_binfmt *fmt;
	struct file *file;
	int ret = 0;

	/// 依次调用每种格式的 load_binary；调用期间不持有 binfmt_lock，因为装入过程会睡眠（读文件、分配内存）。
	read_lock(&binfmt_lock);
	for (fmt = formats; fmt != NULL; fmt = fmt->next) {
		int (*load)(struct linux_binprm *, struct pt_regs *);

		load = fmt->load_binary;
		if (load == NULL)
			continue;
		/* A loader sleeps: the list is not held meanwhile. */
		read_unlock(&binfmt_lock);
		ret = load(bprm, regs);
		if (ret >= 0)
			goto loaded;
		read_lock(&binfmt_lock);
		/* Only "not mine", with the file still there, tries on. */
		/// -ENOEXEC 表示“不是我的格式”，接着试下一种；其他错误（或文件已被格式拿走）就此结束。
		if (ret != -ENOEXEC || bprm->file == NULL)
			break;
	}
	read_unlock(&binfmt_lock);
	return ret;

/// 装入成功：各区间已各自持有文件的引用，这里放掉 bprm 的，并恢复写访问计数（区间的 VM_DENYWRITE 仍在禁止写）。
loaded:
	file = bprm->file;
	allow_write_access(file);
	if (file)
		fput(file);
	bprm->file = NULL;
	current->did_exec = 1;
	return ret;
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
	int ret, i;

	/// filename 已是内核里的副本（sys_execve 用 getname 取得）。
	file = open_exec(filename);
	if (IS_ERR(file))
		return PTR_ERR(file);

	/* No pages yet, no loader; the top word of the area stays NULL. */
	/// bprm 全部清零：没有参数页面，sh_bang、loader、exec 为 0。参数区最顶上留一个指针大小的空位，堆栈顶上是一个 NULL。
	memset(&bprm, 0, sizeof(bprm));
	bprm.p = MAX_ARG_PAGES * PAGE_SIZE - sizeof(void *);
	bprm.file = file;
	bprm.filename = filename;

	/// 先数 argv、envp：每项至少要一个指针的位置，所以最多 bprm.p / 4 项。此时还没有分配页面，出错只需还回文件。
	bprm.argc = count(argv, bprm.p / sizeof(void *));
	if (bprm.argc < 0) {
		ret = bprm.argc;
		goto give_back;
	}
	bprm.envc = count(envp, bprm.p / sizeof(void *));
	if (bprm.envc < 0) {
		ret = bprm.envc;
		goto give_back;
	}

	ret = prepare_binprm(&bprm);
	if (ret < 0)
		goto give_back;

	/* From the top down: the file name, the environment, the arguments. */
	/// 从参数区顶端往下依次放文件名、环境变量、参数，所以在新堆栈上参数在下、环境在上、文件名在最上面。
	/// bprm.exec 记下此刻的位置（文件名的下面），本移植的 ELF 装入不用它。
	ret = copy_strings_kernel(1, &bprm.filename, &bprm);
	if (ret < 0)
		goto give_back;
	bprm.exec = bprm.p;
	ret = copy_strings(bprm.envc, envp, &bprm);
	if (ret < 0)
		goto give_back;
	ret = copy_strings(bprm.argc, argv, &bprm);
	if (ret < 0)
		goto give_back;

	/// 装入成功后 regs 已被改写为新程序的入口和堆栈，execve“返回”时进入的是新程序。
	ret = search_binary_handler(&bprm, regs);
	if (ret >= 0)
		return ret;

/// 失败（不归点之前）：还回文件的写访问和引用，释放已分配的参数页面，旧程序完好。
give_back:
	/* The file (unless a format took it), then the argument pages. */
	allow_write_access(bprm.file);
	if (bprm.file)
		fput(bprm.file);
	for (i = 0; i < MAX_ARG_PAGES; i++)
		if (bprm.page[i] != NULL)
			__free_page(bprm.page[i]);
	return ret;
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
