// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host unit tests for the kernel's lib/: vsprintf.c, string.c, ctype.c,
 * cmdline.c, asm-i386/div64.h, and the printk/panic shim the other suites
 * rely on.  Where glibc does the same job, its answer is the reference;
 * where Linux 2.4.0 differs from C99 the expected text is written out and
 * the difference is named in a comment.
 */
#include <check.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <fcntl.h>
#include <unistd.h>

#include "shim/host.h"

/* Kernel headers that need nothing else (never -I the kernel's include/). */
#include "../../include/linux/ctype.h"
#include "../../include/asm-i386/div64.h"

/* glibc's ctype functions, called as functions: the names are macros now. */
int (isalnum)(int);
int (isalpha)(int);
int (iscntrl)(int);
int (isdigit)(int);
int (isgraph)(int);
int (islower)(int);
int (isprint)(int);
int (ispunct)(int);
int (isspace)(int);
int (isupper)(int);
int (isxdigit)(int);

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define BUFSZ 512

/* ---- vsprintf: the format table ------------------------------------- */

enum arg_kind {
	A_NONE,		/* no argument */
	A_I,		/* int a */
	A_II,		/* int a, int b */
	A_III,		/* int a, int b, int c */
	A_L,		/* long a */
	A_LL,		/* long long a */
	A_Z,		/* size_t a */
	A_P,		/* void *a (glibc gets unsigned long a) */
	A_S,		/* char *s */
	A_IS,		/* int a, char *s */
	A_IIS,		/* int a, int b, char *s */
};

struct fmt_case {
	const char *fmt;	/* given to the kernel's vsprintf */
	const char *host;	/* glibc format printing the same; NULL: fmt */
	const char *want;	/* fixed text where 2.4.0 differs from C99 */
	enum arg_kind kind;
	long long a, b, c;
	const char *s;
};

/* Rows checked against glibc's vsnprintf with the same format ... */
#define F0(f)		{ .fmt = f, .kind = A_NONE }
#define FI(f, x)	{ .fmt = f, .kind = A_I, .a = (x) }
#define FII(f, x, y)	{ .fmt = f, .kind = A_II, .a = (x), .b = (y) }
#define FIII(f, x, y, z) \
	{ .fmt = f, .kind = A_III, .a = (x), .b = (y), .c = (z) }
#define FL(f, x)	{ .fmt = f, .kind = A_L, .a = (x) }
#define FLL(f, x)	{ .fmt = f, .kind = A_LL, .a = (x) }
#define FS(f, str)	{ .fmt = f, .kind = A_S, .s = (str) }
#define FIS(f, x, str)	{ .fmt = f, .kind = A_IS, .a = (x), .s = (str) }
#define FIIS(f, x, y, str) \
	{ .fmt = f, .kind = A_IIS, .a = (x), .b = (y), .s = (str) }
/* ... with a different glibc spelling of the same conversion ... */
#define HLL(f, h, x)	{ .fmt = f, .host = h, .kind = A_LL, .a = (x) }
#define HZ(f, h, x)	{ .fmt = f, .host = h, .kind = A_Z, .a = (x) }
#define HP(f, h, x)	{ .fmt = f, .host = h, .kind = A_P, .a = (x) }
/* ... or against fixed text (2.4.0 behaviour that C99 does not share). */
#define W0(f, w)	{ .fmt = f, .want = w, .kind = A_NONE }
#define WI(f, w, x)	{ .fmt = f, .want = w, .kind = A_I, .a = (x) }
#define WII(f, w, x, y) \
	{ .fmt = f, .want = w, .kind = A_II, .a = (x), .b = (y) }
#define WZ(f, w, x)	{ .fmt = f, .want = w, .kind = A_Z, .a = (x) }
#define WP(f, w, x)	{ .fmt = f, .want = w, .kind = A_P, .a = (x) }
#define WS(f, w, str)	{ .fmt = f, .want = w, .kind = A_S, .s = (str) }
#define WIS(f, w, x, str) \
	{ .fmt = f, .want = w, .kind = A_IS, .a = (x), .s = (str) }

static const struct fmt_case fmt_cases[] = {
	/* plain text and %% */
	F0(""),
	F0("plain text"),
	F0("100%%"),
	F0("%%%%"),

	/* %d %i: values, width, flags, precision */
	FI("%d", 0),
	FI("%d", 1),
	FI("%d", -1),
	FI("%d", INT_MAX),
	FI("%d", INT_MIN),
	FI("%i", -12345),
	FI("%5d|", 42),
	FI("%5d|", -42),
	FI("%-5d|", 42),
	FI("%-5d|", -42),
	FI("%05d", 42),
	FI("%05d", -42),
	FI("%011d", INT_MIN),
	FI("%1d", 123456),
	FI("%+d", 42),
	FI("%+d", 0),
	FI("%+d", -42),
	FI("% d", 42),
	FI("% d", -42),
	FI("%+ d", 42),
	FI("% +d", 42),
	FI("%+05d", 42),
	FI("% 05d", 7),
	FI("%-+6d|", 42),
	FI("%0-6d|", 42),
	FI("%.5d", 42),
	FI("%.5d", -42),
	FI("%8.5d|", 42),
	FI("%8.5d|", -42),
	FI("%-8.5d|", -42),
	FI("%.1d", 0),
	FI("%.3d", 12345),
	FI("%+.3d", 7),
	FI("%20d|", INT_MAX),

	/* %u %x %X %o */
	FI("%u", 0),
	FI("%u", -1),
	FI("%u", INT_MIN),
	FI("%u", 3000000000LL),
	FI("%12u|", 3000000000LL),
	FI("%+u", 5),
	FI("% u", 5),
	FI("%x", 0),
	FI("%x", 0xdeadbeef),
	FI("%X", 0xdeadbeef),
	FI("%x", -1),
	FI("%08x", 0xbeef),
	FI("%8x|", 0xbeef),
	FI("%-8x|", 0xbeef),
	FI("%#x", 255),
	FI("%#X", 255),
	FI("%#010x", 0x1f),
	FI("%-#10x|", 0x1f),
	FI("%#8x|", 0x1f),
	FI("%.6x", 0xab),
	FI("%#.6x", 0xab),
	FI("%+x", 5),
	FI("%o", 0),
	FI("%o", 8),
	FI("%o", 511),
	FI("%o", -1),
	FI("%#o", 8),
	FI("%#o", 511),
	FI("%#5o|", 8),
	FI("%-#5o|", 8),

	/* %c */
	FI("%c", 'A'),
	FI("%3c|", 'A'),
	FI("%-3c|", 'A'),
	FI("[%1c]", 'x'),
	FI("%c", 0xe9),
	FI("%c", 0x141),		/* only the low byte is printed */
	FIII("%c%c%c", 'a', 'b', 'c'),

	/* %s */
	FS("%s", "hello"),
	FS("%s", ""),
	FS("[%s]", ""),
	FS("%10s|", "hello"),
	FS("%-10s|", "hello"),
	FS("%3s|", "hello"),
	FS("%.2s|", "hello"),
	FS("%.0s|", "hello"),
	FS("%.10s|", "hello"),
	FS("%10.2s|", "hello"),
	FS("%-10.2s|", "hello"),

	/* '*' width and precision from the argument list */
	FII("%*d|", 6, 42),
	FII("%*d|", -6, 42),
	FII("%-*d|", 6, 42),
	FII("%0*d", 5, -3),
	FII("%.*d", 4, 7),
	FIII("%*.*d|", 8, 4, -7),
	FIS("%*s|", 8, "ab"),
	FIS("%*s|", -8, "ab"),
	FIS("%-*s|", 8, "ab"),
	FIS("%.*s|", 3, "abcdef"),
	FIIS("%*.*s|", 8, 3, "abcdef"),

	/* %l: 32 bits on i386 */
	FL("%ld", LONG_MIN),
	FL("%ld", LONG_MAX),
	FL("%li", -5),
	FL("%lu", -1),
	FL("%lx", 0xcafebabe),
	FL("%08lx", 0x1234),
	FL("%lo", 0x80000000),

	/* %ll, %L, %q: 64 bits, divided by do_div */
	FLL("%lld", LLONG_MIN),
	FLL("%lld", LLONG_MAX),
	FLL("%lld", -1),
	FLL("%lld", 0),
	FLL("%lli", 1000000000000000000LL),
	FLL("%llu", -1),
	FLL("%llu", 1ULL << 32),
	FLL("%llu", 4294967295ULL),
	FLL("%llu", 1ULL << 63),
	FLL("%llu", (1ULL << 32) * 10 + 7),
	FLL("%llx", 0x123456789abcdef0ULL),
	FLL("%llX", 0x123456789abcdef0ULL),
	FLL("%#llx", 0xfedcba9876543210ULL),
	FLL("%llo", -1),
	FLL("%20lld|", -1234567890123LL),
	FLL("%-20lld|", -1234567890123LL),
	FLL("%020lld", -1234567890123LL),
	FLL("%+lld", 1000000000000000LL),
	FLL("%.20llu", 12345),
	HLL("%Lu", "%llu", -1),
	HLL("%Ld", "%lld", -42),
	HLL("%Lx", "%llx", 0xa5a5a5a5a5a5a5a5ULL),
	HLL("%qd", "%lld", LLONG_MIN),
	HLL("%qu", "%llu", 1ULL << 63),

	/* %h: the int argument is cut to 16 bits */
	FI("%hd", 70000),
	FI("%hd", 32768),
	FI("%hd", -1),
	FI("%hu", -1),
	FI("%hu", 70000),
	FI("%hx", 0x12345),
	FI("%hX", 0xabcdef),
	FI("%ho", 0x1ffff),
	FI("%6hd|", -2),

	/* %Z: size_t (C99 spells it %z) */
	HZ("%Zu", "%zu", 4000000000U),
	HZ("%Zx", "%zx", 0xabc),
	HZ("%Zd", "%zd", 123),

	/* %p: 2.4.0 prints no "0x"; without a width, 8 digits zero padded */
	HP("%p", "%08lx", 0xc0100000),
	HP("%p", "%08lx", 0x1234),
	HP("%p", "%08lx", 0),
	HP("%20p|", "%20lx|", 0xc0100000),
	HP("%-12p|", "%-12lx|", 0xbeef),
	WP("%p", "c0100000", 0xc0100000),
	WP("%p", "00000000", 0),	/* glibc: "(nil)" */

	/* mixed */
	FIS("x=%d s=%s!", 5, "yo"),
	FIS("[%-4d][%4s]", -1, "ab"),
	FIIS("%d%%%d%s", 1, 2, "end"),

	/*
	 * Where 2.4.0's vsprintf and C99 disagree: 2.4.0 wins.
	 */
	/* C99: precision 0 prints no digits for 0; 2.4.0 prints "0". */
	WI("%.0d", "0", 0),
	WI("%.0x|", "0|", 0),
	/* C99: a precision cancels the 0 flag; 2.4.0 keeps zero padding. */
	WI("%05.3d", "00007", 7),
	WI("%08.3x", "000000ab", 0xab),
	/* C99: '#' adds nothing to 0; 2.4.0 always adds 0x / 0. */
	WI("%#x", "0x0", 0),
	WI("%#X", "0X0", 0),
	WI("%#o", "00", 0),
	/* C99: '#' on octal only ensures one leading 0; 2.4.0 adds one more. */
	WI("%#.3o", "0010", 8),
	WI("%#6.4o|", " 00010|", 8),
	/* C99 leaves %0s undefined (glibc pads with blanks too). */
	WS("%05s", "   hi", "hi"),
	/* A NULL string: glibc prints "(null)" or nothing, 2.4.0 "<NULL>". */
	WS("%s", "<NULL>", NULL),
	WS("%.3s", "<NU", NULL),
	WS("%8s|", "  <NULL>|", NULL),
	/* C99: a negative '*' precision means none; 2.4.0 makes it 0. */
	WIS("%.*s|", "|", -1, "abc"),
	/* %Zd takes size_t without sign extension: no negative output. */
	WZ("%Zd", "4294967295", (size_t)-1),
	/* Unknown conversions print as they stand; no floating point. */
	W0("%y", "%y"),
	W0("ab%", "ab%"),
	W0("%5%|", "%|"),
	WII("%f|%d", "%f|1", 1, 2),
	WII("%hhd|%d", "%hd|1", 1, 2),
};

typedef int (*fmt_fn)(char *buf, const char *fmt, ...);

static int kernel_fmt(char *buf, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = k_vsprintf(buf, fmt, args);
	va_end(args);
	return n;
}

static int glibc_fmt(char *buf, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, BUFSZ, fmt, args);
	va_end(args);
	return n;
}

static int call_fmt(fmt_fn fn, char *buf, const char *fmt,
		    const struct fmt_case *c)
{
	switch (c->kind) {
	case A_NONE:
		return fn(buf, fmt);
	case A_I:
		return fn(buf, fmt, (int)c->a);
	case A_II:
		return fn(buf, fmt, (int)c->a, (int)c->b);
	case A_III:
		return fn(buf, fmt, (int)c->a, (int)c->b, (int)c->c);
	case A_L:
		return fn(buf, fmt, (long)c->a);
	case A_LL:
		return fn(buf, fmt, c->a);
	case A_Z:
		return fn(buf, fmt, (size_t)c->a);
	case A_P:
		if (fn == kernel_fmt)
			return fn(buf, fmt, (void *)(unsigned long)c->a);
		return fn(buf, fmt, (unsigned long)c->a);
	case A_S:
		return fn(buf, fmt, c->s);
	case A_IS:
		return fn(buf, fmt, (int)c->a, c->s);
	case A_IIS:
		return fn(buf, fmt, (int)c->a, (int)c->b, c->s);
	}
	return -1;
}

START_TEST(test_format_table)
{
	const struct fmt_case *c = &fmt_cases[_i];
	char kbuf[BUFSZ], hbuf[BUFSZ];
	const char *want;
	int kret, wret;

	memset(kbuf, 0x55, sizeof(kbuf));
	kret = call_fmt(kernel_fmt, kbuf, c->fmt, c);
	if (c->want) {
		want = c->want;
		wret = strlen(want);
	} else {
		wret = call_fmt(glibc_fmt, hbuf, c->host ? c->host : c->fmt, c);
		want = hbuf;
	}
	ck_assert_msg(strcmp(kbuf, want) == 0,
		      "case %d \"%s\": kernel \"%s\", want \"%s\"",
		      _i, c->fmt, kbuf, want);
	ck_assert_msg(kret == wret, "case %d \"%s\": returned %d, want %d",
		      _i, c->fmt, kret, wret);
	ck_assert_int_eq(kret, strlen(kbuf));
}
END_TEST

/* ---- vsprintf: everything the table cannot express ------------------- */

START_TEST(test_sprintf_return)
{
	char buf[BUFSZ];

	ck_assert_int_eq(k_sprintf(buf, "%s=%d", "mem", 64), 6);
	ck_assert_str_eq(buf, "mem=64");
	ck_assert_int_eq(k_sprintf(buf, "%s", ""), 0);
	ck_assert_str_eq(buf, "");
}
END_TEST

/* %c with 0 stores a NUL in the middle; the length still counts it. */
START_TEST(test_sprintf_nul_char)
{
	char buf[8];

	memset(buf, 'x', sizeof(buf));
	ck_assert_int_eq(k_sprintf(buf, "a%cb", 0), 3);
	ck_assert_mem_eq(buf, "a\0b\0", 4);
}
END_TEST

/* %n stores the count so far (int, or long with 'l'), prints nothing. */
START_TEST(test_sprintf_percent_n)
{
	char buf[BUFSZ];
	int n = -1;
	long ln = -1;

	ck_assert_int_eq(k_sprintf(buf, "abc%n-%d", &n, 7), 5);
	ck_assert_str_eq(buf, "abc-7");
	ck_assert_int_eq(n, 3);
	ck_assert_int_eq(k_sprintf(buf, "%s%ln", "hello", &ln), 5);
	ck_assert_int_eq(ln, 5);
	ck_assert_int_eq(k_sprintf(buf, "%n", &n), 0);
	ck_assert_int_eq(n, 0);
}
END_TEST

/* Long output: wide fields and long strings, compared with glibc. */
START_TEST(test_sprintf_long)
{
	char kbuf[BUFSZ], hbuf[BUFSZ], s[301];
	int kret, hret;

	kret = k_sprintf(kbuf, "%300d|", 1);
	hret = snprintf(hbuf, sizeof(hbuf), "%300d|", 1);
	ck_assert_int_eq(kret, hret);
	ck_assert_str_eq(kbuf, hbuf);

	memset(s, 'q', 300);
	s[300] = '\0';
	kret = k_sprintf(kbuf, "<%s><%-5s>", s, "z");
	hret = snprintf(hbuf, sizeof(hbuf), "<%s><%-5s>", s, "z");
	ck_assert_int_eq(kret, hret);
	ck_assert_str_eq(kbuf, hbuf);
}
END_TEST

/* Pseudo-random 64-bit values of every size in bases 10, 16 and 8. */
static unsigned long long next_random(unsigned long long *x)
{
	*x = *x * 6364136223846793005ULL + 1442695040888963407ULL;
	return *x >> (*x >> 58);	/* a random shift: small values too */
}

START_TEST(test_sprintf_random_64bit)
{
	static const char *const fmts[] = {
		"%llu", "%lld", "%llx", "%llX", "%llo", "%#llx", "%25llu",
		"%-25lld|", "%.22llo", "%u", "%d", "%x", "%o",
	};
	unsigned long long x = 12345, v;
	char kbuf[BUFSZ], hbuf[BUFSZ];
	unsigned int i, f;
	int kret, hret;

	for (i = 0; i < 2000; i++) {
		v = next_random(&x);
		for (f = 0; f < ARRAY_SIZE(fmts); f++) {
			if (strstr(fmts[f], "ll")) {
				kret = k_sprintf(kbuf, fmts[f], v);
				hret = snprintf(hbuf, BUFSZ, fmts[f], v);
			} else {
				kret = k_sprintf(kbuf, fmts[f],
						 (unsigned int)v);
				hret = snprintf(hbuf, BUFSZ, fmts[f],
						(unsigned int)v);
			}
			ck_assert_msg(kret == hret && !strcmp(kbuf, hbuf),
				      "%s of %llu: kernel %s, glibc %s",
				      fmts[f], v, kbuf, hbuf);
		}
	}
}
END_TEST

/* do_div: quotient left in n, remainder returned, for all sizes. */
START_TEST(test_do_div)
{
	static const unsigned long bases[] = {
		1, 2, 7, 8, 10, 16, 36, 1000, 65536, 0x7fffffff, 0xffffffff,
	};
	unsigned long long x = 99, n, q;
	unsigned long r;
	unsigned int i, b;

	for (i = 0; i < 2000; i++) {
		n = next_random(&x);
		if (i == 0)
			n = ~0ULL;
		for (b = 0; b < ARRAY_SIZE(bases); b++) {
			q = n;
			r = do_div(q, bases[b]);
			ck_assert_msg(q == n / bases[b] && r == n % bases[b],
				      "%llu / %lu: got %llu rem %lu", n,
				      bases[b], q, r);
		}
	}
}
END_TEST

/* ---- simple_strto* ---------------------------------------------------- */

struct strto_case {
	const char *str;
	unsigned int base;
	long long value;	/* as the kernel parses it */
	int end;		/* offset of *endp */
	int like_glibc;		/* glibc's strto* answers the same */
};

static const struct strto_case strtoul_cases[] = {
	{ "0", 0, 0, 1, 1 },
	{ "123", 0, 123, 3, 1 },
	{ "123abc", 10, 123, 3, 1 },
	{ "0x1F", 0, 31, 4, 1 },
	{ "0x1fz", 0, 31, 4, 1 },
	{ "0755", 0, 493, 4, 1 },
	{ "0758", 0, 61, 3, 1 },
	{ "0x", 0, 0, 1, 1 },
	{ "0xg", 0, 0, 1, 1 },
	{ "ff", 16, 255, 2, 1 },
	{ "FF", 16, 255, 2, 1 },
	{ "fg", 16, 15, 1, 1 },
	{ "777", 8, 511, 3, 1 },
	{ "778", 8, 63, 2, 1 },
	{ "4294967295", 10, 4294967295LL, 10, 1 },
	{ "", 10, 0, 0, 1 },
	{ "abc", 10, 0, 0, 1 },
	/* 2.4.0: only base 0 understands "0x", and only with a small x. */
	{ "0x10", 16, 0, 1, 0 },
	{ "0X1f", 0, 0, 1, 0 },
	/* 2.4.0 reads hex digits only, so bases above 16 stop at g-z. */
	{ "z", 36, 0, 0, 0 },
	{ "az", 36, 10, 1, 0 },
	/* 2.4.0 skips no blanks, takes no '+', detects no overflow. */
	{ " 12", 10, 0, 0, 0 },
	{ "+5", 10, 0, 0, 0 },
	{ "4294967296", 10, 0, 10, 0 },
};

START_TEST(test_simple_strtoul)
{
	const struct strto_case *c = &strtoul_cases[_i];
	char *end = NULL, *gend;
	unsigned long v;

	v = simple_strtoul(c->str, &end, c->base);
	ck_assert_msg(v == (unsigned long)c->value && end == c->str + c->end,
		      "\"%s\" base %u: %lu end %d, want %lu end %d", c->str,
		      c->base, v, (int)(end - c->str),
		      (unsigned long)c->value, c->end);
	if (c->like_glibc) {
		ck_assert_uint_eq(strtoul(c->str, &gend, c->base), v);
		ck_assert_ptr_eq(gend, end);
	}
}
END_TEST

static const struct strto_case strtol_cases[] = {
	{ "42", 0, 42, 2, 1 },
	{ "-42", 10, -42, 3, 1 },
	{ "-0x10", 0, -16, 5, 1 },
	{ "-017", 0, -15, 4, 1 },
	{ "-0", 0, 0, 2, 1 },
	{ "-2147483648", 10, INT_MIN, 11, 1 },
	{ "2147483647", 10, INT_MAX, 10, 1 },
	/* 2.4.0 steps over the first '-' even if no digits follow. */
	{ "--5", 10, 0, 1, 0 },
	{ "-", 10, 0, 1, 0 },
};

START_TEST(test_simple_strtol)
{
	const struct strto_case *c = &strtol_cases[_i];
	char *end = NULL, *gend;
	long v;

	v = simple_strtol(c->str, &end, c->base);
	ck_assert_msg(v == (long)c->value && end == c->str + c->end,
		      "\"%s\" base %u: %ld end %d, want %ld end %d", c->str,
		      c->base, v, (int)(end - c->str), (long)c->value,
		      c->end);
	if (c->like_glibc) {
		ck_assert_int_eq(strtol(c->str, &gend, c->base), v);
		ck_assert_ptr_eq(gend, end);
	}
}
END_TEST

START_TEST(test_simple_strtoull)
{
	char *end;

	ck_assert(simple_strtoull("18446744073709551615", &end, 10) ==
		  ULLONG_MAX);
	ck_assert_int_eq(*end, '\0');
	ck_assert(simple_strtoull("0x123456789abcdef0", &end, 0) ==
		  0x123456789abcdef0ULL);
	ck_assert_int_eq(*end, '\0');
	ck_assert(simple_strtoull("01777777777777777777777", &end, 0) ==
		  ULLONG_MAX);
	ck_assert(simple_strtoull("4294967296x", &end, 10) == 1ULL << 32);
	ck_assert_str_eq(end, "x");
	ck_assert(simple_strtoull("FFFFffffFFFFffff", NULL, 16) ==
		  ULLONG_MAX);
	ck_assert(simple_strtoll("-9223372036854775808", &end, 10) ==
		  LLONG_MIN);
	ck_assert(simple_strtoll("9223372036854775807", &end, 10) ==
		  LLONG_MAX);
	ck_assert(simple_strtoll("-1", NULL, 0) == -1);
	ck_assert_uint_eq(simple_strtoul("99", NULL, 10), 99);
	ck_assert_int_eq(simple_strtol("-99", NULL, 10), -99);
}
END_TEST

/* ---- cmdline.c: get_option, get_options, memparse --------------------- */

START_TEST(test_get_option)
{
	char str[] = "10,0x20,-3 rest";
	char *p = str, *none = NULL;
	char empty[] = "", tail[] = "7,";
	int v = 0;

	ck_assert_int_eq(get_option(&p, &v), 2);
	ck_assert_int_eq(v, 10);
	ck_assert_int_eq(get_option(&p, &v), 2);
	ck_assert_int_eq(v, 32);
	ck_assert_int_eq(get_option(&p, &v), 1);
	ck_assert_int_eq(v, -3);
	ck_assert_str_eq(p, " rest");
	v = 55;
	ck_assert_int_eq(get_option(&p, &v), 0);	/* not a number */
	ck_assert_str_eq(p, " rest");

	p = empty;
	ck_assert_int_eq(get_option(&p, &v), 0);
	ck_assert_int_eq(get_option(&none, &v), 0);
	p = tail;
	ck_assert_int_eq(get_option(&p, &v), 2);
	ck_assert_int_eq(v, 7);
	ck_assert_int_eq(get_option(&p, &v), 0);
}
END_TEST

START_TEST(test_get_options)
{
	char list[] = "1,2,3";
	char longer[] = "1,2,3,4,5";
	int ints[10];
	char *p;

	p = get_options(list, ARRAY_SIZE(ints), ints);
	ck_assert_int_eq(ints[0], 3);
	ck_assert_int_eq(ints[1], 1);
	ck_assert_int_eq(ints[2], 2);
	ck_assert_int_eq(ints[3], 3);
	ck_assert_str_eq(p, "");

	/* room for two: stops after the second comma */
	p = get_options(longer, 3, ints);
	ck_assert_int_eq(ints[0], 2);
	ck_assert_str_eq(p, "3,4,5");
}
END_TEST

/*
 * The edges of get_option/get_options: a failed parse still stores 0
 * (simple_strtol's result is written before the check), a list that
 * ends in a non-number, and arrays with no room at all.
 */
START_TEST(test_get_options_edges)
{
	char bad[] = "x", tail[] = "5,x", one[] = "7", neg[] = "-1,-2";
	int v = 55, ints[4] = { 9, 9, 9, 9 };
	char *p = bad;

	ck_assert_int_eq(get_option(&p, &v), 0);
	ck_assert_int_eq(v, 0);
	ck_assert_ptr_eq(p, bad);

	p = get_options(tail, 4, ints);
	ck_assert_int_eq(ints[0], 1);
	ck_assert_int_eq(ints[1], 5);
	ck_assert_int_eq(ints[2], 0);		/* written by the failed parse */
	ck_assert_int_eq(ints[3], 9);
	ck_assert_str_eq(p, "x");

	ints[1] = 9;
	p = get_options(one, 1, ints);		/* room for none */
	ck_assert_int_eq(ints[0], 0);
	ck_assert_int_eq(ints[1], 9);
	ck_assert_str_eq(p, "7");
	p = get_options(one, 0, ints);
	ck_assert_int_eq(ints[0], 0);
	ck_assert_str_eq(p, "7");

	p = get_options(neg, 2, ints);		/* room for one */
	ck_assert_int_eq(ints[0], 1);
	ck_assert_int_eq(ints[1], -1);
	ck_assert_str_eq(p, "-2");
	p = get_options(one, 4, ints);
	ck_assert_int_eq(ints[0], 1);
	ck_assert_int_eq(ints[1], 7);
	ck_assert_str_eq(p, "");
}
END_TEST

struct memparse_case {
	const char *str;
	unsigned long long value;
	int end;
};

static const struct memparse_case memparse_cases[] = {
	{ "64M", 64ULL << 20, 3 },
	{ "128k", 128ULL << 10, 4 },
	{ "1G", 1ULL << 30, 2 },
	{ "4g", 4ULL << 30, 2 },
	{ "16m", 16ULL << 20, 3 },
	{ "2K", 2ULL << 10, 2 },
	{ "4096", 4096, 4 },
	{ "0x1000", 4096, 6 },
	{ "010K", 8ULL << 10, 4 },
	{ "16Mxyz", 16ULL << 20, 3 },
	{ "12T", 12, 2 },		/* no T suffix in 2.4.0 */
	{ "", 0, 0 },
};

START_TEST(test_memparse)
{
	const struct memparse_case *c = &memparse_cases[_i];
	char buf[32], *end = NULL;
	unsigned long long v;

	strcpy(buf, c->str);
	v = memparse(buf, &end);
	ck_assert_msg(v == c->value && end == buf + c->end,
		      "\"%s\": %llu end %d, want %llu end %d", c->str, v,
		      (int)(end - buf), c->value, c->end);
}
END_TEST

/* The way setup code sees it: the text after "mem=" on the command line. */
START_TEST(test_memparse_cmdline)
{
	char cmdline[] = "root=/dev/hda1 mem=64M console=ttyS0";
	char *p = strstr(cmdline, "mem="), *end;

	ck_assert_ptr_nonnull(p);
	ck_assert(memparse(p + 4, &end) == 64ULL << 20);
	ck_assert_str_eq(end, " console=ttyS0");
}
END_TEST

/* ---- ctype ------------------------------------------------------------ */

/* ASCII: the same answers as glibc in the C locale. */
START_TEST(test_ctype_ascii)
{
	int c;

	for (c = 0; c < 128; c++) {
		ck_assert_msg(!isalnum(c) == !(isalnum)(c), "isalnum %d", c);
		ck_assert_msg(!isalpha(c) == !(isalpha)(c), "isalpha %d", c);
		ck_assert_msg(!iscntrl(c) == !(iscntrl)(c), "iscntrl %d", c);
		ck_assert_msg(!isdigit(c) == !(isdigit)(c), "isdigit %d", c);
		ck_assert_msg(!isgraph(c) == !(isgraph)(c), "isgraph %d", c);
		ck_assert_msg(!islower(c) == !(islower)(c), "islower %d", c);
		ck_assert_msg(!isprint(c) == !(isprint)(c), "isprint %d", c);
		ck_assert_msg(!ispunct(c) == !(ispunct)(c), "ispunct %d", c);
		ck_assert_msg(!isspace(c) == !(isspace)(c), "isspace %d", c);
		ck_assert_msg(!isupper(c) == !(isupper)(c), "isupper %d", c);
		ck_assert_msg(!isxdigit(c) == !(isxdigit)(c), "isxdigit %d", c);
		ck_assert_int_eq(tolower(c),
				 (c >= 'A' && c <= 'Z') ? c + 32 : c);
		ck_assert_int_eq(toupper(c),
				 (c >= 'a' && c <= 'z') ? c - 32 : c);
		ck_assert(isascii(c));
	}
}
END_TEST

/* The upper half is Latin-1 (glibc's C locale classifies none of it). */
START_TEST(test_ctype_latin1)
{
	int c;
	char e_acute = (char)0xe9;	/* negative as a plain char */

	for (c = 0x80; c < 0xa0; c++)
		ck_assert_int_eq(_ctype[c], 0);
	ck_assert(isspace(0xa0) && isprint(0xa0) && !isgraph(0xa0));
	ck_assert(ispunct(0xa9));
	ck_assert(isupper(0xc0) && isalpha(0xc0));
	ck_assert(ispunct(0xd7) && !isalpha(0xd7));
	ck_assert(islower(0xdf));
	ck_assert(islower(e_acute) && isalpha(e_acute));
	ck_assert(ispunct(0xf7));
	ck_assert(islower(0xff));
	ck_assert_int_eq(tolower(0xc9), 0xe9);
	ck_assert_int_eq(toupper(e_acute), 0xc9);
	ck_assert(!isascii(0x80));
	ck_assert_int_eq(toascii(0xc1), 0x41);
}
END_TEST

/* ---- string.c against glibc ------------------------------------------- */

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

START_TEST(test_strcpy_strcat)
{
	char k[16], g[16];

	memset(k, 'x', sizeof(k));
	memset(g, 'x', sizeof(g));
	ck_assert_ptr_eq(k_strcpy(k, ""), k);
	strcpy(g, "");
	ck_assert_mem_eq(k, g, sizeof(k));
	k_strcpy(k, "hello");
	strcpy(g, "hello");
	ck_assert_mem_eq(k, g, sizeof(k));

	ck_assert_ptr_eq(k_strcat(k, ", you"), k);
	strcat(g, ", you");
	ck_assert_mem_eq(k, g, sizeof(k));
	k_strcat(k, "");
	ck_assert_str_eq(k, "hello, you");
	k_strcpy(k, "");
	k_strcat(k, "");
	ck_assert_str_eq(k, "");
}
END_TEST

/* strncpy pads with NULs up to count and does not terminate a cut copy. */
START_TEST(test_strncpy)
{
	static const struct { const char *src; size_t n; } cases[] = {
		{ "ab", 5 }, { "abcdef", 2 }, { "abc", 3 }, { "abc", 4 },
		{ "", 6 }, { "xyz", 0 },
	};
	char k[12], g[12];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		memset(k, '#', sizeof(k));
		memset(g, '#', sizeof(g));
		ck_assert_ptr_eq(k_strncpy(k, cases[i].src, cases[i].n), k);
		strncpy(g, cases[i].src, cases[i].n);
		ck_assert_msg(!memcmp(k, g, sizeof(k)), "strncpy \"%s\" %zu",
			      cases[i].src, cases[i].n);
	}
}
END_TEST

START_TEST(test_strncat)
{
	static const struct { const char *dst, *src; size_t n; } cases[] = {
		{ "ab", "cdef", 0 }, { "ab", "cdef", 2 }, { "ab", "cd", 10 },
		{ "", "cd", 1 }, { "ab", "", 3 }, { "", "", 1 },
		{ "ab", "cdef", 4 },
	};
	char k[16], g[16];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		memset(k, '#', sizeof(k));
		memset(g, '#', sizeof(g));
		strcpy(k, cases[i].dst);
		strcpy(g, cases[i].dst);
		ck_assert_ptr_eq(k_strncat(k, cases[i].src, cases[i].n), k);
		strncat(g, cases[i].src, cases[i].n);
		ck_assert_msg(!memcmp(k, g, sizeof(k)), "strncat case %u", i);
	}
}
END_TEST

static const char *const cmp_pairs[][2] = {
	{ "", "" }, { "a", "" }, { "", "a" }, { "abc", "abd" },
	{ "abc", "abc" }, { "abc", "ab" }, { "ab", "abc" },
	{ "\xff", "\x01" }, { "a\x80", "a\x7f" }, { "B", "a" },
};

/* Only the sign is specified; bytes compare as unsigned char. */
START_TEST(test_strcmp_strncmp)
{
	const char *a = cmp_pairs[_i][0], *b = cmp_pairs[_i][1];
	size_t n;

	ck_assert_msg(sign(k_strcmp(a, b)) == sign(strcmp(a, b)),
		      "strcmp case %d", _i);
	for (n = 0; n < 5; n++)
		ck_assert_msg(sign(k_strncmp(a, b, n)) ==
			      sign(strncmp(a, b, n)),
			      "strncmp case %d n %zu", _i, n);
}
END_TEST

START_TEST(test_strnicmp)
{
	static const struct { const char *a, *b; size_t n; } cases[] = {
		{ "HeLLo", "hello", 5 }, { "abc", "ABD", 3 },
		{ "abc", "ABD", 2 }, { "a", "", 1 }, { "", "a", 1 },
		{ "x", "y", 0 }, { "ab", "AB", 10 }, { "Zebra", "apple", 5 },
		{ "a[", "A{", 2 },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cases); i++)
		ck_assert_msg(sign(strnicmp(cases[i].a, cases[i].b,
					    cases[i].n)) ==
			      sign(strncasecmp(cases[i].a, cases[i].b,
					       cases[i].n)),
			      "strnicmp case %u", i);
}
END_TEST

START_TEST(test_strchr_strrchr)
{
	static const char s[] = "hello, h\xe9llo";
	static const int cs[] = { 'h', 'l', 'o', 'z', 0, 0xe9, 'l' + 256 };
	static const char empty[] = "";
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cs); i++) {
		ck_assert_msg(k_strchr(s, cs[i]) == strchr(s, cs[i]),
			      "strchr %#x", cs[i]);
		ck_assert_msg(k_strrchr(s, cs[i]) == strrchr(s, cs[i]),
			      "strrchr %#x", cs[i]);
	}
	ck_assert_ptr_eq(k_strchr(empty, 0), empty);
	ck_assert_ptr_null(k_strchr(empty, 'a'));
	ck_assert_ptr_eq(k_strrchr(empty, 0), empty);
	ck_assert_ptr_null(k_strrchr(empty, 'a'));
}
END_TEST

START_TEST(test_strlen_strnlen)
{
	char big[1001];

	memset(big, 'a', 1000);
	big[1000] = '\0';
	ck_assert_uint_eq(k_strlen(""), 0);
	ck_assert_uint_eq(k_strlen("a"), 1);
	ck_assert_uint_eq(k_strlen(big), 1000);
	ck_assert_uint_eq(k_strnlen("hello", 3), 3);
	ck_assert_uint_eq(k_strnlen("hello", 5), 5);
	ck_assert_uint_eq(k_strnlen("hello", 10), 5);
	ck_assert_uint_eq(k_strnlen("hello", (size_t)-1), 5);
	ck_assert_uint_eq(k_strnlen("", 5), 0);
	ck_assert_uint_eq(k_strnlen("abc", 0), 0);
	ck_assert_uint_eq(k_strnlen(big, sizeof(big)),
			  strnlen(big, sizeof(big)));
}
END_TEST

START_TEST(test_strspn_strpbrk)
{
	static const char *const pairs[][2] = {
		{ "aaab", "a" }, { "", "a" }, { "abc", "" },
		{ "abcabc", "cba" },
		{ "hello", "lo" }, { "hello", "xyz" }, { "", "" },
		{ " \tword", " \t" },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(pairs); i++) {
		const char *s = pairs[i][0], *set = pairs[i][1];

		ck_assert_msg(k_strspn(s, set) == strspn(s, set),
			      "strspn case %u", i);
		ck_assert_msg(k_strpbrk(s, set) == strpbrk(s, set),
			      "strpbrk case %u", i);
	}
}
END_TEST

/* strtok: same token sequence as glibc, including the NULLs at the end. */
START_TEST(test_strtok)
{
	static const struct { const char *str, *delim; } cases[] = {
		{ "  a,b;;c  ", " ,;" }, { "   ", " " }, { "", " " },
		{ "word", " " }, { "a b", "" }, { ",,x,,y", "," },
	};
	char k[32], g[32], *kt, *gt;
	unsigned int i, n;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		strcpy(k, cases[i].str);
		strcpy(g, cases[i].str);
		kt = k_strtok(k, cases[i].delim);
		gt = strtok(g, cases[i].delim);
		for (n = 0; n < 6; n++) {
			ck_assert_msg((kt == NULL) == (gt == NULL) &&
				      (!kt || kt - k == gt - g),
				      "strtok case %u token %u", i, n);
			kt = k_strtok(NULL, cases[i].delim);
			gt = strtok(NULL, cases[i].delim);
		}
		ck_assert_mem_eq(k, g, strlen(cases[i].str) + 1);
	}

	/* the delimiters may change from call to call */
	strcpy(k, "key=val,next");
	ck_assert_str_eq(k_strtok(k, "="), "key");
	ck_assert_str_eq(k_strtok(NULL, ","), "val");
	ck_assert_str_eq(k_strtok(NULL, ","), "next");
	ck_assert_ptr_null(k_strtok(NULL, ","));
	ck_assert_ptr_null(___strtok);
}
END_TEST

/* strsep: empty fields are tokens; *s becomes NULL after the last one. */
START_TEST(test_strsep)
{
	static const struct { const char *str, *delim; } cases[] = {
		{ "a,,b", "," }, { "a b,c", " ," }, { "", "," }, { ",", "," },
		{ "abc", "" },
	};
	char k[16], g[16], *kp, *gp, *kt, *gt;
	unsigned int i, n;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		strcpy(k, cases[i].str);
		strcpy(g, cases[i].str);
		kp = k;
		gp = g;
		for (n = 0; n < 6; n++) {
			kt = k_strsep(&kp, cases[i].delim);
			gt = strsep(&gp, cases[i].delim);
			ck_assert_msg((kt == NULL) == (gt == NULL) &&
				      (!kt || kt - k == gt - g) &&
				      (kp == NULL) == (gp == NULL) &&
				      (!kp || kp - k == gp - g),
				      "strsep case %u token %u", i, n);
		}
	}
	kp = NULL;
	ck_assert_ptr_null(k_strsep(&kp, ","));
}
END_TEST

START_TEST(test_memset)
{
	unsigned char k[16], g[16];

	memset(k, 'x', sizeof(k));
	memset(g, 'x', sizeof(g));
	ck_assert_ptr_eq(k_memset(k + 3, 0xab, 10), k + 3);
	memset(g + 3, 0xab, 10);
	ck_assert_mem_eq(k, g, sizeof(k));
	k_memset(k, 0x1ff, 2);		/* only the low byte counts */
	memset(g, 0x1ff, 2);
	ck_assert_mem_eq(k, g, sizeof(k));
	k_memset(k + 5, 0, 0);
	ck_assert_mem_eq(k, g, sizeof(k));
}
END_TEST

/* memcpy and bcopy at every small length and alignment. */
START_TEST(test_memcpy_bcopy)
{
	char src[80], k[80], g[80];
	unsigned int len, so, d;

	for (len = 0; len < sizeof(src); len++)
		src[len] = (char)(len * 7 + 1);
	for (len = 0; len <= 64; len++) {
		for (so = 0; so < 4; so++) {
			for (d = 0; d < 4; d++) {
				memset(k, 0, sizeof(k));
				memset(g, 0, sizeof(g));
				ck_assert_ptr_eq(k_memcpy(k + d, src + so, len),
						 k + d);
				memcpy(g + d, src + so, len);
				ck_assert_msg(!memcmp(k, g, sizeof(k)),
					      "memcpy len %u", len);
				memset(k, 0, sizeof(k));
				ck_assert_ptr_eq(k_bcopy(src + so, k + d, len),
						 k + d);
				ck_assert_msg(!memcmp(k, g, sizeof(k)),
					      "bcopy len %u", len);
			}
		}
	}
}
END_TEST

/* memmove with overlap in both directions, compared with glibc's. */
START_TEST(test_memmove)
{
	char k[64], g[64];
	unsigned int len, from, to, i;

	for (len = 0; len <= 32; len++) {
		for (from = 0; from + len <= sizeof(k); from += 3) {
			for (to = 0; to + len <= sizeof(k); to += 5) {
				for (i = 0; i < sizeof(k); i++)
					k[i] = g[i] = (char)(i + 1);
				ck_assert_ptr_eq(k_memmove(k + to, k + from,
							   len), k + to);
				memmove(g + to, g + from, len);
				ck_assert_msg(!memcmp(k, g, sizeof(k)),
					      "memmove %u -> %u len %u",
					      from, to, len);
			}
		}
	}
}
END_TEST

START_TEST(test_memcmp)
{
	static const struct { const char *a, *b; size_t n; } cases[] = {
		{ "abc", "abc", 3 }, { "abc", "abd", 3 }, { "abd", "abc", 3 },
		{ "abc", "abd", 2 }, { "x", "y", 0 }, { "\x80", "\x7f", 1 },
		{ "\x01", "\xff", 1 }, { "a\0b", "a\0c", 3 },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cases); i++)
		ck_assert_msg(sign(k_memcmp(cases[i].a, cases[i].b,
					    cases[i].n)) ==
			      sign(memcmp(cases[i].a, cases[i].b, cases[i].n)),
			      "memcmp case %u", i);
}
END_TEST

/* memscan (no glibc twin): like memchr, but the end of the area if absent. */
START_TEST(test_memscan)
{
	char area[] = "abc\0def\xe9";

	ck_assert_ptr_eq(memscan(area, 'c', 8), area + 2);
	ck_assert_ptr_eq(memscan(area, 0, 8), area + 3);
	ck_assert_ptr_eq(memscan(area, 'z', 8), area + 8);
	ck_assert_ptr_eq(memscan(area, 'a', 0), area);
	ck_assert_ptr_eq(memscan(area, 0xe9, 8), area + 7);
	ck_assert_ptr_eq(memscan(area, 'f', 6), area + 6);
}
END_TEST

START_TEST(test_strstr)
{
	static const char *const pairs[][2] = {
		{ "hello", "ll" }, { "hello", "" }, { "", "" }, { "", "a" },
		{ "aaab", "aab" }, { "abc", "abcd" }, { "abc", "c" },
		{ "abc", "abc" }, { "ababab", "bab" },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(pairs); i++)
		ck_assert_msg(k_strstr(pairs[i][0], pairs[i][1]) ==
			      strstr(pairs[i][0], pairs[i][1]),
			      "strstr case %u", i);
}
END_TEST

START_TEST(test_memchr)
{
	static const char area[] = "abc\0def\xe9";
	static const int cs[] = { 'a', 'c', 0, 'f', 0xe9, 0x1e9, 'z' };
	unsigned int i, n;

	for (i = 0; i < ARRAY_SIZE(cs); i++)
		for (n = 0; n <= 8; n++)
			ck_assert_msg(k_memchr(area, cs[i], n) ==
				      memchr(area, cs[i], n),
				      "memchr %#x n %u", cs[i], n);
}
END_TEST

/* ---- the printk / panic shim ------------------------------------------ */

START_TEST(test_printk_log)
{
	host_printk_reset();
	ck_assert_str_eq(host_printk_log, "");
	ck_assert_int_eq(printk("<6>hello %d\n", 42), 12);
	ck_assert_int_eq(printk("%p %s\n", (void *)0xc0100000, "x"), 11);
	ck_assert_str_eq(host_printk_log, "<6>hello 42\nc0100000 x\n");
	ck_assert_uint_eq(host_printk_len, 23);
	host_printk_reset();
	ck_assert_uint_eq(host_printk_len, 0);
}
END_TEST

START_TEST(test_panic_hook)
{
	host_printk_reset();
	ck_assert_int_eq(HOST_PANICS(panic("bad page %d", 7)), 1);
	ck_assert_str_eq(host_panic_msg, "bad page 7");
	ck_assert_str_eq(host_printk_log, "<0>Kernel panic: bad page 7\n");
	ck_assert_int_eq(HOST_PANICS((void)0), 0);
	ck_assert_ptr_null(host_panic_hook);
}
END_TEST

/* Without a hook panic() aborts (stderr is silenced for this test). */
START_TEST(test_panic_aborts)
{
	int fd = open("/dev/null", O_WRONLY);

	if (fd >= 0)
		dup2(fd, 2);
	panic("no way out");
}
END_TEST

/* The i386 versions of <asm/string.h> (shim/string_arch.c) against glibc:
 * every length to 200 at every alignment, overlap both ways for memmove. */
extern void *arch_memcpy(void *to, const void *from, size_t n);
extern void *arch_memset(void *s, int c, size_t n);
extern void *arch_memmove(void *dest, const void *src, size_t n);
extern size_t arch_strlen(const char *s);
extern int arch_memcmp(const void *cs, const void *ct, size_t n);

START_TEST(test_arch_string)
{
	unsigned char src[256], k[256], g[256];
	unsigned int len, a, b;

	for (len = 0; len < sizeof(src); len++)
		src[len] = (unsigned char)(len * 13 + 5);
	for (len = 0; len <= 200; len++) {
		for (a = 0; a < 4; a++) {
			for (b = 0; b < 4; b++) {
				memset(k, 0xee, sizeof(k));
				memset(g, 0xee, sizeof(g));
				ck_assert_ptr_eq(arch_memcpy(k + a, src + b, len), k + a);
				memcpy(g + a, src + b, len);
				ck_assert_mem_eq(k, g, sizeof(k));
				ck_assert_ptr_eq(arch_memset(k + b, 0x1c7, len), k + b);
				memset(g + b, 0x1c7, len);
				ck_assert_mem_eq(k, g, sizeof(k));
				/* memmove within one buffer, down and up. */
				memcpy(k, src, sizeof(k));
				memcpy(g, src, sizeof(g));
				ck_assert_ptr_eq(arch_memmove(k + a, k + a + b + 1, len), k + a);
				memmove(g + a, g + a + b + 1, len);
				ck_assert_mem_eq(k, g, sizeof(k));
				ck_assert_ptr_eq(arch_memmove(k + a + b + 1, k + a, len), k + a + b + 1);
				memmove(g + a + b + 1, g + a, len);
				ck_assert_mem_eq(k, g, sizeof(k));
			}
		}
		memset(k, 'z', sizeof(k));
		k[len] = 0;
		ck_assert_uint_eq(arch_strlen((char *)k), len);
		ck_assert_uint_eq(arch_strlen((char *)k + (len & 3)), len - (len & 3));
	}
	/* memcmp: equal areas, then one byte changed at the start, the middle,
	 * the end, both ways and across the sign bit (unsigned compare). */
	for (len = 0; len <= 70; len++) {
		for (a = 0; a < 4; a++) {
			for (b = 0; b < 4; b++) {
				unsigned int at, d;

				memcpy(k + a, src, len);
				memcpy(g + b, src, len);
				ck_assert_int_eq(arch_memcmp(k + a, g + b, len), 0);
				for (at = 0; at < len; at += (len > 8 ? len / 5 : 1)) {
					for (d = 0; d < 2; d++) {
						unsigned char save = g[b + at];

						g[b + at] = d ? 0x80 : src[at] - 1;
						k[a + at] = d ? 0x7f : src[at];
						ck_assert_int_eq(arch_memcmp(k + a, g + b, len),
								 sign(memcmp(k + a, g + b, len)));
						ck_assert_int_eq(arch_memcmp(g + b, k + a, len),
								 -sign(memcmp(k + a, g + b, len)));
						ck_assert_int_ne(arch_memcmp(k + a, g + b, len), 0);
						/* Only the bytes before it: equal. */
						ck_assert_int_eq(arch_memcmp(k + a, g + b, at), 0);
						g[b + at] = save;
						k[a + at] = src[at];
					}
				}
			}
		}
	}
	/* A page, as clear_page() and copy_page() use them. */
	{
		static unsigned char pa[4096], pb[4096];

		memset(pa, 0x5a, sizeof(pa));
		arch_memset(pa, 0, sizeof(pa));
		ck_assert_int_eq(pa[0] | pa[4095] | pa[2048], 0);
		for (len = 0; len < sizeof(pb); len++)
			pb[len] = (unsigned char)len;
		arch_memcpy(pa, pb, sizeof(pa));
		ck_assert_mem_eq(pa, pb, sizeof(pa));
	}
}
END_TEST

static Suite *lib_suite(void)
{
	Suite *s = suite_create("lib");
	TCase *tc;
	const char *ck_fork = getenv("CK_FORK");

	tc = tcase_create("vsprintf");
	tcase_add_loop_test(tc, test_format_table, 0, ARRAY_SIZE(fmt_cases));
	tcase_add_test(tc, test_sprintf_return);
	tcase_add_test(tc, test_sprintf_nul_char);
	tcase_add_test(tc, test_sprintf_percent_n);
	tcase_add_test(tc, test_sprintf_long);
	tcase_add_test(tc, test_sprintf_random_64bit);
	tcase_add_test(tc, test_do_div);
	suite_add_tcase(s, tc);

	tc = tcase_create("strto");
	tcase_add_loop_test(tc, test_simple_strtoul, 0,
			    ARRAY_SIZE(strtoul_cases));
	tcase_add_loop_test(tc, test_simple_strtol, 0,
			    ARRAY_SIZE(strtol_cases));
	tcase_add_test(tc, test_simple_strtoull);
	suite_add_tcase(s, tc);

	tc = tcase_create("cmdline");
	tcase_add_test(tc, test_get_option);
	tcase_add_test(tc, test_get_options);
	tcase_add_test(tc, test_get_options_edges);
	tcase_add_loop_test(tc, test_memparse, 0, ARRAY_SIZE(memparse_cases));
	tcase_add_test(tc, test_memparse_cmdline);
	suite_add_tcase(s, tc);

	tc = tcase_create("ctype");
	tcase_add_test(tc, test_ctype_ascii);
	tcase_add_test(tc, test_ctype_latin1);
	suite_add_tcase(s, tc);

	tc = tcase_create("string");
	tcase_add_test(tc, test_strcpy_strcat);
	tcase_add_test(tc, test_strncpy);
	tcase_add_test(tc, test_strncat);
	tcase_add_loop_test(tc, test_strcmp_strncmp, 0, ARRAY_SIZE(cmp_pairs));
	tcase_add_test(tc, test_strnicmp);
	tcase_add_test(tc, test_strchr_strrchr);
	tcase_add_test(tc, test_strlen_strnlen);
	tcase_add_test(tc, test_strspn_strpbrk);
	tcase_add_test(tc, test_strtok);
	tcase_add_test(tc, test_strsep);
	tcase_add_test(tc, test_memset);
	tcase_add_test(tc, test_memcpy_bcopy);
	tcase_add_test(tc, test_memmove);
	tcase_add_test(tc, test_memcmp);
	tcase_add_test(tc, test_memscan);
	tcase_add_test(tc, test_strstr);
	tcase_add_test(tc, test_memchr);
	tcase_add_test(tc, test_arch_string);
	suite_add_tcase(s, tc);

	tc = tcase_create("shim");
	tcase_add_test(tc, test_printk_log);
	tcase_add_test(tc, test_panic_hook);
	/* an abort can only be caught when each test runs in a child */
	if (!ck_fork || strcmp(ck_fork, "no"))
		tcase_add_test_raise_signal(tc, test_panic_aborts, SIGABRT);
	suite_add_tcase(s, tc);

	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(lib_suite());
	int failed;

	srunner_run_all(sr, CK_ENV);	/* CK_VERBOSITY, default normal */
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
