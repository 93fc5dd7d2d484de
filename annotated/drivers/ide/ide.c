// SPDX-License-Identifier: GPL-2.0-only
/*
 * The IDE driver's core: the interface table, the request loop that
 * starts the next request of the queue when the interface is idle, the
 * interrupt handler that runs the handler the last command set, and the
 * end of requests and errors.
 * Follows Linux 2.4.0 drivers/ide/ide.c.  Port: ide0 (0x1f0, 0x3f6,
 * irq 14) only; no error retries, no resets, no lost-interrupt timer.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/interrupt.h>
#include <linux/blkdev.h>
#include <linux/ide.h>
#include <asm/io.h>
#include <asm/delay.h>
#include <asm/system.h>

ide_hwif_t ide_hwifs[MAX_HWIFS];

/* Interrupts ide_intr has served (the checks read it). */
unsigned long ide_irq_count;

/* The standard place of the first interface and its drive slots. */
/// §8（设备驱动，块设备） 第一个 IDE 接口的标准位置：命令块 0x1f0-0x1f7，控制寄存器 0x3f6，中断 14，主设备号 3；两个驱动器槽 hda、hdb。
/// 2.4.0: drivers/ide/ide.c init_hwif_data()
static void __init init_hwif_data(unsigned int index)
{
	ide_hwif_t *hwif = &ide_hwifs[index];
	unsigned int unit, i;

	memset(hwif, 0, sizeof(*hwif));
	for (i = 0; i < 8; i++)
		hwif->io_ports[i] = HD_DATA + i;
	hwif->io_ports[IDE_CONTROL_OFFSET] = HD_CMD;
	hwif->irq = 14;
	hwif->major = IDE0_MAJOR;
	strcpy(hwif->name, "ide0");
	for (unit = 0; unit < MAX_DRIVES; unit++) {
		ide_drive_t *drive = &hwif->drives[unit];

		drive->media = ide_disk;
		drive->select = (unit << 4) | 0xa0;
		drive->hwif = hwif;
		drive->name[0] = 'h';
		drive->name[1] = 'd';
		drive->name[2] = 'a' + unit;
		drive->name[3] = '\0';
	}
}

/// §8（设备驱动，块设备） 初始化接口表 ide_hwifs[]。
/// 2.4.0: drivers/ide/ide.c init_ide_data()
static void __init init_ide_data(void)
{
	unsigned int index;

	for (index = 0; index < MAX_HWIFS; index++)
		init_hwif_data(index);
}

/* Move wcount 32-bit words of sector data through the data register. */
/// §8（设备驱动，块设备） 从数据寄存器读 wcount 个 32 位字（PIO，用 16 位的 insw）。
/// 2.4.0: drivers/ide/ide.c ide_input_data()
void ide_input_data(ide_drive_t *drive, void *buffer, unsigned int wcount)
{
	insw(IDE_DATA_REG, buffer, wcount << 1);
}

/// §8（设备驱动，块设备） 向数据寄存器写 wcount 个 32 位字。
/// 2.4.0: drivers/ide/ide.c ide_output_data()
void ide_output_data(ide_drive_t *drive, void *buffer, unsigned int wcount)
{
	outsw(IDE_DATA_REG, buffer, wcount << 1);
}

/*
 * IDENTIFY strings come two characters a word, high byte first: swap
 * them, squeeze the blanks and pad the end with blanks (NUL-ended by
 * the caller).
 */
/// §8（设备驱动，块设备） IDENTIFY 返回的字符串每个字高字节在前：交换字节，去掉多余空格，尾部补 0。
/// 2.4.0: drivers/ide/ide.c ide_fixstring()
void ide_fixstring(byte *s, const int bytecount, const int byteswap)
{
	int len = bytecount & ~1, in, out = 0, after_blank = 1;
	byte c;

	if (byteswap) {
		for (in = 0; in < len; in += 2) {
			c = s[in];
			s[in] = s[in + 1];
			s[in + 1] = c;
		}
	}
	/* copy down: no leading blanks, one blank for a run of them */
	for (in = 0; in < len && s[in]; in++) {
		c = s[in];
		if (c == ' ' && after_blank)
			continue;
		after_blank = (c == ' ');
		s[out++] = c;
	}
	if (out > 0 && s[out - 1] == ' ')
		out--;
	while (out < len)
		s[out++] = '\0';
}

/* What to run at the drive's next interrupt. */
/// §8（设备驱动，块设备） 设定下一次中断时要运行的处理函数（read_intr、write_intr）。2.4.0 同时设定超时定时器，本移植没有。
/// 2.4.0: drivers/ide/ide.c ide_set_handler()
void ide_set_handler(ide_drive_t *drive, ide_handler_t *handler)
{
	ide_hwgroup_t *hwgroup = HWGROUP(drive);
	unsigned long flags;

	spin_lock_irqsave(&io_request_lock, flags);
	if (hwgroup->handler != NULL)
		printk("%s: ide_set_handler: handler not null; old=%p, new=%p\n",
		       drive->name, hwgroup->handler, handler);
	hwgroup->handler = handler;
	spin_unlock_irqrestore(&io_request_lock, flags);
}

/*
 * The first buffer of the current request is done (or failed): end it,
 * and the request with it when it was the last.
 */
/// §8（设备驱动，块设备） 当前请求的第一个缓冲区完成：若这是最后一个，请求出队并归还。
/// 2.4.0: drivers/ide/ide.c ide_end_request()
void ide_end_request(byte uptodate, ide_hwgroup_t *hwgroup)
{
	struct request *rq;
	unsigned long flags;

	int more;

	spin_lock_irqsave(&io_request_lock, flags);
	rq = hwgroup->rq;
	more = end_that_request_first(rq, uptodate, hwgroup->drive->name);
	if (!more) {
		hwgroup->rq = NULL;
		blkdev_dequeue_request(rq);
		end_that_request_last(rq);
	}
	spin_unlock_irqrestore(&io_request_lock, flags);
}

/*
 * Wait for the status to show good and not bad (and not BUSY), up to
 * timeout milliseconds.  0 when it does; else the request is failed
 * (*startstop says so) and 1 is returned.
 */
/// §8（设备驱动，块设备） 轮询状态寄存器直到不忙，再看 good 位是否齐、bad 位是否无；超时或出错则结束请求。只用于写命令后等 DRQ 这种很短的等待。
/// 2.4.0: drivers/ide/ide.c ide_wait_stat()
int ide_wait_stat(ide_startstop_t *startstop, ide_drive_t *drive, byte good,
		  byte bad, unsigned long timeout)
{
	byte stat;

	udelay(1);	/* the status is valid 400 ns after a command */
	stat = inb(IDE_STATUS_REG);
	while (stat & BUSY_STAT) {
		if (!timeout--) {
			*startstop = ide_error(drive, "status timeout", stat);
			return 1;
		}
		udelay(1000);
		stat = inb(IDE_STATUS_REG);
	}
	if (OK_STAT(stat, good, bad))
		return 0;
	*startstop = ide_error(drive, "status error", stat);
	return 1;
}

/* Report a failed command and fail the whole current request. */
/// §8（设备驱动，块设备） 报告失败的命令并以失败结束整个当前请求。2.4.0 会重试（ERROR_MAX 次）并复位驱动器，本移植不重试。
/// 2.4.0: drivers/ide/ide.c ide_error()
ide_startstop_t ide_error(ide_drive_t *drive, const char *msg, byte stat)
{
	ide_hwgroup_t *hwgroup = HWGROUP(drive);
	struct request *rq = hwgroup->rq;
	byte err = 0;

	if (stat & ERR_STAT)
		err = inb(IDE_ERROR_REG);
	printk("%s: %s: status=0x%02x error=0x%02x\n", drive->name, msg,
	       stat, err);
	if (rq == NULL)
		return ide_stopped;
	rq->errors++;
	while (hwgroup->rq)
		ide_end_request(0, hwgroup);
	return ide_stopped;
}

/* Give the request to the drive's media driver. */
/// §8（设备驱动，块设备） 把请求交给驱动器的介质驱动（这里只有硬盘 do_rw_disk）。次设备号必须是整个盘（0 或 64）：本移植不支持分区。
/// 2.4.0: drivers/ide/ide.c start_request()
static ide_startstop_t start_request(ide_drive_t *drive, struct request *rq)
{
	if (MINOR(rq->rq_dev) != ((drive->select >> 4) & 1) << 6) {
		printk("%s: bad device number: %02x:%02x\n", drive->name,
		       MAJOR(rq->rq_dev), MINOR(rq->rq_dev));
		while (HWGROUP(drive)->rq)
			ide_end_request(0, HWGROUP(drive));
		return ide_stopped;
	}
	SELECT_DRIVE(HWIF(drive), drive);
	return do_rw_disk(drive, rq, rq->sector);
}

/*
 * While the interface is idle and its queue holds requests, start the
 * first.  A request that ended at once (an error) lets the loop go on.
 * Called with io_request_lock held and interrupts off.
 */
/// §8（设备驱动，块设备） 接口空闲且队列非空时启动队头请求；请求立即结束（出错）时继续取下一个。调用时持有 io_request_lock、关中断。
/// 2.4.0: drivers/ide/ide.c ide_do_request()
static void ide_do_request(ide_hwgroup_t *hwgroup)
{
	ide_hwif_t *hwif = hwgroup->hwif;
	request_queue_t *q = BLK_DEFAULT_QUEUE(hwif->major);
	ide_drive_t *drive = &hwif->drives[0];
	struct request *rq;
	ide_startstop_t started;

	while (!hwgroup->busy) {
		if (list_empty(&q->queue_head))
			return;
		rq = blkdev_entry_next_request(&q->queue_head);
		if (MINOR(rq->rq_dev) >> 6)
			drive = &hwif->drives[1];
		hwgroup->busy = 1;
		hwgroup->drive = drive;
		hwgroup->rq = rq;
		spin_unlock(&io_request_lock);
		started = start_request(drive, rq);
		spin_lock_irq(&io_request_lock);
		if (started == ide_stopped)
			hwgroup->busy = 0;
	}
}

/* request_fn of the major's queue. */
/// §8（设备驱动，块设备） 主设备号 3 的队列的 request_fn。
/// 2.4.0: drivers/ide/ide.c do_ide_request()
void do_ide_request(request_queue_t *q)
{
	ide_do_request(q->queuedata);
}

/*
 * IRQ 14: the drive has finished a step of the current command.  Run the
 * handler set for it; when that ends the request, start the next one.
 */
/// §8（设备驱动，块设备） 14 号中断：驱动器完成了当前命令的一步。运行先前设定的处理函数；它结束了请求（返回 ide_stopped 且没有设新处理函数）就启动下一个请求。没有预期中的中断时读一下状态寄存器作为应答。
/// 2.4.0: drivers/ide/ide.c ide_intr()
void ide_intr(int irq, void *dev_id, struct pt_regs *regs)
{
	ide_hwgroup_t *hwgroup = dev_id;
	ide_handler_t *handler;
	ide_drive_t *drive;
	ide_startstop_t startstop;
	unsigned long flags;

	spin_lock_irqsave(&io_request_lock, flags);
	ide_irq_count++;
	handler = hwgroup->handler;
	drive = hwgroup->drive;
	if (handler == NULL || !hwgroup->busy) {
		/* not ours, or nothing expected: reading the status acks it */
		(void) inb(hwgroup->hwif->io_ports[IDE_STATUS_OFFSET]);
		spin_unlock_irqrestore(&io_request_lock, flags);
		return;
	}
	hwgroup->handler = NULL;
	spin_unlock(&io_request_lock);

	startstop = handler(drive);

	spin_lock_irq(&io_request_lock);
	if (startstop == ide_stopped && hwgroup->handler == NULL) {
		hwgroup->busy = 0;
		ide_do_request(hwgroup);
	}
	spin_unlock_irqrestore(&io_request_lock, flags);
}

/// §8（设备驱动，块设备） 打开 /dev/hda：驱动器必须存在。
/// 2.4.0: drivers/ide/ide.c ide_open()
static int ide_open(struct inode *inode, struct file *filp)
{
	ide_hwif_t *hwif = &ide_hwifs[0];
	ide_drive_t *drive = &hwif->drives[MINOR(inode->i_rdev) >> 6];

	if (MAJOR(inode->i_rdev) != hwif->major || !drive->present)
		return -ENXIO;
	drive->usage++;
	return 0;
}

/// §8（设备驱动，块设备） 关闭 /dev/hda。
/// 2.4.0: drivers/ide/ide.c ide_release()
static int ide_release(struct inode *inode, struct file *filp)
{
	ide_drive_t *drive = &ide_hwifs[0].drives[MINOR(inode->i_rdev) >> 6];

	drive->usage--;
	return 0;
}

struct block_device_operations ide_fops = {
	.open = ide_open,
	.release = ide_release,
};

/* Find the drives, then attach the disk driver to each disk found. */
/// §8（设备驱动，块设备） IDE 驱动入口：初始化接口表，探测驱动器，再让硬盘驱动接管找到的硬盘。
/// 2.4.0: drivers/ide/ide.c ide_init()
int __init ide_init(void)
{
	init_ide_data();
	ideprobe_init();
	idedisk_init();
	return 0;
}
