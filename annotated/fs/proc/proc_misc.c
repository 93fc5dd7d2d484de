// SPDX-License-Identifier: GPL-2.0-only
/*
 * The /proc files that belong to no process; here /proc/meminfo, the
 * memory manager's figures: what si_meminfo() reports (RAM in pages),
 * the swap totals and the page cache's LRU counters; and /proc/stat's
 * swap I/O counts.
 * 情景分析 §2.6-§2.8.  Follows Linux 2.4.0 fs/proc/proc_misc.c.
 */
/// §2.6–§2.8：/proc 下与进程无关的文件，这里是 /proc/meminfo。2.4.0: fs/proc/proc_misc.c。
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
/// §5.6：read_proc 的公共收尾。2.4.0: fs/proc/proc_misc.c proc_calc_metrics()
/// 整段文字都在页面里：从 off 起最多给 count 个字节，*start 指向那里；剩下的不超过 count 就置 *eof。
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
/// §2.6：meminfo 的一行“名字: N kB”。2.4.0: 无（本移植新增）——2.4.0 在 fs/proc/proc_misc.c 的 meminfo_read_proc 里用一条长 sprintf 写出全部 kB 行
/// 页面数左移 PAGE_SHIFT-10 位就是 KB 数；名字已按 2.4.0 的版式补好空格。
static int meminfo_kb(char *p, const char *label, unsigned long pages)
{
	return sprintf(p, "%s %8lu kB\n", label, pages << (PAGE_SHIFT - 10));
}

/*
 * A header line and a line of bytes each for RAM and swap, then one
 * kB figure per line.  The swap figures count the good slots of every
 * area in use (0 when no area is on).
 */
/// §2.6–§2.8：/proc/meminfo。2.4.0: fs/proc/proc_misc.c meminfo_read_proc()
/// 先是字节为单位的表头和 Mem:、Swap: 两行，再是 KB 为单位的一行一项，次序与 2.4.0 相同。
/// 数据来源：si_meminfo（总页面、空闲页面、高端内存）、page_cache_size（Cached）、三个 LRU 队列的计数
/// （nr_active_pages、nr_inactive_dirty_pages、nr_inactive_clean_pages()）和 inactive_target。
/// 交换的数字来自 si_swapinfo（mm/swapfile.c），与 2.4.0 相同：只数已启用（SWP_WRITEOK）的交换区，坏页面不算；
/// 没有交换区时都是 0。
static int meminfo_read_proc(char *page, char **start, off_t off,
			     int count, int *eof, void *data)
{
	unsigned long cached = atomic_read(&page_cache_size);
	struct sysinfo i;
	char *p = page;

	si_meminfo(&i);
	/// 交换总量与空闲量按页面计：每个可写交换区里 swap_map 计数为 0 的槽位是空闲的，非 0 的是已用的，
	/// 两者之和是总量（SWAP_MAP_BAD 的槽位，包括存放交换区头部的第 0 页，都不计入）。
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
	/// 三个 Inact_ 名字比别的长，2.4.0 的版式里它们后面只有一个空格，数字列因此不对齐。
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
/// §2.8、§2.9（对照）：/proc/stat。2.4.0: fs/proc/proc_misc.c kstat_read_proc()
/// 2.4.0 的 /proc/stat 有 cpu、page、swap、intr、disk_io、ctxt、btime、processes 等行；本移植只有 swap 这一行，
/// 即 kstat.pswpin 与 kstat.pswpout：从交换区读入、写出的页面数（在 mm/page_io.c 的 rw_swap_page_base 里计数）。
/// 与 2.4.0 不同：后面多两行本移植自己的计数（读者按行首的名字找，多出的行不妨碍按名字解析的程序）：
/// “kswapd N” 是 kswapd 做完的轮数（mm/vmscan.c 的 kswapd_rounds）；
/// “swapfault F R” 是 do_swap_page 处理的换入缺页次数 F，以及其中在交换缓存里找不到、要读盘的次数 R，
/// F−R 就是页面还在交换缓存里（尚未写出，或已被预读进来）的“软”缺页。用户程序由此看得到换出、换入和 kswapd 的活动。
static int kstat_read_proc(char *page, char **start, off_t off,
			   int count, int *eof, void *data)
{
	int len;

	/// 整段文字不过几十个字节，一次写进页面，再由 proc_calc_metrics 按 off、count 截取。
	len = sprintf(page, "swap %u %u\n", kstat.pswpin, kstat.pswpout);
	len += sprintf(page + len, "kswapd %lu\n", kswapd_rounds);
	len += sprintf(page + len, "swapfault %lu %lu\n", swap_faults,
		       swap_fault_reads);
	return proc_calc_metrics(page, start, off, count, eof, len);
}

/// §5.4（对照）：登记 /proc 下与进程无关的文件。2.4.0: fs/proc/proc_misc.c proc_misc_init()
/// 2.4.0 在这里登记 loadavg、uptime、meminfo、version、cpuinfo、slabinfo、stat 等一长串；本移植只有 meminfo 和 stat。
void __init proc_misc_init(void)
{
	create_proc_read_entry("meminfo", 0, NULL, meminfo_read_proc, NULL);
	create_proc_read_entry("stat", 0, NULL, kstat_read_proc, NULL);
}
