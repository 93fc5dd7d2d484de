// SPDX-License-Identifier: GPL-2.0-only
/*
 * The real mm/swapfile.c for the swapfile suite, #included so that the
 * static scan_swap_map and least_priority can be reached; vmalloc and
 * vfree from glibc's heap (counted, and able to fail); nr_swap_pages
 * (mm/page_alloc.c) and page_cluster (mm/swap.c), which are not linked
 * here.  See swapfile_host.h.
 */
#include "../../../mm/swapfile.c"

#include "swapfile_host.h"

/* mm/page_alloc.c, mm/swap.c */
int nr_swap_pages;
int page_cluster;

/* arch/i386/kernel/setup.c: read by PAGE_KERNEL in vmalloc(). */
struct cpuinfo_x86 boot_cpu_data;

/* mm/vmalloc.c on glibc's heap: 2.4.0's BUG for a size of 0 kept. */
extern void *malloc(size_t size);
extern void free(void *ptr);
static long vmalloc_live;
static int vmalloc_fail;

void *__vmalloc(unsigned long size, int gfp_mask, pgprot_t prot)
{
	void *addr;

	size = PAGE_ALIGN(size);
	if (!size)
		BUG();
	if (vmalloc_fail > 0) {
		vmalloc_fail--;
		return NULL;
	}
	addr = malloc(size);
	if (!addr)
		return NULL;
	/* Garbage, as fresh pages would hold: setup must fill the map. */
	memset(addr, 0xa5, size);
	vmalloc_live++;
	return addr;
}

void vfree(void *addr)
{
	if (!addr)
		return;
	vmalloc_live--;
	free(addr);
}

long host_swap_vmalloc_live(void)
{
	return vmalloc_live;
}

void host_swap_vmalloc_fail(int n)
{
	vmalloc_fail = n;
}

void host_swap_consts_get(struct host_swap_consts *c)
{
	c->swap_flag_prefer = SWAP_FLAG_PREFER;
	c->swap_flag_prio_mask = SWAP_FLAG_PRIO_MASK;
	c->max_swapfiles = MAX_SWAPFILES;
	c->max_swap_badpages = MAX_SWAP_BADPAGES;
	c->swp_used = SWP_USED;
	c->swp_writeok = SWP_WRITEOK;
	c->swap_cluster_max = SWAP_CLUSTER_MAX;
	c->swap_map_max = SWAP_MAP_MAX;
	c->swap_map_bad = SWAP_MAP_BAD;
	c->swapfile_cluster = SWAPFILE_CLUSTER;
	c->sizeof_swap_header = sizeof(union swap_header);
	c->off_magic = __swapoffset(magic.magic);
	c->off_version = __swapoffset(info.version);
	c->off_last_page = __swapoffset(info.last_page);
	c->off_nr_badpages = __swapoffset(info.nr_badpages);
	c->off_badpages = __swapoffset(info.badpages);
	c->sizeof_swp_entry = sizeof(swp_entry_t);
}

void host_swap_reset(void)
{
	int i;

	for (i = 0; i < MAX_SWAPFILES; i++)
		if (swap_info[i].swap_map)
			vfree(swap_info[i].swap_map);
	memset(swap_info, 0, sizeof(swap_info));
	nr_swapfiles = 0;
	swap_list.head = swap_list.next = -1;
	least_priority = 0;
	nr_swap_pages = 0;
	page_cluster = 4;
	vmalloc_fail = 0;
}

int host_swapon(const void *page, unsigned long swapfilesize, int swap_flags)
{
	static union swap_header header;
	struct swap_info_struct *p;
	int error;

	memcpy(&header, page, PAGE_SIZE);
	p = swapon_claim(swap_flags);
	if (!p)
		return -EPERM;
	error = swapon_setup(p, &header, swapfilesize);
	if (error) {
		swapon_undo(p, swap_flags);
		return error;
	}
	return p - swap_info;
}

void host_swap_area_get(int type, struct host_swap_area *a)
{
	struct swap_info_struct *p = &swap_info[type];

	a->flags = p->flags;
	a->lowest_bit = p->lowest_bit;
	a->highest_bit = p->highest_bit;
	a->cluster_next = p->cluster_next;
	a->cluster_nr = p->cluster_nr;
	a->prio = p->prio;
	a->pages = p->pages;
	a->next = p->next;
	a->max = p->max;
	a->has_map = p->swap_map != NULL;
}

unsigned int host_swap_map(int type, unsigned long slot)
{
	return swap_info[type].swap_map[slot];
}

void host_swap_map_set(int type, unsigned long slot, unsigned int count)
{
	swap_info[type].swap_map[slot] = count;
}

void host_swap_list(int *head, int *next)
{
	*head = swap_list.head;
	*next = swap_list.next;
}

void host_swap_list_set_next(int next)
{
	swap_list.next = next;
}

int host_nr_swap_pages(void)
{
	return nr_swap_pages;
}

void host_set_nr_swap_pages(int n)
{
	nr_swap_pages = n;
}

unsigned int host_nr_swapfiles(void)
{
	return nr_swapfiles;
}

unsigned long host_swp_entry(unsigned long type, unsigned long off)
{
	return SWP_ENTRY(type, off).val;
}

unsigned long host_swp_type(unsigned long val)
{
	swp_entry_t e = { val };

	return SWP_TYPE(e);
}

unsigned long host_swp_offset(unsigned long val)
{
	swp_entry_t e = { val };

	return SWP_OFFSET(e);
}

unsigned long host_get_swap_page(unsigned int count)
{
	return __get_swap_page(count).val;
}

void host_swap_free(unsigned long val, unsigned int count)
{
	swp_entry_t e = { val };

	__swap_free(e, count);
}

int host_swap_duplicate(unsigned long val)
{
	swp_entry_t e = { val };

	return swap_duplicate(e);
}

int host_swap_count(unsigned long val)
{
	struct page page;

	memset(&page, 0, sizeof(page));
	page.index = val;
	return swap_count(&page);
}

void host_si_swapinfo(unsigned long *freeswap, unsigned long *totalswap)
{
	struct sysinfo val;

	memset(&val, 0xff, sizeof(val));
	si_swapinfo(&val);
	*freeswap = val.freeswap;
	*totalswap = val.totalswap;
}

int host_valid_swaphandles(unsigned long val, unsigned long *offset)
{
	swp_entry_t e = { val };

	return valid_swaphandles(e, offset);
}

void host_set_page_cluster(int n)
{
	page_cluster = n;
}
