// SPDX-License-Identifier: GPL-2.0-only
/*
 * mm/slab.c built with DEBUG 1 (red zones, poisoning, the extra checks
 * on free), with the same views and wrappers as shim/slab_host.c.
 */
#define DEBUG 1
#include "slab_host.c"
