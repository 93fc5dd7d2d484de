/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the memory-manager host tests see of the kernel: the simulated
 * machine (shim/mm_host.c: RAM at 0xC0000000, the boot steps of
 * setup_arch/paging_init/mem_init, the globals of mm files not ported
 * yet, a task for `current`) and read-only views of the allocator's state
 * (shim/mm_probe.c).  Plain C types only, so that both worlds can include
 * it: the kernel-side shims (with __KERNEL__) and the test programs
 * (glibc and Check).
 */
#ifndef _TESTS_HOST_MM_HOST_H
#define _TESTS_HOST_MM_HOST_H

/* 2.4.0's numbers, restated for the test programs (checked in the tests). */
#define HOST_PAGE_SHIFT		12
#define HOST_PAGE_SIZE		4096UL
#define HOST_PAGE_OFFSET	0xC0000000UL
#define HOST_MAX_ORDER		10
#define HOST_NR_ZONES		3
#define HOST_ZONE_DMA		0
#define HOST_ZONE_NORMAL	1
#define HOST_ZONE_HIGHMEM	2
#define HOST_NR_GFPINDEX	256
#define HOST_MAXMEM		0x38000000UL	/* 896 MB of low memory */
#define HOST_MAXMEM_PFN		0x38000UL

/* How the pretend PC looks. */
struct host_mm_config {
	unsigned long ram_bytes;	/* RAM is [0, 0x9f000) and [1 MB, ram_bytes); < 4 GB */
	unsigned long kernel_end;	/* physical address of the kernel's _end */
};

/* A config with 2.4.0-like defaults for ram_bytes of RAM. */
extern void host_mm_default_config(struct host_mm_config *cfg,
				   unsigned long ram_bytes);

/* Zero every global of the allocators so a new boot starts clean. */
extern void host_mm_reset(void);

/*
 * The boot steps, as arch/i386/kernel/setup.c and arch/i386/mm/init.c do
 * them in 2.4.0 (the simulated RAM must be mapped first):
 *   host_setup_bootmem: init_bootmem after the kernel, free_bootmem of
 *     the RAM ranges below max_low_pfn, reserve the kernel + bitmap and
 *     page 0; returns the bitmap size in bytes;
 *   host_paging_init: zone sizes (DMA up to 16 MB, Normal up to
 *     max_low_pfn, HighMem above it if CONFIG_HIGHMEM) and
 *     free_area_init();
 *   host_mem_init: max_mapnr, num_physpages, high_memory, then
 *     free_all_bootmem() and (CONFIG_HIGHMEM) each HighMem page; returns
 *     the pages it released.
 * host_mm_boot does all three.
 */
extern unsigned long host_setup_bootmem(const struct host_mm_config *cfg);
extern void host_paging_init(void);
extern unsigned long host_mem_init(void);
extern unsigned long host_mm_boot(const struct host_mm_config *cfg);

/* free_area_init() with explicit zone sizes (for the odd cases). */
extern void host_free_area_init(unsigned long dma, unsigned long normal,
				unsigned long highmem);

/*
 * current: kernel code that reads current (the allocator tests
 * PF_MEMALLOC) runs on the stack of a pretend task via host_call_as_task.
 */
extern void host_call_as_task(void (*fn)(void *), void *arg);
extern void host_set_memalloc(int on);
/*
 * shim/reclaim_host.c: set when an allocation stopped (BUG) at its second
 * wait for kswapd, where 2.4.0 would retry for ever; reset each call.
 */
extern int host_reclaim_stuck;

/* ---- views of the allocators (shim/mm_probe.c) ---- */

struct host_zone_info {
	const char *name;
	unsigned long size, offset;
	unsigned long free_pages;
	unsigned long inactive_clean_pages, inactive_dirty_pages;
	unsigned long pages_min, pages_low, pages_high;
	unsigned long zone_start_paddr, zone_start_mapnr;
	unsigned long zone_mem_map_pfn;	/* zone_mem_map - mem_map */
	int pgdat_ok;			/* zone_pgdat == &contig_page_data */
};
extern void host_zone_get(int zone, struct host_zone_info *zi);

/* Zone ids of zonelist gfp_mask, -1 terminated; returns its gfp_mask field. */
extern int host_zonelist_get(int gfp_mask, int zones[HOST_NR_ZONES + 1]);

struct host_page_info {
	int count;
	unsigned long flags;
	int zone;			/* zone id, or -1 if page->zone is NULL */
	unsigned long virtual;
	unsigned long age;
	int list_self;			/* page->list points at itself */
};
extern void host_page_get(unsigned long pfn, struct host_page_info *pi);
extern void host_page_set_count(unsigned long pfn, int count);
extern void host_page_set_flag(unsigned long pfn, int bit);
extern void host_page_clear_flag(unsigned long pfn, int bit);
extern void host_page_set_mapping(unsigned long pfn, void *mapping);
extern void host_page_set_buffers(unsigned long pfn, void *buffers);

/* The LRU list macros of <linux/swap.h>, applied to page pfn. */
extern void host_lru_add(unsigned long pfn, int which);	/* 0 active, 1 inactive_dirty, 2 inactive_clean */
extern void host_lru_del(unsigned long pfn, int which);

/*
 * The pfns of the blocks on free_area[order] of zone, in list order.
 * Returns how many, or -1 if the list is broken (a prev pointer that does
 * not match) or holds more than max entries.
 */
extern int host_free_list_get(int zone, int order, unsigned long *pfns,
			      int max);
/* free_area[order].map of zone and the size free_area_init_core gave it. */
extern const unsigned char *host_free_map_get(int zone, int order,
					      unsigned long *bytes);

/* The bootmem bitmap and bookkeeping of contig_page_data. */
struct host_bootmem_info {
	unsigned long node_boot_start, node_low_pfn;
	const unsigned char *map;	/* NULL after free_all_bootmem() */
	unsigned long last_offset, last_pos;
};
extern void host_bootmem_get(struct host_bootmem_info *bi);

/* Kernel values the tests compare with 2.4.0's numbers. */
struct host_mm_consts {
	unsigned int sizeof_page, sizeof_zone, sizeof_pgdat, sizeof_free_area;
	unsigned int off_page_count, off_page_flags, off_page_lru;
	unsigned int off_page_wait, off_page_virtual, off_page_zone;
	int max_order, nr_zones, nr_gfpindex;
	int gfp_wait, gfp_high, gfp_io, gfp_dma, gfp_highmem;
	int gfp_buffer, gfp_atomic, gfp_user, gfp_highuser, gfp_kernel;
	int gfp_nfs, gfp_kswapd;
	int pg_locked, pg_error, pg_referenced, pg_uptodate, pg_dirty;
	int pg_decr_after, pg_active, pg_inactive_dirty, pg_slab;
	int pg_swap_cache, pg_skip, pg_inactive_clean, pg_highmem;
	int pg_arch_1, pg_reserved;
	int page_age_start;
};
extern void host_mm_consts_get(struct host_mm_consts *c);

/* Counters and targets. */
struct host_mm_counters {
	unsigned long max_low_pfn, min_low_pfn, max_mapnr, num_physpages;
	unsigned long high_memory;
	unsigned long mem_map;		/* address of mem_map[0] */
	unsigned int freepages_min, freepages_low, freepages_high;
	int memory_pressure, nr_active_pages, nr_inactive_dirty_pages;
	unsigned long pgdat_node_size, pgdat_node_start_mapnr;
	int pgdat_list_ok;		/* pgdat_list == &contig_page_data, alone */
	unsigned long max_pfn, highstart_pfn, highend_pfn;
	int config_highmem;		/* built with CONFIG_HIGHMEM */
};
extern void host_mm_counters_get(struct host_mm_counters *c);

/*
 * The allocator entry points, called as the pretend task (alloc_pages is
 * an inline of <linux/mm.h>).  host_alloc_pages returns the block's pfn,
 * or -1 for NULL.
 */
extern long host_alloc_pages(int gfp_mask, unsigned long order);
extern unsigned long host_get_free_pages(int gfp_mask, unsigned long order);
extern unsigned long host_get_zeroed_page(int gfp_mask);
extern void host_free_pages_pfn(unsigned long pfn, unsigned long order);

/*
 * Benchmark loops, run as the pretend task: n alloc+free pairs of one
 * order, and a mixed workload of n operations over a live set.
 * host_bench_live_* build and drop a fixed fragmenting live set.
 */
extern unsigned long host_bench_pairs(int gfp_mask, unsigned long order,
				      unsigned long n);
extern unsigned long host_bench_mixed(unsigned long n, unsigned long seed);
extern unsigned long host_bench_live_make(unsigned long pages);
extern void host_bench_live_drop(void);

/* bitops, atomic_t and list_head against C references; 0 = all passed. */
extern int host_headers_selftest(char *msg);

/* The kernel functions with plain-typed interfaces, called directly. */
extern unsigned long bootmem_bootmap_pages(unsigned long pages);
extern unsigned long init_bootmem(unsigned long start, unsigned long pages);
extern void reserve_bootmem(unsigned long addr, unsigned long size);
extern void free_bootmem(unsigned long addr, unsigned long size);
extern void *__alloc_bootmem(unsigned long size, unsigned long align,
			     unsigned long goal);
extern unsigned long free_all_bootmem(void);
extern unsigned long max_low_pfn, min_low_pfn;
extern void free_pages(unsigned long addr, unsigned long order);
extern unsigned int nr_free_pages(void);
extern unsigned int nr_inactive_clean_pages(void);
extern unsigned int nr_free_buffer_pages(void);
extern void show_free_areas(void);

#ifndef __KERNEL__
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/personality.h>

/*
 * The simulated RAM lives at virtual 0xC0000000, where the kernel has
 * it, so __pa()/__va() work unchanged.  A 32-bit process on x86-64 has
 * 4 GB of user space, but its default layout puts the shared libraries
 * just below 0xF8000000: host_mm_layout() re-executes the program with
 * the legacy (bottom-up) layout, which keeps 0xC0000000-0xF8000000 free.
 * Under qemu-i386 (hosts that cannot run i386 code) the range is free
 * already and re-executing /proc/self/exe would start the emulator's
 * own binary, so nothing is done then.  Call it first thing in main().
 */
static int host_range_busy(unsigned long start, unsigned long end);

static void __attribute__((unused)) host_mm_layout(char **argv)
{
	int p = personality(0xffffffff);

	if (!host_range_busy(HOST_PAGE_OFFSET, HOST_PAGE_OFFSET + HOST_MAXMEM))
		return;
	if (p == -1 || (p & ADDR_COMPAT_LAYOUT))
		return;
	/* Only re-execute if the flag really took (no exec loop). */
	if (personality(p | ADDR_COMPAT_LAYOUT) == -1 ||
	    !(personality(0xffffffff) & ADDR_COMPAT_LAYOUT))
		return;		/* host_ram_map() will report the clash */
	execv("/proc/self/exe", argv);
	perror("host_mm_layout: execv");
	exit(2);
}

static unsigned long host_ram_mapped __attribute__((unused));

/* Is any of [start, end) already mapped in this process? */
static int __attribute__((unused)) host_range_busy(unsigned long start,
						   unsigned long end)
{
	FILE *f = fopen("/proc/self/maps", "r");
	char line[512];
	int busy = 0;

	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f)) {
		unsigned long lo, hi;

		if (sscanf(line, "%lx-%lx", &lo, &hi) == 2 &&
		    lo < end && hi > start)
			busy = 1;
	}
	fclose(f);
	return busy;
}

static void __attribute__((unused)) host_ram_unmap(void)
{
	if (host_ram_mapped) {
		munmap((void *)HOST_PAGE_OFFSET, host_ram_mapped);
		host_ram_mapped = 0;
	}
}

/*
 * Map fresh zero-filled RAM for bytes of physical memory, of which only
 * the low 896 MB (what the kernel maps) can be reached.  Exits on failure.
 */
static void __attribute__((unused)) host_ram_map(unsigned long bytes)
{
	unsigned long len = bytes < HOST_MAXMEM ? bytes : HOST_MAXMEM;
	void *p;

	host_ram_unmap();
	len = (len + HOST_PAGE_SIZE - 1) & ~(HOST_PAGE_SIZE - 1);
	if (host_range_busy(HOST_PAGE_OFFSET, HOST_PAGE_OFFSET + len)) {
		fprintf(stderr, "host_ram_map: 0x%lx-0x%lx is in use "
			"(was host_mm_layout() called?)\n",
			HOST_PAGE_OFFSET, HOST_PAGE_OFFSET + len);
		exit(2);
	}
	p = mmap((void *)HOST_PAGE_OFFSET, len, PROT_READ | PROT_WRITE,
		 MAP_FIXED | MAP_NORESERVE | MAP_PRIVATE | MAP_ANONYMOUS,
		 -1, 0);
	if (p != (void *)HOST_PAGE_OFFSET) {
		perror("host_ram_map: mmap");
		exit(2);
	}
	host_ram_mapped = len;
}

/* Map RAM and run the whole boot; returns the pages free_all_bootmem gave. */
static unsigned long __attribute__((unused)) host_boot(unsigned long bytes)
{
	struct host_mm_config cfg;

	host_ram_map(bytes);
	host_mm_reset();
	host_mm_default_config(&cfg, bytes);
	return host_mm_boot(&cfg);
}
#endif /* !__KERNEL__ */

#endif /* _TESTS_HOST_MM_HOST_H */
