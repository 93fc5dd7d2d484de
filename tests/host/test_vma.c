// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host tests for a process's virtual memory areas (情景分析 §2.3, §2.12,
 * §2.13): mm/mmap.c with mm/mmap_avl.c, mm/mprotect.c, mm/mremap.c,
 * mm/mlock.c and the mmap entry points of arch/i386/kernel/sys_i386.c,
 * on the simulated RAM of shim/mm_host.h with the real slab allocator.
 * After every step every invariant is checked (shim/vma_host.h: the list,
 * the AVL tree with 2.4.0's own checkers, the counters, the files' share
 * lists); a randomized run compares the areas, the counters and every pte
 * with a reference model (an array of page states) after each of its
 * operations.  Expected values are 2.4.0's, quirks included.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "shim/host.h"
#include "shim/bug.h"
#include "shim/mm_host.h"
#include "shim/vma_host.h"
#include "shim/lock_host.h"

#define MB		(1024UL * 1024UL)
#define PG		HOST_PAGE_SIZE
#define BASE		HOST_TASK_UNMAPPED_BASE
#define TOP		HOST_TASK_SIZE

#define EPERM		1
#define EBADF		9
#define EAGAIN		11
#define ENOMEM		12
#define EACCES		13
#define EFAULT		14
#define ENODEV		19
#define EINVAL		22
#define ETXTBSY		26

/* vm_flags of the usual mappings. */
#define MAY		(HOST_VM_MAYREAD | HOST_VM_MAYWRITE | HOST_VM_MAYEXEC)
#define RW		(HOST_VM_READ | HOST_VM_WRITE)
#define ANON_RW		(RW | MAY)				/* 0x73 */
#define ANON_RO		(HOST_VM_READ | MAY)			/* 0x71 */
#define BRK_FLAGS	(RW | HOST_VM_EXEC | MAY)		/* 0x77 */
#define P_RW		(HOST_PROT_READ | HOST_PROT_WRITE)
#define M_ANON		(HOST_MAP_PRIVATE | HOST_MAP_ANONYMOUS)
#define M_FIX		(M_ANON | HOST_MAP_FIXED)

/* 2.4.0's protection_map, restated. */
static const unsigned long prot_map[16] = {
	0x0a0, 0x025, 0x025, 0x025, 0x025, 0x025, 0x025, 0x025,
	0x0a0, 0x025, 0x027, 0x027, 0x025, 0x025, 0x027, 0x027,
};

/* Only call Check when something fails (see test_page_alloc.c). */
#define expect(cond, ...) do { \
		if (!(cond)) \
			ck_abort_msg(__VA_ARGS__); \
	} while (0)

static char msg[1024];
static const char *where = "";

#define MAXV	70000
static struct host_vma *vv;
static int nv;

static void load(void)
{
	nv = host_vma_list(vv, MAXV);
}

/* All invariants, mmap_sem released, no page table freed while in use. */
static void check_all(void)
{
	struct host_mm_info mi;

	host_printk_reset();
	expect(host_vma_check(msg) == 0, "%s: %s", where, msg);
	host_mm_info_get(&mi);
	expect(mi.sem_count == 1, "%s: mmap_sem count %d", where, mi.sem_count);
	expect(host_pt_live_freed == 0, "%s: a page table with live ptes was freed",
	       where);
	expect(host_vma_live() == mi.map_count,
	       "%s: %ld vm_area_structs allocated, map_count %d", where,
	       host_vma_live(), mi.map_count);
	expect(host_lock_check(msg) == 0, "%s: locks: %s", where, msg);
}

static void setup(void)
{
	if (!vv)
		vv = calloc(MAXV, sizeof(*vv));
	host_boot(64 * MB);
	host_vma_init();
	host_lock_counts_reset();
	where = "";
}

static void teardown(void)
{
}

/* Tear the address space down; everything must come back. */
static void finish(void)
{
	check_all();
	expect(host_vma_exit(msg) == 0, "%s: %s", where, msg);
}

#define expect_vma(i, s, e, f, off) do { \
		expect((i) < nv, "%s: area %d missing (%d areas)", where, \
		       (int)(i), nv); \
		expect(vv[i].start == (s) && vv[i].end == (e) && \
		       vv[i].flags == (unsigned long)(f) && \
		       vv[i].pgoff == (unsigned long)(off), \
		       "%s: area %d is %08lx-%08lx flags %lx pgoff %lu, " \
		       "expected %08lx-%08lx flags %lx pgoff %lu", where, \
		       (int)(i), vv[i].start, vv[i].end, vv[i].flags, \
		       vv[i].pgoff, (unsigned long)(s), (unsigned long)(e), \
		       (unsigned long)(f), (unsigned long)(off)); \
		expect(vv[i].prot == prot_map[(f) & 0xf], \
		       "%s: area %d prot %lx", where, (int)(i), vv[i].prot); \
	} while (0)

/* Compare as unsigned long: the entry points return long or unsigned long. */
#define eq_ul(x, y)	ck_assert_uint_eq((unsigned long)(x), (unsigned long)(y))

#define expect_nv(n) do { \
		load(); \
		expect(nv == (n), "%s: %d areas, expected %d", where, nv, \
		       (int)(n)); \
	} while (0)

static long mmap_anon(unsigned long addr, unsigned long len, int prot,
		      int flags)
{
	long r = host_old_mmap(addr, len, prot, flags | HOST_MAP_ANONYMOUS,
			       -1, 0);

	check_all();
	return r;
}

static struct host_mm_info mi;

static void info(void)
{
	host_mm_info_get(&mi);
}

/* ---- constants ------------------------------------------------------ */

START_TEST(test_consts)
{
	struct host_vma_consts c;
	int i;

	host_vma_consts_get(&c);
	eq_ul(c.task_size, 0xC0000000UL);
	eq_ul(c.task_unmapped_base, 0x40000000UL);
	eq_ul(c.pgdir_size, 0x400000UL);
	ck_assert_int_eq(c.avl_min_map_count, 32);
	ck_assert_int_eq(c.max_map_count, 65536);
	ck_assert_int_eq(c.avl_max_height, 41);
	eq_ul(c.vm_stack_flags, 0x177);
	eq_ul(c.vm_locked, 0x2000);
	eq_ul(c.vm_denywrite, 0x800);
	for (i = 0; i < 16; i++)
		eq_ul(c.prot[i], prot_map[i]);
	eq_ul(c.map_fixed, 0x10);
	eq_ul(c.map_anonymous, 0x20);
	eq_ul(c.map_noreserve, 0x4000);
	eq_ul(c.map_type, 0xf);
	eq_ul(c.mremap_maymove, 1);
	eq_ul(c.mremap_fixed, 2);
	eq_ul(c.mcl_current, 1);
	eq_ul(c.mcl_future, 2);
	ck_assert_int_eq(c.rlimit_memlock, 8);
	ck_assert_int_eq(c.rlimit_as, 9);
	ck_assert_int_eq(c.rlimit_data, 2);
	/* 2.4.0's struct vm_area_struct: 64 bytes, vm_end at 8. */
	eq_ul(c.sizeof_vma, 64);
	eq_ul(c.off_vm_end, 8);
	eq_ul(c.off_vm_avl_height, 24);
	eq_ul(c.off_vm_pgoff, 48);
	finish();
}
END_TEST

/* ---- mmap ----------------------------------------------------------- */

START_TEST(test_mmap_first_fit)
{
	long a, b, c, d;

	where = "first fit";
	/* The first anonymous mmap lands at TASK_UNMAPPED_BASE. */
	a = mmap_anon(0, 3 * PG, P_RW, HOST_MAP_PRIVATE);
	eq_ul(a, BASE);
	b = mmap_anon(0, PG, HOST_PROT_READ, HOST_MAP_PRIVATE);
	eq_ul(b, BASE + 3 * PG);
	/* Unaligned length rounds up. */
	c = mmap_anon(0, 100, P_RW, HOST_MAP_PRIVATE);
	eq_ul(c, BASE + 4 * PG);
	expect_nv(3);
	expect_vma(0, BASE, BASE + 3 * PG, ANON_RW, 0);
	expect_vma(1, BASE + 3 * PG, BASE + 4 * PG, ANON_RO, 0);
	expect_vma(2, BASE + 4 * PG, BASE + 5 * PG, ANON_RW, 0);
	/* No merging of equal neighbours in 2.4.0: two areas stay two. */
	d = mmap_anon(0, PG, P_RW, HOST_MAP_PRIVATE);
	eq_ul(d, BASE + 5 * PG);
	expect_nv(4);
	info();
	eq_ul(mi.total_vm, 6);

	/* A hole is reused first-fit. */
	ck_assert_int_eq(host_sys_munmap(BASE + PG, PG), 0);
	check_all();
	a = mmap_anon(0, PG, P_RW, HOST_MAP_PRIVATE);
	eq_ul(a, BASE + PG);
	/* Too big for any hole: above the last area. */
	ck_assert_int_eq(host_sys_munmap(BASE + PG, PG), 0);
	a = mmap_anon(0, 2 * PG, P_RW, HOST_MAP_PRIVATE);
	eq_ul(a, BASE + 6 * PG);

	/* A hint is where the search starts: page aligned upward. */
	a = mmap_anon(0x50000010, PG, P_RW, HOST_MAP_PRIVATE);
	eq_ul(a, 0x50001000);
	/* A hint inside an area moves past it. */
	a = mmap_anon(0x50001000, PG, P_RW, HOST_MAP_PRIVATE);
	eq_ul(a, 0x50002000);
	/* A hint below TASK_UNMAPPED_BASE is taken as it is. */
	a = mmap_anon(0x1000, PG, P_RW, HOST_MAP_PRIVATE);
	eq_ul(a, 0x1000);
	/* Length 0: the address comes back, nothing is mapped. */
	info();
	b = mmap_anon(0x12345, 0, P_RW, HOST_MAP_PRIVATE);
	eq_ul(b, 0x12345);
	b = mmap_anon(0, 0, P_RW, HOST_MAP_PRIVATE);
	eq_ul(b, 0);
	c = host_sys_mmap2(0xdead, 0, P_RW, M_ANON, -1, 0);
	eq_ul(c, 0xdead);
	expect_nv(mi.map_count);

	/* get_unmapped_area itself. */
	eq_ul(host_get_unmapped_area(0, PG), BASE + PG);
	eq_ul(host_get_unmapped_area(0, TOP + 1), 0);
	eq_ul(host_get_unmapped_area(TOP - PG, PG), TOP - PG);
	eq_ul(host_get_unmapped_area(TOP - PG, 2 * PG), 0);
	eq_ul(host_get_unmapped_area(TOP, PG), 0);
	finish();
}
END_TEST

START_TEST(test_mmap_flags)
{
	long a;

	where = "mmap flags";
	/* Each prot gives its VM_ bits and protection_map entry. */
	for (a = 0; a < 8; a++) {
		long r = host_sys_mmap2(0, PG, a, M_ANON, -1, 7);

		ck_assert(r > 0);
		load();
		expect_vma(nv - 1, r, r + PG, a | MAY, 7);
		r = host_sys_mmap2(0, PG, a, HOST_MAP_SHARED |
				   HOST_MAP_ANONYMOUS, -1, 0);
		load();
		expect_vma(nv - 1, r, r + PG,
			   a | MAY | HOST_VM_SHARED | HOST_VM_MAYSHARE, 0);
		check_all();
	}
	/* Unknown prot and flag bits are dropped, not refused. */
	a = host_sys_mmap2(0, PG, 0x18 | HOST_PROT_READ,
			   M_ANON | 0x40000 | 0x80, -1, 0);
	ck_assert(a > 0);
	load();
	expect_vma(nv - 1, a, a + PG, ANON_RO, 0);
	/* MAP_LOCKED means nothing to 2.4.0's do_mmap. */
	a = host_sys_mmap2(0, PG, P_RW, M_ANON | HOST_MAP_LOCKED, -1, 0);
	load();
	expect_vma(nv - 1, a, a + PG, ANON_RW, 0);
	/* MAP_GROWSDOWN gives VM_GROWSDOWN. */
	a = host_sys_mmap2(0, PG, P_RW, M_ANON | HOST_MAP_GROWSDOWN, -1, 0);
	load();
	expect_vma(nv - 1, a, a + PG, ANON_RW | HOST_VM_GROWSDOWN, 0);
	/* The entry points strip MAP_DENYWRITE and MAP_EXECUTABLE ... */
	a = host_sys_mmap2(0, PG, P_RW, M_ANON | HOST_MAP_DENYWRITE |
			   HOST_MAP_EXECUTABLE, -1, 0);
	load();
	expect_vma(nv - 1, a, a + PG, ANON_RW, 0);
	/* ... do_mmap_pgoff keeps them. */
	a = host_do_mmap_pgoff(-1, 0, PG, P_RW, M_ANON | HOST_MAP_EXECUTABLE, 0);
	load();
	expect_vma(nv - 1, a, a + PG, ANON_RW | HOST_VM_EXECUTABLE, 0);
	/* An anonymous mapping of type 0 or 3 is not refused. */
	a = host_sys_mmap2(0, PG, P_RW, HOST_MAP_ANONYMOUS, -1, 0);
	load();
	expect_vma(nv - 1, a, a + PG, ANON_RW, 0);
	a = host_sys_mmap2(0, PG, P_RW, HOST_MAP_ANONYMOUS | 3, -1, 0);
	load();
	expect_vma(nv - 1, a, a + PG,
		   ANON_RW | HOST_VM_SHARED | HOST_VM_MAYSHARE, 0);
	check_all();
	finish();
}
END_TEST

START_TEST(test_mmap_bad_input)
{
	struct host_mm_info before;
	long r;

	where = "mmap bad input";
	host_file_open(3, HOST_FMODE_READ, 0);
	r = mmap_anon(0xBFFFF000, PG, P_RW, HOST_MAP_FIXED | HOST_MAP_PRIVATE);
	eq_ul(r, 0xBFFFF000);
	host_mm_info_get(&before);

	/* Range checks: len > TASK_SIZE, addr + len past TASK_SIZE. */
	ck_assert_int_eq(mmap_anon(0, TOP + 1, P_RW, HOST_MAP_PRIVATE), -EINVAL);
	ck_assert_int_eq(mmap_anon(0, 0xFFFFF001, P_RW, HOST_MAP_PRIVATE), 0);
	ck_assert_int_eq(mmap_anon(0xBFFFF000, 2 * PG, P_RW, M_FIX), -EINVAL);
	ck_assert_int_eq(mmap_anon(TOP, PG, P_RW, M_FIX), -EINVAL);
	ck_assert_int_eq(mmap_anon(TOP - PG + 1, PG, P_RW, M_FIX), -EINVAL);
	/* No room above the hint. */
	ck_assert_int_eq(mmap_anon(0xBFFF0000, 0x10000, P_RW, HOST_MAP_PRIVATE),
			 -ENOMEM);
	/* MAP_FIXED needs an aligned address. */
	ck_assert_int_eq(mmap_anon(0x50000800, PG, P_RW, M_FIX), -EINVAL);
	/* The file offset may not wrap. */
	ck_assert_int_eq(host_sys_mmap2(0, 2 * PG, P_RW, M_ANON, -1,
					0xFFFFFFFEUL), -EINVAL);
	ck_assert_int_eq(host_sys_mmap2(0, PG, P_RW, M_ANON, -1, 0xFFFFFFFFUL),
			 -EINVAL);
	ck_assert_int_eq(host_sys_mmap2(0, PG, P_RW, M_ANON, -1, 0xFFFFFFFEUL) > 0,
			 1);
	/* old_mmap: offset not page aligned, argument block unreadable. */
	ck_assert_int_eq(host_old_mmap(0, PG, P_RW, M_ANON, -1, 100), -EINVAL);
	ck_assert_int_eq(host_old_mmap_ptr(NULL), -EFAULT);
	/* No such file. */
	ck_assert_int_eq(host_sys_mmap2(0, PG, HOST_PROT_READ, HOST_MAP_PRIVATE,
					7, 0), -EBADF);
	ck_assert_int_eq(host_old_mmap(0, PG, HOST_PROT_READ, HOST_MAP_PRIVATE,
				       7, 0), -EBADF);
	/* Checked in this order: the length after the file. */
	ck_assert_int_eq(host_sys_mmap2(0, 0, HOST_PROT_READ, HOST_MAP_PRIVATE,
					7, 0), -EBADF);
	check_all();
	host_mm_info_get(&mi);
	ck_assert_int_eq(mi.map_count, before.map_count + 1);
	finish();
}
END_TEST

START_TEST(test_mmap_files)
{
	struct host_file_info fi;
	long r;

	where = "mmap files";
	host_file_open(1, HOST_FMODE_READ, HOST_FILE_NOMMAP);
	host_file_open(2, HOST_FMODE_READ, 0);
	host_file_open(3, HOST_FMODE_READ | HOST_FMODE_WRITE, HOST_FILE_VMOPS);
	host_file_open(4, HOST_FMODE_WRITE, 0);
	host_file_open(5, HOST_FMODE_READ | HOST_FMODE_WRITE, HOST_FILE_APPEND);
	host_file_open(6, HOST_FMODE_READ, HOST_FILE_MMAP_FAILS);
	host_file_open(7, HOST_FMODE_READ, HOST_FILE_MOVES);

	ck_assert_int_eq(host_sys_mmap2(0, PG, HOST_PROT_READ, HOST_MAP_PRIVATE,
					1, 0), -ENODEV);
	/* Shared writable needs the file open for writing. */
	ck_assert_int_eq(host_sys_mmap2(0, PG, P_RW, HOST_MAP_SHARED, 2, 0),
			 -EACCES);
	/* Both types need it open for reading. */
	ck_assert_int_eq(host_sys_mmap2(0, PG, HOST_PROT_WRITE, HOST_MAP_SHARED,
					4, 0), -EACCES);
	ck_assert_int_eq(host_sys_mmap2(0, PG, HOST_PROT_READ, HOST_MAP_PRIVATE,
					4, 0), -EACCES);
	/* Append-only file open for writing: no shared mapping at all. */
	ck_assert_int_eq(host_sys_mmap2(0, PG, HOST_PROT_READ, HOST_MAP_SHARED,
					5, 0), -EACCES);
	r = host_sys_mmap2(0, PG, P_RW, HOST_MAP_PRIVATE, 5, 0);
	ck_assert(r > 0);
	/* Type 0 and 3 are refused for files. */
	ck_assert_int_eq(host_sys_mmap2(0, PG, HOST_PROT_READ, 0, 2, 0), -EINVAL);
	ck_assert_int_eq(host_sys_mmap2(0, PG, HOST_PROT_READ, 3, 2, 0), -EINVAL);
	check_all();

	/* A read-only file mapped shared: demoted to private, MAYSHARE kept. */
	r = host_sys_mmap2(0, 2 * PG, HOST_PROT_READ, HOST_MAP_SHARED, 2, 9);
	load();
	expect_vma(nv - 1, r, r + 2 * PG, HOST_VM_READ | HOST_VM_MAYREAD |
		   HOST_VM_MAYEXEC | HOST_VM_MAYSHARE, 9);
	ck_assert_int_eq(vv[nv - 1].file, 2);
	host_file_info_get(2, &fi);
	ck_assert_int_eq(fi.f_count, 2);
	ck_assert_int_eq(fi.n_i_mmap, 1);
	ck_assert_int_eq(fi.n_i_mmap_shared, 0);
	/* A writable file shared: on i_mmap_shared, PAGE_SHARED. */
	r = host_sys_mmap2(0, PG, P_RW, HOST_MAP_SHARED, 3, 0);
	load();
	expect_vma(nv - 1, r, r + PG, RW | MAY | HOST_VM_SHARED |
		   HOST_VM_MAYSHARE, 0);
	ck_assert_int_eq(vv[nv - 1].has_ops, 1);
	host_file_info_get(3, &fi);
	ck_assert_int_eq(fi.n_i_mmap_shared, 1);
	ck_assert_int_eq(fi.mmap_calls, 1);
	ck_assert_int_eq(fi.f_count, 2);
	/* A byte offset through old_mmap. */
	r = host_old_mmap(0, PG, HOST_PROT_READ, HOST_MAP_PRIVATE, 2, 5 * PG);
	load();
	eq_ul(vv[nv - 1].pgoff, 5);
	check_all();

	/* The file's mmap fails: error back, reference dropped, no area. */
	host_calls_reset();
	info();
	r = host_sys_mmap2(0x60000000, PG, HOST_PROT_READ,
			   HOST_MAP_PRIVATE | HOST_MAP_FIXED, 6, 0);
	ck_assert_int_eq(r, -ENODEV);
	host_file_info_get(6, &fi);
	ck_assert_int_eq(fi.f_count, 1);
	ck_assert_int_eq(fi.mmap_calls, 1);
	{
		struct host_call c[8];
		int n = host_calls_get(c, 8);

		/* The driver's partial work is zapped, then the TLB flushed. */
		ck_assert_int_eq(n, 2);
		ck_assert_int_eq(c[0].what, HOST_CALL_ZAP);
		eq_ul(c[0].a, 0x60000000);
		eq_ul(c[0].b, PG);
		ck_assert_int_eq(c[1].what, HOST_CALL_FLUSH_TLB);
	}
	check_all();

	/* A driver may move the area: do_mmap returns where it ended up. */
	r = host_sys_mmap2(0x61000000, PG, HOST_PROT_READ,
			   HOST_MAP_PRIVATE | HOST_MAP_FIXED, 7, 0);
	eq_ul(r, 0x61001000);
	check_all();
	finish();
	host_file_info_get(3, &fi);
	ck_assert_int_eq(fi.f_count, 1);
	ck_assert_int_eq(fi.closes, 1);
	host_file_info_get(2, &fi);
	ck_assert_int_eq(fi.f_count, 1);
	ck_assert_int_eq(fi.n_i_mmap, 0);
}
END_TEST

START_TEST(test_mmap_fixed_over)
{
	unsigned long p;
	struct host_call c[16];
	int n;

	where = "MAP_FIXED over areas";
	eq_ul(mmap_anon(0, 8 * PG, P_RW, HOST_MAP_PRIVATE), BASE);
	for (p = BASE; p < BASE + 8 * PG; p += PG)
		ck_assert(host_touch(p) != 0);
	host_calls_reset();
	/* Pages 2..4 replaced by a read-only mapping. */
	eq_ul(mmap_anon(BASE + 2 * PG, 3 * PG, HOST_PROT_READ,
				    M_FIX), BASE + 2 * PG);
	expect_nv(3);
	expect_vma(0, BASE, BASE + 2 * PG, ANON_RW, 0);
	expect_vma(1, BASE + 2 * PG, BASE + 5 * PG, ANON_RO, 0);
	expect_vma(2, BASE + 5 * PG, BASE + 8 * PG, ANON_RW, 5);
	/* The old pages there are gone, the others stay. */
	eq_ul(host_pte_get(BASE + 2 * PG), 0);
	eq_ul(host_pte_get(BASE + 4 * PG), 0);
	ck_assert(host_pte_get(BASE + PG) != 0);
	ck_assert(host_pte_get(BASE + 5 * PG) != 0);
	n = host_calls_get(c, 16);
	ck_assert_int_eq(c[0].what, HOST_CALL_ZAP);
	eq_ul(c[0].a, BASE + 2 * PG);
	eq_ul(c[0].b, 3 * PG);
	(void)n;
	info();
	eq_ul(mi.total_vm, 8);
	/* Across several areas and holes at once. */
	eq_ul(mmap_anon(BASE + 10 * PG, PG, P_RW, M_FIX),
			  BASE + 10 * PG);
	eq_ul(mmap_anon(BASE + PG, 12 * PG, HOST_PROT_EXEC, M_FIX),
			  BASE + PG);
	expect_nv(2);
	expect_vma(0, BASE, BASE + PG, ANON_RW, 0);
	expect_vma(1, BASE + PG, BASE + 13 * PG, HOST_VM_EXEC | MAY, 0);
	info();
	eq_ul(mi.total_vm, 13);
	finish();
}
END_TEST

START_TEST(test_mmap_limits)
{
	struct host_file_info fi;
	unsigned long freep;
	int n;
	long r;

	where = "mmap limits";
	/* Allocation of the area fails: nothing happens. */
	host_vma_fail_alloc(1);
	ck_assert_int_eq(mmap_anon(0, PG, P_RW, HOST_MAP_PRIVATE), -ENOMEM);
	expect_nv(0);
	/* MAP_FIXED over an area, and do_munmap's spare cannot be had. */
	eq_ul(mmap_anon(0, 4 * PG, P_RW, HOST_MAP_PRIVATE), BASE);
	host_vma_fail_alloc(2);
	ck_assert_int_eq(mmap_anon(BASE + PG, PG, HOST_PROT_READ, M_FIX),
			 -ENOMEM);
	expect_nv(1);
	host_vma_fail_alloc(0);

	/* RLIMIT_AS counts what is left after MAP_FIXED's unmap. */
	host_set_rlimit(HOST_RLIMIT_AS, 6 * PG);
	ck_assert_int_eq(mmap_anon(0, 3 * PG, P_RW, HOST_MAP_PRIVATE), -ENOMEM);
	eq_ul(mmap_anon(0, 2 * PG, P_RW, HOST_MAP_PRIVATE),
			  BASE + 4 * PG);
	/* Replacing 2 pages by 3: the 2 go first, so 4 + 3 > 6 fails ... */
	ck_assert_int_eq(mmap_anon(BASE + 4 * PG, 3 * PG, P_RW, M_FIX), -ENOMEM);
	/* ... and stay gone (2.4.0 unmaps before it checks). */
	expect_nv(1);
	info();
	eq_ul(mi.total_vm, 4);
	host_set_rlimit(HOST_RLIMIT_AS, HOST_RLIM_INFINITY);

	/* vm_enough_memory: only private writable mappings are checked. */
	freep = host_nr_free_pages();
	ck_assert_int_eq(host_vm_enough_memory(freep - 1), 1);
	ck_assert_int_eq(host_vm_enough_memory(freep), 0);
	ck_assert_int_eq(mmap_anon(0, (freep + 10) * PG, P_RW, HOST_MAP_PRIVATE),
			 -ENOMEM);
	r = mmap_anon(0, (freep + 10) * PG, P_RW,
		      HOST_MAP_PRIVATE | HOST_MAP_NORESERVE);
	ck_assert(r > 0);
	ck_assert_int_eq(host_sys_munmap(r, (freep + 10) * PG), 0);
	r = mmap_anon(0, (freep + 10) * PG, HOST_PROT_READ, HOST_MAP_PRIVATE);
	ck_assert(r > 0);
	ck_assert_int_eq(host_sys_munmap(r, (freep + 10) * PG), 0);
	r = mmap_anon(0, (freep + 10) * PG, P_RW, HOST_MAP_SHARED);
	ck_assert(r > 0);
	ck_assert_int_eq(host_sys_munmap(r, (freep + 10) * PG), 0);
	host_set_overcommit(1);
	ck_assert_int_eq(host_vm_enough_memory(freep + 1000000), 1);
	r = mmap_anon(0, (freep + 10) * PG, P_RW, HOST_MAP_PRIVATE);
	ck_assert(r > 0);
	ck_assert_int_eq(host_sys_munmap(r, (freep + 10) * PG), 0);
	host_set_overcommit(0);

	/* Anonymous shared memory: shmem_zero_setup, and its failure. */
	host_calls_reset();
	r = mmap_anon(0, PG, P_RW, HOST_MAP_SHARED);
	ck_assert(r > 0);
	{
		struct host_call c[4];

		ck_assert_int_eq(host_calls_get(c, 4), 1);
		ck_assert_int_eq(c[0].what, HOST_CALL_SHMEM);
		eq_ul(c[0].a, r);
	}
	/* shmem_file_setup's errors reach the caller, no area is left. */
	load();
	n = nv;
	host_shmem_error = -ENOMEM;
	ck_assert_int_eq(mmap_anon(0, PG, P_RW, HOST_MAP_SHARED), -ENOMEM);
	host_shmem_error = -ENOSPC;
	ck_assert_int_eq(mmap_anon(0, PG, P_RW, HOST_MAP_SHARED), -ENOSPC);
	host_shmem_error = 0;
	load();
	ck_assert_int_eq(nv, n);

	/*
	 * The area then maps the shm file: it is inserted on the file's
	 * shared list and holds the file; a split holds it twice; unmapped,
	 * it lets go.
	 */
	host_file_open(6, HOST_FMODE_READ | HOST_FMODE_WRITE, 0);
	host_shmem_fd = 6;
	r = mmap_anon(0, 3 * PG, P_RW, HOST_MAP_SHARED);
	ck_assert(r > 0);
	load();
	ck_assert_int_eq(vv[nv - 1].file, 6);
	host_file_info_get(6, &fi);
	ck_assert(fi.lists_ok);
	ck_assert_int_eq(fi.f_count, 2);
	ck_assert_int_eq(fi.n_i_mmap_shared, 1);
	ck_assert_int_eq(fi.n_i_mmap, 0);
	ck_assert_int_eq(host_sys_munmap(r + PG, PG), 0);
	host_file_info_get(6, &fi);
	ck_assert_int_eq(fi.f_count, 3);
	ck_assert_int_eq(fi.n_i_mmap_shared, 2);
	ck_assert_int_eq(host_sys_munmap(r, 3 * PG), 0);
	host_file_info_get(6, &fi);
	ck_assert_int_eq(fi.f_count, 1);
	ck_assert_int_eq(fi.n_i_mmap_shared, 0);
	host_shmem_fd = -1;
	host_file_close(6);

	/* After mlockall(MCL_FUTURE): RLIMIT_MEMLOCK, and locked pages. */
	host_set_def_flags(HOST_VM_LOCKED);
	host_set_rlimit(HOST_RLIMIT_MEMLOCK, 2 * PG);
	ck_assert_int_eq(mmap_anon(0, 3 * PG, P_RW, HOST_MAP_PRIVATE), -EAGAIN);
	host_calls_reset();
	r = mmap_anon(0, 2 * PG, P_RW, HOST_MAP_PRIVATE);
	ck_assert(r > 0);
	load();
	expect_vma(nv - 1, r, r + 2 * PG, ANON_RW | HOST_VM_LOCKED, 0);
	info();
	eq_ul(mi.locked_vm, 2);
	ck_assert(host_pte_get(r) != 0 && host_pte_get(r + PG) != 0);
	/* Locked memory counts even when later areas are not. */
	ck_assert_int_eq(mmap_anon(0, PG, P_RW, HOST_MAP_PRIVATE), -EAGAIN);
	host_set_def_flags(0);
	finish();
}
END_TEST

START_TEST(test_mmap_denywrite)
{
	struct host_file_info fi;
	long r;

	where = "MAP_DENYWRITE";
	host_file_open(3, HOST_FMODE_READ, 0);
	/* Somebody writes the file: ETXTBSY, and the reference goes back. */
	host_set_writecount(3, 1);
	ck_assert_int_eq(host_do_mmap_pgoff(3, 0, 4 * PG, HOST_PROT_READ,
					    HOST_MAP_PRIVATE | HOST_MAP_DENYWRITE,
					    0), -ETXTBSY);
	host_file_info_get(3, &fi);
	ck_assert_int_eq(fi.f_count, 1);
	host_set_writecount(3, 0);
	r = host_do_mmap_pgoff(3, 0, 4 * PG, HOST_PROT_READ,
			       HOST_MAP_PRIVATE | HOST_MAP_DENYWRITE, 0);
	eq_ul(r, BASE);
	host_file_info_get(3, &fi);
	ck_assert_int_eq(fi.i_writecount, -1);
	/* A hole in it: two areas, each denying. */
	ck_assert_int_eq(host_sys_munmap(BASE + PG, PG), 0);
	check_all();
	host_file_info_get(3, &fi);
	ck_assert_int_eq(fi.i_writecount, -2);
	ck_assert_int_eq(fi.f_count, 3);
	ck_assert_int_eq(fi.n_i_mmap, 2);
	ck_assert_int_eq(host_sys_munmap(BASE + 3 * PG, PG), 0);
	host_file_info_get(3, &fi);
	ck_assert_int_eq(fi.i_writecount, -2);
	ck_assert_int_eq(host_sys_munmap(BASE, 4 * PG), 0);
	host_file_info_get(3, &fi);
	ck_assert_int_eq(fi.i_writecount, 0);
	ck_assert_int_eq(fi.f_count, 1);
	finish();
}
END_TEST

/* ---- munmap --------------------------------------------------------- */

START_TEST(test_munmap_cases)
{
	struct host_call c[16];
	unsigned long p;
	int n;

	where = "munmap";
	eq_ul(host_sys_mmap2(0, 10 * PG, P_RW, M_ANON, -1, 100),
			  BASE);
	for (p = BASE; p < BASE + 10 * PG; p += PG)
		host_touch(p);
	/* The tail. */
	host_calls_reset();
	ck_assert_int_eq(host_sys_munmap(BASE + 8 * PG, 2 * PG), 0);
	expect_nv(1);
	expect_vma(0, BASE, BASE + 8 * PG, ANON_RW, 100);
	n = host_calls_get(c, 16);
	ck_assert_int_eq(c[0].what, HOST_CALL_ZAP);
	eq_ul(c[0].a, BASE + 8 * PG);
	eq_ul(c[0].b, 2 * PG);
	eq_ul(host_pte_get(BASE + 8 * PG), 0);
	/* The head: vm_pgoff follows vm_start. */
	ck_assert_int_eq(host_sys_munmap(BASE, 2 * PG), 0);
	expect_nv(1);
	expect_vma(0, BASE + 2 * PG, BASE + 8 * PG, ANON_RW, 102);
	/* The middle: a new area for the upper part. */
	ck_assert_int_eq(host_sys_munmap(BASE + 4 * PG, PG), 0);
	expect_nv(2);
	expect_vma(0, BASE + 2 * PG, BASE + 4 * PG, ANON_RW, 102);
	expect_vma(1, BASE + 5 * PG, BASE + 8 * PG, ANON_RW, 105);
	ck_assert(host_pte_get(BASE + 5 * PG) != 0);
	ck_assert(host_pte_get(BASE + 3 * PG) != 0);
	/* The whole of it, with holes around: a length not page aligned. */
	ck_assert_int_eq(host_sys_munmap(BASE, 8 * PG - 5), 0);
	expect_nv(0);
	info();
	eq_ul(mi.total_vm, 0);
	/* Unmapping nothing is fine. */
	ck_assert_int_eq(host_sys_munmap(BASE, PG), 0);
	ck_assert_int_eq(host_sys_munmap(0, TOP), 0);
	(void)n;
	finish();
}
END_TEST

START_TEST(test_munmap_bad_input)
{
	where = "munmap bad input";
	eq_ul(mmap_anon(0, 3 * PG, P_RW, HOST_MAP_PRIVATE), BASE);
	ck_assert_int_eq(host_sys_munmap(BASE + 1, PG), -EINVAL);
	ck_assert_int_eq(host_sys_munmap(BASE, 0), -EINVAL);
	ck_assert_int_eq(host_sys_munmap(TOP + PG, PG), -EINVAL);
	ck_assert_int_eq(host_sys_munmap(TOP - PG, 2 * PG), -EINVAL);
	ck_assert_int_eq(host_sys_munmap(TOP, 0), -EINVAL);
	ck_assert_int_eq(host_sys_munmap(TOP - PG, PG), 0);
	ck_assert_int_eq(host_sys_munmap(TOP, 1), -EINVAL);
	/* Longer than user space. */
	ck_assert_int_eq(host_sys_munmap(0, 0xFFFFFFFFUL), -EINVAL);
	/* No memory for the spare area: refused before anything changes. */
	host_vma_fail_alloc(1);
	ck_assert_int_eq(host_sys_munmap(BASE, PG), -ENOMEM);
	host_vma_fail_alloc(0);
	expect_nv(1);
	expect_vma(0, BASE, BASE + 3 * PG, ANON_RW, 0);
	finish();
}
END_TEST

START_TEST(test_munmap_pgtables)
{
	struct host_call c[32];
	int n, i, cleared;

	where = "free_pgtables";
	/* Areas in three 4 MB slots: 0x40000000, 0x40400000, 0x40800000. */
	eq_ul(mmap_anon(0x40000000, PG, P_RW, M_FIX), 0x40000000);
	eq_ul(mmap_anon(0x40400000, 2 * PG, P_RW, M_FIX),
			  0x40400000);
	eq_ul(mmap_anon(0x40BFF000, PG, P_RW, M_FIX), 0x40BFF000);
	host_touch(0x40000000);
	host_touch(0x40400000);
	host_touch(0x40401000);
	host_touch(0x40BFF000);
	ck_assert_int_eq(host_pgtables(), 3);
	/* Half of the middle area: its table is still needed. */
	host_calls_reset();
	ck_assert_int_eq(host_sys_munmap(0x40401000, PG), 0);
	ck_assert_int_eq(host_pgtables(), 3);
	n = host_calls_get(c, 32);
	for (i = cleared = 0; i < n; i++)
		cleared += c[i].what == HOST_CALL_CLEAR_PT;
	ck_assert_int_eq(cleared, 0);
	/* The rest of it: the slot between the neighbours is freed. */
	host_calls_reset();
	ck_assert_int_eq(host_sys_munmap(0x40400000, PG), 0);
	check_all();
	ck_assert_int_eq(host_pgtables(), 2);
	n = host_calls_get(c, 32);
	ck_assert_int_eq(c[n - 1].what, HOST_CALL_CLEAR_PT);
	eq_ul(c[n - 1].a, 0x40400000 >> 22);
	eq_ul(c[n - 1].b, 1);
	/* The last one: its own slot goes (the one below is empty already). */
	host_calls_reset();
	ck_assert_int_eq(host_sys_munmap(0x40BFF000, PG), 0);
	ck_assert_int_eq(host_pgtables(), 1);
	n = host_calls_get(c, 32);
	ck_assert_int_eq(c[n - 1].what, HOST_CALL_CLEAR_PT);
	eq_ul(c[n - 1].a, 0x40800000 >> 22);
	eq_ul(c[n - 1].b, 1);
	/* The first: prev is NULL and nothing is above it. */
	host_calls_reset();
	ck_assert_int_eq(host_sys_munmap(0x40000000, PG), 0);
	ck_assert_int_eq(host_pgtables(), 0);
	n = host_calls_get(c, 32);
	ck_assert_int_eq(c[n - 1].what, HOST_CALL_CLEAR_PT);
	eq_ul(c[n - 1].a, 0x40000000 >> 22);
	finish();
}
END_TEST

/* ---- brk ------------------------------------------------------------ */

START_TEST(test_brk)
{
	unsigned long b;

	where = "brk";
	/* A program: code up to 0x0804a000, data, heap from 0x0804c123. */
	host_set_layout(0x0804a000, 0x0804b000, 0x0804c123, 0x0804c123);
	/* Below the end of the code: refused, the break stays. */
	eq_ul(host_sys_brk(0x08049000), 0x0804c123);
	/* brk(0) asks where the break is. */
	eq_ul(host_sys_brk(0), 0x0804c123);
	/* Within the page already covered: only the value moves. */
	eq_ul(host_sys_brk(0x0804cfff), 0x0804cfff);
	expect_nv(0);
	/* Growing: an anonymous area from the old page end. */
	eq_ul(host_sys_brk(0x0804e010), 0x0804e010);
	check_all();
	expect_nv(1);
	expect_vma(0, 0x0804d000, 0x0804f000, BRK_FLAGS, 0);
	/* Growing again extends that area: still one. */
	eq_ul(host_sys_brk(0x08052000), 0x08052000);
	expect_nv(1);
	expect_vma(0, 0x0804d000, 0x08052000, BRK_FLAGS, 0);
	info();
	eq_ul(mi.total_vm, 5);
	/* Shrinking unmaps. */
	eq_ul(host_sys_brk(0x08050800), 0x08050800);
	expect_nv(1);
	expect_vma(0, 0x0804d000, 0x08051000, BRK_FLAGS, 0);
	/* The heap must stay a page clear of the next mapping. */
	eq_ul(mmap_anon(0x08054000, PG, P_RW, M_FIX), 0x08054000);
	eq_ul(host_sys_brk(0x08053001), 0x08050800);
	eq_ul(host_sys_brk(0x08053000), 0x08053000);
	expect_nv(2);
	expect_vma(0, 0x0804d000, 0x08053000, BRK_FLAGS, 0);
	/* RLIMIT_DATA counts from start_data. */
	eq_ul(host_sys_brk(0x08051000), 0x08051000);
	host_set_rlimit(HOST_RLIMIT_DATA, 0x7000);
	eq_ul(host_sys_brk(0x08052001), 0x08051000);
	eq_ul(host_sys_brk(0x08052000), 0x08052000);
	host_set_rlimit(HOST_RLIMIT_DATA, HOST_RLIM_INFINITY);
	/* After mprotect the flags differ: a new area, no extension. */
	ck_assert_int_eq(host_sys_munmap(0x08054000, PG), 0);
	ck_assert_int_eq(host_sys_mprotect(0x0804d000, 5 * PG, HOST_PROT_READ), 0);
	eq_ul(host_sys_brk(0x08054000), 0x08054000);
	expect_nv(2);
	expect_vma(0, 0x0804d000, 0x08052000, BRK_FLAGS & ~(HOST_VM_WRITE |
		   HOST_VM_EXEC), 0);
	expect_vma(1, 0x08052000, 0x08054000, BRK_FLAGS, 0);
	/* Not enough memory for the growth. */
	b = host_nr_free_pages();
	eq_ul(host_sys_brk(0x08054000 + (b + 5) * PG), 0x08054000);
	check_all();
	finish();
}
END_TEST

START_TEST(test_do_brk)
{
	long r;

	where = "do_brk";
	ck_assert_int_eq(host_do_brk(BASE + 5, PG), -EINVAL);
	ck_assert_int_eq(host_do_brk(BASE, 0), BASE);
	ck_assert_int_eq(host_do_brk(BASE, 2 * PG), BASE);
	ck_assert_int_eq(host_do_brk(BASE + 2 * PG, PG), BASE + 2 * PG);
	expect_nv(1);
	expect_vma(0, BASE, BASE + 3 * PG, BRK_FLAGS, 0);
	/* An area ending at addr with other flags is not extended ... */
	eq_ul(mmap_anon(BASE + 4 * PG, PG, HOST_PROT_READ, M_FIX),
			  BASE + 4 * PG);
	ck_assert_int_eq(host_do_brk(BASE + 5 * PG, PG), BASE + 5 * PG);
	expect_nv(3);
	/* ... an mmap'ed one with brk's flags is. */
	eq_ul(mmap_anon(BASE + 7 * PG, PG, 7, M_FIX), BASE + 7 * PG);
	ck_assert_int_eq(host_do_brk(BASE + 8 * PG, PG), BASE + 8 * PG);
	expect_nv(4);
	expect_vma(3, BASE + 7 * PG, BASE + 9 * PG, BRK_FLAGS, 0);
	/* A file area with the same flags is not. */
	host_file_open(3, HOST_FMODE_READ | HOST_FMODE_WRITE, 0);
	r = host_sys_mmap2(BASE + 10 * PG, PG, 7, HOST_MAP_PRIVATE |
			   HOST_MAP_FIXED, 3, 0);
	eq_ul(r, BASE + 10 * PG);
	load();
	expect_vma(4, BASE + 10 * PG, BASE + 11 * PG, BRK_FLAGS, 0);
	ck_assert_int_eq(host_do_brk(BASE + 11 * PG, PG), BASE + 11 * PG);
	expect_nv(6);
	/* Over existing areas: they are unmapped first. */
	ck_assert_int_eq(host_do_brk(BASE, 12 * PG), BASE);
	expect_nv(1);
	expect_vma(0, BASE, BASE + 12 * PG, BRK_FLAGS, 0);
	/* Limits. */
	host_set_rlimit(HOST_RLIMIT_AS, 13 * PG);
	ck_assert_int_eq(host_do_brk(BASE + 12 * PG, 2 * PG), -ENOMEM);
	host_set_rlimit(HOST_RLIMIT_AS, HOST_RLIM_INFINITY);
	host_set_def_flags(HOST_VM_LOCKED);
	host_set_rlimit(HOST_RLIMIT_MEMLOCK, PG);
	ck_assert_int_eq(host_do_brk(BASE + 12 * PG, 2 * PG), -EAGAIN);
	host_set_rlimit(HOST_RLIMIT_MEMLOCK, HOST_RLIM_INFINITY);
	ck_assert_int_eq(host_do_brk(BASE + 12 * PG, 2 * PG), BASE + 12 * PG);
	expect_nv(2);
	expect_vma(1, BASE + 12 * PG, BASE + 14 * PG,
		   BRK_FLAGS | HOST_VM_LOCKED, 0);
	ck_assert(host_pte_get(BASE + 13 * PG) != 0);
	host_set_def_flags(0);
	/* Nothing to unmap there, so the area's is the first allocation. */
	host_vma_fail_alloc(1);
	ck_assert_int_eq(host_do_brk(BASE + 20 * PG, PG), -ENOMEM);
	host_vma_fail_alloc(0);
	check_all();
	finish();
}
END_TEST

/* ---- find_vma ------------------------------------------------------- */

/* Areas [BASE + 4k PG, BASE + (4k + 2) PG) for k < n: two-page gaps. */
static void make_areas(int n)
{
	int k;

	for (k = 0; k < n; k++)
		eq_ul(mmap_anon(BASE + 4 * k * PG, 2 * PG, P_RW,
					    M_FIX), BASE + 4 * k * PG);
}

static void check_lookups(int n, int tree)
{
	int k, prev;

	info();
	ck_assert_int_eq(mi.has_avl, tree);
	/* Below the first area. */
	ck_assert_int_eq(host_find_vma(0), 0);
	ck_assert_int_eq(host_find_vma(BASE - 1), 0);
	ck_assert_int_eq(host_find_vma_prev(BASE - 1, &prev), 0);
	ck_assert_int_eq(prev, -1);
	for (k = 0; k < n; k++) {
		unsigned long s = BASE + 4 * k * PG, e = s + 2 * PG;

		ck_assert_int_eq(host_find_vma(s), k);
		info();
		ck_assert_int_eq(mi.cache, k);
		ck_assert_int_eq(host_find_vma(e - 1), k);
		ck_assert_int_eq(host_find_vma(s + PG + 17), k);
		/* vm_end and the gap above belong to the next area. */
		ck_assert_int_eq(host_find_vma(e), k + 1 < n ? k + 1 : -1);
		ck_assert_int_eq(host_find_vma(e + PG + 5), k + 1 < n ? k + 1 : -1);
		ck_assert_int_eq(host_find_vma_prev(s, &prev), k);
		ck_assert_int_eq(prev, k - 1);
		ck_assert_int_eq(host_find_vma_prev(e - 1, &prev), k);
		ck_assert_int_eq(prev, k - 1);
		if (k + 1 < n) {
			ck_assert_int_eq(host_find_vma_prev(e, &prev), k + 1);
			ck_assert_int_eq(prev, k);
		}
		ck_assert_int_eq(host_find_vma_intersection(e, e + 2 * PG), -1);
		ck_assert_int_eq(host_find_vma_intersection(e, e + 2 * PG + 1),
				 k + 1 < n ? k + 1 : -1);
		ck_assert_int_eq(host_find_vma_intersection(s - PG, s + 1), k);
	}
	/* Above the last: NULL, and the cache keeps the last hit. */
	host_find_vma(BASE);
	ck_assert_int_eq(host_find_vma(BASE + 4 * n * PG), -1);
	ck_assert_int_eq(host_find_vma(0xFFFFFFFF), -1);
	info();
	ck_assert_int_eq(mi.cache, 0);
	/*
	 * find_vma_prev above the last area: the list walk leaves *pprev at
	 * the last area, the tree descent sets it to NULL (2.4.0 quirk).
	 */
	ck_assert_int_eq(host_find_vma_prev(0xFFFFF000, &prev), -1);
	ck_assert_int_eq(prev, tree ? -1 : n - 1);
	/* find_vma_prev does not touch the cache. */
	host_set_cache(-1);
	host_find_vma_prev(BASE, &prev);
	info();
	ck_assert_int_eq(mi.cache, -1);
}

START_TEST(test_find_vma_list)
{
	int prev;

	where = "find_vma, list";
	ck_assert_int_eq(host_find_vma(BASE), -1);
	ck_assert_int_eq(host_find_vma_prev(BASE, &prev), -1);
	ck_assert_int_eq(prev, -1);
	make_areas(20);
	check_lookups(20, 0);
	finish();
}
END_TEST

START_TEST(test_find_vma_tree)
{
	where = "find_vma, tree";
	make_areas(300);
	check_lookups(300, 1);
	finish();
}
END_TEST

START_TEST(test_mmap_cache)
{
	where = "mmap_cache";
	make_areas(40);
	ck_assert_int_eq(host_find_vma(BASE + 4 * 7 * PG), 7);
	info();
	ck_assert_int_eq(mi.cache, 7);
	/* A miss in a gap caches the area above. */
	ck_assert_int_eq(host_find_vma(BASE + (4 * 9 + 3) * PG), 10);
	info();
	ck_assert_int_eq(mi.cache, 10);
	/*
	 * A cache hit is answered from the cache alone: make the cache
	 * point at area 3 and ask for an address in it.
	 */
	host_set_cache(3);
	ck_assert_int_eq(host_find_vma(BASE + 4 * 3 * PG + 5), 3);
	/* munmap kills the cache, even for an unrelated area. */
	ck_assert_int_eq(host_sys_munmap(BASE + 4 * 30 * PG, PG), 0);
	info();
	ck_assert_int_eq(mi.cache, -1);
	ck_assert_int_eq(host_find_vma(BASE + 4 * 3 * PG), 3);
	ck_assert_int_eq(host_sys_munmap(BASE + 4 * 3 * PG, 2 * PG), 0);
	info();
	ck_assert_int_eq(mi.cache, -1);
	ck_assert_int_eq(host_find_vma(BASE + 4 * 3 * PG), 3);
	load();
	eq_ul(vv[3].start, BASE + 4 * 4 * PG);
	check_all();
	finish();
}
END_TEST

START_TEST(test_find_extend_vma)
{
	unsigned long s = 0xBFFF0000;
	struct host_call c[8];

	where = "find_extend_vma";
	eq_ul(host_sys_mmap2(s, 4 * PG, P_RW, M_FIX |
					 HOST_MAP_GROWSDOWN, -1, 100), s);
	eq_ul(mmap_anon(0x80000000, PG, P_RW, M_FIX), 0x80000000);
	/* Inside: the area itself. */
	ck_assert_int_eq(host_find_extend_vma(s + 5), 1);
	/* Below a stack: it grows down to the page. */
	ck_assert_int_eq(host_find_extend_vma(s - 2 * PG + 123), 1);
	load();
	expect_vma(1, s - 2 * PG, s + 4 * PG, ANON_RW | HOST_VM_GROWSDOWN, 98);
	info();
	eq_ul(mi.total_vm, 7);
	check_all();
	/* Below an area that is no stack: NULL. */
	ck_assert_int_eq(host_find_extend_vma(0x80000000 - PG), -1);
	ck_assert_int_eq(host_find_extend_vma(s + 4 * PG - 1), 1);
	/* Above everything: NULL. */
	ck_assert_int_eq(host_find_extend_vma(0xC0000000), -1);
	/* RLIMIT_STACK stops growth. */
	host_set_rlimit(HOST_RLIMIT_STACK, 8 * PG);
	ck_assert_int_eq(host_find_extend_vma(s - 5 * PG), -1);
	ck_assert_int_eq(host_find_extend_vma(s - 2 * PG - 1), 1);
	load();
	expect_vma(1, s - 3 * PG, s + 4 * PG, ANON_RW | HOST_VM_GROWSDOWN, 97);
	/* A locked stack faults the new pages in. */
	ck_assert_int_eq(host_sys_mlock(s - 3 * PG, PG), 0);
	host_calls_reset();
	host_set_rlimit(HOST_RLIMIT_STACK, HOST_RLIM_INFINITY);
	ck_assert_int_eq(host_find_extend_vma(s - 5 * PG), 1);
	ck_assert_int_eq(host_calls_get(c, 8), 1);
	ck_assert_int_eq(c[0].what, HOST_CALL_PRESENT);
	eq_ul(c[0].a, s - 5 * PG);
	eq_ul(c[0].b, s - 3 * PG);
	check_all();
	finish();
}
END_TEST

/* Both limits of expand_stack, at their exact edges. */
START_TEST(test_expand_stack_limits)
{
	unsigned long s = 0xBFFF0000;

	where = "expand_stack limits";
	eq_ul(host_sys_mmap2(s, 4 * PG, P_RW, M_FIX | HOST_MAP_GROWSDOWN, -1,
			     100), s);
	/* RLIMIT_AS: total_vm after the growth may equal it, not pass it. */
	host_set_rlimit(HOST_RLIMIT_AS, 6 * PG);
	ck_assert_int_eq(host_find_extend_vma(s - 3 * PG), -1);
	ck_assert_int_eq(host_find_extend_vma(s - 2 * PG), 0);
	load();
	expect_vma(0, s - 2 * PG, s + 4 * PG, ANON_RW | HOST_VM_GROWSDOWN, 98);
	ck_assert_int_eq(host_find_extend_vma(s - 3 * PG), -1);
	host_set_rlimit(HOST_RLIMIT_AS, HOST_RLIM_INFINITY);
	/* RLIMIT_STACK: the size after the growth, vm_end - address. */
	host_set_rlimit(HOST_RLIMIT_STACK, 7 * PG);
	ck_assert_int_eq(host_find_extend_vma(s - 4 * PG), -1);
	ck_assert_int_eq(host_find_extend_vma(s - 3 * PG + 5), 0);
	load();
	expect_vma(0, s - 3 * PG, s + 4 * PG, ANON_RW | HOST_VM_GROWSDOWN, 97);
	info();
	eq_ul(mi.total_vm, 7);
	host_set_rlimit(HOST_RLIMIT_STACK, HOST_RLIM_INFINITY);
	check_all();
	finish();
}
END_TEST

/* do_mmap: a byte offset, page aligned, that does not wrap with the length. */
START_TEST(test_do_mmap_offset)
{
	long r;

	where = "do_mmap";
	host_file_open(3, HOST_FMODE_READ, 0);
	eq_ul(host_do_mmap(3, 0, PG, HOST_PROT_READ, HOST_MAP_PRIVATE, 5 * PG),
	      BASE);
	load();
	expect_vma(0, BASE, BASE + PG, ANON_RO, 5);
	ck_assert_int_eq(host_do_mmap(3, 0, PG, HOST_PROT_READ,
				      HOST_MAP_PRIVATE, 5 * PG + 1), -EINVAL);
	ck_assert_int_eq(host_do_mmap(3, 0, 2 * PG, HOST_PROT_READ,
				      HOST_MAP_PRIVATE, 0xFFFFF000UL), -EINVAL);
	/* The length is rounded up before the sum. */
	ck_assert_int_eq(host_do_mmap(3, 0, PG + 1, HOST_PROT_READ,
				      HOST_MAP_PRIVATE, 0xFFFFE000UL), -EINVAL);
	r = host_do_mmap(3, 0, PG, HOST_PROT_READ, HOST_MAP_PRIVATE,
			 0xFFFFE000UL);
	eq_ul(r, BASE + PG);
	load();
	expect_vma(1, BASE + PG, BASE + 2 * PG, ANON_RO, 0xFFFFEUL);
	/* Anonymous: the same checks. */
	ck_assert_int_eq(host_do_mmap(-1, 0, PG, P_RW, M_ANON, 0xFFFFF000UL),
			 -EINVAL);
	ck_assert_int_eq(host_do_mmap(-1, 0, PG, P_RW, M_ANON, 12), -EINVAL);
	check_all();
	finish();
}
END_TEST

/* ---- the AVL tree ----------------------------------------------------- */

START_TEST(test_avl_switch)
{
	int k;

	where = "list to tree";
	/* Up to 31 areas: no tree. */
	for (k = 0; k < 31; k++) {
		eq_ul(mmap_anon(BASE + 2 * k * PG, PG, P_RW, M_FIX),
				  BASE + 2 * k * PG);
		info();
		ck_assert_int_eq(mi.has_avl, 0);
	}
	/* The 32nd builds it. */
	eq_ul(mmap_anon(BASE + 62 * PG, PG, P_RW, M_FIX),
			  BASE + 62 * PG);
	info();
	ck_assert_int_eq(mi.map_count, 32);
	ck_assert_int_eq(mi.has_avl, 1);
	load();
	/* Built by inserting in address order: perfectly filled, height 6. */
	ck_assert_int_eq(vv[mi.root].height, 6);
	/* Down to two areas: the tree stays. */
	ck_assert_int_eq(host_sys_munmap(BASE + 4 * PG, 60 * PG), 0);
	info();
	ck_assert_int_eq(mi.map_count, 2);
	ck_assert_int_eq(mi.has_avl, 1);
	check_all();
	ck_assert_int_eq(host_find_vma(BASE + PG), 2 - 1);
	finish();
	info();
	ck_assert_int_eq(mi.has_avl, 0);
}
END_TEST

/* Insertion orders that need every kind of rotation. */
START_TEST(test_avl_orders)
{
	static const int zigzag[] = { 50, 10, 30, 90, 70, 80, 20, 25, 22, 60,
				      65, 62, 5, 7, 6, 95, 92, 93 };
	int k, i;

	where = "AVL insert orders";
	/* Descending: right rotations. */
	for (k = 200; k > 0; k--) {
		ck_assert_int_eq(host_insert_vma(BASE + 2 * k * PG,
						 BASE + (2 * k + 1) * PG,
						 ANON_RW), 0);
		check_all();
	}
	finish();
	/* Ascending: left rotations. */
	for (k = 0; k < 200; k++) {
		ck_assert_int_eq(host_insert_vma(BASE + 2 * k * PG,
						 BASE + (2 * k + 1) * PG,
						 ANON_RW), 0);
		check_all();
	}
	finish();
	/* Zig-zags: double rotations, once the tree exists. */
	for (k = 0; k < 32; k++)
		ck_assert_int_eq(host_insert_vma(0x10000000 + k * PG,
						 0x10000000 + (k + 1) * PG,
						 ANON_RW), 0);
	for (i = 0; i < 4; i++)
		for (k = 0; k < (int)(sizeof(zigzag) / sizeof(zigzag[0])); k++) {
			unsigned long s = BASE + (zigzag[k] * 8 + i * 2) * PG;

			ck_assert_int_eq(host_insert_vma(s, s + PG, ANON_RW), 0);
			check_all();
		}
	/* Removals of leaves, inner nodes and the root, one by one. */
	while (1) {
		load();
		if (nv == 0)
			break;
		info();
		k = (nv * 7 / 13) % nv;
		if (nv % 3 == 0)
			k = mi.root;
		ck_assert_int_eq(host_sys_munmap(vv[k].start,
						 vv[k].end - vv[k].start), 0);
		check_all();
	}
	finish();
}
END_TEST

START_TEST(test_avl_random)
{
	unsigned long seed = 12345;
	int i;

	where = "AVL random";
	for (i = 0; i < 20000; i++) {
		unsigned long page;

		seed = seed * 1103515245 + 12345;
		page = (seed >> 8) % 3000;
		if ((seed >> 4) & 3) {
			/* Map one page, or unmap a random run (splits too). */
			ck_assert(mmap_anon(BASE + page * PG, PG, 1 + (seed & 1),
					    M_FIX) > 0);
		} else {
			ck_assert_int_eq(host_sys_munmap(BASE + page * PG,
							 ((seed >> 20) % 40) * PG
							 + PG), 0);
			check_all();
		}
	}
	finish();
}
END_TEST

/*
 * The exact shape of the tree, not only its balance: which rotation
 * 2.4.0 picks (a single one when the outer grandchild is not lower), that
 * a removal takes the in-order predecessor, where rebalancing stops.
 * shape() writes the tree as printk_avl does, each node as its list
 * index (a letter) and height.
 */
static char *shape(int i, char *p)
{
	if (i < 0)
		return p;
	*p++ = '(';
	if (vv[i].left >= 0) {
		p = shape(vv[i].left, p);
		*p++ = '<';
	}
	p += sprintf(p, "%c%d", 'a' + i, vv[i].height);
	if (vv[i].right >= 0) {
		*p++ = '>';
		p = shape(vv[i].right, p);
	}
	*p++ = ')';
	*p = '\0';
	return p;
}

static const char *tree_shape(void)
{
	static char buf[4096];

	load();
	info();
	buf[0] = '\0';
	shape(mi.has_avl ? mi.root : -1, buf);
	return buf;
}

/* Area k: page 4k of the window (so any k fits between two others). */
#define AK(k)	(BASE + 4 * (k) * PG)

static void put(int k)
{
	ck_assert_int_eq(host_insert_vma(AK(k), AK(k) + PG, ANON_RW), 0);
	check_all();
}

static void drop(int k)
{
	ck_assert_int_eq(host_sys_munmap(AK(k), PG), 0);
	check_all();
}

START_TEST(test_avl_shapes)
{
	unsigned long seed = 99, hash = 2166136261UL;
	int i, k;

	where = "AVL shapes";
	/* The tree from the start. */
	put(10);
	host_build_mmap_avl();
	ck_assert_str_eq(tree_shape(), "(a1)");
	/* Left-left: one rotation to the right. */
	put(8);
	put(6);
	ck_assert_str_eq(tree_shape(), "((a1)<b2>(c1))");
	/* Right-right: one rotation to the left; the root's height holds. */
	put(12);
	put(14);
	ck_assert_str_eq(tree_shape(), "((a1)<b3>((c1)<d2>(e1)))");
	/* Left-right: the grandchild (4) comes up between 2 and 6. */
	put(2);
	put(4);
	ck_assert_str_eq(tree_shape(), "(((a1)<b2>(c1))<d3>((e1)<f2>(g1)))");
	/* Right-left: 16 comes up between 14 and 20. */
	put(20);
	put(16);
	ck_assert_str_eq(tree_shape(),
			 "(((a1)<b2>(c1))<d4>((e1)<f3>((g1)<h2>(i1))))");
	/* A growth absorbed below the root. */
	put(7);
	ck_assert_str_eq(tree_shape(),
			 "(((a1)<b3>(c2>(d1)))<e4>((f1)<g3>((h1)<i2>(j1))))");
	/* Removals: a leaf ... */
	drop(7);
	ck_assert_str_eq(tree_shape(),
			 "(((a1)<b2>(c1))<d4>((e1)<f3>((g1)<h2>(i1))))");
	/* ... a node whose predecessor is its left child (16 -> 14) ... */
	drop(20);
	drop(16);
	ck_assert_str_eq(tree_shape(), "(((a1)<b2>(c1))<d3>((e1)<f2>(g1)))");
	/* ... the root: its predecessor 6 (rightmost on the left) takes
	 * over with the root's height, and the walk up stops at 4. */
	drop(8);
	ck_assert_str_eq(tree_shape(), "(((a1)<b2)<c3>((d1)<e2>(f1)))");
	drop(4);
	ck_assert_str_eq(tree_shape(), "((a1)<b3>((c1)<d2>(e1)))");
	/* Right side two higher with both its subtrees equal: a single
	 * rotation, not a double one. */
	drop(2);
	ck_assert_str_eq(tree_shape(), "((a2>(b1))<c3>(d1))");
	finish();

	/*
	 * A long run of inserts and removals, every shape folded into one
	 * number.  The number was taken from the 2.4.0-shaped code before
	 * its rewrite: any change of rotation, predecessor or stopping
	 * rule changes it.
	 */
	put(0);
	host_build_mmap_avl();
	for (i = 0; i < 3000; i++) {
		seed = seed * 1103515245 + 12345;
		k = (seed >> 8) % 300;
		if ((seed >> 4) & 1)
			eq_ul(mmap_anon(AK(k), PG, P_RW, M_FIX), AK(k));
		else
			ck_assert_int_eq(host_sys_munmap(AK(k), ((seed >> 20) % 5)
							 * 4 * PG + PG), 0);
		load();
		info();
		for (k = 0; k < nv; k++) {
			hash = (hash ^ (unsigned long)vv[k].height) * 16777619UL;
			hash = (hash ^ (unsigned long)(vv[k].left + 1)) * 16777619UL;
			hash = (hash ^ (unsigned long)(vv[k].right + 1)) * 16777619UL;
		}
		hash = (hash ^ (unsigned long)(mi.root + 1)) * 16777619UL;
	}
	check_all();
	eq_ul(hash, 0xf107ccc0UL);
	finish();
}
END_TEST

START_TEST(test_avl_printers)
{
	where = "printk_list, printk_avl";
	eq_ul(mmap_anon(0x40000000, PG, P_RW, M_FIX), 0x40000000);
	eq_ul(mmap_anon(0x4000A000, PG, P_RW, M_FIX), 0x4000A000);
	eq_ul(mmap_anon(0x4000C000, 2 * PG, P_RW, M_FIX), 0x4000C000);
	host_build_mmap_avl();
	host_printk_reset();
	host_printk_list();
	ck_assert_str_eq(host_printk_log,
			 "[40000000-40001000 4000A000-4000B000 4000C000-4000E000]");
	host_printk_reset();
	host_printk_avl();
	ck_assert_str_eq(host_printk_log, "((40000000-40001000)<4000A000-4000B000>"
			 "(4000C000-4000E000))");
	finish();
}
END_TEST

/* ---- mprotect ------------------------------------------------------- */

static unsigned long frame_of(unsigned long addr)
{
	return host_pte_get(addr) >> 12;
}

START_TEST(test_mprotect_cases)
{
	unsigned long p, f3;

	where = "mprotect";
	eq_ul(host_sys_mmap2(0, 10 * PG, P_RW, M_ANON, -1, 50), BASE);
	for (p = BASE; p < BASE + 10 * PG; p += PG)
		host_touch(p);
	f3 = frame_of(BASE + 3 * PG);
	eq_ul(host_pte_get(BASE + 3 * PG), (f3 << 12) | 0x025);
	/* The same rights: nothing splits. */
	ck_assert_int_eq(host_sys_mprotect(BASE, 10 * PG, P_RW), 0);
	expect_nv(1);
	/* The middle. */
	ck_assert_int_eq(host_sys_mprotect(BASE + 3 * PG, 2 * PG, HOST_PROT_NONE),
			 0);
	expect_nv(3);
	expect_vma(0, BASE, BASE + 3 * PG, ANON_RW, 50);
	expect_vma(1, BASE + 3 * PG, BASE + 5 * PG, MAY, 53);
	expect_vma(2, BASE + 5 * PG, BASE + 10 * PG, ANON_RW, 55);
	/* The pte keeps its frame, takes PAGE_NONE (still "present"). */
	eq_ul(host_pte_get(BASE + 3 * PG), (f3 << 12) | 0x0a0);
	/* The head of an area. */
	ck_assert_int_eq(host_sys_mprotect(BASE + 5 * PG, PG, HOST_PROT_READ), 0);
	expect_nv(4);
	expect_vma(2, BASE + 5 * PG, BASE + 6 * PG, ANON_RO, 55);
	expect_vma(3, BASE + 6 * PG, BASE + 10 * PG, ANON_RW, 56);
	/* The tail of an area. */
	ck_assert_int_eq(host_sys_mprotect(BASE + 8 * PG, 2 * PG,
					   HOST_PROT_READ | HOST_PROT_EXEC), 0);
	expect_nv(5);
	expect_vma(3, BASE + 6 * PG, BASE + 8 * PG, ANON_RW, 56);
	expect_vma(4, BASE + 8 * PG, BASE + 10 * PG, ANON_RO | HOST_VM_EXEC, 58);
	/* A whole area, and across several: no new areas. */
	ck_assert_int_eq(host_sys_mprotect(BASE + 3 * PG, 2 * PG, P_RW), 0);
	expect_nv(5);
	expect_vma(1, BASE + 3 * PG, BASE + 5 * PG, ANON_RW, 53);
	eq_ul(host_pte_get(BASE + 3 * PG), (f3 << 12) | 0x025);
	/* The three equal neighbours stay three areas (no merging). */
	ck_assert_int_eq(host_sys_mprotect(BASE, 10 * PG, HOST_PROT_READ), 0);
	expect_nv(5);
	for (p = BASE; p < BASE + 10 * PG; p += PG)
		eq_ul(host_pte_get(p) & 0xfff, 0x025);
	/* Shared writable: PAGE_SHARED in the ptes. */
	eq_ul(mmap_anon(BASE + 20 * PG, 2 * PG, HOST_PROT_READ,
				    HOST_MAP_SHARED | HOST_MAP_FIXED),
			  BASE + 20 * PG);
	host_touch(BASE + 21 * PG);
	ck_assert_int_eq(host_sys_mprotect(BASE + 21 * PG, PG, P_RW), 0);
	eq_ul(host_pte_get(BASE + 21 * PG) & 0xfff, 0x027);
	check_all();
	finish();
}
END_TEST

START_TEST(test_mprotect_bad_input)
{
	where = "mprotect bad input";
	host_file_open(3, HOST_FMODE_READ, 0);
	eq_ul(mmap_anon(0, 4 * PG, P_RW, HOST_MAP_PRIVATE), BASE);
	eq_ul(mmap_anon(BASE + 6 * PG, 2 * PG, P_RW, M_FIX),
			  BASE + 6 * PG);
	ck_assert_int_eq(host_sys_mprotect(BASE + 1, PG, 0), -EINVAL);
	ck_assert_int_eq(host_sys_mprotect(BASE, PG, 8), -EINVAL);
	/* The length rounds up to 0: nothing to do. */
	ck_assert_int_eq(host_sys_mprotect(BASE, 0xFFFFF001, 0), 0);
	ck_assert_int_eq(host_sys_mprotect(0xFFFFF000, 2 * PG, 0), -EINVAL);
	ck_assert_int_eq(host_sys_mprotect(BASE, 0, 0), 0);
	ck_assert_int_eq(host_sys_mprotect(BASE + 4 * PG, PG, 0), -EFAULT);
	ck_assert_int_eq(host_sys_mprotect(0x10000000, PG, 0), -EFAULT);
	/* A gap in the range: what came before it has changed already. */
	ck_assert_int_eq(host_sys_mprotect(BASE + 2 * PG, 6 * PG,
					   HOST_PROT_READ), -EFAULT);
	expect_nv(3);
	expect_vma(1, BASE + 2 * PG, BASE + 4 * PG, ANON_RO, 2);
	expect_vma(2, BASE + 6 * PG, BASE + 8 * PG, ANON_RW, 0);
	/* A right the area may not have: EACCES. */
	eq_ul(host_sys_mmap2(BASE + 10 * PG, PG, HOST_PROT_READ,
					 HOST_MAP_SHARED | HOST_MAP_FIXED, 3, 0),
			  BASE + 10 * PG);
	ck_assert_int_eq(host_sys_mprotect(BASE + 10 * PG, PG, P_RW), -EACCES);
	ck_assert_int_eq(host_sys_mprotect(BASE + 10 * PG, PG,
					   HOST_PROT_EXEC), 0);
	/* No memory for the split (the middle needs two areas). */
	eq_ul(mmap_anon(0x50000000, 3 * PG, P_RW, M_FIX), 0x50000000);
	host_vma_fail_alloc(1);
	ck_assert_int_eq(host_sys_mprotect(BASE, PG, 0), -ENOMEM);
	host_vma_fail_alloc(2);
	ck_assert_int_eq(host_sys_mprotect(0x50000000 + PG, 1, HOST_PROT_EXEC),
			 -ENOMEM);
	host_vma_fail_alloc(1);
	ck_assert_int_eq(host_sys_mprotect(0x50000000 + PG, 1, HOST_PROT_EXEC),
			 -ENOMEM);
	host_vma_fail_alloc(0);
	expect_nv(5);
	check_all();
	finish();
}
END_TEST

/* ---- mremap --------------------------------------------------------- */

START_TEST(test_mremap_cases)
{
	unsigned long f[4], p;
	int i;

	where = "mremap";
	eq_ul(host_sys_mmap2(0, 4 * PG, P_RW, M_ANON, -1, 10), BASE);
	for (i = 0; i < 4; i++)
		f[i] = host_touch(BASE + i * PG);
	/* Shrink: the tail is unmapped. */
	ck_assert_int_eq(host_sys_mremap(BASE, 4 * PG, 3 * PG, 0, 0), BASE);
	expect_nv(1);
	expect_vma(0, BASE, BASE + 3 * PG, ANON_RW, 10);
	eq_ul(host_pte_get(BASE + 3 * PG), 0);
	/* Same size: nothing, even with MAYMOVE. */
	ck_assert_int_eq(host_sys_mremap(BASE, 3 * PG, 3 * PG,
					 HOST_MREMAP_MAYMOVE, 0), BASE);
	/* Grow in place. */
	ck_assert_int_eq(host_sys_mremap(BASE, 3 * PG, 6 * PG, 0, 0), BASE);
	expect_nv(1);
	expect_vma(0, BASE, BASE + 6 * PG, ANON_RW, 10);
	info();
	eq_ul(mi.total_vm, 6);
	/* Blocked by the next area: ENOMEM without MAYMOVE. */
	eq_ul(mmap_anon(BASE + 7 * PG, PG, HOST_PROT_READ, M_FIX),
			  BASE + 7 * PG);
	ck_assert_int_eq(host_sys_mremap(BASE, 6 * PG, 8 * PG, 0, 0), -ENOMEM);
	/* Exactly up to it is fine. */
	ck_assert_int_eq(host_sys_mremap(BASE, 6 * PG, 7 * PG, 0, 0), BASE);
	/* With MAYMOVE: a new place, first fit from TASK_UNMAPPED_BASE. */
	ck_assert_int_eq(host_sys_mremap(BASE + PG, 2 * PG, 5 * PG,
					 HOST_MREMAP_MAYMOVE, 0), BASE + 8 * PG);
	expect_nv(4);
	expect_vma(0, BASE, BASE + PG, ANON_RW, 10);
	expect_vma(1, BASE + 3 * PG, BASE + 7 * PG, ANON_RW, 13);
	expect_vma(2, BASE + 7 * PG, BASE + 8 * PG, ANON_RO, 0);
	expect_vma(3, BASE + 8 * PG, BASE + 13 * PG, ANON_RW, 11);
	/* The ptes went along. */
	eq_ul(frame_of(BASE + 8 * PG), f[1]);
	eq_ul(frame_of(BASE + 9 * PG), f[2]);
	eq_ul(host_pte_get(BASE + 10 * PG), 0);
	eq_ul(host_pte_get(BASE + PG), 0);
	eq_ul(frame_of(BASE), f[0]);
	info();
	eq_ul(mi.total_vm, 1 + 4 + 1 + 5);
	/* MREMAP_FIXED: to new_addr, unmapping what was there. */
	eq_ul(mmap_anon(0x50000000, 4 * PG, HOST_PROT_READ, M_FIX),
			  0x50000000);
	ck_assert_int_eq(host_sys_mremap(BASE + 8 * PG, 2 * PG, 2 * PG,
					 HOST_MREMAP_MAYMOVE | HOST_MREMAP_FIXED,
					 0x50001000), 0x50001000);
	load();
	expect_vma(nv - 3, 0x50000000, 0x50001000, ANON_RO, 0);
	expect_vma(nv - 2, 0x50001000, 0x50003000, ANON_RW, 11);
	expect_vma(nv - 1, 0x50003000, 0x50004000, ANON_RO, 3);
	eq_ul(frame_of(0x50001000), f[1]);
	for (p = BASE + 8 * PG; p < BASE + 10 * PG; p += PG)
		eq_ul(host_pte_get(p), 0);
	check_all();
	/* A FIXED move that also shrinks: 2.4.0 unmaps the tail first and
	 * then finds the old length no longer fits in the area: EFAULT. */
	ck_assert_int_eq(host_sys_mremap(BASE + 3 * PG, 4 * PG, 2 * PG,
					 HOST_MREMAP_MAYMOVE | HOST_MREMAP_FIXED,
					 0x60000000), -EFAULT);
	load();
	expect_vma(1, BASE + 3 * PG, BASE + 5 * PG, ANON_RW, 13);
	/* old_len 0 with MAYMOVE: a second mapping of the same offset. */
	ck_assert_int_eq(host_sys_mremap(BASE + 3 * PG, 0, PG,
					 HOST_MREMAP_MAYMOVE, 0), BASE + PG);
	load();
	expect_vma(1, BASE + PG, BASE + 2 * PG, ANON_RW, 13);
	check_all();
	finish();
}
END_TEST

START_TEST(test_mremap_bad_input)
{
	struct host_file_info fi;
	unsigned long f0, f[2];

	where = "mremap bad input";
	host_file_open(3, HOST_FMODE_READ, HOST_FILE_DONTEXPAND);
	eq_ul(mmap_anon(0, 4 * PG, P_RW, HOST_MAP_PRIVATE), BASE);
	eq_ul(mmap_anon(0, 4 * PG, HOST_PROT_READ, HOST_MAP_PRIVATE),
			  BASE + 4 * PG);
	ck_assert_int_eq(host_sys_mremap(BASE, PG, PG, 4, 0), -EINVAL);
	ck_assert_int_eq(host_sys_mremap(BASE + 8, PG, PG, 0, 0), -EINVAL);
	ck_assert_int_eq(host_sys_mremap(BASE, PG, 2 * PG, HOST_MREMAP_FIXED,
					 0x50000000), -EINVAL);
	ck_assert_int_eq(host_sys_mremap(BASE, PG, 2 * PG, 3, 0x50000800),
			 -EINVAL);
	ck_assert_int_eq(host_sys_mremap(BASE, PG, 2 * PG, 3, TOP - PG), -EINVAL);
	/* Overlapping old and new ranges, either way round. */
	ck_assert_int_eq(host_sys_mremap(BASE + PG, PG, 2 * PG, 3, BASE), -EINVAL);
	ck_assert_int_eq(host_sys_mremap(BASE, 2 * PG, 2 * PG, 3, BASE + PG),
			 -EINVAL);
	/* Not one whole area. */
	ck_assert_int_eq(host_sys_mremap(0x70000000, PG, 2 * PG, 1, 0), -EFAULT);
	ck_assert_int_eq(host_sys_mremap(BASE + 3 * PG, 2 * PG, 3 * PG, 1, 0),
			 -EFAULT);
	ck_assert_int_eq(host_sys_mremap(BASE, 5 * PG, 6 * PG, 1, 0), -EFAULT);
	/* VM_DONTEXPAND may shrink but not grow. */
	eq_ul(host_sys_mmap2(0x60000000, 2 * PG, HOST_PROT_READ,
					 HOST_MAP_PRIVATE | HOST_MAP_FIXED, 3, 0),
			  0x60000000);
	ck_assert_int_eq(host_sys_mremap(0x60000000, 2 * PG, 3 * PG, 1, 0),
			 -EFAULT);
	ck_assert_int_eq(host_sys_mremap(0x60000000, 2 * PG, PG, 1, 0),
			 0x60000000);
	host_file_info_get(3, &fi);
	ck_assert_int_eq(fi.f_count, 2);
	/* Limits. */
	host_set_rlimit(HOST_RLIMIT_AS, 10 * PG);
	ck_assert_int_eq(host_sys_mremap(BASE, 4 * PG, 6 * PG, 1, 0), -ENOMEM);
	host_set_rlimit(HOST_RLIMIT_AS, HOST_RLIM_INFINITY);
	ck_assert_int_eq(host_sys_mlock(BASE, 4 * PG), 0);
	host_set_rlimit(HOST_RLIMIT_MEMLOCK, 5 * PG);
	ck_assert_int_eq(host_sys_mremap(BASE, 4 * PG, 6 * PG, 1, 0), -EAGAIN);
	host_set_rlimit(HOST_RLIMIT_MEMLOCK, HOST_RLIM_INFINITY);
	ck_assert_int_eq(host_sys_munlock(BASE, 4 * PG), 0);
	ck_assert_int_eq(host_sys_mremap(BASE, 4 * PG,
					 (host_nr_free_pages() + 5) * PG, 1, 0),
			 -ENOMEM);
	/* No memory for the new area: nothing moves. */
	f0 = host_touch(BASE);
	host_vma_fail_alloc(1);
	ck_assert_int_eq(host_sys_mremap(BASE, 4 * PG, 6 * PG, 1, 0), -ENOMEM);
	host_vma_fail_alloc(0);
	eq_ul(frame_of(BASE), f0);
	expect_nv(3);
	expect_vma(0, BASE, BASE + 4 * PG, ANON_RW, 0);
	/* Room nowhere (read-only: no memory check first). */
	ck_assert_int_eq(host_sys_mremap(BASE + 4 * PG, 4 * PG, TOP - PG, 1, 0),
			 -ENOMEM);
	/*
	 * No page table at the destination: the entries moved so far (last
	 * page first) go back, the new range is zapped, ENOMEM.
	 */
	eq_ul(mmap_anon(0x40300000, 0x200000, P_RW, M_FIX),
			  0x40300000);
	f[0] = host_touch(0x40300000);
	f[1] = host_touch(0x404FF000);
	host_pte_fail_alloc(2);
	host_calls_reset();
	ck_assert_int_eq(host_sys_mremap(0x40300000, 0x200000, 0x200000, 3,
					 0x70300000), -ENOMEM);
	host_pte_fail_alloc(0);
	eq_ul(frame_of(0x40300000), f[0]);
	eq_ul(frame_of(0x404FF000), f[1]);
	eq_ul(host_pte_get(0x704FF000), 0);
	{
		struct host_call c[16];
		int i, n = host_calls_get(c, 16), zapped = 0;

		for (i = 0; i < n; i++)
			zapped |= c[i].what == HOST_CALL_ZAP &&
				  c[i].a == 0x70300000 && c[i].b == 0x200000;
		ck_assert(zapped);
	}
	check_all();
	finish();
}
END_TEST

/* A locked area keeps locked_vm right and its pages present. */
START_TEST(test_mremap_locked)
{
	struct host_call c[16];
	int i, n, found;

	where = "mremap locked";
	eq_ul(mmap_anon(0, 2 * PG, P_RW, HOST_MAP_PRIVATE), BASE);
	ck_assert_int_eq(host_sys_mlock(BASE, 2 * PG), 0);
	info();
	eq_ul(mi.locked_vm, 2);
	/* Grow in place: the new pages are counted and faulted in. */
	host_calls_reset();
	ck_assert_int_eq(host_sys_mremap(BASE, 2 * PG, 4 * PG, 0, 0), BASE);
	n = host_calls_get(c, 16);
	for (i = found = 0; i < n; i++)
		found |= c[i].what == HOST_CALL_PRESENT &&
			 c[i].a == BASE + 2 * PG && c[i].b == BASE + 4 * PG;
	ck_assert(found);
	info();
	eq_ul(mi.locked_vm, 4);
	eq_ul(mi.total_vm, 4);
	ck_assert(host_pte_get(BASE + 3 * PG) != 0);
	/* Blocked above: moved; the new area is locked and faulted in. */
	eq_ul(mmap_anon(BASE + 4 * PG, PG, HOST_PROT_READ, M_FIX),
	      BASE + 4 * PG);
	host_calls_reset();
	ck_assert_int_eq(host_sys_mremap(BASE, 4 * PG, 6 * PG,
					 HOST_MREMAP_MAYMOVE, 0), BASE + 5 * PG);
	n = host_calls_get(c, 16);
	for (i = found = 0; i < n; i++)
		found |= c[i].what == HOST_CALL_PRESENT &&
			 c[i].a == BASE + 5 * PG && c[i].b == BASE + 11 * PG;
	ck_assert(found);
	info();
	eq_ul(mi.locked_vm, 6);
	eq_ul(mi.total_vm, 7);
	expect_nv(2);
	expect_vma(0, BASE + 4 * PG, BASE + 5 * PG, ANON_RO, 0);
	expect_vma(1, BASE + 5 * PG, BASE + 11 * PG,
		   ANON_RW | HOST_VM_LOCKED, 0);
	ck_assert(host_pte_get(BASE + 10 * PG) != 0);
	check_all();
	finish();
}
END_TEST

START_TEST(test_mremap_empty_area)
{
	where = "mremap to length 0";
	ck_assert_uint_eq(mmap_anon(0, 2 * PG, P_RW, HOST_MAP_PRIVATE), BASE);
	/*
	 * 2.4.0 inserted an area of no size at new_addr for a FIXED move
	 * with both lengths 0 (make_pages_present and zap_page_range BUG on
	 * it); the port answers -EINVAL as later 2.4 kernels and makes none.
	 */
	eq_ul(host_sys_mremap(BASE, 0, 0, 3, 0x50000000), (unsigned long)-EINVAL);
	load();
	ck_assert_int_eq(nv, 1);
	eq_ul(vv[0].start, BASE);
	eq_ul(vv[0].end, BASE + 2 * PG);
	/* Shrinking to 0 in place still unmaps and returns the address. */
	eq_ul(host_sys_mremap(BASE, 2 * PG, 0, 0, 0), BASE);
	load();
	ck_assert_int_eq(nv, 0);
	ck_assert_int_eq(host_vma_exit(msg), 0);
}
END_TEST

/* ---- mlock ---------------------------------------------------------- */

START_TEST(test_mlock_cases)
{
	struct host_call c[8];

	where = "mlock";
	eq_ul(host_sys_mmap2(0, 10 * PG, P_RW, M_ANON, -1, 0), BASE);
	/* Without CAP_IPC_LOCK: locking is refused, unlocking is not. */
	host_set_cap_ipc_lock(0);
	ck_assert_int_eq(host_sys_mlock(BASE, PG), -EPERM);
	ck_assert_int_eq(host_sys_munlock(BASE, PG), 0);
	ck_assert_int_eq(host_sys_mlockall(HOST_MCL_CURRENT), -EPERM);
	ck_assert_int_eq(host_sys_munlockall(), -EPERM);
	host_set_cap_ipc_lock(1);
	/* The middle, from an unaligned start. */
	host_calls_reset();
	ck_assert_int_eq(host_sys_mlock(BASE + 3 * PG + 100, PG), 0);
	expect_nv(3);
	expect_vma(0, BASE, BASE + 3 * PG, ANON_RW, 0);
	expect_vma(1, BASE + 3 * PG, BASE + 5 * PG, ANON_RW | HOST_VM_LOCKED, 3);
	expect_vma(2, BASE + 5 * PG, BASE + 10 * PG, ANON_RW, 5);
	ck_assert_int_eq(host_calls_get(c, 8), 1);
	ck_assert_int_eq(c[0].what, HOST_CALL_PRESENT);
	eq_ul(c[0].a, BASE + 3 * PG);
	eq_ul(c[0].b, BASE + 5 * PG);
	ck_assert(host_pte_get(BASE + 4 * PG) != 0);
	info();
	eq_ul(mi.locked_vm, 2);
	/* Head and tail of areas, across them. */
	ck_assert_int_eq(host_sys_mlock(BASE + 2 * PG, 5 * PG), 0);
	expect_nv(5);
	expect_vma(1, BASE + 2 * PG, BASE + 3 * PG, ANON_RW | HOST_VM_LOCKED, 2);
	expect_vma(3, BASE + 5 * PG, BASE + 7 * PG, ANON_RW | HOST_VM_LOCKED, 5);
	info();
	eq_ul(mi.locked_vm, 5);
	ck_assert_int_eq(host_sys_munlock(BASE, 10 * PG), 0);
	info();
	eq_ul(mi.locked_vm, 0);
	expect_nv(5);
	/* Gaps and unmapped starts: ENOMEM. */
	ck_assert_int_eq(host_sys_mlock(BASE + 10 * PG, PG), -ENOMEM);
	eq_ul(mmap_anon(BASE + 12 * PG, PG, P_RW, M_FIX),
			  BASE + 12 * PG);
	ck_assert_int_eq(host_sys_mlock(BASE + 9 * PG, 4 * PG), -ENOMEM);
	expect_nv(7);
	expect_vma(5, BASE + 9 * PG, BASE + 10 * PG, ANON_RW | HOST_VM_LOCKED, 9);
	ck_assert_int_eq(host_sys_munlock(BASE + 9 * PG, PG), 0);
	/* Length 0: nothing; a wrap: EINVAL. */
	ck_assert_int_eq(host_sys_mlock(BASE, 0), 0);
	ck_assert_int_eq(host_sys_munlock(0xFFFFF000, 3 * PG), -EINVAL);
	/* RLIMIT_MEMLOCK, and half of physical memory. */
	host_set_rlimit(HOST_RLIMIT_MEMLOCK, 2 * PG);
	ck_assert_int_eq(host_sys_mlock(BASE, 3 * PG), -ENOMEM);
	ck_assert_int_eq(host_sys_mlock(BASE, 2 * PG), 0);
	host_set_rlimit(HOST_RLIMIT_MEMLOCK, HOST_RLIM_INFINITY);
	{
		struct host_mm_counters mc;

		host_mm_counters_get(&mc);
		ck_assert_int_eq(host_sys_mlock(0x60000000,
						(mc.num_physpages / 2 - 1) * PG),
				 -ENOMEM);
		ck_assert_int_eq(host_sys_mlock(0x60000000,
						(mc.num_physpages / 2 - 2) * PG),
				 -ENOMEM);
	}
	/* No memory for a split. */
	host_vma_fail_alloc(1);
	ck_assert_int_eq(host_sys_mlock(BASE + 3 * PG, PG), -EAGAIN);
	eq_ul(mmap_anon(0x50000000, 3 * PG, P_RW, M_FIX), 0x50000000);
	host_vma_fail_alloc(2);
	ck_assert_int_eq(host_sys_mlock(0x50000000 + PG, 1), -EAGAIN);
	host_vma_fail_alloc(0);
	check_all();
	finish();
}
END_TEST

START_TEST(test_mlockall)
{
	long r;

	where = "mlockall";
	eq_ul(mmap_anon(0, 3 * PG, P_RW, HOST_MAP_PRIVATE), BASE);
	eq_ul(mmap_anon(0, 2 * PG, HOST_PROT_READ, HOST_MAP_PRIVATE),
			  BASE + 3 * PG);
	ck_assert_int_eq(host_sys_mlockall(0), -EINVAL);
	ck_assert_int_eq(host_sys_mlockall(4), -EINVAL);
	ck_assert_int_eq(host_sys_mlockall(HOST_MCL_CURRENT), 0);
	expect_nv(2);
	expect_vma(0, BASE, BASE + 3 * PG, ANON_RW | HOST_VM_LOCKED, 0);
	expect_vma(1, BASE + 3 * PG, BASE + 5 * PG, ANON_RO | HOST_VM_LOCKED, 0);
	ck_assert(host_pte_get(BASE + 4 * PG) != 0);
	info();
	eq_ul(mi.locked_vm, 5);
	eq_ul(mi.def_flags, 0);
	/* MCL_FUTURE: new mappings are locked and faulted in. */
	ck_assert_int_eq(host_sys_mlockall(HOST_MCL_FUTURE), 0);
	info();
	eq_ul(mi.def_flags, HOST_VM_LOCKED);
	eq_ul(mi.locked_vm, 0);
	r = mmap_anon(0, PG, P_RW, HOST_MAP_PRIVATE);
	load();
	expect_vma(2, r, r + PG, ANON_RW | HOST_VM_LOCKED, 0);
	ck_assert(host_pte_get(r) != 0);
	ck_assert_int_eq(host_sys_munlockall(), 0);
	info();
	eq_ul(mi.def_flags, 0);
	eq_ul(mi.locked_vm, 0);
	/* total_vm against RLIMIT_MEMLOCK. */
	host_set_rlimit(HOST_RLIMIT_MEMLOCK, 5 * PG);
	ck_assert_int_eq(host_sys_mlockall(HOST_MCL_CURRENT), -ENOMEM);
	host_set_rlimit(HOST_RLIMIT_MEMLOCK, HOST_RLIM_INFINITY);
	check_all();
	finish();
}
END_TEST

/* ---- locks, TLB flushes and read-ahead marks through the splits ------- */

/*
 * What the last call did: spin_lock/spin_unlock pairs (mlock.c and
 * mprotect.c only), lock_vma_mappings/unlock_vma_mappings pairs, and TLB
 * flushes; every lock released, none in the wrong order (check_all).
 */
static void expect_locks(long spins, long maps, int flushes)
{
	struct host_lock_counts lc;
	struct host_call c[16];
	int i, n, f = 0;

	check_all();
	host_lock_counts_get(&lc);
	expect(lc.spin_locks == spins && lc.spin_unlocks == spins &&
	       lc.map_locks == maps && lc.map_unlocks == maps,
	       "%s: spin lock/unlock %ld/%ld, mapping lock/unlock %ld/%ld, "
	       "expected %ld and %ld", where, lc.spin_locks, lc.spin_unlocks,
	       lc.map_locks, lc.map_unlocks, spins, maps);
	n = host_calls_get(c, 16);
	for (i = 0; i < n && i < 16; i++)
		f += c[i].what == HOST_CALL_FLUSH_TLB;
	expect(f == flushes, "%s: %d TLB flushes, expected %d", where, f,
	       flushes);
	host_lock_counts_reset();
	host_calls_reset();
}

START_TEST(test_split_locks)
{
	unsigned long a;

	host_file_open(3, HOST_FMODE_READ | HOST_FMODE_WRITE, HOST_FILE_VMOPS);
	eq_ul(host_sys_mmap2(0, 10 * PG, P_RW, HOST_MAP_SHARED, 3, 0), BASE);
	host_touch(BASE + 3 * PG);
	host_lock_counts_reset();
	host_calls_reset();
	/*
	 * mprotect: a split takes the mapping's lock, then page_table_lock;
	 * change_protection takes page_table_lock again and flushes the TLB.
	 */
	where = "mprotect, same rights";
	ck_assert_int_eq(host_sys_mprotect(BASE, 10 * PG, P_RW), 0);
	expect_locks(0, 0, 0);
	where = "mprotect, whole area";
	ck_assert_int_eq(host_sys_mprotect(BASE, 10 * PG, HOST_PROT_READ), 0);
	expect_locks(2, 0, 1);
	where = "mprotect, head";		/* [0,1) rw, [1,10) r */
	ck_assert_int_eq(host_sys_mprotect(BASE, PG, P_RW), 0);
	expect_locks(2, 1, 1);
	where = "mprotect, tail";		/* [1,9) r, [9,10) rw */
	ck_assert_int_eq(host_sys_mprotect(BASE + 9 * PG, PG, P_RW), 0);
	expect_locks(2, 1, 1);
	where = "mprotect, middle";		/* [1,3) r, [3,4) rw, [4,9) r */
	ck_assert_int_eq(host_sys_mprotect(BASE + 3 * PG, PG, P_RW), 0);
	expect_locks(2, 1, 1);
	where = "mprotect, whole area and head";	/* [3,4), [4,5) rx */
	ck_assert_int_eq(host_sys_mprotect(BASE + 3 * PG, 2 * PG,
					   HOST_PROT_READ | HOST_PROT_EXEC), 0);
	expect_locks(4, 1, 2);
	where = "mprotect, no memory";
	host_vma_fail_alloc(1);
	ck_assert_int_eq(host_sys_mprotect(BASE + 6 * PG, PG, P_RW), -ENOMEM);
	host_vma_fail_alloc(0);
	expect_locks(0, 0, 0);
	where = "mprotect, no memory for the second area";
	host_vma_fail_alloc(2);
	ck_assert_int_eq(host_sys_mprotect(BASE + 6 * PG, PG, P_RW), -ENOMEM);
	host_vma_fail_alloc(0);
	expect_locks(0, 0, 0);
	/* mlock: the same splits, no TLB flush. */
	where = "mlock, whole area";		/* [0,1) */
	ck_assert_int_eq(host_sys_mlock(BASE, PG), 0);
	expect_locks(1, 0, 0);
	where = "mlock, head";			/* [1,2) of [1,3) */
	ck_assert_int_eq(host_sys_mlock(BASE + PG, PG), 0);
	expect_locks(1, 1, 0);
	where = "mlock, middle";		/* [6,7) of [5,9) */
	ck_assert_int_eq(host_sys_mlock(BASE + 6 * PG, PG), 0);
	expect_locks(1, 1, 0);
	where = "mlock, nothing to change";
	ck_assert_int_eq(host_sys_mlock(BASE, 2 * PG), 0);
	expect_locks(0, 0, 0);
	where = "munlock, three areas";		/* [0,1), [1,2), [6,7) */
	ck_assert_int_eq(host_sys_munlock(BASE, 10 * PG), 0);
	expect_locks(3, 0, 0);
	/* An anonymous area: lock_vma_mappings is called all the same. */
	a = mmap_anon(0, 6 * PG, P_RW, HOST_MAP_PRIVATE);
	host_lock_counts_reset();
	host_calls_reset();
	where = "mlock, tail of an anonymous area";
	ck_assert_int_eq(host_sys_mlock(a + 4 * PG, 2 * PG), 0);
	expect_locks(1, 1, 0);
	where = "mlock, middle of an anonymous area, no memory";
	host_vma_fail_alloc(2);
	ck_assert_int_eq(host_sys_mlock(a + PG, PG), -EAGAIN);
	host_vma_fail_alloc(0);
	expect_locks(0, 0, 0);
	where = "mlockall(MCL_CURRENT)";
	ck_assert_int_eq(host_sys_mlockall(HOST_MCL_CURRENT), 0);
	load();
	expect(nv == 11, "%s: %d areas", where, nv);
	expect_locks(10, 0, 0);	/* all but the locked tail: whole areas */
	finish();
}
END_TEST

/*
 * vm_raend: a new area made by a split starts with no read-ahead mark;
 * the old area keeps its own, except in the middle case, where it is
 * cleared too.
 */
START_TEST(test_split_raend)
{
	const unsigned long RX = HOST_PROT_READ | HOST_PROT_EXEC;

	where = "vm_raend";
	host_file_open(3, HOST_FMODE_READ, 0);
	eq_ul(host_sys_mmap2(0, 12 * PG, HOST_PROT_READ, HOST_MAP_PRIVATE, 3,
			     0), BASE);
	host_vma_set_raend(BASE, 77);
	/* mprotect: whole, head, tail, middle. */
	ck_assert_int_eq(host_sys_mprotect(BASE, 12 * PG, RX), 0);
	eq_ul(host_vma_raend(BASE), 77);
	ck_assert_int_eq(host_sys_mprotect(BASE, PG, HOST_PROT_READ), 0);
	eq_ul(host_vma_raend(BASE), 0);
	eq_ul(host_vma_raend(BASE + PG), 77);
	ck_assert_int_eq(host_sys_mprotect(BASE + 11 * PG, PG, HOST_PROT_READ),
			 0);
	eq_ul(host_vma_raend(BASE + 11 * PG), 0);
	eq_ul(host_vma_raend(BASE + PG), 77);
	ck_assert_int_eq(host_sys_mprotect(BASE + 2 * PG, PG, HOST_PROT_READ),
			 0);
	expect_nv(5);
	eq_ul(host_vma_raend(BASE + PG), 0);
	eq_ul(host_vma_raend(BASE + 2 * PG), 0);
	eq_ul(host_vma_raend(BASE + 3 * PG), 0);
	/* mlock on [3,11): whole, head, tail, middle. */
	host_vma_set_raend(BASE + 3 * PG, 55);
	ck_assert_int_eq(host_sys_mlock(BASE + 3 * PG, 8 * PG), 0);
	ck_assert_int_eq(host_sys_munlock(BASE + 3 * PG, 8 * PG), 0);
	eq_ul(host_vma_raend(BASE + 3 * PG), 55);
	ck_assert_int_eq(host_sys_mlock(BASE + 3 * PG, PG), 0);
	eq_ul(host_vma_raend(BASE + 3 * PG), 0);
	eq_ul(host_vma_raend(BASE + 4 * PG), 55);
	ck_assert_int_eq(host_sys_mlock(BASE + 10 * PG, PG), 0);
	eq_ul(host_vma_raend(BASE + 10 * PG), 0);
	eq_ul(host_vma_raend(BASE + 4 * PG), 55);
	ck_assert_int_eq(host_sys_mlock(BASE + 6 * PG, PG), 0);
	expect_nv(9);
	eq_ul(host_vma_raend(BASE + 4 * PG), 0);
	eq_ul(host_vma_raend(BASE + 6 * PG), 0);
	eq_ul(host_vma_raend(BASE + 7 * PG), 0);
	check_all();
	finish();
}
END_TEST

/* ---- MAX_MAP_COUNT -------------------------------------------------- */

START_TEST(test_max_map_count)
{
	unsigned long a = 0x10000000;
	int k;

	where = "MAX_MAP_COUNT";
	/* One three-page area, then one-page areas side by side. */
	eq_ul(host_sys_mmap2(a, 3 * PG, P_RW, M_FIX, -1, 0), a);
	for (k = 1; k <= HOST_MAX_MAP_COUNT; k++)
		eq_ul(host_sys_mmap2(a + (k + 2) * PG, PG, P_RW, M_FIX,
						 -1, 0), a + (k + 2) * PG);
	info();
	/* do_mmap allows map_count == MAX_MAP_COUNT, so one more fits. */
	ck_assert_int_eq(mi.map_count, HOST_MAX_MAP_COUNT + 1);
	ck_assert_int_eq(host_sys_mmap2(0, PG, P_RW, M_ANON, -1, 0), -ENOMEM);
	ck_assert_int_eq(host_sys_mmap2(a + 3 * PG, PG, P_RW, M_FIX, -1, 0),
			 -ENOMEM);
	/* A hole in the middle of an area would make one more. */
	ck_assert_int_eq(host_sys_munmap(a + PG, PG), -ENOMEM);
	ck_assert_int_eq(host_do_brk(0x80000000, PG), -ENOMEM);
	/* A whole area can go. */
	ck_assert_int_eq(host_sys_munmap(a + 3 * PG, PG), 0);
	info();
	ck_assert_int_eq(mi.map_count, HOST_MAX_MAP_COUNT);
	ck_assert_int_eq(host_sys_munmap(a + PG, PG), -ENOMEM);
	/* brk is checked after its unmap: map_count > MAX fails only. */
	eq_ul(host_do_brk(0x80000000, PG), 0x80000000);
	ck_assert_int_eq(host_sys_munmap(0x80000000, PG), 0);
	ck_assert_int_eq(host_sys_munmap(a + 4 * PG, PG), 0);
	ck_assert_int_eq(host_sys_munmap(a + PG, PG), 0);
	/* mprotect and mlock have no limit in 2.4.0. */
	ck_assert_int_eq(host_sys_mmap2(a + 3 * PG, 2 * PG, P_RW, M_FIX, -1, 0),
			 a + 3 * PG);
	info();
	ck_assert_int_eq(mi.map_count, HOST_MAX_MAP_COUNT + 1);
	ck_assert_int_eq(host_sys_mprotect(a + 3 * PG, PG, HOST_PROT_READ), 0);
	info();
	ck_assert_int_eq(mi.map_count, HOST_MAX_MAP_COUNT + 2);
	check_all();
	finish();
}
END_TEST

/* ---- exit_mmap, files through splits ---------------------------------- */

START_TEST(test_exit_mmap)
{
	struct host_file_info fi;
	struct host_call c[64];
	int n, i, zaps = 0;

	where = "exit_mmap";
	host_file_open(3, HOST_FMODE_READ | HOST_FMODE_WRITE, HOST_FILE_VMOPS);
	eq_ul(host_sys_mmap2(0, 8 * PG, P_RW, HOST_MAP_SHARED, 3, 4),
			  BASE);
	/* Splits: each piece holds the file and was opened. */
	ck_assert_int_eq(host_sys_mprotect(BASE + PG, PG, HOST_PROT_READ), 0);
	ck_assert_int_eq(host_sys_mlock(BASE + 3 * PG, PG), 0);
	ck_assert_int_eq(host_sys_munmap(BASE + 5 * PG, PG), 0);
	ck_assert_int_eq(host_sys_mremap(BASE + 6 * PG, PG, 3 * PG,
					 HOST_MREMAP_MAYMOVE, 0), BASE + 8 * PG);
	check_all();
	load();
	host_file_info_get(3, &fi);
	ck_assert_int_eq(fi.f_count, 1 + nv);
	ck_assert_int_eq(fi.n_i_mmap_shared, nv);
	ck_assert_int_eq(fi.mmap_calls + fi.opens - fi.closes, nv);
	for (i = 0; i < nv; i++)
		eq_ul(vv[i].pgoff, 4 + (vv[i].start - BASE) / PG -
				  (vv[i].start >= BASE + 8 * PG ? 2 : 0));
	host_calls_reset();
	ck_assert_int_eq(host_vma_exit(msg), 0);
	n = host_calls_get(c, 64);
	ck_assert_int_eq(c[0].what, HOST_CALL_RELEASE_SEG);
	for (i = 1; i < n - 1; i++)
		zaps += c[i].what == HOST_CALL_ZAP;
	ck_assert_int_eq(zaps, nv);
	ck_assert_int_eq(c[n - 1].what, HOST_CALL_CLEAR_PT);
	eq_ul(c[n - 1].a, 0);
	eq_ul(c[n - 1].b, 768);
	host_file_info_get(3, &fi);
	ck_assert_int_eq(fi.f_count, 1);
	ck_assert_int_eq(fi.n_i_mmap_shared, 0);
	ck_assert_int_eq(fi.mmap_calls + fi.opens - fi.closes, 0);
}
END_TEST

/* ---- the randomized run against a reference model -------------------- */

/*
 * The model: one entry per page of a 16 MB window at TASK_UNMAPPED_BASE,
 * where every operation of the run takes place.  A page is mapped if its
 * area id is not 0; pages of one area carry one id, and ids are never
 * reused, so the kernel's areas must be exactly the runs of equal ids.
 * Each mapped page also has its vm_flags, file page offset, file and the
 * frame a "fault" gave it (0: no pte; -1: faulted by this operation, the
 * number is read back from the kernel).  Every prediction follows 2.4.0's
 * rules, quirks included; operations whose result would leave the window
 * (a first fit above it) are not issued.
 */
#define W		4096UL
#define WEND		(BASE + W * PG)
#define NOFRAME		0UL
#define NEWFRAME	(~0UL)

struct mpage {
	unsigned long id, flags, pgoff, frame;
	int file;
};

static struct mpage *m;
static unsigned long next_id = 1;
static unsigned long m_brk, m_def_flags, maxframe;
static unsigned long m_free;		/* nr_free_pages at the start of the op */
static unsigned long m_physpages;
static int m_skip;			/* the op would leave the window */

static unsigned long long rnd64 = 88172645463325252ULL;

/* xorshift64: the same run on every machine. */
static unsigned long rnd(unsigned long n)
{
	rnd64 ^= rnd64 << 13;
	rnd64 ^= rnd64 >> 7;
	rnd64 ^= rnd64 << 17;
	return n ? (unsigned long)(rnd64 % n) : 0;
}

static long pg(unsigned long addr)
{
	return (long)((addr - BASE) / PG);
}

static int in_window(unsigned long addr, unsigned long len)
{
	return addr >= BASE && addr <= WEND && len <= WEND - addr;
}

/* The run of equal ids around page i: [*s, *e). */
static void m_run(long i, long *s, long *e)
{
	*s = i;
	while (*s > 0 && m[*s - 1].id == m[i].id)
		(*s)--;
	*e = i + 1;
	while (*e < (long)W && m[*e].id == m[i].id)
		(*e)++;
}

/* find_vma: the first page of the first area ending above addr, or -1. */
static long m_find(unsigned long addr)
{
	long i;

	if (addr < BASE)
		i = 0;
	else if (addr >= WEND)
		return -1;
	else
		i = pg(addr);
	for (; i < (long)W; i++)
		if (m[i].id) {
			long s, e;

			m_run(i, &s, &e);
			return s;
		}
	return -1;
}

/* get_unmapped_area: first fit from addr (or BASE) up; -1 outside the window. */
static long m_unmapped(unsigned long addr, unsigned long len)
{
	long i, j, n = len / PG;

	if (len > TOP)
		return 0;
	if (!addr)
		addr = BASE;
	addr = (addr + PG - 1) & ~(PG - 1);
	if (addr < BASE || addr >= WEND)
		return -1;
	for (i = pg(addr); i + n <= (long)W; i++) {
		for (j = 0; j < n && !m[i + j].id; j++)
			;
		if (j == n)
			return BASE + i * PG;
		i += j;
	}
	return -1;
}

static int m_nareas(void)
{
	long i;
	int n = 0;

	for (i = 0; i < (long)W; i++)
		if (m[i].id && (i == 0 || m[i - 1].id != m[i].id))
			n++;
	return n;
}

static unsigned long m_total(int locked)
{
	unsigned long i, n = 0;

	for (i = 0; i < W; i++)
		if (m[i].id && (!locked || (m[i].flags & HOST_VM_LOCKED)))
			n++;
	return n;
}

/* The pages [s, e) become a new area (fresh id). */
static void m_relabel(long s, long e)
{
	unsigned long id = next_id++;

	for (; s < e; s++)
		m[s].id = id;
}

/* The pages of the area at page i from i on get a fresh id. */
static void m_split_at(long i)
{
	long s, e;

	m_run(i, &s, &e);
	m_relabel(i, e);
}

static void m_fault(long s, long e)
{
	for (; s < e; s++)
		if (m[s].id && m[s].frame == NOFRAME)
			m[s].frame = NEWFRAME;
}

static int m_vm_enough(unsigned long pages)
{
	return (long)m_free > (long)pages;
}

/* do_munmap */
static long m_munmap(unsigned long addr, unsigned long len)
{
	long i, s, e, f;
	int cut;

	if ((addr & (PG - 1)) || addr > TOP || len > TOP - addr)
		return -EINVAL;
	len = (len + PG - 1) & ~(PG - 1);
	if (!len)
		return -EINVAL;
	f = m_find(addr);
	if (f < 0 || BASE + f * PG >= addr + len)
		return 0;
	s = addr < BASE ? 0 : pg(addr);
	e = addr + len > WEND ? (long)W : pg(addr + len);
	/* An area cut at e keeps its lower part; the upper part is new. */
	cut = e > 0 && e < (long)W && m[e].id && m[e - 1].id == m[e].id;
	for (i = s; i < e; i++)
		memset(&m[i], 0, sizeof(m[i]));
	if (cut)
		m_split_at(e);
	return 0;
}

/* old_mmap / sys_mmap2 (files: fd 3 read-write with vm_ops, fd 4 read-only). */
static const int file_mode[8] = { [3] = HOST_FMODE_READ | HOST_FMODE_WRITE,
				  [4] = HOST_FMODE_READ };

static long m_mmap(unsigned long addr, unsigned long len, unsigned long prot,
		   unsigned long flags, int fd, unsigned long pgoff, int old,
		   unsigned long offset, int fail)
{
	unsigned long vf;
	long r, i, n;

	if (old && (offset & (PG - 1)))
		return -EINVAL;
	flags &= ~(HOST_MAP_EXECUTABLE | HOST_MAP_DENYWRITE);
	if (flags & HOST_MAP_ANONYMOUS)
		fd = -1;
	len = (len + PG - 1) & ~(PG - 1);
	if (!len)
		return addr;
	if (len > TOP || addr > TOP - len)
		return -EINVAL;
	if (pgoff + len / PG < pgoff)
		return -EINVAL;
	if (m_def_flags & HOST_VM_LOCKED) {
		/* RLIMIT_MEMLOCK is infinite in the run */
	}
	if (fd >= 0) {
		int mode = file_mode[fd];

		switch (flags & HOST_MAP_TYPE) {
		case HOST_MAP_SHARED:
			if ((prot & HOST_PROT_WRITE) && !(mode & HOST_FMODE_WRITE))
				return -EACCES;
			/* fall through */
		case HOST_MAP_PRIVATE:
			if (!(mode & HOST_FMODE_READ))
				return -EACCES;
			break;
		default:
			return -EINVAL;
		}
	}
	if (flags & HOST_MAP_FIXED) {
		if (addr & (PG - 1))
			return -EINVAL;
		if (!in_window(addr, len)) {
			m_skip = 1;
			return 0;
		}
	} else {
		r = m_unmapped(addr, len);
		if (r < 0) {
			m_skip = 1;
			return 0;
		}
		addr = r;
	}
	if (fail)
		return -ENOMEM;
	vf = (prot & 7) | (flags & HOST_MAP_GROWSDOWN) | m_def_flags;
	if (fd >= 0) {
		if (file_mode[fd] & HOST_FMODE_READ)
			vf |= MAY;
		if (flags & HOST_MAP_SHARED) {
			vf |= HOST_VM_SHARED | HOST_VM_MAYSHARE;
			if (!(file_mode[fd] & HOST_FMODE_WRITE))
				vf &= ~(HOST_VM_MAYWRITE | HOST_VM_SHARED);
		}
	} else {
		vf |= MAY;
		if (flags & HOST_MAP_SHARED)
			vf |= HOST_VM_SHARED | HOST_VM_MAYSHARE;
	}
	m_munmap(addr, len);
	if ((vf & (HOST_VM_SHARED | HOST_VM_WRITE)) == HOST_VM_WRITE &&
	    !(flags & HOST_MAP_NORESERVE) && !m_vm_enough(len / PG))
		return -ENOMEM;
	n = len / PG;
	for (i = 0; i < n; i++) {
		struct mpage *p = &m[pg(addr) + i];

		p->flags = vf;
		p->pgoff = pgoff + i;
		p->file = fd;
		p->frame = NOFRAME;
	}
	m_relabel(pg(addr), pg(addr) + n);
	if (vf & HOST_VM_LOCKED)
		m_fault(pg(addr), pg(addr) + n);
	return addr;
}

/* Give [s, e) (inside one area) newflags, as the *_fixup functions do. */
static void m_fixup(long s, long e, unsigned long newflags, int ptes)
{
	long as, ae, i;

	m_run(s, &as, &ae);
	if (newflags == m[s].flags)
		return;
	for (i = s; i < e; i++)
		m[i].flags = newflags;
	if (as < s || e < ae)
		m_relabel(s, e);
	if (e < ae)
		m_relabel(e, ae);
	(void)ptes;
}

static long m_mprotect(unsigned long start, unsigned long len,
		       unsigned long prot)
{
	unsigned long end;
	long v, as, ae;

	if (start & (PG - 1))
		return -EINVAL;
	len = (len + PG - 1) & ~(PG - 1);
	end = start + len;
	if (end < start)
		return -EINVAL;
	if (prot & ~7UL)
		return -EINVAL;
	if (end == start)
		return 0;
	v = m_find(start);
	if (v < 0 || BASE + v * PG > start)
		return -EFAULT;
	if (!in_window(start, end - start)) {
		m_skip = 1;
		return 0;
	}
	for (;;) {
		unsigned long nf;
		long s = pg(start > BASE + v * PG ? start : BASE + v * PG);

		m_run(v, &as, &ae);
		nf = prot | (m[v].flags & ~7UL);
		if ((nf & ~(nf >> 4)) & 0xf)
			return -EACCES;
		if (BASE + ae * PG >= end) {
			m_fixup(s, pg(end), nf, 1);
			return 0;
		}
		m_fixup(s, ae, nf, 1);
		if (ae >= (long)W || !m[ae].id)
			return -EFAULT;
		v = ae;
	}
}

static long m_mlock_range(unsigned long start, unsigned long len, int on)
{
	unsigned long end;
	long v, as, ae;

	len = (len + PG - 1) & ~(PG - 1);
	end = start + len;
	if (end < start)
		return -EINVAL;
	if (end == start)
		return 0;
	v = m_find(start);
	if (v < 0 || BASE + v * PG > start)
		return -ENOMEM;
	for (;;) {
		unsigned long nf;
		long s = pg(start > BASE + v * PG ? start : BASE + v * PG), e;

		m_run(v, &as, &ae);
		nf = m[v].flags | HOST_VM_LOCKED;
		if (!on)
			nf &= ~HOST_VM_LOCKED;
		e = BASE + ae * PG >= end ? pg(end) : ae;
		if (nf != m[v].flags) {
			m_fixup(s, e, nf, 0);
			if (on)
				m_fault(s, e);
		}
		if (BASE + ae * PG >= end)
			return 0;
		if (ae >= (long)W || !m[ae].id)
			return -ENOMEM;
		v = ae;
	}
}

static long m_mlock(unsigned long start, unsigned long len, int on)
{
	unsigned long locked;

	len = (len + (start & (PG - 1)) + PG - 1) & ~(PG - 1);
	start &= ~(PG - 1);
	if (on) {
		locked = len / PG + m_total(1);
		if (locked > m_physpages / 2)
			return -ENOMEM;
	}
	if (!in_window(start, len)) {
		m_skip = 1;
		return 0;
	}
	return m_mlock_range(start, len, on);
}

/* do_mlockall (CAP_IPC_LOCK is held in the run) */
static long m_do_mlockall(int flags)
{
	long i;

	m_def_flags = (flags & HOST_MCL_FUTURE) ? HOST_VM_LOCKED : 0;
	for (i = 0; i < (long)W; i++) {
		long s, e;
		unsigned long nf;

		if (!m[i].id)
			continue;
		m_run(i, &s, &e);
		nf = m[i].flags | HOST_VM_LOCKED;
		if (!(flags & HOST_MCL_CURRENT))
			nf &= ~HOST_VM_LOCKED;
		if (nf != m[i].flags) {
			m_fixup(s, e, nf, 0);
			if (nf & HOST_VM_LOCKED)
				m_fault(s, e);
		}
		i = e - 1;
	}
	return 0;
}

static long m_sys_mlockall(int flags)
{
	if (!flags || (flags & ~3))
		return -EINVAL;
	if (m_total(0) > m_physpages / 2)
		return -ENOMEM;
	return m_do_mlockall(flags);
}

static long m_mremap(unsigned long addr, unsigned long old_len,
		     unsigned long new_len, unsigned long flags,
		     unsigned long new_addr)
{
	long v, as, ae, i, n;
	unsigned long vf, max_addr;
	struct mpage *save;

	if (flags & ~3UL)
		return -EINVAL;
	if (addr & (PG - 1))
		return -EINVAL;
	old_len = (old_len + PG - 1) & ~(PG - 1);
	new_len = (new_len + PG - 1) & ~(PG - 1);
	if (flags & HOST_MREMAP_FIXED) {
		if (new_addr & (PG - 1))
			return -EINVAL;
		if (!(flags & HOST_MREMAP_MAYMOVE))
			return -EINVAL;
		if (new_len > TOP || new_addr > TOP - new_len)
			return -EINVAL;
		if (new_addr <= addr && new_addr + new_len > addr)
			return -EINVAL;
		if (addr <= new_addr && addr + old_len > new_addr)
			return -EINVAL;
		if (!in_window(new_addr, new_len)) {
			m_skip = 1;
			return 0;
		}
		m_munmap(new_addr, new_len);
	}
	if (old_len >= new_len) {
		m_munmap(addr + new_len, old_len - new_len);
		if (!(flags & HOST_MREMAP_FIXED) || new_addr == addr)
			return addr;
	}
	v = m_find(addr);
	if (v < 0 || BASE + v * PG > addr)
		return -EFAULT;
	m_run(v, &as, &ae);
	if (old_len > BASE + ae * PG - addr)
		return -EFAULT;
	vf = m[v].flags;
	if ((vf & (HOST_VM_SHARED | HOST_VM_WRITE)) == HOST_VM_WRITE &&
	    !m_vm_enough((new_len - old_len) / PG))
		return -ENOMEM;
	if (old_len == BASE + ae * PG - addr &&
	    !((flags & HOST_MREMAP_FIXED) && addr != new_addr) &&
	    (old_len != new_len || !(flags & HOST_MREMAP_MAYMOVE))) {
		long nx = m_find(BASE + ae * PG);

		max_addr = nx < 0 ? TOP : BASE + nx * PG;
		if (max_addr - addr >= new_len) {
			if (!in_window(addr, new_len)) {
				m_skip = 1;
				return 0;
			}
			n = new_len / PG;
			for (i = old_len / PG; i < n; i++) {
				struct mpage *p = &m[pg(addr) + i];

				*p = m[ae - 1];
				p->pgoff = m[ae - 1].pgoff + (i - old_len / PG) + 1;
				p->frame = NOFRAME;
			}
			if (vf & HOST_VM_LOCKED)
				m_fault(pg(addr) + old_len / PG, pg(addr) + n);
			return addr;
		}
	}
	if (!(flags & HOST_MREMAP_MAYMOVE))
		return -ENOMEM;
	if (!(flags & HOST_MREMAP_FIXED)) {
		long r = m_unmapped(0, new_len);

		if (r < 0) {
			m_skip = 1;
			return 0;
		}
		new_addr = r;
	}
	/* move_vma: the new area copies the old one; ptes move over. */
	n = new_len / PG;
	save = malloc((old_len / PG + 1) * sizeof(*save));
	for (i = 0; i < (long)(old_len / PG); i++)
		save[i] = m[pg(addr) + i];
	for (i = 0; i < n; i++) {
		struct mpage *p = &m[pg(new_addr) + i];

		p->flags = vf;
		p->file = m[v].file;
		p->pgoff = m[v].pgoff + (pg(addr) - v) + i;
		p->frame = i < (long)(old_len / PG) ? save[i].frame : NOFRAME;
	}
	free(save);
	m_relabel(pg(new_addr), pg(new_addr) + n);
	/* do_munmap of the old range (an old_len of 0 is refused: EINVAL). */
	m_munmap(addr, old_len);
	if (vf & HOST_VM_LOCKED)
		m_fault(pg(new_addr), pg(new_addr) + n);
	return new_addr;
}

static const unsigned long BRK_START = BASE + 3 * W / 4 * PG + 0x123;

static unsigned long m_sys_brk(unsigned long brk)
{
	unsigned long newbrk, oldbrk, len, fl;
	long i, f, n;

	if (brk < BRK_START - 0x123 - 64 * PG)	/* end_code */
		return m_brk;
	newbrk = (brk + PG - 1) & ~(PG - 1);
	oldbrk = (m_brk + PG - 1) & ~(PG - 1);
	if (oldbrk == newbrk)
		goto set;
	if (brk <= m_brk) {
		if (!m_munmap(newbrk, oldbrk - newbrk))
			goto set;
		return m_brk;
	}
	f = m_find(oldbrk);
	if (f >= 0 && newbrk + PG > BASE + f * PG)
		return m_brk;
	len = newbrk - oldbrk;
	if (!m_vm_enough(len / PG))
		return m_brk;
	/* do_brk */
	fl = BRK_FLAGS | m_def_flags;
	n = len / PG;
	i = pg(oldbrk) - 1;
	{
		long s = pg(oldbrk);
		int ext = i >= 0 && m[i].id && m[i].file < 0 && m[i].flags == fl;

		for (f = 0; f < n; f++) {
			struct mpage *p = &m[s + f];

			p->flags = fl;
			p->file = -1;
			p->frame = NOFRAME;
			if (ext) {
				p->id = m[i].id;
				p->pgoff = m[i].pgoff + f + 1;
			} else {
				p->pgoff = f;
			}
		}
		if (!ext)
			m_relabel(s, s + n);
		if (fl & HOST_VM_LOCKED)
			m_fault(s, s + n);
	}
set:
	m_brk = brk;
	return m_brk;
}

static unsigned long *ptes;

/* Both lists side by side on stderr, for a failing run. */
static void m_dump(void)
{
	long i, s, e;
	int k = 0;

	fprintf(stderr, "%s\nkernel:\n", where);
	for (k = 0; k < nv; k++)
		fprintf(stderr, "  %08lx-%08lx %5lx %4lu %d\n", vv[k].start,
			vv[k].end, vv[k].flags, vv[k].pgoff, vv[k].file);
	fprintf(stderr, "model:\n");
	for (i = 0; i < (long)W; i = e) {
		if (!m[i].id) {
			e = i + 1;
			continue;
		}
		m_run(i, &s, &e);
		fprintf(stderr, "  %08lx-%08lx %5lx %4lu %d id %lu\n",
			BASE + s * PG, BASE + e * PG, m[s].flags, m[s].pgoff,
			m[s].file, m[s].id);
	}
}
static int m_tree;		/* the kernel has built its AVL tree */

/* Model and kernel agree: areas, counters, ptes, files, lookups. */
static void m_compare(void)
{
	long i, s, e;
	int k = 0, runs, fd;
	unsigned long newmax = maxframe;
	int *runstart;

	check_all();
	load();
	runs = m_nareas();
	if (nv != runs)
		m_dump();
	expect(nv == runs, "%s: %d areas, model %d", where, nv, runs);
	runstart = malloc((runs + 1) * sizeof(int));
	for (i = 0; i < (long)W; i = e) {
		if (!m[i].id) {
			e = i + 1;
			continue;
		}
		m_run(i, &s, &e);
		runstart[k] = s;
		expect(vv[k].start == BASE + s * PG && vv[k].end == BASE + e * PG &&
		       vv[k].flags == m[s].flags && vv[k].pgoff == m[s].pgoff &&
		       vv[k].file == m[s].file,
		       "%s: area %d is %08lx-%08lx flags %lx pgoff %lu file %d, "
		       "model %08lx-%08lx flags %lx pgoff %lu file %d", where, k,
		       vv[k].start, vv[k].end, vv[k].flags, vv[k].pgoff,
		       vv[k].file, BASE + s * PG, BASE + e * PG, m[s].flags,
		       m[s].pgoff, m[s].file);
		k++;
	}
	runstart[k] = -1;
	info();
	expect(mi.total_vm == m_total(0) && mi.locked_vm == m_total(1),
	       "%s: total_vm %lu locked_vm %lu, model %lu %lu", where,
	       mi.total_vm, mi.locked_vm, m_total(0), m_total(1));
	expect(mi.def_flags == m_def_flags && mi.brk == m_brk,
	       "%s: def_flags %lx brk %lx, model %lx %lx", where, mi.def_flags,
	       mi.brk, m_def_flags, m_brk);
	if (mi.has_avl)
		m_tree = 1;
	expect(mi.has_avl == m_tree, "%s: AVL tree %d, expected %d", where,
	       mi.has_avl, m_tree);

	/* Every pte of the window. */
	host_pte_dump(BASE, W, ptes);
	for (i = 0; i < (long)W; i++) {
		unsigned long want;

		if (m[i].frame == NOFRAME) {
			expect(ptes[i] == 0, "%s: page %08lx has pte %lx, model none",
			       where, BASE + i * PG, ptes[i]);
			continue;
		}
		if (m[i].frame == NEWFRAME) {
			expect(ptes[i] >> 12 > maxframe,
			       "%s: page %08lx: pte %lx, expected a new frame", where,
			       BASE + i * PG, ptes[i]);
			m[i].frame = ptes[i] >> 12;
			if (m[i].frame > newmax)
				newmax = m[i].frame;
		}
		want = (m[i].frame << 12) | prot_map[m[i].flags & 0xf];
		expect(ptes[i] == want, "%s: page %08lx: pte %lx, model %lx", where,
		       BASE + i * PG, ptes[i], want);
	}
	maxframe = newmax;

	/* Files: one reference per area, open/close balanced. */
	for (fd = 3; fd <= 4; fd++) {
		struct host_file_info fi;
		int n = 0;

		for (i = 0; i < runs; i++)
			n += m[runstart[i]].file == fd;
		host_file_info_get(fd, &fi);
		expect(fi.f_count == 1 + n, "%s: file %d f_count %d, %d areas",
		       where, fd, fi.f_count, n);
		if (fd == 3)
			expect(fi.mmap_calls + fi.opens - fi.closes == n,
			       "%s: file 3: %d mmaps %d opens %d closes, %d areas",
			       where, fi.mmap_calls, fi.opens, fi.closes, n);
	}

	/* find_vma and find_vma_prev at a few places. */
	for (i = 0; i < 3; i++) {
		unsigned long a;
		long f;
		int want = -1, got, prev;

		if (i == 0 && runs) {
			int r = rnd(runs);

			m_run(runstart[r], &s, &e);
			a = BASE + (rnd(2) ? s * PG : e * PG - 1 + rnd(2));
		} else {
			a = BASE - PG + rnd((W + 2) * PG);
		}
		f = m_find(a);
		for (k = 0; k < runs; k++)
			if (runstart[k] == f)
				want = k;
		got = host_find_vma(a);
		expect(got == want, "%s: find_vma(%08lx) = %d, model %d", where, a,
		       got, want);
		got = host_find_vma_prev(a, &prev);
		expect(got == want, "%s: find_vma_prev(%08lx) = %d", where, a, got);
		expect(prev == (want >= 0 ? want - 1 : (m_tree ? -1 : runs - 1)),
		       "%s: find_vma_prev(%08lx): prev %d", where, a, prev);
	}
	free(runstart);
}

/* An address: mostly near or inside existing areas, sometimes anywhere. */
static unsigned long r_addr(void)
{
	long i;
	int tries;

	if (rnd(4)) {
		for (tries = 0; tries < 8; tries++) {
			i = rnd(W);
			if (m[i].id)
				return BASE + i * PG;
		}
	}
	return BASE + rnd(W) * PG;
}

static unsigned long r_len(void)
{
	switch (rnd(8)) {
	case 0:
		return rnd(3) * PG + rnd(PG);		/* unaligned, maybe 0 */
	case 1:
		return (1 + rnd(256)) * PG;
	default:
		return (1 + rnd(16)) * PG;
	}
}

static int ops_done[10], ops_failed;

/* One random operation on kernel and model; 0 if it was skipped. */
static int m_step(void)
{
	int op = rnd(100);
	long want, got;
	char wbuf[160];

	m_skip = 0;
	m_free = host_nr_free_pages();
	where = wbuf;
	if (op < 24) {
		unsigned long addr = rnd(3) ? r_addr() : (rnd(2) ? 0 : BASE + rnd(W * PG));
		unsigned long len = r_len(), prot = rnd(8), pgoff = rnd(2000);
		unsigned long flags = rnd(4) | (rnd(2) ? HOST_MAP_FIXED : 0);
		int fd = rnd(3) ? -1 : 3 + rnd(2), old = rnd(2), fail = !rnd(40);

		if (!rnd(10))
			flags |= HOST_MAP_NORESERVE;
		if (!rnd(10))
			flags |= HOST_MAP_GROWSDOWN;
		if (fd < 0)
			flags |= HOST_MAP_ANONYMOUS;
		if (flags & HOST_MAP_FIXED)
			addr &= ~(PG - 1);
		if (!rnd(50))
			addr |= 0x800;
		sprintf(wbuf, "op mmap(%lx, %lx, %lx, %lx, %d, %lu)%s%s", addr, len,
			prot, flags, fd, pgoff, old ? " old" : "",
			fail ? " failing" : "");
		want = m_mmap(addr, len, prot, flags, fd, pgoff, old, pgoff * PG,
			      fail);
		if (m_skip)
			return 0;
		host_vma_fail_alloc(fail);
		if (old)
			got = host_old_mmap(addr, len, prot, flags, fd, pgoff * PG);
		else
			got = host_sys_mmap2(addr, len, prot, flags, fd, pgoff);
		host_vma_fail_alloc(0);
		ops_done[0]++;
	} else if (op < 38) {
		unsigned long addr = r_addr(), len = r_len();
		int fail = !rnd(30);
		long f;

		if (!rnd(40))
			addr += 1 + rnd(PG - 1);
		if (!in_window(addr, (len + PG - 1) & ~(PG - 1)))
			len = WEND - addr;
		sprintf(wbuf, "op munmap(%lx, %lx)%s", addr, len,
			fail ? " failing" : "");
		f = m_find(addr);
		if (fail && !(addr & (PG - 1)) && len && f >= 0 &&
		    BASE + f * PG < addr + ((len + PG - 1) & ~(PG - 1)))
			want = -ENOMEM;
		else
			want = m_munmap(addr, len);
		host_vma_fail_alloc(fail);
		got = host_sys_munmap(addr, len);
		host_vma_fail_alloc(0);
		ops_done[1]++;
	} else if (op < 53) {
		unsigned long addr = r_addr(), len = r_len(), prot = rnd(8);

		if (!rnd(50))
			prot |= 8;
		if (!rnd(50))
			addr += 4;
		sprintf(wbuf, "op mprotect(%lx, %lx, %lx)", addr, len, prot);
		want = m_mprotect(addr, len, prot);
		if (m_skip)
			return 0;
		got = host_sys_mprotect(addr, len, prot);
		ops_done[2]++;
	} else if (op < 65) {
		unsigned long addr = r_addr(), old_len, new_len, flags, new_addr;
		long s, e;

		if (m[pg(addr)].id && rnd(4)) {
			m_run(pg(addr), &s, &e);
			old_len = BASE + e * PG - addr;
			if (rnd(3) == 0)
				old_len = rnd(old_len / PG + 1) * PG;
		} else {
			old_len = r_len();
		}
		new_len = rnd(3) ? old_len + (rnd(2) ? 1 : -1) * rnd(8) * PG :
				   r_len();
		if ((long)new_len < 0)
			new_len = 0;
		flags = rnd(3);
		if (flags == 2 && rnd(4))
			flags = 3;
		/* A FIXED move to length 0 is -EINVAL here (2.4.0 made an
		 * empty area): test_mremap_empty_area; not in the model. */
		if ((flags & HOST_MREMAP_FIXED) && !((new_len + PG - 1) & ~(PG - 1)))
			new_len = PG;
		new_addr = r_addr();
		sprintf(wbuf, "op mremap(%lx, %lx, %lx, %lx, %lx)", addr, old_len,
			new_len, flags, new_addr);
		want = m_mremap(addr, old_len, new_len, flags, new_addr);
		if (m_skip)
			return 0;
		got = host_sys_mremap(addr, old_len, new_len, flags, new_addr);
		ops_done[3]++;
	} else if (op < 72) {
		unsigned long b = BRK_START - 70 * PG + rnd(270 * PG);

		sprintf(wbuf, "op brk(%lx)", b);
		want = m_sys_brk(b);
		got = host_sys_brk(b);
		ops_done[4]++;
	} else if (op < 80) {
		unsigned long addr = r_addr() + rnd(2) * rnd(PG), len = r_len();
		int on = rnd(2);

		sprintf(wbuf, "op m%slock(%lx, %lx)", on ? "" : "un", addr, len);
		want = m_mlock(addr, len, on);
		if (m_skip)
			return 0;
		got = on ? host_sys_mlock(addr, len) : host_sys_munlock(addr, len);
		ops_done[5]++;
	} else if (op < 81) {
		int flags = rnd(5);

		if (rnd(3) == 0) {
			sprintf(wbuf, "op munlockall()");
			want = m_do_mlockall(0);
			got = host_sys_munlockall();
		} else {
			sprintf(wbuf, "op mlockall(%d)", flags);
			want = m_sys_mlockall(flags);
			got = host_sys_mlockall(flags);
		}
		ops_done[6]++;
	} else {
		unsigned long addr = r_addr() + rnd(PG);
		long i = pg(addr);

		sprintf(wbuf, "op touch(%lx)", addr);
		if (m[i].id && m[i].frame == NOFRAME)
			m[i].frame = NEWFRAME;
		host_touch(addr);
		want = got = 0;
		ops_done[7]++;
	}
	expect(got == want, "%s: returned %ld (%lx), model %ld (%lx)", where, got,
	       got, want, want);
	ops_failed += got < 0 && got > -4096;
	m_compare();
	return 1;
}

static void m_run_random(unsigned long long seed, int nops)
{
	struct host_mm_counters mc;
	int done = 0, steps = 0;

	rnd64 = seed;
	m = calloc(W, sizeof(*m));
	ptes = calloc(W, sizeof(*ptes));
	host_mm_counters_get(&mc);
	m_physpages = mc.num_physpages;
	host_file_open(3, HOST_FMODE_READ | HOST_FMODE_WRITE, HOST_FILE_VMOPS);
	host_file_open(4, HOST_FMODE_READ, 0);
	m_brk = BRK_START;
	host_set_layout(BRK_START - 0x123 - 64 * PG, BRK_START - 0x123 - 32 * PG,
			BRK_START, BRK_START);
	m_compare();
	while (done < nops) {
		done += m_step();
		expect(++steps < 4 * nops, "too many skipped operations");
	}
	fprintf(stderr, "vma random (seed %llu): %d operations: mmap %d munmap %d "
		"mprotect %d mremap %d brk %d mlock %d mlockall %d touch %d; "
		"%d returned an error; %d areas at the end, tree %s\n", seed, done,
		ops_done[0], ops_done[1], ops_done[2], ops_done[3], ops_done[4],
		ops_done[5], ops_done[6], ops_done[7], ops_failed, nv,
		m_tree ? "yes" : "no");
	where = "random, end";
	finish();
	free(m);
	free(ptes);
}

START_TEST(test_random)
{
	m_run_random(88172645463325252ULL, 120000);
}
END_TEST

START_TEST(test_random_2)
{
	m_run_random(2463534242ULL, 20000);
}
END_TEST

/* ---- suite ---------------------------------------------------------- */

static Suite *vma_suite(void)
{
	Suite *s = suite_create("vma");
	TCase *tc = tcase_create("core");
	TCase *tb = tcase_create("limits");
	TCase *tr = tcase_create("random");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_consts);
	tcase_add_test(tc, test_mmap_first_fit);
	tcase_add_test(tc, test_mmap_flags);
	tcase_add_test(tc, test_mmap_bad_input);
	tcase_add_test(tc, test_mmap_files);
	tcase_add_test(tc, test_mmap_fixed_over);
	tcase_add_test(tc, test_mmap_limits);
	tcase_add_test(tc, test_mmap_denywrite);
	tcase_add_test(tc, test_munmap_cases);
	tcase_add_test(tc, test_munmap_bad_input);
	tcase_add_test(tc, test_munmap_pgtables);
	tcase_add_test(tc, test_brk);
	tcase_add_test(tc, test_do_brk);
	tcase_add_test(tc, test_find_vma_list);
	tcase_add_test(tc, test_find_vma_tree);
	tcase_add_test(tc, test_mmap_cache);
	tcase_add_test(tc, test_find_extend_vma);
	tcase_add_test(tc, test_expand_stack_limits);
	tcase_add_test(tc, test_do_mmap_offset);
	tcase_add_test(tc, test_avl_switch);
	tcase_add_test(tc, test_avl_orders);
	tcase_add_test(tc, test_avl_random);
	tcase_add_test(tc, test_avl_shapes);
	tcase_add_test(tc, test_avl_printers);
	tcase_add_test(tc, test_mprotect_cases);
	tcase_add_test(tc, test_mprotect_bad_input);
	tcase_add_test(tc, test_mremap_cases);
	tcase_add_test(tc, test_mremap_bad_input);
	tcase_add_test(tc, test_mremap_empty_area);
	tcase_add_test(tc, test_mremap_locked);
	tcase_add_test(tc, test_mlock_cases);
	tcase_add_test(tc, test_mlockall);
	tcase_add_test(tc, test_split_locks);
	tcase_add_test(tc, test_split_raend);
	tcase_add_test(tc, test_exit_mmap);
	suite_add_tcase(s, tc);

	tcase_add_checked_fixture(tb, setup, teardown);
	tcase_set_timeout(tb, 300);
	tcase_add_test(tb, test_max_map_count);
	suite_add_tcase(s, tb);

	tcase_add_checked_fixture(tr, setup, teardown);
	tcase_set_timeout(tr, 900);
	tcase_add_test(tr, test_random);
	tcase_add_test(tr, test_random_2);
	suite_add_tcase(s, tr);
	return s;
}

int main(int argc, char **argv)
{
	SRunner *sr;
	int failed;

	(void)argc;
	host_mm_layout(argv);
	sr = srunner_create(vma_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
