// SPDX-License-Identifier: GPL-2.0-only
/*
 * setup_arch: read what setup.S left in the zero page, build the E820
 * memory map, apply mem= and work out how much memory the kernel manages.
 * Boot chapter of 情景分析; background for §2.1.  Follows Linux 2.4.0
 * arch/i386/kernel/setup.c.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/bootmem.h>
#include <asm/e820.h>
#include <asm/page.h>
#include <asm/processor.h>
#include <asm/desc.h>
#include <asm/system.h>
#include <asm/pgtable.h>

char ignore_irq13;		/* set if exception 16 works */
struct cpuinfo_x86 boot_cpu_data = { 0, 0, 0, 0, -1, 1, 0, 0, -1 };

unsigned long mmu_cr4_features;

struct e820map e820;

unsigned char aux_device_present;

#define COMMAND_LINE_SIZE 256

static char command_line[COMMAND_LINE_SIZE];
char saved_command_line[COMMAND_LINE_SIZE];

unsigned long max_pfn;		/* highest page frame of RAM, +1 */

extern char _text[], _etext[], _edata[], _end[];

/* The boot parameters setup.S wrote, copied by head.S into the zero page. */
#define PARAM			((unsigned char *)empty_zero_page)
#define SCREEN_INFO		(*(struct screen_info *)(PARAM + 0))
#define EXT_MEM_K		(*(unsigned short *)(PARAM + 2))
#define ALT_MEM_K		(*(unsigned long *)(PARAM + 0x1e0))
#define E820_MAP_NR		(*(char *)(PARAM + E820NR))
#define E820_MAP		((struct e820entry *)(PARAM + E820MAP))
#define APM_BIOS_INFO		(*(struct apm_bios_info *)(PARAM + 0x40))
#define DRIVE_INFO		(*(struct drive_info_struct *)(PARAM + 0x80))
#define SYS_DESC_TABLE		(*(struct sys_desc_table_struct *)(PARAM + 0xa0))
#define MOUNT_ROOT_RDONLY	(*(unsigned short *)(PARAM + 0x1F2))
#define RAMDISK_FLAGS		(*(unsigned short *)(PARAM + 0x1F8))
#define ORIG_ROOT_DEV		(*(unsigned short *)(PARAM + 0x1FC))
#define AUX_DEVICE_INFO		(*(unsigned char *)(PARAM + 0x1FF))
#define LOADER_TYPE		(*(unsigned char *)(PARAM + 0x210))
#define KERNEL_START		(*(unsigned long *)(PARAM + 0x214))
#define INITRD_START		(*(unsigned long *)(PARAM + 0x218))
#define INITRD_SIZE		(*(unsigned long *)(PARAM + 0x21c))
#define COMMAND_LINE		((char *)(PARAM + 2048))

/* Low RAM assumed when the BIOS gives no E820 map: 636 KB. */
#define LOWMEMSIZE()		(0x9f000)

/* Append one range to the map; beyond E820MAX entries it is dropped. */
void __init add_memory_region(unsigned long long start,
			      unsigned long long size, int type)
{
	struct e820entry *slot;

	if (e820.nr_map == E820MAX) {
		printk("Ooops! Too many entries in the memory map!\n");
		return;
	}
	slot = &e820.map[e820.nr_map];
	slot->addr = start;
	slot->size = size;
	slot->type = type;
	e820.nr_map++;
}

/* " BIOS-e820: <size> @ <start> (type)", 2.4.0's order: size first. */
static void __init print_memory_map(char *who)
{
	struct e820entry *e;
	const char *kind;

	for (e = e820.map; e < e820.map + e820.nr_map; e++) {
		printk(" %s: %016Lx @ %016Lx ", who, e->size, e->addr);
		switch (e->type) {
		case E820_RAM:
			kind = "usable";
			break;
		case E820_RESERVED:
			kind = "reserved";
			break;
		case E820_ACPI:
			kind = "ACPI data";
			break;
		case E820_NVS:
			kind = "ACPI NVS";
			break;
		default:
			printk("type %lu\n", e->type);
			continue;
		}
		printk("(%s)\n", kind);
	}
}

/*
 * Take the BIOS map over.  A map of fewer than two entries is not
 * trusted (the caller falls back to E801/88h).  RAM that straddles the
 * 640 KB - 1 MB hole is cut: the part below 640 KB is kept and the rest
 * restarts at 1 MB.
 */
static int __init copy_e820_map(struct e820entry *biosmap, int nr_map)
{
	struct e820entry *entry;

	if (nr_map < 2)
		return -1;
	for (entry = biosmap; entry < biosmap + nr_map; entry++) {
		unsigned long long start = entry->addr;
		unsigned long long size = entry->size;
		unsigned long long end = start + size;

		/* Wrapped around 64 bits: distrust the whole map. */
		if (end < start)
			return -1;
		/* RAM reaching into the hole: keep what lies outside it. */
		if (entry->type == E820_RAM &&
		    start < 0x100000ULL && end > 0xA0000ULL) {
			if (start < 0xA0000ULL)
				add_memory_region(start, 0xA0000ULL - start,
						  entry->type);
			if (end <= HIGH_MEMORY)
				continue;
			start = HIGH_MEMORY;
			size = end - HIGH_MEMORY;
		}
		add_memory_region(start, size, entry->type);
	}
	return 0;
}

/* Use the BIOS E820 map, or make one from the E801 or 88h sizes. */
void __init setup_memory_region(void)
{
	char *who = "BIOS-e820";
	unsigned long mem_k;

	if (copy_e820_map(E820_MAP, E820_MAP_NR) < 0) {
		/* KB of RAM above 1 MB: E801's answer unless 88h's is larger. */
		if (ALT_MEM_K >= EXT_MEM_K) {
			mem_k = ALT_MEM_K;
			who = "BIOS-e801";
		} else {
			mem_k = EXT_MEM_K;
			who = "BIOS-88";
		}
		e820.nr_map = 0;
		add_memory_region(0, LOWMEMSIZE(), E820_RAM);
		add_memory_region(HIGH_MEMORY, mem_k << 10, E820_RAM);
	}
	printk("BIOS-provided physical RAM map:\n");
	print_memory_map(who);
}

/* End of the highest usable RAM range the current map describes. */
static unsigned long long __init e820_ram_end(void)
{
	unsigned long long end = 0;
	int i;

	for (i = 0; i < e820.nr_map; i++)
		if (e820.map[i].type == E820_RAM &&
		    e820.map[i].addr + e820.map[i].size > end)
			end = e820.map[i].addr + e820.map[i].size;
	return end;
}

/*
 * mem=nopentium: no 4 MB pages.  mem=exactmap: forget the BIOS map and
 * take mem=size@start ranges.  mem=size: RAM is 0-640 KB and 1 MB-size.
 */
static void __init parse_mem_cmdline(char **cmdline_p)
{
	unsigned long long bios_end = e820_ram_end();
	char *src = COMMAND_LINE, *dst = command_line;
	int copied = 0, usermem = 0;
	char prev = ' ';

	memcpy(saved_command_line, COMMAND_LINE, COMMAND_LINE_SIZE);
	saved_command_line[COMMAND_LINE_SIZE - 1] = '\0';

	for (;;) {
		/* A word starting "mem=" is acted on and left out. */
		if (prev == ' ' && memcmp(src, "mem=", 4) == 0) {
			if (dst > command_line)
				dst--;		/* and the blank before it */
			src += 4;
			if (memcmp(src, "nopentium", 9) == 0) {
				src += 9;
				boot_cpu_data.x86_capability[0] &=
					~(1 << X86_FEATURE_PSE);
			} else if (memcmp(src, "exactmap", 8) == 0) {
				src += 8;
				e820.nr_map = 0;
				usermem = 1;
			} else {
				unsigned long long bytes, base;

				bytes = memparse(src, &src);
				if (*src == '@') {
					base = memparse(src + 1, &src);
					add_memory_region(base, bytes, E820_RAM);
				} else if (bytes > bios_end) {
					/* Port: 2.4.0 would trust it. */
					printk("mem=%LuK is more than the %LuK "
					       "of RAM the BIOS reports: "
					       "ignored\n", bytes >> 10,
					       bios_end >> 10);
				} else {
					/* 0-636 KB, and 1 MB up to bytes. */
					e820.nr_map = 0;
					add_memory_region(0, LOWMEMSIZE(),
							  E820_RAM);
					add_memory_region(HIGH_MEMORY,
							  bytes - HIGH_MEMORY,
							  E820_RAM);
				}
				usermem = 1;
			}
		}
		/* Copy one character; the line ends at NUL or the size. */
		prev = *src++;
		if (prev == '\0' || ++copied >= COMMAND_LINE_SIZE)
			break;
		*dst++ = prev;
	}
	*dst = '\0';
	*cmdline_p = command_line;
	if (!usermem)
		return;
	printk("user-defined physical RAM map:\n");
	print_memory_map("user");
}

#define PFN_UP(x)	(((x) + PAGE_SIZE - 1) >> PAGE_SHIFT)
#define PFN_DOWN(x)	((x) >> PAGE_SHIFT)
#define PFN_PHYS(x)	((x) << PAGE_SHIFT)

/* 128 MB of kernel virtual space kept for vmalloc, fixmaps and the like. */
#define VMALLOC_RESERVE	(unsigned long)(128 << 20)
#define MAXMEM		(unsigned long)(-PAGE_OFFSET - VMALLOC_RESERVE)
#define MAXMEM_PFN	PFN_DOWN(MAXMEM)
#define MAX_NONPAE_PFN	(1 << 20)

unsigned long highstart_pfn, highend_pfn;	/* ZONE_HIGHMEM: [start, end) */

unsigned long initrd_start, initrd_end;	/* kernel virtual, 0 if none */

/* Highest RAM page frame (+1) in the E820 map. */
static unsigned long __init find_max_pfn(void)
{
	unsigned long top = 0;
	struct e820entry *e;

	for (e = e820.map; e < e820.map + e820.nr_map; e++) {
		unsigned long first, last;

		if (e->type != E820_RAM)
			continue;
		first = PFN_UP(e->addr);
		last = PFN_DOWN(e->addr + e->size);
		/* A range holding no whole page does not count. */
		if (first < last && last > top)
			top = last;
	}
	return top;
}

/*
 * Hand every E820 RAM range below max_low_pfn to the boot-time
 * allocator: whole pages only, clipped at the end of low memory.
 */
static void __init register_bootmem_low_pages(void)
{
	struct e820entry *e;

	for (e = e820.map; e < e820.map + e820.nr_map; e++) {
		unsigned long first, last;

		if (e->type != E820_RAM)
			continue;
		first = PFN_UP(e->addr);
		if (first >= max_low_pfn)
			continue;
		last = PFN_DOWN(e->addr + e->size);
		if (last > max_low_pfn)
			last = max_low_pfn;
		if (first < last)
			free_bootmem(PFN_PHYS(first), PFN_PHYS(last - first));
	}
}

void __init setup_arch(char **cmdline_p)
{
	struct mm_struct *kernel_mm = &init_mm;
	unsigned long start_pfn, bootmap_size, image_end;

	aux_device_present = AUX_DEVICE_INFO;
	setup_memory_region();

	/* The kernel's own address space: where its image lies. */
	kernel_mm->start_code = (unsigned long) _text;
	kernel_mm->end_code = (unsigned long) _etext;
	kernel_mm->end_data = (unsigned long) _edata;
	kernel_mm->brk = (unsigned long) _end;

	parse_mem_cmdline(cmdline_p);

	/* The first page frame after the kernel image: the bootmem bitmap. */
	start_pfn = PFN_UP(__pa(_end));

	/* The highest page frame of RAM, and the part the kernel maps. */
	max_pfn = find_max_pfn();
	max_low_pfn = max_pfn;
	if (max_pfn > MAXMEM_PFN) {
		max_low_pfn = MAXMEM_PFN;
#ifndef CONFIG_HIGHMEM
		printk(KERN_WARNING "Warning only %ldMB will be used.\n",
		       MAXMEM >> 20);
		printk(KERN_WARNING "Use a %s enabled kernel.\n",
		       max_pfn > MAX_NONPAE_PFN ? "PAE" : "HIGHMEM");
#elif !defined(CONFIG_X86_PAE)
		/* Two-level page tables reach 4 GB of physical memory. */
		if (max_pfn > MAX_NONPAE_PFN) {
			max_pfn = MAX_NONPAE_PFN;
			printk(KERN_WARNING "Warning only 4GB will be used.\n"
			       KERN_WARNING "Use a PAE enabled kernel.\n");
		}
#endif
	}

#ifdef CONFIG_HIGHMEM
	/* ZONE_HIGHMEM: whatever lies above the part the kernel maps. */
	highend_pfn = max_pfn;
	highstart_pfn = max_pfn > MAXMEM_PFN ? MAXMEM_PFN : max_pfn;
	if (highstart_pfn < highend_pfn)
		printk(KERN_NOTICE "%ldMB HIGHMEM available.\n",
		       pages_to_mb(highend_pfn - highstart_pfn));
#endif

	/* Everything below max_low_pfn starts out reserved ... */
	bootmap_size = init_bootmem(start_pfn, max_low_pfn);

	/* ... the RAM the E820 map names is released ... */
	register_bootmem_low_pages();

	/*
	 * ... and the kernel image plus the bootmem bitmap behind it, and
	 * page 0 (BIOS data), are taken back.
	 */
	image_end = PFN_PHYS(start_pfn) + bootmap_size + PAGE_SIZE - 1;
	reserve_bootmem(HIGH_MEMORY, image_end - HIGH_MEMORY);
	reserve_bootmem(0, PAGE_SIZE);

	paging_init();

	/* The initial RAM disk the boot sector loaded, if it is in low memory. */
	if (LOADER_TYPE && INITRD_START) {
		unsigned long rd_end = INITRD_START + INITRD_SIZE;
		unsigned long low_end = max_low_pfn << PAGE_SHIFT;

		if (rd_end > low_end) {
			printk(KERN_ERR "initrd extends beyond end of memory "
			       "(0x%08lx > 0x%08lx)\ndisabling initrd\n",
			       rd_end, low_end);
			initrd_start = 0;
		} else {
			reserve_bootmem(INITRD_START, INITRD_SIZE);
			initrd_start = (unsigned long) __va(INITRD_START);
			initrd_end = initrd_start + INITRD_SIZE;
		}
	}
}

/*
 * Per-CPU state: reload the descriptor tables, set up the TSS (esp0 is
 * the kernel stack used on entry from user mode) and the default LDT.
 */
void __init cpu_init(void)
{
	int cpu = 0;
	struct tss_struct *tss = init_tss + cpu;

	__asm__ __volatile__("lgdt %0" : : "m" (gdt_descr));
	__asm__ __volatile__("lidt %0" : : "m" (idt_descr));

	/* Clear NT, so that a later iret does not try a task return. */
	__asm__("pushfl ; andl $0xffffbfff,(%esp) ; popfl");

	/* The boot task runs on the kernel's own address space. */
	atomic_inc(&init_mm.mm_count);
	current->active_mm = &init_mm;

	/* Entries from user mode switch to the top of the boot task's stack. */
	tss->esp0 = (unsigned long) &init_task_union + sizeof(init_task_union);
	set_tss_desc(cpu, tss);
	gdt_table[__TSS(cpu)].b &= ~0x200;	/* TSS type: available, not busy */
	load_TR(cpu);
	clear_LDT();

	/* No hardware breakpoints: DR0-DR3, DR6 and DR7 all zero. */
#define CD(register) __asm__("movl %0,%%db" #register : : "r" (0))
	CD(0); CD(1); CD(2); CD(3); CD(6); CD(7);
#undef CD

	/* Mark the FPU unused: the first FPU use traps (CR0.TS). */
	__asm__ __volatile__("clts");
	__asm__ __volatile__("movl %%cr0,%%eax; orl $8,%%eax; movl %%eax,%%cr0"
			     : : : "ax");
}
