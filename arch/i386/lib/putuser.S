/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * put_user() for 1, 2 and 4 bytes, out of line, with a private
 * convention:
 *	in:	%eax	user address
 *		%edx	the value
 *	out:	%eax	0, or -EFAULT
 *		%ecx	clobbered (holds current)
 * Nothing else may change.  2.4.0 has these but its put_user() is
 * inline (<asm/uaccess.h>); they are here for the same calls.
 * 情景分析 §2.4.  Follows Linux 2.4.0 arch/i386/lib/putuser.S.
 */

/* offsetof(struct task_struct, addr_limit), as in entry.S */
addr_limit = 12

.text

#define GET_CURRENT(reg) \
	movl %esp, reg; \
	andl $-8192, reg

.align 4
.globl __put_user_1
__put_user_1:
	GET_CURRENT(%ecx)
	cmpl addr_limit(%ecx), %eax
	jae bad_put_user
1:	movb %dl, (%eax)
	xorl %eax, %eax
	ret

/* The last byte must lie below the limit, without wrapping. */
.align 4
.globl __put_user_2
__put_user_2:
	addl $1, %eax
	jc bad_put_user
	GET_CURRENT(%ecx)
	cmpl addr_limit(%ecx), %eax
	jae bad_put_user
2:	movw %dx, -1(%eax)
	xorl %eax, %eax
	ret

.align 4
.globl __put_user_4
__put_user_4:
	addl $3, %eax
	jc bad_put_user
	GET_CURRENT(%ecx)
	cmpl addr_limit(%ecx), %eax
	jae bad_put_user
3:	movl %edx, -3(%eax)
	xorl %eax, %eax
	ret

/* -EFAULT (EFAULT = 14). */
bad_put_user:
	movl $-14, %eax
	ret

.section __ex_table, "a"
	.align 4
	.long 1b, bad_put_user
	.long 2b, bad_put_user
	.long 3b, bad_put_user
.previous
