// SPDX-License-Identifier: GPL-2.0-only
/*
 * Block device nodes: which driver owns a block major (register_blkdev),
 * and the file operations of a block special file (def_blk_fops), whose
 * open reaches the driver's open.
 * Follows Linux 2.4.0 fs/block_dev.c.  Port: no struct block_device
 * (bdget, blkdev_get): the node's i_rdev names the device, and
 * read/write through the node are left out (swapon and the swap code
 * need only the node's i_rdev and brw_page).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/major.h>
#include <linux/fs.h>

static struct {
	const char *name;
	struct block_device_operations *bdops;
} blkdevs[MAX_BLKDEV];

/*
 * Make bdops the driver of block major major.  Major 0 asks for a free
 * number (returned).  -EBUSY if another driver has it.
 */
int register_blkdev(unsigned int major, const char *name,
		    struct block_device_operations *bdops)
{
	unsigned int slot = major;

	if (slot == 0) {
		/* a dynamic major: the highest free one */
		slot = MAX_BLKDEV;
		while (--slot > 0 && blkdevs[slot].bdops)
			;
		if (slot == 0)
			return -EBUSY;
	} else if (slot >= MAX_BLKDEV) {
		return -EINVAL;
	} else if (blkdevs[slot].bdops && blkdevs[slot].bdops != bdops) {
		return -EBUSY;
	}
	blkdevs[slot].bdops = bdops;
	blkdevs[slot].name = name;
	return major ? 0 : slot;
}

int unregister_blkdev(unsigned int major, const char *name)
{
	if (major >= MAX_BLKDEV || blkdevs[major].bdops == NULL ||
	    strcmp(blkdevs[major].name, name) != 0)
		return -EINVAL;
	blkdevs[major].bdops = NULL;
	blkdevs[major].name = NULL;
	return 0;
}

/* The driver of a block major, or NULL. */
struct block_device_operations *get_blkfops(unsigned int major)
{
	if (major >= MAX_BLKDEV)
		return NULL;
	return blkdevs[major].bdops;
}

/* open() of a block special file: -ENXIO without a driver. */
int blkdev_open(struct inode *inode, struct file *filp)
{
	struct block_device_operations *bdops;

	bdops = get_blkfops(MAJOR(inode->i_rdev));
	if (!bdops)
		return -ENXIO;
	if (bdops->open)
		return bdops->open(inode, filp);
	return 0;
}

static int blkdev_close(struct inode *inode, struct file *filp)
{
	struct block_device_operations *bdops;

	bdops = get_blkfops(MAJOR(inode->i_rdev));
	if (bdops && bdops->release)
		return bdops->release(inode, filp);
	return 0;
}

struct file_operations def_blk_fops = {
	.open = blkdev_open,
	.release = blkdev_close,
};
