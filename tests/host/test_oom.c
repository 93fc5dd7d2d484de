// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host tests for the out-of-memory killer, mm/oom_kill.c (情景分析 §2.8),
 * and the tunables of mm/swap.c (§2.6): int_sqrt's approximation,
 * badness() for every factor, which task select_bad_process() picks
 * (ties, pid 0, kernel threads), what oom_kill() does to the victim and
 * in which order, out_of_memory()'s three escapes, swap_setup()'s
 * thresholds and recalculate_vm_stats()'s decay.  Expected values are
 * 2.4.0's, worked out here from the rules, not from the code.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "shim/host.h"
#include "shim/mm_host.h"
#include "shim/oom_host.h"

#define MB		(1024UL * 1024UL)

/*
 * The square root 2.4.0's OOM killer uses, from its description: take
 * the top pair of bits of x (bits 2k+1, 2k); the answer is x >> k, less
 * a quarter of it if that pair is 01; 0 becomes 1.
 */
static unsigned int ref_sqrt(unsigned int x)
{
	unsigned long long v = x;
	unsigned int k = 0, r;

	while ((v >> (2 * k)) > 1)
		k++;
	r = (unsigned int)(v >> k);
	if ((v >> (2 * k)) == 1)
		r -= r >> 2;
	return r ? r : 1;
}

/* Tasks start at jiffies t_born unless a test says otherwise. */
static unsigned long t_born;

static struct host_task_cfg task(int pid, unsigned long vm)
{
	struct host_task_cfg t;

	memset(&t, 0, sizeof(t));
	t.pid = pid;
	t.has_mm = 1;
	t.total_vm = vm;
	t.start_time = t_born;
	t.uid = t.euid = 500;
	return t;
}

/* badness(), from the rules of 2.4.0 (jiffies = now). */
static int ref_badness(const struct host_task_cfg *t, unsigned long now)
{
	int points, cpu, run;

	if (!t->has_mm)
		return 0;
	points = t->total_vm;
	cpu = (t->utime + t->stime) >> (HOST_SHIFT_HZ + 3);
	run = (now - t->start_time) >> (HOST_SHIFT_HZ + 10);
	points /= ref_sqrt(cpu);
	points /= ref_sqrt(ref_sqrt(run));
	if (t->nice > 0)
		points *= 2;
	if (t->sys_admin || t->uid == 0 || t->euid == 0)
		points /= 4;
	if (t->sys_rawio)
		points /= 4;
	return points;
}

static void setup(void)
{
	t_born = 0;
	host_boot(16 * MB);
	host_oom_tasks(NULL, 0);
	host_oom_jiffies(0);
}

static void teardown(void)
{
}

START_TEST(test_int_sqrt)
{
	static const unsigned int pin[][2] = {
		{ 0, 1 }, { 1, 1 }, { 2, 1 }, { 3, 1 }, { 4, 2 }, { 7, 3 },
		{ 8, 2 }, { 15, 3 }, { 16, 3 }, { 63, 7 }, { 64, 6 },
		{ 100, 9 }, { 1000, 31 }, { 65536, 192 },
		{ 0x7fffffffU, 49152 }, { 0xffffffffU, 65535 },
	};
	unsigned long long seed = 12345;
	unsigned int i;

	for (i = 0; i < sizeof(pin) / sizeof(pin[0]); i++)
		ck_assert_msg(host_int_sqrt(pin[i][0]) == pin[i][1],
			      "int_sqrt(%u) = %u, expected %u", pin[i][0],
			      host_int_sqrt(pin[i][0]), pin[i][1]);
	for (i = 0; i < 70000; i++)
		ck_assert_msg(host_int_sqrt(i) == ref_sqrt(i), "int_sqrt(%u)", i);
	for (i = 0; i < 200000; i++) {
		unsigned int x;

		seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
		x = (unsigned int)(seed >> 32) >> (i % 32);
		ck_assert_msg(host_int_sqrt(x) == ref_sqrt(x), "int_sqrt(%u)", x);
		ck_assert(host_int_sqrt(x) != 0);
	}
}
END_TEST

START_TEST(test_badness)
{
	struct host_task_cfg t[12];
	unsigned long now = 50UL * 131072;
	int i;

	t_born = now - 1000;
	t[0] = task(1, 1000);				/* new, idle */
	t[1] = task(2, 1000);
	t[1].utime = 1024 * 9;
	t[1].stime = 1024 * 7;				/* cpu 16: int_sqrt 3 */
	t[2] = task(3, 1000);
	t[2].start_time = now - 131072 * 32;		/* run 32: 4, then 2 */
	t[3] = task(4, 1000);
	t[3].nice = 1;
	t[4] = task(5, 1000);
	t[4].nice = -5;
	t[5] = task(6, 1000);
	t[5].uid = 0;
	t[6] = task(7, 1000);
	t[6].euid = 0;
	t[7] = task(8, 1000);
	t[7].sys_admin = 1;
	t[8] = task(9, 1000);
	t[8].sys_rawio = 1;
	t[9] = task(10, 1000);
	t[9].sys_rawio = t[9].sys_admin = 1;
	t[9].nice = 3;
	t[10] = task(11, 1000);
	t[10].has_mm = 0;				/* a kernel thread */
	t[11] = task(12, 77777);
	t[11].utime = 5000000;
	t[11].stime = 1234;
	t[11].start_time = 999;
	host_oom_tasks(t, 12);
	host_oom_jiffies(now);
	ck_assert_int_eq(host_badness(0), 1000);
	ck_assert_int_eq(host_badness(1), 1000 / 3);
	ck_assert_int_eq(host_badness(2), 1000 / 2);
	/* Run time 50 units: int_sqrt 6, then 3. */
	t[0].start_time = now - 131072 * 50;
	host_oom_tasks(t, 12);
	ck_assert_int_eq(host_badness(0), 1000 / 3);
	t[0].start_time = t_born;
	host_oom_tasks(t, 12);
	ck_assert_int_eq(host_badness(3), 2000);
	ck_assert_int_eq(host_badness(4), 1000);
	ck_assert_int_eq(host_badness(5), 250);
	ck_assert_int_eq(host_badness(6), 250);
	ck_assert_int_eq(host_badness(7), 250);
	ck_assert_int_eq(host_badness(8), 250);
	ck_assert_int_eq(host_badness(9), 2000 / 4 / 4);
	ck_assert_int_eq(host_badness(10), 0);
	ck_assert_int_eq(host_badness_init_task(), 0);
	for (i = 0; i < 12; i++)
		ck_assert_int_eq(host_badness(i), ref_badness(&t[i], now));
	/* Integer division at each step: 7 / 4 / 4 is 0, not 7/16 rounded. */
	t[0] = task(1, 7);
	t[0].uid = 0;
	t[0].sys_rawio = 1;
	host_oom_tasks(t, 1);
	ck_assert_int_eq(host_badness(0), 0);
}
END_TEST

START_TEST(test_badness_random)
{
	struct host_task_cfg t[HOST_NR_OOM_TASKS];
	unsigned long long seed = 777;
	int round, i;

	for (round = 0; round < 400; round++) {
		unsigned long now;

		seed = seed * 6364136223846793005ULL + 1;
		now = (unsigned long)(seed >> 33);
		for (i = 0; i < HOST_NR_OOM_TASKS; i++) {
			unsigned long r;

			seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
			r = (unsigned long)(seed >> 32);
			t[i] = task(i + 1, r % 200000);
			t[i].has_mm = (r & 7) != 0;
			t[i].utime = (r >> 3) % 3000000;
			t[i].stime = (r >> 5) % 100000;
			t[i].start_time = now - (r % (now + 1));
			t[i].nice = (long)((r >> 7) % 40) - 20;
			t[i].uid = (r >> 9) % 3 ? 500 : 0;
			t[i].euid = (r >> 11) % 5 ? t[i].uid : 0;
			t[i].sys_admin = (r >> 13) % 4 == 0;
			t[i].sys_rawio = (r >> 15) % 4 == 0;
		}
		host_oom_tasks(t, HOST_NR_OOM_TASKS);
		host_oom_jiffies(now);
		for (i = 0; i < HOST_NR_OOM_TASKS; i++)
			ck_assert_msg(host_badness(i) == ref_badness(&t[i], now),
				      "round %d task %d: %d, expected %d", round, i,
				      host_badness(i), ref_badness(&t[i], now));
	}
}
END_TEST

START_TEST(test_select_bad_process)
{
	struct host_task_cfg t[6];

	/* No tasks, or none with any points: NULL. */
	ck_assert_int_eq(host_select_bad_process(), -1);
	t[0] = task(1, 0);
	t[1] = task(2, 3);
	t[1].uid = 0;					/* 3 / 4 = 0 */
	t[2] = task(3, 100);
	t[2].has_mm = 0;
	host_oom_tasks(t, 3);
	ck_assert_int_eq(host_select_bad_process(), -1);
	/* The most points wins; init (pid 1) is not spared. */
	t[0] = task(1, 900);
	t[1] = task(2, 100);
	t[2] = task(3, 800);
	host_oom_tasks(t, 3);
	ck_assert_int_eq(host_select_bad_process(), 0);
	/* Ties: the first one in the task list stays. */
	t[2] = task(3, 900);
	host_oom_tasks(t, 3);
	ck_assert_int_eq(host_select_bad_process(), 0);
	t[1] = task(2, 901);
	host_oom_tasks(t, 3);
	ck_assert_int_eq(host_select_bad_process(), 1);
	/* A task with pid 0 on the list (another CPU's idle) is skipped. */
	t[3] = task(0, 100000);
	host_oom_tasks(t, 4);
	ck_assert_int_eq(host_select_bad_process(), 1);
	/* Points count, not size: root's big task loses to a small user's. */
	t[0] = task(5, 1000);
	t[0].uid = 0;
	t[1] = task(6, 300);
	host_oom_tasks(t, 2);
	ck_assert_int_eq(host_select_bad_process(), 1);
}
END_TEST

START_TEST(test_oom_kill)
{
	struct host_task_cfg t[4];
	struct host_oom_result r;
	int panicked;

	/* Nobody to kill: panic. */
	panicked = HOST_PANICS(host_oom_kill(&r));
	ck_assert_int_eq(panicked, 1);
	ck_assert_str_eq(host_panic_msg,
			 "Out of memory and no killable processes...\n");

	t[0] = task(1, 10);
	t[1] = task(42, 5000);
	t[1].comm = "hog";
	t[2] = task(3, 20);
	host_oom_tasks(t, 3);
	host_oom_kill(&r);
	ck_assert_int_eq(r.victim, 1);
	ck_assert_int_eq(r.signals, 1);
	ck_assert_int_eq(r.sig, HOST_SIGKILL);
	ck_assert_int_eq(r.counter, 5 * HOST_HZ);
	ck_assert(r.flags & HOST_PF_MEMALLOC);
	ck_assert_int_eq(r.set_before_signal, 1);
	ck_assert_int_eq(r.logged_before_signal, 1);
	ck_assert_int_eq(r.schedules, 1);
	ck_assert_int_eq(r.yield_at_schedule, 1);
	ck_assert_int_eq(r.signal_before_schedule, 1);
	ck_assert_str_eq(host_printk_log,
			 "<3>Out of Memory: Killed process 42 (hog).\n");

	/* A task that may drive hardware gets SIGTERM, to clean up. */
	t[1].sys_rawio = 1;
	t[1].total_vm = 50000;
	host_oom_tasks(t, 3);
	host_oom_kill(&r);
	ck_assert_int_eq(r.victim, 1);
	ck_assert_int_eq(r.sig, HOST_SIGTERM);
	ck_assert_int_eq(r.counter, 5 * HOST_HZ);
	ck_assert_int_eq(r.schedules, 1);
}
END_TEST

START_TEST(test_out_of_memory)
{
	unsigned int f = nr_free_pages();

	ck_assert(f > 100);
	/* Free pages above freepages.min: not yet. */
	ck_assert_int_eq(host_out_of_memory(f - 1, 0, 0, 0), 0);
	/* At min: then free + inactive_clean against low. */
	ck_assert_int_eq(host_out_of_memory(f, f - 1, 0, 0), 0);
	ck_assert_int_eq(host_out_of_memory(f, f, 0, 0), 1);
	ck_assert_int_eq(host_out_of_memory(f, f + 9, 0, 10), 0);
	ck_assert_int_eq(host_out_of_memory(f, f + 10, 0, 10), 1);
	/* Swap left: not out of memory. */
	ck_assert_int_eq(host_out_of_memory(f, f + 10, 1, 10), 0);
	ck_assert_int_eq(host_out_of_memory(f + 5, f + 10, 0, 0), 1);
	ck_assert_int_eq(host_out_of_memory(f + 5, f + 10, -1, 0), 1);
}
END_TEST

START_TEST(test_swap_tunables)
{
	struct host_swap_tunables st;
	unsigned long mb = 256;		/* pages per MB */

	host_swap_tunables_get(&st);
	ck_assert_uint_eq(st.freepages[0], 0);
	ck_assert_uint_eq(st.freepages[1], 0);
	ck_assert_uint_eq(st.freepages[2], 0);
	ck_assert_uint_eq(st.buffer_mem[0], 2);
	ck_assert_uint_eq(st.buffer_mem[1], 10);
	ck_assert_uint_eq(st.buffer_mem[2], 60);
	ck_assert_uint_eq(st.page_cache[0], 2);
	ck_assert_uint_eq(st.page_cache[1], 15);
	ck_assert_uint_eq(st.page_cache[2], 75);
	ck_assert_uint_eq(st.pager_daemon[0], 512);
	ck_assert_uint_eq(st.pager_daemon[1], 32);
	ck_assert_uint_eq(st.pager_daemon[2], 8);
	ck_assert_int_eq(st.nr_async_pages, 0);

	/* page_cluster: 2 below 16 MB, 3 below 32 MB, else 4. */
	ck_assert_int_eq(host_swap_setup(0), 2);
	ck_assert_int_eq(host_swap_setup(16 * mb - 1), 2);
	ck_assert_int_eq(host_swap_setup(16 * mb), 3);
	ck_assert_int_eq(host_swap_setup(32 * mb - 1), 3);
	ck_assert_int_eq(host_swap_setup(32 * mb), 4);
	ck_assert_int_eq(host_swap_setup(1024 * mb), 4);

	/* memory_pressure loses 1/64 (rounded down) a call. */
	ck_assert_int_eq(host_recalculate_vm_stats(0), 0);
	ck_assert_int_eq(host_recalculate_vm_stats(63), 63);
	ck_assert_int_eq(host_recalculate_vm_stats(64), 63);
	ck_assert_int_eq(host_recalculate_vm_stats(6400), 6300);
	ck_assert_int_eq(host_recalculate_vm_stats(-64), -63);
}
END_TEST

static Suite *oom_suite(void)
{
	Suite *s = suite_create("oom");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 600);
	tcase_add_test(tc, test_int_sqrt);
	tcase_add_test(tc, test_badness);
	tcase_add_test(tc, test_badness_random);
	tcase_add_test(tc, test_select_bad_process);
	tcase_add_test(tc, test_oom_kill);
	tcase_add_test(tc, test_out_of_memory);
	tcase_add_test(tc, test_swap_tunables);
	suite_add_tcase(s, tc);
	return s;
}

int main(int argc, char **argv)
{
	SRunner *sr;
	int failed;

	host_mm_layout(argv);
	sr = srunner_create(oom_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
