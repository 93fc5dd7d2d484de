/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What host unit tests see of the shims in tests/host/shim/ and of the
 * kernel's lib/ functions.  Included by the shims (built with the kernel's
 * flags and headers, __KERNEL__ defined) and by the test programs (built
 * against glibc and Check, __KERNEL__ not defined).
 *
 * Kernel objects are renamed for the tests (see tests/host/Makefile and
 * tests/host/kernel.syms): a kernel function whose name glibc also has,
 * such as sprintf or memcpy, is called k_sprintf, k_memcpy here.
 */
#ifndef _TESTS_HOST_HOST_H
#define _TESTS_HOST_HOST_H

/* shim/printk.c: everything printk() printed since the last reset. */
#define HOST_PRINTK_LOG_SIZE	65536
extern char host_printk_log[HOST_PRINTK_LOG_SIZE];
extern unsigned int host_printk_len;
extern void host_printk_reset(void);

/*
 * shim/printk.c: panic() formats its message into host_panic_msg, logs
 * "Kernel panic: ..." through printk, then calls host_panic_hook if one is
 * set (it must not return, e.g. it longjmps) and otherwise aborts.
 */
extern char host_panic_msg[1024];
extern void (*host_panic_hook)(const char *msg);

#ifndef __KERNEL__
#include <setjmp.h>
#include <stddef.h>

/* The kernel's printk and panic, as the shim provides them. */
int printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void panic(const char *fmt, ...)
	__attribute__((noreturn, format(printf, 1, 2)));

/*
 * HOST_PANICS(stmt) runs stmt and evaluates to 1 if it called panic()
 * (then host_panic_msg holds the message), 0 if it returned normally.
 */
static jmp_buf host_panic_env __attribute__((unused));

static void __attribute__((unused, noreturn)) host_panic_jump(const char *m)
{
	(void)m;
	longjmp(host_panic_env, 1);
}

#define HOST_PANICS(stmt) ({					\
	volatile int __panicked = 0;				\
	host_panic_hook = host_panic_jump;			\
	if (setjmp(host_panic_env) == 0) {			\
		stmt;						\
	} else {						\
		__panicked = 1;					\
	}							\
	host_panic_hook = NULL;					\
	__panicked;						\
})

/* lib/vsprintf.c (2.4.0 semantics: see the tests for the differences). */
int k_sprintf(char *buf, const char *fmt, ...);
int k_vsprintf(char *buf, const char *fmt, __builtin_va_list args);
unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base);
long simple_strtol(const char *cp, char **endp, unsigned int base);
unsigned long long simple_strtoull(const char *cp, char **endp,
				   unsigned int base);
long long simple_strtoll(const char *cp, char **endp, unsigned int base);

/* lib/cmdline.c */
int get_option(char **str, int *pint);
char *get_options(char *str, int nints, int *ints);
unsigned long long memparse(char *ptr, char **retptr);

/* lib/ctype.c: include "../../include/linux/ctype.h" for the macros. */
extern unsigned char _ctype[];

/* lib/string.c */
extern char *___strtok;
int strnicmp(const char *s1, const char *s2, size_t len);
char *k_strcpy(char *dest, const char *src);
char *k_strncpy(char *dest, const char *src, size_t count);
char *k_strcat(char *dest, const char *src);
char *k_strncat(char *dest, const char *src, size_t count);
int k_strcmp(const char *cs, const char *ct);
int k_strncmp(const char *cs, const char *ct, size_t count);
char *k_strchr(const char *s, int c);
char *k_strrchr(const char *s, int c);
size_t k_strlen(const char *s);
size_t k_strnlen(const char *s, size_t count);
size_t k_strspn(const char *s, const char *accept);
char *k_strpbrk(const char *cs, const char *ct);
char *k_strtok(char *s, const char *ct);
char *k_strsep(char **s, const char *ct);
void *k_memset(void *s, int c, size_t count);
char *k_bcopy(const char *src, char *dest, int count);
void *k_memcpy(void *dest, const void *src, size_t count);
void *k_memmove(void *dest, const void *src, size_t count);
int k_memcmp(const void *cs, const void *ct, size_t count);
void *memscan(void *addr, int c, size_t size);
char *k_strstr(const char *s1, const char *s2);
void *k_memchr(const void *s, int c, size_t n);
#endif /* !__KERNEL__ */

#endif /* _TESTS_HOST_HOST_H */
