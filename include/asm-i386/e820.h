/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The BIOS INT 15h E820 memory map, as setup.S stores it in the zero page.
 * Follows Linux 2.4.0 include/asm-i386/e820.h.
 */
#ifndef __E820_HEADER
#define __E820_HEADER

#define E820MAP	0x2d0		/* our map */
#define E820MAX	32		/* number of entries in E820MAP */
#define E820NR	0x1e8		/* # entries in E820MAP */

#define E820_RAM	1
#define E820_RESERVED	2
#define E820_ACPI	3
#define E820_NVS	4

#define HIGH_MEMORY	(1024 * 1024)

#ifndef __ASSEMBLY__

struct e820map {
	int nr_map;
	struct e820entry {
		unsigned long long addr;	/* start of memory segment */
		unsigned long long size;	/* size of memory segment */
		unsigned long type;		/* type of memory segment */
	} map[E820MAX];
};

extern struct e820map e820;
#endif /* __ASSEMBLY__ */

#endif /* __E820_HEADER */
