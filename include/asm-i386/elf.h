/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the ELF loader needs to know about i386: which binaries run here,
 * the page size, where ET_DYN programs go, the registers at entry, and
 * the platform string and hardware capabilities in the aux vector.
 * Chapter 4 (exec).  Follows Linux 2.4.0 include/asm-i386/elf.h.
 */
#ifndef __ASMi386_ELF_H
#define __ASMi386_ELF_H

#include <asm/processor.h>

/* Only 32-bit little-endian 386 code. */
#define elf_check_arch(x) \
	(((x)->e_machine == EM_386) || ((x)->e_machine == EM_486))

#define ELF_CLASS	ELFCLASS32
#define ELF_DATA	ELFDATA2LSB
#define ELF_ARCH	EM_386

#define ELF_EXEC_PAGESIZE	4096

/*
 * Where a shared object run as a program is loaded.  Meant as 2/3 of user
 * space, but 2 * TASK_SIZE wraps in 32 bits: 0x2aaaaaaa, as in 2.4.0.
 */
#define ELF_ET_DYN_BASE		(2 * TASK_SIZE / 3)

/* The i386 ABI: %edx holds a function to register with atexit(), or 0. */
#define ELF_PLAT_INIT(_r) do { \
	(_r)->ebx = 0; (_r)->ecx = 0; (_r)->edx = 0; \
	(_r)->esi = 0; (_r)->edi = 0; (_r)->ebp = 0; \
	(_r)->eax = 0; \
} while (0)

/* The CPUID feature flags, and the machine name ("i686"). */
#define ELF_HWCAP	(boot_cpu_data.x86_capability[0])
#define ELF_PLATFORM	(system_utsname.machine)

#endif
