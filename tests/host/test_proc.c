// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host unit tests for processes (情景分析 chapter 4): kernel/fork.c
 * (get_pid, copy_files, copy_sighand, copy_mm and dup_mmap, the mm_struct
 * lifetime, do_fork), kernel/exit.c (release_task, the family on exit,
 * close_files, __exit_mm, do_exit, wait4), kernel/sched.c (goodness, the
 * run queue, wait queues, schedule's choice and its address-space
 * switch, sleep_on) and kernel/timer.c.
 *
 * The checks are kernel code in shim/proc_host.c (they build task_structs
 * and the rest with the kernel's headers); each is one test here, run in
 * a process of its own (Check's default fork mode: the checks start from
 * a freshly booted state and do not clean up after themselves).
 */
#include <check.h>
#include <stdlib.h>

#include "shim/host.h"
#include "shim/proc_host.h"

START_TEST(test_proc_check)
{
	const char *msg = host_proc_run(_i);

	ck_assert_msg(msg == NULL, "%s: %s", host_proc_name(_i), msg);
}
END_TEST

static Suite *proc_suite(void)
{
	Suite *s = suite_create("proc");
	TCase *tc = tcase_create("fork_exit_sched");

	tcase_add_loop_test(tc, test_proc_check, 0, host_proc_count());
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(proc_suite());
	int failed;

	srunner_run_all(sr, CK_ENV);	/* CK_VERBOSITY, default normal */
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
