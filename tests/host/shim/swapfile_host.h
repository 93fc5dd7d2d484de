/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the swapfile suite (test_swapfile.c) sees of mm/swapfile.c
 * (情景分析 §2.6, §2.9): shim/swapfile_host.c #includes it, to reach
 * its static scan_swap_map and least_priority, and stands in for
 * vmalloc/vfree (glibc's heap, counted) and for the globals of files
 * not linked here (nr_swap_pages, page_cluster).  Plain C types only.
 */
#ifndef _TESTS_HOST_SWAPFILE_HOST_H
#define _TESTS_HOST_SWAPFILE_HOST_H

/* The kernel's values, for the test to check against 2.4.0's. */
struct host_swap_consts {
	unsigned long swap_flag_prefer, swap_flag_prio_mask;
	unsigned long max_swapfiles, max_swap_badpages;
	unsigned long swp_used, swp_writeok, swap_cluster_max;
	unsigned long swap_map_max, swap_map_bad, swapfile_cluster;
	unsigned long sizeof_swap_header, off_magic, off_version;
	unsigned long off_last_page, off_nr_badpages, off_badpages;
	unsigned long sizeof_swp_entry;
};
extern void host_swap_consts_get(struct host_swap_consts *c);

/* Free every area's map and zero all of swapfile.c's state. */
extern void host_swap_reset(void);

/*
 * sys_swapon's disk-free steps on page (PAGE_SIZE bytes, copied first):
 * swapon_claim, swapon_setup, swapon_undo on failure.  Returns the
 * area's type, -EPERM if swap_info is full, or setup's error.
 */
extern int host_swapon(const void *page, unsigned long swapfilesize,
		       int swap_flags);

struct host_swap_area {
	unsigned int flags;
	unsigned int lowest_bit, highest_bit, cluster_next, cluster_nr;
	int prio, pages, next;
	unsigned long max;
	int has_map;
};
extern void host_swap_area_get(int type, struct host_swap_area *a);
extern unsigned int host_swap_map(int type, unsigned long slot);
extern void host_swap_map_set(int type, unsigned long slot,
			      unsigned int count);
extern void host_swap_list(int *head, int *next);
extern void host_swap_list_set_next(int next);
extern int host_nr_swap_pages(void);
extern void host_set_nr_swap_pages(int n);
extern unsigned int host_nr_swapfiles(void);

/* Entries are plain values here: SWP_ENTRY/SWP_TYPE/SWP_OFFSET. */
extern unsigned long host_swp_entry(unsigned long type, unsigned long off);
extern unsigned long host_swp_type(unsigned long val);
extern unsigned long host_swp_offset(unsigned long val);

extern unsigned long host_get_swap_page(unsigned int count);
extern void host_swap_free(unsigned long val, unsigned int count);
extern int host_swap_duplicate(unsigned long val);
/* swap_count of a page whose index is val. */
extern int host_swap_count(unsigned long val);
extern void host_si_swapinfo(unsigned long *freeswap,
			     unsigned long *totalswap);
extern int host_valid_swaphandles(unsigned long val, unsigned long *offset);
extern void host_set_page_cluster(int n);

/* vmalloc/vfree: live blocks; make the next n vmallocs fail. */
extern long host_swap_vmalloc_live(void);
extern void host_swap_vmalloc_fail(int n);

#endif /* _TESTS_HOST_SWAPFILE_HOST_H */
