// SPDX-License-Identifier: GPL-2.0-only
/*
 * The real arch/i386/mm/init.c and mm/highmem.c, compiled for the host
 * tests, plus what head.S, setup.c, init_task.c and the CPU provide them
 * (see paging_host.h).  The two files are #included rather than linked so
 * that the tests can reach and reset their static state (totalram_pages,
 * last_pkmap_nr ...).  mm/vmalloc.c and arch/i386/mm/ioremap.c are linked
 * as they are.  Built with the kernel's headers and flags like every shim.
 */
#include "../../../arch/i386/mm/init.c"
#include "../../../mm/highmem.c"

#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <linux/swap.h>
#include <asm/io.h>
#include "mm_host.h"
#include "paging_host.h"

/* ---- what the rest of the kernel would define ---- */

/*
 * head.S: the page directory and the special pages after it, where
 * 2.4.0 has them (0x101000 ...), inside the simulated kernel image that
 * mm_host.c reserves, so __pa() of them is right.  The simulated RAM
 * must be mapped before they are touched.
 */
__asm__(".globl swapper_pg_dir, empty_zero_page, empty_bad_page\n"
	".globl empty_bad_pte_table\n"
	".set swapper_pg_dir, 0xc0101000\n"
	".set empty_zero_page, 0xc0104000\n"
	".set empty_bad_page, 0xc0105000\n"
	".set empty_bad_pte_table, 0xc0106000\n");

/* setup.c */
struct cpuinfo_x86 boot_cpu_data;
unsigned long mmu_cr4_features;
struct e820map e820;

/* mm/memory.c */
struct page *highmem_start_page;

/* init_task.c: only the page directory matters here. */
struct mm_struct init_mm = { .pgd = swapper_pg_dir };

/*
 * vmlinux.lds: a kernel image of 256 KB text, 64 KB data and 12 KB of
 * init sections from 1 MB up, inside the range mm_host.c reserves.
 */
__asm__(".globl _text, _etext, _edata, __init_begin, __init_end\n"
	".globl __bss_start, _end\n"
	".set _text, 0xc0100000\n"
	".set _etext, 0xc0140000\n"
	".set _edata, 0xc0150000\n"
	".set __init_begin, 0xc0158000\n"
	".set __init_end, 0xc015b000\n"
	".set __bss_start, 0xc015b000\n"
	".set _end, 0xc0170000\n");

/* The CPU: control registers and the TLB, counted. */
static struct host_cpu_events ev;

void host_flush_tlb(void)
{
	ev.flush++;
}

void host_flush_tlb_global(void)
{
	ev.flush_global++;
}

void host_flush_tlb_one(unsigned long addr)
{
	ev.flush_one++;
	ev.last_flush_one = addr;
}

void host_load_cr3(unsigned long phys)
{
	ev.cr3_loads++;
	ev.last_cr3 = phys;
}

void set_in_cr4(unsigned long mask)
{
	mmu_cr4_features |= mask;
	ev.cr4 |= mask;
}

void host_cpu_events_get(struct host_cpu_events *e)
{
	*e = ev;
	e->wp_works_ok = boot_cpu_data.wp_works_ok;
}

void host_cpu_events_reset(void)
{
	memset(&ev, 0, sizeof(ev));
}

/* mm/slab.c: kmalloc/kfree from glibc's heap, counted. */
extern void *malloc(size_t size);
extern void free(void *ptr);
static long kmalloc_live;
static int kmalloc_fail_after = -1;

void *kmalloc(size_t size, int flags)
{
	void *p;

	if (kmalloc_fail_after == 0)
		return NULL;
	if (kmalloc_fail_after > 0)
		kmalloc_fail_after--;
	p = malloc(size);
	if (p)
		kmalloc_live++;
	return p;
}

void kfree(const void *objp)
{
	if (!objp)
		return;
	kmalloc_live--;
	free((void *) objp);
}

long host_kmalloc_live(void)
{
	return kmalloc_live;
}

void host_kmalloc_fail_after(int n)
{
	kmalloc_fail_after = n;
}

/* ---- constants and the pte helpers ---- */

void host_paging_consts_get(struct host_paging_consts *c)
{
	static const pgprot_t pm[16] = {
		__P000, __P001, __P010, __P011, __P100, __P101, __P110, __P111,
		__S000, __S001, __S010, __S011, __S100, __S101, __S110, __S111,
	};
	int i;

	c->page_present = _PAGE_PRESENT;
	c->page_rw = _PAGE_RW;
	c->page_user = _PAGE_USER;
	c->page_pwt = _PAGE_PWT;
	c->page_pcd = _PAGE_PCD;
	c->page_accessed = _PAGE_ACCESSED;
	c->page_dirty = _PAGE_DIRTY;
	c->page_pse = _PAGE_PSE;
	c->page_global = _PAGE_GLOBAL;
	c->page_protnone = _PAGE_PROTNONE;
	c->page_table = _PAGE_TABLE;
	c->kernpg_table = _KERNPG_TABLE;
	c->page_chg_mask = _PAGE_CHG_MASK;
	c->page_none = pgprot_val(PAGE_NONE);
	c->page_shared = pgprot_val(PAGE_SHARED);
	c->page_copy = pgprot_val(PAGE_COPY);
	c->page_readonly = pgprot_val(PAGE_READONLY);
	c->page_kernel = pgprot_val(PAGE_KERNEL);
	c->page_kernel_ro = pgprot_val(PAGE_KERNEL_RO);
	c->page_kernel_nocache = pgprot_val(PAGE_KERNEL_NOCACHE);
	for (i = 0; i < 16; i++)
		c->protection_map[i] = pgprot_val(pm[i]);
	c->pgdir_shift = PGDIR_SHIFT;
	c->ptrs_per_pgd = PTRS_PER_PGD;
	c->pmd_shift = PMD_SHIFT;
	c->ptrs_per_pmd = PTRS_PER_PMD;
	c->ptrs_per_pte = PTRS_PER_PTE;
	c->user_ptrs_per_pgd = USER_PTRS_PER_PGD;
	c->user_pgd_ptrs = USER_PGD_PTRS;
	c->kernel_pgd_ptrs = KERNEL_PGD_PTRS;
	c->boot_user_pgd_ptrs = BOOT_USER_PGD_PTRS;
	c->boot_kernel_pgd_ptrs = BOOT_KERNEL_PGD_PTRS;
	c->fixaddr_top = FIXADDR_TOP;
	c->fixaddr_start = FIXADDR_START;
	c->end_of_fixed_addresses = __end_of_fixed_addresses;
	c->fix_kmap_begin = FIX_KMAP_BEGIN;
	c->fix_kmap_end = FIX_KMAP_END;
	c->km_type_nr = KM_TYPE_NR;
	c->pkmap_base = PKMAP_BASE;
	c->last_pkmap = LAST_PKMAP;
	c->vmalloc_offset = VMALLOC_OFFSET;
	c->vm_ioremap = VM_IOREMAP;
	c->vm_alloc = VM_ALLOC;
	c->sizeof_vm_struct = sizeof(struct vm_struct);
}

unsigned long host_pte_op(int op, unsigned long a, unsigned long b)
{
	pte_t pte = __pte(a);
	pmd_t pmd = __pmd(a);
	swp_entry_t e = { a };

	switch (op) {
	case HOST_MK_PTE:
		return pte_val(mk_pte(mem_map + a, __pgprot(b)));
	case HOST_MK_PTE_PHYS:
		return pte_val(mk_pte_phys(a, __pgprot(b)));
	case HOST_PTE_PAGE:
		return pte_page(pte) - mem_map;
	case HOST_PTE_MODIFY:
		return pte_val(pte_modify(pte, __pgprot(b)));
	case HOST_PTE_PRESENT:
		return pte_present(pte) != 0;
	case HOST_PTE_NONE:
		return pte_none(pte) != 0;
	case HOST_PTE_READ:
		return pte_read(pte) != 0;
	case HOST_PTE_WRITE:
		return pte_write(pte) != 0;
	case HOST_PTE_EXEC:
		return pte_exec(pte) != 0;
	case HOST_PTE_DIRTY:
		return pte_dirty(pte) != 0;
	case HOST_PTE_YOUNG:
		return pte_young(pte) != 0;
	case HOST_PTE_RDPROTECT:
		return pte_val(pte_rdprotect(pte));
	case HOST_PTE_EXPROTECT:
		return pte_val(pte_exprotect(pte));
	case HOST_PTE_MKCLEAN:
		return pte_val(pte_mkclean(pte));
	case HOST_PTE_MKOLD:
		return pte_val(pte_mkold(pte));
	case HOST_PTE_WRPROTECT:
		return pte_val(pte_wrprotect(pte));
	case HOST_PTE_MKREAD:
		return pte_val(pte_mkread(pte));
	case HOST_PTE_MKEXEC:
		return pte_val(pte_mkexec(pte));
	case HOST_PTE_MKDIRTY:
		return pte_val(pte_mkdirty(pte));
	case HOST_PTE_MKYOUNG:
		return pte_val(pte_mkyoung(pte));
	case HOST_PTE_MKWRITE:
		return pte_val(pte_mkwrite(pte));
	case HOST_PMD_NONE:
		return pmd_none(pmd) != 0;
	case HOST_PMD_PRESENT:
		return pmd_present(pmd) != 0;
	case HOST_PMD_BAD:
		return pmd_bad(pmd) != 0;
	case HOST_PGD_INDEX:
		return pgd_index(a);
	case HOST_PTE_INDEX:
		return __pte_offset(a);
	case HOST_PMD_INDEX:
		return __pmd_offset(a);
	case HOST_SWP_ENTRY:
		return SWP_ENTRY(a, b).val;
	case HOST_SWP_TYPE:
		return SWP_TYPE(e);
	case HOST_SWP_OFFSET:
		return SWP_OFFSET(e);
	case HOST_PAGES_TO_MB:
		return pages_to_mb(a);
	}
	return ~0UL;
}

unsigned long host_ptep_get_and_clear(unsigned long *pte)
{
	return pte_val(ptep_get_and_clear((pte_t *) pte));
}

int host_ptep_test_and_clear_dirty(unsigned long *pte)
{
	return ptep_test_and_clear_dirty((pte_t *) pte) != 0;
}

int host_ptep_test_and_clear_young(unsigned long *pte)
{
	return ptep_test_and_clear_young((pte_t *) pte) != 0;
}

void host_ptep_set_wrprotect(unsigned long *pte)
{
	ptep_set_wrprotect((pte_t *) pte);
}

void host_ptep_mkdirty(unsigned long *pte)
{
	ptep_mkdirty((pte_t *) pte);
}

/* ---- the boot ---- */

static const struct host_paging_cfg *boot_cfg;

static void host_do_boot(void *unused)
{
	paging_init();
	if (boot_cfg->stop_after_paging_init)
		return;
	mem_init();
}

void host_paging_boot(const struct host_paging_cfg *cfg)
{
	struct host_mm_config mc;

	host_mm_reset();
	memset(swapper_pg_dir, 0, sizeof(swapper_pg_dir));
	memset(empty_zero_page, 0xaa, sizeof(empty_zero_page));
	memset(empty_bad_pte_table, 0, sizeof(empty_bad_pte_table));
	memset(&boot_cpu_data, 0, sizeof(boot_cpu_data));
	boot_cpu_data.wp_works_ok = cfg->wp_works_ok;
	boot_cpu_data.cpuid_level = -1;
	if (cfg->pse)
		boot_cpu_data.x86_capability[0] |= 1 << X86_FEATURE_PSE;
	if (cfg->pge)
		boot_cpu_data.x86_capability[0] |= 1 << X86_FEATURE_PGE;
	mmu_cr4_features = 0;
	host_cpu_events_reset();

	/* Static and global state of init.c, highmem.c, vmalloc.c. */
	totalram_pages = totalhigh_pages = 0;
	kmap_pte = NULL;
	kmap_prot = __pgprot(0);
	memset(pkmap_count, 0, sizeof(pkmap_count));
	last_pkmap_nr = 0;
	init_waitqueue_head(&pkmap_map_wait);
	pkmap_page_table = NULL;
	highmem_start_page = NULL;
	vmlist = NULL;
	kmalloc_fail_after = -1;
	kmalloc_live = 0;	/* areas of an earlier boot are forgotten */

	/* head.S's boot entries: 0-8 MB at 0 and at PAGE_OFFSET. */
	swapper_pg_dir[0] = __pgd(0x00102007);
	swapper_pg_dir[1] = __pgd(0x00103007);
	swapper_pg_dir[768] = __pgd(0x00102007);
	swapper_pg_dir[769] = __pgd(0x00103007);

	/* The same PC as mm_host.c's E820 map, plus the BIOS ROM. */
	e820.nr_map = 3;
	e820.map[0].addr = 0;
	e820.map[0].size = 0x9f000;
	e820.map[0].type = E820_RAM;
	e820.map[1].addr = HIGH_MEMORY;
	e820.map[1].size = cfg->ram_bytes - HIGH_MEMORY;
	e820.map[1].type = E820_RAM;
	e820.map[2].addr = 0xfffc0000ULL;
	e820.map[2].size = 0x40000;
	e820.map[2].type = E820_RESERVED;

	host_mm_default_config(&mc, cfg->ram_bytes);
	host_setup_bootmem(&mc);
	boot_cfg = cfg;
	host_call_as_task(host_do_boot, NULL);
}

/* ---- views ---- */

unsigned long host_pgd(int i)
{
	return pgd_val(swapper_pg_dir[i]);
}

unsigned long host_pgd_phys(void)
{
	return __pa(swapper_pg_dir);
}

unsigned long host_walk(unsigned long va, unsigned long *flags)
{
	unsigned long pde = pgd_val(swapper_pg_dir[pgd_index(va)]), pte;

	if (!(pde & _PAGE_PRESENT))
		return ~0UL;
	if (pde & _PAGE_PSE) {
		*flags = pde & ~PAGE_MASK;
		return (pde & 0xffc00000) | (va & 0x003fffff);
	}
	pte = ((unsigned long *) __va(pde & PAGE_MASK))[__pte_offset(va)];
	if (!(pte & _PAGE_PRESENT))
		return ~0UL;
	*flags = pte & ~PAGE_MASK;
	return (pte & PAGE_MASK) | (va & ~PAGE_MASK);
}

unsigned long host_pte_of(unsigned long va)
{
	pmd_t *pmd = pmd_offset(pgd_offset_k(va), va);

	if (pmd_none(*pmd) || (pmd_val(*pmd) & _PAGE_PSE))
		return ~0UL;
	return pte_val(*pte_offset(pmd, va));
}

void host_paging_info_get(struct host_paging_info *i)
{
	unsigned long n;
	unsigned char *z = (unsigned char *) empty_zero_page;

	i->max_mapnr = max_mapnr;
	i->num_physpages = num_physpages;
	i->high_memory = (unsigned long) high_memory;
	i->highstart_pfn = highstart_pfn;
	i->highend_pfn = highend_pfn;
	i->max_pfn = max_pfn;
	i->highmem_start_pfn = highmem_start_page ?
		highmem_start_page - mem_map : ~0UL;
	i->vmalloc_start = VMALLOC_START;
	i->vmalloc_end = VMALLOC_END;
	i->pkmap_page_table = (unsigned long) pkmap_page_table;
	i->kmap_pte = (unsigned long) kmap_pte;
	i->kmap_prot = pgprot_val(kmap_prot);
	i->totalram_pages = totalram_pages;
	i->totalhigh_pages = totalhigh_pages;
	i->empty_zero_nonzero = 0;
	for (n = 0; n < PAGE_SIZE; n++)
		if (z[n])
			i->empty_zero_nonzero++;
}

void host_si_meminfo(unsigned long *totalram, unsigned long *freeram,
		     unsigned long *totalhigh, unsigned long *freehigh,
		     unsigned long *mem_unit)
{
	struct sysinfo si;

	si_meminfo(&si);
	*totalram = si.totalram;
	*freeram = si.freeram;
	*totalhigh = si.totalhigh;
	*freehigh = si.freehigh;
	*mem_unit = si.mem_unit;
}

void host_show_mem(void)
{
	show_mem();
}

static void host_do_free_initmem(void *unused)
{
	free_initmem();
}

void host_free_initmem(void)
{
	host_call_as_task(host_do_free_initmem, NULL);
}

void host_set_fixmap(int idx, unsigned long phys)
{
	set_fixmap(idx, phys);
}

unsigned long host_fix_to_virt(int idx)
{
	return __fix_to_virt(idx);
}

/* ---- the page-table slow paths and the quicklists ---- */

struct host_pt_args {
	int user, index, low, high;
	unsigned long offset, ret;
};

static void host_do_get_pte_slow(void *p)
{
	struct host_pt_args *a = p;
	pmd_t *pmd = (pmd_t *) (swapper_pg_dir + a->index);

	if (a->user)
		a->ret = (unsigned long) get_pte_slow(pmd, a->offset);
	else
		a->ret = (unsigned long) get_pte_kernel_slow(pmd, a->offset);
}

unsigned long host_get_pte_slow(int user, int pgd_index, unsigned long offset)
{
	struct host_pt_args a = { .user = user, .index = pgd_index,
				  .offset = offset };

	host_call_as_task(host_do_get_pte_slow, &a);
	return a.ret;
}

void host_set_pgd(int i, unsigned long val)
{
	swapper_pg_dir[i] = __pgd(val);
}

unsigned long host_bad_pte_table(int i)
{
	return pte_val(empty_bad_pte_table[i]);
}

static void host_do_quicklist_push(void *p)
{
	struct host_pt_args *a = p;
	unsigned long page = __get_free_page(GFP_KERNEL);

	a->ret = page;
	if (!page)
		return;
	if (a->user)
		free_pte_fast((pte_t *) page);
	else
		free_pgd_fast((pgd_t *) page);
}

unsigned long host_quicklist_push(int pte)
{
	struct host_pt_args a = { .user = pte };

	host_call_as_task(host_do_quicklist_push, &a);
	return a.ret;
}

long host_pgtable_cache_size(void)
{
	return pgtable_cache_size;
}

static void host_do_pgt_cache(void *p)
{
	struct host_pt_args *a = p;

	a->ret = do_check_pgt_cache(a->low, a->high);
}

int host_do_check_pgt_cache(int low, int high)
{
	struct host_pt_args a = { .low = low, .high = high };

	host_call_as_task(host_do_pgt_cache, &a);
	return a.ret;
}

/* ---- vmalloc, ioremap, kmap as the pretend task ---- */

struct host_vm_args {
	unsigned long a, b, c, ret;
	long lret;
	char *buf;
	int type;
};

static void host_do_vmalloc(void *p)
{
	struct host_vm_args *v = p;

	v->ret = (unsigned long) vmalloc(v->a);
}

unsigned long host_vmalloc(unsigned long size)
{
	struct host_vm_args v = { .a = size };

	host_call_as_task(host_do_vmalloc, &v);
	return v.ret;
}

static void host_do_vmalloc_dma(void *p)
{
	struct host_vm_args *v = p;

	v->ret = (unsigned long) vmalloc_dma(v->a);
}

unsigned long host_vmalloc_dma(unsigned long size)
{
	struct host_vm_args v = { .a = size };

	host_call_as_task(host_do_vmalloc_dma, &v);
	return v.ret;
}

static void host_do_vfree(void *p)
{
	struct host_vm_args *v = p;

	vfree((void *) v->a);
}

void host_vfree(unsigned long addr)
{
	struct host_vm_args v = { .a = addr };

	host_call_as_task(host_do_vfree, &v);
}

static void host_do_get_vm_area(void *p)
{
	struct host_vm_args *v = p;
	struct vm_struct *area = get_vm_area(v->a, v->b);

	v->ret = area ? (unsigned long) area->addr : 0;
}

unsigned long host_get_vm_area(unsigned long size, unsigned long flags)
{
	struct host_vm_args v = { .a = size, .b = flags };

	host_call_as_task(host_do_get_vm_area, &v);
	return v.ret;
}

long host_vread(char *buf, unsigned long addr, unsigned long count)
{
	return vread(buf, (char *) addr, count);
}

static void host_do_ioremap(void *p)
{
	struct host_vm_args *v = p;

	v->ret = (unsigned long) __ioremap(v->a, v->b, v->c);
}

unsigned long host_ioremap(unsigned long phys, unsigned long size,
			   unsigned long flags)
{
	struct host_vm_args v = { .a = phys, .b = size, .c = flags };

	host_call_as_task(host_do_ioremap, &v);
	return v.ret;
}

static void host_do_iounmap(void *p)
{
	struct host_vm_args *v = p;

	iounmap((void *) v->a);
}

void host_iounmap(unsigned long addr)
{
	struct host_vm_args v = { .a = addr };

	host_call_as_task(host_do_iounmap, &v);
}

int host_vmlist_get(unsigned long *addr, unsigned long *size,
		    unsigned long *flags, int max)
{
	struct vm_struct *v;
	int n = 0;

	for (v = vmlist; v && n < max; v = v->next, n++) {
		addr[n] = (unsigned long) v->addr;
		size[n] = v->size;
		flags[n] = v->flags;
	}
	return n;
}

static void host_do_kmap(void *p)
{
	struct host_vm_args *v = p;

	v->ret = (unsigned long) kmap(mem_map + v->a);
}

unsigned long host_kmap(unsigned long pfn)
{
	struct host_vm_args v = { .a = pfn };

	host_call_as_task(host_do_kmap, &v);
	return v.ret;
}

static void host_do_kunmap(void *p)
{
	struct host_vm_args *v = p;

	kunmap(mem_map + v->a);
}

void host_kunmap(unsigned long pfn)
{
	struct host_vm_args v = { .a = pfn };

	host_call_as_task(host_do_kunmap, &v);
}

/*
 * The other task of a kmap_high() that sleeps because every slot is
 * taken: it drops the mapping of unmap_pfn (unmap_times kunmaps), then,
 * if map_pfn is not 0, maps that page itself.  Runs once.
 */
static unsigned long host_other_unmap, host_other_times, host_other_map;

static void host_other_task(void)
{
	unsigned long i;

	for (i = 0; i < host_other_times; i++)
		kunmap_high(mem_map + host_other_unmap);
	if (host_other_map)
		kmap_high(mem_map + host_other_map);
}

void host_kmap_other_task(unsigned long unmap_pfn, int unmap_times,
			  unsigned long map_pfn)
{
	host_other_unmap = unmap_pfn;
	host_other_times = unmap_times;
	host_other_map = map_pfn;
	host_kmap_sleeper = host_other_task;
}

unsigned long host_kmap_atomic(unsigned long pfn, int type)
{
	return (unsigned long) kmap_atomic(mem_map + pfn, type);
}

void host_kunmap_atomic(unsigned long vaddr, int type)
{
	kunmap_atomic((void *) vaddr, type);
}

int host_pkmap_count(int slot)
{
	return pkmap_count[slot];
}

unsigned int host_last_pkmap_nr(void)
{
	return last_pkmap_nr;
}

unsigned long host_pkmap_pte(int slot)
{
	return pte_val(pkmap_page_table[slot]);
}

unsigned long host_kmap_pte(int idx)
{
	return pte_val(*(kmap_pte - idx));
}
