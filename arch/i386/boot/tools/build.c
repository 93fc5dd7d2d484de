// SPDX-License-Identifier: GPL-2.0-only
/*
 * tools/build: glue bootsect, setup and the kernel image (and an initial
 * RAM disk) into one bootable hard-disk image, and fill in the header
 * fields a boot loader would: setup_sects, syssize, ramdisk_image,
 * ramdisk_size and the command line.
 * Follows Linux 2.4.0 arch/i386/boot/tools/build.c; it writes a disk
 * image with a command line and initrd, as LILO would have arranged.
 * With -w SWAPAREA (a file made by mkswap) the disk starts with that swap
 * area, the boot sector in its first sector (the 1024 "boot bits" of the
 * swap header), and setup follows the area: start_sect tells bootsect.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define SECTOR		512
#define SETUP_MIN	4		/* setup_sects is at least 4 */
#define CMDLINE_OFF	0x440		/* cmdline_buf inside setup */
#define CMDLINE_MAX	256
#define SETUP_LOAD	0x90200		/* where bootsect puts setup */
#define DISK_CYL	(16 * 63 * SECTOR)	/* one cylinder: 16 heads, 63 sectors */
#define START_SECT_OFF	492		/* bootsect's start_sect field */
#define SWAP_BOOTBITS	1024		/* bytes a swap header leaves free */

static void die(const char *msg, const char *arg)
{
	fprintf(stderr, "build: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
	exit(1);
}

static unsigned char *read_file(const char *name, size_t *len)
{
	FILE *f = fopen(name, "rb");
	unsigned char *buf;
	long n;

	if (!f)
		die("cannot open", name);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc(n + SECTOR);
	if (!buf || fread(buf, 1, n, f) != (size_t)n)
		die("cannot read", name);
	fclose(f);
	*len = n;
	return buf;
}

static void put16(unsigned char *p, unsigned v)
{
	p[0] = v;
	p[1] = v >> 8;
}

static void put32(unsigned char *p, uint32_t v)
{
	put16(p, v);
	put16(p + 2, v >> 16);
}

static void write_padded(FILE *out, const unsigned char *buf, size_t len,
			 size_t padded)
{
	static const unsigned char zero[SECTOR];

	if (fwrite(buf, 1, len, out) != len)
		die("write failed", NULL);
	while (len < padded) {
		size_t n = padded - len > SECTOR ? SECTOR : padded - len;

		fwrite(zero, 1, n, out);
		len += n;
	}
}

static size_t round_up(size_t n, size_t to)
{
	return (n + to - 1) / to * to;
}

static void usage(void)
{
	die("usage: build bootsect setup system [-r initrd -a addr] "
	    "[-c cmdline] [-w swaparea] -o image", NULL);
}

int main(int argc, char **argv)
{
	const char *initrd = NULL, *cmdline = "", *image = NULL, *swap = NULL;
	unsigned long initrd_addr = 0;
	unsigned char *boot, *setup, *sys, *rd = NULL, *sw = NULL;
	size_t boot_len, setup_len, sys_len, rd_len = 0, sw_len = 0;
	size_t setup_sects, total;
	FILE *out;
	int i;

	if (argc < 4)
		usage();
	for (i = 4; i < argc; i++) {
		if (!strcmp(argv[i], "-r") && i + 1 < argc)
			initrd = argv[++i];
		else if (!strcmp(argv[i], "-a") && i + 1 < argc)
			initrd_addr = strtoul(argv[++i], NULL, 0);
		else if (!strcmp(argv[i], "-c") && i + 1 < argc)
			cmdline = argv[++i];
		else if (!strcmp(argv[i], "-w") && i + 1 < argc)
			swap = argv[++i];
		else if (!strcmp(argv[i], "-o") && i + 1 < argc)
			image = argv[++i];
		else
			usage();
	}
	if (!image)
		usage();

	boot = read_file(argv[1], &boot_len);
	if (boot_len != SECTOR)
		die("boot sector must be 512 bytes", argv[1]);
	if (boot[510] != 0x55 || boot[511] != 0xAA)
		die("boot sector has no 0xAA55 flag", argv[1]);

	setup = read_file(argv[2], &setup_len);
	if (memcmp(setup + 2, "HdrS", 4))
		die("setup has no HdrS header", argv[2]);
	setup_sects = round_up(setup_len, SECTOR) / SECTOR;
	if (setup_sects < SETUP_MIN)
		setup_sects = SETUP_MIN;
	if (setup_sects > 30)	/* bootsect's stack sits at 0x93ff4 */
		die("setup is too big", argv[2]);

	sys = read_file(argv[3], &sys_len);
	if (round_up(sys_len, 16) / 16 > 0xffff)
		die("system is too big for a 16-bit syssize", argv[3]);

	if (strlen(cmdline) >= CMDLINE_MAX)
		die("command line too long", cmdline);
	strcpy((char *)setup + CMDLINE_OFF, cmdline);
	put32(setup + 0x28, cmdline[0] ? SETUP_LOAD + CMDLINE_OFF : 0);

	if (initrd) {
		rd = read_file(initrd, &rd_len);
		if (!initrd_addr)
			die("an initrd needs its load address (-a)", NULL);
		put32(setup + 0x18, initrd_addr);
		put32(setup + 0x1c, rd_len);
	}

	if (swap) {
		sw = read_file(swap, &sw_len);
		if (sw_len < 2 * 4096 || sw_len % 4096 ||
		    memcmp(sw + 4096 - 10, "SWAPSPACE2", 10))
			die("not a swap area made by mkswap -p 4096", swap);
		for (i = 0; i < SWAP_BOOTBITS; i++)
			if (sw[i])
				die("swap area's boot bits are not free", swap);
		put32(boot + START_SECT_OFF, sw_len / SECTOR - 1);
	}

	boot[0x1f1] = setup_sects;
	put16(boot + 0x1f4, round_up(sys_len, 16) / 16);

	out = fopen(image, "wb");
	if (!out)
		die("cannot create", image);
	write_padded(out, boot, SECTOR, SECTOR);
	total = SECTOR;
	if (sw) {
		write_padded(out, sw + SECTOR, sw_len - SECTOR, sw_len - SECTOR);
		total = sw_len;
	}
	write_padded(out, setup, setup_len, setup_sects * SECTOR);
	write_padded(out, sys, sys_len, round_up(sys_len, SECTOR));
	total += SECTOR * setup_sects + round_up(sys_len, SECTOR);
	if (rd) {
		write_padded(out, rd, rd_len, round_up(rd_len, SECTOR));
		total += round_up(rd_len, SECTOR);
	}
	/* Whole cylinders, so that Bochs can be given the geometry. */
	write_padded(out, NULL, 0, round_up(total, DISK_CYL) - total);
	fclose(out);
	printf("Boot sector 512 bytes, setup %zu sectors, system %zu bytes, "
	       "initrd %zu bytes, %zu cylinders\n", setup_sects, sys_len,
	       rd_len, round_up(total, DISK_CYL) / DISK_CYL);
	if (sw)
		printf("Swap area %zu KB first, setup at sector %zu\n",
		       sw_len / 1024, sw_len / SECTOR);
	return 0;
}
