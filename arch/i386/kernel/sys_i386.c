// SPDX-License-Identifier: GPL-2.0-only
/*
 * i386 system calls whose arguments do not fit the generic form: pause(),
 * and the two mmap entry points: the old one (90), which takes a pointer to
 * its six arguments because i386 once passed at most five in registers,
 * and mmap2 (192), which takes six registers and a file offset in pages.
 * 情景分析 §2.13.  Follows Linux 2.4.0 arch/i386/kernel/sys_i386.c.
 */
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/fs.h>
#include <linux/file.h>

#include <asm/uaccess.h>

/*
 * Both entry points end here: look up the file (unless the mapping is
 * anonymous) and map it under mmap_sem.  User space may not ask for
 * MAP_EXECUTABLE or MAP_DENYWRITE: only exec() sets them.
 */
static inline long do_mmap2(unsigned long addr, unsigned long len,
			    unsigned long prot, unsigned long flags,
			    unsigned long fd, unsigned long pgoff)
{
	struct file *filp = NULL;
	long ret;

	/* Only exec() may ask for these two. */
	flags &= ~(MAP_EXECUTABLE | MAP_DENYWRITE);

	if (!(flags & MAP_ANONYMOUS)) {
		filp = fget(fd);
		if (filp == NULL)
			return -EBADF;
	}

	down(&current->mm->mmap_sem);
	ret = do_mmap_pgoff(filp, addr, len, prot, flags, pgoff);
	up(&current->mm->mmap_sem);

	if (filp != NULL)
		fput(filp);
	return ret;
}

asmlinkage long sys_mmap2(unsigned long addr, unsigned long len,
			  unsigned long prot, unsigned long flags,
			  unsigned long fd, unsigned long pgoff)
{
	return do_mmap2(addr, len, prot, flags, fd, pgoff);
}

/* What old_mmap()'s one argument points to, in user space. */
struct mmap_arg_struct {
	unsigned long addr;
	unsigned long len;
	unsigned long prot;
	unsigned long flags;
	unsigned long fd;
	unsigned long offset;
};

/* The offset here is in bytes and must be page aligned. */
asmlinkage int old_mmap(struct mmap_arg_struct *arg)
{
	struct mmap_arg_struct args;

	if (copy_from_user(&args, arg, sizeof(args)))
		return -EFAULT;
	if (args.offset & ~PAGE_MASK)
		return -EINVAL;
	return do_mmap2(args.addr, args.len, args.prot, args.flags, args.fd,
			args.offset >> PAGE_SHIFT);
}

/* pause(): sleep until a signal; a handler's return ends it (-EINTR). */
asmlinkage int sys_pause(void)
{
	current->state = TASK_INTERRUPTIBLE;
	schedule();
	return -ERESTARTNOHAND;
}
