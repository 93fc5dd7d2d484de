// SPDX-License-Identifier: GPL-2.0-only
/*
 * The real mm/swap.c and mm/vmscan.c for the vmscan suite, #included so
 * that vmscan.c's static functions (try_to_swap_out, do_try_to_free_pages)
 * can be called; mm/filemap.c, mm/swap_state.c and mm/swapfile.c are
 * linked as they are.  Built with -fcommon: swap.c's memory_pressure and
 * page_cluster then merge with mm_host.c's (the allocator's) instead of
 * clashing; its initialised freepages is renamed, as oom_host.c does.
 *
 * Below: pretend files whose writepage ends at once or stays in flight,
 * a swap area set up by hand (swap_info[0], as sys_swapon leaves it),
 * a pretend mm and vma for try_to_swap_out, the counters of zones held
 * for one call, and the invariants of the three LRU lists.
 */
#define freepages	swap_c_freepages
#include "../../../mm/swap.c"
#undef freepages

/* <linux/swapctl.h> declared it under the other name above. */
extern freepages_t freepages;		/* mm_host.c's, the allocator's */

#include "../../../mm/vmscan.c"

#include <linux/fs.h>
#include <linux/blkdev.h>
#include <linux/highmem.h>
#include "mm_host.h"
#include "vmscan_host.h"

extern pg_data_t *pgdat_list;

/* ---- what vmscan.c, filemap.c and swapfile.c reach elsewhere ---- */

atomic_t buffermem_pages;
struct mm_struct init_mm;
volatile unsigned long jiffies;
union task_union init_task_union;
struct page *highmem_start_page;
int *blk_size[MAX_BLKDEV];
kmem_cache_t *vm_area_cachep;

static int cache_reaps;

/* mm_host.c resets reclaim_host.c's counters, which this suite lacks. */
int host_reclaim_waits, host_reclaim_stuck;

void kmem_cache_reap(int gfp_mask)
{
	cache_reaps++;
}

void mmput(struct mm_struct *mm)
{
	atomic_dec(&mm->mm_users);
}

/* The daemons never run here: their sleeps and threads are not called. */
void interruptible_sleep_on(wait_queue_head_t *q)
{
	BUG();
}

long interruptible_sleep_on_timeout(wait_queue_head_t *q, long timeout)
{
	BUG();
	return 0;
}

int kernel_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	BUG();
	return -1;
}

void oom_kill(void)
{
	BUG();
}

int out_of_memory(void)
{
	return 0;
}

/* Pretend buffers (see host_vs_set_buffers): freed, or still busy. */
static int buffers_free_ok, buffers_calls[3];

int try_to_free_buffers(struct page *page, int wait)
{
	if (!page->buffers || wait < 0 || wait > 2)
		BUG();
	buffers_calls[wait]++;
	if (!buffers_free_ok)
		return 0;
	page->buffers = NULL;
	return 1;
}

void host_vs_buffers(int free_ok, int calls[3])
{
	buffers_free_ok = free_ok;
	memcpy(calls, buffers_calls, sizeof(buffers_calls));
}

int block_flushpage(struct page *page, unsigned long offset)
{
	return 1;
}

int block_sync_page(struct page *page)
{
	return 0;
}

void add_wait_queue(wait_queue_head_t *q, wait_queue_t *wait)
{
}

void add_wait_queue_exclusive(wait_queue_head_t *q, wait_queue_t *wait)
{
}

void remove_wait_queue(wait_queue_head_t *q, wait_queue_t *wait)
{
}

void host_flush_tlb(void)
{
}

void host_flush_tlb_one(unsigned long addr)
{
}

/* No HighMem in the suite's RAM: kmap never gets here. */
void *kmap_high(struct page *page)
{
	BUG();
	return NULL;
}

void kunmap_high(struct page *page)
{
	BUG();
}

/* The VMA and signal calls of filemap.c's system calls: not called. */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (addr < vma->vm_end)
			return vma;
	return NULL;
}

void __insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma)
{
	BUG();
}

void lock_vma_mappings(struct vm_area_struct *vma)
{
}

void unlock_vma_mappings(struct vm_area_struct *vma)
{
}

void zap_page_range(struct mm_struct *mm, unsigned long address,
		    unsigned long size)
{
	BUG();
}

int send_sig(int sig, struct task_struct *p, int priv)
{
	return 0;
}

unsigned long __generic_copy_to_user(void *to, const void *from,
				     unsigned long n)
{
	BUG();
	return n;
}

void *kmem_cache_alloc(kmem_cache_t *cachep, int flags)
{
	BUG();
	return NULL;
}

void kmem_cache_free(kmem_cache_t *cachep, void *objp)
{
	BUG();
}

/* sys_swapon/sys_swapoff are not called: the area is made by hand. */
int __user_walk(const char *name, unsigned flags, struct nameidata *nd)
{
	BUG();
	return -ENOENT;
}

void path_release(struct nameidata *nd)
{
	BUG();
}

/* try_to_unuse (swapoff) is never reached: no shm objects either. */
void shmem_unuse(swp_entry_t entry, struct page *page)
{
	BUG();
}

struct block_device_operations *get_blkfops(unsigned int major)
{
	return NULL;
}

void *__vmalloc(unsigned long size, int gfp_mask, pgprot_t prot)
{
	BUG();
	return NULL;
}

void vfree(void *addr)
{
	BUG();
}

void rw_swap_page_nolock(int rw, swp_entry_t entry, char *buf, int wait)
{
	BUG();
}

/* ---- writes: pretend files and the swap device ---- */

#define IO_MAX	1024

static struct inode files[HOST_VS_FILES];
static struct address_space_operations file_aops[HOST_VS_FILES];
static struct host_vs_io io;
static int io_at_once = 1;
static struct page *in_flight[IO_MAX];

/* The write is done (now, or at host_vs_io_complete): unlock. */
static void io_start(struct page *page)
{
	io.last_written = page - mem_map;
	if (io_at_once) {
		UnlockPage(page);
		return;
	}
	if (io.pending >= IO_MAX)
		BUG();
	in_flight[io.pending++] = page;
}

static int file_writepage(struct page *page)
{
	int file = page->mapping->host - files;

	io.writepage_calls[file]++;
	if (file == HOST_VS_FILE_REFUSES) {
		UnlockPage(page);
		return 1;
	}
	io_start(page);
	return 0;
}

/* mm/page_io.c: the swap "disk" (reads end at once, up to date). */
void rw_swap_page(int rw, struct page *page, int wait)
{
	if (!PageLocked(page) || !PageSwapCache(page))
		BUG();
	if (rw == READ) {
		io.swap_reads++;
		SetPageUptodate(page);
		UnlockPage(page);
		return;
	}
	io.swap_writes++;
	io_start(page);
}

void host_vs_io_mode(int at_once)
{
	io_at_once = at_once;
}

void host_vs_io(struct host_vs_io *out)
{
	*out = io;
}

int host_vs_io_complete(void)
{
	int n = io.pending;

	while (io.pending > 0) {
		struct page *page = in_flight[--io.pending];

		UnlockPage(page);	/* a macro: no side effects in it */
	}
	return n;
}

/* ---- set-up ---- */

static struct list_head drained;
static unsigned long ndrained;
static struct {
	int saved;
	unsigned long free_pages[MAX_NR_ZONES], clean[MAX_NR_ZONES];
} zsave;

static unsigned short swap_map0[HOST_VS_SWAP_SLOTS];
static struct mm_struct vs_mm;
static struct vm_area_struct vs_vma;
#define VS_VMA_START	0x08048000UL

static void vs_files_init(void)
{
	int i;

	memset(files, 0, sizeof(files));
	memset(file_aops, 0, sizeof(file_aops));
	for (i = 0; i < HOST_VS_FILES; i++) {
		struct address_space *as = &files[i].i_data;

		files[i].i_mapping = as;
		INIT_LIST_HEAD(&as->clean_pages);
		INIT_LIST_HEAD(&as->dirty_pages);
		INIT_LIST_HEAD(&as->locked_pages);
		as->a_ops = &file_aops[i];
		as->host = &files[i];
		if (i != HOST_VS_FILE_NOWRITE)
			file_aops[i].writepage = file_writepage;
	}
}

/* swap_info[0] as sys_swapon leaves a fresh area: slot 0 is the header. */
static void vs_swap_init(void)
{
	struct swap_info_struct *p = &swap_info[0];

	memset(swap_info, 0, sizeof(struct swap_info_struct) * MAX_SWAPFILES);
	memset(swap_map0, 0, sizeof(swap_map0));
	swap_map0[0] = SWAP_MAP_BAD;
	p->flags = SWP_WRITEOK;
	p->swap_device = MKDEV(3, 1);
	p->sdev_lock = SPIN_LOCK_UNLOCKED;
	p->swap_map = swap_map0;
	p->lowest_bit = 1;
	p->highest_bit = HOST_VS_SWAP_SLOTS - 1;
	p->cluster_next = 1;
	p->cluster_nr = 0;
	p->prio = -1;
	p->pages = HOST_VS_SWAP_SLOTS - 1;
	p->max = HOST_VS_SWAP_SLOTS;
	p->next = -1;
	nr_swapfiles = 1;
	swap_list.head = swap_list.next = 0;
	nr_swap_pages = p->pages;
	INIT_LIST_HEAD(&swapper_space.clean_pages);
	INIT_LIST_HEAD(&swapper_space.dirty_pages);
	INIT_LIST_HEAD(&swapper_space.locked_pages);
	swapper_space.nrpages = 0;
}

static void vs_do_init(void *unused)
{
	highmem_start_page = mem_map + max_mapnr;
	page_cache_init(num_physpages);
}

void host_vs_init(void)
{
	host_call_as_task(vs_do_init, NULL);
	atomic_set(&page_cache_size, 0);
	vs_files_init();
	vs_swap_init();
	memset(&io, 0, sizeof(io));
	io_at_once = 1;
	INIT_LIST_HEAD(&drained);	/* the old RAM is gone */
	ndrained = 0;
	zsave.saved = 0;
	cache_reaps = 0;
	buffers_free_ok = 0;
	memset(buffers_calls, 0, sizeof(buffers_calls));
	INIT_LIST_HEAD(&init_mm.mmlist);
	memset(&vs_mm, 0, sizeof(vs_mm));
	memset(&vs_vma, 0, sizeof(vs_vma));
	page_cluster = 4;
}

void host_vs_consts_get(struct host_vs_consts *c)
{
	swp_entry_t e = SWP_ENTRY(0, 1);

	c->page_age_start = PAGE_AGE_START;
	c->page_age_adv = PAGE_AGE_ADV;
	c->page_age_max = PAGE_AGE_MAX;
	c->swap_cluster_max = SWAP_CLUSTER_MAX;
	c->inactive_shift = INACTIVE_SHIFT;
	c->gfp_kswapd = GFP_KSWAPD;
	c->gfp_user = GFP_USER;
	c->gfp_kernel = GFP_KERNEL;
	c->gfp_atomic = GFP_ATOMIC;
	c->gfp_buffer = GFP_BUFFER;
	c->swap_type_of_entry_1 = SWP_TYPE(e);
	c->swap_offset_of_entry_1 = SWP_OFFSET(e);
}

/* ---- pages ---- */

/* Run fn(a, b) as the pretend task (for code that reads current). */
struct vs_thunk {
	long (*fn)(long, long);
	long a, b, ret;
};

static void vs_thunk_run(void *p)
{
	struct vs_thunk *t = p;

	t->ret = t->fn(t->a, t->b);
}

static long as_task(long (*fn)(long, long), long a, long b)
{
	struct vs_thunk t = { fn, a, b, 0 };

	host_call_as_task(vs_thunk_run, &t);
	return t.ret;
}

static struct page *pfn_page(unsigned long pfn)
{
	if (pfn >= max_mapnr)
		BUG();
	return mem_map + pfn;
}

static long do_file_page(long file, long index)
{
	struct page *page = alloc_page(GFP_HIGHUSER);

	if (!page)
		return -1;
	add_to_page_cache(page, &files[file].i_data, index);
	SetPageUptodate(page);
	UnlockPage(page);
	page_cache_release(page);
	return page - mem_map;
}

long host_vs_file_page(int file, unsigned long index)
{
	return as_task(do_file_page, file, index);
}

static long do_anon_page(long a, long b)
{
	struct page *page = alloc_page(GFP_HIGHUSER);

	return page ? page - mem_map : -1;
}

long host_vs_anon_page(void)
{
	return as_task(do_anon_page, 0, 0);
}

void host_vs_get(unsigned long pfn)
{
	get_page(pfn_page(pfn));
}

int host_vs_put(unsigned long pfn)
{
	struct page *page = pfn_page(pfn);
	int last = page_count(page) == 1;

	page_cache_release(page);
	return last;
}

/* truncate_complete_page's steps for one unlocked page. */
static long do_drop_cached(long pfn, long unused)
{
	struct page *page = pfn_page(pfn);

	page_cache_get(page);		/* truncate holds its own */
	lock_page(page);
	if (PageSwapCache(page)) {
		delete_from_swap_cache_nolock(page);
	} else {
		lru_cache_del(page);
		ClearPageDirty(page);
		remove_inode_page(page);
		page_cache_release(page);
	}
	UnlockPage(page);
	page_cache_release(page);
	return 0;
}

void host_vs_drop_cached(unsigned long pfn)
{
	as_task(do_drop_cached, pfn, 0);
}

void host_vs_page(unsigned long pfn, struct host_vs_page *p)
{
	struct page *page = pfn_page(pfn);

	memset(p, 0, sizeof(*p));
	p->count = page_count(page);
	p->age = page->age;
	p->nflags = !!PageActive(page) + !!PageInactiveDirty(page) +
		    !!PageInactiveClean(page);
	if (PageActive(page))
		p->list = HOST_VS_ACTIVE;
	else if (PageInactiveDirty(page))
		p->list = HOST_VS_INACTIVE_DIRTY;
	else if (PageInactiveClean(page))
		p->list = HOST_VS_INACTIVE_CLEAN;
	p->referenced = !!PageReferenced(page);
	p->dirty = !!PageDirty(page);
	p->locked = !!PageLocked(page);
	p->swap_cache = !!PageSwapCache(page);
	p->uptodate = !!Page_Uptodate(page);
	if (page->mapping == &swapper_space)
		p->file = -1;
	else if (page->mapping)
		p->file = page->mapping->host - files;
	else
		p->file = -2;
	p->index = page->index;
	p->zone = page->zone - contig_page_data.node_zones;
}

void host_vs_set_age(unsigned long pfn, int age)
{
	pfn_page(pfn)->age = age;
}

void host_vs_set_referenced(unsigned long pfn)
{
	SetPageReferenced(pfn_page(pfn));
}

void host_vs_set_dirty(unsigned long pfn)
{
	set_page_dirty(pfn_page(pfn));
}

void host_vs_lock(unsigned long pfn)
{
	if (TryLockPage(pfn_page(pfn)))
		BUG();
}

void host_vs_unlock(unsigned long pfn)
{
	UnlockPage(pfn_page(pfn));
}

/* A pretend buffer ring: page_launder and reclaim only test the pointer. */
static struct buffer_head *fake_buffers = (struct buffer_head *) 1;

void host_vs_set_buffers(unsigned long pfn, int on)
{
	pfn_page(pfn)->buffers = on ? fake_buffers : NULL;
}

/* ---- mm/swap.c ---- */

void host_vs_swap_op(int op, unsigned long pfn)
{
	struct page *page = pfn_page(pfn);

	switch (op) {
	case HOST_VS_AGE_UP:
		age_page_up(page);
		break;
	case HOST_VS_AGE_UP_NOLOCK:
		age_page_up_nolock(page);
		break;
	case HOST_VS_AGE_DOWN:
		age_page_down(page);
		break;
	case HOST_VS_AGE_DOWN_NOLOCK:
		age_page_down_nolock(page);
		break;
	case HOST_VS_AGE_DOWN_AGEONLY:
		age_page_down_ageonly(page);
		break;
	case HOST_VS_DEACTIVATE:
		deactivate_page(page);
		break;
	case HOST_VS_DEACTIVATE_NOLOCK:
		deactivate_page_nolock(page);
		break;
	case HOST_VS_ACTIVATE:
		activate_page(page);
		break;
	case HOST_VS_ACTIVATE_NOLOCK:
		activate_page_nolock(page);
		break;
	case HOST_VS_LRU_ADD:
		if (TryLockPage(page))
			BUG();
		lru_cache_add(page);
		UnlockPage(page);
		break;
	case HOST_VS_LRU_DEL:
		if (TryLockPage(page))
			BUG();
		lru_cache_del(page);
		UnlockPage(page);
		break;
	default:
		BUG();
	}
}

int host_vs_swap_setup(unsigned long physpages)
{
	unsigned long saved = num_physpages;

	num_physpages = physpages;
	swap_setup();
	num_physpages = saved;
	return page_cluster;
}

int host_vs_page_cluster(void)
{
	return page_cluster;
}

void host_vs_set_page_cluster(int n)
{
	page_cluster = n;
}

int host_vs_memory_pressure(void)
{
	return memory_pressure;
}

void host_vs_set_memory_pressure(int n)
{
	memory_pressure = n;
}

void host_vs_recalculate_vm_stats(void)
{
	recalculate_vm_stats();
}

unsigned long host_vs_inactive_target(void)
{
	return inactive_target;
}

/* ---- mm/vmscan.c ---- */

static long do_refill_scan(long priority, long oneshot)
{
	return refill_inactive_scan(priority, oneshot);
}

int host_vs_refill_inactive_scan(unsigned int priority, int oneshot)
{
	return as_task(do_refill_scan, priority, oneshot);
}

static long do_launder(long gfp_mask, long sync)
{
	return page_launder(gfp_mask, sync);
}

int host_vs_page_launder(int gfp_mask, int sync)
{
	return as_task(do_launder, gfp_mask, sync);
}

static long do_reclaim(long zone, long unused)
{
	struct page *page = reclaim_page(contig_page_data.node_zones + zone);

	return page ? page - mem_map : -1;
}

long host_vs_reclaim_page(int zone)
{
	return as_task(do_reclaim, zone, 0);
}

int host_vs_free_shortage(void)
{
	return free_shortage();
}

int host_vs_inactive_shortage(void)
{
	return inactive_shortage();
}

static long do_try_free(long gfp_mask, long user)
{
	return do_try_to_free_pages(gfp_mask, user);
}

int host_vs_do_try_to_free_pages(int gfp_mask, int user)
{
	return as_task(do_try_free, gfp_mask, user);
}

static long do_try_to_free(long gfp_mask, long unused)
{
	int ret = try_to_free_pages(gfp_mask);

	/* PF_MEMALLOC is set only for the call. */
	if (current->flags & PF_MEMALLOC)
		return -1;
	return ret;
}

int host_vs_try_to_free_pages(int gfp_mask)
{
	return as_task(do_try_to_free, gfp_mask, 0);
}

int host_vs_kmem_cache_reaps(void)
{
	return cache_reaps;
}

/* ---- zone counters for one call ---- */

void host_vs_zone_fake(int zone, unsigned long free_pages,
		       unsigned long inactive_clean_pages)
{
	zone_t *zones = contig_page_data.node_zones;
	int z;

	if (!zsave.saved) {
		for (z = 0; z < MAX_NR_ZONES; z++) {
			zsave.free_pages[z] = zones[z].free_pages;
			zsave.clean[z] = zones[z].inactive_clean_pages;
		}
		zsave.saved = 1;
	}
	zones[zone].free_pages = free_pages;
	zones[zone].inactive_clean_pages = inactive_clean_pages;
}

void host_vs_zone_restore(void)
{
	zone_t *zones = contig_page_data.node_zones;
	int z;

	if (!zsave.saved)
		return;
	for (z = 0; z < MAX_NR_ZONES; z++) {
		zones[z].free_pages = zsave.free_pages[z];
		zones[z].inactive_clean_pages = zsave.clean[z];
	}
	zsave.saved = 0;
}

/* ---- taking free pages away ---- */

static long do_drain(long target, long unused)
{
	struct page *page;

	while (nr_free_pages() > (unsigned long) target) {
		page = alloc_page(GFP_ATOMIC);
		if (!page)
			break;
		list_add(&page->list, &drained);
		ndrained++;
	}
	return ndrained;
}

unsigned long host_vs_drain(unsigned long target)
{
	return as_task(do_drain, target, 0);
}

void host_vs_undrain(void)
{
	while (!list_empty(&drained)) {
		struct page *page = list_entry(drained.next, struct page, list);

		list_del(&page->list);
		__free_page(page);
		ndrained--;
	}
}

unsigned long host_vs_drained(void)
{
	return ndrained;
}

/* ---- try_to_swap_out on a pretend pte ---- */

struct vs_swap_args {
	pte_t pte;
	struct host_vs_mm *mm;
	int ret;
};

static long do_try_to_swap_out(long p, long unused)
{
	struct vs_swap_args *a = (struct vs_swap_args *) p;
	unsigned long address = VS_VMA_START + PAGE_SIZE;

	vs_mm.rss = a->mm->rss;
	vs_mm.swap_cnt = a->mm->swap_cnt;
	vs_vma.vm_mm = &vs_mm;
	vs_vma.vm_start = VS_VMA_START;
	vs_vma.vm_end = VS_VMA_START + 0x100000;
	vs_vma.vm_flags = VM_READ | VM_WRITE | (a->mm->locked ? VM_LOCKED : 0);
	a->ret = try_to_swap_out(&vs_mm, &vs_vma, address, &a->pte,
				 GFP_KSWAPD);
	a->mm->rss = vs_mm.rss;
	a->mm->swap_cnt = vs_mm.swap_cnt;
	return 0;
}

int host_vs_try_to_swap_out(struct host_vs_pte *p, struct host_vs_mm *mm)
{
	struct vs_swap_args a;

	if (p->present) {
		a.pte = mk_pte(pfn_page(p->pfn), PAGE_SHARED);
		if (p->young)
			a.pte = pte_mkyoung(a.pte);
		else
			a.pte = pte_mkold(a.pte);
		if (p->dirty)
			a.pte = pte_mkdirty(a.pte);
	} else {
		a.pte = __pte(p->swap_val);
	}
	a.mm = mm;
	as_task(do_try_to_swap_out, (long) &a, 0);
	memset(p, 0, sizeof(*p));
	if (pte_present(a.pte)) {
		p->present = 1;
		p->young = !!pte_young(a.pte);
		p->dirty = !!pte_dirty(a.pte);
		p->pfn = pte_page(a.pte) - mem_map;
	} else {
		p->swap_val = pte_to_swp_entry(a.pte).val;
	}
	return a.ret;
}

/* ---- swap_out over pretend processes ---- */

static struct mm_struct procs[HOST_VS_MMS];
static struct vm_area_struct proc_vmas[HOST_VS_MMS];
static pte_t *proc_ptes[HOST_VS_MMS];

static long do_mm_make(long which, long locked)
{
	struct mm_struct *mm = &procs[which];
	struct vm_area_struct *vma = &proc_vmas[which];
	unsigned long pgd_page = get_zeroed_page(GFP_KERNEL);
	unsigned long pte_page = get_zeroed_page(GFP_KERNEL);
	pgd_t *dir;

	if (!pgd_page || !pte_page)
		BUG();
	mm->pgd = (pgd_t *) pgd_page;
	atomic_set(&mm->mm_users, 1);
	mm->page_table_lock = SPIN_LOCK_UNLOCKED;
	mm->mmap = vma;
	vma->vm_mm = mm;
	vma->vm_flags = VM_READ | VM_WRITE | (locked ? VM_LOCKED : 0);
	dir = pgd_offset(mm, VS_VMA_START);
	set_pmd((pmd_t *) dir, __pmd(_PAGE_TABLE + __pa(pte_page)));
	proc_ptes[which] = pte_offset((pmd_t *) dir, VS_VMA_START);
	list_add_tail(&mm->mmlist, &init_mm.mmlist);
	return 0;
}

void host_vs_mm_make(int which, int npages, int locked)
{
	memset(&procs[which], 0, sizeof(procs[which]));
	memset(&proc_vmas[which], 0, sizeof(proc_vmas[which]));
	proc_vmas[which].vm_start = VS_VMA_START;
	proc_vmas[which].vm_end = VS_VMA_START + npages * PAGE_SIZE;
	as_task(do_mm_make, which, locked);
}

void host_vs_mm_map(int which, int i, unsigned long pfn, int young,
		    int dirty)
{
	pte_t pte = mk_pte(pfn_page(pfn), PAGE_SHARED);

	pte = young ? pte_mkyoung(pte) : pte_mkold(pte);
	if (dirty)
		pte = pte_mkdirty(pte);
	set_pte(proc_ptes[which] + i, pte);
}

void host_vs_mm_pte(int which, int i, struct host_vs_pte *p)
{
	pte_t pte = proc_ptes[which][i];

	memset(p, 0, sizeof(*p));
	if (pte_present(pte)) {
		p->present = 1;
		p->young = !!pte_young(pte);
		p->dirty = !!pte_dirty(pte);
		p->pfn = pte_page(pte) - mem_map;
	} else {
		p->swap_val = pte_to_swp_entry(pte).val;
	}
}

void host_vs_mm_get(int which, struct host_vs_mm_info *info)
{
	struct mm_struct *mm = &procs[which];

	info->rss = mm->rss;
	info->swap_cnt = mm->swap_cnt;
	info->swap_address = mm->swap_address ?
			     (mm->swap_address - VS_VMA_START) >> PAGE_SHIFT :
			     0;
	info->users = atomic_read(&mm->mm_users);
}

void host_vs_mm_set_rss(int which, unsigned long rss)
{
	procs[which].rss = rss;
}

static long do_swap_out(long priority, long unused)
{
	return swap_out(priority, GFP_KSWAPD);
}

int host_vs_swap_out(unsigned int priority)
{
	return as_task(do_swap_out, priority, 0);
}

unsigned int host_vs_swap_map(unsigned long offset)
{
	return swap_map0[offset];
}

int host_vs_nr_swap_pages(void)
{
	return nr_swap_pages;
}

unsigned long host_vs_swp_offset(unsigned long val)
{
	swp_entry_t e = { val };

	return SWP_OFFSET(e);
}

unsigned long host_vs_swp_type(unsigned long val)
{
	swp_entry_t e = { val };

	return SWP_TYPE(e);
}

void host_vs_swap_free(unsigned long val)
{
	swp_entry_t e = { val };

	swap_free(e);
}

void host_vs_swap_writeok(int on)
{
	swap_info[0].flags = on ? SWP_WRITEOK : SWP_USED;
}

static long do_read_swap(long val, long unused)
{
	swp_entry_t e = { val };
	struct page *page = read_swap_cache_async(e, 1);

	return page ? page - mem_map : -1;
}

long host_vs_read_swap(unsigned long val)
{
	return as_task(do_read_swap, val, 0);
}

/* A look at the hash chain (lookup_swap_cache would age the page up). */
long host_vs_swap_cache_pfn(unsigned long val)
{
	struct page *page = *page_hash(&swapper_space, val);

	for (; page; page = page->next_hash)
		if (page->mapping == &swapper_space && page->index == val)
			return page - mem_map;
	return -1;
}

/* ---- the LRU invariants ---- */

#define SEEN_MAX	65536
static unsigned char seen[SEEN_MAX];

/*
 * Walk one list: every entry has flag want (and no other LRU flag), is
 * seen once, is in a cache and used; zone >= 0: every entry is that
 * zone's.  Returns the length or a negative code.
 */
static int walk(struct list_head *head, int want, int zone, int *per_zone,
		unsigned long *bad)
{
	struct list_head *pos;
	int n = 0;

	for (pos = head->next; pos != head; pos = pos->next) {
		struct page *page = list_entry(pos, struct page, lru);
		unsigned long pfn = page - mem_map;
		int flags;

		*bad = pfn;
		if (pfn >= max_mapnr || pfn >= SEEN_MAX || n > (int) max_mapnr)
			return -20;
		flags = !!PageActive(page) + !!PageInactiveDirty(page) +
			!!PageInactiveClean(page);
		if (flags != 1 || !test_bit(want, &page->flags))
			return -30 - want;	/* see the codes below */
		if (seen[pfn]++)
			return -2;
		if (page_count(page) < 1)
			return -10;
		if (page->age > PAGE_AGE_MAX)
			return -11;
		if (!page->mapping)
			return -13;
		if (zone >= 0 &&
		    page->zone != contig_page_data.node_zones + zone)
			return -4;
		if (per_zone)
			per_zone[page->zone - contig_page_data.node_zones]++;
		n++;
	}
	return n;
}

/*
 * 0 if the lists hold; else: -30-PG_x an entry without its list's
 * flag (or with two), -2 a page twice, -4 a clean page on another zone's
 * list, -5/-6 nr_active_pages/nr_inactive_dirty_pages not the lengths,
 * -7 a zone's inactive_dirty_pages, -8 a zone's inactive_clean_pages,
 * -9 a page with an LRU flag on no list, -10 a listed page with count
 * 0, -11 age above PAGE_AGE_MAX, -12 page_cache_size not the mappings'
 * nrpages, -13 a listed page in no cache, -20 a list out of mem_map.
 */
int host_vs_check(struct host_vs_counts *c)
{
	zone_t *zones = contig_page_data.node_zones;
	unsigned long pfn, cached;
	int z, n, i;

	memset(c, 0, sizeof(*c));
	memset(seen, 0, max_mapnr < SEEN_MAX ? max_mapnr : SEEN_MAX);
	n = walk(&active_list, PG_active, -1, NULL, &c->bad_pfn);
	if (n < 0)
		return n;
	c->active = n;
	n = walk(&inactive_dirty_list, PG_inactive_dirty, -1, c->zone_dirty,
		 &c->bad_pfn);
	if (n < 0)
		return n;
	c->inactive_dirty = n;
	for (z = 0; z < MAX_NR_ZONES; z++) {
		n = walk(&zones[z].inactive_clean_list, PG_inactive_clean, z,
			 NULL, &c->bad_pfn);
		if (n < 0)
			return n;
		c->zone_clean[z] = n;
		c->inactive_clean += n;
	}
	c->page_cache_size = atomic_read(&page_cache_size);
	c->nr_swap_pages = nr_swap_pages;
	c->free = nr_free_pages();
	if (nr_active_pages != c->active)
		return -5;
	if (nr_inactive_dirty_pages != c->inactive_dirty)
		return -6;
	for (z = 0; z < MAX_NR_ZONES; z++) {
		if ((int) zones[z].inactive_dirty_pages != c->zone_dirty[z])
			return -7;
		if ((int) zones[z].inactive_clean_pages != c->zone_clean[z])
			return -8;
	}
	for (pfn = 0; pfn < max_mapnr && pfn < SEEN_MAX; pfn++) {
		struct page *page = mem_map + pfn;

		c->bad_pfn = pfn;
		if ((PageActive(page) || PageInactiveDirty(page) ||
		     PageInactiveClean(page)) && !seen[pfn])
			return -9;
	}
	cached = swapper_space.nrpages;
	for (i = 0; i < HOST_VS_FILES; i++)
		cached += files[i].i_data.nrpages;
	if (cached != (unsigned long) c->page_cache_size)
		return -12;
	return 0;
}
