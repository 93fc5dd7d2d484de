// SPDX-License-Identifier: GPL-2.0-only
/*
 * sys.c - system call wrappers of the user tests: one int $0x80 each,
 * the kernel's return value unchanged (negative errno on failure).
 */
#include "libc.h"

#define sys0(nr)		syscall6(nr, 0, 0, 0, 0, 0, 0)
#define sys1(nr, a)		syscall6(nr, (long)(a), 0, 0, 0, 0, 0)
#define sys2(nr, a, b)		syscall6(nr, (long)(a), (long)(b), 0, 0, 0, 0)
#define sys3(nr, a, b, c)	syscall6(nr, (long)(a), (long)(b), (long)(c), \
					 0, 0, 0)
#define sys4(nr, a, b, c, d)	syscall6(nr, (long)(a), (long)(b), (long)(c), \
					 (long)(d), 0, 0)

void _exit(int status)
{
	for (;;)
		sys1(__NR_exit, status);
}

void exit(int status)
{
	_exit(status);
}

int fork(void)
{
	return sys0(__NR_fork);
}

long read(int fd, void *buf, size_t n)
{
	return sys3(__NR_read, fd, buf, n);
}

long write(int fd, const void *buf, size_t n)
{
	return sys3(__NR_write, fd, buf, n);
}

int open(const char *path, int flags, int mode)
{
	return sys3(__NR_open, path, flags, mode);
}

int close(int fd)
{
	return sys1(__NR_close, fd);
}

int waitpid(int pid, int *status, int options)
{
	return sys3(__NR_waitpid, pid, status, options);
}

int wait4(int pid, int *status, int options, void *rusage)
{
	return sys4(__NR_wait4, pid, status, options, rusage);
}

int execve(const char *path, char *const argv[], char *const envp[])
{
	return sys3(__NR_execve, path, argv, envp);
}

int getpid(void)
{
	return sys0(__NR_getpid);
}

int getppid(void)
{
	return sys0(__NR_getppid);
}

/* Never signal a process group or everybody by mistake. */
int kill(int pid, int sig)
{
	if (pid <= 1)
		return -EPERM;
	return sys2(__NR_kill, pid, sig);
}

unsigned long signal(int sig, unsigned long handler)
{
	return sys2(__NR_signal, sig, handler);
}

unsigned long brk(unsigned long end)
{
	return sys1(__NR_brk, end);
}

/* Syscall 90: the six arguments go in a block in memory. */
unsigned long mmap(unsigned long addr, unsigned long len, int prot,
		   int flags, int fd, unsigned long off)
{
	unsigned long block[6] = { addr, len, prot, flags, fd, off };

	return sys1(__NR_mmap, block);
}

unsigned long mmap2(unsigned long addr, unsigned long len, int prot,
		    int flags, int fd, unsigned long pgoff)
{
	return syscall6(__NR_mmap2, addr, len, prot, flags, fd, pgoff);
}

int munmap(unsigned long addr, unsigned long len)
{
	return sys2(__NR_munmap, addr, len);
}

int mprotect(unsigned long addr, unsigned long len, int prot)
{
	return sys3(__NR_mprotect, addr, len, prot);
}

unsigned long mremap(unsigned long addr, unsigned long old_len,
		     unsigned long new_len, int flags, unsigned long new_addr)
{
	return syscall6(__NR_mremap, addr, old_len, new_len, flags,
			new_addr, 0);
}

int mlock(unsigned long addr, unsigned long len)
{
	return sys2(__NR_mlock, addr, len);
}

int munlock(unsigned long addr, unsigned long len)
{
	return sys2(__NR_munlock, addr, len);
}

int mlockall(int flags)
{
	return sys1(__NR_mlockall, flags);
}

int munlockall(void)
{
	return sys0(__NR_munlockall);
}

int sched_yield(void)
{
	return sys0(__NR_sched_yield);
}

int swapon(const char *path, int flags)
{
	return sys2(__NR_swapon, path, flags);
}

int swapoff(const char *path)
{
	return sys1(__NR_swapoff, path);
}

int sysinfo(struct sysinfo *info)
{
	return sys1(__NR_sysinfo, info);
}

int reboot(unsigned long magic1, unsigned long magic2, unsigned long cmd,
	   void *arg)
{
	return sys4(__NR_reboot, magic1, magic2, cmd, arg);
}
