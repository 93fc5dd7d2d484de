// SPDX-License-Identifier: GPL-2.0-only
/*
 * The out-of-line user-space access functions of <asm/uaccess.h>:
 * copies, string copy and length, clearing.  Each returns how much
 * could not be done (or -EFAULT) when a user page is missing or the
 * pointer is bad; the faults end in fix-up code through the exception
 * table.
 * 情景分析 §2.4.  Follows Linux 2.4.0 arch/i386/lib/usercopy.c (without
 * the 3DNow! copies).
 */
/// §2.4 越界访问：<asm/uaccess.h> 中不内联的那部分用户空间访问函数。每个可能出错的访存指令都在异常表中登记过，
/// 碰到坏指针（没有映射的地址）时经 do_page_fault → no_context → 修复代码返回，而不会 oops。
/// 与 2.4.0 的差别：没有 3DNow! 版本的大块拷贝（CONFIG_X86_USE_3DNOW）；strncpy_from_user、strnlen_user
/// 用逐字节的 __get_user 写成 C，而 2.4.0 是 lodsb/stosb、repne scasb 的汇编，结果相同。
#include <linux/config.h>
#include <asm/uaccess.h>

/* Returns the number of bytes that could not be copied. */
/// §2.4：copy_to_user 的主体。2.4.0: arch/i386/lib/usercopy.c __generic_copy_to_user()
/// 先 access_ok 检查目标范围在 addr_limit 之下；不合格就一个字节也不拷，返回 n。
/// 写到只读的用户页面（比如 mprotect 成只读）时，CR0.WP 使内核态写也引起保护性页面异常：区间不可写就是越界，
/// 经异常表返回；区间可写而表项只读（写时拷贝）则由 do_wp_page 处理后继续拷贝。
unsigned long __generic_copy_to_user(void *to, const void *from,
				     unsigned long n)
{
	if (access_ok(VERIFY_WRITE, to, n))
		__copy_user(to, from, n);
	return n;
}

/* Same; what could not be copied is zero in the kernel buffer. */
/// §2.4：copy_from_user 的主体。2.4.0: arch/i386/lib/usercopy.c __generic_copy_from_user()
/// 读不到的部分在内核缓冲区中清零（__copy_user_zeroing）；范围检查不过时缓冲区不动——2.4.0 就是这样。
unsigned long __generic_copy_from_user(void *to, const void *from,
				       unsigned long n)
{
	if (access_ok(VERIFY_READ, from, n))
		__copy_user_zeroing(to, from, n);
	return n;
}

/*
 * Copy the string at src, NUL included, but at most count bytes.
 * Returns its length (without the NUL), count if no NUL came within
 * count bytes, or -EFAULT.
 * Port: 2.4.0 loops with lodsb/stosb in one asm statement with one
 * exception-table entry; here each byte is a __get_user(), same result.
 */
/// §2.4：从用户空间拷一个字符串（系统调用的路径名参数之类）。2.4.0: arch/i386/lib/usercopy.c __strncpy_from_user()
/// 最多 count 个字节（含结尾的 0）；返回字符串长度（不含 0），拷满 count 仍没遇到 0 就返回 count，出错返回 -EFAULT。
/// 每个字节用 __get_user：带异常表项的一条 mov，坏地址时得到 -EFAULT。
long __strncpy_from_user(char *dst, const char *src, long count)
{
	long res;

	for (res = 0; res < count; res++) {
		char c;

		if (__get_user(c, src + res))
			return -EFAULT;
		dst[res] = c;
		if (!c)
			break;
	}
	return res;
}

/* Only the start is checked against the limit, as in 2.4.0. */
/// §2.4：带检查的版本。2.4.0: arch/i386/lib/usercopy.c strncpy_from_user()
/// 只检查第一个字节在 addr_limit 之下（2.4.0 如此）。后面的字节不再检查：一个紧贴 3 GB 边界的字符串会
/// 接着读到内核空间（那里有映射，读得出来）。这是 2.4.0 的原样，本移植的逐字节 __get_user 同样不查。
long strncpy_from_user(char *dst, const char *src, long count)
{
	long res = -EFAULT;

	if (access_ok(VERIFY_READ, src, 1))
		res = __strncpy_from_user(dst, src, count);
	return res;
}

/* Store size zero bytes: longwords, then the tail. */
/// 与 __copy_user 同样的结构：rep stosl 清长字，rep stosb 清尾数；出错时 %ecx 折算成没清的字节数。
#define __do_clear_user(addr, size) \
do { \
	int __d0; \
	__asm__ __volatile__( \
		"1:	rep; stosl\n" \
		"	movl %2, %%ecx\n" \
		"2:	rep; stosb\n" \
		"3:\n" \
		".section .fixup, \"ax\"\n" \
		"4:	shll $2, %%ecx\n" \
		"	addl %2, %%ecx\n" \
		"	jmp 3b\n" \
		".previous\n" \
		".section __ex_table, \"a\"\n" \
		"	.align 4\n" \
		"	.long 1b, 4b\n" \
		"	.long 2b, 3b\n" \
		".previous" \
		: "=&c" (size), "=&D" (__d0) \
		: "r" (size & 3), "0" (size / 4), "1" (addr), "a" (0) \
		: "memory"); \
} while (0)

/* Zero n bytes of user memory; returns the number left unzeroed. */
/// §2.4：把用户空间的 n 个字节清零（如 ELF 装载时清 bss 的零头），返回没清的字节数。
/// 2.4.0: arch/i386/lib/usercopy.c clear_user()
unsigned long clear_user(void *to, unsigned long n)
{
	if (access_ok(VERIFY_WRITE, to, n))
		__do_clear_user(to, n);
	return n;
}

/// §2.4：不检查范围的版本。2.4.0: arch/i386/lib/usercopy.c __clear_user()
unsigned long __clear_user(void *to, unsigned long n)
{
	__do_clear_user(to, n);
	return n;
}

/*
 * The size of the string at s including its NUL; 0 if s is bad or a
 * fault stops the scan; a value above n if there is no NUL in n bytes.
 * Port: 2.4.0 scans with repne scasb; here a __get_user() per byte.
 */
/// §2.4：用户空间字符串的长度（含结尾 0）。2.4.0: arch/i386/lib/usercopy.c strnlen_user()
/// 起点不在 addr_limit 之下或读的时候出错返回 0；n 个字节内没有 0 返回 n+1（比 n 大，表示“太长”）。
long strnlen_user(const char *s, long n)
{
	long res;

	if (!__addr_ok(s))
		return 0;
	for (res = 0; res < n; res++) {
		char c;

		if (__get_user(c, s + res))
			return 0;
		if (!c)
			return res + 1;
	}
	return n + 1;
}
