// SPDX-License-Identifier: GPL-2.0-only
/*
 * t_blkdev.c - the block device node /dev/hda on the initrd (major 3,
 * minor 0, made by mkinitrd.py): open() reaches the IDE driver through
 * def_blk_fops/blkdev_open (2.4.0 fs/block_dev.c, drivers/ide/ide.c
 * ide_open), for reading and for writing (a device node is not the
 * read-only initrd), and close() gives the descriptor back.
 * Only on this kernel: the host has no /dev/hda, or must not be touched.
 */
#include "libc.h"

#define O_RDONLY	0
#define O_RDWR		2

int main(int argc, char **argv)
{
	int fd, fd2;

	plan(5);
	if (is_host(argc, argv)) {
		int i;

		for (i = 0; i < 5; i++)
			skip("host: /dev/hda is the port's IDE disk");
		return done();
	}
	fd = open("/dev/hda", O_RDONLY, 0);
	ok(fd >= 0, "open(\"/dev/hda\", O_RDONLY): a descriptor (%d)", fd);
	fd2 = open("/dev/hda", O_RDWR, 0);
	ok(fd2 >= 0 && fd2 != fd,
	   "open(\"/dev/hda\", O_RDWR): a block device may be opened for writing (%d)",
	   fd2);
	ok(close(fd2) == 0, "close of the O_RDWR descriptor");
	ok(close(fd) == 0, "close of the O_RDONLY descriptor");
	ok(open("hda", O_RDONLY, 0) == -ENOENT,
	   "\"hda\" without its directory is not a name: -ENOENT");
	return done();
}
