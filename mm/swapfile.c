// SPDX-License-Identifier: GPL-2.0-only
/*
 * Swap space bookkeeping: the table of swap areas, the use count of
 * every page-sized slot on them (swap_map), handing slots out and
 * taking them back, and the checks swapon makes of an area's header.
 * Opening the device, reading its first page, swapoff and try_to_unuse
 * come with the block path and the swap cache.
 * 情景分析 §2.6, §2.9.  Follows Linux 2.4.0 mm/swapfile.c.
 */
#include <linux/mm.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/vmalloc.h>
#include <linux/swap.h>
#include <asm/pgtable.h>

spinlock_t swaplock = SPIN_LOCK_UNLOCKED;
unsigned int nr_swapfiles;

struct swap_list_t swap_list = { -1, -1 };

struct swap_info_struct swap_info[MAX_SWAPFILES];

/* Slots handed out in a row before looking for a fresh empty run. */
#define SWAPFILE_CLUSTER 256

/*
 * Find a free slot on si and give it count users; 0 if there is none.
 * Caller holds swap_device_lock(si).
 */
static inline int scan_swap_map(struct swap_info_struct *si,
				unsigned short count)
{
	unsigned long slot, end, run;

	/* Keep going where the last slot was taken while the cluster lasts. */
	if (si->cluster_nr) {
		while (si->cluster_next <= si->highest_bit) {
			slot = si->cluster_next++;
			if (si->swap_map[slot] == 0) {
				si->cluster_nr--;
				goto take;
			}
		}
	}
	si->cluster_nr = SWAPFILE_CLUSTER;

	/* A new cluster: the first run of SWAPFILE_CLUSTER free slots. */
	slot = si->lowest_bit;
	while (slot + SWAPFILE_CLUSTER - 1 <= si->highest_bit) {
		end = slot + SWAPFILE_CLUSTER;
		for (run = slot; run < end; run++)
			if (si->swap_map[run])
				break;
		if (run == end)
			goto take;
		slot = run + 1;
	}

	/* No such run: any free slot will do. */
	for (slot = si->lowest_bit; slot <= si->highest_bit; slot++)
		if (si->swap_map[slot] == 0)
			goto take;
	return 0;

take:
	if (slot == si->lowest_bit)
		si->lowest_bit++;
	if (slot == si->highest_bit)
		si->highest_bit--;
	si->swap_map[slot] = count;
	nr_swap_pages--;
	si->cluster_next = slot + 1;
	return slot;
}

/*
 * A free slot with count users, from the first area of the highest
 * priority that has one; areas of equal priority take turns.  Entry 0
 * if swap is full.
 */
swp_entry_t __get_swap_page(unsigned short count)
{
	struct swap_info_struct *si;
	swp_entry_t entry;
	unsigned long slot;
	int type, after, wrapped = 0;

	entry.val = 0;
	if (count >= SWAP_MAP_MAX) {
		printk(KERN_ERR "get_swap_page: count %u too large\n", count);
		return entry;
	}
	swap_list_lock();
	type = swap_list.next;
	if (type < 0 || nr_swap_pages == 0)
		goto out;
	for (;;) {
		si = swap_info + type;
		slot = 0;
		if ((si->flags & SWP_WRITEOK) == SWP_WRITEOK) {
			swap_device_lock(si);
			slot = scan_swap_map(si, count);
			swap_device_unlock(si);
		}
		if (slot) {
			entry = SWP_ENTRY(type, slot);
			/* Round robin within this priority. */
			after = si->next;
			if (after >= 0 && swap_info[after].prio == si->prio)
				swap_list.next = after;
			else
				swap_list.next = swap_list.head;
			break;
		}
		type = si->next;
		if (wrapped) {
			if (type < 0)
				break;	/* swap is full */
		} else if (type < 0 || swap_info[type].prio != si->prio) {
			/* This priority is full: once more from the top. */
			type = swap_list.head;
			wrapped = 1;
		}
	}
out:
	swap_list_unlock();
	return entry;
}

/*
 * Drop count users of the slot of entry; a slot nobody uses any more
 * is free again.  A saturated count (SWAP_MAP_MAX) is never lowered.
 */
void __swap_free(swp_entry_t entry, unsigned short count)
{
	struct swap_info_struct *si;
	unsigned long off;
	unsigned int type;
	unsigned short *users;

	if (!entry.val)
		return;
	type = SWP_TYPE(entry);
	if (type >= nr_swapfiles)
		goto no_area;
	si = &swap_info[type];
	if (!(si->flags & SWP_USED))
		goto no_device;
	off = SWP_OFFSET(entry);
	if (off >= si->max)
		goto past_end;
	users = &si->swap_map[off];
	if (*users == 0)
		goto not_used;

	swap_list_lock();
	/* Port: 2.4.0 reads swap_info[-1] when no area is on the list. */
	if (swap_list.next >= 0 && si->prio > swap_info[swap_list.next].prio)
		swap_list.next = type;
	swap_device_lock(si);
	if (*users < SWAP_MAP_MAX) {
		if (*users < count)
			goto too_many;
		*users -= count;
		if (!*users) {
			/* Free again: the bounds must take it in. */
			if (si->lowest_bit > off)
				si->lowest_bit = off;
			if (si->highest_bit < off)
				si->highest_bit = off;
			nr_swap_pages++;
		}
	}
	swap_device_unlock(si);
	swap_list_unlock();
	return;

too_many:
	swap_device_unlock(si);
	swap_list_unlock();
	printk(KERN_ERR "swap_free: entry %08lx has %u users, not %u\n",
	       entry.val, *users, count);
	return;
no_area:
	printk(KERN_ERR "swap_free: no swap area for entry %08lx\n",
	       entry.val);
	return;
no_device:
	printk(KERN_ERR "swap_free: entry %08lx on an unused area\n",
	       entry.val);
	return;
past_end:
	printk(KERN_ERR "swap_free: entry %08lx past the area's end\n",
	       entry.val);
	return;
not_used:
	printk(KERN_ERR "swap_free: entry %08lx already free\n", entry.val);
}

/*
 * One more user of the slot of entry (a fork copying a swap pte, the
 * swap cache).  Returns 1, or 0 if the entry names no slot in use.
 */
int swap_duplicate(swp_entry_t entry)
{
	struct swap_info_struct *si;
	unsigned long offset;
	unsigned int type;
	static int overflows;

	if (!entry.val)
		return 0;
	type = SWP_TYPE(entry);
	if (type >= nr_swapfiles) {
		printk(KERN_ERR "swap_dup: no swap area for entry %08lx\n",
		       entry.val);
		return 0;
	}
	si = &swap_info[type];
	offset = SWP_OFFSET(entry);
	if (offset >= si->max)
		return 0;
	if (!si->swap_map[offset]) {
		printk(KERN_ERR "swap_dup: entry %08lx not in use\n",
		       entry.val);
		return 0;
	}
	swap_device_lock(si);
	if (si->swap_map[offset] < SWAP_MAP_MAX) {
		si->swap_map[offset]++;
	} else {
		/* From here on the slot stays in use until swapoff. */
		if (overflows++ < 5)
			printk(KERN_WARNING "VM: swap entry overflow\n");
		si->swap_map[offset] = SWAP_MAP_MAX;
	}
	swap_device_unlock(si);
	return 1;
}

/*
 * The swap_map count of the slot a swap-cache page stands for (its
 * index is the entry); 0 after a complaint if the entry is not valid.
 */
int swap_count(struct page *page)
{
	struct swap_info_struct *si;
	unsigned long offset;
	unsigned int type;
	swp_entry_t entry;

	entry.val = page->index;
	if (!entry.val) {
		printk(KERN_ERR "swap_count: page has no swap entry\n");
		return 0;
	}
	type = SWP_TYPE(entry);
	if (type >= nr_swapfiles) {
		printk(KERN_ERR "swap_count: no swap area for entry %08lx\n",
		       entry.val);
		return 0;
	}
	si = &swap_info[type];
	offset = SWP_OFFSET(entry);
	if (offset >= si->max) {
		printk(KERN_ERR "swap_count: entry %08lx past the area's end\n",
		       entry.val);
		return 0;
	}
	if (!si->swap_map[offset]) {
		printk(KERN_ERR "swap_count: entry %08lx not in use\n",
		       entry.val);
		return 0;
	}
	return si->swap_map[offset];
}

/*
 * Swap totals for sysinfo(2), in pages: slots free, and slots free or
 * in use (bad slots are neither), over the areas open for writing.
 */
void si_swapinfo(struct sysinfo *val)
{
	unsigned long nfree = 0, nused = 0, slot;
	struct swap_info_struct *si;
	unsigned int i;

	for (i = 0; i < nr_swapfiles; i++) {
		si = &swap_info[i];
		if ((si->flags & SWP_WRITEOK) != SWP_WRITEOK)
			continue;
		for (slot = 0; slot < si->max; slot++) {
			if (si->swap_map[slot] == SWAP_MAP_BAD)
				continue;
			if (si->swap_map[slot] == 0)
				nfree++;
			else
				nused++;
		}
	}
	val->freeswap = nfree;
	val->totalswap = nfree + nused;
}

/*
 * The read-ahead window of swapin_readahead around entry: from its
 * offset rounded down to 2^page_cluster, the slots in use up to the
 * first free or bad one or the area's end, at most 2^page_cluster.
 * Each gets an extra user (the caller drops it); returns how many,
 * the first in *offset.
 */
int valid_swaphandles(swp_entry_t entry, unsigned long *offset)
{
	struct swap_info_struct *si = &swap_info[SWP_TYPE(entry)];
	unsigned long slot, window = 1UL << page_cluster;
	int n = 0;

	slot = SWP_OFFSET(entry) & ~(window - 1);
	*offset = slot;
	swap_device_lock(si);
	while (n < window) {
		if (slot >= si->max)
			break;
		if (si->swap_map[slot] == 0 || si->swap_map[slot] == SWAP_MAP_BAD)
			break;
		/* Port: a saturated count stays, as in swap_duplicate. */
		if (si->swap_map[slot] < SWAP_MAP_MAX)
			si->swap_map[slot]++;
		slot++;
		n++;
	}
	swap_device_unlock(si);
	return n;
}

/* Priorities given to areas swapped on without one: -1, -2, ... */
static int least_priority;

/*
 * sys_swapon, first step: the first unused entry of swap_info, marked
 * SWP_USED and given its priority.  NULL if all MAX_SWAPFILES are in
 * use (sys_swapon's -EPERM).
 */
struct swap_info_struct *swapon_claim(int swap_flags)
{
	struct swap_info_struct *si;
	unsigned int type;

	for (type = 0; type < nr_swapfiles; type++)
		if (!(swap_info[type].flags & SWP_USED))
			break;
	if (type >= MAX_SWAPFILES)
		return NULL;
	if (type >= nr_swapfiles)
		nr_swapfiles = type + 1;
	si = swap_info + type;
	/* No file, no device, no map, no free slots yet. */
	memset(si, 0, sizeof(*si));
	si->sdev_lock = SPIN_LOCK_UNLOCKED;
	si->flags = SWP_USED;
	si->max = 1;
	si->next = -1;
	if (swap_flags & SWAP_FLAG_PREFER)
		si->prio = (swap_flags & SWAP_FLAG_PRIO_MASK) >>
			  SWAP_FLAG_PRIO_SHIFT;
	else
		si->prio = --least_priority;
	return si;
}

/*
 * sys_swapon, once page 0 of the area (swapfilesize pages long, 0 if
 * not known) is in swap_header: check the signature, build swap_map
 * from the header, and put the area on swap_list by priority.  0, or
 * -EINVAL/-ENOMEM with si to be released by swapon_undo.
 */
int swapon_setup(struct swap_info_struct *si, union swap_header *header,
		 unsigned long swapfilesize)
{
	unsigned long i, bad, limit;
	int version, good, prev, at;

	if (!memcmp("SWAP-SPACE", header->magic.magic, 10)) {
		version = 1;
	} else if (!memcmp("SWAPSPACE2", header->magic.magic, 10)) {
		version = 2;
	} else {
		printk("Unable to find swap-space signature\n");
		return -EINVAL;
	}

	if (version == 1) {
		/* A bitmap: bit i set means slot i is good.  Not the magic. */
		memset(header->magic.magic, 0, 10);
		si->lowest_bit = 0;
		si->highest_bit = 0;
		good = 0;
		for (i = 1; i < 8 * PAGE_SIZE; i++) {
			if (!test_bit(i, (void *) header))
				continue;
			if (!si->lowest_bit)
				si->lowest_bit = i;
			si->highest_bit = i;
			si->max = i + 1;
			good++;
		}
	} else {
		/* Slots 1 .. last_page-1 less the bad ones; never last_page. */
		if (header->info.version != 1) {
			printk(KERN_WARNING
			       "Unable to handle swap header version %d\n",
			       header->info.version);
			return -EINVAL;
		}
		/* Port: 2.4.0 goes on to vmalloc(0), which BUGs. */
		if (!header->info.last_page) {
			printk(KERN_WARNING "Empty swap-file\n");
			return -EINVAL;
		}
		/* No further than the largest offset a swap pte holds. */
		limit = SWP_OFFSET(SWP_ENTRY(0, ~0UL));
		si->lowest_bit = 1;
		si->max = header->info.last_page < limit ?
			  header->info.last_page : limit - 1;
		/* Port: 2.4.0 takes last_page - 1 even when max was cut. */
		si->highest_bit = si->max - 1;
		if (header->info.nr_badpages > MAX_SWAP_BADPAGES)
			return -EINVAL;
		good = si->max - 1;
	}

	/* Port: checked before the vmalloc, not after the map is built. */
	if (swapfilesize && si->max > swapfilesize) {
		printk(KERN_WARNING
		       "Swap area shorter than signature indicates\n");
		return -EINVAL;
	}
	si->swap_map = vmalloc(si->max * sizeof(short));
	if (!si->swap_map)
		return -ENOMEM;

	if (version == 1) {
		for (i = 1; i < si->max; i++)
			si->swap_map[i] = test_bit(i, (void *) header) ?
					 0 : SWAP_MAP_BAD;
	} else {
		memset(si->swap_map, 0, si->max * sizeof(short));
		for (i = 0; i < header->info.nr_badpages; i++) {
			bad = header->info.badpages[i];
			if (bad == 0 || bad >= header->info.last_page)
				return -EINVAL;
			/* Port: past a cut max there is no slot to mark. */
			if (bad >= si->max)
				continue;
			si->swap_map[bad] = SWAP_MAP_BAD;
			good--;
		}
	}
	if (!good) {
		printk(KERN_WARNING "Empty swap-file\n");
		return -EINVAL;
	}
	/* Slot 0 is the header itself. */
	si->swap_map[0] = SWAP_MAP_BAD;
	si->pages = good;
	si->flags = SWP_WRITEOK;

	swap_list_lock();
	nr_swap_pages += si->pages;
	printk(KERN_INFO "Adding Swap: %dk swap-space (priority %d)\n",
	       good << (PAGE_SHIFT - 10), si->prio);
	/* In front of the first area of the same or a lower priority. */
	prev = -1;
	for (at = swap_list.head; at >= 0; at = swap_info[at].next) {
		if (si->prio >= swap_info[at].prio)
			break;
		prev = at;
	}
	si->next = at;
	if (prev < 0)
		swap_list.head = swap_list.next = si - swap_info;
	else
		swap_info[prev].next = si - swap_info;
	swap_list_unlock();
	return 0;
}

/* sys_swapon's failure path: give the swap_info entry back. */
void swapon_undo(struct swap_info_struct *si, int swap_flags)
{
	unsigned short *map;

	swap_list_lock();
	map = si->swap_map;
	si->swap_map = NULL;
	si->swap_file = NULL;
	si->swap_vfsmnt = NULL;
	si->swap_device = 0;
	si->flags = 0;
	if (!(swap_flags & SWAP_FLAG_PREFER))
		++least_priority;
	swap_list_unlock();
	if (map)
		vfree(map);
}
