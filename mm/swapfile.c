// SPDX-License-Identifier: GPL-2.0-only
/*
 * Swap space bookkeeping: the table of swap areas, the use count of
 * every page-sized slot on them (swap_map), handing slots out and
 * taking them back; swapon (open the area, check its header, build
 * swap_map) and swapoff (bring every page back in, then forget the
 * area).
 * 情景分析 §2.6, §2.9.  Follows Linux 2.4.0 mm/swapfile.c.
 */
#include <linux/mm.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/vmalloc.h>
#include <linux/swap.h>
#include <linux/swapctl.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/sched.h>
#include <linux/capability.h>
#include <linux/pagemap.h>
#include <linux/smp_lock.h>
#include <asm/uaccess.h>
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
 * swapoff's walk, pte level: a pte naming entry gets page instead
 * (dirty: the slot is about to go, so the page is the only copy), with
 * the pte's slot reference traded for a page reference.  A pte already
 * mapping page (a swap-cache page) only becomes dirty.
 */
static inline void unuse_pte(struct vm_area_struct *vma, unsigned long address,
			     pte_t *dir, swp_entry_t entry, struct page *page)
{
	pte_t old = *dir;

	if (pte_none(old))
		return;
	if (pte_present(old)) {
		if (pte_page(old) == page)
			set_pte(dir, pte_mkdirty(old));
		return;
	}
	if (pte_to_swp_entry(old).val != entry.val)
		return;
	set_pte(dir, pte_mkdirty(mk_pte(page, vma->vm_page_prot)));
	swap_free(entry);
	get_page(page);
	vma->vm_mm->rss++;
}

/* The ptes of one page table from address for size bytes. */
static inline void unuse_pmd(struct vm_area_struct *vma, pmd_t *pmdp,
			     unsigned long address, unsigned long size,
			     unsigned long offset, swp_entry_t entry,
			     struct page *page)
{
	unsigned long from, to;
	pte_t *slotp;

	/* pmd_bad() is true of an empty entry too: report only the others. */
	if (pmd_none(*pmdp) || pmd_bad(*pmdp)) {
		if (!pmd_none(*pmdp)) {
			pmd_ERROR(*pmdp);
			pmd_clear(pmdp);
		}
		return;
	}
	slotp = pte_offset(pmdp, address);
	/* offset + from is the user address of *slotp. */
	offset += address & PMD_MASK;
	from = address & ~PMD_MASK;
	to = from + size < PMD_SIZE ? from + size : PMD_SIZE;
	for (; from < to; from += PAGE_SIZE, slotp++)
		unuse_pte(vma, offset + from, slotp, entry, page);
}

/* The page tables under one pgd slot. */
static inline void unuse_pgd(struct vm_area_struct *vma, pgd_t *pgdp,
			     unsigned long address, unsigned long size,
			     swp_entry_t entry, struct page *page)
{
	unsigned long base, from, to;
	pmd_t *pmdp;

	if (pgd_none(*pgdp) || pgd_bad(*pgdp)) {
		if (!pgd_none(*pgdp)) {
			pgd_ERROR(*pgdp);
			pgd_clear(pgdp);
		}
		return;
	}
	pmdp = pmd_offset(pgdp, address);
	base = address & PGDIR_MASK;
	from = address & ~PGDIR_MASK;
	to = from + size < PGDIR_SIZE ? from + size : PGDIR_SIZE;
	if (from >= to)
		BUG();
	while (from < to) {
		unuse_pmd(vma, pmdp++, from, to - from, base, entry, page);
		from = (from + PMD_SIZE) & PMD_MASK;
	}
}

/* Every pte of one area. */
static void unuse_vma(struct vm_area_struct *vma, pgd_t *pgdir,
		      swp_entry_t entry, struct page *page)
{
	unsigned long at = vma->vm_start, stop = vma->vm_end;

	if (at >= stop)
		BUG();
	while (at && at < stop) {
		unuse_pgd(vma, pgdir++, at, stop - at, entry, page);
		at = (at + PGDIR_SIZE) & PGDIR_MASK;
	}
}

/* Every area of one address space, under its page_table_lock. */
static void unuse_process(struct mm_struct *mm, swp_entry_t entry,
			  struct page *page)
{
	struct vm_area_struct *vma;

	/* A kernel thread: nothing mapped. */
	if (!mm)
		return;
	spin_lock(&mm->page_table_lock);
	for (vma = mm->mmap; vma; vma = vma->vm_next)
		unuse_vma(vma, pgd_offset(mm, vma->vm_start), entry, page);
	spin_unlock(&mm->page_table_lock);
}

/*
 * Empty area type (already off swap_list, so no slot of it is handed
 * out again): for each slot in use, read it into the swap cache, give
 * its page to every pte naming it, then take it out of the swap cache.
 * A count left over (saturated at SWAP_MAP_MAX, the users unknown) is
 * forced to 0.  0, or -ENOMEM if a slot could not be read in.
 */
static int try_to_unuse(unsigned int type)
{
	struct swap_info_struct *si = &swap_info[type];
	struct task_struct *tsk;
	struct page *page;
	swp_entry_t entry;
	unsigned long slot;

	/* No slot can become used again: one pass is enough. */
	for (slot = 1; slot < si->max; slot++) {
		if (si->swap_map[slot] == 0 ||
		    si->swap_map[slot] == SWAP_MAP_BAD)
			continue;
		entry = SWP_ENTRY(type, slot);
		page = read_swap_cache(entry);
		if (!page) {
			/* Freed while we slept in the read: nothing to do. */
			if (si->swap_map[slot] == 0)
				continue;
			return -ENOMEM;
		}

		read_lock(&tasklist_lock);
		for_each_task(tsk)
			unuse_process(tsk->mm, entry, page);
		read_unlock(&tasklist_lock);
		/* A shm object's page goes back into its page cache. */
		shmem_unuse(entry, page);

		/* The ptes hold the page now; the swap cache lets go. */
		if (PageSwapCache(page))
			delete_from_swap_cache(page);
		page_cache_release(page);

		if (si->swap_map[slot]) {
			if (si->swap_map[slot] != SWAP_MAP_MAX)
				printk(KERN_ERR "try_to_unuse: slot %lu of area "
				       "%u still has %u users\n", slot, type,
				       si->swap_map[slot]);
			si->swap_map[slot] = 0;
			nr_swap_pages++;
		}
	}
	return 0;
}

/*
 * swapoff(2): take the area named by specialfile out of use.  Every
 * page on it is read back in first; if that fails the area is put back
 * as it was.  -EPERM without CAP_SYS_ADMIN, the lookup's error, -EINVAL
 * if the area is not in use, -ENOMEM from try_to_unuse.
 */
asmlinkage long sys_swapoff(const char *specialfile)
{
	struct swap_info_struct *si = NULL;
	struct nameidata nd;
	struct block_device_operations *bdops;
	unsigned short *old_map;
	int type, before, at, err;

	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;

	lock_kernel();
	err = user_path_walk(specialfile, &nd);
	if (err)
		goto out;

	/* Find it on swap_list, remembering the one before it. */
	before = -1;
	swap_list_lock();
	for (type = swap_list.head; type >= 0; type = swap_info[type].next) {
		si = swap_info + type;
		if ((si->flags & SWP_WRITEOK) == SWP_WRITEOK) {
			if (si->swap_file == nd.dentry)
				break;
			if (!si->swap_file &&
			    S_ISBLK(nd.dentry->d_inode->i_mode) &&
			    si->swap_device == nd.dentry->d_inode->i_rdev)
				break;
		}
		before = type;
	}
	err = -EINVAL;
	if (type < 0) {
		swap_list_unlock();
		goto out_dput;
	}
	if (before < 0)
		swap_list.head = si->next;
	else
		swap_info[before].next = si->next;
	if (type == swap_list.next)
		swap_list.next = swap_list.head;
	nr_swap_pages -= si->pages;
	swap_list_unlock();
	si->flags = SWP_USED;

	err = try_to_unuse(type);
	if (err) {
		/* Back in, in front of the first of no higher priority. */
		swap_list_lock();
		before = -1;
		for (at = swap_list.head; at >= 0; at = swap_info[at].next) {
			if (si->prio >= swap_info[at].prio)
				break;
			before = at;
		}
		si->next = at;
		if (before < 0)
			swap_list.head = swap_list.next = type;
		else
			swap_info[before].next = type;
		nr_swap_pages += si->pages;
		swap_list_unlock();
		si->flags = SWP_WRITEOK;
		goto out_dput;
	}

	if (si->swap_device) {
		bdops = get_blkfops(MAJOR(si->swap_device));
		if (bdops && bdops->release)
			bdops->release(si->swap_file->d_inode, NULL);
	}
	/* Our lookup's reference goes below; this drops swapon's. */
	path_release(&nd);
	nd.dentry = si->swap_file;
	nd.mnt = si->swap_vfsmnt;

	swap_list_lock();
	si->swap_file = NULL;
	si->swap_vfsmnt = NULL;
	si->swap_device = 0;
	old_map = si->swap_map;
	si->swap_map = NULL;
	si->flags = 0;
	swap_list_unlock();
	vfree(old_map);
	err = 0;

out_dput:
	path_release(&nd);
out:
	unlock_kernel();
	return err;
}

/* Priorities given to areas swapped on without one: -1, -2, ... */
static int least_priority;

/*
 * swapon(2): start swapping to specialfile, a block device or a regular
 * file holding a swap area.  Its page 0 is read and checked, swap_map
 * is built from it, and the area joins swap_list by priority (the low
 * 15 bits of swap_flags with SWAP_FLAG_PREFER, else -1, -2, ... in
 * order of swapon).  -EPERM without CAP_SYS_ADMIN or with all
 * MAX_SWAPFILES areas in use; the lookup's error (-ENOENT); -EBUSY if
 * it is in use already; -EINVAL if it is neither a block device nor a
 * regular file, or its header is not a good one; -ENOMEM.
 */
asmlinkage long sys_swapon(const char *specialfile, int swap_flags)
{
	struct swap_info_struct *si;
	struct nameidata nd;
	struct inode *node;
	struct block_device_operations *bdops;
	union swap_header *header = NULL;
	int *sizes;
	unsigned long i, bad, limit, swapfilesize;
	unsigned int type;
	int version, good, prev, at, error;

	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	lock_kernel();

	/* The first unused entry of swap_info. */
	for (type = 0; type < nr_swapfiles; type++)
		if (!(swap_info[type].flags & SWP_USED))
			break;
	if (type >= MAX_SWAPFILES) {
		error = -EPERM;
		goto out;
	}
	if (nr_swapfiles < type + 1)
		nr_swapfiles = type + 1;	/* a new high-water mark */
	si = swap_info + type;
	si->swap_file = NULL;
	si->swap_vfsmnt = NULL;
	si->swap_device = 0;
	si->swap_map = NULL;
	si->lowest_bit = 0;
	si->highest_bit = 0;
	si->cluster_nr = 0;
	si->cluster_next = 1;
	si->sdev_lock = SPIN_LOCK_UNLOCKED;
	si->max = 1;
	si->next = -1;
	si->flags = SWP_USED;
	if (swap_flags & SWAP_FLAG_PREFER)
		si->prio = (swap_flags & SWAP_FLAG_PRIO_MASK) >>
			   SWAP_FLAG_PRIO_SHIFT;
	else
		si->prio = --least_priority;

	error = user_path_walk(specialfile, &nd);
	if (error)
		goto bad_swap_2;
	si->swap_file = nd.dentry;
	si->swap_vfsmnt = nd.mnt;
	node = nd.dentry->d_inode;

	error = -EINVAL;
	if (S_ISBLK(node->i_mode)) {
		kdev_t dev = node->i_rdev;

		error = -ENODEV;
		bdops = get_blkfops(MAJOR(dev));
		if (!bdops)
			goto bad_swap;
		if (bdops->open) {
			error = bdops->open(node, NULL);
			if (error)
				goto bad_swap;
		}
		si->swap_device = dev;
		/* No such disk, or one of size 0. */
		sizes = blk_size[MAJOR(dev)];
		error = -ENODEV;
		if (!dev || (sizes && sizes[MINOR(dev)] == 0))
			goto bad_swap;
		error = -EBUSY;
		for (i = 0; i < nr_swapfiles; i++)
			if (i != type && dev == swap_info[i].swap_device)
				goto bad_swap;
		/* blk_size is in KB. */
		swapfilesize = sizes ?
			sizes[MINOR(dev)] >> (PAGE_SHIFT - 10) : 0;
	} else if (S_ISREG(node->i_mode)) {
		error = -EBUSY;
		for (i = 0; i < nr_swapfiles; i++) {
			struct dentry *other = swap_info[i].swap_file;

			if (i != type && other && other->d_inode == node)
				goto bad_swap;
		}
		swapfilesize = node->i_size >> PAGE_SHIFT;
	} else {
		goto bad_swap;
	}

	header = (void *) __get_free_page(GFP_USER);
	if (!header) {
		printk("Unable to start swapping: out of memory :-)\n");
		error = -ENOMEM;
		goto bad_swap;
	}
	lock_page(virt_to_page(header));
	rw_swap_page_nolock(READ, SWP_ENTRY(type, 0), (char *) header, 1);

	/* Port: a page the read never reached holds no signature. */
	if (!Page_Uptodate(virt_to_page(header)))
		version = 0;
	else if (!memcmp("SWAP-SPACE", header->magic.magic, 10))
		version = 1;
	else if (!memcmp("SWAPSPACE2", header->magic.magic, 10))
		version = 2;
	else
		version = 0;
	if (!version) {
		printk("Unable to find swap-space signature\n");
		error = -EINVAL;
		goto bad_swap;
	}

	if (version == 1) {
		/* A bitmap: bit i set means slot i is good.  Not the magic. */
		memset(header->magic.magic, 0, 10);
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
			error = -EINVAL;
			goto bad_swap;
		}
		/* Port: 2.4.0 goes on to vmalloc(0), which BUGs. */
		if (!header->info.last_page) {
			printk(KERN_WARNING "Empty swap-file\n");
			error = -EINVAL;
			goto bad_swap;
		}
		/* No further than the largest offset a swap pte holds. */
		limit = SWP_OFFSET(SWP_ENTRY(0, ~0UL));
		si->lowest_bit = 1;
		si->max = header->info.last_page < limit ?
			  header->info.last_page : limit - 1;
		/* Port: 2.4.0 takes last_page - 1 even when max was cut. */
		si->highest_bit = si->max - 1;
		error = -EINVAL;
		if (header->info.nr_badpages > MAX_SWAP_BADPAGES)
			goto bad_swap;
		good = si->max - 1;
	}

	/* Port: checked before the vmalloc, not after the map is built. */
	error = -EINVAL;
	if (swapfilesize && si->max > swapfilesize) {
		printk(KERN_WARNING "Swap area shorter than signature "
		       "indicates\n");
		goto bad_swap;
	}
	si->swap_map = vmalloc(si->max * sizeof(short));
	error = -ENOMEM;
	if (!si->swap_map)
		goto bad_swap;

	error = -EINVAL;
	if (version == 1) {
		for (i = 1; i < si->max; i++)
			si->swap_map[i] = test_bit(i, (void *) header) ?
					 0 : SWAP_MAP_BAD;
	} else {
		memset(si->swap_map, 0, si->max * sizeof(short));
		for (i = 0; i < header->info.nr_badpages; i++) {
			bad = header->info.badpages[i];
			if (bad == 0 || bad >= header->info.last_page)
				goto bad_swap;
			/* Port: past a cut max there is no slot to mark. */
			if (bad >= si->max)
				continue;
			si->swap_map[bad] = SWAP_MAP_BAD;
			good--;
		}
	}
	if (!good) {
		printk(KERN_WARNING "Empty swap-file\n");
		goto bad_swap;
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
		swap_list.head = swap_list.next = type;
	else
		swap_info[prev].next = type;
	swap_list_unlock();
	error = 0;
	goto out;

bad_swap:
	if (si->swap_device) {
		bdops = get_blkfops(MAJOR(si->swap_device));
		if (bdops && bdops->release)
			bdops->release(node, NULL);
	}
	path_release(&nd);
bad_swap_2:
	swap_list_lock();
	vfree(si->swap_map);
	si->swap_map = NULL;
	si->swap_file = NULL;
	si->swap_vfsmnt = NULL;
	si->swap_device = 0;
	si->flags = 0;
	if (!(swap_flags & SWAP_FLAG_PREFER))
		++least_priority;
	swap_list_unlock();
out:
	if (header)
		free_page((unsigned long) header);
	unlock_kernel();
	return error;
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
 * Where the slot of entry is: its offset, and the device it is a block
 * of or the swap file it is a page of (*dev and *swapf are left alone
 * if the entry is bad, with a complaint).  swapon reads the header of
 * an area before it has a swap_map.
 */
void get_swaphandle_info(swp_entry_t entry, unsigned long *offset,
			 kdev_t *dev, struct inode **swapf)
{
	struct swap_info_struct *si;
	unsigned long type = SWP_TYPE(entry);

	if (type >= nr_swapfiles) {
		printk(KERN_ERR "rw_swap_page: no swap area %lu\n", type);
		return;
	}
	si = &swap_info[type];
	*offset = SWP_OFFSET(entry);
	if (*offset >= si->max) {
		printk(KERN_ERR "rw_swap_page: offset %lu past the area\n",
		       *offset);
		return;
	}
	if (si->swap_map && !si->swap_map[*offset]) {
		printk(KERN_ERR "VM: swap entry %08lx is not in use\n",
		       entry.val);
		return;
	}
	if (!(si->flags & SWP_USED)) {
		printk(KERN_ERR "rw_swap_page: swap area %lu is not in use\n",
		       type);
		return;
	}
	if (si->swap_device)
		*dev = si->swap_device;
	else if (si->swap_file)
		*swapf = si->swap_file->d_inode;
	else
		printk(KERN_ERR "rw_swap_page: area %lu has no file or device\n",
		       type);
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
