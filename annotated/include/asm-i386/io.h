/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Port I/O and the physical/virtual address conversions for devices.
 * 情景分析 §2.11.  Follows Linux 2.4.0 include/asm-i386/io.h.
 */
/// §2.11 外部设备存储空间的地址映射：外设的寄存器和存储空间怎样在内核里访问。i386 上有两套地址：
/// 64K 的 I/O 端口空间（in/out 指令，与内存无关）和映射在物理地址空间里的设备内存
/// （要先有一个内核虚拟地址，才能用普通的读写指令访问）。
/// 2.4.0: include/asm-i386/io.h
#ifndef _ASM_IO_H
#define _ASM_IO_H

#include <asm/page.h>

/// I/O 端口号是 16 位的，端口空间只有 64K。
#define IO_SPACE_LIMIT 0xffff

/// §2.1 内存管理的基本框架：内核虚拟地址 → 物理地址，即 __pa()。
/// 2.4.0: include/asm-i386/io.h virt_to_phys()
/// 只适用于 3G 以上的线性映射区（kmalloc、__get_free_pages 得到的地址），典型用途是给设备做 DMA 时
/// 把缓冲区地址换成设备能用的物理地址；vmalloc/ioremap 得到的地址不能这样换算。
/// 参数写成 volatile void *：什么指针都可以直接传进来，不必强制转换。
static inline unsigned long virt_to_phys(volatile void *address)
{
	return __pa(address);
}

/// §2.1 内存管理的基本框架：物理地址 → 内核虚拟地址，即 __va()。
/// 2.4.0: include/asm-i386/io.h phys_to_virt()
/// 只对已经线性映射的低端物理内存（896M 以内）有意义。
static inline void *phys_to_virt(unsigned long address)
{
	return __va(address);
}

/// §2.11：外设的存储空间（如 PCI 显卡的帧缓冲）要么不在线性映射的范围里（高于 896M，常在 4G 附近），
/// 要么不该用可缓存的映射去访问。__ioremap 在 vmalloc 区分配一段虚拟地址，为它建立页表项，
/// 指向给定的物理地址（arch/i386/mm/ioremap.c，本移植尚未移植）。
extern void *__ioremap(unsigned long offset, unsigned long size,
		       unsigned long flags);

/// §2.11 外部设备存储空间的地址映射：普通的（可缓存的）映射。
/// 2.4.0: include/asm-i386/io.h ioremap()
static inline void *ioremap(unsigned long offset, unsigned long size)
{
	return __ioremap(offset, size, 0);
}

/// §2.11 外部设备存储空间的地址映射：禁止缓存的映射，设备寄存器用。
/// 2.4.0: include/asm-i386/io.h ioremap_nocache()
static inline void *ioremap_nocache(unsigned long offset, unsigned long size)
{
	/// 0x010 是页表项的 _PAGE_PCD 位（页面级禁止缓存）：设备寄存器若被 cache，读会读到旧值，
	/// 写会被推迟或合并。与 2.4.0 的差别：2.4.0 这里写的是宏名 _PAGE_PCD；本移植的 asm/pgtable.h
	/// 还没有移植，只好先写数值，移植后应改回宏名。
	return __ioremap(offset, size, 0x010);	/* _PAGE_PCD */
}

/// 拆除 ioremap 建立的映射，归还那段 vmalloc 区的虚拟地址。
extern void iounmap(void *addr);

/// i386 上 ISA/PCI 总线看到的地址就是物理地址，两者相同。
#define virt_to_bus virt_to_phys
#define bus_to_virt phys_to_virt

/// 对已经映射好的设备内存做读写。volatile 保证每次都真正访问，不会被编译器合并、提前或删掉。
#define readb(addr) (*(volatile unsigned char *)(addr))
#define readw(addr) (*(volatile unsigned short *)(addr))
#define readl(addr) (*(volatile unsigned int *)(addr))
#define writeb(b, addr) (*(volatile unsigned char *)(addr) = (b))
#define writew(b, addr) (*(volatile unsigned short *)(addr) = (b))
#define writel(b, addr) (*(volatile unsigned int *)(addr) = (b))

/* The ISA hole (640 KB - 1 MB) is always mapped at PAGE_OFFSET + phys. */
/// 640K–1M 的 ISA 空洞（VGA 显存 0xA0000–0xBFFFF、各种 BIOS ROM）落在 3G 以上的线性映射里，
/// 不需要 ioremap：isa_readb(0xB8000) 读的就是虚拟地址 0xC00B8000，vgacon 也是这样访问显存的。
#define __ISA_IO_base ((char *)(PAGE_OFFSET))
#define isa_readb(a) readb(__ISA_IO_base + (a))
#define isa_writeb(b, a) writeb(b, __ISA_IO_base + (a))
#define isa_readw(a) readw(__ISA_IO_base + (a))
#define isa_writew(w, a) writew(w, __ISA_IO_base + (a))

/// 本移植新增的条件：主机单元测试在用户态运行同一批 .c 文件，in/out 是特权指令，在那里既用不上
/// 也不能执行，所以测试编译时不提供这些函数。
#ifndef HOST_TEST
/// §10 系统引导和初始化（端口 I/O：8259、8254 时钟、串口、VGA 光标都靠它）：向端口写一个字节。
/// 2.4.0: include/asm-i386/io.h outb()（2.4.0 用 __OUT 宏成批生成 outb/outw/outl 及其 _p 版本）
static inline void outb(unsigned char value, unsigned short port)
{
	/// out 指令要求数据在 al/ax/eax 里（约束 "a"）；端口号小于 256 时可以是立即数（"N"），
	/// 否则必须放在 dx（"d"）。%b0、%w1 选出 8 位、16 位的寄存器名。volatile：不许编译器删掉或挪动。
	__asm__ __volatile__("outb %b0, %w1" : : "a" (value), "Nd" (port));
}

/// §10 系统引导和初始化（端口 I/O）：向端口写一个 16 位字。
/// 2.4.0: include/asm-i386/io.h outw()
static inline void outw(unsigned short value, unsigned short port)
{
	__asm__ __volatile__("outw %w0, %w1" : : "a" (value), "Nd" (port));
}

/// §10 系统引导和初始化（端口 I/O）：向端口写一个 32 位字。
/// 2.4.0: include/asm-i386/io.h outl()
static inline void outl(unsigned int value, unsigned short port)
{
	__asm__ __volatile__("outl %0, %w1" : : "a" (value), "Nd" (port));
}

/// §10 系统引导和初始化（端口 I/O）：从端口读一个字节，如串口的线路状态寄存器。
/// 2.4.0: include/asm-i386/io.h inb()
static inline unsigned char inb(unsigned short port)
{
	unsigned char v;

	/// 结果由 in 指令放在 al 里（约束 "=a"）。
	__asm__ __volatile__("inb %w1, %b0" : "=a" (v) : "Nd" (port));
	return v;
}

/// §10 系统引导和初始化（端口 I/O）：从端口读一个 16 位字。
/// 2.4.0: include/asm-i386/io.h inw()
static inline unsigned short inw(unsigned short port)
{
	unsigned short v;

	__asm__ __volatile__("inw %w1, %w0" : "=a" (v) : "Nd" (port));
	return v;
}

/* A write to an unused port: a short pause for slow ISA devices. */
/// §10 系统引导和初始化（端口 I/O）：在两次端口访问之间插一个短暂的延迟。
/// 2.4.0: include/asm-i386/io.h slow_down_io()（2.4.0 中是 __SLOW_DOWN_IO 宏）
static inline void slow_down_io(void)
{
	/// 端口 0x80 是 BIOS 开机自检（POST）显示诊断码用的，写它不会影响任何设备，而一次 ISA 总线写
	/// 大约耗费 1 微秒，给老式的 8259、8254 留出恢复时间。写出去的是 al 里碰巧的值，无所谓。
	__asm__ __volatile__("outb %al, $0x80");
}

/// §10 系统引导和初始化（端口 I/O）：写一个字节后稍停。init_IRQ 给 8259 写初始化命令字就用它。
/// 2.4.0: include/asm-i386/io.h outb_p()
static inline void outb_p(unsigned char value, unsigned short port)
{
	outb(value, port);
	slow_down_io();
}

/// §10 系统引导和初始化（端口 I/O）：读一个字节后稍停。
/// 2.4.0: include/asm-i386/io.h inb_p()
static inline unsigned char inb_p(unsigned short port)
{
	unsigned char v = inb(port);

	slow_down_io();
	return v;
}

/* Strings of 16-bit words to and from a port (the IDE data register). */
/// §8（设备驱动） 从端口读一串 16 位字（IDE 数据寄存器用）。
/// 2.4.0: include/asm-i386/io.h insw()
static inline void insw(unsigned short port, void *addr, unsigned long count)
{
	__asm__ __volatile__("cld; rep; insw"
			     : "+D" (addr), "+c" (count) : "d" (port) : "memory");
}

/// §8（设备驱动） 向端口写一串 16 位字。
/// 2.4.0: include/asm-i386/io.h outsw()
static inline void outsw(unsigned short port, const void *addr,
			 unsigned long count)
{
	__asm__ __volatile__("cld; rep; outsw"
			     : "+S" (addr), "+c" (count) : "d" (port));
}
#endif /* HOST_TEST */

#endif
