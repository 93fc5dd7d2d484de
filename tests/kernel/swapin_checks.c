// SPDX-License-Identifier: GPL-2.0-only
/*
 * In-kernel checks of swap-in (情景分析 §2.9), run by the init thread
 * once the initrd is read and only when it carries /swap (the disk has
 * a swap area: make SWAP=N).  The checks swap /dev/hda on, take a user
 * page of a fresh address space, write it to its slot through the swap
 * cache by hand (add_to_swap_cache + rw_swap_page, what reclaim does),
 * put the swap entry in its pte, drop the page, and fault it back
 * through handle_mm_fault -> do_swap_page: the same bytes, read from
 * the disk.  Then fork with a swap pte (copy_page_range: swap_duplicate,
 * count 2), both sides reading it back.  Every swap_map count is 0
 * when the address spaces are gone, swapoff returns 0, free pages
 * balance.  Not part of 2.4.0.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/swap.h>
#include <linux/pagemap.h>
#include <linux/fcntl.h>
#include <linux/console.h>
#include <linux/kernel_stat.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>
#include "kcheck.h"

extern asmlinkage long sys_open(const char *filename, int flags, int mode);
extern asmlinkage long sys_close(unsigned int fd);
extern asmlinkage long sys_swapon(const char *specialfile, int swap_flags);
extern asmlinkage long sys_swapoff(const char *specialfile);
extern unsigned long swap_cache_add_total, swap_cache_del_total;
extern unsigned long swap_cache_find_total, swap_cache_find_success;

#define SC_ADDR		0x40000000UL	/* the test page's address */
#define SC_PAGES	4

/* A fresh address space with one private writable anonymous area. */
static struct mm_struct *sc_mm(void)
{
	struct mm_struct *mm = mm_alloc();
	struct vm_area_struct *vma;

	if (!mm)
		return NULL;
	INIT_LIST_HEAD(&mm->mmlist);
	vma = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (!vma) {
		mmput(mm);
		return NULL;
	}
	memset(vma, 0, sizeof(*vma));
	vma->vm_mm = mm;
	vma->vm_start = SC_ADDR;
	vma->vm_end = SC_ADDR + SC_PAGES * PAGE_SIZE;
	vma->vm_flags = VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE |
			VM_MAYEXEC;
	vma->vm_page_prot = PAGE_COPY;
	spin_lock(&mm->page_table_lock);
	insert_vm_struct(mm, vma);
	spin_unlock(&mm->page_table_lock);
	return mm;
}

static pte_t *sc_pte(struct mm_struct *mm, unsigned long addr)
{
	pgd_t *pgd = pgd_offset(mm, addr);
	pmd_t *pmd;

	if (pgd_none(*pgd))
		return NULL;
	pmd = pmd_offset(pgd, addr);
	if (pmd_none(*pmd))
		return NULL;
	return pte_offset(pmd, addr);
}

static int sc_fault(struct mm_struct *mm, unsigned long addr, int write)
{
	return handle_mm_fault(mm, find_vma(mm, addr), addr, write);
}

/* The page a present pte maps, NULL otherwise. */
static struct page *sc_page(struct mm_struct *mm, unsigned long addr)
{
	pte_t *pte = sc_pte(mm, addr);

	if (!pte || !pte_present(*pte))
		return NULL;
	return pte_page(*pte);
}

static void sc_fill(struct page *page, unsigned int seed)
{
	unsigned int *w = page_address(page);
	unsigned int i;

	for (i = 0; i < PAGE_SIZE / sizeof(*w); i++)
		w[i] = seed ^ (i * 2654435761U);
}

static int sc_same(struct page *page, unsigned int seed)
{
	unsigned int *w = page_address(page);
	unsigned int i;

	for (i = 0; i < PAGE_SIZE / sizeof(*w); i++)
		if (w[i] != (seed ^ (i * 2654435761U)))
			return 0;
	return 1;
}

static unsigned short sc_count(swp_entry_t e)
{
	return swap_info[SWP_TYPE(e)].swap_map[SWP_OFFSET(e)];
}

/*
 * Swap the page at addr of mm out by hand, as try_to_swap_out and
 * page_launder would: a slot for the swap cache, the page written to
 * it, the pte holding the entry (its own use of the slot), the pte's
 * page reference dropped, then the page dropped from the cache so the
 * fault must read the disk.  Returns the entry (0 on failure).
 */
static swp_entry_t sc_swap_out(struct mm_struct *mm, unsigned long addr)
{
	pte_t *pte = sc_pte(mm, addr);
	struct page *page = sc_page(mm, addr);
	swp_entry_t e = get_swap_page();

	if (!e.val || !page)
		return e;
	/* Swapped in before: its old slot goes with the cache. */
	if (PageSwapCache(page))
		delete_from_swap_cache(page);
	lock_page(page);
	add_to_swap_cache(page, e);
	rw_swap_page(WRITE, page, 1);	/* unlocks it when written */
	swap_duplicate(e);
	set_pte(pte, swp_entry_to_pte(e));
	mm->rss--;
	page_cache_release(page);	/* the pte's reference */
	kcheck(page->buffers && page_count(page) == 2 && sc_count(e) == 2,
	       "written to slot %lu: page count 2 (the cache, the buffers "
	       "brw_page left), slot count 2 (cache and pte) (got %d, %d)",
	       SWP_OFFSET(e), page_count(page), sc_count(e));
	/* Out of the cache (it wants a reference besides the cache's). */
	page_cache_get(page);
	delete_from_swap_cache(page);
	page_cache_release(page);	/* now it is freed */
	return e;
}

static int sc_all_slots_free(int type)
{
	struct swap_info_struct *si = &swap_info[type];
	unsigned long slot, used = 0;

	for (slot = 0; slot < si->max; slot++)
		if (si->swap_map[slot] && si->swap_map[slot] != SWAP_MAP_BAD)
			used++;
	return used == 0;
}

static void sc_swap_in(struct mm_struct *mm, struct mm_struct *child)
{
	unsigned long addr = SC_ADDR + PAGE_SIZE;
	struct vm_area_struct *copy;
	struct page *page, *cpage;
	swp_entry_t e;
	pte_t *pte;
	int ret;

	ret = sc_fault(mm, addr, 1);
	page = sc_page(mm, addr);
	if (!kcheck(ret == 1 && page, "a written anonymous page to swap"))
		return;
	sc_fill(page, 0x5a17);
	e = sc_swap_out(mm, addr);
	if (!kcheck(e.val != 0, "get_swap_page gives a slot"))
		return;
	pte = sc_pte(mm, addr);
	kcheck(!pte_present(*pte) && pte_to_swp_entry(*pte).val == e.val &&
	       lookup_swap_cache(e) == NULL && sc_count(e) == 1,
	       "the pte holds entry %08lx, not in the swap cache, count 1",
	       e.val);

	/* A read fault: do_swap_page reads it back through the cache. */
	ret = sc_fault(mm, addr, 0);
	page = sc_page(mm, addr);
	kcheck(ret == 1 && page && PageSwapCache(page) &&
	       page->index == e.val,
	       "do_swap_page: 1, a swap-cache page for the entry (got %d)",
	       ret);
	if (!page)
		return;
	kcheck(sc_same(page, 0x5a17), "the page came back from the disk "
	       "with the bytes written");
	kcheck(!pte_write(*pte) && sc_count(e) == 1 && swap_count(page) == 1 &&
	       page_count(page) == 2 + (page->buffers != NULL) && mm->rss == 1,
	       "read-only, slot count 1 (the cache), page count 2 and the "
	       "buffers', rss 1 (got %d, %d, %lu)", sc_count(e),
	       page_count(page), mm->rss);
	/*
	 * A write: with the buffers gone (reclaim's part), the cache is
	 * the only other user and do_wp_page reuses the page in place.
	 */
	if (page->buffers)
		try_to_free_buffers(page, 0);
	ret = sc_fault(mm, addr, 1);
	kcheck(ret == 1 && sc_page(mm, addr) == page && pte_write(*pte) &&
	       pte_dirty(*pte), "write after swap-in: the same page made "
	       "writable (do_wp_page reuses a swap-cache page)");

	/* Out again, then fork with the swap pte. */
	e = sc_swap_out(mm, addr);
	if (!kcheck(e.val != 0, "a second slot"))
		return;
	copy = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (!kcheck(copy != NULL, "a vma for the child"))
		return;
	*copy = *find_vma(mm, addr);
	copy->vm_mm = child;
	copy->vm_next = NULL;
	spin_lock(&child->page_table_lock);
	insert_vm_struct(child, copy);
	spin_unlock(&child->page_table_lock);
	ret = copy_page_range(child, mm, copy);
	kcheck(ret == 0 && sc_pte(child, addr) &&
	       pte_to_swp_entry(*sc_pte(child, addr)).val == e.val &&
	       sc_count(e) == 2,
	       "fork: the child's pte is the same entry, swap_duplicate "
	       "made the count 2 (got %d)", sc_count(e));

	/* The parent faults it in; the child finds it in the cache. */
	ret = sc_fault(mm, addr, 0);
	page = sc_page(mm, addr);
	kcheck(ret == 1 && page && sc_same(page, 0x5a17) && sc_count(e) == 2,
	       "parent reads it back; count 2 (child's pte, cache)");
	ret = sc_fault(child, addr, 0);
	cpage = sc_page(child, addr);
	kcheck(ret == 1 && cpage == page && sc_count(e) == 1 &&
	       page_count(page) == 3 + (page->buffers != NULL),
	       "child reads the same swap-cache page; count 1, page count 3 "
	       "and the buffers' (got %d)", page_count(page));
	/* The child writes: shared with the parent, so a copy. */
	ret = sc_fault(child, addr, 1);
	cpage = sc_page(child, addr);
	kcheck(ret == 1 && cpage && cpage != page && sc_same(cpage, 0x5a17),
	       "child writes: its own copy with the same bytes");
	if (cpage)
		sc_fill(cpage, 0x1234);
	kcheck(page && sc_same(page, 0x5a17),
	       "the parent's page keeps its bytes");
}

/* One round: two address spaces, the swap-in and fork checks, exit. */
static void sc_round(int type)
{
	struct mm_struct *mm = sc_mm(), *child = sc_mm();

	if (kcheck(mm && child, "two address spaces"))
		sc_swap_in(mm, child);
	if (child)
		mmput(child);
	if (mm)
		mmput(mm);
	kcheck(sc_all_slots_free(type),
	       "every swap_map count 0 once the address spaces are gone");
}

/* printk's output, caught by a console of our own (see sc_caught). */
static char sc_text[2048];
static unsigned int sc_len;

static void sc_catch(struct console *con, const char *text, unsigned len)
{
	while (len-- && sc_len < sizeof(sc_text) - 1)
		sc_text[sc_len++] = *text++;
	sc_text[sc_len] = '\0';
}

static struct console sc_console = { .name = "sccatch", .write = sc_catch };

/* What show_free_areas() prints, only into sc_text (not on the screen). */
static void sc_show_free_areas(void)
{
	struct console *real = console_drivers;

	sc_len = 0;
	sc_text[0] = '\0';
	sc_console.flags = CON_ENABLED;
	sc_console.next = NULL;
	console_drivers = &sc_console;
	show_free_areas();
	console_drivers = real;
}

/*
 * The swap cache's four counters and /proc/stat's two swap counters
 * after a known sequence: add a page to the cache, write it, find it,
 * miss a slot that has none, delete it, read it back through
 * read_swap_cache (two misses: it looks again after allocating its page;
 * an add, a read), delete it.  Then
 * show_free_areas() must end with the "Swap cache:" line.
 */
static void sc_counters(void)
{
	unsigned long add = swap_cache_add_total, del = swap_cache_del_total;
	unsigned long find = swap_cache_find_total;
	unsigned long hit = swap_cache_find_success;
	unsigned int in = kstat.pswpin, out = kstat.pswpout;
	struct page *pg = alloc_page(GFP_KERNEL), *found;
	swp_entry_t e = get_swap_page(), none;
	char want[80], *last;

	if (!kcheck(pg && e.val, "a page and a swap slot"))
		goto out;
	none = SWP_ENTRY(SWP_TYPE(e), SWP_OFFSET(e) + 1);
	lock_page(pg);
	add_to_swap_cache(pg, e);
	sc_fill(pg, 0xc0de);
	rw_swap_page(WRITE, pg, 1);	/* unlocks it when written */
	found = lookup_swap_cache(e);
	kcheck(found == pg && lookup_swap_cache(none) == NULL,
	       "lookup_swap_cache: the page for its slot, none for the next");
	if (found)
		page_cache_release(found);
	swap_duplicate(e);		/* keep the slot past the delete */
	delete_from_swap_cache(pg);
	__free_page(pg);
	pg = read_swap_cache(e);
	kcheck(pg && sc_same(pg, 0xc0de), "read_swap_cache: the bytes back");
	if (pg) {
		delete_from_swap_cache(pg);
		page_cache_release(pg);
	}
	swap_free(e);
	kcheck(swap_cache_add_total - add == 2 &&
	       swap_cache_del_total - del == 2 &&
	       swap_cache_find_total - find == 4 &&
	       swap_cache_find_success - hit == 1,
	       "swap cache counts: add 2, delete 2, find 1/4 (got %lu, %lu, "
	       "%lu/%lu)", swap_cache_add_total - add,
	       swap_cache_del_total - del, swap_cache_find_success - hit,
	       swap_cache_find_total - find);
	kcheck(kstat.pswpin - in == 1 && kstat.pswpout - out == 1,
	       "kstat: pswpin 1, pswpout 1 (got %u, %u)", kstat.pswpin - in,
	       kstat.pswpout - out);
out:
	sc_show_free_areas();
	sprintf(want, "Swap cache: add %ld, delete %ld, find %ld/%ld\n",
		swap_cache_add_total, swap_cache_del_total,
		swap_cache_find_success, swap_cache_find_total);
	last = sc_len > 1 ? sc_text + sc_len - 1 : sc_text;
	while (last > sc_text && last[-1] != '\n')
		last--;
	kcheck(!strncmp(sc_text, "Free pages:", 11) && !strcmp(last, want),
	       "show_free_areas() ends with \"%.*s\" (got \"%s\")",
	       (int)strlen(want) - 1, want, last);
}

/* Free pages, counting freed page tables waiting in the quicklists. */
static unsigned long sc_free(void)
{
	return nr_free_pages() + pgtable_cache_size;
}

void swapin_checks(void)
{
	unsigned long warm;
	long fd, ret;

	fd = sys_open("/swap", O_RDONLY, 0);
	if (fd < 0)
		return;
	sys_close(fd);
	kcheck_group("swapin (do_swap_page on /dev/hda)");
	ret = sys_swapon("/dev/hda", 0);
	if (!kcheck(ret == 0 && swap_list.head >= 0,
		    "swapon /dev/hda: 0 (got %ld)", ret))
		goto out;
	/*
	 * The first round leaves slabs in the caches it used (mm_struct,
	 * vm_area_struct, buffer heads): the second must give back every
	 * page it takes.
	 */
	sc_counters();
	sc_round(swap_list.head);
	warm = sc_free();
	sc_round(swap_list.head);
	kcheck(sc_free() == warm, "second round: free pages balance (%lu "
	       "before, %lu after)", warm, sc_free());
	ret = sys_swapoff("/dev/hda");
	KCHECK_EQ(ret, 0, "swapoff /dev/hda");
out:
	kcheck_summary();
}
