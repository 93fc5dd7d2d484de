// SPDX-License-Identifier: GPL-2.0-only
/*
 * The IDE disk: its size (LBA or CHS), and reading and writing sectors
 * by PIO, one sector per interrupt: the command is sent with the sector
 * address, and read_intr / write_intr move each sector when IRQ 14 says
 * the drive is ready for it.
 * Follows Linux 2.4.0 drivers/ide/ide-disk.c.  Port: no multiple-sector
 * mode, no DMA, no partitions (minor 0 is the whole disk).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/blkdev.h>
#include <linux/ide.h>
#include <asm/io.h>

/*
 * One sector of rq has moved: step past it, and end the buffer it
 * completes.  Returns the sectors the request still has.
 */
static unsigned long sector_done(ide_hwgroup_t *hwgroup, struct request *rq)
{
	unsigned long left = --rq->nr_sectors;

	rq->errors = 0;
	rq->buffer += 512;
	rq->sector++;
	if (--rq->current_nr_sectors == 0)
		ide_end_request(1, hwgroup);
	return left;
}

/* A sector has arrived: store it; wait for the next while there is one. */
static ide_startstop_t read_intr(ide_drive_t *drive)
{
	ide_hwgroup_t *hwgroup = HWGROUP(drive);
	struct request *rq = hwgroup->rq;
	byte stat = inb(IDE_STATUS_REG);

	if (!OK_STAT(stat, DATA_READY, BAD_R_STAT))
		return ide_error(drive, "read_intr", stat);
	ide_input_data(drive, rq->buffer, SECTOR_WORDS);
	if (sector_done(hwgroup, rq) == 0)
		return ide_stopped;
	ide_set_handler(drive, &read_intr);
	return ide_started;
}

/*
 * The drive has taken a sector: account for it, and hand over the next
 * one while the request has more.
 */
static ide_startstop_t write_intr(ide_drive_t *drive)
{
	ide_hwgroup_t *hwgroup = HWGROUP(drive);
	struct request *rq = hwgroup->rq;
	byte stat = inb(IDE_STATUS_REG);

	if (!OK_STAT(stat, DRIVE_READY, drive->bad_wstat))
		return ide_error(drive, "write_intr", stat);
	if (sector_done(hwgroup, rq) == 0)
		return ide_stopped;
	if (!(inb(IDE_STATUS_REG) & DRQ_STAT))
		return ide_error(drive, "write_intr", stat);
	ide_output_data(drive, rq->buffer, SECTOR_WORDS);
	ide_set_handler(drive, &write_intr);
	return ide_started;
}

/*
 * Start the transfer of rq at sector block: the address in the task
 * file (LBA, or cylinder/head/sector), then the command.  A read waits
 * for the interrupt; a write waits for DRQ and sends the first sector.
 */
ide_startstop_t do_rw_disk(ide_drive_t *drive, struct request *rq,
			   unsigned long block)
{
	ide_startstop_t startstop;

	if (rq->cmd != READ && rq->cmd != WRITE) {
		printk(KERN_ERR "%s: bad command: %d\n", drive->name, rq->cmd);
		ide_end_request(0, HWGROUP(drive));
		return ide_stopped;
	}
	outb(0x08, IDE_CONTROL_REG);	/* interrupts on */
	outb(rq->nr_sectors > 255 ? 0 : rq->nr_sectors, IDE_NSECTOR_REG);
	if (drive->select & 0x40) {
		outb(block, IDE_SECTOR_REG);
		outb(block >> 8, IDE_LCYL_REG);
		outb(block >> 16, IDE_HCYL_REG);
		outb(((block >> 24) & 0x0f) | drive->select, IDE_SELECT_REG);
	} else {
		unsigned int sect, head, cyl, track;

		track = block / drive->sect;
		sect = block % drive->sect + 1;
		head = track % drive->head;
		cyl = track / drive->head;
		outb(sect, IDE_SECTOR_REG);
		outb(cyl, IDE_LCYL_REG);
		outb(cyl >> 8, IDE_HCYL_REG);
		outb(head | drive->select, IDE_SELECT_REG);
	}
	if (rq->cmd == READ) {
		ide_set_handler(drive, &read_intr);
		outb(WIN_READ, IDE_COMMAND_REG);
		return ide_started;
	}
	/* a write: the first sector goes out as soon as DRQ says so */
	outb(WIN_WRITE, IDE_COMMAND_REG);
	if (ide_wait_stat(&startstop, drive, DATA_READY, drive->bad_wstat,
			  WAIT_READY)) {
		printk(KERN_ERR "%s: no DRQ after issuing WRITE\n",
		       drive->name);
		return startstop;
	}
	ide_output_data(drive, rq->buffer, SECTOR_WORDS);
	ide_set_handler(drive, &write_intr);
	return ide_started;
}

/*
 * Sectors the disk holds: by LBA when the drive offers it and its count
 * is sane (at least the CHS size), else cylinders x heads x sectors.
 */
static unsigned long idedisk_capacity(ide_drive_t *drive)
{
	struct hd_driveid *id = drive->id;
	unsigned long capacity = drive->cyl * drive->head * drive->sect;

	drive->select &= ~0x40;
	if ((id->capability & 2) && id->lba_capacity >= capacity) {
		capacity = id->lba_capacity;
		drive->select |= 0x40;
	}
	return capacity;
}

/*
 * Size the disk, publish it in blk_size (in KB) and print it as 2.4.0
 * does: sectors, decimal megabytes, the drive's cache, its geometry.
 */
static void __init idedisk_setup(ide_drive_t *drive)
{
	struct hd_driveid *id = drive->id;
	unsigned long capacity;
	unsigned int minor = ((drive->select >> 4) & 1) << 6;

	drive->bad_wstat = BAD_W_STAT;
	capacity = idedisk_capacity(drive);
	drive->capacity = capacity;
	blk_size[HWIF(drive)->major][minor] = capacity >> 1;

	printk(KERN_INFO "%s: %ld sectors", drive->name, capacity);
	/* decimal megabytes, rounded: sectors * 512 / 1000000 */
	printk(" (%ld MB)", (capacity * 8 + 7812) / 15625);
	if (id->buf_size)
		printk(" w/%dKiB Cache", id->buf_size / 2);
	printk(", CHS=%d/%d/%d\n", drive->bios_cyl, drive->bios_head,
	       drive->bios_sect);
}

int __init idedisk_init(void)
{
	ide_hwif_t *hwif = &ide_hwifs[0];
	unsigned int unit;

	if (!hwif->present || !hwif->hwgroup)
		return 0;
	for (unit = 0; unit < MAX_DRIVES; unit++) {
		ide_drive_t *drive = &hwif->drives[unit];

		if (drive->present && drive->media == ide_disk)
			idedisk_setup(drive);
	}
	return 0;
}
