// SPDX-License-Identifier: GPL-2.0-only
/*
 * The real mm/memory.c, compiled for the memory host tests with the
 * views and wrappers of memory_host.h.  #included (not linked) so that
 * the tests reach its static functions through handle_mm_fault and can
 * swap ZERO_PAGE for a frame of the simulated RAM.  This object is
 * built with -fcommon (tests/host/Makefile): memory.c's globals
 * (mem_map, max_mapnr ...) then merge with the definitions of mm_host.c
 * and paging_host.c.  Built with the kernel's headers like every shim.
 */
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <asm/pgtable.h>

/*
 * ZERO_PAGE is virt_to_page(empty_zero_page), but the shim's
 * empty_zero_page is host memory, not simulated RAM: use a reserved
 * frame of the simulated kernel image instead (zeroed by host_vm_setup).
 */
#define HOST_ZERO_PFN	0x17f
#undef ZERO_PAGE
#define ZERO_PAGE(vaddr)	(mem_map + HOST_ZERO_PFN)

#include "../../../mm/memory.c"

#include "mm_host.h"
#include "memory_host.h"

/* ---- what the rest of the kernel would provide ---------------------- */

/* mm/mmap.c: only make_pages_present looks an area up here. */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (addr < vma->vm_end)
			return vma;
	return NULL;
}

/* mm/filemap.c */
static int set_page_dirty_calls;

void __set_page_dirty(struct page *page)
{
	set_page_dirty_calls++;
}

int host_vm_set_page_dirty_calls(void)
{
	return set_page_dirty_calls;
}

/* ---- the test address spaces ---------------------------------------- */

static struct mm_struct host_vm_mm[2];
static struct vm_area_struct host_vm_vmas[2][HOST_VM_NVMA];

/*
 * mm/swapfile.c, mm/swap_state.c, mm/swap.c: a model of one swap area
 * (type 0, HOST_SWAP_SLOTS slots, slot 0 the header) with swap_map
 * counts, its "disk" (host memory) and a swap cache (one page pointer
 * per slot).  Enough for do_swap_page, swapin_readahead, fork and zap
 * to be driven with exact counts.
 */
#include <linux/swap.h>
#include <linux/pagemap.h>

int page_cluster;
atomic_t nr_async_pages;
pager_daemon_t pager_daemon = { 512, 32, 8 };

static unsigned short host_swap_map[HOST_SWAP_SLOTS];
static unsigned char host_swap_disk[HOST_SWAP_SLOTS][PAGE_SIZE];
static struct page *host_swap_cached[HOST_SWAP_SLOTS];
static struct host_swap_stats host_swap_stats;

static int host_slot_ok(swp_entry_t e)
{
	unsigned long off = SWP_OFFSET(e);

	return e.val && SWP_TYPE(e) == 0 && off > 0 && off < HOST_SWAP_SLOTS;
}

int swap_duplicate(swp_entry_t e)
{
	if (!host_slot_ok(e) || !host_swap_map[SWP_OFFSET(e)])
		return 0;
	host_swap_map[SWP_OFFSET(e)]++;
	return 1;
}

void __swap_free(swp_entry_t e, unsigned short count)
{
	if (!host_slot_ok(e) || host_swap_map[SWP_OFFSET(e)] < count) {
		host_swap_stats.bad_frees++;
		return;
	}
	host_swap_map[SWP_OFFSET(e)] -= count;
}

int swap_count(struct page *page)
{
	swp_entry_t e = { page->index };

	return host_slot_ok(e) ? host_swap_map[SWP_OFFSET(e)] : 0;
}

int valid_swaphandles(swp_entry_t e, unsigned long *offset)
{
	unsigned long slot, window = 1UL << page_cluster;
	int n = 0;

	slot = SWP_OFFSET(e) & ~(window - 1);
	*offset = slot;
	for (; n < (int) window && slot < HOST_SWAP_SLOTS; slot++, n++) {
		if (host_swap_map[slot] == 0 || slot == 0)
			break;
		host_swap_map[slot]++;
	}
	return n;
}

void lock_page(struct page *page)
{
	if (TryLockPage(page))
		BUG();		/* nobody else runs here to unlock it */
}

struct page *lookup_swap_cache(swp_entry_t e)
{
	struct page *page;

	host_swap_stats.lookups++;
	if (!host_slot_ok(e) || !(page = host_swap_cached[SWP_OFFSET(e)]))
		return NULL;
	get_page(page);
	return page;
}

/* The cache keeps one reference and one slot user per cached page. */
struct page *read_swap_cache_async(swp_entry_t e, int wait)
{
	struct page *page;

	if (!swap_duplicate(e))
		return NULL;
	page = lookup_swap_cache(e);
	if (page) {
		__swap_free(e, 1);
		return page;
	}
	page = alloc_page(GFP_USER);
	if (!page) {
		__swap_free(e, 1);
		return NULL;
	}
	memcpy(page_address(page), host_swap_disk[SWP_OFFSET(e)], PAGE_SIZE);
	PageSetSwapCache(page);
	page->index = e.val;
	host_swap_cached[SWP_OFFSET(e)] = page;
	get_page(page);
	if (wait)
		host_swap_stats.sync_reads++;
	else
		host_swap_stats.async_reads++;
	return page;
}

static void host_swap_uncache(struct page *page)
{
	swp_entry_t e = { page->index };

	host_swap_cached[SWP_OFFSET(e)] = NULL;
	PageClearSwapCache(page);
	page->index = 0;
	__swap_free(e, 1);
	__free_page(page);
}

void free_page_and_swap_cache(struct page *page)
{
	if (PageSwapCache(page) && !TryLockPage(page)) {
		if (!is_page_shared(page)) {
			host_swap_stats.uncached++;
			host_swap_uncache(page);
		}
		UnlockPage(page);
	}
	__free_page(page);
}

void host_swap_setup(int cluster)
{
	memset(host_swap_map, 0, sizeof(host_swap_map));
	memset(host_swap_cached, 0, sizeof(host_swap_cached));
	memset(&host_swap_stats, 0, sizeof(host_swap_stats));
	page_cluster = cluster;
	atomic_set(&nr_async_pages, 0);
}

/*
 * Swap out the page mapped at addr of m by hand: a new slot (count 1
 * for the pte) holding a copy of it, the pte replaced by the entry,
 * the page's reference and rss dropped.  Returns the entry, 0 if none.
 */
unsigned long host_swap_out(int m, unsigned long addr, int slot)
{
	long pfn = host_vm_pfn(m, addr);
	struct page *page;
	swp_entry_t e = SWP_ENTRY(0, slot);

	if (pfn < 0 || host_swap_map[slot] || slot <= 0 ||
	    slot >= HOST_SWAP_SLOTS)
		return 0;
	page = mem_map + pfn;
	memcpy(host_swap_disk[slot], page_address(page), PAGE_SIZE);
	host_swap_map[slot] = 1;
	host_vm_set_pte(m, addr, pte_val(swp_entry_to_pte(e)));
	host_vm_mm[m].rss--;
	__free_page(page);
	return e.val;
}

/* What reclaim does to a swap-cache page nobody maps: 1 if dropped. */
int host_swap_drop_cache(int slot)
{
	struct page *page = host_swap_cached[slot];

	if (!page || page_count(page) != 1)
		return 0;
	host_swap_uncache(page);
	return 1;
}

/* Asynchronous swap reads in flight, as swapin_readahead sees them. */
void host_swap_set_async(int n)
{
	atomic_set(&nr_async_pages, n);
}

int host_swap_map_count(int slot)
{
	return host_swap_map[slot];
}

long host_swap_cached_pfn(int slot)
{
	struct page *page = host_swap_cached[slot];

	return page ? page - mem_map : -1;
}

void host_swap_stats_get(struct host_swap_stats *st)
{
	*st = host_swap_stats;
}

static const pgprot_t host_protection_map[16] = {
	__P000, __P001, __P010, __P011, __P100, __P101, __P110, __P111,
	__S000, __S001, __S010, __S011, __S100, __S101, __S110, __S111
};

/* The nopage method of HOST_NOPAGE_* areas. */
static struct host_nopage_call nopage_call;
static long nopage_pfn = -1;

static struct page *host_nopage(struct vm_area_struct *vma,
				unsigned long address, int no_share)
{
	long kind = (long) vma->vm_private_data;

	nopage_call.calls++;
	nopage_call.address = address;
	nopage_call.no_share = no_share;
	if (kind == HOST_NOPAGE_SIGBUS)
		return NOPAGE_SIGBUS;
	if (kind == HOST_NOPAGE_OOM)
		return NOPAGE_OOM;
	/* A private copy, as filemap_nopage gives for no_share. */
	if (no_share) {
		struct page *new = alloc_page(GFP_HIGHUSER);

		if (!new)
			return NOPAGE_OOM;
		copy_highpage(new, mem_map + nopage_pfn);
		return new;
	}
	/* The method hands out a reference, as filemap_nopage does. */
	get_page(mem_map + nopage_pfn);
	return mem_map + nopage_pfn;
}

static struct vm_operations_struct host_nopage_ops = {
	.nopage = host_nopage,
};

void host_vm_nopage_page(long pfn)
{
	nopage_pfn = pfn;
}

void host_vm_nopage_get(struct host_nopage_call *c)
{
	*c = nopage_call;
}

/* Run fn as the pretend task, with mm m as its address space. */
struct host_vm_call {
	int m, v, write, ret;
	unsigned long a, b, c, d;
};

static void host_vm_as_task(void (*fn)(void *), struct host_vm_call *c)
{
	host_call_as_task(fn, c);
}

static void use_mm(int m)
{
	current->mm = &host_vm_mm[m];
	current->active_mm = &host_vm_mm[m];
}

void host_vm_setup(void)
{
	memset(__va(HOST_ZERO_PFN << PAGE_SHIFT), 0, PAGE_SIZE);
	memset(host_vm_mm, 0, sizeof(host_vm_mm));
	memset(host_vm_vmas, 0, sizeof(host_vm_vmas));
	memset(&nopage_call, 0, sizeof(nopage_call));
	nopage_pfn = -1;
	set_page_dirty_calls = 0;
	host_swap_setup(0);
}

long host_vm_zero_pfn(void)
{
	return ZERO_PAGE(0) - mem_map;
}

static void do_mm_init(void *arg)
{
	struct host_vm_call *c = arg;
	struct mm_struct *mm = &host_vm_mm[c->m];

	memset(mm, 0, sizeof(*mm));
	atomic_set(&mm->mm_users, 1);
	atomic_set(&mm->mm_count, 1);
	init_MUTEX(&mm->mmap_sem);
	INIT_LIST_HEAD(&mm->mmlist);
	mm->pgd = pgd_alloc();
	c->ret = mm->pgd ? 0 : -1;
}

int host_vm_mm_init(int m)
{
	struct host_vm_call c = { .m = m };

	memset(host_vm_vmas[m], 0, sizeof(host_vm_vmas[m]));
	host_vm_as_task(do_mm_init, &c);
	return c.ret;
}

static void do_mm_exit(void *arg)
{
	struct host_vm_call *c = arg;
	struct mm_struct *mm = &host_vm_mm[c->m];
	struct vm_area_struct *vma;

	use_mm(c->m);
	for (vma = mm->mmap; vma; vma = vma->vm_next)
		zap_page_range(mm, vma->vm_start, vma->vm_end - vma->vm_start);
	mm->mmap = NULL;
	clear_page_tables(mm, FIRST_USER_PGD_NR, USER_PTRS_PER_PGD);
	pgd_free(mm->pgd);
	mm->pgd = NULL;
}

void host_vm_mm_exit(int m)
{
	struct host_vm_call c = { .m = m };

	host_vm_as_task(do_mm_exit, &c);
}

/* Areas are kept on mm->mmap in address order (start ascending). */
void host_vm_vma(int m, int v, unsigned long start, unsigned long end,
		 unsigned long flags, int nopage)
{
	struct mm_struct *mm = &host_vm_mm[m];
	struct vm_area_struct *vma = &host_vm_vmas[m][v], **pp;

	memset(vma, 0, sizeof(*vma));
	vma->vm_mm = mm;
	vma->vm_start = start;
	vma->vm_end = end;
	vma->vm_flags = flags;
	vma->vm_page_prot = host_protection_map[flags & 0xf];
	if (nopage != HOST_NOPAGE_NONE) {
		vma->vm_ops = &host_nopage_ops;
		vma->vm_private_data = (void *) (long) nopage;
	}
	for (pp = &mm->mmap; *pp && (*pp)->vm_start < start;
	     pp = &(*pp)->vm_next)
		;
	vma->vm_next = *pp;
	*pp = vma;
	mm->map_count++;
	mm->total_vm += (end - start) >> PAGE_SHIFT;
}

unsigned long host_vm_prot(int m, int v)
{
	return pgprot_val(host_vm_vmas[m][v].vm_page_prot);
}

static void do_fault(void *arg)
{
	struct host_vm_call *c = arg;

	use_mm(c->m);
	c->ret = handle_mm_fault(&host_vm_mm[c->m], &host_vm_vmas[c->m][c->v],
				 c->a, c->write);
}

int host_vm_fault(int m, int v, unsigned long addr, int write)
{
	struct host_vm_call c = { .m = m, .v = v, .a = addr, .write = write };

	host_vm_as_task(do_fault, &c);
	return c.ret;
}

/* fork: current is the parent (src). */
static void do_copy_range(void *arg)
{
	struct host_vm_call *c = arg;

	use_mm(c->b);
	c->ret = copy_page_range(&host_vm_mm[c->m], &host_vm_mm[c->b],
				 &host_vm_vmas[c->m][c->v]);
}

int host_vm_copy_range(int dst, int src, int v)
{
	struct host_vm_call c = { .m = dst, .b = src, .v = v };

	host_vm_as_task(do_copy_range, &c);
	return c.ret;
}

static void do_zap(void *arg)
{
	struct host_vm_call *c = arg;

	use_mm(c->m);
	zap_page_range(&host_vm_mm[c->m], c->a, c->b);
}

void host_vm_zap(int m, unsigned long addr, unsigned long size)
{
	struct host_vm_call c = { .m = m, .a = addr, .b = size };

	host_vm_as_task(do_zap, &c);
}

static void do_clear_pt(void *arg)
{
	struct host_vm_call *c = arg;

	use_mm(c->m);
	clear_page_tables(&host_vm_mm[c->m], c->a, c->b);
}

void host_vm_clear_page_tables(int m, unsigned long first, int nr)
{
	struct host_vm_call c = { .m = m, .a = first, .b = nr };

	host_vm_as_task(do_clear_pt, &c);
}

static void do_zeromap(void *arg)
{
	struct host_vm_call *c = arg;

	use_mm(c->m);
	c->ret = zeromap_page_range(c->a, c->b, __pgprot(c->c));
}

int host_vm_zeromap(int m, unsigned long addr, unsigned long size,
		    unsigned long prot)
{
	struct host_vm_call c = { .m = m, .a = addr, .b = size, .c = prot };

	host_vm_as_task(do_zeromap, &c);
	return c.ret;
}

static void do_remap(void *arg)
{
	struct host_vm_call *c = arg;

	use_mm(c->m);
	c->ret = remap_page_range(c->a, c->b, c->c, __pgprot(c->d));
}

int host_vm_remap(int m, unsigned long from, unsigned long phys,
		  unsigned long size, unsigned long prot)
{
	struct host_vm_call c = { .m = m, .a = from, .b = phys, .c = size,
				  .d = prot };

	host_vm_as_task(do_remap, &c);
	return c.ret;
}

static void do_make_present(void *arg)
{
	struct host_vm_call *c = arg;

	use_mm(c->m);
	c->ret = make_pages_present(c->a, c->b);
}

int host_vm_make_present(int m, unsigned long addr, unsigned long end)
{
	struct host_vm_call c = { .m = m, .a = addr, .b = end };

	host_vm_as_task(do_make_present, &c);
	return c.ret;
}

/* ---- include/asm-i386/pgalloc.h ------------------------------------- */

void host_pt_free_pte_fast(long pfn)
{
	free_pte_fast((pte_t *) __va(pfn << PAGE_SHIFT));
}

long host_pt_get_pte_fast(void)
{
	pte_t *pte = get_pte_fast();

	return pte ? (long) (__pa(pte) >> PAGE_SHIFT) : -1;
}

void host_pt_free_pgd_fast(long pfn)
{
	free_pgd_fast((pgd_t *) __va(pfn << PAGE_SHIFT));
}

long host_pt_get_pgd_fast(void)
{
	pgd_t *pgd = get_pgd_fast();

	return pgd ? (long) (__pa(pgd) >> PAGE_SHIFT) : -1;
}

long host_pt_cache_size(void)
{
	return pgtable_cache_size;
}

unsigned long host_pt_word(long pfn, int i)
{
	return ((unsigned long *) __va(pfn << PAGE_SHIFT))[i];
}

void host_pt_set_word(long pfn, int i, unsigned long v)
{
	((unsigned long *) __va(pfn << PAGE_SHIFT))[i] = v;
}

static void do_pte_alloc(void *arg)
{
	struct host_vm_call *c = arg;
	pmd_t pmd = __pmd(c->b);
	pte_t *pte;

	if (c->v)
		pte = pte_alloc_kernel(&pmd, c->a);
	else
		pte = pte_alloc(&pmd, c->a);
	c->b = pmd_val(pmd);
	c->c = pte ? __pa(pte) : 0;
}

unsigned long host_pt_pte_alloc(unsigned long *pmd, unsigned long addr,
				int kernel)
{
	struct host_vm_call c = { .v = kernel, .a = addr, .b = *pmd };

	host_vm_as_task(do_pte_alloc, &c);
	*pmd = c.b;
	return c.c;
}

static void do_flush(void *arg)
{
	struct host_vm_call *c = arg;
	struct vm_area_struct vma = { .vm_mm = &host_vm_mm[c->m] };

	use_mm(c->b);
	if (c->v == HOST_FLUSH_MM)
		flush_tlb_mm(&host_vm_mm[c->m]);
	else if (c->v == HOST_FLUSH_PAGE)
		flush_tlb_page(&vma, c->a);
	else
		flush_tlb_range(&host_vm_mm[c->m], c->a, c->a + PAGE_SIZE);
}

void host_pt_flush(int which, int m, int active, unsigned long addr)
{
	struct host_vm_call c = { .v = which, .m = m, .b = active, .a = addr };

	host_vm_as_task(do_flush, &c);
}

/* ---- views ---------------------------------------------------------- */

static pte_t *host_pte_ptr(int m, unsigned long addr)
{
	pmd_t *pmd = pmd_offset(pgd_offset(&host_vm_mm[m], addr), addr);

	if (pmd_none(*pmd) || pmd_bad(*pmd))
		return NULL;
	return pte_offset(pmd, addr);
}

unsigned long host_vm_pte(int m, unsigned long addr)
{
	pte_t *pte = host_pte_ptr(m, addr);

	return pte ? pte_val(*pte) : ~0UL;
}

void host_vm_set_pte(int m, unsigned long addr, unsigned long val)
{
	pte_t *pte = host_pte_ptr(m, addr);

	if (pte)
		set_pte(pte, __pte(val));
}

long host_vm_pfn(int m, unsigned long addr)
{
	pte_t *pte = host_pte_ptr(m, addr);

	if (!pte || !pte_present(*pte))
		return -1;
	return pte_page(*pte) - mem_map;
}

unsigned long host_vm_pgd(int m, int i)
{
	return pgd_val(host_vm_mm[m].pgd[i]);
}

void host_vm_set_pgd(int m, int i, unsigned long val)
{
	set_pgd(host_vm_mm[m].pgd + i, __pgd(val));
}

unsigned long host_vm_rss(int m)
{
	return host_vm_mm[m].rss;
}

void host_vm_set_rss(int m, unsigned long rss)
{
	host_vm_mm[m].rss = rss;
}

int host_vm_peek(int m, unsigned long addr)
{
	long pfn = host_vm_pfn(m, addr);

	if (pfn < 0)
		return -1;
	return ((unsigned char *) page_address(mem_map + pfn))
		[addr & ~PAGE_MASK];
}

void host_vm_poke(int m, unsigned long addr, int c)
{
	long pfn = host_vm_pfn(m, addr);

	if (pfn >= 0)
		((unsigned char *) page_address(mem_map + pfn))
			[addr & ~PAGE_MASK] = c;
}

void host_vm_consts_get(struct host_vm_consts *c)
{
	c->pgt_cache_water[0] = pgt_cache_water[0];
	c->pgt_cache_water[1] = pgt_cache_water[1];
	c->vm_read = VM_READ;
	c->vm_write = VM_WRITE;
	c->vm_exec = VM_EXEC;
	c->vm_shared = VM_SHARED;
	c->vm_mayread = VM_MAYREAD;
	c->vm_maywrite = VM_MAYWRITE;
	c->vm_mayexec = VM_MAYEXEC;
	c->vm_mayshare = VM_MAYSHARE;
	c->nopage_sigbus = (long) NOPAGE_SIGBUS;
	c->nopage_oom = (long) NOPAGE_OOM;
}

/* ---- vmtruncate: one inode whose areas are in both test mms ---------- */

static struct inode trunc_inode;
static struct host_trunc_calls trunc_calls;

/* mm/filemap.c and kernel/signal.c, as vmtruncate calls them. */
void truncate_inode_pages(struct address_space *as, loff_t start)
{
	trunc_calls.cache_truncates++;
	trunc_calls.cache_start = start;
	trunc_calls.cache_was_inode = as == trunc_inode.i_mapping;
}

int send_sig(int sig, struct task_struct *p, int priv)
{
	trunc_calls.last_sig = sig;
	trunc_calls.sig_to_current = p == current;
	return 0;
}

/* The file system's truncate method, called last. */
static void host_truncate_method(struct inode *inode)
{
	trunc_calls.method_calls++;
	trunc_calls.size_seen = inode->i_size;
}

static struct inode_operations host_trunc_iops = {
	.truncate = host_truncate_method,
};

void host_vm_file_init(long long size)
{
	memset(&trunc_inode, 0, sizeof(trunc_inode));
	memset(&trunc_calls, 0, sizeof(trunc_calls));
	trunc_inode.i_size = size;
	trunc_inode.i_op = &host_trunc_iops;
	trunc_inode.i_mapping = &trunc_inode.i_data;
	trunc_inode.i_data.host = &trunc_inode;
	trunc_inode.i_data.i_shared_lock = SPIN_LOCK_UNLOCKED;
}

/* Area v of m maps the file from page pgoff: on i_mmap or i_mmap_shared. */
void host_vm_file_map(int m, int v, unsigned long pgoff)
{
	struct vm_area_struct *vma = &host_vm_vmas[m][v];
	struct address_space *as = trunc_inode.i_mapping;
	struct vm_area_struct **list = &as->i_mmap;

	if (vma->vm_flags & VM_SHARED)
		list = &as->i_mmap_shared;
	vma->vm_pgoff = pgoff;
	vma->vm_next_share = *list;
	*list = vma;
}

static void do_truncate_call(void *arg)
{
	struct host_vm_call *c = arg;

	use_mm(0);
	current->rlim[RLIMIT_FSIZE].rlim_cur = c->a;
	vmtruncate(&trunc_inode, *(loff_t *) c->d);
}

long long host_vm_vmtruncate(long long offset, unsigned long fsize_limit)
{
	loff_t off = offset;
	struct host_vm_call c = { .a = fsize_limit,
				  .d = (unsigned long) &off };

	host_vm_as_task(do_truncate_call, &c);
	return trunc_inode.i_size;
}

void host_vm_trunc_calls(struct host_trunc_calls *t)
{
	*t = trunc_calls;
}
