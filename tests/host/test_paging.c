// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host tests for the kernel's virtual memory (情景分析 §2.1-§2.3, §2.11):
 * the page-table entry helpers of asm/pgtable.h against 2.4.0's bit
 * values; paging_init and mem_init of arch/i386/mm/init.c on simulated
 * RAM (4 MB pages or page tables, fixmap and pkmap tables, zone sizes,
 * HighMem handed over page by page, the Memory: line); vmalloc/vfree and
 * get_vm_area's first fit against a reference model; kmap's pkmap slots
 * (lazy unmapping, the flush on wrap-around) and kmap_atomic; ioremap's
 * checks and the page tables it builds.  What needs the MMU itself (the
 * contents seen through a new mapping, vread) is left to the in-kernel
 * checks (tests/kernel/mm_phys_checks.c).
 */
#define _GNU_SOURCE
#include <check.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <sys/mman.h>
#include "../../include/linux/config.h"
#include "shim/host.h"
#include "shim/bug.h"
#include "shim/mm_host.h"
#include "shim/paging_host.h"

#define MB		(1024UL * 1024UL)
#define PAGE		HOST_PAGE_SIZE
#define PO		HOST_PAGE_OFFSET

/* 2.4.0's values, restated (include/asm-i386/pgtable.h). */
#define P		0x001UL
#define RW		0x002UL
#define USER		0x004UL
#define PWT		0x008UL
#define PCD		0x010UL
#define ACC		0x020UL
#define DIRTY		0x040UL
#define PSE		0x080UL
#define GLOBAL		0x100UL
#define PROTNONE	0x080UL
#define KERNPG		(P | RW | ACC | DIRTY)
#define KERNEL		(P | RW | DIRTY | ACC)
/*
 * Built for a PPro and up (CONFIG_X86_PGE, from 2.4.0's CONFIG_M686),
 * PAGE_KERNEL* carry the global bit whatever the CPU; a CPU without
 * PGE ignores it (CR4.PGE stays off) and check_bugs panics later.
 */
#ifdef CONFIG_X86_PGE
#define KGLOBAL		GLOBAL
#else
#define KGLOBAL		0UL
#endif
#define PG_highmem	12
#define PG_reserved	31

static struct host_paging_consts K;

/* ---- helpers -------------------------------------------------------- */

/*
 * wp_works_ok starts at -1 as in setup.c; without PSE mem_init then runs
 * test_wp_bit, whose write must fault: wp -2 arranges that (see
 * wp_fault_setup), -1 leaves the host's writable page (a CPU that
 * ignores WP).  Boots that are not about it say 1, as a WP-honouring CPU
 * would have it.
 */
static void wp_fault_setup(void);

static void boot_wp(unsigned long ram, int pse, int pge, int stop, int wp)
{
	struct host_paging_cfg c = { ram, pse, pge, wp, stop };

	host_printk_reset();
	host_ram_map(ram);
	if (wp == -2) {		/* a CPU that honours WP */
		wp_fault_setup();
		c.wp_works_ok = -1;
	}
	host_paging_boot(&c);
	host_paging_consts_get(&K);
}

static void boot_cfg(unsigned long ram, int pse, int pge, int stop)
{
	boot_wp(ram, pse, pge, stop, pse ? -1 : 1);
}

static void boot(unsigned long ram, int pse, int pge)
{
	boot_cfg(ram, pse, pge, 0);
}

/*
 * The exception table of the host binary: test_wp_bit's write carries an
 * entry (arch/i386/mm/init.c do_test_wp_bit).  A SIGSEGV at a listed
 * instruction resumes at its fix-up, as do_page_fault would.
 */
struct ex_entry {
	unsigned long insn, fixup;
};
extern const struct ex_entry __start___ex_table[], __stop___ex_table[];
static int fixups;

static void segv_fixup(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	unsigned long eip = uc->uc_mcontext.gregs[REG_EIP];
	const struct ex_entry *e;

	for (e = __start___ex_table; e < __stop___ex_table; e++)
		if (e->insn == eip) {
			uc->uc_mcontext.gregs[REG_EIP] = e->fixup;
			fixups++;
			return;
		}
	signal(SIGSEGV, SIG_DFL);	/* a real crash: let it happen */
}

/* Make the page at PAGE_OFFSET read-only, as test_wp_bit's pte says. */
static void wp_fault_setup(void)
{
	static char altstack[64 * 1024];
	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof(altstack) };
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = segv_fixup;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigaltstack(&ss, NULL);
	sigaction(SIGSEGV, &sa, NULL);
	mprotect((void *) PO, PAGE, PROT_READ);
}

static void teardown(void)
{
	host_ram_unmap();
}

static struct host_paging_info info(void)
{
	struct host_paging_info i;

	host_paging_info_get(&i);
	return i;
}

static struct host_cpu_events events(void)
{
	struct host_cpu_events e;

	host_cpu_events_get(&e);
	return e;
}

static struct host_zone_info zone(int z)
{
	struct host_zone_info zi;

	host_zone_get(z, &zi);
	return zi;
}

static struct host_page_info page(unsigned long pfn)
{
	struct host_page_info pi;

	host_page_get(pfn, &pi);
	return pi;
}

static unsigned long low_pages(unsigned long ram)
{
	unsigned long top = ram < HOST_MAXMEM ? ram : HOST_MAXMEM;

	return top / PAGE;
}

/* ---- constants ------------------------------------------------------ */

START_TEST(test_bits)
{
	host_paging_consts_get(&K);
	ck_assert_uint_eq(K.page_present, 0x001);
	ck_assert_uint_eq(K.page_rw, 0x002);
	ck_assert_uint_eq(K.page_user, 0x004);
	ck_assert_uint_eq(K.page_pwt, 0x008);
	ck_assert_uint_eq(K.page_pcd, 0x010);
	ck_assert_uint_eq(K.page_accessed, 0x020);
	ck_assert_uint_eq(K.page_dirty, 0x040);
	ck_assert_uint_eq(K.page_pse, 0x080);
	ck_assert_uint_eq(K.page_global, 0x100);
	ck_assert_uint_eq(K.page_protnone, 0x080);
	ck_assert_uint_eq(K.page_table, 0x067);
	ck_assert_uint_eq(K.kernpg_table, 0x063);
	ck_assert_uint_eq(K.page_chg_mask, 0xfffff060);
	ck_assert_uint_eq(K.page_none, 0x0a0);
	ck_assert_uint_eq(K.page_shared, 0x027);
	ck_assert_uint_eq(K.page_copy, 0x025);
	ck_assert_uint_eq(K.page_readonly, 0x025);
}
END_TEST

/*
 * PAGE_KERNEL* get _PAGE_GLOBAL when the CPU has PGE, and always in a
 * kernel built for PGE (CONFIG_X86_PGE).
 */
START_TEST(test_kernel_prot_global)
{
	boot(32 * MB, 0, 0);
	ck_assert_uint_eq(K.page_kernel, 0x063 | KGLOBAL);
	ck_assert_uint_eq(K.page_kernel_ro, 0x061 | KGLOBAL);
	ck_assert_uint_eq(K.page_kernel_nocache, 0x073 | KGLOBAL);
	boot(32 * MB, 1, 1);
	ck_assert_uint_eq(K.page_kernel, 0x163);
	ck_assert_uint_eq(K.page_kernel_ro, 0x161);
	ck_assert_uint_eq(K.page_kernel_nocache, 0x173);
}
END_TEST

START_TEST(test_protection_map)
{
	/* Index = vm_flags & 0xf: read 1, write 2, exec 4, shared 8. */
	static const unsigned long want[16] = {
		0x0a0, 0x025, 0x025, 0x025, 0x025, 0x025, 0x025, 0x025,
		0x0a0, 0x025, 0x027, 0x027, 0x025, 0x025, 0x027, 0x027,
	};
	int i;

	host_paging_consts_get(&K);
	for (i = 0; i < 16; i++)
		ck_assert_msg(K.protection_map[i] == want[i],
			      "protection_map[%d] = 0x%lx, want 0x%lx", i,
			      K.protection_map[i], want[i]);
	/* Private writable maps read-only (COW), shared writable RW. */
	ck_assert(!(K.protection_map[2] & RW));
	ck_assert(K.protection_map[8 + 2] & RW);
}
END_TEST

START_TEST(test_layout)
{
	host_paging_consts_get(&K);
	ck_assert_uint_eq(K.pgdir_shift, 22);
	ck_assert_uint_eq(K.ptrs_per_pgd, 1024);
	ck_assert_uint_eq(K.pmd_shift, 22);
	ck_assert_uint_eq(K.ptrs_per_pmd, 1);
	ck_assert_uint_eq(K.ptrs_per_pte, 1024);
	ck_assert_uint_eq(K.user_ptrs_per_pgd, 768);
	ck_assert_uint_eq(K.user_pgd_ptrs, 768);
	ck_assert_uint_eq(K.kernel_pgd_ptrs, 256);
	ck_assert_uint_eq(K.boot_user_pgd_ptrs, 768);
	ck_assert_uint_eq(K.boot_kernel_pgd_ptrs, 256);
	ck_assert_uint_eq(K.fixaddr_top, 0xffffe000);
	ck_assert_uint_eq(K.km_type_nr, 2);
	ck_assert_uint_eq(K.fix_kmap_begin, 0);
	ck_assert_uint_eq(K.fix_kmap_end, 1);
	ck_assert_uint_eq(K.end_of_fixed_addresses, 2);
	ck_assert_uint_eq(K.fixaddr_start, 0xffffc000);
	ck_assert_uint_eq(K.pkmap_base, 0xfe000000);
	ck_assert_uint_eq(K.last_pkmap, 1024);
	ck_assert_uint_eq(K.vmalloc_offset, 8 * MB);
	ck_assert_uint_eq(K.vm_ioremap, 1);
	ck_assert_uint_eq(K.vm_alloc, 2);
	ck_assert_uint_eq(K.sizeof_vm_struct, 16);
	ck_assert_uint_eq(host_fix_to_virt(0), 0xffffe000);
	ck_assert_uint_eq(host_fix_to_virt(1), 0xffffd000);
}
END_TEST

/* ---- pte helpers ---------------------------------------------------- */

START_TEST(test_mk_pte)
{
	static const unsigned long pfns[] = { 0, 1, 0x1234, 0x37fff, 0xfffff };
	static const unsigned long prots[] = { 0x063, 0x163, 0x027, 0x025,
					       0x0a0, 0x073 };
	unsigned int i, j;

	boot(32 * MB, 0, 0);
	for (i = 0; i < sizeof(pfns) / sizeof(pfns[0]); i++)
		for (j = 0; j < sizeof(prots) / sizeof(prots[0]); j++) {
			unsigned long pte = host_pte_op(HOST_MK_PTE, pfns[i],
							prots[j]);

			ck_assert_uint_eq(pte, pfns[i] << 12 | prots[j]);
			ck_assert_uint_eq(host_pte_op(HOST_PTE_PAGE, pte, 0),
					  pfns[i]);
		}
	ck_assert_uint_eq(host_pte_op(HOST_MK_PTE_PHYS, 0x12345678, 0x063),
			  0x12345063);
	ck_assert_uint_eq(host_pte_op(HOST_MK_PTE_PHYS, 0xfffff000, 0x073),
			  0xfffff073);
}
END_TEST

START_TEST(test_pte_modify)
{
	unsigned long pte = 0x00abc000 | P | RW | USER | ACC | DIRTY | PCD |
			    GLOBAL;

	/* Frame, accessed and dirty stay; everything else is the new prot. */
	ck_assert_uint_eq(host_pte_op(HOST_PTE_MODIFY, pte, 0x025),
			  0x00abc000 | ACC | DIRTY | P | USER);
	ck_assert_uint_eq(host_pte_op(HOST_PTE_MODIFY, pte, 0x0a0),
			  0x00abc000 | ACC | DIRTY | PROTNONE);
	ck_assert_uint_eq(host_pte_op(HOST_PTE_MODIFY, 0x00abc000 | P, 0x027),
			  0x00abc027);
}
END_TEST

START_TEST(test_pte_bits)
{
	unsigned long full = 0x00400000 | P | RW | USER | ACC | DIRTY;
	unsigned long bare = 0x00400000 | P;

	ck_assert(host_pte_op(HOST_PTE_READ, full, 0));
	ck_assert(host_pte_op(HOST_PTE_EXEC, full, 0));
	ck_assert(host_pte_op(HOST_PTE_WRITE, full, 0));
	ck_assert(host_pte_op(HOST_PTE_DIRTY, full, 0));
	ck_assert(host_pte_op(HOST_PTE_YOUNG, full, 0));
	ck_assert(!host_pte_op(HOST_PTE_READ, bare, 0));
	ck_assert(!host_pte_op(HOST_PTE_EXEC, bare, 0));
	ck_assert(!host_pte_op(HOST_PTE_WRITE, bare, 0));
	ck_assert(!host_pte_op(HOST_PTE_DIRTY, bare, 0));
	ck_assert(!host_pte_op(HOST_PTE_YOUNG, bare, 0));

	ck_assert_uint_eq(host_pte_op(HOST_PTE_RDPROTECT, full, 0), full & ~USER);
	ck_assert_uint_eq(host_pte_op(HOST_PTE_EXPROTECT, full, 0), full & ~USER);
	ck_assert_uint_eq(host_pte_op(HOST_PTE_MKCLEAN, full, 0), full & ~DIRTY);
	ck_assert_uint_eq(host_pte_op(HOST_PTE_MKOLD, full, 0), full & ~ACC);
	ck_assert_uint_eq(host_pte_op(HOST_PTE_WRPROTECT, full, 0), full & ~RW);
	ck_assert_uint_eq(host_pte_op(HOST_PTE_MKREAD, bare, 0), bare | USER);
	ck_assert_uint_eq(host_pte_op(HOST_PTE_MKEXEC, bare, 0), bare | USER);
	ck_assert_uint_eq(host_pte_op(HOST_PTE_MKDIRTY, bare, 0), bare | DIRTY);
	ck_assert_uint_eq(host_pte_op(HOST_PTE_MKYOUNG, bare, 0), bare | ACC);
	ck_assert_uint_eq(host_pte_op(HOST_PTE_MKWRITE, bare, 0), bare | RW);

	/* Present to the VM: the P bit, or PROT_NONE's bit 7. */
	ck_assert(host_pte_op(HOST_PTE_PRESENT, bare, 0));
	ck_assert(host_pte_op(HOST_PTE_PRESENT, 0x00400000 | PROTNONE | ACC, 0));
	ck_assert(!host_pte_op(HOST_PTE_PRESENT, 0x00400000 | ACC, 0));
	ck_assert(host_pte_op(HOST_PTE_NONE, 0, 0));
	ck_assert(!host_pte_op(HOST_PTE_NONE, 0x00400000, 0));
}
END_TEST

START_TEST(test_ptep_ops)
{
	unsigned long pte = 0x00400000 | P | RW | ACC | DIRTY;

	ck_assert(host_ptep_test_and_clear_dirty(&pte));
	ck_assert_uint_eq(pte, 0x00400000 | P | RW | ACC);
	ck_assert(!host_ptep_test_and_clear_dirty(&pte));
	ck_assert(host_ptep_test_and_clear_young(&pte));
	ck_assert(!host_ptep_test_and_clear_young(&pte));
	ck_assert_uint_eq(pte, 0x00400000 | P | RW);
	host_ptep_set_wrprotect(&pte);
	ck_assert_uint_eq(pte, 0x00400000 | P);
	host_ptep_mkdirty(&pte);
	ck_assert_uint_eq(pte, 0x00400000 | P | DIRTY);
	ck_assert_uint_eq(host_ptep_get_and_clear(&pte), 0x00400000 | P | DIRTY);
	ck_assert_uint_eq(pte, 0);
}
END_TEST

START_TEST(test_pmd_and_index)
{
	ck_assert(host_pte_op(HOST_PMD_NONE, 0, 0));
	ck_assert(!host_pte_op(HOST_PMD_BAD, 0x1000 | KERNPG, 0));
	/* A user page table (USER set) is not bad either. */
	ck_assert(!host_pte_op(HOST_PMD_BAD, 0x1000 | KERNPG | USER, 0));
	/* A 4 MB page or a read-only or non-present entry is "bad". */
	ck_assert(host_pte_op(HOST_PMD_BAD, 0x1000 | KERNPG | PSE, 0));
	ck_assert(host_pte_op(HOST_PMD_BAD, 0x1000 | P | ACC | DIRTY, 0));
	ck_assert(host_pte_op(HOST_PMD_BAD, 0x1000 | RW | ACC | DIRTY, 0));
	ck_assert(host_pte_op(HOST_PMD_PRESENT, 0x1000 | P, 0));
	ck_assert(!host_pte_op(HOST_PMD_PRESENT, 0x1000, 0));

	ck_assert_uint_eq(host_pte_op(HOST_PGD_INDEX, 0xc0000000, 0), 768);
	ck_assert_uint_eq(host_pte_op(HOST_PGD_INDEX, 0xfe000000, 0), 1016);
	ck_assert_uint_eq(host_pte_op(HOST_PGD_INDEX, 0xffffe000, 0), 1023);
	ck_assert_uint_eq(host_pte_op(HOST_PTE_INDEX, 0xffffe000, 0), 1022);
	ck_assert_uint_eq(host_pte_op(HOST_PTE_INDEX, 0xc0123456, 0), 0x123);
	ck_assert_uint_eq(host_pte_op(HOST_PMD_INDEX, 0xc0123456, 0), 0);
	ck_assert_uint_eq(host_pte_op(HOST_PAGES_TO_MB, 8192, 0), 32);
}
END_TEST

START_TEST(test_swap_entry)
{
	unsigned long e = host_pte_op(HOST_SWP_ENTRY, 5, 0x12345);

	ck_assert_uint_eq(e, 5 << 1 | 0x12345 << 8);
	ck_assert_uint_eq(host_pte_op(HOST_SWP_TYPE, e, 0), 5);
	ck_assert_uint_eq(host_pte_op(HOST_SWP_OFFSET, e, 0), 0x12345);
	ck_assert_uint_eq(host_pte_op(HOST_SWP_TYPE,
				      host_pte_op(HOST_SWP_ENTRY, 63, 1), 0), 63);
	/* Neither PRESENT nor PROTNONE: the VM sees it as not present. */
	ck_assert(!host_pte_op(HOST_PTE_PRESENT, e, 0));
	ck_assert(!host_pte_op(HOST_PTE_NONE, e, 0));
}
END_TEST

/* ---- paging_init and mem_init ---------------------------------------- */

/* Every low page at PAGE_OFFSET + phys with the given entry flags. */
static void check_linear(unsigned long ram, unsigned long want)
{
	unsigned long pfn, n = low_pages(ram), flags = 0;

	for (pfn = 0; pfn < n; pfn++) {
		unsigned long va = PO + pfn * PAGE;
		unsigned long pa = host_walk(va, &flags);

		if (pa != pfn * PAGE || flags != want)
			ck_abort_msg("pfn %lu: walk gives 0x%lx flags 0x%lx, "
				     "want 0x%lx flags 0x%lx", pfn, pa, flags,
				     pfn * PAGE, want);
	}
}

START_TEST(test_boot_pse)
{
	struct host_cpu_events e;
	int i;

	boot(32 * MB, 1, 1);
	e = events();
	for (i = 0; i < 8; i++)
		ck_assert_uint_eq(host_pgd(768 + i),
				  i * 4 * MB | KERNPG | PSE | GLOBAL);
	ck_assert_uint_eq(host_pgd(776), 0);
	check_linear(32 * MB, KERNPG | PSE | GLOBAL);
	ck_assert_uint_eq(e.cr4, 0x10 | 0x80);	/* CR4.PSE | CR4.PGE */
	ck_assert_int_eq(e.wp_works_ok, 1);	/* PSE CPUs are trusted */
	ck_assert(!strstr(host_printk_log, "Checking if this processor"));
	ck_assert_uint_eq(e.cr3_loads, 1);
	ck_assert_uint_eq(e.last_cr3, host_pgd_phys());
	ck_assert_uint_eq(e.last_cr3, 0x101000);
	ck_assert_uint_ge(e.flush_global, 1);	/* __flush_tlb_all with PGE */
	/* Only the fixmap and pkmap tables came from bootmem: pages 1, 2. */
	ck_assert_uint_eq(host_pgd(1023), 0x1000 | KERNPG);
	ck_assert_uint_eq(host_pgd(1016), 0x2000 | KERNPG);
}
END_TEST

START_TEST(test_boot_pse_no_pge)
{
	struct host_cpu_events e;

	boot(32 * MB, 1, 0);
	e = events();
	ck_assert_uint_eq(host_pgd(768), KERNPG | PSE);
	ck_assert_uint_eq(e.cr4, 0x10);
#ifdef CONFIG_X86_PGE
	/* __flush_tlb_all is the CR4.PGE toggle, harmless with PGE off. */
	ck_assert_uint_ge(e.flush_global, 1);
#else
	ck_assert_uint_eq(e.flush_global, 0);
	ck_assert_uint_ge(e.flush, 1);
#endif
	check_linear(32 * MB, KERNPG | PSE);
}
END_TEST

START_TEST(test_boot_page_tables)
{
	unsigned long ram = 30 * MB;	/* 7.5 page tables */
	unsigned long last, i;
	struct host_cpu_events e;

	boot_wp(ram, 0, 0, 0, -2);
	mprotect((void *) PO, PAGE, PROT_READ | PROT_WRITE);
	e = events();
	/* Page tables from alloc_bootmem_low_pages: pages 1, 2, 3, ... */
	for (i = 0; i < 8; i++)
		ck_assert_uint_eq(host_pgd(768 + i), (i + 1) * PAGE | KERNPG);
	ck_assert_uint_eq(host_pgd(776), 0);
	ck_assert_uint_eq(host_pgd(1023), 9 * PAGE | KERNPG);
	ck_assert_uint_eq(host_pgd(1016), 10 * PAGE | KERNPG);
	check_linear(ram, KERNEL | KGLOBAL);
	/* The last table stops at the end of low memory. */
	last = PO + ram;
	ck_assert_uint_eq(host_pte_of(last - PAGE),
			  (ram - PAGE) | KERNEL | KGLOBAL);
	ck_assert_uint_eq(host_pte_of(last), 0);
	ck_assert_uint_eq(host_pte_of(PO + 32 * MB - PAGE), 0);
	ck_assert_uint_eq(e.cr4, 0);
	/* No PSE: the WP test runs; its write faulted and was fixed up. */
	ck_assert(strstr(host_printk_log, "Checking if this processor honours "
			 "the WP bit even in supervisor mode... Ok."));
	ck_assert_int_eq(e.wp_works_ok, 1);
	ck_assert_int_eq(fixups, 1);
	/* test_wp_bit put the PAGE_OFFSET pte back. */
	ck_assert_uint_eq(host_pte_of(PO), 0 | KERNEL | KGLOBAL);
}
END_TEST

/* A CPU whose supervisor writes ignore WP: 2.4.0 refuses to run. */
START_TEST(test_boot_wp_broken)
{
	ck_assert(HOST_PANICS(boot_wp(32 * MB, 0, 0, 0, -1)));
	ck_assert(strstr(host_panic_msg, "This kernel doesn't support CPU's "
			 "with broken WP."));
	ck_assert(strstr(host_printk_log, "supervisor mode... No.\n"));
}
END_TEST

START_TEST(test_boot_page_tables_pge)
{
	boot(32 * MB, 0, 1);
	check_linear(32 * MB, KERNEL | GLOBAL);
	ck_assert_uint_eq(events().cr4, 0);	/* PGE only with PSE (2.4.0) */
}
END_TEST

START_TEST(test_fixmap_pkmap_tables)
{
	struct host_paging_info i;
	unsigned long fix, pk;

	boot(32 * MB, 1, 1);
	i = info();
	fix = host_pgd(1023) & ~0xfffUL;
	pk = host_pgd(1016) & ~0xfffUL;
	ck_assert_uint_eq(i.pkmap_page_table, PO + pk);
	ck_assert_uint_eq(i.kmap_pte, PO + fix + 1022 * 4);
	ck_assert_uint_eq(i.kmap_prot, 0x163);
	/* Empty tables: nothing mapped yet. */
	ck_assert_uint_eq(host_pte_of(0xffffe000), 0);
	ck_assert_uint_eq(host_pte_of(0xfe000000), 0);
	ck_assert_uint_eq(host_pte_of(0xfe3ff000), 0);
	/* Nothing else in the kernel's part of the pgd. */
	ck_assert_uint_eq(host_pgd(1015), 0);
	ck_assert_uint_eq(host_pgd(1017), 0);
	ck_assert_uint_eq(host_pgd(1022), 0);
}
END_TEST

START_TEST(test_set_fixmap)
{
	struct host_cpu_events e;

	boot(32 * MB, 1, 1);
	host_cpu_events_reset();
	host_set_fixmap(0, 0xb8000);
	e = events();
	ck_assert_uint_eq(host_pte_of(0xffffe000), 0xb8000 | 0x163);
	ck_assert_uint_eq(e.flush_one, 1);
	ck_assert_uint_eq(e.last_flush_one, 0xffffe000);
	host_set_fixmap(2, 0x1000);
	ck_assert(strstr(host_printk_log, "Invalid __set_fixmap"));
	host_set_fixmap(0, 0xb9000);	/* already in use: complains, maps */
	ck_assert(strstr(host_printk_log, "bad pte 000b8163"));
	ck_assert_uint_eq(host_pte_of(0xffffe000), 0xb9000 | 0x163);
}
END_TEST

START_TEST(test_zap_low_mappings)
{
	int i;

	boot_cfg(32 * MB, 1, 1, 1);	/* stop after paging_init */
	ck_assert_uint_eq(host_pgd(0), 0x00102007);
	ck_assert_uint_eq(host_pgd(1), 0x00103007);
	boot(32 * MB, 1, 1);
	for (i = 0; i < 768; i++)
		ck_assert_uint_eq(host_pgd(i), 0);
	/* pagetable_init rewrote the kernel's boot entries. */
	ck_assert_uint_eq(host_pgd(768), KERNPG | PSE | GLOBAL);
}
END_TEST

START_TEST(test_zone_sizes)
{
	boot(8 * MB, 1, 1);
	ck_assert_uint_eq(zone(0).size, 2048);
	ck_assert_uint_eq(zone(1).size, 0);
	ck_assert_uint_eq(zone(2).size, 0);
	boot(32 * MB, 1, 1);
	ck_assert_uint_eq(zone(0).size, 4096);
	ck_assert_uint_eq(zone(1).size, 4096);
	ck_assert_uint_eq(zone(2).size, 0);
	ck_assert(strstr(host_printk_log, "zone(2): 0 pages."));
}
END_TEST

START_TEST(test_highmem_boot)
{
	struct host_paging_info i;
	unsigned long pfn, th, fh, tr, fr, unit;

	boot(1024 * MB, 1, 1);
	i = info();
	ck_assert_uint_eq(zone(0).size, 4096);
	ck_assert_uint_eq(zone(1).size, 0x38000 - 4096);
	ck_assert_uint_eq(zone(2).size, 32768);
	ck_assert_uint_eq(i.max_pfn, 262144);
	ck_assert_uint_eq(i.highstart_pfn, 0x38000);
	ck_assert_uint_eq(i.highend_pfn, 262144);
	ck_assert_uint_eq(i.max_mapnr, 262144);
	ck_assert_uint_eq(i.num_physpages, 262144);
	ck_assert_uint_eq(i.highmem_start_pfn, 0x38000);
	ck_assert_uint_eq(i.high_memory, 0xf8000000);
	ck_assert_uint_eq(i.vmalloc_start, 0xf8800000);
	ck_assert_uint_eq(i.totalhigh_pages, 32768);
	/* Each HighMem page was freed on its own, marked PG_highmem. */
	ck_assert_uint_eq(zone(2).free_pages, 32768);
	for (pfn = 0x38000; pfn < 262144; pfn += 997) {
		struct host_page_info pi = page(pfn);

		ck_assert(pi.flags & (1UL << PG_highmem));
		ck_assert(!(pi.flags & (1UL << PG_reserved)));
		ck_assert_int_eq(pi.count, 0);
		ck_assert_uint_eq(pi.virtual, 0);
	}
	ck_assert(!(page(0x38000 - 1).flags & (1UL << PG_highmem)));
	ck_assert(strstr(host_printk_log, ", 131072k highmem)\n"));
	host_si_meminfo(&tr, &fr, &th, &fh, &unit);
	ck_assert_uint_eq(th, 32768);
	ck_assert_uint_eq(fh, 32768);
	ck_assert_uint_eq(tr, i.totalram_pages);
	ck_assert_uint_eq(fr, nr_free_pages());
	ck_assert_uint_eq(unit, 4096);
}
END_TEST

/* The Memory: line and what it counts. */
START_TEST(test_memory_line)
{
	unsigned long ram = 32 * MB, avail, total, high, ram_low, fr;
	int code, res, data, init, n;
	char *m;
	struct host_paging_info i;

	boot(ram, 1, 1);
	i = info();
	m = strstr(host_printk_log, "Memory: ");
	ck_assert_ptr_nonnull(m);
	n = sscanf(m, "Memory: %luk/%luk available (%dk kernel code, "
		   "%dk reserved, %dk data, %dk init, %luk highmem)\n",
		   &avail, &total, &code, &res, &data, &init, &high);
	ck_assert_int_eq(n, 7);
	fr = nr_free_pages();
	ck_assert_uint_eq(avail, fr * 4);
	ck_assert_uint_eq(total, i.max_mapnr * 4);
	ck_assert_uint_eq(total, 32768);
	ck_assert_int_eq(code, 256);
	ck_assert_int_eq(data, 64);
	ck_assert_int_eq(init, 12);
	ck_assert_uint_eq(high, 0);
	/* Every page of low RAM is now free or counted as reserved. */
	ram_low = 0x9f + (ram / PAGE - 256);
	ck_assert_uint_eq((unsigned long) res, (ram_low - fr) * 4);
	ck_assert_uint_eq(i.empty_zero_nonzero, 0);
	ck_assert_uint_eq(i.high_memory, PO + ram);
	ck_assert_uint_eq(i.vmalloc_start, 0xc2800000);
	ck_assert_uint_eq(i.vmalloc_end, 0xffffc000);
	ck_assert_uint_eq(i.highmem_start_pfn, 8192);
}
END_TEST

START_TEST(test_free_initmem_show_mem)
{
	unsigned long before;

	boot(32 * MB, 1, 1);
	before = nr_free_pages();
	host_free_initmem();
	ck_assert_uint_eq(nr_free_pages(), before + 3);
	ck_assert(strstr(host_printk_log,
			 "Freeing unused kernel memory: 12k freed\n"));
	ck_assert(!(page(0x158).flags & (1UL << PG_reserved)));
	host_show_mem();
	ck_assert(strstr(host_printk_log, "Mem-info:\n"));
	ck_assert(strstr(host_printk_log, "8192 pages of RAM\n"));
	ck_assert(strstr(host_printk_log, "0 pages of HIGHMEM\n"));
	ck_assert(strstr(host_printk_log, "0 pages in page table cache\n"));
}
END_TEST

/* ---- the page-table slow paths, the quicklists, show_mem ------------- */

#define PAGE_TABLE	(KERNPG | USER)		/* _PAGE_TABLE */
#define BAD_TABLE	0x106000UL		/* __pa(empty_bad_pte_table) */

/*
 * get_pte_kernel_slow and get_pte_slow: a fresh cleared page table for an
 * empty pmd; a page table that appeared meanwhile is used, the new page
 * given back; a bad pmd or no memory leaves the pmd on the bad table.
 */
static void check_get_pte_slow(int user, int slot)
{
	unsigned long flags = user ? PAGE_TABLE : KERNPG;
	unsigned long before, r, table, va = (unsigned long) slot << 22;
	long pfns[8200];
	int i, n = 0;

	before = nr_free_pages();
	r = host_get_pte_slow(user, slot, 5);
	table = host_pgd(slot) & ~0xfffUL;
	ck_assert_uint_eq(host_pgd(slot) & 0xfff, flags);
	ck_assert_uint_eq(r, PO + table + 5 * 4);
	ck_assert_uint_eq(nr_free_pages(), before - 1);
	for (i = 0; i < 1024; i++)
		ck_assert_uint_eq(host_pte_of(va + i * PAGE), 0);
	/* The pmd is no longer empty when the page arrives. */
	r = host_get_pte_slow(user, slot, 1023);
	ck_assert_uint_eq(r, PO + table + 1023 * 4);
	ck_assert_uint_eq(host_pgd(slot), table | flags);
	ck_assert_uint_eq(nr_free_pages(), before - 1);
	/* A bad pmd: reported, pointed at the bad table, NULL. */
	host_printk_reset();
	host_set_pgd(slot + 1, 0x5000 | P);
	ck_assert_uint_eq(host_get_pte_slow(user, slot + 1, 0), 0);
	ck_assert(strstr(host_printk_log, "bad pmd 00005001."));
	ck_assert_uint_eq(host_pgd(slot + 1), BAD_TABLE | flags);
	ck_assert_uint_eq(nr_free_pages(), before - 1);
	/* No memory: the bad table again, NULL. */
	host_set_memalloc(1);
	while (n < 8200 && (pfns[n] = host_alloc_pages(0x07, 0)) >= 0)
		n++;
	ck_assert_uint_eq(nr_free_pages(), 0);
	ck_assert_uint_eq(host_get_pte_slow(user, slot + 2, 3), 0);
	ck_assert_uint_eq(host_pgd(slot + 2), BAD_TABLE | flags);
	while (n > 0)
		host_free_pages_pfn(pfns[--n], 0);
	host_set_memalloc(0);
	ck_assert_uint_eq(nr_free_pages(), before - 1);
	/* Every entry of the bad table maps empty_bad_page, dirty. */
	for (i = 0; i < 1024; i++)
		ck_assert_uint_eq(host_bad_pte_table(i),
				  0x105000 | K.page_shared | DIRTY);
}

START_TEST(test_get_pte_slow_kernel)
{
	boot(32 * MB, 1, 1);
	check_get_pte_slow(0, 600);
}
END_TEST

START_TEST(test_get_pte_slow_user)
{
	boot(32 * MB, 1, 1);
	check_get_pte_slow(1, 500);
}
END_TEST

/* Above high, shrink to low: one page of each list a round. */
START_TEST(test_check_pgt_cache)
{
	unsigned long before;
	int i;

	boot(32 * MB, 1, 1);
	before = nr_free_pages();
	for (i = 0; i < 2; i++)
		ck_assert(host_quicklist_push(0) != 0);
	for (i = 0; i < 3; i++)
		ck_assert(host_quicklist_push(1) != 0);
	ck_assert_int_eq(host_pgtable_cache_size(), 5);
	ck_assert_int_eq(host_do_check_pgt_cache(1, 5), 0);
	ck_assert_int_eq(host_pgtable_cache_size(), 5);
	/* 5 > 4: rounds until at most 1 is left, pgd then pte each round. */
	ck_assert_int_eq(host_do_check_pgt_cache(1, 4), 4);
	ck_assert_int_eq(host_pgtable_cache_size(), 1);
	ck_assert_uint_eq(nr_free_pages(), before - 1);
	ck_assert_int_eq(host_do_check_pgt_cache(0, 1), 0);
	ck_assert_int_eq(host_do_check_pgt_cache(0, 0), 1);
	ck_assert_int_eq(host_pgtable_cache_size(), 0);
	ck_assert_uint_eq(nr_free_pages(), before);
}
END_TEST

/* show_mem's counts, against a count over the page structs here. */
static void check_show_mem(unsigned long npages)
{
	unsigned long pfn, reserved = 0, shared = 0, cached = 0, high = 0;
	char line[256];

	host_printk_reset();
	host_show_mem();
	for (pfn = 0; pfn < npages; pfn++) {
		struct host_page_info pi = page(pfn);

		if (pi.flags & (1UL << PG_highmem))
			high++;
		if (pi.flags & (1UL << PG_reserved))
			reserved++;
		else if (pi.flags & (1UL << 9))		/* PG_swap_cache */
			cached++;
		else if (pi.count)
			shared += pi.count - 1;
	}
	sprintf(line, "\n%lu pages of RAM\n%lu pages of HIGHMEM\n"
		"%lu reserved pages\n%lu pages shared\n%lu pages swap cached\n"
		"0 pages in page table cache\n", npages, high, reserved, shared,
		cached);
	ck_assert_msg(strstr(host_printk_log, line), "want %s in %s", line,
		      host_printk_log);
}

START_TEST(test_show_mem_counts)
{
	long a, b, c;

	boot(32 * MB, 1, 1);
	check_show_mem(8192);
	/* Two pages with more users, one of them in the swap cache. */
	a = host_alloc_pages(0x07, 0);
	b = host_alloc_pages(0x07, 0);
	c = host_alloc_pages(0x07, 0);
	host_page_set_count(a, 3);
	host_page_set_count(b, 4);
	host_page_set_flag(b, 9);
	host_page_set_flag(c, 9);
	check_show_mem(8192);
	ck_assert(strstr(host_printk_log, "\n2 pages swap cached\n"));
	host_page_clear_flag(b, 9);
	host_page_clear_flag(c, 9);
	host_page_set_count(a, 1);
	host_page_set_count(b, 1);
	host_free_pages_pfn(a, 0);
	host_free_pages_pfn(b, 0);
	host_free_pages_pfn(c, 0);
	boot(1024 * MB, 1, 1);
	check_show_mem(262144);
	ck_assert(strstr(host_printk_log, "\n32768 pages of HIGHMEM\n"));
}
END_TEST

/* ---- vmalloc -------------------------------------------------------- */

static void check_vm_pages(unsigned long addr, int n, unsigned long prot)
{
	int k;

	for (k = 0; k < n; k++) {
		unsigned long pte = host_pte_of(addr + k * PAGE);
		struct host_page_info pi;

		ck_assert_msg(pte != ~0UL && (pte & 0xfff) == prot,
			      "page %d of %lx: pte 0x%lx", k, addr, pte);
		pi = page(pte >> 12);
		ck_assert_int_eq(pi.count, 1);
		ck_assert(!(pi.flags & (1UL << PG_reserved)));
	}
	ck_assert_uint_eq(host_pte_of(addr + n * PAGE), 0);	/* guard */
}

START_TEST(test_vmalloc_basic)
{
	unsigned long before, a, b, addr[4], size[4], flags[4];
	struct host_cpu_events e;

	boot(32 * MB, 1, 1);
	before = nr_free_pages();
	host_cpu_events_reset();
	a = host_vmalloc(1);		/* rounded up to a page */
	e = events();
	ck_assert_uint_eq(a, 0xc2800000);
	ck_assert_uint_eq(host_pgd(778) & 0xfff, KERNPG);	/* new table */
	ck_assert_uint_eq(nr_free_pages(), before - 2);	/* page + table */
	ck_assert_uint_ge(e.flush_global, 1);
	check_vm_pages(a, 1, 0x163);
	ck_assert_int_eq(host_vmlist_get(addr, size, flags, 4), 1);
	ck_assert_uint_eq(size[0], 2 * PAGE);
	ck_assert_uint_eq(flags[0], 2);

	b = host_vmalloc(3 * PAGE);
	ck_assert_uint_eq(b, a + 2 * PAGE);
	check_vm_pages(b, 3, 0x163);
	ck_assert_uint_eq(nr_free_pages(), before - 5);
	host_vfree(a);
	ck_assert_uint_eq(host_pte_of(a), 0);
	ck_assert_uint_eq(nr_free_pages(), before - 4);
	host_vfree(b);
	ck_assert_uint_eq(nr_free_pages(), before - 1);	/* the table stays */
	ck_assert_int_eq(host_vmlist_get(addr, size, flags, 4), 0);
	ck_assert_int_eq(host_kmalloc_live(), 0);
}
END_TEST

/* An area across a 4 MB boundary needs two page tables. */
START_TEST(test_vmalloc_two_tables)
{
	unsigned long before, a;

	boot(32 * MB, 0, 0);
	before = nr_free_pages();
	a = host_vmalloc(1100 * PAGE);
	ck_assert_uint_eq(a, 0xc2800000);
	check_vm_pages(a, 1100, 0x063 | KGLOBAL);
	ck_assert_uint_eq(host_pgd(778) & 0xfff, KERNPG);
	ck_assert_uint_eq(host_pgd(779) & 0xfff, KERNPG);
	ck_assert_uint_eq(nr_free_pages(), before - 1100 - 2);
	host_vfree(a);
	ck_assert_uint_eq(nr_free_pages(), before - 2);
}
END_TEST

START_TEST(test_vmalloc_zones)
{
	unsigned long a, d;
	int k;

	boot(1024 * MB, 1, 1);
	a = host_vmalloc(8 * PAGE);
	ck_assert_uint_eq(a, 0xf8800000);
	for (k = 0; k < 8; k++)	/* HighMem first */
		ck_assert(host_pte_of(a + k * PAGE) >> 12 >= 0x38000);
	d = host_vmalloc_dma(8 * PAGE);
	for (k = 0; k < 8; k++)
		ck_assert(host_pte_of(d + k * PAGE) >> 12 < 4096);
	host_vfree(a);
	host_vfree(d);
}
END_TEST

START_TEST(test_vmalloc_failures)
{
	unsigned long before, free_now, tables = 0, addr, size, flags;
	int i;

	boot(32 * MB, 1, 1);
	ck_assert(HOST_BUGS(host_vmalloc(0)));
	ck_assert(HOST_BUGS(host_vmalloc((8192 + 1) * PAGE)));
	host_kmalloc_fail_after(0);
	ck_assert_uint_eq(host_vmalloc(PAGE), 0);
	host_kmalloc_fail_after(-1);
	/*
	 * More pages than are free: the pages taken are given back, the
	 * page tables made on the way stay (a table that could not be
	 * allocated is left pointing at empty_bad_pte_table).
	 */
	host_vfree(host_vmalloc(PAGE));		/* the first page table */
	before = nr_free_pages();
	ck_assert_uint_eq(host_vmalloc((before + 10) * PAGE), 0);
	free_now = nr_free_pages();
	for (i = 779; i < 800; i++)
		if (host_pgd(i) && host_pgd(i) != (0x106000 | KERNPG))
			tables++;
	ck_assert_uint_ge(tables, 1);
	ck_assert_uint_eq(free_now + tables, before);
	ck_assert_int_eq(host_kmalloc_live(), 0);
	ck_assert_int_eq(host_vmlist_get(&addr, &size, &flags, 1), 0);
}
END_TEST

START_TEST(test_vfree_errors)
{
	unsigned long a;

	boot(32 * MB, 1, 1);
	a = host_vmalloc(PAGE);
	host_vfree(0);
	host_vfree(a + 12);
	ck_assert(strstr(host_printk_log,
			 "Trying to vfree() bad address (c280000c)"));
	host_vfree(a + 2 * PAGE);
	ck_assert(strstr(host_printk_log,
			 "Trying to vfree() nonexistent vm area (c2802000)"));
	ck_assert_uint_eq(host_pte_of(a) >> 12 != 0, 1);
	host_vfree(a);
}
END_TEST

/* The reference: 2.4.0's first fit with a guard page and a strict "<". */
#define MAXA	64
static unsigned long m_addr[MAXA], m_size[MAXA];
static int m_n;

static unsigned long model_get(unsigned long size, unsigned long vs,
			       unsigned long ve)
{
	unsigned long addr = vs;
	int i, j;

	size += PAGE;
	for (i = 0; i < m_n; i++) {
		if (addr + size < addr)
			return 0;
		if (addr + size < m_addr[i])
			break;
		addr = m_addr[i] + m_size[i];
		if (addr > ve - size)
			return 0;
	}
	for (j = m_n; j > i; j--) {
		m_addr[j] = m_addr[j - 1];
		m_size[j] = m_size[j - 1];
	}
	m_addr[i] = addr;
	m_size[i] = size;
	m_n++;
	return addr;
}

static void model_free(int i)
{
	for (; i < m_n - 1; i++) {
		m_addr[i] = m_addr[i + 1];
		m_size[i] = m_size[i + 1];
	}
	m_n--;
}

static void model_compare(int step)
{
	unsigned long addr[MAXA], size[MAXA], flags[MAXA];
	int n = host_vmlist_get(addr, size, flags, MAXA), i;

	ck_assert_msg(n == m_n, "step %d: %d areas, model %d", step, n, m_n);
	for (i = 0; i < n; i++)
		ck_assert_msg(addr[i] == m_addr[i] && size[i] == m_size[i],
			      "step %d area %d: %lx+%lx, model %lx+%lx", step,
			      i, addr[i], size[i], m_addr[i], m_size[i]);
}

START_TEST(test_get_vm_area_model)
{
	struct host_paging_info in;
	unsigned long seed = 12345;
	int step;

	boot(32 * MB, 1, 1);
	in = info();
	m_n = 0;
	for (step = 0; step < 4000; step++) {
		seed = seed * 1103515245UL + 12345UL;
		if (m_n < MAXA - 1 && ((seed >> 16) % 3 || m_n == 0)) {
			unsigned long size = (1 + (seed >> 8) % 6) * PAGE;
			unsigned long want = model_get(size, in.vmalloc_start,
						       in.vmalloc_end);

			ck_assert_uint_eq(host_get_vm_area(size, 2), want);
		} else {
			int i = (seed >> 8) % m_n;

			host_vfree(m_addr[i]);
			model_free(i);
		}
		model_compare(step);
	}
	ck_assert_int_eq(host_kmalloc_live(), m_n);
}
END_TEST

START_TEST(test_get_vm_area_fit)
{
	unsigned long a, b, c, d, e, f;

	boot(32 * MB, 1, 1);
	a = host_get_vm_area(PAGE, 2);
	b = host_get_vm_area(PAGE, 2);
	c = host_get_vm_area(PAGE, 2);
	d = host_get_vm_area(PAGE, 2);
	ck_assert_uint_eq(b, a + 2 * PAGE);
	ck_assert_uint_eq(c, a + 4 * PAGE);
	ck_assert_uint_eq(d, a + 6 * PAGE);
	host_vfree(b);
	/* A hole of exactly page + guard is not used: size + addr < next. */
	e = host_get_vm_area(PAGE, 2);
	ck_assert_uint_eq(e, a + 8 * PAGE);
	host_vfree(c);
	f = host_get_vm_area(PAGE, 2);
	ck_assert_uint_eq(f, b);
}
END_TEST

/*
 * The VMALLOC_END test is only made inside the loop (2.4.0): with an
 * empty vmlist any size is taken, even one that runs over the fixmaps.
 */
START_TEST(test_get_vm_area_limits)
{
	unsigned long big = 0x3d7fc000, a, small;	/* VMALLOC_END - START */

	boot(32 * MB, 1, 1);
	a = host_get_vm_area(big, 2);
	ck_assert_uint_eq(a, 0xc2800000);	/* ends at 0xffffd000 */
	host_vfree(a);
	small = host_get_vm_area(PAGE, 2);
	ck_assert_uint_eq(host_get_vm_area(big, 2), 0);
	ck_assert_uint_eq(host_get_vm_area(0x50000000, 2), 0);	/* wraps */
	ck_assert_int_eq(host_kmalloc_live(), 1);
	host_vfree(small);
	ck_assert_int_eq(host_kmalloc_live(), 0);
}
END_TEST

/* The kernel pte slot for va, through swapper_pg_dir (its table must exist). */
static unsigned long *kpte_slot(unsigned long va)
{
	unsigned long *pgdir = (unsigned long *) (PO + host_pgd_phys());
	unsigned long *table = (unsigned long *) (PO + (pgdir[va >> 22] &
							~0xfffUL));

	return table + ((va >> 12) & 1023);
}

/*
 * vfree's walk of the kernel page tables.  A swap entry where a page
 * should be is reported, cleared and nothing is freed for it; a page
 * table whose pgd entry is bad is reported and the entry cleared, its
 * pages (and the table) left alone.
 */
START_TEST(test_vfree_odd_entries)
{
	unsigned long a, b, before, *pgdir, addr, size, flags;

	boot(32 * MB, 1, 1);
	a = host_vmalloc(3 * PAGE);
	before = nr_free_pages();
	*kpte_slot(a + PAGE) = 0x200;		/* not present, not none */
	host_vfree(a);
	ck_assert(strstr(host_printk_log, "<2>Whee.. Swapped out page in "
			 "kernel page table\n"));
	ck_assert_uint_eq(nr_free_pages(), before + 2);
	ck_assert_uint_eq(host_pte_of(a + PAGE), 0);
	ck_assert_int_eq(host_kmalloc_live(), 0);

	b = host_vmalloc(PAGE);
	ck_assert_uint_eq(b, a);
	before = nr_free_pages();
	pgdir = (unsigned long *) (PO + host_pgd_phys());
	pgdir[b >> 22] &= ~RW;			/* pmd_bad */
	host_printk_reset();
	host_vfree(b);
	ck_assert(strstr(host_printk_log, "bad pmd"));
	ck_assert_uint_eq(host_pgd(b >> 22), 0);
	ck_assert_uint_eq(nr_free_pages(), before);
	ck_assert_int_eq(host_vmlist_get(&addr, &size, &flags, 1), 0);
}
END_TEST

/* A pte already set where vmalloc maps a page: a message, then replaced. */
START_TEST(test_vmalloc_pte_exists)
{
	unsigned long a, b;

	boot(32 * MB, 1, 1);
	a = host_vmalloc(PAGE);
	*kpte_slot(a + 2 * PAGE) = 0x3000 | KERNEL;
	b = host_vmalloc(PAGE);
	ck_assert_uint_eq(b, a + 2 * PAGE);
	ck_assert(strstr(host_printk_log,
			 "<3>alloc_area_pte: page already exists\n"));
	ck_assert_uint_ne(host_pte_of(b) >> 12, 3);
	check_vm_pages(b, 1, 0x163);
}
END_TEST

/* ---- kmap ----------------------------------------------------------- */

#define HP(n)	(0x38000UL + (n))	/* the n-th HighMem page frame */

START_TEST(test_kmap_low)
{
	boot(1024 * MB, 1, 1);
	ck_assert_uint_eq(host_kmap(100), PO + 100 * PAGE);
	host_kunmap(100);
	ck_assert_uint_eq(host_kmap_atomic(100, 0), PO + 100 * PAGE);
	ck_assert_int_eq(host_pkmap_count(1), 0);
}
END_TEST

START_TEST(test_kmap_high)
{
	unsigned long v, slot;

	boot(1024 * MB, 1, 1);
	v = host_kmap(HP(5));
	slot = (v - 0xfe000000) / PAGE;
	ck_assert_uint_eq(slot, 1);		/* last_pkmap_nr starts at 0 */
	ck_assert_int_eq(host_pkmap_count(1), 2);
	ck_assert_uint_eq(host_pkmap_pte(1), HP(5) << 12 | 0x163);
	ck_assert_uint_eq(page(HP(5)).virtual, v);
	ck_assert_uint_eq(host_kmap(HP(5)), v);
	ck_assert_int_eq(host_pkmap_count(1), 3);
	host_kunmap(HP(5));
	host_kunmap(HP(5));
	/* Free but kept: count 1, pte and ->virtual still there. */
	ck_assert_int_eq(host_pkmap_count(1), 1);
	ck_assert_uint_eq(page(HP(5)).virtual, v);
	ck_assert_uint_eq(host_pkmap_pte(1), HP(5) << 12 | 0x163);
	ck_assert_uint_eq(host_kmap(HP(5)), v);	/* reused, no new slot */
	ck_assert_uint_eq(host_last_pkmap_nr(), 1);
	host_kunmap(HP(5));
	/* One kunmap too many drops the count to 0: BUG. */
	ck_assert(HOST_BUGS(host_kunmap(HP(5))));
	/* kunmap of a page that has no mapping: BUG. */
	ck_assert(HOST_BUGS(host_kunmap(HP(6))));
}
END_TEST

/* Wrapping to slot 0 flushes every slot with count 1, once. */
START_TEST(test_kmap_wrap)
{
	struct host_cpu_events e;
	unsigned long v;
	int n;

	boot(1024 * MB, 1, 1);
	host_kmap(HP(0));		/* slot 1, stays in use */
	for (n = 1; n < 1023; n++) {
		v = host_kmap(HP(n));
		ck_assert_uint_eq(v, 0xfe000000 + (n + 1) * PAGE);
		host_kunmap(HP(n));
	}
	ck_assert_int_eq(host_pkmap_count(1023), 1);
	host_cpu_events_reset();
	v = host_kmap(HP(2000));	/* slots 1..1023 taken: wrap to 0 */
	e = events();
	ck_assert_uint_eq(v, 0xfe000000);
	ck_assert_uint_eq(e.flush_global, 1);
	ck_assert_int_eq(host_pkmap_count(0), 2);
	ck_assert_int_eq(host_pkmap_count(1), 2);	/* busy: untouched */
	ck_assert_uint_eq(page(HP(0)).virtual, 0xfe001000);
	for (n = 2; n < 1024; n++) {
		ck_assert_int_eq(host_pkmap_count(n), 0);
		ck_assert_uint_eq(host_pkmap_pte(n), 0);
	}
	ck_assert_uint_eq(page(HP(1)).virtual, 0);
	ck_assert_uint_eq(page(HP(1022)).virtual, 0);
	/* A flushed page gets a fresh slot: the next one after 0 that is free. */
	ck_assert_uint_eq(host_kmap(HP(1)), 0xfe002000);
}
END_TEST

/* No slot free and no other task to wait for: the port's dead end. */
START_TEST(test_kmap_all_busy)
{
	int n;

	boot(1024 * MB, 1, 1);
	for (n = 0; n < 1024; n++)
		host_kmap(HP(n));
	ck_assert(HOST_PANICS(host_kmap(HP(5000))));
	ck_assert(strstr(host_panic_msg, "all 1024 pkmap slots in use"));
}
END_TEST

/*
 * Every slot taken: kmap_high sleeps on pkmap_map_wait.  When it wakes,
 * it first looks whether someone else mapped its page meanwhile; if not,
 * it searches again from where it was, and the wrap to slot 0 flushes
 * the slots released while it slept.
 */
START_TEST(test_kmap_sleep)
{
	unsigned long v;
	int n;

	boot(1024 * MB, 1, 1);
	for (n = 0; n < 1024; n++)
		host_kmap(HP(n));
	ck_assert_uint_eq(host_last_pkmap_nr(), 0);	/* HP(1023) got slot 0 */
	/* The other task releases HP(7) (slot 8): found after the flush. */
	host_kmap_other_task(HP(7), 1, 0);
	v = host_kmap(HP(5000));
	ck_assert_uint_eq(v, 0xfe008000);
	ck_assert_int_eq(host_pkmap_count(8), 2);
	ck_assert_uint_eq(page(HP(7)).virtual, 0);
	ck_assert_uint_eq(page(HP(5000)).virtual, v);
	ck_assert_uint_eq(host_last_pkmap_nr(), 8);

	/*
	 * The other task releases HP(20) (slot 21) and maps our page there
	 * itself: we wake up, see the page mapped, and share the slot.
	 */
	host_kmap_other_task(HP(20), 1, HP(6000));
	v = host_kmap(HP(6000));
	ck_assert_uint_eq(v, 0xfe015000);
	ck_assert_int_eq(host_pkmap_count(21), 3);
	ck_assert_uint_eq(page(HP(20)).virtual, 0);
	ck_assert_uint_eq(host_pkmap_pte(21), HP(6000) << 12 | 0x163);
}
END_TEST

START_TEST(test_kmap_atomic)
{
	struct host_cpu_events e;
	unsigned long v0, v1;

	boot(1024 * MB, 1, 1);
	host_cpu_events_reset();
	v0 = host_kmap_atomic(HP(7), 0);
	v1 = host_kmap_atomic(HP(8), 1);
	e = events();
	ck_assert_uint_eq(v0, 0xffffe000);
	ck_assert_uint_eq(v1, 0xffffd000);
	ck_assert_uint_eq(host_kmap_pte(0), HP(7) << 12 | 0x163);
	ck_assert_uint_eq(host_kmap_pte(1), HP(8) << 12 | 0x163);
	ck_assert_uint_eq(host_pte_of(0xffffd000), HP(8) << 12 | 0x163);
	ck_assert_uint_eq(e.flush_one, 2);
	ck_assert_uint_eq(e.last_flush_one, 0xffffd000);
	/* HIGHMEM_DEBUG: a slot still in use, or a wrong address, is a BUG. */
	ck_assert(HOST_BUGS(host_kmap_atomic(HP(9), 0)));
	ck_assert(HOST_BUGS(host_kunmap_atomic(0xffffd000, 0)));
	host_kunmap_atomic(v0, 0);
	host_kunmap_atomic(v1, 1);
	ck_assert_uint_eq(host_kmap_pte(0), 0);
	ck_assert_uint_eq(host_kmap_pte(1), 0);
	ck_assert_int_eq(host_pkmap_count(1), 0);	/* no pkmap slot used */
}
END_TEST

/* ---- ioremap -------------------------------------------------------- */

START_TEST(test_ioremap_isa)
{
	unsigned long addr[4], size[4], flags[4];

	boot(32 * MB, 1, 1);
	ck_assert_uint_eq(host_ioremap(0xb8000, 4000, 0), PO + 0xb8000);
	ck_assert_uint_eq(host_ioremap(0xa0000, 0x60000, 0), PO + 0xa0000);
	ck_assert_int_eq(host_vmlist_get(addr, size, flags, 4), 0);
	host_iounmap(PO + 0xb8000);	/* below high_memory: nothing */
	/* One byte past 1 MB leaves the window (kernel pages: reserved). */
	ck_assert_uint_eq(host_ioremap(0xff000, 0x1001, 0), 0xc2800000);
}
END_TEST

START_TEST(test_ioremap_ram)
{
	unsigned long a, before;

	boot(32 * MB, 1, 1);
	before = nr_free_pages();
	/* Free RAM in the allocator's hands: refused. */
	ck_assert_uint_eq(host_ioremap(0x400000, PAGE, 0), 0);
	ck_assert_uint_eq(host_ioremap(0x100000, 0x400000, 0), 0);
	/* Reserved RAM (the kernel image at 1 MB): allowed. */
	a = host_ioremap(0x100000, 2 * PAGE, 0);
	ck_assert_uint_eq(a, 0xc2800000);
	ck_assert_uint_eq(host_pte_of(a), 0x100000 | P | RW | DIRTY | ACC);
	ck_assert_uint_eq(host_pte_of(a + PAGE), 0x101000 | P | RW | DIRTY | ACC);
	host_iounmap(a);
	/* Reserved pages are not freed by vfree; only the page table stays. */
	ck_assert_uint_eq(nr_free_pages(), before - 1);
	ck_assert(page(0x100).flags & (1UL << PG_reserved));
	ck_assert_uint_eq(host_ioremap(0x1000000, 0, 0), 0);
	ck_assert_uint_eq(host_ioremap(0xfffff000, 0x2000, 0), 0);
}
END_TEST

START_TEST(test_ioremap_device)
{
	unsigned long a, addr[4], size[4], flags[4];

	boot(32 * MB, 1, 1);
	a = host_ioremap(0xfebf0123, 0x2000, 0);
	ck_assert_uint_eq(a, 0xc2800123);
	ck_assert_int_eq(host_vmlist_get(addr, size, flags, 4), 1);
	ck_assert_uint_eq(size[0], 4 * PAGE);	/* 3 pages + guard */
	ck_assert_uint_eq(flags[0], 1);		/* VM_IOREMAP */
	ck_assert_uint_eq(host_pte_of(0xc2800000), 0xfebf0063);
	ck_assert_uint_eq(host_pte_of(0xc2801000), 0xfebf1063);
	ck_assert_uint_eq(host_pte_of(0xc2802000), 0xfebf2063);
	ck_assert_uint_eq(host_pte_of(0xc2803000), 0);
	host_iounmap(a);
	ck_assert_int_eq(host_vmlist_get(addr, size, flags, 4), 0);
	ck_assert_uint_eq(host_pte_of(0xc2800000), 0);

	a = host_ioremap(0xfffc0000, 0x40000, 0x010);	/* nocache, BIOS */
	ck_assert_uint_eq(host_pte_of(a), 0xfffc0073);
	ck_assert_uint_eq(host_pte_of(a + 0x3f000), 0xfffff073);
	/* iounmap rounds down to a page: the area's first page will do. */
	host_iounmap(a + 0xff0);
	ck_assert_int_eq(host_kmalloc_live(), 0);
}
END_TEST

/*
 * 2.4.0 sizes the mapping as PAGE_ALIGN(last byte) - start: when the last
 * byte is the first of a page, that page is left out, and a one-byte
 * mapping of a page start comes out empty (remap_area_pages BUGs).
 */
START_TEST(test_ioremap_size_quirk)
{
	unsigned long a;

	boot(32 * MB, 1, 1);
	a = host_ioremap(0xfebf0000, 0x1001, 0);
	ck_assert_uint_eq(host_pte_of(a), 0xfebf0063);
	ck_assert_uint_eq(host_pte_of(a + PAGE), 0);
	host_iounmap(a);
	ck_assert(HOST_BUGS(host_ioremap(0xfebf0000, 1, 0)));
}
END_TEST

/* Only RAM below high_memory is checked: HighMem RAM can be ioremapped. */
START_TEST(test_ioremap_highmem_ram)
{
	unsigned long a;

	boot(1024 * MB, 1, 1);
	a = host_ioremap(0x3f000000, PAGE, 0);
	ck_assert_uint_eq(a, 0xf8800000);
	ck_assert_uint_eq(host_pte_of(a), 0x3f000063);
	ck_assert_uint_eq(host_ioremap(0x37000000, PAGE, 0), 0);
}
END_TEST

/* A pte already set where ioremap maps: a message and a BUG. */
START_TEST(test_ioremap_pte_exists)
{
	unsigned long a;

	boot(32 * MB, 1, 1);
	a = host_vmalloc(PAGE);
	*kpte_slot(a + 2 * PAGE) = 0x3000 | KERNEL;
	ck_assert(HOST_BUGS(host_ioremap(0xfebf0000, PAGE, 0)));
	ck_assert(strstr(host_printk_log,
			 "remap_area_pte: page already exists\n"));
}
END_TEST

/*
 * No page for a page table: remap_area_pages fails, and __ioremap gives
 * the area back (its ptes in the first table cleared) and returns NULL.
 */
START_TEST(test_ioremap_no_table)
{
	unsigned long a, addr[4], size[4], flags[4];

	boot(32 * MB, 1, 1);
	a = host_vmalloc(PAGE);			/* the table at pgd 778 */
	host_set_memalloc(1);
	while (host_alloc_pages(0x07, 0) >= 0)
		;
	ck_assert_uint_eq(nr_free_pages(), 0);
	ck_assert_uint_eq(host_ioremap(0xfe000000, 5 * MB, 0), 0);
	ck_assert_int_eq(host_vmlist_get(addr, size, flags, 4), 1);
	ck_assert_uint_eq(addr[0], a);
	ck_assert_int_eq(host_kmalloc_live(), 1);
	ck_assert_uint_eq(host_pte_of(a + 2 * PAGE), 0);
	ck_assert_uint_eq(host_pte_of(a + 1000 * PAGE), 0);
	host_set_memalloc(0);
}
END_TEST

/* ---- the suite ------------------------------------------------------ */

static Suite *paging_suite(void)
{
	Suite *s = suite_create("paging");
	TCase *tc;

	tc = tcase_create("constants");
	tcase_add_test(tc, test_bits);
	tcase_add_test(tc, test_protection_map);
	tcase_add_test(tc, test_layout);
	suite_add_tcase(s, tc);

	tc = tcase_create("pte");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_kernel_prot_global);
	tcase_add_test(tc, test_mk_pte);
	tcase_add_test(tc, test_pte_modify);
	tcase_add_test(tc, test_pte_bits);
	tcase_add_test(tc, test_ptep_ops);
	tcase_add_test(tc, test_pmd_and_index);
	tcase_add_test(tc, test_swap_entry);
	suite_add_tcase(s, tc);

	tc = tcase_create("boot");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_boot_pse);
	tcase_add_test(tc, test_boot_pse_no_pge);
	tcase_add_test(tc, test_boot_page_tables);
	tcase_add_test(tc, test_boot_wp_broken);
	tcase_add_test(tc, test_boot_page_tables_pge);
	tcase_add_test(tc, test_fixmap_pkmap_tables);
	tcase_add_test(tc, test_set_fixmap);
	tcase_add_test(tc, test_zap_low_mappings);
	tcase_add_test(tc, test_zone_sizes);
	tcase_add_test(tc, test_highmem_boot);
	tcase_add_test(tc, test_memory_line);
	tcase_add_test(tc, test_free_initmem_show_mem);
	tcase_add_test(tc, test_get_pte_slow_kernel);
	tcase_add_test(tc, test_get_pte_slow_user);
	tcase_add_test(tc, test_check_pgt_cache);
	tcase_add_test(tc, test_show_mem_counts);
	suite_add_tcase(s, tc);

	tc = tcase_create("vmalloc");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_vmalloc_basic);
	tcase_add_test(tc, test_vmalloc_two_tables);
	tcase_add_test(tc, test_vmalloc_zones);
	tcase_add_test(tc, test_vmalloc_failures);
	tcase_add_test(tc, test_vfree_errors);
	tcase_add_test(tc, test_get_vm_area_model);
	tcase_add_test(tc, test_get_vm_area_fit);
	tcase_add_test(tc, test_get_vm_area_limits);
	tcase_add_test(tc, test_vfree_odd_entries);
	tcase_add_test(tc, test_vmalloc_pte_exists);
	suite_add_tcase(s, tc);

	tc = tcase_create("kmap");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_kmap_low);
	tcase_add_test(tc, test_kmap_high);
	tcase_add_test(tc, test_kmap_wrap);
	tcase_add_test(tc, test_kmap_all_busy);
	tcase_add_test(tc, test_kmap_sleep);
	tcase_add_test(tc, test_kmap_atomic);
	suite_add_tcase(s, tc);

	tc = tcase_create("ioremap");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_ioremap_isa);
	tcase_add_test(tc, test_ioremap_ram);
	tcase_add_test(tc, test_ioremap_device);
	tcase_add_test(tc, test_ioremap_size_quirk);
	tcase_add_test(tc, test_ioremap_highmem_ram);
	tcase_add_test(tc, test_ioremap_pte_exists);
	tcase_add_test(tc, test_ioremap_no_table);
	suite_add_tcase(s, tc);
	return s;
}

int main(int argc, char **argv)
{
	SRunner *sr;
	int failed;

	host_mm_layout(argv);
	sr = srunner_create(paging_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
