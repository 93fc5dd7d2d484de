/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Kernel symbol names for oops traces.  Not in 2.4.0 (its users ran the
 * oops through ksymoops); the port adds the table so a headless boot
 * prints readable traces.
 */
#ifndef _LINUX_KALLSYMS_H
#define _LINUX_KALLSYMS_H

/* Name of the function holding addr, offset into it and its size; NULL if none. */
extern const char *kallsyms_lookup(unsigned long addr, unsigned long *offset,
				   unsigned long *size);

/* Is addr inside the kernel's text (boot-only text included)? */
extern int kernel_text(unsigned long addr);

/* Print fmt with "name+0xoff/0xsize" for addr, or its hex value if unknown. */
extern void print_symbol(const char *fmt, unsigned long addr);

#endif
