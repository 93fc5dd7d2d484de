// SPDX-License-Identifier: GPL-2.0-only
/*
 * Host unit tests for kernel/printk.c: the log levels and the console
 * level, lines built by several printk() calls, the log buffer, and the
 * replay of the log to a console registered late (CON_PRINTBUFFER), in
 * pieces of at most 15 characters without the "<n>" prefixes.  The other
 * suites use shim/printk.c instead; this one links the real printk.
 * Each test runs in a process of its own (Check's fork mode): the log
 * starts empty.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shim/console_host.h"

/* kernel/printk.c (not through host.h: the real one, not the shim) */
int printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
extern int console_loglevel;
extern int default_message_loglevel;
extern unsigned long log_size;

START_TEST(test_levels)
{
	host_console_register(0, 0, 0, 0);
	ck_assert_int_eq(printk("<3>err %d\n", 1), 9);
	printk("plain\n");		/* default level 4 */
	printk("<7>debug\n");		/* not below console_loglevel 7 */
	printk("<6>a");
	printk("b\n");			/* the line keeps the level of "a" */
	printk("<7>x");
	printk("<3>y\n");		/* still level 7: the "<3>" is text */
	printk("two\nlines\n");
	ck_assert_str_eq(host_console_trace(0),
			 "err 1\n|plain\n|a|b\n|two\n|lines\n|");

	console_loglevel = 3;
	printk("<3>hidden\n");
	printk("<2>crit\n");
	default_message_loglevel = 1;
	printk("bare\n");
	ck_assert_str_eq(host_console_trace(0),
			 "err 1\n|plain\n|a|b\n|two\n|lines\n|crit\n|bare\n|");
}
END_TEST

/* What the log holds: every line with a level prefix, the given one kept. */
START_TEST(test_log_size)
{
	ck_assert_uint_eq(log_size, 0);
	printk("<5>ab\n");
	ck_assert_uint_eq(log_size, 6);
	printk("cd\n");			/* logged as "<4>cd\n" */
	ck_assert_uint_eq(log_size, 12);
	printk("<7>x");
	printk("<3>y\n");		/* "<7>x<3>y\n" */
	ck_assert_uint_eq(log_size, 21);
	printk("%s", "");		/* nothing at all */
	ck_assert_uint_eq(log_size, 21);
}
END_TEST

START_TEST(test_replay)
{
	printk("<4>hello\n");
	printk("<7>dbg\n");
	printk("a line longer than fifteen chars\n");
	printk("<3>partial");

	host_console_register(0, 1, 0, 0);
	ck_assert_str_eq(host_console_trace(0),
			 "hello\n|a line longe|r than fifteen |chars\n|"
			 "partial|");
	/* from now on, live */
	printk(" end\n");
	ck_assert_str_eq(host_console_trace(0),
			 "hello\n|a line longe|r than fifteen |chars\n|"
			 "partial| end\n|");

	/* without CON_PRINTBUFFER: nothing of the past */
	host_console_register(1, 0, 0, 0);
	ck_assert_str_eq(host_console_trace(1), "");
	printk("<1>both\n");
	ck_assert_str_eq(host_console_trace(1), "both\n|");
}
END_TEST

/* A line of exactly 15 characters with its prefix, lines that are one
   chunk, a debug line split in chunks, a prefix-less piece. */
START_TEST(test_replay_chunks)
{
	printk("<4>twelve chars\n");	/* 16 with the newline */
	printk("<7>a debug line of some length\n");
	printk("<2>12345678901\n");	/* 15 exactly */
	printk("<6>\n");
	console_loglevel = 5;

	host_console_register(0, 1, 0, 0);
	ck_assert_str_eq(host_console_trace(0),
			 "twelve chars|\n|12345678901\n|");
}
END_TEST

/* More than the 16 KB log: the oldest characters are gone. */
START_TEST(test_replay_wrapped)
{
	char want[64];
	const char *t;
	int i;

	for (i = 0; i < 2000; i++)
		printk("<4>line %04d\n", i);	/* 13 characters each */
	ck_assert_uint_eq(log_size, 16384);
	host_console_register(0, 1, 0, 0);
	t = host_console_trace(0);
	snprintf(want, sizeof(want), "line %04d\n|", 1999);
	ck_assert_uint_ge(strlen(t), strlen(want));
	ck_assert_str_eq(t + strlen(t) - strlen(want), want);
	/* 16384 = 1260 lines of 13 and 4 characters: "739\n" of line 739 */
	ck_assert(strncmp(t, "739\n|line 0740\n|", 16) == 0);
}
END_TEST

START_TEST(test_setup_and_list)
{
	int list[8];

	/* a console whose setup fails is not registered */
	host_console_register(0, 1, 1, -1);
	ck_assert_int_eq(host_console_setups(0), 1);
	ck_assert_int_eq(host_console_enabled(0), 0);
	ck_assert_int_eq(host_console_list(list, 8), 0);

	host_console_register(1, 0, 1, 0);
	host_console_register(2, 0, 0, 0);
	ck_assert_int_eq(host_console_setups(1), 1);
	ck_assert_int_eq(host_console_enabled(1), 1);
	ck_assert_int_eq(host_console_enabled(2), 1);
	ck_assert_int_eq(host_console_list(list, 8), 2);
	ck_assert_int_eq(list[0], 2);		/* the newest first */
	ck_assert_int_eq(list[1], 1);

	ck_assert_int_eq(host_console_unregister(1), 0);
	ck_assert_int_eq(host_console_unregister(1), 1);
	ck_assert_int_eq(host_console_list(list, 8), 1);
	ck_assert_int_eq(host_console_unregister(2), 0);
	ck_assert_int_eq(host_console_list(list, 8), 0);
}
END_TEST

static Suite *printk_suite(void)
{
	Suite *s = suite_create("printk");
	TCase *tc = tcase_create("printk");

	tcase_add_test(tc, test_levels);
	tcase_add_test(tc, test_log_size);
	tcase_add_test(tc, test_replay);
	tcase_add_test(tc, test_replay_chunks);
	tcase_add_test(tc, test_replay_wrapped);
	tcase_add_test(tc, test_setup_and_list);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(printk_suite());
	int failed;

	srunner_run_all(sr, CK_ENV);	/* CK_VERBOSITY, default normal */
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
