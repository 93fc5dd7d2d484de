// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_signal.c - signals seen from user mode (book chapter 6, 信号; 2.4.0
 * kernel/signal.c and arch/i386/kernel/signal.c): handlers installed by
 * signal(), sigaction() and rt_sigaction() run with the right argument
 * and mask, the frame on the user stack holds the interrupted registers
 * and sigreturn puts back what the handler left there, blocked signals
 * wait in the pending set, sigsuspend()/pause() end with -EINTR, an
 * interrupted wait4() is restarted only with SA_RESTART, default actions
 * (ignore, stop, end the process), SIG_IGN for SIGCHLD reaps children,
 * and the errors of kill() and sigaction().
 *
 * 2.4.0 versus the oracle (argv[1] = "qemu"): qemu-i386 builds its own
 * signal frames; the trap number and error code it stores there are not
 * the CPU's, so those two checks are skipped under it, and so is the x87
 * state, which it does not take back at sigreturn; it has no signal()
 * system call either, so there the same action is set with sigaction.
 */
#include "libc.h"

#define __NR_pause		29
#define __NR_sigaction		67
#define __NR_sigsuspend		72
#define __NR_sigpending		73
#define __NR_sigreturn		119
#define __NR_sigprocmask	126
#define __NR_rt_sigaction	174
#define __NR_rt_sigprocmask	175
#define __NR_rt_sigpending	176
#define __NR_rt_sigsuspend	179

#define SIGUSR1		10
#define SIGUSR2		12
#define SIGTERM		15
#define SIGCONT		18
#define SIGSTOP		19
#define SIG_IGN		1UL

#define SIG_BLOCK	0
#define SIG_UNBLOCK	1
#define SIG_SETMASK	2

#define SA_SIGINFO	0x00000004
#define SA_RESTORER	0x04000000
#define SA_RESTART	0x10000000
#define SA_NODEFER	0x40000000
#define SA_RESETHAND	0x80000000

#define EINTR		4
#define WUNTRACED	2

#define BIT(sig)	(1UL << ((sig) - 1))

struct old_sigaction {
	unsigned long handler;
	unsigned long mask;
	unsigned long flags;
	unsigned long restorer;
};

struct rt_sigaction {
	unsigned long handler;
	unsigned long flags;
	unsigned long restorer;
	unsigned long mask[2];
};

/* i386 struct sigcontext, each 16-bit selector in a 32-bit slot */
struct sigctx {
	unsigned long gs, fs, es, ds;
	unsigned long edi, esi, ebp, esp, ebx, edx, ecx, eax;
	unsigned long trapno, err, eip, cs, eflags, esp_at_signal, ss;
	unsigned long fpstate, oldmask, cr2;
};

struct uctx {
	unsigned long flags, link;
	unsigned long ss_sp, ss_flags, ss_size;
	struct sigctx mc;
	unsigned long sigmask[2];
};

struct sinfo {
	int signo, errno_, code;
	int rest[29];
};

static long sys(long nr, long a, long b, long c)
{
	return syscall6(nr, a, b, c, 0, 0, 0);
}

static int old_sigaction(int sig, unsigned long handler, unsigned long mask,
			 unsigned long flags, struct old_sigaction *old)
{
	struct old_sigaction act = { handler, mask, flags, 0 };

	return sys(__NR_sigaction, sig, (long) &act, (long) old);
}

static int rt_action(int sig, unsigned long handler, unsigned long mask,
		     unsigned long flags, struct rt_sigaction *old)
{
	struct rt_sigaction act = { handler, flags, 0, { mask, 0 } };

	return syscall6(__NR_rt_sigaction, sig, (long) &act, (long) old, 8, 0, 0);

}

/*
 * signal() (48); qemu-i386 does not implement it, so under qemu the same
 * action is set with sigaction: one shot, not blocked in its handler.
 */
static int use_sigaction;

static unsigned long sys_signal(int sig, unsigned long handler)
{
	struct old_sigaction old;
	long r;

	if (!use_sigaction)
		return signal(sig, handler);
	r = old_sigaction(sig, handler, 0, SA_RESETHAND | SA_NODEFER, &old);
	return r ? (unsigned long) r : old.handler;
}

static unsigned long blocked_now(void)
{
	unsigned long old = 0;

	sys(__NR_sigprocmask, SIG_BLOCK, 0, (long) &old);
	return old;
}

static void set_blocked(unsigned long mask)
{
	sys(__NR_sigprocmask, SIG_SETMASK, (long) &mask, 0);
}

static unsigned long pending_now(void)
{
	unsigned long set = 0;

	sys(__NR_sigpending, (long) &set, 0, 0);
	return set;
}

/* What the handlers saw */
static volatile int hits1, hits2, last_sig, order;
static volatile int usr2_at, usr1_done_at;
static volatile unsigned long mask_in_handler;

static void on_usr1(int sig)
{
	hits1++;
	last_sig = sig;
	mask_in_handler = blocked_now();
}

static void on_usr2(int sig)
{
	hits2++;
	usr2_at = ++order;
}

/* Sends itself SIGUSR2 (masked by sa_mask): it must wait for our return. */
static void on_usr1_raise(int sig)
{
	hits1++;
	mask_in_handler = blocked_now();
	kill(getpid(), SIGUSR2);
	usr1_done_at = ++order;
}

/* Nested delivery of the same signal under SA_NODEFER */
static volatile int depth, max_depth;

static void on_usr1_nested(int sig)
{
	depth++;
	if (depth > max_depth)
		max_depth = depth;
	if (depth < 3)
		kill(getpid(), SIGUSR1);
	depth--;
}

/*
 * A load through %ecx that faults: the handler moves eip past the
 * two-byte "movl (%ecx),%eax" and chooses what eax and ecx hold then.
 */
static unsigned long fault_load(unsigned long addr, unsigned long *ecx)
{
	unsigned long val, c = addr;

	asm volatile("movl $0x5a5a5a5a, %%eax\n\t"
		     "movl (%%ecx), %%eax"
		     : "=a" (val), "+c" (c) : : "memory");
	*ecx = c;
	return val;
}

static volatile unsigned long seen_trapno, seen_err, seen_cr2, seen_oldmask;
static volatile unsigned long seen_ucmask, seen_esp_ok;
static volatile int seen_signo;

/* Old-style frame: sig, then the sigcontext, right above the return address */
static void on_segv_old(int sig)
{
	volatile struct sigctx *sc = (volatile struct sigctx *)
		((char *) __builtin_frame_address(0) + 12);

	last_sig = sig;
	seen_trapno = sc->trapno;
	seen_err = sc->err;
	seen_cr2 = sc->cr2;
	seen_oldmask = sc->oldmask;
	seen_esp_ok = sc->esp_at_signal == sc->esp;
	sc->eip += 2;
	sc->eax = 0x1234;
	sc->ecx = 0x777;
}

static void on_segv_rt(int sig, struct sinfo *info, struct uctx *uc)
{
	last_sig = sig;
	seen_signo = info->signo;
	seen_cr2 = uc->mc.cr2;
	seen_ucmask = uc->sigmask[0];
	uc->mc.eip += 2;
	uc->mc.eax = 0x4321;
	uc->mc.ecx = 0x888;
}

/* The handler leaves the x87 in a state of its own */
static void on_usr1_fpu(int sig)
{
	hits1++;
	asm volatile("fninit\n\tfldz\n\tfldz\n\tfldz" : : : "memory");
}

/*
 * 1.0 and pi on the x87 stack across a kill() whose handler uses the
 * FPU: the frame's copy brings them back.  Returns 1 if both survived.
 */
static int fpu_survives(void)
{
	unsigned long long top = 0, below = 0;
	long r;

	asm volatile("fld1\n\t"
		     "fldpi\n\t"
		     "int $0x80\n\t"
		     "fstpl %1\n\t"
		     "fstpl %2"
		     : "=a" (r), "=m" (top), "=m" (below)
		     : "a" (37), "b" (getpid()), "c" (SIGUSR1)
		     : "memory");
	return r == 0 && top == 0x400921fb54442d18ULL &&
	       below == 0x3ff0000000000000ULL;
}

/* Our own sa_restorer: the three instructions of the sigreturn stub */
extern void my_restorer(void);
asm(".text\n"
    "my_restorer:\n\t"
    "popl %eax\n\t"
    "movl $119, %eax\n\t"
    "int $0x80\n\t"
    "hlt\n");

static void sleep_then_signal(int target, int sig, int yields)
{
	int i;

	for (i = 0; i < yields; i++)
		sched_yield();
	kill(target, sig);
}

static void default_usr1(unsigned long unused)
{
	old_sigaction(SIGUSR1, SIG_DFL, 0, 0, 0);
	set_blocked(0);
	kill(getpid(), SIGUSR1);
	_exit(3);	/* not reached */
}

static void default_term_after_cont(unsigned long unused)
{
	old_sigaction(SIGCONT, SIG_DFL, 0, 0, 0);
	old_sigaction(SIGCHLD, SIG_DFL, 0, 0, 0);
	kill(getpid(), SIGCONT);
	kill(getpid(), SIGCHLD);
	kill(getpid(), SIGTERM);
	_exit(3);	/* not reached */
}

int main(int argc, char **argv)
{
	int emulated = is_emulated(argc, argv);
	struct old_sigaction oa;
	struct rt_sigaction ra;
	unsigned long v, ecx, set[2];
	long r;
	int pid, st, i, before;

	plan(51);
	use_sigaction = emulated;

	/* Errors first: nothing is installed by them. */
	ok(kill(getpid(), 0) == 0, "kill(self, 0): 0");
	ok(kill(getpid(), 65) == -EINVAL, "kill with signal 65: -EINVAL");
	ok(kill(0x7ffffff0, 0) == -ESRCH, "kill of no such pid: -ESRCH");
	ok(old_sigaction(SIGKILL, (unsigned long) on_usr1, 0, 0, 0) == -EINVAL &&
	   old_sigaction(SIGSTOP, SIG_IGN, 0, 0, 0) == -EINVAL,
	   "sigaction on SIGKILL, SIGSTOP: -EINVAL");
	oa.handler = 99;
	ok(sys(__NR_sigaction, SIGKILL, 0, (long) &oa) == 0 && oa.handler == 0,
	   "reading SIGKILL's action: 0, SIG_DFL");
	ok(old_sigaction(0, SIG_IGN, 0, 0, 0) == -EINVAL &&
	   old_sigaction(65, SIG_IGN, 0, 0, 0) == -EINVAL,
	   "sigaction on 0 and 65: -EINVAL");
	ok(syscall6(__NR_rt_sigaction, SIGUSR1, 0, (long) &ra, 4, 0, 0) ==
	   -EINVAL, "rt_sigaction with sigsetsize 4: -EINVAL");
	ok(syscall6(__NR_rt_sigprocmask, SIG_BLOCK, 0, (long) set, 4, 0, 0)
	   == -EINVAL, "rt_sigprocmask with sigsetsize 4: -EINVAL");
	v = BIT(SIGUSR1);
	ok(sys(__NR_sigprocmask, 7, (long) &v, 0) == -EINVAL &&
	   blocked_now() == 0, "sigprocmask how 7: -EINVAL, mask unchanged");

	/* signal(): one shot, the signal not blocked in its own handler */
	r = sys_signal(SIGUSR1, (unsigned long) on_usr1);
	ok(r == SIG_DFL, "signal(SIGUSR1) returns the old SIG_DFL");
	r = kill(getpid(), SIGUSR1);
	ok(r == 0 && hits1 == 1 && last_sig == SIGUSR1,
	   "the handler ran before kill returned 0, with sig %d", last_sig);
	ok(!(mask_in_handler & BIT(SIGUSR1)),
	   "signal(): SIGUSR1 not blocked in its handler (%#lx)",
	   mask_in_handler);
	ok(blocked_now() == 0, "the mask is back to empty after sigreturn");
	ok(sys_signal(SIGUSR1, SIG_DFL) == SIG_DFL,
	   "signal(): the handler was reset to SIG_DFL when it ran");

	/* sigaction(): the signal and sa_mask blocked while it runs */
	hits1 = hits2 = order = 0;
	old_sigaction(SIGUSR2, (unsigned long) on_usr2, 0, 0, 0);
	ok(old_sigaction(SIGUSR1, (unsigned long) on_usr1_raise, BIT(SIGUSR2),
			 0, 0) == 0, "sigaction(SIGUSR1) with sa_mask SIGUSR2");
	ok(old_sigaction(SIGUSR1, (unsigned long) on_usr1_raise, 0, 0, &oa) == 0
	   && oa.handler == (unsigned long) on_usr1_raise &&
	   oa.mask == BIT(SIGUSR2) && oa.flags == 0,
	   "the old action reads back: handler, mask, flags");
	old_sigaction(SIGUSR1, (unsigned long) on_usr1_raise, BIT(SIGUSR2),
		      0, 0);
	kill(getpid(), SIGUSR1);
	ok(mask_in_handler == (BIT(SIGUSR1) | BIT(SIGUSR2)),
	   "in the handler SIGUSR1 and SIGUSR2 are blocked (%#lx)",
	   mask_in_handler);
	ok(hits1 == 1 && hits2 == 1 && usr1_done_at == 1 && usr2_at == 2,
	   "SIGUSR2 raised in the handler ran after it returned");
	kill(getpid(), SIGUSR1);
	ok(hits1 == 2, "sigaction(): the handler stays installed");

	/* SA_NODEFER: the handler can be entered again from inside */
	old_sigaction(SIGUSR1, (unsigned long) on_usr1_nested, 0, SA_NODEFER, 0);
	kill(getpid(), SIGUSR1);
	ok(max_depth == 3 && blocked_now() == 0,
	   "SA_NODEFER: nested delivery, depth %d", max_depth);

	/* SA_RESETHAND with our own SA_RESTORER stub */
	hits1 = 0;
	{
		struct old_sigaction act = { (unsigned long) on_usr1, 0,
			SA_RESETHAND | SA_RESTORER, (unsigned long) my_restorer };

		sys(__NR_sigaction, SIGUSR1, (long) &act, 0);
	}
	r = kill(getpid(), SIGUSR1);
	ok(r == 0 && hits1 == 1 && mask_in_handler == BIT(SIGUSR1) &&
	   blocked_now() == 0, "SA_RESTORER: the handler returned through it");
	sys(__NR_sigaction, SIGUSR1, 0, (long) &oa);
	ok(oa.handler == SIG_DFL, "SA_RESETHAND: SIG_DFL afterwards");

	/* The FPU state travels in the frame */
	hits1 = 0;
	old_sigaction(SIGUSR1, (unsigned long) on_usr1_fpu, 0, 0, 0);
	if (emulated)
		skip("qemu-i386 does not take the x87 state back at sigreturn");
	else
		ok(fpu_survives() && hits1 == 1, "x87 registers survive a "
		   "handler that reinitialises the FPU");

	/* Blocked signals wait; unblocking delivers them */
	hits1 = 0;
	old_sigaction(SIGUSR1, (unsigned long) on_usr1, 0, 0, 0);
	v = BIT(SIGUSR1) | BIT(SIGKILL) | BIT(SIGSTOP);
	sys(__NR_sigprocmask, SIG_BLOCK, (long) &v, 0);
	ok(blocked_now() == BIT(SIGUSR1),
	   "SIGKILL and SIGSTOP cannot be blocked (%#lx)", blocked_now());
	kill(getpid(), SIGUSR1);
	kill(getpid(), SIGUSR1);
	ok(hits1 == 0 && pending_now() == BIT(SIGUSR1),
	   "blocked SIGUSR1 is pending (%#lx)", pending_now());
	set[0] = set[1] = 0;
	ok(sys(__NR_rt_sigpending, (long) set, 8, 0) == 0 &&
	   set[0] == BIT(SIGUSR1) && set[1] == 0, "rt_sigpending agrees");
	v = BIT(SIGUSR1);
	sys(__NR_sigprocmask, SIG_UNBLOCK, (long) &v, 0);
	ok(hits1 == 1 && pending_now() == 0,
	   "unblocked: delivered once (%d), no longer pending", hits1);

	/* A pending signal that becomes ignored is dropped */
	sys(__NR_sigprocmask, SIG_BLOCK, (long) &v, 0);
	kill(getpid(), SIGUSR1);
	old_sigaction(SIGUSR1, SIG_IGN, 0, 0, 0);
	ok(pending_now() == 0, "SIG_IGN drops the pending SIGUSR1");
	set_blocked(0);
	kill(getpid(), SIGUSR1);
	ok(hits1 == 1, "an ignored signal does nothing");

	/* sigsuspend: the temporary mask, -EINTR, the old mask back */
	old_sigaction(SIGUSR1, (unsigned long) on_usr1, 0, 0, 0);
	set_blocked(BIT(SIGUSR1) | BIT(SIGUSR2));
	kill(getpid(), SIGUSR1);
	before = hits1;
	if (emulated) {
		skip("qemu-i386 reads sigsuspend's mask through a pointer");
		skip("(the old mask after sigsuspend)");
	} else {
		r = sys(__NR_sigsuspend, 0, 0, BIT(SIGUSR2));
		ok(r == -EINTR && hits1 == before + 1,
		   "sigsuspend: the handler ran, -EINTR (%ld)", r);
		ok(mask_in_handler == (BIT(SIGUSR1) | BIT(SIGUSR2)) &&
		   blocked_now() == (BIT(SIGUSR1) | BIT(SIGUSR2)),
		   "sigsuspend: the old mask is back after the handler");
	}
	kill(getpid(), SIGUSR1);
	before = hits1;
	set[0] = BIT(SIGUSR2);
	set[1] = 0;
	r = sys(__NR_rt_sigsuspend, (long) set, 8, 0);
	ok(r == -EINTR && hits1 == before + 1 &&
	   mask_in_handler == (BIT(SIGUSR1) | BIT(SIGUSR2)) &&
	   blocked_now() == (BIT(SIGUSR1) | BIT(SIGUSR2)),
	   "rt_sigsuspend: handler, -EINTR, old mask (%ld)", r);
	ok(sys(__NR_rt_sigsuspend, (long) set, 4, 0) == -EINVAL,
	   "rt_sigsuspend with sigsetsize 4: -EINVAL");
	set_blocked(0);

	/* pause: a signal from a child ends it */
	pid = fork();
	if (pid == 0) {
		sleep_then_signal(getppid(), SIGUSR1, 200);
		_exit(0);
	}
	before = hits1;
	r = sys(__NR_pause, 0, 0, 0);
	ok(r == -EINTR && hits1 == before + 1, "pause: ended by the child's SIGUSR1, "
	   "-EINTR (%ld)", r);
	ok(exited_with(reap(pid), 0), "the child exited");

	/* wait4 interrupted: -EINTR, or restarted with SA_RESTART */
	pid = fork();
	if (pid == 0) {
		sleep_then_signal(getppid(), SIGUSR1, 2000);
		for (i = 0; i < 2000; i++)
			sched_yield();
		_exit(7);
	}
	before = hits1;
	r = waitpid(pid, &st, 0);
	ok(r == -EINTR && hits1 == before + 1, "waitpid interrupted by a handler: "
	   "-EINTR (%ld)", r);
	ok(waitpid(pid, &st, 0) == pid && exited_with(st, 7),
	   "waitpid again: the child's status");
	old_sigaction(SIGUSR1, (unsigned long) on_usr1, 0, SA_RESTART, 0);
	pid = fork();
	if (pid == 0) {
		sleep_then_signal(getppid(), SIGUSR1, 2000);
		for (i = 0; i < 2000; i++)
			sched_yield();
		_exit(8);
	}
	before = hits1;
	r = waitpid(pid, &st, 0);
	ok(r == pid && exited_with(st, 8) && hits1 == before + 1,
	   "SA_RESTART: waitpid restarted after the handler (%ld)", r);

	/* Faults: the frame holds the registers, sigreturn takes them back */
	old_sigaction(SIGSEGV, (unsigned long) on_segv_old, 0, 0, 0);
	set_blocked(BIT(SIGUSR2));
	v = fault_load(0x10, &ecx);
	ok(last_sig == SIGSEGV && v == 0x1234 && ecx == 0x777,
	   "SIGSEGV handler: eip, eax, ecx from the frame (%#lx, %#lx)",
	   v, ecx);
	ok(seen_cr2 == 0x10 && seen_oldmask == BIT(SIGUSR2) && seen_esp_ok,
	   "sigcontext: cr2 %#lx, oldmask %#lx", seen_cr2, seen_oldmask);
	if (emulated)
		skip("qemu-i386 stores its own trapno and err");
	else
		ok(seen_trapno == 14 && seen_err == 4,
		   "sigcontext: trap 14, error code 4 (%lu, %lu)",
		   seen_trapno, seen_err);
	ok(blocked_now() == BIT(SIGUSR2), "the mask is back after sigreturn");

	last_sig = 0;
	rt_action(SIGSEGV, (unsigned long) on_segv_rt, 0,
		  SA_SIGINFO | SA_RESETHAND, 0);
	v = fault_load(0x20, &ecx);
	ok(last_sig == SIGSEGV && seen_signo == SIGSEGV && v == 0x4321 &&
	   ecx == 0x888, "SA_SIGINFO: siginfo, ucontext registers (%#lx, %#lx)",
	   v, ecx);
	ok(seen_cr2 == 0x20 && seen_ucmask == BIT(SIGUSR2),
	   "ucontext: cr2 %#lx, uc_sigmask %#lx", seen_cr2, seen_ucmask);
	ok(rt_action(SIGSEGV, (unsigned long) on_segv_rt, 0, 0, &ra) == 0 &&
	   ra.handler == SIG_DFL, "rt_sigaction reads back SIG_DFL "
	   "(SA_RESETHAND)");
	rt_action(SIGSEGV, SIG_DFL, 0, 0, 0);
	set_blocked(0);

	/* Default actions */
	ok(killed_by(run_child(default_usr1, 0), SIGUSR1),
	   "SIGUSR1 by default ends the process");
	ok(killed_by(run_child(default_term_after_cont, 0), SIGTERM),
	   "SIGCONT and SIGCHLD by default do nothing; SIGTERM ends it");

	pid = fork();
	if (pid == 0) {
		for (;;)
			sched_yield();
	}
	kill(pid, SIGSTOP);
	r = waitpid(pid, &st, WUNTRACED);
	ok(r == pid && (st & 0xff) == 0x7f && ((st >> 8) & 0xff) == SIGSTOP,
	   "SIGSTOP stops the child: waitpid(WUNTRACED) %#x", st);
	kill(pid, SIGCONT);
	kill(pid, SIGKILL);
	ok(killed_by(reap(pid), SIGKILL), "SIGCONT, then SIGKILL ends it");

	/* SIGCHLD ignored: the children are reaped for us */
	old_sigaction(SIGCHLD, SIG_IGN, 0, 0, 0);
	pid = fork();
	if (pid == 0)
		_exit(0);
	for (i = 0; i < 100000 && kill(pid, 0) == 0; i++)
		sched_yield();
	ok(kill(pid, 0) == -ESRCH && waitpid(pid, &st, WNOHANG) == -ECHILD,
	   "SIGCHLD ignored: the dead child is gone without waitpid");
	old_sigaction(SIGCHLD, SIG_DFL, 0, 0, 0);

	ok(sys(__NR_sigaction, SIGUSR1, 0, 0) == 0,
	   "sigaction with neither act nor oact: 0");
	return done();
}
