// SPDX-License-Identifier: GPL-2.0-only
/*
 * Portable C versions of the string and memory functions.  An architecture
 * that defines __HAVE_ARCH_<NAME> in <asm/string.h> replaces one of them.
 * Support code for the whole kernel (book §10).
 * Follows Linux 2.4.0 lib/string.c.
 */
#include <linux/types.h>
#include <linux/string.h>
#include <linux/ctype.h>

#ifndef __HAVE_ARCH_STRNICMP
/* Compare at most len characters, ignoring case. */
int strnicmp(const char *s1, const char *s2, size_t len)
{
	unsigned char c1 = 0, c2 = 0;

	while (len) {
		c1 = *s1++;
		c2 = *s2++;
		if (!c1 || !c2)
			break;
		if (c1 != c2) {
			c1 = tolower(c1);
			c2 = tolower(c2);
			if (c1 != c2)
				break;
		}
		len--;
	}
	if (!len)
		return 0;
	return (int)c1 - (int)c2;
}
#endif

char *___strtok;

#ifndef __HAVE_ARCH_STRCPY
char *strcpy(char *dest, const char *src)
{
	char *d = dest;

	while ((*d++ = *src++) != '\0')
		;
	return dest;
}
#endif

#ifndef __HAVE_ARCH_STRNCPY
/* Copy at most count bytes and pad the rest of dest with NULs (as i386). */
char *strncpy(char *dest, const char *src, size_t count)
{
	char *d = dest;

	while (count && (*d = *src) != '\0') {
		d++;
		src++;
		count--;
	}
	while (count--)
		*d++ = '\0';
	return dest;
}
#endif

#ifndef __HAVE_ARCH_STRCAT
char *strcat(char *dest, const char *src)
{
	char *d = dest;

	while (*d)
		d++;
	while ((*d++ = *src++) != '\0')
		;
	return dest;
}
#endif

#ifndef __HAVE_ARCH_STRNCAT
/* Append at most count bytes of src; the result is always terminated. */
char *strncat(char *dest, const char *src, size_t count)
{
	char *d = dest;

	if (count) {
		while (*d)
			d++;
		while ((*d = *src++) != '\0') {
			d++;
			if (--count == 0) {
				*d = '\0';
				break;
			}
		}
	}
	return dest;
}
#endif

#ifndef __HAVE_ARCH_STRCMP
/* Bytes compare as unsigned char, as the i386 assembly version does. */
int strcmp(const char *cs, const char *ct)
{
	unsigned char c1, c2;

	do {
		c1 = *cs++;
		c2 = *ct++;
		if (c1 != c2)
			return c1 < c2 ? -1 : 1;
	} while (c1);
	return 0;
}
#endif

#ifndef __HAVE_ARCH_STRNCMP
int strncmp(const char *cs, const char *ct, size_t count)
{
	unsigned char c1, c2;

	while (count--) {
		c1 = *cs++;
		c2 = *ct++;
		if (c1 != c2)
			return c1 < c2 ? -1 : 1;
		if (!c1)
			break;
	}
	return 0;
}
#endif

#ifndef __HAVE_ARCH_STRCHR
/* The terminating NUL counts as part of the string: strchr(s, 0) finds it. */
char *strchr(const char *s, int c)
{
	while (*s != (char)c) {
		if (!*s++)
			return NULL;
	}
	return (char *)s;
}
#endif

#ifndef __HAVE_ARCH_STRRCHR
/* Backwards from the terminating NUL, which counts as part of s. */
char *strrchr(const char *s, int c)
{
	size_t i = strlen(s) + 1;

	while (i--)
		if (s[i] == (char)c)
			return (char *)s + i;
	return NULL;
}
#endif

#ifndef __HAVE_ARCH_STRLEN
size_t strlen(const char *s)
{
	size_t len = 0;

	while (s[len])
		len++;
	return len;
}
#endif

#ifndef __HAVE_ARCH_STRNLEN
/* Like strlen, but never looks at more than count bytes. */
size_t strnlen(const char *s, size_t count)
{
	size_t len = 0;

	while (len < count && s[len])
		len++;
	return len;
}
#endif

#ifndef __HAVE_ARCH_STRSPN
/* Length of the leading part of s made only of bytes from accept. */
size_t strspn(const char *s, const char *accept)
{
	const char *p;
	size_t count = 0;

	for (; *s != '\0'; s++) {
		for (p = accept; *p != '\0'; p++)
			if (*s == *p)
				break;
		if (*p == '\0')
			return count;
		count++;
	}
	return count;
}
#endif

#ifndef __HAVE_ARCH_STRPBRK
/* First byte of cs that also occurs in ct, or NULL. */
char *strpbrk(const char *cs, const char *ct)
{
	const char *p;

	for (; *cs != '\0'; cs++)
		for (p = ct; *p != '\0'; p++)
			if (*cs == *p)
				return (char *)cs;
	return NULL;
}
#endif

#ifndef __HAVE_ARCH_STRTOK
/* Not reentrant: the scan position is kept in ___strtok between calls. */
char *strtok(char *s, const char *ct)
{
	char *token = s ? s : ___strtok;

	/* Skip leading delimiters; nothing left means no more tokens. */
	if (token)
		token += strspn(token, ct);
	if (!token || !*token) {
		___strtok = NULL;
		return NULL;
	}
	/* End the token at the next delimiter and resume after it. */
	___strtok = strpbrk(token, ct);
	if (___strtok)
		*___strtok++ = '\0';
	return token;
}
#endif

#ifndef __HAVE_ARCH_STRSEP
/*
 * Cut the next token off *s at the first byte from ct.  Unlike strtok the
 * position lives in the caller's pointer and empty tokens are returned.
 */
char *strsep(char **s, const char *ct)
{
	char *sbegin = *s, *end;

	if (sbegin == NULL)
		return NULL;
	end = strpbrk(sbegin, ct);
	if (end)
		*end++ = '\0';
	*s = end;
	return sbegin;
}
#endif

#ifndef __HAVE_ARCH_MEMSET
void *memset(void *s, int c, size_t count)
{
	char *xs = s;

	while (count--)
		*xs++ = c;
	return s;
}
#endif

#ifndef __HAVE_ARCH_BCOPY
/* Old BSD name: source first.  Copies forwards, so no overlap allowed. */
char *bcopy(const char *src, char *dest, int count)
{
	char *d = dest;

	while (count--)
		*d++ = *src++;
	return dest;
}
#endif

#ifndef __HAVE_ARCH_MEMCPY
/* The areas must not overlap; use memmove when they might. */
void *memcpy(void *dest, const void *src, size_t count)
{
	char *d = dest;
	const char *s = src;

	while (count--)
		*d++ = *s++;
	return dest;
}
#endif

#ifndef __HAVE_ARCH_MEMMOVE
/* Copy forwards when dest is below src, else backwards from the end. */
void *memmove(void *dest, const void *src, size_t count)
{
	char *d;
	const char *s;

	if (dest <= src) {
		d = dest;
		s = src;
		while (count--)
			*d++ = *s++;
	} else {
		d = (char *)dest + count;
		s = (const char *)src + count;
		while (count--)
			*--d = *--s;
	}
	return dest;
}
#endif

#ifndef __HAVE_ARCH_MEMCMP
int memcmp(const void *cs, const void *ct, size_t count)
{
	const unsigned char *su1 = cs, *su2 = ct;
	int res = 0;

	for (; count > 0; su1++, su2++, count--)
		if ((res = *su1 - *su2) != 0)
			break;
	return res;
}
#endif

#ifndef __HAVE_ARCH_MEMSCAN
/* Find byte c in the area; unlike memchr, return addr + size if absent. */
void *memscan(void *addr, int c, size_t size)
{
	unsigned char *p = addr;

	while (size) {
		if (*p == (unsigned char)c)
			return p;
		p++;
		size--;
	}
	return p;
}
#endif

#ifndef __HAVE_ARCH_STRSTR
/* An empty s2 is found at once; otherwise compare at each place it fits. */
char *strstr(const char *s1, const char *s2)
{
	size_t want = strlen(s2), left;

	if (want == 0)
		return (char *)s1;
	for (left = strlen(s1); left >= want; left--, s1++)
		if (memcmp(s1, s2, want) == 0)
			return (char *)s1;
	return NULL;
}
#endif

#ifndef __HAVE_ARCH_MEMCHR
void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n; n--, p++)
		if (*p == (unsigned char)c)
			return (void *)p;
	return NULL;
}
#endif
