// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_clone.c - what the architecture's half of process creation gives a
 * child (2.4.0 arch/i386/kernel/process.c: sys_clone(), sys_vfork(),
 * copy_thread(), __switch_to()): clone() with and without a new user
 * stack, vfork() sharing memory and holding the parent until the child
 * exits, the x87 registers and the %fs/%gs selectors copied into a
 * forked child and kept across task switches.
 *
 * 2.4.0 versus the host: under qemu-i386 (argv[1] = "qemu") vfork is a
 * plain fork, so the shared-memory check is skipped there.
 */
#include "libc.h"

#define __NR_clone	120
#define __NR_vfork	190

static unsigned long child_stack[256];
static volatile int vfork_mark;

/* clone(flags, newsp) straight from the syscall, the child exits at once. */
static int clone_new_stack(void)
{
	unsigned long top = (unsigned long) &child_stack[256];
	long ret;

	/* child: exit(0) if its esp is exactly the new stack, else exit(1) */
	asm volatile("int $0x80\n\t"
		     "testl %%eax,%%eax\n\t"
		     "jnz 1f\n\t"
		     "xorl %%ebx,%%ebx\n\t"
		     "cmpl %%ecx,%%esp\n\t"
		     "setne %%bl\n\t"
		     "movl $1,%%eax\n\t"
		     "int $0x80\n"
		     "1:"
		     : "=a" (ret)
		     : "0" (__NR_clone), "b" (SIGCHLD), "c" (top)
		     : "memory");
	return ret;
}

/* vfork: the child stores into the shared memory and exits at once. */
static int vfork_and_mark(void)
{
	long ret;

	asm volatile("int $0x80\n\t"
		     "testl %%eax,%%eax\n\t"
		     "jnz 1f\n\t"
		     "movl $1,%1\n\t"
		     "movl $1,%%eax\n\t"
		     "movl $42,%%ebx\n\t"
		     "int $0x80\n"
		     "1:"
		     : "=a" (ret), "=m" (vfork_mark)
		     : "0" (__NR_vfork)
		     : "ebx", "memory");
	return ret;
}

/* fork with pi and 1 on the x87 stack; both sides read them back. */
static int fork_with_fpu(double *top, double *below)
{
	long ret;

	asm volatile("fninit\n\t"
		     "fld1\n\t"
		     "fldpi\n\t"
		     "int $0x80\n\t"
		     "fstpl %1\n\t"
		     "fstpl %2"
		     : "=a" (ret), "=m" (*top), "=m" (*below)
		     : "0" (__NR_fork)
		     : "memory");
	return ret;
}

static int fpu_ok(double top, double below)
{
	return top > 3.14159 && top < 3.1416 && below == 1.0;
}

static unsigned int read_fs(void)
{
	unsigned int sel;

	asm volatile("movl %%fs,%0" : "=r" (sel));
	return sel & 0xffff;
}

static unsigned int read_gs(void)
{
	unsigned int sel;

	asm volatile("movl %%gs,%0" : "=r" (sel));
	return sel & 0xffff;
}

static unsigned int read_ds(void)
{
	unsigned int sel;

	asm volatile("movl %%ds,%0" : "=r" (sel));
	return sel & 0xffff;
}

int main(int argc, char **argv)
{
	int emulated = is_emulated(argc, argv);
	double top = 0, below = 0;
	unsigned int ds;
	int pid, i, same;

	plan(7);

	pid = syscall6(__NR_clone, SIGCHLD, 0, 0, 0, 0, 0);
	if (pid == 0)
		_exit(7);
	ok(pid > 0 && exited_with(reap(pid), 7),
	   "clone(SIGCHLD, 0): the child returns 0 on the same stack");

	pid = clone_new_stack();
	ok(pid > 0 && exited_with(reap(pid), 0),
	   "clone(SIGCHLD, newsp): the child runs on the new stack");

	if (emulated) {
		skip("vfork shares memory (qemu-i386 makes vfork a fork)");
	} else {
		vfork_mark = 0;
		pid = vfork_and_mark();
		ok(pid > 0 && vfork_mark == 1,
		   "vfork: the parent wakes after the child wrote shared memory");
		reap(pid);
	}

	pid = fork_with_fpu(&top, &below);
	if (pid == 0)
		_exit(fpu_ok(top, below) ? 0 : 1);
	ok(pid > 0 && fpu_ok(top, below), "fork: the parent keeps its x87 registers");
	ok(pid > 0 && exited_with(reap(pid), 0),
	   "fork: the child starts with a copy of the parent's x87 registers");

	/* %fs and %gs: user selectors, kept per task by __switch_to */
	ds = read_ds();
	asm volatile("movl %0,%%fs" : : "r" (ds));
	asm volatile("movl %0,%%gs" : : "r" (0));
	pid = fork();
	if (pid == 0) {
		same = read_fs() == ds && read_gs() == 0;
		asm volatile("movl %0,%%fs" : : "r" (0));
		asm volatile("movl %0,%%gs" : : "r" (ds));
		for (i = 0; i < 5; i++)
			sched_yield();
		same = same && read_fs() == 0 && read_gs() == ds;
		_exit(same ? 0 : 1);
	}
	for (i = 0; i < 5; i++)
		sched_yield();
	ok(read_fs() == ds && read_gs() == 0,
	   "%%fs/%%gs of the parent survive switches to the child");
	ok(pid > 0 && exited_with(reap(pid), 0),
	   "the child inherits %%fs/%%gs and keeps its own across switches");
	asm volatile("movl %0,%%fs" : : "r" (0));

	return done();
}
