/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * siginfo_t: what a signal tells its handler about its cause.  Only the
 * fault part (si_addr) and the SIGSEGV/SIGBUS codes so far.
 * 情景分析 §2.4.  Follows Linux 2.4.0 include/asm-i386/siginfo.h.
 */
/// §2.4 越界访问：siginfo_t 是随信号一起交给处理程序的“原因说明”。2.4.0: include/asm-i386/siginfo.h
/// 页面异常填的是 si_signo（SIGSEGV/SIGBUS）、si_code（原因）和 si_addr（出错的地址，即 CR2）。
/// 本移植有 _kill（kill 的发送者）、_sigchld（子进程的状态，do_notify_parent 填写）和 _sigfault 三种联合成员；
/// 定时器、SIGPOLL 等没有移植，大小仍是 128 字节。si_code 的 SI_USER、SI_KERNEL、CLD_* 取值与 2.4.0 相同。
#ifndef _I386_SIGINFO_H
#define _I386_SIGINFO_H

#include <linux/types.h>

/* The structure is 128 bytes whatever the signal. */
#define SI_MAX_SIZE	128
#define SI_PAD_SIZE	((SI_MAX_SIZE / sizeof(int)) - 3)

typedef struct siginfo {
	int si_signo;
	int si_errno;
	int si_code;

	union {
		int _pad[SI_PAD_SIZE];

		/* kill() */
		struct {
			pid_t _pid;	/* the sender */
			uid_t _uid;
		} _kill;

		/* SIGCHLD */
		struct {
			pid_t _pid;	/* the child */
			uid_t _uid;
			int _status;	/* exit code or signal */
			clock_t _utime;
			clock_t _stime;
		} _sigchld;

		/* SIGILL, SIGFPE, SIGSEGV, SIGBUS */
		struct {
			void *_addr;	/* the faulting address */
		} _sigfault;
	} _sifields;
} siginfo_t;

#define si_pid		_sifields._kill._pid
#define si_uid		_sifields._kill._uid
#define si_status	_sifields._sigchld._status
#define si_utime	_sifields._sigchld._utime
#define si_stime	_sifields._sigchld._stime
#define si_addr		_sifields._sigfault._addr

/*
 * Inside the kernel si_code carries its kind in the high half (which
 * union member is valid); user space sees only the low half.
 */
#ifdef __KERNEL__
/// 内核里 si_code 的高 16 位标明联合中哪个成员有效（__SI_FAULT 即 _sigfault），拷给用户时只留低 16 位。
#define __SI_FAULT	(3 << 16)
#else
#define __SI_FAULT	0
#endif

#ifdef __KERNEL__
#define __SI_CHLD	(4 << 16)
#else
#define __SI_CHLD	0
#endif

/* si_code <= 0: sent by a process; > 0: by the kernel. */
#define SI_USER		0	/* kill() */
#define SI_KERNEL	0x80

/* SIGCHLD */
#define CLD_EXITED	(__SI_CHLD | 1)	/* the child exited */
#define CLD_KILLED	(__SI_CHLD | 2)	/* killed by a signal */
#define CLD_DUMPED	(__SI_CHLD | 3)	/* killed, core dumped */
#define CLD_TRAPPED	(__SI_CHLD | 4)
#define CLD_STOPPED	(__SI_CHLD | 5)
#define NSIGCHLD	6

/* SIGFPE: which arithmetic went wrong. */
/// SIGFPE 的 si_code（2.4.0 的值）：math_error 按 x87 状态字选择 FPE_FLT*。
/// 本移植的信号不排队 siginfo，用户态暂时看不到这些值。
#define FPE_INTDIV	(__SI_FAULT | 1)	/* integer divide by zero */
#define FPE_INTOVF	(__SI_FAULT | 2)	/* integer overflow */
#define FPE_FLTDIV	(__SI_FAULT | 3)	/* floating divide by zero */
#define FPE_FLTOVF	(__SI_FAULT | 4)	/* floating overflow */
#define FPE_FLTUND	(__SI_FAULT | 5)	/* floating underflow */
#define FPE_FLTRES	(__SI_FAULT | 6)	/* inexact result */
#define FPE_FLTINV	(__SI_FAULT | 7)	/* invalid operation */
#define FPE_FLTSUB	(__SI_FAULT | 8)	/* subscript out of range */
#define NSIGFPE		8

/* SIGSEGV: nothing mapped there, or mapped without that permission. */
/// SEGV_MAPERR：地址处没有映射（找不到虚存区间）；SEGV_ACCERR：有映射但访问方式不允许（如写只读区间）。
/// do_page_fault 先设 MAPERR，到了 good_area 再改成 ACCERR。
#define SEGV_MAPERR	(__SI_FAULT | 1)
#define SEGV_ACCERR	(__SI_FAULT | 2)
#define NSIGSEGV	2

/* SIGBUS */
/// SIGBUS 的原因：页面异常用的是 BUS_ADRERR（区间的 nopage 给不出页面，比如映射超出了文件末尾）。
#define BUS_ADRALN	(__SI_FAULT | 1)	/* misaligned address */
#define BUS_ADRERR	(__SI_FAULT | 2)	/* nonexistent physical address */
#define BUS_OBJERR	(__SI_FAULT | 3)	/* object-specific error */
#define NSIGBUS		3

#endif
