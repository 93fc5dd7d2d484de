/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The AT disk interface: task-file register offsets, status bits,
 * commands, and the 512 bytes a drive returns to IDENTIFY.
 * Follows Linux 2.4.0 include/linux/hdreg.h (the fields this port reads;
 * the rest of the IDENTIFY block is one array).
 */
#ifndef _LINUX_HDREG_H
#define _LINUX_HDREG_H

/* Registers, as offsets from the interface's base port (0x1f0). */
#define HD_DATA		0x1f0	/* 16-bit data */
#define HD_ERROR	0x1f1	/* error register on reads */
#define HD_NSECTOR	0x1f2	/* sector count */
#define HD_SECTOR	0x1f3	/* sector number; LBA bits 0-7 */
#define HD_LCYL		0x1f4	/* cylinder low; LBA bits 8-15 */
#define HD_HCYL		0x1f5	/* cylinder high; LBA bits 16-23 */
#define HD_CURRENT	0x1f6	/* 101dhhhh: drive, head; LBA 24-27 */
#define HD_STATUS	0x1f7	/* status on reads */
#define HD_COMMAND	HD_STATUS	/* command on writes */
#define HD_CMD		0x3f6	/* device control: nIEN, SRST */

/* Bits of the status register. */
#define ERR_STAT	0x01
#define INDEX_STAT	0x02
#define ECC_STAT	0x04	/* corrected error */
#define DRQ_STAT	0x08	/* data request: the sector buffer is ready */
#define SEEK_STAT	0x10
#define WRERR_STAT	0x20	/* write fault */
#define READY_STAT	0x40
#define BUSY_STAT	0x80

/* Commands. */
#define WIN_RESTORE	0x10
#define WIN_READ	0x20	/* read sectors, with retries */
#define WIN_WRITE	0x30	/* write sectors, with retries */
#define WIN_SPECIFY	0x91	/* set the translated geometry */
#define WIN_IDENTIFY	0xEC	/* the drive describes itself */

/* What IDENTIFY returns: 256 little-endian words. */
struct hd_driveid {
	unsigned short config;		/* 0: general configuration */
	unsigned short cyls;		/* 1: default cylinders */
	unsigned short reserved2;
	unsigned short heads;		/* 3: default heads */
	unsigned short track_bytes;
	unsigned short sector_bytes;
	unsigned short sectors;		/* 6: default sectors per track */
	unsigned short vendor0;
	unsigned short vendor1;
	unsigned short vendor2;
	unsigned char serial_no[20];	/* 10-19 */
	unsigned short buf_type;
	unsigned short buf_size;	/* 21: cache, in 512-byte units */
	unsigned short ecc_bytes;
	unsigned char fw_rev[8];	/* 23-26 */
	unsigned char model[40];	/* 27-46: name, two chars a word */
	unsigned char max_multsect;
	unsigned char vendor3;
	unsigned short dword_io;
	unsigned char vendor4;
	unsigned char capability;	/* 49: bit 1 LBA */
	unsigned short reserved50;
	unsigned char vendor5;
	unsigned char tPIO;
	unsigned char vendor6;
	unsigned char tDMA;
	unsigned short field_valid;	/* 53: bit 0, words 54-58 valid */
	unsigned short cur_cyls;
	unsigned short cur_heads;
	unsigned short cur_sectors;
	unsigned short cur_capacity0;
	unsigned short cur_capacity1;
	unsigned char multsect;
	unsigned char multsect_valid;
	unsigned int lba_capacity;	/* 60-61: sectors reachable by LBA */
	unsigned short words62_255[194];	/* port: not read */
} __attribute__((packed));

#endif
