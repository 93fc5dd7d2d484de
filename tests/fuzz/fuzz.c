// SPDX-License-Identifier: GPL-2.0-only
/*
 * fuzz.c - a seeded system-call fuzzer for the port (issue 11).
 *
 * Random calls among 2.4.0's i386 numbers (include/asm-i386/unistd.h)
 * with arguments biased to the values that break kernels: 0, -1, page
 * boundaries, the top of the user stack, PAGE_OFFSET and other kernel
 * addresses, huge and unaligned lengths, pointers into its own scratch
 * mappings and into ones it has unmapped.  It touches what it maps,
 * catches SIGSEGV/SIGBUS/SIGFPE/SIGILL and goes on, and now and then
 * forks a child that fuzzes a while and exits.
 *
 * It never calls reboot, kill, execve, ptrace, the blocking calls
 * (pause, sigsuspend, select, poll, nanosleep ...) or the calls that
 * would take its own handlers away; it never unmaps, remaps or
 * protects its own text, data or stack, and never hands the kernel a
 * pointer into them.  SEED and CALLS are fixed at build time
 * (-DSEED=, -DCALLS=): init gives a program no arguments.  Built with
 * -DTRACE (make fuzz FUZZ_CFLAGS=-DTRACE) it prints every call first.
 *
 * Files it may have created stay in the ramfs root after it ends (or is
 * killed): before each call that can create a name (open with O_CREAT,
 * creat, mknod, mkdir, link, symlink, rename) it appends the name, if
 * it can read it, to NAMES, a name at address 0 too (once the fuzzer
 * has mapped page 0 the kernel reads names there); tests/fuzz/sweep.c,
 * run next, removes them, so that free pages can balance.  chdir,
 * fchdir and chroot are never called: the names stay relative to the
 * root.
 *
 * Prints one TAP result with the counts and the calls per second of
 * emulated time (sysinfo's uptime, whole seconds).  The run passes if
 * the kernel stays up and free pages balance (check-console looks at
 * the console).
 */
#include "libc.h"

#ifndef SEED
#define SEED		1
#endif
#ifndef CALLS
#define CALLS		2000
#endif
#define CHILD_CALLS	300
#define MAX_CHILDREN	3
#define NSLOT		12

#define NAMES		"/fz.names"
#define NAME_MAX_LOG	255
#define O_WRONLY	1
#define O_CREAT		0100
#define O_APPEND	02000

#define SIGILL		4
#define SIGXFSZ		25
#define RLIMIT_FSIZE	1
#define SIGFPE		8
#define SA_NOMASK	0x40000000

struct old_sigaction {
	unsigned long handler;
	unsigned long mask;
	unsigned long flags;
	unsigned long restorer;
};

/* A jump buffer: ebx, esi, edi, ebp, esp, eip. */
typedef unsigned long jmpbuf[6];

int fz_setjmp(jmpbuf b) __attribute__((returns_twice));
void fz_longjmp(jmpbuf b) __attribute__((noreturn));
asm(".text\n"
    ".globl fz_setjmp\n"
    "fz_setjmp:\n"
    "	movl 4(%esp), %eax\n"
    "	movl %ebx, 0(%eax)\n"
    "	movl %esi, 4(%eax)\n"
    "	movl %edi, 8(%eax)\n"
    "	movl %ebp, 12(%eax)\n"
    "	leal 4(%esp), %ecx\n"
    "	movl %ecx, 16(%eax)\n"
    "	movl (%esp), %ecx\n"
    "	movl %ecx, 20(%eax)\n"
    "	xorl %eax, %eax\n"
    "	ret\n"
    ".globl fz_longjmp\n"
    "fz_longjmp:\n"
    "	movl 4(%esp), %edx\n"
    "	movl 0(%edx), %ebx\n"
    "	movl 4(%edx), %esi\n"
    "	movl 8(%edx), %edi\n"
    "	movl 12(%edx), %ebp\n"
    "	movl 16(%edx), %esp\n"
    "	movl $1, %eax\n"
    "	jmp *20(%edx)\n");

extern char __executable_start[];

static jmpbuf recover;
static unsigned long rng = SEED * 2654435761UL + 1;
static unsigned long slot_addr[NSLOT], slot_len[NSLOT];
static unsigned long freed[NSLOT];
static unsigned long img_lo, img_hi, stack_lo, brk0;
static unsigned long calls, errors, faults, forks, skipped;
static int children, reaped_exit, reaped_sig;

static unsigned long rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

static unsigned long below(unsigned long n)
{
	return n ? rnd() % n : 0;
}

static void on_fault(int sig)
{
	faults++;
	fz_longjmp(recover);
}

static void catch(int sig)
{
	struct old_sigaction sa = { (unsigned long) on_fault, 0, SA_NOMASK, 0 };

	syscall6(67, sig, (long) &sa, 0, 0, 0, 0);
}

/* Does [a, a + len) touch the program's own image or stack? */
static int guarded(unsigned long a, unsigned long len)
{
	unsigned long end = a + len;

	if (len == 0)
		len = 1, end = a + 1;
	if (end < a)		/* wraps: covers everything above a */
		return 1;
	return (a < img_hi && end > img_lo) || end > stack_lo;
}

/* A pointer the kernel may write through: never into the image. */
static unsigned long safe_ptr(unsigned long v)
{
	if (guarded(v, 1))
		v ^= 0x40000000;
	return v;
}

static unsigned long some_slot(void)
{
	int i = below(NSLOT);

	return slot_addr[i] + below(slot_len[i] + 8);
}

static unsigned long arg(void)
{
	static const unsigned long odd[] = {
		0, 1, 2, 3, -1UL, -2UL, 0x7fffffff, 0x80000000, 0xffff,
		0x1000, 0xfff, 0x1001, 0x100000, 0x40000000, 0xbffff000,
		0xbfffffff, 0xc0000000, 0xc0001000, 0xc0100000, 0xc0400000,
		0xc1000000, 0xfffff000, 0xffffe000, 0xfffffffc, 0x08048000,
		0x40000000 - 4096, -4096UL, -4095UL, 0x2aaaa000, 0x10000000,
	};

	switch (below(10)) {
	case 0:
	case 1:
		return odd[below(sizeof(odd) / sizeof(odd[0]))];
	case 2:
		return below(64);
	case 3:
		return below(0xc0000) << 12;		/* a user page */
	case 4:
	case 5:
		return some_slot();
	case 6:
		return freed[below(NSLOT)] + below(3) * PAGE_SIZE;
	case 7:
		return (below(0x4000) << 12) + below(3) - 1; /* unaligned len */
	case 8:
		return 0xc0000000 + (below(0x40000) << 12); /* kernel */
	default:
		return rnd();
	}
}

/* The calls never made: they end, stop or block the fuzzer, or reboot. */
static int banned(int nr)
{
	switch (nr) {
	case 1: case 2: case 11: case 12: case 26: case 27: case 29:
	case 37: case 41: case 48: case 61: case 63: case 67: case 72:
	case 82: case 88: case 133:
	case 104: case 111: case 113: case 119: case 120: case 142:
	case 162: case 166: case 168: case 173: case 174: case 177:
	case 179: case 190:
		return 1;
	}
	return 0;
}

/* A call whose first argument is a file descriptor: keep 0-2 open. */
static int fd_first(int nr)
{
	switch (nr) {
	case 3: case 4: case 6: case 19: case 54: case 55: case 89:
	case 93: case 94: case 95: case 100: case 108: case 118: case 133:
	case 140: case 141: case 143: case 145: case 146: case 148:
	case 180: case 181: case 187: case 194: case 197: case 207:
	case 220: case 221:
		return 1;
	}
	return 0;
}

/*
 * Can call nr create a file?  Then *p is the argument that names it.
 * Address 0 is a name too: a process may map page 0 (mmap MAP_FIXED,
 * mremap), and then the kernel reads the name there like any other.
 */
static int created_name(int nr, const unsigned long *a, unsigned long *p)
{
	switch (nr) {
	case 5:
		if (!(a[1] & O_CREAT))
			return 0;
		*p = a[0];
		return 1;
	case 8: case 14: case 39:
		*p = a[0];
		return 1;
	case 9: case 38: case 83:
		*p = a[1];
		return 1;
	}
	return 0;
}

/* Append the string at p, if it can be read, to NAMES for sweep.c. */
static void note_name(unsigned long p)
{
	static char name[NAME_MAX_LOG + 1];
	const volatile char *s = (const volatile char *) p;
	int n = 0, fd;

	if (fz_setjmp(recover))
		return;
	while (n < NAME_MAX_LOG && (name[n] = s[n]) != 0)
		n++;
	if (n == 0 || n == NAME_MAX_LOG)
		return;
	fd = open(NAMES, O_WRONLY | O_CREAT | O_APPEND, 0600);
	if (fd < 0)
		return;
	write(fd, name, n + 1);
	close(fd);
}

/*
 * No file may grow past a quarter of RAM (RLIMIT_FSIZE, soft and hard;
 * setrlimit is never made a random call, SIGXFSZ is ignored: -EFBIG):
 * one ramfs file as big as RAM would leave the sweeper no memory to run.
 */
static void limit_files(void)
{
	struct old_sigaction ign = { 1 /* SIG_IGN */, 0, 0, 0 };
	unsigned long lim[2];
	struct sysinfo si;

	memset(&si, 0, sizeof(si));
	sysinfo(&si);
	lim[0] = lim[1] = si.totalram * (si.mem_unit ? si.mem_unit : 1) / 4;
	syscall6(67, SIGXFSZ, (long) &ign, 0, 0, 0, 0);
	syscall6(75, RLIMIT_FSIZE, (long) lim, 0, 0, 0, 0);
}

/* Remember a new mapping, forget the one it replaces. */
static void note_map(unsigned long a, unsigned long len)
{
	int i = below(NSLOT);

	if (sys_failed(a) || len == 0 || len > 64 * 1024 * 1024)
		return;
	freed[i] = slot_addr[i];
	slot_addr[i] = a;
	slot_len[i] = len;
}

static void one_call(void)
{
	unsigned long a[6], name;
	long ret;
	int nr, i;

	do
		nr = below(223);
	while (banned(nr));
	for (i = 0; i < 6; i++)
		a[i] = safe_ptr(arg());
	if (fd_first(nr) && a[0] < 3)
		a[0] += 100;
	switch (nr) {
	case 7:			/* waitpid, wait4: never block */
		a[2] |= WNOHANG;
		break;
	case 55:		/* fcntl: no F_DUPFD */
	case 221:
		if (a[1] == 0)
			a[1] = 1;
		break;
	case 114:
		a[2] |= WNOHANG;
		break;
	case 45:		/* brk: never into the data */
		if (a[0] < brk0 && a[0] != 0)
			a[0] = brk0 + (a[0] & 0xfffff);
		break;
	case 90:		/* old_mmap: one pointer to six words */
		a[0] = slot_addr[below(NSLOT)];
		break;
	case 91: case 125: case 150: case 151: case 219:
		if (guarded(a[0], a[1]))
			goto skip;
		break;
	case 163:		/* mremap */
		if (guarded(a[0], a[1]) ||
		    ((a[3] & MREMAP_FIXED) && guarded(a[4], a[2])))
			goto skip;
		break;
	case 192:		/* mmap2: MAP_FIXED over the image is refused */
		if ((a[3] & MAP_FIXED) && guarded(a[0], a[1]))
			goto skip;
		if (below(2))
			a[3] = (a[3] & ~0xfUL) | MAP_ANON_PRIV, a[4] = -1;
		break;
	case 75:		/* setrlimit: limit_files' limit stays */
		goto skip;
	case 152:		/* mlockall: only in children */
		if (getpid() == 1 || !children)
			goto skip;
		break;
	}
	if (created_name(nr, a, &name))
		note_name(name);
	calls++;
#ifdef TRACE
	/* -DTRACE: each call before it is made (the last one names a hang) */
	printf("# %d c%lu %d(%lx %lx %lx %lx %lx %lx)\n", getpid(), calls, nr,
	       a[0], a[1], a[2], a[3], a[4], a[5]);
#endif
	if (fz_setjmp(recover))
		return;
	ret = syscall6(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
	if (ret < 0 && ret > -4096)
		errors++;
	if (nr == 192 || (nr == 163 && !sys_failed(ret)))
		note_map(ret, nr == 192 ? a[1] : a[2]);
	return;
skip:
	skipped++;
}

/* Read or write somewhere in a scratch mapping; faults are caught. */
static void touch(void)
{
	unsigned long p = below(3) ? some_slot() : freed[below(NSLOT)];

	if (guarded(p, 4))
		return;
	if (fz_setjmp(recover))
		return;
	if (below(2))
		poke(p & ~3UL, rnd());
	else
		(void) peek(p & ~3UL);
}

static void reap_some(int hang)
{
	int status, pid;

	while (children > 0) {
		pid = waitpid(-1, &status, hang ? 0 : WNOHANG);
		if (pid <= 0)
			break;
		children--;
		if (WIFEXITED(status))
			reaped_exit++;
		else
			reaped_sig++;
	}
}

static void run(unsigned long n, int is_child)
{
	unsigned long k;

	for (k = 0; k < n; k++) {
		if (below(4) == 0)
			touch();
		one_call();
		if (!is_child && below(400) == 0 && children < MAX_CHILDREN) {
			int pid = fork();

			if (pid == 0) {
				children = 0;
				rng ^= k * 0x9e3779b9UL + 7;
				run(CHILD_CALLS, 1);
				_exit(0);
			}
			if (pid > 0)
				children++, forks++;
		}
		if (!is_child)
			reap_some(0);
	}
}

static long uptime(void)
{
	struct sysinfo si;

	memset(&si, 0, sizeof(si));
	sysinfo(&si);
	return si.uptime;
}

int main(int argc, char **argv)
{
	long t0, t;
	int i;

	if (is_host(argc, argv)) {
		plan(1);
		skip("the fuzzer runs only on the test kernel");
		return done();
	}
	img_lo = (unsigned long) __executable_start & PAGE_MASK;
	brk0 = brk(0);
	img_hi = PAGE_ALIGN(brk0);
	stack_lo = (get_esp() - 256 * 1024) & PAGE_MASK;
	for (i = 0; i < NSLOT; i++) {
		slot_len[i] = (1 + below(8)) * PAGE_SIZE;
		slot_addr[i] = mmap(0, slot_len[i], below(4) ?
				    PROT_READ | PROT_WRITE : PROT_READ,
				    MAP_ANON_PRIV, -1, 0);
		freed[i] = slot_addr[i] + slot_len[i];
	}
	catch(SIGSEGV);
	catch(SIGBUS);
	catch(SIGFPE);
	catch(SIGILL);
	limit_files();
	plan(1);
	t0 = uptime();
	run(CALLS, 0);
	reap_some(1);
	t = uptime() - t0;
	printf("# fuzz seed %u: %lu calls (%lu errors), %lu skipped, %lu faults "
	       "caught, %lu children (%d exited, %d killed), %ld s, %lu calls/s\n",
	       SEED, calls, errors, skipped, faults, forks, reaped_exit,
	       reaped_sig, t, t > 0 ? calls / t : calls);
	ok(calls > 0, "fuzz seed %u: %lu calls, the kernel stayed up", SEED,
	   calls);
	return done();
}
