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
/// §2.13 i386 上两个 mmap 系统调用的共同部分：按文件描述符找到已打开文件（匿名映射不需要），
/// 在 mmap_sem 保护下调用 do_mmap_pgoff()，最后释放对文件的这一次引用（映射建立后，
/// 虚存区间自己持有一个引用）。MAP_EXECUTABLE 和 MAP_DENYWRITE 只有内核的 exec 才能用，
/// 来自用户的一律滤掉。
/// 2.4.0: arch/i386/kernel/sys_i386.c do_mmap2()
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

/// §2.13 系统调用 mmap2()（192 号）：六个参数都在寄存器里，文件位移以页为单位，
/// 所以 32 位的参数也能表示超过 4GB 的文件位移。
/// 2.4.0: arch/i386/kernel/sys_i386.c sys_mmap2()
asmlinkage long sys_mmap2(unsigned long addr, unsigned long len,
			  unsigned long prot, unsigned long flags,
			  unsigned long fd, unsigned long pgoff)
{
	return do_mmap2(addr, len, prot, flags, fd, pgoff);
}

/* What old_mmap()'s one argument points to, in user space. */
/// 老的 mmap() 的参数块：当年 i386 的系统调用最多用五个寄存器传参数，
/// 六个参数放不下，只好放在用户空间的一个结构里，把结构的地址传进来。
struct mmap_arg_struct {
	unsigned long addr;
	unsigned long len;
	unsigned long prot;
	unsigned long flags;
	unsigned long fd;
	unsigned long offset;
};

/* The offset here is in bytes and must be page aligned. */
/// §2.13 系统调用 mmap()（90 号，老接口）：先把六个参数从用户空间拷进来（拷不到就是 -EFAULT），
/// 文件位移以字节为单位，必须按页对齐，然后换算成页号交给 do_mmap2()。
/// 2.4.0: arch/i386/kernel/sys_i386.c old_mmap()
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
/// §4.8 系统调用 nanosleep() 和 pause()：可中断地睡眠，直到有信号。2.4.0: arch/i386/kernel/sys_i386.c sys_pause()
/// 没有人会唤醒它，只有信号（send_sig_info 唤醒可中断睡眠的进程）。返回 -ERESTARTNOHAND：处理函数运行后变成 -EINTR；
/// 信号被忽略（没有处理函数）时 do_signal 让它重新执行，于是 pause 继续等下去。
asmlinkage int sys_pause(void)
{
	current->state = TASK_INTERRUPTIBLE;
	schedule();
	return -ERESTARTNOHAND;
}
