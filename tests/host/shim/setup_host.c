// SPDX-License-Identifier: GPL-2.0-only
/*
 * The real arch/i386/kernel/setup.c, compiled for the setup host tests.
 * #included (not linked) so the tests reach its static functions and
 * state.  Built with -fcommon (tests/host/Makefile): setup.c's max_pfn,
 * highstart_pfn and highend_pfn then merge with mm_host.c's.  What the
 * rest of the kernel gives setup.c is stood in for here; cpu_init is
 * never called.  Built with the kernel's headers like every shim.
 */
#include "../../../arch/i386/kernel/setup.c"

#include "mm_host.h"
#include "setup_host.h"

/*
 * head.S: the zero page where setup.S's parameters were copied, at
 * 2.4.0's address inside the simulated kernel image (0x104000).  The
 * simulated RAM must be mapped before it is touched.
 */
__asm__(".globl empty_zero_page\n"
	".set empty_zero_page, 0xc0104000\n");

/* vmlinux.lds: the kernel image from 1 MB to 1.4375 MB. */
__asm__(".globl _text, _etext, _edata, _end\n"
	".set _text, 0xc0100000\n"
	".set _etext, 0xc0140000\n"
	".set _edata, 0xc0150000\n"
	".set _end, 0xc0170000\n");

/* init_task.c, traps.c, head.S: only cpu_init uses all but init_mm. */
struct mm_struct init_mm;
struct tss_struct init_tss[NR_CPUS];
struct desc_struct gdt_table[__TSS(NR_CPUS)];
struct Xgt_desc_struct idt_descr, gdt_descr;
union task_union init_task_union;
struct desc_struct default_ldt[5];

void set_tss_desc(unsigned int n, void *addr)
{
}

void set_ldt_desc(unsigned int n, void *addr, unsigned int size)
{
}

/* arch/i386/mm/init.c: counted, nothing else. */
static int paging_init_calls;

void paging_init(void)
{
	paging_init_calls++;
}

void host_setup_reset(void)
{
	memset(PARAM, 0, PAGE_SIZE);
	memset(&e820, 0, sizeof(e820));
	memset(command_line, 0, sizeof(command_line));
	memset(saved_command_line, 0, sizeof(saved_command_line));
	memset(&init_mm, 0, sizeof(init_mm));
	boot_cpu_data.x86_capability[0] |= 1 << X86_FEATURE_PSE;
	aux_device_present = 0;
	initrd_start = initrd_end = 0;
	paging_init_calls = 0;
}

void host_setup_bios_map(const struct host_e820 *map, int nr)
{
	int i;

	for (i = 0; i < nr; i++) {
		E820_MAP[i].addr = map[i].addr;
		E820_MAP[i].size = map[i].size;
		E820_MAP[i].type = map[i].type;
	}
	E820_MAP_NR = nr;
}

void host_setup_mem_k(unsigned short ext_mem_k, unsigned long alt_mem_k)
{
	EXT_MEM_K = ext_mem_k;
	ALT_MEM_K = alt_mem_k;
}

void host_setup_cmdline(const char *cmdline)
{
	strncpy(COMMAND_LINE, cmdline, 2048);
}

void host_setup_initrd(unsigned char loader_type, unsigned long start,
		       unsigned long size)
{
	LOADER_TYPE = loader_type;
	INITRD_START = start;
	INITRD_SIZE = size;
}

int host_e820_nr(void)
{
	return e820.nr_map;
}

void host_e820_get(int i, struct host_e820 *e)
{
	e->addr = e820.map[i].addr;
	e->size = e820.map[i].size;
	e->type = e820.map[i].type;
}

void host_add_memory_region(unsigned long long start,
			    unsigned long long size, int type)
{
	add_memory_region(start, size, type);
}

void host_print_memory_map(const char *who)
{
	print_memory_map((char *) who);
}

int host_copy_e820_map(const struct host_e820 *map, int nr)
{
	static struct e820entry bios[HOST_E820MAX + 1];
	int i;

	for (i = 0; i < nr; i++) {
		bios[i].addr = map[i].addr;
		bios[i].size = map[i].size;
		bios[i].type = map[i].type;
	}
	return copy_e820_map(bios, nr);
}

void host_setup_memory_region(void)
{
	setup_memory_region();
}

const char *host_parse_mem_cmdline(void)
{
	char *p = NULL;

	parse_mem_cmdline(&p);
	return p;
}

const char *host_saved_command_line(void)
{
	return saved_command_line;
}

unsigned long host_find_max_pfn(void)
{
	return find_max_pfn();
}

void host_register_bootmem_low_pages(void)
{
	register_bootmem_low_pages();
}

int host_pse_allowed(void)
{
	return (boot_cpu_data.x86_capability[0] >> X86_FEATURE_PSE) & 1;
}

static void do_setup_arch(void *arg)
{
	struct host_setup_result *r = arg;
	char *p = NULL;

	setup_arch(&p);
	r->cmdline = p;
}

void host_setup_arch(struct host_setup_result *r)
{
	memset(r, 0, sizeof(*r));
	host_call_as_task(do_setup_arch, r);
	r->max_pfn = max_pfn;
	r->max_low_pfn = max_low_pfn;
	r->highstart_pfn = highstart_pfn;
	r->highend_pfn = highend_pfn;
	r->start_code = init_mm.start_code;
	r->end_code = init_mm.end_code;
	r->end_data = init_mm.end_data;
	r->brk = init_mm.brk;
	r->initrd_start = initrd_start;
	r->initrd_end = initrd_end;
	r->paging_init_calls = paging_init_calls;
	r->aux_device_present = aux_device_present;
}
