// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host stand-ins for what mm/bootmem.c and mm/page_alloc.c take from the
 * rest of a 2.4.0 kernel:
 *  - globals of mm files that cannot be linked here (mm/memory.c
 *    needs page tables and processes, mm/swap.c will need reclaim);
 *  - the boot steps of arch/i386/kernel/setup.c (the E820 RAM, max_pfn,
 *    max_low_pfn and the HighMem range, init_bootmem, register the RAM,
 *    reserve the kernel and page 0) and arch/i386/mm/init.c (paging_init's
 *    zone sizes, mem_init), run on RAM the test maps at 0xC0000000 (see
 *    mm_host.h), with or without CONFIG_HIGHMEM as <linux/config.h> says;
 *  - a task for `current`: the allocator reads current->flags, and
 *    current is found by rounding %esp down to 8 KB, so kernel code is run
 *    on the stack of host_task_union.
 * Built like kernel code (kernel headers, no glibc).
 */
#include <linux/config.h>
#include <linux/mm.h>
#include <linux/bootmem.h>
#include <linux/swap.h>
#include <linux/swapctl.h>
#include <linux/sched.h>
#include <asm/e820.h>
#include <asm/dma.h>
#include <asm/io.h>
#include <asm/hardirq.h>
#include "mm_host.h"

/* mm/memory.c */
mem_map_t *mem_map;
unsigned long max_mapnr;
unsigned long num_physpages;
void *high_memory;

/* mm/swap.c */
freepages_t freepages;
/* The irq nesting count behind in_interrupt(): 0, no interrupts here. */
irq_cpustat_t irq_stat[NR_CPUS];
int memory_pressure;

/* arch/i386/kernel/setup.c */
unsigned long max_pfn;
unsigned long highstart_pfn, highend_pfn;

/* arch/i386/kernel/setup.c: the 896 MB the kernel can map. */
#define PFN_UP(x)	(((x) + PAGE_SIZE - 1) >> PAGE_SHIFT)
#define PFN_DOWN(x)	((x) >> PAGE_SHIFT)
#define PFN_PHYS(x)	((x) << PAGE_SHIFT)
#define VMALLOC_RESERVE	(unsigned long)(128 << 20)
#define MAXMEM		(unsigned long)(-PAGE_OFFSET - VMALLOC_RESERVE)
#define MAXMEM_PFN	PFN_DOWN(MAXMEM)
#define MAX_NONPAE_PFN	(1 << 20)

void host_mm_default_config(struct host_mm_config *cfg,
			    unsigned long ram_bytes)
{
	cfg->ram_bytes = ram_bytes;
	cfg->kernel_end = 0x180000;	/* a 512 KB kernel loaded at 1 MB */
}

void host_mm_reset(void)
{
	extern int nr_swap_pages, nr_active_pages, nr_inactive_dirty_pages;
	extern pg_data_t *pgdat_list;
	bootmem_data_t *bdata = contig_page_data.bdata;	/* mm/numa.c's */

	memset(bdata, 0, sizeof(*bdata));
	memset(&contig_page_data, 0, sizeof(contig_page_data));
	contig_page_data.bdata = bdata;
	pgdat_list = NULL;
	mem_map = NULL;
	max_mapnr = num_physpages = 0;
	high_memory = NULL;
	max_low_pfn = min_low_pfn = 0;
	max_pfn = highstart_pfn = highend_pfn = 0;
	memset(&freepages, 0, sizeof(freepages));
	memory_pressure = 0;
	nr_swap_pages = nr_active_pages = nr_inactive_dirty_pages = 0;
	host_set_memalloc(0);
}

/* The e820 RAM entries of a PC with ram_bytes of memory. */
static void host_e820(const struct host_mm_config *cfg,
		      unsigned long *start, unsigned long *size, int *n)
{
	start[0] = 0;
	size[0] = 0x9f000;
	start[1] = HIGH_MEMORY;
	size[1] = cfg->ram_bytes - HIGH_MEMORY;
	*n = 2;
}

unsigned long host_setup_bootmem(const struct host_mm_config *cfg)
{
	unsigned long start[2], size[2];
	unsigned long bootmap_size, start_pfn;
	int i, n;

	host_e820(cfg, start, size, &n);
	start_pfn = PFN_UP(cfg->kernel_end);

	max_pfn = 0;
	for (i = 0; i < n; i++) {
		unsigned long end = PFN_DOWN(start[i] + size[i]);

		if (end > max_pfn)
			max_pfn = end;
	}
	max_low_pfn = max_pfn;
	if (max_low_pfn > MAXMEM_PFN) {
		max_low_pfn = MAXMEM_PFN;	/* the rest: HighMem, or lost */
#ifdef CONFIG_HIGHMEM
		if (max_pfn > MAX_NONPAE_PFN)
			max_pfn = MAX_NONPAE_PFN;
#endif
	}
#ifdef CONFIG_HIGHMEM
	highstart_pfn = highend_pfn = max_pfn;
	if (max_pfn > MAXMEM_PFN)
		highstart_pfn = MAXMEM_PFN;
#endif

	bootmap_size = init_bootmem(start_pfn, max_low_pfn);

	for (i = 0; i < n; i++) {
		unsigned long curr_pfn, last_pfn;

		curr_pfn = PFN_UP(start[i]);
		if (curr_pfn >= max_low_pfn)
			continue;
		last_pfn = PFN_DOWN(start[i] + size[i]);
		if (last_pfn > max_low_pfn)
			last_pfn = max_low_pfn;
		if (last_pfn <= curr_pfn)
			continue;
		free_bootmem(PFN_PHYS(curr_pfn), PFN_PHYS(last_pfn - curr_pfn));
	}

	/* The kernel image and the bootmem bitmap right after it. */
	reserve_bootmem(HIGH_MEMORY, (PFN_PHYS(start_pfn) + bootmap_size +
				      PAGE_SIZE - 1) - HIGH_MEMORY);
	/* Page 0: the BIOS data area. */
	reserve_bootmem(0, PAGE_SIZE);
	return bootmap_size;
}

void host_paging_init(void)
{
	unsigned long zones_size[MAX_NR_ZONES] = { 0, 0, 0 };
	unsigned int max_dma, low;

	max_dma = virt_to_phys((char *)MAX_DMA_ADDRESS) >> PAGE_SHIFT;
	low = max_low_pfn;
	if (low < max_dma) {
		zones_size[ZONE_DMA] = low;
	} else {
		zones_size[ZONE_DMA] = max_dma;
		zones_size[ZONE_NORMAL] = low - max_dma;
#ifdef CONFIG_HIGHMEM
		zones_size[ZONE_HIGHMEM] = highend_pfn - low;
#endif
	}
	free_area_init(zones_size);
}

void host_free_area_init(unsigned long dma, unsigned long normal,
			 unsigned long highmem)
{
	unsigned long zones_size[MAX_NR_ZONES];

	zones_size[ZONE_DMA] = dma;
	zones_size[ZONE_NORMAL] = normal;
	zones_size[ZONE_HIGHMEM] = highmem;
	free_area_init(zones_size);
}

/* Every page frame above 1 MB is RAM in this pretend PC. */
unsigned long host_mem_init(void)
{
	unsigned long freed;

	if (!mem_map)
		BUG();
#ifdef CONFIG_HIGHMEM
	max_mapnr = num_physpages = highend_pfn;
#else
	max_mapnr = num_physpages = max_low_pfn;
#endif
	high_memory = (void *) __va(max_low_pfn * PAGE_SIZE);
	freed = free_all_bootmem();
#ifdef CONFIG_HIGHMEM
	{
		unsigned long pfn;

		for (pfn = highstart_pfn; pfn < highend_pfn; pfn++) {
			struct page *page = mem_map + pfn;

			ClearPageReserved(page);
			set_bit(PG_highmem, &page->flags);
			atomic_set(&page->count, 1);
			__free_page(page);
			freed++;
		}
	}
#endif
	return freed;
}

unsigned long host_mm_boot(const struct host_mm_config *cfg)
{
	host_setup_bootmem(cfg);
	host_paging_init();
	return host_mem_init();
}

/*
 * The pretend task: 8 KB, 8 KB aligned, task_struct at the bottom and the
 * stack above it, like init_task_union.
 */
static union task_union host_task_union
	__attribute__((aligned(2 * PAGE_SIZE)));

/*
 * host_call_on_stack(fn, arg, top): switch %esp to top, call fn(arg),
 * switch back.  The stack is kept 16-byte aligned at the call.
 */
extern void host_call_on_stack(void (*fn)(void *), void *arg, void *top);
__asm__(".text\n"
	".globl host_call_on_stack\n"
	"host_call_on_stack:\n\t"
	"pushl %ebp\n\t"
	"movl %esp, %ebp\n\t"
	"movl 16(%ebp), %esp\n\t"
	"subl $12, %esp\n\t"
	"pushl 12(%ebp)\n\t"
	"call *8(%ebp)\n\t"
	"movl %ebp, %esp\n\t"
	"popl %ebp\n\t"
	"ret\n");

extern int host_reclaim_waits, host_reclaim_stuck;

void host_call_as_task(void (*fn)(void *), void *arg)
{
	unsigned long memalloc = host_task_union.task.flags & PF_MEMALLOC;

	host_reclaim_waits = 0;
	host_reclaim_stuck = 0;

	host_call_on_stack(fn, arg,
			   (char *)&host_task_union + sizeof(host_task_union));
	/* shim/reclaim_host.c may have raised it for this one call. */
	host_task_union.task.flags &= ~PF_MEMALLOC;
	host_task_union.task.flags |= memalloc;
}

void host_set_memalloc(int on)
{
	if (on)
		host_task_union.task.flags |= PF_MEMALLOC;
	else
		host_task_union.task.flags &= ~PF_MEMALLOC;
}

/*
 * The scheduler, which the allocator calls to yield when memory is
 * tight (2.4.0's __alloc_pages) and to wake kreclaimd: the host tests
 * run one task, so yielding returns at once and a wake-up finds nobody.
 */
asmlinkage void schedule(void)
{
	current->policy &= ~SCHED_YIELD;
}

void __wake_up(wait_queue_head_t *q, unsigned int mode, unsigned int wq_mode)
{
}
