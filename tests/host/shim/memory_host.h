/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the memory host tests (test_memory.c) see of mm/memory.c: two
 * test address spaces (0 and 1) with up to HOST_VM_NVMA areas each, on
 * the simulated PC of paging_host.h, and the page-table side of 2.4.0's
 * virtual memory driven directly: handle_mm_fault (demand paging,
 * copy-on-write, nopage), copy_page_range, zap_page_range,
 * clear_page_tables, zeromap/remap_page_range, make_pages_present.
 * shim/memory_host.c #includes mm/memory.c.  Plain C types only.
 */
#ifndef _TESTS_HOST_MEMORY_HOST_H
#define _TESTS_HOST_MEMORY_HOST_H

#define HOST_VM_NVMA	4

/* 2.4.0's vm_flags bits, restated for the tests (checked there). */
#define HOST_VM_READ		0x0001UL
#define HOST_VM_WRITE		0x0002UL
#define HOST_VM_EXEC		0x0004UL
#define HOST_VM_SHARED		0x0008UL
#define HOST_VM_MAYREAD		0x0010UL
#define HOST_VM_MAYWRITE	0x0020UL
#define HOST_VM_MAYEXEC		0x0040UL
#define HOST_VM_MAYSHARE	0x0080UL

/* What the nopage method of an area does (HOST_NOPAGE_NONE: anonymous). */
enum {
	HOST_NOPAGE_NONE,	/* no vm_ops: do_anonymous_page */
	HOST_NOPAGE_PAGE,	/* returns the page set by host_vm_nopage_page */
	HOST_NOPAGE_SIGBUS,	/* returns NOPAGE_SIGBUS */
	HOST_NOPAGE_OOM,	/* returns NOPAGE_OOM */
};

/*
 * After host_paging_boot: ZERO_PAGE for these tests is a reserved frame
 * of the simulated RAM (the shim's empty_zero_page is not in it).
 */
extern void host_vm_setup(void);
extern long host_vm_zero_pfn(void);

/* pgd_alloc() for address space m; 0, or -1 if out of memory. */
extern int host_vm_mm_init(int m);
/* exit: zap every area, clear_page_tables(0, 768), pgd_free(). */
extern void host_vm_mm_exit(int m);
/* Area v of m: [start, end), vm_flags, nopage kind; page_prot from flags. */
extern void host_vm_vma(int m, int v, unsigned long start, unsigned long end,
			unsigned long flags, int nopage);
extern unsigned long host_vm_prot(int m, int v);

/* handle_mm_fault(mm m, area v, addr, write), run as the task of mm m. */
extern int host_vm_fault(int m, int v, unsigned long addr, int write);
/* Area v of src copied into dst (same areas set up there): copy_page_range. */
extern int host_vm_copy_range(int dst, int src, int v);
extern void host_vm_zap(int m, unsigned long addr, unsigned long size);
extern void host_vm_clear_page_tables(int m, unsigned long first, int nr);
extern int host_vm_zeromap(int m, unsigned long addr, unsigned long size,
			   unsigned long prot);
extern int host_vm_remap(int m, unsigned long from, unsigned long phys,
			 unsigned long size, unsigned long prot);
extern int host_vm_make_present(int m, unsigned long addr, unsigned long end);

/* The pte for addr in m: its value, ~0UL if there is no page table. */
extern unsigned long host_vm_pte(int m, unsigned long addr);
extern void host_vm_set_pte(int m, unsigned long addr, unsigned long val);
/* The pfn the pte maps, or -1 if not present. */
extern long host_vm_pfn(int m, unsigned long addr);
extern unsigned long host_vm_pgd(int m, int i);
extern void host_vm_set_pgd(int m, int i, unsigned long val);
extern unsigned long host_vm_rss(int m);
extern void host_vm_set_rss(int m, unsigned long rss);

/* A byte of the page mapped at addr, read/written through the kernel map. */
extern int host_vm_peek(int m, unsigned long addr);
extern void host_vm_poke(int m, unsigned long addr, int c);

/* The nopage method: the page it hands out, and what it was asked. */
extern void host_vm_nopage_page(long pfn);
struct host_nopage_call {
	int calls;
	unsigned long address;
	int no_share;
};
extern void host_vm_nopage_get(struct host_nopage_call *c);

/* __set_page_dirty() calls (set_page_dirty of a new dirty page). */
extern int host_vm_set_page_dirty_calls(void);

/* 2.4.0 constants as mm/memory.c sees them. */
struct host_vm_consts {
	int pgt_cache_water[2];
	unsigned long vm_read, vm_write, vm_exec, vm_shared;
	unsigned long vm_mayread, vm_maywrite, vm_mayexec, vm_mayshare;
	long nopage_sigbus, nopage_oom;
};
extern void host_vm_consts_get(struct host_vm_consts *c);

/*
 * include/asm-i386/pgalloc.h driven directly: the quicklists (pages named
 * by pfn), pte_alloc/pte_alloc_kernel on a pmd value the test holds, and
 * the flush_tlb_* calls for mm m while mm active is loaded.
 */
extern void host_pt_free_pte_fast(long pfn);
extern long host_pt_get_pte_fast(void);		/* pfn, -1 for NULL */
extern void host_pt_free_pgd_fast(long pfn);
extern long host_pt_get_pgd_fast(void);
extern long host_pt_cache_size(void);
extern unsigned long host_pt_word(long pfn, int i);
extern void host_pt_set_word(long pfn, int i, unsigned long v);
/* pte_alloc (kernel 0) or pte_alloc_kernel (1): the slot's physical address, 0 for NULL. */
extern unsigned long host_pt_pte_alloc(unsigned long *pmd, unsigned long addr,
				       int kernel);
enum { HOST_FLUSH_MM, HOST_FLUSH_PAGE, HOST_FLUSH_RANGE };
extern void host_pt_flush(int which, int m, int active, unsigned long addr);

/*
 * vmtruncate on one test inode: host_vm_file_init(size) makes it (with
 * a truncate method); host_vm_file_map puts area v of m on its i_mmap
 * (private) or i_mmap_shared list at file page pgoff.  vmtruncate runs
 * as the task of mm 0 with RLIMIT_FSIZE fsize_limit; returns i_size.
 */
struct host_trunc_calls {
	int cache_truncates;		/* truncate_inode_pages calls */
	long long cache_start;		/* its lstart */
	int cache_was_inode;		/* on the inode's own mapping */
	int method_calls;		/* i_op->truncate calls */
	long long size_seen;		/* i_size the method saw */
	int last_sig, sig_to_current;	/* send_sig */
};
extern void host_vm_file_init(long long size);
extern void host_vm_file_map(int m, int v, unsigned long pgoff);
extern long long host_vm_vmtruncate(long long offset,
				    unsigned long fsize_limit);
extern void host_vm_trunc_calls(struct host_trunc_calls *t);

/*
 * A model swap area (type 0) and swap cache for do_swap_page, fork and
 * zap: slots 1..HOST_SWAP_SLOTS-1, page_cluster as given.
 */
#define HOST_SWAP_SLOTS	64
struct host_swap_stats {
	int lookups, sync_reads, async_reads, uncached, bad_frees;
};
extern void host_swap_setup(int page_cluster);
/* The page at addr of m goes to slot; returns the entry (0 if refused). */
extern unsigned long host_swap_out(int m, unsigned long addr, int slot);
extern int host_swap_map_count(int slot);
extern void host_swap_set_async(int n);
/* Reclaim's part: drop the cache page of slot if nobody maps it. */
extern int host_swap_drop_cache(int slot);
/* The pfn of the swap cache's page for slot, -1 if none. */
extern long host_swap_cached_pfn(int slot);
extern void host_swap_stats_get(struct host_swap_stats *st);

#endif /* _TESTS_HOST_MEMORY_HOST_H */
