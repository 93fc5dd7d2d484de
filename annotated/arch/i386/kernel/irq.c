// SPDX-License-Identifier: GPL-2.0-only
/*
 * Interrupt dispatch: do_IRQ finds the handlers of a line and runs them
 * with the line masked and acknowledged.
 * Follows Linux 2.4.0 arch/i386/kernel/irq.c (one CPU, 8259 only).
 */
/// 外部中断的分发：第 3 章（中断、异常和系统调用）。与存储管理的关系在于时钟中断（IRQ0）驱动 jiffies，
/// 将来 kswapd 等按时间工作的部分都靠它。
/// 与 2.4.0 的差别：2.4.0 用 irq_desc[] 描述每条线（状态位 IRQ_INPROGRESS/IRQ_DISABLED/IRQ_PENDING、屏蔽深度、
/// 所属控制器的操作表、自旋锁），并在中断返回前执行软中断；本移植只有 8259A、单 CPU，每条线只留一个 irqaction 链表和计数。
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <asm/system.h>
#include <asm/hw_irq.h>
#include <asm/hardirq.h>

extern void mask_and_ack_8259A(unsigned int irq);
extern void enable_8259A_irq(unsigned int irq);
extern void disable_8259A_irq(unsigned int irq);

/// 每条中断线一个 irqaction 链表（多个设备可以共享一条线）。2.4.0 把它放在 irq_desc[irq].action 中。
static struct irqaction *irq_action[NR_IRQS];

/* Interrupt nesting per CPU (in_interrupt()). */
/// 每个 CPU 的中断嵌套计数（asm/hardirq.h）：do_IRQ 在调用处理程序前后加减，in_interrupt() 据此判断当前是否在中断处理中——
/// 在中断里不能调度（schedule 会报 “Scheduling in interrupt”），页面异常也不能替“当前进程”处理（do_page_fault）。
/// 2.4.0 的 irq_stat 在 kernel/softirq.c，还有软中断的位图，本移植没有软中断。
irq_cpustat_t irq_stat[NR_CPUS];
/// 本移植新增的每线计数，相当于 2.4.0 在 kstat 中的统计（/proc/interrupts），测试借它确认中断真的来了。
unsigned long irq_count[NR_IRQS];

/// §3 中断、异常和系统调用：屏蔽一条中断线。
/// 2.4.0: arch/i386/kernel/irq.c disable_irq()（2.4.0 有嵌套的屏蔽深度 depth，置 IRQ_DISABLED，还要等其他 CPU 上正在运行的
/// 处理程序结束；本移植直接写 8259A 的屏蔽寄存器）
void disable_irq(unsigned int irq)
{
	disable_8259A_irq(irq);
}

/// §3 中断、异常和系统调用：打开一条中断线。
/// 2.4.0: arch/i386/kernel/irq.c enable_irq()（2.4.0 按 depth 配对，减到 0 才真正打开，并补发屏蔽期间挂起的中断）
void enable_irq(unsigned int irq)
{
	enable_8259A_irq(irq);
}

/* Run every handler on the line; interrupts on unless SA_INTERRUPT. */
/// §3 中断、异常和系统调用：依次调用挂在这条线上的所有处理程序。
/// 2.4.0: arch/i386/kernel/irq.c handle_IRQ_event()（2.4.0 还做 irq_enter()/irq_exit() 计数、返回各处理程序标志的并集，
/// 并按 SA_SAMPLE_RANDOM 给随机数池加熵）
static void handle_IRQ_event(unsigned int irq, struct pt_regs *regs,
			     struct irqaction *action)
{
	/// 没有 SA_INTERRUPT（“快中断”）标志的处理程序在开中断的情况下运行：CPU 穿过中断门时已经关了中断，这里重新打开，
	/// 让别的中断线可以打断它。本线已在 8259A 中屏蔽，不会重入。时钟中断带 SA_INTERRUPT，始终关着中断运行。
	if (!(action->flags & SA_INTERRUPT))
		__sti();
	do {
		action->handler(irq, action->dev_id, regs);
		action = action->next;
	} while (action);
	/// 回到 do_IRQ() 前关中断：接下来要操作 8259A 并经 ret_from_intr 返回，中间不能被打断。
	__cli();
}

/*
 * Called from common_interrupt with the register frame as its argument;
 * orig_eax holds the IRQ number - 256.
 */
/// §3 中断、异常和系统调用：外部中断的 C 入口。common_interrupt 把整个 pt_regs 留在栈上作为按值传递的参数（所以形参是
/// struct pt_regs 而不是指针），orig_eax 中是 IRQ 号 − 256，取低 8 位即得 IRQ 号。
/// 2.4.0: arch/i386/kernel/irq.c do_IRQ()（2.4.0 通过 irq_desc[irq].handler 的 ack/end 操作控制器，用 IRQ_INPROGRESS 和
/// IRQ_PENDING 处理“处理过程中同一中断又来了”的情况，最后执行 do_softirq()；本移植没有软中断）
asmlinkage unsigned int do_IRQ(struct pt_regs regs)
{
	int irq = regs.orig_eax & 0xff;
	struct irqaction *action;
	int cpu = smp_processor_id();

	/// 先屏蔽再应答（发 EOI）：EOI 之后 8259A 可以送来别的中断，而这条线被屏蔽着，它的处理程序不会重入。
	mask_and_ack_8259A(irq);
	irq_count[irq]++;
	action = irq_action[irq];
	/// 没有处理程序的线保持屏蔽，与 2.4.0 一样（那里这样的线状态为 IRQ_DISABLED，结束时也不打开）。
	if (action) {
		/// 与 2.4.0 相同：处理程序运行期间算“在中断里”。
		irq_enter(cpu, irq);
		handle_IRQ_event(irq, &regs, action);
		irq_exit(cpu, irq);
		enable_8259A_irq(irq);
	}
	/// 返回值没有人用，沿用 2.4.0 的写法。
	return 1;
}

/* Attach a handler to a line and unmask it. */
/// §3 中断、异常和系统调用（中断请求队列）：把一个 irqaction 挂到中断线的链尾，再打开这条线。
/// time_init() 和 init_IRQ() 用它装上时钟（IRQ0）和级联线（IRQ2）。
/// 2.4.0: arch/i386/kernel/irq.c setup_irq()（2.4.0 检查共享：已有处理程序时双方都必须带 SA_SHIRQ，否则返回 -EBUSY；
/// 装上第一个处理程序时清 IRQ_DISABLED 并调用控制器的 startup。本移植不检查共享；IRQ 号越界在 2.4.0 由 request_irq()
/// 检查并返回 -EINVAL，这里返回 −1）
int setup_irq(unsigned int irq, struct irqaction *new)
{
	struct irqaction **p;
	unsigned long flags;

	if (irq >= NR_IRQS)
		return -1;
	/// 改链表时关中断：中断处理中会遍历这条链。
	save_and_cli(flags);
	p = &irq_action[irq];
	while (*p)
		p = &(*p)->next;
	*p = new;
	restore_flags(flags);
	enable_8259A_irq(irq);
	return 0;
}

/*
 * A driver's handler for irq: dev_id is handed back to it, and tells
 * sharers apart.  The line is unmasked.
 */
/// §3（中断） 驱动程序登记中断处理函数：分配一个 irqaction，经 setup_irq 挂到中断线上并打开该线。dev_id 原样传回处理函数（IDE 传的是 hwgroup）。
/// 2.4.0: arch/i386/kernel/irq.c request_irq()
int request_irq(unsigned int irq,
		void (*handler)(int, void *, struct pt_regs *),
		unsigned long irqflags, const char *devname, void *dev_id)
{
	struct irqaction *new;
	int err;

	if (handler == NULL || irq >= NR_IRQS)
		return -EINVAL;
	new = kmalloc(sizeof(*new), GFP_KERNEL);
	if (new == NULL)
		return -ENOMEM;
	memset(new, 0, sizeof(*new));
	new->dev_id = dev_id;
	new->name = devname;
	new->flags = irqflags;
	new->handler = handler;
	err = setup_irq(irq, new);
	if (err != 0)
		kfree(new);
	return err;
}
