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
 * sys_swapon of page (PAGE_SIZE bytes) as page 0 of a fresh block
 * device /dev/swN of swapfilesize pages (0: blk_size does not know its
 * size).  Returns the area's type, or sys_swapon's error.
 */
extern int host_swapon(const void *page, unsigned long swapfilesize,
		       int swap_flags);

/*
 * The system calls themselves, run as a task (capable() reads current).
 * Names: "/dev/sw0".."/dev/sw11" (block devices), "/swapfile" (a
 * regular file), "/dev/console" (a character device); else -ENOENT.
 * Every one reads as the page given to host_swap_disk (readable 0: the
 * read never happens, as for a file without bmap).
 */
extern long host_sys_swapon(const char *name, int flags);
extern long host_sys_swapoff(const char *name);
extern void host_swap_disk(const void *page, int readable);
extern void host_swap_dev_size(int dev, unsigned long pages);
extern void host_swap_file_size(unsigned long bytes);
extern void host_swap_caps(int all);
/* Make the header page allocation fail. */
extern void host_swap_header_fail(int fail);
/* try_to_unuse's read_swap_cache: 0 fails (NULL), 1 gives a page. */
extern void host_swap_unuse_reads(int ok);

/* References held: balanced after every call but a successful swapon. */
struct host_swap_refs {
	int dentry_refs, dev_opens, header_pages_out;
	int unuse_reads, unuse_page_count;
	int shmem_unuse_calls;		/* try_to_unuse asked shmem */
	unsigned long shmem_unuse_last;	/* about this entry last */
};
extern void host_swap_refs(struct host_swap_refs *r);

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
