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
#include <linux/config.h>
#include <asm/uaccess.h>

/* Returns the number of bytes that could not be copied. */
unsigned long __generic_copy_to_user(void *to, const void *from,
				     unsigned long n)
{
	if (access_ok(VERIFY_WRITE, to, n))
		__copy_user(to, from, n);
	return n;
}

/* Same; what could not be copied is zero in the kernel buffer. */
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
long strncpy_from_user(char *dst, const char *src, long count)
{
	long res = -EFAULT;

	if (access_ok(VERIFY_READ, src, 1))
		res = __strncpy_from_user(dst, src, count);
	return res;
}

/* Store size zero bytes: longwords, then the tail. */
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
unsigned long clear_user(void *to, unsigned long n)
{
	if (access_ok(VERIFY_WRITE, to, n))
		__do_clear_user(to, n);
	return n;
}

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
