// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host tests for the mapping side of mm/filemap.c (情景分析 §2.13):
 * generic_file_mmap's checks and their order, which vm_operations it
 * gives an area; filemap_nopage's file page (address and vm_pgoff), the
 * end of the file (NULL only for the area's own process, 2.4.0's ptrace
 * quirk), a failing readpage (the page goes back), no memory
 * (NOPAGE_OOM); __set_page_dirty moving a page from the clean list to
 * the front of the dirty list.  The page cache itself: the hash table's
 * size, add/find/remove on the hash and the lists, truncate of held and
 * unheld pages, every cached page on exactly one LRU list, the counts
 * balanced, and 100,000 random steps against a model.  fs/ramfs's
 * address space operations on a ramfs file in that cache: prepare_write
 * zero-fills a page not read yet (and only such a page) and marks it
 * dirty, commit_write grows i_size to the end of the bytes and never
 * shrinks it, readpage gives a hole's zeros, writepage; and
 * generic_file_write/read through them (holes, O_APPEND, a write across
 * a page boundary).  On the simulated RAM of mm_host.h.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "shim/host.h"
#include "shim/mm_host.h"
#include "shim/filemap_host.h"
#include "shim/ramfs_host.h"

#define MB		(1024UL * 1024UL)
#define PG		HOST_PAGE_SIZE
#define EINVAL		22
#define EACCES		13
#define ENOEXEC		8

#define REG		HOST_FM_REGULAR
#define RP		HOST_FM_READPAGE
#define WP		HOST_FM_WRITEPAGE
#define SH		HOST_VM_SHARED
#define MW		HOST_VM_MAYWRITE

static void setup(void)
{
	host_boot(16 * MB);
	host_fm_init();
	host_fm_file(REG | RP, 10 * PG);
}

static void teardown(void)
{
}

START_TEST(test_generic_file_mmap)
{
	int ops;

	/* A regular file with readpage: private ops, whatever the flags. */
	host_fm_file(REG | RP, PG);
	ck_assert_int_eq(host_fm_mmap(0, &ops), 0);
	ck_assert_int_eq(ops, HOST_FM_OPS_PRIVATE);
	ck_assert_int_eq(host_fm_mmap(MW, &ops), 0);
	ck_assert_int_eq(ops, HOST_FM_OPS_PRIVATE);
	/* Shared but never writable (a read-only open): private ops too. */
	ck_assert_int_eq(host_fm_mmap(SH, &ops), 0);
	ck_assert_int_eq(ops, HOST_FM_OPS_PRIVATE);
	/* Shared and writable needs writepage. */
	ck_assert_int_eq(host_fm_mmap(SH | MW, &ops), -EINVAL);
	ck_assert_int_eq(ops, HOST_FM_OPS_NONE);
	host_fm_file(REG | RP | WP, PG);
	ck_assert_int_eq(host_fm_mmap(SH | MW, &ops), 0);
	ck_assert_int_eq(ops, HOST_FM_OPS_SHARED);
	ck_assert_int_eq(host_fm_mmap(SH, &ops), 0);
	ck_assert_int_eq(ops, HOST_FM_OPS_PRIVATE);
	/* Not a regular file: -EACCES, but the writepage check comes first. */
	host_fm_file(RP, PG);
	ck_assert_int_eq(host_fm_mmap(0, &ops), -EACCES);
	ck_assert_int_eq(ops, HOST_FM_OPS_NONE);
	ck_assert_int_eq(host_fm_mmap(SH | MW, &ops), -EINVAL);
	host_fm_file(RP | WP, PG);
	ck_assert_int_eq(host_fm_mmap(SH | MW, &ops), -EACCES);
	/* No readpage: -ENOEXEC, after both other checks. */
	host_fm_file(REG, PG);
	ck_assert_int_eq(host_fm_mmap(0, &ops), -ENOEXEC);
	ck_assert_int_eq(ops, HOST_FM_OPS_NONE);
	ck_assert_int_eq(host_fm_mmap(SH | MW, &ops), -EINVAL);
	host_fm_file(0, PG);
	ck_assert_int_eq(host_fm_mmap(0, &ops), -EACCES);
	host_fm_file(REG | WP, PG);
	ck_assert_int_eq(host_fm_mmap(SH | MW, &ops), -ENOEXEC);
	ck_assert_int_eq(ops, HOST_FM_OPS_NONE);
}
END_TEST

START_TEST(test_filemap_nopage)
{
	struct host_fm_nopage r;
	unsigned long a = 0x40000000;

	/* 10 pages and a byte: 11 pages of file. */
	host_fm_file(REG | RP, 10 * PG + 1);
	host_fm_nopage(a, a + 8 * PG, 0, a + 123, 1, 0, &r);
	ck_assert(!r.null && !r.oom);
	/* The cache's own page: held by the cache and by the fault. */
	ck_assert_int_eq(r.cached, 1);
	ck_assert_uint_eq(r.index, 0);
	ck_assert_int_eq(r.count, 2);
	ck_assert_uint_eq(r.nrpages, 1);
	ck_assert_int_eq(r.in_cache, 1);
	ck_assert_int_eq(r.readpage_calls, 1);
	ck_assert_int_eq(r.file_ok, 1);
	ck_assert_uint_eq(r.free_after, r.free_before);
	/* A private write gets a copy of file page vm_pgoff + 5 = 8; the
	 * cache keeps the original (held by the cache alone). */
	host_fm_nopage(a, a + 8 * PG, 3, a + 5 * PG + 7, 1, 1, &r);
	ck_assert_int_eq(r.cached, 0);
	ck_assert_int_eq(r.count, 1);
	ck_assert_uint_eq(r.first_byte, 8);
	ck_assert_uint_eq(r.nrpages, 1);
	ck_assert_uint_eq(r.free_after, r.free_before);
	/* The last page that holds a byte of the file. */
	host_fm_nopage(a, a + 8 * PG, 10, a, 1, 0, &r);
	ck_assert(!r.null);
	ck_assert_uint_eq(r.index, 10);
	ck_assert_uint_eq(r.first_byte, 10);
	/* Past the end: NULL (SIGBUS), readpage not called. */
	host_fm_nopage(a, a + 8 * PG, 10, a + PG, 1, 0, &r);
	ck_assert_int_eq(r.null, 1);
	ck_assert_int_eq(r.readpage_calls, 0);
	ck_assert_uint_eq(r.nrpages, 0);
	ck_assert_uint_eq(r.free_after, r.free_before);
	/* ... unless another process's mm is current (ptrace): it reads. */
	host_fm_nopage(a, a + 8 * PG, 10, a + PG, 0, 0, &r);
	ck_assert(!r.null && !r.oom);
	ck_assert_uint_eq(r.index, 11);
	ck_assert_int_eq(r.readpage_calls, 1);
	/* A file of exactly one page; an empty one. */
	host_fm_file(REG | RP, PG);
	host_fm_nopage(a, a + 2 * PG, 0, a, 1, 0, &r);
	ck_assert(!r.null);
	host_fm_nopage(a, a + 2 * PG, 0, a + PG, 1, 0, &r);
	ck_assert_int_eq(r.null, 1);
	host_fm_file(REG | RP, 0);
	host_fm_nopage(a, a + 2 * PG, 0, a, 1, 0, &r);
	ck_assert_int_eq(r.null, 1);
	/* readpage fails: NULL; the page it failed on stays cached (not
	 * up to date) until the file is truncated, then goes back. */
	host_fm_file(REG | RP | HOST_FM_READ_FAILS, 4 * PG);
	host_fm_nopage(a, a + 2 * PG, 0, a, 1, 0, &r);
	ck_assert_int_eq(r.null, 1);
	ck_assert_int_eq(r.readpage_calls, 1);
	ck_assert_uint_eq(r.nrpages, 1);
	ck_assert_uint_eq(r.free_after, r.free_before);
	/* No memory at all: NOPAGE_OOM, readpage not called. */
	host_fm_file(REG | RP, 4 * PG);
	ck_assert(host_fm_drain() > 1000);
	host_fm_nopage(a, a + 2 * PG, 0, a, 1, 0, &r);
	ck_assert_int_eq(r.oom, 1);
	ck_assert_int_eq(r.readpage_calls, 0);
	host_fm_undrain();
	host_fm_nopage(a, a + 2 * PG, 0, a, 1, 0, &r);
	ck_assert(!r.null && !r.oom);
}
END_TEST

static void expect_lists(const int *clean, const int *dirty)
{
	int c[HOST_FM_PAGES + 1], d[HOST_FM_PAGES + 1], i;

	ck_assert_int_eq(host_fm_lists(c, d), 0);
	for (i = 0; clean[i] >= 0; i++)
		ck_assert_int_eq(c[i], clean[i]);
	ck_assert_int_eq(c[i], -1);
	for (i = 0; dirty[i] >= 0; i++)
		ck_assert_int_eq(d[i], dirty[i]);
	ck_assert_int_eq(d[i], -1);
}

START_TEST(test_set_page_dirty)
{
	host_fm_pages_reset();
	expect_lists((int[]){ 0, 1, 2, 3, -1 }, (int[]){ -1 });
	host_fm_set_dirty(2);
	expect_lists((int[]){ 0, 1, 3, -1 }, (int[]){ 2, -1 });
	/* Each newly dirtied page goes to the front. */
	host_fm_set_dirty(0);
	expect_lists((int[]){ 1, 3, -1 }, (int[]){ 0, 2, -1 });
	host_fm_set_dirty(3);
	expect_lists((int[]){ 1, -1 }, (int[]){ 3, 0, 2, -1 });
	/* A page already dirty moves to the front again. */
	host_fm_set_dirty(2);
	expect_lists((int[]){ 1, -1 }, (int[]){ 2, 3, 0, -1 });
	host_fm_set_dirty(1);
	expect_lists((int[]){ -1 }, (int[]){ 1, 2, 3, 0, -1 });
}
END_TEST

/* ---- the page cache itself (情景分析 §2.13, 4.21) ---- */

START_TEST(test_page_cache_init)
{
	struct host_fm_counts c;

	/* 16 MB: 4096 pages, one pointer each = 16 KB = order 2. */
	ck_assert_uint_eq(host_fm_hash_bits(), 12);
	ck_assert_int_eq(host_fm_check(&c), 0);
	ck_assert_uint_eq(c.hashed, 0);
	ck_assert_int_eq(c.page_cache_size, 0);
}
END_TEST

START_TEST(test_hash_add_find_remove)
{
	struct host_fm_counts c;
	unsigned long free0, i;

	ck_assert_int_eq(host_fm_check(&c), 0);
	free0 = c.free;
	for (i = 0; i < 100; i++)
		ck_assert_int_eq(host_fm_add(i * 7), 0);
	/* The same place again: the cache already has it. */
	for (i = 0; i < 100; i++)
		ck_assert_int_eq(host_fm_add(i * 7), 1);
	ck_assert_int_eq(host_fm_check(&c), 0);
	ck_assert_uint_eq(c.hashed, 100);
	ck_assert_uint_eq(c.nrpages, 100);
	ck_assert_int_eq(c.page_cache_size, 100);
	ck_assert_int_eq(c.active, 100);
	ck_assert_int_eq(c.inactive_dirty, 0);
	ck_assert_uint_eq(c.locked, 0);
	ck_assert_uint_eq(c.free, free0 - 100);
	/* 100 pages of one file spread over 100 chains. */
	ck_assert_uint_eq(c.longest, 1);
	for (i = 0; i < 700; i++)
		ck_assert_int_eq(host_fm_find(i), i % 7 ? 0 : 1);
	ck_assert_int_eq(host_fm_remove(350), 1);
	ck_assert_int_eq(host_fm_remove(350), 0);
	ck_assert_int_eq(host_fm_remove(351), 0);
	ck_assert_int_eq(host_fm_find(350), 0);
	ck_assert_int_eq(host_fm_find(343), 1);
	ck_assert_int_eq(host_fm_find(357), 1);
	ck_assert_int_eq(host_fm_check(&c), 0);
	ck_assert_uint_eq(c.hashed, 99);
	ck_assert_int_eq(c.active, 99);
	ck_assert_uint_eq(c.free, free0 - 99);
	for (i = 0; i < 100; i++)
		ck_assert_int_eq(host_fm_remove(i * 7), i == 50 ? 0 : 1);
	ck_assert_int_eq(host_fm_check(&c), 0);
	ck_assert_uint_eq(c.hashed, 0);
	ck_assert_int_eq(c.active, 0);
	ck_assert_uint_eq(c.free, free0);
}
END_TEST

START_TEST(test_truncate)
{
	struct host_fm_counts c;
	unsigned long free0, i;

	ck_assert_int_eq(host_fm_check(&c), 0);
	free0 = c.free;
	for (i = 0; i < 10; i++)
		ck_assert_int_eq(host_fm_add(i), 0);
	/* The end falls 100 bytes into page 3: its tail is cleared. */
	host_fm_truncate(3 * PG + 100);
	ck_assert_int_eq(host_fm_check(&c), 0);
	ck_assert_uint_eq(c.hashed, 4);
	ck_assert_uint_eq(c.free, free0 - 4);
	ck_assert_int_eq(host_fm_byte(3, 0), 3);
	ck_assert_int_eq(host_fm_byte(3, 99), 3);
	ck_assert_int_eq(host_fm_byte(3, 100), 0);
	ck_assert_int_eq(host_fm_byte(3, PG - 1), 0);
	ck_assert_int_eq(host_fm_byte(2, PG - 1), 2);
	ck_assert_int_eq(host_fm_byte(4, 0), -1);
	/* On a page boundary nothing is cleared; page 3 goes. */
	host_fm_truncate(2 * PG);
	ck_assert_int_eq(host_fm_check(&c), 0);
	ck_assert_uint_eq(c.hashed, 2);
	ck_assert_int_eq(host_fm_byte(1, PG - 1), 1);
	/* A page somebody still holds (as a mapping does) leaves the
	 * cache but stays allocated until that reference goes. */
	ck_assert_int_eq(host_fm_hold(1), 1);
	host_fm_truncate(0);
	ck_assert_int_eq(host_fm_check(&c), 0);
	ck_assert_uint_eq(c.hashed, 0);
	ck_assert_int_eq(c.active, 0);
	ck_assert_uint_eq(c.free, free0 - 1);
	ck_assert_int_eq(host_fm_unhold(), 1);
	ck_assert_int_eq(host_fm_check(&c), 0);
	ck_assert_uint_eq(c.free, free0);
}
END_TEST

/*
 * 100,000 random steps against a model (which pages are cached): add,
 * find, remove, truncate; the invariants every 100 steps, and the counts
 * against the model.  In the end every page is given back.
 */
#define MODEL_PAGES	300

START_TEST(test_random_model)
{
	static char model[MODEL_PAGES];
	struct host_fm_counts c;
	unsigned long free0, step, n = 0, i;

	memset(model, 0, sizeof(model));
	srandom(2401);
	ck_assert_int_eq(host_fm_check(&c), 0);
	free0 = c.free;
	for (step = 0; step < 100000; step++) {
		int r = random() % 100;
		unsigned long idx = random() % MODEL_PAGES;

		if (r < 40) {
			ck_assert_int_eq(host_fm_add(idx), model[idx]);
			if (!model[idx])
				n++;
			model[idx] = 1;
		} else if (r < 70) {
			ck_assert_int_eq(host_fm_find(idx), model[idx]);
		} else if (r < 95) {
			ck_assert_int_eq(host_fm_remove(idx), model[idx]);
			if (model[idx])
				n--;
			model[idx] = 0;
		} else if (r < 96) {
			/* Truncate somewhere in the upper half. */
			unsigned long bytes = (MODEL_PAGES / 2 + idx / 2) * PG +
					      random() % PG;
			unsigned long first = (bytes + PG - 1) / PG;

			host_fm_truncate(bytes);
			for (i = first; i < MODEL_PAGES; i++) {
				if (model[i])
					n--;
				model[i] = 0;
			}
		}
		if (step % 100 == 0 || r >= 96) {
			ck_assert_int_eq(host_fm_check(&c), 0);
			ck_assert_uint_eq(c.hashed, n);
			ck_assert_int_eq(c.page_cache_size, (int) n);
			ck_assert_uint_eq(c.free, free0 - n);
		}
	}
	host_fm_truncate(0);
	ck_assert_int_eq(host_fm_check(&c), 0);
	ck_assert_uint_eq(c.hashed, 0);
	ck_assert_uint_eq(c.free, free0);
}
END_TEST

/* ---- fs/ramfs/inode.c: the address space operations ---------------- */

static void ramfs_page_is(unsigned long index, int uptodate, int dirty,
			  int locked, int count)
{
	struct host_rf_page p;

	host_rf_page(index, &p);
	ck_assert_int_eq(p.cached, 1);
	ck_assert_int_eq(p.uptodate, uptodate);
	ck_assert_int_eq(p.dirty, dirty);
	ck_assert_int_eq(p.locked, locked);
	ck_assert_int_eq(p.count, count);
	/* SetPageDirty only: the page stays on the mapping's clean list. */
	ck_assert_int_eq(p.on_clean_list, 1);
}

START_TEST(test_ramfs_inode)
{
	struct host_rf_inode r;

	host_rf_file();
	host_rf_inode(&r);
	ck_assert_int_eq(r.regular, 1);
	ck_assert_int_eq(r.file_ops, 1);
	ck_assert_int_eq(r.aops, 1);
	ck_assert_uint_eq(r.blksize, PG);
	ck_assert_uint_eq(r.blocks, 0);
	ck_assert_uint_eq(r.size, 0);
	ck_assert_uint_eq(host_rf_nrpages(), 0);
}
END_TEST

START_TEST(test_ramfs_prepare_commit)
{
	struct host_rf_inode r;

	host_rf_file();
	/* A new page (write's grab_cache_page): locked, stale bytes. */
	ck_assert_int_eq(host_rf_grab(0, 0xaa, 0), 0);
	ramfs_page_is(0, 0, 0, 1, 2);
	/* prepare_write zero-fills all of it, in and around [100, 200). */
	ck_assert_int_eq(host_rf_prepare(0, 100, 200), 0);
	ck_assert(host_rf_bytes_are(0, 0, PG, 0));
	ramfs_page_is(0, 1, 1, 1, 2);
	/* commit_write: i_size reaches the end of the bytes. */
	ck_assert_int_eq(host_rf_commit(0, 100, 200), 0);
	host_rf_inode(&r);
	ck_assert_uint_eq(r.size, 200);
	host_rf_release(0);
	ramfs_page_is(0, 1, 1, 0, 1);

	/* A page already up to date keeps its bytes; it still gets dirty. */
	ck_assert_int_eq(host_rf_grab(2, 0x5c, 1), 0);
	ramfs_page_is(2, 1, 0, 1, 2);
	ck_assert_int_eq(host_rf_prepare(2, 10, 20), 0);
	ck_assert(host_rf_bytes_are(2, 0, PG, 0x5c));
	ramfs_page_is(2, 1, 1, 1, 2);
	ck_assert_int_eq(host_rf_commit(2, 10, 20), 0);
	host_rf_inode(&r);
	ck_assert_uint_eq(r.size, 2 * PG + 20);
	host_rf_release(2);
	ck_assert_uint_eq(host_rf_nrpages(), 2);
}
END_TEST

START_TEST(test_ramfs_commit_size)
{
	struct host_rf_inode r;

	host_rf_file();
	host_rf_set_size(10000);
	ck_assert_int_eq(host_rf_grab(0, 0, 1), 0);
	ck_assert_int_eq(host_rf_grab(2, 0, 1), 0);
	ck_assert_int_eq(host_rf_grab(5, 0, 1), 0);
	/* An end inside the file: no change (commit never shrinks). */
	ck_assert_int_eq(host_rf_commit(0, 0, 300), 0);
	host_rf_inode(&r);
	ck_assert_uint_eq(r.size, 10000);
	/* Exactly at the end: none; one byte past it: one byte more. */
	ck_assert_int_eq(host_rf_commit(2, 0, 10000 - 2 * PG), 0);
	host_rf_inode(&r);
	ck_assert_uint_eq(r.size, 10000);
	ck_assert_int_eq(host_rf_commit(2, 1000, 10001 - 2 * PG), 0);
	host_rf_inode(&r);
	ck_assert_uint_eq(r.size, 10001);
	/* The end of a later page, whatever from was. */
	ck_assert_int_eq(host_rf_commit(5, 4000, PG), 0);
	host_rf_inode(&r);
	ck_assert_uint_eq(r.size, 6 * PG);
	host_rf_release(0);
	host_rf_release(2);
	host_rf_release(5);
}
END_TEST

START_TEST(test_ramfs_readpage_writepage)
{
	host_rf_file();
	/* A page not read yet is a hole: zeros, up to date, unlocked. */
	ck_assert_int_eq(host_rf_grab(3, 0xee, 0), 0);
	ck_assert_int_eq(host_rf_readpage(3), 0);
	ck_assert(host_rf_bytes_are(3, 0, PG, 0));
	ramfs_page_is(3, 1, 0, 0, 2);
	host_rf_lock(3);
	host_rf_release(3);
	/* Up to date already: its bytes stay; unlocked all the same. */
	ck_assert_int_eq(host_rf_grab(4, 0x77, 1), 0);
	ck_assert_int_eq(host_rf_readpage(4), 0);
	ck_assert(host_rf_bytes_are(4, 0, PG, 0x77));
	ramfs_page_is(4, 1, 0, 0, 2);
	/* writepage: nowhere to write, the page only becomes dirty; the
	 * port unlocks it (2.4.0 leaves it locked: msync would hang) and
	 * says it refused (1), so page_launder moves it to the active list. */
	host_rf_lock(4);
	ck_assert_int_eq(host_rf_writepage(4), 1);
	ramfs_page_is(4, 1, 1, 0, 2);
	ck_assert(host_rf_bytes_are(4, 0, PG, 0x77));
	host_rf_lock(4);
	host_rf_release(4);
	ramfs_page_is(4, 1, 1, 0, 1);
}
END_TEST

static unsigned char rf_out[3 * 4096], rf_in[3 * 4096];

START_TEST(test_ramfs_write_read)
{
	struct host_rf_inode r;
	long long pos;
	int i;

	host_rf_file();
	for (i = 0; i < (int) sizeof(rf_out); i++)
		rf_out[i] = (unsigned char)(i * 13 + 5);
	/* 100 bytes at 5000 of an empty file: only page 1 is made. */
	pos = 5000;
	ck_assert_int_eq(host_rf_write(&pos, rf_out, 100, 0), 100);
	ck_assert_int_eq(pos, 5100);
	host_rf_inode(&r);
	ck_assert_uint_eq(r.size, 5100);
	ck_assert_uint_eq(host_rf_nrpages(), 1);
	ramfs_page_is(1, 1, 1, 0, 1);
	ck_assert(host_rf_bytes_are(1, 0, 5000 - PG, 0));
	ck_assert(host_rf_bytes_are(1, 5100 - PG, PG, 0));
	for (i = 0; i < 100; i++)
		ck_assert_int_eq(host_rf_byte(1, 5000 - PG + i), rf_out[i]);
	/* Read it all: the hole (page 0, read in now) is zeros. */
	pos = 0;
	memset(rf_in, 0xff, sizeof(rf_in));
	ck_assert_int_eq(host_rf_read(&pos, rf_in, sizeof(rf_in)), 5100);
	ck_assert_int_eq(pos, 5100);
	for (i = 0; i < 5000; i++)
		ck_assert_int_eq(rf_in[i], 0);
	ck_assert_int_eq(memcmp(rf_in + 5000, rf_out, 100), 0);
	ck_assert_uint_eq(host_rf_nrpages(), 2);
	ramfs_page_is(0, 1, 0, 0, 1);
	/* O_APPEND: at the end, wherever pos was. */
	pos = 0;
	ck_assert_int_eq(host_rf_write(&pos, "xyz", 3, 1), 3);
	ck_assert_int_eq(pos, 5103);
	host_rf_inode(&r);
	ck_assert_uint_eq(r.size, 5103);
	ck_assert_int_eq(host_rf_byte(1, 5100 - PG), 'x');
	ck_assert_int_eq(host_rf_byte(1, 5102 - PG), 'z');
	/* Across a page boundary, inside the file: 6 + 14 bytes, no growth. */
	pos = PG - 6;
	ck_assert_int_eq(host_rf_write(&pos, rf_out + 200, 20, 0), 20);
	ck_assert_int_eq(pos, PG + 14);
	host_rf_inode(&r);
	ck_assert_uint_eq(r.size, 5103);
	ck_assert_int_eq(host_rf_byte(0, PG - 6), rf_out[200]);
	ck_assert_int_eq(host_rf_byte(0, PG - 1), rf_out[205]);
	ck_assert_int_eq(host_rf_byte(1, 0), rf_out[206]);
	ck_assert_int_eq(host_rf_byte(1, 13), rf_out[219]);
	ck_assert_int_eq(host_rf_byte(1, 14), 0);
	ramfs_page_is(0, 1, 1, 0, 1);
	host_rf_file();		/* its pages go back to the free lists */
}
END_TEST

static Suite *filemap_suite(void)
{
	Suite *s = suite_create("filemap");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 600);
	tcase_add_test(tc, test_generic_file_mmap);
	tcase_add_test(tc, test_filemap_nopage);
	tcase_add_test(tc, test_set_page_dirty);
	tcase_add_test(tc, test_page_cache_init);
	tcase_add_test(tc, test_hash_add_find_remove);
	tcase_add_test(tc, test_truncate);
	tcase_add_test(tc, test_random_model);
	tcase_add_test(tc, test_ramfs_inode);
	tcase_add_test(tc, test_ramfs_prepare_commit);
	tcase_add_test(tc, test_ramfs_commit_size);
	tcase_add_test(tc, test_ramfs_readpage_writepage);
	tcase_add_test(tc, test_ramfs_write_read);
	suite_add_tcase(s, tc);
	return s;
}

int main(int argc, char **argv)
{
	SRunner *sr;
	int failed;

	host_mm_layout(argv);
	sr = srunner_create(filemap_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
