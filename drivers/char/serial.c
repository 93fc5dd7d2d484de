// SPDX-License-Identifier: GPL-2.0-only
/*
 * The serial console on COM1: a polled 16550 UART.  Each byte waits for
 * the transmitter holding register to empty (LSR bit 5); newlines go out
 * as CR LF.
 * Follows the serial-console part of Linux 2.4.0 drivers/char/serial.c
 * (the tty driver itself is not ported).
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/init.h>
#include <asm/io.h>

#define SERIAL_PORT	0x3f8		/* COM1 */
#define BASE_BAUD	115200
#define CONSOLE_BAUD	115200

/* 16550 registers, as offsets from the port base. */
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
#define UART_LSR_THRE	0x20		/* transmit holding register empty */
#define UART_LSR_TEMT	0x40		/* transmitter empty */
#define UART_FCR_ENABLE_FIFO	0x01
#define UART_FCR_CLEAR_RCVR	0x02
#define UART_FCR_CLEAR_XMIT	0x04

#define BOTH_EMPTY (UART_LSR_TEMT | UART_LSR_THRE)

/* Wait until the UART can take another byte (bounded, like 2.4.0). */
static inline void wait_for_xmitr(void)
{
	int tmout = 1000000;

	while (!(inb(SERIAL_PORT + UART_LSR) & UART_LSR_THRE) && --tmout)
		;
}

static void serial_putc(char c)
{
	wait_for_xmitr();
	outb(c, SERIAL_PORT + UART_TX);
}

/* Print a string on the serial port, interrupts off in the UART. */
static void serial_console_write(struct console *co, const char *s,
				 unsigned count)
{
	unsigned int ier;
	unsigned i;

	ier = inb(SERIAL_PORT + UART_IER);
	outb(0x00, SERIAL_PORT + UART_IER);
	for (i = 0; i < count; i++, s++) {
		if (*s == '\n')
			serial_putc('\r');
		serial_putc(*s);
	}
	wait_for_xmitr();
	outb(ier, SERIAL_PORT + UART_IER);
}

/* 8 data bits, no parity, 1 stop bit at CONSOLE_BAUD; FIFOs on. */
static int __init serial_console_setup(struct console *co, char *options)
{
	unsigned quot = BASE_BAUD / CONSOLE_BAUD;

	outb(0x00, SERIAL_PORT + UART_IER);
	outb(UART_LCR_DLAB | UART_LCR_WLEN8, SERIAL_PORT + UART_LCR);
	outb(quot & 0xff, SERIAL_PORT + UART_DLL);
	outb(quot >> 8, SERIAL_PORT + UART_DLM);
	outb(UART_LCR_WLEN8, SERIAL_PORT + UART_LCR);
	outb(UART_FCR_ENABLE_FIFO | UART_FCR_CLEAR_RCVR | UART_FCR_CLEAR_XMIT,
	     SERIAL_PORT + UART_FCR);
	outb(UART_MCR_DTR | UART_MCR_RTS, SERIAL_PORT + UART_MCR);
	return 0;
}

static struct console sercons = {
	.name	= "ttyS",
	.write	= serial_console_write,
	.setup	= serial_console_setup,
	.flags	= CON_PRINTBUFFER,
	.index	= 0,
};

void __init serial_console_init(void)
{
	register_console(&sercons);
}
