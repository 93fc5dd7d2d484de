// SPDX-License-Identifier: GPL-2.0-only
/*
 * Portable C versions of the string and memory functions.  An architecture
 * that defines __HAVE_ARCH_<NAME> in <asm/string.h> replaces one of them.
 * Support code for the whole kernel (book §10).
 * Follows Linux 2.4.0 lib/string.c.
 */
/// 内核不链接 C 库，字符串和内存函数都要自己提供。2.4.0 在 i386 上大多用
/// include/asm-i386/string.h 中的内联汇编版本，这里的 C 版本只是后备；本移植反过来，
/// 全部使用这里的 C 版本（见 asm-i386/string.h 的说明）。两者行为不同的地方
/// （strncpy 补零、strcmp/strncmp 的比较方式），本文件照 i386 汇编版本的行为实现。
#include <linux/types.h>
#include <linux/string.h>
#include <linux/ctype.h>

#ifndef __HAVE_ARCH_STRNICMP
/* Compare at most len characters, ignoring case. */
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：不区分大小写地比较至多 len 个字符。
/// 2.4.0: lib/string.c strnicmp()
int strnicmp(const char *s1, const char *s2, size_t len)
{
	unsigned char c1 = 0, c2 = 0;

	while (len) {
		c1 = *s1++;
		c2 = *s2++;
		if (!c1 || !c2)
			break;
		/// 先比原字符，不同时才转小写再比：大多数字符本来就相同，省下两次查表。
		if (c1 != c2) {
			c1 = tolower(c1);
			c2 = tolower(c2);
			if (c1 != c2)
				break;
		}
		len--;
	}
	/// len 个字符比完都相同才算相等；中途遇到结尾或不同的字符就返回差值，只有符号有意义。
	if (!len)
		return 0;
	return (int)c1 - (int)c2;
}
#endif

/// strtok() 在两次调用之间记住扫描位置的全局变量（名字沿用 2.4.0）。
/// 因为有这个全局状态，strtok() 不可重入；需要可重入时用 strsep()。
char *___strtok;

#ifndef __HAVE_ARCH_STRCPY
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：连同结尾的 0 一起复制。
/// 2.4.0: lib/string.c strcpy()
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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：至多复制 count 个字节。
/// 2.4.0: lib/string.c strncpy()
/// 与 2.4.0 通用 C 版本的差别：那个版本遇到 0 就停，不补零；而 2.4.0 在 i386 上实际
/// 使用的汇编版本会把剩下的空间补满 0（与 C 标准相同）。本移植用 C 版本取代汇编版本，
/// 所以照 i386 的行为补零。
char *strncpy(char *dest, const char *src, size_t count)
{
	char *d = dest;

	while (count && (*d = *src) != '\0') {
		d++;
		src++;
		count--;
	}
	/// 补零，把 count 个字节全部写满。src 不短于 count 时不会写结尾的 0，调用者要自己处理。
	while (count--)
		*d++ = '\0';
	return dest;
}
#endif

#ifndef __HAVE_ARCH_STRCAT
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：把 src 接到 dest 的末尾。
/// 2.4.0: lib/string.c strcat()
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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：至多接 count 个字符，并且总会补上结尾的 0
/// （所以 dest 要多留一个字节）。
/// 2.4.0: lib/string.c strncat()
char *strncat(char *dest, const char *src, size_t count)
{
	char *d = dest;

	/// count 为 0 时什么也不做，连 dest 的末尾都不去找。
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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：按字典序比较两个字符串。
/// 2.4.0: lib/string.c strcmp()
/// 与 2.4.0 通用 C 版本的差别：那个版本按有符号 char 相减，字节大于 0x7f 时符号会反；
/// i386 汇编版本（scasb 之后用 sbb）按无符号比较并返回 -1、0、1。本移植照 i386 的行为，
/// 按 unsigned char 比较，与 C 标准一致。
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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：至多比较 count 个字符；比较方式同 strcmp()。
/// 2.4.0: lib/string.c strncmp()
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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：找字符 c 第一次出现的位置。
/// 2.4.0: lib/string.c strchr()
char *strchr(const char *s, int c)
{
	/// 先比较再判断结尾，所以找 0 时返回指向结尾的指针，符合 C 标准；
	/// 不相等而且已是结尾的 0，才算没找到。
	while (*s != (char)c) {
		if (!*s++)
			return NULL;
	}
	return (char *)s;
}
#endif

#ifndef __HAVE_ARCH_STRRCHR
/* Backwards from the terminating NUL, which counts as part of s. */
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：从结尾（含结尾的 0）往前找最后一次出现。
/// 2.4.0: lib/string.c strrchr()
char *strrchr(const char *s, int c)
{
	/// i 从结尾 0 的下标开始往前数到 0，不会越过字符串的开头。
	size_t i = strlen(s) + 1;

	while (i--)
		if (s[i] == (char)c)
			return (char *)s + i;
	return NULL;
}
#endif

#ifndef __HAVE_ARCH_STRLEN
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：字符串长度，不含结尾的 0。
/// 2.4.0: lib/string.c strlen()
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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：至多看 count 个字节的 strlen()。
/// vsprintf() 的 %s 用它实现精度，也避免读过没有结尾 0 的缓冲区。
/// 2.4.0: lib/string.c strnlen()
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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：s 开头有多少字节全部属于 accept。
/// strtok() 用它跳过前导的分隔符。
/// 2.4.0: lib/string.c strspn()
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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：找 cs 中第一个属于 ct 的字节。
/// strtok() 和 strsep() 用它找下一个分隔符。
/// 2.4.0: lib/string.c strpbrk()
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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：把字符串切成 token，连续的分隔符算一个，
/// 空 token 不返回。
/// 2.4.0: lib/string.c strtok()
char *strtok(char *s, const char *ct)
{
	/// s 为 NULL 表示接着上一次停下的位置继续切。
	char *token = s ? s : ___strtok;

	/* Skip leading delimiters; nothing left means no more tokens. */
	/// 上次已经切完（___strtok 为 NULL），或跳过分隔符后只剩结尾的 0，都返回 NULL，并记下“已切完”。
	if (token)
		token += strspn(token, ct);
	if (!token || !*token) {
		___strtok = NULL;
		return NULL;
	}
	/* End the token at the next delimiter and resume after it. */
	/// 把分隔符改写成 0 来截断 token，下一次从它后面开始；后面没有分隔符时 strpbrk 返回 NULL，
	/// 位置就记为 NULL，下一次调用返回 NULL。
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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：切下一个 token。位置保存在调用者的指针里，
/// 所以可重入；连续分隔符之间的空串也作为 token 返回，最后 *s 变成 NULL。
/// 2.4.0: lib/string.c strsep()
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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：逐字节填充。内核清零页面、初始化结构都用它；
/// gcc 为大的结构初始化也可能自己生成对 memset 的调用，所以即便源码不写也必须提供。
/// 2.4.0: lib/string.c memset()
/// 2.4.0 的 i386 用 rep stosl 的汇编版本，这里逐字节写，慢一些但一目了然。
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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：BSD 的旧接口，参数顺序是源在前、目的在后。
/// 只会从前往后复制，不能用于重叠的区域。
/// 2.4.0: lib/string.c bcopy()
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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：复制不重叠的内存区域。gcc 在结构赋值时
/// 也会自己生成对 memcpy 的调用。
/// 2.4.0: lib/string.c memcpy()
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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：复制可能重叠的内存区域。
/// 2.4.0: lib/string.c memmove()
void *memmove(void *dest, const void *src, size_t count)
{
	char *d;
	const char *s;

	/// 目的在低处时从前往后复制，在高处时从后往前复制：这样重叠部分的源字节
	/// 总在被覆盖之前就已读出。
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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：按 unsigned char 逐字节比较，返回第一个不同字节之差。
/// 2.4.0: lib/string.c memcmp()
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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：在区域里找字节 c。
/// 与 memchr() 的区别：找不到时返回区域的末尾而不是 NULL，调用者不必另判 NULL。
/// 2.4.0: lib/string.c memscan()
/// 这里把 c 截成 unsigned char 再比，与 2.4.0 i386 汇编版本（repnz scasb 只比较 al）一致。
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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：找子串 s2 在 s1 中第一次出现的位置。
/// 朴素地逐个位置比较：剩下的长度不够时提前结束；s2 为空串时返回 s1。
/// 2.4.0: lib/string.c strstr()
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
/// §10 系统引导和初始化（内核通用支撑：字符串与内存函数）：在至多 n 个字节中找字节 c，找不到返回 NULL。
/// 2.4.0: lib/string.c memchr()
void *memchr(const void *s, int c, size_t n)
{
	/// 按无符号字节比较：c 只取低 8 位，0xe9 这样的字节也能找到。
	const unsigned char *p = s;

	for (; n; n--, p++)
		if (*p == (unsigned char)c)
			return (void *)p;
	return NULL;
}
#endif
