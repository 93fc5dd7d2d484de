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
/// §2.4：get_user 的实体。task_struct 的前几个字段位置是固定的（entry.S 也用）：addr_limit 在偏移 12。
addr_limit = 12

.text

/* current: the 8 KB block holding the kernel stack starts with it. */
/// current：task_struct 和内核栈同在一个 8 KB 对齐的块里，%esp 向下取整到 8 KB 就是它（asm/current.h 的做法）。
#define GET_CURRENT(reg) \
	movl %esp, reg; \
	andl $-8192, reg

.align 4
/// §2.4 越界访问：取用户空间的 1 个字节。2.4.0: arch/i386/lib/getuser.S __get_user_1
/// 先比较地址与 current->addr_limit（无符号比较，jae：不低于上限就是坏地址）；标号 1 处的读在异常表中登记，
/// 页面不在位时 do_page_fault 照常处理缺页（可能分配页面后返回重做），真正越界时经异常表跳到 bad_get_user。
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
/// §2.4：取 2 个字节。2.4.0: arch/i386/lib/getuser.S __get_user_2
/// 检查的是最后一个字节的地址（addr+1）：先加 1，进位（jc）说明绕过了 4 GB；再与上限比较。读时用 -1(%eax) 回到起点。
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
/// §2.4：取 4 个字节。2.4.0: arch/i386/lib/getuser.S __get_user_4
/// 同理检查 addr+3。
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
/// 范围不合格或访问出错：值为 0，返回 -EFAULT（-14）。
bad_get_user:
	xorl %edx, %edx
	movl $-14, %eax
	ret

/// 三条可能出错的读指令各登记一项，修复代码都是 bad_get_user。
.section __ex_table, "a"
	.align 4
	.long 1b, bad_get_user
	.long 2b, bad_get_user
	.long 3b, bad_get_user
.previous
