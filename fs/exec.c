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

static struct linux_binfmt *formats;
static rwlock_t binfmt_lock = RW_LOCK_UNLOCKED;

/* Add an executable format to the list exec() tries (newest first). */
int register_binfmt(struct linux_binfmt *fmt)
{
	struct linux_binfmt *f;
	int ret = 0;

	if (fmt == NULL)
		return -EINVAL;
	if (fmt->next != NULL)
		return -EBUSY;		/* on a list already */

	write_lock(&binfmt_lock);
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
static int count(char **argv, int max)
{
	int n = 0;

	if (argv == NULL)
		return 0;
	for (;;) {
		char *s;
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
int copy_strings(int argc, char **argv, struct linux_binprm *bprm)
{
	while (argc > 0) {
		unsigned long dst;
		char *src;
		int left;

		argc--;
		if (get_user(src, argv + argc) || src == NULL)
			return -EFAULT;
		left = strnlen_user(src, bprm->p);	/* with its NUL */
		if (left == 0)
			return -EFAULT;
		if (bprm->p < left)
			return -E2BIG;
		bprm->p -= left;

		/* dst is an offset into the area; copy up to a page at a time. */
		for (dst = bprm->p; left > 0; ) {
			struct page **slot = &bprm->page[dst / PAGE_SIZE];
			unsigned long in_page = dst % PAGE_SIZE;
			int chunk = PAGE_SIZE - in_page;
			int fresh = 0;
			unsigned long missed;
			char *kaddr;

			if (*slot == NULL) {
				*slot = alloc_page(GFP_HIGHUSER);
				if (*slot == NULL)
					return -ENOMEM;
				fresh = 1;
			}
			kaddr = kmap(*slot);
			/* A new page: zero what this string does not cover. */
			if (fresh && in_page)
				memset(kaddr, 0, in_page);
			if (chunk > left) {
				chunk = left;
				if (fresh)
					memset(kaddr + in_page + chunk, 0,
					       PAGE_SIZE - in_page - chunk);
			}
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
int copy_strings_kernel(int argc, char **argv, struct linux_binprm *bprm)
{
	mm_segment_t saved = get_fs();
	int ret;

	set_fs(KERNEL_DS);	/* let copy_from_user read kernel addresses */
	ret = copy_strings(argc, argv, bprm);
	set_fs(saved);
	return ret;
}

/*
 * Map an argument page at address in tsk's new address space: present,
 * dirty, writable (a private page of the stack).
 */
void put_dirty_page(struct task_struct *tsk, struct page *page,
		    unsigned long address)
{
	pmd_t *pmd;
	pte_t *pte;

	if (page_count(page) != 1)
		printk("mem_map disagrees with %p at %08lx\n", page, address);
	pmd = pmd_alloc(pgd_offset(tsk->mm, address), address);
	if (pmd == NULL)
		goto out_of_memory;
	pte = pte_alloc(pmd, address);
	if (pte == NULL)
		goto out_of_memory;
	if (!pte_none(*pte)) {
		/* Something is mapped there already: keep it, drop ours. */
		pte_ERROR(*pte);
		__free_page(page);
		return;
	}
	flush_page_to_ram(page);
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
int setup_arg_pages(struct linux_binprm *bprm)
{
	struct mm_struct *mm = current->mm;
	unsigned long base = STACK_TOP - MAX_ARG_PAGES * PAGE_SIZE;
	struct vm_area_struct *stack;
	int i;

	/* Offsets into the argument area become user addresses. */
	bprm->p += base;
	if (bprm->loader)
		bprm->loader += base;
	bprm->exec += base;

	stack = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (stack == NULL)
		return -ENOMEM;

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
struct file *open_exec(const char *name)
{
	struct nameidata nd;
	struct file *filp;
	umode_t mode;
	int err;

	err = open_namei(name, FMODE_READ, 0, &nd);
	if (err)
		return ERR_PTR(err);

	mode = nd.dentry->d_inode->i_mode;
	if (!S_ISREG(mode) || !(mode & 0111)) {
		/* Not a program: give back the lookup's reference. */
		dput(nd.dentry);
		return ERR_PTR(-EACCES);
	}
	/* dentry_open() keeps the reference, or drops it if it fails. */
	filp = dentry_open(nd.dentry, nd.mnt, O_RDONLY);
	if (IS_ERR(filp))
		return filp;
	err = deny_write_access(filp);
	if (err) {
		fput(filp);
		return ERR_PTR(err);
	}
	return filp;
}

/* Read count bytes at offset of file into kernel memory. */
int kernel_read(struct file *file, unsigned long offset, char *addr,
		unsigned long count)
{
	mm_segment_t saved;
	loff_t pos = offset;
	int got;

	if (file->f_op->read == NULL)
		return -ENOSYS;
	saved = get_fs();
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
static int exec_mmap(void)
{
	struct mm_struct *old = current->mm;
	struct mm_struct *fresh, *was_active;

	if (old != NULL && atomic_read(&old->mm_users) == 1) {
		/* Ours alone: empty it and go on using it. */
		flush_cache_mm(old);
		mm_release();
		exit_mmap(old);
		flush_tlb_mm(old);
		return 0;
	}

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

	task_lock(current);
	current->mm = fresh;
	current->active_mm = fresh;
	task_unlock(current);
	activate_mm(was_active, fresh);
	mm_release();

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
static inline int make_private_signals(void)
{
	struct signal_struct *shared = current->sig;
	struct signal_struct *own;

	if (atomic_read(&shared->count) <= 1)
		return 0;		/* ours alone already */
	own = kmem_cache_alloc(sigact_cachep, GFP_KERNEL);
	if (own == NULL)
		return -ENOMEM;
	spin_lock_init(&own->siglock);
	atomic_set(&own->count, 1);
	memcpy(own->action, shared->action, sizeof(own->action));

	spin_lock_irq(&current->sigmask_lock);
	current->sig = own;
	spin_unlock_irq(&current->sigmask_lock);
	return 0;
}

/* After the point of no return: drop our share of the old table. */
static inline void release_old_signals(struct signal_struct *oldsig)
{
	/* Only if make_private_signals() gave us a copy. */
	if (current->sig != oldsig && atomic_dec_and_test(&oldsig->count))
		kmem_cache_free(sigact_cachep, oldsig);
}

/* Close the descriptors marked close-on-exec. */
static inline void flush_old_files(struct files_struct *files)
{
	unsigned long word, first;

	write_lock(&files->file_lock);
	for (word = 0, first = 0;
	     first < files->max_fds && first < files->max_fdset;
	     word++, first += __NFDBITS) {
		unsigned long bits = files->close_on_exec->fds_bits[word];
		unsigned long fd;

		if (bits == 0)
			continue;
		files->close_on_exec->fds_bits[word] = 0;
		/* sys_close() takes the lock itself. */
		write_unlock(&files->file_lock);
		for (fd = first; bits != 0; fd++, bits >>= 1)
			if (bits & 1)
				sys_close(fd);
		write_lock(&files->file_lock);
	}
	write_unlock(&files->file_lock);
}

/* exec leaves the thread group: the task is its own group again. */
static inline void de_thread(struct task_struct *tsk)
{
	struct list_head *group = &tsk->thread_group;

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
int flush_old_exec(struct linux_binprm *bprm)
{
	struct task_struct *tsk = current;
	struct signal_struct *prev_sig = tsk->sig;
	unsigned int len;
	char *s;
	int err;

	err = make_private_signals();
	if (err)
		goto undo_signals;
	err = exec_mmap();
	if (err)
		goto undo_signals;

	/* The point of no return. */
	release_old_signals(prev_sig);

	if (tsk->euid == tsk->uid && tsk->egid == tsk->gid)
		tsk->dumpable = 1;

	/* comm: the last component of the file name, 15 characters at most. */
	len = 0;
	for (s = bprm->filename; *s != '\0'; s++) {
		if (*s == '/')
			len = 0;
		else if (len < sizeof(tsk->comm) - 1)
			tsk->comm[len++] = *s;
	}
	tsk->comm[len] = '\0';

	flush_thread();
	de_thread(tsk);

	/* Set-uid or set-gid: no core dump of what the user may not read. */
	if (bprm->e_uid != tsk->euid || bprm->e_gid != tsk->egid)
		tsk->dumpable = 0;

	tsk->self_exec_id++;
	flush_signal_handlers(tsk);
	flush_old_files(tsk->files);
	return 0;

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
int prepare_binprm(struct linux_binprm *bprm)
{
	struct inode *ino = bprm->file->f_dentry->d_inode;
	umode_t mode = ino->i_mode;

	if (!(mode & 0111) || bprm->file->f_op == NULL)
		return -EACCES;

	/* Set-uid: the owner's uid; set-gid only with group execute. */
	bprm->e_uid = (mode & S_ISUID) ? ino->i_uid : current->euid;
	bprm->e_gid = ((mode & S_ISGID) && (mode & S_IXGRP)) ?
		      ino->i_gid : current->egid;

	bprm->cap_inheritable = current->cap_inheritable;
	bprm->cap_permitted = current->cap_permitted;
	bprm->cap_effective = current->cap_effective;

	/* The first bytes, for every format to recognise its own. */
	memset(bprm->buf, 0, sizeof(bprm->buf));
	return kernel_read(bprm->file, 0, bprm->buf, sizeof(bprm->buf));
}

/* The new ids (2.4.0 also evolves the capability sets here). */
void compute_creds(struct linux_binprm *bprm)
{
	current->euid = current->suid = current->fsuid = bprm->e_uid;
	current->egid = current->sgid = current->fsgid = bprm->e_gid;
	current->keep_capabilities = 0;
}

/*
 * Let each format try the file in turn; -ENOEXEC means "not mine".  On
 * success the file's reference is dropped (the mappings hold their own)
 * and writers may open it again once the mappings are gone.
 */
int search_binary_handler(struct linux_binprm *bprm, struct pt_regs *regs)
{
	struct linux_binfmt *fmt;
	struct file *file;
	int ret = 0;

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
		if (ret != -ENOEXEC || bprm->file == NULL)
			break;
	}
	read_unlock(&binfmt_lock);
	return ret;

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
int do_execve(char *filename, char **argv, char **envp, struct pt_regs *regs)
{
	struct linux_binprm bprm;
	struct file *file;
	int ret, i;

	file = open_exec(filename);
	if (IS_ERR(file))
		return PTR_ERR(file);

	/* No pages yet, no loader; the top word of the area stays NULL. */
	memset(&bprm, 0, sizeof(bprm));
	bprm.p = MAX_ARG_PAGES * PAGE_SIZE - sizeof(void *);
	bprm.file = file;
	bprm.filename = filename;

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

	ret = search_binary_handler(&bprm, regs);
	if (ret >= 0)
		return ret;

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

void set_binfmt(struct linux_binfmt *new)
{
	current->binfmt = new;
}

/*
 * A core dump for a process killed by signr.  Port: there is no file
 * system to write it to: never dumped (the wait status has no 0x80).
 */
int do_coredump(long signr, struct pt_regs *regs)
{
	return 0;
}
