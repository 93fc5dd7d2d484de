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
/// 这是在宿主机上运行的工具，不属于内核。它把 bootsect、setup、内核映像（和可选的 initrd）拼成一个可引导的硬盘映像。
/// 2.4.0 的 tools/build 只把三部分依次写到标准输出，由 Makefile 重定向成 zImage/bzImage，命令行和 initrd 由 LILO 在
/// 引导时安排；本移植没有 LILO，所以 build 兼任引导装入程序的角色：写好命令行、initrd 的位置，并补齐整柱面。
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define SECTOR		512
/// setup 至少 4 个扇区：老的引导协议和 2.4.0 的 SETUP_SECTS 都是 4。
#define SETUP_MIN	4		/* setup_sects is at least 4 */
/// 这两个数必须和 setup.S 中的 .org 0x440、256 字节 cmdline_buf 一致（0x440 躲开了 E820 表占用的 0xD0..0x34F）。
#define CMDLINE_OFF	0x440		/* cmdline_buf inside setup */
#define CMDLINE_MAX	256
/// bootsect 把 setup 读到物理地址 0x90200，所以命令行的线性地址是 0x90200 + 0x440。
#define SETUP_LOAD	0x90200		/* where bootsect puts setup */
/// Bochs 的硬盘映像要给出柱面/磁头/扇区几何参数，映像大小最好是整柱面；这里用 16 个磁头、每道 63 个扇区。
#define DISK_CYL	(16 * 63 * SECTOR)	/* one cylinder: 16 heads, 63 sectors */
/// 引导扇区里本移植新增的 start_sect 字段的偏移；交换区头部开头 1024 字节（bootbits）不归交换区管，引导扇区放在那里。
#define START_SECT_OFF	492		/* bootsect's start_sect field */
#define SWAP_BOOTBITS	1024		/* bytes a swap header leaves free */

/// §10 系统引导和初始化（构建可引导映像的宿主工具）：打印错误并以状态 1 退出，让 make 停下。
/// 2.4.0: arch/i386/boot/tools/build.c die()（2.4.0 的 die 是可变参数的，本移植只需要“消息 + 文件名”两段）
static void die(const char *msg, const char *arg)
{
	fprintf(stderr, "build: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
	exit(1);
}

/// §10 系统引导和初始化：把整个文件读进内存。
/// 2.4.0: 无（本移植新增）：2.4.0 边读边写（file_open 打开后按块读、写到标准输出）；本移植要在写出之前改写 setup 头部
/// 和引导扇区里的字段，所以整块读入。
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
	/// 多分配一个扇区的余量；真正写出时只写 n 字节再补零。
	buf = malloc(n + SECTOR);
	if (!buf || fread(buf, 1, n, f) != (size_t)n)
		die("cannot read", name);
	fclose(f);
	*len = n;
	return buf;
}

/// §10 系统引导和初始化：按小端序写 16 位字段（引导扇区和 setup 头部的字段都是小端的 x86 格式）。
/// 2.4.0: 无（本移植新增）：2.4.0 直接给 buf[] 的字节赋值；写成函数是为了不依赖宿主机的字节序。
static void put16(unsigned char *p, unsigned v)
{
	p[0] = v;
	p[1] = v >> 8;
}

/// §10 系统引导和初始化：按小端序写 32 位字段（ramdisk_image、ramdisk_size、cmd_line_ptr）。
/// 2.4.0: 无（本移植新增）：2.4.0 的 build 不写这些字段，它们由 LILO 在引导时填写。
static void put32(unsigned char *p, uint32_t v)
{
	put16(p, v);
	put16(p + 2, v >> 16);
}

/// §10 系统引导和初始化：写出 len 字节，再补零到 padded 字节，使每一部分都从扇区边界开始——bootsect 按扇区号读它们。
/// 2.4.0: 无（本移植新增）：2.4.0 在 main() 里就地补零。
static void write_padded(FILE *out, const unsigned char *buf, size_t len,
			 size_t padded)
{
	static const unsigned char zero[SECTOR];

	if (fwrite(buf, 1, len, out) != len)
		die("write failed", NULL);
	/// buf 为 NULL、len 为 0 时只补零，main() 最后用它补齐整柱面。
	while (len < padded) {
		size_t n = padded - len > SECTOR ? SECTOR : padded - len;

		fwrite(zero, 1, n, out);
		len += n;
	}
}

/// §10 系统引导和初始化：向上取整到 to 的倍数（扇区、16 字节的“节”、柱面）。
/// 2.4.0: 无（本移植新增）
static size_t round_up(size_t n, size_t to)
{
	return (n + to - 1) / to * to;
}

/// §10 系统引导和初始化：用法说明。
/// 2.4.0: arch/i386/boot/tools/build.c usage()（2.4.0 的参数是 [-b] bootsect setup system [rootdev]，结果写到标准输出；
/// 本移植增加 -r initrd、-a 装入地址、-c 命令行、-o 输出文件）
static void usage(void)
{
	die("usage: build bootsect setup system [-r initrd -a addr] "
	    "[-c cmdline] [-w swaparea] -o image", NULL);
}

/// §10 系统引导和初始化：检查三个输入，填写引导扇区和 setup 头部的字段，然后依次写出 引导扇区 | setup | 内核 | initrd | 补零。
/// 2.4.0: arch/i386/boot/tools/build.c main()（2.4.0 还写入根设备号，并对 zImage 检查 DEF_SYSSIZE 上限；
/// 本移植不写根设备号——还没有文件系统——而多写了命令行和 initrd 的字段）
int main(int argc, char **argv)
{
	const char *initrd = NULL, *cmdline = "", *image = NULL, *swap = NULL;
	unsigned long initrd_addr = 0;
	unsigned char *boot, *setup, *sys, *rd = NULL, *sw = NULL;
	size_t boot_len, setup_len, sys_len, rd_len = 0, sw_len = 0;
	size_t setup_sects, total;
	FILE *out;
	int i;

	/// 前三个参数依次是 bootsect、setup 和内核映像（objcopy 得到的 vmlinux.bin）；其余是选项。
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

	/// 引导扇区必须正好 512 字节，并以 0xAA55 结尾，否则 BIOS 不会引导它（2.4.0 做同样的检查）。
	boot = read_file(argv[1], &boot_len);
	if (boot_len != SECTOR)
		die("boot sector must be 512 bytes", argv[1]);
	if (boot[510] != 0x55 || boot[511] != 0xAA)
		die("boot sector has no 0xAA55 flag", argv[1]);

	setup = read_file(argv[2], &setup_len);
	/// setup 偏移 2 必须是“HdrS”，即 setup.S 的协议头部；下面改写的 0x18、0x1C、0x28 都是这个头部里的字段。
	if (memcmp(setup + 2, "HdrS", 4))
		die("setup has no HdrS header", argv[2]);
	/// setup 的扇区数，至少 4。上限 63 比实际能用的宽：bootsect 的栈在 0x93FF4，setup 超过约 30 个扇区就会压到它。
	setup_sects = round_up(setup_len, SECTOR) / SECTOR;
	if (setup_sects < SETUP_MIN)
		setup_sects = SETUP_MIN;
	if (setup_sects > 30)	/* bootsect's stack sits at 0x93ff4 */
		die("setup is too big", argv[2]);

	sys = read_file(argv[3], &sys_len);
	/// syssize 是 16 位、以 16 字节为单位的字段，所以内核映像最多约 1 MB。
	if (round_up(sys_len, 16) / 16 > 0xffff)
		die("system is too big for a 16-bit syssize", argv[3]);

	/// 命令行写进 setup 的 cmdline_buf，并让 cmd_line_ptr（setup 偏移 0x28，引导参数 0x228）指向它的线性地址；
	/// 命令行为空时 cmd_line_ptr 为 0，head.S 就不复制命令行。
	/// 注意：setup 运行时 BIOS 的 E820 记录会写到 cmdline_buf 偏移 144 起的地方（见 setup.S meme820），
	/// 所以实际上只有前 144 个字符可靠，这里的 255 字符上限偏松。
	if (strlen(cmdline) >= CMDLINE_MAX)
		die("command line too long", cmdline);
	strcpy((char *)setup + CMDLINE_OFF, cmdline);
	put32(setup + 0x28, cmdline[0] ? SETUP_LOAD + CMDLINE_OFF : 0);

	/// 有 initrd 时必须给出装入地址：bootsect 按 ramdisk_image（0x18）把它读到那里，内核按 ramdisk_image/ramdisk_size
	/// （0x218/0x21C）找到它。LILO 会自己选一个内存高端的地址；本移植由 make 的调用者指定（scripts/run-bochs 默认 4 MB）。
	if (initrd) {
		rd = read_file(initrd, &rd_len);
		if (!initrd_addr)
			die("an initrd needs its load address (-a)", NULL);
		put32(setup + 0x18, initrd_addr);
		put32(setup + 0x1c, rd_len);
	}

	/// 本移植新增（make SWAP=N）：磁盘以 mkswap -p 4096 做好的交换区开头。先核对它是 4096 字节页面的 v2 头部
	/// （第 0 页末尾 10 字节是 "SWAPSPACE2"），且前 1024 字节 bootbits 全零，引导扇区才能放进去而不破坏交换区头部。
	if (swap) {
		sw = read_file(swap, &sw_len);
		if (sw_len < 2 * 4096 || sw_len % 4096 ||
		    memcmp(sw + 4096 - 10, "SWAPSPACE2", 10))
			die("not a swap area made by mkswap -p 4096", swap);
		for (i = 0; i < SWAP_BOOTBITS; i++)
			if (sw[i])
				die("swap area's boot bits are not free", swap);
		/// setup 紧接交换区，所以“setup 前一个扇区”是交换区的最后一个扇区。
		put32(boot + START_SECT_OFF, sw_len / SECTOR - 1);
	}

	/// 与 2.4.0 的 build 一样，把 setup_sects 写到引导扇区偏移 0x1F1（497），syssize 写到 0x1F4。
	boot[0x1f1] = setup_sects;
	/// syssize 以 16 字节为单位，向上取整；bootsect 按它算出要读的扇区数。
	put16(boot + 0x1f4, round_up(sys_len, 16) / 16);

	out = fopen(image, "wb");
	if (!out)
		die("cannot create", image);
	/// 映像布局：LBA 0 引导扇区，LBA 1.. setup，随后是内核，再后是 initrd；bootsect 正是按这个顺序计算 LBA 的。
	write_padded(out, boot, SECTOR, SECTOR);
	/// 有交换区时，引导扇区之后写交换区的其余部分（其第一个扇区已被引导扇区取代，那里本来就全是零）。
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
	/// 补零到整柱面，scripts/run-bochs 用映像大小 / (16×63×512) 算出柱面数写进 bochsrc。
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
