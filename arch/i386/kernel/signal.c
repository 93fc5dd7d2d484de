// SPDX-License-Identifier: GPL-2.0-only
/*
 * Signals, the i386 half: do_signal() runs on the way back to user mode
 * (entry.S signal_return) and acts on each pending signal: ignore it,
 * take the default action (end the process, or stop it), or run the
 * user's handler on a frame built on the user stack; sigreturn() takes
 * the frame down again.  Also the old sigaction(), sigsuspend().
 * Chapter 6 (信号); §2.4 (SIGSEGV ends a process that caused 越界访问).
 * Follows Linux 2.4.0 arch/i386/kernel/signal.c (no ptrace, no vm86,
 * no sigaltstack: a handler always runs on the current user stack).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/signal.h>
#include <linux/errno.h>
#include <linux/wait.h>
#include <asm/unistd.h>
#include <asm/uaccess.h>
#include <asm/ucontext.h>
#include <asm/i387.h>
#include <asm/ptrace.h>
#include <asm/segment.h>

/* Signals a handler or sigprocmask may block: all but SIGKILL, SIGSTOP. */
#define _BLOCKABLE	(~(sigmask(SIGKILL) | sigmask(SIGSTOP)))

#define TF_MASK		0x00000100

asmlinkage long sys_wait4(pid_t pid, unsigned int *stat_addr, int options,
			  void *ru);
extern int do_coredump(long signr, struct pt_regs *regs);
int do_signal(struct pt_regs *regs, sigset_t *oldset)
	__attribute__((regparm(3)));	/* entry.S: regs in eax, oldset in edx */

/*
 * The saved registers start at the first argument (entry.S).  Port: the
 * pointer is passed through an empty asm so that gcc 12 treats the
 * frame as memory it does not know (it would otherwise see writes past
 * a parameter that dies at return, and may drop them).
 */
static inline struct pt_regs *launder_regs(struct pt_regs *regs)
{
	__asm__("" : "+r" (regs));
	return regs;
}

/*
 * Wait for a signal with mask as the blocked set; the old mask is back
 * once the handler has run (do_signal gets it as oldset).
 */
asmlinkage int sys_sigsuspend(int history0, int history1, old_sigset_t mask)
{
	struct pt_regs *regs = (struct pt_regs *) &history0;
	sigset_t saveset;

	regs = launder_regs(regs);
	mask &= _BLOCKABLE;
	spin_lock_irq(&current->sigmask_lock);
	saveset = current->blocked;
	siginitset(&current->blocked, mask);
	recalc_sigpending(current);
	spin_unlock_irq(&current->sigmask_lock);

	regs->eax = -EINTR;
	while (1) {
		current->state = TASK_INTERRUPTIBLE;
		schedule();
		if (do_signal(regs, &saveset))
			return -EINTR;
	}
}

/* The same with a whole sigset_t. */
asmlinkage int sys_rt_sigsuspend(sigset_t *unewset, size_t sigsetsize)
{
	struct pt_regs *regs = launder_regs((struct pt_regs *) &unewset);
	sigset_t saveset, newset;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;

	if (copy_from_user(&newset, unewset, sizeof(newset)))
		return -EFAULT;
	sigdelsetmask(&newset, ~_BLOCKABLE);

	spin_lock_irq(&current->sigmask_lock);
	saveset = current->blocked;
	current->blocked = newset;
	recalc_sigpending(current);
	spin_unlock_irq(&current->sigmask_lock);

	regs->eax = -EINTR;
	while (1) {
		current->state = TASK_INTERRUPTIBLE;
		schedule();
		if (do_signal(regs, &saveset))
			return -EINTR;
	}
}

/* sigaction() with the old one-word mask. */
asmlinkage int sys_sigaction(int sig, const struct old_sigaction *act,
			     struct old_sigaction *oact)
{
	struct k_sigaction new_ka, old_ka;
	int ret;

	if (act) {
		old_sigset_t mask;

		if (verify_area(VERIFY_READ, act, sizeof(*act)) ||
		    __get_user(new_ka.sa.sa_handler, &act->sa_handler) ||
		    __get_user(new_ka.sa.sa_restorer, &act->sa_restorer))
			return -EFAULT;
		__get_user(new_ka.sa.sa_flags, &act->sa_flags);
		__get_user(mask, &act->sa_mask);
		siginitset(&new_ka.sa.sa_mask, mask);
	}

	ret = do_sigaction(sig, act ? &new_ka : NULL, oact ? &old_ka : NULL);

	if (!ret && oact) {
		if (verify_area(VERIFY_WRITE, oact, sizeof(*oact)) ||
		    __put_user(old_ka.sa.sa_handler, &oact->sa_handler) ||
		    __put_user(old_ka.sa.sa_restorer, &oact->sa_restorer))
			return -EFAULT;
		__put_user(old_ka.sa.sa_flags, &oact->sa_flags);
		__put_user(old_ka.sa.sa_mask.sig[0], &oact->sa_mask);
	}

	return ret;
}

/*
 * The frames on the user stack.  pretcode is the handler's return
 * address: the sa_restorer the C library gave, or retcode, a three-
 * instruction stub that calls sigreturn (rt_sigreturn).
 */
struct sigframe {
	char *pretcode;
	int sig;
	struct sigcontext sc;
	struct _fpstate fpstate;
	unsigned long extramask[_NSIG_WORDS - 1];
	char retcode[8];
};

struct rt_sigframe {
	char *pretcode;
	int sig;
	struct siginfo *pinfo;
	void *puc;
	struct siginfo info;
	struct ucontext uc;
	struct _fpstate fpstate;
	char retcode[8];
};

/*
 * Put back the registers a handler interrupted.  Only the user-
 * changeable flags come from the frame, and cs/ss are forced to ring 3,
 * so a forged frame cannot gain privileges.  orig_eax -1: the restored
 * state is not a system call to restart.
 */
static int restore_sigcontext(struct pt_regs *regs, struct sigcontext *sc,
			      int *peax)
{
	unsigned int err = 0;

#define COPY(x)		err |= __get_user(regs->x, &sc->x)

#define COPY_SEG(seg) \
	{ unsigned short tmp; \
	  err |= __get_user(tmp, &sc->seg); \
	  regs->x##seg = tmp; }

#define COPY_SEG_STRICT(seg) \
	{ unsigned short tmp; \
	  err |= __get_user(tmp, &sc->seg); \
	  regs->x##seg = tmp | 3; }

#define GET_SEG(seg) \
	{ unsigned short tmp; \
	  err |= __get_user(tmp, &sc->seg); \
	  loadsegment(seg, tmp); }

	GET_SEG(gs);
	GET_SEG(fs);
	COPY_SEG(es);
	COPY_SEG(ds);
	COPY(edi);
	COPY(esi);
	COPY(ebp);
	COPY(esp);
	COPY(ebx);
	COPY(edx);
	COPY(ecx);
	COPY(eip);
	COPY_SEG_STRICT(cs);
	COPY_SEG_STRICT(ss);

	{
		unsigned int tmpflags;

		err |= __get_user(tmpflags, &sc->eflags);
		regs->eflags = (regs->eflags & ~0x40DD5) |
			       (tmpflags & 0x40DD5);
		regs->orig_eax = -1;
	}

	{
		struct _fpstate *buf;

		err |= __get_user(buf, &sc->fpstate);
		if (buf) {
			if (verify_area(VERIFY_READ, buf, sizeof(*buf)))
				goto badframe;
			err |= restore_i387(buf);
		}
	}

	err |= __get_user(*peax, &sc->eax);
	return err;

badframe:
	return 1;
#undef COPY
#undef COPY_SEG
#undef COPY_SEG_STRICT
#undef GET_SEG
}

/*
 * The handler returned into the stub: its ret popped pretcode and the
 * stub popped sig, so the frame starts 8 bytes below %esp.  Restore the
 * mask and the registers; eax is what the interrupted code had.
 */
asmlinkage int sys_sigreturn(unsigned long __unused)
{
	struct pt_regs *regs = launder_regs((struct pt_regs *) &__unused);
	struct sigframe *frame = (struct sigframe *) (regs->esp - 8);
	sigset_t set;
	int eax;

	if (verify_area(VERIFY_READ, frame, sizeof(*frame)))
		goto badframe;
	if (__get_user(set.sig[0], &frame->sc.oldmask) ||
	    (_NSIG_WORDS > 1 &&
	     __copy_from_user(&set.sig[1], &frame->extramask,
			      sizeof(frame->extramask))))
		goto badframe;

	sigdelsetmask(&set, ~_BLOCKABLE);
	spin_lock_irq(&current->sigmask_lock);
	current->blocked = set;
	recalc_sigpending(current);
	spin_unlock_irq(&current->sigmask_lock);

	if (restore_sigcontext(regs, &frame->sc, &eax))
		goto badframe;
	return eax;

badframe:
	force_sig(SIGSEGV, current);
	return 0;
}

/* The same for an SA_SIGINFO frame (only the ret popped: 4 bytes). */
asmlinkage int sys_rt_sigreturn(unsigned long __unused)
{
	struct pt_regs *regs = launder_regs((struct pt_regs *) &__unused);
	struct rt_sigframe *frame = (struct rt_sigframe *) (regs->esp - 4);
	sigset_t set;
	int eax;

	if (verify_area(VERIFY_READ, frame, sizeof(*frame)))
		goto badframe;
	if (__copy_from_user(&set, &frame->uc.uc_sigmask, sizeof(set)))
		goto badframe;

	sigdelsetmask(&set, ~_BLOCKABLE);
	spin_lock_irq(&current->sigmask_lock);
	current->blocked = set;
	recalc_sigpending(current);
	spin_unlock_irq(&current->sigmask_lock);

	if (restore_sigcontext(regs, &frame->uc.uc_mcontext, &eax))
		goto badframe;
	return eax;

badframe:
	force_sig(SIGSEGV, current);
	return 0;
}

/* Save the interrupted registers (and the FPU) for sigreturn. */
static int setup_sigcontext(struct sigcontext *sc, struct _fpstate *fpstate,
			    struct pt_regs *regs, unsigned long mask)
{
	int tmp, err = 0;

	savesegment(gs, tmp);
	err |= __put_user(tmp, (unsigned int *) &sc->gs);
	savesegment(fs, tmp);
	err |= __put_user(tmp, (unsigned int *) &sc->fs);

	err |= __put_user(regs->xes, (unsigned int *) &sc->es);
	err |= __put_user(regs->xds, (unsigned int *) &sc->ds);
	err |= __put_user(regs->edi, &sc->edi);
	err |= __put_user(regs->esi, &sc->esi);
	err |= __put_user(regs->ebp, &sc->ebp);
	err |= __put_user(regs->esp, &sc->esp);
	err |= __put_user(regs->ebx, &sc->ebx);
	err |= __put_user(regs->edx, &sc->edx);
	err |= __put_user(regs->ecx, &sc->ecx);
	err |= __put_user(regs->eax, &sc->eax);
	err |= __put_user(current->thread.trap_no, &sc->trapno);
	err |= __put_user(current->thread.error_code, &sc->err);
	err |= __put_user(regs->eip, &sc->eip);
	err |= __put_user(regs->xcs, (unsigned int *) &sc->cs);
	err |= __put_user(regs->eflags, &sc->eflags);
	err |= __put_user(regs->esp, &sc->esp_at_signal);
	err |= __put_user(regs->xss, (unsigned int *) &sc->ss);

	tmp = save_i387(fpstate);
	if (tmp < 0)
		err = 1;
	else
		err |= __put_user(tmp ? fpstate : NULL, &sc->fpstate);

	err |= __put_user(mask, &sc->oldmask);
	err |= __put_user(current->thread.cr2, &sc->cr2);

	return err;
}

/* Below the user's stack pointer, 8-byte aligned. */
static inline void *get_sigframe(struct k_sigaction *ka,
				 struct pt_regs *regs, size_t frame_size)
{
	unsigned long esp = regs->esp;

	return (void *) ((esp - frame_size) & -8ul);
}

/* Build a sigframe and point the user registers at the handler. */
static void setup_frame(int sig, struct k_sigaction *ka, sigset_t *set,
			struct pt_regs *regs)
{
	struct sigframe *frame;
	int err = 0;

	frame = get_sigframe(ka, regs, sizeof(*frame));

	if (!access_ok(VERIFY_WRITE, frame, sizeof(*frame)))
		goto give_sigsegv;

	err |= __put_user(sig, &frame->sig);
	if (err)
		goto give_sigsegv;

	err |= setup_sigcontext(&frame->sc, &frame->fpstate, regs,
				set->sig[0]);
	if (err)
		goto give_sigsegv;

	if (_NSIG_WORDS > 1)
		err |= __copy_to_user(frame->extramask, &set->sig[1],
				      sizeof(frame->extramask));
	if (err)
		goto give_sigsegv;

	if (ka->sa.sa_flags & SA_RESTORER) {
		err |= __put_user(ka->sa.sa_restorer, &frame->pretcode);
	} else {
		err |= __put_user(frame->retcode, &frame->pretcode);
		/* popl %eax ; movl $__NR_sigreturn,%eax ; int $0x80 */
		err |= __put_user(0xb858, (short *) (frame->retcode + 0));
		err |= __put_user(__NR_sigreturn, (int *) (frame->retcode + 2));
		err |= __put_user(0x80cd, (short *) (frame->retcode + 6));
	}
	if (err)
		goto give_sigsegv;

	regs->esp = (unsigned long) frame;
	regs->eip = (unsigned long) ka->sa.sa_handler;

	set_fs(USER_DS);
	regs->xds = __USER_DS;
	regs->xes = __USER_DS;
	regs->xss = __USER_DS;
	regs->xcs = __USER_CS;
	regs->eflags &= ~TF_MASK;
	return;

give_sigsegv:
	/* No room for the frame: a SIGSEGV that cannot be caught. */
	if (sig == SIGSEGV)
		ka->sa.sa_handler = SIG_DFL;
	force_sig(SIGSEGV, current);
}

/* The SA_SIGINFO kind: handler(sig, &info, &uc). */
static void setup_rt_frame(int sig, struct k_sigaction *ka, siginfo_t *info,
			   sigset_t *set, struct pt_regs *regs)
{
	struct rt_sigframe *frame;
	int err = 0;

	frame = get_sigframe(ka, regs, sizeof(*frame));

	if (!access_ok(VERIFY_WRITE, frame, sizeof(*frame)))
		goto give_sigsegv;

	err |= __put_user(sig, &frame->sig);
	err |= __put_user(&frame->info, &frame->pinfo);
	err |= __put_user(&frame->uc, &frame->puc);
	err |= __copy_to_user(&frame->info, info, sizeof(*info));
	if (err)
		goto give_sigsegv;

	/* No alternate signal stack in this port. */
	err |= __put_user(0, &frame->uc.uc_flags);
	err |= __put_user(0, &frame->uc.uc_link);
	err |= __put_user(0, &frame->uc.uc_stack.ss_sp);
	err |= __put_user(0, &frame->uc.uc_stack.ss_flags);
	err |= __put_user(0, &frame->uc.uc_stack.ss_size);
	err |= setup_sigcontext(&frame->uc.uc_mcontext, &frame->fpstate,
				regs, set->sig[0]);
	err |= __copy_to_user(&frame->uc.uc_sigmask, set, sizeof(*set));
	if (err)
		goto give_sigsegv;

	if (ka->sa.sa_flags & SA_RESTORER) {
		err |= __put_user(ka->sa.sa_restorer, &frame->pretcode);
	} else {
		err |= __put_user(frame->retcode, &frame->pretcode);
		/* movl $__NR_rt_sigreturn,%eax ; int $0x80 */
		err |= __put_user(0xb8, (char *) (frame->retcode + 0));
		err |= __put_user(__NR_rt_sigreturn,
				  (int *) (frame->retcode + 1));
		err |= __put_user(0x80cd, (short *) (frame->retcode + 5));
	}
	if (err)
		goto give_sigsegv;

	regs->esp = (unsigned long) frame;
	regs->eip = (unsigned long) ka->sa.sa_handler;

	set_fs(USER_DS);
	regs->xds = __USER_DS;
	regs->xes = __USER_DS;
	regs->xss = __USER_DS;
	regs->xcs = __USER_CS;
	regs->eflags &= ~TF_MASK;
	return;

give_sigsegv:
	if (sig == SIGSEGV)
		ka->sa.sa_handler = SIG_DFL;
	force_sig(SIGSEGV, current);
}

/*
 * Run a handler: an interrupted system call either returns -EINTR or is
 * restarted (SA_RESTART), the frame is built, a one-shot handler is
 * reset, and unless SA_NODEFER the signal and sa_mask are blocked while
 * the handler runs.
 */
static void handle_signal(unsigned long sig, struct k_sigaction *ka,
			  siginfo_t *info, sigset_t *oldset,
			  struct pt_regs *regs)
{
	if (regs->orig_eax >= 0) {
		switch (regs->eax) {
		case -ERESTARTNOHAND:
			regs->eax = -EINTR;
			break;
		case -ERESTARTSYS:
			if (!(ka->sa.sa_flags & SA_RESTART)) {
				regs->eax = -EINTR;
				break;
			}
			/* fall through */
		case -ERESTARTNOINTR:
			regs->eax = regs->orig_eax;
			regs->eip -= 2;
		}
	}

	if (ka->sa.sa_flags & SA_SIGINFO)
		setup_rt_frame(sig, ka, info, oldset, regs);
	else
		setup_frame(sig, ka, oldset, regs);

	if (ka->sa.sa_flags & SA_ONESHOT)
		ka->sa.sa_handler = SIG_DFL;

	if (!(ka->sa.sa_flags & SA_NODEFER)) {
		spin_lock_irq(&current->sigmask_lock);
		current->blocked.sig[0] |= ka->sa.sa_mask.sig[0];
		current->blocked.sig[1] |= ka->sa.sa_mask.sig[1];
		sigaddset(&current->blocked, sig);
		recalc_sigpending(current);
		spin_unlock_irq(&current->sigmask_lock);
	}
}

/*
 * On the way back to user mode with a signal pending (entry.S).  Each
 * unblocked signal in turn: ignored ones are dropped (an ignored
 * SIGCHLD reaps the dead children); by default SIGCONT, SIGCHLD and
 * SIGWINCH do nothing, the stop signals stop the task, and the others
 * end it (do_exit with the signal number as the wait status; 0x80 would
 * say a core was dumped).  init (pid 1) is spared every default action.
 * A caught signal gets its frame and the loop ends: one handler at a
 * time.  Without a handler, an interrupted system call is restarted.
 * Returns 1 if a handler was set up.
 */
__attribute__((regparm(3))) int do_signal(struct pt_regs *regs,
					   sigset_t *oldset)
{
	siginfo_t info;
	struct k_sigaction *ka;

	/* Only on the way to user mode. */
	if ((regs->xcs & 3) != 3)
		return 1;

	if (!oldset)
		oldset = &current->blocked;

	for (;;) {
		unsigned long signr;

		spin_lock_irq(&current->sigmask_lock);
		signr = dequeue_signal(&current->blocked, &info);
		spin_unlock_irq(&current->sigmask_lock);

		if (!signr)
			break;

		ka = &current->sig->action[signr - 1];
		if (ka->sa.sa_handler == SIG_IGN) {
			if (signr != SIGCHLD)
				continue;
			/* SIGCHLD ignored: reap the zombies now. */
			while (sys_wait4(-1, NULL, WNOHANG, NULL) > 0)
				;
			continue;
		}

		if (ka->sa.sa_handler == SIG_DFL) {
			int exit_code = signr;

			if (current->pid == 1)
				continue;

			switch (signr) {
			case SIGCONT: case SIGCHLD: case SIGWINCH:
				continue;

			case SIGTSTP: case SIGTTIN: case SIGTTOU:
				/* 2.4.0 first skips an orphaned group. */
			case SIGSTOP:
				current->state = TASK_STOPPED;
				current->exit_code = signr;
				if (!(current->p_pptr->sig->action[SIGCHLD - 1].sa.sa_flags &
				      SA_NOCLDSTOP))
					notify_parent(current, SIGCHLD);
				schedule();
				continue;

			case SIGQUIT: case SIGILL: case SIGTRAP:
			case SIGABRT: case SIGFPE: case SIGSEGV:
			case SIGBUS: case SIGSYS: case SIGXCPU: case SIGXFSZ:
				if (do_coredump(signr, regs))
					exit_code |= 0x80;
				/* fall through */

			default:
				sigaddset(&current->pending.signal, signr);
				recalc_sigpending(current);
				current->flags |= PF_SIGNALED;
				do_exit(exit_code);
			}
		}

		/* Re-arm hardware breakpoints before going to user mode. */
		__asm__("movl %0,%%db7" : : "r" (current->thread.debugreg[7]));

		handle_signal(signr, ka, &info, oldset, regs);
		return 1;
	}

	if (regs->orig_eax >= 0) {
		if (regs->eax == -ERESTARTNOHAND ||
		    regs->eax == -ERESTARTSYS ||
		    regs->eax == -ERESTARTNOINTR) {
			regs->eax = regs->orig_eax;
			regs->eip -= 2;
		}
	}
	return 0;
}
