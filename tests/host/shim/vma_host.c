// SPDX-License-Identifier: GPL-2.0-only
/*
 * The real mm/mmap.c (which #includes mm/mmap_avl.c), compiled with
 * DEBUG_AVL for the VMA host tests and the find_vma benchmark, with the
 * stand-ins and views of vma_host.h.  The file is #included rather than
 * linked so that 2.4.0's static AVL functions and checkers can be called.
 * Built with the kernel's headers and flags like every shim.
 */
#define DEBUG_AVL

#include "../../../mm/mmap.c"

#include <linux/capability.h>
#include <asm/processor.h>
#include "host.h"
#include "mm_host.h"
#include "slab_host.h"
#include "vma_host.h"

/* ---- state ------------------------------------------------------------ */

static struct mm_struct host_mm;
kmem_cache_t *vm_area_cachep;

/* fs/buffer.c, mm/filemap.c: nothing cached in the tests. */
atomic_t buffermem_pages;
atomic_t page_cache_size;

/* arch/i386/kernel/setup.c: empty quicklists. */
struct cpuinfo_x86 boot_cpu_data;

static long vma_live, vma_allocs;
static int vma_fail_nth, pte_fail_nth;
static unsigned long host_next_frame;

#define HOST_NR_CALLS	4096
static struct host_call host_calls[HOST_NR_CALLS];
static int host_ncalls;
int host_shmem_error;
int host_shmem_fd = -1;
unsigned long host_pt_live_freed;

struct host_fake_file {
	struct file file;
	struct dentry dentry;
	struct inode inode;
	int how, open;
	int mmap_calls, opens, closes;
};
static struct host_fake_file host_files[HOST_NR_FILES];

static void host_record(int what, unsigned long a, unsigned long b)
{
	if (host_ncalls < HOST_NR_CALLS) {
		host_calls[host_ncalls].what = what;
		host_calls[host_ncalls].a = a;
		host_calls[host_ncalls].b = b;
	}
	host_ncalls++;
}

int host_calls_get(struct host_call *c, int max)
{
	int i, n = host_ncalls < HOST_NR_CALLS ? host_ncalls : HOST_NR_CALLS;

	for (i = 0; i < n && i < max; i++)
		c[i] = host_calls[i];
	return host_ncalls;
}

void host_calls_reset(void)
{
	host_ncalls = 0;
}

/* ---- vm_area_cachep, counted (the link wraps the two calls) ---------- */

extern void *__real_kmem_cache_alloc(kmem_cache_t *cachep, int flags);
extern void __real_kmem_cache_free(kmem_cache_t *cachep, void *objp);

void *__wrap_kmem_cache_alloc(kmem_cache_t *cachep, int flags)
{
	void *p;

	if (cachep != vm_area_cachep)
		return __real_kmem_cache_alloc(cachep, flags);
	if (vma_fail_nth && --vma_fail_nth == 0)
		return NULL;
	p = __real_kmem_cache_alloc(cachep, flags);
	if (p) {
		vma_live++;
		vma_allocs++;
		/* Garbage, as a fresh slab object may hold. */
		memset(p, 0x5a, sizeof(struct vm_area_struct));
	}
	return p;
}

void __wrap_kmem_cache_free(kmem_cache_t *cachep, void *objp)
{
	if (cachep == vm_area_cachep) {
		vma_live--;
		memset(objp, 0x6b, sizeof(struct vm_area_struct));
	}
	__real_kmem_cache_free(cachep, objp);
}

void host_vma_fail_alloc(int nth)
{
	vma_fail_nth = nth;
}

void host_pte_fail_alloc(int nth)
{
	pte_fail_nth = nth;
}

long host_vma_live(void)
{
	return vma_live;
}

long host_vma_allocs(void)
{
	return vma_allocs;
}

/* ---- the page-table side (2.4.0: mm/memory.c, arch/i386/mm/init.c) --- */

/* A page table for pmd, from the buddy allocator. */
pte_t *get_pte_slow(pmd_t *pmd, unsigned long offset)
{
	unsigned long pte = 0;

	if (!(pte_fail_nth && --pte_fail_nth == 0))
		pte = __get_free_page(GFP_KERNEL);
	if (pmd_none(*pmd)) {
		if (pte) {
			clear_page(pte);
			set_pmd(pmd, __pmd(_PAGE_TABLE + __pa(pte)));
			return (pte_t *) pte + offset;
		}
		return NULL;
	}
	if (pte)
		free_page(pte);
	if (pmd_bad(*pmd)) {
		__handle_bad_pmd(pmd);
		return NULL;
	}
	return (pte_t *) pmd_page(*pmd) + offset;
}

void __handle_bad_pmd(pmd_t *pmd)
{
	pmd_ERROR(*pmd);
	set_pmd(pmd, __pmd(0));
}

/* The pte of addr if its page table exists, else NULL. */
static pte_t *host_pte_lookup(struct mm_struct *mm, unsigned long addr)
{
	pgd_t *pgd = pgd_offset(mm, addr);
	pmd_t *pmd = pmd_offset(pgd, addr);

	if (pmd_none(*pmd) || pmd_bad(*pmd))
		return NULL;
	return pte_offset(pmd, addr);
}

void zap_page_range(struct mm_struct *mm, unsigned long address,
		    unsigned long size)
{
	unsigned long end = address + size;
	unsigned long freed = 0;

	host_record(HOST_CALL_ZAP, address, size);
	for (; address < end; address += PAGE_SIZE) {
		pte_t *pte = host_pte_lookup(mm, address);

		if (pte && !pte_none(*pte)) {
			pte_clear(pte);
			freed++;
		}
	}
	mm->rss = mm->rss > freed ? mm->rss - freed : 0;
}

/* A page fault: give addr a frame with the area's protection. */
static unsigned long host_fault(struct vm_area_struct *vma,
				unsigned long addr)
{
	pmd_t *pmd = pmd_alloc(pgd_offset(vma->vm_mm, addr), addr);
	pte_t *pte = pmd ? pte_alloc(pmd, addr) : NULL;
	unsigned long frame;

	if (!pte)
		return 0;
	if (!pte_none(*pte))
		return pte_val(*pte) >> PAGE_SHIFT;
	frame = ++host_next_frame;
	set_pte(pte, __pte((frame << PAGE_SHIFT) |
			   pgprot_val(vma->vm_page_prot)));
	vma->vm_mm->rss++;
	return frame;
}

/* 2.4.0 looks the area up once (setting mmap_cache) and faults each page. */
int make_pages_present(unsigned long addr, unsigned long end)
{
	struct vm_area_struct *vma;

	host_record(HOST_CALL_PRESENT, addr, end);
	vma = find_vma(current->mm, addr);
	if (addr >= end)
		BUG();
	do {
		host_fault(vma, addr);
		addr += PAGE_SIZE;
	} while (addr < end);
	return 0;
}

/* Free the page tables of pgd slots [first, first + nr). */
void clear_page_tables(struct mm_struct *mm, unsigned long first, int nr)
{
	pgd_t *pgd = mm->pgd + first;

	host_record(HOST_CALL_CLEAR_PT, first, nr);
	for (; nr > 0; nr--, pgd++) {
		pmd_t *pmd = pmd_offset(pgd, 0);
		pte_t *pte;
		int i;

		if (pmd_none(*pmd))
			continue;
		pte = pte_offset(pmd, 0);
		for (i = 0; i < PTRS_PER_PTE; i++)
			if (!pte_none(pte[i]))
				host_pt_live_freed++;
		pmd_clear(pmd);
		pte_free(pte);
	}
}

/*
 * mm/shmem.c: with host_shmem_fd set, the area is given that fake file
 * (a reference of its own, the new shm file's), as 2.4.0's gives it a
 * fresh shm file; else it stays anonymous.
 */
int shmem_zero_setup(struct vm_area_struct *vma)
{
	struct file *shm;

	host_record(HOST_CALL_SHMEM, vma->vm_start, vma->vm_end);
	if (host_shmem_error || host_shmem_fd < 0)
		return host_shmem_error;
	shm = &host_files[host_shmem_fd].file;
	get_file(shm);
	if (vma->vm_file)
		fput(vma->vm_file);
	vma->vm_file = shm;
	return 0;
}

void release_segments(struct mm_struct *mm)
{
	host_record(HOST_CALL_RELEASE_SEG, 0, 0);
}

/* pgtable.h's TLB hooks under HOST_TEST. */
void host_flush_tlb(void)
{
	host_record(HOST_CALL_FLUSH_TLB, 0, 0);
}

void host_flush_tlb_one(unsigned long addr)
{
	host_record(HOST_CALL_FLUSH_TLB, addr, 1);
}

void host_flush_tlb_global(void)
{
	host_record(HOST_CALL_FLUSH_TLB, 0, 2);
}

/* ---- files (2.4.0: fs/file_table.c, fs/namei.c) ----------------------- */

static int host_file_fd(struct file *file)
{
	int fd;

	for (fd = 0; fd < HOST_NR_FILES; fd++)
		if (file == &host_files[fd].file)
			return fd;
	return -1;
}

static void host_vm_open(struct vm_area_struct *vma)
{
	host_files[host_file_fd(vma->vm_file)].opens++;
}

static void host_vm_close(struct vm_area_struct *vma)
{
	host_files[host_file_fd(vma->vm_file)].closes++;
}

static struct vm_operations_struct host_vm_ops = {
	.open = host_vm_open,
	.close = host_vm_close,
};

static int host_file_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct host_fake_file *f = &host_files[host_file_fd(file)];

	f->mmap_calls++;
	if (f->how & HOST_FILE_MMAP_FAILS)
		return -ENODEV;
	if (f->how & HOST_FILE_VMOPS)
		vma->vm_ops = &host_vm_ops;
	if (f->how & HOST_FILE_DONTEXPAND)
		vma->vm_flags |= VM_DONTEXPAND;
	if (f->how & HOST_FILE_MOVES) {
		vma->vm_start += PAGE_SIZE;
		vma->vm_end += PAGE_SIZE;
	}
	return 0;
}

static struct file_operations host_fops = {
	.mmap = host_file_mmap,
};

static struct file_operations host_fops_nommap = {
};

void host_file_open(int fd, int fmode, int how)
{
	struct host_fake_file *f = &host_files[fd];

	memset(f, 0, sizeof(*f));
	f->open = 1;
	f->how = how;
	f->file.f_dentry = &f->dentry;
	f->file.f_op = (how & HOST_FILE_NOMMAP) ? &host_fops_nommap :
						   &host_fops;
	atomic_set(&f->file.f_count, 1);	/* the descriptor's */
	f->file.f_mode = fmode;
	f->dentry.d_inode = &f->inode;
	atomic_set(&f->dentry.d_count, 1);
	f->inode.i_ino = 100 + fd;
	f->inode.i_mapping = &f->inode.i_data;
	f->inode.i_data.host = &f->inode;
	f->inode.i_mode = 0100644;
	if (how & HOST_FILE_APPEND)
		f->inode.i_flags |= S_APPEND;
}

void host_file_close(int fd)
{
	host_files[fd].open = 0;
}

struct file *fget(unsigned int fd)
{
	struct file *file = NULL;

	if (fd < HOST_NR_FILES && host_files[fd].open) {
		file = &host_files[fd].file;
		get_file(file);
	}
	return file;
}

void fput(struct file *file)
{
	if (atomic_read(&file->f_count) <= 0)
		BUG();
	atomic_dec(&file->f_count);
}

/* A file mapped MAP_DENYWRITE keeps i_writecount negative. */
int deny_write_access(struct file *file)
{
	struct inode *inode = file->f_dentry->d_inode;

	if (atomic_read(&inode->i_writecount) > 0)
		return -ETXTBSY;
	atomic_dec(&inode->i_writecount);
	return 0;
}

void host_set_writecount(int fd, int count)
{
	atomic_set(&host_files[fd].inode.i_writecount, count);
}

static int host_share_list(struct vm_area_struct **head, int *ok)
{
	struct vm_area_struct *v;
	struct vm_area_struct **pprev = head;
	int n = 0;

	for (v = *head; v; v = v->vm_next_share) {
		if (v->vm_pprev_share != pprev)
			*ok = 0;
		pprev = &v->vm_next_share;
		if (++n > 1000000)
			break;
	}
	return n;
}

void host_file_info_get(int fd, struct host_file_info *fi)
{
	struct host_fake_file *f = &host_files[fd];

	fi->f_count = atomic_read(&f->file.f_count);
	fi->i_writecount = atomic_read(&f->inode.i_writecount);
	fi->mmap_calls = f->mmap_calls;
	fi->opens = f->opens;
	fi->closes = f->closes;
	fi->lists_ok = 1;
	fi->n_i_mmap = host_share_list(&f->inode.i_data.i_mmap, &fi->lists_ok);
	fi->n_i_mmap_shared = host_share_list(&f->inode.i_data.i_mmap_shared,
					      &fi->lists_ok);
}

/* Port: arch/i386/lib/usercopy.c.  NULL stands for a bad user pointer. */
unsigned long __generic_copy_from_user(void *to, const void *from,
				       unsigned long n)
{
	if (!from)
		return n;
	memcpy(to, from, n);
	return 0;
}

/* ---- running kernel code as the pretend task ------------------------- */

struct host_args {
	unsigned long a[6];
	long ret;
	void *p;
};

#define AS_TASK(fn, args)	host_call_as_task(fn, args)

static void host_do_init(void *p)
{
	int i;

	vm_area_cachep = kmem_cache_create("vm_area_struct",
					   sizeof(struct vm_area_struct), 0,
					   SLAB_HWCACHE_ALIGN, NULL, NULL);
	if (!vm_area_cachep)
		BUG();
	memset(&host_mm, 0, sizeof(host_mm));
	host_mm.pgd = (pgd_t *) get_zeroed_page(GFP_KERNEL);
	if (!host_mm.pgd)
		BUG();
	atomic_set(&host_mm.mm_users, 1);
	atomic_set(&host_mm.mm_count, 1);
	init_MUTEX(&host_mm.mmap_sem);
	INIT_LIST_HEAD(&host_mm.mmlist);
	current->mm = &host_mm;
	current->active_mm = &host_mm;
	current->cap_effective = CAP_INIT_EFF_SET;
	for (i = 0; i < RLIM_NLIMITS; i++) {
		current->rlim[i].rlim_cur = RLIM_INFINITY;
		current->rlim[i].rlim_max = RLIM_INFINITY;
	}
}

void host_vma_init(void)
{
	host_slab_reset();
	host_kmem_cache_init();
	host_kmem_cache_sizes_init();
	vma_live = vma_allocs = 0;
	vma_fail_nth = pte_fail_nth = 0;
	host_next_frame = 0x100;
	host_ncalls = 0;
	host_shmem_error = 0;
	host_shmem_fd = -1;
	host_pt_live_freed = 0;
	sysctl_overcommit_memory = 0;
	atomic_set(&buffermem_pages, 0);
	atomic_set(&page_cache_size, 0);
	memset(host_files, 0, sizeof(host_files));
	AS_TASK(host_do_init, NULL);
}

static void host_do_exit(void *p)
{
	exit_mmap(current->mm);
}

int host_vma_exit(char *msg)
{
	int i, tables = 0;

	AS_TASK(host_do_exit, NULL);
	for (i = 0; i < USER_PTRS_PER_PGD; i++)
		if (!pmd_none(*pmd_offset(host_mm.pgd + i, 0)))
			tables++;
	if (vma_live) {
		sprintf(msg, "exit_mmap: %ld vm_area_structs still allocated",
			vma_live);
		return -1;
	}
	if (tables) {
		sprintf(msg, "exit_mmap: %d user page tables left", tables);
		return -1;
	}
	if (host_pt_live_freed) {
		sprintf(msg, "%lu live ptes were in freed page tables",
			host_pt_live_freed);
		return -1;
	}
	if (host_mm.mmap || host_mm.mmap_avl || host_mm.mmap_cache ||
	    host_mm.map_count || host_mm.total_vm || host_mm.locked_vm) {
		sprintf(msg, "exit_mmap left mm state (map_count %d)",
			host_mm.map_count);
		return -1;
	}
	return 0;
}

/* ---- views ------------------------------------------------------------ */

static int host_index(struct vm_area_struct *vma)
{
	struct vm_area_struct *v;
	int i = 0;

	if (!vma)
		return -1;
	for (v = host_mm.mmap; v; v = v->vm_next, i++)
		if (v == vma)
			return i;
	return -2;	/* not in the list */
}

int host_vma_list(struct host_vma *out, int max)
{
	struct vm_area_struct *v;
	int n = 0;

	for (v = host_mm.mmap; v; v = v->vm_next, n++) {
		struct host_vma *h;

		if (n >= max)
			continue;
		h = &out[n];
		h->start = v->vm_start;
		h->end = v->vm_end;
		h->flags = v->vm_flags;
		h->pgoff = v->vm_pgoff;
		h->prot = pgprot_val(v->vm_page_prot);
		h->file = v->vm_file ? host_file_fd(v->vm_file) : -1;
		h->has_ops = v->vm_ops != NULL;
		h->height = host_mm.mmap_avl ? v->vm_avl_height : 0;
		h->left = host_mm.mmap_avl ? host_index(v->vm_avl_left) : -1;
		h->right = host_mm.mmap_avl ? host_index(v->vm_avl_right) : -1;
	}
	return n;
}

/* The area holding addr, by the list (find_vma would move mmap_cache). */
static struct vm_area_struct *host_area_at(unsigned long addr)
{
	struct vm_area_struct *v;

	for (v = host_mm.mmap; v; v = v->vm_next)
		if (v->vm_start <= addr && addr < v->vm_end)
			return v;
	return NULL;
}

unsigned long host_vma_raend(unsigned long addr)
{
	struct vm_area_struct *v = host_area_at(addr);

	return v ? v->vm_raend : ~0UL;
}

void host_vma_set_raend(unsigned long addr, unsigned long raend)
{
	struct vm_area_struct *v = host_area_at(addr);

	if (v)
		v->vm_raend = raend;
}

void host_mm_info_get(struct host_mm_info *mi)
{
	mi->map_count = host_mm.map_count;
	mi->has_avl = host_mm.mmap_avl != NULL;
	mi->root = host_index(host_mm.mmap_avl);
	mi->cache = host_index(host_mm.mmap_cache);
	mi->total_vm = host_mm.total_vm;
	mi->locked_vm = host_mm.locked_vm;
	mi->def_flags = host_mm.def_flags;
	mi->rss = host_mm.rss;
	mi->start_brk = host_mm.start_brk;
	mi->brk = host_mm.brk;
	mi->end_code = host_mm.end_code;
	mi->start_data = host_mm.start_data;
	mi->sem_count = atomic_read(&host_mm.mmap_sem.count);
}

/* Own tree checks: heights, balance, key order; counts the nodes. */
static int host_tree_walk(struct vm_area_struct *t, struct vm_area_struct **seq,
			  int *n, int max, char *msg)
{
	int hl, hr;

	if (!t)
		return 0;
	if (*n > max) {
		sprintf(msg, "tree has more nodes than the list");
		return -1;
	}
	if (host_tree_walk(t->vm_avl_left, seq, n, max, msg))
		return -1;
	if (*n < max)
		seq[*n] = t;
	(*n)++;
	if (host_tree_walk(t->vm_avl_right, seq, n, max, msg))
		return -1;
	hl = heightof(t->vm_avl_left);
	hr = heightof(t->vm_avl_right);
	if (t->vm_avl_height != 1 + (hl > hr ? hl : hr)) {
		sprintf(msg, "node %08lx-%08lx: height %d, children %d %d",
			t->vm_start, t->vm_end, t->vm_avl_height, hl, hr);
		return -1;
	}
	if (hl - hr > 1 || hr - hl > 1) {
		sprintf(msg, "node %08lx-%08lx unbalanced: %d %d",
			t->vm_start, t->vm_end, hl, hr);
		return -1;
	}
	return 0;
}

/* The in-order walk, and a task whose mm is the test mm for avl_check. */
#define HOST_SEQ_MAX	(MAX_MAP_COUNT + 1024)
static struct vm_area_struct *host_seq[HOST_SEQ_MAX];
static struct task_struct host_check_task;

int host_vma_check(char *msg)
{
	struct mm_struct *mm = &host_mm;
	struct vm_area_struct *v, *prev = NULL;
	unsigned long total = 0, locked = 0;
	int n = 0, i, fd, cache_ok = mm->mmap_cache == NULL;
	unsigned int log_before;

	for (v = mm->mmap; v; prev = v, v = v->vm_next, n++) {
		if (n > MAX_MAP_COUNT + 10) {
			sprintf(msg, "list does not end");
			return -1;
		}
		if (v->vm_start >= v->vm_end || (v->vm_start & ~PAGE_MASK) ||
		    (v->vm_end & ~PAGE_MASK) || v->vm_end > TASK_SIZE) {
			sprintf(msg, "bad area %08lx-%08lx", v->vm_start,
				v->vm_end);
			return -1;
		}
		if (prev && prev->vm_end > v->vm_start) {
			sprintf(msg, "areas %08lx-%08lx and %08lx-%08lx overlap "
				"or are out of order", prev->vm_start,
				prev->vm_end, v->vm_start, v->vm_end);
			return -1;
		}
		if (v->vm_mm != mm) {
			sprintf(msg, "area %08lx-%08lx: vm_mm wrong",
				v->vm_start, v->vm_end);
			return -1;
		}
		if (pgprot_val(v->vm_page_prot) !=
		    pgprot_val(protection_map[v->vm_flags & 0xf])) {
			sprintf(msg, "area %08lx-%08lx: prot %lx for flags %lx",
				v->vm_start, v->vm_end,
				pgprot_val(v->vm_page_prot), v->vm_flags);
			return -1;
		}
		if (v == mm->mmap_cache)
			cache_ok = 1;
		total += (v->vm_end - v->vm_start) >> PAGE_SHIFT;
		if (v->vm_flags & VM_LOCKED)
			locked += (v->vm_end - v->vm_start) >> PAGE_SHIFT;
	}
	if (n != mm->map_count) {
		sprintf(msg, "map_count %d, list has %d", mm->map_count, n);
		return -1;
	}
	if (!cache_ok) {
		sprintf(msg, "mmap_cache is not in the list");
		return -1;
	}
	if (total != mm->total_vm || locked != mm->locked_vm) {
		sprintf(msg, "total_vm %lu (areas %lu), locked_vm %lu (%lu)",
			mm->total_vm, total, mm->locked_vm, locked);
		return -1;
	}
	if (!mm->mmap_avl) {
		if (n >= AVL_MIN_MAP_COUNT) {
			sprintf(msg, "%d areas and no AVL tree", n);
			return -1;
		}
	} else {
		int cnt = 0;

		if (n > HOST_SEQ_MAX) {
			sprintf(msg, "too many areas to check");
			return -1;
		}
		if (host_tree_walk(mm->mmap_avl, host_seq, &cnt, n, msg))
			return -1;
		if (cnt != n) {
			sprintf(msg, "tree has %d nodes, list %d", cnt, n);
			return -1;
		}
		for (i = 0, v = mm->mmap; v; v = v->vm_next, i++)
			if (host_seq[i] != v) {
				sprintf(msg, "in-order walk differs from the "
					"list at %d", i);
				return -1;
			}
		/* 2.4.0's own checkers print only when something is wrong. */
		log_before = host_printk_len;
		host_check_task.mm = mm;
		avl_check(&host_check_task, "host_vma_check");
		for (v = mm->mmap; v; v = v->vm_next) {
			struct vm_area_struct *l, *r;

			avl_neighbours(v, mm->mmap_avl, &l, &r);
		}
		if (host_printk_len != log_before) {
			sprintf(msg, "2.4.0 checker: %.200s",
				host_printk_log + log_before);
			return -1;
		}
	}
	for (fd = 0; fd < HOST_NR_FILES; fd++) {
		struct host_fake_file *f = &host_files[fd];
		struct host_file_info fi;
		int priv = 0, shared = 0;

		if (!f->file.f_dentry)
			continue;
		host_file_info_get(fd, &fi);
		for (v = mm->mmap; v; v = v->vm_next)
			if (v->vm_file == &f->file) {
				if (v->vm_flags & VM_SHARED)
					shared++;
				else
					priv++;
			}
		if (!fi.lists_ok || fi.n_i_mmap != priv ||
		    fi.n_i_mmap_shared != shared) {
			sprintf(msg, "file %d: share lists %d/%d, areas %d/%d%s",
				fd, fi.n_i_mmap, fi.n_i_mmap_shared, priv,
				shared, fi.lists_ok ? "" : ", links broken");
			return -1;
		}
	}
	return 0;
}

void host_printk_list(void)
{
	printk_list(host_mm.mmap);
}

void host_printk_avl(void)
{
	printk_avl(host_mm.mmap_avl);
}

/* ---- lookups ---------------------------------------------------------- */

int host_find_vma(unsigned long addr)
{
	return host_index(find_vma(&host_mm, addr));
}

int host_find_vma_prev(unsigned long addr, int *prev)
{
	struct vm_area_struct *p = (void *) 1;
	struct vm_area_struct *v = find_vma_prev(&host_mm, addr, &p);

	*prev = p == (void *) 1 ? -3 : host_index(p);
	return host_index(v);
}

static void host_do_find_extend(void *p)
{
	struct host_args *a = p;

	a->p = find_extend_vma(current->mm, a->a[0]);
}

int host_find_extend_vma(unsigned long addr)
{
	struct host_args a = { .a = { addr } };

	AS_TASK(host_do_find_extend, &a);
	return host_index(a.p);
}

int host_find_vma_intersection(unsigned long start, unsigned long end)
{
	return host_index(find_vma_intersection(&host_mm, start, end));
}

/* ---- entry points ----------------------------------------------------- */

extern asmlinkage int old_mmap(void *arg);
extern asmlinkage long sys_mmap2(unsigned long, unsigned long, unsigned long,
				 unsigned long, unsigned long, unsigned long);
extern asmlinkage long sys_mprotect(unsigned long, size_t, unsigned long);
extern asmlinkage unsigned long sys_mremap(unsigned long, unsigned long,
					   unsigned long, unsigned long,
					   unsigned long);
extern asmlinkage long sys_mlock(unsigned long, size_t);
extern asmlinkage long sys_munlock(unsigned long, size_t);
extern asmlinkage long sys_mlockall(int);
extern asmlinkage long sys_munlockall(void);

static void host_do_old_mmap(void *p)
{
	struct host_args *a = p;

	a->ret = old_mmap(a->p);
}

long host_old_mmap(unsigned long addr, unsigned long len, unsigned long prot,
		   unsigned long flags, unsigned long fd, unsigned long offset)
{
	unsigned long block[6] = { addr, len, prot, flags, fd, offset };
	struct host_args a = { .p = block };

	AS_TASK(host_do_old_mmap, &a);
	return a.ret;
}

long host_old_mmap_ptr(void *arg)
{
	struct host_args a = { .p = arg };

	AS_TASK(host_do_old_mmap, &a);
	return a.ret;
}

static void host_do_mmap2(void *p)
{
	struct host_args *a = p;

	a->ret = sys_mmap2(a->a[0], a->a[1], a->a[2], a->a[3], a->a[4],
			   a->a[5]);
}

long host_sys_mmap2(unsigned long addr, unsigned long len, unsigned long prot,
		    unsigned long flags, unsigned long fd, unsigned long pgoff)
{
	struct host_args a = { .a = { addr, len, prot, flags, fd, pgoff } };

	AS_TASK(host_do_mmap2, &a);
	return a.ret;
}

static void host_do_pgoff(void *p)
{
	struct host_args *a = p;

	a->ret = do_mmap_pgoff(a->p, a->a[0], a->a[1], a->a[2], a->a[3],
			       a->a[4]);
}

long host_do_mmap_pgoff(int fd, unsigned long addr, unsigned long len,
			unsigned long prot, unsigned long flags,
			unsigned long pgoff)
{
	struct host_args a = { .a = { addr, len, prot, flags, pgoff } };

	a.p = fd >= 0 ? &host_files[fd].file : NULL;
	AS_TASK(host_do_pgoff, &a);
	return a.ret;
}

static void host_do_do_mmap(void *p)
{
	struct host_args *a = p;

	a->ret = do_mmap(a->p, a->a[0], a->a[1], a->a[2], a->a[3], a->a[4]);
}

long host_do_mmap(int fd, unsigned long addr, unsigned long len,
		  unsigned long prot, unsigned long flags, unsigned long offset)
{
	struct host_args a = { .a = { addr, len, prot, flags, offset } };

	a.p = fd >= 0 ? &host_files[fd].file : NULL;
	AS_TASK(host_do_do_mmap, &a);
	return a.ret;
}

static void host_do_gua(void *p)
{
	struct host_args *a = p;

	a->ret = get_unmapped_area(a->a[0], a->a[1]);
}

unsigned long host_get_unmapped_area(unsigned long addr, unsigned long len)
{
	struct host_args a = { .a = { addr, len } };

	AS_TASK(host_do_gua, &a);
	return a.ret;
}

static void host_do_sys_munmap(void *p)
{
	struct host_args *a = p;

	a->ret = sys_munmap(a->a[0], a->a[1]);
}

long host_sys_munmap(unsigned long addr, unsigned long len)
{
	struct host_args a = { .a = { addr, len } };

	AS_TASK(host_do_sys_munmap, &a);
	return a.ret;
}

static void host_do_do_munmap(void *p)
{
	struct host_args *a = p;

	a->ret = do_munmap(current->mm, a->a[0], a->a[1]);
}

long host_do_munmap(unsigned long addr, unsigned long len)
{
	struct host_args a = { .a = { addr, len } };

	AS_TASK(host_do_do_munmap, &a);
	return a.ret;
}

static void host_do_sys_brk(void *p)
{
	struct host_args *a = p;

	a->ret = sys_brk(a->a[0]);
}

unsigned long host_sys_brk(unsigned long brk)
{
	struct host_args a = { .a = { brk } };

	AS_TASK(host_do_sys_brk, &a);
	return a.ret;
}

static void host_do_do_brk(void *p)
{
	struct host_args *a = p;

	a->ret = do_brk(a->a[0], a->a[1]);
}

long host_do_brk(unsigned long addr, unsigned long len)
{
	struct host_args a = { .a = { addr, len } };

	AS_TASK(host_do_do_brk, &a);
	return a.ret;
}

static void host_do_mprotect(void *p)
{
	struct host_args *a = p;

	a->ret = sys_mprotect(a->a[0], a->a[1], a->a[2]);
}

long host_sys_mprotect(unsigned long start, unsigned long len,
		       unsigned long prot)
{
	struct host_args a = { .a = { start, len, prot } };

	AS_TASK(host_do_mprotect, &a);
	return a.ret;
}

static void host_do_mremap(void *p)
{
	struct host_args *a = p;

	a->ret = sys_mremap(a->a[0], a->a[1], a->a[2], a->a[3], a->a[4]);
}

long host_sys_mremap(unsigned long addr, unsigned long old_len,
		     unsigned long new_len, unsigned long flags,
		     unsigned long new_addr)
{
	struct host_args a = { .a = { addr, old_len, new_len, flags,
				      new_addr } };

	AS_TASK(host_do_mremap, &a);
	return a.ret;
}

static void host_do_mlock(void *p)
{
	struct host_args *a = p;

	switch (a->a[0]) {
	case 0:
		a->ret = sys_mlock(a->a[1], a->a[2]);
		break;
	case 1:
		a->ret = sys_munlock(a->a[1], a->a[2]);
		break;
	case 2:
		a->ret = sys_mlockall(a->a[1]);
		break;
	default:
		a->ret = sys_munlockall();
		break;
	}
}

long host_sys_mlock(unsigned long start, unsigned long len)
{
	struct host_args a = { .a = { 0, start, len } };

	AS_TASK(host_do_mlock, &a);
	return a.ret;
}

long host_sys_munlock(unsigned long start, unsigned long len)
{
	struct host_args a = { .a = { 1, start, len } };

	AS_TASK(host_do_mlock, &a);
	return a.ret;
}

long host_sys_mlockall(int flags)
{
	struct host_args a = { .a = { 2, flags } };

	AS_TASK(host_do_mlock, &a);
	return a.ret;
}

long host_sys_munlockall(void)
{
	struct host_args a = { .a = { 3 } };

	AS_TASK(host_do_mlock, &a);
	return a.ret;
}

int host_vm_enough_memory(long pages)
{
	return vm_enough_memory(pages);
}

static void host_do_insert(void *p)
{
	struct host_args *a = p;
	struct vm_area_struct *vma;

	a->ret = -1;
	vma = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
	if (!vma)
		return;
	memset(vma, 0, sizeof(*vma));
	vma->vm_mm = current->mm;
	vma->vm_start = a->a[0];
	vma->vm_end = a->a[1];
	vma->vm_flags = a->a[2];
	vma->vm_page_prot = protection_map[vma->vm_flags & 0xf];
	insert_vm_struct(current->mm, vma);
	current->mm->total_vm += (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
	if (vma->vm_flags & VM_LOCKED)
		current->mm->locked_vm +=
			(vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
	a->ret = 0;
}

int host_insert_vma(unsigned long start, unsigned long end,
		    unsigned long flags)
{
	struct host_args a = { .a = { start, end, flags } };

	AS_TASK(host_do_insert, &a);
	return a.ret;
}

void host_build_mmap_avl(void)
{
	build_mmap_avl(&host_mm);
}

/* ---- knobs ------------------------------------------------------------ */

static void host_do_set(void *p)
{
	struct host_args *a = p;

	switch (a->a[0]) {
	case 0:
		current->rlim[a->a[1]].rlim_cur = a->a[2];
		break;
	case 1:
		if (a->a[1])
			current->cap_effective |= CAP_TO_MASK(CAP_IPC_LOCK);
		else
			current->cap_effective &= ~CAP_TO_MASK(CAP_IPC_LOCK);
		break;
	}
}

void host_set_rlimit(int which, unsigned long cur)
{
	struct host_args a = { .a = { 0, which, cur } };

	AS_TASK(host_do_set, &a);
}

void host_set_cap_ipc_lock(int on)
{
	struct host_args a = { .a = { 1, on } };

	AS_TASK(host_do_set, &a);
}

void host_set_layout(unsigned long end_code, unsigned long start_data,
		     unsigned long start_brk, unsigned long brk)
{
	host_mm.end_code = end_code;
	host_mm.start_data = start_data;
	host_mm.start_brk = start_brk;
	host_mm.brk = brk;
}

void host_set_overcommit(int on)
{
	sysctl_overcommit_memory = on;
}

void host_set_def_flags(unsigned long def_flags)
{
	host_mm.def_flags = def_flags;
}

void host_set_mm_counts(unsigned long total_vm, unsigned long locked_vm)
{
	host_mm.total_vm = total_vm;
	host_mm.locked_vm = locked_vm;
}

void host_set_map_count(int map_count)
{
	host_mm.map_count = map_count;
}

void host_set_cache(int index)
{
	struct vm_area_struct *v = host_mm.mmap;

	if (index < 0) {
		host_mm.mmap_cache = NULL;
		return;
	}
	while (v && index--)
		v = v->vm_next;
	host_mm.mmap_cache = v;
}

unsigned long host_nr_free_pages(void)
{
	return nr_free_pages();
}

/* ---- ptes ------------------------------------------------------------- */

static void host_do_touch(void *p)
{
	struct host_args *a = p;
	struct vm_area_struct *vma = find_vma(current->mm, a->a[0]);

	a->ret = 0;
	if (vma && vma->vm_start <= a->a[0])
		a->ret = host_fault(vma, a->a[0] & PAGE_MASK);
}

unsigned long host_touch(unsigned long addr)
{
	struct host_args a = { .a = { addr } };

	AS_TASK(host_do_touch, &a);
	return a.ret;
}

unsigned long host_pte_get(unsigned long addr)
{
	pte_t *pte = host_pte_lookup(&host_mm, addr);

	return pte ? pte_val(*pte) : 0;
}

void host_pte_dump(unsigned long start, int n, unsigned long *out)
{
	int i = 0;

	while (i < n) {
		unsigned long addr = start + i * PAGE_SIZE;
		pte_t *pte = host_pte_lookup(&host_mm, addr);
		int left = PTRS_PER_PTE - __pte_offset(addr);

		for (; left > 0 && i < n; left--, i++)
			out[i] = pte ? pte_val(*pte++) : 0;
	}
}

static void host_do_pte_set(void *p)
{
	struct host_args *a = p;
	pmd_t *pmd = pmd_alloc(pgd_offset(current->mm, a->a[0]), a->a[0]);
	pte_t *pte = pte_alloc(pmd, a->a[0]);

	if (pte)
		set_pte(pte, __pte(a->a[1]));
}

void host_pte_set(unsigned long addr, unsigned long val)
{
	struct host_args a = { .a = { addr, val } };

	AS_TASK(host_do_pte_set, &a);
}

int host_pgtables(void)
{
	int i, n = 0;

	for (i = 0; i < USER_PTRS_PER_PGD; i++)
		if (!pmd_none(*pmd_offset(host_mm.pgd + i, 0)))
			n++;
	return n;
}

/* ---- constants -------------------------------------------------------- */

void host_vma_consts_get(struct host_vma_consts *c)
{
	int i;

	c->task_size = TASK_SIZE;
	c->task_unmapped_base = TASK_UNMAPPED_BASE;
	c->pgdir_size = PGDIR_SIZE;
	c->avl_min_map_count = AVL_MIN_MAP_COUNT;
	c->max_map_count = MAX_MAP_COUNT;
	c->avl_max_height = avl_maxheight;
	c->vm_stack_flags = VM_STACK_FLAGS;
	c->vm_locked = VM_LOCKED;
	c->vm_denywrite = VM_DENYWRITE;
	for (i = 0; i < 16; i++)
		c->prot[i] = pgprot_val(protection_map[i]);
	c->map_fixed = MAP_FIXED;
	c->map_anonymous = MAP_ANONYMOUS;
	c->map_noreserve = MAP_NORESERVE;
	c->map_type = MAP_TYPE;
	c->mremap_maymove = MREMAP_MAYMOVE;
	c->mremap_fixed = MREMAP_FIXED;
	c->mcl_current = MCL_CURRENT;
	c->mcl_future = MCL_FUTURE;
	c->rlimit_memlock = RLIMIT_MEMLOCK;
	c->rlimit_as = RLIMIT_AS;
	c->rlimit_data = RLIMIT_DATA;
	c->sizeof_vma = sizeof(struct vm_area_struct);
	c->sizeof_mm = sizeof(struct mm_struct);
	c->off_vm_end = offsetof(struct vm_area_struct, vm_end);
	c->off_vm_avl_height = offsetof(struct vm_area_struct, vm_avl_height);
	c->off_vm_pgoff = offsetof(struct vm_area_struct, vm_pgoff);
}

/* ---- benchmark -------------------------------------------------------- */

static void host_do_bench_build(void *p)
{
	struct host_args *a = p;
	struct vm_area_struct *v, *next;
	unsigned long i;

	/* Drop the old areas without exit_mmap's page-table work. */
	for (v = current->mm->mmap; v; v = next) {
		next = v->vm_next;
		kmem_cache_free(vm_area_cachep, v);
	}
	current->mm->mmap = current->mm->mmap_avl = NULL;
	current->mm->mmap_cache = NULL;
	current->mm->map_count = 0;
	current->mm->total_vm = 0;
	a->ret = 0;
	for (i = 0; i < a->a[0]; i++) {
		v = kmem_cache_alloc(vm_area_cachep, SLAB_KERNEL);
		if (!v) {
			a->ret = -1;
			return;
		}
		memset(v, 0, sizeof(*v));
		v->vm_mm = current->mm;
		v->vm_start = a->a[1] + i * a->a[2];
		v->vm_end = v->vm_start + PAGE_SIZE;
		v->vm_flags = VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE |
			      VM_MAYEXEC;
		v->vm_page_prot = protection_map[v->vm_flags & 0xf];
		insert_vm_struct(current->mm, v);
		current->mm->total_vm++;
	}
}

int host_bench_build(int n, unsigned long base, unsigned long stride)
{
	struct host_args a = { .a = { n, base, stride } };

	AS_TASK(host_do_bench_build, &a);
	return a.ret;
}

unsigned long host_bench_find(const unsigned long *addr, int n)
{
	unsigned long sum = 0;
	int i;

	for (i = 0; i < n; i++) {
		struct vm_area_struct *v = find_vma(&host_mm, addr[i]);

		sum += v ? v->vm_start : 1;
	}
	return sum;
}

unsigned long host_bench_list(const unsigned long *addr, int n)
{
	unsigned long sum = 0;
	int i;

	for (i = 0; i < n; i++) {
		struct vm_area_struct *v = host_mm.mmap;

		while (v && v->vm_end <= addr[i])
			v = v->vm_next;
		sum += v ? v->vm_start : 1;
	}
	return sum;
}

unsigned long long host_bench_list_nodes(const unsigned long *addr, int n)
{
	unsigned long long nodes = 0;
	int i;

	for (i = 0; i < n; i++) {
		struct vm_area_struct *v;

		for (v = host_mm.mmap; v; v = v->vm_next) {
			nodes++;
			if (v->vm_end > addr[i])
				break;
		}
	}
	return nodes;
}

void host_bench_stats(const unsigned long *addr, int n,
		      unsigned long long *nodes, unsigned long *hits)
{
	int i;

	*nodes = 0;
	*hits = 0;
	for (i = 0; i < n; i++) {
		struct vm_area_struct *c = host_mm.mmap_cache;
		struct vm_area_struct *v;
		unsigned long a = addr[i];

		if (c && c->vm_end > a && c->vm_start <= a) {
			(*hits)++;
		} else if (!host_mm.mmap_avl) {
			for (v = host_mm.mmap; v; v = v->vm_next) {
				(*nodes)++;
				if (v->vm_end > a)
					break;
			}
		} else {
			for (v = host_mm.mmap_avl; v; ) {
				(*nodes)++;
				if (v->vm_end > a) {
					if (v->vm_start <= a)
						break;
					v = v->vm_avl_left;
				} else {
					v = v->vm_avl_right;
				}
			}
		}
		/* The real lookup, to move the cache as find_vma does. */
		find_vma(&host_mm, a);
	}
}

int host_bench_height(void)
{
	return heightof(host_mm.mmap_avl);
}
