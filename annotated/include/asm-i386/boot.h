/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Where the boot sector, setup and the system image are loaded.
 * Follows Linux 2.4.0 include/asm-i386/boot.h.
 */
/// §10 系统引导和初始化：引导扇区 bootsect、实模式的 setup 和内核映像放在哪里。这些是实模式的段值，
/// 物理地址 = 段值 × 16。
/// 2.4.0: include/asm-i386/boot.h
#ifndef _LINUX_BOOT_H
#define _LINUX_BOOT_H

/// 0x90000：bootsect 把自己从 0x7C00 搬到这里；setup.S 探测到的内存大小、E820 表、光标位置等引导参数
/// 也存在从 0x90000 开始的这块内存里，head.S 进入保护模式后从 %esi（= 0x90000）把 2K 参数复制走。
#define DEF_INITSEG	0x9000
/// 0x10000：zImage 的内核部分装在这里；bzImage 直接装到 1M（setup 头里的 code32_start），
/// 本移植用的就是后者，内核在物理 0x100000、虚拟 0xC0100000。
#define DEF_SYSSEG	0x1000
/// 0x90200：setup 紧跟在 512 字节的 bootsect 后面。
#define DEF_SETUPSEG	0x9020
/// 内核大小的缺省值，以 16 字节为单位：0x7F000 = 508K，这是 zImage（装在 640K 以下）的上限。
#define DEF_SYSSIZE	0x7F00

/// 引导时 vga= 的特殊值：0xffff 普通 80x25，0xfffe 扩展（如 80x50），0xfffd 让用户选择。
/// 本移植的 vgacon 只按 80x25 处理。
#define NORMAL_VGA	0xffff
#define EXTENDED_VGA	0xfffe
#define ASK_VGA		0xfffd

#endif
