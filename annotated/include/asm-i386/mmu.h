/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The architecture's part of an mm_struct: on i386, a private LDT.
 * 情景分析 §2.2.  Follows Linux 2.4.0 include/asm-i386/mmu.h.
 */
#ifndef __i386_MMU_H
#define __i386_MMU_H

/// §2.2 地址映射的全过程：mm_struct 中与体系结构有关的部分。2.4.0: include/asm-i386/mmu.h mm_context_t。
/// i386 只有一项：进程私有的局部段描述表（LDT）。一般进程没有，为 NULL，用 default_ldt；
/// modify_ldt() 系统调用（如 Wine）才会给它分配一张。switch_mm() 发现前后两个进程的 LDT 不同时重新装入 LDTR。
typedef struct {
	void *segments;
} mm_context_t;

#endif
