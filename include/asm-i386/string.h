/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Architecture-specific string and memory functions for i386.
 * Follows Linux 2.4.0 include/asm-i386/string.h.
 *
 * 2.4.0 puts inline-assembly versions (rep movsl, rep stosb, scasb ...)
 * here and defines __HAVE_ARCH_<NAME> for each, so lib/string.c skips its
 * C version.  This port defines none of them: every function comes from
 * the plain C versions in lib/string.c, which are easier to read and to
 * test on the host.  Where the generic 2.4.0 C code and the i386 assembly
 * behave differently, lib/string.c follows the i386 behaviour.
 */
#ifndef _I386_STRING_H_
#define _I386_STRING_H_

#endif
