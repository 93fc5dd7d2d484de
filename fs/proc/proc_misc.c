// SPDX-License-Identifier: GPL-2.0-only
/*
 * The /proc files that belong to no process; here /proc/meminfo, the
 * memory manager's figures: what si_meminfo() reports (RAM in pages),
 * the swap totals and the page cache's LRU counters; and /proc/stat's
 * swap I/O counts.
 * 情景分析 §2.6-§2.8.  Follows Linux 2.4.0 fs/proc/proc_misc.c.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/swap.h>
#include <linux/stat.h>
#include <linux/fs.h>
#include <linux/proc_fs.h>
#include <linux/kernel_stat.h>

/*
 * The common tail of a read_proc: the text is wholly in page (len
 * bytes); hand back the part from off on, at most count bytes.
 */
static int proc_calc_metrics(char *page, char **start, off_t off,
			     int count, int *eof, int len)
{
	if (len <= off + count)
		*eof = 1;
	*start = page + off;
	len -= off;
	if (len > count)
		len = count;
	if (len < 0)
		len = 0;
	return len;
}

/* Pages to bytes. */
#define B(x)	((x) << PAGE_SHIFT)

/* One "Label: N kB" line of meminfo; label comes padded. */
static int meminfo_kb(char *p, const char *label, unsigned long pages)
{
	return sprintf(p, "%s %8lu kB\n", label, pages << (PAGE_SHIFT - 10));
}

/*
 * A header line and a line of bytes each for RAM and swap, then one
 * kB figure per line.  The swap figures count the good slots of every
 * area in use (0 when no area is on).
 */
static int meminfo_read_proc(char *page, char **start, off_t off,
			     int count, int *eof, void *data)
{
	unsigned long cached = atomic_read(&page_cache_size);
	struct sysinfo i;
	char *p = page;

	si_meminfo(&i);
	si_swapinfo(&i);

	p += sprintf(p, "        total:    used:    free:  shared: buffers:"
		     "  cached:\n");
	p += sprintf(p, "Mem:  %8lu %8lu %8lu %8lu %8lu %8lu\n",
		     B(i.totalram), B(i.totalram - i.freeram), B(i.freeram),
		     B(i.sharedram), B(i.bufferram), B(cached));
	p += sprintf(p, "Swap: %8lu %8lu %8lu\n", B(i.totalswap),
		     B(i.totalswap - i.freeswap), B(i.freeswap));

	p += meminfo_kb(p, "MemTotal: ", i.totalram);
	p += meminfo_kb(p, "MemFree:  ", i.freeram);
	p += meminfo_kb(p, "MemShared:", i.sharedram);
	p += meminfo_kb(p, "Buffers:  ", i.bufferram);
	p += meminfo_kb(p, "Cached:   ", cached);
	p += meminfo_kb(p, "Active:   ", nr_active_pages);
	p += meminfo_kb(p, "Inact_dirty:", nr_inactive_dirty_pages);
	p += meminfo_kb(p, "Inact_clean:", nr_inactive_clean_pages());
	p += meminfo_kb(p, "Inact_target:", inactive_target);
	p += meminfo_kb(p, "HighTotal:", i.totalhigh);
	p += meminfo_kb(p, "HighFree: ", i.freehigh);
	p += meminfo_kb(p, "LowTotal: ", i.totalram - i.totalhigh);
	p += meminfo_kb(p, "LowFree:  ", i.freeram - i.freehigh);
	p += meminfo_kb(p, "SwapTotal:", i.totalswap);
	p += meminfo_kb(p, "SwapFree: ", i.freeswap);

	return proc_calc_metrics(page, start, off, count, eof, p - page);
}

/*
 * /proc/stat: of 2.4.0's lines only "swap", the pages read from and
 * written to swap areas.  Port: two lines of the port's own follow,
 * kswapd's rounds and the swap-in faults (all of them, then those that
 * found no page in the swap cache and read the disk).
 */
static int kstat_read_proc(char *page, char **start, off_t off,
			   int count, int *eof, void *data)
{
	int len;

	len = sprintf(page, "swap %u %u\n", kstat.pswpin, kstat.pswpout);
	len += sprintf(page + len, "kswapd %lu\n", kswapd_rounds);
	len += sprintf(page + len, "swapfault %lu %lu\n", swap_faults,
		       swap_fault_reads);
	return proc_calc_metrics(page, start, off, count, eof, len);
}

void __init proc_misc_init(void)
{
	create_proc_read_entry("meminfo", 0, NULL, meminfo_read_proc, NULL);
	create_proc_read_entry("stat", 0, NULL, kstat_read_proc, NULL);
}
