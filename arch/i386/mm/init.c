// SPDX-License-Identifier: GPL-2.0-only
/*
 * Setting up the kernel's address space at boot: the final page tables
 * for the linear map of low memory, the fixmap and pkmap page tables, the
 * zone sizes (paging_init); handing all memory to the buddy allocator
 * (mem_init); and the slow paths for allocating page tables.
 * Boot chapter of 情景分析; background for §2.1-§2.3.  Follows Linux 2.4.0
 * arch/i386/mm/init.c.
 */
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/swap.h>
#include <linux/bootmem.h>
#include <linux/highmem.h>
#include <asm/processor.h>
#include <asm/system.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>
#include <asm/dma.h>
#include <asm/fixmap.h>
#include <asm/e820.h>
#include <asm/io.h>

/* arch/i386/kernel/setup.c, mm/bootmem.c */
extern unsigned long max_low_pfn, max_pfn;
extern unsigned long highstart_pfn, highend_pfn;

/* head.S */
extern char empty_bad_page[PAGE_SIZE];
extern pte_t empty_bad_pte_table[PTRS_PER_PTE];

/* vmlinux.lds */
extern char _text, _etext, _edata, __bss_start, _end;
extern char __init_begin, __init_end;

static unsigned long totalram_pages;
static unsigned long totalhigh_pages;

/*
 * A page table whose every entry maps empty_bad_page: what a corrupt pmd
 * is pointed at, so the kernel keeps running on a harmless page.
 */
static pte_t *get_bad_pte_table(void)
{
	pte_t v;
	int i;

	v = pte_mkdirty(mk_pte_phys(__pa(empty_bad_page), PAGE_SHARED));

	for (i = 0; i < PAGE_SIZE / sizeof(pte_t); i++)
		empty_bad_pte_table[i] = v;

	return empty_bad_pte_table;
}

void __handle_bad_pmd(pmd_t *pmd)
{
	pmd_ERROR(*pmd);
	set_pmd(pmd, __pmd(_PAGE_TABLE + __pa(get_bad_pte_table())));
}

void __handle_bad_pmd_kernel(pmd_t *pmd)
{
	pmd_ERROR(*pmd);
	set_pmd(pmd, __pmd(_KERNPG_TABLE + __pa(get_bad_pte_table())));
}

/*
 * pte_alloc_kernel found no page table and the quicklist was empty: take
 * a page from the buddy allocator.  It may sleep, so check again whether
 * the pmd got filled meanwhile.
 */
pte_t *get_pte_kernel_slow(pmd_t *pmd, unsigned long offset)
{
	pte_t *pte;

	pte = (pte_t *) __get_free_page(GFP_KERNEL);
	if (pmd_none(*pmd)) {
		if (pte) {
			clear_page(pte);
			set_pmd(pmd, __pmd(_KERNPG_TABLE + __pa(pte)));
			return pte + offset;
		}
		set_pmd(pmd, __pmd(_KERNPG_TABLE + __pa(get_bad_pte_table())));
		return NULL;
	}
	free_page((unsigned long) pte);
	if (pmd_bad(*pmd)) {
		__handle_bad_pmd_kernel(pmd);
		return NULL;
	}
	return (pte_t *) pmd_page(*pmd) + offset;
}

/* The same for a user page table (user-accessible pmd entry). */
pte_t *get_pte_slow(pmd_t *pmd, unsigned long offset)
{
	unsigned long pte;

	pte = (unsigned long) __get_free_page(GFP_KERNEL);
	if (pmd_none(*pmd)) {
		if (pte) {
			clear_page(pte);
			set_pmd(pmd, __pmd(_PAGE_TABLE + __pa(pte)));
			return (pte_t *) pte + offset;
		}
		set_pmd(pmd, __pmd(_PAGE_TABLE + __pa(get_bad_pte_table())));
		return NULL;
	}
	free_page(pte);
	if (pmd_bad(*pmd)) {
		__handle_bad_pmd(pmd);
		return NULL;
	}
	return (pte_t *) pmd_page(*pmd) + offset;
}

/* Shrink the page-table quicklists to low once they exceed high. */
int do_check_pgt_cache(int low, int high)
{
	int freed = 0;

	if (pgtable_cache_size > high) {
		do {
			if (pgd_quicklist) {
				free_pgd_slow(get_pgd_fast());
				freed++;
			}
			if (pmd_quicklist) {
				free_pmd_slow(get_pmd_fast());
				freed++;
			}
			if (pte_quicklist) {
				free_pte_slow(get_pte_fast());
				freed++;
			}
		} while (pgtable_cache_size > low);
	}
	return freed;
}

#ifdef CONFIG_HIGHMEM
pte_t *kmap_pte;
pgprot_t kmap_prot;

#define kmap_get_fixmap_pte(vaddr) \
	pte_offset(pmd_offset(pgd_offset_k(vaddr), (vaddr)), (vaddr))

/* Remember the pte of the first kmap_atomic slot; kmaps are PAGE_KERNEL. */
void __init kmap_init(void)
{
	unsigned long kmap_vstart;

	kmap_vstart = __fix_to_virt(FIX_KMAP_BEGIN);
	kmap_pte = kmap_get_fixmap_pte(kmap_vstart);

	kmap_prot = PAGE_KERNEL;
}
#endif /* CONFIG_HIGHMEM */

/* Port: fs/buffer.c (show_buffers) is not part of this port. */
void show_mem(void)
{
	int i, total = 0, reserved = 0;
	int shared = 0, cached = 0;
	int highmem = 0;

	printk("Mem-info:\n");
	show_free_areas();
	printk("Free swap:       %6dkB\n", nr_swap_pages << (PAGE_SHIFT - 10));
	i = max_mapnr;
	while (i-- > 0) {
		total++;
		if (PageHighMem(mem_map + i))
			highmem++;
		if (PageReserved(mem_map + i))
			reserved++;
		else if (PageSwapCache(mem_map + i))
			cached++;
		else if (page_count(mem_map + i))
			shared += page_count(mem_map + i) - 1;
	}
	printk("%d pages of RAM\n", total);
	printk("%d pages of HIGHMEM\n", highmem);
	printk("%d reserved pages\n", reserved);
	printk("%d pages shared\n", shared);
	printk("%d pages swap cached\n", cached);
	printk("%ld pages in page table cache\n", pgtable_cache_size);
}

/*
 * Map vaddr to phys with PAGE_KERNEL | flags in the kernel's page
 * tables, which must already exist (fixrange_init made them).
 */
static inline void set_pte_phys(unsigned long vaddr, unsigned long phys,
				pgprot_t flags)
{
	pgprot_t prot;
	pgd_t *pgd;
	pmd_t *pmd;
	pte_t *pte;

	pgd = swapper_pg_dir + __pgd_offset(vaddr);
	if (pgd_none(*pgd)) {
		printk("PAE BUG #00!\n");
		return;
	}
	pmd = pmd_offset(pgd, vaddr);
	if (pmd_none(*pmd)) {
		printk("PAE BUG #01!\n");
		return;
	}
	pte = pte_offset(pmd, vaddr);
	if (pte_val(*pte))
		pte_ERROR(*pte);
	pgprot_val(prot) = pgprot_val(PAGE_KERNEL) | pgprot_val(flags);
	set_pte(pte, mk_pte_phys(phys, prot));

	/* Only this one address changed (a global entry goes too). */
	__flush_tlb_one(vaddr);
}

void __set_fixmap(enum fixed_addresses idx, unsigned long phys,
		  pgprot_t flags)
{
	unsigned long address = __fix_to_virt(idx);

	if (idx >= __end_of_fixed_addresses) {
		printk("Invalid __set_fixmap\n");
		return;
	}
	set_pte_phys(address, phys, flags);
}

/*
 * Give every pmd slot of [start, end) an empty page table from bootmem
 * (low memory).  end 0 means "up to the top of the address space".
 */
static void __init fixrange_init(unsigned long start, unsigned long end,
				 pgd_t *pgd_base)
{
	pgd_t *pgd;
	pmd_t *pmd;
	pte_t *pte;
	int i, j;
	unsigned long vaddr;

	vaddr = start;
	i = __pgd_offset(vaddr);
	j = __pmd_offset(vaddr);
	pgd = pgd_base + i;

	for (; (i < PTRS_PER_PGD) && (vaddr != end); pgd++, i++) {
		pmd = (pmd_t *) pgd;
		for (; (j < PTRS_PER_PMD) && (vaddr != end); pmd++, j++) {
			if (pmd_none(*pmd)) {
				pte = (pte_t *)
					alloc_bootmem_low_pages(PAGE_SIZE);
				set_pmd(pmd, __pmd(_KERNPG_TABLE + __pa(pte)));
				if (pte != pte_offset(pmd, 0))
					BUG();
			}
			vaddr += PMD_SIZE;
		}
		j = 0;
	}
}

/*
 * The kernel's final page tables in swapper_pg_dir: all of low memory at
 * PAGE_OFFSET (4 MB pages if the CPU has PSE, else page tables from
 * bootmem filled with PAGE_KERNEL ptes), then empty page tables for the
 * fixmaps and the pkmap window.  The boot identity map of head.S stays
 * until zap_low_mappings().
 */
static void __init pagetable_init(void)
{
	unsigned long vaddr, end;
	pgd_t *pgd, *pgd_base;
	int i, j, k;
	pmd_t *pmd;
	pte_t *pte;

	/* If this is 0 the PTRS_PER_* limits end the loops. */
	end = (unsigned long) __va(max_low_pfn * PAGE_SIZE);

	pgd_base = swapper_pg_dir;
	i = __pgd_offset(PAGE_OFFSET);
	pgd = pgd_base + i;

	for (; i < PTRS_PER_PGD; pgd++, i++) {
		vaddr = i * PGDIR_SIZE;
		if (end && (vaddr >= end))
			break;
		pmd = (pmd_t *) pgd;
		if (pmd != pmd_offset(pgd, 0))
			BUG();
		for (j = 0; j < PTRS_PER_PMD; pmd++, j++) {
			vaddr = i * PGDIR_SIZE + j * PMD_SIZE;
			if (end && (vaddr >= end))
				break;
			if (cpu_has_pse) {
				unsigned long __pe;

				set_in_cr4(X86_CR4_PSE);
				boot_cpu_data.wp_works_ok = 1;
				__pe = _KERNPG_TABLE + _PAGE_PSE + __pa(vaddr);
				/* Global too, if the CPU can. */
				if (cpu_has_pge) {
					set_in_cr4(X86_CR4_PGE);
					__pe += _PAGE_GLOBAL;
				}
				set_pmd(pmd, __pmd(__pe));
				continue;
			}

			pte = (pte_t *) alloc_bootmem_low_pages(PAGE_SIZE);
			set_pmd(pmd, __pmd(_KERNPG_TABLE + __pa(pte)));

			if (pte != pte_offset(pmd, 0))
				BUG();

			for (k = 0; k < PTRS_PER_PTE; pte++, k++) {
				vaddr = i * PGDIR_SIZE + j * PMD_SIZE +
					k * PAGE_SIZE;
				if (end && (vaddr >= end))
					break;
				*pte = mk_pte_phys(__pa(vaddr), PAGE_KERNEL);
			}
		}
	}

	/* Fixmaps: only the page tables now, set_fixmap() fills them in. */
	vaddr = __fix_to_virt(__end_of_fixed_addresses - 1) & PMD_MASK;
	fixrange_init(vaddr, 0, pgd_base);

#ifdef CONFIG_HIGHMEM
	/* The pkmap window: one page table, kept in pkmap_page_table. */
	vaddr = PKMAP_BASE;
	fixrange_init(vaddr, vaddr + PAGE_SIZE * LAST_PKMAP, pgd_base);

	pgd = swapper_pg_dir + __pgd_offset(vaddr);
	pmd = pmd_offset(pgd, vaddr);
	pte = pte_offset(pmd, vaddr);
	pkmap_page_table = pte;
#endif
}

/*
 * Remove head.S's identity mapping of the first 8 MB: clear every user
 * pgd slot (pgd_clear does nothing with two levels, so write 0).
 */
void __init zap_low_mappings(void)
{
	int i;

	for (i = 0; i < USER_PTRS_PER_PGD; i++)
		set_pgd(swapper_pg_dir + i, __pgd(0));
	flush_tlb_all();
}

/*
 * Called by setup_arch() once bootmem is up: build the page tables,
 * switch to them, then size the zones (DMA below 16 MB, Normal up to
 * max_low_pfn, HighMem above) and set up mem_map and the free areas.
 */
void __init paging_init(void)
{
	pagetable_init();

	load_cr3(swapper_pg_dir);

	__flush_tlb_all();

#ifdef CONFIG_HIGHMEM
	kmap_init();
#endif
	{
		unsigned long zones_size[MAX_NR_ZONES] = { 0, 0, 0 };
		unsigned int max_dma, high, low;

		max_dma = virt_to_phys((char *) MAX_DMA_ADDRESS) >> PAGE_SHIFT;
		low = max_low_pfn;
		high = highend_pfn;

		if (low < max_dma)
			zones_size[ZONE_DMA] = low;
		else {
			zones_size[ZONE_DMA] = max_dma;
			zones_size[ZONE_NORMAL] = low - max_dma;
#ifdef CONFIG_HIGHMEM
			zones_size[ZONE_HIGHMEM] = high - low;
#endif
		}
		free_area_init(zones_size);
	}
}

/*
 * Write to vaddr, which is mapped read-only: returns 0 if the write
 * faulted (and the exception table skipped it), 1 if it went through.
 */
static int __attribute__((noinline)) do_test_wp_bit(unsigned long vaddr)
{
	char tmp_reg;
	int flag;

	__asm__ __volatile__(
		"	movb %0, %1\n"
		"1:	movb %1, %0\n"
		"	xorl %2, %2\n"
		"2:\n"
		".section __ex_table, \"a\"\n"
		"	.align 4\n"
		"	.long 1b, 2b\n"
		".previous\n"
		: "=m" (*(char *) vaddr), "=q" (tmp_reg), "=r" (flag)
		: "2" (1)
		: "memory");

	return flag;
}

/*
 * Does this CPU honour the WP bit in supervisor mode (not a 386)?  Map
 * PAGE_OFFSET read-only for a moment and try to write it.  Only run
 * without PSE: pagetable_init already knows PSE CPUs are fine.
 */
void __init test_wp_bit(void)
{
	const unsigned long vaddr = PAGE_OFFSET;
	pgd_t *pgd;
	pmd_t *pmd;
	pte_t *pte, old_pte;

	printk("Checking if this processor honours the WP bit even in "
	       "supervisor mode... ");

	pgd = swapper_pg_dir + __pgd_offset(vaddr);
	pmd = pmd_offset(pgd, vaddr);
	pte = pte_offset(pmd, vaddr);
	old_pte = *pte;
	*pte = mk_pte_phys(0, PAGE_READONLY);
	local_flush_tlb();

	boot_cpu_data.wp_works_ok = do_test_wp_bit(vaddr);

	*pte = old_pte;
	local_flush_tlb();

	if (!boot_cpu_data.wp_works_ok) {
		printk("No.\n");
#ifdef CONFIG_X86_WP_WORKS_OK
		panic("This kernel doesn't support CPU's with broken WP. "
		      "Recompile it for a 386!");
#endif
	} else {
		printk("Ok.\n");
	}
}

/* Is page frame pagenr inside a usable (E820_RAM) range? */
static inline int page_is_ram(unsigned long pagenr)
{
	int i;

	for (i = 0; i < e820.nr_map; i++) {
		unsigned long addr, end;

		if (e820.map[i].type != E820_RAM)
			continue;
		addr = (e820.map[i].addr + PAGE_SIZE - 1) >> PAGE_SHIFT;
		end = (e820.map[i].addr + e820.map[i].size) >> PAGE_SHIFT;
		if ((pagenr >= addr) && (pagenr < end))
			return 1;
	}
	return 0;
}

/*
 * Called by start_kernel() after the slab caches: all free low memory
 * goes from bootmem to the buddy allocator, the HighMem pages one by
 * one, then the "Memory:" line and the end of the identity map.
 */
void __init mem_init(void)
{
	int codesize, reservedpages, datasize, initsize;
	int tmp;

	if (!mem_map)
		BUG();

#ifdef CONFIG_HIGHMEM
	highmem_start_page = mem_map + highstart_pfn;
	max_mapnr = num_physpages = highend_pfn;
#else
	max_mapnr = num_physpages = max_low_pfn;
#endif
	high_memory = (void *) __va(max_low_pfn * PAGE_SIZE);

	/* It held the boot parameters until now. */
	memset(empty_zero_page, 0, PAGE_SIZE);

	totalram_pages += free_all_bootmem();

	reservedpages = 0;
	for (tmp = 0; tmp < max_low_pfn; tmp++)
		/* Holes are reserved too; count only real RAM. */
		if (page_is_ram(tmp) && PageReserved(mem_map + tmp))
			reservedpages++;
#ifdef CONFIG_HIGHMEM
	for (tmp = highstart_pfn; tmp < highend_pfn; tmp++) {
		struct page *page = mem_map + tmp;

		if (!page_is_ram(tmp)) {
			SetPageReserved(page);
			continue;
		}
		ClearPageReserved(page);
		set_bit(PG_highmem, &page->flags);
		atomic_set(&page->count, 1);
		__free_page(page);
		totalhigh_pages++;
	}
	totalram_pages += totalhigh_pages;
#endif
	codesize = (unsigned long) &_etext - (unsigned long) &_text;
	datasize = (unsigned long) &_edata - (unsigned long) &_etext;
	initsize = (unsigned long) &__init_end - (unsigned long) &__init_begin;

	printk("Memory: %luk/%luk available (%dk kernel code, %dk reserved, "
	       "%dk data, %dk init, %ldk highmem)\n",
	       (unsigned long) nr_free_pages() << (PAGE_SHIFT - 10),
	       max_mapnr << (PAGE_SHIFT - 10),
	       codesize >> 10,
	       reservedpages << (PAGE_SHIFT - 10),
	       datasize >> 10,
	       initsize >> 10,
	       (unsigned long) (totalhigh_pages << (PAGE_SHIFT - 10)));

	if (boot_cpu_data.wp_works_ok < 0)
		test_wp_bit();

	/* Uniprocessor: nothing needs the identity map any more. */
	zap_low_mappings();
}

/* The .text.init/.data.init pages are not needed after boot. */
void free_initmem(void)
{
	unsigned long addr;

	addr = (unsigned long) (&__init_begin);
	for (; addr < (unsigned long) (&__init_end); addr += PAGE_SIZE) {
		ClearPageReserved(virt_to_page(addr));
		set_page_count(virt_to_page(addr), 1);
		free_page(addr);
		totalram_pages++;
	}
	printk("Freeing unused kernel memory: %dk freed\n",
	       (int) (&__init_end - &__init_begin) >> 10);
}

/* For sysinfo(2).  Port: no buffer cache, so bufferram is 0. */
void si_meminfo(struct sysinfo *val)
{
	val->totalram = totalram_pages;
	val->sharedram = 0;
	val->freeram = nr_free_pages();
	val->bufferram = 0;
	val->totalhigh = totalhigh_pages;
	val->freehigh = nr_free_highpages();
	val->mem_unit = PAGE_SIZE;
}
