/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the setup host tests (test_setup.c) see of arch/i386/kernel/
 * setup.c: the boot parameters in the zero page (the BIOS E820 map, the
 * E801/88h sizes, the command line, the initrd), the E820 map the kernel
 * builds from them, and setup_arch's results on the simulated RAM of
 * mm_host.h.  shim/setup_host.c #includes setup.c.  Plain C types only.
 */
#ifndef _TESTS_HOST_SETUP_HOST_H
#define _TESTS_HOST_SETUP_HOST_H

#define HOST_E820MAX		32
#define HOST_E820_RAM		1
#define HOST_E820_RESERVED	2
#define HOST_E820_ACPI		3
#define HOST_E820_NVS		4

struct host_e820 {
	unsigned long long addr, size;
	unsigned long type;
};

/* Clear the zero page, the kernel's map and what setup.c set before. */
extern void host_setup_reset(void);

/* Boot parameters, as setup.S leaves them in the zero page. */
extern void host_setup_bios_map(const struct host_e820 *map, int nr);
extern void host_setup_mem_k(unsigned short ext_mem_k,
			     unsigned long alt_mem_k);
extern void host_setup_cmdline(const char *cmdline);
extern void host_setup_initrd(unsigned char loader_type, unsigned long start,
			      unsigned long size);

/* The kernel's e820 map; entry i copied out. */
extern int host_e820_nr(void);
extern void host_e820_get(int i, struct host_e820 *e);

/* setup.c's functions, called directly. */
extern void host_add_memory_region(unsigned long long start,
				   unsigned long long size, int type);
extern void host_print_memory_map(const char *who);
extern int host_copy_e820_map(const struct host_e820 *map, int nr);
extern void host_setup_memory_region(void);
/* parse_mem_cmdline: the command line it hands back. */
extern const char *host_parse_mem_cmdline(void);
extern const char *host_saved_command_line(void);
extern unsigned long host_find_max_pfn(void);
extern void host_register_bootmem_low_pages(void);
extern int host_pse_allowed(void);	/* X86_FEATURE_PSE still set */

/* setup_arch, as the pretend task; what it left behind. */
struct host_setup_result {
	const char *cmdline;
	unsigned long max_pfn, max_low_pfn, highstart_pfn, highend_pfn;
	unsigned long start_code, end_code, end_data, brk;
	unsigned long initrd_start, initrd_end;
	int paging_init_calls;
	unsigned char aux_device_present;
};
extern void host_setup_arch(struct host_setup_result *r);

#endif /* _TESTS_HOST_SETUP_HOST_H */
