/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The IDE driver's view of the hardware: an interface (hwif: ports,
 * irq, two drive slots), its drives, and the hwgroup that serialises
 * the requests of the drives sharing one interrupt.
 * Follows Linux 2.4.0 include/linux/ide.h.  Port: one interface (ide0),
 * disks only, PIO one sector per interrupt; tuning, DMA, ATAPI, the
 * proc entries and the timer that catches a lost interrupt are left out.
 */
#ifndef _IDE_H
#define _IDE_H

#include <linux/hdreg.h>
#include <linux/blkdev.h>

typedef unsigned char byte;
typedef unsigned short ide_ioreg_t;

#define MAX_HWIFS	1	/* port: ide0 only */
#define MAX_DRIVES	2	/* master and slave */

/* io_ports[] indices: the task file, then the control register. */
#define IDE_DATA_OFFSET		0
#define IDE_ERROR_OFFSET	1
#define IDE_NSECTOR_OFFSET	2
#define IDE_SECTOR_OFFSET	3
#define IDE_LCYL_OFFSET		4
#define IDE_HCYL_OFFSET		5
#define IDE_SELECT_OFFSET	6
#define IDE_STATUS_OFFSET	7
#define IDE_CONTROL_OFFSET	8
#define IDE_NR_PORTS		10

#define IDE_DATA_REG		(HWIF(drive)->io_ports[IDE_DATA_OFFSET])
#define IDE_ERROR_REG		(HWIF(drive)->io_ports[IDE_ERROR_OFFSET])
#define IDE_NSECTOR_REG		(HWIF(drive)->io_ports[IDE_NSECTOR_OFFSET])
#define IDE_SECTOR_REG		(HWIF(drive)->io_ports[IDE_SECTOR_OFFSET])
#define IDE_LCYL_REG		(HWIF(drive)->io_ports[IDE_LCYL_OFFSET])
#define IDE_HCYL_REG		(HWIF(drive)->io_ports[IDE_HCYL_OFFSET])
#define IDE_SELECT_REG		(HWIF(drive)->io_ports[IDE_SELECT_OFFSET])
#define IDE_STATUS_REG		(HWIF(drive)->io_ports[IDE_STATUS_OFFSET])
#define IDE_CONTROL_REG		(HWIF(drive)->io_ports[IDE_CONTROL_OFFSET])
#define IDE_COMMAND_REG		IDE_STATUS_REG

#define OK_STAT(stat, good, bad)	(((stat) & ((good) | (bad))) == (good))
#define BAD_R_STAT		(BUSY_STAT | ERR_STAT)
#define BAD_W_STAT		(BAD_R_STAT | WRERR_STAT)
#define BAD_STAT		(BAD_R_STAT | DRQ_STAT)
#define DRIVE_READY		(READY_STAT | SEEK_STAT)
#define DATA_READY		(DRQ_STAT)

#define SECTOR_WORDS		(512 / 4)	/* 32-bit words of a sector */

/* Loops of about a millisecond each (udelay(1000)). */
#define WAIT_READY		30	/* for BUSY to clear */
#define WAIT_WORSTCASE		30000	/* a drive spinning up */

/* What a handler says: it set the next handler, or the request ended. */
typedef enum {
	ide_stopped,
	ide_started
} ide_startstop_t;

enum { ide_unknown, ide_disk };

struct hwif_s;
struct pt_regs;

typedef struct ide_drive_s {
	char name[4];			/* "hda" */
	byte present;			/* the drive answered IDENTIFY */
	byte media;			/* ide_disk */
	byte select;			/* 101dhhhh: slot, LBA bit 0x40 */
	byte head;			/* translated geometry */
	byte sect;
	byte bios_head;
	byte bios_sect;
	byte bad_wstat;			/* status bits a write must not show */
	unsigned short cyl;
	unsigned int bios_cyl;
	unsigned int usage;		/* opens */
	unsigned long capacity;		/* sectors */
	struct hd_driveid *id;		/* IDENTIFY's answer */
	struct hwif_s *hwif;
} ide_drive_t;

typedef ide_startstop_t (ide_handler_t)(ide_drive_t *);

typedef struct hwgroup_s {
	ide_handler_t *handler;		/* runs at the next interrupt */
	volatile int busy;		/* a request is in progress */
	ide_drive_t *drive;		/* the drive it is for */
	struct hwif_s *hwif;
	struct request *rq;		/* the request being served */
} ide_hwgroup_t;

typedef struct hwif_s {
	struct hwgroup_s *hwgroup;
	ide_ioreg_t io_ports[IDE_NR_PORTS];
	char name[6];			/* "ide0" */
	ide_drive_t drives[MAX_DRIVES];
	unsigned int major;
	int irq;
	byte present;			/* a drive was found */
	byte noprobe;
} ide_hwif_t;

#define HWIF(drive)		((drive)->hwif)
#define HWGROUP(drive)		(HWIF(drive)->hwgroup)

#define SELECT_DRIVE(hwif, drive) outb((drive)->select, \
				       (hwif)->io_ports[IDE_SELECT_OFFSET])

extern ide_hwif_t ide_hwifs[];

/* drivers/ide/ide.c */
extern int ide_init(void);
extern void ide_set_handler(ide_drive_t *, ide_handler_t *);
extern void ide_end_request(byte uptodate, ide_hwgroup_t *);
extern ide_startstop_t ide_error(ide_drive_t *, const char *, byte);
extern int ide_wait_stat(ide_startstop_t *, ide_drive_t *, byte, byte,
			 unsigned long);
extern void ide_input_data(ide_drive_t *, void *, unsigned int);
extern void ide_output_data(ide_drive_t *, void *, unsigned int);
extern void ide_fixstring(byte *, const int, const int);
extern void do_ide_request(request_queue_t *);
extern void ide_intr(int, void *, struct pt_regs *);
extern unsigned long ide_irq_count;
extern struct block_device_operations ide_fops;

/* drivers/ide/ide-probe.c */
extern int ideprobe_init(void);

/* drivers/ide/ide-disk.c */
extern int idedisk_init(void);
extern ide_startstop_t do_rw_disk(ide_drive_t *, struct request *,
				  unsigned long);

#endif
