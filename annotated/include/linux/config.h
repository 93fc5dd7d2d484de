/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The one configuration this port is built in (2.4.0 generates
 * linux/autoconf.h from "make config"): a uniprocessor i686 with up to
 * 4 GB of RAM, memory above 896 MB as ZONE_HIGHMEM, two-level paging.
 * Follows Linux 2.4.0 include/linux/config.h.
 */
/// §2.1 内存管理的基本框架：本移植唯一的一种配置。2.4.0 的 config.h 包含由 make config 生成的 autoconf.h；
/// 本移植不做配置，直接写死这些宏（见 Documentation/deviations.md）。
#ifndef _LINUX_CONFIG_H
#define _LINUX_CONFIG_H

/// i686 单处理器：有 invlpg（CONFIG_X86_INVLPG）、内核态写保护有效（WP 位），L1 cache 行 32 字节（1 << 5）。
#define CONFIG_X86 1
#define CONFIG_M686 1
#define CONFIG_X86_WP_WORKS_OK 1
#define CONFIG_X86_INVLPG 1
#define CONFIG_X86_BSWAP 1
#define CONFIG_X86_CMPXCHG 1
/// 以下四项是 2.4.0 的配置里 CONFIG_M686（Pentium Pro 及以后）自动带上的：
/// X86_PGE —— 内核页面带全局位（_PAGE_GLOBAL），__flush_tlb_all 靠开关 CR4.PGE 刷掉全局 TLB 项，不再在运行时测 CPU；
/// 没有 PGE 的 CPU 上 check_bugs 的 check_config 会 panic（include/asm-i386/bugs.h）。
/// X86_TSC、X86_GOOD_APIC、X86_USE_PPRO_CHECKSUM 在本移植的存储管理里没有用户，定义它们只为与 2.4.0 的配置一致。
#define CONFIG_X86_PGE 1
#define CONFIG_X86_TSC 1
#define CONFIG_X86_GOOD_APIC 1
#define CONFIG_X86_USE_PPRO_CHECKSUM 1
#define CONFIG_X86_L1_CACHE_SHIFT 5
/// 打开高端内存（HIGHMEM4G，不用 PAE）：896 MB 以上的物理内存进入 ZONE_HIGHMEM，用 kmap() 临时映射。
/// 于是 1 GB、2 GB 的机器也能用上全部内存，这正是书中讨论的配置之一。
#define CONFIG_HIGHMEM4G 1
#define CONFIG_HIGHMEM 1
/// 不用 PAE：页面表是两层（页面目录 + 页面表），PMD 被“折叠”进页面目录，见 pgtable-2level.h。
#undef CONFIG_X86_PAE
/// 单处理器：自旋锁编译为空，但代码中的加锁调用与 2.4.0 一样保留。
#undef CONFIG_SMP
#undef CONFIG_DISCONTIGMEM

#endif
