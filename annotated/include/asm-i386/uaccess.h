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
/// §2.4 越界访问：系统调用的参数里常有用户空间的指针，它可能是坏的。内核并不事先逐页检查，而是直接
/// 去访问；若因此发生页面异常、又找不到合法的映射，do_page_fault 就拿出错指令的地址查异常表：
/// 找到对应的修复代码，就把 regs->eip 改成修复代码的地址返回，让系统调用以 -EFAULT 失败；
/// 找不到，才说明是内核自己的错误，打印 oops。
/// 2.4.0: include/asm-i386/uaccess.h
#ifndef __i386_UACCESS_H
#define __i386_UACCESS_H

#include <linux/config.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <asm/page.h>

/// 与 2.4.0 的差别（总的）：2.4.0 对常数长度的拷贝另有内联版本 __constant_copy_user(_zeroing)（先按长字拷贝，
/// 尾巴用 movsw/movsb），本移植一律走通用版本，结果相同；__range_ok 用 C 写，不用三条汇编指令。
#define VERIFY_READ	0
#define VERIFY_WRITE	1

/*
 * The address limit ("fs", from the segment register it once was):
 * USER_DS lets user addresses through, KERNEL_DS every address (for
 * kernel code that calls a system call on kernel buffers).
 */
/// “段”这个名字是历史遗留（早期内核真用 fs 段寄存器访问用户空间），现在只是 task_struct 中的一个上限 addr_limit：
/// 用户指针必须低于它。普通情况是 USER_DS（3 GB）；内核代码想把自己的缓冲区当“用户指针”交给系统调用实现时，
/// 临时 set_fs(KERNEL_DS)（上限 4 GB），事后再 set_fs 回去。getuser.S/putuser.S 直接按偏移 12 读这个字段。
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
/// 检查 [addr, addr+size) 既不绕回 0（33 位的加法：进位即越界），末端也不超过 addr_limit。
/// 注意它只看“地址范围”，并不看那里有没有映射——那要访问时由页面异常来发现（§2.4）。
#define __range_ok(addr, size) ({ \
	unsigned long __ro_a = (unsigned long) (addr); \
	unsigned long __ro_e = __ro_a + (unsigned long) (size); \
	(unsigned long) (__ro_e < __ro_a || \
			 __ro_e > current->addr_limit.seg); \
})

#ifdef CONFIG_X86_WP_WORKS_OK

/* The CPU enforces read-only pages in kernel mode too (CR0.WP). */
/// CPU 在内核态也遵守页面的写保护（CR0.WP，486 起），写时拷贝在内核写用户页面时照样发生，所以只检查范围。
#define access_ok(type, addr, size)	(__range_ok(addr, size) == 0)

#else

/* A 386 writes through read-only ptes: do copy-on-write by hand. */
/// 386 的内核态写不理会写保护：只好先用 __verify_write（fault.c）把目标页面逐页按写处理一遍。
#define access_ok(type, addr, size) \
	((__range_ok(addr, size) == 0) && \
	 ((type) == VERIFY_READ || boot_cpu_data.wp_works_ok || \
	  segment_eq(get_fs(), KERNEL_DS) || \
	  __verify_write((void *) (addr), (size))))

#endif

/// §2.4 越界访问：旧式接口，合法返回 0，否则 -EFAULT。2.4.0: include/asm-i386/uaccess.h verify_area()
/// 2.4.0 写成 extern inline，本移植用 static inline（gcc 新版本的 extern inline 语义不同）。
static inline int verify_area(int type, const void *addr, unsigned long size)
{
	return access_ok(type, addr, size) ? 0 : -EFAULT;
}

/*
 * The exception table: pairs (address of an instruction that may fault
 * on a user address, address of its fix-up code).
 */
/// insn：可能出错的那条指令的地址；fixup：出错时改去执行的修复代码的地址。copy_from_user 等
/// 用 .section __ex_table 把这样的地址对放进 __ex_table 段，链接脚本用 __start___ex_table 和
/// __stop___ex_table 把它们收成一张表。表按 insn 排好序（自检核对“exception table sorted”），
/// 查找用二分法。
struct exception_table_entry {
	unsigned long insn, fixup;
};

/* Returns the fixup address, or 0 if insn has none. */
/// 在 arch/i386/mm/extable.c；返回修复代码的地址，没有就返回 0。
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

/// §2.4：get_user 不内联访问代码，而是 call 到 getuser.S 里按长度分的小函数，以寄存器传参：
/// %eax 进地址、出错误码，%edx 出值。这样每个调用点只多几个字节，范围检查和异常表项都集中在那三个函数里。
#define __get_user_x(size, ret, x, ptr) \
	__asm__ __volatile__("call __get_user_" #size \
			     : "=a" (ret), "=d" (x) \
			     : "0" (ptr))

/* The value goes through an int: cast back for the sign. */
/// §2.4：从用户空间取一个值（1、2、4 字节，按指针类型），成功返回 0，失败返回 -EFAULT 且 x 为 0。
/// 值经 int 传回，最后按 *ptr 的类型强制转换，这样 signed char 之类能正确带符号扩展。
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

/// §2.4：往用户空间写一个值：先 access_ok（VERIFY_WRITE），通过了才内联一条带异常表项的 mov。
/// 2.4.0 的 put_user 走的是这个内联版本；putuser.S 里的 __put_user_N 虽然有，却不被它使用。
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
/// 异常表的典型用法：标号 1 是可能出错的那条指令；.fixup 段里的标号 3 是修复代码（置 err = -EFAULT 后跳回 2，
/// 即那条指令之后）；__ex_table 段里登记 (1b, 3b) 这一对地址。平时修复代码根本不执行，也不占用指令流；
/// 出错时 do_page_fault → no_context → search_exception_table(regs->eip) 找到 3b，改 regs->eip 后返回。
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
/// 读的情形：修复代码除了置 -EFAULT，还把目标寄存器清零，免得调用者用上一个垃圾值。
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
/// §2.4：通用的用户空间拷贝（copy_to_user 用）：rep movsl 拷长字，再 rep movsb 拷余下的 0–3 字节。
/// 出错时 %ecx 还剩下的计数就是没拷的量：第一条（按长字）出错，没拷的字节数 = 剩余长字数 × 4 + 尾数；
/// 第二条（按字节）出错，剩余字节数就在 %ecx 里。注意一个跨越页面边界的长字会整个不拷（CPU 的 movsl 不会只写一半），
/// 所以返回值可能比“真正能拷的”多几个字节——调用者只把它当“没有全部拷完”。
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
/// §2.4：copy_from_user 用的版本：出错时把内核缓冲区中没拷到的部分清零（rep stosb），
/// 免得系统调用把内核栈上的旧数据当作用户数据用下去（或再交还给用户）。
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
/// §2.4：不做 access_ok 的 __copy_from_user，调用者已经检查过范围（对同一块用户内存多次访问时省掉重复检查）。
/// 2.4.0: include/asm-i386/uaccess.h __generic_copy_from_user_nocheck()。返回没拷的字节数。
__generic_copy_from_user_nocheck(void *to, const void *from, unsigned long n)
{
	__copy_user_zeroing(to, from, n);
	return n;
}

static inline unsigned long
/// §2.4：同上，往用户空间写。2.4.0: include/asm-i386/uaccess.h __generic_copy_to_user_nocheck()
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
/// §2.4：copy_to_user/copy_from_user 返回“没有拷贝的字节数”（0 表示全部成功），不是 -EFAULT；
/// 系统调用通常写成 if (copy_from_user(...)) return -EFAULT;。
#define copy_to_user(to, from, n) \
	__generic_copy_to_user((to), (from), (n))
#define copy_from_user(to, from, n) \
	__generic_copy_from_user((to), (from), (n))
#define __copy_to_user(to, from, n) \
	__generic_copy_to_user_nocheck((to), (from), (n))
#define __copy_from_user(to, from, n) \
	__generic_copy_from_user_nocheck((to), (from), (n))

/// 这几个在 arch/i386/lib/usercopy.c。strlen_user 就是不限长度的 strnlen_user。
long strncpy_from_user(char *dst, const char *src, long count);
long __strncpy_from_user(char *dst, const char *src, long count);
#define strlen_user(str)	strnlen_user(str, ~0UL >> 1)
long strnlen_user(const char *str, long n);
unsigned long clear_user(void *mem, unsigned long len);
unsigned long __clear_user(void *mem, unsigned long len);

#endif /* __i386_UACCESS_H */
