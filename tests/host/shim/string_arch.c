// SPDX-License-Identifier: GPL-2.0-only
/*
 * The i386 string functions of <asm/string.h> (static inline, used by
 * the kernel in place of lib/string.c's loops) as out-of-line functions,
 * so that test_lib.c can hold them against glibc and lib/string.c.
 */
#include <linux/string.h>

void *arch_memcpy(void *to, const void *from, size_t n)
{
	return __memcpy(to, from, n);
}

void *arch_memset(void *s, int c, size_t n)
{
	return __memset_generic(s, c, n);
}

void *arch_memmove(void *dest, const void *src, size_t n)
{
	return __memmove(dest, src, n);
}

size_t arch_strlen(const char *s)
{
	return __strlen(s);
}

int arch_memcmp(const void *cs, const void *ct, size_t n)
{
	return __memcmp(cs, ct, n);
}
