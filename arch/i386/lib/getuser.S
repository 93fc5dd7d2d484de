/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * get_user() for 1, 2 and 4 bytes, out of line.  Called from inline
 * assembly with a private convention:
 *	in:	%eax	user address
 *	out:	%eax	0, or -EFAULT
 *		%edx	the value (zero-extended)
 * Nothing else may change.  The whole object must lie below the task's
 * address limit (current->addr_limit); the load itself may still fault,
 * and then the exception table sends it to bad_get_user.
 * 情景分析 §2.4.  Follows Linux 2.4.0 arch/i386/lib/getuser.S.
 */

/* offsetof(struct task_struct, addr_limit), as in entry.S */
addr_limit = 12

.text

/* current: the 8 KB block holding the kernel stack starts with it. */
#define GET_CURRENT(reg) \
	movl %esp, reg; \
	andl $-8192, reg

.align 4
.globl __get_user_1
__get_user_1:
	GET_CURRENT(%edx)
	cmpl addr_limit(%edx), %eax
	jae bad_get_user
1:	movzbl (%eax), %edx
	xorl %eax, %eax
	ret

/* Check the last byte: %eax + 1, which must not wrap either. */
.align 4
.globl __get_user_2
__get_user_2:
	addl $1, %eax
	jc bad_get_user
	GET_CURRENT(%edx)
	cmpl addr_limit(%edx), %eax
	jae bad_get_user
2:	movzwl -1(%eax), %edx
	xorl %eax, %eax
	ret

.align 4
.globl __get_user_4
__get_user_4:
	addl $3, %eax
	jc bad_get_user
	GET_CURRENT(%edx)
	cmpl addr_limit(%edx), %eax
	jae bad_get_user
3:	movl -3(%eax), %edx
	xorl %eax, %eax
	ret

/* A bad address, or a fault on it: no value, -EFAULT (EFAULT = 14). */
bad_get_user:
	xorl %edx, %edx
	movl $-14, %eax
	ret

.section __ex_table, "a"
	.align 4
	.long 1b, bad_get_user
	.long 2b, bad_get_user
	.long 3b, bad_get_user
.previous
