// SPDX-License-Identifier: GPL-2.0-only
/*
 * The two 8259A interrupt controllers: remap them to vectors 0x20-0x2f,
 * mask and acknowledge lines, and the sixteen interrupt entry stubs.
 * init_IRQ also starts the 8254 timer at HZ.
 * Follows Linux 2.4.0 arch/i386/kernel/i8259.c (no APIC).
 */
/// 两片 8259A 可编程中断控制器：第 3 章（中断、异常和系统调用）。主片接 IRQ0–7（端口 0x20/0x21），从片接 IRQ8–15
/// （端口 0xA0/0xA1），从片的输出接在主片的 IR2 上。
/// 与 2.4.0 的差别：没有 APIC、IPI 入口和 IRQ13（浮点错误）的处理，不检测假中断；2.4.0 通过 hw_interrupt_type 操作表
/// （i8259A_irq_type）调用这里的函数，本移植由 irq.c 直接调用。
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/spinlock.h>
#include <asm/io.h>
#include <asm/hw_irq.h>
#include <asm/param.h>
#include <asm/desc.h>

/* Each stub: push irq - 256 as orig_eax, join common_interrupt. */
/// 每条中断线一个入口小程序：压入 IRQ 号 − 256 作为 orig_eax（负数，pt_regs 就不会被当成系统调用），跳到 entry.S 的
/// common_interrupt。.align 16 让每个入口 16 字节对齐。2.4.0 用 BUILD_IRQ 宏生成同样的入口，名字是 IRQ0x00_interrupt 这样的十六进制形式；本移植写成 IRQ0_interrupt。
#define IRQ_STUB(nr) \
	__asm__(".text\n\t.align 16\n" \
		"IRQ" #nr "_interrupt:\n\t" \
		"pushl $" #nr "-256\n\t" \
		"jmp common_interrupt\n");

IRQ_STUB(0) IRQ_STUB(1) IRQ_STUB(2) IRQ_STUB(3)
IRQ_STUB(4) IRQ_STUB(5) IRQ_STUB(6) IRQ_STUB(7)
IRQ_STUB(8) IRQ_STUB(9) IRQ_STUB(10) IRQ_STUB(11)
IRQ_STUB(12) IRQ_STUB(13) IRQ_STUB(14) IRQ_STUB(15)

#define IRQ(nr) IRQ##nr##_interrupt
extern void IRQ(0)(void), IRQ(1)(void), IRQ(2)(void), IRQ(3)(void);
extern void IRQ(4)(void), IRQ(5)(void), IRQ(6)(void), IRQ(7)(void);
extern void IRQ(8)(void), IRQ(9)(void), IRQ(10)(void), IRQ(11)(void);
extern void IRQ(12)(void), IRQ(13)(void), IRQ(14)(void), IRQ(15)(void);

/// 入口地址表，init_IRQ() 按它把 IDT 的 0x20–0x2F 项指向各个入口。
static void (*interrupt[NR_IRQS])(void) = {
	IRQ(0), IRQ(1), IRQ(2), IRQ(3), IRQ(4), IRQ(5), IRQ(6), IRQ(7),
	IRQ(8), IRQ(9), IRQ(10), IRQ(11), IRQ(12), IRQ(13), IRQ(14), IRQ(15),
};

spinlock_t i8259A_lock = SPIN_LOCK_UNLOCKED;

/* Shadow of the two mask registers: bit set = line masked. */
/// 两片 8259A 屏蔽寄存器（OCW1）的副本：低字节对应主片（端口 0x21），高字节对应从片（端口 0xA1）；初值全 1 即全部屏蔽。
/// 读 8259A 要一次慢速 I/O，所以总是改内存中的副本，再把整个字节写出去。2.4.0 相同。
static unsigned int cached_irq_mask = 0xffff;

/// 取 cached_irq_mask 的第 0 或第 1 个字节（x86 是小端）。
#define __byte(x, y)	(((unsigned char *)&(y))[x])
#define cached_21	(__byte(0, cached_irq_mask))
#define cached_A1	(__byte(1, cached_irq_mask))

/// §3 中断、异常和系统调用：在 8259A 中屏蔽一条线：置副本中的位，写出相应芯片的屏蔽字节（IRQ8–15 在从片）。
/// 2.4.0: arch/i386/kernel/i8259.c disable_8259A_irq()（2.4.0 持 i8259A_lock 并关中断；本移植单 CPU，不加锁）
void disable_8259A_irq(unsigned int irq)
{
	cached_irq_mask |= 1 << irq;
	if (irq < 8)
		outb(cached_21, 0x21);
	else
		outb(cached_A1, 0xA1);
}

/// §3 中断、异常和系统调用：打开一条线：清副本中的位并写出。
/// 2.4.0: arch/i386/kernel/i8259.c enable_8259A_irq()
void enable_8259A_irq(unsigned int irq)
{
	cached_irq_mask &= ~(1 << irq);
	if (irq < 8)
		outb(cached_21, 0x21);
	else
		outb(cached_A1, 0xA1);
}

/*
 * Mask the line, then send a specific end-of-interrupt (to the slave and
 * the cascade line 2 of the master for IRQs 8-15).
 */
/// §3 中断、异常和系统调用：中断到来时先屏蔽这条线，再发“特定 EOI”（OCW2 = 0x60 | 线号）告诉 8259A 这次中断已被接收，
/// 它才会送同级或更低级的下一个中断。
/// 2.4.0: arch/i386/kernel/i8259.c mask_and_ack_8259A()（2.4.0 还检查这条线是否本来就被屏蔽着——那样的中断可能是假中断，
/// 要读 ISR 确认；本移植省去了这一检查）
void mask_and_ack_8259A(unsigned int irq)
{
	cached_irq_mask |= 1 << irq;

	/// 主片的线（0–7）：先一次空读，给慢速的 8259A 一点时间（2.4.0 也这样做），写出新的屏蔽字，再只对主片发特定 EOI（0x60 | 线号）。
	if (irq < 8) {
		inb(0x21);			/* a read first, as 2.4.0 */
		outb(cached_21, 0x21);
		outb(0x60 | irq, 0x20);		/* specific EOI, master */
		return;
	}
	/// 从片的线（8–15）：同样先空读、写屏蔽字；应答要两次：先对从片的第 (irq - 8) 条线发特定 EOI，再对主片的级联线 IR2 发（0x62），
	/// 因为这个中断是经主片的 IR2 送到 CPU 的。
	inb(0xA1);
	outb(cached_A1, 0xA1);
	outb(0x60 | (irq - 8), 0xA0);		/* specific EOI, slave */
	outb(0x60 | 2, 0x20);			/* and the cascade line */
}

/* ICW1-ICW4: edge triggered, cascade, vectors 0x20 and 0x28, 8086 mode. */
/// §3 中断、异常和系统调用：按 ICW1–ICW4 的顺序重新编程两片 8259A：边沿触发、级联、主片向量 0x20–0x27、从片 0x28–0x2F、
/// 8086 方式。BIOS 把 IRQ0–7 放在向量 8–15，与 CPU 异常（0–31 保留给异常）冲突，所以必须改。
/// 2.4.0: arch/i386/kernel/i8259.c init_8259A()（2.4.0 在 auto_eoi 时还把应答函数换成 disable_8259A_irq，并在写完 ICW 后
/// udelay(100) 等 8259A 稳定；本移植运行在模拟器上，省去了这次等待）
void __init init_8259A(int auto_eoi)
{
	/// 编程期间先屏蔽全部中断。
	outb(0xff, 0x21);	/* mask all of 8259A-1 */
	outb(0xff, 0xA1);	/* mask all of 8259A-2 */

	/// ICW1 = 0x11：开始初始化，边沿触发，级联方式，后面还有 ICW4。outb_p 在每次写之后加一点延时。
	outb_p(0x11, 0x20);	/* ICW1: init, ICW4 follows */
	/// ICW2：主片的向量基址 FIRST_EXTERNAL_VECTOR = 0x20，IRQ0–7 → 向量 0x20–0x27，紧接在 Intel 保留给异常的 0–31 之后。
	outb_p(FIRST_EXTERNAL_VECTOR + 0, 0x21);	/* ICW2: IR0-7 */
	/// 主片的 ICW3 是位图：第 2 位为 1 表示 IR2 上接着从片。
	outb_p(0x04, 0x21);	/* ICW3: slave on IR2 */
	/// ICW4：0x01 为 8086 方式、普通 EOI；0x03 为自动 EOI。init_IRQ() 传 0，用普通 EOI。
	outb_p(auto_eoi ? 0x03 : 0x01, 0x21);	/* ICW4 */

	/// 从片同样四步：向量基址 0x28（IRQ8–15 → 0x28–0x2F）；从片的 ICW3 是它自己的级联号 2。
	outb_p(0x11, 0xA0);
	outb_p(FIRST_EXTERNAL_VECTOR + 8, 0xA1);	/* IR8-15 */
	outb_p(0x02, 0xA1);	/* ICW3: cascade identity 2 */
	outb_p(0x01, 0xA1);	/* ICW4: normal EOI */

	/// 恢复屏蔽字（此时仍是全 1）：哪条线装上了处理程序，setup_irq() 才打开它。
	outb(cached_21, 0x21);	/* restore the masks */
	outb(cached_A1, 0xA1);
}

/// §3 中断、异常和系统调用：级联线 IRQ2 的空处理程序。IRQ2 本身不会作为中断送到 CPU（从片的中断经它传给主片，报告的是
/// 从片的线号），装它只是为了让 setup_irq() 打开这条线，从片的中断才能通过。
/// 2.4.0: arch/i386/kernel/i8259.c no_action()
static void no_action(int cpl, void *dev_id, struct pt_regs *regs)
{
}

/* The slave PIC hangs off line 2 of the master. */
/// 与 2.4.0 相同的静态 irqaction：处理程序 no_action，名字“cascade”。
static struct irqaction irq2 = { no_action, 0, 0, "cascade", NULL, NULL };

/// §3 中断、异常和系统调用（中断请求队列的初始化）：重新编程 8259A，把 IDT 的 0x20–0x2F 项设为指向 16 个入口的中断门，
/// 启动 8254 时钟，打开级联线。start_kernel() 在 trap_init() 之后调用它。
/// 2.4.0: arch/i386/kernel/i8259.c init_IRQ()（2.4.0 先由 init_ISA_irqs() 初始化 irq_desc[]，有 APIC 时 NR_IRQS 为 224；
/// 对没有 FPU 异常 16 的机器还要装上 IRQ13）
/// Bochs 中之后用 `info idt 0x20 0x2f` 可以看到 16 个中断门。
void __init init_IRQ(void)
{
	unsigned int latch = LATCH;
	int line;

	init_8259A(0);

	/* Every line gets its stub, except where int $0x80 lives. */
	for (line = 0; line < NR_IRQS; line++) {
		/// 跳过 0x80，那是 trap_init() 装的系统调用门。16 条线只到 0x2F，这个判断只有在 2.4.0 的 APIC 配置（224 条线）下才起作用，
		/// 保留它与 2.4.0 一致。
		if (FIRST_EXTERNAL_VECTOR + line == SYSCALL_VECTOR)
			continue;
		set_intr_gate(FIRST_EXTERNAL_VECTOR + line, interrupt[line]);
	}

	/* 8254 channel 0, mode 2 (rate generator): low byte, high byte. */
	/// 8254 定时器：控制字 0x34 = 通道 0、先低字节后高字节、方式 2（频率发生器）、二进制计数。计数值 LATCH = 1193180/HZ
	/// （四舍五入为 11932），于是 IRQ0 每秒来 HZ = 100 次，每次是一个时钟滴答（jiffy）。2.4.0 也在 init_IRQ() 里设置时钟。
	outb_p(0x34, 0x43);
	outb_p(latch & 0xff, 0x40);
	outb(latch >> 8, 0x40);

	/// 打开级联线 IRQ2，否则从片（IRQ8–15）的中断都过不来。
	setup_irq(2, &irq2);
}
