/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the VMA host tests and the find_vma benchmark see of mm/mmap.c
 * (with mm/mmap_avl.c), mm/mprotect.c, mm/mremap.c, mm/mlock.c and
 * arch/i386/kernel/sys_i386.c (情景分析 §2.3, §2.12, §2.13).
 *
 * shim/vma_host.c #includes the real mm/mmap.c with DEBUG_AVL, so that
 * 2.4.0's own AVL checkers (avl_check, avl_neighbours, printk_avl ...)
 * can be called; the other files are linked as they are.  It also stands
 * in for what only the page-table side and the VFS provide so far:
 *  - zap_page_range, make_pages_present, clear_page_tables, get_pte_slow
 *    work on real page tables (pages from the real buddy allocator on
 *    the simulated RAM of mm_host.h) and record every call;
 *  - a "page fault" (host_touch) puts a made-up frame number with the
 *    area's vm_page_prot into the pte, so tests can follow ptes through
 *    mprotect, mremap and munmap;
 *  - open files are a small table of fake files (fget/fput, f_op->mmap,
 *    vm_ops open/close counted);
 *  - vm_area_cachep is a real slab cache; its allocations are counted and
 *    can be made to fail (the link wraps kmem_cache_alloc/free).
 * Every kernel function runs as the pretend task of mm_host.c, whose mm
 * is the one test address space.  Plain C types only: both worlds
 * include this file.
 */
#ifndef _TESTS_HOST_VMA_HOST_H
#define _TESTS_HOST_VMA_HOST_H

/* 2.4.0's values, restated for the test programs (checked in a test). */
#define HOST_TASK_SIZE		0xC0000000UL
#define HOST_TASK_UNMAPPED_BASE	0x40000000UL
#define HOST_AVL_MIN_MAP_COUNT	32
#define HOST_MAX_MAP_COUNT	65536
#define HOST_PGDIR_SIZE		0x00400000UL

#define HOST_VM_READ		0x00000001
#define HOST_VM_WRITE		0x00000002
#define HOST_VM_EXEC		0x00000004
#define HOST_VM_SHARED		0x00000008
#define HOST_VM_MAYREAD		0x00000010
#define HOST_VM_MAYWRITE	0x00000020
#define HOST_VM_MAYEXEC		0x00000040
#define HOST_VM_MAYSHARE	0x00000080
#define HOST_VM_GROWSDOWN	0x00000100
#define HOST_VM_DENYWRITE	0x00000800
#define HOST_VM_EXECUTABLE	0x00001000
#define HOST_VM_LOCKED		0x00002000
#define HOST_VM_DONTEXPAND	0x00040000
#define HOST_VM_STACK_FLAGS	0x00000177

#define HOST_PROT_NONE		0x0
#define HOST_PROT_READ		0x1
#define HOST_PROT_WRITE		0x2
#define HOST_PROT_EXEC		0x4
#define HOST_MAP_SHARED		0x01
#define HOST_MAP_PRIVATE	0x02
#define HOST_MAP_TYPE		0x0f
#define HOST_MAP_FIXED		0x10
#define HOST_MAP_ANONYMOUS	0x20
#define HOST_MAP_GROWSDOWN	0x0100
#define HOST_MAP_DENYWRITE	0x0800
#define HOST_MAP_EXECUTABLE	0x1000
#define HOST_MAP_LOCKED		0x2000
#define HOST_MAP_NORESERVE	0x4000
#define HOST_MREMAP_MAYMOVE	1
#define HOST_MREMAP_FIXED	2
#define HOST_MCL_CURRENT	1
#define HOST_MCL_FUTURE		2

#define HOST_FMODE_READ		1
#define HOST_FMODE_WRITE	2

#define HOST_RLIMIT_DATA	2
#define HOST_RLIMIT_STACK	3
#define HOST_RLIMIT_MEMLOCK	8
#define HOST_RLIMIT_AS		9
#define HOST_RLIM_INFINITY	(~0UL)

/* pte protection bits (asm-i386/pgtable.h) */
#define HOST_PAGE_NONE		0x0a0
#define HOST_PAGE_SHARED	0x027
#define HOST_PAGE_COPY		0x025
#define HOST_PAGE_READONLY	0x025

/* Kernel constants as compiled, to compare with the values above. */
struct host_vma_consts {
	unsigned long task_size, task_unmapped_base, pgdir_size;
	int avl_min_map_count, max_map_count, avl_max_height;
	unsigned long vm_stack_flags, vm_locked, vm_denywrite;
	unsigned long prot[16];		/* protection_map[] */
	unsigned long map_fixed, map_anonymous, map_noreserve, map_type;
	unsigned long mremap_maymove, mremap_fixed, mcl_current, mcl_future;
	int rlimit_memlock, rlimit_as, rlimit_data;
	unsigned int sizeof_vma, sizeof_mm;
	unsigned int off_vm_end, off_vm_avl_height, off_vm_pgoff;
};
extern void host_vma_consts_get(struct host_vma_consts *c);

/*
 * Start: the RAM must be booted (host_boot of mm_host.h).  Sets up the
 * slab caches, vm_area_cachep, a fresh mm (empty page directory) as the
 * task's mm and active_mm, infinite rlimits, CAP_IPC_LOCK, no files.
 */
extern void host_vma_init(void);

/*
 * exit_mmap() the mm, then check that every vm_area_struct was freed,
 * every user page table was released and no page table was freed with
 * live entries.  Returns 0, or -1 with a message.  The mm is fresh
 * again afterwards.
 */
extern int host_vma_exit(char *msg);

/* One area, in list order.  left/right/file are list indexes, or -1. */
struct host_vma {
	unsigned long start, end, flags, pgoff, prot;
	int file;			/* fd of the fake file, or -1 */
	int height, left, right;	/* AVL fields */
	int has_ops;
};
/* The list (at most max areas); returns how many there are. */
extern int host_vma_list(struct host_vma *v, int max);
/* vm_raend (the read-ahead mark) of the area holding addr: get, set. */
extern unsigned long host_vma_raend(unsigned long addr);
extern void host_vma_set_raend(unsigned long addr, unsigned long raend);

struct host_mm_info {
	int map_count;
	int has_avl, root;		/* root: list index of mmap_avl */
	int cache;			/* list index of mmap_cache, or -1 */
	unsigned long total_vm, locked_vm, def_flags, rss;
	unsigned long start_brk, brk, end_code, start_data;
	int sem_count;			/* mmap_sem is free again: 1 */
};
extern void host_mm_info_get(struct host_mm_info *mi);

/*
 * Every invariant: the list sorted, non-overlapping, page aligned, below
 * TASK_SIZE, map_count equal to its length, vm_page_prot right; the AVL
 * tree (if any) with right heights, balanced, in-order equal to the
 * list, with 2.4.0's own checkers silent; mmap_cache in the list;
 * total_vm and locked_vm equal to the sums; the files' share lists.
 * Returns 0, or -1 with a message in msg.
 */
extern int host_vma_check(char *msg);

/* 2.4.0's DEBUG_AVL printers, into the printk log. */
extern void host_printk_list(void);
extern void host_printk_avl(void);

/* Lookups; results as list indexes, -1 for NULL. */
extern int host_find_vma(unsigned long addr);
extern int host_find_vma_prev(unsigned long addr, int *prev);
extern int host_find_extend_vma(unsigned long addr);
extern int host_find_vma_intersection(unsigned long start, unsigned long end);

/*
 * The entry points, run as the task.  fd -1 is no file (the caller adds
 * MAP_ANONYMOUS where the entry point wants it).  host_old_mmap_ptr
 * passes its argument block pointer as given (NULL: copy_from_user
 * fails).
 */
extern long host_old_mmap(unsigned long addr, unsigned long len,
			  unsigned long prot, unsigned long flags,
			  unsigned long fd, unsigned long offset);
extern long host_old_mmap_ptr(void *arg);
extern long host_sys_mmap2(unsigned long addr, unsigned long len,
			   unsigned long prot, unsigned long flags,
			   unsigned long fd, unsigned long pgoff);
extern long host_do_mmap_pgoff(int fd, unsigned long addr, unsigned long len,
			       unsigned long prot, unsigned long flags,
			       unsigned long pgoff);
/* do_mmap of <linux/mm.h>: a byte offset. */
extern long host_do_mmap(int fd, unsigned long addr, unsigned long len,
			 unsigned long prot, unsigned long flags,
			 unsigned long offset);
extern unsigned long host_get_unmapped_area(unsigned long addr,
					    unsigned long len);
extern long host_sys_munmap(unsigned long addr, unsigned long len);
extern long host_do_munmap(unsigned long addr, unsigned long len);
extern unsigned long host_sys_brk(unsigned long brk);
extern long host_do_brk(unsigned long addr, unsigned long len);
extern long host_sys_mprotect(unsigned long start, unsigned long len,
			      unsigned long prot);
extern long host_sys_mremap(unsigned long addr, unsigned long old_len,
			    unsigned long new_len, unsigned long flags,
			    unsigned long new_addr);
extern long host_sys_mlock(unsigned long start, unsigned long len);
extern long host_sys_munlock(unsigned long start, unsigned long len);
extern long host_sys_mlockall(int flags);
extern long host_sys_munlockall(void);
extern int host_vm_enough_memory(long pages);

/*
 * Put an area in directly (kmem_cache_alloc + insert_vm_struct), as
 * exec and fork do; no limit checked.  Returns 0 or -1 (no memory).
 */
extern int host_insert_vma(unsigned long start, unsigned long end,
			   unsigned long flags);
/* Rebuild the tree from the list (build_mmap_avl). */
extern void host_build_mmap_avl(void);

/* Knobs of the task and the mm. */
extern void host_set_rlimit(int which, unsigned long cur);
extern void host_set_cap_ipc_lock(int on);
extern void host_set_layout(unsigned long end_code, unsigned long start_data,
			    unsigned long start_brk, unsigned long brk);
extern void host_set_overcommit(int on);
extern void host_set_def_flags(unsigned long def_flags);
extern void host_set_mm_counts(unsigned long total_vm,
			       unsigned long locked_vm);
extern void host_set_map_count(int map_count);
extern void host_set_cache(int index);		/* mmap_cache, -1 = NULL */
extern unsigned long host_nr_free_pages(void);

/*
 * Allocation failures: the nth vm_area_struct allocation from now on
 * (1 = the next) returns NULL; 0 turns it off.  Same for page tables.
 */
extern void host_vma_fail_alloc(int nth);
extern void host_pte_fail_alloc(int nth);
extern long host_vma_live(void);	/* vm_area_structs in use */
extern long host_vma_allocs(void);	/* successful allocations so far */

/* Fake open files, fds 0..HOST_NR_FILES-1. */
#define HOST_NR_FILES		8
#define HOST_FILE_APPEND	0x01	/* inode S_APPEND */
#define HOST_FILE_NOMMAP	0x02	/* f_op without mmap */
#define HOST_FILE_MMAP_FAILS	0x04	/* mmap method returns -ENODEV */
#define HOST_FILE_VMOPS		0x08	/* mmap method sets vm_ops */
#define HOST_FILE_DONTEXPAND	0x10	/* mmap method sets VM_DONTEXPAND */
#define HOST_FILE_MOVES		0x20	/* mmap method moves vm_start/end up a page */
extern void host_file_open(int fd, int fmode, int how);
extern void host_file_close(int fd);

struct host_file_info {
	int f_count, i_writecount;
	int mmap_calls, opens, closes;
	int n_i_mmap, n_i_mmap_shared;	/* lengths of the share lists */
	int lists_ok;			/* vm_pprev_share links right */
};
extern void host_file_info_get(int fd, struct host_file_info *fi);
extern void host_set_writecount(int fd, int count);

/* Page tables: a "page fault" on addr, and views of the ptes. */
extern unsigned long host_touch(unsigned long addr);	/* the frame, or 0 */
extern unsigned long host_pte_get(unsigned long addr);	/* 0: none */
extern void host_pte_dump(unsigned long start, int n, unsigned long *out);
extern int host_pgtables(void);		/* user page tables present */
extern void host_pte_set(unsigned long addr, unsigned long pte);

/* What the page-table side was asked to do, in order. */
#define HOST_CALL_ZAP		1	/* zap_page_range(mm, a, b) */
#define HOST_CALL_PRESENT	2	/* make_pages_present(a, b) */
#define HOST_CALL_CLEAR_PT	3	/* clear_page_tables(mm, a, b) */
#define HOST_CALL_SHMEM		4	/* shmem_zero_setup(vma [a, b)) */
#define HOST_CALL_FLUSH_TLB	5	/* __flush_tlb() */
#define HOST_CALL_RELEASE_SEG	6	/* release_segments(mm) */
struct host_call {
	int what;
	unsigned long a, b;
};
extern int host_calls_get(struct host_call *c, int max);
extern void host_calls_reset(void);
extern int host_shmem_error;	/* what shmem_zero_setup returns */
extern int host_shmem_fd;	/* >= 0: the file it gives the area */
extern unsigned long host_pt_live_freed;	/* page tables freed with live ptes */

/* ---- the benchmark ---- */

/*
 * Replace the mm's areas by n one-page areas, one every stride bytes
 * from base (built with insert_vm_struct; n may pass MAX_MAP_COUNT).
 */
extern int host_bench_build(int n, unsigned long base, unsigned long stride);
/* find_vma on each address; returns a checksum of the results. */
extern unsigned long host_bench_find(const unsigned long *addr, int n);
/* The same lookups as a plain walk of the list; the nodes it visits. */
extern unsigned long host_bench_list(const unsigned long *addr, int n);
extern unsigned long long host_bench_list_nodes(const unsigned long *addr,
						int n);
/*
 * Replay find_vma on each address counting the list or tree nodes it
 * looks at (none on an mmap_cache hit) and the cache hits.
 */
extern void host_bench_stats(const unsigned long *addr, int n,
			     unsigned long long *nodes, unsigned long *hits);
extern int host_bench_height(void);

#endif /* _TESTS_HOST_VMA_HOST_H */
