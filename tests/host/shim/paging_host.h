/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the paging host tests (test_paging.c) see of the kernel's virtual
 * memory side: arch/i386/mm/init.c (paging_init, mem_init), mm/highmem.c,
 * mm/vmalloc.c and arch/i386/mm/ioremap.c, run on the simulated PC of
 * mm_host.h.  shim/paging_host.c provides what head.S, setup.c and the
 * CPU would (swapper_pg_dir, boot_cpu_data, e820, CR3/CR4/TLB), and these
 * views and wrappers in plain C types.
 */
#ifndef _TESTS_HOST_PAGING_HOST_H
#define _TESTS_HOST_PAGING_HOST_H

/* 2.4.0's values as the kernel headers define them. */
struct host_paging_consts {
	unsigned long page_present, page_rw, page_user, page_pwt, page_pcd;
	unsigned long page_accessed, page_dirty, page_pse, page_global;
	unsigned long page_protnone, page_table, kernpg_table, page_chg_mask;
	unsigned long page_none, page_shared, page_copy, page_readonly;
	unsigned long page_kernel, page_kernel_ro, page_kernel_nocache;
	unsigned long protection_map[16];	/* __P000..__P111, __S000..__S111 */
	unsigned long pgdir_shift, ptrs_per_pgd, pmd_shift, ptrs_per_pmd;
	unsigned long ptrs_per_pte, user_ptrs_per_pgd, user_pgd_ptrs;
	unsigned long kernel_pgd_ptrs, boot_user_pgd_ptrs, boot_kernel_pgd_ptrs;
	unsigned long fixaddr_top, fixaddr_start, end_of_fixed_addresses;
	unsigned long fix_kmap_begin, fix_kmap_end, km_type_nr;
	unsigned long pkmap_base, last_pkmap, vmalloc_offset;
	unsigned long vm_ioremap, vm_alloc, sizeof_vm_struct;
};
extern void host_paging_consts_get(struct host_paging_consts *c);

/* PTE/PMD helpers of <asm/pgtable.h>, applied to raw values. */
enum host_pte_op {
	HOST_MK_PTE,		/* a = pfn, b = prot: mk_pte(mem_map + a, b) */
	HOST_MK_PTE_PHYS,	/* a = phys, b = prot */
	HOST_PTE_PAGE,		/* a = pte: pte_page(a) - mem_map */
	HOST_PTE_MODIFY,	/* a = pte, b = prot */
	HOST_PTE_PRESENT, HOST_PTE_NONE, HOST_PTE_READ, HOST_PTE_WRITE,
	HOST_PTE_EXEC, HOST_PTE_DIRTY, HOST_PTE_YOUNG,
	HOST_PTE_RDPROTECT, HOST_PTE_EXPROTECT, HOST_PTE_MKCLEAN,
	HOST_PTE_MKOLD, HOST_PTE_WRPROTECT, HOST_PTE_MKREAD, HOST_PTE_MKEXEC,
	HOST_PTE_MKDIRTY, HOST_PTE_MKYOUNG, HOST_PTE_MKWRITE,
	HOST_PMD_NONE, HOST_PMD_PRESENT, HOST_PMD_BAD,
	HOST_PGD_INDEX, HOST_PTE_INDEX, HOST_PMD_INDEX,
	HOST_SWP_ENTRY,		/* a = type, b = offset: the entry's value */
	HOST_SWP_TYPE, HOST_SWP_OFFSET,	/* a = entry value */
	HOST_PAGES_TO_MB,
};
extern unsigned long host_pte_op(int op, unsigned long a, unsigned long b);

/* The locked read-modify-write helpers on a pte in memory; returns old/new. */
extern unsigned long host_ptep_get_and_clear(unsigned long *pte);
extern int host_ptep_test_and_clear_dirty(unsigned long *pte);
extern int host_ptep_test_and_clear_young(unsigned long *pte);
extern void host_ptep_set_wrprotect(unsigned long *pte);
extern void host_ptep_mkdirty(unsigned long *pte);

/*
 * A boot: the simulated RAM must be mapped (host_ram_map).  Runs the
 * boot-allocator set-up of mm_host.c, then the real paging_init() and
 * mem_init() as setup_arch/start_kernel do.  pse/pge say what the CPU
 * has.  Before paging_init, pgd slots 0 and 1 hold head.S-like identity
 * entries (zap_low_mappings must clear them) and empty_zero_page is
 * filled with 0xaa (mem_init must clear it).
 */
struct host_paging_cfg {
	unsigned long ram_bytes;
	int pse, pge;
	int wp_works_ok;	/* boot_cpu_data's value before the boot */
	int stop_after_paging_init;
};
extern void host_paging_boot(const struct host_paging_cfg *cfg);

/* swapper_pg_dir[i] */
extern unsigned long host_pgd(int i);
extern unsigned long host_pgd_phys(void);	/* __pa(swapper_pg_dir) */
/* Walk swapper_pg_dir like the MMU: physical address or ~0UL. */
extern unsigned long host_walk(unsigned long va, unsigned long *flags);
/* The pte value for va (kernel page tables), or ~0UL if no page table. */
extern unsigned long host_pte_of(unsigned long va);

/* CPU and TLB events seen by the shims since the boot started. */
struct host_cpu_events {
	unsigned long flush, flush_global, flush_one, last_flush_one;
	unsigned long cr3_loads, last_cr3, cr4;
	int wp_works_ok;
};
extern void host_cpu_events_get(struct host_cpu_events *e);
extern void host_cpu_events_reset(void);

struct host_paging_info {
	unsigned long max_mapnr, num_physpages, high_memory;
	unsigned long highstart_pfn, highend_pfn, max_pfn;
	unsigned long highmem_start_pfn;	/* highmem_start_page - mem_map */
	unsigned long vmalloc_start, vmalloc_end;
	unsigned long pkmap_page_table;		/* its address */
	unsigned long kmap_pte;			/* its address */
	unsigned long kmap_prot;
	unsigned long totalram_pages, totalhigh_pages;
	unsigned long empty_zero_nonzero;	/* bytes not 0 in empty_zero_page */
};
extern void host_paging_info_get(struct host_paging_info *i);

/* si_meminfo() */
extern void host_si_meminfo(unsigned long *totalram, unsigned long *freeram,
			    unsigned long *totalhigh, unsigned long *freehigh,
			    unsigned long *mem_unit);
extern void host_show_mem(void);
extern void host_free_initmem(void);
extern void host_set_fixmap(int idx, unsigned long phys);
extern unsigned long host_fix_to_virt(int idx);

/*
 * get_pte_slow (user 1) or get_pte_kernel_slow (user 0) on the pmd that
 * is swapper_pg_dir[pgd_index]: the returned pte pointer, 0 for NULL.
 */
extern unsigned long host_get_pte_slow(int user, int pgd_index,
				       unsigned long offset);
extern void host_set_pgd(int i, unsigned long val);	/* swapper_pg_dir[i] */
extern unsigned long host_bad_pte_table(int i);	/* empty_bad_pte_table[i] */
/* A new page onto the pte (1) or pgd (0) quicklist; its address or 0. */
extern unsigned long host_quicklist_push(int pte);
extern long host_pgtable_cache_size(void);
extern int host_do_check_pgt_cache(int low, int high);

/* vmalloc.c and ioremap.c, run as the pretend task.  Addresses as numbers. */
extern unsigned long host_vmalloc(unsigned long size);
extern unsigned long host_vmalloc_dma(unsigned long size);
extern void host_vfree(unsigned long addr);
extern unsigned long host_get_vm_area(unsigned long size, unsigned long flags);
extern long host_vread(char *buf, unsigned long addr, unsigned long count);
extern unsigned long host_ioremap(unsigned long phys, unsigned long size,
				  unsigned long flags);
extern void host_iounmap(unsigned long addr);
/* vmlist as arrays; returns the number of areas (at most max). */
extern int host_vmlist_get(unsigned long *addr, unsigned long *size,
			   unsigned long *flags, int max);
/* kmalloc'ed blocks not yet kfree'd; make the next n kmallocs fail. */
extern long host_kmalloc_live(void);
extern void host_kmalloc_fail_after(int n);

/* highmem.c */
extern unsigned long host_kmap(unsigned long pfn);
extern void host_kunmap(unsigned long pfn);
extern unsigned long host_kmap_atomic(unsigned long pfn, int type);
/* While the next kmap sleeps: kunmap unmap_pfn unmap_times, kmap map_pfn. */
extern void host_kmap_other_task(unsigned long unmap_pfn, int unmap_times,
				 unsigned long map_pfn);
extern void host_kunmap_atomic(unsigned long vaddr, int type);
extern int host_pkmap_count(int slot);
extern unsigned int host_last_pkmap_nr(void);
extern unsigned long host_pkmap_pte(int slot);	/* pkmap_page_table[slot] */
extern unsigned long host_kmap_pte(int idx);	/* *(kmap_pte - idx) */

#endif /* _TESTS_HOST_PAGING_HOST_H */
