// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_syscall.c - the system call gate itself: numbers that 2.4.0 does not
 * implement return -ENOSYS, out-of-range numbers too, simple calls work,
 * and the arguments of the 6-register mmap2 arrive whole (book chapter 3, 系统
 * 调用, 2.4.0 arch/i386/kernel/entry.S system_call and sys_call_table).
 *
 * 2.4.0 versus a modern host (argv[1] = "host", from run-host):
 *  - set_thread_area (243, a 2.5-era call that modern C libraries use
 *    at start-up) and fadvise64 (250) do not exist in 2.4.0: -ENOSYS;
 *    the host has them (we only check it does not say -ENOSYS).
 *  - reboot(2) with wrong magic numbers or an unknown command: -EINVAL
 *    (2.4.0 kernel/sys.c sys_reboot); the Ctrl-Alt-Del switch takes each
 *    accepted second magic number.  Only on our kernel: on the host it
 *    would need root and change the host's Ctrl-Alt-Del setting.
 */
#include "libc.h"

static long sys(long nr)
{
	return syscall6(nr, 0, 0, 0, 0, 0, 0);
}

int main(int argc, char **argv)
{
	int host = is_host(argc, argv);
	struct sysinfo si;
	unsigned long a;
	long r;

	plan(20);

	r = sys(243);
	if (host)
		ok(r != -ENOSYS, "host: set_thread_area (243) exists (%ld)", r);
	else
		ok(r == -ENOSYS, "set_thread_area (243): -ENOSYS (%ld)", r);
	r = sys(250);
	if (host)
		ok(r != -ENOSYS, "host: fadvise64 (250) exists (%ld)", r);
	else
		ok(r == -ENOSYS, "250 (fadvise64 later): -ENOSYS (%ld)", r);
	ok(sys(222) == -ENOSYS, "222, never used on i386: -ENOSYS");
	ok(sys(1000) == -ENOSYS, "1000, past the table: -ENOSYS");
	ok(sys(-1) == -ENOSYS, "-1: -ENOSYS");
	ok(sys(0x80000000) == -ENOSYS, "0x80000000: -ENOSYS");

	ok(sched_yield() == 0, "sched_yield: 0");
	ok(getpid() == getpid() && getpid() > 0, "getpid is stable: %d",
	   getpid());
	memset(&si, 0, sizeof(si));
	r = sysinfo(&si);
	ok(r == 0 && si.totalram > 0 && si.freeram > 0 &&
	   si.freeram <= si.totalram, "sysinfo: total %lu, free %lu, unit %u",
	   si.totalram, si.freeram, si.mem_unit);
	ok(write(1, "", 0) == 0, "write of 0 bytes: 0");

	/* mmap2: the sixth argument travels in %ebp. */
	a = mmap2(0, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_ANON_PRIV, -1, 3);
	ok(!sys_failed(a), "mmap2 with pgoff 3 in %%ebp (ignored for anonymous "
	   "memory): %#lx", a);
	ok(peek(a) == 0 && munmap(a, PAGE_SIZE) == 0, "zero page, unmapped");

	/* The two mmap entry points' own errors (arch/i386/kernel/sys_i386.c) */
	r = syscall6(__NR_mmap, 16, 0, 0, 0, 0, 0);
	ok(r == -EFAULT, "old mmap with its block at address 16: -EFAULT (%ld)",
	   r);
	a = mmap(0, PAGE_SIZE, PROT_READ, MAP_PRIVATE, 77, 0);
	ok(a == (unsigned long) -EBADF, "old mmap of fd 77 (not open): -EBADF");
	a = mmap2(0, PAGE_SIZE, PROT_READ, MAP_PRIVATE, 77, 0);
	ok(a == (unsigned long) -EBADF, "mmap2 of fd 77 (not open): -EBADF");

	/* reboot(2): the magic numbers and the commands it knows */
	if (host) {
		for (r = 0; r < 5; r++)
			skip("2.4.0-only: reboot(2) magic and commands");
		return done();
	}
	ok(reboot(0, REBOOT_MAGIC2, REBOOT_POWER_OFF, NULL) == -EINVAL,
	   "reboot: wrong first magic number: -EINVAL");
	ok(reboot(REBOOT_MAGIC1, 537993216, REBOOT_POWER_OFF, NULL) == -EINVAL,
	   "reboot: a second magic number 2.4.0 does not know: -EINVAL");
	ok(reboot(REBOOT_MAGIC1, REBOOT_MAGIC2, 0x12345678, NULL) == -EINVAL,
	   "reboot: unknown command: -EINVAL");
	ok(reboot(REBOOT_MAGIC1, 85072278, 0, NULL) == 0,
	   "reboot: Ctrl-Alt-Del off, second magic 85072278: 0");
	ok(reboot(REBOOT_MAGIC1, 369367448, 0x89abcdef, NULL) == 0,
	   "reboot: Ctrl-Alt-Del on again, second magic 369367448: 0");
	return done();
}
