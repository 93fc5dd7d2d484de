// SPDX-License-Identifier: GPL-2.0-only
/*
 * Reading the kernel profiler here: with profile=N on the command line,
 * the functions that took the most timer ticks are printed at power-off,
 * by name from the kallsyms table.  Port addition: 2.4.0 hands
 * prof_buffer to user space as /proc/profile, for readprofile(8) to sum
 * against System.map; this port has no /proc.
 */
#include <linux/kernel.h>
#include <linux/kallsyms.h>
#include <asm/hw_irq.h>

#define PROF_TOP	16

struct prof_hot {
	unsigned long start;	/* the function's first byte */
	const char *name;
	unsigned long ticks;
};

static struct prof_hot prof_top[PROF_TOP];

/* Keep the PROF_TOP largest, largest first. */
static void prof_note(unsigned long start, const char *name,
		      unsigned long ticks)
{
	int i = PROF_TOP - 1;

	if (!ticks || ticks <= prof_top[i].ticks)
		return;
	for (; i > 0 && prof_top[i - 1].ticks < ticks; i--)
		prof_top[i] = prof_top[i - 1];
	prof_top[i].start = start;
	prof_top[i].name = name;
	prof_top[i].ticks = ticks;
}

/*
 * One pass over the buckets in address order: neighbouring buckets of
 * the same function add up.  The last bucket also holds every tick past
 * the text (the init code), so it is counted on its own.
 */
void profile_report(void)
{
	unsigned int *buf = prof_buffer;
	unsigned long i, total = 0, cur = 0, sum = 0;
	const char *cur_name = NULL;

	if (!buf)
		return;
	prof_buffer = NULL;	/* the report's own ticks are not counted */
	for (i = 0; i < prof_len; i++)
		total += buf[i];
	for (i = 0; i + 1 < prof_len; i++) {
		unsigned long addr, off, size, start;
		const char *name;

		if (!buf[i])
			continue;
		addr = (unsigned long)_stext + (i << prof_shift);
		name = kallsyms_lookup(addr, &off, &size);
		start = name ? addr - off : addr;
		if (start != cur) {
			prof_note(cur, cur_name, sum);
			cur = start;
			cur_name = name;
			sum = 0;
		}
		sum += buf[i];
	}
	prof_note(cur, cur_name, sum);
	prof_note(0, "(last bucket: end of text, init code)",
		  buf[prof_len - 1]);

	printk("profile: %lu kernel ticks, buckets of %lu bytes\n",
	       total, 1UL << prof_shift);
	for (i = 0; i < PROF_TOP && prof_top[i].ticks; i++) {
		const char *name = prof_top[i].name;

		if (!name)
			name = "?";
		printk("profile: %6lu %3lu%% %s\n", prof_top[i].ticks,
		       prof_top[i].ticks * 100 / total, name);
	}
}
