/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The one configuration this port is built in (2.4.0 generates
 * linux/autoconf.h from "make config"): a uniprocessor i686 with up to
 * 4 GB of RAM, memory above 896 MB as ZONE_HIGHMEM, two-level paging.
 * Follows Linux 2.4.0 include/linux/config.h.
 */
#ifndef _LINUX_CONFIG_H
#define _LINUX_CONFIG_H

#define CONFIG_X86 1
#define CONFIG_M686 1
#define CONFIG_X86_WP_WORKS_OK 1
#define CONFIG_X86_INVLPG 1
#define CONFIG_X86_BSWAP 1
#define CONFIG_X86_CMPXCHG 1
#define CONFIG_X86_PGE 1
#define CONFIG_X86_TSC 1
#define CONFIG_X86_GOOD_APIC 1
#define CONFIG_X86_USE_PPRO_CHECKSUM 1
#define CONFIG_X86_L1_CACHE_SHIFT 5
#define CONFIG_HIGHMEM4G 1
#define CONFIG_HIGHMEM 1
#undef CONFIG_X86_PAE
#undef CONFIG_SMP
#undef CONFIG_DISCONTIGMEM

#endif
