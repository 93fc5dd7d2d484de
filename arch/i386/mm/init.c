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
	pte_t bad = pte_mkdirty(mk_pte_phys(__pa(empty_bad_page), PAGE_SHARED));
	pte_t *slot;

	for (slot = empty_bad_pte_table;
	     slot < empty_bad_pte_table + PAGE_SIZE / sizeof(pte_t); slot++)
		*slot = bad;
	return empty_bad_pte_table;
}

void __handle_bad_pmd(pmd_t *pmd)
{
	pte_t *table;

	pmd_ERROR(*pmd);
	table = get_bad_pte_table();
	set_pmd(pmd, __pmd(_PAGE_TABLE + __pa(table)));
}

void __handle_bad_pmd_kernel(pmd_t *pmd)
{
	pte_t *table;

	pmd_ERROR(*pmd);
	table = get_bad_pte_table();
	set_pmd(pmd, __pmd(_KERNPG_TABLE + __pa(table)));
}

/*
 * pte_alloc_kernel found no page table and the quicklist was empty: take
 * a page from the buddy allocator.  It may sleep, so check again whether
 * the pmd got filled meanwhile.
 */
pte_t *get_pte_kernel_slow(pmd_t *pmd, unsigned long offset)
{
	pte_t *table = (pte_t *) __get_free_page(GFP_KERNEL);

	if (!pmd_none(*pmd)) {
		/* Someone else put a page table there: ours is not needed. */
		free_page((unsigned long) table);
		if (pmd_bad(*pmd)) {
			__handle_bad_pmd_kernel(pmd);
			return NULL;
		}
		return (pte_t *) pmd_page(*pmd) + offset;
	}
	if (!table) {
		/* No memory: park the pmd on the bad table. */
		table = get_bad_pte_table();
		set_pmd(pmd, __pmd(_KERNPG_TABLE + __pa(table)));
		return NULL;
	}
	clear_page(table);
	set_pmd(pmd, __pmd(_KERNPG_TABLE + __pa(table)));
	return table + offset;
}

/* The same for a user page table (user-accessible pmd entry). */
pte_t *get_pte_slow(pmd_t *pmd, unsigned long offset)
{
	pte_t *table = (pte_t *) __get_free_page(GFP_KERNEL);

	if (!pmd_none(*pmd)) {
		free_page((unsigned long) table);
		if (pmd_bad(*pmd)) {
			__handle_bad_pmd(pmd);
			return NULL;
		}
		return (pte_t *) pmd_page(*pmd) + offset;
	}
	if (!table) {
		table = get_bad_pte_table();
		set_pmd(pmd, __pmd(_PAGE_TABLE + __pa(table)));
		return NULL;
	}
	clear_page(table);
	set_pmd(pmd, __pmd(_PAGE_TABLE + __pa(table)));
	return table + offset;
}

/* Shrink the page-table quicklists to low once they exceed high. */
int do_check_pgt_cache(int low, int high)
{
	int freed = 0;

	if (pgtable_cache_size <= high)
		return 0;
	/* One page from each list per round, until at most low are left. */
	do {
		if (pgd_quicklist != NULL) {
			free_pgd_slow(get_pgd_fast());
			freed++;
		}
		if (pmd_quicklist != NULL) {
			free_pmd_slow(get_pmd_fast());
			freed++;
		}
		if (pte_quicklist != NULL) {
			free_pte_slow(get_pte_fast());
			freed++;
		}
	} while (pgtable_cache_size > low);
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
	unsigned long first_slot = __fix_to_virt(FIX_KMAP_BEGIN);

	/* The other slots' ptes lie below it (fixmaps grow down). */
	kmap_pte = kmap_get_fixmap_pte(first_slot);
	kmap_prot = PAGE_KERNEL;
}
#endif /* CONFIG_HIGHMEM */

/* Port: fs/buffer.c (show_buffers) is not part of this port. */
void show_mem(void)
{
	int ram = 0, high = 0, resv = 0, sharing = 0, swapc = 0;
	unsigned long nr;

	printk("Mem-info:\n");
	show_free_areas();
	printk("Free swap:       %6dkB\n", nr_swap_pages << (PAGE_SHIFT - 10));
	for (nr = 0; nr < max_mapnr; nr++) {
		struct page *page = mem_map + nr;

		ram++;
		if (PageHighMem(page))
			high++;
		/* Each page lands in at most one of these. */
		if (PageReserved(page))
			resv++;
		else if (PageSwapCache(page))
			swapc++;
		else if (page_count(page) > 1)
			sharing += page_count(page) - 1;
	}
	printk("%d pages of RAM\n", ram);
	printk("%d pages of HIGHMEM\n", high);
	printk("%d reserved pages\n", resv);
	printk("%d pages shared\n", sharing);
	printk("%d pages swap cached\n", swapc);
	printk("%ld pages in page table cache\n", pgtable_cache_size);
}

/*
 * Map vaddr to phys with PAGE_KERNEL | flags in the kernel's page
 * tables, which must already exist (fixrange_init made them).
 */
static inline void set_pte_phys(unsigned long vaddr, unsigned long phys,
				pgprot_t flags)
{
	pgd_t *pgdp = swapper_pg_dir + __pgd_offset(vaddr);
	pgprot_t prot = __pgprot(pgprot_val(PAGE_KERNEL) | pgprot_val(flags));
	pmd_t *pmdp;
	pte_t *ptep;

	if (pgd_none(*pgdp)) {
		printk("PAE BUG #00!\n");
		return;
	}
	pmdp = pmd_offset(pgdp, vaddr);
	if (pmd_none(*pmdp)) {
		printk("PAE BUG #01!\n");
		return;
	}
	ptep = pte_offset(pmdp, vaddr);
	/* A slot in use is reported, then overwritten all the same. */
	if (pte_val(*ptep))
		pte_ERROR(*ptep);
	set_pte(ptep, mk_pte_phys(phys, prot));

	/* Only this one address changed (a global entry goes too). */
	__flush_tlb_one(vaddr);
}

void __set_fixmap(enum fixed_addresses idx, unsigned long phys,
		  pgprot_t flags)
{
	if (idx < __end_of_fixed_addresses) {
		set_pte_phys(__fix_to_virt(idx), phys, flags);
		return;
	}
	printk("Invalid __set_fixmap\n");
}

/*
 * Give every pmd slot of [start, end) an empty page table from bootmem
 * (low memory).  end 0 means "up to the top of the address space".
 */
static void __init fixrange_init(unsigned long start, unsigned long end,
				 pgd_t *pgd_base)
{
	unsigned long vaddr = start;
	int dir = __pgd_offset(start);
	int mid = __pmd_offset(start);

	while (dir < PTRS_PER_PGD && vaddr != end) {
		/* Two levels: the pmd is the pgd entry itself. */
		pmd_t *pmd = (pmd_t *) (pgd_base + dir);

		while (mid < PTRS_PER_PMD && vaddr != end) {
			if (pmd_none(*pmd)) {
				pte_t *table = (pte_t *)
					alloc_bootmem_low_pages(PAGE_SIZE);

				set_pmd(pmd,
					__pmd(_KERNPG_TABLE + __pa(table)));
				if (pte_offset(pmd, 0) != table)
					BUG();
			}
			vaddr += PMD_SIZE;
			pmd++;
			mid++;
		}
		mid = 0;
		dir++;
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
	pgd_t *pgd_base = swapper_pg_dir;
	unsigned long end, vaddr;
	int i, j, k;
#ifdef CONFIG_HIGHMEM
	pgd_t *pgd;
	pmd_t *pmd;
#endif

	/*
	 * Where low memory ends in the kernel's view.  It is 0 only if low
	 * memory reached the top of the address space: then the table
	 * sizes alone end the loops.
	 */
	end = (unsigned long) __va(max_low_pfn * PAGE_SIZE);

	for (i = __pgd_offset(PAGE_OFFSET); i < PTRS_PER_PGD; i++) {
		pgd_t *dir = pgd_base + i;
		pmd_t *mid = (pmd_t *) dir;

		if (end && i * PGDIR_SIZE >= end)
			break;
		if (mid != pmd_offset(dir, 0))
			BUG();
		for (j = 0; j < PTRS_PER_PMD; j++, mid++) {
			unsigned long base = i * PGDIR_SIZE + j * PMD_SIZE;
			pte_t *table;

			if (end && base >= end)
				break;

			if (cpu_has_pse) {
				/* One 4 MB page; PSE CPUs honour WP too. */
				unsigned long big;

				set_in_cr4(X86_CR4_PSE);
				boot_cpu_data.wp_works_ok = 1;
				big = __pa(base) + _KERNPG_TABLE + _PAGE_PSE;
				if (cpu_has_pge) {
					/* Global too: kept across CR3 loads. */
					set_in_cr4(X86_CR4_PGE);
					big += _PAGE_GLOBAL;
				}
				set_pmd(mid, __pmd(big));
				continue;
			}

			/* A page table from bootmem, filled up to end. */
			table = (pte_t *) alloc_bootmem_low_pages(PAGE_SIZE);
			set_pmd(mid, __pmd(_KERNPG_TABLE + __pa(table)));
			if (pte_offset(mid, 0) != table)
				BUG();
			for (k = 0; k < PTRS_PER_PTE; k++) {
				unsigned long addr = base + k * PAGE_SIZE;

				if (end && addr >= end)
					break;
				table[k] = mk_pte_phys(__pa(addr), PAGE_KERNEL);
			}
		}
	}

	/* Fixmaps: only the page tables now, set_fixmap() fills them in. */
	vaddr = __fix_to_virt(__end_of_fixed_addresses - 1) & PMD_MASK;
	fixrange_init(vaddr, 0, pgd_base);

#ifdef CONFIG_HIGHMEM
	/* The pkmap window: one page table, kept in pkmap_page_table. */
	vaddr = PKMAP_BASE;
	fixrange_init(vaddr, vaddr + LAST_PKMAP * PAGE_SIZE, pgd_base);
	pgd = swapper_pg_dir + __pgd_offset(vaddr);
	pmd = pmd_offset(pgd, vaddr);
	pkmap_page_table = pte_offset(pmd, vaddr);
#endif
}

/*
 * Remove head.S's identity mapping of the first 8 MB: clear every user
 * pgd slot (pgd_clear does nothing with two levels, so write 0).
 */
void __init __attribute__((noinline)) zap_low_mappings(void)
{
	pgd_t *pgd;

	for (pgd = swapper_pg_dir; pgd < swapper_pg_dir + USER_PTRS_PER_PGD;
	     pgd++)
		set_pgd(pgd, __pgd(0));
	flush_tlb_all();
}

/*
 * Called by setup_arch() once bootmem is up: build the page tables,
 * switch to them, then size the zones (DMA below 16 MB, Normal up to
 * max_low_pfn, HighMem above) and set up mem_map and the free areas.
 */
void __init paging_init(void)
{
	unsigned long zones_size[MAX_NR_ZONES] = { 0, 0, 0 };
	unsigned int dma_end, low_end;

	pagetable_init();
	/* From here on the CPU walks swapper_pg_dir. */
	load_cr3(swapper_pg_dir);
	__flush_tlb_all();
#ifdef CONFIG_HIGHMEM
	kmap_init();
#endif

	/* Page frame numbers where DMA memory and low memory end. */
	dma_end = virt_to_phys((char *) MAX_DMA_ADDRESS) >> PAGE_SHIFT;
	low_end = max_low_pfn;
	if (low_end < dma_end) {
		zones_size[ZONE_DMA] = low_end;
	} else {
		zones_size[ZONE_DMA] = dma_end;
		zones_size[ZONE_NORMAL] = low_end - dma_end;
#ifdef CONFIG_HIGHMEM
		zones_size[ZONE_HIGHMEM] = (unsigned int) highend_pfn - low_end;
#endif
	}
	free_area_init(zones_size);
}

/*
 * Write to vaddr, which is mapped read-only.  Returns 1 if the write
 * faulted (the exception table skipped to 2:), 0 if it went through.
 */
static int __attribute__((noinline)) do_test_wp_bit(unsigned long vaddr)
{
	int faulted = 1;
	char byte;

	__asm__ __volatile__(
		"	movb %[mem], %[val]\n"
		"1:	movb %[val], %[mem]\n"
		"	xorl %[res], %[res]\n"
		"2:\n"
		".section __ex_table, \"a\"\n"
		"	.align 4\n"
		"	.long 1b, 2b\n"
		".previous\n"
		: [mem] "+m" (*(char *) vaddr), [val] "=&q" (byte),
		  [res] "+r" (faulted)
		:
		: "memory");

	return faulted;
}

/*
 * Does this CPU honour the WP bit in supervisor mode (not a 386)?  Map
 * PAGE_OFFSET read-only for a moment and try to write it.  Only run
 * without PSE: pagetable_init already knows PSE CPUs are fine.
 */
void __init test_wp_bit(void)
{
	pgd_t *pgd;
	pte_t *pte, saved;

	printk("Checking if this processor honours the WP bit even in "
	       "supervisor mode... ");

	/* The pte of the first page of the kernel's linear map. */
	pgd = swapper_pg_dir + __pgd_offset(PAGE_OFFSET);
	pte = pte_offset(pmd_offset(pgd, PAGE_OFFSET), PAGE_OFFSET);
	saved = *pte;
	*pte = mk_pte_phys(0, PAGE_READONLY);
	local_flush_tlb();

	boot_cpu_data.wp_works_ok = do_test_wp_bit(PAGE_OFFSET);

	*pte = saved;
	local_flush_tlb();

	if (boot_cpu_data.wp_works_ok) {
		printk("Ok.\n");
		return;
	}
	printk("No.\n");
#ifdef CONFIG_X86_WP_WORKS_OK
	panic("This kernel doesn't support CPU's with broken WP. "
	      "Recompile it for a 386!");
#endif
}

/* Is page frame pagenr inside a usable (E820_RAM) range? */
static inline int page_is_ram(unsigned long pagenr)
{
	int n;

	for (n = 0; n < e820.nr_map; n++) {
		struct e820entry *r = &e820.map[n];
		unsigned long first, past;

		if (r->type != E820_RAM)
			continue;
		/* Whole pages only: round the start up and the end down. */
		first = (r->addr + PAGE_SIZE - 1) >> PAGE_SHIFT;
		past = (r->addr + r->size) >> PAGE_SHIFT;
		if (first <= pagenr && pagenr < past)
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
	int reserved = 0, code_bytes, data_bytes, init_bytes;
	unsigned long pfn, last_pfn;

	if (!mem_map)
		BUG();

	/* mem_map covers every page frame up to the last one of RAM. */
#ifdef CONFIG_HIGHMEM
	highmem_start_page = mem_map + highstart_pfn;
	last_pfn = highend_pfn;
#else
	last_pfn = max_low_pfn;
#endif
	num_physpages = last_pfn;
	max_mapnr = last_pfn;
	high_memory = (void *) __va(max_low_pfn * PAGE_SIZE);

	/* It held the boot parameters until now. */
	clear_page(empty_zero_page);

	totalram_pages += free_all_bootmem();

	/* What stayed reserved; holes in the E820 map are not RAM at all. */
	for (pfn = 0; pfn < max_low_pfn; pfn++)
		if (page_is_ram(pfn) && PageReserved(mem_map + pfn))
			reserved++;

#ifdef CONFIG_HIGHMEM
	/* bootmem never had HighMem: each RAM page is freed on its own. */
	for (pfn = highstart_pfn; pfn < highend_pfn; pfn++) {
		struct page *page = mem_map + pfn;

		if (page_is_ram(pfn)) {
			ClearPageReserved(page);
			set_bit(PG_highmem, &page->flags);
			set_page_count(page, 1);
			__free_pages(page, 0);
			totalhigh_pages++;
		} else {
			SetPageReserved(page);
		}
	}
	totalram_pages += totalhigh_pages;
#endif

	code_bytes = &_etext - &_text;
	data_bytes = &_edata - &_etext;
	init_bytes = &__init_end - &__init_begin;
	printk("Memory: %luk/%luk available "
	       "(%dk kernel code, %dk reserved, %dk data, %dk init, "
	       "%ldk highmem)\n",
	       (unsigned long) nr_free_pages() << (PAGE_SHIFT - 10),
	       max_mapnr << (PAGE_SHIFT - 10),
	       code_bytes >> 10,
	       reserved << (PAGE_SHIFT - 10),
	       data_bytes >> 10,
	       init_bytes >> 10,
	       (unsigned long) (totalhigh_pages << (PAGE_SHIFT - 10)));

	/* Without PSE, pagetable_init could not tell. */
	if (boot_cpu_data.wp_works_ok < 0)
		test_wp_bit();

	/* Uniprocessor: nothing needs the identity map any more. */
	zap_low_mappings();
}

/* The .text.init/.data.init pages are not needed after boot. */
void free_initmem(void)
{
	unsigned long first = (unsigned long) &__init_begin;
	unsigned long past = (unsigned long) &__init_end;
	unsigned long addr;

	for (addr = first; addr < past; addr += PAGE_SIZE) {
		struct page *page = virt_to_page(addr);

		ClearPageReserved(page);
		set_page_count(page, 1);
		free_page(addr);
		totalram_pages++;
	}
	printk("Freeing unused kernel memory: %dk freed\n",
	       (int) (past - first) >> 10);
}

/*
 * The initrd's pages, once unpacked (fs/initrd.c): back to the free
 * pool like the init sections.
 */
void free_initrd_mem(unsigned long start, unsigned long end)
{
	unsigned long addr;

	if (start < end)
		printk("Freeing initrd memory: %ldk freed\n",
		       (end - start) >> 10);
	for (addr = start; addr < end; addr += PAGE_SIZE) {
		struct page *page = virt_to_page(addr);

		ClearPageReserved(page);
		set_page_count(page, 1);
		free_page(addr);
		totalram_pages++;
	}
}

/* For sysinfo(2).  Port: no buffer cache, so bufferram is 0. */
void si_meminfo(struct sysinfo *val)
{
	/* Totals, then what is free now, all in pages. */
	val->totalram = totalram_pages;
	val->totalhigh = totalhigh_pages;
	val->freeram = nr_free_pages();
	val->freehigh = nr_free_highpages();
	val->sharedram = 0;
	val->bufferram = 0;
	val->mem_unit = PAGE_SIZE;
}
