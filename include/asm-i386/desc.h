/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Layout of the GDT and IDT: where each CPU's TSS and LDT descriptors sit.
 * 情景分析 §2.2.  Follows Linux 2.4.0 include/asm-i386/desc.h.
 */
#ifndef __ARCH_DESC_H
#define __ARCH_DESC_H

/*
 * GDT: 0 null, 1 unused, 2 kernel code, 3 kernel data, 4 user code,
 * 5 user data, 6-7 unused, 8-11 APM, then four slots per CPU: TSS, LDT
 * and two unused ones.
 */
#define __FIRST_TSS_ENTRY 12
#define __FIRST_LDT_ENTRY (__FIRST_TSS_ENTRY + 1)

#define __TSS(n) (((n) << 2) + __FIRST_TSS_ENTRY)
#define __LDT(n) (((n) << 2) + __FIRST_LDT_ENTRY)

#include <asm/ldt.h>

#ifndef __ASSEMBLY__
struct desc_struct {
	unsigned long a, b;
};

extern struct desc_struct gdt_table[];
extern struct desc_struct *idt, *gdt;

struct Xgt_desc_struct {
	unsigned short size;
	unsigned long address __attribute__((packed));
};

/* The lidt/lgdt operands in head.S (2.4.0 reaches them as &idt - 2). */
extern struct Xgt_desc_struct idt_descr, gdt_descr;

#define load_TR(n) __asm__ __volatile__("ltr %%ax" : : "a" (__TSS(n) << 3))

#define __load_LDT(n) __asm__ __volatile__("lldt %%ax" : : "a" (__LDT(n) << 3))

extern struct desc_struct default_ldt[];
extern void set_intr_gate(unsigned int irq, void *addr);
extern void set_ldt_desc(unsigned int n, void *addr, unsigned int size);
extern void set_tss_desc(unsigned int n, void *addr);

static inline void clear_LDT(void)
{
	set_ldt_desc(0, &default_ldt[0], 5);
	__load_LDT(0);
}

/*
 * Load mm's LDT: its private one (modify_ldt, LDT_ENTRIES descriptors)
 * or the default five-entry one with the iBCS call gates.  (A macro:
 * struct mm_struct is not known here.)
 */
#define load_LDT(mm) do { \
	void *__segments = (mm)->context.segments; \
	int __count = LDT_ENTRIES; \
	if (!__segments) { \
		__segments = &default_ldt[0]; \
		__count = 5; \
	} \
	set_ldt_desc(0, __segments, __count); \
	__load_LDT(0); \
} while (0)

#endif /* !__ASSEMBLY__ */

#endif
