// SPDX-License-Identifier: GPL-2.0-only
/*
 * The VGA text screen as a console: 80x25 characters at physical 0xB8000,
 * reached through the kernel mapping at PAGE_OFFSET.  Continues below the
 * cursor position setup.S saved, scrolls, and moves the hardware cursor.
 * Replaces Linux 2.4.0 drivers/video/vgacon.c + the virtual-terminal
 * layer, which this port does not have.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/init.h>
#include <linux/string.h>
#include <asm/io.h>

#define VGA_BASE	0xB8000
#define VGA_COLS	80
#define VGA_ROWS	25
#define VGA_ATTR	0x0700		/* light grey on black */
#define VGA_CRTC	0x3d4

extern unsigned char empty_zero_page[];

static unsigned short *vga_mem;
static int vga_x, vga_y;

static void vga_set_cursor(void)
{
	unsigned pos = vga_y * VGA_COLS + vga_x;

	outb(14, VGA_CRTC);
	outb(pos >> 8, VGA_CRTC + 1);
	outb(15, VGA_CRTC);
	outb(pos & 0xff, VGA_CRTC + 1);
}

static void vga_scroll(void)
{
	int i;

	memmove(vga_mem, vga_mem + VGA_COLS,
		(VGA_ROWS - 1) * VGA_COLS * sizeof(*vga_mem));
	for (i = 0; i < VGA_COLS; i++)
		vga_mem[(VGA_ROWS - 1) * VGA_COLS + i] = VGA_ATTR | ' ';
	vga_y = VGA_ROWS - 1;
}

static void vga_putc(char c)
{
	switch (c) {
	case '\n':
		vga_x = 0;
		vga_y++;
		break;
	case '\r':
		vga_x = 0;
		break;
	case '\t':
		vga_x = (vga_x + 8) & ~7;
		break;
	default:
		vga_mem[vga_y * VGA_COLS + vga_x] = VGA_ATTR | (unsigned char)c;
		vga_x++;
	}
	if (vga_x >= VGA_COLS) {
		vga_x = 0;
		vga_y++;
	}
	if (vga_y >= VGA_ROWS)
		vga_scroll();
}

static void vgacon_write(struct console *co, const char *s, unsigned count)
{
	while (count--)
		vga_putc(*s++);
	vga_set_cursor();
}

/* Start where the BIOS left its cursor (orig_x, orig_y in the zero page). */
static int __init vgacon_setup(struct console *co, char *options)
{
	vga_mem = (unsigned short *)__va(VGA_BASE);
	vga_x = empty_zero_page[0];
	vga_y = empty_zero_page[1];
	if (vga_x >= VGA_COLS || vga_y >= VGA_ROWS)
		vga_x = vga_y = 0;
	return 0;
}

static struct console vgacons = {
	.name	= "tty",
	.write	= vgacon_write,
	.setup	= vgacon_setup,
	.flags	= CON_PRINTBUFFER,
	.index	= 0,
};

void __init vga_console_init(void)
{
	register_console(&vgacons);
}
