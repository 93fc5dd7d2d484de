/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * libc.h - the tiny C library of the user-mode tests (tests/user).
 *
 * Static i386 programs talk to the kernel with int $0x80, Linux 2.4.0
 * numbers (include/asm-i386/unistd.h of 2.4.0).  Every system call
 * returns the raw kernel value: a negative errno on failure, no errno
 * variable.  Addresses are unsigned long, as inside the kernel; for
 * brk/mmap/mremap a value in [-4095, -1] is an error (sys_failed()).
 */
#ifndef _USER_LIBC_H
#define _USER_LIBC_H

#include <stddef.h>
#include <stdarg.h>

/* System call numbers (2.4.0 i386) */
#define __NR_exit		1
#define __NR_fork		2
#define __NR_read		3
#define __NR_write		4
#define __NR_open		5
#define __NR_close		6
#define __NR_waitpid		7
#define __NR_execve		11
#define __NR_getpid		20
#define __NR_kill		37
#define __NR_brk		45
#define __NR_signal		48
#define __NR_getppid		64
#define __NR_swapon		87
#define __NR_reboot		88
#define __NR_mmap		90	/* old_mmap: one pointer to 6 words */
#define __NR_munmap		91
#define __NR_wait4		114
#define __NR_swapoff		115
#define __NR_sysinfo		116
#define __NR_mprotect		125
#define __NR_mlock		150
#define __NR_munlock		151
#define __NR_mlockall		152
#define __NR_munlockall		153
#define __NR_sched_yield	158
#define __NR_mremap		163
#define __NR_mmap2		192	/* 6 registers, offset in pages */

/* errno values */
#define EPERM		1
#define ENOENT		2
#define ESRCH		3
#define EBADF		9
#define ECHILD		10
#define EAGAIN		11
#define ENOMEM		12
#define EACCES		13
#define EFAULT		14
#define EBUSY		16
#define EINVAL		22
#define ENOSYS		38

/* Signals */
#define SIGKILL		9
#define SIGBUS		7
#define SIGSEGV		11
#define SIGTERM		15
#define SIGCHLD		17
#define SIG_DFL		0UL

/* mmap, mprotect, mremap, mlockall */
#define PROT_NONE	0x0
#define PROT_READ	0x1
#define PROT_WRITE	0x2
#define PROT_EXEC	0x4
#define MAP_SHARED	0x01
#define MAP_PRIVATE	0x02
#define MAP_FIXED	0x10
#define MAP_ANONYMOUS	0x20
#define MAP_ANON_PRIV	(MAP_ANONYMOUS | MAP_PRIVATE)
#define MREMAP_MAYMOVE	1
#define MREMAP_FIXED	2
#define MCL_CURRENT	1
#define MCL_FUTURE	2

#define O_RDONLY	0
#define WNOHANG		1

/* reboot(2) magic numbers and LINUX_REBOOT_CMD_POWER_OFF */
#define REBOOT_MAGIC1	0xfee1dead
#define REBOOT_MAGIC2	672274793
#define REBOOT_POWER_OFF 0x4321fedc

#define PAGE_SIZE	4096UL
#define PAGE_MASK	(~(PAGE_SIZE - 1))
#define PAGE_ALIGN(x)	(((x) + PAGE_SIZE - 1) & PAGE_MASK)

/* waitpid status */
#define WIFEXITED(s)	(((s) & 0x7f) == 0)
#define WEXITSTATUS(s)	(((s) >> 8) & 0xff)
#define WIFSIGNALED(s)	(((s) & 0x7f) != 0 && ((s) & 0x7f) != 0x7f)
#define WTERMSIG(s)	((s) & 0x7f)

/* 2.4.0 struct sysinfo (64 bytes) */
struct sysinfo {
	long uptime;
	unsigned long loads[3];
	unsigned long totalram;
	unsigned long freeram;
	unsigned long sharedram;
	unsigned long bufferram;
	unsigned long totalswap;
	unsigned long freeswap;
	unsigned short procs;
	unsigned short pad;
	unsigned long totalhigh;
	unsigned long freehigh;
	unsigned int mem_unit;
	char _f[8];
};

/* crt0.S */
long syscall6(long nr, long a, long b, long c, long d, long e, long f);

/* sys.c */
void _exit(int status) __attribute__((noreturn));
void exit(int status) __attribute__((noreturn));
int fork(void);
long read(int fd, void *buf, size_t n);
long write(int fd, const void *buf, size_t n);
int open(const char *path, int flags, int mode);
int close(int fd);
int waitpid(int pid, int *status, int options);
int wait4(int pid, int *status, int options, void *rusage);
int execve(const char *path, char *const argv[], char *const envp[]);
int getpid(void);
int getppid(void);
int kill(int pid, int sig);
unsigned long signal(int sig, unsigned long handler);
unsigned long brk(unsigned long end);
unsigned long mmap(unsigned long addr, unsigned long len, int prot,
		   int flags, int fd, unsigned long off);
unsigned long mmap2(unsigned long addr, unsigned long len, int prot,
		    int flags, int fd, unsigned long pgoff);
int munmap(unsigned long addr, unsigned long len);
int mprotect(unsigned long addr, unsigned long len, int prot);
unsigned long mremap(unsigned long addr, unsigned long old_len,
		     unsigned long new_len, int flags, unsigned long new_addr);
int mlock(unsigned long addr, unsigned long len);
int munlock(unsigned long addr, unsigned long len);
int mlockall(int flags);
int munlockall(void);
int sched_yield(void);
int sysinfo(struct sysinfo *info);
int swapon(const char *path, int flags);
int swapoff(const char *path);
int reboot(unsigned long magic1, unsigned long magic2, unsigned long cmd,
	   void *arg);

/* A brk/mmap/mremap result that is a negative errno */
static inline int sys_failed(unsigned long ret)
{
	return ret > -4096UL;
}

/* string.c */
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strcpy(char *dst, const char *src);
char *strchr(const char *s, int c);
void *memset(void *s, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);

/* printf.c: each call is formatted in a buffer and written at once */
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int snprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* tap.c: TAP output and test helpers */
int is_host(int argc, char **argv);
int is_emulated(int argc, char **argv);
void plan(int n);
int ok(int cond, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void skip(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void diag(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int done(void);
int run_child(void (*fn)(unsigned long), unsigned long arg);
int killed_by(int status, int sig);
int exited_with(int status, int code);
long free_pages(void);
int reap(int pid);

/* One access at a given address, exactly as written (no C undefined
 * behaviour for the compiler to reason about). */
static inline unsigned long peek(unsigned long addr)
{
	unsigned long v;

	asm volatile("movl (%1), %0" : "=r" (v) : "r" (addr) : "memory");
	return v;
}

static inline void poke(unsigned long addr, unsigned long v)
{
	asm volatile("movl %1, (%0)" : : "r" (addr), "r" (v) : "memory");
}

static inline unsigned long get_esp(void)
{
	unsigned long esp;

	asm volatile("movl %%esp, %0" : "=r" (esp));
	return esp;
}

#endif /* _USER_LIBC_H */
