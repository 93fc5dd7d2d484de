// SPDX-License-Identifier: GPL-2.0-only
/*
 * The serial console on COM1: a polled 16550 UART.  Each byte waits for
 * the transmitter holding register to empty (LSR bit 5); newlines go out
 * as CR LF.
 * Follows the serial-console part of Linux 2.4.0 drivers/char/serial.c
 * (the tty driver itself is not ported).
 */
/// §10 系统引导和初始化（控制台）：2.4.0 的 drivers/char/serial.c 是完整的串口 tty 驱动
/// （中断收发、多端口探测、termios），其中 CONFIG_SERIAL_CONSOLE 那一部分另外提供 printk 用的
/// 串口控制台。本移植没有 tty 层，只移植后者，而且只用轮询方式输出、不接收。
/// 串口是无头测试真正依赖的控制台：Bochs 的 com1 设为 mode=file，UART 发出的每个字节写进文件，
/// scripts/run-bochs 逐行打印这个文件并在其中找 "checks: ..." 总结行。
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/init.h>
#include <asm/io.h>

/// COM1 的 I/O 端口基址（BIOS 数据区 0x400 处也记着它）。2.4.0 按 console=ttyS<n> 从 rs_table[]
/// 里取端口，本移植没有 console= 选项，固定用 COM1。
#define SERIAL_PORT	0x3f8		/* COM1 */
/// 16550 的输入时钟 1.8432 MHz ÷ 16 = 115200：分频值 = BASE_BAUD / 波特率。
#define BASE_BAUD	115200
/// 与 2.4.0 不同：2.4.0 串口控制台的缺省速率是 9600（由 console=ttyS0,115200 这样的参数改），
/// 本移植固定 115200，分频值为 1。模拟器里速率其实不影响速度，接真机终端时两边要设成一样。
#define CONSOLE_BAUD	115200

/* 16550 registers, as offsets from the port base. */
/// 同一个偏移有两种含义：线路控制寄存器的 DLAB 位为 1 时，偏移 0、1 是分频锁存器的低、高字节；
/// DLAB 为 0 时，偏移 0 写入是发送保持寄存器，偏移 1 是中断允许寄存器。
#define UART_TX		0		/* transmit holding (write) */
#define UART_DLL	0		/* divisor latch low (DLAB = 1) */
#define UART_IER	1		/* interrupt enable */
#define UART_DLM	1		/* divisor latch high (DLAB = 1) */
#define UART_FCR	2		/* FIFO control */
#define UART_LCR	3		/* line control */
#define UART_MCR	4		/* modem control */
#define UART_LSR	5		/* line status */

#define UART_LCR_DLAB	0x80
#define UART_LCR_WLEN8	0x03
#define UART_MCR_DTR	0x01
#define UART_MCR_RTS	0x02
/// 线路状态寄存器第 5 位：发送保持寄存器空，可以再写一个字节。
#define UART_LSR_THRE	0x20		/* transmit holding register empty */
#define UART_LSR_TEMT	0x40		/* transmitter empty */
#define UART_FCR_ENABLE_FIFO	0x01
#define UART_FCR_CLEAR_RCVR	0x02
#define UART_FCR_CLEAR_XMIT	0x04

/// 定义了但本移植没有用到：2.4.0 的 wait_for_xmitr 等的是 THRE 和 TEMT 都置位（连移位寄存器也空了），
/// 本移植只等 THRE（见下），已满足 Bochs 的要求，而且每个字节少等一个字符时间。
#define BOTH_EMPTY (UART_LSR_TEMT | UART_LSR_THRE)

/* Wait until the UART can take another byte (bounded, like 2.4.0). */
/// §10 系统引导和初始化（串口控制台）：等 UART 能接收下一个字节。
/// 2.4.0: drivers/char/serial.c wait_for_xmitr()
static inline void wait_for_xmitr(void)
{
	/// 有上限的等待（2.4.0 也是一百万次）：printk 在关中断下调用它，万一 UART 坏了永远不报“空”，
	/// 也不至于让整个内核卡死在这里，最多丢几个字符。2.4.0 在这个循环里还顺便记下线路上的 break 状态
	/// （给 SysRq 用），本移植不需要。
	int tmout = 1000000;

	/// 必须等：Bochs 的 UART 在保持寄存器还满的时候再写入，会丢掉这个字节并在日志里报警告
	/// （toolchain-notes.md）。与 2.4.0 的差别见上面 BOTH_EMPTY 的注释。
	while (!(inb(SERIAL_PORT + UART_LSR) & UART_LSR_THRE) && --tmout)
		;
}

/// §10 系统引导和初始化（串口控制台）：发送一个字节。
/// 2.4.0: 无（本移植新增）：2.4.0 把“等待、写 TX”两步直接写在 serial_console_write 的循环里，
/// 这里抽成小函数，让回车换行的处理一目了然。
static void serial_putc(char c)
{
	wait_for_xmitr();
	outb(c, SERIAL_PORT + UART_TX);
}

/* Print a string on the serial port, interrupts off in the UART. */
/// §10 系统引导和初始化（串口控制台）：printk 经 console->write 调到这里。
/// 2.4.0: drivers/char/serial.c serial_console_write()
/// 调用时持有 console_lock 并已关中断（kernel/printk.c），所以这里只能忙等，不能睡眠。
static void serial_console_write(struct console *co, const char *s,
				 unsigned count)
{
	unsigned int ier;
	unsigned i;

	/// 先保存再清零中断允许寄存器：若将来有 tty 驱动以中断方式使用同一个串口，控制台输出期间
	/// 不要让它的“发送空”中断插进来；结束时恢复原值。2.4.0 同样保存、恢复 IER。
	ier = inb(SERIAL_PORT + UART_IER);
	outb(0x00, SERIAL_PORT + UART_IER);
	for (i = 0; i < count; i++, s++) {
		/// 内核字符串只用 '\n'，终端却需要“回车 + 换行”才能回到下一行的行首。
		/// 与 2.4.0 的细微差别：2.4.0 先发 LF 再补发 CR，本移植按常规顺序先 CR 后 LF（文件头注释也这样写），
		/// 终端上的效果相同。
		if (*s == '\n')
			serial_putc('\r');
		serial_putc(*s);
	}
	/// 恢复 IER 之前等最后一个字节离开保持寄存器。
	wait_for_xmitr();
	outb(ier, SERIAL_PORT + UART_IER);
}

/* 8 data bits, no parity, 1 stop bit at CONSOLE_BAUD; FIFOs on. */
/// §10 系统引导和初始化（串口控制台）：register_console 注册时调用，初始化 UART。
/// 2.4.0: drivers/char/serial.c serial_console_setup()
/// 与 2.4.0 不同：2.4.0 从 options（来自 console= 参数，如 "9600n8"）解析波特率、校验、数据位，
/// 缺省 9600n8；本移植的 options 总是 NULL，固定 115200、8 位数据、无校验、1 位停止（8N1）。
/// __init：只在引导时用一次。
static int __init serial_console_setup(struct console *co, char *options)
{
	unsigned quot = BASE_BAUD / CONSOLE_BAUD;

	/// 关掉 UART 的所有中断：控制台是轮询方式，不需要 IRQ4。2.4.0 在设好速率之后才清 IER，
	/// 先后不同，效果一样。
	outb(0x00, SERIAL_PORT + UART_IER);
	/// 置 DLAB，让偏移 0、1 暂时变成分频锁存器。
	outb(UART_LCR_DLAB | UART_LCR_WLEN8, SERIAL_PORT + UART_LCR);
	/// 写入 16 位分频值（115200 ÷ 115200 = 1）。
	outb(quot & 0xff, SERIAL_PORT + UART_DLL);
	outb(quot >> 8, SERIAL_PORT + UART_DLM);
	/// 清掉 DLAB，同时设定 8 位数据、无校验、1 位停止位。
	outb(UART_LCR_WLEN8, SERIAL_PORT + UART_LCR);
	/// 打开并清空 16550 的收发 FIFO。与 2.4.0 不同：2.4.0 的控制台初始化不碰 FIFO 控制寄存器
	/// （FIFO 由完整的串口驱动在打开端口时设置），本移植没有那个驱动，就在这里顺手打开。
	outb(UART_FCR_ENABLE_FIFO | UART_FCR_CLEAR_RCVR | UART_FCR_CLEAR_XMIT,
	     SERIAL_PORT + UART_FCR);
	/// 拉高 DTR、RTS，告诉对端“终端就绪、请求发送”；有些终端设备不见这两个信号不接收。
	outb(UART_MCR_DTR | UART_MCR_RTS, SERIAL_PORT + UART_MCR);
	/// 返回 0：register_console 继续把它挂上链表并补打日志。与 2.4.0 不同：2.4.0 在这里先读一次
	/// 线路状态寄存器，读到 0xff 说明这个端口上根本没有 UART，返回 -1 放弃注册；本移植省掉了这个检查
	/// （在没有 COM1 的机器上 wait_for_xmitr 读到的 0xff 恰好含 THRE 位，所以也不会卡住）。
	return 0;
}

/// 串口控制台的描述：名字 "ttyS" 加 index 0 即 ttyS0。CON_PRINTBUFFER 让它注册时补打此前的全部日志。
/// 与 2.4.0 不同：2.4.0 的 index 初值是 -1（由 console= 决定用哪个口），还提供 device、wait_key
/// 回调（/dev/console 和按键等待）；本移植没有 tty 层，不需要它们。用 C99 的指名初始化写法，
/// 2.4.0 用的是 gcc 当时的 "name: value" 写法。
static struct console sercons = {
	.name	= "ttyS",
	.write	= serial_console_write,
	.setup	= serial_console_setup,
	.flags	= CON_PRINTBUFFER,
	.index	= 0,
};

/// §10 系统引导和初始化（串口控制台）：由 console_init() 调用。
/// 2.4.0: drivers/char/serial.c serial_console_init()
/// 2.4.0 里它也只是 register_console(&sercons) 一句。
void __init serial_console_init(void)
{
	register_console(&sercons);
}
