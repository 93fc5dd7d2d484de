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
/// §6.4 信号，i386 的一半：信号在进程“从内核返回用户空间”的那一刻才被处理。entry.S 在返回用户空间前看到 sigpending
/// 就调用 do_signal：逐个取出信号，忽略的丢掉，缺省动作结束或停止进程，有处理函数的就在用户堆栈上搭一个框架，
/// 改写保存的 eip 让 iret “返回”到处理函数，处理函数返回时经框架里的小程序执行 sigreturn 恢复原来的现场。
/// §2.4：用户态越界访问得到的 SIGSEGV 就在这里以缺省动作结束进程（wait 状态为 11）。
/// 与 2.4.0 不同：没有 ptrace、vm86、替换信号栈（sigaltstack），处理函数总在当前用户堆栈上运行。
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

/* Default action "dump core, then end": do_signal(). */
#define CORE_SIGNALS	(sigmask(SIGQUIT) | sigmask(SIGILL) | \
			 sigmask(SIGTRAP) | sigmask(SIGABRT) | \
			 sigmask(SIGFPE) | sigmask(SIGSEGV) | \
			 sigmask(SIGBUS) | sigmask(SIGSYS) | \
			 sigmask(SIGXCPU) | sigmask(SIGXFSZ))

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
/// §6.4：取得系统调用保存的寄存器框架。2.4.0: 无（本移植新增）
/// 2.4.0 写成 (struct pt_regs *) &第一个参数：entry.S 把寄存器压栈，正好位于参数的位置。gcc 12 知道这个参数在函数返回后
/// 就失效，可能认为经由这个指针对框架其余部分的写（restore_sigcontext 改写 eip、esp ……）是无用的而删掉；
/// 让指针穿过一条空的 asm，编译器就不再知道它从哪里来，写操作必定保留。
static inline struct pt_regs *launder_regs(struct pt_regs *regs)
{
	__asm__("" : "+r" (regs));
	return regs;
}

/*
 * Wait for a signal with mask as the blocked set; the old mask is back
 * once the handler has run (do_signal gets it as oldset).
 */
/// §6.4 / §4.8：系统调用 sigsuspend（72）：换上新的屏蔽字睡眠，直到处理了一个信号。2.4.0: arch/i386/kernel/signal.c sys_sigsuspend()
/// 这个系统调用需要整个寄存器框架（entry.S 的 sys_call_frame 标记了它）：do_signal 要在上面为处理函数搭框架，
/// 而处理函数返回后应恢复的屏蔽字是 before（旧的），不是睡眠时用的那个。
asmlinkage int sys_sigsuspend(int history0, int history1, old_sigset_t mask)
{
	struct pt_regs *regs = launder_regs((struct pt_regs *) &history0);
	sigset_t before;

	spin_lock_irq(&current->sigmask_lock);
	before = current->blocked;
	siginitset(&current->blocked, mask & _BLOCKABLE);
	recalc_sigpending(current);
	spin_unlock_irq(&current->sigmask_lock);

	/* What the call returns once a handler has been set up. */
	/// 处理函数返回、sigreturn 恢复现场后，用户看到的返回值就是这里预先写进框架的 -EINTR。
	regs->eax = -EINTR;
	for (;;) {
		current->state = TASK_INTERRUPTIBLE;
		schedule();
		if (do_signal(regs, &before))
			break;
	}
	return -EINTR;
}

/* The same with a whole sigset_t. */
/// §6.4：系统调用 rt_sigsuspend（179），整个 sigset_t 的版本。2.4.0: arch/i386/kernel/signal.c sys_rt_sigsuspend()
asmlinkage int sys_rt_sigsuspend(sigset_t *unewset, size_t sigsetsize)
{
	struct pt_regs *regs = launder_regs((struct pt_regs *) &unewset);
	sigset_t before, wanted;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (copy_from_user(&wanted, unewset, sizeof(wanted)))
		return -EFAULT;
	sigdelsetmask(&wanted, ~_BLOCKABLE);

	spin_lock_irq(&current->sigmask_lock);
	before = current->blocked;
	current->blocked = wanted;
	recalc_sigpending(current);
	spin_unlock_irq(&current->sigmask_lock);

	regs->eax = -EINTR;
	for (;;) {
		current->state = TASK_INTERRUPTIBLE;
		schedule();
		if (do_signal(regs, &before))
			break;
	}
	return -EINTR;
}

/* sigaction() with the old one-word mask. */
/// §6.4：系统调用 sigaction（67），旧的 old_sigaction 格式（屏蔽字只有一个字）。2.4.0: arch/i386/kernel/signal.c sys_sigaction()
asmlinkage int sys_sigaction(int sig, const struct old_sigaction *act,
			     struct old_sigaction *oact)
{
	struct k_sigaction want, had;
	int ret;

	if (act != NULL) {
		old_sigset_t word;

		if (verify_area(VERIFY_READ, act, sizeof(*act)))
			return -EFAULT;
		if (__get_user(want.sa.sa_handler, &act->sa_handler) ||
		    __get_user(want.sa.sa_restorer, &act->sa_restorer))
			return -EFAULT;
		/* The rest of the block was checked readable above. */
		__get_user(want.sa.sa_flags, &act->sa_flags);
		__get_user(word, &act->sa_mask);
		siginitset(&want.sa.sa_mask, word);
	}

	ret = do_sigaction(sig, act ? &want : NULL, oact ? &had : NULL);
	if (ret != 0 || oact == NULL)
		return ret;

	if (verify_area(VERIFY_WRITE, oact, sizeof(*oact)))
		return -EFAULT;
	if (__put_user(had.sa.sa_handler, &oact->sa_handler) ||
	    __put_user(had.sa.sa_restorer, &oact->sa_restorer))
		return -EFAULT;
	__put_user(had.sa.sa_flags, &oact->sa_flags);
	__put_user(had.sa.sa_mask.sig[0], &oact->sa_mask);
	return 0;
}

/*
 * The frames on the user stack.  pretcode is the handler's return
 * address: the sa_restorer the C library gave, or retcode, a three-
 * instruction stub that calls sigreturn (rt_sigreturn).
 */
/// 用户堆栈上的信号框架，布局与 2.4.0 相同：pretcode 是处理函数的返回地址，sig 是它的参数；sc 保存被打断的全部寄存器，
/// fpstate 保存 FPU；retcode 是一小段代码：popl %eax; movl $__NR_sigreturn, %eax; int $0x80。
/// C 库若提供了 sa_restorer（SA_RESTORER），返回地址就用它，不用 retcode。
struct sigframe {
	char *pretcode;
	int sig;
	struct sigcontext sc;
	struct _fpstate fpstate;
	unsigned long extramask[_NSIG_WORDS - 1];
	char retcode[8];
};

/// SA_SIGINFO 的框架：处理函数得到三个参数 sig、&info、&uc。
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
/// §6.4：sigreturn 时把框架中的寄存器放回系统调用的保存区。2.4.0: arch/i386/kernel/signal.c restore_sigcontext()
/// 用户可以随意改写框架，所以要防范：cs、ss 强制或上 3（特权级只能是 3），eflags 只取用户可改的那些位，
/// 段寄存器装入出错时由 loadsegment 的修正代码装 0。orig_eax 置为 -1：恢复出来的现场不是“系统调用中”，
/// do_signal 不会再去重启什么。
static int restore_sigcontext(struct pt_regs *regs, struct sigcontext *sc,
			      int *peax)
{
	unsigned int bad = 0;
	unsigned short sel;
	unsigned int uflags;
	struct _fpstate *fp;

	/* gs and fs go straight back into the CPU, es and ds to the frame. */
	bad |= __get_user(sel, &sc->gs);
	loadsegment(gs, sel);
	bad |= __get_user(sel, &sc->fs);
	loadsegment(fs, sel);
	bad |= __get_user(sel, &sc->es);
	regs->xes = sel;
	bad |= __get_user(sel, &sc->ds);
	regs->xds = sel;

	bad |= __get_user(regs->edi, &sc->edi);
	bad |= __get_user(regs->esi, &sc->esi);
	bad |= __get_user(regs->ebp, &sc->ebp);
	bad |= __get_user(regs->esp, &sc->esp);
	bad |= __get_user(regs->ebx, &sc->ebx);
	bad |= __get_user(regs->edx, &sc->edx);
	bad |= __get_user(regs->ecx, &sc->ecx);
	bad |= __get_user(regs->eip, &sc->eip);

	/* Ring 3, whatever the frame says. */
	bad |= __get_user(sel, &sc->cs);
	regs->xcs = sel | 3;
	bad |= __get_user(sel, &sc->ss);
	regs->xss = sel | 3;

	/* Only the flags user mode may change come from the frame. */
	bad |= __get_user(uflags, &sc->eflags);
	regs->eflags = (regs->eflags & ~0x40DD5) | (uflags & 0x40DD5);
	regs->orig_eax = -1;		/* nothing to restart */

	bad |= __get_user(fp, &sc->fpstate);
	if (fp != NULL) {
		if (verify_area(VERIFY_READ, fp, sizeof(*fp)))
			return 1;
		bad |= restore_i387(fp);
	}

	bad |= __get_user(*peax, &sc->eax);
	return bad;
}

/*
 * The handler returned into the stub: its ret popped pretcode and the
 * stub popped sig, so the frame starts 8 bytes below %esp.  Restore the
 * mask and the registers; eax is what the interrupted code had.
 */
/// §6.4：系统调用 sigreturn（119）。2.4.0: arch/i386/kernel/signal.c sys_sigreturn()
/// 处理函数 ret 弹出了 pretcode，retcode 的 popl 又弹出了 sig，所以框架在 esp - 8。
/// 返回值 eax 就是被打断时的 eax，于是被打断的程序感觉不到中间发生过什么。
asmlinkage int sys_sigreturn(unsigned long __unused)
{
	struct pt_regs *regs = launder_regs((struct pt_regs *) &__unused);
	struct sigframe *frame = (struct sigframe *) (regs->esp - 8);
	sigset_t mask;
	int eax;

	if (verify_area(VERIFY_READ, frame, sizeof(*frame)))
		goto bad_frame;
	if (__get_user(mask.sig[0], &frame->sc.oldmask))
		goto bad_frame;
	if (_NSIG_WORDS > 1 &&
	    __copy_from_user(&mask.sig[1], &frame->extramask,
			     sizeof(frame->extramask)))
		goto bad_frame;

	/* The mask of before the handler, less what can never be blocked. */
	sigdelsetmask(&mask, ~_BLOCKABLE);
	spin_lock_irq(&current->sigmask_lock);
	current->blocked = mask;
	recalc_sigpending(current);
	spin_unlock_irq(&current->sigmask_lock);

	if (!restore_sigcontext(regs, &frame->sc, &eax))
		return eax;

bad_frame:
	force_sig(SIGSEGV, current);
	return 0;
}

/* The same for an SA_SIGINFO frame (only the ret popped: 4 bytes). */
/// §6.4：系统调用 rt_sigreturn（173）；retcode 里没有 popl，框架在 esp - 4。2.4.0: arch/i386/kernel/signal.c sys_rt_sigreturn()
asmlinkage int sys_rt_sigreturn(unsigned long __unused)
{
	struct pt_regs *regs = launder_regs((struct pt_regs *) &__unused);
	struct rt_sigframe *frame = (struct rt_sigframe *) (regs->esp - 4);
	sigset_t mask;
	int eax;

	if (verify_area(VERIFY_READ, frame, sizeof(*frame)) ||
	    __copy_from_user(&mask, &frame->uc.uc_sigmask, sizeof(mask)))
		goto bad_frame;

	sigdelsetmask(&mask, ~_BLOCKABLE);
	spin_lock_irq(&current->sigmask_lock);
	current->blocked = mask;
	recalc_sigpending(current);
	spin_unlock_irq(&current->sigmask_lock);

	if (!restore_sigcontext(regs, &frame->uc.uc_mcontext, &eax))
		return eax;

bad_frame:
	force_sig(SIGSEGV, current);
	return 0;
}

/* Save the interrupted registers (and the FPU) for sigreturn. */
/// §6.4：把被打断的寄存器和 FPU 状态保存进用户堆栈上的框架。2.4.0: arch/i386/kernel/signal.c setup_sigcontext()
/// 本移植先在内核堆栈上填好一个 struct sigcontext，再一次拷贝到用户空间；段寄存器连同补位的高 16 位写满 32 位槽，与逐项写入的结果相同。
/// trap_no、error_code、cr2 来自最近一次异常（如页面异常），处理 SIGSEGV 的函数可以从 sc 里看到出错的地址。
static int setup_sigcontext(struct sigcontext *sc, struct _fpstate *fpstate,
			    struct pt_regs *regs, unsigned long mask)
{
	struct sigcontext ctx;
	unsigned int sel;
	int saved;

	/*
	 * Built here, then copied out in one go.  A selector fills its
	 * 32-bit slot (the padding half included), as the CPU pushed it.
	 */
	savesegment(gs, sel);
	*(unsigned int *) &ctx.gs = sel;
	savesegment(fs, sel);
	*(unsigned int *) &ctx.fs = sel;
	*(unsigned int *) &ctx.es = regs->xes;
	*(unsigned int *) &ctx.ds = regs->xds;

	ctx.edi = regs->edi;
	ctx.esi = regs->esi;
	ctx.ebp = regs->ebp;
	ctx.esp = regs->esp;
	ctx.ebx = regs->ebx;
	ctx.edx = regs->edx;
	ctx.ecx = regs->ecx;
	ctx.eax = regs->eax;
	ctx.trapno = current->thread.trap_no;
	ctx.err = current->thread.error_code;
	ctx.eip = regs->eip;
	*(unsigned int *) &ctx.cs = regs->xcs;
	ctx.eflags = regs->eflags;
	ctx.esp_at_signal = regs->esp;
	*(unsigned int *) &ctx.ss = regs->xss;

	/* The FPU image goes to its own place in the frame, if there is one. */
	saved = save_i387(fpstate);
	if (saved < 0)
		return 1;
	ctx.fpstate = saved ? fpstate : NULL;
	ctx.oldmask = mask;
	ctx.cr2 = current->thread.cr2;

	return __copy_to_user(sc, &ctx, sizeof(ctx)) != 0;
}

/* Below the user's stack pointer, 8-byte aligned. */
/// §6.4：框架放在用户堆栈指针下面，8 字节对齐。2.4.0: arch/i386/kernel/signal.c get_sigframe()
/// （2.4.0 还支持 SA_ONSTACK 换到替换信号栈，本移植没有。）往下写框架时若越过了堆栈区间的下端，
/// 页面异常会按 §2.5 扩展堆栈。
static inline void *get_sigframe(struct k_sigaction *ka,
				 struct pt_regs *regs, size_t frame_size)
{
	unsigned long esp = regs->esp;

	return (void *) ((esp - frame_size) & -8ul);
}

/* Build a sigframe and point the user registers at the handler. */
/// §6.4：搭建普通信号框架，并把保存的 eip、esp 改成处理函数和框架。2.4.0: arch/i386/kernel/signal.c setup_frame()
/// 写框架失败（堆栈坏了）就没法调用处理函数，只能强加一个 SIGSEGV；若本来处理的就是 SIGSEGV，先改回缺省动作，免得死循环。
static void setup_frame(int sig, struct k_sigaction *ka, sigset_t *set,
			struct pt_regs *regs)
{
	struct sigframe *frame = get_sigframe(ka, regs, sizeof(*frame));
	int bad;

	if (!access_ok(VERIFY_WRITE, frame, sizeof(*frame)))
		goto no_room;
	if (__put_user(sig, &frame->sig))
		goto no_room;
	if (setup_sigcontext(&frame->sc, &frame->fpstate, regs, set->sig[0]))
		goto no_room;
	if (_NSIG_WORDS > 1 &&
	    __copy_to_user(frame->extramask, &set->sig[1],
			   sizeof(frame->extramask)))
		goto no_room;

	/* Where the handler's ret goes: the library's stub, or ours. */
	if (ka->sa.sa_flags & SA_RESTORER) {
		bad = __put_user(ka->sa.sa_restorer, &frame->pretcode);
	} else {
		char *code = frame->retcode;

		/* popl %eax ; movl $__NR_sigreturn,%eax ; int $0x80 */
		bad = __put_user(code, &frame->pretcode);
		bad |= __put_user(0xb858, (short *) code);
		bad |= __put_user(__NR_sigreturn, (int *) (code + 2));
		bad |= __put_user(0x80cd, (short *) (code + 6));
	}
	if (bad)
		goto no_room;

	/* Leave the kernel into the handler, on the frame, in user segments. */
	regs->eip = (unsigned long) ka->sa.sa_handler;
	regs->esp = (unsigned long) frame;
	set_fs(USER_DS);
	regs->xds = regs->xes = regs->xss = __USER_DS;
	regs->xcs = __USER_CS;
	regs->eflags &= ~TF_MASK;
	return;

no_room:
	/* A SIGSEGV that cannot be delivered must end the process. */
	if (sig == SIGSEGV)
		ka->sa.sa_handler = SIG_DFL;
	force_sig(SIGSEGV, current);
}

/* The SA_SIGINFO kind: handler(sig, &info, &uc). */
/// §6.4：搭建 SA_SIGINFO 框架。2.4.0: arch/i386/kernel/signal.c setup_rt_frame()
static void setup_rt_frame(int sig, struct k_sigaction *ka, siginfo_t *info,
			   sigset_t *set, struct pt_regs *regs)
{
	struct rt_sigframe *frame = get_sigframe(ka, regs, sizeof(*frame));
	int bad;

	if (!access_ok(VERIFY_WRITE, frame, sizeof(*frame)))
		goto no_room;

	bad = __put_user(sig, &frame->sig);
	bad |= __put_user(&frame->info, &frame->pinfo);
	bad |= __put_user(&frame->uc, &frame->puc);
	bad |= __copy_to_user(&frame->info, info, sizeof(*info));
	if (bad)
		goto no_room;

	/* uc_flags, uc_link, uc_stack all 0: no alternate signal stack. */
	/// uc_flags、uc_link、uc_stack 在 uc_mcontext 之前连成一片，一次 __clear_user 清零，等于把这五个字段逐个写 0。
	bad = __clear_user(&frame->uc,
			   offsetof(struct ucontext, uc_mcontext)) != 0;
	bad |= setup_sigcontext(&frame->uc.uc_mcontext, &frame->fpstate,
				regs, set->sig[0]);
	bad |= __copy_to_user(&frame->uc.uc_sigmask, set, sizeof(*set));
	if (bad)
		goto no_room;

	if (ka->sa.sa_flags & SA_RESTORER) {
		bad = __put_user(ka->sa.sa_restorer, &frame->pretcode);
	} else {
		char *code = frame->retcode;

		/* movl $__NR_rt_sigreturn,%eax ; int $0x80 */
		bad = __put_user(code, &frame->pretcode);
		bad |= __put_user(0xb8, code);
		bad |= __put_user(__NR_rt_sigreturn, (int *) (code + 1));
		bad |= __put_user(0x80cd, (short *) (code + 5));
	}
	if (bad)
		goto no_room;

	regs->eip = (unsigned long) ka->sa.sa_handler;
	regs->esp = (unsigned long) frame;
	set_fs(USER_DS);
	regs->xds = regs->xes = regs->xss = __USER_DS;
	regs->xcs = __USER_CS;
	regs->eflags &= ~TF_MASK;
	return;

no_room:
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
/// §6.4：为一个有处理函数的信号做准备。2.4.0: arch/i386/kernel/signal.c handle_signal()
/// 若进程是在系统调用中被打断的（orig_eax >= 0），按返回值决定：-ERESTARTNOHAND 变成 -EINTR；
/// -ERESTARTSYS 在处理函数带 SA_RESTART 时重做，否则 -EINTR；-ERESTARTNOINTR 总是重做。
/// “重做”的办法是把 eax 恢复成系统调用号、eip 退回 2 字节（int $0x80 的长度），处理函数返回后再执行一次。
static void handle_signal(unsigned long sig, struct k_sigaction *ka,
			  siginfo_t *info, sigset_t *oldset,
			  struct pt_regs *regs)
{
	unsigned long how = ka->sa.sa_flags;
	int w;

	/* Interrupted in a system call: -EINTR, or back up and redo it. */
	if (regs->orig_eax >= 0) {
		long rv = regs->eax;
		int again = rv == -ERESTARTNOINTR ||
			    (rv == -ERESTARTSYS && (how & SA_RESTART));

		if (again) {
			regs->eax = regs->orig_eax;
			regs->eip -= 2;		/* back over int $0x80 */
		} else if (rv == -ERESTARTNOHAND || rv == -ERESTARTSYS) {
			regs->eax = -EINTR;
		}
	}

	if (how & SA_SIGINFO)
		setup_rt_frame(sig, ka, info, oldset, regs);
	else
		setup_frame(sig, ka, oldset, regs);

	if (how & SA_ONESHOT)
		ka->sa.sa_handler = SIG_DFL;
	if (how & SA_NODEFER)
		return;

	/* While it runs: its own signal and sa_mask blocked too. */
	spin_lock_irq(&current->sigmask_lock);
	for (w = 0; w < _NSIG_WORDS; w++)
		current->blocked.sig[w] |= ka->sa.sa_mask.sig[w];
	sigaddset(&current->blocked, sig);
	recalc_sigpending(current);
	spin_unlock_irq(&current->sigmask_lock);
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
/// §6.4 信号：返回用户空间前处理当前进程的信号。2.4.0: arch/i386/kernel/signal.c do_signal()
/// 由 entry.S 的 signal_return 调用，regs 是即将恢复的寄存器框架（在 %eax 里传入，2.4.0 也是 FASTCALL）。
__attribute__((regparm(3))) int do_signal(struct pt_regs *regs,
					   sigset_t *oldset)
{
	struct k_sigaction *ka;
	unsigned long signr;
	siginfo_t info;

	/* Signals are acted on only on the way to user mode. */
	/// 从内核态返回（比如内核线程执行系统调用）时不处理。
	if ((regs->xcs & 3) != 3)
		return 1;
	if (oldset == NULL)
		oldset = &current->blocked;

	for (;;) {
		int exit_code;

		spin_lock_irq(&current->sigmask_lock);
		signr = dequeue_signal(&current->blocked, &info);
		spin_unlock_irq(&current->sigmask_lock);
		if (signr == 0)
			break;

		ka = &current->sig->action[signr - 1];

		if (ka->sa.sa_handler == SIG_IGN) {
			/* An ignored SIGCHLD reaps the dead children. */
			/// SIGCHLD 被设为 SIG_IGN：2.4.0 的语义是自动收尸。把所有已经是僵尸的子进程都收掉，所以之后的 waitpid 得到 -ECHILD。
			if (signr == SIGCHLD) {
				while (sys_wait4(-1, NULL, WNOHANG, NULL) > 0)
					;
			}
			continue;
		}

		if (ka->sa.sa_handler != SIG_DFL) {
			/* A handler: hardware breakpoints on again, one frame. */
			__asm__("movl %0,%%db7"
				: : "r" (current->thread.debugreg[7]));
			/// 一次只为一个信号搭框架；其余的信号等这个处理函数返回（sigreturn 又经过 ret_from_sys_call）时再处理。
			handle_signal(signr, ka, &info, oldset, regs);
			return 1;
		}

		/* The default action; init is spared all of them. */
		/// init 不接受任何缺省动作（2.4.0 如此）：即使是 SIGSEGV 也不会杀死 init。
		if (current->pid == 1)
			continue;
		if (signr == SIGCONT || signr == SIGCHLD || signr == SIGWINCH)
			continue;

		/// 停止进程：状态改为 TASK_STOPPED（schedule 把它移出运行队列），通知父进程；SIGCONT 或 SIGKILL 会把它唤醒。
		if (signr == SIGSTOP || signr == SIGTSTP ||
		    signr == SIGTTIN || signr == SIGTTOU) {
			/* 2.4.0 first skips an orphaned group (no job control). */
			struct k_sigaction *pchld =
				&current->p_pptr->sig->action[SIGCHLD - 1];

			current->state = TASK_STOPPED;
			current->exit_code = signr;
			if (!(pchld->sa.sa_flags & SA_NOCLDSTOP))
				notify_parent(current, SIGCHLD);
			schedule();
			continue;
		}

		/* Everything else ends the task; some dump core first. */
		/// CORE_SIGNALS 里的信号（SIGQUIT、SIGILL、SIGSEGV 等）的缺省动作是产生 core 文件并结束进程，状态的 0x80 位表示 core 已产生。
		/// 本移植没有可写的文件系统，do_coredump 总是失败，所以状态就是信号号本身（SIGSEGV 是 11）。
		/// 其余信号（SIGKILL、SIGTERM ……）的缺省动作是结束进程：do_exit(信号号)，父进程 wait 得到的状态低 7 位就是它。
		exit_code = signr;
		if (signr < 32 && (sigmask(signr) & CORE_SIGNALS) &&
		    do_coredump(signr, regs))
			exit_code |= 0x80;
		current->flags |= PF_SIGNALED;
		sigaddset(&current->pending.signal, signr);
		recalc_sigpending(current);
		do_exit(exit_code);
	}

	/* Nothing was caught: a system call cut short is simply redone. */
	/// 没有调用处理函数：被信号打断的系统调用直接重做（比如 wait4 被一个被忽略的 SIGCHLD 打断）。
	if (regs->orig_eax >= 0 &&
	    (regs->eax == -ERESTARTNOHAND || regs->eax == -ERESTARTSYS ||
	     regs->eax == -ERESTARTNOINTR)) {
		regs->eax = regs->orig_eax;
		regs->eip -= 2;
	}
	return 0;
}
