// SPDX-License-Identifier: GPL-2.0-only
/*
 * Finding the drives: select each slot of the interface, send IDENTIFY
 * and read the drive's answer; then give the interface its interrupt
 * handler, its block major and its request queue.
 * Follows Linux 2.4.0 drivers/ide/ide-probe.c.  Port: the interface's
 * irq is known (14), so it is not probed for; IDENTIFY is polled.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/interrupt.h>
#include <linux/blkdev.h>
#include <linux/ide.h>
#include <asm/io.h>
#include <asm/delay.h>

/* Read IDENTIFY's 512 bytes, tidy the strings, say what was found. */
static void __init do_identify(ide_drive_t *drive, byte cmd)
{
	struct hd_driveid *id;

	id = drive->id = kmalloc(SECTOR_WORDS * 4, GFP_ATOMIC);
	if (!id) {
		printk(KERN_WARNING "(ide-probe::do_identify) "
		       "Out of memory.\n");
		return;
	}
	ide_input_data(drive, id, SECTOR_WORDS);
	ide_fixstring(id->model, sizeof(id->model), 1);
	ide_fixstring(id->fw_rev, sizeof(id->fw_rev), 1);
	ide_fixstring(id->serial_no, sizeof(id->serial_no), 1);
	id->model[sizeof(id->model) - 1] = '\0';

	drive->present = 1;
	drive->media = ide_disk;
	printk("%s: %s, ATA DISK drive\n", drive->name, id->model);

	/* The drive's own geometry, until ide-disk looks at LBA. */
	drive->cyl = drive->bios_cyl = id->cyls;
	drive->head = drive->bios_head = id->heads;
	drive->sect = drive->bios_sect = id->sectors;
}

/*
 * Send cmd and wait (polling) for the answer.  0: identified; 1: the
 * drive did not answer in time; 2: it answered with an error.
 */
static int __init try_to_identify(ide_drive_t *drive, byte cmd)
{
	unsigned long timeout = WAIT_WORSTCASE;
	byte s;

	outb(cmd, IDE_COMMAND_REG);
	do {
		if (!timeout--)
			return 1;
		udelay(1000);
	} while (inb(IDE_STATUS_REG) & BUSY_STAT);

	udelay(1000);
	s = inb(IDE_STATUS_REG);
	if (!OK_STAT(s, DRQ_STAT, BAD_R_STAT))
		return 2;
	do_identify(drive, cmd);
	(void) inb(IDE_STATUS_REG);	/* clear the drive's interrupt */
	return 0;
}

/*
 * Is there a drive in this slot?  An interface with nothing on it reads
 * 0xff; a missing slave does not keep its select bit.
 */
static int __init do_probe(ide_drive_t *drive, byte cmd)
{
	ide_hwif_t *hwif = HWIF(drive);
	int rc;

	SELECT_DRIVE(hwif, drive);
	udelay(50);
	if (inb(IDE_SELECT_REG) != drive->select && !drive->present)
		return 3;
	if (inb(IDE_STATUS_REG) == 0xff)
		return 3;
	rc = try_to_identify(drive, cmd);
	if (rc == 1)
		printk("%s: no response (status = 0x%02x)\n", drive->name,
		       inb(IDE_STATUS_REG));
	/* back to the master, as the interface expects */
	SELECT_DRIVE(hwif, &hwif->drives[0]);
	udelay(50);
	return rc;
}

static void __init probe_for_drive(ide_drive_t *drive)
{
	do_probe(drive, WIN_IDENTIFY);
}

/* Probe both slots of hwif; remember whether anything is there. */
static void __init probe_hwif(ide_hwif_t *hwif)
{
	unsigned int unit;

	if (hwif->noprobe)
		return;
	if (inb(hwif->io_ports[IDE_STATUS_OFFSET]) == 0xff)
		return;		/* nothing on the bus */
	/* drive interrupts on (nIEN clear) */
	outb(0x08, hwif->io_ports[IDE_CONTROL_OFFSET]);
	for (unit = 0; unit < MAX_DRIVES; unit++) {
		ide_drive_t *drive = &hwif->drives[unit];

		probe_for_drive(drive);
		if (drive->present)
			hwif->present = 1;
	}
}

/* The hwgroup of hwif and its interrupt handler. */
static int __init init_irq(ide_hwif_t *hwif)
{
	ide_hwgroup_t *hwgroup;

	hwgroup = kmalloc(sizeof(ide_hwgroup_t), GFP_KERNEL);
	if (!hwgroup)
		return 1;
	memset(hwgroup, 0, sizeof(*hwgroup));
	hwgroup->hwif = hwif;
	hwgroup->drive = &hwif->drives[0];
	hwif->hwgroup = hwgroup;
	if (request_irq(hwif->irq, ide_intr, SA_INTERRUPT, hwif->name,
			hwgroup)) {
		kfree(hwgroup);
		hwif->hwgroup = NULL;
		return 1;
	}
	printk("%s at 0x%03x-0x%03x,0x%03x on irq %d\n", hwif->name,
	       hwif->io_ports[IDE_DATA_OFFSET],
	       hwif->io_ports[IDE_DATA_OFFSET] + 7,
	       hwif->io_ports[IDE_CONTROL_OFFSET], hwif->irq);
	return 0;
}

/*
 * Give a found interface its block major: the driver, the queue, and
 * the per-minor size tables (filled in by ide-disk).
 */
static int __init hwif_init(ide_hwif_t *hwif)
{
	request_queue_t *q;
	int *sizes, *bs, *hs, minor;

	if (!hwif->present)
		return 0;
	if (init_irq(hwif)) {
		printk("%s: disabled, unable to get IRQ %d\n", hwif->name,
		       hwif->irq);
		return 0;
	}
	if (register_blkdev(hwif->major, hwif->name, &ide_fops)) {
		printk("%s: request_fn NOT DEFINED\n", hwif->name);
		return 0;
	}
	q = BLK_DEFAULT_QUEUE(hwif->major);
	blk_init_queue(q, do_ide_request);
	q->queuedata = hwif->hwgroup;

	sizes = kmalloc(3 * 256 * sizeof(int), GFP_KERNEL);
	if (!sizes)
		panic("hwif_init: no memory for the size tables");
	bs = sizes + 256;
	hs = bs + 256;
	for (minor = 0; minor < 256; minor++) {
		sizes[minor] = 0;
		bs[minor] = BLOCK_SIZE;
		hs[minor] = 512;
	}
	blk_size[hwif->major] = sizes;
	blksize_size[hwif->major] = bs;
	hardsect_size[hwif->major] = hs;
	return hwif->present;
}

int __init ideprobe_init(void)
{
	unsigned int index;

	for (index = 0; index < MAX_HWIFS; index++)
		probe_hwif(&ide_hwifs[index]);
	for (index = 0; index < MAX_HWIFS; index++)
		hwif_init(&ide_hwifs[index]);
	return 0;
}
