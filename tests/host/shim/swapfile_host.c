// SPDX-License-Identifier: GPL-2.0-only
/*
 * The real mm/swapfile.c for the swapfile suite, #included so that the
 * static scan_swap_map and least_priority can be reached; vmalloc and
 * vfree from glibc's heap (counted, and able to fail); nr_swap_pages
 * (mm/page_alloc.c) and page_cluster (mm/swap.c), which are not linked
 * here.  See swapfile_host.h.
 */
#include "../../../mm/swapfile.c"

#include <linux/major.h>
#include <linux/blkdev.h>
#include "swapfile_host.h"

static void host_tasks_init(void);
static int header_fail, unuse_reads_ok, unuse_reads, dev_opens;
static int shmem_unuse_calls;
static unsigned long shmem_unuse_last;
#define HOST_NODES_MAX	14
static struct dentry dentries[HOST_NODES_MAX];

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
	header_fail = 0;
	unuse_reads_ok = 0;
	unuse_reads = 0;
	shmem_unuse_calls = 0;
	shmem_unuse_last = 0;
	dev_opens = 0;
	host_tasks_init();
	init_task.cap_effective = CAP_FULL_SET;
	for (i = 0; i < HOST_NODES_MAX; i++)
		atomic_set(&dentries[i].d_count, 0);
}

/*
 * ---- what sys_swapon and sys_swapoff reach outside swapfile.c --------
 *
 * The name space: HOST_SWAP_DEVS block devices "/dev/swN" (major 3,
 * minor N), the regular file "/swapfile" and the character device
 * "/dev/console"; anything else is -ENOENT.  Every one of them has page
 * 0 = disk_page.  The system calls run as a task with every capability
 * (or none), on that task's stack, since capable() reads current.
 */
#define HOST_SWAP_DEVS	12
#define HOST_NODES	(HOST_SWAP_DEVS + 2)
#if HOST_NODES != HOST_NODES_MAX
#error HOST_NODES
#endif

static struct inode nodes[HOST_NODES];
static char disk_page[PAGE_SIZE];
static int disk_readable;
static int dev_sizes[256];
int *blk_size[MAX_BLKDEV];
static int header_pages_out;

union task_union init_task_union __attribute__((aligned(2 * PAGE_SIZE)));

/* The header page: one page of "RAM", its struct page in mem_map. */
static char header_buf[PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));
static struct page header_page;
mem_map_t *mem_map;

static int node_of(const char *name)
{
	int i;

	if (!strcmp(name, "/swapfile"))
		return HOST_SWAP_DEVS;
	if (!strcmp(name, "/dev/console"))
		return HOST_SWAP_DEVS + 1;
	for (i = 0; i < HOST_SWAP_DEVS; i++) {
		char want[16];

		sprintf(want, "/dev/sw%d", i);
		if (!strcmp(name, want))
			return i;
	}
	return -1;
}

int __user_walk(const char *name, unsigned flags, struct nameidata *nd)
{
	int n = node_of(name);

	if (n < 0)
		return -ENOENT;
	atomic_inc(&dentries[n].d_count);
	nd->dentry = &dentries[n];
	nd->mnt = NULL;
	return 0;
}

void path_release(struct nameidata *nd)
{
	atomic_dec(&nd->dentry->d_count);
}

static int sw_open(struct inode *inode, struct file *filp)
{
	dev_opens++;
	return 0;
}

static int sw_release(struct inode *inode, struct file *filp)
{
	dev_opens--;
	return 0;
}

static struct block_device_operations sw_fops = {
	.open = sw_open,
	.release = sw_release,
};

struct block_device_operations *get_blkfops(unsigned int major)
{
	return major == 3 ? &sw_fops : NULL;
}

unsigned long __get_free_pages(int gfp_mask, unsigned long order)
{
	if (order || header_pages_out || header_fail)
		return 0;
	header_pages_out++;
	/* What a recycled page would hold: not a header. */
	memset(header_buf, 0x5a, PAGE_SIZE);
	memset(&header_page, 0, sizeof(header_page));
	set_page_count(&header_page, 1);
	return (unsigned long) header_buf;
}

void free_pages(unsigned long addr, unsigned long order)
{
	if (addr != (unsigned long) header_buf || !header_pages_out)
		BUG();
	if (header_page.buffers || header_page.mapping ||
	    PageLocked(&header_page))
		BUG();
	header_pages_out--;
}

void lock_page(struct page *pg)
{
	if (TryLockPage(pg))
		BUG();			/* nobody else could hold it */
}

/* page_io.c: the "disk" answers at once (or never, if not readable). */
void rw_swap_page_nolock(int rw, swp_entry_t entry, char *buf, int wait)
{
	struct page *pg = virt_to_page(buf);

	if (pg != &header_page || rw != READ || !wait || SWP_OFFSET(entry))
		BUG();
	if (disk_readable) {
		memcpy(buf, disk_page, PAGE_SIZE);
		SetPageUptodate(pg);
	} else {
		/* rw_swap_page: bad swap file -- no I/O, page not up to date */
		ClearPageUptodate(pg);
	}
	UnlockPage(pg);
}

/* UnlockPage wakes the page's waiters: there are none here. */
void __wake_up(wait_queue_head_t *q, unsigned int mode, unsigned int wq_mode)
{
}

/* swap_state.c, for try_to_unuse: a read that fails, or a plain page. */
static struct page unuse_page;

struct page *read_swap_cache_async(swp_entry_t entry, int wait)
{
	unuse_reads++;
	if (!unuse_reads_ok)
		return NULL;
	memset(&unuse_page, 0, sizeof(unuse_page));
	set_page_count(&unuse_page, 1);
	return &unuse_page;
}

void delete_from_swap_cache(struct page *pg)
{
	BUG();		/* unuse_page is never a swap-cache page */
}

/* shm objects own no slot here: shmem_unuse only counts its calls. */
void shmem_unuse(swp_entry_t entry, struct page *page)
{
	if (page != &unuse_page)
		BUG();
	shmem_unuse_calls++;
	shmem_unuse_last = entry.val;
}

void __free_pages(struct page *pg, unsigned long order)
{
	if (pg != &unuse_page || !put_page_testzero(pg))
		BUG();
}

static void host_tasks_init(void)
{
	static int done;
	unsigned long at;
	int i;

	init_task.next_task = init_task.prev_task = &init_task;
	at = (unsigned long) header_buf - PAGE_OFFSET;
	mem_map = &header_page - (at >> PAGE_SHIFT);
	if (done)
		return;
	done = 1;
	init_task.cap_effective = CAP_FULL_SET;
	for (i = 0; i < HOST_NODES; i++) {
		dentries[i].d_inode = &nodes[i];
		if (i < HOST_SWAP_DEVS) {
			nodes[i].i_mode = S_IFBLK | 0600;
			nodes[i].i_rdev = MKDEV(3, i);
		} else if (i == HOST_SWAP_DEVS) {
			nodes[i].i_mode = S_IFREG | 0600;
		} else {
			nodes[i].i_mode = S_IFCHR | 0600;
			nodes[i].i_rdev = MKDEV(5, 1);
		}
	}
}

/* Run a system call on init_task_union's stack, so current is it. */
struct host_call {
	int swapoff;
	const char *name;
	int flags;
	long ret;
};

static void do_host_call(void *arg)
{
	struct host_call *c = arg;

	if (c->swapoff)
		c->ret = sys_swapoff(c->name);
	else
		c->ret = sys_swapon(c->name, c->flags);
}

extern void host_call_on_stack(void (*fn)(void *), void *arg, void *top);
__asm__(".text\n"
	".globl host_call_on_stack\n"
	"host_call_on_stack:\n\t"
	"pushl %ebp\n\t"
	"movl %esp, %ebp\n\t"
	"movl 16(%ebp), %esp\n\t"
	"subl $12, %esp\n\t"
	"pushl 12(%ebp)\n\t"
	"call *8(%ebp)\n\t"
	"movl %ebp, %esp\n\t"
	"popl %ebp\n\t"
	"ret\n");

static long host_call(int swapoff, const char *name, int flags)
{
	struct host_call c = { swapoff, name, flags, 0 };

	host_tasks_init();
	host_call_on_stack(do_host_call, &c,
			   (char *) &init_task_union + sizeof(init_task_union));
	return c.ret;
}

void host_swap_disk(const void *page, int readable)
{
	memcpy(disk_page, page, PAGE_SIZE);
	disk_readable = readable;
}

/* swapfilesize in pages; 0: the device has no size in blk_size. */
void host_swap_dev_size(int dev, unsigned long pages)
{
	blk_size[3] = pages ? dev_sizes : NULL;
	dev_sizes[dev] = pages * (PAGE_SIZE / 1024);
}

void host_swap_file_size(unsigned long bytes)
{
	host_tasks_init();
	nodes[HOST_SWAP_DEVS].i_size = bytes;
}

long host_sys_swapon(const char *name, int flags)
{
	return host_call(0, name, flags);
}

long host_sys_swapoff(const char *name)
{
	return host_call(1, name, 0);
}

void host_swap_caps(int all)
{
	host_tasks_init();
	init_task.cap_effective = all ? CAP_FULL_SET : 0;
}

void host_swap_header_fail(int fail)
{
	header_fail = fail;
}

void host_swap_unuse_reads(int ok)
{
	unuse_reads_ok = ok;
}

void host_swap_refs(struct host_swap_refs *r)
{
	int i;

	host_tasks_init();
	r->dentry_refs = 0;
	for (i = 0; i < HOST_NODES; i++)
		r->dentry_refs += atomic_read(&dentries[i].d_count);
	r->dev_opens = dev_opens;
	r->header_pages_out = header_pages_out;
	r->unuse_reads = unuse_reads;
	r->unuse_page_count = page_count(&unuse_page);
	r->shmem_unuse_calls = shmem_unuse_calls;
	r->shmem_unuse_last = shmem_unuse_last;
}

/*
 * sys_swapon of page as the header of a fresh /dev/swN of swapfilesize
 * pages (0: size not known).  The area's type, or the error.
 */
int host_swapon(const void *page, unsigned long swapfilesize, int swap_flags)
{
	static int next_dev;
	char name[16];
	int dev = next_dev++ % HOST_SWAP_DEVS, type;
	long err;

	host_swap_disk(page, 1);
	host_swap_dev_size(dev, swapfilesize);
	sprintf(name, "/dev/sw%d", dev);
	err = host_sys_swapon(name, swap_flags);
	if (err)
		return err;
	for (type = 0; type < nr_swapfiles; type++)
		if (swap_info[type].swap_device == MKDEV(3, dev))
			return type;
	BUG();
	return -1;
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
