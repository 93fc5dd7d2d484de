// SPDX-License-Identifier: GPL-2.0-only
/*
 * In-kernel checks of the kernel's virtual memory on the real machine
 * (情景分析 §2.1-§2.3, §2.11): the page tables paging_init built, the end
 * of the boot identity map, the fixmap and pkmap page tables, the
 * vmalloc window, kmap/kmap_atomic, vmalloc/vfree, vread, get_vm_area's
 * first fit and ioremap.  mm_paging_checks() runs after mem_init() and the
 * slab caches are up; each check prints one line (kcheck.h).
 */
#include <linux/config.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/swap.h>
#include <linux/highmem.h>
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>
#include <asm/pgtable.h>
#include <asm/pgalloc.h>
#include <asm/fixmap.h>
#include <asm/io.h>
#include <asm/system.h>
#include "kcheck.h"

extern unsigned long max_low_pfn, max_pfn;
extern int pkmap_count[LAST_PKMAP];

#define MB	(1024UL * 1024UL)

/* The pte for a kernel address outside the linear map, or NULL. */
static pte_t *kpte(unsigned long va)
{
	pmd_t *pmd = pmd_offset(pgd_offset_k(va), va);

	if (pmd_none(*pmd) || (pmd_val(*pmd) & _PAGE_PSE))
		return NULL;
	return pte_offset(pmd, va);
}

/* Physical address behind va as the MMU would find it, or ~0. */
static unsigned long kwalk(unsigned long va, unsigned long *flags)
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

static unsigned long global_bit(void)
{
	return cpu_has_pge ? _PAGE_GLOBAL : 0;
}

/* Every low page frame at PAGE_OFFSET + its physical address. */
static void check_linear_map(void)
{
	unsigned long pfn, bad = 0, badflags = 0, flags = 0, want, pa, step;
	int pse = pgd_val(swapper_pg_dir[pgd_index(PAGE_OFFSET)]) & _PAGE_PSE;

	want = pse ? (_KERNPG_TABLE | _PAGE_PSE | global_bit()) :
		     (__PAGE_KERNEL | global_bit());
	for (pfn = 0; pfn < max_low_pfn; pfn += step) {
		unsigned long va = PAGE_OFFSET + (pfn << PAGE_SHIFT);

		/*
		 * A 4 MB entry maps all of its pages by one base and one set
		 * of flags: walking its other pages would repeat this walk.
		 */
		flags = 0;
		pa = kwalk(va, &flags);
		step = 1;
		if (pa != ~0UL && (flags & _PAGE_PSE))
			step = PTRS_PER_PTE - (pfn & (PTRS_PER_PTE - 1));
		if (step > max_low_pfn - pfn)
			step = max_low_pfn - pfn;
		if (pa != __pa(va))
			bad += step;
		else if (flags != want)
			badflags += step;
	}
	kcheck(bad == 0, "linear map: all %lu low pages at PAGE_OFFSET + phys "
	       "(%s), %lu wrong", max_low_pfn,
	       pse ? "4 MB PSE pages" : "page tables", bad);
	kcheck(badflags == 0, "linear map entries carry 0x%03lx "
	       "(%s%s), %lu differ", want,
	       pse ? "_KERNPG_TABLE|_PAGE_PSE" : "__PAGE_KERNEL",
	       cpu_has_pge ? "|_PAGE_GLOBAL" : "", badflags);
	kcheck(!cpu_has_pse == !(read_cr4() & X86_CR4_PSE),
	       "CR4.PSE is %s as cpu_has_pse says", cpu_has_pse ? "on" : "off");
	kcheck(!pse == !cpu_has_pse, "4 MB pages used iff the CPU has PSE");
	kcheck(high_memory == __va(max_low_pfn << PAGE_SHIFT),
	       "high_memory = __va(max_low_pfn << 12) = %p", high_memory);
}

/*
 * A kernel built for PGE (CONFIG_X86_PGE): the CPU has it (check_bugs
 * would have panicked), CR4.PGE is on with PSE, PAGE_KERNEL and the first linear
 * map entry carry _PAGE_GLOBAL, and __flush_tlb_all leaves CR4 as it was.
 */
static void check_pge(void)
{
#ifdef CONFIG_X86_PGE
	unsigned long flags = 0;

	kcheck(cpu_has_pge != 0, "kernel built for PGE runs on a CPU with PGE");
	/* paging_init turns PGE on with the 4 MB pages (not for mem=nopentium). */
	kcheck(!(read_cr4() & X86_CR4_PGE) == !cpu_has_pse,
	       "CR4.PGE is %s, as PSE is (cr4 %08lx)",
	       cpu_has_pse ? "on" : "off", read_cr4());
	kcheck(pgprot_val(PAGE_KERNEL) & _PAGE_GLOBAL,
	       "PAGE_KERNEL is %03lx, with _PAGE_GLOBAL",
	       pgprot_val(PAGE_KERNEL));
	kwalk(PAGE_OFFSET, &flags);
	kcheck(flags & _PAGE_GLOBAL, "the entry mapping PAGE_OFFSET is global "
	       "(flags %03lx)", flags);
	__flush_tlb_all();
	kcheck(read_cr4() == mmu_cr4_features,
	       "__flush_tlb_all puts CR4 back (%08lx)", read_cr4());
#else
	kcheck(1, "kernel not built for PGE: nothing to check");
#endif
}

static void check_zapped(void)
{
	unsigned long i, left = 0;

	for (i = 0; i < USER_PTRS_PER_PGD; i++)
		if (pgd_val(swapper_pg_dir[i]))
			left++;
	kcheck(USER_PTRS_PER_PGD == 768 && left == 0,
	       "zap_low_mappings: the %lu user pgd slots of swapper_pg_dir "
	       "are empty (%lu left)", (unsigned long) USER_PTRS_PER_PGD, left);
	for (i = 0; i < PAGE_SIZE / sizeof(long); i++)
		if (empty_zero_page[i])
			break;
	kcheck(i == PAGE_SIZE / sizeof(long),
	       "empty_zero_page is all zeros after mem_init");
}

static void check_fixmap_pkmap(void)
{
	unsigned long fix = pgd_val(swapper_pg_dir[pgd_index(FIXADDR_START)]);
	unsigned long pk = pgd_val(swapper_pg_dir[pgd_index(PKMAP_BASE)]);
	int i, mapped = 0;

	kcheck(__end_of_fixed_addresses == KM_TYPE_NR * NR_CPUS &&
	       FIXADDR_START == 0xffffc000UL && VMALLOC_END == FIXADDR_START,
	       "fixmap: %d slots (FIX_KMAP_BEGIN..END), FIXADDR_START = "
	       "VMALLOC_END = %08lx", (int) __end_of_fixed_addresses,
	       (unsigned long) FIXADDR_START);
	kcheck((fix & ~PAGE_MASK) == _KERNPG_TABLE,
	       "fixmap page table present at pgd[%lu] (pde %08lx)",
	       (unsigned long) pgd_index(FIXADDR_START), fix);
	kcheck((pk & ~PAGE_MASK) == _KERNPG_TABLE,
	       "pkmap page table present at pgd[%lu] (pde %08lx)",
	       (unsigned long) pgd_index(PKMAP_BASE), pk);
	kcheck(pkmap_page_table == kpte(PKMAP_BASE) &&
	       (unsigned long) pkmap_page_table == (unsigned long) __va(pk & PAGE_MASK),
	       "pkmap_page_table is the page table of PKMAP_BASE %08lx",
	       PKMAP_BASE);
	kcheck(kmap_pte == kpte(__fix_to_virt(FIX_KMAP_BEGIN)) &&
	       pgprot_val(kmap_prot) == (__PAGE_KERNEL | global_bit()),
	       "kmap_pte is the pte of FIX_KMAP_BEGIN (%08lx), kmap_prot = "
	       "PAGE_KERNEL", __fix_to_virt(FIX_KMAP_BEGIN));
	for (i = 0; i < LAST_PKMAP; i++)
		if (pkmap_count[i] > 1)
			mapped++;
	kcheck(mapped == 0, "no pkmap slot in use at the start (%d)", mapped);
}

static void check_vmalloc_start(void)
{
	unsigned long hm = (unsigned long) high_memory;
	unsigned long vs = VMALLOC_START;

	kcheck(vs % (8 * MB) == 0 && vs - hm >= 8 * MB && vs - hm < 16 * MB,
	       "VMALLOC_START %08lx: 8 MB aligned, 8-16 MB above high_memory "
	       "%08lx", vs, hm);
	if (max_low_pfn == 8176)	/* Bochs, 32 MB */
		kcheck(vs == 0xc2800000UL, "32 MB: VMALLOC_START is 0xc2800000");
}

/* Slots with users (count > 1) and their total users. */
static int pkmap_users(void)
{
	int i, n = 0;

	for (i = 0; i < LAST_PKMAP; i++)
		if (pkmap_count[i] > 1)
			n += pkmap_count[i] - 1;
	return n;
}

/* Is every byte of the page at p (page aligned) equal to v? */
static int page_is(const unsigned char *p, unsigned char v)
{
	const unsigned long *w = (const unsigned long *) p;
	unsigned long all = v * 0x01010101UL;
	int i;

	for (i = 0; i < PAGE_SIZE / sizeof(long); i++)
		if (w[i] != all)
			return 0;
	return 1;
}

/*
 * kmap/kunmap and kmap_atomic of a HighMem page.  Below 896 MB of RAM
 * there is none: a low page then plays one (->virtual cleared,
 * highmem_start_page moved onto it) and is restored afterwards.
 */
static void check_kmap(void)
{
	struct page *page = alloc_page(GFP_HIGHUSER);
	struct page *saved_start = highmem_start_page;
	void *linear = NULL, *v1, *v2, *a;
	unsigned long nr;
	int fake, users = pkmap_users();
	pte_t *pte;

	struct page *low = alloc_page(GFP_KERNEL);

	kcheck(low && kmap(low) == page_address(low) &&
	       pkmap_users() == users,
	       "kmap of a low page is its page_address, no pkmap slot");
	if (low) {
		kunmap(low);
		__free_page(low);
	}
	if (!kcheck(page != NULL, "kmap: got a page (GFP_HIGHUSER)"))
		return;
	fake = !PageHighMem(page);
	if (fake) {
		linear = page->virtual;
		page->virtual = NULL;
		highmem_start_page = page;
	}
	kinfo("kmap: testing with %s page, pfn %lu\n",
	       fake ? "a low page posing as a HighMem" : "a HighMem",
	       (unsigned long) (page - mem_map));

	v1 = kmap(page);
	nr = PKMAP_NR((unsigned long) v1);
	pte = pkmap_page_table + nr;
	kcheck((unsigned long) v1 >= PKMAP_BASE &&
	       (unsigned long) v1 < PKMAP_ADDR(LAST_PKMAP) &&
	       page->virtual == v1 && pkmap_count[nr] == 2,
	       "kmap: %p in the pkmap window, slot %lu, count 2", v1, nr);
	kcheck(pte_page(*pte) == page &&
	       (pte_val(*pte) & ~PAGE_MASK) == pgprot_val(kmap_prot),
	       "kmap: pkmap pte maps the page with kmap_prot");
	v2 = kmap(page);
	kcheck(v2 == v1 && pkmap_count[nr] == 3,
	       "kmap again: same address, count 3");
	kunmap(page);

	memset(v1, 0x5a, PAGE_SIZE);
	a = kmap_atomic(page, KM_BOUNCE_READ);
	kcheck(a == (void *) __fix_to_virt(FIX_KMAP_BEGIN + KM_BOUNCE_READ) &&
	       page_is(a, 0x5a),
	       "kmap_atomic: fixmap slot %p reads what kmap wrote", a);
	memset(a, 0xa5, 16);
	kcheck(((unsigned char *) v1)[15] == 0xa5,
	       "write through kmap_atomic is seen through kmap");
	kunmap_atomic(a, KM_BOUNCE_READ);
	kcheck(pte_none(*kmap_pte), "kunmap_atomic cleared the fixmap pte "
	       "(HIGHMEM_DEBUG)");
	a = kmap_atomic(page, KM_BOUNCE_WRITE);
	kcheck(a == (void *) __fix_to_virt(FIX_KMAP_BEGIN + KM_BOUNCE_WRITE),
	       "kmap_atomic KM_BOUNCE_WRITE uses the next slot down, %p", a);
	kunmap_atomic(a, KM_BOUNCE_WRITE);
	if (fake)
		kcheck(((unsigned char *) linear)[15] == 0xa5 &&
		       ((unsigned char *) linear)[16] == 0x5a,
		       "the linear-map alias sees the same bytes");

	kunmap(page);
	kcheck(pkmap_count[nr] == 1 && page->virtual == v1 &&
	       pte_page(*pte) == page,
	       "kunmap: count 1, mapping kept until the next flush (lazy)");
	v2 = kmap(page);
	kcheck(v2 == v1 && pkmap_count[nr] == 2,
	       "kmap after kunmap reuses the kept mapping");
	kunmap(page);
	kcheck(pkmap_users() == users, "pkmap users back to %d", users);

	if (fake) {
		/* What flush_all_zero_pkmaps would do, then restore the page. */
		pkmap_count[nr] = 0;
		pte_clear(pte);
		__flush_tlb_one((unsigned long) v1);
		page->virtual = linear;
		highmem_start_page = saved_start;
	}
	__free_page(page);
}

/* Does every page of [p, p + n pages) map a page holding its pattern? */
static int vmalloc_pages_ok(unsigned char *p, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		pte_t *pte = kpte((unsigned long) p + i * PAGE_SIZE);
		struct page *page;
		void *alias;
		int ok;

		if (!pte || !pte_present(*pte) ||
		    (pte_val(*pte) & ~PAGE_MASK) != (__PAGE_KERNEL | global_bit()))
			return 0;
		page = pte_page(*pte);
		alias = kmap(page);
		ok = page_is(alias, (unsigned char) (i + 1));
		kunmap(page);
		if (!ok)
			return 0;
	}
	return 1;
}

static struct vm_struct *find_area(void *addr)
{
	struct vm_struct *v;

	for (v = vmlist; v; v = v->next)
		if (v->addr == addr)
			return v;
	return NULL;
}

static void check_vmalloc_n(int n)
{
	unsigned int before = nr_free_pages();
	unsigned char *p = vmalloc(n * PAGE_SIZE);
	struct vm_struct *area;
	pte_t *guard;
	int i, cleared = 1;

	if (!kcheck(p != NULL, "vmalloc(%d * PAGE_SIZE) = %p", n, p))
		return;
	area = find_area(p);
	kcheck((unsigned long) p >= VMALLOC_START &&
	       (unsigned long) p + n * PAGE_SIZE <= VMALLOC_END &&
	       !((unsigned long) p & ~PAGE_MASK) &&
	       area && area->size == (n + 1) * PAGE_SIZE &&
	       area->flags == VM_ALLOC,
	       "vmalloc(%d): in [VMALLOC_START, VMALLOC_END), vm_struct size "
	       "%d pages (one guard), VM_ALLOC", n, n + 1);
	kcheck(nr_free_pages() == before - n, "vmalloc(%d) took %d page(s) "
	       "(free %u -> %u)", n, n, before, nr_free_pages());
	for (i = 0; i < n; i++)
		memset(p + i * PAGE_SIZE, i + 1, PAGE_SIZE);
	kcheck(vmalloc_pages_ok(p, n), "vmalloc(%d): each page written "
	       "through the area reads back through kmap of its pte's page", n);
	guard = kpte((unsigned long) p + n * PAGE_SIZE);
	kcheck(!guard || pte_none(*guard),
	       "vmalloc(%d): guard page %p is not mapped", n,
	       p + n * PAGE_SIZE);
	vfree(p);
	for (i = 0; i < n; i++) {
		pte_t *pte = kpte((unsigned long) p + i * PAGE_SIZE);

		if (pte && !pte_none(*pte))
			cleared = 0;
	}
	kcheck(cleared && !find_area(p) && nr_free_pages() == before,
	       "vfree (%d pages): ptes cleared, area unlinked, free pages "
	       "back to %u", n, before);
}

static void check_vmalloc(void)
{
	void *warm = vmalloc(PAGE_SIZE);
	char buf[64], *p;
	int i, ok;

	/* First use may allocate a page table and a slab page: not counted. */
	vfree(warm);
	check_vmalloc_n(1);
	check_vmalloc_n(3);
	check_vmalloc_n(64);

	p = vmalloc(PAGE_SIZE);
	if (!p)
		return;
	for (i = 0; i < 48; i++)
		p[i] = i + 1;
	memset(buf, 0x77, sizeof(buf));
	ok = vread(buf, p - 16, 64) == 64;
	for (i = 0; i < 16; i++)
		if (buf[i])
			ok = 0;
	for (i = 0; i < 48; i++)
		if (buf[16 + i] != i + 1)
			ok = 0;
	kcheck(ok, "vread: 16 zero bytes for the gap before the area, then "
	       "its contents");
	vfree(p);
}

/*
 * What vread must give for [addr, addr + count): walking vmlist in
 * order, bytes inside an area (not its guard page) are copied, bytes
 * before an area are zeros, and nothing is given past the end of the
 * last area that ends above addr.
 */
static long vread_model(char *buf, char *addr, unsigned long count)
{
	struct vm_struct *v;
	char *top = NULL;
	unsigned long n;

	for (v = vmlist; v; v = v->next)
		if ((char *) v->addr + v->size - PAGE_SIZE > top)
			top = (char *) v->addr + v->size - PAGE_SIZE;
	for (n = 0; n < count && addr + n < top; n++) {
		buf[n] = 0;
		for (v = vmlist; v; v = v->next)
			if (addr + n >= (char *) v->addr &&
			    addr + n < (char *) v->addr + v->size - PAGE_SIZE)
				buf[n] = addr[n];
	}
	return n;
}

/* vread over two areas, the guard page and gap between them, and ends. */
static void check_vread(void)
{
	char *a = vmalloc(PAGE_SIZE), *b = vmalloc(2 * PAGE_SIZE);
	char *got = kmalloc(4 * PAGE_SIZE, GFP_KERNEL);
	char *want = kmalloc(4 * PAGE_SIZE, GFP_KERNEL);
	static const struct {
		int area;		/* 0: a, 1: b */
		long off;		/* from that area's start */
		unsigned long count;
	} cases[] = {
		{ 0, -16, 64 },			/* gap, then a */
		{ 0, PAGE_SIZE - 8, 8 + PAGE_SIZE + 100 },	/* a, guard, b */
		{ 0, PAGE_SIZE + 100, 200 },	/* starts in a's guard page */
		{ 0, 0, 4 * PAGE_SIZE },	/* a, guard, all of b */
		{ 1, PAGE_SIZE + 10, 3 * PAGE_SIZE },	/* to b's end */
		{ 1, 2 * PAGE_SIZE, 64 },	/* b's guard page */
		{ 1, 100, 0 },			/* count 0 */
	};
	unsigned int i, bad = 0;
	long n, m;

	if (!kcheck(a && b && got && want, "vread: two vmalloc areas"))
		goto out;
	for (i = 0; i < PAGE_SIZE; i++)
		a[i] = 'A' + i % 7;
	for (i = 0; i < 2 * PAGE_SIZE; i++)
		b[i] = 'a' + i % 13;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *from = (cases[i].area ? b : a) + cases[i].off;

		memset(got, 0x77, 4 * PAGE_SIZE);
		memset(want, 0x77, 4 * PAGE_SIZE);
		n = vread(got, from, cases[i].count);
		m = vread_model(want, from, cases[i].count);
		if (n != m || memcmp(got, want, 4 * PAGE_SIZE)) {
			printk("vread case %u: %ld bytes, model %ld\n", i, n, m);
			bad++;
		}
	}
	kcheck(!bad, "vread: %u cases over two areas (a %p, b %p) agree with "
	       "the model: zeros for gaps and guard pages, area bytes, "
	       "nothing past the last area", i, a, b);
	kcheck(b != a + 2 * PAGE_SIZE ||
	       (vread(got, a + PAGE_SIZE - 8, 8 + PAGE_SIZE + 8) == 4112 &&
		got[7] == a[PAGE_SIZE - 1] && !got[8] && !got[8 + 4095] &&
		got[8 + PAGE_SIZE] == b[0]),
	       "vread: last byte of a, a's guard page as zeros, first of b");
out:
	vfree(a);
	vfree(b);
	kfree(got);
	kfree(want);
}

/* get_vm_area's first fit, with 2.4.0's strict "size + addr < next". */
static void check_first_fit(void)
{
	struct vm_struct *a = get_vm_area(PAGE_SIZE, VM_ALLOC);
	struct vm_struct *b = get_vm_area(PAGE_SIZE, VM_ALLOC);
	struct vm_struct *c = get_vm_area(PAGE_SIZE, VM_ALLOC);
	struct vm_struct *d = get_vm_area(PAGE_SIZE, VM_ALLOC);
	struct vm_struct *e, *f;
	char *base, *bp, *cp;

	if (!kcheck(a && b && c && d, "get_vm_area: four 1-page areas"))
		return;
	base = a->addr;
	bp = b->addr;
	cp = c->addr;
	kcheck(bp == base + 2 * PAGE_SIZE && cp == base + 4 * PAGE_SIZE &&
	       (char *) d->addr == base + 6 * PAGE_SIZE,
	       "get_vm_area: areas 2 pages apart (page + guard), %p..%p",
	       base, d->addr);
	vfree(bp);
	e = get_vm_area(PAGE_SIZE, VM_ALLOC);
	kcheck(e && (char *) e->addr == base + 8 * PAGE_SIZE,
	       "a hole of exactly the size needed is skipped (2.4.0 tests "
	       "size + addr < next strictly): %p", e ? e->addr : NULL);
	vfree(cp);
	f = get_vm_area(PAGE_SIZE, VM_ALLOC);
	kcheck(f && f->addr == bp,
	       "a larger freed hole is reused first fit: %p", f ? f->addr : NULL);
	vfree(a->addr);
	vfree(d->addr);
	if (e)
		vfree(e->addr);
	if (f)
		vfree(f->addr);
}

static void check_ioremap(void)
{
	unsigned long flags = 0, phys;
	unsigned char *vga, *bios, *low;
	unsigned long *pgdir;
	struct page *page;
	struct vm_struct *area;
	pte_t *pte;

	vga = ioremap(0xB8000, 80 * 25 * 2);
	kcheck(vga == phys_to_virt(0xB8000) && !find_area(vga),
	       "ioremap(0xb8000) is in the ISA window: returns phys_to_virt "
	       "= %p, no vm area", vga);
	iounmap(vga);

	bios = ioremap(0xfffc0000UL, 0x40000);
	area = bios ? find_area(bios) : NULL;
	if (kcheck(bios && area && area->flags == VM_IOREMAP &&
		   area->size == 0x41000,
		   "ioremap(0xfffc0000, 256 KB) = %p, a VM_IOREMAP area of "
		   "64 pages + guard", bios)) {
		low = phys_to_virt(0xffff0);
		kcheck(bios[0x3fff0] == 0xEA && bios[0x3fff0] == low[0],
		       "BIOS reset vector at 0xfffffff0 reads 0x%02x (far "
		       "jmp 0xEA), same as its copy at 0xffff0", bios[0x3fff0]);
		phys = kwalk((unsigned long) bios + 0x3f000, &flags);
		kcheck(phys == 0xfffff000UL &&
		       flags == (_PAGE_PRESENT | _PAGE_RW | _PAGE_DIRTY |
				 _PAGE_ACCESSED),
		       "ioremap ptes: physical pages in order, flags 0x%03lx "
		       "(no PCD, no GLOBAL)", flags);
		iounmap(bios + 0x10);
		kcheck(!find_area(bios), "iounmap of an address inside the "
		       "area frees it");
	}

	bios = ioremap_nocache(0xfffff000UL, PAGE_SIZE);
	pte = bios ? kpte((unsigned long) bios) : NULL;
	kcheck(pte && (pte_val(*pte) & _PAGE_PCD) && bios[0xff0] == 0xEA,
	       "ioremap_nocache sets _PAGE_PCD, reads 0x%02x",
	       bios ? bios[0xff0] : 0);
	iounmap(bios);

	page = alloc_page(GFP_KERNEL);
	phys = (page - mem_map) << PAGE_SHIFT;
	kcheck(page && ioremap(phys, PAGE_SIZE) == NULL,
	       "ioremap refuses normal RAM in use by the allocator (%08lx)",
	       phys);
	if (page)
		__free_page(page);

	pgdir = ioremap(__pa(swapper_pg_dir), PAGE_SIZE);
	kcheck(pgdir && pgdir[768] == pgd_val(swapper_pg_dir[768]),
	       "ioremap of reserved RAM (swapper_pg_dir) aliases it");
	iounmap(pgdir);

	kcheck(ioremap(0x1000000, 0) == NULL &&
	       ioremap(0xfffff000UL, 0x2000) == NULL,
	       "ioremap refuses size 0 and a range that wraps past 4 GB");
}

void mm_paging_checks(void)
{
	printk("Paging checks: max_low_pfn %lu, high_memory %p, "
	       "VMALLOC_START %08lx, VMALLOC_END %08lx\n", max_low_pfn,
	       high_memory, VMALLOC_START, (unsigned long) VMALLOC_END);
	check_linear_map();
	check_pge();
	check_zapped();
	check_fixmap_pkmap();
	check_vmalloc_start();
	check_kmap();
	check_vmalloc();
	check_vread();
	check_first_fit();
	check_ioremap();
}
