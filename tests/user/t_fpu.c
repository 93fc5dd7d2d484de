// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_fpu.c - a pending x87 exception is the program's, never the
 * kernel's (issue 11 #7; 2.4.0 arch/i386/kernel/traps.c
 * do_coprocessor_error() and math_error(), i387.c, book chapter 3).
 *
 * With the zero-divide exception unmasked, 1/0 on the x87 does not trap
 * at once: the exception waits for the next waiting FPU instruction.
 *  1. That instruction in user mode: SIGFPE, trap 16, error code 0 in
 *     the sigcontext.
 *  2. execve() with the exception pending: exec's flush_thread ->
 *     clear_fpu waits on the FPU inside the kernel and takes the #MF
 *     there.  2.4.0's math_error saves the state (which clears the
 *     exception) and posts SIGFPE: the new program dies of SIGFPE
 *     before its first instruction; no oops, no pages lost.
 *  3. The same from a signal handler that returns: sigreturn's
 *     restore_i387 -> clear_fpu takes the #MF; the task dies of SIGFPE.
 * Free pages balance at the end.
 *
 * On the host (argv[1] = "host") only 1 runs: a modern kernel drops the
 * FPU state at exec and sigreturn without a signal; qemu-i386 has no x87
 * exceptions at all, so under it everything is skipped.
 */
#include "libc.h"

#define SIGFPE		8
#define SIGUSR1		10

/* The x87 control word with every exception masked but zero-divide. */
static const unsigned short cw_zm = 0x037f & ~0x0004;

/* i386 struct sigcontext, each 16-bit selector in a 32-bit slot */
struct sigctx {
	unsigned long gs, fs, es, ds;
	unsigned long edi, esi, ebp, esp, ebx, edx, ecx, eax;
	unsigned long trapno, err, eip, cs, eflags, esp_at_signal, ss;
	unsigned long fpstate, oldmask, cr2;
};

/* Leave 1/0 pending in the FPU: nothing waits on it here. */
static inline void make_pending(void)
{
	asm volatile("fldcw %0\n\t"
		     "fld1\n\t"
		     "fldz\n\t"
		     "fdivrp %%st, %%st(1)"	/* st(1) / st = 1/0 */
		     : : "m" (cw_zm) : "memory");
}

/* The handler of case 1: report trap and error code, never return. */
static void on_fpe(int sig)
{
	volatile struct sigctx *sc = (volatile struct sigctx *)
		((char *) __builtin_frame_address(0) + 12);

	if (sig != SIGFPE)
		_exit(1);
	if (sc->trapno != 16)
		_exit(2);
	if (sc->err != 0)
		_exit(3);
	_exit(40);
}

static void user_wait(unsigned long handled)
{
	if (handled)
		signal(SIGFPE, (unsigned long) on_fpe);
	make_pending();
	asm volatile("fwait" : : : "memory");
	_exit(9);
}

/* Case 2: the exception is still pending when execve enters the kernel. */
static void exec_pending(unsigned long unused)
{
	static char *av[] = { "t_fpu", "exec-child", NULL };
	static char *ev[] = { NULL };
	long ret;

	asm volatile("fldcw %5\n\t"
		     "fld1\n\t"
		     "fldz\n\t"
		     "fdivrp %%st, %%st(1)\n\t"
		     "int $0x80"
		     : "=a" (ret)
		     : "0" (__NR_execve), "b" ("/t_fpu"), "c" (av), "d" (ev),
		       "m" (cw_zm)
		     : "memory");
	_exit(10);
}

/* Case 3: the handler leaves the exception pending and returns. */
static void on_usr1(int sig)
{
	make_pending();
}

static void sigreturn_pending(unsigned long unused)
{
	volatile double x = 2.0;

	/* Use the FPU first, so the frame carries an x87 state. */
	x = x * 3.0;
	signal(SIGUSR1, (unsigned long) on_usr1);
	kill(getpid(), SIGUSR1);
	_exit(x == 6.0 ? 11 : 12);
}

int main(int argc, char **argv)
{
	long before;
	int status;

	if (argc > 1 && !strcmp(argv[1], "exec-child"))
		return 20;	/* the new image must not get here */
	if (is_emulated(argc, argv)) {
		plan(1);
		skip("qemu-i386 raises no x87 exceptions");
		return done();
	}
	plan(is_host(argc, argv) ? 2 : 5);
	before = free_pages();

	status = run_child(user_wait, 0);
	ok(killed_by(status, SIGFPE),
	   "fwait on a pending 1/0 in user mode: SIGFPE (status %#x)", status);
	status = run_child(user_wait, 1);
	ok(exited_with(status, 40),
	   "the SIGFPE handler sees trap 16, error code 0 (status %#x)",
	   status);
	if (is_host(argc, argv))
		return done();

	status = run_child(exec_pending, 0);
	ok(killed_by(status, SIGFPE),
	   "execve with 1/0 pending: the new program dies of SIGFPE "
	   "(status %#x)", status);
	status = run_child(sigreturn_pending, 0);
	ok(killed_by(status, SIGFPE),
	   "sigreturn with 1/0 pending from the handler: SIGFPE (status %#x)",
	   status);
	ok(free_pages() == before, "free pages balance (%ld, %ld)", before,
	   free_pages());
	return done();
}
