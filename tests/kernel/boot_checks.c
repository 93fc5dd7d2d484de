// SPDX-License-Identifier: GPL-2.0-only
/*
 * Checks of the boot itself: the GDT as the CPU sees it (sgdt), paging
 * on with swapper_pg_dir, the kernel running above PAGE_OFFSET, the
 * IDT gates, the TSS.  boot_checks() runs every check group at the end
 * of start_kernel and prints the summary the headless run looks for.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <asm/page.h>
#include <asm/desc.h>
#include <asm/segment.h>
#include <asm/system.h>
#include <asm/uaccess.h>
#include <asm/semaphore.h>
#include <linux/sched.h>
#include "kcheck.h"

extern void mm_page_alloc_checks(void);
extern void mm_paging_checks(void);
extern void mm_slab_checks(void);
extern void mm_vm_checks(void);
extern void mm_swap_checks(void);
extern void mm_pagecache_checks(void);
extern void mm_shmem_checks(void);
extern void block_checks(void);

extern unsigned long max_pfn, max_low_pfn;
extern struct desc_struct idt_table[];
extern void page_fault(void), system_call(void), divide_error(void);
extern const struct exception_table_entry __start___ex_table[];
extern const struct exception_table_entry __stop___ex_table[];

/* 2.4.0's gdt_table, entry by entry. */
static const unsigned long long expected_gdt[12] = {
	0x0000000000000000ULL, 0x0000000000000000ULL,
	0x00cf9a000000ffffULL, 0x00cf92000000ffffULL,
	0x00cffa000000ffffULL, 0x00cff2000000ffffULL,
	0x0000000000000000ULL, 0x0000000000000000ULL,
	0x0040920000000000ULL, 0x00409a0000000000ULL,
	0x00009a0000000000ULL, 0x0040920000000000ULL,
};

static void check_gdt(void)
{
	struct { unsigned short limit; unsigned long base; }
		__attribute__((packed)) g;
	unsigned long long *d;
	unsigned short cs, ds;
	int i, ok = 1;

	__asm__ __volatile__("sgdt %0" : "=m" (g));
	__asm__ __volatile__("movw %%cs,%0; movw %%ds,%1" : "=r" (cs), "=r" (ds));
	kinfo("sgdt: base=%08lx limit=0x%04x\n", g.base, g.limit);
	kcheck(g.base == (unsigned long)gdt_table,
	       "GDT base from sgdt is gdt_table (%08lx)", g.base);
	kcheck(g.limit == __TSS(1) * 8 - 1,
	       "GDT limit is GDT_ENTRIES*8-1 = 0x%x", __TSS(1) * 8 - 1);
	d = (unsigned long long *)g.base;
	for (i = 0; i < 12; i++) {
		kinfo("sgdt: GDT[%d] sel 0x%02x = %016Lx\n", i, i * 8, d[i]);
		/* The CPU sets the accessed bit (bit 40) of loaded segments. */
		if ((d[i] & ~(1ULL << 40)) != expected_gdt[i])
			ok = 0;
	}
	kcheck(ok, "GDT entries 0-11 are 2.4.0's (__KERNEL_CS 0x10, "
	       "__KERNEL_DS 0x18, __USER_CS 0x23, __USER_DS 0x2b, APM), "
	       "accessed bit aside");
	kcheck(cs == __KERNEL_CS && ds == __KERNEL_DS,
	       "running with cs=0x%02x ds=0x%02x", cs, ds);
	kcheck((d[__TSS(0)] >> 40 & 0x8f) == 0x8b,
	       "GDT[12] is the busy TSS of CPU 0");
}

/* Walk the page tables the way the MMU does. */
static unsigned long walk(unsigned long vaddr, unsigned long cr3)
{
	unsigned long *pgd = __va(cr3 & PAGE_MASK);
	unsigned long pde = pgd[vaddr >> 22], *pt, pte;

	if (!(pde & 1))
		return ~0UL;
	if (pde & 0x80)		/* a 4 MB page */
		return (pde & 0xffc00000) | (vaddr & 0x3fffff);
	pt = __va(pde & PAGE_MASK);
	pte = pt[(vaddr >> 12) & 1023];
	if (!(pte & 1))
		return ~0UL;
	return (pte & PAGE_MASK) | (vaddr & ~PAGE_MASK);
}

static void check_paging(void)
{
	unsigned long cr0 = read_cr0(), cr3 = read_cr3(), eip, esp;

	__asm__ __volatile__("call 1f; 1: popl %0" : "=r" (eip));
	__asm__ __volatile__("movl %%esp,%0" : "=r" (esp));
	kinfo("paging: cr0=%08lx cr3=%08lx eip=%08lx esp=%08lx\n",
	       cr0, cr3, eip, esp);
	kcheck(cr0 & 0x80000000, "paging is on (CR0.PG)");
	kcheck(cr0 & 0x00010000, "CR0.WP is set: the kernel honours read-only pages");
	kcheck(cr3 == __pa(swapper_pg_dir),
	       "CR3 holds __pa(swapper_pg_dir) = %08lx", __pa(swapper_pg_dir));
	kcheck(eip >= PAGE_OFFSET && esp >= PAGE_OFFSET,
	       "the kernel runs above PAGE_OFFSET (eip and esp >= 0xc0000000)");
	kcheck(walk(PAGE_OFFSET + 0x100000, cr3) == 0x100000,
	       "0xc0100000 maps to physical 0x00100000 (kernel image)");
	kcheck(walk((unsigned long)swapper_pg_dir, cr3) == __pa(swapper_pg_dir),
	       "swapper_pg_dir at %p is physical %08lx", swapper_pg_dir,
	       __pa(swapper_pg_dir));
	kcheck(__pa(swapper_pg_dir) == 0x101000,
	       "swapper_pg_dir is at physical 0x101000 as in 2.4.0");
}

/* The handler address and attributes stored in an IDT gate. */
static unsigned long gate_addr(int n)
{
	return (idt_table[n].b & 0xffff0000) | (idt_table[n].a & 0xffff);
}

static void check_idt(void)
{
	struct { unsigned short limit; unsigned long base; }
		__attribute__((packed)) i;
	unsigned short tr;

	__asm__ __volatile__("sidt %0" : "=m" (i));
	__asm__ __volatile__("str %0" : "=r" (tr));
	kcheck(i.base == (unsigned long)idt_table && i.limit == 256 * 8 - 1,
	       "IDT from sidt is idt_table, 256 gates");
	kcheck(gate_addr(14) == (unsigned long)page_fault &&
	       ((idt_table[14].b >> 8) & 0xef) == 0x8f,
	       "vector 14 is a DPL-0 trap gate to page_fault");
	kcheck(gate_addr(0) == (unsigned long)divide_error,
	       "vector 0 goes to divide_error");
	kcheck(gate_addr(0x80) == (unsigned long)system_call &&
	       ((idt_table[0x80].b >> 13) & 3) == 3,
	       "vector 0x80 is a DPL-3 gate to system_call");
	kcheck(tr == __TSS(0) << 3, "task register holds the TSS selector 0x%x",
	       __TSS(0) << 3);
}

/*
 * search_exception_table() finds every entry's fix-up, and nothing for
 * addresses between, before or after the entries.
 */
static void check_extable_search(void)
{
	const struct exception_table_entry *e;
	int found = 1, missed = 1;

	for (e = __start___ex_table; e < __stop___ex_table; e++) {
		if (search_exception_table(e->insn) != e->fixup)
			found = 0;
		if (e + 1 < __stop___ex_table && e[1].insn == e->insn + 1)
			continue;
		if (search_exception_table(e->insn + 1) != 0)
			missed = 0;
	}
	if (__stop___ex_table - __start___ex_table > 0 &&
	    search_exception_table(__start___ex_table[0].insn - 1) != 0)
		missed = 0;
	if (search_exception_table(0) != 0 ||
	    search_exception_table(~0UL) != 0)
		missed = 0;
	kcheck(found, "search_exception_table finds the fix-up of every entry");
	kcheck(missed, "search_exception_table returns 0 for unlisted addresses");
}

static void check_extable(void)
{
	const struct exception_table_entry *e;
	int sorted = 1;

	for (e = __start___ex_table; e + 1 < __stop___ex_table; e++)
		if (e[0].insn > e[1].insn)
			sorted = 0;
	kcheck(sorted, "exception table (%d entries) sorted for the binary search",
	       (int)(__stop___ex_table - __start___ex_table));
	check_extable_search();
}

static void check_e820(void)
{
	kcheck(max_pfn > 0 && max_low_pfn <= 0x38000 && max_low_pfn <= max_pfn,
	       "max_pfn %lu (%lu MB), max_low_pfn %lu within the 896 MB limit",
	       max_pfn, max_pfn >> 8, max_low_pfn);
}

extern unsigned long loops_per_jiffy;

/*
 * calibrate_delay(): doubling from 1 << 12 until a tick passes, then 8
 * bits of refinement below the highest bit: no bit lower than those.
 */
static void check_calibrate(void)
{
	unsigned long lpj = loops_per_jiffy, top = lpj;

	while (top & (top - 1))
		top &= top - 1;
	kcheck(top >= (1UL << 12) && (lpj & ((top >> 8) - 1)) == 0,
	       "calibrate_delay: loops_per_jiffy %lu is a power of two from "
	       "the doubling, refined over the 8 bits below it", lpj);
}

/*
 * kcheck_word=X and kcheck_decline=X on the command line (a boot test
 * gives them): parse_options hands every word to the __setup handler of
 * its prefix; the words seen are printed in order.
 */
static char setup_words[128];

static void __init setup_word_add(const char *what, const char *str)
{
	int room = sizeof(setup_words) - strlen(setup_words) - 1;

	if (room > (int) (strlen(what) + strlen(str) + 1)) {
		strcat(setup_words, " ");
		strcat(setup_words, what);
		strcat(setup_words, str);
	}
}

static int __init kcheck_word_setup(char *str)
{
	setup_word_add("", str);
	return 1;
}
__setup("kcheck_word=", kcheck_word_setup);

static int __init kcheck_decline_setup(char *str)
{
	setup_word_add("declined:", str);
	return 0;
}
__setup("kcheck_decline=", kcheck_decline_setup);

static int test_oops;
static unsigned long test_oops_addr;

/* test_oops=ADDR on the command line: write to ADDR after the checks. */
static int __init test_oops_setup(char *str)
{
	test_oops = 1;
	test_oops_addr = simple_strtoul(str, NULL, 0);
	return 1;
}
__setup("test_oops=", test_oops_setup);

static void __attribute__((noinline)) oops_now(unsigned long addr)
{
	*(volatile int *)addr = 0x2400;
}

/*
 * The slow paths of semaphores, on states that need no sleep: down()'s
 * fast path has already taken one off the count, and the count the
 * sleepers arithmetic leaves is not negative (or a signal is pending).
 */
static void check_semaphore(void)
{
	struct semaphore sem;
	int ret;

	sema_init(&sem, -1);		/* we just took it from 0 to -1 ... */
	sem.sleepers = 1;		/* ... and one earlier sleeper left */
	__down(&sem);
	kcheck(atomic_read(&sem.count) == 0 && sem.sleepers == 0 &&
	       list_empty(&sem.wait.task_list) &&
	       current->state == TASK_RUNNING,
	       "__down: count -1 + (2 sleepers - 1) = 0, ours; sleepers 0, "
	       "off the queue, running (count %d)", atomic_read(&sem.count));

	sema_init(&sem, 0);
	__down(&sem);
	kcheck(atomic_read(&sem.count) == 0 && sem.sleepers == 0,
	       "__down: count 0 with no other sleeper: ours at once");

	sema_init(&sem, -1);
	sem.sleepers = 1;
	ret = __down_interruptible(&sem);
	kcheck(ret == 0 && atomic_read(&sem.count) == 0 && sem.sleepers == 0 &&
	       list_empty(&sem.wait.task_list) &&
	       current->state == TASK_RUNNING,
	       "__down_interruptible: ours, 0 (got %d)", ret);

	sema_init(&sem, -1);
	current->sigpending = 1;
	ret = __down_interruptible(&sem);
	current->sigpending = 0;
	kcheck(ret == -EINTR && atomic_read(&sem.count) == 0 &&
	       sem.sleepers == 0 && list_empty(&sem.wait.task_list) &&
	       current->state == TASK_RUNNING,
	       "__down_interruptible with a signal pending: -EINTR, our "
	       "decrement given back (count %d)", atomic_read(&sem.count));
}

void boot_checks(char *command_line)
{
	printk("Running boot checks\n");
	kcheck_group("boot (GDT, paging, IDT, extable, E820)");
	check_gdt();
	check_paging();
	check_idt();
	check_extable();
	check_e820();
	check_calibrate();
	if (setup_words[0])
		printk("setup words:%s\n", setup_words);
	kcheck_group("page_alloc");
	mm_page_alloc_checks();
	kcheck_group("paging");
	mm_paging_checks();
	kcheck_group("slab");
	mm_slab_checks();
	kcheck_group("vm");
	mm_vm_checks();
	check_semaphore();
	kcheck_group("swapfile");
	mm_swap_checks();
	kcheck_group("pagecache");
	mm_pagecache_checks();
	kcheck_group("shmem (slots, nopage, writepage without swap)");
	mm_shmem_checks();
	block_checks();
	if (test_oops) {
		printk("test_oops: writing to %08lx on purpose\n",
		       test_oops_addr);
		oops_now(test_oops_addr);
	}
	kcheck_summary();
	/*
	 * Bochs' magic breakpoint (a no-op elsewhere): with magic_break
	 * enabled, the debugger stops here with the machine fully booted.
	 */
	__asm__ __volatile__("xchg %bx, %bx");
}
