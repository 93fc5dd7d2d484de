/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Access to user space from the kernel.  A user pointer is checked only
 * against the address limit (below PAGE_OFFSET); whether anything is
 * mapped there is found out by simply accessing it.  Every instruction
 * that touches user memory has an entry in the exception table, so a
 * fault on a bad pointer ends in fix-up code (-EFAULT, or the count of
 * bytes not copied) instead of an oops.
 * 情景分析 §2.4.  Follows Linux 2.4.0 include/asm-i386/uaccess.h.
 */
#ifndef __i386_UACCESS_H
#define __i386_UACCESS_H

#include <linux/config.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <asm/page.h>

#define VERIFY_READ	0
#define VERIFY_WRITE	1

/*
 * The address limit ("fs", from the segment register it once was):
 * USER_DS lets user addresses through, KERNEL_DS every address (for
 * kernel code that calls a system call on kernel buffers).
 */
#define MAKE_MM_SEG(s)	((mm_segment_t) { (s) })

#define KERNEL_DS	MAKE_MM_SEG(0xFFFFFFFF)
#define USER_DS		MAKE_MM_SEG(PAGE_OFFSET)

#define get_ds()	(KERNEL_DS)
#define get_fs()	(current->addr_limit)
#define set_fs(x)	(current->addr_limit = (x))

#define segment_eq(a, b)	((a).seg == (b).seg)

extern int __verify_write(const void *, unsigned long);

#define __addr_ok(addr)	((unsigned long) (addr) < (current->addr_limit.seg))

/*
 * Nonzero if [addr, addr + size) wraps around or ends above the limit.
 * Port: 2.4.0 does this in three instructions (add, then the carry
 * flag as the 33rd bit); the C below computes the same.
 */
#define __range_ok(addr, size) ({ \
	unsigned long __ro_a = (unsigned long) (addr); \
	unsigned long __ro_e = __ro_a + (unsigned long) (size); \
	(unsigned long) (__ro_e < __ro_a || \
			 __ro_e > current->addr_limit.seg); \
})

#ifdef CONFIG_X86_WP_WORKS_OK

/* The CPU enforces read-only pages in kernel mode too (CR0.WP). */
#define access_ok(type, addr, size)	(__range_ok(addr, size) == 0)

#else

/* A 386 writes through read-only ptes: do copy-on-write by hand. */
#define access_ok(type, addr, size) \
	((__range_ok(addr, size) == 0) && \
	 ((type) == VERIFY_READ || boot_cpu_data.wp_works_ok || \
	  segment_eq(get_fs(), KERNEL_DS) || \
	  __verify_write((void *) (addr), (size))))

#endif

static inline int verify_area(int type, const void *addr, unsigned long size)
{
	return access_ok(type, addr, size) ? 0 : -EFAULT;
}

/*
 * The exception table: pairs (address of an instruction that may fault
 * on a user address, address of its fix-up code).
 */
struct exception_table_entry {
	unsigned long insn, fixup;
};

/* Returns the fixup address, or 0 if insn has none. */
extern unsigned long search_exception_table(unsigned long);

/*
 * get_user(x, ptr): one value of ptr's type, with the address check.
 * Out of line in arch/i386/lib/getuser.S, with its own calling
 * convention: address in %eax; error (0 or -EFAULT) back in %eax, the
 * value in %edx.  An unsupported size links to __get_user_X, which does
 * not exist.
 */
extern void __get_user_1(void);
extern void __get_user_2(void);
extern void __get_user_4(void);

#define __get_user_x(size, ret, x, ptr) \
	__asm__ __volatile__("call __get_user_" #size \
			     : "=a" (ret), "=d" (x) \
			     : "0" (ptr))

/* The value goes through an int: cast back for the sign. */
#define get_user(x, ptr) \
({ \
	int __ret_gu, __val_gu; \
	switch (sizeof(*(ptr))) { \
	case 1: __get_user_x(1, __ret_gu, __val_gu, ptr); break; \
	case 2: __get_user_x(2, __ret_gu, __val_gu, ptr); break; \
	case 4: __get_user_x(4, __ret_gu, __val_gu, ptr); break; \
	default: __get_user_x(X, __ret_gu, __val_gu, ptr); break; \
	} \
	(x) = (__typeof__(*(ptr))) __val_gu; \
	__ret_gu; \
})

/*
 * arch/i386/lib/putuser.S: the same convention, value in %edx, %ecx
 * clobbered.  2.4.0 declares these but put_user() below is inline.
 */
extern void __put_user_1(void);
extern void __put_user_2(void);
extern void __put_user_4(void);

/* Never defined: a put_user of an unsupported size fails to link. */
extern void __put_user_bad(void);

#define __put_user_x(size, ret, x, ptr) \
	__asm__ __volatile__("call __put_user_" #size \
			     : "=a" (ret) \
			     : "0" (ptr), "d" (x) \
			     : "cx")

#define put_user(x, ptr) \
	__put_user_check((__typeof__(*(ptr))) (x), (ptr), sizeof(*(ptr)))

/* The __ forms skip the limit check: the caller did access_ok(). */
#define __get_user(x, ptr) \
	__get_user_nocheck((x), (ptr), sizeof(*(ptr)))
#define __put_user(x, ptr) \
	__put_user_nocheck((__typeof__(*(ptr))) (x), (ptr), sizeof(*(ptr)))

#define __put_user_nocheck(x, ptr, size) \
({ \
	long __pu_err; \
	__put_user_size((x), (ptr), (size), __pu_err); \
	__pu_err; \
})

#define __put_user_check(x, ptr, size) \
({ \
	long __pu_err = -EFAULT; \
	__typeof__(*(ptr)) *__pu_addr = (ptr); \
	if (access_ok(VERIFY_WRITE, __pu_addr, size)) \
		__put_user_size((x), __pu_addr, (size), __pu_err); \
	__pu_err; \
})

#define __put_user_size(x, ptr, size, retval) \
do { \
	retval = 0; \
	switch (size) { \
	case 1: __put_user_asm(x, ptr, retval, "b", "b", "iq"); break; \
	case 2: __put_user_asm(x, ptr, retval, "w", "w", "ir"); break; \
	case 4: __put_user_asm(x, ptr, retval, "l", "", "ir"); break; \
	default: __put_user_bad(); \
	} \
} while (0)

/* A memory operand gcc must not assume it knows the size of. */
struct __large_struct { unsigned long buf[100]; };
#define __m(x) (*(struct __large_struct *) (x))

/*
 * One store to user memory.  If it faults, the fix-up sets err to
 * -EFAULT and resumes after the store.  gcc is told the user memory is
 * only read: it holds nothing gcc caches.
 */
#define __put_user_asm(x, addr, err, itype, rtype, ltype) \
	__asm__ __volatile__( \
		"1:	mov" itype " %" rtype "1, %2\n" \
		"2:\n" \
		".section .fixup, \"ax\"\n" \
		"3:	movl %3, %0\n" \
		"	jmp 2b\n" \
		".previous\n" \
		".section __ex_table, \"a\"\n" \
		"	.align 4\n" \
		"	.long 1b, 3b\n" \
		".previous" \
		: "=r" (err) \
		: ltype (x), "m" (__m(addr)), "i" (-EFAULT), "0" (err))

#define __get_user_nocheck(x, ptr, size) \
({ \
	long __gu_err, __gu_val; \
	__get_user_size(__gu_val, (ptr), (size), __gu_err); \
	(x) = (__typeof__(*(ptr))) __gu_val; \
	__gu_err; \
})

/* Never defined: a __get_user of an unsupported size fails to link. */
extern long __get_user_bad(void);

#define __get_user_size(x, ptr, size, retval) \
do { \
	retval = 0; \
	switch (size) { \
	case 1: __get_user_asm(x, ptr, retval, "b", "b", "=q"); break; \
	case 2: __get_user_asm(x, ptr, retval, "w", "w", "=r"); break; \
	case 4: __get_user_asm(x, ptr, retval, "l", "", "=r"); break; \
	default: (x) = __get_user_bad(); \
	} \
} while (0)

/* One load; on a fault err = -EFAULT and the value reads as 0. */
#define __get_user_asm(x, addr, err, itype, rtype, ltype) \
	__asm__ __volatile__( \
		"1:	mov" itype " %2, %" rtype "1\n" \
		"2:\n" \
		".section .fixup, \"ax\"\n" \
		"3:	movl %3, %0\n" \
		"	xor" itype " %" rtype "1, %" rtype "1\n" \
		"	jmp 2b\n" \
		".previous\n" \
		".section __ex_table, \"a\"\n" \
		"	.align 4\n" \
		"	.long 1b, 3b\n" \
		".previous" \
		: "=r" (err), ltype (x) \
		: "m" (__m(addr)), "i" (-EFAULT), "0" (err))

/*
 * Copy size bytes, longwords first, then the 0-3 left over.  On a fault
 * size becomes the number of bytes not copied (the longwords left times
 * four plus the tail, or the bytes left).
 */
#define __copy_user(to, from, size) \
do { \
	int __d0, __d1; \
	__asm__ __volatile__( \
		"1:	rep; movsl\n" \
		"	movl %3, %%ecx\n" \
		"2:	rep; movsb\n" \
		"3:\n" \
		".section .fixup, \"ax\"\n" \
		"4:	shll $2, %%ecx\n" \
		"	addl %3, %%ecx\n" \
		"	jmp 3b\n" \
		".previous\n" \
		".section __ex_table, \"a\"\n" \
		"	.align 4\n" \
		"	.long 1b, 4b\n" \
		"	.long 2b, 3b\n" \
		".previous" \
		: "=&c" (size), "=&D" (__d0), "=&S" (__d1) \
		: "r" (size & 3), "0" (size / 4), "1" (to), "2" (from) \
		: "memory"); \
} while (0)

/*
 * The same from user space, and the kernel buffer's uncopied tail is
 * cleared: the caller never sees stale kernel data in it.
 */
#define __copy_user_zeroing(to, from, size) \
do { \
	int __d0, __d1, __d2; \
	__asm__ __volatile__( \
		"1:	rep; movsl\n" \
		"	movl %4, %%ecx\n" \
		"2:	rep; movsb\n" \
		"3:\n" \
		".section .fixup, \"ax\"\n" \
		"4:	shll $2, %%ecx\n" \
		"	addl %4, %%ecx\n" \
		"5:	pushl %%ecx\n" \
		"	xorl %%eax, %%eax\n" \
		"	rep; stosb\n" \
		"	popl %%ecx\n" \
		"	jmp 3b\n" \
		".previous\n" \
		".section __ex_table, \"a\"\n" \
		"	.align 4\n" \
		"	.long 1b, 4b\n" \
		"	.long 2b, 5b\n" \
		".previous" \
		: "=&c" (size), "=&D" (__d0), "=&S" (__d1), "=&a" (__d2) \
		: "r" (size & 3), "0" (size / 4), "1" (to), "2" (from) \
		: "memory"); \
} while (0)

/* The __ forms inline: used on fast paths after one access_ok(). */
static inline unsigned long
__generic_copy_from_user_nocheck(void *to, const void *from, unsigned long n)
{
	__copy_user_zeroing(to, from, n);
	return n;
}

static inline unsigned long
__generic_copy_to_user_nocheck(void *to, const void *from, unsigned long n)
{
	__copy_user(to, from, n);
	return n;
}

/* arch/i386/lib/usercopy.c; return the number of bytes NOT copied. */
unsigned long __generic_copy_to_user(void *, const void *, unsigned long);
unsigned long __generic_copy_from_user(void *, const void *, unsigned long);

/*
 * Port: 2.4.0 also inlines copies of constant size
 * (__constant_copy_user: longwords, then a movsw/movsb for the tail);
 * here every size takes the generic path, with the same results.
 */
#define copy_to_user(to, from, n) \
	__generic_copy_to_user((to), (from), (n))
#define copy_from_user(to, from, n) \
	__generic_copy_from_user((to), (from), (n))
#define __copy_to_user(to, from, n) \
	__generic_copy_to_user_nocheck((to), (from), (n))
#define __copy_from_user(to, from, n) \
	__generic_copy_from_user_nocheck((to), (from), (n))

long strncpy_from_user(char *dst, const char *src, long count);
long __strncpy_from_user(char *dst, const char *src, long count);
#define strlen_user(str)	strnlen_user(str, ~0UL >> 1)
long strnlen_user(const char *str, long n);
unsigned long clear_user(void *mem, unsigned long len);
unsigned long __clear_user(void *mem, unsigned long len);

#endif /* __i386_UACCESS_H */
