/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Port I/O and the physical/virtual address conversions for devices.
 * 情景分析 §2.11.  Follows Linux 2.4.0 include/asm-i386/io.h.
 */
#ifndef _ASM_IO_H
#define _ASM_IO_H

#include <asm/page.h>

#define IO_SPACE_LIMIT 0xffff

static inline unsigned long virt_to_phys(volatile void *address)
{
	return __pa(address);
}

static inline void *phys_to_virt(unsigned long address)
{
	return __va(address);
}

extern void *__ioremap(unsigned long offset, unsigned long size,
		       unsigned long flags);

static inline void *ioremap(unsigned long offset, unsigned long size)
{
	return __ioremap(offset, size, 0);
}

static inline void *ioremap_nocache(unsigned long offset, unsigned long size)
{
	return __ioremap(offset, size, 0x010);	/* _PAGE_PCD */
}

extern void iounmap(void *addr);

#define virt_to_bus virt_to_phys
#define bus_to_virt phys_to_virt

#define readb(addr) (*(volatile unsigned char *)(addr))
#define readw(addr) (*(volatile unsigned short *)(addr))
#define readl(addr) (*(volatile unsigned int *)(addr))
#define writeb(b, addr) (*(volatile unsigned char *)(addr) = (b))
#define writew(b, addr) (*(volatile unsigned short *)(addr) = (b))
#define writel(b, addr) (*(volatile unsigned int *)(addr) = (b))

/* The ISA hole (640 KB - 1 MB) is always mapped at PAGE_OFFSET + phys. */
#define __ISA_IO_base ((char *)(PAGE_OFFSET))
#define isa_readb(a) readb(__ISA_IO_base + (a))
#define isa_writeb(b, a) writeb(b, __ISA_IO_base + (a))
#define isa_readw(a) readw(__ISA_IO_base + (a))
#define isa_writew(w, a) writew(w, __ISA_IO_base + (a))

#ifndef HOST_TEST
static inline void outb(unsigned char value, unsigned short port)
{
	__asm__ __volatile__("outb %b0, %w1" : : "a" (value), "Nd" (port));
}

static inline void outw(unsigned short value, unsigned short port)
{
	__asm__ __volatile__("outw %w0, %w1" : : "a" (value), "Nd" (port));
}

static inline void outl(unsigned int value, unsigned short port)
{
	__asm__ __volatile__("outl %0, %w1" : : "a" (value), "Nd" (port));
}

static inline unsigned char inb(unsigned short port)
{
	unsigned char v;

	__asm__ __volatile__("inb %w1, %b0" : "=a" (v) : "Nd" (port));
	return v;
}

static inline unsigned short inw(unsigned short port)
{
	unsigned short v;

	__asm__ __volatile__("inw %w1, %w0" : "=a" (v) : "Nd" (port));
	return v;
}

/* A write to an unused port: a short pause for slow ISA devices. */
static inline void slow_down_io(void)
{
	__asm__ __volatile__("outb %al, $0x80");
}

static inline void outb_p(unsigned char value, unsigned short port)
{
	outb(value, port);
	slow_down_io();
}

static inline unsigned char inb_p(unsigned short port)
{
	unsigned char v = inb(port);

	slow_down_io();
	return v;
}

/* Strings of 16-bit words to and from a port (the IDE data register). */
static inline void insw(unsigned short port, void *addr, unsigned long count)
{
	__asm__ __volatile__("cld; rep; insw"
			     : "+D" (addr), "+c" (count) : "d" (port) : "memory");
}

static inline void outsw(unsigned short port, const void *addr,
			 unsigned long count)
{
	__asm__ __volatile__("cld; rep; outsw"
			     : "+S" (addr), "+c" (count) : "d" (port));
}
#endif /* HOST_TEST */

#endif
