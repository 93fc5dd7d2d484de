/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The kernel's configuration minus CONFIG_HIGHMEM, for the host tests of a
 * kernel built without HighMem (RAM above 896 MB is then not used).  This
 * directory comes before include/ on the include path, so every
 * <linux/config.h> lands here first.
 */
#ifndef _TESTS_HOST_NOHIGHMEM_CONFIG_H
#define _TESTS_HOST_NOHIGHMEM_CONFIG_H

#include_next <linux/config.h>

#undef CONFIG_HIGHMEM
#undef CONFIG_HIGHMEM4G
#undef CONFIG_HIGHMEM64G
#define CONFIG_NOHIGHMEM 1

#endif
