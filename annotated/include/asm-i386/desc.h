/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Layout of the GDT and IDT: where each CPU's TSS and LDT descriptors sit.
 * 情景分析 §2.2.  Follows Linux 2.4.0 include/asm-i386/desc.h.
 */
/// §2.2 地址映射的全过程：全局描述符表 GDT 和中断描述符表 IDT 的布局。GDT 前 12 项在 head.S 的
/// gdt_table 里静态写好（四个平坦段和 APM 用的段），之后每个 CPU 占 4 项：TSS、LDT 和两项空闲。
/// 2.4.0: include/asm-i386/desc.h
#ifndef __ARCH_DESC_H
#define __ARCH_DESC_H

/*
 * GDT: 0 null, 1 unused, 2 kernel code, 3 kernel data, 4 user code,
 * 5 user data, 6-7 unused, 8-11 APM, then four slots per CPU: TSS, LDT
 * and two unused ones.
 */
/// CPU 0 的 TSS 描述符在 GDT 第 12 项，选择码 12 × 8 = 0x60（自检核对 str 读出的任务寄存器正是 0x60）；
/// LDT 描述符在第 13 项，选择码 0x68。
#define __FIRST_TSS_ENTRY 12
#define __FIRST_LDT_ENTRY (__FIRST_TSS_ENTRY + 1)

/// 第 n 个 CPU 的 TSS 在 GDT 中的下标，每个 CPU 4 项所以左移 2 位；再左移 3 位（× 8）就是选择码。
/// 单 CPU 时 GDT 共 __TSS(NR_CPUS) = 16 项，界限 16 × 8 − 1 = 0x7f，可与自检里 sgdt 的输出对照。
#define __TSS(n) (((n) << 2) + __FIRST_TSS_ENTRY)
#define __LDT(n) (((n) << 2) + __FIRST_LDT_ENTRY)

#include <asm/ldt.h>

#ifndef __ASSEMBLY__
/// 一个 8 字节描述符拆成两个 32 位字：a 是低 4 字节（段描述符：界限 0–15 位、基址 0–15 位；
/// 门描述符：处理程序偏移 0–15 位和段选择码），b 是高 4 字节（基址的其余位、类型、DPL、P 位；
/// 门：偏移 16–31 位、类型、DPL）。traps.c 的 _set_gate 和 _set_tssldt_desc 按这个格式拼装。
struct desc_struct {
	unsigned long a, b;
};

/// gdt_table 是 head.S 里的 GDT 数组本身；idt、gdt 是 head.S 中 lidt/lgdt 操作数里那个 32 位基址字段
/// 的名字，当作指针变量读出来就是 idt_table、gdt_table 的地址。
extern struct desc_struct gdt_table[];
extern struct desc_struct *idt, *gdt;

/// lgdt/lidt 的操作数：16 位界限紧跟 32 位线性基址，共 6 字节。packed 保证 address 紧接在 size
/// 后面，不被编译器对齐到 4 字节边界。
struct Xgt_desc_struct {
	unsigned short size;
	unsigned long address __attribute__((packed));
};

/* The lidt/lgdt operands in head.S (2.4.0 reaches them as &idt - 2). */
/// 与 2.4.0 不同：2.4.0 用“&idt 往前 2 字节”把同一块内存解释成这个结构；本移植让 head.S 直接导出
/// idt_descr、gdt_descr 两个标号（内存布局相同，前面都有一个 .word 0 把基址字段对齐到 4 字节），
/// 省掉那次指针运算。cpu_init() 用它们重新执行 lgdt、lidt。
extern struct Xgt_desc_struct idt_descr, gdt_descr;

/// ltr：把第 n 个 CPU 的 TSS 选择码装进任务寄存器。此后从用户态进入内核时，CPU 到这个 TSS 里取
/// esp0/ss0 作为系统堆栈。ltr 要求描述符不是“忙”状态，cpu_init 装入前先清掉忙位。
#define load_TR(n) __asm__ __volatile__("ltr %%ax" : : "a" (__TSS(n) << 3))

/// lldt：装入局部描述符表。
#define __load_LDT(n) __asm__ __volatile__("lldt %%ax" : : "a" (__LDT(n) << 3))

/// 缺省的 LDT（5 项）在 traps.c。set_intr_gate 等也在 traps.c：trap_init、init_IRQ 用它们填 IDT，
/// cpu_init 用 set_tss_desc、set_ldt_desc 在 GDT 里造 TSS 和 LDT 描述符。
extern struct desc_struct default_ldt[];
extern void set_intr_gate(unsigned int irq, void *addr);
extern void set_ldt_desc(unsigned int n, void *addr, unsigned int size);
extern void set_tss_desc(unsigned int n, void *addr);

/// §2.2 地址映射的全过程：让当前 CPU 使用缺省的 LDT。
/// 2.4.0: include/asm-i386/desc.h clear_LDT()
/// Linux 的进程平时不用 LDT，所有段都在 GDT 里；只有调用了 modify_ldt 的程序（如 Wine）才有自己的
/// LDT（mm->context.segments）。缺省 LDT 的 0 号和 4 号是给 iBCS、Solaris 二进制用的调用门。
/// 与 2.4.0 的差别：2.4.0 用 smp_processor_id() 取 CPU 号，单 CPU 时恒为 0，这里直接写 0。
static inline void clear_LDT(void)
{
	/// 在 GDT 的 __LDT(0) 项（0x68）造一个指向 default_ldt、5 项长的 LDT 描述符，再用 lldt 装入。
	set_ldt_desc(0, &default_ldt[0], 5);
	__load_LDT(0);
}

/*
 * Load mm's LDT: its private one (modify_ldt, LDT_ENTRIES descriptors)
 * or the default five-entry one with the iBCS call gates.  (A macro:
 * struct mm_struct is not known here.)
 */
/// §2.2 地址映射的全过程：装入 mm 的 LDT：私有的（modify_ldt 建立，LDT_ENTRIES 项）或缺省的 5 项（含 iBCS 调用门）。
/// 2.4.0 是 desc.h 里的内联函数 load_LDT()；本移植写成宏，因为这个头文件里还不知道 struct mm_struct 的样子。
/// switch_mm 在两个进程的 LDT 不同时调用它。
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
