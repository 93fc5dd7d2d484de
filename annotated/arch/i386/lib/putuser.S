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
/// §2.4：put_user 的“调用”版本，与 getuser.S 成对。2.4.0 的 <asm/uaccess.h> 声明了这些函数和 __put_user_x，
/// 但 put_user() 本身用的是内联的 __put_user_check，所以它们在 2.4.0 里实际没有调用者；本移植照样提供。
addr_limit = 12

.text

/// 与 getuser.S 相同：%esp 向下取整到 8 KB 得到 current。
#define GET_CURRENT(reg) \
	movl %esp, reg; \
	andl $-8192, reg

.align 4
/// §2.4 越界访问：写用户空间的 1 个字节。2.4.0: arch/i386/lib/putuser.S __put_user_1
/// 约定：%eax 地址，%edx 值，返回时 %eax 为 0 或 -EFAULT，%ecx 被用来放 current。
/// 写一个写时拷贝的页面时，CR0.WP 使这条写指令引起保护性页面异常，do_wp_page 拷贝后返回，指令重做。
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
/// §2.4：写 2 个字节，检查最后一个字节 addr+1 不绕回、不到上限。2.4.0: arch/i386/lib/putuser.S __put_user_2
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
/// §2.4：写 4 个字节，检查 addr+3。2.4.0: arch/i386/lib/putuser.S __put_user_4
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
/// 返回 -EFAULT（-14）；内存没有被改动。
bad_put_user:
	movl $-14, %eax
	ret

.section __ex_table, "a"
	.align 4
	.long 1b, bad_put_user
	.long 2b, bad_put_user
	.long 3b, bad_put_user
.previous
